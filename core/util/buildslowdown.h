#pragma once

// How much slower this build runs than a release build. The sanitizers instrument every memory
// access (ThreadSanitizer ~5-10x, AddressSanitizer + UBSan ~2-3x, measured on the 2-core VM),
// and under ASan each process also scans for leaks as it exits. The engine's grace periods for
// a worker that should be exiting (kShutdownGraceMs, kExitWaitMs in the process pool) are
// multiplied by it, so a sanitized worker that exits slowly on a loaded machine is not killed
// as a hung one. 1 in a normal build. tests/timing.h builds the suite's time factor on it.

#if defined(__SANITIZE_ADDRESS__)
#define CORESCOPE_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CORESCOPE_ASAN 1
#endif
#endif

#if defined(__SANITIZE_THREAD__)
#define CORESCOPE_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define CORESCOPE_TSAN 1
#endif
#endif

namespace corescope {

#if defined(CORESCOPE_TSAN)
inline constexpr int kSanitizerSlowdown = 10;
#elif defined(CORESCOPE_ASAN)
inline constexpr int kSanitizerSlowdown = 4;
#else
inline constexpr int kSanitizerSlowdown = 1;
#endif

} // namespace corescope
