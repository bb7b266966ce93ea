#include "app/cli/clisupport.h"

#include "app/cli/runsummary.h"
#include "app/jobs/jobrunner.h"
#include "core/analysis/scaling.h"
#include "core/engine/sweep.h"
#include "core/io/csvwriter.h"
#include "core/io/sweepreport.h"
#include "core/sample/cpusampler.h"

#include <QEventLoop>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace corescope::cli {

namespace {

// "11.7x (9.8-13.9x)": a prediction with its 95 % interval.
std::string predictionText(double predicted, const std::optional<AmdahlFit::Interval> &interval)
{
    char buf[96];
    if (interval)
        std::snprintf(buf, sizeof buf, "%.1fx (%.1f-%.1fx)", predicted, interval->low,
                      interval->high);
    else
        std::snprintf(buf, sizeof buf, "%.1fx", predicted);
    return buf;
}

// The fit's lines: f with its interval, the predictions with theirs (none without an
// interval: a prediction is never printed without its uncertainty), then its warnings.
std::string fitText(const SeriesFit &f)
{
    const AmdahlFit &fit = f.fit;
    const std::string label = f.series.label();
    char buf[512];
    std::string text;
    const auto fInterval = fit.serialFractionInterval();
    if (!fInterval) {
        std::snprintf(buf, sizeof buf,
                      "Amdahl fit, %s: serial fraction %.3f from 1 point; no prediction (one "
                      "point leaves its uncertainty unknown)\n",
                      label.c_str(), fit.serialFraction);
        text += buf;
    } else {
        std::snprintf(buf, sizeof buf,
                      "Amdahl fit, %s: serial fraction %.3f (95%% interval %.3f-%.3f) from %d "
                      "points, %.0f%% off the curve; predicted speedup %s at 8 cores, %s at 16, "
                      "%s at 64 (predictions with their 95%% intervals, not measurements)\n",
                      label.c_str(), fit.serialFraction, fInterval->low, fInterval->high,
                      fit.points, fit.relativeError * 100.0,
                      predictionText(fit.predict(8), fit.predictInterval(8)).c_str(),
                      predictionText(fit.predict(16), fit.predictInterval(16)).c_str(),
                      predictionText(fit.predict(64), fit.predictInterval(64)).c_str());
        text += buf;
    }
    for (const FitWarning w : fitWarnings(fit)) {
        if (w == FitWarning::TooFewPoints)
            std::snprintf(buf, sizeof buf,
                          "warning: Amdahl fit, %s: only %d point%s with more than one worker "
                          "(within the cores); %d or more are needed before its predictions "
                          "mean much\n",
                          label.c_str(), fit.points, fit.points == 1 ? "" : "s",
                          kMinReliableFitPoints);
        else
            std::snprintf(buf, sizeof buf,
                          "warning: Amdahl fit, %s: a poor fit, the measured speedups are %.0f%% "
                          "off its curve on average (more than %.0f%%): the workload does not "
                          "follow Amdahl's law here; do not trust its predictions\n",
                          label.c_str(), fit.relativeError * 100.0, kPoorFitRelativeError * 100.0);
        text += buf;
    }
    return text;
}

std::string sweepTable(const SweepResult &s)
{
    std::string text;
    char buf[256];
    std::snprintf(buf, sizeof buf, "%-29s %7s %10s %10s %10s %8s %10s %10s\n", "series", "workers",
                  "median", "min", "max", "speedup", "efficiency", "Karp-Flatt");
    text += buf;
    for (const SweepPoint &p : s.points) {
        if (!p.error.empty()) {
            std::snprintf(buf, sizeof buf, "%-29s %7d   failed: ", p.series.label().c_str(), p.workers);
            text += buf + p.error + '\n';
            continue;
        }
        if (p.wallSeconds.empty())
            continue;
        const std::string kf = p.karpFlatt ? std::to_string(*p.karpFlatt).substr(0, 6) : "-";
        std::snprintf(buf, sizeof buf, "%-29s %7d %10s %10s %10s %7.2fx %9.0f%% %10s%s\n",
                      p.series.label().c_str(), p.workers,
                      formatDuration(p.median, kDurationFormat).c_str(),
                      formatDuration(p.min, kDurationFormat).c_str(),
                      formatDuration(p.max, kDurationFormat).c_str(), p.speedup,
                      p.efficiency * 100.0, kf.c_str(), p.shortRun() ? " *" : "");
        text += buf;
    }
    // MPI ranks go beyond one host: the fit from the points up to this host's cores, checked
    // against every larger rank count measured.
    for (const SweepSeries &series : s.spec.series) {
        if (series.mode != Mode::Mpi)
            continue;
        std::vector<ScalingPoint> points;
        for (const SweepPoint &p : s.points)
            if (p.series == series && p.error.empty() && !p.wallSeconds.empty())
                points.push_back({p.workers, p.speedup});
        const int cores = std::max(1, s.machine.logicalCores);
        const auto checked = checkPredictionsBeyond(points, cores);
        if (!checked || checked->checks.empty())
            continue;
        std::snprintf(buf, sizeof buf,
                      "%s beyond one host's %d cores, Amdahl fit up to %d (serial fraction %.3f):",
                      series.label().c_str(), cores, cores, checked->fit.serialFraction);
        text += buf;
        for (const PredictionCheck &c : checked->checks) {
            std::snprintf(buf, sizeof buf, " predicted %s at %d, measured %.1fx;",
                          predictionText(c.predicted, c.interval).c_str(), c.workers, c.measured);
            text += buf;
        }
        text.back() = '\n';
        if (!checked->checks.empty() && !checked->checks.front().interval)
            text += "warning: " + series.label()
                + ": a fit of one point has no uncertainty; the predictions above are not "
                  "reliable\n";
    }
    for (const SeriesFit &f : s.fits)
        text += fitText(f);
    if (const int shortRuns = s.shortRuns(); shortRuns > 0) {
        std::snprintf(buf, sizeof buf,
                      "warning: %d point%s (marked *) ran under %.0f ms (median): start-up and "
                      "timer noise weigh on them (efficiency above 100 %% is noise); give the "
                      "workload more or bigger tasks so that a run takes at least %.0f ms\n",
                      shortRuns, shortRuns == 1 ? "" : "s", kShortRunSeconds * 1000.0,
                      kShortRunSeconds * 1000.0);
        text += buf;
    }
    return text;
}

} // namespace

