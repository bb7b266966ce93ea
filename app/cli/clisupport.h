#pragma once

// What the command line's commands share (internal to app/cli): output and usage errors,
// Ctrl+C, waiting for a job, the run options every running command takes, the WORKLOAD
// argument and the output files. commandline.cpp holds the help, `workloads`, `lessons` and
// `run`; sweepcommand.cpp holds `sweep`.

#include "app/cli/commandline.h"
#include "app/i18n/language.h"
#include "core/exec/runoptions.h"
#include "core/workload/workload.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <cstdio>
#include <functional>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

class QEventLoop;

namespace corescope::jobs {
class JobRunner;
}

namespace corescope::cli {

void print(FILE *stream, const std::string &text);
void print(FILE *stream, const char *text);
void print(FILE *stream, const QString &text);
/// The columns `text` takes in a terminal: two for an East Asian wide character (Hangul, CJK),
/// none for a combining mark, one for any other. For aligning columns in every language.
int terminalWidth(const QString &text);
/// `text` padded with spaces to `columns` terminal columns (terminalWidth).
QString padToColumns(const QString &text, int columns);
/// Prints "corescope: MESSAGE" and the --help hint (the command's, once setHelpCommand named
/// it); returns ExitUsage.
int usageError(const QString &message);
/// The command being run (run, sweep, lessons), whose --help usageError's hint names.
void setHelpCommand(const QString &command);

/// While it lives, SIGINT (Ctrl+C), SIGTERM and SIGHUP cancel the command's job instead of
/// ending the program, so that a stopped run still says what it kept and writes its report;
/// a second one ends the program at once. A signal that was ignored (nohup) stays ignored. The
/// handlers before it are restored after.
class InterruptHandlers final {
public:
    InterruptHandlers();
    ~InterruptHandlers();
    Q_DISABLE_COPY_MOVE(InterruptHandlers)
    /// The signal that came, or 0.
    static int received();
    /// The exit code for a job that the signal cancelled: 128 + its number, as a shell
    /// reports a program that it ended (130 for Ctrl+C).
    static int exitCode();

private:
    void (*m_previous[3])(int) = {};
};
/// Runs `loop` until the job's finished handler quits it; an interrupt (InterruptHandlers)
/// cancels the job (its finished signal still comes, with the results kept). True when an
/// interrupt cancelled it.
bool waitForJob(jobs::JobRunner &runner, QEventLoop &loop);

/// A run's option given on the command line that does nothing for the run it names
/// (RunOptions::optionUsed: --chunksize in serial mode, --task-timeout on native threads,
/// --switch-interval without a GIL, ...): said in a note on stderr (unless quiet) and set back
/// to its default, so the report does not claim it. Not refused: a script that loops over the
/// modes with one set of options still runs. (--workers and --start-method have notes of
/// their own.)
void noteUnusedOptions(const QCommandLineParser &parser, RunOptions &options, bool quiet);
/// Sets one run option from `--flag`'s value through the one RunOptions reader (its limits);
/// on error prints "--workers: expected ..., got ..." and returns false.
bool runOption(const QCommandLineParser &parser, const QString &flag, std::string_view key,
               RunOptions &options);
/// An integer option that is not a run option (--repeat); as runOption() otherwise.
bool intOption(const QCommandLineParser &parser, const QString &name, int min, int max, int &value);
/// The help words: -h, --help and --help-all (which QCommandLineParser's addHelpOption() adds;
/// a command line has no Qt options to list, so --help-all prints the same help), and -?, which
/// it adds on Windows only (isHelpWord takes it as the first word on every OS).
bool isHelpWord(const QString &argument);
bool helpRequested(const QCommandLineParser &parser);
/// --chart-size WxH and --chart-scale N, for the commands that draw charts, and reading them
/// with the charts' file names (--chart, --cpu-chart, --efficiency-chart: .png, .svg or .pdf);
/// false after the usage error.
QList<QCommandLineOption> chartSizeOptions();
bool readChartOptions(const QCommandLineParser &parser, ChartFileSize &size);
/// Options every command that runs shares, and reading them; false after the usage error.
QList<QCommandLineOption> sharedRunOptions();
/// --hosts, --hostfile and --mpirun without MPI mode (`mpi` false): the usage error naming the
/// flag and `howToAdd` ("--mode mpi"); true when refused.
bool refuseMpiOptionsWithout(const QCommandLineParser &parser, bool mpi, const char *howToAdd);
/// The options of `corescope run` and `sweep`; with `checkRuntimes`, an option of the runtime
/// that --runtime did not choose is refused (a sweep checks against its modes instead).
bool readSharedRunOptions(const QCommandLineParser &parser, RunOptions &options,
                          bool checkRuntimes = true);
/// --start-method or --python where no Python runtime runs, --process-per-task or
/// --on-worker-death where no native one does: the usage error naming the flag; false then.
bool refuseOtherRuntimesOptions(const QCommandLineParser &parser, bool python, bool native);

/// A shipped workload or a file; prints the error (file:line:col: field: message) on failure.
std::shared_ptr<const Workload> loadWorkload(const std::string &nameOrPath, int &exitCode);
/// The positional WORKLOAD of `command`, as loadWorkload().
std::shared_ptr<const Workload> loadWorkloadArgument(const QCommandLineParser &parser,
                                                     const char *command, int &exitCode);

/// The chart renderers setChartRenderers() installed (empty without the GUI libraries).
extern SweepChartRenderer g_sweepCharts;
extern RunChartRenderer g_runCharts;

/// The writer of a chart output (--chart, --cpu-chart, ...): `kind` drawn by `renderer`
/// (g_runCharts or g_sweepCharts), else why there is no chart.
template <typename Value, typename Renderer>
std::function<std::string(const Value &, const std::string &)>
chartWriter(const Renderer &renderer, const char *kind, const ChartFileSize &size)
{
    return [renderer, kind, size](const Value &value, const std::string &path) {
        return renderer ? renderer(value, kind, path, size)
                        : QCoreApplication::translate("corescope::cli::Errors",
                                                      "charts need the GUI libraries, not "
                                                      "built here")
                              .toStdString();
    };
}

/// Refuses, before a run or a sweep starts, an output (--report, --csv, ...) whose file could
/// not be written then (its folder missing, or no file can be created in it; a folder by its
/// name), that is the workload's own file or its Python file, or that another output names too.
/// Minutes of a run are not spent for a file that cannot be kept, nor a file lost to another.
/// True when every set output can be written; else says which cannot, and why (usageError).
bool outputsWritable(const QCommandLineParser &parser, std::initializer_list<const char *> options,
                     const Workload &workload);

/// Writes one output file per set option through `writer`; false if any failed.
template <typename Value, typename Writer>
bool writeOutputs(const QCommandLineParser &parser, const Value &value, bool quiet,
                  std::initializer_list<std::pair<const char *, Writer>> outputs)
{
    bool ok = true;
    for (const auto &[option, writer] : outputs) {
        const QString path = parser.value(QString::fromLatin1(option));
        if (path.isEmpty())
            continue;
        if (const std::string error = writer(value, path.toStdString()); !error.empty()) {
            print(stderr, QStringLiteral("corescope: --%1: %2\n")
                              .arg(QString::fromLatin1(option), i18n::engineText(error)));
            ok = false;
        } else if (!quiet) {
            print(stdout,
                  QCoreApplication::translate("corescope::cli::Summary", "wrote %1").arg(path)
                      + QLatin1Char('\n'));
        }
    }
    return ok;
}

/// `corescope sweep` (sweepcommand.cpp).
int sweepWorkload(const QStringList &arguments);

} // namespace corescope::cli
