#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace corescope {

enum class Mode : std::uint8_t { Serial, Threads, Processes };
/// When results are handed back to the caller: Python's map, imap and imap_unordered.
enum class Ordering : std::uint8_t { OrderedBatch, OrderedStream, AsCompleted };
/// What a process pool does when a worker dies: fail the run (Python's BrokenProcessPool), or
/// start a new worker and retry the task once (a task that kills two workers fails the run).
enum class WorkerDeathPolicy : std::uint8_t { Fail, Respawn };

std::string_view modeName(Mode mode);                 ///< "serial", "threads", "processes"
std::optional<Mode> modeFromName(std::string_view name);
/// What runs a run's tasks, for people: "serial", "threads", "threads + GIL", "processes".
/// The one label of a mode and its GIL for every control, legend, chart subtitle and report
/// (the GIL only counts in threads mode).
std::string_view executionLabel(Mode mode, bool gil);
std::string_view orderingName(Ordering ordering);     ///< "ordered-batch", ...
std::string_view orderingLabel(Ordering ordering);    ///< "ordered batch (map)", for the UI
std::optional<Ordering> orderingFromName(std::string_view name);
std::string_view workerDeathPolicyName(WorkerDeathPolicy policy);  ///< "fail", "respawn"
std::optional<WorkerDeathPolicy> workerDeathPolicyFromName(std::string_view name);

/// How one run executes. Plain value; validated by validate().
struct RunOptions {
    Mode mode = Mode::Processes;
    int workers = 2;
    int chunksize = 1;
    Ordering ordering = Ordering::OrderedBatch;
    int sampleHz = 20;                 ///< per-core sampler rate; 0 = off
    bool gil = false;                  ///< emulated GIL (threads mode)
    double switchIntervalMs = 5.0;     ///< GIL switch interval, as sys.getswitchinterval()
    std::string workerPath;            ///< processes: corescope-worker; empty = next to the app
    bool processPerTask = false;       ///< processes: a fresh worker process for every chunk
    int taskTimeoutMs = 0;             ///< processes: kill a worker whose task runs longer; 0 = off
    WorkerDeathPolicy onWorkerDeath = WorkerDeathPolicy::Fail;

    // The one set of limits: validate() applies them, and core/io/runoptionsio (reports,
    // settings, the command line, sweep reports) reads nothing outside them.
    static constexpr int kMaxWorkers = 1024;
    /// 2^24 tasks a chunk: far beyond any useful chunk (a workload holds at most 2^32 tasks),
    /// small enough that chunk arithmetic never overflows. Sweep reports used to allow 2^30.
    static constexpr int kMaxChunksize = 1 << 24;
    static constexpr int kMaxSampleHz = 1000;                  ///< 1 ms: /proc/stat's resolution
    static constexpr double kMaxSwitchIntervalMs = 1000.0;     ///< exclusive of 0
    static constexpr int kMaxTaskTimeoutMs = 24 * 3600 * 1000;
    /// Empty when fine, else a sentence naming the bad value.
    std::string validate() const;
    /// executionLabel() with the worker count, UTF-8: "serial", "threads + GIL × 2".
    std::string label() const;

    friend bool operator==(const RunOptions &, const RunOptions &) = default;
};

} // namespace corescope
