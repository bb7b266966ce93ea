#pragma once

#include <QStringList>

#include <functional>
#include <string>

namespace corescope {
struct SweepResult;
struct RunResult;
}

namespace corescope::cli {

/// Exit codes of the command line (documented in --help and the README).
enum ExitCode : int {
    ExitOk = 0,
    ExitRunFailed = 1,     ///< a worker died, a result mismatched
    ExitUsage = 2,         ///< bad usage or bad input
    ExitInterrupted = 130, ///< Ctrl+C: cancelled cleanly, report still written
};

/// True when `arguments` (argv, program name first) select the headless front end:
/// a subcommand, --help or --version.
bool isCommandLineInvocation(const QStringList &arguments);

/// The size of --chart files (--chart-size, --chart-scale): the layout's width and height in
/// pixels (points for SVG / PDF), and a PNG's pixels per layout pixel.
struct ChartFileSize {
    int width = 1280;
    int height = 720;
    double scale = 1.0;
};

/// Draws charts for --chart options; installed by the GUI library (charts need QtWidgets,
/// rendered offscreen). Each returns an empty string or the error. `kind` is "speedup",
/// "efficiency" (sweeps), "timeline" or "cpu" (runs).
using SweepChartRenderer = std::function<std::string(const SweepResult &, const std::string &kind,
                                                     const std::string &path,
                                                     const ChartFileSize &size)>;
using RunChartRenderer = std::function<std::string(const RunResult &, const std::string &kind,
                                                   const std::string &path,
                                                   const ChartFileSize &size)>;
void setChartRenderers(SweepChartRenderer sweep, RunChartRenderer run);
/// True when the arguments ask for a chart file (the caller must then create a QApplication).
bool wantsCharts(const QStringList &arguments);

/// Applies the language of the command line: `lang` from --lang when `given`, else the
/// environment's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). False (after saying why on stderr)
/// for a code that is not en, ko or ru. Only texts for people change (the lessons'); JSON, CSV,
/// traces, ids and exit codes never do.
bool applyCommandLineLanguage(const QString &lang, bool given);

/// Runs the headless front end. Needs a QCoreApplication (for resources); prints to
/// stdout / stderr; returns the process exit code.
int runCommandLine(const QStringList &arguments);

} // namespace corescope::cli
