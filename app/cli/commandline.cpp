#include "app/cli/commandline.h"

#include "app/i18n/language.h"

#include "app/cli/clisupport.h"

#include "app/cli/runsummary.h"
#include "core/exec/python/equivalent.h"
#include "core/analysis/diagnosis.h"
#include "app/jobs/jobrunner.h"
#include "core/engine/runjob.h"
#include "core/engine/sweep.h"
#include "core/io/chrometracewriter.h"
#include "core/io/csvwriter.h"
#include "core/io/reportwriter.h"
#include "core/io/runoptionsio.h"
#include "core/lessons/lesson.h"
#include "core/sample/cpusampler.h"
#include "core/workload/catalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QLocale>
#include <QFileInfo>

#include <csignal>
#include <optional>
#include <cstdio>
#include <unistd.h>

namespace corescope::cli {

namespace {

const QStringList kCommands{QStringLiteral("run"), QStringLiteral("sweep"),
                            QStringLiteral("workloads"), QStringLiteral("lessons")};


QString topLevelHelp()
{
    return QCoreApplication::translate(
        "corescope::cli::Help",
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
        "  --lang CODE       the language of all text: en, ko or ru (default: the system's)\n"
        "\n"
        "Exit codes: 0 ok; 1 the run failed (a worker died, a result mismatched) or an output\n"
        "            could not be written after it;\n"
        "            2 bad usage or bad input; 130 interrupted (Ctrl+C), 143 terminated (SIGTERM),\n"
        "            129 hung up (SIGHUP): the run is cancelled and its report still written.\n");
}

// --- corescope workloads -------------------------------------------------------------------

int listWorkloads()
{
    // Names and descriptions in the language, as the window says them; the ids and kernel
    // names are what the command line takes, so they stay as they are.
    static const char *const kHeader[] = {
        QT_TRANSLATE_NOOP("corescope::cli::Workloads", "ID"),
        QT_TRANSLATE_NOOP("corescope::cli::Workloads", "NAME"),
        QT_TRANSLATE_NOOP("corescope::cli::Workloads", "KERNEL"),
        QT_TRANSLATE_NOOP("corescope::cli::Workloads", "TASKS"),
        QT_TRANSLATE_NOOP("corescope::cli::Workloads", "DESCRIPTION")};
    QString header[std::size(kHeader)];
    for (std::size_t i = 0; i < std::size(kHeader); ++i)
        header[i] = QCoreApplication::translate("corescope::cli::Workloads", kHeader[i]);
    struct Row {
        QString id, name, kernel, tasks, description;
    };
    std::vector<Row> rows;
    int idWidth = terminalWidth(header[0]), nameWidth = terminalWidth(header[1]),
        kernelWidth = terminalWidth(header[2]), tasksWidth = terminalWidth(header[3]);
    for (const auto &e : shippedWorkloads()) {
        Row row{QString::fromStdString(e.id), i18n::workloadName(e.workload),
                QString::fromLatin1(e.workload.kernelInfo().name),
                QString::number(e.workload.taskCount()),
                i18n::workloadDescription(e.workload)};
        idWidth = std::max(idWidth, terminalWidth(row.id));
        nameWidth = std::max(nameWidth, terminalWidth(row.name));
        kernelWidth = std::max(kernelWidth, terminalWidth(row.kernel));
        tasksWidth = std::max(tasksWidth, terminalWidth(row.tasks));
        rows.push_back(std::move(row));
    }
    const auto line = [&](const QString &id, const QString &name, const QString &kernel,
                          const QString &tasks, const QString &description) -> QString {
        return padToColumns(id, idWidth) + QStringLiteral("  ") + padToColumns(name, nameWidth)
            + QStringLiteral("  ") + padToColumns(kernel, kernelWidth) + QStringLiteral("  ")
            + QString(tasksWidth - terminalWidth(tasks), QLatin1Char(' ')) + tasks
            + QStringLiteral("  ") + description + QLatin1Char('\n');
    };
    QString out = line(header[0], header[1], header[2], header[3], header[4]);
    for (const Row &row : rows)
        out += line(row.id, row.name, row.kernel, row.tasks, row.description);
    print(stdout, out);
    return ExitOk;
}

// --- corescope lessons -------------------------------------------------------------------

std::string lessonCommand(const Lesson &l)
{
    const RunOptions o = lessonOptions(l, logicalCoreCount());
    std::string cmd = "corescope run " + std::string(l.workload) + " --mode "
        + io::runOptionText(o, "mode");
    if (o.mode != Mode::Serial)
        cmd += " -j " + io::runOptionText(o, "workers");
    if (o.runtime == Runtime::Python)
        cmd += " --runtime python";
    if (o.api != RunOptions{}.api)
        cmd += " --api " + io::runOptionText(o, "api");
    // A chunksize that is the API's default anyway goes unsaid.
    if (o.chunksize != 0 && (o.api == PyApi::PoolMap || o.chunksize != 1))
        cmd += " --chunksize " + io::runOptionText(o, "chunksize");
    if (o.startMethod != StartMethod::Default)
        cmd += " --start-method " + io::runOptionText(o, "start_method");
    if (o.gil)
        cmd += " --gil";
    return cmd;
}

QString lessonsTr(const char *text)
{
    return QCoreApplication::translate("corescope::cli::Lessons", text);
}

QString figuresText(const Lesson &l)
{
    QStringList parts;
    for (const TutorialFigure &f : l.figures)
        parts << QCoreApplication::translate("corescope::cli::Lessons", "%1 %2 s")
                     .arg(i18n::lessonText(f.what), QLocale().toString(f.seconds, 'f', 3));
    return parts.join(QStringLiteral(", "));
}

int listLessons(const QStringList &rest)
{
    if (rest.size() > 2)
        return usageError(QCoreApplication::translate("corescope::cli::Errors",
                                                      "lessons: unexpected argument \"%1\"")
                              .arg(rest.at(2)));
    if (rest.size() == 2) {
        const Lesson *l = lessonById(rest.at(1).toStdString());
        if (!l)
            return usageError(QCoreApplication::translate(
                                  "corescope::cli::Errors",
                                  "lessons: no lesson \"%1\"; 'corescope lessons' lists them")
                                  .arg(rest.at(1)));
        const RunOptions o = lessonOptions(*l, logicalCoreCount());
        const QString execution = QCoreApplication::translate(
            kExecutionLabelContext, executionLabel(o.mode, o.gil, o.runtime).data());
        QString text = i18n::lessonText(l->title) + QLatin1Char('\n')
            + (o.runtime == Runtime::Python
                   ? QCoreApplication::translate("corescope::cli::Lessons",
                                                 "Runs on: %1 (a real Python interpreter)")
                   : QCoreApplication::translate("corescope::cli::Lessons",
                                                 "Runs on: %1 (native C++ kernels)"))
                  .arg(execution)
            + QStringLiteral("\n\n")
            + QCoreApplication::translate("corescope::cli::Lessons", "Look for: %1")
                  .arg(i18n::lessonText(l->lookFor))
            + QStringLiteral("\n\n")
            + QCoreApplication::translate("corescope::cli::Lessons", "Then try: %1")
                  .arg(i18n::lessonText(l->thenTry))
            + QStringLiteral("\n\n")
            + QCoreApplication::translate("corescope::cli::Lessons", "From: %1")
                  .arg(i18n::lessonText(l->seed))
            + QLatin1Char('\n');
        if (!l->figures.empty())
            text += QCoreApplication::translate("corescope::cli::Lessons",
                                                "The tutorial printed (its author's machine): %1")
                        .arg(figuresText(*l))
                + QLatin1Char('\n');
        text += QCoreApplication::translate("corescope::cli::Lessons",
                                            "Run it: %1   (or: corescope run --lesson %2)")
                    .arg(QString::fromStdString(lessonCommand(*l)), QString::fromLatin1(l->id))
            + QLatin1Char('\n');
        print(stdout, text);
        return ExitOk;
    }
    QString out;
    for (const Tutorial &t : tutorials()) {
        QString lessons;
        for (const Lesson &l : allLessons()) {
            if (&tutorialOf(l) != &t)
                continue;
            // Ids and commands stay in their columns: a script may read them.
            QString id = QString::fromLatin1(l.id);
            id = id.leftJustified(std::max<qsizetype>(id.size() + 2, 22), QLatin1Char(' '));
            lessons += QStringLiteral("  ") + id + i18n::lessonText(l.title) + QLatin1Char('\n')
                + QString(24, QLatin1Char(' ')) + QString::fromStdString(lessonCommand(l))
                + QLatin1Char('\n');
        }
        if (lessons.isEmpty())
            continue;
        out += (t.id.empty() ? i18n::lessonText(t.title)
                             : QStringLiteral("%1 (%2): %3")
                                   .arg(QString::fromLatin1(t.id), i18n::lessonText(t.language),
                                        i18n::lessonText(t.title)))
            + QLatin1Char('\n') + lessons + QLatin1Char('\n');
    }
    out += lessonsTr("'corescope lessons ID' explains one; 'corescope run --lesson ID' runs it.")
        + QLatin1Char('\n');
    print(stdout, out);
    return ExitOk;
}

// --- corescope run -------------------------------------------------------------------------

std::string progressLine(const RunSnapshot &s)
{
    const double elapsed = static_cast<double>(s.elapsedNs) / 1e9;
    const double rate = elapsed > 0 ? static_cast<double>(s.tasksFinished) / elapsed : 0.0;
    const double share = s.tasksTotal ? double(s.tasksFinished) / double(s.tasksTotal) : 0.0;
    constexpr int kBar = 24;
    const int filled = static_cast<int>(share * kBar);
    std::string bar(static_cast<std::size_t>(filled), '#');
    bar.resize(kBar, '.');
    QString eta = QStringLiteral("--");
    if (rate > 0 && s.tasksFinished < s.tasksTotal)
        eta = durationText(double(s.tasksTotal - s.tasksFinished) / rate);
    return QString(QLatin1Char('\r')
            + QCoreApplication::translate("corescope::cli::Summary",
                                          "[%1] %2/%3 tasks  %4  %5 tasks/s  ETA %6   ")
                  .arg(QString::fromStdString(bar))
                  .arg(s.tasksFinished)
                  .arg(s.tasksTotal)
                  .arg(durationText(elapsed), QString::number(rate, 'f', 1), eta))
        .toStdString();
}


// A finding in the command line's language: its marked format translated, its arguments as
// `text` writes them (the C spelling of numbers, as the rest of the summary). English is `text`.
std::string findingText(const Finding &f)
{
    if (!f.format || !*f.format)
        return f.text;
    const QString format = QCoreApplication::translate(kDiagnosisContext, f.format);
    QString out;
    for (qsizetype i = 0; i < format.size(); ++i) {
        const QChar c = format.at(i);
        if (c == QLatin1Char('%') && i + 1 < format.size() && format.at(i + 1) >= QLatin1Char('1')
            && format.at(i + 1) <= QLatin1Char('9')) {
            const auto n = static_cast<std::size_t>(format.at(i + 1).unicode() - u'1');
            ++i;
            if (n < f.args.size())
                out += f.args[n].type == FindingArg::Type::RunLabel
                    ? i18n::runLabelText(f.args[n].text)
                    : QString::fromStdString(findingArgText(f.args[n]));
            continue;
        }
        out += c;
    }
    return out.toStdString();
}

std::string diagnosisText(const RunResult &result)
{
    const auto findings = diagnose(result);
    if (findings.empty())
        return {};
    std::string text =
        QCoreApplication::translate("corescope::cli::Summary", "why:").toStdString() + '\n';
    for (const Finding &f : findings)
        text += "  - " + findingText(f) + '\n';
    return text;
}

int runWorkload(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "corescope::cli::Help",
        "Runs WORKLOAD headless and prints a summary: wall time, tasks/s, each worker's busy\n"
        "share and the results checked against the workload's expected values."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QCoreApplication::translate("corescope::cli::ValueName", "WORKLOAD"),
        QCoreApplication::translate("corescope::cli::Help",
                                    "A shipped workload id or name, or a JSON file."));
    const RunOptions defaults;
    parser.addOptions({
        {QStringLiteral("mode"),
         QCoreApplication::translate("corescope::cli::Help",
                                     "serial, threads, processes or mpi (MPI ranks through Open "
                                     "MPI's mpirun; default processes)."),
         QCoreApplication::translate("corescope::cli::ValueName", "mode")},
        {{QStringLiteral("j"), QStringLiteral("workers")},
         QCoreApplication::translate("corescope::cli::Help",
                                     "Number of workers (default: the machine's logical cores)."),
         QStringLiteral("N")},
        {QStringLiteral("gil"),
         QCoreApplication::translate("corescope::cli::Help",
                                     "Threads mode: emulate Python's GIL.")},
        {QStringLiteral("lesson"),
         QCoreApplication::translate(
             "corescope::cli::Help",
             "Run a lesson's workload with its options (see 'corescope lessons'); "
             "other options given override them."),
         QCoreApplication::translate("corescope::cli::ValueName", "id")},
        {QStringLiteral("report"),
         QCoreApplication::translate("corescope::cli::Help", "Write the run as a JSON report."),
         QCoreApplication::translate("corescope::cli::ValueName", "file")},
        {QStringLiteral("csv"),
         QCoreApplication::translate("corescope::cli::Help", "Write one CSV row per task."),
         QCoreApplication::translate("corescope::cli::ValueName", "file")},
        {QStringLiteral("trace"),
         QCoreApplication::translate("corescope::cli::Help",
                                     "Write a Chrome Trace Event file (opens in ui.perfetto.dev)."),
         QCoreApplication::translate("corescope::cli::ValueName", "file")},
        {QStringLiteral("chart"),
         QCoreApplication::translate(
             "corescope::cli::Help",
             "Draw the task timeline to a .png, .svg or .pdf file (no display needed)."),
         QCoreApplication::translate("corescope::cli::ValueName", "file")},
        {QStringLiteral("cpu-chart"),
         QCoreApplication::translate("corescope::cli::Help",
                                     "Draw the per-core utilization to a .png, .svg or .pdf file."),
         QCoreApplication::translate("corescope::cli::ValueName", "file")},
        {QStringLiteral("show-python"),
         QCoreApplication::translate(
             "corescope::cli::Help",
             "Print the Python program that does what these options do (for the "
             "Python runtime, the calls it makes) and exit without running.")},
    });
    parser.addOptions(chartSizeOptions());
    parser.addOptions(sharedRunOptions());
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (helpRequested(parser)) {
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
            return usageError(QCoreApplication::translate(
                                  "corescope::cli::Errors",
                                  "--lesson: no lesson \"%1\"; 'corescope lessons' lists them")
                                  .arg(parser.value(QStringLiteral("lesson"))));
        options = lessonOptions(*lesson, logicalCoreCount());
    }
    if (!runOption(parser, QStringLiteral("mode"), "mode", options)
        || !runOption(parser, QStringLiteral("workers"), "workers", options)
        || !readSharedRunOptions(parser, options)
        || refuseMpiOptionsWithout(parser, options.mode == Mode::Mpi, "--mode mpi"))
        return ExitUsage;
    ChartFileSize chartSize;
    if (!readChartOptions(parser, chartSize))
        return ExitUsage;
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    // A serial run is one loop in one thread. A worker count given with it is dropped, and
    // said so; not refused, so a script that loops over the modes with one -j still runs.
    if (options.mode == Mode::Serial && parser.isSet(QStringLiteral("workers"))
        && options.workers != 1 && !quiet)
        print(stderr, QCoreApplication::translate("corescope::cli::Errors",
                                                  "corescope: note: a serial run has one worker; "
                                                  "--workers %1 is not used (--mode threads or "
                                                  "processes uses it)\n")
                          .arg(options.workers));
    if (options.mode == Mode::Serial)
        options.workers = 1;
    // Likewise a start method where no process is started: said, and not recorded as used.
    if (options.runtime == Runtime::Python && options.mode != Mode::Processes
        && parser.isSet(QStringLiteral("start-method"))) {
        if (!quiet)
            print(stderr, QCoreApplication::translate(
                              "corescope::cli::Errors",
                              "corescope: note: --start-method is not used: it is how "
                              "multiprocessing starts --mode processes' workers (got --mode %1)\n")
                              .arg(QString::fromUtf8(modeName(options.mode).data())));
        options.startMethod = StartMethod::Default;
    }
    options.gil = parser.isSet(QStringLiteral("gil")) || (lesson && lesson->options.gil
                                                          && options.mode == Mode::Threads);
    if (options.gil && options.runtime == Runtime::Python)
        return usageError(
            QCoreApplication::translate("corescope::cli::Errors",
                                        "--gil: the emulated GIL is the native runtime's; "
                                        "Python threads run under the real one"));
    if (options.gil && options.mode != Mode::Threads)
        return usageError(
            QCoreApplication::translate("corescope::cli::Errors",
                                        "--gil: the emulated GIL applies to threads mode only "
                                        "(got --mode %1)")
                .arg(QString::fromUtf8(modeName(options.mode).data())));
    noteUnusedOptions(parser, options, quiet);

