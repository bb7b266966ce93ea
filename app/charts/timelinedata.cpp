// The timeline's intake: lanes reset and filled from task records (in order, late or unsorted),
// worker lifetimes, running tasks, hand-back ticks and GIL holds. Its queries for painting and
// pointing are in timelinequeries.cpp.

#include "app/charts/timelinedata.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace corescope::gui::timeline {

namespace {

Bar barFrom(const TaskRecord &task)
{
    Bar bar;
    bar.startNs = task.startNs;
    // A task lost with its worker may have no end: draw it up to its start at least.
    bar.endNs = std::max(task.endNs, task.startNs);
    bar.result = task.result;
    bar.resultKnown = task.resultKnown;
    bar.index = task.index;
    bar.gilWaitNs = static_cast<float>(std::max<std::int64_t>(task.gilWaitNs, 0));
    bar.cpuStart = task.cpuStart;
    bar.cpuEnd = task.cpuEnd;
    bar.failed = task.state == TaskState::Failed || task.state == TaskState::Killed || task.mismatch;
    bar.killed = task.state == TaskState::Killed;
    bar.cancelled = task.state == TaskState::Cancelled;
    bar.mismatch = task.mismatch;
    return bar;
}

} // namespace

void TimelineData::reset(int lanes, std::uint64_t taskCount)
{
    // Lanes are emptied, not freed: a run about as large as the last one reuses their memory
    // (freeing tens of MB and faulting them in again, page by page, stalled every Run).
    m_lanes.resize(static_cast<std::size_t>(std::max(lanes, 1)));
    for (std::size_t i = 0; i < m_lanes.size(); ++i) {
        std::vector<Bar> bars = std::move(m_lanes[i].bars);
        bars.clear();
        m_lanes[i] = Lane{};
        m_lanes[i].worker = static_cast<int>(i);
        m_lanes[i].bars = std::move(bars);
    }
    m_handed.clear();
    m_lateTicks.clear();
    m_doneEnds.clear();
    m_lateEnds.clear();
    m_lateBars.clear();
    m_handBlockMin.clear();
    m_handBlockMax.clear();
    m_endByIndex.reset(static_cast<std::size_t>(taskCount), -1);
    m_handByIndex.reset(static_cast<std::size_t>(taskCount), -1);
    m_laneByIndex.reset(static_cast<std::size_t>(taskCount), -1);
    m_taskCount = 0;
    m_barCount = 0;
    m_lastEventNs = 0;
    m_anyFailed = false;
    m_anyCancelled = false;
    m_anyGil = false;
    m_anyHolds = false;
    m_holdsSampled = false;
    setTaskCount(taskCount);
    // Room for the run's bars up front: a lane of half a million bars doubling as it streams
    // in copies 12 MB into fresh pages, one freeze of the window tens of ms long. Reserved
    // pages that stay untouched cost nothing; a lane given more than twice its share grows.
    const std::size_t perLane = static_cast<std::size_t>(
        std::min<std::uint64_t>(taskCount, 2 * taskCount / m_lanes.size() + 1024));
    for (Lane &lane : m_lanes) {
        if (lane.bars.capacity() / 2 > perLane)
            std::vector<Bar>().swap(lane.bars);   // far too large for this run
        lane.bars.reserve(perLane);
    }
    m_handed.reserve(static_cast<std::size_t>(taskCount));
    m_doneEnds.reserve(static_cast<std::size_t>(taskCount));
}

void TimelineData::addGilHolds(const std::vector<GilHold> &holds)
{
    if (holds.empty())
        return;
    std::vector<int> touched;
    for (const GilHold &h : holds) {
        if (h.worker < 0 || h.endNs < h.startNs)
            continue;
        Lane &lane = laneFor(h.worker);
        if (!lane.holds.empty() && lane.holds.back().startNs > h.startNs)
            touched.push_back(h.worker);
        lane.holds.push_back({h.startNs, h.endNs});
        m_anyHolds = true;
        m_holdsSampled = m_holdsSampled || h.sampled;
    }
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    for (const int worker : touched) {   // a batch out of order (rare): sort that lane once
        auto &v = m_lanes[static_cast<std::size_t>(worker)].holds;
        std::sort(v.begin(), v.end(),
                  [](const HoldSlice &a, const HoldSlice &b) { return a.startNs < b.startNs; });
    }
}

void TimelineData::setTaskCount(std::uint64_t taskCount)
{
    if (taskCount <= m_taskCount)
        return;
    m_taskCount = taskCount;
    m_endByIndex.grow(taskCount);
    m_handByIndex.grow(taskCount);
    m_laneByIndex.grow(taskCount);
}

Lane &TimelineData::laneOf(const TaskRecord &task)
{
    Lane &lane = laneFor(task.worker);
    if (lane.pid == 0)
        lane.pid = task.pid;
    if (lane.tid == 0)
        lane.tid = task.tid;
    return lane;
}

