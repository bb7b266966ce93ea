#include "core/exec/pool/dispatchwindow.h"

#include <algorithm>

namespace corescope::pool {

DispatchWindow::DispatchWindow(std::uint64_t total, std::uint64_t chunksize)
    : m_total(total), m_chunksize(std::max<std::uint64_t>(chunksize, 1))
{
}

TaskRange DispatchWindow::take()
{
    if (!m_givenBack.empty()) {
        TaskRange &r = m_givenBack.front();
        const auto taken =
            static_cast<std::uint32_t>(std::min<std::uint64_t>(r.count, m_chunksize));
        const TaskRange chunk{r.first, taken};
        r.first += taken;
        r.count -= taken;
        if (r.count == 0)
            m_givenBack.pop_front();
        return chunk;
    }
    const std::uint64_t end = std::min(m_total, m_next + m_chunksize);
    const TaskRange chunk{static_cast<std::uint32_t>(m_next),
                          static_cast<std::uint32_t>(end - m_next)};
    m_next = end;
    return chunk;
}

void DispatchWindow::giveBack(std::span<const TaskRange> ranges)
{
    std::deque<TaskRange> back;
    for (const TaskRange &r : ranges)
        if (r.count > 0)
            back.push_back(r);
    m_givenBack.insert(m_givenBack.begin(), back.begin(), back.end());
}

} // namespace corescope::pool
