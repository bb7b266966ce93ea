#pragma once

#include "core/analysis/diagnosis.h"

#include <cstdint>
#include <optional>

namespace corescope {

/// What a finished run's ending needs from all its tasks, counted in one pass: the run-end
/// message's counts and the runtime comparison's compute time. Worked out once, on the job's
/// own thread (jobs::JobRunner), because each pass over a million records cost the GUI thread
/// 2-15 ms as the run ended, and the window made four of them.
struct RunDigest {
    std::uint64_t tasksDone = 0;
    /// Tasks that ended, however (done, failed, killed or cancelled): what the progress counts
    /// while the run goes (RunSnapshot::tasksFinished), so its end does not step back.
    std::uint64_t tasksEnded = 0;
    std::uint64_t failed = 0;                 ///< TaskState::Failed
    std::uint64_t killed = 0;                 ///< TaskState::Killed: stopped with a broken pool
    std::uint64_t mismatches = 0;             ///< results that differ from the expected ones
    std::uint64_t cancelled = 0;              ///< tasks a cancel cut short (TaskState::Cancelled)
    std::optional<TaskCompute> compute;       ///< taskCompute(run)
};

RunDigest digestRun(const RunResult &run);

} // namespace corescope
