#include "core/analysis/handback.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace corescope {

namespace {

bool heldAtSomePoint(const TaskRecord &t)
{
    return t.state == TaskState::Done && t.endNs >= 0;
}

} // namespace

HeldResults heldResults(std::span<const TaskRecord> tasks)
{
    // +1 at a result's end, -1 at its hand-back; hand-backs first at equal times (a result
    // handed back the nanosecond it ended was never held).
    std::vector<std::pair<std::int64_t, int>> events;
    events.reserve(tasks.size() * 2);
    for (const TaskRecord &t : tasks) {
        if (!heldAtSomePoint(t))
            continue;
        events.emplace_back(t.endNs, +1);
        if (t.handedBackNs >= 0)
            events.emplace_back(std::max(t.handedBackNs, t.endNs), -1);
    }
    std::sort(events.begin(), events.end());
    HeldResults out;
    std::int64_t held = 0;
    for (const auto &[tNs, step] : events) {
        held += step;
        if (held > 0 && static_cast<std::uint64_t>(held) > out.peak) {
            out.peak = static_cast<std::uint64_t>(held);
            out.peakNs = tNs;
        }
    }
    return out;
}

std::uint64_t heldAt(std::span<const TaskRecord> tasks, std::int64_t tNs)
{
    std::uint64_t held = 0;
    for (const TaskRecord &t : tasks)
        if (heldAtSomePoint(t) && t.endNs <= tNs && (t.handedBackNs < 0 || t.handedBackNs > tNs))
            ++held;
    return held;
}

std::vector<std::int64_t> handBackDelaysNs(std::span<const TaskRecord> tasks)
{
    std::vector<std::int64_t> delays;
    delays.reserve(tasks.size());
    for (const TaskRecord &t : tasks)
        if (heldAtSomePoint(t) && t.handedBackNs >= t.endNs)
            delays.push_back(t.handedBackNs - t.endNs);
    return delays;
}

std::optional<double> medianHandBackDelayNs(const RunResult &run)
{
    if (run.options.mode == Mode::Serial || run.options.ordering() != Ordering::AsCompleted)
        return std::nullopt;
    std::vector<std::int64_t> delays = handBackDelaysNs(run.tasks);
    if (delays.size() < 3)
        return std::nullopt;
    const auto mid = delays.begin() + static_cast<std::ptrdiff_t>(delays.size() / 2);
    std::nth_element(delays.begin(), mid, delays.end());
    return static_cast<double>(*mid);
}

} // namespace corescope
