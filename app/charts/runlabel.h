#pragma once

#include "core/exec/runoptions.h"
#include "core/trace/runresult.h"

#include <QString>

namespace corescope::gui {

/// What ran a run, for chart subtitles, the status line, the diagnosis and comparisons:
/// RunOptions::label(), and for a parallel Python run its API, then the Python version:
/// "threads + GIL × 4", "Python processes × 2 · Pool.map · Python 3.11.2". `python` is what the
/// run recorded; without it (a run still going), the version probePython() says it will use.
QString runLabel(const RunOptions &options, const std::optional<PythonInfo> &python = {});
/// The run's own label: runLabel(run.options, run.python).
QString runLabel(const RunResult &run);

} // namespace corescope::gui
