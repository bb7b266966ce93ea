#include "app/gui/delayhistogram.h"

#include <algorithm>
#include <cmath>

namespace corescope::gui {

void DelayHistogram::clear()
{
    m_buckets.fill(0);
    m_count = 0;
    m_maxNs = 0;
}

void DelayHistogram::add(std::int64_t delayNs)
{
    delayNs = std::max<std::int64_t>(delayNs, 0);
    const auto bucket = std::min(static_cast<std::size_t>(delayNs / kBucketNs), kBuckets);
    ++m_buckets[bucket];
    ++m_count;
    m_maxNs = std::max(m_maxNs, delayNs);
}

std::int64_t DelayHistogram::percentileNs(double percent) const
{
    if (m_count == 0)
        return 0;
    // The rank'th smallest delay (1-based), as "nearest rank" percentiles define it.
    const double wanted = std::ceil(std::clamp(percent, 0.0, 100.0) / 100.0 * double(m_count));
    const auto rank = std::max<std::int64_t>(1, static_cast<std::int64_t>(wanted));
    std::int64_t seen = 0;
    for (std::size_t b = 0; b < kBuckets; ++b) {
        seen += m_buckets[b];
        if (seen >= rank)
            return std::min(static_cast<std::int64_t>(b + 1) * kBucketNs, m_maxNs);
    }
    return m_maxNs;   // in the overflow bucket
}

} // namespace corescope::gui
