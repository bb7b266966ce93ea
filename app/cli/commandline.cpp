#include "app/cli/commandline.h"

#include "app/cli/runsummary.h"
#include "core/analysis/diagnosis.h"
#include "app/jobs/jobrunner.h"
#include "core/engine/runjob.h"
#include "core/engine/sweep.h"
#include "core/io/chrometracewriter.h"
#include "core/io/csvwriter.h"
#include "core/io/reportwriter.h"
#include "core/io/runoptionsio.h"
#include "core/io/sweepreport.h"
#include "core/lessons/lesson.h"
#include "core/sample/cpusampler.h"
#include "core/workload/catalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <QFileInfo>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace corescope::cli {

namespace {

const QStringList kCommands{QStringLiteral("run"), QStringLiteral("sweep"),
                            QStringLiteral("workloads"), QStringLiteral("lessons")};

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

int usageError(const QString &message)
{
    print(stderr, QStringLiteral("corescope: ") + message
                      + QStringLiteral("\nTry 'corescope --help' for more information.\n"));
    return ExitUsage;
}

QString topLevelHelp()
{
    return QStringLiteral(
        "Usage: corescope [COMMAND] [OPTIONS]\n"
        "See parallelism: run a workload serially, on threads or on processes, and watch the\n"
        "cores, the per-worker timeline and the speedup. Without a command, opens the window.\n"
        "\n"
        "Commands:\n"
        "  run WORKLOAD      run a workload headless and print a summary\n"
        "  sweep WORKLOAD    run it over modes and worker counts: speedup, efficiency, Amdahl fit\n"
        "  workloads         list the shipped workloads\n"
        "  lessons [ID]      list the lessons of the teaching material, or explain one\n"
        "\n"
        "WORKLOAD is a shipped workload's id or name (see 'corescope workloads') or a path to a\n"
        "workload JSON file. 'corescope COMMAND --help' shows a command's options.\n"
        "\n"
        "Options:\n"
        "  -h, --help        show this help\n"
        "  -v, --version     show the version\n"
        "\n"
        "Exit codes: 0 ok; 1 the run failed (a worker died, a result mismatched);\n"
        "            2 bad usage or bad input; 130 interrupted (Ctrl+C; report still written).\n");
}

// --- corescope workloads -------------------------------------------------------------------

int listWorkloads()
{
    const auto entries = shippedWorkloads();
    std::size_t idWidth = 2, nameWidth = 4, kernelWidth = 6;
    for (const auto &e : entries) {
        idWidth = std::max(idWidth, e.id.size());
        nameWidth = std::max(nameWidth, e.workload.name.size());
        kernelWidth = std::max(kernelWidth, e.workload.kernelInfo().name.size());
    }
    const auto pad = [](std::string s, std::size_t w) {
        s.resize(std::max(s.size(), w), ' ');
        return s;
    };
    std::string out = pad("ID", idWidth) + "  " + pad("NAME", nameWidth) + "  "
        + pad("KERNEL", kernelWidth) + "  " + pad("TASKS", 9) + "  DESCRIPTION\n";
    for (const auto &e : entries) {
        std::string tasks = std::to_string(e.workload.taskCount());
        tasks.insert(0, tasks.size() < 9 ? 9 - tasks.size() : 0, ' ');
        out += pad(e.id, idWidth) + "  " + pad(e.workload.name, nameWidth) + "  "
            + pad(std::string(e.workload.kernelInfo().name), kernelWidth) + "  " + tasks + "  "
            + e.workload.description + '\n';
    }
    print(stdout, out);
    return ExitOk;
}

// --- corescope lessons -------------------------------------------------------------------

std::string lessonCommand(const Lesson &l)
{
    const RunOptions &o = l.options;
    std::string cmd = "corescope run " + std::string(l.workload) + " --mode "
        + io::runOptionText(o, "mode");
    if (o.mode != Mode::Serial)
        cmd += " -j " + io::runOptionText(o, "workers");
    if (o.chunksize != 1)
        cmd += " --chunksize " + io::runOptionText(o, "chunksize");
    if (o.ordering != Ordering::OrderedBatch)
        cmd += " --ordering " + io::runOptionText(o, "ordering");
    if (o.gil)
        cmd += " --gil";
    return cmd;
}

int listLessons(const QStringList &rest)
{
    if (rest.size() > 2)
        return usageError(QStringLiteral("lessons: unexpected argument \"%1\"").arg(rest.at(2)));
    if (rest.size() == 2) {
        const Lesson *l = lessonById(rest.at(1).toStdString());
        if (!l)
            return usageError(QStringLiteral("lessons: no lesson \"%1\"; 'corescope lessons' lists them")
                                  .arg(rest.at(1)));
        print(stdout, std::string(l->title) + "\n\nLook for: " + std::string(l->lookFor)
                          + "\n\nThen try: " + std::string(l->thenTry) + "\n\nFrom: "
                          + std::string(l->seed) + "\nRun it: " + lessonCommand(*l)
                          + "   (or: corescope run --lesson " + std::string(l->id) + ")\n");
        return ExitOk;
    }
    std::string out;
    for (const Lesson &l : allLessons()) {
        std::string id(l.id);
        id.resize(std::max<std::size_t>(id.size(), 18), ' ');
        out += id + std::string(l.title) + "\n" + std::string(20, ' ') + lessonCommand(l) + '\n';
    }
    out += "\n'corescope lessons ID' explains one; 'corescope run --lesson ID' runs it.\n";
    print(stdout, out);
    return ExitOk;
}

// --- corescope run -------------------------------------------------------------------------

std::atomic<bool> g_interrupted{false};

extern "C" void onSigint(int)
{
    g_interrupted.store(true);
    std::signal(SIGINT, SIG_DFL);   // a second Ctrl+C ends the program at once
}

/// Runs `loop` until the job's finished handler quits it; Ctrl+C cancels the job (its finished
/// signal still comes, with the results kept). True when Ctrl+C cancelled it.
bool waitForJob(jobs::JobRunner &runner, QEventLoop &loop)
{
    bool cancelled = false;
    QTimer interrupts;   // a signal handler may only set a flag: look at it 50 times a second
    interrupts.setInterval(20);
    QObject::connect(&interrupts, &QTimer::timeout, &loop, [&] {
        if (g_interrupted && !cancelled) {
            runner.cancel();
            cancelled = true;
        }
    });
    interrupts.start();
    loop.exec();
    return cancelled;
}

// Sets one run option from `--flag`'s value through the one RunOptions reader (its limits);
// on error prints "--workers: expected ..., got ..." and returns false.
bool runOption(const QCommandLineParser &parser, const QString &flag, std::string_view key,
               RunOptions &options)
{
    if (!parser.isSet(flag))
        return true;
    const std::string error =
        io::setRunOptionFromText(options, key, parser.value(flag).toStdString());
    if (error.empty())
        return true;
    usageError(QStringLiteral("--%1: %2").arg(flag, QString::fromStdString(error)));
    return false;
}

// Parses an integer option that is not a run option (--repeat); as runOption() otherwise.
bool intOption(const QCommandLineParser &parser, const QString &name, int min, int max, int &value)
{
    if (!parser.isSet(name))
        return true;
    const QString text = parser.value(name);
    bool ok = false;
    const qlonglong v = text.toLongLong(&ok);
    if (!ok || v < min || v > max) {
        usageError(QStringLiteral("--%1: expected a whole number from %2 to %3, got \"%4\"")
                       .arg(name)
                       .arg(min)
                       .arg(max)
                       .arg(text));
        return false;
    }
    value = static_cast<int>(v);
    return true;
}

std::string progressLine(const RunSnapshot &s)
{
    const double elapsed = static_cast<double>(s.elapsedNs) / 1e9;
    const double rate = elapsed > 0 ? static_cast<double>(s.tasksFinished) / elapsed : 0.0;
    const double share = s.tasksTotal ? double(s.tasksFinished) / double(s.tasksTotal) : 0.0;
    constexpr int kBar = 24;
    const int filled = static_cast<int>(share * kBar);
    std::string bar(static_cast<std::size_t>(filled), '#');
    bar.resize(kBar, '.');
    char buf[200];
    std::string eta = "--";
    if (rate > 0 && s.tasksFinished < s.tasksTotal)
        eta = formatDuration(double(s.tasksTotal - s.tasksFinished) / rate, kDurationFormat);
    std::snprintf(buf, sizeof buf, "\r[%s] %llu/%llu tasks  %s  %.1f tasks/s  ETA %s   ",
                  bar.c_str(), static_cast<unsigned long long>(s.tasksFinished),
                  static_cast<unsigned long long>(s.tasksTotal),
                  formatDuration(elapsed, kDurationFormat).c_str(), rate, eta.c_str());
    return buf;
}

std::shared_ptr<const Workload> loadWorkload(const std::string &nameOrPath, int &exitCode)
{
    auto loaded = resolveWorkload(nameOrPath);
    if (auto *error = std::get_if<WorkloadError>(&loaded)) {
        print(stderr, "corescope: " + error->toString() + '\n');
        exitCode = ExitUsage;
        return nullptr;
    }
    return std::make_shared<const Workload>(std::move(std::get<Workload>(loaded)));
}

// Loads the positional WORKLOAD; prints the error (file:line:col: field: message) on failure.
std::shared_ptr<const Workload> loadWorkloadArgument(const QCommandLineParser &parser,
                                                     const char *command, int &exitCode)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        exitCode = usageError(QStringLiteral("%1: missing WORKLOAD (a shipped id such as primes50, "
                                             "or a workload JSON file)")
                                  .arg(QLatin1String(command)));
        return nullptr;
    }
    if (positional.size() > 1) {
        exitCode = usageError(QStringLiteral("%1: unexpected argument \"%2\"")
                                  .arg(QLatin1String(command), positional.at(1)));
        return nullptr;
    }
    return loadWorkload(positional.first().toStdString(), exitCode);
}

