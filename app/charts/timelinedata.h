#pragma once

// The timeline's data, independent of painting: per-worker lanes of task bars kept sorted by
// start (binary search for the visible range), the hand-back ticks, and the layout of one lane
// into drawable spans at a given zoom, where bars thinner than a pixel merge into one span.
// Internal to app/charts; the tests use it to check lanes, queries and merging.

#include "core/trace/runrecorder.h"
#include "core/util/pagedarray.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace corescope::gui::timeline {

/// One finished task as the timeline keeps it (a million of these: kept small).
struct Bar {
    std::int64_t startNs = 0;
    std::int64_t endNs = 0;
    std::int64_t maxEndNs = 0;     ///< max endNs of this and every earlier bar of the lane
    std::uint64_t result = 0;
    std::uint32_t index = 0;
    float gilWaitNs = 0;           ///< float: plenty for display, saves 4 bytes a task
    std::int16_t cpuStart = -1;
    std::int16_t cpuEnd = -1;
    bool failed = false;
    bool mismatch = false;
    bool killed = false;           ///< stopped when the pool broke (drawn as failed, said apart)
    bool cancelled = false;        ///< stopped by Cancel while it ran (drawn as a running bar was)
    bool resultKnown = true;       ///< TaskRecord::resultKnown
};

/// One hold of the GIL by a lane's worker (recorded or sampled: TimelineData::holdsSampled()).
struct HoldSlice {
    std::int64_t startNs = 0;
    std::int64_t endNs = 0;
};

struct Lane {
    int worker = 0;
    std::int32_t pid = 0;
    std::int32_t tid = 0;
    std::int64_t spawnNs = -1;
    std::int64_t readyNs = -1;
    std::int64_t exitNs = -1;
    std::string exitReason;
    int rank = -1;                 ///< MPI mode: the worker's rank and host (lanes come by host)
    std::string host;
    std::int64_t clockOffsetNs = 0;       ///< MPI: its host's clock offset, already applied
    std::int64_t clockUncertaintyNs = -1; ///< MPI: that offset's uncertainty; -1 = none
    std::vector<Bar> bars;         ///< sorted by startNs
    std::vector<Bar> failed;       ///< copies of the failed bars, drawn on top of merged spans
    std::vector<HoldSlice> holds;  ///< GIL holds, sorted by start (one worker's never overlap)
    std::int64_t runningIndex = -1;
    std::int64_t runningStartNs = -1;
};

struct HandTick {
    std::int64_t tNs = 0;
    std::uint32_t index = 0;
};

/// Maps time to pixels: x = originPx + tNs * pxPerNs.
struct PixelMap {
    double originPx = 0;
    double pxPerNs = 1e-6;
    double x(double tNs) const { return originPx + tNs * pxPerNs; }
    double t(double x) const { return (x - originPx) / pxPerNs; }
};

/// One drawable piece of a lane: a single task bar, or several thin ones merged.
struct Span {
    double x0 = 0;                 ///< pixels, clipped to the visible range (+/- 1 px)
    double x1 = 0;
    std::uint32_t index = 0;       ///< the task, for a single bar
    std::uint32_t tasks = 1;       ///< how many bars it covers
    float gilFraction = 0;         ///< share of the time spent waiting for the GIL
    bool merged = false;
    bool failed = false;
    bool cancelled = false;        ///< a single bar stopped by Cancel
    bool odd = false;              ///< alternate shade, so neighbours are distinguishable
};

/// A vertical stroke of the hand-back lane: results handed back within one pixel column; y
/// as a fraction (task index / task count) so the order shows as a staircase or a wall.
struct HandStroke {
    double x = 0;
    double y0 = 0;                 ///< 0..1, top of the lane = task 0
    double y1 = 0;
    std::uint32_t count = 0;
};

/// What a point of the chart shows.
struct Hit {
    enum class Kind { Task, Running, Startup, HandedBack, Held } kind = Kind::Task;
    int lane = -1;
    Bar bar;                       ///< Task, HandedBack (when the task is known)
    std::int64_t handedBackNs = -1;
    std::int64_t atNs = -1;        ///< Held: the time under the pointer
    std::uint64_t held = 0;        ///< HandedBack, Held: results held by the caller then
};

