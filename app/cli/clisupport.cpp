#include "app/cli/clisupport.h"

#include "app/i18n/language.h"
#include "app/jobs/jobrunner.h"
#include "core/io/runoptionsio.h"
#include "core/util/enginetext.h"
#include "core/workload/catalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QEventLoop>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>

#include <stdlib.h>
#include <unistd.h>

namespace corescope::cli {

SweepChartRenderer g_sweepCharts;
RunChartRenderer g_runCharts;

void print(FILE *stream, const std::string &text)
{
    std::fwrite(text.data(), 1, text.size(), stream);
}
void print(FILE *stream, const char *text)
{
    print(stream, std::string(text));
}
void print(FILE *stream, const QString &text)
{
    print(stream, text.toStdString());
}

int terminalWidth(const QString &text)
{
    int columns = 0;
    for (const char32_t c : text.toUcs4()) {
        if (QChar::category(c) == QChar::Mark_NonSpacing
            || QChar::category(c) == QChar::Mark_Enclosing)
            continue;
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
            || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
            || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
            || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        columns += wide ? 2 : 1;
    }
    return columns;
}

QString padToColumns(const QString &text, int columns)
{
    return text + QString(std::max(0, columns - terminalWidth(text)), QLatin1Char(' '));
}

namespace {
QString g_helpCommand;   // the command whose --help the hint names (main thread only)
} // namespace

void setHelpCommand(const QString &command)
{
    g_helpCommand = command;
}

int usageError(const QString &message)
{
    const QString hint = g_helpCommand.isEmpty()
        ? QCoreApplication::translate("corescope::cli::Errors",
                                      "Try 'corescope --help' for more information.")
        : QCoreApplication::translate("corescope::cli::Errors",
                                      "Try 'corescope %1 --help' for its options.")
              .arg(g_helpCommand);
    print(stderr, QStringLiteral("corescope: ") + message + QLatin1Char('\n') + hint
                      + QLatin1Char('\n'));
    return ExitUsage;
}

namespace {

constexpr int kInterrupts[3] = {SIGINT, SIGTERM, SIGHUP};
std::atomic<int> g_interruptSignal{0};   // lock-free: a signal handler may store to it

extern "C" void onInterrupt(int signal)
{
    g_interruptSignal.store(signal);
    for (const int s : kInterrupts)   // a second one, of any of them, ends the program at once
        std::signal(s, SIG_DFL);
}

}   // namespace

InterruptHandlers::InterruptHandlers()
{
    g_interruptSignal = 0;
    for (std::size_t i = 0; i < std::size(kInterrupts); ++i) {
        m_previous[i] = std::signal(kInterrupts[i], onInterrupt);
        if (m_previous[i] == SIG_IGN)   // nohup's SIGHUP, a script's background SIGINT
            std::signal(kInterrupts[i], SIG_IGN);
    }
}

InterruptHandlers::~InterruptHandlers()
{
    for (std::size_t i = 0; i < std::size(kInterrupts); ++i)
        std::signal(kInterrupts[i], m_previous[i]);
}

int InterruptHandlers::received()
{
    return g_interruptSignal.load();
}

int InterruptHandlers::exitCode()
{
    const int signal = received();
    return signal > 0 ? 128 + signal : ExitInterrupted;
}

bool waitForJob(jobs::JobRunner &runner, QEventLoop &loop)
{
    bool cancelled = false;
    QTimer interrupts;   // a signal handler may only set a flag: look at it 50 times a second
    interrupts.setInterval(20);
    QObject::connect(&interrupts, &QTimer::timeout, &loop, [&] {
        if (InterruptHandlers::received() != 0 && !cancelled) {
            runner.cancel();
            cancelled = true;
        }
    });
    interrupts.start();
    loop.exec();
    return cancelled;
}

namespace {

// The file a path names, the same for "x.csv", "./x.csv", a link to it, and a file not made
// yet in a folder reached through a link.
QString sameFileKey(const QString &path)
{
    const QFileInfo info(path);
    if (const QString canonical = info.canonicalFilePath(); !canonical.isEmpty())
        return canonical;
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + QLatin1Char('/') + info.fileName();
}

// 0 when a file can be created in `folder` (as the writers do: a temporary file beside the
// target, renamed over it), else why not. access() says yes to root in /proc, where no file
// can be made (ENOENT there: said as the permission it is, the folder being there).
int createProblem(const QString &folder)
{
    QByteArray probe = QFile::encodeName(folder) + "/.corescope-probe-XXXXXX";
    const int fd = ::mkstemp(probe.data());
    if (fd < 0)
        return errno == ENOENT ? EACCES : errno;
    ::close(fd);
    ::unlink(probe.constData());
    return 0;
}

} // namespace

bool outputsWritable(const QCommandLineParser &parser, std::initializer_list<const char *> options,
                     const Workload &workload)
{
    // The files this run reads: an output by the same name would overwrite them.
    QString workloadFile, pythonFile;
    if (!workload.sourcePath.empty() && !workload.sourcePath.starts_with(":/"))
        workloadFile = sameFileKey(QString::fromStdString(workload.sourcePath));
    if (workload.python && !workload.python->path.starts_with(":/"))
        pythonFile = sameFileKey(QString::fromStdString(workload.python->path));
    QList<std::pair<QString, const char *>> taken;   // each output's file, by the option
    for (const char *option : options) {
        const QString path = parser.value(QString::fromLatin1(option));
        if (path.isEmpty())
            continue;
        const QString flag = QStringLiteral("--") + QString::fromLatin1(option);
        const QString key = sameFileKey(path);
        if (key == workloadFile || key == pythonFile) {
            usageError(flag + QStringLiteral(": ")
                       + QCoreApplication::translate(
                             "corescope::cli::Errors",
                             "%1 is the workload's own file, which this run reads; it would be "
                             "overwritten: choose another file name")
                             .arg(path));
            return false;
        }
        for (const auto &[other, otherOption] : std::as_const(taken)) {
            if (other == key) {
                usageError(QCoreApplication::translate(
                               "corescope::cli::Errors",
                               "--%1 and %2 name the same file, %3: one would overwrite the "
                               "other; give each its own")
                               .arg(QString::fromLatin1(otherOption), flag, path));
                return false;
            }
        }
        taken.append({key, option});
        const QFileInfo file(path);
        int error = 0;
        if (file.isDir())
            error = EISDIR;
        else if (::access(QFile::encodeName(file.absolutePath()).constData(), W_OK | X_OK) != 0)
            error = errno;
        else if (file.exists() && !file.isWritable())
            error = EACCES;
        else
            error = createProblem(file.absolutePath());
        if (error != 0) {
            const std::string why = text::formatEngineText(
                text::kCannotWriteFile, {path.toStdString(), std::strerror(error)});
            usageError(flag + QStringLiteral(": ") + i18n::engineText(why));
            return false;
        }
    }
    return true;
}

bool runOption(const QCommandLineParser &parser, const QString &flag, std::string_view key,
               RunOptions &options)
{
    if (!parser.isSet(flag))
        return true;
    const std::string error =
        io::setRunOptionFromText(options, key, parser.value(flag).toStdString());
    if (error.empty())
        return true;
    usageError(QStringLiteral("--%1: %2").arg(flag, i18n::engineText(error)));
    return false;
}

bool intOption(const QCommandLineParser &parser, const QString &name, int min, int max, int &value)
{
    if (!parser.isSet(name))
        return true;
    const QString text = parser.value(name);
    bool ok = false;
    const qlonglong v = text.toLongLong(&ok);
    if (!ok || v < min || v > max) {
        usageError(
            QCoreApplication::translate("corescope::cli::Errors",
                                        "--%1: expected a whole number from %2 to %3, got \"%4\"")
                .arg(name)
                .arg(min)
                .arg(max)
                .arg(text));
        return false;
    }
    value = static_cast<int>(v);
    return true;
}

QList<QCommandLineOption> chartSizeOptions()
{
    return {
        {QStringLiteral("chart-size"),
         QCoreApplication::translate(
             "corescope::cli::Help",
             "Size of the chart files: WIDTHxHEIGHT in pixels, exactly what a PNG gets "
             "(points for SVG and PDF) (default 1280x720; 1920x1080 is Full HD)."),
         QStringLiteral("WxH")},
        {QStringLiteral("chart-scale"),
         QCoreApplication::translate(
             "corescope::cli::Help",
             "A PNG's pixels per chart pixel, 1 to 4: 2 draws the same chart with "
             "twice the pixels, for high-DPI projectors (default 1)."),
         QStringLiteral("N")},
    };
}

bool isHelpWord(const QString &argument)
{
    return argument == QLatin1String("--help") || argument == QLatin1String("-h")
        || argument == QLatin1String("-?") || argument == QLatin1String("--help-all");
}

bool helpRequested(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"));
}

bool readChartOptions(const QCommandLineParser &parser, ChartFileSize &size)
{
    // A chart's file name is checked before the run, not after it has been waited for.
    const QStringList given = parser.optionNames();
    for (const QString &name : {QStringLiteral("chart"), QStringLiteral("cpu-chart"),
                                QStringLiteral("efficiency-chart")}) {
        if (!given.contains(name))
            continue;
        const QFileInfo info(parser.value(name));
        const QString suffix = info.suffix().toLower();
        if (suffix != QLatin1String("png") && suffix != QLatin1String("svg")
            && suffix != QLatin1String("pdf")) {
            usageError(QStringLiteral("--") + name + QStringLiteral(": ")
                       + QCoreApplication::translate("Charts",
                                                     "Cannot export a chart as \"%1\": the file "
                                                     "name must end in .png, .svg or .pdf.")
                             .arg(info.fileName()));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("chart-size"))) {
        const QString text = parser.value(QStringLiteral("chart-size"));
        static const QRegularExpression pattern(QStringLiteral("^(\\d{3,4})[xX](\\d{3,4})$"));
        const QRegularExpressionMatch m = pattern.match(text.trimmed());
        const int w = m.hasMatch() ? m.captured(1).toInt() : 0;
        const int h = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (w < 200 || h < 200 || w > 8000 || h > 8000) {
            usageError(QCoreApplication::translate("corescope::cli::Errors",
                                                   "--chart-size: expected WIDTHxHEIGHT, each from "
                                                   "200 to 8000 pixels (1280x720), got \"%1\"")
                           .arg(text));
            return false;
        }
        size.width = w;
        size.height = h;
    }
    if (parser.isSet(QStringLiteral("chart-scale"))) {
        const QString text = parser.value(QStringLiteral("chart-scale"));
        bool ok = false;
        const double v = text.toDouble(&ok);
        if (!ok || !(v >= 1.0 && v <= 4.0)) {
            usageError(QCoreApplication::translate("corescope::cli::Errors",
                                                   "--chart-scale: expected a number from 1 to 4, "
                                                   "got \"%1\"")
                           .arg(text));
            return false;
        }
        size.scale = v;
    }
    return true;
}

std::shared_ptr<const Workload> loadWorkload(const std::string &nameOrPath, int &exitCode)
{
    auto loaded = resolveWorkload(nameOrPath);
    if (auto *error = std::get_if<WorkloadError>(&loaded)) {
        print(stderr,
              QStringLiteral("corescope: ") + i18n::workloadErrorText(*error) + QLatin1Char('\n'));
        exitCode = ExitUsage;
        return nullptr;
    }
    return std::make_shared<const Workload>(std::move(std::get<Workload>(loaded)));
}

std::shared_ptr<const Workload> loadWorkloadArgument(const QCommandLineParser &parser,
                                                     const char *command, int &exitCode)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        exitCode = usageError(
            QCoreApplication::translate("corescope::cli::Errors",
                                        "%1: missing WORKLOAD (a shipped id such as primes50, "
                                        "or a workload JSON file)")
                .arg(QLatin1String(command)));
        return nullptr;
    }
    if (positional.size() > 1) {
        exitCode = usageError(
            QCoreApplication::translate("corescope::cli::Errors", "%1: unexpected argument \"%2\"")
                .arg(QLatin1String(command), positional.at(1)));
        return nullptr;
    }
    return loadWorkload(positional.first().toStdString(), exitCode);
}

