#pragma once

#include <QStringList>

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

/// Runs the headless front end. Needs a QCoreApplication (for resources); prints to
/// stdout / stderr; returns the process exit code.
int runCommandLine(const QStringList &arguments);

} // namespace corescope::cli
