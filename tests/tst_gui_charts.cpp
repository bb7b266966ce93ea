// The three charts and chart export, fed synthetic snapshots and runs built by hand: lanes,
// visible-range queries, merging of sub-pixel bars, the heat strip, the speedup series and the
// files written. Set CORESCOPE_CHART_SHOTS=<dir> to keep rendered pictures of each chart.

#include "app/charts/chartexport.h"
#include "app/charts/chartstyle.h"
#include "app/charts/cpuchart.h"
#include "app/charts/meangraph.h"
#include "app/charts/qcpinclude.h"
#include "app/charts/replotpacer.h"
#include "app/charts/speedupchart.h"
#include "app/charts/timelinechart.h"
#include "app/charts/timelinedata.h"
#include "app/charts/timelineplottable.h"
#include "core/analysis/handback.h"
#include "tests/guitesting.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHelpEvent>
#include <QImage>
#include <QSet>
#include <QPainter>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QLocale>
#include <QTest>
#include <QVBoxLayout>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <random>

using namespace corescope;
using corescope::gui::CpuChart;
using corescope::gui::ReplotPacer;
using corescope::gui::SpeedupChart;
using corescope::gui::SpeedupPoint;
using corescope::gui::SpeedupSeries;
using corescope::gui::TimelineChart;
namespace tl = corescope::gui::timeline;