// Options every command that runs shares; false after printing the usage error.
bool readSharedRunOptions(const QCommandLineParser &parser, RunOptions &options)
{
    if (parser.isSet(QStringLiteral("process-per-task")))
        options.processPerTask = true;
    return runOption(parser, QStringLiteral("ordering"), "ordering", options)
        && runOption(parser, QStringLiteral("chunksize"), "chunksize", options)
        && runOption(parser, QStringLiteral("sample-hz"), "sample_hz", options)
        && runOption(parser, QStringLiteral("switch-interval"), "switch_interval_ms", options)
        && runOption(parser, QStringLiteral("task-timeout"), "task_timeout_ms", options)
        && runOption(parser, QStringLiteral("on-worker-death"), "on_worker_death", options);
}

QList<QCommandLineOption> sharedRunOptions()
{
    return {
        {QStringLiteral("chunksize"), QStringLiteral("Tasks sent to a worker at once (default 1)."),
         QStringLiteral("K")},
        {QStringLiteral("ordering"),
         QStringLiteral("ordered-batch (map), ordered-stream (imap) or as-completed "
                        "(imap_unordered); default ordered-batch."),
         QStringLiteral("ordering")},
        {QStringLiteral("switch-interval"),
         QStringLiteral("GIL switch interval in ms (default 5, as sys.getswitchinterval())."),
         QStringLiteral("ms")},
        {QStringLiteral("sample-hz"),
         QStringLiteral("Per-core utilization samples per second (default 20; 0 = off)."),
         QStringLiteral("HZ")},
        {QStringLiteral("process-per-task"),
         QStringLiteral("Processes mode: a new worker process for every chunk, as one Process per "
                        "input (shows start-up cost).")},
        {QStringLiteral("task-timeout"),
         QStringLiteral("Processes mode: kill a worker whose task runs longer than MS ms "
                        "(default 0 = off)."),
         QStringLiteral("MS")},
        {QStringLiteral("on-worker-death"),
         QStringLiteral("Processes mode: fail the run (default, as BrokenProcessPool) or respawn "
                        "the worker and retry its task once."),
         QStringLiteral("fail|respawn")},
        {{QStringLiteral("q"), QStringLiteral("quiet")},
         QStringLiteral("No progress line and no summary; errors only.")},
    };
}

