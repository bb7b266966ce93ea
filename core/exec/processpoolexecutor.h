#pragma once

#include "core/exec/executor.h"

#include <string>

namespace corescope {

/// N spawned corescope-worker processes (found next to the app binary, never on PATH), fed
/// `chunksize` tasks per message over a compact binary framed protocol; results stream back
/// with the worker's own timestamps. Worker start-up is part of the trace.
class ProcessPoolExecutor final : public Executor {
public:
    void run(RunRecorder &recorder, std::stop_token stop) override;
};

/// Where the worker executable is: `configured` if not empty, else "corescope-worker" in the
/// folder of the running executable (/proc/self/exe). Never searched on PATH.
std::string resolveWorkerPath(const std::string &configured);

} // namespace corescope
