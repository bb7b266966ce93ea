#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace corescope {

/// Mpi: ranks of an MPI job (Open MPI's mpirun, started by Corescope) as the workers, on this
/// machine or across several (MpiExecutor).
enum class Mode : std::uint8_t { Serial, Threads, Processes, Mpi };
/// When results are handed back to the caller. Not a choice of its own: the API decides it
/// (pyApiOrdering(), RunOptions::ordering()), in both runtimes.
enum class Ordering : std::uint8_t { OrderedBatch, OrderedStream, AsCompleted };
/// What a process pool does when a worker dies: fail the run (Python's BrokenProcessPool), or
/// start a new worker and retry the task once (a task that kills two workers fails the run).
enum class WorkerDeathPolicy : std::uint8_t { Fail, Respawn };

/// What executes the tasks: the kernels in C++ (native), or a real CPython interpreter through
/// Python's own APIs (docs/PYTHON_RUNTIME.md).
enum class Runtime : std::uint8_t { Native, Python };
/// The Python API a run goes through, in both runtimes: it decides when results are handed back
/// (pyApiOrdering) and the default chunksize (pyApiDefaultChunksize), as in Python. The native
/// runtime's executors follow the same two rules with C++ kernels.
enum class PyApi : std::uint8_t { ExecutorMap, SubmitAsCompleted, PoolMap, PoolImap, PoolImapUnordered };
/// How a Python process pool starts its workers (multiprocessing's start methods).
enum class StartMethod : std::uint8_t { Default, Fork, Spawn, Forkserver };

std::string_view modeName(Mode mode);                 ///< "serial", "threads", "processes", "mpi"
std::optional<Mode> modeFromName(std::string_view name);
/// What runs a run's tasks, for people: "native threads", "native threads + emulated GIL",
/// "native processes", "Python threads", ... The one label of a mode, its GIL and its runtime
/// for every control, legend, chart subtitle and summary: "threads" alone would leave a class
/// to guess whether a GIL was there (the emulated GIL only counts for native threads).
/// English; the GUI translates it in the context kExecutionLabelContext (QT_TRANSLATE_NOOP).
std::string_view executionLabel(Mode mode, bool gil, Runtime runtime = Runtime::Native);
inline constexpr const char *kExecutionLabelContext = "corescope::Execution";
/// What a task's wait is called, for people (the same context): the emulated GIL's wait
/// ("GIL wait"); a Python task's time off the CPU, "waiting (GIL or OS)" where the driver's
/// threads share a GIL, "waiting (off the CPU)" in a worker process, whose one thread has its
/// GIL to itself (the OS took the time: other load, a lock, sleep).
std::string_view taskWaitLabel(Mode mode, Runtime runtime);
/// The same choice as files spell it ("threads", "threads + GIL", "processes", "Python
/// threads"): sweep reports and CSV; stable, never translated.
std::string_view executionId(Mode mode, bool gil, Runtime runtime = Runtime::Native);
std::string_view runtimeName(Runtime runtime);         ///< "native", "python"
std::optional<Runtime> runtimeFromName(std::string_view name);
std::string_view pyApiName(PyApi api);                 ///< "executor.map", "pool.imap", ...
std::optional<PyApi> pyApiFromName(std::string_view name);
/// The API's Python spelling, for people: "Pool.imap_unordered", "submit + as_completed", ...
std::string_view pyApiLabel(PyApi api, Mode mode);
/// When the API hands results back: Pool.map all at the end; Executor.map and Pool.imap in
/// order as they arrive; Pool.imap_unordered and submit + as_completed as they complete.
Ordering pyApiOrdering(PyApi api);
/// The multiprocessing.Pool API with that ordering (pool.map, pool.imap, pool.imap_unordered):
/// what an ordering written before the API was the one choice means ("ordering" in older
/// reports, settings, sweep reports and --ordering).
PyApi poolApiWithOrdering(Ordering ordering);
/// Those older names: "ordered-batch", "ordered-stream", "as-completed" (read, never written).
std::optional<PyApi> pyApiFromOrderingName(std::string_view name);
/// Python's own default chunksize for `tasks` tasks on `workers` workers: Pool.map's
/// ceil(tasks / (4 x workers)) (CPython's Lib/multiprocessing/pool.py), 1 for the others.
int pyApiDefaultChunksize(PyApi api, std::uint64_t tasks, int workers);
std::string_view startMethodName(StartMethod method);  ///< "default", "fork", "spawn", "forkserver"
std::optional<StartMethod> startMethodFromName(std::string_view name);
/// The one label of an ordering, naming the Python APIs that have it: "in order, all at the
/// end (Pool.map)", "in order, as they arrive (Executor.map, Pool.imap)", "as completed
/// (imap_unordered, as_completed)". English; the GUI translates it in the context
/// kOrderingLabelContext (the strings are marked with QT_TRANSLATE_NOOP).
std::string_view orderingLabel(Ordering ordering);
inline constexpr const char *kOrderingLabelContext = "corescope::Ordering";
std::string_view workerDeathPolicyName(WorkerDeathPolicy policy);  ///< "fail", "respawn"
std::optional<WorkerDeathPolicy> workerDeathPolicyFromName(std::string_view name);

