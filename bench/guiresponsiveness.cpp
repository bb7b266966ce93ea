// corescope-gui-bench: issue 3's responsiveness promise, measured on the real main window.
//
// Opens the desktop lab (offscreen unless a display is asked for), runs the million-task
// workload in the modes a class would try, switches tabs half-way as a student would, and
// prints, per case (three runs), the event loop's 99th-percentile, worst and mean delay
// (EventLoopProbe: a 10 ms precise timer whose lateness is how long a click or a repaint would
// have waited) against issue 12's targets: p99 <= 16 ms (a frame) and worst <= 33 ms (two
// frames). The load average is printed with the figures: on a shared machine the delays are
// the machine's too.
// So is the part of the delays that was the event loop's own work: the delay less the time the
// GUI thread waited for a core meanwhile (its schedstat), as "own p99" and "own worst". On 2
// cores a run's two busy workers, its reader thread and the GUI thread take turns: there a
// stall can be all waiting. The targets are judged on the whole delays, over each case's
// kRunsPerCase runs taken together (one run has too few ticks for a 99th percentile).
//
// Then one long run (kLongRunS of 5 ms tasks, on the Live tab throughout): its delays and each
// chart's replots in three spans, each a third of its planned length (the last lasts to the
// run's end), first to last. Work on the GUI thread that grows with
// the run's length (the per-core chart's samples, the timeline's tasks) would show there as
// each span slower than the one before; the million-task cases, under a second each, cannot
// show it. The charts' axes span the whole run from its start, so their drawn part, and their
// replots, grow until the run's end fills them: the last span's replots are the ones to compare
// between runs of different lengths (--long-run), and they should not differ.
//
//   corescope-gui-bench [--quick] [--only TEXT] [--long-run S]
//       bench/run.sh runs it after the engine's figures. --only: the cases whose label has
//       TEXT; --quick: one run a case, a shorter long run; --long-run: its length in seconds
//       (0: none).
//
// Exit 0 when every run completed (a MISS is a report, not a failure), 1 when a run failed.

#include "app/charts/qcpinclude.h"
#include "app/gui/eventloopprobe.h"
#include "app/gui/mainwindow.h"
#include "app/gui/runstatusbar.h"
#include "app/models/taskmodel.h"
#include "core/exec/pythonexecutor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProgressBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

using namespace corescope;
using namespace corescope::gui;

namespace {

// Issue 12: the drain and the replot each within a frame's budget.
constexpr double kTargetP99Ms = 16.0;
constexpr double kTargetWorstMs = 33.0;
constexpr int kRunsPerCase = 3;
// The long run: its length (wall seconds on 2 workers) and its tasks' length.
constexpr int kLongRunS = 60;
constexpr int kLongRunQuickS = 15;
constexpr int kLongTaskMs = 5;

// The 1-minute load average, or -1 where /proc/loadavg cannot be read.
double loadAverage()
{
    double load = -1;
    if (FILE *f = std::fopen("/proc/loadavg", "r")) {
        if (std::fscanf(f, "%lf", &load) != 1)
            load = -1;
        std::fclose(f);
    }
    return load;
}

// Starts `probe`, splitting off the time the GUI thread waited for a core.
void startProbe(EventLoopProbe &probe)
{
    probe.setCountWaitForCpu(true);
    probe.start();
}

// One row of the report. recordsPerS < 0 leaves its column empty (a span of the long run);
// verdict may be empty. `worst` may be more than the probe saw (other probes over the same
// time).
void printRow(const char *label, double wallS, double recordsPerS, const EventLoopProbe &probe,
              double worst, const char *verdict)
{
    char records[16] = "";
    if (recordsPerS >= 0)
        std::snprintf(records, sizeof records, "%.0f", recordsPerS);
    std::printf("%-36s %8.2f %10s %8.1f %9.1f %8.2f %7lld %6.2f %8.1f %9.1f%s%s\n", label, wallS,
                records, probe.p99DelayMs(), worst, probe.meanDelayMs(),
                static_cast<long long>(probe.ticks()), loadAverage(), probe.p99OwnDelayMs(),
                probe.worstOwnDelayMs(), *verdict ? "  " : "", verdict);
}

// The verdict on a case: FAILED when a run did not complete, else whether the targets held.
const char *verdict(bool ok, double p99, double worst)
{
    if (!ok)
        return "FAILED (a run did not complete)";
    return p99 <= kTargetP99Ms && worst <= kTargetWorstMs ? "PASS" : "MISS";
}

struct Case {
    const char *label;
    Mode mode;
    int chunksize;
    Runtime runtime = Runtime::Native;
    PyApi api = PyApi::ExecutorMap;
};

// Runs the event loop until `done` holds or `timeoutMs` passed; true when it held. The loop
// sleeps between events as QApplication::exec() does, and looks at `done` every
// kCheckIntervalMs. (A loop of processEvents() calls never sleeps: it kept the GUI thread
// busy on one of the two cores the run's workers need, and the delays it measured were partly
// its own.)
template <typename Pred>
bool spinUntil(Pred done, int timeoutMs)
{
    constexpr int kCheckIntervalMs = 10;
    QElapsedTimer clock;
    clock.start();
    if (done())
        return true;
    QEventLoop loop;
    bool held = false;
    QTimer check;
    check.setTimerType(Qt::PreciseTimer);
    check.setInterval(kCheckIntervalMs);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        held = done();
        if (held || clock.elapsed() > timeoutMs)
            loop.quit();
    });
    check.start();
    loop.exec();
    return held;
}