// Writes one output file per set option through `writer`; false if any failed.
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
            print(stderr, "corescope: --" + std::string(option) + ": " + error + '\n');
            ok = false;
        } else if (!quiet) {
            print(stdout, "wrote " + path.toStdString() + '\n');
        }
    }
    return ok;
}

std::string diagnosisText(const RunResult &result)
{
    const auto findings = diagnose(result);
    if (findings.empty())
        return {};
    std::string text = "why:\n";
    for (const Finding &f : findings)
        text += "  - " + f.text + '\n';
    return text;
}

int runWorkload(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs WORKLOAD headless and prints a summary: wall time, tasks/s, each worker's busy\n"
        "share and the results checked against the workload's expected values."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("WORKLOAD"),
                                 QStringLiteral("A shipped workload id or name, or a JSON file."));
    const RunOptions defaults;
    parser.addOptions({
        {QStringLiteral("mode"), QStringLiteral("serial, threads or processes (default processes)."),
         QStringLiteral("mode")},
        {{QStringLiteral("j"), QStringLiteral("workers")},
         QStringLiteral("Number of workers (default: the machine's logical cores)."), QStringLiteral("N")},
        {QStringLiteral("gil"), QStringLiteral("Threads mode: emulate Python's GIL.")},
        {QStringLiteral("lesson"),
         QStringLiteral("Run a lesson's workload with its options (see 'corescope lessons'); "
                        "other options given override them."),
         QStringLiteral("id")},
        {QStringLiteral("report"), QStringLiteral("Write the run as a JSON report."),
         QStringLiteral("file")},
        {QStringLiteral("csv"), QStringLiteral("Write one CSV row per task."), QStringLiteral("file")},
        {QStringLiteral("trace"),
         QStringLiteral("Write a Chrome Trace Event file (opens in ui.perfetto.dev)."),
         QStringLiteral("file")},
        {QStringLiteral("chart"),
         QStringLiteral("Draw the task timeline to a .png, .svg or .pdf file (no display needed)."),
         QStringLiteral("file")},
        {QStringLiteral("cpu-chart"),
         QStringLiteral("Draw the per-core utilization to a .png, .svg or .pdf file."),
         QStringLiteral("file")},
    });
    parser.addOptions(sharedRunOptions());
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        print(stdout, parser.helpText().replace(QStringLiteral("corescope [options]"),
                                                 QStringLiteral("corescope run [options]")));
        return ExitOk;
    }
    RunOptions options;
    options.workers = logicalCoreCount();
    const Lesson *lesson = nullptr;
    if (parser.isSet(QStringLiteral("lesson"))) {
        lesson = lessonById(parser.value(QStringLiteral("lesson")).toStdString());
        if (!lesson)
            return usageError(QStringLiteral("--lesson: no lesson \"%1\"; 'corescope lessons' lists them")
                                  .arg(parser.value(QStringLiteral("lesson"))));
        options = lesson->options;
        options.gil = lesson->options.gil;
    }
    if (!runOption(parser, QStringLiteral("mode"), "mode", options)
        || !runOption(parser, QStringLiteral("workers"), "workers", options)
        || !readSharedRunOptions(parser, options))
        return ExitUsage;
    if (options.mode == Mode::Serial)
        options.workers = 1;
    options.gil = parser.isSet(QStringLiteral("gil")) || (lesson && lesson->options.gil
                                                          && options.mode == Mode::Threads);
    if (options.gil && options.mode != Mode::Threads)
        return usageError(QStringLiteral("--gil: the emulated GIL applies to threads mode only "
                                         "(got --mode %1)")
                              .arg(QString::fromUtf8(modeName(options.mode).data())));
    const bool quiet = parser.isSet(QStringLiteral("quiet"));

    int exitCode = ExitOk;
    const auto workload = lesson && parser.positionalArguments().isEmpty()
        ? loadWorkload(std::string(lesson->workload), exitCode)
        : loadWorkloadArgument(parser, "run", exitCode);
    if (!workload)
        return exitCode;
    if (lesson && !quiet)
        print(stdout, "Lesson: " + std::string(lesson->title) + "\nLook for: "
                          + std::string(lesson->lookFor) + "\n\n");
    g_interrupted = false;
    auto previous = std::signal(SIGINT, onSigint);
    jobs::JobRunner runner;
    std::string problem;
    if (runner.startRun(workload, options, &problem) == 0) {   // validated here, once
        std::signal(SIGINT, previous);
        print(stderr, "corescope: " + problem + '\n');
        return ExitUsage;
    }
    if (!quiet)
        print(stdout, headerText(*workload, options));

    const bool showProgress = !quiet && isatty(STDERR_FILENO);
    std::shared_ptr<const RunResult> finished;
    QEventLoop loop;
    QObject::connect(&runner, &jobs::JobRunner::runProgressed, &loop,
                     [showProgress](quint64, const std::shared_ptr<RunSnapshot> &snapshot) {
                         if (showProgress)
                             print(stderr, progressLine(*snapshot));
                     });
    QObject::connect(&runner, &jobs::JobRunner::runFinished, &loop,
                     [&](quint64, const std::shared_ptr<RunSnapshot> &,
                         std::shared_ptr<const RunResult> result) {
                         finished = std::move(result);
                         loop.quit();
                     });
    const bool cancelled = waitForJob(runner, loop);
    std::signal(SIGINT, previous);
    if (showProgress)
        print(stderr, "\r" + std::string(100, ' ') + "\r");

    const RunResult &result = *finished;
    if (!quiet)
        print(stdout, summaryText(result) + diagnosisText(result));
    if (result.status == RunStatus::Failed)
        print(stderr, "corescope: run failed: " + result.error + '\n');
    else if (result.status == RunStatus::Cancelled)
        print(stderr, std::string("corescope: run cancelled; ") + std::to_string(result.tasksDone())
                          + " finished results kept\n");

    using RunWriter = std::function<std::string(const RunResult &, const std::string &)>;
    const auto chart = [](const char *kind) -> RunWriter {
        return [kind](const RunResult &r, const std::string &path) {
            return g_runCharts ? g_runCharts(r, kind, path)
                               : std::string("charts need the GUI libraries, not built here");
        };
    };
    const bool written = writeOutputs<RunResult, RunWriter>(
        parser, result, quiet,
        {{"report", writeRunReportFile}, {"csv", writeTasksCsvFile}, {"trace", writeChromeTraceFile},
         {"chart", chart("timeline")}, {"cpu-chart", chart("cpu")}});
    const bool writeFailed = !written;

    if (cancelled || (g_interrupted && result.status == RunStatus::Cancelled))
        return ExitInterrupted;
    if (result.status != RunStatus::Ok)
        return ExitRunFailed;
    return writeFailed ? ExitRunFailed : ExitOk;
}

