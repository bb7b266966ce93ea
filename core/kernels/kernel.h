#pragma once

#include <atomic>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace corescope {

/// The built-in task functions. The arithmetic is the teaching material's, in native C++.
enum class KernelId : std::uint8_t {
    IsPrime,     ///< n -> bool, odd trial division up to floor(sqrt n)
    GcdNaive,    ///< [a, b] -> gcd, counting down from min(a, b)
    SumLoop,     ///< n -> 1 + (1 + 2 + ... + n) by a loop (the seed's "factorial")
    Double,      ///< x -> 2x; params.sleep_ms_per_unit sleeps x units first
    SleepMs,     ///< waits n ms, returns n
    SpinMs,      ///< busy for n ms, returns n
    Crash,       ///< 0: kills the worker process; n > 0: spins n ms and returns n
    MemSweep,    ///< streams n times over a per-worker buffer larger than cache; returns a checksum
    SharedCounter, ///< adds 1 to a shared counter n times (the shared-state lesson); returns n
    /// n -> a list of the n numbers 0 .. n-1 (Python hands the list back, pickled between
    /// processes); the result checked is their sum mod 2^64, all the native kernel returns.
    MakeList,
    /// The user's own Python function (a workload's "python": {"file", "function"}): only the
    /// Python runtime runs it; n -> whatever the function returns (a bool as 0/1).
    PythonFunction,
};

/// How the shared_counter kernel protects its read-modify-write. The names mean the same in
/// both runtimes (workload names in workloadparser.cpp; the Python driver's in
/// resources/python/corescope_kernels.py).
enum class CounterSync : std::uint8_t {
    None,          ///< load, then store: concurrent threads lose updates (a real race)
    Lock,          ///< a lock around each update: right among threads of one process
    /// One counter in memory shared with the worker processes, read and written back as two
    /// steps with no lock (Python: `v.value += 1` on a multiprocessing.Value): loses updates.
    SharedMemory,
    /// The same memory with a lock around each update (Python: `with v.get_lock(): v.value
    /// += 1`): right, and slower.
    SharedMemoryLocked,
    /// A multiprocessing Manager's proxy: each update a round trip to the manager process.
    /// The Python runtime only; the native runtime refuses it (checkRunnable).
    Manager,
};

/// True for the syncs whose counter lives in memory shared with the worker processes: the
/// process pool maps it into every worker.
constexpr bool counterInSharedMemory(CounterSync sync)
{
    return sync == CounterSync::SharedMemory || sync == CounterSync::SharedMemoryLocked;
}

enum class ResultKind : std::uint8_t { Bool, Integer };

/// A task input: one unsigned integer, or a pair for the gcd kernel.
struct TaskInput {
    std::uint64_t a = 0;
    std::uint64_t b = 0;
    friend bool operator==(const TaskInput &, const TaskInput &) = default;
};

/// Kernel parameters from the workload's "params" object, already validated.
struct KernelParams {
    double sleepMsPerUnit = 0.0;     ///< double: sleep x * this many ms before returning
    std::uint64_t bufferMiB = 64;    ///< mem_sweep: per-worker buffer size
    int crashSignal = 11;            ///< crash: the signal raised (SIGSEGV); 0 = _exit(3)
    std::uint64_t sleepReverseFrom = 0; ///< double: if > 0, sleep (this - x) units instead of x
    CounterSync counterSync = CounterSync::None;   ///< shared_counter
    friend bool operator==(const KernelParams &, const KernelParams &) = default;
};

/// Hooks a running kernel calls so long tasks stay cancellable and can take part in the
/// emulated GIL. Implementations must make checkpoint() cheap: kernels call it every few
/// microseconds of work.
class KernelContext {
public:
    virtual ~KernelContext() = default;
    /// Called periodically from compute loops. Returns false when the task must stop (cancel).
    virtual bool checkpoint() = 0;
    /// Called around a blocking wait (sleep / I/O): the emulated GIL is released in between.
    virtual void beginWait() {}
    virtual void endWait() {}
    /// Polled during waits (between beginWait and endWait), where checkpoint() must not be used.
    virtual bool stopRequested() const { return false; }
    /// The counter the shared_counter kernel adds to: the run's (threads), the one in shared
    /// memory (processes with counterInSharedMemory(sync)), or nullptr for this process's own
    /// copy.
    virtual std::atomic<std::uint64_t> *sharedCounter() { return nullptr; }
};

/// A context that never cancels and has no GIL: serial use, tests, the worker process.
class PlainKernelContext final : public KernelContext {
public:
    bool checkpoint() override { return true; }
};

struct KernelInfo {
    KernelId id;
    std::string_view name;        ///< as in workload files: "is_prime"
    int arity;                    ///< 1, or 2 for pair inputs
    ResultKind result;
    bool waits;                   ///< spends its time waiting, not computing (GIL is released)
    bool killsProcess;            ///< may terminate the process that runs it
    std::uint64_t maxInput;       ///< largest accepted input value (each element)
    std::string_view description;
};

/// Every kernel, in a stable order.
std::span<const KernelInfo> allKernels();
const KernelInfo &kernelInfo(KernelId id);
std::optional<KernelId> kernelByName(std::string_view name);

/// What running one task produced.
struct TaskOutcome {
    std::uint64_t value = 0;
    bool completed = true;        ///< false: stopped by the context (cancel)
};

/// How a kernel follows the work scale (RunOptions::scale, x0.1 .. x100 the work per task).
/// The result of a task never changes with the scale, so expected results stay checkable:
/// - Timed: the task's milliseconds are multiplied (sleep_ms, spin_ms, double's sleep, crash's
///   spin for n > 0; crash 0 still kills its worker at once).
/// - Repeated: the kernel runs kernelRepeats(scale) times on the same input and the last
///   result is kept (is_prime, gcd_naive, sum_loop, mem_sweep, make_list, the user's Python
///   function). A computation cannot be cut below one call without changing its result, so a
///   scale under 1.5 runs it once.
/// - Unscaled: shared_counter (its count is the lesson's result: lost updates are counted
///   against the tasks' inputs).
/// The Python driver applies the same rules (resources/python/corescope_kernels.py, scaled()).
enum class ScaleRule : std::uint8_t { Timed, Repeated, Unscaled };
ScaleRule scaleRule(KernelId id);
/// Calls of a Repeated kernel for `scale`: round(scale), at least 1 (half rounds up).
int kernelRepeats(double scale);
/// The factor a task's work really has at `scale`: the scale itself for a Timed kernel,
/// kernelRepeats(scale) for a Repeated one, 1 for an Unscaled one. What titles show.
double effectiveWorkScale(KernelId id, double scale);

/// Runs one task, its work multiplied by `scale` (ScaleRule). Thread-safe, but for
/// shared_counter, whose unsynchronised variant loses updates on purpose (the lesson);
/// mem_sweep keeps a per-thread buffer.
TaskOutcome runKernel(KernelId id, const TaskInput &input, const KernelParams &params,
                      KernelContext &context, double scale = 1.0);

/// This process's own copy of the shared counter (what a worker process adds to without shared
/// memory, and what the parent reads afterwards: untouched, as in the seeds' empty dict).
std::atomic<std::uint64_t> &processLocalCounter();

/// Human-readable result: "true"/"false" for bool results, the decimal number otherwise.
std::string formatResult(ResultKind kind, std::uint64_t value);
/// Human-readable input: "112272535095293" or "[1963309, 2265973]".
std::string formatInput(KernelId id, const TaskInput &input);

} // namespace corescope