// Each chart's replots during a case and the time they took (drawing into its buffers, not the
// paint that follows): a chart that replots more often than its data changes shows here.
class ReplotMeter {
public:
    explicit ReplotMeter(QWidget &window)
    {
        const auto plots = window.findChildren<QCustomPlot *>();
        for (QCustomPlot *plot : plots) {
            auto chart = std::make_unique<Chart>();
            Chart *c = chart.get();
            c->name = plot->parentWidget() ? plot->parentWidget()->metaObject()->className() : "";
            c->connections.push_back(QObject::connect(plot, &QCustomPlot::beforeReplot, plot,
                                                      [c] { c->clock.start(); }));
            c->connections.push_back(
                QObject::connect(plot, &QCustomPlot::afterReplot, plot, [c] {
                    ++c->count;
                    c->ms += double(c->clock.nsecsElapsed()) / 1e6;
                }));
            m_charts.push_back(std::move(chart));
        }
    }
    ~ReplotMeter()
    {
        for (const auto &c : m_charts)
            for (const QMetaObject::Connection &connection : c->connections)
                QObject::disconnect(connection);
    }
    Q_DISABLE_COPY_MOVE(ReplotMeter)

    void print() const
    {
        std::printf("%-36s", "  replots (count, mean ms):");
        for (const auto &c : m_charts) {
            if (c->count == 0)
                continue;
            std::string name = c->name;
            if (const auto colons = name.rfind("::"); colons != std::string::npos)
                name = name.substr(colons + 2);
            std::printf(" %s %d, %.2f;", name.c_str(), c->count, c->ms / c->count);
        }
        std::printf("\n");
    }

private:
    struct Chart {
        std::string name;
        QElapsedTimer clock;
        int count = 0;
        double ms = 0;
        std::vector<QMetaObject::Connection> connections;
    };
    std::vector<std::unique_ptr<Chart>> m_charts;
};

