#include "core/analysis/rundigest.h"

namespace corescope {

RunDigest digestRun(const RunResult &run)
{
    RunDigest digest;
    for (const TaskRecord &t : run.tasks) {
        digest.tasksDone += t.state == TaskState::Done ? 1 : 0;
        digest.mismatches += t.mismatch ? 1 : 0;
        digest.cancelled += t.state == TaskState::Cancelled ? 1 : 0;
        digest.failed += t.state == TaskState::Failed ? 1 : 0;
        digest.killed += t.state == TaskState::Killed ? 1 : 0;
        digest.tasksEnded += t.state != TaskState::Pending ? 1 : 0;
    }
    digest.compute = taskCompute(run);
    return digest;
}

} // namespace corescope
