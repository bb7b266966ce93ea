#pragma once

// Whether this test binary runs under a sanitizer, and how much slower that makes it, for the
// few tests that bound a time. The bound is scaled, never dropped: a sanitized run still has
// to finish, just not as fast (ASan + UBSan measured ~2-3x slower here, TSan ~5-10x).

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

namespace corescope::test {

#if defined(CORESCOPE_TSAN)
inline constexpr int kSanitizerSlowdown = 10;
#elif defined(CORESCOPE_ASAN)
inline constexpr int kSanitizerSlowdown = 4;
#else
inline constexpr int kSanitizerSlowdown = 1;
#endif
inline constexpr bool kSanitized = kSanitizerSlowdown > 1;

} // namespace corescope::test
