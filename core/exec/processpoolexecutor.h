#pragma once

#include "core/exec/executor.h"

#include <string>

namespace corescope {

/// N spawned corescope-worker processes (found next to the app binary, never on PATH), fed
/// `chunksize` tasks per message over a compact binary framed protocol; results stream back
/// with the worker's own timestamps. Worker start-up is part of the trace.
///
/// Options it honours beyond the common ones:
/// - processPerTask: a new worker process for every chunk (spawned, sent that one chunk, shut
///   down), at most `workers` alive at once; each process is a worker record of its own.
/// - taskTimeoutMs: a worker whose current task has run longer is killed (SIGKILL); that is a
///   worker death whose cause is "task N (input X) timed out after T ms".
/// - onWorkerDeath: Fail ends the run on any death (signal, early exit, garbage or a truncated
///   frame, timeout), naming the worker, the task and the cause. Respawn starts a new worker
///   (a new id) and sends it the dead worker's unfinished tasks; results already in are kept;
///   a task that kills a second worker fails the run ("task N (input X) killed two workers").
class ProcessPoolExecutor final : public Executor {
public:
    void run(RunRecorder &recorder, std::stop_token stop) override;
};

/// Where the worker executable is: `configured` if not empty, else "corescope-worker" in the
/// folder of the running executable (/proc/self/exe). Never searched on PATH.
std::string resolveWorkerPath(const std::string &configured);

} // namespace corescope