Lane &TimelineData::laneFor(int worker)
{
    worker = std::max(worker, 0);
    while (static_cast<int>(m_lanes.size()) <= worker) {
        Lane lane;
        lane.worker = static_cast<int>(m_lanes.size());
        m_lanes.push_back(std::move(lane));
    }
    return m_lanes[static_cast<std::size_t>(worker)];
}

void TimelineData::rebuildMaxEnd(Lane &lane, std::size_t from)
{
    std::int64_t running = from > 0 ? lane.bars[from - 1].maxEndNs
                                    : std::numeric_limits<std::int64_t>::min();
    for (std::size_t i = from; i < lane.bars.size(); ++i) {
        running = std::max(running, lane.bars[i].endNs);
        lane.bars[i].maxEndNs = running;
    }
}

void TimelineData::insertBar(Lane &lane, const Bar &bar)
{
    auto &bars = lane.bars;
    if (bars.empty() || bars.back().startNs <= bar.startNs) {
        // The common case: a worker finishes its tasks in the order it starts them.
        Bar b = bar;
        b.maxEndNs = bars.empty() ? b.endNs : std::max(bars.back().maxEndNs, b.endNs);
        bars.push_back(b);
    } else if (m_inBatch) {
        // Goes before the lane's last bar, which stays its last: the bars after it in this
        // batch are placed as they would be had it been inserted now (their maxEndNs is
        // provisional until mergeLateBars).
        m_lateBars.emplace_back(lane.worker, bar);
    } else {
        auto it = std::upper_bound(bars.begin(), bars.end(), bar.startNs,
                                   [](std::int64_t t, const Bar &b) { return t < b.startNs; });
        const auto pos = static_cast<std::size_t>(it - bars.begin());
        bars.insert(it, bar);
        rebuildMaxEnd(lane, pos);
    }
    if (bar.failed) {
        auto it = std::upper_bound(lane.failed.begin(), lane.failed.end(), bar.startNs,
                                   [](std::int64_t t, const Bar &b) { return t < b.startNs; });
        lane.failed.insert(it, bar);
    }
}

void TimelineData::addTask(const TaskRecord &task)
{
    if (task.startNs < 0)
        return;     // never started (pending, or dropped by a cancel): nothing to draw
    const Bar bar = barFrom(task);
    Lane &lane = laneOf(task);
    insertBar(lane, bar);
    ++m_barCount;
    if (task.index >= m_taskCount)
        setTaskCount(std::uint64_t{task.index} + 1);
    m_endByIndex.ref(task.index) = bar.endNs;
    m_laneByIndex.ref(task.index) = static_cast<std::int32_t>(lane.worker);
    m_lastEventNs = std::max(m_lastEventNs, bar.endNs);
    m_anyFailed = m_anyFailed || bar.failed;
    m_anyCancelled = m_anyCancelled || bar.cancelled;
    m_anyGil = m_anyGil || bar.gilWaitNs > 0;
    if (lane.runningIndex == std::int64_t{task.index})
        lane.runningIndex = -1;
    if (task.state == TaskState::Done)
        addDoneEnd(bar.endNs);
    if (task.handedBackNs >= 0)
        addHandedBack(task.index, task.handedBackNs);
}

void TimelineData::addDoneEnd(std::int64_t endNs)
{
    if (m_doneEnds.empty() || m_doneEnds.back() <= endNs)
        m_doneEnds.push_back(endNs);
    else if (m_inBatch)
        m_lateEnds.push_back(endNs);
    else
        m_doneEnds.insert(std::upper_bound(m_doneEnds.begin(), m_doneEnds.end(), endNs), endNs);
}

void TimelineData::mergeLateEnds()
{
    if (m_lateEnds.empty())
        return;
    std::sort(m_lateEnds.begin(), m_lateEnds.end());
    const auto mid = static_cast<std::ptrdiff_t>(m_doneEnds.size());
    m_doneEnds.insert(m_doneEnds.end(), m_lateEnds.begin(), m_lateEnds.end());
    std::inplace_merge(m_doneEnds.begin(), m_doneEnds.begin() + mid, m_doneEnds.end());
    m_lateEnds.clear();
}

