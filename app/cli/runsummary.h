#pragma once

#include "core/exec/runoptions.h"
#include "core/trace/runresult.h"
#include "core/workload/workload.h"

#include <string>

namespace corescope::cli {

/// "1.234 s", "56.7 ms", "890 us": three significant figures, the unit a person would pick.
std::string formatSeconds(double seconds);
/// The lines printed before a run: what runs, and how.
std::string headerText(const Workload &workload, const RunOptions &options);
/// The summary printed after a run: wall time, tasks/s, per-worker busy share, results checked.
std::string summaryText(const RunResult &result);

} // namespace corescope::cli
