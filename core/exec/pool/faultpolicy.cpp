#include "core/exec/pool/faultpolicy.h"

#include "core/util/enginetext.h"

namespace corescope::pool {

std::string FaultPolicy::timedOutText() const
{
    return text::formatEngineText(text::kTimedOutAfter, {std::to_string(m_timeoutMs)});
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
        message = text::formatEngineText(text::kKilledTwoWorkers, {taskText, first->second, message});
        stopReason = text::formatEngineText(text::kKilledTwoWorkersShort, {taskText});
    }
    return {Action::Fail, std::move(message), std::move(stopReason)};
}

} // namespace corescope::pool
