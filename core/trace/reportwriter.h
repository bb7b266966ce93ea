#pragma once

#include "core/trace/runresult.h"

#include <ostream>
#include <string>
#include <variant>

namespace corescope {

/// The "format" and "version" a run report carries.
inline constexpr std::string_view kRunReportFormat = "corescope-run";
inline constexpr int kRunReportVersion = 1;

/// Writes `run` as one JSON document (the `--report` file, File > Save): workload, options,
/// machine, status, every task, the hand-back order, the workers and the samples. Streamed
/// piece by piece, never built in memory, so a million-task run writes in about a second.
/// Times that did not happen (-1) are null; results above 2^53 are decimal strings so they
/// stay exact. Returns false when the stream failed.
bool writeRunReport(const RunResult &run, std::ostream &out);

/// Writes the report to `path` through a temporary file renamed into place, so a failed
/// write never leaves half a file. Returns empty on success, else a sentence naming the path.
std::string writeRunReportFile(const RunResult &run, const std::string &path);

/// Reopens a saved report without re-running it. The workload comes back self-contained: a
/// generated one (range / repeat) as its generator, any other from the tasks' inputs, its
/// expected results from the tasks' "expected". Everything writeRunReport() writes reads back
/// exactly, except RunOptions::workerPath, which names a file on the recording machine and is
/// not saved. Returns the run, or one line: "path:line:column: message" for malformed JSON,
/// "path: field: message" for a field of the wrong type or a value out of range.
std::variant<RunResult, std::string> readRunReport(const std::string &path);

/// As above, from the document's bytes; `name` is used in messages.
std::variant<RunResult, std::string> readRunReportData(std::string_view json,
                                                       const std::string &name);

} // namespace corescope
