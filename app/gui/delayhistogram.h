#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace corescope::gui {

/// Every delay an EventLoopProbe measured, kept as counts in fixed-width buckets: memory stays
/// bounded (16 KB) however long a run lasts, and the percentiles come out to a bucket's width.
class DelayHistogram {
public:
    /// Bucket width: 0.1 ms, far finer than a frame (16 ms), so a p99 reads true to 0.1 ms.
    static constexpr std::int64_t kBucketNs = 100'000;
    /// Buckets up to 200 ms; a longer delay lands in one overflow bucket (its value is then
    /// known only as the largest delay, maxNs()).
    static constexpr std::size_t kBuckets = 2000;

    void clear();
    /// Counts one delay (negative counts as 0).
    void add(std::int64_t delayNs);
    std::int64_t count() const { return m_count; }
    std::int64_t maxNs() const { return m_maxNs; }
    /// The delay that `percent` % of the delays did not exceed: the upper edge of the bucket
    /// holding that rank, never more than maxNs(); 0 when nothing was counted.
    std::int64_t percentileNs(double percent) const;

private:
    std::array<std::int64_t, kBuckets + 1> m_buckets{};   // + the overflow bucket
    std::int64_t m_count = 0;
    std::int64_t m_maxNs = 0;
};

} // namespace corescope::gui