class TimelineData {
public:
    void reset(int lanes, std::uint64_t taskCount);
    void setTaskCount(std::uint64_t taskCount);

    /// Adds finished tasks (any order); a task whose worker is beyond the lanes adds lanes.
    void addTasks(const std::vector<TaskRecord> &tasks);
    void addTask(const TaskRecord &task);
    /// Bulk load: adds then sorts once (a saved run).
    void addTasksUnsorted(const std::vector<TaskRecord> &tasks);
    void setWorkers(const std::vector<WorkerRecord> &workers);
    void setRunning(const std::vector<RunSnapshot::Running> &running);
    void addHandedBack(std::uint32_t index, std::int64_t tNs);
    /// GIL holds (RunResult::gilHolds, RunSnapshot::newGilHolds), any order. Once a run has
    /// them, a task bar is drawn as running only during its worker's holds, as waiting for
    /// the GIL elsewhere.
    void addGilHolds(const std::vector<GilHold> &holds);
    /// The run has GIL holds; they were sampled (Python threads), not recorded.
    bool anyHolds() const { return m_anyHolds; }
    bool holdsSampled() const { return m_holdsSampled; }
    /// Time `lane`'s worker held the GIL within [t0, t1].
    std::int64_t heldWithin(int lane, std::int64_t t0Ns, std::int64_t t1Ns) const;
    /// The share of each pixel column from floor(x0) to ceil(x1) (at most `maxColumns`) in
    /// which `lane`'s worker held the GIL, within [t0, t1]: out[k] for column floor(x0) + k.
    /// Work is bounded by the holds in range plus the columns.
    void holdCoverage(int lane, const PixelMap &map, std::int64_t t0Ns, std::int64_t t1Ns,
                      double x0, double x1, std::vector<float> &out) const;
    /// Many at once, as a snapshot brings them: ticks earlier than the latest one (live
    /// estimates and records' own times interleave) are merged in one pass at the end instead
    /// of being inserted one by one. addTasks() does the same for the times records carry.
    void addHandedBack(const std::vector<HandTick> &ticks);
    /// A finished run's exact hand-back times in place of the live estimates (addSnapshot's:
    /// the snapshots name which results came back, not when). Does nothing above
    /// kSettleMaxTasks tasks: re-sorting a million ticks at once held the GUI thread for tens
    /// of ms. True when a tick moved.
    bool settleHandedBack(const std::vector<TaskRecord> &tasks);
    static constexpr std::size_t kSettleMaxTasks = 200'000;
    /// When the index came back, as far as known; -1 = not yet.
    std::int64_t handedBackNs(std::uint32_t index) const;
    /// The end of a finished task by index, -1 when not finished (ordered-stream estimates).
    std::int64_t endNs(std::uint32_t index) const;

    int laneCount() const { return static_cast<int>(m_lanes.size()); }
    const Lane &lane(int i) const { return m_lanes[static_cast<std::size_t>(i)]; }
    std::uint64_t taskCount() const { return m_taskCount; }
    std::uint64_t barCount() const { return m_barCount; }
    const std::vector<HandTick> &handed() const { return m_handed; }
    bool anyFailed() const { return m_anyFailed; }
    bool anyCancelled() const { return m_anyCancelled; }
    bool anyGilWait() const { return m_anyGil; }
    /// Some worker took time to start (processes); threads start in no time.
    bool anyStartup() const;
    /// The latest time anything happened (end, hand-back, worker exit).
    std::int64_t lastEventNs() const { return m_lastEventNs; }

    /// Bars of `lane` that overlap [t0, t1]: positions [first, last) in lane(i).bars.
    std::pair<std::size_t, std::size_t> visibleRange(int lane, std::int64_t t0Ns,
                                                     std::int64_t t1Ns) const;
    /// The task indices of those bars.
    std::vector<std::uint32_t> tasksIn(int lane, std::int64_t t0Ns, std::int64_t t1Ns) const;

