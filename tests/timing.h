#pragma once

// The suite's one factor for time bounds. Every test that bounds a time (a cancel, a detection,
// a wait for a run to end, a sample count over a period) multiplies its bound by timeFactor():
// the bound is scaled, never dropped, so a slow build on a busy machine still has to finish,
// just not as fast as a release build on a quiet one.
//
//   timeFactor() = build slowdown x machine load x CORESCOPE_TEST_TIME_FACTOR (default 1)
//
// - build slowdown: the sanitizers' (core/util/buildslowdown.h, which the engine's own grace
//   periods use too: ASan + UBSan 4, TSan 10), or 3 for an unoptimised (Debug) build.
// - machine load: the 1-minute load average over the cores, read once per test process, at
//   least 1 and at most 4: a machine running twice as many runnable tasks as it has cores gives
//   each of ours about half the time.
// - CORESCOPE_TEST_TIME_FACTOR: for a machine the two readings above do not describe (a slow
//   emulator, a laptop on battery); a number >= 1.
//
// Ratios (speedups, the GIL's hold times) are not scaled: they are what a lesson claims, and
// their margins are stated where they are checked.

#include "core/util/buildslowdown.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <thread>

namespace corescope::test {

#if !defined(__OPTIMIZE__) && !defined(CORESCOPE_TSAN) && !defined(CORESCOPE_ASAN)
inline constexpr int kBuildSlowdown = 3;   // an unoptimised (Debug) build
#else
inline constexpr int kBuildSlowdown = kSanitizerSlowdown;
#endif


// The 1-minute load average over the cores, clamped to [1, 4]; read once per process.
inline double loadFactor()
{
    static const double factor = [] {
        double load1 = 0;
        std::ifstream loadavg("/proc/loadavg");
        if (!(loadavg >> load1))
            return 1.0;
        const double cores = std::max(1u, std::thread::hardware_concurrency());
        return std::clamp(load1 / cores, 1.0, 4.0);
    }();
    return factor;
}

// What every time bound in the suite is multiplied by (see the top of this file).
inline double timeFactor()
{
    static const double factor = [] {
        double extra = 1.0;
        if (const char *env = std::getenv("CORESCOPE_TEST_TIME_FACTOR")) {
            char *end = nullptr;
            const double v = std::strtod(env, &end);
            if (end != env && v >= 1.0)
                extra = v;
        }
        return kBuildSlowdown * loadFactor() * extra;
    }();
    return factor;
}

// A bound of `ms` milliseconds, scaled; as int for QTRY_*_WITH_TIMEOUT and QTest::qWait.
inline int scaledMs(double ms)
{
    return static_cast<int>(ms * timeFactor() + 0.5);
}

// The same for std::chrono waits (test::InBackground::waitFor and friends).
inline std::chrono::milliseconds scaled(std::chrono::milliseconds bound)
{
    return std::chrono::milliseconds(scaledMs(static_cast<double>(bound.count())));
}

// A bound in nanoseconds (task records' times), scaled.
inline std::int64_t scaledNs(std::int64_t ns)
{
    return static_cast<std::int64_t>(static_cast<double>(ns) * timeFactor());
}

} // namespace corescope::test
