#include "core/exec/runoptions.h"

#include <array>
#include <utility>

namespace corescope {

namespace {
constexpr std::array kModes{std::pair{Mode::Serial, std::string_view{"serial"}},
                            std::pair{Mode::Threads, std::string_view{"threads"}},
                            std::pair{Mode::Processes, std::string_view{"processes"}}};
constexpr std::array kOrderings{
    std::pair{Ordering::OrderedBatch, std::string_view{"ordered-batch"}},
    std::pair{Ordering::OrderedStream, std::string_view{"ordered-stream"}},
    std::pair{Ordering::AsCompleted, std::string_view{"as-completed"}}};
} // namespace

std::string_view modeName(Mode mode)
{
    for (const auto &[m, name] : kModes)
        if (m == mode)
            return name;
    return "?";
}

std::optional<Mode> modeFromName(std::string_view name)
{
    for (const auto &[m, n] : kModes)
        if (n == name)
            return m;
    return std::nullopt;
}

std::string_view executionLabel(Mode mode, bool gil)
{
    if (mode == Mode::Threads && gil)
        return "threads + GIL";
    return modeName(mode);
}

std::string RunOptions::label() const
{
    if (mode == Mode::Serial)
        return "serial";
    return std::string(executionLabel(mode, gil)) + " \u00d7 " + std::to_string(workers);
}

std::string_view orderingName(Ordering ordering)
{
    for (const auto &[o, name] : kOrderings)
        if (o == ordering)
            return name;
    return "?";
}

std::string_view orderingLabel(Ordering ordering)
{
    switch (ordering) {
    case Ordering::OrderedBatch: return "ordered batch (map)";
    case Ordering::OrderedStream: return "ordered stream (imap)";
    case Ordering::AsCompleted: return "as completed (imap_unordered)";
    }
    return "?";
}

std::optional<Ordering> orderingFromName(std::string_view name)
{
    for (const auto &[o, n] : kOrderings)
        if (n == name)
            return o;
    return std::nullopt;
}

std::string_view workerDeathPolicyName(WorkerDeathPolicy policy)
{
    return policy == WorkerDeathPolicy::Respawn ? "respawn" : "fail";
}

std::optional<WorkerDeathPolicy> workerDeathPolicyFromName(std::string_view name)
{
    if (name == "fail")
        return WorkerDeathPolicy::Fail;
    if (name == "respawn")
        return WorkerDeathPolicy::Respawn;
    return std::nullopt;
}

std::string RunOptions::validate() const
{
    if (workers < 1 || workers > kMaxWorkers)
        return "workers must be between 1 and " + std::to_string(kMaxWorkers) + ", got "
            + std::to_string(workers);
    if (chunksize < 1 || chunksize > kMaxChunksize)
        return "chunksize must be between 1 and " + std::to_string(kMaxChunksize) + ", got "
            + std::to_string(chunksize);
    if (sampleHz < 0 || sampleHz > kMaxSampleHz)
        return "sample rate must be between 0 and " + std::to_string(kMaxSampleHz) + " Hz, got "
            + std::to_string(sampleHz);
    if (!(switchIntervalMs > 0.0) || switchIntervalMs > kMaxSwitchIntervalMs)
        return "GIL switch interval must be between 0 and 1000 ms, got "
            + std::to_string(switchIntervalMs);
    if (taskTimeoutMs < 0 || taskTimeoutMs > kMaxTaskTimeoutMs)
        return "task timeout must be between 0 (off) and " + std::to_string(kMaxTaskTimeoutMs)
            + " ms, got " + std::to_string(taskTimeoutMs);
    return {};
}

} // namespace corescope