// --- corescope sweep -----------------------------------------------------------------------

std::string sweepTable(const SweepResult &s)
{
    std::string text;
    char buf[256];
    std::snprintf(buf, sizeof buf, "%-15s %7s %10s %10s %10s %8s %10s %10s\n", "series", "workers",
                  "median", "min", "max", "speedup", "efficiency", "Karp-Flatt");
    text += buf;
    for (const SweepPoint &p : s.points) {
        if (!p.error.empty()) {
            std::snprintf(buf, sizeof buf, "%-15s %7d   failed: ", p.series.label().c_str(), p.workers);
            text += buf + p.error + '\n';
            continue;
        }
        if (p.wallSeconds.empty())
            continue;
        const std::string kf = p.karpFlatt ? std::to_string(*p.karpFlatt).substr(0, 6) : "-";
        std::snprintf(buf, sizeof buf, "%-15s %7d %10s %10s %10s %7.2fx %9.0f%% %10s\n",
                      p.series.label().c_str(), p.workers,
                      formatDuration(p.median, kDurationFormat).c_str(),
                      formatDuration(p.min, kDurationFormat).c_str(),
                      formatDuration(p.max, kDurationFormat).c_str(), p.speedup,
                      p.efficiency * 100.0, kf.c_str());
        text += buf;
    }
    for (const SeriesFit &f : s.fits) {
        std::snprintf(buf, sizeof buf,
                      "Amdahl fit, %s: serial fraction %.3f +- %.3f; predicted speedup %.1fx at 8 "
                      "cores, %.1fx at 16, %.1fx at 64 (a prediction, not a measurement)\n",
                      f.series.label().c_str(), f.fit.serialFraction, f.fit.standardError,
                      f.fit.predict(8), f.fit.predict(16), f.fit.predict(64));
        text += buf;
    }
    return text;
}

