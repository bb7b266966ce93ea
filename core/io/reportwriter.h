#pragma once

#include "core/io/reportformat.h"
#include "core/trace/runresult.h"

#include <ostream>
#include <string>

namespace corescope {

/// Writes `run` as one JSON document (the `--report` file, File > Save): workload, options,
/// machine, status, every task, the hand-back order, the workers and the samples. Streamed
/// piece by piece, never built in memory, so a million-task run writes in about a second.
/// Times that did not happen (-1) are null; results above 2^53 are decimal strings so they
/// stay exact. Returns false when the stream failed.
bool writeRunReport(const RunResult &run, std::ostream &out);

/// Writes the report to `path` atomically (io::writeFileAtomically), so a failed write never
/// leaves half a file. Returns empty on success, else a sentence naming the path.
std::string writeRunReportFile(const RunResult &run, const std::string &path);

} // namespace corescope
