#pragma once

#include "app/i18n/language.h"
#include "core/exec/runoptions.h"
#include "core/trace/runresult.h"
#include "core/util/duration.h"

#include <QString>

namespace corescope {
class Workload;
}

namespace corescope::gui {

/// A duration as formatDuration() writes it, with the locale's decimal point and the unit in
/// the language: "1,50 с" in Russian.
QString durationText(double seconds, DurationFormat format = {});
QString durationTextNs(std::int64_t ns, DurationFormat format = {});
/// executionLabel() translated: "native threads + emulated GIL", "Python processes", ...
using i18n::executionText;   // (app/i18n: the command line says them too)
/// RunOptions::label() translated: "native threads × 4", "Python serial".
QString optionsText(const RunOptions &options);
/// A workload's name (i18n's) and description, translated when it is a shipped one (a file of
/// one's own is shown as written).
using i18n::workloadName;
using i18n::workloadDescription;

/// The work scale (RunOptions::scale) for titles: "×10 work per task", empty at ×1. With the
/// workload's kernel, the work the tasks really had (effectiveWorkScale: a computing task runs
/// at least once): "×1 work per task (×0.5 asked)".
QString scaleText(double scale, std::optional<KernelId> kernel = {});
/// What ran a run, for chart subtitles, the status line, the diagnosis and comparisons:
/// RunOptions::label(), for a parallel run its API, then for a Python run the Python version,
/// then the work scale when it is not ×1 (scaleText):
/// "threads + GIL × 4 · ThreadPool.map", "Python processes × 2 · Pool.map · Python 3.11.2 ·
/// ×10 work per task". `python` is what the run recorded; without it (a run still going), the
/// version probePython() says it will use. `kernel`: as scaleText's.
QString runLabel(const RunOptions &options, const std::optional<PythonInfo> &python = {},
                 std::optional<KernelId> kernel = {});
/// The run's own label: runLabel(run.options, run.python).
QString runLabel(const RunResult &run);
/// A run about to go or going: the workload's name, then its runLabel() ("Seed primes (50) ·
/// native processes × 2 · ProcessPoolExecutor.map"), as the live charts' subtitles and the
/// diagnosis' header begin.
QString runTitle(const Workload &workload, const RunOptions &options);
/// What ran a native run's tasks, for chart subtitles: "native C++ kernels", and with
/// `pythonRatio` (each task's compute time in the last Python run of the same workload over
/// this run's) "native C++ kernels; each task computed 38x as long in Python (last Python
/// run)". Empty for a Python run, whose label names its interpreter.
QString kernelsNote(const RunOptions &options, std::optional<double> pythonRatio = {});

/// The one label of an ordering for people, translated: orderingLabel()'s "in order, all at
/// the end (Pool.map)", "in order, as they arrive (Executor.map, Pool.imap)", "as completed
/// (imap_unordered, as_completed)".
QString orderingText(Ordering ordering);
/// The API as the mode spells it and when it hands results back, in both runtimes:
/// "Pool.map: in order, all at the end (Pool.map)".
QString apiText(PyApi api, Mode mode);
/// The chunksize a run of `tasks` tasks uses (i18n's): "1000", or when the API chose it "8
/// (Pool.map's default)".
using i18n::chunksizeText;

} // namespace corescope::gui
