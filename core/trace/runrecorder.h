#pragma once

#include "core/trace/runresult.h"

#include <atomic>
#include <cstdint>
#include <mutex>
#include <span>
#include <vector>

namespace corescope {

/// What a reader pulls at frame rate: everything new since its cursor, plus live counters.
struct RunSnapshot {
    std::vector<TaskRecord> newlyFinished;    ///< in completion order
    std::vector<std::uint32_t> newlyHandedBack;
    std::vector<CpuSample> newSamples;
    std::vector<GilHold> newGilHolds;
    std::vector<WorkerRecord> workers;        ///< all workers, current state
    struct Running {                          ///< a task a worker is running right now
        int worker;
        std::uint32_t index;
        std::int64_t startNs;
    };
    std::vector<Running> running;
    std::uint64_t tasksTotal = 0;
    std::uint64_t tasksFinished = 0;
    std::int64_t elapsedNs = 0;
    RunStatus status = RunStatus::Running;
    std::string error;
};

/// Where to continue pulling from.
struct SnapshotCursor {
    std::size_t finished = 0;
    std::size_t handedBack = 0;
    std::size_t samples = 0;
    std::size_t gilHolds = 0;
};

/// The live record of one run, shared by the executor (writer) and any number of readers.
///
/// Task records are preallocated; a worker writes only the slots of the tasks it runs. A slot
/// becomes visible to readers when the executor's coordinator publishes it with
/// publishFinished(), under the mutex, so readers never see a half-written record.
class RunRecorder {
public:
    RunRecorder(std::shared_ptr<const Workload> workload, const RunOptions &options);
    RunRecorder(const RunRecorder &) = delete;
    RunRecorder &operator=(const RunRecorder &) = delete;

    /// The workload the run was started with (the result's may be a copy that finish() gave
    /// what the run learnt of it: setBoolResults()).
    const Workload &workload() const { return *m_workload; }
    const RunOptions &options() const { return m_result.options; }
    std::uint64_t taskCount() const { return m_result.tasks.size(); }

    /// Nanoseconds since the run's start on the monotonic clock (shared across processes).
    std::int64_t now() const;
    /// The run's start as an absolute CLOCK_MONOTONIC time in ns (for worker processes).
    std::int64_t epochNs() const { return m_epochNs.load(std::memory_order_relaxed); }
    /// A runtime whose run really begins later than the recorder (the Python runtime: the
    /// interpreter starts first, and Python's own measure begins at the pool's creation) moves
    /// time 0 there, once, before it records anything. CPU samples taken before it keep their
    /// moment: negative times (the interpreter starting). Until then (or settleClock(), or
    /// finish()) a Python run's snapshots hand out no samples and no GIL slices: a live chart
    /// keeps its data sorted by time, and would have drawn them at the times they had before
    /// the move (and dropped every later sample until the run caught up with them).
    void startClockAt(std::int64_t epochMonoNs);
    /// The run's time 0 stays where it is (a runtime that decided not to move it).
    void settleClock();
    /// The run's end on the run clock, when the runtime knows it better than finish() (the
    /// moment Python's pool had shut down, not when its interpreter had exited).
    void setEndNs(std::int64_t endNs);

    /// Writer side. task(i) may be written by the one worker running task i, before publishing.
    TaskRecord &task(std::uint32_t index) { return m_result.tasks[index]; }
    /// Publishes finished tasks (records complete: Done, or Failed with the worker dead),
    /// checks them against "expected", and hands results back to the caller as the run's API
    /// does (RunOptions::ordering()): at once (imap_unordered, as_completed), when the prefix
    /// is complete (Executor.map, imap), or all together in finish() (Pool.map). Thread-safe; call once per chunk, not per task.
    void publishFinished(std::span<const std::uint32_t> indices);
    /// Who decides when a result reaches the caller. By default the recorder does, by the
    /// run's API (above): the native executors' caller is Corescope itself. A runtime whose
    /// caller really receives the results (a Python API's iterator, see TraceFeed) turns this on
    /// before the run starts and reports every hand-back with handBack().
    void setRuntimeHandsBack(bool on) { m_runtimeHandsBack = on; }
    /// The caller received these published, finished tasks' results at `tNs` (run time).
    /// Others (unknown, unpublished, failed, already handed back) are ignored.
    void handBack(std::span<const std::uint32_t> indices, std::int64_t tNs);
    void setWorker(const WorkerRecord &worker);      ///< adds or replaces by id
    void setRunning(int worker, std::int64_t index, std::int64_t startNs); ///< index -1 = idle
    void addSample(CpuSample sample);
    /// The same for a sample whose tNs is an absolute CLOCK_MONOTONIC time: it is put on the
    /// run's clock under the lock, so a sample taken as startClockAt() moves time 0 cannot
    /// keep its time from before the move (the CPU sampler's, whose reading and adding are
    /// two steps).
    void addSampleTakenAt(CpuSample sample);
    /// GIL holds (see GilHold), in batches: once per chunk or per sampler sweep, not per hold.
    /// Beyond RunResult::kMaxGilHolds they are dropped and the run says so. Thread-safe.
    void addGilHolds(std::span<const GilHold> holds);
    void setMachine(MachineInfo machine);
    void setSharedTotal(std::uint64_t total);
    void setPython(PythonInfo python);
    /// The sampler's longest gap between readings (PythonInfo::gilSampleGapNs), once the
    /// Python line has set the info; ignored before.
    void setGilSampleGap(std::int64_t ns);
    std::optional<std::uint64_t> sharedTotal() const;
    /// The Python runtime: every result of the workload's own function was a bool (which the
    /// trace carries as 1 / 0). finish() then gives the run a copy of its workload that says
    /// so (PythonFunction::boolResults), and the run shows and saves them as true / false.
    void setBoolResults();
    /// Ends the run; status and error stay as the first caller of fail()/cancel() left them.
    void fail(std::string error, std::int64_t failedTask = -1);
    /// fail(), and the run never started: RunResult::failedBeforeStart.
    void failBeforeStart(std::string error);
    void markCancelled();
    bool failed() const;
    void finish();                                   ///< sets wall time and final status

    /// Reader side.
    RunSnapshot snapshot(SnapshotCursor &cursor) const;
    std::uint64_t tasksFinished() const { return m_finishedCount.load(std::memory_order_relaxed); }
    /// A copy of the whole run (call after finish(); works during the run, too).
    RunResult result() const;
    /// Moves the run out; the recorder is empty afterwards. Only after finish().
    RunResult takeResult();

private:
    void setFailed(std::string error, std::int64_t failedTask, bool beforeStart);

    mutable std::mutex m_mutex;
    std::shared_ptr<const Workload> m_workload;
    RunResult m_result;
    void handBackLocked(std::uint32_t index, std::int64_t t);

    std::vector<std::uint32_t> m_finishedOrder;
    std::vector<std::uint8_t> m_published;          ///< per task, written under m_mutex
    std::uint64_t m_streamNext = 0;                  ///< ordered stream: first not handed back
    std::vector<RunSnapshot::Running> m_running;
    std::atomic<std::uint64_t> m_finishedCount{0};
    std::atomic<std::int64_t> m_epochNs{0};
    std::int64_t m_endNs = -1;
    bool m_clockSettled = true;      // false while the Python runtime may still move time 0
    bool m_cancelled = false;
    bool m_runtimeHandsBack = false;
    bool m_boolResults = false;
};

/// CLOCK_MONOTONIC in ns, the clock every process of a run stamps with.
std::int64_t monotonicNowNs();

} // namespace corescope
