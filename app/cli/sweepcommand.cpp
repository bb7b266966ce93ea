#include "app/cli/clisupport.h"
#include "app/cli/runsummary.h"
#include "app/i18n/language.h"
#include "app/jobs/jobrunner.h"
#include "core/analysis/scaling.h"
#include "core/engine/sweep.h"
#include "core/io/csvwriter.h"
#include "core/io/sweepreport.h"
#include "core/sample/cpusampler.h"

#include <QEventLoop>

#include <algorithm>
#include <csignal>
#include <optional>
#include <cstdio>
#include <unistd.h>

namespace corescope::cli {

namespace {

// The columns a text takes on a terminal: East Asian wide characters (Hangul, CJK) two.
int terminalColumns(const QString &text)
{
    int columns = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF)
            || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF)
            || (u >= 0xFF00 && u <= 0xFF60);
        columns += wide ? 2 : 1;
    }
    return columns;
}

// "11.7x (9.8-13.9x)": a prediction with its 95 % interval (numbers in the C spelling).
QString predictionText(double predicted, const std::optional<AmdahlFit::Interval> &interval)
{
    const auto x = [](double v) { return QString::number(v, 'f', 1); };
    return interval ? QStringLiteral("%1x (%2-%3x)").arg(x(predicted), x(interval->low),
                                                        x(interval->high))
                    : QStringLiteral("%1x").arg(x(predicted));
}

QString sweepText(const char *format)
{
    return QCoreApplication::translate("corescope::cli::Sweep", format);
}

QString seriesText(const SweepSeries &series)
{
    return i18n::executionText(series.mode, series.gil, series.runtime);
}

// The fit's lines: f with its interval, the predictions with theirs (none without an
// interval: a prediction is never printed without its uncertainty), then its warnings.
std::string fitText(const SeriesFit &f, int cores)
{
    const AmdahlFit &fit = f.fit;
    const QString label = seriesText(f.series);
    const auto fixed = [](double v, int decimals) { return QString::number(v, 'f', decimals); };
    QString text;
    const auto fInterval = fit.serialFractionInterval();
    if (!fInterval) {
        text += sweepText(QT_TRANSLATE_NOOP("corescope::cli::Sweep",
                                            "Amdahl fit, %1: serial fraction %2 from 1 point; no "
                                            "prediction (one point leaves its uncertainty "
                                            "unknown)"))
                    .arg(label, fixed(fit.serialFraction, 3));
    } else {
        text += sweepText(QT_TRANSLATE_NOOP(
                              "corescope::cli::Sweep",
                              "Amdahl fit, %1: serial fraction %2 (95% interval %3-%4) from %5 "
                              "points, %6% off the curve; predicted speedup %7 at 8 cores, %8 at "
                              "16, %9 at 64 (predictions with their 95% intervals, not "
                              "measurements)"))
                    .arg(label, fixed(fit.serialFraction, 3), fixed(fInterval->low, 3),
                         fixed(fInterval->high, 3), QString::number(fit.points),
                         fixed(fit.relativeError * 100.0, 0),
                         predictionText(fit.predict(8), fit.predictInterval(8)),
                         predictionText(fit.predict(16), fit.predictInterval(16)),
                         predictionText(fit.predict(64), fit.predictInterval(64)));
    }
    text += QLatin1Char('\n');
    // A machine of few cores gives few points, whatever the sweep: then the warning says so,
    // rather than asking this machine for points it cannot give.
    const bool coresLimit = fitLimitedByCores(fit, cores);
    for (const FitWarning w : fitWarnings(fit)) {
        if (w == FitWarning::TooFewPoints && coresLimit)
            text += (fit.points == 1
                         ? sweepText(QT_TRANSLATE_NOOP(
                               "corescope::cli::Sweep",
                               "warning: Amdahl fit, %1: on %2 cores only 1 point with more "
                               "than one worker fits within them, and a fit of one point "
                               "predicts nothing; sweep on a machine of %3 or more cores for "
                               "predictions"))
                               .arg(label)
                               .arg(cores)
                               .arg(kMinReliableFitPoints + 1)
                         : sweepText(QT_TRANSLATE_NOOP(
                               "corescope::cli::Sweep",
                               "warning: Amdahl fit, %1: on %2 cores only %3 points with more "
                               "than one worker fit within them; its predictions need %4 or more "
                               "(a machine of %5 or more cores)"))
                               .arg(label)
                               .arg(cores)
                               .arg(fit.points)
                               .arg(kMinReliableFitPoints)
                               .arg(kMinReliableFitPoints + 1));
        else if (w == FitWarning::TooFewPoints)
            text += (fit.points == 1
                         ? sweepText(QT_TRANSLATE_NOOP(
                               "corescope::cli::Sweep",
                               "warning: Amdahl fit, %1: only 1 point with more than one worker "
                               "(within the cores); %2 or more are needed before its predictions "
                               "mean much"))
                               .arg(label)
                               .arg(kMinReliableFitPoints)
                         : sweepText(QT_TRANSLATE_NOOP(
                               "corescope::cli::Sweep",
                               "warning: Amdahl fit, %1: only %2 points with more than one "
                               "worker (within the cores); %3 or more are needed before its "
                               "predictions mean much"))
                               .arg(label)
                               .arg(fit.points)
                               .arg(kMinReliableFitPoints));
        else
            text += sweepText(QT_TRANSLATE_NOOP(
                                  "corescope::cli::Sweep",
                                  "warning: Amdahl fit, %1: a poor fit, the measured speedups are "
                                  "%2% off its curve on average (more than %3%): the workload does "
                                  "not follow Amdahl's law here; do not trust its predictions"))
                        .arg(label, fixed(fit.relativeError * 100.0, 0),
                             fixed(kPoorFitRelativeError * 100.0, 0));
        text += QLatin1Char('\n');
    }
    return text.toStdString();
}

