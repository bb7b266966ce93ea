// The timeline's queries for painting and pointing (the other half of TimelineData, whose
// intake of records is in timelinedata.cpp): which bars a zoom shows, a lane laid out into
// pixel spans, the hand-back strokes and held results, the GIL holds per pixel column, and the
// bar or tick under the pointer.

#include "app/charts/timelinedata.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace corescope::gui::timeline {

namespace {

// First position p in [from, n) with bars[p].startNs >= t, galloping from `from`: cheap when
// the answer is near, logarithmic when it is far.
std::size_t gallopStart(const std::vector<Bar> &bars, std::size_t from, double t)
{
    const std::size_t n = bars.size();
    if (from >= n || double(bars[from].startNs) >= t)
        return from;
    std::size_t lo = from;      // bars[lo].startNs < t
    std::size_t step = 1;
    std::size_t hi = from + step;
    while (hi < n && double(bars[hi].startNs) < t) {
        lo = hi;
        step *= 2;
        hi = from + step;
    }
    hi = std::min(hi, n);
    auto it = std::lower_bound(bars.begin() + static_cast<std::ptrdiff_t>(lo + 1),
                               bars.begin() + static_cast<std::ptrdiff_t>(hi), t,
                               [](const Bar &b, double value) { return double(b.startNs) < value; });
    return static_cast<std::size_t>(it - bars.begin());
}

// The first hold of `holds` (sorted, not overlapping) that ends at or after t.
std::vector<HoldSlice>::const_iterator firstHoldEndingFrom(const std::vector<HoldSlice> &holds,
                                                          std::int64_t t)
{
    return std::lower_bound(holds.begin(), holds.end(), t,
                            [](const HoldSlice &h, std::int64_t v) { return h.endNs < v; });
}

} // namespace

std::int64_t TimelineData::heldWithin(int laneIndex, std::int64_t t0, std::int64_t t1) const
{
    if (laneIndex < 0 || laneIndex >= laneCount())
        return 0;
    const auto &holds = lane(laneIndex).holds;
    std::int64_t sum = 0;
    for (auto it = firstHoldEndingFrom(holds, t0); it != holds.end() && it->startNs <= t1; ++it)
        sum += std::max<std::int64_t>(0, std::min(it->endNs, t1) - std::max(it->startNs, t0));
    return sum;
}

void TimelineData::holdCoverage(int laneIndex, const PixelMap &map, std::int64_t t0,
                                std::int64_t t1, double x0, double x1,
                                std::vector<float> &out) const
{
    out.clear();
    if (laneIndex < 0 || laneIndex >= laneCount() || !(x1 > x0))
        return;
    const double first = std::floor(x0);
    const auto columns = static_cast<std::size_t>(std::max(1.0, std::ceil(x1) - first));
    out.assign(std::min<std::size_t>(columns, 1 << 16), 0.0f);
    const auto &holds = lane(laneIndex).holds;
    for (auto it = firstHoldEndingFrom(holds, t0); it != holds.end() && it->startNs <= t1; ++it) {
        // The hold's part inside [t0, t1], in pixels, spread over the columns it touches.
        const double a = std::max(map.x(double(std::max(it->startNs, t0))), x0) - first;
        const double b = std::min(map.x(double(std::min(it->endNs, t1))), x1) - first;
        if (!(b > a))
            continue;
        auto c = static_cast<std::size_t>(std::max(0.0, std::floor(a)));
        for (; c < out.size() && double(c) < b; ++c) {
            const double lo = std::max(a, double(c));
            const double hi = std::min(b, double(c) + 1.0);
            if (hi > lo)
                out[c] += float(hi - lo);
        }
    }
    for (float &v : out)
        v = std::min(v, 1.0f);
}

bool TimelineData::anyStartup() const
{
    return std::any_of(m_lanes.begin(), m_lanes.end(), [](const Lane &l) {
        return l.spawnNs >= 0 && (l.readyNs < 0 || l.readyNs > l.spawnNs);
    });
}

std::int64_t TimelineData::handedBackNs(std::uint32_t index) const
{
    return index < m_handByIndex.size() ? m_handByIndex[index] : -1;
}

std::int64_t TimelineData::endNs(std::uint32_t index) const
{
    return index < m_endByIndex.size() ? m_endByIndex[index] : -1;
}

std::pair<std::size_t, std::size_t> TimelineData::visibleRange(int laneIndex, std::int64_t t0Ns,
                                                               std::int64_t t1Ns) const
{
    if (laneIndex < 0 || laneIndex >= laneCount())
        return {0, 0};
    const auto &bars = lane(laneIndex).bars;
    // maxEndNs never decreases, so the first bar that may reach t0 is a binary search away.
    auto first = std::lower_bound(bars.begin(), bars.end(), t0Ns,
                                  [](const Bar &b, std::int64_t t) { return b.maxEndNs < t; });
    auto last = std::upper_bound(first, bars.end(), t1Ns,
                                 [](std::int64_t t, const Bar &b) { return t < b.startNs; });
    return {static_cast<std::size_t>(first - bars.begin()),
            static_cast<std::size_t>(last - bars.begin())};
}