int sweepWorkload(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs WORKLOAD over modes and worker counts, with repeats and one warm-up run, and prints\n"
        "speedup (against the serial run), efficiency, the Karp-Flatt serial fraction per point\n"
        "and an Amdahl fit per mode with predicted speedups at 8, 16 and 64 cores."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("WORKLOAD"),
                                 QStringLiteral("A shipped workload id or name, or a JSON file."));
    parser.addOptions({
        {QStringLiteral("modes"),
         QStringLiteral("Comma-separated: serial, threads, threads+gil, processes "
                        "(default: all four)."),
         QStringLiteral("list")},
        {QStringLiteral("workers"),
         QStringLiteral("Worker counts: a range 1-8, a list 1,2,4,8, or both (default 1 to 2 x cores)."),
         QStringLiteral("counts")},
        {QStringLiteral("repeat"), QStringLiteral("Runs per point; the median is plotted (default 3)."),
         QStringLiteral("N")},
        {QStringLiteral("no-warm-up"), QStringLiteral("Skip the discarded warm-up run.")},
        {QStringLiteral("report"), QStringLiteral("Write the sweep as a JSON report."),
         QStringLiteral("file")},
        {QStringLiteral("csv"), QStringLiteral("Write one CSV row per point (hyperfine's shape)."),
         QStringLiteral("file")},
        {QStringLiteral("chart"),
         QStringLiteral("Draw the speedup chart to a .png, .svg or .pdf file (no display needed)."),
         QStringLiteral("file")},
        {QStringLiteral("efficiency-chart"),
         QStringLiteral("Draw the efficiency chart to a .png, .svg or .pdf file."), QStringLiteral("file")},
    });
    parser.addOptions(sharedRunOptions());
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        print(stdout, parser.helpText().replace(QStringLiteral("corescope [options]"),
                                                 QStringLiteral("corescope sweep [options]")));
        return ExitOk;
    }
    SweepSpec spec;
    spec.base.sampleHz = 0;   // a sweep measures wall times only; keep its runs undisturbed
    if (!readSharedRunOptions(parser, spec.base))
        return ExitUsage;
    spec.warmUp = !parser.isSet(QStringLiteral("no-warm-up"));
    if (!intOption(parser, QStringLiteral("repeat"), 1, SweepSpec::kMaxRepeats, spec.repeats))
        return ExitUsage;
    std::string error;
    const std::string modes = parser.isSet(QStringLiteral("modes"))
        ? parser.value(QStringLiteral("modes")).toStdString()
        : std::string("serial,threads,threads+gil,processes");
    auto series = SweepSpec::parseModes(modes, error);
    if (!series)
        return usageError(QStringLiteral("--modes: ") + QString::fromStdString(error));
    spec.series = *series;
    const std::string counts = parser.isSet(QStringLiteral("workers"))
        ? parser.value(QStringLiteral("workers")).toStdString()
        : "1-" + std::to_string(2 * logicalCoreCount());
    auto workers = SweepSpec::parseWorkerList(counts, error);
    if (!workers)
        return usageError(QStringLiteral("--workers: ") + QString::fromStdString(error));
    spec.workerCounts = *workers;
    const bool quiet = parser.isSet(QStringLiteral("quiet"));

    int exitCode = ExitOk;
    spec.workload = loadWorkloadArgument(parser, "sweep", exitCode);
    if (!spec.workload)
        return exitCode;
    g_interrupted = false;
    auto previous = std::signal(SIGINT, onSigint);
    jobs::JobRunner runner;
    std::string problem;
    if (runner.startSweep(spec, &problem) == 0) {   // validated here, once
        std::signal(SIGINT, previous);
        print(stderr, "corescope: " + problem + '\n');
        return ExitUsage;
    }
    if (!quiet) {
        std::string series;
        for (const auto &s : spec.series)
            series += (series.empty() ? "" : ", ") + s.label();
        print(stdout, spec.workload->name + ": sweep over " + series + "; workers " + counts + "; "
                          + std::to_string(spec.repeats) + " repeats\n");
    }
    const bool showProgress = !quiet && isatty(STDERR_FILENO);
    std::shared_ptr<const SweepResult> finished;
    QEventLoop loop;
    QObject::connect(&runner, &jobs::JobRunner::sweepProgressed, &loop,
                     [showProgress](quint64, const SweepJob::Progress &p,
                                    const std::shared_ptr<const SweepResult> &) {
                         if (!showProgress)
                             return;
                         char buf[200];
                         std::snprintf(buf, sizeof buf, "\r[run %d/%d] %-50s", p.runsDone + 1,
                                       p.runsTotal, p.current.c_str());
                         print(stderr, std::string(buf));
                     });
    QObject::connect(&runner, &jobs::JobRunner::sweepFinished, &loop,
                     [&](quint64, const SweepJob::Progress &,
                         std::shared_ptr<const SweepResult> sweep) {
                         finished = std::move(sweep);
                         loop.quit();
                     });
    const bool cancelled = waitForJob(runner, loop);
    std::signal(SIGINT, previous);
    if (showProgress)
        print(stderr, "\r" + std::string(100, ' ') + "\r");
    const SweepResult &result = *finished;
    if (!quiet)
        print(stdout, sweepTable(result));
    if (result.status == "failed")
        print(stderr, "corescope: sweep failed: " + result.error + '\n');
    else if (result.status == "cancelled")
        print(stderr, "corescope: sweep cancelled; finished points kept\n");

    using SweepWriter = std::function<std::string(const SweepResult &, const std::string &)>;
    const auto chart = [](const char *kind) -> SweepWriter {
        return [kind](const SweepResult &r, const std::string &path) {
            return g_sweepCharts ? g_sweepCharts(r, kind, path)
                                 : std::string("charts need the GUI libraries, not built here");
        };
    };
    const bool written = writeOutputs<SweepResult, SweepWriter>(
        parser, result, quiet,
        {{"report", writeSweepReportFile}, {"csv", writeSweepCsvFile}, {"chart", chart("speedup")},
         {"efficiency-chart", chart("efficiency")}});
    if (cancelled)
        return ExitInterrupted;
    if (result.status != "ok")
        return ExitRunFailed;
    return written ? ExitOk : ExitRunFailed;
}

} // namespace