/// One entry of an MPI hosts list: a host and how many ranks it takes (mpirun's --host h:n).
struct MpiHost {
    std::string name;
    int slots = 1;
    friend bool operator==(const MpiHost &, const MpiHost &) = default;
};
/// Reads "host1:slots,host2:slots" (":slots" may be left off: 1). Empty `error` on success,
/// else what is wrong, naming the entry: `entry 2 ("b:x"): slots must be a whole number from 1
/// to 1024`. An empty text is an empty list.
std::vector<MpiHost> parseMpiHosts(std::string_view text, std::string &error);

/// How one run executes. Plain value; validated by validate().
struct RunOptions {
    Mode mode = Mode::Processes;
    int workers = 2;
    int chunksize = 0;                 ///< 0 = the API's own default: effectiveChunksize()
    int sampleHz = 20;                 ///< per-core sampler rate; 0 = off
    bool gil = false;                  ///< emulated GIL (threads mode)
    double switchIntervalMs = 5.0;     ///< GIL switch interval, as sys.getswitchinterval()
    std::string workerPath;            ///< processes: corescope-worker; empty = next to the app
    bool processPerTask = false;       ///< processes: a fresh worker process for every chunk
    int taskTimeoutMs = 0;             ///< processes: kill a worker whose task runs longer; 0 = off
    WorkerDeathPolicy onWorkerDeath = WorkerDeathPolicy::Fail;
    Runtime runtime = Runtime::Native;
    /// Both runtimes: the order results are handed back in and the default chunksize.
    /// Executor.map by default, as tutorials 000-002 use it.
    PyApi api = PyApi::ExecutorMap;
    StartMethod startMethod = StartMethod::Default;   ///< python runtime, processes
    std::string pythonPath;            ///< python runtime: the interpreter; empty = python3 on PATH
    std::string mpiHosts;              ///< mpi: "host:slots,..." (parseMpiHosts); empty = this machine
    std::string mpiHostfile;           ///< mpi: an Open MPI hostfile, when mpiHosts is empty
    std::string mpirunPath;            ///< mpi: mpirun; empty = mpirun on PATH
    /// The work per task, multiplied (x0.1 .. x100; 1 = the workload as written): so a lesson
    /// can be made slow enough to narrate. Every runtime applies it as runKernel's ScaleRule
    /// says (timed kernels' milliseconds multiply, compute kernels repeat); results never change.
    double scale = 1.0;

    // The one set of limits: validate() applies them, and core/io/runoptionsio (reports,
    // settings, the command line, sweep reports) reads nothing outside them.
    static constexpr int kMaxWorkers = 1024;
    /// 2^24 tasks a chunk: far beyond any useful chunk (a workload holds at most 2^32 tasks),
    /// small enough that chunk arithmetic never overflows. Sweep reports used to allow 2^30.
    static constexpr int kMaxChunksize = 1 << 24;
    static constexpr int kMaxSampleHz = 1000;                  ///< 1 ms: /proc/stat's resolution
    static constexpr double kMaxSwitchIntervalMs = 1000.0;     ///< exclusive of 0
    static constexpr int kMaxTaskTimeoutMs = 24 * 3600 * 1000;
    /// The work scale's range: a tenth (a 5 s lesson in half a second) to a hundred times (a
    /// 50 ms workload in 5 s).
    static constexpr double kMinScale = 0.1;
    static constexpr double kMaxScale = 100.0;
    /// When results are handed back: the API's (pyApiOrdering). The one source is `api`.
    Ordering ordering() const { return pyApiOrdering(api); }
    /// The chunksize a run of `tasks` tasks uses: chunksize, or for 0 the API's Python default
    /// (pyApiDefaultChunksize: Pool.map's ceil(tasks / (4 x workers)), the others 1).
    /// The native executors honour a chunksize given for any API; Python ignores it for
    /// submit + as_completed and ThreadPoolExecutor.map, whose chunksize is then 1 (the
    /// driver reports what it used).
    int effectiveChunksize(std::uint64_t tasks) const;
    /// False when the run hands out one task at a time whatever the chunksize: real Python's
    /// submit + as_completed, and its ThreadPoolExecutor.map (which takes a chunksize and
    /// ignores it; checked with CPython 3.11: 100 submits for 100 inputs at chunksize=50).
    bool chunksizeApplies() const;
    /// Whether the option of this name (its report and settings key, as core/io/runoptionsio
    /// reads it) changes what a run of these options does: "workers", "chunksize" and "api"
    /// not in serial mode (nor "chunksize" where chunksizeApplies() is false), "switch_interval_ms"
    /// in threads under a GIL (emulated or Python's), "task_timeout_ms" for the Python runtime
    /// and for native processes and MPI ranks, "process_per_task" and "on_worker_death" for
    /// native processes, "start_method" for Python processes. Any other key: true. The window
    /// greys out and the command line notes what is not used, both from here.
    bool optionUsed(std::string_view key) const;
    /// Empty when fine, else a sentence naming the bad value.
    std::string validate() const;
    /// executionLabel() with the worker count, UTF-8: "native serial", "native threads + emulated
    /// GIL × 2".
    std::string label() const;

    friend bool operator==(const RunOptions &, const RunOptions &) = default;
};

} // namespace corescope
