#pragma once

#include "core/exec/runoptions.h"
#include "core/workload/workload.h"
#include "core/trace/machineinfo.h"
#include "core/trace/taskrecord.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace corescope {

enum class RunStatus : std::uint8_t { Running, Ok, Cancelled, Failed };
std::string_view runStatusName(RunStatus status);   ///< "running", "ok", "cancelled", "failed"

/// What a run of the Python runtime used, as the interpreter reported it.
struct PythonInfo {
    std::string version;       ///< platform.python_version(): "3.11.2"
    std::string interpreter;   ///< the interpreter Corescope ran
    int chunksize = 0;         ///< the chunksize in effect (the API's own default when 0 was asked)
    std::string startMethod;   ///< processes: the start method in effect; empty otherwise
    /// Threads: the longest time between two readings of the thread sampler, which is how far
    /// a sampled GIL slice can be off (1 ms asked; longer when the machine delayed the sampler).
    /// 0 when nothing was sampled.
    std::int64_t gilSampleGapNs = 0;
    /// How much nicer than Corescope the run's processes were made (PythonExecutor::runNiceAbove:
    /// 5 under a window, which may cost tiny tasks ~5 %; 0 on the command line, for MPI, and
    /// where Linux has no autogroups).
    int niceAbove = 0;
    friend bool operator==(const PythonInfo &, const PythonInfo &) = default;
};

/// A finished (or stopped) run: one self-contained value that can be saved, reopened, compared
/// and exported without re-running.
struct RunResult {
    std::shared_ptr<const Workload> workload;   ///< kernel, params, inputs, expected
    RunOptions options;
    MachineInfo machine;
    std::string startedAt;                ///< wall-clock ISO 8601, for people
    RunStatus status = RunStatus::Running;
    std::string error;                    ///< plain words, names the task/worker when relevant
    std::int64_t failedTask = -1;         ///< the task a dead worker was running, or -1
    /// Python: the driver raised before it asked for the pool, while it loaded the workload's
    /// code (a file that does not import, a function it lacks): bad input, not a run that
    /// failed. Not saved in reports (such a run has nothing else to keep).
    bool failedBeforeStart = false;
    std::int64_t wallNs = 0;
    std::vector<TaskRecord> tasks;        ///< indexed by task index
    std::vector<WorkerRecord> workers;
    std::vector<CpuSample> samples;
    std::vector<std::uint32_t> handOrder; ///< task indices in the order they were handed back
    /// shared_counter: the total the caller sees after the run (the run's counter for threads,
    /// the parent's own copy or the shared memory for processes); the right total is the sum
    /// of the inputs of the finished tasks.
    std::optional<std::uint64_t> sharedTotal;
    std::optional<PythonInfo> python;     ///< the Python runtime's run; absent for native runs
    /// Every hold of the GIL (native threads + emulated GIL: recorded; Python threads:
    /// sampled), in the order they were reported (per worker: by time). Empty for runs without
    /// a GIL and for reports written before holds were kept. At most kMaxGilHolds.
    std::vector<GilHold> gilHolds;
    /// Holds beyond kMaxGilHolds were dropped (the timeline then shows the rest as waiting).
    bool gilHoldsTruncated = false;
    /// The memory budget of gilHolds: 24 bytes a hold, 6 MiB. A 10 s run switching every 5 ms
    /// on 8 threads makes ~16k holds (2000 switches a second at most, whatever the threads);
    /// this allows ~2 minutes of a 1 ms switch interval.
    static constexpr std::size_t kMaxGilHolds = 262'144;

    std::uint64_t tasksDone() const;
    std::uint64_t mismatches() const;
};

} // namespace corescope