bool readSharedRunOptions(const QCommandLineParser &parser, RunOptions &options,
                          bool checkRuntimes)
{
    if (parser.isSet(QStringLiteral("process-per-task")))
        options.processPerTask = true;
    // --ordering is --api under its older name: one of them.
    if (parser.isSet(QStringLiteral("ordering")) && parser.isSet(QStringLiteral("api"))) {
        usageError(
            QCoreApplication::translate("corescope::cli::Errors",
                                        "--ordering: an older name for --api (ordered-batch is "
                                        "pool.map, ordered-stream pool.imap, as-completed "
                                        "pool.imap_unordered); give one of them"));
        return false;
    }
    if (!runOption(parser, QStringLiteral("runtime"), "runtime", options)
        || !runOption(parser, QStringLiteral("api"), "api", options)
        || !runOption(parser, QStringLiteral("start-method"), "start_method", options)
        || !runOption(parser, QStringLiteral("python"), "python", options)
        || !runOption(parser, QStringLiteral("ordering"), "ordering", options)
        || !runOption(parser, QStringLiteral("chunksize"), "chunksize", options)
        || !runOption(parser, QStringLiteral("sample-hz"), "sample_hz", options)
        || !runOption(parser, QStringLiteral("switch-interval"), "switch_interval_ms", options)
        || !runOption(parser, QStringLiteral("scale"), "scale", options)
        || !runOption(parser, QStringLiteral("task-timeout"), "task_timeout_ms", options)
        || !runOption(parser, QStringLiteral("on-worker-death"), "on_worker_death", options)
        || !runOption(parser, QStringLiteral("hosts"), "hosts", options)
        || !runOption(parser, QStringLiteral("hostfile"), "hostfile", options)
        || !runOption(parser, QStringLiteral("mpirun"), "mpirun", options))
        return false;
    if (parser.isSet(QStringLiteral("hosts")) && parser.isSet(QStringLiteral("hostfile"))) {
        usageError(QCoreApplication::translate("corescope::cli::Errors",
                                               "--hostfile: give --hosts or --hostfile, not both"));
        return false;
    }
    return !checkRuntimes
        || refuseOtherRuntimesOptions(parser, options.runtime == Runtime::Python,
                                      options.runtime == Runtime::Native);
}

