#pragma once

#include "core/exec/executor.h"
#include "core/exec/python/findpython.h"   // probePython, pythonDriverPath: for the callers

namespace corescope {

/// The Python runtime: the run's tasks executed by a real CPython interpreter through Python's
/// own API (RunOptions::api), traced and streamed back live (docs/PYTHON_RUNTIME.md). The
/// driver script runs in a session and process group of its own; its events, and each pool
/// worker's on a connection of its own, become the recorder's records through a TraceFeed.
///
/// - Stop (cancel): the whole process group is killed and reaped within 300 ms; what finished
///   stays.
/// - A task that raises fails the run as Python's API does (the exception re-raised on
///   retrieval), naming the task, its input and the exception.
/// - A worker process that dies names its task and the signal faulthandler saw; with
///   concurrent.futures, Python's BrokenProcessPool; multiprocessing.Pool never returns the
///   dead worker's task, so the run is ended and says so (never a hang).
/// - taskTimeoutMs: a task running longer ends the run.
class PythonExecutor final : public Executor {
public:
    void run(RunRecorder &recorder, std::stop_token stop) override;
};

} // namespace corescope
