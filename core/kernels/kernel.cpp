#include "core/kernels/kernel.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <csignal>
#include <ctime>
#include <limits>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>
#include <unistd.h>

namespace corescope {

namespace {

constexpr std::uint64_t kU64Max = std::numeric_limits<std::uint64_t>::max();
constexpr std::uint64_t kHour = 3'600'000;   // ms

constexpr std::array kKernels{
    KernelInfo{KernelId::IsPrime, "is_prime", 1, ResultKind::Bool, false, false, kU64Max,
               "n -> is n prime? odd trial division up to floor(sqrt n)"},
    KernelInfo{KernelId::GcdNaive, "gcd_naive", 2, ResultKind::Integer, false, false,
               (std::uint64_t{1} << 53) - 1, "[a, b] -> gcd, counting down from min(a, b)"},
    KernelInfo{KernelId::SumLoop, "sum_loop", 1, ResultKind::Integer, false, false,
               6'000'000'000ULL, "n -> 1 + 1 + 2 + ... + n, by a loop"},
    KernelInfo{KernelId::Double, "double", 1, ResultKind::Integer, false, false,
               kU64Max / 2, "x -> 2x (params.sleep_ms_per_unit: sleep x units first)"},
    KernelInfo{KernelId::SleepMs, "sleep_ms", 1, ResultKind::Integer, true, false, kHour,
               "waits n ms, returns n"},
    KernelInfo{KernelId::SpinMs, "spin_ms", 1, ResultKind::Integer, false, false, kHour,
               "busy for n ms of CPU time, returns n"},
    KernelInfo{KernelId::Crash, "crash", 1, ResultKind::Integer, false, true, kHour,
               "0 kills the worker process (params.signal); n > 0 spins n ms, returns n"},
    KernelInfo{KernelId::MemSweep, "mem_sweep", 1, ResultKind::Integer, false, false, 10'000,
               "streams n times over a per-worker buffer larger than cache (memory-bound)"},
    KernelInfo{KernelId::SharedCounter, "shared_counter", 1, ResultKind::Integer, false, false,
               1'000'000'000, "adds 1 to a shared counter n times (params.sync), returns n"},
    // 10 million numbers: 80 MB here, about 400 MB as a Python list of ints.
    KernelInfo{KernelId::MakeList, "make_list", 1, ResultKind::Integer, false, false,
               10'000'000, "n -> the list 0 .. n-1 (Python hands it back); result: its sum"},
    KernelInfo{KernelId::PythonFunction, "python", 1, ResultKind::Integer, false, false, kU64Max,
               "your own Python function, run by the Python runtime only"},
};

// Keeps the optimiser from folding a loop into a closed form: the loop is the workload.
template <typename T>
inline void opaque(T &value)
{
    asm volatile("" : "+r"(value));
}

std::int64_t threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return std::int64_t{ts.tv_sec} * 1'000'000'000 + ts.tv_nsec;
}

std::uint64_t isqrt(std::uint64_t n)
{
    auto r = static_cast<std::uint64_t>(std::sqrt(static_cast<long double>(n)));
    while (r > 0 && (r > n / r))                       // r*r > n, without overflow
        --r;
    while ((r + 1) <= n / (r + 1))                     // (r+1)^2 <= n
        ++r;
    return r;
}

TaskOutcome isPrime(std::uint64_t n, KernelContext &ctx)
{
    if (n < 2)
        return {0, true};
    if (n == 2)
        return {1, true};
    if (n % 2 == 0)
        return {0, true};
    const std::uint64_t limit = isqrt(n);
    std::uint32_t tick = 0;
    for (std::uint64_t i = 3; i <= limit; i += 2) {
        if (n % i == 0)
            return {0, true};
        if (++tick == 8192) {          // a checkpoint every ~50 us of divisions
            tick = 0;
            if (!ctx.checkpoint())
                return {0, false};
        }
    }
    return {1, true};
}

TaskOutcome gcdNaive(std::uint64_t a, std::uint64_t b, KernelContext &ctx)
{
    const std::uint64_t low = std::min(a, b);
    std::uint32_t tick = 0;
    for (std::uint64_t i = low; i > 0; --i) {
        if (a % i == 0 && b % i == 0)
            return {i, true};
        if (++tick == 8192) {
            tick = 0;
            if (!ctx.checkpoint())
                return {0, false};
        }
    }
    return {0, true};   // only when min(a, b) == 0, as Python's loop returns None: 0 here
}

TaskOutcome sumLoop(std::uint64_t n, KernelContext &ctx)
{
    std::uint64_t res = 1;
    std::uint64_t i = 1;
    while (i <= n) {
        const std::uint64_t end = std::min(n, i + 65535);
        for (; i <= end; ++i) {
            res += i;
            opaque(res);
        }
        if (!ctx.checkpoint())
            return {0, false};
    }
    return {n == 0 ? 1 : res, true};
}

// Sleeps in short slices so a cancel is seen within ~10 ms; the GIL is released meanwhile.
bool waitMs(double ms, KernelContext &ctx)
{
    ctx.beginWait();
    const auto until = std::chrono::steady_clock::now()
        + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                           std::chrono::duration<double, std::milli>(ms));
    bool completed = true;
    for (;;) {
        const auto now = std::chrono::steady_clock::now();
        if (now >= until)
            break;
        if (ctx.stopRequested()) {
            completed = false;
            break;
        }
        std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(
            until - now, std::chrono::milliseconds(10)));
    }
    ctx.endWait();
    return completed;
}

// Busy for `ms` of this thread's CPU time, so a task's cost stays the same whether or not it
// has to share a core (or the emulated GIL) with others.
bool spinMs(double ms, KernelContext &ctx)
{
    const auto budget = static_cast<std::int64_t>(ms * 1e6);
    const std::int64_t begin = threadCpuNs();
    std::uint64_t x = 0x9E3779B97F4A7C15ULL;
    while (threadCpuNs() - begin < budget) {
        for (int k = 0; k < 2000; ++k) {    // ~ a few microseconds between clock reads
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            opaque(x);
        }
        if (!ctx.checkpoint())
            return false;
    }
    return true;
}

constexpr std::uint64_t kMemPattern = 0x9E3779B97F4A7C15ULL;

TaskOutcome memSweep(std::uint64_t passes, std::uint64_t bufferMiB, KernelContext &ctx)
{
    // One buffer per worker thread, kept between tasks: a task's cost is the streaming, not
    // the allocation.
    thread_local std::unique_ptr<std::uint64_t[]> buffer;
    thread_local std::uint64_t bufferWords = 0;
    const std::uint64_t words = bufferMiB * (1024 * 1024 / sizeof(std::uint64_t));
    if (bufferWords != words) {
        buffer = std::make_unique_for_overwrite<std::uint64_t[]>(words);
        for (std::uint64_t i = 0; i < words; ++i)
            buffer[i] = i * kMemPattern;
        bufferWords = words;
    }
    std::uint64_t sum = 0;
    constexpr std::uint64_t kSlice = 1024 * 1024 / sizeof(std::uint64_t);   // 1 MiB
    for (std::uint64_t p = 0; p < passes; ++p) {
        for (std::uint64_t base = 0; base < words; base += kSlice) {
            const std::uint64_t end = std::min(words, base + kSlice);
            std::uint64_t s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            std::uint64_t i = base;
            for (; i + 4 <= end; i += 4) {
                s0 += buffer[i];
                s1 += buffer[i + 1];
                s2 += buffer[i + 2];
                s3 += buffer[i + 3];
            }
            for (; i < end; ++i)
                s0 += buffer[i];
            sum += s0 + s1 + s2 + s3;
            if (!ctx.checkpoint())
                return {0, false};
        }
    }
    return {sum, true};
}

std::mutex g_counterLock;   // the lock of CounterSync::Lock: per process, as a threading.Lock

TaskOutcome sharedCounter(std::uint64_t n, CounterSync sync, KernelContext &ctx)
{
    std::atomic<std::uint64_t> *counter = ctx.sharedCounter();
    if (!counter)
        counter = &processLocalCounter();
    for (std::uint64_t i = 0; i < n; ++i) {
        switch (sync) {
        case CounterSync::None: {
            // counter += 1 as two steps; another thread's update in between is overwritten.
            std::uint64_t v = counter->load(std::memory_order_relaxed);
            opaque(v);
            counter->store(v + 1, std::memory_order_relaxed);
            break;
        }
        case CounterSync::Lock: {
            std::lock_guard lock(g_counterLock);
            counter->store(counter->load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
            break;
        }
        case CounterSync::SharedMemory: {
            // As None, on the shared mapping: `v.value += 1` without get_lock() reads and
            // writes in two steps, and so do we; another process's update in between is lost.
            std::uint64_t v = counter->load(std::memory_order_relaxed);
            opaque(v);
            counter->store(v + 1, std::memory_order_relaxed);
            break;
        }
        case CounterSync::SharedMemoryLocked:
            // The lock around each update, across processes: one atomic fetch_add on the
            // shared mapping (x86: `lock xadd`, the core holds the cache line from the read to
            // the write), the hardware's lock around one read-modify-write. It works between
            // processes because the atomic lives in the mapping, as a process-shared mutex
            // there would; get_lock() is such a semaphore, and Python pays for it.
            counter->fetch_add(1, std::memory_order_relaxed);
            break;
        case CounterSync::Manager:
            return {0, false};   // never run natively: checkRunnable refuses it
        }
        if ((i & 4095) == 4095 && !ctx.checkpoint())
            return {i + 1, false};
    }
    return {n, true};
}

TaskOutcome makeList(std::uint64_t n, KernelContext &ctx)
{
    // The list really is built and read, as Python's is: the work is the memory, not a
    // closed form.
    std::vector<std::uint64_t> numbers(n);
    for (std::uint64_t i = 0; i < n; ++i) {
        numbers[i] = i;
        if ((i & 65535) == 65535 && !ctx.checkpoint())
            return {0, false};
    }
    std::uint64_t sum = 0;
    for (const std::uint64_t x : numbers) {
        sum += x;
        opaque(sum);
    }
    return {sum, true};
}

[[noreturn]] void crashNow(int signal)
{
    if (signal == 0)
        _exit(3);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
    _exit(128 + signal);   // a signal that was blocked: still die
}

} // namespace

std::atomic<std::uint64_t> &processLocalCounter()
{
    static std::atomic<std::uint64_t> counter{0};
    return counter;
}

std::span<const KernelInfo> allKernels()
{
    return kKernels;
}

const KernelInfo &kernelInfo(KernelId id)
{
    return kKernels[static_cast<std::size_t>(id)];
}

std::optional<KernelId> kernelByName(std::string_view name)
{
    for (const auto &k : kKernels)
        if (k.name == name)
            return k.id;
    return std::nullopt;
}

ScaleRule scaleRule(KernelId id)
{
    switch (id) {
    case KernelId::Double:
    case KernelId::SleepMs:
    case KernelId::SpinMs:
    case KernelId::Crash:
        return ScaleRule::Timed;
    case KernelId::SharedCounter:
        return ScaleRule::Unscaled;
    case KernelId::IsPrime:
    case KernelId::GcdNaive:
    case KernelId::SumLoop:
    case KernelId::MemSweep:
    case KernelId::MakeList:
    case KernelId::PythonFunction:
        return ScaleRule::Repeated;
    }
    return ScaleRule::Unscaled;
}

int kernelRepeats(double scale)
{
    // Half rounds up, as the Python driver's int(scale + 0.5) does (Python's round() would
    // round half to even and the runtimes would differ at x2.5).
    return std::max(1, static_cast<int>(scale + 0.5));
}

double effectiveWorkScale(KernelId id, double scale)
{
    switch (scaleRule(id)) {
    case ScaleRule::Timed: return scale;
    case ScaleRule::Repeated: return kernelRepeats(scale);
    case ScaleRule::Unscaled: return 1.0;
    }
    return 1.0;
}

namespace {

TaskOutcome runOnce(KernelId id, const TaskInput &input, const KernelParams &params,
                    KernelContext &ctx, double scale)
{
    switch (id) {
    case KernelId::IsPrime:
        return isPrime(input.a, ctx);
    case KernelId::GcdNaive:
        return gcdNaive(input.a, input.b, ctx);
    case KernelId::SumLoop:
        return sumLoop(input.a, ctx);
    case KernelId::Double: {
        // sleep(x), or sleep(from - x): the seeds' imap / imap_unordered doublers.
        const std::uint64_t units = params.sleepReverseFrom > 0
            ? (params.sleepReverseFrom > input.a ? params.sleepReverseFrom - input.a : 0)
            : input.a;
        if (params.sleepMsPerUnit > 0.0
            && !waitMs(static_cast<double>(units) * params.sleepMsPerUnit * scale, ctx))
            return {0, false};
        return {input.a * 2, true};
    }
    case KernelId::SleepMs:
        return {input.a, waitMs(static_cast<double>(input.a) * scale, ctx)};
    case KernelId::SpinMs:
        return {input.a, spinMs(static_cast<double>(input.a) * scale, ctx)};
    case KernelId::Crash:
        if (input.a == 0)
            crashNow(params.crashSignal);
        return {input.a, spinMs(static_cast<double>(input.a) * scale, ctx)};
    case KernelId::MemSweep:
        return memSweep(input.a, params.bufferMiB, ctx);
    case KernelId::PythonFunction:
        return {0, true};   // never run natively: checkRunnable refuses it
    case KernelId::SharedCounter:
        return sharedCounter(input.a, params.counterSync, ctx);
    case KernelId::MakeList:
        return makeList(input.a, ctx);
    }
    return {0, false};
}

} // namespace

TaskOutcome runKernel(KernelId id, const TaskInput &input, const KernelParams &params,
                      KernelContext &ctx, double scale)
{
    if (scaleRule(id) != ScaleRule::Repeated)
        return runOnce(id, input, params, ctx, scaleRule(id) == ScaleRule::Timed ? scale : 1.0);
    TaskOutcome out;
    for (int n = kernelRepeats(scale); n > 0; --n) {
        out = runOnce(id, input, params, ctx, 1.0);
        if (!out.completed)
            break;
    }
    return out;
}

std::string formatResult(ResultKind kind, std::uint64_t value)
{
    if (kind == ResultKind::Bool)
        return value ? "true" : "false";
    return std::to_string(value);
}

std::string formatInput(KernelId id, const TaskInput &input)
{
    if (kernelInfo(id).arity == 2)
        return '[' + std::to_string(input.a) + ", " + std::to_string(input.b) + ']';
    return std::to_string(input.a);
}

} // namespace corescope