void noteUnusedOptions(const QCommandLineParser &parser, RunOptions &options, bool quiet)
{
    const RunOptions defaults;
    const struct {
        const char *flag;
        std::string_view key;
        std::function<void(RunOptions &)> reset;   // back to the default: not recorded as used
    } checks[] = {
        {"chunksize", "chunksize", [&](RunOptions &o) { o.chunksize = defaults.chunksize; }},
        {"api", "api", {}},          // (a serial run's report names an API all the same)
        {"ordering", "ordering", {}},
        {"switch-interval", "switch_interval_ms",
         [&](RunOptions &o) { o.switchIntervalMs = defaults.switchIntervalMs; }},
        {"task-timeout", "task_timeout_ms",
         [&](RunOptions &o) { o.taskTimeoutMs = defaults.taskTimeoutMs; }},
        {"on-worker-death", "on_worker_death",
         [&](RunOptions &o) { o.onWorkerDeath = defaults.onWorkerDeath; }},
        {"process-per-task", "process_per_task",
         [&](RunOptions &o) { o.processPerTask = defaults.processPerTask; }},
    };
    for (const auto &check : checks) {
        if (!parser.isSet(QLatin1String(check.flag)) || options.optionUsed(check.key))
            continue;
        // MPI ranks refuse these, saying why (a rank cannot be respawned or started per task):
        // left to that refusal, not turned into a note.
        if (options.mode == Mode::Mpi
            && (check.key == "on_worker_death" || check.key == "process_per_task"))
            continue;
        // The run as the option sees it: for a chunksize, the API that ignores it.
        QString run = i18n::executionText(options.mode, options.gil, options.runtime);
        if (check.key == "chunksize" && options.mode != Mode::Serial)
        {
            const std::string_view api = pyApiLabel(options.api, options.mode);
            run += QStringLiteral(", ") + QString::fromLatin1(api.data(), qsizetype(api.size()));
        }
        if (!quiet)
            print(stderr, QCoreApplication::translate(
                              "corescope::cli::Errors",
                              "corescope: note: --%1 does nothing for a run on %2, and is not "
                              "used\n")
                              .arg(QLatin1String(check.flag), run));
        if (check.reset)
            check.reset(options);
    }
}

