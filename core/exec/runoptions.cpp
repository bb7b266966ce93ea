#include "core/exec/runoptions.h"

#include "core/util/enginetext.h"

#include <QtGlobal>   // QT_TRANSLATE_NOOP only: marks the labels the GUI translates

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <utility>

namespace corescope {

namespace {
constexpr std::array kModes{std::pair{Mode::Serial, std::string_view{"serial"}},
                            std::pair{Mode::Threads, std::string_view{"threads"}},
                            std::pair{Mode::Processes, std::string_view{"processes"}},
                            std::pair{Mode::Mpi, std::string_view{"mpi"}}};
// The names "ordering" had before the API was the one choice; read as the Pool API with that
// ordering, never written.
constexpr std::array kOrderingNames{
    std::pair{Ordering::OrderedBatch, std::string_view{"ordered-batch"}},
    std::pair{Ordering::OrderedStream, std::string_view{"ordered-stream"}},
    std::pair{Ordering::AsCompleted, std::string_view{"as-completed"}}};
constexpr std::array kRuntimes{std::pair{Runtime::Native, std::string_view{"native"}},
                               std::pair{Runtime::Python, std::string_view{"python"}}};
constexpr std::array kApis{
    std::pair{PyApi::ExecutorMap, std::string_view{"executor.map"}},
    std::pair{PyApi::SubmitAsCompleted, std::string_view{"submit.as_completed"}},
    std::pair{PyApi::PoolMap, std::string_view{"pool.map"}},
    std::pair{PyApi::PoolImap, std::string_view{"pool.imap"}},
    std::pair{PyApi::PoolImapUnordered, std::string_view{"pool.imap_unordered"}}};
constexpr std::array kStartMethods{
    std::pair{StartMethod::Default, std::string_view{"default"}},
    std::pair{StartMethod::Fork, std::string_view{"fork"}},
    std::pair{StartMethod::Spawn, std::string_view{"spawn"}},
    std::pair{StartMethod::Forkserver, std::string_view{"forkserver"}}};

template <typename Enum, std::size_t N>
std::string_view nameOf(const std::array<std::pair<Enum, std::string_view>, N> &names, Enum value)
{
    for (const auto &[v, name] : names)
        if (v == value)
            return name;
    return "?";
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, std::string_view>, N> &names,
                            std::string_view name)
{
    for (const auto &[v, n] : names)
        if (n == name)
            return v;
    return std::nullopt;
}
} // namespace

std::string_view runtimeName(Runtime runtime)
{
    return nameOf(kRuntimes, runtime);
}

std::optional<Runtime> runtimeFromName(std::string_view name)
{
    return valueOf(kRuntimes, name);
}

std::string_view pyApiName(PyApi api)
{
    return nameOf(kApis, api);
}

std::optional<PyApi> pyApiFromName(std::string_view name)
{
    return valueOf(kApis, name);
}

std::string_view pyApiLabel(PyApi api, Mode mode)
{
    const bool processes = mode == Mode::Processes || mode == Mode::Mpi;
    switch (api) {
    case PyApi::ExecutorMap:
        if (mode == Mode::Mpi)
            return "MPIPoolExecutor.map";   // mpi4py.futures: the same API over MPI ranks
        return processes ? "ProcessPoolExecutor.map" : "ThreadPoolExecutor.map";
    case PyApi::SubmitAsCompleted:
        return "submit + as_completed";
    case PyApi::PoolMap:
        return processes ? "Pool.map" : "ThreadPool.map";
    case PyApi::PoolImap:
        return processes ? "Pool.imap" : "ThreadPool.imap";
    case PyApi::PoolImapUnordered:
        return processes ? "Pool.imap_unordered" : "ThreadPool.imap_unordered";
    }
    return "?";
}

Ordering pyApiOrdering(PyApi api)
{
    switch (api) {
    case PyApi::PoolMap:
        return Ordering::OrderedBatch;
    case PyApi::ExecutorMap:
    case PyApi::PoolImap:
        return Ordering::OrderedStream;
    case PyApi::SubmitAsCompleted:
    case PyApi::PoolImapUnordered:
        return Ordering::AsCompleted;
    }
    return Ordering::OrderedStream;
}

PyApi poolApiWithOrdering(Ordering ordering)
{
    switch (ordering) {
    case Ordering::OrderedBatch: return PyApi::PoolMap;
    case Ordering::OrderedStream: return PyApi::PoolImap;
    case Ordering::AsCompleted: return PyApi::PoolImapUnordered;
    }
    return PyApi::PoolImap;
}

std::optional<PyApi> pyApiFromOrderingName(std::string_view name)
{
    if (const auto ordering = valueOf(kOrderingNames, name))
        return poolApiWithOrdering(*ordering);
    return std::nullopt;
}

int pyApiDefaultChunksize(PyApi api, std::uint64_t tasks, int workers)
{
    if (api != PyApi::PoolMap)
        return 1;
    // CPython: chunksize, extra = divmod(len(iterable), len(self._pool) * 4); if extra: += 1
    const std::uint64_t per = 4 * std::uint64_t(std::max(1, workers));
    const std::uint64_t chunk = tasks / per + (tasks % per ? 1 : 0);
    return int(std::min<std::uint64_t>(std::max<std::uint64_t>(chunk, 1),
                                       RunOptions::kMaxChunksize));
}

std::string_view startMethodName(StartMethod method)
{
    return nameOf(kStartMethods, method);
}

std::optional<StartMethod> startMethodFromName(std::string_view name)
{
    return valueOf(kStartMethods, name);
}

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

std::string_view taskWaitLabel(Mode mode, Runtime runtime)
{
    if (runtime == Runtime::Native)
        return QT_TRANSLATE_NOOP("corescope::Execution", "GIL wait");
    if (mode == Mode::Processes || mode == Mode::Mpi)
        return QT_TRANSLATE_NOOP("corescope::Execution", "waiting (off the CPU)");
    return QT_TRANSLATE_NOOP("corescope::Execution", "waiting (GIL or OS)");
}

std::string_view executionLabel(Mode mode, bool gil, Runtime runtime)
{
    if (runtime == Runtime::Python) {
        switch (mode) {
        case Mode::Serial: return QT_TRANSLATE_NOOP("corescope::Execution", "Python serial");
        case Mode::Threads: return QT_TRANSLATE_NOOP("corescope::Execution", "Python threads");
        case Mode::Processes: return QT_TRANSLATE_NOOP("corescope::Execution", "Python processes");
        case Mode::Mpi: return QT_TRANSLATE_NOOP("corescope::Execution", "Python MPI ranks");
        }
    }
    switch (mode) {
    case Mode::Serial: return QT_TRANSLATE_NOOP("corescope::Execution", "native serial");
    case Mode::Threads: return gil ? QT_TRANSLATE_NOOP("corescope::Execution", "native threads + emulated GIL")
                                    : QT_TRANSLATE_NOOP("corescope::Execution", "native threads");
    case Mode::Processes: return QT_TRANSLATE_NOOP("corescope::Execution", "native processes");
    case Mode::Mpi: return QT_TRANSLATE_NOOP("corescope::Execution", "native MPI ranks");
    }
    return "?";
}

std::string_view executionId(Mode mode, bool gil, Runtime runtime)
{
    // The spellings sweep reports and CSV files have carried since they began: never change
    // one, or a saved sweep no longer opens.
    if (runtime == Runtime::Python) {
        switch (mode) {
        case Mode::Serial: return "Python serial";
        case Mode::Threads: return "Python threads";
        case Mode::Processes: return "Python processes";
        case Mode::Mpi: return "Python MPI ranks";
        }
    }
    if (mode == Mode::Threads && gil)
        return "threads + GIL";
    return modeName(mode);
}

std::string RunOptions::label() const
{
    if (mode == Mode::Serial)
        return std::string(executionLabel(mode, gil, runtime));
    return std::string(executionLabel(mode, gil, runtime)) + " \u00d7 " + std::to_string(workers);
}

std::string_view orderingLabel(Ordering ordering)
{
    switch (ordering) {
    case Ordering::OrderedBatch:
        return QT_TRANSLATE_NOOP("corescope::Ordering", "in order, all at the end (Pool.map)");
    case Ordering::OrderedStream:
        return QT_TRANSLATE_NOOP("corescope::Ordering",
                                 "in order, as they arrive (Executor.map, Pool.imap)");
    case Ordering::AsCompleted:
        return QT_TRANSLATE_NOOP("corescope::Ordering",
                                 "as completed (imap_unordered, as_completed)");
    }
    return "?";
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

int RunOptions::effectiveChunksize(std::uint64_t tasks) const
{
    if (!chunksizeApplies())
        return 1;   // Python hands these APIs' tasks out one at a time, whatever it was given
    return chunksize > 0 ? chunksize : pyApiDefaultChunksize(api, tasks, workers);
}

bool RunOptions::chunksizeApplies() const
{
    if (runtime != Runtime::Python || mode == Mode::Serial)
        return true;
    return api != PyApi::SubmitAsCompleted && !(api == PyApi::ExecutorMap && mode == Mode::Threads);
}

bool RunOptions::optionUsed(std::string_view key) const
{
    const bool python = runtime == Runtime::Python;
    if (key == "workers" || key == "api" || key == "ordering")
        return mode != Mode::Serial;
    if (key == "chunksize")
        return mode != Mode::Serial && chunksizeApplies();
    if (key == "switch_interval_ms")
        return mode == Mode::Threads && (python || gil);
    if (key == "task_timeout_ms")
        return python || mode == Mode::Processes || mode == Mode::Mpi;
    if (key == "process_per_task" || key == "on_worker_death")
        return !python && mode == Mode::Processes;
    if (key == "start_method")
        return python && mode == Mode::Processes;
    return true;
}

std::string RunOptions::validate() const
{
    if (workers < 1 || workers > kMaxWorkers)
        return text::formatEngineText(text::kWorkersRange,
                                      {std::to_string(kMaxWorkers), std::to_string(workers)});
    if (chunksize < 0 || chunksize > kMaxChunksize)
        return text::formatEngineText(text::kChunksizeRange,
                                      {std::to_string(kMaxChunksize), std::to_string(chunksize)});
    if (sampleHz < 0 || sampleHz > kMaxSampleHz)
        return text::formatEngineText(text::kSampleRateRange,
                                      {std::to_string(kMaxSampleHz), std::to_string(sampleHz)});
    if (!(switchIntervalMs > 0.0) || switchIntervalMs > kMaxSwitchIntervalMs)
        return text::formatEngineText(text::kSwitchIntervalRange,
                                      {std::to_string(switchIntervalMs)});
    if (taskTimeoutMs < 0 || taskTimeoutMs > kMaxTaskTimeoutMs)
        return text::formatEngineText(
            text::kTaskTimeoutRange,
            {std::to_string(kMaxTaskTimeoutMs), std::to_string(taskTimeoutMs)});
    if (!(scale >= kMinScale && scale <= kMaxScale)) {
        char given[32];
        std::snprintf(given, sizeof given, "%g", scale);
        return text::formatEngineText(text::kScaleRange, {given});
    }
    std::string hostsError;
    parseMpiHosts(mpiHosts, hostsError);
    if (!hostsError.empty())
        return text::formatEngineText(text::kHostsProblem, {hostsError});
    return {};
}

std::vector<MpiHost> parseMpiHosts(std::string_view text, std::string &error)
{
    std::vector<MpiHost> hosts;
    error.clear();
    if (text.empty())
        return hosts;
    std::size_t entry = 0;
    for (std::size_t at = 0; at <= text.size();) {
        const std::size_t comma = std::min(text.find(',', at), text.size());
        const std::string_view item = text.substr(at, comma - at);
        ++entry;
        const auto fail = [&](const std::string &why) {
            error = text::formatEngineText(text::kHostsEntry,
                                           {std::to_string(entry), '"' + std::string(item) + '"', why});
            hosts.clear();
            return hosts;
        };
        const std::size_t colon = item.find(':');
        MpiHost h;
        h.name = std::string(item.substr(0, colon));
        if (h.name.empty())
            return fail(text::kNoHostName);
        for (const char c : h.name) {
            const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '-' || c == '_';
            if (!ok)
                return fail(text::kHostNameCharacters);
        }
        if (colon != std::string_view::npos) {
            const std::string_view digits = item.substr(colon + 1);
            int slots = 0;
            const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), slots);
            if (digits.empty() || ec != std::errc() || end != digits.data() + digits.size()
                || slots < 1 || slots > RunOptions::kMaxWorkers)
                return fail(text::formatEngineText(text::kSlotsRange,
                                                   {std::to_string(RunOptions::kMaxWorkers)}));
            h.slots = slots;
        }
        hosts.push_back(std::move(h));
        at = comma + 1;
    }
    return hosts;
}

} // namespace corescope