    int exitCode = ExitOk;
    const auto workload = lesson && parser.positionalArguments().isEmpty()
        ? loadWorkload(std::string(lesson->workload), exitCode)
        : loadWorkloadArgument(parser, "run", exitCode);
    if (!workload)
        return exitCode;
    if (parser.isSet(QStringLiteral("show-python"))) {
        print(stdout, pythonEquivalent(*workload, options, shippedKernelsSource()));
        return ExitOk;
    }
    if (!outputsWritable(parser, {"report", "csv", "trace", "chart", "cpu-chart"}, *workload))
        return ExitUsage;
    if (lesson && !quiet)
        print(stdout,
              QCoreApplication::translate("corescope::cli::Lessons", "Lesson: %1")
                      .arg(i18n::lessonText(lesson->title))
                  + QLatin1Char('\n')
                  + QCoreApplication::translate("corescope::cli::Lessons", "Look for: %1")
                        .arg(i18n::lessonText(lesson->lookFor))
                  + QStringLiteral("\n\n"));
    std::optional<InterruptHandlers> interrupts(std::in_place);
    jobs::JobRunner runner;
    std::string problem;
    if (runner.startRun(workload, options, &problem) == 0) {   // validated here, once
        print(stderr,
              QStringLiteral("corescope: ") + i18n::engineText(problem) + QLatin1Char('\n'));
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
    const int interruptExit = InterruptHandlers::exitCode();
    const bool interrupted = InterruptHandlers::received() != 0;
    interrupts.reset();   // writing the outputs below: a signal now ends the program
    if (showProgress)
        print(stderr, "\r" + std::string(100, ' ') + "\r");

    const RunResult &result = *finished;
    if (result.failedBeforeStart) {
        // The workload's own Python code did not load: bad input, said as such, with no
        // summary of a run that never started.
        print(stderr, QStringLiteral("corescope: ") + i18n::engineText(result.error) + QLatin1Char('\n'));
        return ExitUsage;
    }
    if (!quiet)
        print(stdout, summaryText(result) + diagnosisText(result));
    if (result.status == RunStatus::Failed)
        print(stderr,
              QCoreApplication::translate("corescope::cli::Errors", "corescope: run failed: %1")
                      .arg(i18n::engineText(result.error))
                  + QLatin1Char('\n'));
    else if (result.status == RunStatus::Cancelled)
        print(stderr,
              QCoreApplication::translate("corescope::cli::Errors",
                                          "corescope: run cancelled; %1 finished results kept")
                      .arg(result.tasksDone())
                  + QLatin1Char('\n'));

    using RunWriter = std::function<std::string(const RunResult &, const std::string &)>;
    const auto chart = [&chartSize](const char *kind) {
        return chartWriter<RunResult>(g_runCharts, kind, chartSize);
    };
    const bool written = writeOutputs<RunResult, RunWriter>(
        parser, result, quiet,
        {{"report", writeRunReportFile}, {"csv", writeTasksCsvFile}, {"trace", writeChromeTraceFile},
         {"chart", chart("timeline")}, {"cpu-chart", chart("cpu")}});
    const bool writeFailed = !written;
    // -q left the summary to the files: one that could not be written (a full disk) leaves the
    // summary as what is kept of the run.
    if (writeFailed && quiet)
        print(stdout, summaryText(result) + diagnosisText(result));

    if (cancelled || (interrupted && result.status == RunStatus::Cancelled))
        return interruptExit;
    if (result.status != RunStatus::Ok)
        return ExitRunFailed;
    return writeFailed ? ExitRunFailed : ExitOk;
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
    if (kCommands.contains(first) || isHelpWord(first) || first == QLatin1String("--version")
        || first == QLatin1String("-v"))
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

bool applyCommandLineLanguage(const QString &lang, bool given)
{
    const QString language = i18n::resolveLanguage(given ? lang : QString());
    if (language.isEmpty() || (given && lang.isEmpty())) {
        print(stderr,
              QCoreApplication::translate("corescope::cli::Errors",
                                          "corescope: --lang: expected en, ko or ru, got \"%1\"\n")
                  .arg(lang));
        return false;
    }
    i18n::applyLanguage(language);
    return true;
}

int runCommandLine(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (isHelpWord(command)) {
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
            return usageError(QCoreApplication::translate("corescope::cli::Errors",
                                                          "workloads: unexpected argument \"%1\"")
                                  .arg(rest.at(1)));
        return listWorkloads();
    }
    if (command == QLatin1String("run") || command == QLatin1String("sweep"))
        setHelpCommand(command);   // (lessons has no options of its own to list)
    if (command == QLatin1String("run"))
        return runWorkload(rest);
    if (command == QLatin1String("sweep"))
        return sweepWorkload(rest);
    if (command == QLatin1String("lessons"))
        return listLessons(rest);
    return usageError(
        QCoreApplication::translate("corescope::cli::Errors", "unknown command \"%1\"")
            .arg(command));
}

} // namespace corescope::cli