bool refuseOtherRuntimesOptions(const QCommandLineParser &parser, bool python, bool native)
{
    // Options that belong to one runtime are refused where it does not run, naming the one to
    // use.
    const auto refuse = [&](const char *flag, const char *why) {
        if (!parser.isSet(QLatin1String(flag)))
            return false;
        usageError(QStringLiteral("--%1: %2")
                       .arg(QLatin1String(flag),
                            QCoreApplication::translate("corescope::cli::Errors", why)));
        return true;
    };
    if (!native) {
        if (refuse("process-per-task",
                   QT_TRANSLATE_NOOP("corescope::cli::Errors",
                                     "the native runtime's option (Python's pools reuse "
                                     "their workers)"))
            || refuse("on-worker-death",
                      QT_TRANSLATE_NOOP("corescope::cli::Errors",
                                        "the native runtime's option (Python decides what a "
                                        "dead worker does)")))
            return false;
    }
    if (!python
        && (refuse("start-method",
                      QT_TRANSLATE_NOOP("corescope::cli::Errors",
                                        "a Python start method: add --runtime python"))
            || refuse("python",
                      QT_TRANSLATE_NOOP("corescope::cli::Errors",
                                        "names the interpreter of --runtime python")))) {
        return false;
    }
    return true;
}

bool refuseMpiOptionsWithout(const QCommandLineParser &parser, bool mpi, const char *howToAdd)
{
    for (const char *flag : {"hosts", "hostfile", "mpirun"}) {
        if (parser.isSet(QLatin1String(flag)) && !mpi) {
            usageError(QCoreApplication::translate("corescope::cli::Errors",
                                                   "--%1: an MPI mode option: add %2")
                           .arg(QLatin1String(flag), QLatin1String(howToAdd)));
            return true;
        }
    }
    return false;
}