std::vector<std::uint32_t> TimelineData::tasksIn(int laneIndex, std::int64_t t0Ns,
                                                 std::int64_t t1Ns) const
{
    std::vector<std::uint32_t> out;
    const auto [first, last] = visibleRange(laneIndex, t0Ns, t1Ns);
    const auto &bars = lane(laneIndex).bars;
    for (std::size_t i = first; i < last; ++i)
        if (bars[i].endNs >= t0Ns)   // an earlier, longer bar may have raised maxEndNs
            out.push_back(bars[i].index);
    return out;
}

void TimelineData::laneSpans(int laneIndex, const PixelMap &map, double left, double right,
                             std::vector<Span> &out, double minWidthPx) const
{
    if (laneIndex < 0 || laneIndex >= laneCount() || right <= left || map.pxPerNs <= 0)
        return;
    const auto &bars = lane(laneIndex).bars;
    const double t0 = map.t(left);
    const double t1 = map.t(right);
    auto it = std::lower_bound(bars.begin(), bars.end(), t0,
                               [](const Bar &b, double t) { return double(b.maxEndNs) < t; });
    std::size_t i = static_cast<std::size_t>(it - bars.begin());
    const std::size_t n = bars.size();

    Span pending;
    bool havePending = false;
    double pendingGil = 0;
    double pendingDur = 0;
    const auto flush = [&] {
        if (!havePending)
            return;
        pending.gilFraction = pendingDur > 0 ? float(pendingGil / pendingDur) : 0.0f;
        out.push_back(pending);
        havePending = false;
    };

    while (i < n && double(bars[i].startNs) <= t1) {
        const Bar &b = bars[i];
        if (double(b.endNs) < t0) {     // an earlier long bar raised maxEndNs; this one is gone
            ++i;
            continue;
        }
        const double x0 = std::max(map.x(double(b.startNs)), left - 1.0);
        const double x1 = std::min(map.x(double(b.endNs)), right + 1.0);
        const double duration = double(b.endNs - b.startNs);
        if (x1 - x0 >= minWidthPx) {
            flush();
            Span s;
            s.x0 = x0;
            s.x1 = x1;
            s.index = b.index;
            s.gilFraction = duration > 0 ? float(std::min(1.0, double(b.gilWaitNs) / duration)) : 0.0f;
            s.failed = b.failed;
            s.cancelled = b.cancelled;
            s.odd = (i & 1U) != 0;
            out.push_back(s);
            ++i;
            continue;
        }
        // Thin: join the pending span when it touches it, else start a new one.
        if (havePending && x0 <= pending.x1 + 1.0) {
            pending.x1 = std::max(pending.x1, x1);
            ++pending.tasks;
            pending.merged = true;
            pending.failed = pending.failed || b.failed;
        } else {
            flush();
            pending = Span{};
            pending.x0 = x0;
            pending.x1 = std::max(x1, x0);
            pending.index = b.index;
            pending.failed = b.failed;
            pending.odd = (i & 1U) != 0;
            havePending = true;
            pendingGil = 0;
            pendingDur = 0;
        }
        pendingGil += double(b.gilWaitNs);
        pendingDur += duration;
        // Every further bar that starts in this pixel column ends inside it too (a worker runs
        // one task at a time) except maybe the last: skip to that one without looking at the
        // rest. Their GIL share is estimated from the bars looked at; failures are drawn from
        // the lane's list of failed bars on top.
        const double columnEnd = map.t(std::floor(x0) + 1.0);
        const std::size_t next = gallopStart(bars, i + 1, columnEnd);
        if (next > i + 2) {
            const std::size_t skipped = next - i - 2;
            pending.tasks += static_cast<std::uint32_t>(skipped);
            pending.merged = true;
            i = next - 1;
        } else {
            ++i;
        }
    }
    flush();
}

void TimelineData::handStrokes(const PixelMap &map, double left, double right,
                               std::vector<HandStroke> &out) const
{
    if (m_handed.empty() || right <= left || map.pxPerNs <= 0)
        return;
    const double t0 = map.t(left - 1.0);
    const double t1 = map.t(right + 1.0);
    const auto byTime = [](const HandTick &h, double t) { return double(h.tNs) < t; };
    std::size_t k = static_cast<std::size_t>(
        std::lower_bound(m_handed.begin(), m_handed.end(), t0, byTime) - m_handed.begin());
    const std::size_t n = m_handed.size();
    const double total = double(std::max<std::uint64_t>(m_taskCount, 1));
    while (k < n && double(m_handed[k].tNs) <= t1) {
        // Every tick of this pixel column: [k, next).
        const double x = map.x(double(m_handed[k].tNs));
        const double columnEnd = map.t(std::floor(x) + 1.0);
        std::size_t next = k + 1;
        if (next < n && double(m_handed[next].tNs) < columnEnd) {
            next = static_cast<std::size_t>(
                std::lower_bound(m_handed.begin() + static_cast<std::ptrdiff_t>(next),
                                 m_handed.end(), columnEnd, byTime)
                - m_handed.begin());
        }
        std::uint32_t lo = std::numeric_limits<std::uint32_t>::max();
        std::uint32_t hi = 0;
        std::size_t i = k;
        while (i < next) {
            if (i % kHandBlock == 0 && i + kHandBlock <= next) {
                const std::size_t b = i / kHandBlock;
                lo = std::min(lo, m_handBlockMin[b]);
                hi = std::max(hi, m_handBlockMax[b]);
                i += kHandBlock;
            } else {
                lo = std::min(lo, m_handed[i].index);
                hi = std::max(hi, m_handed[i].index);
                ++i;
            }
        }
        out.push_back(HandStroke{x, double(lo) / total, double(hi + 1) / total,
                                 static_cast<std::uint32_t>(next - k)});
        k = next;
    }
}