void TimelineData::mergeLateBars()
{
    if (m_lateBars.empty())
        return;
    // By lane, then by start; stable, so bars that start together stay in the order they came,
    // as inserting each after its equals (upper_bound) would have left them.
    std::stable_sort(m_lateBars.begin(), m_lateBars.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : a.second.startNs < b.second.startNs;
    });
    const auto byStart = [](const Bar &a, const Bar &b) { return a.startNs < b.startNs; };
    for (auto from = m_lateBars.begin(); from != m_lateBars.end();) {
        const int worker = from->first;
        const auto to = std::find_if(from, m_lateBars.end(),
                                     [worker](const auto &late) { return late.first != worker; });
        Lane &lane = m_lanes[static_cast<std::size_t>(worker)];
        auto &bars = lane.bars;
        const auto pos = static_cast<std::size_t>(
            std::upper_bound(bars.begin(), bars.end(), from->second, byStart) - bars.begin());
        const auto mid = static_cast<std::ptrdiff_t>(bars.size());
        for (auto it = from; it != to; ++it)
            bars.push_back(it->second);
        // inplace_merge keeps the lane's own bars before late ones that start at the same time.
        std::inplace_merge(bars.begin() + static_cast<std::ptrdiff_t>(pos), bars.begin() + mid,
                           bars.end(), byStart);
        rebuildMaxEnd(lane, pos);
        from = to;
    }
    m_lateBars.clear();
}

void TimelineData::addTasks(const std::vector<TaskRecord> &tasks)
{
    m_inBatch = true;
    for (const TaskRecord &task : tasks)
        addTask(task);
    m_inBatch = false;
    mergeLateBars();
    mergeLateTicks();
    mergeLateEnds();
}

void TimelineData::addHandedBack(const std::vector<HandTick> &ticks)
{
    m_inBatch = true;
    for (const HandTick &tick : ticks)
        addHandedBack(tick.index, tick.tNs);
    m_inBatch = false;
    mergeLateTicks();
}

void TimelineData::mergeLateTicks()
{
    if (m_lateTicks.empty())
        return;
    const auto byTime = [](const HandTick &a, const HandTick &b) { return a.tNs < b.tNs; };
    std::stable_sort(m_lateTicks.begin(), m_lateTicks.end(), byTime);
    // As one insertion each would place them: after the ticks of the same time.
    const auto pos = static_cast<std::size_t>(
        std::upper_bound(m_handed.begin(), m_handed.end(), m_lateTicks.front(), byTime)
        - m_handed.begin());
    const auto mid = static_cast<std::ptrdiff_t>(m_handed.size());
    m_handed.insert(m_handed.end(), m_lateTicks.begin(), m_lateTicks.end());
    std::inplace_merge(m_handed.begin() + static_cast<std::ptrdiff_t>(pos), m_handed.begin() + mid,
                       m_handed.end(), byTime);
    m_lateTicks.clear();
    rebuildHandBlocks(pos);
}

void TimelineData::addTasksUnsorted(const std::vector<TaskRecord> &tasks)
{
    std::uint32_t maxIndex = 0;
    for (const TaskRecord &task : tasks)
        maxIndex = std::max(maxIndex, task.index);
    if (!tasks.empty())
        setTaskCount(std::uint64_t{maxIndex} + 1);
    std::vector<std::size_t> perLane;
    for (const TaskRecord &task : tasks) {
        if (task.startNs < 0)
            continue;
        const auto w = static_cast<std::size_t>(std::max<int>(task.worker, 0));
        if (w >= perLane.size())
            perLane.resize(w + 1, 0);
        ++perLane[w];
    }
    for (std::size_t w = 0; w < perLane.size(); ++w)
        laneFor(static_cast<int>(w)).bars.reserve(laneFor(static_cast<int>(w)).bars.size() + perLane[w]);
    for (const TaskRecord &task : tasks) {
        if (task.startNs < 0)
            continue;
        const Bar bar = barFrom(task);
        Lane &lane = laneOf(task);
        lane.bars.push_back(bar);
        if (bar.failed)
            lane.failed.push_back(bar);
        ++m_barCount;
        m_endByIndex.ref(task.index) = bar.endNs;
        m_laneByIndex.ref(task.index) = static_cast<std::int32_t>(lane.worker);
        m_lastEventNs = std::max(m_lastEventNs, bar.endNs);
        m_anyFailed = m_anyFailed || bar.failed;
        m_anyCancelled = m_anyCancelled || bar.cancelled;
        m_anyGil = m_anyGil || bar.gilWaitNs > 0;
        if (task.state == TaskState::Done)
            m_doneEnds.push_back(bar.endNs);
    }
    std::sort(m_doneEnds.begin(), m_doneEnds.end());
    const auto byStart = [](const Bar &a, const Bar &b) { return a.startNs < b.startNs; };
    for (Lane &lane : m_lanes) {
        if (!std::is_sorted(lane.bars.begin(), lane.bars.end(), byStart))
            std::stable_sort(lane.bars.begin(), lane.bars.end(), byStart);
        std::stable_sort(lane.failed.begin(), lane.failed.end(), byStart);
        rebuildMaxEnd(lane, 0);
    }
    addRecordsHandedBack(tasks);
}

