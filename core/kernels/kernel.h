#pragma once

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
};

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

/// Runs one task. Thread-safe: kernels share no state (mem_sweep keeps a per-thread buffer).
TaskOutcome runKernel(KernelId id, const TaskInput &input, const KernelParams &params,
                      KernelContext &context);

/// Human-readable result: "true"/"false" for bool kernels, the decimal number otherwise.
std::string formatResult(KernelId id, std::uint64_t value);
/// Human-readable input: "112272535095293" or "[1963309, 2265973]".
std::string formatInput(KernelId id, const TaskInput &input);

} // namespace corescope