QList<QCommandLineOption> sharedRunOptions()
{
    return {
        {QStringLiteral("runtime"),
         QCoreApplication::translate(
             "corescope::cli::Help",
             "native (the kernels in C++, default) or python (a real CPython "
             "interpreter through Python's own APIs)."),
         QStringLiteral("native|python")},
        {QStringLiteral("api"),
         QCoreApplication::translate(
             "corescope::cli::Help",
             "executor.map (default), submit.as_completed, pool.map, pool.imap or "
             "pool.imap_unordered (ThreadPoolExecutor / ThreadPool or "
             "ProcessPoolExecutor / multiprocessing.Pool by mode), in both runtimes: "
             "when results are handed back (pool.map: in order, all at the end; "
             "executor.map, pool.imap: in order, as they arrive; pool.imap_unordered, "
             "submit.as_completed: as completed) and the default chunksize."),
         QStringLiteral("api")},
        {QStringLiteral("start-method"),
         QCoreApplication::translate(
             "corescope::cli::Help",
             "Python runtime, processes: fork, spawn or forkserver (default: the "
             "interpreter's own)."),
         QCoreApplication::translate("corescope::cli::ValueName", "method")},
        {QStringLiteral("python"),
         QCoreApplication::translate("corescope::cli::Help",
                                     "Python runtime: the interpreter (default: python3 on PATH)."),
         QCoreApplication::translate("corescope::cli::ValueName", "PATH")},
        {QStringLiteral("chunksize"),
         QCoreApplication::translate(
             "corescope::cli::Help",
             "Tasks sent to a worker at once (default: the API's own, as in Python: "
             "pool.map ceil(tasks / (4 x workers)), the others 1)."),
         QStringLiteral("K")},
        {QStringLiteral("ordering"),
         QCoreApplication::translate(
             "corescope::cli::Help",
             "Older name for --api, kept for old scripts: ordered-batch is pool.map, "
             "ordered-stream pool.imap, as-completed pool.imap_unordered."),
         QCoreApplication::translate("corescope::cli::ValueName", "ordering")},
        {QStringLiteral("switch-interval"),
         QCoreApplication::translate(
             "corescope::cli::Help",
             "GIL switch interval in ms (default 5, as sys.getswitchinterval()); "
             "with --runtime python, sys.setswitchinterval."),
         QStringLiteral("ms")},
        {QStringLiteral("scale"),
         QCoreApplication::translate(
             "corescope::cli::Help",
             "The work per task, multiplied: 0.1 to 100 (default 1). Waiting and "
             "spinning tasks last X times as long; compute kernels run round(X) "
             "times (at least once) on the same input; results never change."),
         QStringLiteral("X")},
        {QStringLiteral("sample-hz"),
         QCoreApplication::translate(
             "corescope::cli::Help",
             "Per-core utilization samples per second (default 20; 0 = off)."),
         QStringLiteral("HZ")},
        {QStringLiteral("process-per-task"),
         QCoreApplication::translate(
             "corescope::cli::Help",
             "Processes mode: a new worker process for every chunk, as one Process per "
             "input (shows start-up cost).")},
        {QStringLiteral("task-timeout"),
         QCoreApplication::translate(
             "corescope::cli::Help",
             "Processes mode: kill a worker whose task runs longer than MS ms "
             "(default 0 = off)."),
         QStringLiteral("MS")},
        {QStringLiteral("on-worker-death"),
         QCoreApplication::translate(
             "corescope::cli::Help",
             "Processes mode: fail the run (default, as BrokenProcessPool) or respawn "
             "the worker and retry its task once."),
         QStringLiteral("fail|respawn")},
        {QStringLiteral("hosts"),
         QCoreApplication::translate(
             "corescope::cli::Help",
             "MPI mode: the hosts and how many ranks each takes, as mpirun's --host "
             "(default: this machine)."),
         QCoreApplication::translate("corescope::cli::ValueName", "host:slots,...")},
        {QStringLiteral("hostfile"),
         QCoreApplication::translate("corescope::cli::Help",
                                     "MPI mode: an Open MPI hostfile, instead of --hosts."),
         QCoreApplication::translate("corescope::cli::ValueName", "file")},
        {QStringLiteral("mpirun"),
         QCoreApplication::translate("corescope::cli::Help",
                                     "MPI mode: the mpirun to start (default: mpirun on PATH)."),
         QCoreApplication::translate("corescope::cli::ValueName", "PATH")},
        {{QStringLiteral("q"), QStringLiteral("quiet")},
         QCoreApplication::translate("corescope::cli::Help",
                                     "No progress line and no summary; errors only.")},
    };
}

} // namespace corescope::cli