std::string sweepTable(const SweepResult &s)
{
    std::string text;
    char buf[256];
    // The column heads in the command line's language, padded to their columns as a terminal
    // shows them (snprintf pads bytes: a Cyrillic letter is two, a Hangul syllable three bytes
    // but two columns).
    const auto padded = [](const QString &shown, int width, bool left) {
        const QString fill(std::max(0, width - terminalColumns(shown)), QLatin1Char(' '));
        return QString(left ? shown + fill : fill + shown).toStdString();
    };
    const auto head = [&padded](const char *word, int width, bool left) {
        return padded(QCoreApplication::translate("corescope::cli::Sweep", word), width, left);
    };
    text += head(QT_TRANSLATE_NOOP("corescope::cli::Sweep", "series"), 29, true) + ' '
        + head(QT_TRANSLATE_NOOP("corescope::cli::Sweep", "workers"), 7, false) + ' '
        + head(QT_TRANSLATE_NOOP("corescope::cli::Sweep", "median"), 10, false) + ' '
        + head(QT_TRANSLATE_NOOP("corescope::cli::Sweep", "min"), 10, false) + ' '
        + head(QT_TRANSLATE_NOOP("corescope::cli::Sweep", "max"), 10, false) + ' '
        + head(QT_TRANSLATE_NOOP("corescope::cli::Sweep", "speedup"), 8, false) + ' '
        + head(QT_TRANSLATE_NOOP("corescope::cli::Sweep", "efficiency"), 10, false) + ' '
        + head("Karp-Flatt", 10, false) + '\n';
    // The series in the command line's language, padded as the heads are.
    const auto seriesColumn = [&padded](const SweepSeries &series) {
        return padded(seriesText(series), 29, true);
    };
    // Durations with their unit in the language ("мс"), padded as the heads are.
    const auto duration = [&padded](double seconds) { return padded(durationText(seconds), 10, false); };
    for (const SweepPoint &p : s.points) {
        if (!p.error.empty()) {
            std::snprintf(buf, sizeof buf, " %7d   ", p.workers);
            text += seriesColumn(p.series) + buf
                + QCoreApplication::translate("corescope::cli::Sweep", "failed: %1")
                      .arg(i18n::engineText(p.error))
                      .toStdString()
                + '\n';
            continue;
        }
        if (p.wallSeconds.empty())
            continue;
        const std::string kf = p.karpFlatt ? std::to_string(*p.karpFlatt).substr(0, 6) : "-";
        text += seriesColumn(p.series);
        std::snprintf(buf, sizeof buf, " %7d ", p.workers);
        text += buf + duration(p.median) + ' ' + duration(p.min) + ' ' + duration(p.max);
        std::snprintf(buf, sizeof buf, " %7.2fx %9.0f%% %10s%s\n", p.speedup,
                      p.efficiency * 100.0, kf.c_str(), p.shortRun() ? " *" : "");
        text += buf;
    }
    // MPI ranks go beyond one host: the fit from the points up to this host's cores, checked
    // against every larger rank count measured.
    for (const SweepSeries &series : s.spec.series) {
        if (series.mode != Mode::Mpi)
            continue;
        const int cores = std::max(1, s.machine.logicalCores);
        const auto checked = s.beyondOneHost(series);
        if (!checked)
            continue;
        text += sweepText(QT_TRANSLATE_NOOP(
                              "corescope::cli::Sweep",
                              "%1 beyond one host's %2 cores, Amdahl fit up to %2 (serial "
                              "fraction %3):"))
                    .arg(seriesText(series))
                    .arg(cores)
                    .arg(QString::number(checked->fit.serialFraction, 'f', 3))
                    .toStdString();
        for (const PredictionCheck &c : checked->checks)
            text += sweepText(QT_TRANSLATE_NOOP("corescope::cli::Sweep",
                                                " predicted %1 at %2, measured %3x;"))
                        .arg(predictionText(c.predicted, c.interval))
                        .arg(c.workers)
                        .arg(QString::number(c.measured, 'f', 1))
                        .toStdString();
        text.back() = '\n';
        if (!checked->checks.empty() && !checked->checks.front().interval)
            text += sweepText(QT_TRANSLATE_NOOP("corescope::cli::Sweep",
                                                "warning: %1: a fit of one point has no "
                                                "uncertainty; the predictions above are not "
                                                "reliable"))
                        .arg(seriesText(series))
                        .toStdString()
                + '\n';
    }
    if (!s.pythonVersion.empty())
        text += sweepText(QT_TRANSLATE_NOOP("corescope::cli::Sweep", "Python runs: Python %1 (%2)"))
                    .arg(QString::fromStdString(s.pythonVersion),
                         QString::fromStdString(s.pythonInterpreter))
                    .toStdString()
            + '\n';
    for (const SeriesFit &f : s.fits)
        text += fitText(f, s.machine.logicalCores);
    if (const int shortRuns = s.shortRuns(); shortRuns > 0) {
        const QString ms = QString::number(kShortRunSeconds * 1000.0, 'f', 0);
        text += (shortRuns == 1
                     ? sweepText(QT_TRANSLATE_NOOP(
                           "corescope::cli::Sweep",
                           "warning: 1 point (marked *) ran under %1 ms (median): start-up and "
                           "timer noise weigh on it (efficiency above 100 % is noise); give the "
                           "workload more or bigger tasks so that a run takes at least %1 ms"))
                           .arg(ms)
                     : sweepText(QT_TRANSLATE_NOOP(
                           "corescope::cli::Sweep",
                           "warning: %1 points (marked *) ran under %2 ms (median): start-up and "
                           "timer noise weigh on them (efficiency above 100 % is noise); give "
                           "the workload more or bigger tasks so that a run takes at least %2 "
                           "ms"))
                           .arg(shortRuns)
                           .arg(ms))
                    .toStdString()
            + '\n';
    }
    // A point slower than serial has a Karp-Flatt value above 1: the formula's, but no serial
    // fraction of the work, which is what the column is read as.
    if (std::any_of(s.points.begin(), s.points.end(), [](const SweepPoint &p) {
            return p.error.empty() && p.karpFlatt && *p.karpFlatt > 1.0;
        }))
        text += sweepText(QT_TRANSLATE_NOOP(
                              "corescope::cli::Sweep",
                              "note: a Karp-Flatt value above 1 is a point slower than the "
                              "serial run (speedup below 1): overhead, not a serial fraction of "
                              "the work"))
                    .toStdString()
            + '\n';
    return text;
}

} // namespace

