#include "core/exec/pool/faultpolicy.h"

namespace corescope::pool {

std::string FaultPolicy::timedOutText() const
{
    return "timed out after " + std::to_string(m_timeoutMs) + " ms";
}

FaultPolicy::Verdict FaultPolicy::onDeath(std::int64_t task, const std::string &taskText,
                                          std::string message, std::string stopReason)
{
    using Action = Verdict::Action;
    if (m_onDeath == WorkerDeathPolicy::Respawn) {
        if (task < 0)
            return {Action::Continue, {}, {}};
        const auto index = static_cast<std::uint32_t>(task);
        const auto first = m_firstDeath.find(index);
        if (first == m_firstDeath.end()) {
            m_firstDeath.emplace(index, std::move(message));
            return {Action::Retry, {}, {}};
        }
        message = taskText + " killed two workers: " + first->second + "; then " + message;
        stopReason = taskText + " killed two workers";
    }
    return {Action::Fail, std::move(message), std::move(stopReason)};
}

} // namespace corescope::pool
