#pragma once

#include "core/io/reportformat.h"
#include "core/trace/runresult.h"

#include <string>
#include <string_view>
#include <variant>

namespace corescope {

/// Reopens a saved report without re-running it. The workload comes back self-contained: a
/// generated one (range / repeat) as its generator, any other from the tasks' inputs, its
/// expected results from the tasks' "expected". Everything writeRunReport() writes reads back
/// exactly, except RunOptions::workerPath, which names a file on the recording machine and is
/// not saved. The document is pulled through json::Reader, one task at a time, so memory
/// follows the run, not the text. Returns the run, or one line "path:line:column: message"
/// (for a field: "path:line:column: field: message").
std::variant<RunResult, std::string> readRunReport(const std::string &path);

/// As above, from the document's bytes; `name` is used in messages.
std::variant<RunResult, std::string> readRunReportData(std::string_view json,
                                                       const std::string &name);

} // namespace corescope
