#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace corescope {

enum class TaskState : std::uint8_t {
    Pending,    ///< not finished (never started, or lost with a worker / to a cancel)
    Done,       ///< ran to completion; result valid
    Failed,     ///< the worker died running it, or its result mismatched "expected"
    Killed,     ///< it was running on another worker when the run failed (the pool broke) and
                ///< was stopped with it: startNs is when it started, endNs the failure
    Cancelled,  ///< it was running when the run was cancelled and was stopped with it: startNs
                ///< is when it started, endNs when its worker stopped it (or was stopped)
};

/// One task of a run. Times are ns from the run's start on the one monotonic clock; -1 = not
/// (yet) happened. Kept small: a million-task run stores a million of these.
struct TaskRecord {
    std::int64_t enqueueNs = -1;      ///< dispatched to a worker (process mode: sent on the pipe)
    std::int64_t startNs = -1;
    std::int64_t endNs = -1;
    std::int64_t handedBackNs = -1;   ///< handed back to the caller, as the run's API does
    /// Native threads: time spent waiting for the emulated GIL. Python: time off the CPU (wall
    /// minus the thread's CPU time), -1 when not measured (a short task in a driver thread:
    /// docs/PYTHON_RUNTIME.md, "Thread CPU time"); readers take -1 as unknown, never as a wait.
    std::int64_t gilWaitNs = 0;
    std::uint64_t result = 0;
    std::uint32_t index = 0;
    std::int32_t pid = 0;
    std::int32_t tid = 0;
    std::int16_t worker = -1;         ///< 0-based worker id
    std::int16_t cpuStart = -1;       ///< logical CPU when the task started / ended
    std::int16_t cpuEnd = -1;
    TaskState state = TaskState::Pending;
    bool mismatch = false;            ///< result differs from the workload's expected value
    /// False when the task returned a value that Corescope cannot hold (Python: anything but
    /// an int in 0..2^64-1, a bool, None or a list of ints): `result` then means nothing, is
    /// written as null and never matches an expected value.
    bool resultKnown = true;

    bool ok() const { return state == TaskState::Done && !mismatch; }
    std::int64_t durationNs() const { return (startNs >= 0 && endNs >= 0) ? endNs - startNs : 0; }
};

/// One worker's lifecycle.
struct WorkerRecord {
    int id = 0;
    std::int32_t pid = 0;
    std::int32_t tid = 0;
    std::int64_t spawnNs = -1;        ///< creation requested
    std::int64_t readyNs = -1;        ///< able to take tasks
    std::int64_t exitNs = -1;
    std::uint64_t tasksDone = 0;
    std::int64_t busyNs = 0;          ///< sum of its tasks' durations (failed and killed too)
    std::string exitReason;           ///< "" = normal exit; else e.g. "killed by signal 9 (SIGKILL)"
    int rank = -1;                    ///< MPI mode: its MPI rank; -1 for every other worker
    std::string host;                 ///< MPI mode: the host it ran on; "" = this machine
    /// MPI mode: its host's clock minus Corescope's, as estimated from round trips (the
    /// smallest of those at the start and at the end); its times here are already shifted by
    /// it. Uncertainty: half that round trip; -1 = not estimated.
    std::int64_t clockOffsetNs = 0;
    std::int64_t clockUncertaintyNs = -1;
};

/// One hold of a GIL by one worker: [startNs, endNs] on the run clock. Recorded (the emulated
/// GIL of native threads: every acquisition and release, exact, so two holds never overlap) or
/// sampled (Python threads: consecutive "running" readings of the thread's state in
/// /proc/PID/task/TID/stat, from the first such reading to the last; exact to one sampling
/// period, ThreadStateSampler::kPeriodNs).
struct GilHold {
    std::int64_t startNs = 0;
    std::int64_t endNs = 0;
    std::int16_t worker = -1;         ///< 0-based worker id, as TaskRecord::worker
    bool sampled = false;
    friend bool operator==(const GilHold &, const GilHold &) = default;
};

/// One reading of per-core utilization; cores[i] in 0..1.
struct CpuSample {
    std::int64_t tNs = 0;
    std::vector<float> cores;
    /// The machine read: "" = Corescope's own; else an MPI host's name (sampled by one of its
    /// ranks, its time shifted onto the run's clock like its tasks).
    std::string host{};
};

} // namespace corescope
