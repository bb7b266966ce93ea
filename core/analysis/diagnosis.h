#pragma once

#include "core/trace/runresult.h"

#include <string>
#include <vector>

namespace corescope {

/// One plain-language statement about a run, backed by a number taken from its trace.
struct Finding {
    enum class Kind {
        Speedup,          ///< against the serial baseline
        GilWait,          ///< threads waited for the emulated GIL
        StartUp,          ///< worker start-up took a large share of the run
        Dispatch,         ///< tiny tasks drown in dispatch overhead
        Tail,             ///< one worker ran alone at the end (uneven tasks)
        Oversubscribed,   ///< more workers than cores
        MemoryBound,      ///< the kernel waits on memory
    };
    Kind kind;
    double value = 0.0;   ///< the number behind the statement (a share 0..1, seconds, a ratio)
    std::string text;     ///< e.g. "threads waited for the GIL 49% of the time"
};

/// Why this run took as long as it did, in plain English: each statement only when the
/// trace shows it clearly. `serialBaseline` (a serial run of the same workload) enables the
/// speedup statement and sharper memory-bound evidence.
std::vector<Finding> diagnose(const RunResult &run, const RunResult *serialBaseline = nullptr);

} // namespace corescope
