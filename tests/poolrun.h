#pragma once

// Runs the process pool on a thread of its own, as the engine does, and times it: the harness of
// tst_processpool and tst_faults. With it, what a task must return, worked out apart from the
// kernels (a broken kernel must not agree with itself).

#include "core/exec/processpoolexecutor.h"
#include "core/trace/runrecorder.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <numeric>
#include <stop_token>
#include <thread>
#include <vector>

namespace corescope::test {

struct PoolRun {
    RunResult result;
    std::int64_t runMs = 0;              // run() from call to return
    std::int64_t returnedNs = 0;         // the recorder's clock when run() returned
    bool stopRequested = false;
    /// From the stop request to run() returning: negative when run() returned before the stop
    /// was timed (a run that finished first, or, on a loaded machine, one that saw the stop
    /// before the callback timing it ran); -1 also when no stop was asked for.
    std::int64_t returnAfterStopMs = -1;
};

// `during` runs on this thread while the pool runs and may request a stop through the source
// it is given.
inline PoolRun runPool(std::shared_ptr<const Workload> wl, const RunOptions &options,
                       const std::function<void(RunRecorder &, std::stop_source &)> &during = {})
{
    using Clock = std::chrono::steady_clock;
    RunRecorder rec(std::move(wl), options);
    ProcessPoolExecutor exec;
    PoolRun out;
    Clock::time_point stopAt{};
    Clock::time_point returned{};
    {
        const auto t0 = Clock::now();
        std::jthread t([&](std::stop_token st) {
            exec.run(rec, st);
            out.returnedNs = rec.now();
            returned = Clock::now();
        });
        if (during) {
            std::stop_source source = t.get_stop_source();
            // Timed when asked for, on the asking thread, not after `during` returns: a run that
            // ends within a millisecond of the request must not seem to have ended before it.
            const std::stop_callback timeTheStop(source.get_token(), [&stopAt] { stopAt = Clock::now(); });
            during(rec, source);
        }
        t.join();
        out.runMs = std::chrono::duration_cast<std::chrono::milliseconds>(returned - t0).count();
        out.stopRequested = stopAt != Clock::time_point{};
        if (out.stopRequested)
            out.returnAfterStopMs =   // floor: a return 0.4 ms before the stop is -1, not 0
                std::chrono::floor<std::chrono::milliseconds>(returned - stopAt).count();
    }
    rec.finish();
    out.result = rec.result();
    return out;
}

// Which of [lo, hi) are prime, by a segmented sieve of Eratosthenes: not the kernel's trial
// division. Checked against counts from python3 (see primeCountsAreKnown()).
inline std::vector<bool> primesIn(std::uint64_t lo, std::uint64_t hi)
{
    std::vector<bool> prime(hi > lo ? hi - lo : 0, true);
    for (std::uint64_t n = lo; n < std::min<std::uint64_t>(hi, 2); ++n)
        prime[n - lo] = false;
    for (std::uint64_t p = 2; p * p < hi; ++p) {
        bool small = true;   // p itself prime? (trial division of a tiny p: cheap, and only to skip)
        for (std::uint64_t d = 2; d * d <= p && small; ++d)
            small = p % d != 0;
        if (!small)
            continue;
        for (std::uint64_t m = std::max(p * p, (lo + p - 1) / p * p); m < hi; m += p)
            prime[m - lo] = false;
    }
    return prime;
}

// Counts of primes in ranges the suites use, from python3 (trial division), to check primesIn.
inline bool primeCountsAreKnown()
{
    const auto count = [](std::uint64_t lo, std::uint64_t hi) {
        const auto p = primesIn(lo, hi);
        return std::count(p.begin(), p.end(), true);
    };
    return count(1, 20'001) == 2262 && count(1'000'000, 1'200'000) == 14'440
        && count(1'000'000, 1'000'400) == 32 && count(1'000'000'000, 1'000'040'000) == 1923;
}

// What each task of `wl` returns (default params), by the kernel's definition rather than by
// running it: is_prime 0/1 from primesIn, gcd_naive std::gcd, double 2a; spin_ms, sleep_ms,
// crash (input > 0) and shared_counter return their input. A kernel not listed here has no
// known answer: ~0, which no result matches.
inline std::vector<std::uint64_t> knownAnswers(const Workload &wl)
{
    const std::uint64_t n = wl.taskCount();
    std::vector<std::uint64_t> out(n, ~std::uint64_t{0});
    std::uint64_t lo = ~std::uint64_t{0};
    std::uint64_t hi = 0;
    if (wl.kernel == KernelId::IsPrime) {
        for (std::uint64_t i = 0; i < n; ++i) {
            lo = std::min(lo, wl.input(i).a);
            hi = std::max(hi, wl.input(i).a + 1);
        }
    }
    const std::vector<bool> primes = wl.kernel == KernelId::IsPrime ? primesIn(lo, hi) : std::vector<bool>();
    for (std::uint64_t i = 0; i < n; ++i) {
        const TaskInput in = wl.input(i);
        switch (wl.kernel) {
        case KernelId::IsPrime: out[i] = primes[in.a - lo] ? 1 : 0; break;
        case KernelId::GcdNaive: out[i] = std::gcd(in.a, in.b); break;
        case KernelId::Double: out[i] = 2 * in.a; break;
        case KernelId::SpinMs:
        case KernelId::SleepMs:
        case KernelId::SharedCounter: out[i] = in.a; break;
        case KernelId::Crash:
            if (in.a > 0)
                out[i] = in.a;
            break;
        default: break;
        }
    }
    return out;
}

} // namespace corescope::test