int sweepWorkload(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "corescope::cli::Help",
        "Runs WORKLOAD over modes and worker counts, with repeats and one warm-up run, and prints\n"
        "speedup (against the serial run), efficiency, the Karp-Flatt serial fraction per point\n"
        "and an Amdahl fit per mode with predicted speedups at 8, 16 and 64 cores, each with its\n"
        "95% interval. Warns about points whose median run is under 200 ms (marked *) and about\n"
        "fits of fewer than 3 points (more than one worker) or more than 10% off their curve."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QCoreApplication::translate("corescope::cli::ValueName", "WORKLOAD"),
        QCoreApplication::translate("corescope::cli::Help",
                                    "A shipped workload id or name, or a JSON file."));
    parser.addOptions({
        {QStringLiteral("modes"),
         QCoreApplication::translate(
             "corescope::cli::Help",
             "Comma-separated: serial, threads, threads+gil, processes, each with an "
             "optional py: or native: runtime (py:threads,native:threads) "
             "(default: all four)."),
         QCoreApplication::translate("corescope::cli::ValueName", "list")},
        {QStringLiteral("workers"),
         QCoreApplication::translate(
             "corescope::cli::Help",
             "Worker counts: a range 1-8, a list 1,2,4,8, or both (default 1 to 2 x cores)."),
         QCoreApplication::translate("corescope::cli::ValueName", "counts")},
        {QStringLiteral("repeat"),
         QCoreApplication::translate("corescope::cli::Help",
                                     "Runs per point; the median is plotted (default 3)."),
         QStringLiteral("N")},
        {QStringLiteral("no-warm-up"),
         QCoreApplication::translate("corescope::cli::Help", "Skip the discarded warm-up run.")},
        {QStringLiteral("report"),
         QCoreApplication::translate("corescope::cli::Help", "Write the sweep as a JSON report."),
         QCoreApplication::translate("corescope::cli::ValueName", "file")},
        {QStringLiteral("csv"),
         QCoreApplication::translate("corescope::cli::Help",
                                     "Write one CSV row per point (hyperfine's shape)."),
         QCoreApplication::translate("corescope::cli::ValueName", "file")},
        {QStringLiteral("chart"),
         QCoreApplication::translate(
             "corescope::cli::Help",
             "Draw the speedup chart to a .png, .svg or .pdf file (no display needed)."),
         QCoreApplication::translate("corescope::cli::ValueName", "file")},
        {QStringLiteral("efficiency-chart"),
         QCoreApplication::translate("corescope::cli::Help",
                                     "Draw the efficiency chart to a .png, .svg or .pdf file."),
         QCoreApplication::translate("corescope::cli::ValueName", "file")},
    });
    parser.addOptions(chartSizeOptions());
    parser.addOptions(sharedRunOptions());
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (helpRequested(parser)) {
        print(stdout, parser.helpText().replace(QStringLiteral("corescope [options]"),
                                                 QStringLiteral("corescope sweep [options]")));
        return ExitOk;
    }
    SweepSpec spec;
    spec.base.sampleHz = 0;   // a sweep measures wall times only; keep its runs undisturbed
    if (!readSharedRunOptions(parser, spec.base, /*checkRuntimes=*/false))
        return ExitUsage;
    ChartFileSize chartSize;
    if (!readChartOptions(parser, chartSize))
        return ExitUsage;
    spec.warmUp = !parser.isSet(QStringLiteral("no-warm-up"));
    if (!intOption(parser, QStringLiteral("repeat"), 1, SweepSpec::kMaxRepeats, spec.repeats))
        return ExitUsage;
    std::string error;
    // Python has no emulated GIL to sweep: its threads run under the real one.
    const std::string modes = parser.isSet(QStringLiteral("modes"))
        ? parser.value(QStringLiteral("modes")).toStdString()
        : std::string(spec.base.runtime == Runtime::Python ? "serial,threads,processes"
                                                           : "serial,threads,threads+gil,processes");
    auto series = SweepSpec::parseModes(modes, error, spec.base.runtime);
    if (!series)
        return usageError(QStringLiteral("--modes: ") + i18n::engineText(error));
    spec.series = *series;
    const auto sweeps = [&spec](Runtime runtime) {
        return std::any_of(spec.series.begin(), spec.series.end(),
                           [runtime](const SweepSeries &s) { return s.runtime == runtime; });
    };
    // (A sweep of py: modes takes the Python options without --runtime python.)
    if (!refuseOtherRuntimesOptions(parser, sweeps(Runtime::Python), sweeps(Runtime::Native)))
        return ExitUsage;
    if (refuseMpiOptionsWithout(parser,
                                std::any_of(spec.series.begin(), spec.series.end(),
                                            [](const SweepSeries &s) { return s.mode == Mode::Mpi; }),
                                "mpi to --modes"))
        return ExitUsage;
    std::string counts = parser.isSet(QStringLiteral("workers"))
        ? parser.value(QStringLiteral("workers")).toStdString()
        : "1-" + std::to_string(2 * logicalCoreCount());
    auto workers = SweepSpec::parseWorkerList(counts, error);
    if (!workers)
        return usageError(QStringLiteral("--workers: ") + i18n::engineText(error));
    spec.workerCounts = *workers;
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    // Serial runs have one worker: a sweep of serial only measures its baseline once, whatever
    // the counts asked for. Said, as the run command says an option it does not use.
    const bool serialOnly = std::all_of(spec.series.begin(), spec.series.end(),
                                        [](const SweepSeries &s) { return s.mode == Mode::Serial; });
    if (serialOnly) {
        if (!quiet && parser.isSet(QStringLiteral("workers")))
            print(stderr, QCoreApplication::translate(
                              "corescope::cli::Sweep",
                              "corescope: note: --workers does nothing for a sweep of serial "
                              "runs only (one worker each), and is not used\n"));
        spec.workerCounts = {1};   // the plan printed and saved is the one measured
        counts = "1";
    }

    int exitCode = ExitOk;
    spec.workload = loadWorkloadArgument(parser, "sweep", exitCode);
    if (!spec.workload)
        return exitCode;
    if (!outputsWritable(parser, {"report", "csv", "chart", "efficiency-chart"},
                         *spec.workload))
        return ExitUsage;
    std::optional<InterruptHandlers> interrupts(std::in_place);
    jobs::JobRunner runner;
    std::string problem;
    if (runner.startSweep(spec, &problem) == 0) {   // validated here, once
        print(stderr,
              QStringLiteral("corescope: ") + i18n::engineText(problem) + QLatin1Char('\n'));
        return ExitUsage;
    }
    if (!quiet) {
        QString series;
        for (const auto &s : spec.series)
            series += (series.isEmpty() ? QString() : QStringLiteral(", ")) + seriesText(s);
        print(stdout,
              (spec.repeats == 1
                   ? QCoreApplication::translate("corescope::cli::Sweep",
                                                 "%1: sweep over %2; workers %3; %4 repeat\n")
                   : QCoreApplication::translate("corescope::cli::Sweep",
                                                 "%1: sweep over %2; workers %3; %4 repeats\n"))
                  .arg(i18n::workloadName(*spec.workload), series,
                       QString::fromStdString(counts))
                  .arg(spec.repeats));
    }
    const bool showProgress = !quiet && isatty(STDERR_FILENO);
    std::shared_ptr<const SweepResult> finished;
    QEventLoop loop;
    QObject::connect(&runner, &jobs::JobRunner::sweepProgressed, &loop,
                     [showProgress](quint64, const SweepJob::Progress &p,
                                    const std::shared_ptr<const SweepResult> &) {
                         if (!showProgress)
                             return;
                         print(stderr,
                               QLatin1Char('\r')
                                   + QCoreApplication::translate("corescope::cli::Sweep",
                                                                 "[run %1/%2] %3")
                                         .arg(p.runsDone + 1)
                                         .arg(p.runsTotal)
                                         .arg(i18n::engineText(p.current), -50));
                     });
    QObject::connect(&runner, &jobs::JobRunner::sweepFinished, &loop,
                     [&](quint64, const SweepJob::Progress &,
                         std::shared_ptr<const SweepResult> sweep) {
                         finished = std::move(sweep);
                         loop.quit();
                     });
    const bool cancelled = waitForJob(runner, loop);
    const int interruptExit = InterruptHandlers::exitCode();
    interrupts.reset();   // writing the outputs below: a signal now ends the program
    if (showProgress)
        print(stderr, "\r" + std::string(100, ' ') + "\r");
    const SweepResult &result = *finished;
    if (result.failedBeforeStart) {
        // The workload's own Python code did not load, as `corescope run` says it.
        print(stderr, QStringLiteral("corescope: ") + i18n::engineText(result.error) + QLatin1Char('\n'));
        return ExitUsage;
    }
    if (!quiet)
        print(stdout, sweepTable(result));
    if (result.status == "failed")
        print(stderr,
              QCoreApplication::translate("corescope::cli::Errors", "corescope: sweep failed: %1")
                      .arg(i18n::engineText(result.error))
                  + QLatin1Char('\n'));
    else if (result.status == "cancelled")
        print(stderr,
              QCoreApplication::translate("corescope::cli::Errors",
                                          "corescope: sweep cancelled; finished points kept")
                  + QLatin1Char('\n'));

    using SweepWriter = std::function<std::string(const SweepResult &, const std::string &)>;
    const auto chart = [&chartSize](const char *kind) {
        return chartWriter<SweepResult>(g_sweepCharts, kind, chartSize);
    };
    const bool written = writeOutputs<SweepResult, SweepWriter>(
        parser, result, quiet,
        {{"report", writeSweepReportFile}, {"csv", writeSweepCsvFile}, {"chart", chart("speedup")},
         {"efficiency-chart", chart("efficiency")}});
    if (!written && quiet)   // as `run -q` does: the table is then what is kept
        print(stdout, sweepTable(result));
    if (cancelled)
        return interruptExit;
    if (result.status != "ok")
        return ExitRunFailed;
    return written ? ExitOk : ExitRunFailed;
}

} // namespace corescope::cli
