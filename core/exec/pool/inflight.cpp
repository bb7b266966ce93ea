#include "core/exec/pool/inflight.h"

namespace corescope::pool {

void InFlight::unitDone(std::int64_t endNs)
{
    const Unit &u = m_units.front();
    const std::int64_t unitNs = std::max<std::int64_t>(endNs - u.firstStartNs, 1);
    const std::int64_t taskNs = unitNs / u.count;
    // Quick to follow a change in task length, so a long tail gets small windows fast.
    m_avgUnitNs = m_avgUnitNs < 0 ? unitNs : (3 * m_avgUnitNs + unitNs) / 4;
    m_avgTaskNs = m_avgTaskNs < 0 ? taskNs : (3 * m_avgTaskNs + taskNs) / 4;
    const auto want = static_cast<std::size_t>((kQueuedWorkNs + m_avgUnitNs - 1) / m_avgUnitNs);
    m_window = std::clamp<std::size_t>(want, 1, kMaxWindow);
    m_units.pop_front();
}

std::vector<TaskRange> InFlight::takeUnfinished()
{
    std::vector<TaskRange> back;
    for (const Unit &u : m_units)
        if (u.reported < u.count)
            back.push_back(TaskRange{u.first + u.reported, u.count - u.reported});
    m_units.clear();
    return back;
}

} // namespace corescope::pool