int sweepWorkload(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs WORKLOAD over modes and worker counts, with repeats and one warm-up run, and prints\n"
        "speedup (against the serial run), efficiency, the Karp-Flatt serial fraction per point\n"
        "and an Amdahl fit per mode with predicted speedups at 8, 16 and 64 cores, each with its\n"
        "95% interval. Warns about points whose median run is under 200 ms (marked *) and about\n"
        "fits of fewer than 3 points (more than one worker) or more than 10% off their curve."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("WORKLOAD"),
                                 QStringLiteral("A shipped workload id or name, or a JSON file."));
    parser.addOptions({
        {QStringLiteral("modes"),
         QStringLiteral("Comma-separated: serial, threads, threads+gil, processes, each with an "
                        "optional py: or native: runtime (py:threads,native:threads) "
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
    parser.addOptions(chartSizeOptions());
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
    ChartFileSize chartSize;
    if (!readChartSizeOptions(parser, chartSize))
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
        return usageError(QStringLiteral("--modes: ") + QString::fromStdString(error));
    spec.series = *series;
    if (refuseMpiOptionsWithout(parser,
                                std::any_of(spec.series.begin(), spec.series.end(),
                                            [](const SweepSeries &s) { return s.mode == Mode::Mpi; }),
                                "mpi to --modes"))
        return ExitUsage;
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
    const auto chart = [&chartSize](const char *kind) -> SweepWriter {
        return [kind, chartSize](const SweepResult &r, const std::string &path) {
            return g_sweepCharts ? g_sweepCharts(r, kind, path, chartSize)
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

} // namespace corescope::cli