    /// Lays out the bars of `lane` visible between pixels [left, right]: bars at least
    /// `minWidthPx` wide become spans of their own; thinner neighbours closer than a pixel
    /// merge into one span. Work is bounded by the pixel width, not the number of tasks.
    void laneSpans(int lane, const PixelMap &map, double left, double right,
                   std::vector<Span> &out, double minWidthPx = 1.0) const;
    /// The hand-back ticks between pixels [left, right], one stroke per pixel column.
    void handStrokes(const PixelMap &map, double left, double right,
                     std::vector<HandStroke> &out) const;
    /// Results held at time t: tasks done by then (by their end) not yet handed back
    /// (core/analysis/handback.h says what that means for each API).
    std::uint64_t heldAt(std::int64_t tNs) const;
    /// heldAt() at every pixel column between [left, right] up to the one holding `untilNs`:
    /// (x, results held). Past untilNs (now, in a live run; the last event, after it) nothing
    /// is known, and nothing is given. Work is bounded by the pixel width, not the number of
    /// tasks.
    void heldSteps(const PixelMap &map, double left, double right, std::int64_t untilNs,
                   std::vector<std::pair<double, std::uint64_t>> &out) const;

    /// The bar of `lane` under time t (within tolNs), nearest first.
    std::optional<Bar> barAt(int lane, std::int64_t tNs, std::int64_t tolNs) const;
    /// The hand-back tick nearest (t, yFraction of the hand-back lane) within tolNs.
    std::optional<HandTick> handTickAt(std::int64_t tNs, double yFraction,
                                       std::int64_t tolNs) const;
    /// A finished task's bar by index (for the hand-back lane's tooltip).
    std::optional<Bar> barOf(std::uint32_t index) const;

private:
    Lane &laneFor(int worker);
    Lane &laneOf(const TaskRecord &task);   ///< the task's lane, with its pid and tid
    void insertBar(Lane &lane, const Bar &bar);
    static void rebuildMaxEnd(Lane &lane, std::size_t from);

    std::vector<Lane> m_lanes;
    void rebuildHandBlocks(std::size_t from);
    /// The records' own hand-back times, added to m_handed, which is then sorted once.
    void addRecordsHandedBack(const std::vector<TaskRecord> &tasks);
    void mergeLateTicks();

    std::vector<HandTick> m_handed;        ///< sorted by tNs
    // The end times of the done tasks, sorted, for the results held: appended in order as
    // workers finish, the few late ones merged once per batch as the ticks are.
    std::vector<std::int64_t> m_doneEnds;
    std::vector<std::int64_t> m_lateEnds;
    void addDoneEnd(std::int64_t endNs);
    void mergeLateEnds();
    // Within addTasks() and the batch addHandedBack() (m_inBatch): ticks that would go before
    // the latest, merged into m_handed once at the end (one insertion each cost O(ticks): an
    // Executor.map run of a million tasks stalled the window for a second).
    bool m_inBatch = false;
    std::vector<HandTick> m_lateTicks;
    // Likewise bars that start before their lane's last, with their lane, merged once per
    // batch: one insertion each moved the lane's later bars and recomputed their maxEndNs.
    // Records may come in any order; when a Python worker's full ring was still read after its
    // socket, 38-42 % of a million-task imap_unordered run's ends came behind a later one, and
    // inserting them one by one moved 40 million bars a run, 20-30 ms of GUI time at a stretch.
    std::vector<std::pair<int, Bar>> m_lateBars;
    void mergeLateBars();
    // Smallest and largest task index per block of kHandBlock hand-back ticks: a pixel column
    // of a million-task run is summarised from blocks, not from every tick.
    static constexpr std::size_t kHandBlock = 64;
    std::vector<std::uint32_t> m_handBlockMin;
    std::vector<std::uint32_t> m_handBlockMax;
    // By task index, -1 = not yet; paged: sized for the whole run without writing it all as
    // the run starts.
    PagedArray<std::int64_t> m_endByIndex{-1};
    PagedArray<std::int64_t> m_handByIndex{-1};
    PagedArray<std::int32_t> m_laneByIndex{-1};
    std::uint64_t m_taskCount = 0;
    std::uint64_t m_barCount = 0;
    std::int64_t m_lastEventNs = 0;
    bool m_anyFailed = false;
    bool m_anyCancelled = false;
    bool m_anyGil = false;
    bool m_anyHolds = false;
    bool m_holdsSampled = false;
};

} // namespace corescope::gui::timeline