std::uint64_t TimelineData::heldAt(std::int64_t tNs) const
{
    const auto ended = std::upper_bound(m_doneEnds.begin(), m_doneEnds.end(), tNs) - m_doneEnds.begin();
    const auto handed = std::upper_bound(m_handed.begin(), m_handed.end(), tNs,
                                         [](std::int64_t t, const HandTick &h) { return t < h.tNs; })
        - m_handed.begin();
    // A tick can come before its task's record (a live estimate): never below none held.
    return ended > handed ? static_cast<std::uint64_t>(ended - handed) : 0;
}

void TimelineData::heldSteps(const PixelMap &map, double left, double right,
                             std::int64_t untilNs,
                             std::vector<std::pair<double, std::uint64_t>> &out) const
{
    if (m_doneEnds.empty() || right <= left || map.pxPerNs <= 0)
        return;
    right = std::min(right, std::floor(map.x(double(untilNs))));
    for (double x = std::floor(left); x <= right; x += 1.0)
        out.emplace_back(x, heldAt(static_cast<std::int64_t>(map.t(x + 1.0))));
}

std::optional<Bar> TimelineData::barAt(int laneIndex, std::int64_t tNs, std::int64_t tolNs) const
{
    if (laneIndex < 0 || laneIndex >= laneCount())
        return std::nullopt;
    const auto &bars = lane(laneIndex).bars;
    const auto [first, last] = visibleRange(laneIndex, tNs - tolNs, tNs + tolNs);
    std::optional<Bar> best;
    std::int64_t bestDistance = std::numeric_limits<std::int64_t>::max();
    // A pixel may hold many thousand bars when zoomed out; look at a bounded number.
    const std::size_t limit = std::min(last, first + 4096);
    for (std::size_t i = first; i < limit; ++i) {
        const Bar &b = bars[i];
        const std::int64_t distance =
            (tNs < b.startNs) ? b.startNs - tNs : (tNs > b.endNs ? tNs - b.endNs : 0);
        if (distance <= tolNs && distance < bestDistance) {
            best = b;
            bestDistance = distance;
            if (distance == 0)
                break;
        }
    }
    return best;
}

std::optional<HandTick> TimelineData::handTickAt(std::int64_t tNs, double yFraction,
                                                 std::int64_t tolNs) const
{
    if (m_handed.empty())
        return std::nullopt;
    // The row says which task (y = index / count); take it if it came back near t.
    const double total = double(std::max<std::uint64_t>(m_taskCount, 1));
    const auto guess = static_cast<std::int64_t>(std::floor(std::clamp(yFraction, 0.0, 0.999999) * total));
    const std::int64_t spread = std::max<std::int64_t>(1, static_cast<std::int64_t>(total / 200));
    std::optional<HandTick> best;
    double bestScore = std::numeric_limits<double>::max();
    for (std::int64_t k = std::max<std::int64_t>(0, guess - spread);
         k <= std::min<std::int64_t>(static_cast<std::int64_t>(total) - 1, guess + spread); ++k) {
        const std::int64_t h = m_handByIndex[static_cast<std::size_t>(k)];
        if (h < 0 || std::llabs(h - tNs) > tolNs)
            continue;
        const double score = std::abs(double(k - guess)) + double(std::llabs(h - tNs)) / double(tolNs + 1);
        if (score < bestScore) {
            bestScore = score;
            best = HandTick{h, static_cast<std::uint32_t>(k)};
        }
    }
    return best;
}

std::optional<Bar> TimelineData::barOf(std::uint32_t index) const
{
    if (index >= m_laneByIndex.size() || m_laneByIndex[index] < 0)
        return std::nullopt;
    const auto &bars = lane(m_laneByIndex[index]).bars;
    const std::int64_t end = m_endByIndex[index];
    auto it = std::lower_bound(bars.begin(), bars.end(), end,
                               [](const Bar &b, std::int64_t t) { return b.maxEndNs < t; });
    for (int k = 0; it != bars.end() && k < 64; ++it, ++k)
        if (it->index == index)
            return *it;
    for (const Bar &b : bars)      // overlapping bars (not produced by a worker): slow path
        if (b.index == index)
            return b;
    return std::nullopt;
}

} // namespace corescope::gui::timeline