// The long run: kLongTaskMs spin tasks enough for `seconds` on 2 workers, watched on the Live
// tab from Run to the end in three spans. False when it did not complete.
bool longRun(MainWindow &window, int seconds, const char *only)
{
    const std::string label = "long run: processes x2, " + std::to_string(kLongTaskMs)
                              + " ms tasks, " + std::to_string(seconds) + " s";
    if (only && !std::strstr(label.c_str(), only))
        return true;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long-run.json"));
    QFile file(path);
    const int tasks = seconds * 1000 * 2 / kLongTaskMs;
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly)
        || file.write(QStringLiteral("{\"name\": \"long run\", \"kernel\": \"spin_ms\", "
                                     "\"inputs\": {\"repeat\": {\"value\": %1, \"count\": %2}}}\n")
                          .arg(kLongTaskMs)
                          .arg(tasks)
                          .toUtf8())
               < 0) {
        std::fprintf(stderr, "corescope-gui-bench: cannot write %s\n", qPrintable(path));
        return false;
    }
    file.close();
    if (!window.loadWorkload(path)) {
        std::fprintf(stderr, "corescope-gui-bench: cannot load %s\n", qPrintable(path));
        return false;
    }
    RunOptions options = window.runOptions();
    options.runtime = Runtime::Native;
    options.mode = Mode::Processes;
    options.workers = 2;
    options.chunksize = 1;
    options.gil = false;

    std::printf("\n%s (%d tasks), on the Live tab throughout; its delays and replots in three "
                "spans of its wall time, then the whole run\n",
                label.c_str(), tasks);
    window.showTab(MainWindow::LiveTab);
    spinUntil([] { return false; }, 100);
    QElapsedTimer clock;
    clock.start();
    EventLoopProbe whole;
    startProbe(whole);
    if (!window.startRun(options)) {
        std::fprintf(stderr, "corescope-gui-bench: %s did not start\n", label.c_str());
        return false;
    }
    constexpr int kSpans = 3;
    // A stall delays each probe's tick by what is left of it after the tick was due: probes
    // started at different moments see it differently, and the worst is the worst any saw.
    double spansWorst = 0;
    const qint64 spanMs = qint64(seconds) * 1000 / kSpans;
    for (int span = 0; span < kSpans; ++span) {
        EventLoopProbe probe;
        startProbe(probe);
        ReplotMeter replots(window);
        const qint64 from = clock.elapsed();
        // The last span lasts to the run's end, however long the run took.
        spinUntil(
            [&] {
                return !window.isRunning()
                       || (span + 1 < kSpans && clock.elapsed() >= spanMs * (span + 1));
            },
            600'000);
        probe.stop();
        spansWorst = std::max(spansWorst, probe.maxDelayMs());
        printRow(qPrintable(QStringLiteral("  span %1, from %2 s").arg(span + 1).arg(from / 1000)),
                 double(clock.elapsed() - from) / 1000.0, -1, probe, probe.maxDelayMs(), "");
        replots.print();
        if (!window.isRunning())
            break;
    }
    const bool ended = spinUntil(
        [&] {
            return !window.isRunning() && window.lastResult()
                   && window.taskModel()->rowCount() == tasks;
        },
        600'000);
    spinUntil([] { return false; }, 200);
    whole.stop();
    const bool ok = ended && window.lastResult()->status == RunStatus::Ok;
    const double worst = std::max(
        {whole.maxDelayMs(), spansWorst, window.eventLoopProbe()->maxDelayMs()});
    printRow("  the whole run", double(clock.elapsed()) / 1000.0,
             double(tasks) * 1000.0 / double(clock.elapsed()), whole, worst,
             verdict(ok, whole.p99DelayMs(), worst));
    std::fflush(stdout);
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    bool quick = false;
    const char *only = nullptr;
    int longRunS = -1;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--quick") == 0) {
            quick = true;
        } else if (std::strcmp(argv[i], "--only") == 0 && i + 1 < argc) {
            only = argv[++i];
        } else if (std::strcmp(argv[i], "--long-run") == 0 && i + 1 < argc) {
            char *end = nullptr;
            const long seconds = std::strtol(argv[++i], &end, 10);
            if (end == argv[i] || *end != '\0' || seconds < 0 || seconds > 3600) {
                std::fprintf(stderr, "corescope-gui-bench: --long-run takes seconds, 0 to 3600, "
                                     "not '%s'\n", argv[i]);
                return 2;
            }
            longRunS = static_cast<int>(seconds);
        } else {
            std::fprintf(stderr,
                         "usage: corescope-gui-bench [--quick] [--only TEXT] [--long-run S]\n");
            return 2;
        }
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Never the user's own settings.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CorescopeBench"));
    QCoreApplication::setApplicationName(QStringLiteral("corescope-gui-bench"));

    const Case cases[] = {
        // Pool.map: every result handed back at the end, the window's heaviest moment.
        {"threads x2, chunksize 1", Mode::Threads, 1, Runtime::Native, PyApi::PoolMap},
        {"processes x2, chunksize 1", Mode::Processes, 1, Runtime::Native, PyApi::PoolMap},
        {"processes x2, chunksize 1000", Mode::Processes, 1000, Runtime::Native, PyApi::PoolMap},
        // Issue 13: the Python runtime's records arrive live at 100,000 a second and more,
        // without stalling the window more than the native run of the same size and API.
        {"native Pool.imap_unordered x2, c1000", Mode::Processes, 1000, Runtime::Native,
         PyApi::PoolImapUnordered},
        {"Python Pool.imap_unordered x2, c1000", Mode::Processes, 1000, Runtime::Python,
         PyApi::PoolImapUnordered},
    };
    const bool havePython = probePython({}).error.empty();

    MainWindow window;
    window.setAskBeforeReplacingRun(false);
    window.resize(1400, 900);
    window.show();
    if (!window.loadWorkload(QStringLiteral("tiny-tasks"))) {
        std::fprintf(stderr, "corescope-gui-bench: the tiny-tasks workload is missing\n");
        return 1;
    }
    const auto total = static_cast<int>(window.workload()->taskCount());
    // A class presses Run in a window that is already on screen: its first layout and paint
    // (tens of ms, every chart sized and drawn once) are not part of any run.
    spinUntil([] { return false; }, 500);

    // A native run settles in under a second: about 70 probe ticks, whose 99th percentile is
    // its worst tick. A case's runs are measured together (about 200 ticks: its p99 is then
    // the second or third worst tick, not one run's worst alone); its worst is the worst of
    // all of them. The probe also covers each switch back to the Live tab and the pause
    // before Run (about 10 idle ticks a run).
    const int runs = quick ? 1 : kRunsPerCase;
    std::printf("GUI responsiveness: %d tiny tasks through the main window (%s platform), "
                "event loop probed every 10 ms from the switch to the Live tab before Run to the "
                "settled end, %d run%s a case (their ticks together; wall s: a run's mean); "
                "targets: p99 delay <= %.0f ms, worst <= %.0f ms\n\n",
                total, qPrintable(QGuiApplication::platformName()), runs, runs == 1 ? "" : "s",
                kTargetP99Ms, kTargetWorstMs);
    std::printf("%-36s %8s %10s %8s %9s %8s %7s %6s %8s %9s  %s\n", "run", "wall s",
                "records/s", "p99 ms", "worst ms", "mean ms", "ticks", "load", "own p99",
                "own worst", "");
    int failures = 0;
    for (const Case &c : cases) {
        if ((quick && c.chunksize == 1 && c.mode == Mode::Processes)
            || (only && !std::strstr(c.label, only)))
            continue;
        if (c.runtime == Runtime::Python && !havePython) {
            std::printf("%-36s skipped: %s\n", c.label, probePython({}).error.c_str());
            continue;
        }
        RunOptions options = window.runOptions();
        options.runtime = c.runtime;
        options.api = c.api;
        options.mode = c.mode;
        options.workers = 2;
        options.chunksize = c.chunksize;
        options.gil = false;

        // The window's own probe runs from start to the run's end; this one also covers the
        // window taking in the end of each run (the last table rows, charts fitted) and
        // whatever the end left queued, over all the case's runs.
        EventLoopProbe whole;
        startProbe(whole);
        ReplotMeter replots(window);
        double seconds = 0;
        double windowWorst = 0;
        bool ok = true;
        int done = 0;
        for (; done < runs && ok; ++done) {
            window.showTab(MainWindow::LiveTab);
            // Switching to a tab that shows the last run's million tasks paints them (about
            // 8 ms here) and Run then takes the old run down (5-10 ms): a user's two clicks,
            // each its own event-loop turn, not one turn of both.
            spinUntil([] { return false; }, 100);
            QElapsedTimer clock;
            clock.start();
            if (!window.startRun(options)) {
                std::fprintf(stderr, "corescope-gui-bench: %s did not start\n", c.label);
                return 1;
            }
            // Half-way, look at the results table: it must keep up too.
            spinUntil(
                [&] { return window.taskModel()->rowCount() > total / 2 || !window.isRunning(); },
                600'000);
            window.showTab(MainWindow::ResultsTab);
            const bool ended = spinUntil(
                [&] {
                    return !window.isRunning() && window.lastResult()
                           && window.taskModel()->rowCount() == total;
                },
                600'000);
            spinUntil([] { return false; }, 200);   // whatever the end queued, settled
            seconds += static_cast<double>(clock.elapsed()) / 1000.0;
            windowWorst = std::max(windowWorst, window.eventLoopProbe()->maxDelayMs());
            ok = ended && window.lastResult()->status == RunStatus::Ok
                 && window.runStatus()->progressBar()->value() == total;
        }
        whole.stop();
        if (!ok)
            ++failures;
        // The wider probe holds every delay the window's own probe saw, and the ends'.
        const double worst = std::max(windowWorst, whole.maxDelayMs());
        printRow(c.label, seconds / done, double(total) * done / seconds, whole, worst,
                 verdict(ok, whole.p99DelayMs(), worst));
        replots.print();
        std::fflush(stdout);
    }
    if (longRunS < 0)
        longRunS = quick ? kLongRunQuickS : kLongRunS;
    if (longRunS > 0 && !longRun(window, longRunS, only))
        ++failures;
    return failures ? 1 : 0;
}
