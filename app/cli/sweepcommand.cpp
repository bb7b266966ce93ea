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

std::string sweepTable(const SweepResult &s)
{
    std::string text;
    char buf[256];
    // The column heads in the command line's language, padded to their columns as a terminal
    // shows them (snprintf pads bytes: a Cyrillic letter is two, a Hangul syllable three bytes
    // but two columns).
    const auto head = [](const char *word, int width, bool left) {
        const QString shown = QCoreApplication::translate("corescope::cli::Sweep", word);
        const QString fill(std::max(0, width - terminalColumns(shown)), QLatin1Char(' '));
        return QString(left ? shown + fill : fill + shown).toStdString();
    };
    text += head(QT_TRANSLATE_NOOP("corescope::cli::Sweep", "series"), 29, true) + ' '
        + head(QT_TRANSLATE_NOOP("corescope::cli::Sweep", "workers"), 7, false) + ' '
        + head(QT_TRANSLATE_NOOP("corescope::cli::Sweep", "median"), 10, false) + ' '
        + head(QT_TRANSLATE_NOOP("corescope::cli::Sweep", "min"), 10, false) + ' '
        + head(QT_TRANSLATE_NOOP("corescope::cli::Sweep", "max"), 10, false) + ' '
        + head(QT_TRANSLATE_NOOP("corescope::cli::Sweep", "speedup"), 8, false) + ' '
        + head(QT_TRANSLATE_NOOP("corescope::cli::Sweep", "efficiency"), 10, false) + ' '
        + head("Karp-Flatt", 10, false) + '\n';
    for (const SweepPoint &p : s.points) {
        if (!p.error.empty()) {
            std::snprintf(buf, sizeof buf, "%-29s %7d   ", p.series.label().c_str(), p.workers);
            text += buf
                + QCoreApplication::translate("corescope::cli::Sweep", "failed: %1")
                      .arg(QString::fromStdString(p.error))
                      .toStdString()
                + '\n';
            continue;
        }
        if (p.wallSeconds.empty())
            continue;
        const std::string kf = p.karpFlatt ? std::to_string(*p.karpFlatt).substr(0, 6) : "-";
        std::snprintf(buf, sizeof buf, "%-29s %7d %10s %10s %10s %7.2fx %9.0f%% %10s\n",
                      p.series.label().c_str(), p.workers,
                      formatDuration(p.median, kDurationFormat).c_str(),
                      formatDuration(p.min, kDurationFormat).c_str(),
                      formatDuration(p.max, kDurationFormat).c_str(), p.speedup,
                      p.efficiency * 100.0, kf.c_str());
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
        text += QCoreApplication::translate(
                    "corescope::cli::Sweep",
                    "%1 beyond one host's %2 cores, Amdahl fit up to %2 (serial fraction %3):")
                    .arg(QString::fromStdString(series.label()))
                    .arg(cores)
                    .arg(QString::number(checked->fit.serialFraction, 'f', 3))
                    .toStdString();
        for (const PredictionCheck &c : checked->checks)
            text += QCoreApplication::translate("corescope::cli::Sweep",
                                                " predicted %1x at %2, measured %3x;")
                        .arg(QString::number(c.predicted, 'f', 1))
                        .arg(c.workers)
                        .arg(QString::number(c.measured, 'f', 1))
                        .toStdString();
        text.back() = '\n';
    }
    for (const SeriesFit &f : s.fits) {
        text += QCoreApplication::translate(
                    "corescope::cli::Sweep",
                    "Amdahl fit, %1: serial fraction %2 +- %3; predicted speedup %4x at 8 cores, "
                    "%5x at 16, %6x at 64 (a prediction, not a measurement)\n")
                    .arg(QString::fromStdString(f.series.label()),
                         QString::number(f.fit.serialFraction, 'f', 3),
                         QString::number(f.fit.standardError, 'f', 3),
                         QString::number(f.fit.predict(8), 'f', 1),
                         QString::number(f.fit.predict(16), 'f', 1),
                         QString::number(f.fit.predict(64), 'f', 1))
                    .toStdString();
    }
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
        "and an Amdahl fit per mode with predicted speedups at 8, 16 and 64 cores."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("WORKLOAD"),
        QCoreApplication::translate("corescope::cli::Help",
                                    "A shipped workload id or name, or a JSON file."));
    parser.addOptions({
        {QStringLiteral("modes"),
         QCoreApplication::translate(
             "corescope::cli::Help",
             "Comma-separated: serial, threads, threads+gil, processes, each with an "
             "optional py: or native: runtime (py:threads,native:threads) "
             "(default: all four)."),
         QStringLiteral("list")},
        {QStringLiteral("workers"),
         QCoreApplication::translate(
             "corescope::cli::Help",
             "Worker counts: a range 1-8, a list 1,2,4,8, or both (default 1 to 2 x cores)."),
         QStringLiteral("counts")},
        {QStringLiteral("repeat"),
         QCoreApplication::translate("corescope::cli::Help",
                                     "Runs per point; the median is plotted (default 3)."),
         QStringLiteral("N")},
        {QStringLiteral("no-warm-up"),
         QCoreApplication::translate("corescope::cli::Help", "Skip the discarded warm-up run.")},
        {QStringLiteral("report"),
         QCoreApplication::translate("corescope::cli::Help", "Write the sweep as a JSON report."),
         QStringLiteral("file")},
        {QStringLiteral("csv"),
         QCoreApplication::translate("corescope::cli::Help",
                                     "Write one CSV row per point (hyperfine's shape)."),
         QStringLiteral("file")},
        {QStringLiteral("chart"),
         QCoreApplication::translate(
             "corescope::cli::Help",
             "Draw the speedup chart to a .png, .svg or .pdf file (no display needed)."),
         QStringLiteral("file")},
        {QStringLiteral("efficiency-chart"),
         QCoreApplication::translate("corescope::cli::Help",
                                     "Draw the efficiency chart to a .png, .svg or .pdf file."),
         QStringLiteral("file")},
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
        print(stderr,
              QStringLiteral("corescope: ") + i18n::engineText(problem) + QLatin1Char('\n'));
        return ExitUsage;
    }
    if (!quiet) {
        std::string series;
        for (const auto &s : spec.series)
            series += (series.empty() ? "" : ", ") + s.label();
        print(stdout,
              QCoreApplication::translate("corescope::cli::Sweep",
                                          "%1: sweep over %2; workers %3; %4 repeats\n")
                  .arg(QString::fromStdString(spec.workload->name), QString::fromStdString(series),
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
                                         .arg(QString::fromStdString(p.current), -50));
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
        print(stderr,
              QCoreApplication::translate("corescope::cli::Errors", "corescope: sweep failed: %1")
                      .arg(QString::fromStdString(result.error))
                  + QLatin1Char('\n'));
    else if (result.status == "cancelled")
        print(stderr,
              QCoreApplication::translate("corescope::cli::Errors",
                                          "corescope: sweep cancelled; finished points kept")
                  + QLatin1Char('\n'));

    using SweepWriter = std::function<std::string(const SweepResult &, const std::string &)>;
    const auto chart = [](const char *kind) -> SweepWriter {
        return [kind](const SweepResult &r, const std::string &path) {
            return g_sweepCharts ? g_sweepCharts(r, kind, path)
                                 : QCoreApplication::translate("corescope::cli::Errors",
                                                               "charts need the GUI libraries, not "
                                                               "built here")
                                       .toStdString();
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
