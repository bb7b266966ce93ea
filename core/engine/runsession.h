#pragma once

#include "core/exec/runoptions.h"
#include "core/trace/runrecorder.h"
#include "core/workload/workload.h"

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace corescope {

/// Empty when the workload can run with these options, else a sentence saying why not
/// (bad option values, a kernel that would kill this very process, ...).
std::string checkRunnable(const Workload &workload, const RunOptions &options);

/// One run in the background: the executor on its own engine thread, the per-core sampler
/// beside it, both writing into one RunRecorder that any thread may pull snapshots from.
class RunSession {
public:
    RunSession(std::shared_ptr<const Workload> workload, const RunOptions &options);
    /// Cancels a run still going and joins the engine thread.
    ~RunSession();
    RunSession(const RunSession &) = delete;
    RunSession &operator=(const RunSession &) = delete;

    /// Starts the run. `onFinished` is called once, on the engine thread, after the recorder
    /// has its final status. Call checkRunnable() first: this does not validate.
    void start(std::function<void()> onFinished = {});
    /// Asks the run to stop; returns at once. Workers stop within 100 ms.
    void cancel();
    bool isFinished() const;
    /// Blocks until the run has finished or the timeout passed; true when finished.
    bool waitFor(std::chrono::milliseconds timeout) const;

    RunRecorder &recorder() { return m_recorder; }
    const RunRecorder &recorder() const { return m_recorder; }

private:
    RunRecorder m_recorder;
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_finishedCv;
    bool m_finished = false;
    std::jthread m_thread;    // last: joined first on destruction
};

} // namespace corescope