void setChartRenderers(SweepChartRenderer sweep, RunChartRenderer run)
{
    g_sweepCharts = std::move(sweep);
    g_runCharts = std::move(run);
}

bool wantsCharts(const QStringList &arguments)
{
    for (const QString &a : arguments)
        if (a.startsWith(QLatin1String("--chart")) || a.startsWith(QLatin1String("--cpu-chart"))
            || a.startsWith(QLatin1String("--efficiency-chart")))
            return true;
    return false;
}

bool isCommandLineInvocation(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    if (kCommands.contains(first) || first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("--version") || first == QLatin1String("-v"))
        return true;
    // `corescope primes.json` or `corescope gcd4` opens the window on that workload; any other
    // bare word is a mistyped command, answered on the terminal rather than in a window.
    if (first.startsWith(QLatin1Char('-')) || first.endsWith(QLatin1String(".json"))
        || QFileInfo::exists(first))
        return false;
    const std::string word = first.toStdString();
    for (const auto &entry : shippedWorkloads())
        if (entry.id == word)
            return false;
    return true;
}

int runCommandLine(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        print(stdout, topLevelHelp());
        return ExitOk;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        print(stdout, QStringLiteral("corescope %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    QStringList rest = arguments.mid(1);   // the command stands where the program name was
    if (command == QLatin1String("workloads")) {
        if (rest.size() > 1)
            return usageError(QStringLiteral("workloads: unexpected argument \"%1\"").arg(rest.at(1)));
        return listWorkloads();
    }
    if (command == QLatin1String("run"))
        return runWorkload(rest);
    if (command == QLatin1String("sweep"))
        return sweepWorkload(rest);
    if (command == QLatin1String("lessons"))
        return listLessons(rest);
    return usageError(QStringLiteral("unknown command \"%1\"").arg(command));
}

} // namespace corescope::cli