void TimelineData::addRecordsHandedBack(const std::vector<TaskRecord> &tasks)
{
    m_handed.reserve(m_handed.size() + tasks.size());
    for (const TaskRecord &task : tasks) {
        if (task.handedBackNs >= 0 && task.index < m_taskCount) {
            m_handByIndex.ref(task.index) = task.handedBackNs;
            m_handed.push_back({task.handedBackNs, task.index});
            m_lastEventNs = std::max(m_lastEventNs, task.handedBackNs);
        }
    }
    std::stable_sort(m_handed.begin(), m_handed.end(),
                     [](const HandTick &a, const HandTick &b) { return a.tNs < b.tNs; });
    rebuildHandBlocks(0);
}

bool TimelineData::settleHandedBack(const std::vector<TaskRecord> &tasks)
{
    if (tasks.size() > kSettleMaxTasks)
        return false;
    std::size_t known = 0;
    bool moved = false;
    for (const TaskRecord &t : tasks) {
        if (t.handedBackNs < 0 || t.index >= m_taskCount)
            continue;
        ++known;
        moved = moved || m_handByIndex[t.index] != t.handedBackNs;
    }
    if (!moved && known == m_handed.size())
        return false;
    for (const HandTick &tick : m_handed)
        m_handByIndex.ref(tick.index) = -1;
    m_handed.clear();
    addRecordsHandedBack(tasks);
    return true;
}

void TimelineData::rebuildHandBlocks(std::size_t from)
{
    const std::size_t firstBlock = from / kHandBlock;
    const std::size_t blocks = (m_handed.size() + kHandBlock - 1) / kHandBlock;
    m_handBlockMin.resize(blocks);
    m_handBlockMax.resize(blocks);
    for (std::size_t b = firstBlock; b < blocks; ++b) {
        std::uint32_t lo = std::numeric_limits<std::uint32_t>::max();
        std::uint32_t hi = 0;
        const std::size_t end = std::min(m_handed.size(), (b + 1) * kHandBlock);
        for (std::size_t k = b * kHandBlock; k < end; ++k) {
            lo = std::min(lo, m_handed[k].index);
            hi = std::max(hi, m_handed[k].index);
        }
        m_handBlockMin[b] = lo;
        m_handBlockMax[b] = hi;
    }
}

void TimelineData::setWorkers(const std::vector<WorkerRecord> &workers)
{
    for (const WorkerRecord &w : workers) {
        Lane &lane = laneFor(w.id);
        if (w.pid != 0)
            lane.pid = w.pid;
        if (w.tid != 0)
            lane.tid = w.tid;
        lane.spawnNs = w.spawnNs;
        lane.readyNs = w.readyNs;
        lane.exitNs = w.exitNs;
        lane.exitReason = w.exitReason;
        lane.rank = w.rank;
        lane.host = w.host;
        lane.clockOffsetNs = w.clockOffsetNs;
        lane.clockUncertaintyNs = w.clockUncertaintyNs;
        m_lastEventNs = std::max({m_lastEventNs, w.readyNs, w.exitNs});
    }
}

void TimelineData::setRunning(const std::vector<RunSnapshot::Running> &running)
{
    for (Lane &lane : m_lanes) {
        lane.runningIndex = -1;
        lane.runningStartNs = -1;
    }
    for (const auto &r : running) {
        Lane &lane = laneFor(r.worker);
        // The snapshot may list a task that this same snapshot already reports finished.
        if (r.index < m_endByIndex.size() && m_endByIndex[r.index] >= 0)
            continue;
        lane.runningIndex = r.index;
        lane.runningStartNs = r.startNs;
    }
}

void TimelineData::addHandedBack(std::uint32_t index, std::int64_t tNs)
{
    if (index >= m_taskCount)
        setTaskCount(std::uint64_t{index} + 1);
    if (m_handByIndex[index] >= 0)
        return;     // already known (its record carried the time)
    m_handByIndex.ref(index) = tNs;
    const HandTick tick{tNs, index};
    if (m_handed.empty() || m_handed.back().tNs <= tNs) {
        m_handed.push_back(tick);
        const std::size_t block = (m_handed.size() - 1) / kHandBlock;
        if (block == m_handBlockMin.size()) {
            m_handBlockMin.push_back(index);
            m_handBlockMax.push_back(index);
        } else {
            m_handBlockMin[block] = std::min(m_handBlockMin[block], index);
            m_handBlockMax[block] = std::max(m_handBlockMax[block], index);
        }
    } else if (m_inBatch) {
        m_lateTicks.push_back(tick);
    } else {
        auto it = std::upper_bound(m_handed.begin(), m_handed.end(), tNs,
                                   [](std::int64_t t, const HandTick &h) { return t < h.tNs; });
        const auto pos = static_cast<std::size_t>(it - m_handed.begin());
        m_handed.insert(it, tick);
        rebuildHandBlocks(pos);
    }
    m_lastEventNs = std::max(m_lastEventNs, tNs);
}

} // namespace corescope::gui::timeline
