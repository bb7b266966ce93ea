#pragma once

#include "core/exec/executor.h"
#include "core/exec/runoptions.h"
#include "core/trace/runrecorder.h"
#include "core/workload/workload.h"

#include <memory>
#include <stop_token>
#include <string>

namespace corescope {

/// Empty when the native runtime can run `workload`; else why only the Python runtime can (a
/// workload's own Python function, a counter in a multiprocessing Manager). checkRunnable says
/// it for a native run; the window greys the native runtime out with it beforehand.
std::string nativeRefusal(const Workload &workload);

/// Empty when the workload can run with these options, else a sentence saying why not
/// (bad option values, a kernel that would kill this very process, ...).
std::string checkRunnable(const Workload &workload, const RunOptions &options);

/// One run: the executor on the calling thread, the per-core sampler beside it, both writing
/// into one RunRecorder that any other thread may pull snapshots from while run() works.
///
/// A job owns no thread: whoever runs it gives it one (app/jobs/JobRunner for the window and
/// the command line, a plain std::jthread in tests), as heaptrack's and hotspot's parsers do.
class RunJob {
public:
    /// Call checkRunnable() first: the job does not validate its options again. `executor`
    /// null: the one for the options (makeExecutor); else that one, e.g. a runtime of its own.
    RunJob(std::shared_ptr<const Workload> workload, const RunOptions &options,
           std::unique_ptr<Executor> executor = nullptr);
    RunJob(const RunJob &) = delete;
    RunJob &operator=(const RunJob &) = delete;

    /// Runs every task and returns when the run has ended (ok, failed, or cancelled by
    /// `stop`: workers stop within 100 ms). The recorder has its final status on return.
    void run(std::stop_token stop);

    RunRecorder &recorder() { return m_recorder; }
    const RunRecorder &recorder() const { return m_recorder; }

private:
    RunRecorder m_recorder;
    std::unique_ptr<Executor> m_executor;
};

} // namespace corescope
