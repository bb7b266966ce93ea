#pragma once

// Sweep reports: the JSON document a sweep is saved as (format "corescope-sweep") and read
// back from. The sweep's CSV is in core/io/csvwriter.h.

#include "core/engine/sweep.h"

#include <string>
#include <string_view>
#include <variant>

namespace corescope {

/// The "format" and "version" a sweep report carries.
inline constexpr std::string_view kSweepReportFormat = "corescope-sweep";
inline constexpr int kSweepReportVersion = 1;

/// The sweep as one JSON document: workload (described, not its inputs), options and plan,
/// machine, status, every point with its wall times and statistics, the Amdahl fits.
std::string sweepReportJson(const SweepResult &sweep);
/// Writes sweepReportJson() to `path` atomically. Returns an empty string or the error.
std::string writeSweepReportFile(const SweepResult &sweep, const std::string &path);

/// Reopens a saved sweep report without re-running it: every point (its wall times and the
/// statistics written with them), the Amdahl fits, the machine, the options and the plan
/// (modes and worker counts). A sweep report does not hold the workload's inputs, so the
/// workload comes back as a description: name, kernel, source path and task count (its
/// inputs are placeholders; re-run from the original workload file). Writing the result again
/// gives the same document. Returns the sweep, or one line: "path:line:column: message" for
/// malformed JSON, "path: field: message" for a missing field or one of the wrong type.
std::variant<SweepResult, std::string> readSweepReport(const std::string &path);
/// As above, from the document's bytes; `name` is used in messages.
std::variant<SweepResult, std::string> readSweepReportData(std::string_view json,
                                                           const std::string &name);

} // namespace corescope