namespace {

constexpr std::int64_t kMs = 1'000'000;

std::shared_ptr<const Workload> primes(std::uint64_t count)
{
    Workload w;
    w.name = "primes";
    w.description = "is_prime over a range";
    w.kernel = KernelId::IsPrime;
    w.inputs = RangeInputs{1'000'003, 1'000'003 + 2 * count, 2};
    return std::make_shared<const Workload>(std::move(w));
}

TaskRecord task(std::uint32_t index, int worker, std::int64_t start, std::int64_t end,
                std::int32_t pid = 0)
{
    TaskRecord t;
    t.index = index;
    t.worker = static_cast<std::int16_t>(worker);
    t.pid = pid != 0 ? pid : 4200 + worker;
    t.tid = t.pid;
    t.startNs = start;
    t.endNs = end;
    t.cpuStart = static_cast<std::int16_t>(worker);
    t.cpuEnd = static_cast<std::int16_t>(worker);
    t.result = index % 3 == 0 ? 1 : 0;
    t.state = TaskState::Done;
    return t;
}

WorkerRecord worker(int id, std::int64_t spawn, std::int64_t ready)
{
    WorkerRecord w;
    w.id = id;
    w.pid = 4200 + id;
    w.tid = w.pid;
    w.spawnNs = spawn;
    w.readyNs = ready;
    return w;
}

RunOptions options(int workers, Mode mode = Mode::Processes, Ordering ordering = Ordering::OrderedBatch)
{
    RunOptions o;
    o.mode = mode;
    o.workers = workers;
    o.api = poolApiWithOrdering(ordering);
    return o;
}

tl::TimelinePlottable *timelinePlottable(QCustomPlot *plot)
{
    for (int i = 0; i < plot->plottableCount(); ++i)
        if (auto *p = dynamic_cast<tl::TimelinePlottable *>(plot->plottable(i)))
            return p;
    return nullptr;
}

template <class T> int countPlottables(QCustomPlot *plot)
{
    int n = 0;
    for (int i = 0; i < plot->plottableCount(); ++i)
        if (qobject_cast<T *>(plot->plottable(i)))
            ++n;
    return n;
}

int legendEntries(QCustomPlot *plot)
{
    int n = 0;
    for (int i = 0; i < plot->legend->itemCount(); ++i)
        if (plot->legend->item(i))
            ++n;
    return n;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A run of `tasks` tasks, `workers` processes, durations that vary like prime checks do.
RunResult syntheticRun(std::uint32_t tasks, int workers, std::int64_t meanNs, Ordering ordering,
                       bool gil = false, Mode mode = Mode::Processes)
{
    RunResult run;
    run.workload = primes(tasks);
    run.options = options(workers, mode, ordering);
    run.options.gil = gil;
    run.machine.logicalCores = 4;
    run.machine.cpuModel = "Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz";
    run.status = RunStatus::Ok;
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> spread(0.3, 1.7);
    std::vector<std::int64_t> free(static_cast<std::size_t>(workers));
    const std::int64_t startup = mode == Mode::Processes ? 45 * kMs : 0;
    for (int w = 0; w < workers; ++w) {
        WorkerRecord r = worker(w, w * 2 * kMs, w * 2 * kMs + startup);
        run.workers.push_back(r);
        free[static_cast<std::size_t>(w)] = r.readyNs + 200'000;
    }
    run.tasks.resize(tasks);
    for (std::uint32_t i = 0; i < tasks; ++i) {
        const auto it = std::min_element(free.begin(), free.end());
        const int w = static_cast<int>(it - free.begin());
        const auto duration = static_cast<std::int64_t>(double(meanNs) * spread(rng));
        TaskRecord t = task(i, w, *it, *it + duration);
        if (gil)
            t.gilWaitNs = duration / 2;
        run.tasks[i] = t;
        *it = t.endNs + 50'000;
    }
    std::int64_t wall = 0;
    for (const auto &t : run.tasks)
        wall = std::max(wall, t.endNs);
    run.wallNs = wall + 2 * kMs;
    std::int64_t streamed = 0;
    for (auto &t : run.tasks) {
        switch (ordering) {
        case Ordering::OrderedBatch: t.handedBackNs = run.wallNs; break;
        case Ordering::AsCompleted: t.handedBackNs = t.endNs + 100'000; break;
        case Ordering::OrderedStream:
            streamed = std::max(streamed, t.endNs + 100'000);
            t.handedBackNs = streamed;
            break;
        }
    }
    for (auto &w : run.workers)
        w.exitNs = run.wallNs - kMs;
    return run;
}

std::vector<CpuSample> cpuSamples(int cores, double seconds, double hz, unsigned seed = 3)
{
    std::vector<CpuSample> out;
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0.0, 0.04);
    const int n = static_cast<int>(seconds * hz);
    for (int i = 1; i <= n; ++i) {
        CpuSample s;
        const double t = i / hz;
        s.tNs = static_cast<std::int64_t>(t * 1e9);
        for (int c = 0; c < cores; ++c) {
            // Ramp up, work, then the cores fall idle one by one (uneven tasks at the end).
            const double done = seconds * (0.62 + 0.3 * c / std::max(1, cores - 1));
            double v = t < 0.6 ? t / 0.6 * 0.9 : (t < done ? 0.93 : 0.04);
            v += noise(rng);
            s.cores.push_back(static_cast<float>(std::clamp(v, 0.0, 1.0)));
        }
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<SpeedupSeries> speedupSeries()
{
    const auto point = [](int w, double s, double spread, double wall) {
        return SpeedupPoint{w, s, s - spread, s + spread, wall};
    };
    SpeedupSeries threads{QStringLiteral("threads"), {}};
    SpeedupSeries gil{QStringLiteral("threads + GIL"), {}};
    SpeedupSeries processes{QStringLiteral("processes"), {}};
    const double serial = 8.0;
    for (int w = 1; w <= 8; ++w) {
        const double t = w <= 4 ? w * 0.96 : 3.84 + (w - 4) * 0.08;
        const double p = w <= 4 ? w * 0.88 : 3.52 + (w - 4) * 0.05;
        threads.points.push_back(point(w, t, 0.03 * w, serial / t));
        gil.points.push_back(point(w, 0.97 - 0.01 * w, 0.02, serial / (0.97 - 0.01 * w)));
        processes.points.push_back(point(w, p, 0.05 * w, serial / p));
    }
    return {threads, gil, processes};
}

QString shotDir()
{
    const QByteArray env = qgetenv("CORESCOPE_CHART_SHOTS");
    return env.isEmpty() ? QString() : QString::fromLocal8Bit(env);
}

// The per-core chart above the timeline on one time axis, as on the Live tab.
struct LivePair {
    LivePair()
    {
        auto *layout = new QVBoxLayout(&page);
        layout->addWidget(cpu);
        layout->addWidget(timeline);
        cpu->shareTimeAxisWith(timeline->plot()->xAxis);
    }
    QWidget page;
    CpuChart *cpu = new CpuChart;
    TimelineChart *timeline = new TimelineChart;
};

// Keeps a picture of the visible tooltip when pictures are wanted.
void keepToolTip(const QString &name)
{
    if (shotDir().isEmpty())
        return;
    const QWidgetList widgets = QApplication::topLevelWidgets();
    for (QWidget *w : widgets)
        if (w->isVisible() && w->inherits("QTipLabel"))
            w->grab().save(QDir(shotDir()).filePath(name));
}

} // namespace

class TestCharts final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The labels asserted here are written with the locale's decimal point ("1.90×"): the C
    // locale's, whatever LANG the machine running the tests has.
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void timeline_lanesFollowWorkers_tasksLandInTheirLane();
    void timeline_visibleRange_returnsOverlappingTasks();
    void timeline_thinBars_mergeIntoSpans();
    void rowTicker_labelsWhereTheirInkFits();
    void timeline_paint_mergesAMillionTasks();
    void timeline_runningTasks_growAndHandBackLaneFills();
    void timeline_orderings_handBackAsTheySay();
    void timeline_handBackStrokes_summarisePixelColumns();
    void timeline_lateBarsInABatch_landAsInsertedOneByOne();
    void timeline_heldResults_matchTheRecordsLiveAndSaved();
    void timeline_cancelledWorkers_areStoppedNotDead();
    void timeline_tasksCutShortByCancel_areDrawnAndSaid();
    void timeline_deadWorkersNote_coversNoTask();
    void timeline_click_emitsTaskClicked();
    void timeline_userZoom_stopsFollowing();
    void timeline_legend_staysWholeInsideTheChart();
    void timeline_offCpuShare_isTheBarsLowerPartAlongItsLength();
    void header_wrapsAgainWhenItsTextFontOrWidthChange();
    void cpu_upToEightCores_drawsOneLinePerCore();
    void cpu_aboveEightCores_switchesToHeatStrip();
    void cpu_otherHostsSamples_addAGroupOfCoresEach();
    void cpu_axis_spansTheRunNotAFixedWindow();
    void cpu_sharedAxis_zoomsAndPansWithTheTimeline();
    void cpu_sharedAxis_replotsAtMostOnceAFrame_neverWhileHidden();
    void cpu_heatStrip_worksOutItsCellsWhenDrawn_notWhileHidden();
    void meanGraph_manySamplesAPixel_drawsTheirMean_fewDrawEach();
    void meanGraph_roundPen_onScreen_looksAsRoundCapsDo();
    void cpu_sharedAxis_oneMomentAtOneX_inBothCharts();
    void cpu_runTooShortToSample_saysSo();
    void cpu_atFullLoad_everyCoreStaysVisibleOverTheAverage();
    void speedup_hasIdealLineAndOneGraphPerSeries();
    void speedup_repeats_serialStaysAtOneOthersStepAside();
    void speedup_hover_showsEfficiency();
    void speedup_withoutBaseline_saysSo();
    void speedup_valueLabels_neverOverlap();
    void export_writesPngSvgAndPdf();
    void export_refusesUnknownSuffixAndUnwritablePath();
    void screenshots();
};

// ---------------------------------------------------------------------------------------------

void TestCharts::timeline_lanesFollowWorkers_tasksLandInTheirLane()
{
    TimelineChart chart;
    chart.resize(900, 500);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.clear(primes(12), options(4));
    auto *p = timelinePlottable(chart.plot());
    QVERIFY(p);
    QCOMPARE(p->data().laneCount(), 4);

    RunSnapshot snap;
    snap.workers = {worker(0, 0, 10 * kMs), worker(1, 0, 11 * kMs), worker(2, 0, 12 * kMs),
                    worker(3, 0, 13 * kMs)};
    for (std::uint32_t i = 0; i < 12; ++i) {
        const int w = static_cast<int>(i % 4);
        const std::int64_t start = 20 * kMs + (i / 4) * 10 * kMs;
        snap.newlyFinished.push_back(task(i, w, start, start + 8 * kMs));
    }
    snap.tasksTotal = 12;
    snap.elapsedNs = 60 * kMs;
    chart.addSnapshot(snap);

    const tl::TimelineData &data = p->data();
    QCOMPARE(data.laneCount(), 4);
    QCOMPARE(data.barCount(), std::uint64_t{12});
    for (int lane = 0; lane < 4; ++lane) {
        const auto in = data.tasksIn(lane, 0, 1'000 * kMs);
        QCOMPARE(in.size(), std::size_t{3});
        for (const std::uint32_t index : in)
            QCOMPARE(int(index % 4), lane);
        QCOMPARE(data.lane(lane).pid, 4200 + lane);
        QCOMPARE(data.lane(lane).readyNs, (10 + lane) * kMs);
    }

    // A worker beyond the configured count (a replacement process) gets its own lane.
    RunSnapshot more;
    more.newlyFinished.push_back(task(99, 5, 70 * kMs, 75 * kMs));
    more.elapsedNs = 80 * kMs;
    chart.addSnapshot(more);
    QCOMPARE(data.laneCount(), 6);
    QCOMPARE(data.tasksIn(5, 0, 1'000 * kMs), std::vector<std::uint32_t>{99});

    // As the plot lays them out: every task a bar of its own lane, at its start and end.
    std::vector<TaskRecord> all = snap.newlyFinished;
    all.push_back(more.newlyFinished.front());
    const QString bars = test::timelineMismatch(chart, all);
    QVERIFY2(bars.isEmpty(), qPrintable(bars));
}

void TestCharts::timeline_visibleRange_returnsOverlappingTasks()
{
    tl::TimelineData data;
    data.reset(2, 10);
    // Lane 0: [0,10) [10,20) [20,30) ... [90,100) ms; lane 1 one long task.
    std::vector<TaskRecord> tasks;
    for (std::uint32_t i = 0; i < 10; ++i)
        tasks.push_back(task(i, 0, i * 10 * kMs, (i + 1) * 10 * kMs - kMs));
    // Out of completion order on purpose: the lane must stay sorted by start.
    std::swap(tasks[3], tasks[7]);
    data.addTasks(tasks);
    data.addTask(task(10, 1, 5 * kMs, 95 * kMs));

    QCOMPARE(data.tasksIn(0, 25 * kMs, 45 * kMs), (std::vector<std::uint32_t>{2, 3, 4}));
    QCOMPARE(data.tasksIn(0, 0, 0), (std::vector<std::uint32_t>{0}));
    QCOMPARE(data.tasksIn(0, 99 * kMs, 200 * kMs), std::vector<std::uint32_t>{9});   // touching
    QCOMPARE(data.tasksIn(0, 99 * kMs + 1, 200 * kMs), std::vector<std::uint32_t>{});
    QCOMPARE(data.tasksIn(0, 89 * kMs + 1, 89 * kMs + 2), std::vector<std::uint32_t>{});   // gap
    QCOMPARE(data.tasksIn(1, 50 * kMs, 51 * kMs), std::vector<std::uint32_t>{10});
    const auto [first, last] = data.visibleRange(0, 30 * kMs, 30 * kMs);
    QCOMPARE(last - first, std::size_t{1});
    QCOMPARE(data.lane(0).bars[first].index, 3u);

    // Hit test: a point in a bar finds it; a point in a gap finds the nearest within tolerance.
    QCOMPARE(data.barAt(0, 35 * kMs, 0)->index, 3u);
    QVERIFY(!data.barAt(0, 39 * kMs + kMs / 2, kMs / 4).has_value());
    QCOMPARE(data.barAt(0, 39 * kMs + kMs / 2, kMs)->index, 3u);
}

void TestCharts::timeline_thinBars_mergeIntoSpans()
{
    tl::TimelineData data;
    data.reset(1, 100'000);
    std::vector<TaskRecord> tasks;
    tasks.reserve(100'000);
    // 100,000 tasks of 8 µs with 2 µs gaps: one second of 10 µs slots.
    for (std::uint32_t i = 0; i < 100'000; ++i)
        tasks.push_back(task(i, 0, std::int64_t{i} * 10'000, std::int64_t{i} * 10'000 + 8'000));
    tasks[50'000].state = TaskState::Failed;
    data.addTasks(tasks);

    // 1000 px for the whole second: 100 tasks per pixel, so merged spans, bounded by pixels.
    tl::PixelMap map;
    map.originPx = 0;
    map.pxPerNs = 1000.0 / 1e9;
    std::vector<tl::Span> spans;
    data.laneSpans(0, map, 0, 1000, spans);
    QVERIFY2(spans.size() <= 10, qPrintable(QString::number(spans.size())));
    std::size_t covered = 0;
    for (const auto &s : spans) {
        QVERIFY(s.merged);
        covered += s.tasks;
    }
    QVERIFY2(covered >= 99'000, qPrintable(QString::number(covered)));
    QVERIFY(spans.front().x0 <= 0.5 && spans.back().x1 >= 999.0);
    // A failed bar skipped inside a merged span is drawn from the lane's list of failed bars.
    QCOMPARE(data.lane(0).failed.size(), std::size_t{1});

    // Zoomed in to 1 ms over 1000 px: every task is 8 px wide and drawn on its own.
    spans.clear();
    map.pxPerNs = 1000.0 / 1e6;
    map.originPx = -500'000.0 * map.pxPerNs;      // view [0.5 ms, 1.495 ms]
    data.laneSpans(0, map, 0, 995, spans);
    QCOMPARE(spans.size(), std::size_t{100});
    for (const auto &s : spans) {
        QVERIFY(!s.merged);
        QCOMPARE(s.tasks, 1u);
    }
    QCOMPARE(spans.front().index, 50u);

    // Mixed: wide bars stay separate, thin neighbours merge.
    tl::TimelineData mixed;
    mixed.reset(1, 5);
    mixed.addTask(task(0, 0, 0, 100 * kMs));                    // wide
    mixed.addTask(task(1, 0, 100 * kMs, 100 * kMs + 10'000));   // thin
    mixed.addTask(task(2, 0, 100 * kMs + 20'000, 100 * kMs + 30'000));
    mixed.addTask(task(3, 0, 100 * kMs + 40'000, 100 * kMs + 50'000));
    mixed.addTask(task(4, 0, 101 * kMs, 200 * kMs));            // wide
    map.originPx = 0;
    map.pxPerNs = 1000.0 / 2e8;                                 // 200 ms over 1000 px
    spans.clear();
    mixed.laneSpans(0, map, 0, 1000, spans);
    QCOMPARE(spans.size(), std::size_t{3});
    QVERIFY(!spans[0].merged);
    QVERIFY(spans[1].merged);
    QCOMPARE(spans[1].tasks, 3u);
    QVERIFY(!spans[2].merged);
}

void TestCharts::timeline_paint_mergesAMillionTasks()
{
    constexpr std::uint32_t kTasks = 1'000'000;
    const RunResult run = syntheticRun(kTasks, 8, 20'000, Ordering::AsCompleted);

    TimelineChart chart;
    chart.resize(1200, 600);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QElapsedTimer timer;
    timer.start();
    chart.setRun(run);
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;

    auto *p = timelinePlottable(chart.plot());
    QVERIFY(p);
    QCOMPARE(p->data().barCount(), std::uint64_t{kTasks});
    timer.restart();
    chart.plot()->replot(QCustomPlot::rpImmediateRefresh);
    const double replotMs = double(timer.nsecsElapsed()) / 1e6;
    const tl::PaintStats whole = p->lastPaint();
    QCOMPARE(whole.lanes, 8);
    // Bounded by pixels, not tasks: at most a few spans per pixel column per lane.
    const int width = chart.plot()->axisRect()->width();
    QVERIFY2(whole.spans <= std::size_t(8 * width),
             qPrintable(QStringLiteral("%1 spans for %2 px").arg(whole.spans).arg(width)));
    QVERIFY(whole.mergedSpans > 0);
    QVERIFY(whole.tasksInMergedSpans > kTasks / 2);

    // Zoomed to 2 ms: only the visible tasks, each drawn on its own.
    chart.plot()->xAxis->setRange(1.0, 1.002);
    timer.restart();
    chart.plot()->replot(QCustomPlot::rpImmediateRefresh);
    const double zoomedMs = double(timer.nsecsElapsed()) / 1e6;
    const tl::PaintStats zoomed = p->lastPaint();
    QVERIFY(zoomed.spans > 0);
    QVERIFY(zoomed.spans < 2'000);
    QCOMPARE(zoomed.mergedSpans, std::size_t{0});

    qInfo("1,000,000 tasks on 8 workers: setRun %.1f ms; whole-run replot %.1f ms (timeline "
          "paint %.2f ms, %zu spans); zoomed replot %.1f ms (paint %.2f ms, %zu bars)",
          loadMs, replotMs, whole.milliseconds, whole.spans, zoomedMs, zoomed.milliseconds,
          zoomed.spans);
}

void TestCharts::timeline_runningTasks_growAndHandBackLaneFills()
{
    TimelineChart chart;
    chart.clear(primes(6), options(2, Mode::Threads, Ordering::AsCompleted));
    auto *p = timelinePlottable(chart.plot());
    RunSnapshot snap;
    snap.workers = {worker(0, 0, 0), worker(1, 0, 0)};
    auto t0 = task(0, 0, 1 * kMs, 5 * kMs);
    t0.handedBackNs = 5 * kMs + 1000;
    snap.newlyFinished.push_back(t0);
    snap.newlyHandedBack.push_back(0);
    snap.running = {{0, 2, 6 * kMs}, {1, 1, 1 * kMs}};
    snap.elapsedNs = 9 * kMs;
    snap.tasksTotal = 6;
    chart.addSnapshot(snap);

    const tl::TimelineData &data = p->data();
    QCOMPARE(data.lane(0).runningIndex, std::int64_t{2});
    QCOMPARE(data.lane(1).runningIndex, std::int64_t{1});
    QCOMPARE(data.handed().size(), std::size_t{1});
    QCOMPARE(data.handedBackNs(0), 5 * kMs + 1000);
    // Following the run: the time axis reaches "now".
    QVERIFY(chart.plot()->xAxis->range().upper >= 9e-3);

    // Next snapshot: task 1 finished; nobody runs any more.
    RunSnapshot next;
    next.workers = snap.workers;
    next.newlyFinished.push_back(task(1, 1, 1 * kMs, 10 * kMs));
    next.newlyHandedBack.push_back(1);
    next.elapsedNs = 11 * kMs;
    next.status = RunStatus::Ok;
    chart.addSnapshot(next);
    QCOMPARE(data.lane(1).runningIndex, std::int64_t{-1});
    QCOMPARE(data.lane(0).runningIndex, std::int64_t{-1});
    QCOMPARE(data.handed().size(), std::size_t{2});
    QCOMPARE(data.handedBackNs(1), 10 * kMs);       // as completed: when it finished
}

void TestCharts::timeline_orderings_handBackAsTheySay()
{
    const auto handTimes = [](Ordering ordering) {
        TimelineChart chart;
        chart.clear(primes(3), options(3, Mode::Processes, ordering));
        RunSnapshot snap;
        // The Russian notebook's sleeping doubler, sleep 3 - n: task 2 ends first.
        snap.newlyFinished = {task(2, 2, 0, 10 * kMs), task(1, 1, 0, 20 * kMs),
                              task(0, 0, 0, 30 * kMs)};
        snap.newlyHandedBack = {0, 1, 2};
        snap.elapsedNs = 31 * kMs;
        snap.status = RunStatus::Ok;
        chart.addSnapshot(snap);
        const auto &data = timelinePlottable(chart.plot())->data();
        return std::vector<std::int64_t>{data.handedBackNs(0), data.handedBackNs(1),
                                         data.handedBackNs(2)};
    };
    // Batch: all at the end. Stream: nothing before task 0 is done. As completed: at its end.
    QCOMPARE(handTimes(Ordering::OrderedBatch),
             (std::vector<std::int64_t>{31 * kMs, 31 * kMs, 31 * kMs}));
    QCOMPARE(handTimes(Ordering::OrderedStream),
             (std::vector<std::int64_t>{30 * kMs, 30 * kMs, 30 * kMs}));
    QCOMPARE(handTimes(Ordering::AsCompleted),
             (std::vector<std::int64_t>{30 * kMs, 20 * kMs, 10 * kMs}));

    // As a live run sends them: the tasks that ended first come in one snapshot, unreturned;
    // the head task's record carries its own hand-back time, and all three are named handed
    // back with it. Behind the head of an ordered stream, none is handed back before it (the
    // ones behind it were drawn at their own ends, before the head's).
    TimelineChart chart;
    chart.clear(primes(3), options(2, Mode::Threads, Ordering::OrderedStream));
    RunSnapshot early;
    early.newlyFinished = {task(1, 1, 0, 10 * kMs), task(2, 1, 10 * kMs, 11 * kMs)};
    early.elapsedNs = 12 * kMs;
    chart.addSnapshot(early);
    RunSnapshot late;
    TaskRecord head = task(0, 0, 0, 20 * kMs);
    head.handedBackNs = 20 * kMs + 5000;
    late.newlyFinished = {head};
    late.newlyHandedBack = {0, 1, 2};
    late.elapsedNs = 21 * kMs;
    late.status = RunStatus::Ok;
    chart.addSnapshot(late);
    const auto &data = timelinePlottable(chart.plot())->data();
    QCOMPARE((std::vector<std::int64_t>{data.handedBackNs(0), data.handedBackNs(1), data.handedBackNs(2)}),
             (std::vector<std::int64_t>{20 * kMs + 5000, 20 * kMs + 5000, 20 * kMs + 5000}));

    // When the run ends, its records' exact times replace the estimates: Pool.map's results,
    // named in a snapshot taken 6 ms after the driver handed them back.
    TimelineChart batch;
    batch.clear(primes(3), options(2, Mode::Processes, Ordering::OrderedBatch));
    RunSnapshot named;
    named.newlyFinished = {task(0, 0, 0, 10 * kMs), task(1, 1, 0, 12 * kMs), task(2, 0, 10 * kMs, 14 * kMs)};
    named.newlyHandedBack = {0, 1, 2};
    named.elapsedNs = 20 * kMs;
    named.status = RunStatus::Ok;
    batch.addSnapshot(named);
    const auto &estimated = timelinePlottable(batch.plot())->data();
    QCOMPARE(estimated.handedBackNs(2), 20 * kMs);   // the snapshot's time
    RunResult ended;
    ended.tasks = named.newlyFinished;
    for (TaskRecord &t : ended.tasks)
        t.handedBackNs = 14 * kMs + 300;
    batch.settleRunEnd(ended);
    QCOMPARE((std::vector<std::int64_t>{estimated.handedBackNs(0), estimated.handedBackNs(1),
                                        estimated.handedBackNs(2)}),
             (std::vector<std::int64_t>(3, 14 * kMs + 300)));
    QCOMPARE(estimated.handed().size(), std::size_t{3});
    QCOMPARE(estimated.heldAt(14 * kMs + 200), std::uint64_t{3});
    QCOMPARE(estimated.heldAt(15 * kMs), std::uint64_t{0});
}

void TestCharts::timeline_heldResults_matchTheRecordsLiveAndSaved()
{
    // Tasks ending out of order in batches, handed back as Pool.map does (all at the end) for
    // the first half and one by one for the rest: the chart's count is core's heldAt().
    constexpr std::uint32_t kTasks = 400;
    std::vector<TaskRecord> records;
    std::mt19937 rng(5);
    std::uniform_int_distribution<std::int64_t> length(1, 40);
    for (std::uint32_t i = 0; i < kTasks; ++i) {
        const std::int64_t start = std::int64_t(i % 50) * 7 * kMs;
        TaskRecord t = task(i, int(i % 4), start, start + length(rng) * kMs);
        t.handedBackNs = i < kTasks / 2 ? 400 * kMs : t.endNs + 3 * kMs;
        if (i % 97 == 0) {
            t.state = TaskState::Failed;   // never held, never handed back
            t.handedBackNs = -1;
        }
        records.push_back(t);
    }
    tl::TimelineData live;
    live.reset(4, kTasks);
    for (std::size_t first = 0; first < records.size(); first += 37)
        live.addTasks({records.begin() + std::ptrdiff_t(first),
                       records.begin() + std::ptrdiff_t(std::min(records.size(), first + 37))});
    tl::TimelineData saved;
    saved.reset(4, kTasks);
    saved.addTasksUnsorted(records);
    for (std::int64_t t = 0; t <= 410 * kMs; t += kMs) {
        const std::uint64_t expected = heldAt(records, t);
        QCOMPARE(live.heldAt(t), expected);
        QCOMPARE(saved.heldAt(t), expected);
    }
    QVERIFY(live.heldAt(399 * kMs) >= kTasks / 2 - 5);   // the batch half, all still held

    tl::PixelMap map;
    map.pxPerNs = 410.0 / (410.0 * kMs);   // a pixel a millisecond
    std::vector<std::pair<double, std::uint64_t>> steps;
    live.heldSteps(map, 0, 409, 410 * kMs, steps);
    QCOMPARE(steps.size(), std::size_t{410});
    for (const auto &[x, held] : steps)
        QCOMPARE(held, heldAt(records, std::int64_t(map.t(x + 1.0))));
    // Nothing past the time given (now, or the run's last event): a live run's future, or a
    // cancelled run's results never handed back, are not drawn as held.
    steps.clear();
    live.heldSteps(map, 0, 409, 200 * kMs, steps);
    QCOMPARE(steps.size(), std::size_t{201});
    QCOMPARE(steps.back().first, 200.0);
}

void TestCharts::timeline_cancelledWorkers_areStoppedNotDead()
{
    // Cancel kills the pool's workers (SIGKILL): a cancelled run says they were stopped, a
    // failed one that the worker died, and why.
    RunResult run = syntheticRun(12, 2, 50 * kMs, Ordering::AsCompleted);
    run.workers.at(1).exitNs = 200 * kMs;
    run.workers.at(1).exitReason = "killed by signal 9 (SIGKILL) when the pool stopped: run cancelled";
    TimelineChart chart;
    chart.resize(900, 400);
    run.status = RunStatus::Failed;
    chart.setRun(run);
    auto *p = timelinePlottable(chart.plot());
    QVERIFY(p);
    QCOMPARE(p->exitLabel(p->data().lane(1)),
             QStringLiteral("worker died: killed by signal 9 (SIGKILL) when the pool stopped: run cancelled"));
    QCOMPARE(p->exitLabel(p->data().lane(0)), QString());   // ended normally
    run.status = RunStatus::Cancelled;
    chart.setRun(run);
    QCOMPARE(p->exitLabel(p->data().lane(1)), QStringLiteral("stopped by Cancel"));
}

void TestCharts::timeline_tasksCutShortByCancel_areDrawnAndSaid()
{
    // A task its worker was running when Cancel stopped the run keeps its bar, from its start
    // to its stop, drawn as a running task is and said to be stopped by Cancel, with a legend
    // entry for it; a run without one has no such entry.
    RunResult run = syntheticRun(12, 2, 50 * kMs, Ordering::AsCompleted);
    TimelineChart chart;
    chart.resize(900, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const auto legendTexts = [&chart] {
        QStringList texts;
        QCPLegend *legend = chart.plot()->legend;
        for (int i = 0; i < legend->itemCount(); ++i)
            if (auto *item = dynamic_cast<corescope::gui::chartstyle::SwatchLegendItem *>(legend->item(i)))
                texts << item->text();
        return texts;
    };
    chart.setRun(run);
    QVERIFY(!legendTexts().contains(QStringLiteral("stopped by Cancel")));

    TaskRecord &cut = run.tasks[11];
    cut.state = TaskState::Cancelled;
    cut.handedBackNs = -1;
    run.status = RunStatus::Cancelled;
    chart.setRun(run);
    QVERIFY2(legendTexts().contains(QStringLiteral("stopped by Cancel")),
             qPrintable(legendTexts().join(u'|')));
    QCustomPlot *plot = chart.plot();
    plot->replot(QCustomPlot::rpImmediateRefresh);
    const QString bars = test::timelineMismatch(chart, run.tasks);
    QVERIFY2(bars.isEmpty(), qPrintable(bars));
    const double mid = double(cut.startNs + cut.endNs) / 2 * 1e-9;
    QTest::mouseMove(plot, QPoint(int(plot->xAxis->coordToPixel(mid)),
                                  int(plot->yAxis->coordToPixel(cut.worker))));
    QTRY_VERIFY_WITH_TIMEOUT(QToolTip::isVisible(), test::scaledMs(5000));
    const QString tip = QToolTip::text();
    QVERIFY2(tip.contains(QStringLiteral("task 11")) && tip.contains(QStringLiteral("(stopped by Cancel)"))
                 && tip.contains(QStringLiteral("none (stopped by Cancel)")),
             qPrintable(tip));
}

void TestCharts::timeline_deadWorkersNote_coversNoTask()
{
    // Workers that died as the run ended (a broken pool): no room after the cross, so the note
    // goes before it, and there it must not lie over the tasks any lane finished: a card hung
    // in the gap below its lane, or (lanes too thin for one) the text alone, no card.
    struct Case {
        int workers;
        QSize size;
        bool presentation;
        bool cards;
    };
    for (const Case &c : {Case{2, {900, 400}, false, true}, Case{2, {1400, 800}, true, true},
                          Case{24, {900, 300}, false, false}}) {
        RunResult run = syntheticRun(std::uint32_t(6 * c.workers), c.workers, 50 * kMs,
                                     Ordering::OrderedBatch);
        run.status = RunStatus::Failed;
        for (WorkerRecord &w : run.workers) {
            w.exitNs = run.wallNs - kMs;
            w.exitReason = "killed by signal 11 (SIGSEGV)";
        }
        TimelineChart chart;
        chart.resize(c.size);
        chart.setPresentationMode(c.presentation);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setRun(run);
        auto *p = timelinePlottable(chart.plot());
        QVERIFY(p);
        chart.plot()->replot(QCustomPlot::rpImmediateRefresh);
        const tl::PaintStats stats = p->lastPaint();
        QCOMPARE(stats.bands.size(), std::size_t(c.workers));
        QCOMPARE(stats.exitCards.size(), c.cards ? std::size_t(c.workers) : std::size_t{0});
        for (const QRectF &card : stats.exitCards) {
            QVERIFY(chart.plot()->axisRect()->rect().contains(card.toRect()));
            for (const QRectF &band : stats.bands)
                QVERIFY2(!card.intersects(band),
                         qPrintable(QStringLiteral("card %1,%2 %3x%4 over a lane at y %5..%6")
                                        .arg(card.x()).arg(card.y()).arg(card.width())
                                        .arg(card.height()).arg(band.top()).arg(band.bottom())));
        }
    }
}

void TestCharts::timeline_legend_staysWholeInsideTheChart()
{
    // Every legend entry lies inside the chart and its text is drawn whole: as many pixel rows
    // carry ink as when the same text is drawn on its own (QCustomPlot clips a layerable one
    // pixel above its clip rect, which cut off the descenders of g, p and y). On one row and
    // wrapped, with and without the GIL's extra entry, in a window and in presentation.
    const auto inkedRows = [](const QImage &image, const QRect &area) {
        int rows = 0;
        for (int y = std::max(0, area.top()); y <= std::min(image.height() - 1, area.bottom()); ++y)
            for (int x = std::max(0, area.left()); x <= std::min(image.width() - 1, area.right()); ++x)
                if (qGray(image.pixel(x, y)) < 140) {
                    ++rows;
                    break;
                }
        return rows;
    };
    for (const bool gil : {false, true}) {
        for (const QSize size : {QSize(1400, 380), QSize(1100, 430), QSize(700, 400)}) {
            for (const bool presentation : {false, true}) {
                if (presentation && size.width() < 1000)
                    continue;   // presentation mode hides the Controls: its charts are wide
                RunResult run = syntheticRun(24, 2, 20 * kMs, Ordering::OrderedBatch, gil,
                                             gil ? Mode::Threads : Mode::Processes);
                TimelineChart chart;
                chart.setPresentationMode(presentation);
                chart.resize(size);
                chart.setRun(run);
                chart.show();
                QVERIFY(QTest::qWaitForWindowExposed(&chart));
                QCustomPlot *plot = chart.plot();
                plot->replot(QCustomPlot::rpImmediateRefresh);
                const QImage image = plot->toPixmap(plot->width(), plot->height(), 1.0).toImage();
                const QRect viewport = plot->viewport();
                int entries = 0;
                for (int i = 0; i < plot->legend->itemCount(); ++i) {
                    auto *item = dynamic_cast<corescope::gui::chartstyle::SwatchLegendItem *>(plot->legend->item(i));
                    if (!item)
                        continue;
                    ++entries;
                    const QRect r = item->rect();
                    const QFontMetrics metrics(item->font());
                    const int textLeft = r.left() + plot->legend->iconSize().width()
                                         + plot->legend->iconTextPadding();
                    QImage alone(r.width() + 20, r.height() + 20, QImage::Format_RGB32);
                    alone.fill(Qt::white);
                    {
                        QPainter painter(&alone);
                        painter.setFont(item->font());
                        painter.setPen(item->textColor());
                        painter.drawText(QRect(0, 10, r.width() + 10, r.height()),
                                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, item->text());
                    }
                    const int drawn = inkedRows(image, QRect(textLeft, r.top() - 1, r.right() - textLeft, r.height() + 4));
                    const int whole = inkedRows(alone, alone.rect());
                    const QString where = QStringLiteral("%1x%2 gil %3 presentation %4: \"%5\" at "
                                                         "y %6..%7, text %8 px, chart %9 px high, "
                                                         "%10 rows inked of %11")
                                              .arg(size.width()).arg(size.height()).arg(gil)
                                              .arg(presentation).arg(item->text()).arg(r.top())
                                              .arg(r.bottom()).arg(metrics.height())
                                              .arg(viewport.height()).arg(drawn).arg(whole);
                    QVERIFY2(r.top() >= viewport.top() && r.bottom() <= viewport.bottom(), qPrintable(where));
                    QVERIFY2(r.height() >= metrics.height(), qPrintable(where));
                    QVERIFY2(whole > 0 && drawn == whole, qPrintable(where));
                }
                QVERIFY(entries >= 4);
            }
        }
    }
}

void TestCharts::timeline_offCpuShare_isTheBarsLowerPartAlongItsLength()
{
    // A Python process's task knows how long it was off the CPU, not when: the hatched, light
    // part is the lower half of each bar (the tasks waited half their time), near its start as
    // near its end, under a solid upper part. (It was drawn as the bar's first half: waiting
    // first, then computing.)
    RunResult run = syntheticRun(6, 2, 200 * kMs, Ordering::OrderedBatch, /*gil=*/true);
    run.options.runtime = Runtime::Python;
    TimelineChart chart;
    chart.resize(1200, 500);
    chart.setRun(run);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QCustomPlot *plot = chart.plot();
    plot->replot(QCustomPlot::rpImmediateRefresh);
    const QImage image = plot->toPixmap(plot->width(), plot->height(), 1.0).toImage();
    // The lightest of a few pixels in a row: the hatch's strokes are darker than its ground.
    const auto lightest = [&image](double x, double y) {
        int best = 0;
        for (int dx = -3; dx <= 3; ++dx)
            best = std::max(best, qGray(image.pixel(qRound(x) + dx, qRound(y))));
        return best;
    };
    const TaskRecord &t = run.tasks[3];
    const double x0 = plot->xAxis->coordToPixel(double(t.startNs) * 1e-9);
    const double x1 = plot->xAxis->coordToPixel(double(t.endNs) * 1e-9);
    QVERIFY(x1 - x0 > 60);
    const double yA = plot->yAxis->coordToPixel(t.worker - 0.2);
    const double yB = plot->yAxis->coordToPixel(t.worker + 0.2);
    const double upper = std::min(yA, yB), lower = std::max(yA, yB);
    for (const double x : {x0 + 0.15 * (x1 - x0), x1 - 0.15 * (x1 - x0)}) {
        const int solid = lightest(x, upper);
        const int hatched = lightest(x, lower);
        QVERIFY2(hatched > solid + 40,
                 qPrintable(QStringLiteral("at x %1: upper %2, lower %3").arg(x).arg(solid).arg(hatched)));
    }
}

void TestCharts::timeline_handBackStrokes_summarisePixelColumns()
{
    // Ordered batch: three results at one instant make one stroke over every row.
    tl::TimelineData batch;
    batch.reset(3, 3);
    for (std::uint32_t i = 0; i < 3; ++i)
        batch.addHandedBack(i, 30 * kMs);
    tl::PixelMap map;
    map.pxPerNs = 1000.0 / (40.0 * kMs);
    std::vector<tl::HandStroke> strokes;
    batch.handStrokes(map, 0, 1000, strokes);
    QCOMPARE(strokes.size(), std::size_t{1});
    QCOMPARE(strokes[0].count, 3u);
    QCOMPARE(strokes[0].y0, 0.0);
    QCOMPARE(strokes[0].y1, 1.0);

    // Many ticks in random order: each stroke spans exactly the rows of its pixel column.
    constexpr std::uint32_t kTicks = 20'000;
    tl::TimelineData data;
    data.reset(1, kTicks);
    std::mt19937 rng(11);
    std::uniform_int_distribution<std::int64_t> when(0, 1'000 * kMs);
    std::vector<std::pair<std::int64_t, std::uint32_t>> ticks;
    for (std::uint32_t i = 0; i < kTicks; ++i) {
        ticks.emplace_back(when(rng), i);
        data.addHandedBack(i, ticks.back().first);
    }
    map.pxPerNs = 700.0 / (1'000.0 * kMs);
    strokes.clear();
    data.handStrokes(map, 0, 700, strokes);
    std::map<long, std::pair<std::uint32_t, std::uint32_t>> expected;   // column -> min, max
    for (const auto &[t, index] : ticks) {
        const long column = long(std::floor(map.x(double(t))));
        auto [it, inserted] = expected.try_emplace(column, index, index);
        it->second.first = std::min(it->second.first, index);
        it->second.second = std::max(it->second.second, index);
    }
    QCOMPARE(strokes.size(), expected.size());
    std::uint32_t counted = 0;
    for (const auto &stroke : strokes) {
        const auto &[lo, hi] = expected.at(long(std::floor(stroke.x)));
        QCOMPARE(stroke.y0, double(lo) / kTicks);
        QCOMPARE(stroke.y1, double(hi + 1) / kTicks);
        counted += stroke.count;
    }
    QCOMPARE(counted, kTicks);

    // The same ticks in batches (as snapshots bring them, partly out of order): the same data,
    // merged once per batch instead of inserted one by one.
    tl::TimelineData batched;
    batched.reset(1, kTicks);
    for (std::uint32_t first = 0; first < kTicks; first += 997) {
        std::vector<tl::HandTick> some;
        for (std::uint32_t i = first; i < std::min(kTicks, first + 997); ++i)
            some.push_back({ticks[i].first, i});
        batched.addHandedBack(some);
    }
    QCOMPARE(batched.handed().size(), data.handed().size());
    for (std::size_t k = 0; k < data.handed().size(); ++k) {
        QCOMPARE(batched.handed()[k].tNs, data.handed()[k].tNs);
        QCOMPARE(batched.handed()[k].index, data.handed()[k].index);
    }
    std::vector<tl::HandStroke> batchedStrokes;
    batched.handStrokes(map, 0, 700, batchedStrokes);
    QCOMPARE(batchedStrokes.size(), strokes.size());
    for (std::size_t k = 0; k < strokes.size(); ++k) {
        QCOMPARE(batchedStrokes[k].y0, strokes[k].y0);
        QCOMPARE(batchedStrokes[k].y1, strokes[k].y1);
        QCOMPARE(batchedStrokes[k].count, strokes[k].count);
    }
}

void TestCharts::timeline_lateBarsInABatch_landAsInsertedOneByOne()
{
    // Records out of start order within a lane (as a Python worker's ends came when its full
    // ring was read after its socket): each chunk's last task first, then the rest; some tasks
    // start together, some fail, lanes interleave, and a batch can bring bars that go before
    // the previous batch's.
    constexpr std::uint32_t kTasks = 3'000;
    constexpr int kLanes = 3;
    std::mt19937 rng(7);
    std::uniform_int_distribution<std::int64_t> length(1, 40'000);
    std::vector<TaskRecord> byLane[kLanes];
    std::int64_t at[kLanes] = {};
    for (std::uint32_t i = 0; i < kTasks; ++i) {
        const int lane = static_cast<int>((i / 50) % kLanes);
        const std::int64_t start = at[lane];
        const std::int64_t end = start + length(rng);
        at[lane] = i % 7 == 0 ? start : end;   // every 7th: the next starts with it
        TaskRecord t = task(i, lane, start, end);
        if (i % 97 == 0)
            t.state = TaskState::Failed;
        byLane[lane].push_back(t);
    }
    std::vector<TaskRecord> arrival;
    for (int lane = 0; lane < kLanes; ++lane) {
        auto &tasks = byLane[lane];
        for (std::size_t first = 0; first < tasks.size(); first += 120) {
            const std::size_t last = std::min(tasks.size(), first + 120) - 1;
            arrival.push_back(tasks[last]);
            for (std::size_t k = first; k < last; ++k)
                arrival.push_back(tasks[k]);
        }
    }
    std::shuffle(arrival.begin() + 900, arrival.begin() + 1300, rng);   // lanes 0 and 1 mixed

    tl::TimelineData one;
    one.reset(kLanes, kTasks);
    for (const TaskRecord &t : arrival)
        one.addTask(t);
    tl::TimelineData batched;
    batched.reset(kLanes, kTasks);
    for (std::size_t first = 0; first < arrival.size(); first += 333)
        batched.addTasks(std::vector<TaskRecord>(
            arrival.begin() + static_cast<std::ptrdiff_t>(first),
            arrival.begin() + static_cast<std::ptrdiff_t>(std::min(arrival.size(), first + 333))));

    // The case under test happened: bars that start before their lane's latest so far.
    std::size_t late = 0;
    std::int64_t latest[kLanes] = {-1, -1, -1};
    for (const TaskRecord &t : arrival) {
        late += t.startNs < latest[t.worker];
        latest[t.worker] = std::max(latest[t.worker], t.startNs);
    }
    QVERIFY(late > 1000);
    QCOMPARE(batched.barCount(), std::uint64_t{kTasks});
    for (int lane = 0; lane < kLanes; ++lane) {
        const auto &a = one.lane(lane);
        const auto &b = batched.lane(lane);
        QCOMPARE(b.bars.size(), byLane[lane].size());
        QCOMPARE(b.bars.size(), a.bars.size());
        std::int64_t maxEnd = std::numeric_limits<std::int64_t>::min();
        for (std::size_t k = 0; k < a.bars.size(); ++k) {
            QCOMPARE(b.bars[k].index, a.bars[k].index);
            QCOMPARE(b.bars[k].startNs, a.bars[k].startNs);
            maxEnd = std::max(maxEnd, b.bars[k].endNs);
            QCOMPARE(b.bars[k].maxEndNs, maxEnd);
            QCOMPARE(a.bars[k].maxEndNs, maxEnd);
            if (k > 0)
                QVERIFY(b.bars[k - 1].startNs <= b.bars[k].startNs);
        }
        QCOMPARE(b.failed.size(), a.failed.size());
        for (std::size_t k = 0; k < a.failed.size(); ++k)
            QCOMPARE(b.failed[k].index, a.failed[k].index);
        QCOMPARE(batched.tasksIn(lane, 0, at[lane] / 2), one.tasksIn(lane, 0, at[lane] / 2));
    }
}

void TestCharts::timeline_click_emitsTaskClicked()
{
    TimelineChart chart;
    chart.resize(900, 500);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const RunResult run = syntheticRun(12, 3, 50 * kMs, Ordering::OrderedStream);
    chart.setRun(run);
    QCustomPlot *plot = chart.plot();
    plot->replot(QCustomPlot::rpImmediateRefresh);

    // The plottable holds the run: a bar per task, in its worker's lane, at its times.
    const QString bars = test::timelineMismatch(chart, run.tasks);
    QVERIFY2(bars.isEmpty(), qPrintable(bars));
    plot->replot(QCustomPlot::rpImmediateRefresh);
    // Lanes are numbered from 1, as the Results table and the Chrome trace number workers.
    const QStringList lanes = plot->yAxis->tickVectorLabels().toList();
    QVERIFY2(lanes.contains(QStringLiteral("worker 1 · pid %1").arg(run.workers[0].pid))
                 && lanes.contains(QStringLiteral("worker 3 · pid %1").arg(run.workers[2].pid))
                 && !lanes.join(QLatin1Char('|')).contains(QStringLiteral("worker 0")),
             qPrintable(lanes.join(QLatin1Char('|'))));

    const TaskRecord &target = run.tasks[7];
    const double mid = double(target.startNs + target.endNs) / 2 * 1e-9;
    const QPoint pos(int(plot->xAxis->coordToPixel(mid)), int(plot->yAxis->coordToPixel(target.worker)));
    // Hovering tells about the task.
    QTest::mouseMove(plot, pos);
    QTRY_VERIFY_WITH_TIMEOUT(QToolTip::isVisible(), test::scaledMs(5000));
    const QString tip = QToolTip::text();
    QVERIFY2(tip.contains(QStringLiteral("task 7")), qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("input")));
    QVERIFY(tip.contains(QString::number(1'000'003 + 2 * 7)));   // the 8th input of the range
    QVERIFY(tip.contains(QStringLiteral("duration")));
    QVERIFY(tip.contains(QStringLiteral("CPU")));
    QVERIFY(tip.contains(QStringLiteral("handed back")));
    keepToolTip(QStringLiteral("tooltip-timeline.png"));

    // The pointer rests: Qt asks the widget for its tooltip (the chart has a generic one, as
    // the Live tab gives it). The task's details stay.
    chart.setToolTip(QStringLiteral("generic chart tooltip"));
    QHelpEvent rest(QEvent::ToolTip, plot->mapTo(&chart, pos), plot->mapToGlobal(pos));
    QApplication::sendEvent(&chart, &rest);
    QVERIFY2(QToolTip::text().contains(QStringLiteral("task 7")), qPrintable(QToolTip::text()));
    // Over no bar, the generic one.
    QHelpEvent elsewhere(QEvent::ToolTip, QPoint(2, 2), chart.mapToGlobal(QPoint(2, 2)));
    QApplication::sendEvent(&chart, &elsewhere);
    QTRY_COMPARE(QToolTip::text(), QStringLiteral("generic chart tooltip"));

    QSignalSpy spy(&chart, &TimelineChart::taskClicked);
    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, pos);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<quint32>(), 7u);

    // A click on empty space between lanes says nothing.
    const QPoint between(pos.x(), int(plot->yAxis->coordToPixel(target.worker + 0.48)));
    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, between);
    QCOMPARE(spy.count(), 1);
}

void TestCharts::timeline_userZoom_stopsFollowing()
{
    TimelineChart chart;
    chart.resize(900, 500);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.clear(primes(100), options(2));
    QCustomPlot *plot = chart.plot();

    RunSnapshot snap;
    snap.workers = {worker(0, 0, kMs), worker(1, 0, kMs)};
    snap.newlyFinished = {task(0, 0, 2 * kMs, 50 * kMs)};
    snap.elapsedNs = 100 * kMs;
    chart.addSnapshot(snap);
    QVERIFY(plot->xAxis->range().upper >= 0.1);

    // The user zooms with the wheel: the view stays where they put it.
    const QPoint centre = plot->axisRect()->rect().center();
    QWheelEvent wheel(QPointF(centre), QPointF(plot->mapToGlobal(centre)), QPoint(), QPoint(0, 120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(plot, &wheel);
    const QCPRange zoomed = plot->xAxis->range();
    QVERIFY(zoomed.size() < 0.1);
    snap.newlyFinished = {task(1, 1, 60 * kMs, 190 * kMs)};
    snap.elapsedNs = 200 * kMs;
    chart.addSnapshot(snap);
    QCOMPARE(plot->xAxis->range().lower, zoomed.lower);
    QCOMPARE(plot->xAxis->range().upper, zoomed.upper);

    // Fit to run (double-click does the same) follows again.
    chart.fitToRun();
    QVERIFY(plot->xAxis->range().upper >= 0.2);
    QVERIFY(plot->xAxis->range().lower <= 0.0);
}

// ---------------------------------------------------------------------------------------------

// The header's wrapped size is kept between replots: a new text, font or width measures it
// again (the subtitle's height follows its line count).
void TestCharts::header_wrapsAgainWhenItsTextFontOrWidthChange()
{
    QCustomPlot plot;
    plot.setViewport(QRect(0, 0, 400, 300));   // as a resize (or an export's size) sets it
    gui::chartstyle::ChartFrame frame(&plot);
    const auto subtitleHeight = [&plot] {
        plot.replot();
        // row 1 of the header: the subtitle
        for (QCPLayoutElement *element : plot.plotLayout()->elements(true))
            if (auto *text = qobject_cast<QCPTextElement *>(element);
                text && text->text().startsWith(QLatin1String("sub")))
                return text->outerRect().height();
        return -1;
    };
    frame.setTitle(QStringLiteral("Title"), QStringLiteral("sub"));
    const int oneLine = subtitleHeight();
    QVERIFY(oneLine > 0);
    QCOMPARE(subtitleHeight(), oneLine);
    const QString longer =
        QStringLiteral("sub") + QStringLiteral(" a word that wraps").repeated(8);
    frame.setTitle(QStringLiteral("Title"), longer);
    const int wrapped = subtitleHeight();
    QVERIFY2(wrapped >= 2 * oneLine - 4,
             qPrintable(QStringLiteral("%1 vs %2").arg(wrapped).arg(oneLine)));
    plot.setViewport(QRect(0, 0, 1600, 300));    // wider: fewer lines
    QVERIFY(subtitleHeight() < wrapped);
    plot.setViewport(QRect(0, 0, 400, 300));
    QCOMPARE(subtitleHeight(), wrapped);
    frame.applyStyle(/*presentation=*/true);      // a larger font: taller
    QVERIFY(subtitleHeight() > wrapped);
}

void TestCharts::cpu_upToEightCores_drawsOneLinePerCore()
{
    CpuChart chart;
    chart.clear(4);
    chart.addSamples(cpuSamples(4, 3.0, 20));
    QCustomPlot *plot = chart.findChild<QCustomPlot *>();
    QCOMPARE(plot->graphCount(), 5);             // 4 cores + the average
    QCOMPARE(countPlottables<QCPColorMap>(plot), 0);
    QCPGraph *average = plot->graph(4);
    QVERIFY(average->name().startsWith(QStringLiteral("average")));
    QVERIFY(average->pen().widthF() > plot->graph(0)->pen().widthF());
    // Each line holds every sample: keys the sample times, values the core's utilization (%),
    // the average their mean.
    const auto fourCores = cpuSamples(4, 3.0, 20);
    const QString lines = test::cpuChartMismatch(chart, fourCores);
    QVERIFY2(lines.isEmpty(), qPrintable(lines));
    QCOMPARE(average->data()->size(), int(fourCores.size()));
    // Every line has its own colour.
    QSet<QRgb> colours;
    for (int i = 0; i < plot->graphCount(); ++i)
        colours.insert(plot->graph(i)->pen().color().rgb());
    QCOMPARE(colours.size(), 5);
    QCOMPARE(legendEntries(plot), 5);
    QCOMPARE(plot->yAxis->label(), QStringLiteral("utilization (%)"));

    // Eight is still lines.
    chart.clear(8);
    chart.addSamples(cpuSamples(8, 1.0, 20));
    QCOMPARE(plot->graphCount(), 9);
    QCOMPARE(countPlottables<QCPColorMap>(plot), 0);
    const QString eight = test::cpuChartMismatch(chart, cpuSamples(8, 1.0, 20));
    QVERIFY2(eight.isEmpty(), qPrintable(eight));
}

void TestCharts::cpu_aboveEightCores_switchesToHeatStrip()
{
    CpuChart chart;
    chart.resize(900, 500);
    chart.clear(16);
    chart.addSamples(cpuSamples(16, 4.0, 20));
    QCustomPlot *plot = chart.plot();
    plot->replot();     // the strip's cells are worked out when it is drawn
    QCOMPARE(countPlottables<QCPColorMap>(plot), 1);
    QCOMPARE(plot->graphCount(), 1);             // only the average line
    QCPColorMap *map = nullptr;
    for (int i = 0; i < plot->plottableCount(); ++i)
        if (auto *m = qobject_cast<QCPColorMap *>(plot->plottable(i)))
            map = m;
    QVERIFY(map);
    QCOMPARE(map->data()->valueSize(), 16);       // one row per core
    QVERIFY(map->data()->keySize() >= 40);
    // A busy core at t = 1 s reads hot.
    QVERIFY(map->data()->data(1.0, 3) > 60.0);
    // The one line left is the average of every sample.
    const QString average = test::cpuChartMismatch(chart, cpuSamples(16, 4.0, 20));
    QVERIFY2(average.isEmpty(), qPrintable(average));

    // Back to a small machine: lines again, the heat strip gone.
    chart.clear(2);
    QCOMPARE(countPlottables<QCPColorMap>(plot), 0);
    QCOMPARE(plot->graphCount(), 3);
    QCOMPARE(plot->axisRectCount(), 1);

    // The sampler's core count wins over clear()'s.
    chart.clear(2);
    chart.addSamples(cpuSamples(12, 1.0, 20));
    QCOMPARE(countPlottables<QCPColorMap>(plot), 1);
}

// MPI: another host's samples add that host's cores after this machine's, named by the host,
// dashed, each row at the host's latest reading (none before its first: a gap), and the
// subtitle counts the machines.
void TestCharts::cpu_otherHostsSamples_addAGroupOfCoresEach()
{
    CpuChart chart;
    chart.clear(2);
    QCustomPlot *plot = chart.plot();
    chart.addSamples({CpuSample{0, {0.5f, 0.5f}, {}}, CpuSample{50 * kMs, {0.5f, 0.5f}, {}}});
    chart.addSamples({CpuSample{60 * kMs, {1.0f, 0.0f, 0.25f}, "node7"},
                      CpuSample{100 * kMs, {0.1f, 0.2f}, {}}});
    QCOMPARE(plot->graphCount(), 2 + 3 + 1);     // this machine's 2, node7's 3, the average
    // A subtitle that names this machine says whose cores the other rows are.
    const auto subtitleIs = [plot](const QString &text) {
        const auto elements = plot->findChildren<QCPTextElement *>();
        return std::any_of(elements.begin(), elements.end(),
                           [&](const QCPTextElement *e) { return e->text() == text; });
    };
    chart.setTitle(QStringLiteral("Per-core utilization"), QStringLiteral("run · vm"));
    QVERIFY(subtitleIs(QStringLiteral("run · vm · + the cores of node7")));
    QCOMPARE(plot->graph(0)->name(), QStringLiteral("core 0"));
    QCOMPARE(plot->graph(2)->name(), QStringLiteral("node7 · core 0"));
    QCOMPARE(plot->graph(4)->name(), QStringLiteral("node7 · core 2"));
    QCOMPARE(plot->graph(0)->pen().style(), Qt::SolidLine);
    QCOMPARE(plot->graph(3)->pen().style(), Qt::DashLine);
    // Every row kept: node7's cores have no value before its first reading, then its latest.
    QCOMPARE(plot->graph(0)->data()->size(), 3);
    QCOMPARE(plot->graph(2)->data()->size(), 3);
    QVERIFY(std::isnan(plot->graph(2)->data()->at(0)->value));
    QCOMPARE(plot->graph(2)->data()->at(2)->value, 100.0);
    QCOMPARE(plot->graph(4)->data()->at(2)->value, 25.0);
    QCOMPARE(plot->graph(0)->data()->at(2)->value, 10.0);
    // The average: of the cores with a reading (row 0: 50 %; row 2: (10 + 20 + 100 + 0 + 25) / 5).
    QCPGraph *average = plot->graph(5);
    QCOMPARE(average->data()->at(0)->value, 50.0);
    QVERIFY(qAbs(average->data()->at(2)->value - 31.0) < 1e-6);
    QVERIFY(legendEntries(plot) >= 6);
    // A second host with more cores than lines can show: the heat strip, a row per core.
    chart.addSamples({CpuSample{120 * kMs, std::vector<float>(8, 0.5f), "node8"},
                      CpuSample{150 * kMs, {0.1f, 0.2f}, {}}});
    QCOMPARE(countPlottables<QCPColorMap>(plot), 1);
    QCOMPARE(plot->graphCount(), 1);
    QVERIFY(subtitleIs(QStringLiteral("run · vm · + the cores of node7, node8")));
    chart.clear(2);
    QVERIFY(subtitleIs(QStringLiteral("run · vm")));
    QCOMPARE(plot->graphCount(), 3);             // a new run: this machine alone again
}

void TestCharts::cpu_axis_spansTheRunNotAFixedWindow()
{
    CpuChart chart;
    chart.clear(2);
    QCustomPlot *plot = chart.plot();
    // A 1 s run fills the chart, live and after: no 0-10 s window it fills a tenth of.
    std::vector<CpuSample> fed = cpuSamples(2, 1.0, 20);
    chart.addSamples(fed);
    QVERIFY(plot->xAxis->range().lower <= 0.0);
    QVERIFY2(plot->xAxis->range().upper >= 1.0 && plot->xAxis->range().upper <= 1.1,
             qPrintable(QString::number(plot->xAxis->range().upper)));
    chart.showWholeRun(1'030 * kMs);
    QVERIFY(plot->xAxis->range().lower <= 0.0);
    QVERIFY2(plot->xAxis->range().upper >= 1.03 && plot->xAxis->range().upper <= 1.1,
             qPrintable(QString::number(plot->xAxis->range().upper)));
    // The unit follows the span, as the timeline's does.
    QCOMPARE(plot->xAxis->label(), QStringLiteral("time since run start (ms)"));

    // A long run grows the axis; nothing is dropped.
    chart.clear(2);
    const auto samples = cpuSamples(2, 25.0, 20);
    chart.addSamples(std::vector<CpuSample>(samples.begin(), samples.begin() + 80));
    QVERIFY(plot->xAxis->range().upper >= 4.0 && plot->xAxis->range().upper <= 4.2);
    chart.addSamples(std::vector<CpuSample>(samples.begin() + 80, samples.end()));
    const QString appended = test::cpuChartMismatch(chart, samples);
    QVERIFY2(appended.isEmpty(), qPrintable(appended));
    QVERIFY(plot->xAxis->range().lower <= 0.0);
    QVERIFY(plot->xAxis->range().upper >= 25.0 && plot->xAxis->range().upper <= 26.0);
    QCOMPARE(plot->xAxis->label(), QStringLiteral("time since run start (s)"));
}

void TestCharts::cpu_sharedAxis_replotsAtMostOnceAFrame_neverWhileHidden()
{
    // A live run moves the timeline's axis with every piece it takes in; the per-core chart
    // follows at once but replots through its pacer: at most once a frame, and not at all
    // while it is hidden (on another tab), until it is shown again.
    LivePair live;
    QWidget &page = live.page;
    CpuChart *cpu = live.cpu;
    TimelineChart *timeline = live.timeline;
    cpu->clear(2);
    cpu->addSamples(cpuSamples(2, 1.0, 20));
    page.resize(900, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::qWait(3 * ReplotPacer::kFrameMs);
    int replots = 0;
    connect(cpu->plot(), &QCustomPlot::afterReplot, cpu, [&replots] { ++replots; });
    QCPAxis *timeAxis = timeline->plot()->xAxis;

    // 60 moves, each in its own turn of the event loop.
    QElapsedTimer clock;
    clock.start();
    for (int i = 1; i <= 60; ++i) {
        timeAxis->setRange(0.0, 1.0 + 0.01 * i);
        QCOMPARE(cpu->plot()->xAxis->range().upper, 1.0 + 0.01 * i);   // follows at once
        QCoreApplication::processEvents();
        QTest::qWait(1);
    }
    QTRY_VERIFY_WITH_TIMEOUT(replots >= 1, test::scaledMs(1000));
    const auto frames = clock.elapsed() / ReplotPacer::kFrameMs;
    QVERIFY2(replots <= frames + 1,
             qPrintable(QStringLiteral("%1 replots in %2 frames").arg(replots).arg(frames)));

    // Hidden: the axis still follows, the chart is not drawn.
    cpu->hide();
    QTest::qWait(3 * ReplotPacer::kFrameMs);
    replots = 0;
    for (int i = 1; i <= 20; ++i) {
        timeAxis->setRange(0.0, 2.0 + 0.01 * i);
        QCoreApplication::processEvents();
    }
    QTest::qWait(3 * ReplotPacer::kFrameMs);
    QCOMPARE(cpu->plot()->xAxis->range().upper, 2.2);
    QCOMPARE(replots, 0);
    cpu->show();
    QTRY_VERIFY_WITH_TIMEOUT(replots >= 1, test::scaledMs(1000));
}

// The heat strip (more than 8 cores) works out its cells from the samples when it is drawn,
// not at every new sample or move of the time axis: a live run does both several times a
// frame, and a hidden chart is not drawn at all. Shown, or exported, it shows the range its
// axis has then.
void TestCharts::cpu_heatStrip_worksOutItsCellsWhenDrawn_notWhileHidden()
{
    LivePair live;
    QWidget &page = live.page;
    CpuChart *cpu = live.cpu;
    TimelineChart *timeline = live.timeline;
    cpu->clear(16);
    cpu->addSamples(cpuSamples(16, 4.0, 20));
    QCPAxis *timeAxis = timeline->plot()->xAxis;
    timeAxis->setRange(0.0, 4.0);
    page.resize(900, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCPColorMap *map = nullptr;
    for (int i = 0; i < cpu->plot()->plottableCount(); ++i)
        if (auto *m = qobject_cast<QCPColorMap *>(cpu->plot()->plottable(i)))
            map = m;
    QVERIFY(map);
    // Cells at the middle of each column: the first within one column of the range's start.
    const auto covers = [map](double lower, double upper) {
        const QCPRange keys = map->data()->keyRange();
        const double cell = (upper - lower) / std::max(1, map->data()->keySize());
        return map->data()->keySize() > 1 && std::abs(keys.lower - lower) <= cell
            && std::abs(keys.upper - upper) <= cell;
    };
    QTRY_VERIFY_WITH_TIMEOUT(covers(0.0, 4.0), test::scaledMs(1000));

    // Hidden: the axis follows the timeline, the cells stay as they were last drawn.
    cpu->hide();
    QTest::qWait(3 * ReplotPacer::kFrameMs);
    timeAxis->setRange(0.0, 2.0);
    QTest::qWait(3 * ReplotPacer::kFrameMs);
    QCOMPARE(cpu->plot()->xAxis->range().upper, 2.0);
    QVERIFY(covers(0.0, 4.0));

    // An export draws the range the axis has now, shown or not.
    QTemporaryDir dir;
    timeAxis->setRange(1.0, 3.0);
    QCOMPARE(gui::exportPlot(cpu->plot(), dir.filePath(QStringLiteral("cpu.png")), 800, 450),
             QString());
    QVERIFY(covers(1.0, 3.0));
    QVERIFY(map->data()->data(2.0, 3) > 60.0);     // a busy core at t = 2 s reads hot

    // Shown again: drawn at the axis's range.
    timeAxis->setRange(0.0, 2.0);
    cpu->show();
    QTRY_VERIFY_WITH_TIMEOUT(covers(0.0, 2.0), test::scaledMs(1000));
    QVERIFY(map->data()->data(1.0, 3) > 60.0);
}

// A long run's per-core lines: where many samples share a few pixels, the line is drawn
// through their means (a core busy every other sample reads 50 %, not a block from 0 to
// 100 %), and its data keeps every sample. Where they are few, each sample is drawn.
void TestCharts::meanGraph_manySamplesAPixel_drawsTheirMean_fewDrawEach()
{
    QCustomPlot plot;
    plot.resize(1000, 400);
    plot.yAxis->setRange(-5.0, 105.0);
    auto *graph = new gui::MeanGraph(plot.xAxis, plot.yAxis);
    graph->setPen(QPen(Qt::black, 3.0));
    graph->setAntialiased(false);
    const auto inkAt = [&plot](double key, double value) {
        const QImage image = plot.toPixmap().toImage();
        const QPoint at(qRound(plot.xAxis->coordToPixel(key)),
                        qRound(plot.yAxis->coordToPixel(value)));
        return qGray(image.pixel(at)) < 128;
    };
    for (const int samples : {20'000, 100}) {
        QVector<double> keys;
        QVector<double> values;
        for (int i = 0; i < samples; ++i) {
            keys << i;
            values << (i % 2 ? 100.0 : 0.0);
        }
        graph->setData(keys, values, true);
        plot.xAxis->setRange(0.0, samples - 1);
        plot.replot();
        QCOMPARE(graph->data()->size(), samples);
        const double middle = samples / 2 + 1;     // an odd sample: 100 %
        if (samples > 1'000) {
            QVERIFY(inkAt(middle, 50.0));
            QVERIFY(!inkAt(middle, 90.0));
            QVERIFY(!inkAt(middle, 10.0));
        } else {
            QVERIFY(inkAt(middle, 98.0));
            QVERIFY(inkAt(middle - 1, 2.0));
        }
    }
}

// On screen a round-capped opaque pen is drawn as flat segments and a disk image at each end
// of a drawn segment (MeanGraph::drawLinePlot): the picture must be the round caps' own. The
// reference is the same plot exported (QCustomPlot strokes the caps itself there); around each
// line end, where a cap alone makes the shape, the pictures must agree nearly pixel for pixel,
// at a device pixel ratio of 1 and 2. A flat-capped line shows that the comparison tells a
// missing cap apart.
void TestCharts::meanGraph_roundPen_onScreen_looksAsRoundCapsDo()
{
    QCustomPlot plot;
    plot.setPlottingHint(QCP::phFastPolylines, true);     // as the per-core chart draws
    plot.resize(800, 300);
    plot.xAxis->setRange(-2.0, 102.0);
    plot.yAxis->setRange(-10.0, 110.0);
    auto *graph = new gui::MeanGraph(plot.xAxis, plot.yAxis);
    QVector<double> keys;
    QVector<double> values;
    for (int i = 0; i <= 100; ++i) {
        keys << i;
        values << ((i * 37) % 11 == 0 ? 0.0 : 50.0 + 40.0 * std::sin(i * 2.1));
    }
    const double nan = std::numeric_limits<double>::quiet_NaN();
    values[40] = nan;     // a gap: the line ends at 39 and starts again at 41
    values[60] = nan;     // 61 alone between gaps: no line there, so no caps
    values[62] = nan;
    graph->setData(keys, values, true);
    const QList<int> ends = {0, 39, 41, 59, 63, 100};

    for (const double dpr : {1.0, 2.0}) {
        // On screen: replotted into the plot's buffers at this ratio, then painted 1:1 onto a
        // pixmap of the same ratio. Exported: QCustomPlot strokes the caps itself there.
        plot.setBufferDevicePixelRatio(dpr);
        const auto setPen = [&](Qt::PenCapStyle cap, double width) {
            graph->setPen(QPen(QColor(0x1f, 0x77, 0xb4), width, Qt::SolidLine, cap, Qt::RoundJoin));
        };
        const auto shown = [&](Qt::PenCapStyle cap, double width) {
            setPen(cap, width);
            plot.replot();
            QPixmap pixmap(plot.size() * dpr);
            pixmap.setDevicePixelRatio(dpr);
            pixmap.fill(Qt::white);
            plot.render(&pixmap);
            return pixmap.toImage().convertToFormat(QImage::Format_RGB32);
        };
        const auto exported = [&](double width) {
            setPen(Qt::RoundCap, width);
            return plot.toPixmap(0, 0, dpr).toImage().convertToFormat(QImage::Format_RGB32);
        };
        // Pixels that differ by more than a rim's antialiasing, in a square of `side` device
        // pixels about the point (key, value).
        const auto differing = [&](const QImage &a, const QImage &b, double key, double value,
                                   int side) {
            const QPoint at(qRound(plot.xAxis->coordToPixel(key) * dpr),
                            qRound(plot.yAxis->coordToPixel(value) * dpr));
            int differ = 0;
            for (int y = at.y() - side / 2; y <= at.y() + side / 2; ++y)
                for (int x = at.x() - side / 2; x <= at.x() + side / 2; ++x) {
                    if (!a.valid(x, y) || !b.valid(x, y))
                        continue;
                    const QRgb p = a.pixel(x, y);
                    const QRgb q = b.pixel(x, y);
                    differ += (std::abs(qRed(p) - qRed(q)) > 60
                               || std::abs(qGreen(p) - qGreen(q)) > 60
                               || std::abs(qBlue(p) - qBlue(q)) > 60) ? 1 : 0;
                }
            return differ;
        };
        bool anyApart = false;
        for (const double width : {3.0, 9.0, 16.0}) {
            const QImage reference = exported(width);
            const QImage drawn = shown(Qt::RoundCap, width);
            const QImage capless = shown(Qt::FlatCap, width);
            QCOMPARE(drawn.size(), reference.size());
            anyApart = anyApart || drawn != reference;
            const int side = int(std::ceil((width + 6) * dpr));
            for (const int end : ends) {
                const int apart = differing(drawn, reference, end, values[end], side);
                const int missing = differing(capless, reference, end, values[end], side);
                qDebug("dpr %g, width %g, end %d: %d pixels differ, %d without caps", dpr, width,
                       end, apart, missing);
                QVERIFY2(apart <= 4 * dpr,     // 0 at most ends; 4 at one end, 16 px at 2x
                         qPrintable(QStringLiteral("dpr %1, width %2, the end at %3: %4 pixels")
                                        .arg(dpr).arg(width).arg(end).arg(apart)));
                if (width >= 9.0)      // a 3 px line's caps are a pixel or two
                    QVERIFY2(missing > 4 * std::max(apart, 2),
                             qPrintable(QStringLiteral("width %1, end %2: without caps %3")
                                            .arg(width).arg(end).arg(missing)));
            }
            const QPoint alone(qRound(plot.xAxis->coordToPixel(61.0) * dpr),
                               qRound(plot.yAxis->coordToPixel(values[61]) * dpr));
            QCOMPARE(qGray(reference.pixel(alone)), 255);
            QCOMPARE(qGray(drawn.pixel(alone)), 255);
        }
        // The screen's pictures were MeanGraph's own, not QCustomPlot's strokes.
        QVERIFY(anyApart);
    }
}

// The per-core chart above the timeline, as on the Live tab: their time axes line up on
// screen (the timeline's worker labels take more room on the left, the heat strip's colour
// scale on the right), in line and heat-strip modes, and presentation mode's bigger labels
// leave no margin behind when it is turned off.
void TestCharts::cpu_sharedAxis_oneMomentAtOneX_inBothCharts()
{
    LivePair live;
    QWidget &page = live.page;
    CpuChart *cpu = live.cpu;
    TimelineChart *timeline = live.timeline;
    const RunResult run = syntheticRun(40, 2, 50 * kMs, Ordering::OrderedBatch);
    timeline->setRun(run);
    const auto seconds = double(run.wallNs) * 1e-9;
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // Where a time lands in the window: the same in both charts, within a pixel.
    const auto apart = [&](double t) {
        const auto at = [&page, t](QCustomPlot *plot) {
            return plot->mapTo(&page, QPoint(qRound(plot->xAxis->coordToPixel(t)), 0)).x();
        };
        return std::abs(at(cpu->plot()) - at(timeline->plot()));
    };
    const auto lined = [&] {
        return apart(0.0) <= 1 && apart(seconds * 0.5) <= 1 && apart(seconds) <= 1;
    };
    for (const int cores : {2, 16}) {
        cpu->clear(cores);
        cpu->addSamples(cpuSamples(cores, seconds, 20));
        cpu->showWholeRun(run.wallNs);
        QTest::qWait(4 * ReplotPacer::kFrameMs);     // laid out anew (the heat strip's scale)
        // The heat strip's rows laid out too, not only the 2-core chart before it.
        QTRY_VERIFY2_WITH_TIMEOUT(lined() && cpu->plot()->axisRect(0)->width() > 0,
                                  qPrintable(QStringLiteral("%1 cores: %2 px apart at 0")
                                                          .arg(cores).arg(apart(0.0))),
                                  test::scaledMs(2000));
    }
    const QRect plotArea = timeline->plot()->axisRect()->rect();
    const int plotWidth = plotArea.width();
    cpu->setPresentationMode(true);
    timeline->setPresentationMode(true);
    QTRY_VERIFY_WITH_TIMEOUT(lined() && timeline->plot()->axisRect()->width() != plotWidth,
                             test::scaledMs(2000));
    cpu->setPresentationMode(false);
    timeline->setPresentationMode(false);
    QTRY_VERIFY_WITH_TIMEOUT(lined() && timeline->plot()->axisRect()->width() == plotWidth,
                             test::scaledMs(2000));
    QCOMPARE(timeline->plot()->axisRect()->rect(), plotArea);
    // QCustomPlot's own padding (15 px) stays on the sides without an axis.
    QVERIFY(timeline->plot()->axisRect()->margins().top() >= 15);
    QVERIFY(cpu->plot()->xAxis->axisRect()->margins().right() >= 15);

    // A file holds the chart alone, without the margins that line it up on screen: laid out
    // for the file (until it is laid out for the screen again), its plot starts and ends where
    // a chart that shares no axis has them.
    QTemporaryDir dir;
    CpuChart alone;
    alone.clear(16);
    alone.addSamples(cpuSamples(16, seconds, 20));
    alone.showWholeRun(run.wallNs);
    QCOMPARE(gui::exportPlot(alone.plot(), dir.filePath(QStringLiteral("alone.png")), 1100, 300),
             QString());
    QCOMPARE(gui::exportPlot(cpu->plot(), dir.filePath(QStringLiteral("cpu.png")), 1100, 300),
             QString());
    QCOMPARE(cpu->plot()->xAxis->axisRect()->left(), alone.plot()->xAxis->axisRect()->left());
    QCOMPARE(cpu->plot()->xAxis->axisRect()->right(), alone.plot()->xAxis->axisRect()->right());
    QVERIFY(alone.plot()->xAxis->axisRect()->margins().right() >= 15);
    QVERIFY(cpu->plot()->xAxis->axisRect()->margins().right() >= 15);
    QTRY_VERIFY_WITH_TIMEOUT(lined(), test::scaledMs(2000));     // and the screen keeps them

    // Another host's cores arrive (MPI): the chart builds its rects anew, lined up again.
    cpu->addSamples({CpuSample{run.wallNs, std::vector<float>(3, 0.5f), "node7"},
                     CpuSample{run.wallNs + 1, std::vector<float>(16, 0.5f), {}}});
    QTest::qWait(4 * ReplotPacer::kFrameMs);
    QTRY_VERIFY_WITH_TIMEOUT(lined() && cpu->plot()->axisRect(0)->width() > 0,
                             test::scaledMs(2000));
}

void TestCharts::cpu_sharedAxis_zoomsAndPansWithTheTimeline()
{
    TimelineChart timeline;
    timeline.resize(900, 400);
    CpuChart cpu;
    cpu.resize(900, 300);
    cpu.shareTimeAxisWith(timeline.plot()->xAxis);
    QCPAxis *cpuAxis = cpu.plot()->xAxis;
    QCPAxis *timeAxis = timeline.plot()->xAxis;

    // Live: the timeline follows the run to its expected end (elapsed + ETA), the cores with it.
    timeline.clear(primes(10), options(2));
    cpu.clear(2);
    RunSnapshot snap;
    snap.workers = {worker(0, 0, kMs), worker(1, 0, kMs)};
    snap.newlyFinished = {task(0, 0, 2 * kMs, 100 * kMs), task(1, 1, 2 * kMs, 100 * kMs)};
    snap.tasksTotal = 10;
    snap.tasksFinished = 2;
    snap.elapsedNs = 100 * kMs;
    timeline.addSnapshot(snap);
    cpu.addSamples(cpuSamples(2, 0.1, 20));
    QVERIFY2(timeAxis->range().upper >= 0.5, qPrintable(QString::number(timeAxis->range().upper)));
    QCOMPARE(cpuAxis->range().lower, timeAxis->range().lower);
    QCOMPARE(cpuAxis->range().upper, timeAxis->range().upper);

    // After the run: the timeline fits it, and the per-core chart shows the same span.
    const RunResult run = syntheticRun(40, 2, 50 * kMs, Ordering::OrderedBatch);
    cpu.clear(2);
    cpu.addSamples(cpuSamples(2, double(run.wallNs) * 1e-9, 20));
    cpu.showWholeRun(run.wallNs);
    timeline.setRun(run);
    QCOMPARE(cpuAxis->range().lower, timeAxis->range().lower);
    QCOMPARE(cpuAxis->range().upper, timeAxis->range().upper);
    QVERIFY(timeAxis->range().upper >= double(run.wallNs) * 1e-9);
    QCOMPARE(cpuAxis->label(), timeAxis->label());

    // Zooming the timeline zooms the cores; panning the cores pans the timeline.
    const QCPRange before = cpuAxis->range();
    timeAxis->scaleRange(0.25, before.center());
    QVERIFY(cpuAxis->range().size() < before.size() * 0.3);
    QCOMPARE(cpuAxis->range().lower, timeAxis->range().lower);
    QCOMPARE(cpuAxis->range().upper, timeAxis->range().upper);
    QCOMPARE(cpuAxis->label(), timeAxis->label());
    cpuAxis->moveRange(0.05);
    QCOMPARE(timeAxis->range().lower, cpuAxis->range().lower);
    QCOMPARE(timeAxis->range().upper, cpuAxis->range().upper);
    // Zoomed in to milliseconds, both say so.
    timeAxis->setRange(0.1, 0.104);
    QCOMPARE(cpuAxis->range().upper, 0.104);
    QCOMPARE(cpuAxis->label(), QStringLiteral("time since run start (ms)"));
    QCOMPARE(timeAxis->label(), QStringLiteral("time since run start (ms)"));
}

void TestCharts::cpu_runTooShortToSample_saysSo()
{
    CpuChart chart;
    chart.resize(900, 300);
    chart.clear(2, 20);
    QVERIFY(chart.note().isEmpty());
    chart.showWholeRun(31 * kMs);      // under 50 ms: not one sample
    QVERIFY2(chart.note().startsWith(QStringLiteral("Too short to sample at 20 Hz")),
             qPrintable(chart.note()));
    QVERIFY2(chart.note().contains(QStringLiteral("31")), qPrintable(chart.note()));
    // The note is an item QCustomPlot draws, over the plot.
    QCPItemText *drawn = nullptr;
    for (int i = 0; i < chart.plot()->itemCount(); ++i)
        if (auto *text = qobject_cast<QCPItemText *>(chart.plot()->item(i)); text && text->visible())
            drawn = text;
    QVERIFY(drawn);
    QCOMPARE(drawn->text(), chart.note());
    QVERIFY(chart.plot()->xAxis->range().upper < 0.05);   // and the axis is the run's 31 ms

    // A run the sampler saw draws its lines and says nothing.
    chart.clear(2, 20);
    chart.addSamples(cpuSamples(2, 0.3, 20));
    chart.showWholeRun(310 * kMs);
    QVERIFY(chart.note().isEmpty());

    // Sampling off is not "too short".
    chart.clear(2, 0);
    chart.showWholeRun(31 * kMs);
    QVERIFY(!chart.note().isEmpty());
    QVERIFY(!chart.note().startsWith(QStringLiteral("Too short")));
}

void TestCharts::cpu_atFullLoad_everyCoreStaysVisibleOverTheAverage()
{
    CpuChart chart;
    chart.resize(900, 360);
    chart.clear(2);
    std::vector<CpuSample> busy;
    for (int i = 1; i <= 40; ++i)
        busy.push_back(CpuSample{i * 50 * kMs, {1.0f, 1.0f}, {}});
    chart.addSamples(busy);
    chart.showWholeRun(2'000 * kMs);
    QCustomPlot *plot = chart.plot();
    // The average is drawn under the cores, light (an opaque grey: the chart draws its lines
    // as segments, where a see-through band would darken at every joint).
    QCPGraph *average = plot->graph(2);
    QVERIFY(average->name().startsWith(QStringLiteral("average")));
    QVERIFY(average->layer()->index() < plot->graph(0)->layer()->index());
    QVERIFY(average->layer()->index() < plot->graph(1)->layer()->index());
    QVERIFY(average->pen().color().lightness() > 160);
    QVERIFY(plot->plottingHints().testFlag(QCP::phFastPolylines));

    // What is drawn: at 1 s, around the 100 % line, both cores' colours show.
    plot->resize(900, 360);
    plot->replot(QCustomPlot::rpImmediateRefresh);   // lays the axes out at this size
    const QImage image = plot->toPixmap(0, 0, 2.0).toImage();
    const int x = int(plot->xAxis->coordToPixel(1.0) * 2.0);
    const int y = int(plot->yAxis->coordToPixel(100.0) * 2.0);
    const auto near = [](QRgb a, const QColor &b) {
        return std::abs(qRed(a) - b.red()) + std::abs(qGreen(a) - b.green())
            + std::abs(qBlue(a) - b.blue()) < 60;
    };
    const QColor core0 = plot->graph(0)->pen().color();
    const QColor core1 = plot->graph(1)->pen().color();
    int seen0 = 0;
    int seen1 = 0;
    for (int dy = -16; dy <= 16; ++dy) {
        const QRgb px = image.pixel(x, y + dy);
        seen0 += near(px, core0) ? 1 : 0;
        seen1 += near(px, core1) ? 1 : 0;
    }
    QVERIFY2(seen0 >= 2 && seen1 >= 2,
             qPrintable(QStringLiteral("core 0: %1 px, core 1: %2 px").arg(seen0).arg(seen1)));
}

// ---------------------------------------------------------------------------------------------

void TestCharts::speedup_hasIdealLineAndOneGraphPerSeries()
{
    SpeedupChart chart;
    auto series = speedupSeries();
    series[1].points[0].low = series[1].points[0].high = series[1].points[0].speedup;  // one run
    for (auto &p : series[1].points)
        p.low = p.high = p.speedup;
    chart.setData(series, 4, true);
    QCustomPlot *plot = chart.plot();
    QCOMPARE(plot->graphCount(), 4);             // ideal + 3 modes
    int ideal = 0;
    for (int i = 0; i < plot->graphCount(); ++i) {
        if (plot->graph(i)->name().startsWith(QStringLiteral("ideal"))) {
            ++ideal;
            QCOMPARE(plot->graph(i)->pen().style(), Qt::DashLine);
            // y = x
            const auto first = plot->graph(i)->data()->constBegin();
            const auto last = plot->graph(i)->data()->constEnd() - 1;
            QCOMPARE(first->value, first->key);
            QCOMPARE(last->value, last->key);
        }
    }
    QCOMPARE(ideal, 1);
    QCOMPARE(plot->graph(1)->name(), QStringLiteral("threads"));
    QCOMPARE(plot->graph(3)->name(), QStringLiteral("processes"));
    QCOMPARE(plot->graph(3)->data()->size(), 8);
    // Whiskers where repeats differ; none for the series measured once.
    QCOMPARE(countPlottables<QCPErrorBars>(plot), 2);
    // The "4 cores" marker.
    bool marker = false;
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto *text = qobject_cast<QCPItemText *>(plot->item(i)))
            marker = marker || text->text() == QStringLiteral("4 cores");
    QVERIFY(marker);
    QCOMPARE(legendEntries(plot), 4);
}

void TestCharts::speedup_repeats_serialStaysAtOneOthersStepAside()
{
    // With repeats (whiskers), series sharing a worker count are nudged apart; the serial
    // baseline stays at x = 1 and a count with one series is not moved.
    SpeedupChart chart;
    const SpeedupSeries serial{QStringLiteral("serial"), {SpeedupPoint{1, 1.0, 0.97, 1.03, 1.0}}};
    const SpeedupSeries threads{QStringLiteral("threads"),
                                {SpeedupPoint{1, 0.98, 0.95, 1.0, 1.0}, SpeedupPoint{2, 1.9, 1.8, 1.95, 0.5}}};
    const SpeedupSeries processes{QStringLiteral("processes"),
                                  {SpeedupPoint{1, 0.9, 0.85, 0.95, 1.1}, SpeedupPoint{4, 1.8, 1.7, 1.9, 0.55}}};
    chart.setData({serial, threads, processes}, 2, true);
    QCustomPlot *plot = chart.plot();
    const auto keysOf = [plot](const QString &name) {
        QList<double> keys;
        for (int i = 0; i < plot->graphCount(); ++i)
            if (plot->graph(i)->name() == name)
                for (auto it = plot->graph(i)->data()->constBegin(); it != plot->graph(i)->data()->constEnd(); ++it)
                    keys << it->key;
        return keys;
    };
    QCOMPARE(keysOf(QStringLiteral("serial")), QList<double>{1.0});
    const QList<double> t = keysOf(QStringLiteral("threads"));
    const QList<double> p = keysOf(QStringLiteral("processes"));
    QCOMPARE(t.size(), 2);
    QCOMPARE(p.size(), 2);
    QVERIFY(t[0] != 1.0 && p[0] != 1.0 && t[0] != p[0]);   // beside the serial point, apart
    QVERIFY(std::abs(t[0] - 1.0) <= 0.1 && std::abs(p[0] - 1.0) <= 0.1);
    QCOMPARE(t[1], 2.0);   // alone at its count
    QCOMPARE(p[1], 4.0);
}

void TestCharts::speedup_hover_showsEfficiency()
{
    SpeedupChart chart;
    chart.resize(900, 600);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    SpeedupSeries one{QStringLiteral("processes"), {SpeedupPoint{1, 0.9, 0.9, 0.9, 2.0},
                                                    SpeedupPoint{4, 3.0, 3.0, 3.0, 0.6}}};
    chart.setData({one}, 4, true);
    QCustomPlot *plot = chart.plot();
    plot->replot(QCustomPlot::rpImmediateRefresh);
    const QPoint pos(int(plot->xAxis->coordToPixel(4)), int(plot->yAxis->coordToPixel(3.0)) + 2);
    QTest::mouseMove(plot, pos);
    QTRY_VERIFY_WITH_TIMEOUT(QToolTip::isVisible(), test::scaledMs(5000));
    const QString tip = QToolTip::text();
    QVERIFY2(tip.contains(QStringLiteral("75 %")), qPrintable(tip));    // 3.0 / 4 workers
    QVERIFY(tip.contains(QStringLiteral("3.00")));
    QVERIFY(tip.contains(QStringLiteral("600 ms")));
    keepToolTip(QStringLiteral("tooltip-speedup.png"));
}

void TestCharts::speedup_withoutBaseline_saysSo()
{
    SpeedupChart chart;
    chart.setData({}, 8, false);
    bool said = false;
    for (int i = 0; i < chart.plot()->itemCount(); ++i)
        if (auto *text = qobject_cast<QCPItemText *>(chart.plot()->item(i)))
            said = said || text->text().startsWith(QStringLiteral("No serial baseline yet"));
    QVERIFY(said);
    chart.setData(speedupSeries(), 8, true);
    for (int i = 0; i < chart.plot()->itemCount(); ++i)
        if (auto *text = qobject_cast<QCPItemText *>(chart.plot()->item(i)))
            QVERIFY(!text->text().startsWith(QStringLiteral("No serial baseline yet")));
}

void TestCharts::speedup_valueLabels_neverOverlap()
{
    // A sweep whose points meet: at 2 workers two series read the same (one label says it for
    // both), a third is a hair below them; at 4, three close values. No drawn label may cover
    // another, and every distinct value stays written.
    SpeedupChart chart;
    chart.resize(900, 600);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const auto point = [](int w, double s) { return SpeedupPoint{w, s, s, s, 1.0}; };
    const SpeedupSeries serial{QStringLiteral("serial"), {point(1, 1.0)}};
    const SpeedupSeries a{QStringLiteral("a"), {point(1, 1.0), point(2, 1.9), point(4, 1.93)}};
    const SpeedupSeries b{QStringLiteral("b"), {point(1, 0.99), point(2, 1.9), point(4, 1.9)}};
    const SpeedupSeries c{QStringLiteral("c"), {point(1, 0.98), point(2, 1.88), point(4, 1.95)}};
    // A point near 0 under the others (tiny tasks on processes): its label stays in the chart.
    const SpeedupSeries d{QStringLiteral("d"), {point(4, 0.06)}};
    // And two such points at one worker count, as processes and threads on tiny tasks give.
    const SpeedupSeries e{QStringLiteral("e"), {point(2, 0.06)}};
    const SpeedupSeries f{QStringLiteral("f"), {point(2, 0.05)}};
    chart.setData({serial, a, b, c, d, e, f}, 4, true);
    chart.plot()->replot(QCustomPlot::rpImmediateRefresh);
    QList<QRectF> drawn;
    QStringList texts;
    for (int i = 0; i < chart.plot()->itemCount(); ++i) {
        auto *text = qobject_cast<QCPItemText *>(chart.plot()->item(i));
        if (!text || text->objectName() != QLatin1String("valueLabel") || !text->visible())
            continue;
        // The text's own box, without the padding that keeps it off the marker.
        const QMargins pad = text->padding();
        const QRectF box = QRectF(text->topLeft->pixelPosition(), text->bottomRight->pixelPosition())
                               .adjusted(pad.left(), pad.top(), -pad.right(), -pad.bottom());
        for (const QRectF &other : drawn)
            QVERIFY2(!box.intersects(other), qPrintable(text->text()));
        QVERIFY2(QRectF(chart.plot()->axisRect()->rect()).contains(box), qPrintable(text->text()));
        drawn << box;
        texts << text->text();
    }
    // The two beside their points at 2 workers read in their values' order: 0.06 above 0.05.
    const qsizetype at005 = texts.indexOf(QStringLiteral("0.05×"));
    QVERIFY(at005 >= 0);
    int above = 0;
    for (qsizetype i = 0; i < texts.size(); ++i)
        if (texts.at(i) == QStringLiteral("0.06×") && drawn.at(i).left() < drawn.at(at005).right()
            && drawn.at(i).right() > drawn.at(at005).left()) {
            QVERIFY(drawn.at(i).bottom() <= drawn.at(at005).top());
            ++above;
        }
    QCOMPARE(above, 1);
    QCOMPARE(texts.count(QStringLiteral("1.90×")), 2);   // at 2 workers (a, b as one) and at 4
    QCOMPARE(texts.count(QStringLiteral("1.00×")), 1);   // serial and a at 1, as one
    for (const QString &t : {QStringLiteral("0.99×"), QStringLiteral("0.98×"), QStringLiteral("1.88×"),
                             QStringLiteral("1.93×"), QStringLiteral("1.95×"), QStringLiteral("0.05×")})
        QVERIFY2(texts.contains(t), qPrintable(t));
    QCOMPARE(texts.count(QStringLiteral("0.06×")), 2);   // at 2 and at 4 workers
    QCOMPARE(texts.size(), 11);
    QCOMPARE(chart.valueLabels().size(), 13);   // every point's value, drawn or shared
}

// ---------------------------------------------------------------------------------------------

void TestCharts::export_writesPngSvgAndPdf()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TimelineChart timeline;
    timeline.setRun(syntheticRun(40, 4, 30 * kMs, Ordering::OrderedStream));
    CpuChart cpu;
    cpu.clear(4);
    cpu.addSamples(cpuSamples(4, 5.0, 20));
    SpeedupChart speedup;
    speedup.setData(speedupSeries(), 4, true);

    const QList<QCustomPlot *> plots{timeline.plot(), cpu.plot(), speedup.plot()};
    int n = 0;
    for (QCustomPlot *plot : plots) {
        const QString base = dir.filePath(QStringLiteral("chart%1").arg(n++));
        QCOMPARE(gui::exportPlot(plot, base + QStringLiteral(".png"), 800, 450), QString());
        const QByteArray png = readAll(base + QStringLiteral(".png"));
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        const QImage image = QImage::fromData(png);
        QCOMPARE(image.size(), QSize(800, 450));          // exactly the pixels asked for
        QCOMPARE(gui::exportPlot(plot, base + QStringLiteral("@2x.png"), 800, 450, 2.0), QString());
        QCOMPARE(QImage(base + QStringLiteral("@2x.png")).size(), QSize(1600, 900));   // when asked

        QCOMPARE(gui::exportPlot(plot, base + QStringLiteral(".svg"), 800, 450), QString());
        const QByteArray svg = readAll(base + QStringLiteral(".svg"));
        QVERIFY(svg.contains("<svg width=\"800pt\" height=\"450pt\""));   // points, as the PDF's
        QVERIFY(svg.contains("viewBox=\"0 0 800 450\""));
        QVERIFY(svg.size() > 2000);

        QCOMPARE(gui::exportPlot(plot, base + QStringLiteral(".PDF")), QString());   // default size
        const QByteArray pdf = readAll(base + QStringLiteral(".PDF"));
        QVERIFY(pdf.startsWith("%PDF"));
        QVERIFY(pdf.size() > 1000);
    }
    QVERIFY(gui::plotExportFilter().contains(QStringLiteral("*.png")));
    QVERIFY(gui::plotExportFilter().contains(QStringLiteral("*.svg")));
    QVERIFY(gui::plotExportFilter().contains(QStringLiteral("*.pdf")));
}

void TestCharts::export_refusesUnknownSuffixAndUnwritablePath()
{
    QTemporaryDir dir;
    SpeedupChart chart;
    chart.setData(speedupSeries(), 4, true);
    const QString xyz = dir.filePath(QStringLiteral("chart.xyz"));
    const QString error = gui::exportPlot(chart.plot(), xyz);
    QVERIFY(!error.isEmpty());
    QVERIFY(error.contains(QStringLiteral(".png")));
    QVERIFY(!QFile::exists(xyz));
    const QString unwritable = dir.filePath(QStringLiteral("no/such/folder/chart.png"));
    const QString error2 = gui::exportPlot(chart.plot(), unwritable);
    QVERIFY(!error2.isEmpty());
    QVERIFY(error2.contains(unwritable));
    QVERIFY(!gui::exportPlot(nullptr, dir.filePath(QStringLiteral("x.png"))).isEmpty());
}

// ---------------------------------------------------------------------------------------------

void TestCharts::screenshots()
{
    QTemporaryDir tmp;
    QString dir = shotDir();
    if (dir.isEmpty())
        dir = tmp.path();
    QDir().mkpath(dir);
    const auto shoot = [&dir](QCustomPlot *plot, const QString &name, int w, int h) {
        const QString path = QDir(dir).filePath(name);
        QCOMPARE(gui::exportPlot(plot, path, w, h), QString());
        QVERIFY(QFileInfo(path).size() > 10'000);
    };
    // The vector exports, drawn back into pictures, must look like the PNG (kept pictures only).
    const auto shootVectors = [&dir](QCustomPlot *plot, const QString &name, int w, int h) {
        if (shotDir().isEmpty())
            return;
        const QString svg = QDir(dir).filePath(name + QStringLiteral(".svg"));
        QCOMPARE(gui::exportPlot(plot, svg, w, h), QString());
        QCOMPARE(gui::exportPlot(plot, QDir(dir).filePath(name + QStringLiteral(".pdf")), w, h),
                 QString());
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QImage image(w, h, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        image.save(QDir(dir).filePath(name + QStringLiteral("-from-svg.png")));
    };
    for (const bool presentation : {false, true}) {
        const QString suffix = presentation ? QStringLiteral("-presentation") : QString();

        // Timeline: 4 processes, start-up, Pool.imap, tasks of uneven length.
        TimelineChart timeline;
        timeline.setPresentationMode(presentation);
        timeline.setTitle(QStringLiteral("Task timeline"),
                          QStringLiteral("primes (40 tasks) · processes, 4 workers, Pool.imap: in order, as they arrive · "
                                         "Intel Core i5-8250U, 4 cores"));
        timeline.setRun(syntheticRun(40, 4, 30 * kMs, Ordering::OrderedStream));
        shoot(timeline.plot(), QStringLiteral("timeline%1.png").arg(suffix), 1100, 560);

        TimelineChart gil;
        gil.setPresentationMode(presentation);
        RunResult gilRun = syntheticRun(24, 3, 40 * kMs, Ordering::AsCompleted, true, Mode::Threads);
        gilRun.tasks[9].state = TaskState::Failed;
        gil.setRun(gilRun);
        shoot(gil.plot(), QStringLiteral("timeline-gil%1.png").arg(suffix), 1100, 480);
        if (!presentation)
            shootVectors(gil.plot(), QStringLiteral("timeline-gil"), 1100, 480);

        TimelineChart many;
        many.setPresentationMode(presentation);
        many.setRun(syntheticRun(200'000, 16, 150'000, Ordering::AsCompleted));
        shoot(many.plot(), QStringLiteral("timeline-many%1.png").arg(suffix), 1100, 700);

        CpuChart cpu;
        cpu.setPresentationMode(presentation);
        cpu.setTitle(QStringLiteral("Per-core utilization"),
                     QStringLiteral("primes · processes, 4 workers · Intel Core i5-8250U, 4 cores"));
        cpu.clear(4);
        cpu.addSamples(cpuSamples(4, 12.0, 20));
        shoot(cpu.plot(), QStringLiteral("cpu%1.png").arg(suffix), 1100, 500);
        cpu.showWholeRun();
        shoot(cpu.plot(), QStringLiteral("cpu-whole%1.png").arg(suffix), 1100, 500);
        if (!presentation)
            shootVectors(cpu.plot(), QStringLiteral("cpu-whole"), 1100, 500);

        CpuChart heat;
        heat.setPresentationMode(presentation);
        heat.clear(32);
        heat.addSamples(cpuSamples(32, 12.0, 20));
        heat.showWholeRun();
        shoot(heat.plot(), QStringLiteral("cpu-heat%1.png").arg(suffix), 1100, 600);
        if (!presentation)
            shootVectors(heat.plot(), QStringLiteral("cpu-heat"), 1100, 600);

        SpeedupChart speedup;
        speedup.setPresentationMode(presentation);
        speedup.setTitle(QStringLiteral("Speedup"),
                         QStringLiteral("primes · 1-8 workers, 3 repeats · Intel Core i5-8250U, 4 cores"));
        speedup.setData(speedupSeries(), 4, true);
        shoot(speedup.plot(), QStringLiteral("speedup%1.png").arg(suffix), 900, 600);
        if (!presentation)
            shootVectors(speedup.plot(), QStringLiteral("speedup"), 900, 600);

        SpeedupChart empty;
        empty.setPresentationMode(presentation);
        empty.setData({}, 4, false);
        shoot(empty.plot(), QStringLiteral("speedup-nobaseline%1.png").arg(suffix), 900, 600);
    }
}

// Lanes are labelled where the labels' ink fits, not the font's whole line: a row pitch between
// the two labels every row (Hangul's ink is 20 px in a 24 px line), one below the ink thins
// them out, and the extra lane is labelled whatever the step.
void TestCharts::rowTicker_labelsWhereTheirInkFits()
{
    QCustomPlot plot;
    QFont font = plot.yAxis->tickLabelFont();
    font.setPixelSize(20);
    plot.yAxis->setTickLabelFont(font);
    auto ticker = QSharedPointer<gui::chartstyle::RowTicker>::create(plot.yAxis);
    plot.yAxis->setTicker(ticker);
    const std::vector<QString> labels{QStringLiteral("워커 1 · PID 15196"),
                                      QStringLiteral("워커 2 · PID 15197"),
                                      QStringLiteral("워커 3 · PID 15198"),
                                      QStringLiteral("워커 4 · PID 15199")};
    ticker->setRows(labels);
    ticker->setExtra({{4.0, QStringLiteral("돌려준 결과")}});
    const QFontMetrics metrics(font);
    QRect inked;
    for (const QString &label : labels)
        inked = inked.united(metrics.tightBoundingRect(label));
    const int ink = inked.height();
    const int gap = gui::chartstyle::RowTicker::labelGap(metrics);
    const QString why = QStringLiteral("ink %1 px, line %2 px").arg(ink).arg(metrics.height());
    QVERIFY2(ink + gap < metrics.height(), qPrintable(why));   // else the case is not this one
    plot.yAxis->setRange(-0.5, 4.5);                        // 5 rows
    const auto stepAt = [&plot, &ticker](int rowPitch, QVector<QString> *shown) {
        // (The viewport, not the widget's size: a widget never shown is resized when shown.)
        plot.setViewport(QRect(0, 0, 400, 400));
        plot.replot();
        const int chrome = 400 - plot.axisRect()->height();
        plot.setViewport(QRect(0, 0, 400, chrome + 5 * rowPitch));
        plot.replot();
        if (plot.axisRect()->height() != 5 * rowPitch)
            qWarning("axis rect %d px high, not %d", plot.axisRect()->height(), 5 * rowPitch);
        QVector<double> ticks;
        ticker->generate(plot.yAxis->range(), QLocale::c(), QLatin1Char('g'), 6, ticks, nullptr,
                         shown);
        return ticker->rowStep();
    };
    QVector<QString> shown;
    const int between = (ink + gap + metrics.height() + 1) / 2;
    QCOMPARE(stepAt(between, &shown), 1);
    QCOMPARE(shown.size(), 5);
    QCOMPARE(stepAt(ink - 2, &shown), 2);
    QCOMPARE(shown, (QVector<QString>{labels[0], labels[2], QStringLiteral("돌려준 결과")}));
}

QTEST_MAIN(TestCharts)
#include "tst_gui_charts.moc"
