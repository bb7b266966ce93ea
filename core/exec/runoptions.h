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

/// What executes the tasks: the kernels in C++ (native), or a real CPython interpreter through
/// Python's own APIs (docs/PYTHON_RUNTIME.md).
enum class Runtime : std::uint8_t { Native, Python };
/// The Python API a Python run goes through; it decides when results are handed back and the
/// default chunksize, as in Python.
enum class PyApi : std::uint8_t { ExecutorMap, SubmitAsCompleted, PoolMap, PoolImap, PoolImapUnordered };
/// How a Python process pool starts its workers (multiprocessing's start methods).
enum class StartMethod : std::uint8_t { Default, Fork, Spawn, Forkserver };

std::string_view modeName(Mode mode);                 ///< "serial", "threads", "processes"
std::optional<Mode> modeFromName(std::string_view name);
/// What runs a run's tasks, for people: "native threads", "native threads + emulated GIL",
/// "native processes", "Python threads", ... The one label of a mode, its GIL and its runtime
/// for every control, legend, chart subtitle and summary: "threads" alone would leave a class
/// to guess whether a GIL was there (the emulated GIL only counts for native threads).
std::string_view executionLabel(Mode mode, bool gil, Runtime runtime = Runtime::Native);
/// The same choice as files spell it ("threads", "threads + GIL", "processes", "Python
/// threads"): sweep reports and CSV; stable, never translated.
std::string_view executionId(Mode mode, bool gil, Runtime runtime = Runtime::Native);
std::string_view runtimeName(Runtime runtime);         ///< "native", "python"
std::optional<Runtime> runtimeFromName(std::string_view name);
std::string_view pyApiName(PyApi api);                 ///< "executor.map", "pool.imap", ...
std::optional<PyApi> pyApiFromName(std::string_view name);
/// The API's Python spelling, for people: "Pool.imap_unordered", "submit + as_completed", ...
std::string_view pyApiLabel(PyApi api, Mode mode);
/// When the API hands results back.
Ordering pyApiOrdering(PyApi api);
/// Python's own default chunksize for `tasks` tasks on `workers` workers: Pool.map's
/// ceil(tasks / (4 x workers)) (CPython's Lib/multiprocessing/pool.py), 1 for the others.
int pyApiDefaultChunksize(PyApi api, std::uint64_t tasks, int workers);
std::string_view startMethodName(StartMethod method);  ///< "default", "fork", "spawn", "forkserver"
std::optional<StartMethod> startMethodFromName(std::string_view name);
std::string_view orderingName(Ordering ordering);     ///< "ordered-batch", ...
std::string_view orderingLabel(Ordering ordering);    ///< "ordered batch (map)", for the UI
std::optional<Ordering> orderingFromName(std::string_view name);
std::string_view workerDeathPolicyName(WorkerDeathPolicy policy);  ///< "fail", "respawn"
std::optional<WorkerDeathPolicy> workerDeathPolicyFromName(std::string_view name);

/// How one run executes. Plain value; validated by validate().
struct RunOptions {
    Mode mode = Mode::Processes;
    int workers = 2;
    int chunksize = 1;                 ///< 0 = the API's own default: effectiveChunksize()
    Ordering ordering = Ordering::OrderedBatch;
    int sampleHz = 20;                 ///< per-core sampler rate; 0 = off
    bool gil = false;                  ///< emulated GIL (threads mode)
    double switchIntervalMs = 5.0;     ///< GIL switch interval, as sys.getswitchinterval()
    std::string workerPath;            ///< processes: corescope-worker; empty = next to the app
    bool processPerTask = false;       ///< processes: a fresh worker process for every chunk
    int taskTimeoutMs = 0;             ///< processes: kill a worker whose task runs longer; 0 = off
    WorkerDeathPolicy onWorkerDeath = WorkerDeathPolicy::Fail;
    Runtime runtime = Runtime::Native;
    PyApi api = PyApi::ExecutorMap;             ///< python runtime
    StartMethod startMethod = StartMethod::Default;   ///< python runtime, processes
    std::string pythonPath;            ///< python runtime: the interpreter; empty = python3 on PATH

    // The one set of limits: validate() applies them, and core/io/runoptionsio (reports,
    // settings, the command line, sweep reports) reads nothing outside them.
    static constexpr int kMaxWorkers = 1024;
    /// 2^24 tasks a chunk: far beyond any useful chunk (a workload holds at most 2^32 tasks),
    /// small enough that chunk arithmetic never overflows. Sweep reports used to allow 2^30.
    static constexpr int kMaxChunksize = 1 << 24;
    static constexpr int kMaxSampleHz = 1000;                  ///< 1 ms: /proc/stat's resolution
    static constexpr double kMaxSwitchIntervalMs = 1000.0;     ///< exclusive of 0
    static constexpr int kMaxTaskTimeoutMs = 24 * 3600 * 1000;
    /// The chunksize a run of `tasks` tasks uses: chunksize, or for 0 Python's default for the
    /// API (python runtime) or for the API with the same ordering (native: ordered batch is
    /// Pool.map's ceil(tasks / (4 x workers)), the others 1).
    int effectiveChunksize(std::uint64_t tasks) const;
    /// Empty when fine, else a sentence naming the bad value.
    std::string validate() const;
    /// executionLabel() with the worker count, UTF-8: "native serial", "native threads + emulated
    /// GIL × 2".
    std::string label() const;

    friend bool operator==(const RunOptions &, const RunOptions &) = default;
};

} // namespace corescope
