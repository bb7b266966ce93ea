#pragma once

#include "core/exec/runoptions.h"
#include "core/trace/runrecorder.h"

#include <memory>
#include <stop_token>

namespace corescope {

/// Runs every task of the recorder's workload with the recorder's options, writing task and
/// worker records into the recorder. Called on a background thread (never the GUI thread).
///
/// Contract:
/// - returns when every task is finished, or the run failed, or `stop` was requested;
/// - on stop: all workers stop within 100 ms, worker processes are killed and reaped, the
///   recorder is marked cancelled, every result already computed stays in the recorder;
/// - on a dying worker: recorder.fail() with the task index, its input and the cause;
/// - never calls recorder.finish() (the engine does).
class Executor {
public:
    virtual ~Executor() = default;
    virtual void run(RunRecorder &recorder, std::stop_token stop) = 0;
};

/// The executor for the options' runtime and mode.
std::unique_ptr<Executor> makeExecutor(const RunOptions &options);

} // namespace corescope
