// The Sweep tab, saved runs and sweeps, and the Compare window, driven as a user would on the
// offscreen platform: a small real sweep fills the charts live and completes; Cancel stops
// one; a bad worker list says what is wrong; a saved run / sweep opens again showing the same
// rows, timeline data and points; two saved files compare side by side and export.

#include "app/charts/speedupchart.h"
#include "app/charts/timelinechart.h"
#include "app/charts/qcpinclude.h"
#include "app/gui/comparewindow.h"
#include "app/charts/chartexport.h"
#include "app/gui/controlpanel.h"
#include "app/gui/exportdialog.h"
#include "app/gui/diagnosispanel.h"
#include "app/gui/mainwindow.h"
#include "tests/guitesting.h"
#include "app/gui/messagebanner.h"
#include "app/gui/runstatusbar.h"
#include "app/gui/savedfile.h"
#include "app/gui/sweeppanel.h"
#include "app/models/taskmodel.h"
#include "app/models/tasksortproxy.h"
#include "core/engine/sweep.h"
#include "core/exec/mpiexecutor.h"
#include "core/sample/cpusampler.h"
#include "core/io/reportreader.h"
#include "core/io/reportwriter.h"
#include "core/io/sweepreport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QRegularExpression>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QScrollArea>
#include <QTest>

#include <cmath>
#include <thread>

using namespace corescope;
using namespace corescope::gui;
using corescope::test::scaledMs;
using corescope::test::selectWorkloadInList;
using corescope::test::waitForRunEnd;
using corescope::test::writeSleepWorkload;

namespace {

// The panel set for a sweep of threads only (plus the serial baseline).
void configure(SweepPanel *panel, const QString &workers, int repeats, bool warmUp)
{
    panel->modeBox(Mode::Threads, false)->setChecked(true);
    panel->modeBox(Mode::Threads, true)->setChecked(false);
    panel->modeBox(Mode::Processes, false)->setChecked(false);
    panel->workersEdit()->setText(workers);
    panel->repeatsBox()->setValue(repeats);
    panel->warmUpBox()->setChecked(warmUp);
}

// A sweep as a machine would have measured it: serial, threads and processes at 1, 2, 4.
SweepResult syntheticSweep(const std::string &host, int cores, double overhead)
{
    auto workload = std::make_shared<Workload>();
    workload->name = "Seed primes (50)";
    workload->sourcePath = ":/workloads/primes50.json";   // the shipped one, as a report says
    workload->kernel = KernelId::IsPrime;
    workload->inputs = RangeInputs{1, 51, 1};
    SweepResult r;
    r.workload = workload;
    r.spec.series = {{Mode::Threads, false}, {Mode::Processes, false}};
    r.spec.workerCounts = {1, 2, 4};
    r.spec.repeats = 2;
    r.machine = {cores, "Test CPU", "Debian", "Linux", host};
    r.startedAt = "2026-11-30T10:15:00+0000";
    r.status = "ok";
    SweepPoint serial;
    serial.series = {Mode::Serial, false};
    serial.wallSeconds = {1.0, 1.02};
    r.points.push_back(serial);
    for (const SweepSeries &s : r.spec.series) {
        for (int w : r.spec.workerCounts) {
            SweepPoint p;
            p.series = s;
            p.workers = w;
            const double t = 1.0 / w + overhead * w + (s.mode == Mode::Processes ? 0.02 : 0.0);
            p.wallSeconds = {t, t * 1.05};
            r.points.push_back(p);
        }
    }
    r.recompute();
    return r;
}

QStringList tableRows(const TaskModel *model)
{
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < TaskModel::ColumnCount; ++column)
            cells << model->data(model->index(row, column)).toString();
        rows << cells.join(QLatin1Char('|'));
    }
    rows.sort();
    return rows;
}

// The points the chart's QCPGraphs hold for the sweep's series (the ideal line and the fits
// are not the sweep's).
int plottedPoints(const SpeedupChart &chart, const SweepResult &sweep, const QString &nameSuffix = {})
{
    auto *plot = chart.findChild<QCustomPlot *>();
    int n = 0;
    for (int g = 0; plot && g < plot->graphCount(); ++g)
        for (const SweepSeries &series : sweep.spec.series)
            if (plot->graph(g)->name() == QString(QString::fromStdString(series.label()) + nameSuffix))
                n += plot->graph(g)->data()->size();
    return n;
}

// Empty when the chart's QCustomPlot draws the sweep: per series (graph named after its mode,
// plus `nameSuffix` when comparing) one point per worker count with a successful run, at the
// worker count (nudged at most a quarter worker apart from the other series) and the point's
// median speedup, or its efficiency in %; whiskers (QCPErrorBars on that graph) from the
// slowest to the fastest repeat where the repeats differ, none where no point has a spread.
// Else the first difference.
QString sweepChartMismatch(const SpeedupChart &chart, const SweepResult &sweep,
                           const QString &nameSuffix = {})
{
    auto *plot = chart.findChild<QCustomPlot *>();
    if (!plot)
        return QStringLiteral("no plot");
    const bool efficiency = chart.metric() == SpeedupChart::Metric::Efficiency;
    constexpr double kTolerance = 1e-9;
    for (const SweepSeries &series : sweep.spec.series) {
        const QString name = QString::fromStdString(series.label()) + nameSuffix;
        QCPGraph *graph = nullptr;
        for (int g = 0; g < plot->graphCount(); ++g)
            if (plot->graph(g)->name() == name)
                graph = graph ? nullptr : plot->graph(g);   // two of the same name: not found
        if (!graph)
            return QStringLiteral("not one graph named %1").arg(name);
        QCPErrorBars *whiskers = nullptr;
        for (int i = 0; i < plot->plottableCount(); ++i)
            if (auto *bars = qobject_cast<QCPErrorBars *>(plot->plottable(i)))
                if (bars->dataPlottable() == graph)
                    whiskers = bars;

        std::vector<const SweepPoint *> points;
        for (const SweepPoint &p : sweep.points)
            if (p.series == series && !p.wallSeconds.empty())
                points.push_back(&p);
        std::sort(points.begin(), points.end(),
                  [](const SweepPoint *a, const SweepPoint *b) { return a->workers < b->workers; });
        const auto data = graph->data();
        if (data->size() != int(points.size()))
            return QStringLiteral("%1: %2 points drawn for %3 measured")
                .arg(name)
                .arg(data->size())
                .arg(points.size());
        bool spread = false;
        for (std::size_t i = 0; i < points.size(); ++i) {
            const SweepPoint &p = *points[i];
            const double scale = efficiency ? 100.0 / p.workers : 1.0;
            const QCPGraphData &drawn = *(data->constBegin() + int(i));
            if (std::abs(drawn.key - p.workers) > 0.25
                || std::abs(drawn.value - p.speedup * scale) > kTolerance * scale)
                return QStringLiteral("%1 x%2: drawn at (%3, %4), measured %5")
                    .arg(name)
                    .arg(p.workers)
                    .arg(drawn.key)
                    .arg(drawn.value)
                    .arg(p.speedup * scale);
            if (!(p.speedupHigh > p.speedupLow && p.speedupLow > 0))
                continue;
            spread = true;
            if (!whiskers || whiskers->data()->size() != data->size())
                return QStringLiteral("%1 x%2: no whisker").arg(name).arg(p.workers);
            const QCPErrorBarsData &w = whiskers->data()->at(int(i));
            if (std::abs(drawn.value - w.errorMinus - p.speedupLow * scale) > kTolerance * scale
                || std::abs(drawn.value + w.errorPlus - p.speedupHigh * scale) > kTolerance * scale)
                return QStringLiteral("%1 x%2: whisker %3-%4, repeats %5-%6")
                    .arg(name)
                    .arg(p.workers)
                    .arg(drawn.value - w.errorMinus)
                    .arg(drawn.value + w.errorPlus)
                    .arg(p.speedupLow * scale)
                    .arg(p.speedupHigh * scale);
        }
        if (!spread && whiskers)
            return QStringLiteral("%1: whiskers without a spread").arg(name);
    }
    return {};
}

// The texts of the chart's core-count markers, as drawn (QCPItemText).
QStringList markerTexts(const SpeedupChart &chart)
{
    QStringList texts;
    if (auto *plot = chart.findChild<QCustomPlot *>())
        for (int i = 0; i < plot->itemCount(); ++i)
            if (auto *text = qobject_cast<QCPItemText *>(plot->item(i)))
                if (text->text().contains(QStringLiteral(" core")))
                    texts << text->text();
    return texts;
}

QCPGraph *graphNamed(const SpeedupChart &chart, const QString &name)
{
    auto *plot = chart.findChild<QCustomPlot *>();
    for (int g = 0; plot && g < plot->graphCount(); ++g)
        if (plot->graph(g)->name() == name)
            return plot->graph(g);
    return nullptr;
}

} // namespace

class TestGuiSweep final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CorescopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gui_sweep"));
    }
    void init() { QSettings().clear(); }

    void menus_offerSaveCompareAndSweep();
    void smallSweep_fillsChartsLiveAndCompletes();
    void pythonAndNativeThreads_onOneChart();
    void mpiRanks_beyondThisHost_predictedBesideMeasured();
    void cancel_stopsTheSweep();
    void badWorkerList_showsErrorAndRefusesToStart();
    void savedRun_opensWithSameRowsAndTimelineData();
    void sweepTab_hidesTheLastRunsDiagnosis();
    void savedRun_whoseWorkloadIsGone_keepsTheLoadedOneAndSaysSo();
    void savedFailedRun_keepsItsFailureBesideTheAdoptedWorkload();
    void manyWarnings_scrollInFourLines();
    void savedSweep_opensWithSamePoints();
    void compare_showsBothSweepsAndBothRuns();
    void commandLineCharts_drawnWithoutADisplay();
    void fitUncertaintyAndShortRuns_shownAndWarned();
    void exports_slideSizedLabelledWithGenericFonts();
    void exportDialog_offersSlidePresetsAndAScale();
    /// Not a check: with CORESCOPE_SCREENSHOT_DIR set, a real sweep of the seed primes and a
    /// Compare window, saved as sweep-tab.png and compare.png there.
    void screenshots();
};

void TestGuiSweep::menus_offerSaveCompareAndSweep()
{
    MainWindow window;
    QAction *save = nullptr;
    QAction *compare = nullptr;
    for (QAction *a : window.fileMenu()->actions()) {
        if (a->shortcut() == QKeySequence(QKeySequence::Save))
            save = a;
        if (a->text().contains(QStringLiteral("Co&mpare")))
            compare = a;
    }
    QVERIFY(save);
    QVERIFY(compare);
    QVERIFY(!save->isEnabled());   // nothing to save yet
    QAction *sweep = nullptr;
    for (QAction *a : window.actions())
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R))
            sweep = a;
    QVERIFY(sweep);
    sweep->trigger();
    QCOMPARE(window.tabs()->currentWidget(), static_cast<QWidget *>(window.sweepPanel()));
    QCOMPARE(window.sweepPanel()->workersEdit()->text(),
             QStringLiteral("1-%1").arg(std::max(2, 2 * int(std::thread::hardware_concurrency()))));
}

void TestGuiSweep::smallSweep_fillsChartsLiveAndCompletes()
{
    MainWindow window;
    window.resize(1500, 950);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Sleeping tasks: each run takes a visible moment (0.25-0.5 s), on any machine.
    QTemporaryDir dir;
    QVERIFY(window.openFile(writeSleepWorkload(dir, 8, 60)));
    SweepPanel *panel = window.sweepPanel();
    window.tabs()->setCurrentWidget(panel);
    configure(panel, QStringLiteral("1-2"), 1, false);

    std::vector<int> pointsSeen;   // points the chart's graphs held each time the panel redrew
    connect(panel, &SweepPanel::sweepShown, this, [&] {
        const auto live = panel->sweep();
        pointsSeen.push_back(live ? plottedPoints(*panel->speedupChart(), *live) : -1);
    });
    QSignalSpy finished(panel, &SweepPanel::sweepFinished);
    QTest::mouseClick(panel->startButton(), Qt::LeftButton);
    QVERIFY(panel->isRunning());
    QVERIFY(!panel->startButton()->isEnabled());
    QVERIFY(panel->cancelButton()->isEnabled());
    // A run beside the sweep would disturb its timings: Run waits.
    for (QAction *a : window.actions())
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_R))
            QVERIFY(!a->isEnabled());
    QVERIFY(finished.wait(scaledMs(60000)));

    const auto sweep = panel->sweep();
    QVERIFY(sweep);
    QCOMPARE(sweep->status, std::string("ok"));
    QCOMPARE(sweep->points.size(), std::size_t(3));   // serial + threads x {1, 2}
    // The speedup chart's graph holds the two measured points; the efficiency chart the same
    // points as speedup / workers, in percent.
    const QString speedup = sweepChartMismatch(*panel->speedupChart(), *sweep);
    QVERIFY2(speedup.isEmpty(), qPrintable(speedup));
    QCOMPARE(plottedPoints(*panel->speedupChart(), *sweep), 2);
    QCOMPARE(panel->efficiencyChart()->metric(), SpeedupChart::Metric::Efficiency);
    const QString efficiency = sweepChartMismatch(*panel->efficiencyChart(), *sweep);
    QVERIFY2(efficiency.isEmpty(), qPrintable(efficiency));
    // A marker at the machine's core count on both.
    const QString cores = QStringLiteral("%1 core%2").arg(sweep->machine.logicalCores)
                              .arg(sweep->machine.logicalCores == 1 ? QString() : QStringLiteral("s"));
    QCOMPARE(markerTexts(*panel->speedupChart()), QStringList{cores});
    QCOMPARE(markerTexts(*panel->efficiencyChart()), QStringList{cores});
    // Live: the chart had fewer points before it had them all.
    QVERIFY(pointsSeen.size() >= 2);
    QStringList seen;
    for (int n : pointsSeen)
        seen << QString::number(n);
    QVERIFY2(std::find(pointsSeen.begin(), pointsSeen.end(), 1) != pointsSeen.end(),
             qPrintable(QStringLiteral("the chart never showed the sweep half done: ") + seen.join(QLatin1Char(','))));
    // Sleeping tasks scale with threads: two workers are clearly faster than one.
    QCOMPARE(sweep->points[2].workers, 2);
    QVERIFY2(sweep->points[2].speedup > 1.4, qPrintable(QString::number(sweep->points[2].speedup)));
    QCOMPARE(pointsSeen.back(), 2);
    // Tables: every point, and the fit with its predictions labelled as such.
    QCOMPARE(panel->pointsTable()->rowCount(), 3);
    QCOMPARE(panel->fitTable()->rowCount(), 1);
    QVERIFY(panel->fitTable()->horizontalHeaderItem(4)->text().contains(QStringLiteral("64 cores\n(prediction)")));
    // One point with more than one worker: no uncertainty, so no prediction, and a warning.
    QCOMPARE(panel->fitTable()->item(0, 4)->text(), QStringLiteral("—"));
    QVERIFY(panel->warningLabel()->isVisible());
    QVERIFY2(panel->warningLabel()->text().contains(QStringLiteral("only 1 point")),
             qPrintable(panel->warningLabel()->text()));
    // Each point says its speedup on the chart, marked when its run was short (as the table
    // marks it).
    const auto said = [](const SweepPoint &p) -> QString {
        return SpeedupChart::valueLabelText(p.speedup, SpeedupChart::Metric::Speedup)
            + (p.shortRun() ? QStringLiteral(" ⚠") : QString());
    };
    QCOMPARE(panel->speedupChart()->valueLabels(),
             (QStringList{said(sweep->points[1]), said(sweep->points[2])}));
    QCOMPARE(panel->progressBar()->format(), QStringLiteral("3 / 3 points"));
    QCOMPARE(panel->progressBar()->value(), panel->progressBar()->maximum());
    QVERIFY2(panel->progressLabel()->text().startsWith(QStringLiteral("Done")),
             qPrintable(panel->progressLabel()->text()));
    QVERIFY(!panel->isRunning());
    QVERIFY(panel->startButton()->isEnabled());
    // File > Save on the Sweep tab saves the sweep.
    QCOMPARE(window.saveTarget(), MainWindow::SaveTarget::Sweep);
    // Both charts export like the others; the points as CSV.
    for (const QString &suffix : {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}) {
        for (const auto chart : {SweepPanel::Chart::Speedup, SweepPanel::Chart::Efficiency}) {
            const QString out = dir.filePath(QStringLiteral("chart%1.%2").arg(int(chart)).arg(suffix));
            QCOMPARE(panel->exportChart(chart, out), QString());
            QVERIFY(QFileInfo(out).size() > 1000);
        }
    }
    const QString csv = dir.filePath(QStringLiteral("sweep.csv"));
    QCOMPARE(panel->exportCsv(csv), QString());
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csvFile.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(2).startsWith("threads,1,"));
}

// Native threads and Python threads in one sweep: each against its own serial baseline, both
// curves on one chart, named for what they are.
void TestGuiSweep::pythonAndNativeThreads_onOneChart()
{
    MainWindow window;
    window.resize(1500, 950);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTemporaryDir dir;
    QVERIFY(window.openFile(writeSleepWorkload(dir, 4, 60)));
    SweepPanel *panel = window.sweepPanel();
    window.tabs()->setCurrentWidget(panel);
    configure(panel, QStringLiteral("2"), 1, false);
    QCheckBox *python = panel->modeBox(Mode::Threads, false, Runtime::Python);
    QVERIFY(python && python->isEnabled());
    python->setChecked(true);
    QSignalSpy finished(panel, &SweepPanel::sweepFinished);
    QTest::mouseClick(panel->startButton(), Qt::LeftButton);
    QVERIFY(finished.wait(scaledMs(60000)));
    const auto sweep = panel->sweep();
    QVERIFY(sweep);
    QVERIFY2(sweep->status == "ok", sweep->error.c_str());
    QCOMPARE(sweep->points.size(), std::size_t(4));   // two serial baselines, two series
    QVERIFY(sweep->baseline(Runtime::Python) && sweep->baseline(Runtime::Native));
    const QString mismatch = sweepChartMismatch(*panel->speedupChart(), *sweep);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QStringList names;
    for (int i = 0; i < panel->speedupChart()->plot()->graphCount(); ++i)
        names << panel->speedupChart()->plot()->graph(i)->name();
    QVERIFY2(names.contains(QStringLiteral("native threads")),
             qPrintable(names.join(QLatin1Char('|'))));
    QVERIFY2(names.contains(QStringLiteral("Python threads")),
             qPrintable(names.join(QLatin1Char('|'))));
    // Waiting tasks overlap on threads, GIL or not: both near 2x against their own serial.
    for (const SweepPoint &p : sweep->points)
        if (p.series.mode == Mode::Threads)
            QVERIFY2(p.speedup > 1.4, qPrintable(QString::fromStdString(p.series.label())));
}

// Issue 17: a sweep over MPI ranks from the Sweep tab. The fit of the counts up to this host's
// cores is checked against the count beyond them (ranks take turns on the cores, as processes
// do; sleeping tasks still overlap), and the tab says both figures.
void TestGuiSweep::mpiRanks_beyondThisHost_predictedBesideMeasured()
{
    if (const std::string why = mpiAvailability({}); !why.empty())
        QSKIP(why.c_str());
    const int cores = logicalCoreCount();
    if (cores > 8 || cores < 2)
        QSKIP("needs 2 to 8 cores: a count up to them to fit and one beyond them to check");
    MainWindow window;
    window.resize(1500, 950);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTemporaryDir dir;
    QVERIFY(window.openFile(writeSleepWorkload(dir, 12, 100)));
    SweepPanel *panel = window.sweepPanel();
    window.tabs()->setCurrentWidget(panel);
    configure(panel, QStringLiteral("2,%1").arg(cores + 1), 1, false);
    panel->modeBox(Mode::Threads, false)->setChecked(false);
    panel->modeBox(Mode::Processes, false)->setChecked(false);
    QCheckBox *mpi = panel->modeBox(Mode::Mpi, false);
    QVERIFY(mpi && mpi->isEnabled());
    QCOMPARE(mpi->text(), QStringLiteral("MPI"));
    mpi->setChecked(true);
    QVERIFY(!panel->beyondHostLabel()->isVisible());
    QSignalSpy finished(panel, &SweepPanel::sweepFinished);
    QTest::mouseClick(panel->startButton(), Qt::LeftButton);
    QVERIFY(finished.wait(scaledMs(120000)));
    const auto sweep = panel->sweep();
    QVERIFY(sweep);
    QVERIFY2(sweep->status == "ok", sweep->error.c_str());
    QCOMPARE(sweep->points.size(), std::size_t(3));   // the serial baseline, 2 rank counts
    const SweepPoint *beyond = nullptr;
    for (const SweepPoint &p : sweep->points) {
        QVERIFY2(p.error.empty(), p.error.c_str());
        if (p.series.mode == Mode::Mpi && p.workers == cores + 1)
            beyond = &p;
    }
    QVERIFY(beyond);
    const auto checked = sweep->beyondOneHost(SweepSeries{Mode::Mpi, false});
    QVERIFY(checked);
    QCOMPARE(int(checked->checks.size()), 1);
    QCOMPARE(checked->checks[0].workers, cores + 1);
    QCOMPARE(checked->checks[0].measured, beyond->speedup);
    const QString text = panel->beyondHostLabel()->text();
    QVERIFY(panel->beyondHostLabel()->isVisible());
    const QLocale locale;
    for (const QString &part :
         {QStringLiteral("MPI ranks beyond this host's %1 cores").arg(cores),
          QStringLiteral("at %1, measured %2×").arg(cores + 1).arg(locale.toString(beyond->speedup, 'f', 1)),
          QStringLiteral("predicted %1").arg(locale.toString(checked->checks[0].predicted, 'f', 1))})
        QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" in: ") + text));
    if (const QString shots = qEnvironmentVariable("CORESCOPE_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QTest::qWait(100);   // the charts' paced replot
        QVERIFY(window.grab().save(QDir(shots).filePath(QStringLiteral("sweep-mpi.png"))));
    }
}

void TestGuiSweep::cancel_stopsTheSweep()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(window.openFile(writeSleepWorkload(dir, 10, 100)));
    SweepPanel *panel = window.sweepPanel();
    configure(panel, QStringLiteral("1-4"), 3, false);
    QSignalSpy finished(panel, &SweepPanel::sweepFinished);
    QVERIFY(panel->start());
    QTest::qWait(300);   // not a bound: the sweep's first runs take seconds
    QVERIFY(panel->isRunning());
    // No run may start beside it, whichever button asks (Run, a lesson's, the diagnosis'):
    // they all come through startRun().
    window.setAskBeforeReplacingRun(false);
    QVERIFY(!window.startRun());
    QVERIFY(!window.isRunning());
    QVERIFY2(window.messageBanner()->text().contains(QStringLiteral("A sweep is running")),
             qPrintable(window.messageBanner()->text()));
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(panel->cancelButton(), Qt::LeftButton);
    QVERIFY(finished.wait(scaledMs(10000)));
    qInfo("cancel took %lld ms", clock.elapsed());
    QVERIFY(clock.elapsed() < scaledMs(5000));   // a whole run is 1 s; the sweep ~40 s
    QCOMPARE(panel->sweep()->status, std::string("cancelled"));
    QVERIFY(!panel->isRunning());
    QVERIFY(panel->progressLabel()->text().startsWith(QStringLiteral("Cancelled")));
    QVERIFY(panel->startButton()->isEnabled());
}

void TestGuiSweep::badWorkerList_showsErrorAndRefusesToStart()
{
    MainWindow window;
    window.show();
    SweepPanel *panel = window.sweepPanel();
    window.tabs()->setCurrentWidget(panel);
    for (const QString &bad : {QStringLiteral("1-x"), QStringLiteral("0"), QStringLiteral("4-1"),
                              QStringLiteral("1,,2")}) {
        panel->workersEdit()->setText(bad);
        QVERIFY2(panel->errorLabel()->isVisible(), qPrintable(bad));
        QVERIFY2(panel->errorLabel()->text().contains(QStringLiteral("expected worker counts like 1-8 or 1,2,4,8")),
                 qPrintable(panel->errorLabel()->text()));
        QVERIFY(!panel->startButton()->isEnabled());
        QVERIFY(!panel->start());
        QVERIFY(!panel->isRunning());
    }
    panel->workersEdit()->setText(QStringLiteral("1,2,4"));
    QVERIFY(!panel->errorLabel()->isVisible());
    QVERIFY(panel->startButton()->isEnabled());
    const auto spec = panel->spec();
    QVERIFY(spec);
    QCOMPARE(spec->workerCounts, (std::vector<int>{1, 2, 4}));
}

// The Sweep tab has its own charts and tables; the last single run's "why this speedup?" is
// not about them and took the room of the sweep's tables: it is hidden there, and back on the
// other tabs.
void TestGuiSweep::sweepTab_hidesTheLastRunsDiagnosis()
{
    MainWindow window;
    window.setAskBeforeReplacingRun(false);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    selectWorkloadInList(window, QStringLiteral("gcd4"));
    QVERIFY(window.startRun());
    QVERIFY(waitForRunEnd(window, 60000));
    auto *diagnosis = window.findChild<DiagnosisPanel *>();
    QVERIFY(diagnosis);
    QTRY_VERIFY(diagnosis->isVisible());
    const QString said = diagnosis->text();
    QVERIFY(!said.isEmpty());
    window.showTab(MainWindow::SweepTab);
    QTRY_VERIFY(!diagnosis->isVisible());
    QCOMPARE(diagnosis->text(), said);
    window.showTab(MainWindow::ResultsTab);
    QTRY_VERIFY(diagnosis->isVisible());
}

void TestGuiSweep::savedRun_opensWithSameRowsAndTimelineData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gcd-run.json"));
    QStringList rows;
    std::shared_ptr<const RunResult> original;
    {
        MainWindow window;
        window.setAskBeforeReplacingRun(false);
        selectWorkloadInList(window, QStringLiteral("gcd4"));
        window.controls()->modeBox()->setCurrentIndex(
            window.controls()->modeBox()->findData(static_cast<int>(Mode::Threads)));
        window.controls()->workersBox()->setValue(2);
        QVERIFY(window.startRun());
        QVERIFY(waitForRunEnd(window, 60000));
        QCOMPARE(window.lastResult()->status, RunStatus::Ok);
        QCOMPARE(window.saveTarget(), MainWindow::SaveTarget::Run);
        QCOMPARE(window.saveTo(path), QString());
        rows = tableRows(window.taskModel());
        original = window.lastResult();
    }
    QCOMPARE(rows.size(), 4);
    QCOMPARE(savedFileFormat(path), QStringLiteral("corescope-run"));

    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The panel shows other choices than the saved run's before it is opened.
    selectWorkloadInList(window, QStringLiteral("primes50"));
    window.controls()->modeBox()->setCurrentIndex(
        window.controls()->modeBox()->findData(static_cast<int>(Mode::Processes)));
    window.controls()->workersBox()->setValue(3);
    QSignalSpy ended(&window, &MainWindow::runEnded);
    QVERIFY(window.openFile(path));   // File > Open recognises the report
    QCOMPARE(ended.count(), 1);       // what a finished run triggers (diagnosis) runs again
    // The panel shows how the run on the screen was made: its workload, mode and workers.
    QCOMPARE(window.controls()->currentWorkloadKey(), QStringLiteral("gcd4"));
    QCOMPARE(window.controls()->modeBox()->currentData().toInt(), static_cast<int>(Mode::Threads));
    QCOMPARE(window.controls()->workersBox()->value(), 2);
    QCOMPARE(window.controls()->options().mode, Mode::Threads);
    QVERIFY(!window.isRunning());
    QVERIFY(window.isShowingSavedRun());
    QVERIFY(window.savedRunBanner().startsWith(QStringLiteral("saved run from ")));
    QVERIFY2(window.windowTitle().contains(window.savedRunBanner()), qPrintable(window.windowTitle()));
    QVERIFY(window.messageBanner()->text().contains(window.savedRunBanner()));
    QVERIFY(window.runStatus()->stateText().startsWith(QStringLiteral("Done")));
    QCOMPARE(window.runStatus()->progressBar()->value(), 4);
    QCOMPARE(tableRows(window.taskModel()), rows);
    // The timeline's data is the run's: every task on the same worker at the same times.
    const auto reopened = window.lastResult();
    QVERIFY(reopened);
    QCOMPARE(reopened->tasks.size(), original->tasks.size());
    for (std::size_t i = 0; i < original->tasks.size(); ++i) {
        QCOMPARE(reopened->tasks[i].startNs, original->tasks[i].startNs);
        QCOMPARE(reopened->tasks[i].endNs, original->tasks[i].endNs);
        QCOMPARE(reopened->tasks[i].worker, original->tasks[i].worker);
        QCOMPARE(reopened->tasks[i].result, original->tasks[i].result);
    }
    QCOMPARE(reopened->workers.size(), original->workers.size());
    QCOMPARE(reopened->samples.size(), original->samples.size());
    // The charts draw the saved run: its tasks as bars on the timeline, its samples as the
    // CPU chart's lines.
    const QString timeline = test::timelineMismatch(*window.timelineChart(), original->tasks);
    QVERIFY2(timeline.isEmpty(), qPrintable(timeline));
    if (!original->samples.empty()) {   // a short gcd run may end before the first sample
        const QString cpu = test::cpuChartMismatch(*window.cpuChart(), original->samples);
        QVERIFY2(cpu.isEmpty(), qPrintable(cpu));
    }
    // A new run ends the saved view.
    window.setAskBeforeReplacingRun(false);
    QVERIFY(window.startRun());
    QVERIFY(!window.isShowingSavedRun());
    QVERIFY(!window.windowTitle().contains(QStringLiteral("saved run")));
    QVERIFY(waitForRunEnd(window, 60000));
}

void TestGuiSweep::savedRun_whoseWorkloadIsGone_keepsTheLoadedOneAndSaysSo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sleep-run.json"));
    const QString workload = writeSleepWorkload(dir, 2, 20);
    {
        MainWindow window;
        window.setAskBeforeReplacingRun(false);
        QVERIFY(window.openFile(workload));
        window.controls()->modeBox()->setCurrentIndex(
            window.controls()->modeBox()->findData(static_cast<int>(Mode::Processes)));
        window.controls()->workersBox()->setValue(2);
        QVERIFY(window.startRun());
        QVERIFY(waitForRunEnd(window, 60000));
        QCOMPARE(window.saveTo(path), QString());
    }
    QVERIFY(QFile::remove(workload));
    MainWindow window;
    selectWorkloadInList(window, QStringLiteral("gcd4"));
    QVERIFY(window.openFile(path));
    QVERIFY(window.isShowingSavedRun());
    // The run's options are taken; its workload cannot be, and the banner says what Run runs.
    QCOMPARE(window.controls()->options().mode, Mode::Processes);
    QCOMPARE(window.controls()->currentWorkloadKey(), QStringLiteral("gcd4"));
    QVERIFY2(window.messageBanner()->text().contains(QStringLiteral("is not on this machine: the side panel keeps")),
             qPrintable(window.messageBanner()->text()));
}

void TestGuiSweep::savedSweep_opensWithSamePoints()
{
    QTemporaryDir dir;
    const SweepResult sweep = syntheticSweep("server-1", 64, 0.01);
    const QString path = dir.filePath(QStringLiteral("server-sweep.json"));
    QCOMPARE(writeSweepReportFile(sweep, path.toStdString()), std::string());
    QCOMPARE(savedFileFormat(path), QStringLiteral("corescope-sweep"));

    MainWindow window;
    selectWorkloadInList(window, QStringLiteral("gcd4"));
    QVERIFY(window.openFile(path));
    SweepPanel *panel = window.sweepPanel();
    // The side panel shows the sweep's workload (the shipped one it names), so that Start
    // Sweep measures the same again.
    QCOMPARE(window.controls()->currentWorkloadKey(), QStringLiteral("primes50"));
    QVERIFY2(!window.messageBanner()->text().contains(QStringLiteral("not on this machine")),
             qPrintable(window.messageBanner()->text()));
    QCOMPARE(window.tabs()->currentWidget(), static_cast<QWidget *>(panel));
    QVERIFY(!panel->isRunning());
    QVERIFY(panel->savedBanner().contains(QStringLiteral("server-1")));
    QVERIFY(window.messageBanner()->text().contains(QStringLiteral("saved sweep from server-1, 2026-11-30 10:15")));
    // That it was not re-run is said once, by the window's banner, not again by the panel's.
    QVERIFY(window.messageBanner()->text().contains(QStringLiteral("without re-running")));
    QVERIFY2(!panel->savedBanner().contains(QStringLiteral("re-running")), qPrintable(panel->savedBanner()));
    const auto shown = panel->sweep();
    QCOMPARE(shown->points.size(), sweep.points.size());
    for (std::size_t i = 0; i < sweep.points.size(); ++i) {
        QCOMPARE(shown->points[i].wallSeconds, sweep.points[i].wallSeconds);
        QCOMPARE(shown->points[i].speedup, sweep.points[i].speedup);
        QCOMPARE(shown->points[i].workers, sweep.points[i].workers);
    }
    // Both charts draw the saved points, whiskers included: threads and processes at 1, 2, 4.
    const QString speedup = sweepChartMismatch(*panel->speedupChart(), sweep);
    QVERIFY2(speedup.isEmpty(), qPrintable(speedup));
    QCOMPARE(plottedPoints(*panel->speedupChart(), sweep), 6);
    const QString efficiency = sweepChartMismatch(*panel->efficiencyChart(), sweep);
    QVERIFY2(efficiency.isEmpty(), qPrintable(efficiency));
    // The marker is the recording machine's, not this one's.
    QCOMPARE(markerTexts(*panel->speedupChart()), QStringList{QStringLiteral("64 cores")});
    QCOMPARE(panel->fitTable()->rowCount(), 2);
    QCOMPARE(panel->pointsTable()->rowCount(), 7);
    // The controls show the saved plan, ready to measure the same here.
    QCOMPARE(panel->workersEdit()->text(), QStringLiteral("1,2,4"));
    QVERIFY(panel->modeBox(Mode::Threads, false)->isChecked());
    QVERIFY(!panel->modeBox(Mode::Threads, true)->isChecked());
    QVERIFY(panel->modeBox(Mode::Processes, false)->isChecked());
    QCOMPARE(panel->repeatsBox()->value(), 2);
    // Saved again from the window: the same document.
    QCOMPARE(window.saveTarget(), MainWindow::SaveTarget::Sweep);
    const QString again = dir.filePath(QStringLiteral("again.json"));
    QCOMPARE(window.saveTo(again), QString());
    QFile a(path);
    QFile b(again);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(b.readAll(), a.readAll());
    // A broken report says what is wrong and changes nothing.
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\":\"corescope-sweep\",\"version\":1,\"workload\":{}}");
    file.close();
    QVERIFY(!window.openFile(broken));
    QVERIFY(window.messageBanner()->text().contains(QStringLiteral("workload.name: missing")));
    QCOMPARE(panel->sweep()->points.size(), sweep.points.size());
}

void TestGuiSweep::compare_showsBothSweepsAndBothRuns()
{
    QTemporaryDir dir;
    const QString laptop = dir.filePath(QStringLiteral("laptop.json"));
    const QString server = dir.filePath(QStringLiteral("server.json"));
    QCOMPARE(writeSweepReportFile(syntheticSweep("laptop", 4, 0.05), laptop.toStdString()), std::string());
    QCOMPARE(writeSweepReportFile(syntheticSweep("server", 64, 0.005), server.toStdString()), std::string());

    MainWindow window;
    CompareWindow *compare = window.openCompare(laptop, server);
    QVERIFY(compare);
    QVERIFY(QTest::qWaitForWindowExposed(compare));
    QCOMPARE(compare->view(), CompareWindow::View::Sweeps);
    // Each file's series drawn with its own points: threads + processes from each, 3 points.
    const QString fromA = QStringLiteral(" — A: laptop (laptop.json)");
    const QString fromB = QStringLiteral(" — B: server (server.json)");
    const SweepResult laptopSweep = syntheticSweep("laptop", 4, 0.05);
    const SweepResult serverSweep = syntheticSweep("server", 64, 0.005);
    for (const SpeedupChart *chart : {compare->speedupChart(), compare->efficiencyChart()}) {
        for (const auto &[sweep, suffix] : {std::pair{&laptopSweep, fromA}, std::pair{&serverSweep, fromB}}) {
            const QString mismatch = sweepChartMismatch(*chart, *sweep, suffix);
            QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
            QCOMPARE(plottedPoints(*chart, *sweep, suffix), 6);
        }
    }
    // The same mode keeps its colour across files; the files differ by line style.
    for (const QString &mode : {QStringLiteral("native threads"), QStringLiteral("native processes")}) {
        const QCPGraph *a = graphNamed(*compare->speedupChart(), mode + fromA);
        const QCPGraph *b = graphNamed(*compare->speedupChart(), mode + fromB);
        QVERIFY(a && b);
        QCOMPARE(a->pen().color(), b->pen().color());
        QCOMPARE(a->pen().style(), Qt::SolidLine);
        QCOMPARE(b->pen().style(), Qt::DashLine);
    }
    QCOMPARE(markerTexts(*compare->speedupChart()),
             (QStringList{QStringLiteral("4 cores · A: laptop"), QStringLiteral("64 cores · B: server")}));
    for (const QString &suffix : {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}) {
        const QString out = dir.filePath(QStringLiteral("compare.") + suffix);
        QCOMPARE(compare->exportChart(CompareWindow::Chart::Speedup, out), QString());
        QVERIFY(QFileInfo(out).size() > 1000);
    }

    // Two runs: one timeline above the other, on one time scale.
    const QString runA = dir.filePath(QStringLiteral("run-a.json"));
    const QString runB = dir.filePath(QStringLiteral("run-b.json"));
    {
        window.setAskBeforeReplacingRun(false);
        selectWorkloadInList(window, QStringLiteral("gcd4"));
        RunOptions options = window.runOptions();
        options.mode = Mode::Serial;
        QVERIFY(window.startRun(options));
        QVERIFY(waitForRunEnd(window, 60000));
        QCOMPARE(window.saveTo(runA), QString());
        options.mode = Mode::Threads;
        options.workers = 2;
        QVERIFY(window.startRun(options));
        QVERIFY(waitForRunEnd(window, 60000));
        QCOMPARE(window.saveTo(runB), QString());
    }
    QVERIFY(compare->openFiles(runA, runB));
    QCOMPARE(compare->view(), CompareWindow::View::Runs);
    QVERIFY(compare->timeline(0)->isVisible());
    QVERIFY(compare->timeline(1)->isVisible());
    QCOMPARE(compare->timeline(0)->plot()->xAxis->range().upper,
             compare->timeline(1)->plot()->xAxis->range().upper);
    const QString out = dir.filePath(QStringLiteral("timeline-b.svg"));
    QCOMPARE(compare->exportChart(CompareWindow::Chart::TimelineB, out), QString());
    QVERIFY(QFileInfo(out).size() > 1000);

    // A run and a sweep do not compare: the window says so.
    QVERIFY(compare->setFile(1, server));
    QCOMPARE(compare->view(), CompareWindow::View::Mixed);
    QVERIFY(compare->messageLabel()->text().contains(QStringLiteral("compare two runs or two sweeps")));
}

void TestGuiSweep::commandLineCharts_drawnWithoutADisplay()
{
    QTemporaryDir dir;
    QProcess corescope;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    corescope.setProcessEnvironment(env);
    const QString bin = QStringLiteral(CORESCOPE_BIN_DIR "/corescope");
    corescope.start(bin, {QStringLiteral("sweep"), QStringLiteral("doubler"), QStringLiteral("--modes"),
                          QStringLiteral("threads"), QStringLiteral("--workers"), QStringLiteral("1-2"),
                          QStringLiteral("--repeat"), QStringLiteral("1"), QStringLiteral("--quiet"),
                          QStringLiteral("--chart"), dir.filePath(QStringLiteral("speedup.png")),
                          QStringLiteral("--efficiency-chart"), dir.filePath(QStringLiteral("efficiency.svg"))});
    QVERIFY(corescope.waitForFinished(scaledMs(120000)));
    QVERIFY2(corescope.exitCode() == 0, corescope.readAllStandardError().constData());
    QFile png(dir.filePath(QStringLiteral("speedup.png")));
    QVERIFY(png.open(QIODevice::ReadOnly));
    QCOMPARE(png.read(8), QByteArray("\x89PNG\r\n\x1a\n", 8));
    QFile svg(dir.filePath(QStringLiteral("efficiency.svg")));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QByteArray text = svg.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("Efficiency"));   // the title, as on screen
    QCOMPARE(QImage(dir.filePath(QStringLiteral("speedup.png"))).size(), QSize(1280, 720));

    corescope.start(bin, {QStringLiteral("run"), QStringLiteral("gcd4"), QStringLiteral("--quiet"),
                          QStringLiteral("--chart"), dir.filePath(QStringLiteral("timeline.pdf")),
                          QStringLiteral("--cpu-chart"), dir.filePath(QStringLiteral("cpu.png")),
                          QStringLiteral("--chart-size"), QStringLiteral("800x450"),
                          QStringLiteral("--chart-scale"), QStringLiteral("2")});
    QVERIFY(corescope.waitForFinished(scaledMs(120000)));
    QVERIFY2(corescope.exitCode() == 0, corescope.readAllStandardError().constData());
    QFile pdf(dir.filePath(QStringLiteral("timeline.pdf")));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
    // The size asked for, times the scale asked for.
    QCOMPARE(QImage(dir.filePath(QStringLiteral("cpu.png"))).size(), QSize(1600, 900));
}

// Many warnings (short points, thin fits on few cores) take at most four lines above the
// charts and scroll beyond: shown whole they left the tables a row's height.
void TestGuiSweep::savedFailedRun_keepsItsFailureBesideTheAdoptedWorkload()
{
    // Its workload file is read again for the side panel: that must not clear what the
    // banner says of the run (a workload loaded well clears an earlier error).
    QTemporaryDir dir;
    const QString workload = dir.filePath(QStringLiteral("broken.json"));
    QFile file(workload);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"name": "Broken", "kernel": "crash", "params": {"signal": "SIGSEGV"},
                  "inputs": [30, 0, 30]})");
    file.close();
    const QString path = dir.filePath(QStringLiteral("broken-run.json"));
    {
        MainWindow window;
        window.setAskBeforeReplacingRun(false);
        QVERIFY(window.openFile(workload));
        window.controls()->modeBox()->setCurrentIndex(
            window.controls()->modeBox()->findData(static_cast<int>(Mode::Processes)));
        window.controls()->workersBox()->setValue(2);
        QVERIFY(window.startRun());
        QVERIFY(waitForRunEnd(window, 60000));
        QCOMPARE(window.lastResult()->status, RunStatus::Failed);
        QCOMPARE(window.saveTo(path), QString());
    }
    MainWindow window;
    selectWorkloadInList(window, QStringLiteral("gcd4"));
    QVERIFY(window.openFile(path));
    QCOMPARE(window.controls()->currentWorkloadKey(), QFileInfo(workload).absoluteFilePath());
    const QString banner = window.messageBanner()->text();
    QVERIFY2(banner.contains(QStringLiteral("Showing a")), qPrintable(banner));
    QVERIFY2(banner.contains(QStringLiteral("died")), qPrintable(banner));
    QCOMPARE(window.messageBanner()->kind(), MessageBanner::Kind::Error);
}

void TestGuiSweep::manyWarnings_scrollInFourLines()
{
    // Three sentences: every point a short run, both fits on too few points (one sentence
    // for both), and the threads' fit a poor one (their 4 workers no faster than serial).
    SweepResult sweep = syntheticSweep("server-1", 64, 0.05);
    for (SweepPoint &p : sweep.points) {
        if (p.series.mode == Mode::Threads && p.workers == 4)
            p.wallSeconds = {1.0, 1.02};
        for (double &seconds : p.wallSeconds)
            seconds *= 0.001;
    }
    sweep.recompute();
    SweepPanel panel;
    panel.resize(700, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.showSweep(sweep, QStringLiteral("synthetic"));
    QLabel *warnings = panel.warningLabel();
    QTRY_VERIFY(warnings->isVisible());
    QCOMPARE(warnings->text().count(QStringLiteral("⚠")), 3);
    auto *box = qobject_cast<QScrollArea *>(warnings->parentWidget()->parentWidget());
    QVERIFY(box);
    const int fourLines = warnings->fontMetrics().lineSpacing() * 4 + 16;
    QVERIFY2(box->height() <= fourLines, qPrintable(QString::number(box->height())));
    QVERIFY2(warnings->heightForWidth(box->viewport()->width()) > box->height(),
             qPrintable(QStringLiteral("%1 px wide, %2 px high: %3")
                            .arg(box->viewport()->width())
                            .arg(box->height())
                            .arg(warnings->text())));   // more than fits: it scrolls
}

// The fit's predictions come with their 95 % intervals; short runs and thin fits are warned
// about above the tables and marked in them.
void TestGuiSweep::fitUncertaintyAndShortRuns_shownAndWarned()
{
    SweepResult sweep = syntheticSweep("server-1", 64, 0.01);
    SweepPanel panel;
    panel.resize(1400, 800);
    panel.show();
    panel.showSweep(sweep, QStringLiteral("synthetic"));
    // Two points above one worker per series: predictions with intervals, and a warning.
    QCOMPARE(panel.fitTable()->rowCount(), 2);
    const QRegularExpression range(QStringLiteral("^\\d+[.,]\\d× \\(\\d+[.,]\\d–\\d+[.,]\\d×\\)$"));
    for (int column = 2; column < 5; ++column)
        QVERIFY2(range.match(panel.fitTable()->item(0, column)->text()).hasMatch(),
                 qPrintable(panel.fitTable()->item(0, column)->text()));
    QVERIFY(panel.fitTable()->item(0, 1)->text().contains(QStringLiteral("–")));
    QVERIFY(panel.warningLabel()->isVisible());
    QVERIFY2(panel.warningLabel()->text().contains(QStringLiteral("only 2 points")),
             qPrintable(panel.warningLabel()->text()));
    QVERIFY(!panel.warningLabel()->text().contains(QStringLiteral("ms (median)")));
    // Every point labelled with its speedup, and the fit curve's legend names f's interval.
    QCOMPARE(panel.speedupChart()->valueLabels().size(), 6);
    QVERIFY(panel.speedupChart()->valueLabels().contains(
        SpeedupChart::valueLabelText(sweep.points[3].speedup, SpeedupChart::Metric::Speedup)));
    QCOMPARE(panel.efficiencyChart()->valueLabels().first(),
             QStringLiteral("%1 %").arg(std::lround(sweep.points[1].efficiency * 100.0)));
    bool legendHasInterval = false;
    auto *plot = panel.speedupChart()->plot();
    for (int g = 0; g < plot->graphCount(); ++g)
        legendHasInterval = legendHasInterval || plot->graph(g)->name().contains(QStringLiteral("95 %"));
    QVERIFY(legendHasInterval);

    // A 2-core machine gives one point above one worker within its cores, whatever the sweep:
    // the warning says the cores limit the fit, and does not ask the sweep for more points.
    const SweepResult twoCores = syntheticSweep("laptop", 2, 0.01);
    panel.showSweep(twoCores, QStringLiteral("synthetic"));
    QVERIFY2(panel.warningLabel()->text().contains(
                 QStringLiteral("on 2 cores only 1 point with more than one worker fits")),
             qPrintable(panel.warningLabel()->text()));
    QVERIFY2(!panel.warningLabel()->text().contains(QStringLiteral("needs at least")),
             qPrintable(panel.warningLabel()->text()));
    // Both modes' fits are short of points in the same words: one sentence names both.
    QCOMPARE(panel.warningLabel()->text().count(QStringLiteral("Amdahl fit")), 1);
    const QString both = QLocale().createSeparatedList(
        {QStringLiteral("native threads"), QStringLiteral("native processes")});
    QVERIFY2(panel.warningLabel()->text().contains(
                 QStringLiteral("Amdahl fit, %1: on 2 cores only 1 point").arg(both)),
             qPrintable(panel.warningLabel()->text()));
    panel.showSweep(sweep, QStringLiteral("synthetic"));

    // A point under 200 ms: warned about, its row marked.
    sweep.points[1].wallSeconds = {0.05, 0.06};
    sweep.recompute();
    panel.showSweep(sweep, QStringLiteral("synthetic"));
    QVERIFY2(panel.warningLabel()->text().contains(QStringLiteral("1 point ran under 200 ms")),
             qPrintable(panel.warningLabel()->text()));
    QVERIFY(panel.pointsTable()->item(1, 2)->text().endsWith(QStringLiteral("⚠")));
    QVERIFY(!panel.pointsTable()->item(2, 2)->text().contains(QStringLiteral("⚠")));
    // ... and its value on both charts: point 1 is the threads' first, their labels' first.
    QVERIFY2(panel.speedupChart()->valueLabels().first().endsWith(QStringLiteral(" ⚠")),
             qPrintable(panel.speedupChart()->valueLabels().join(QLatin1Char('|'))));
    QVERIFY(panel.efficiencyChart()->valueLabels().first().endsWith(QStringLiteral(" ⚠")));
    QCOMPARE(panel.speedupChart()->valueLabels().join(QString()).count(QStringLiteral("⚠")), 1);

    // A point slower than serial: its Karp-Flatt value (above 1) says it is no serial fraction.
    const auto slow = std::find_if(sweep.points.begin(), sweep.points.end(),
                                   [](const SweepPoint &p) { return p.workers > 1; });
    QVERIFY(slow != sweep.points.end());
    const int row = int(slow - sweep.points.begin());
    slow->wallSeconds = {1000.0, 1000.0};
    sweep.recompute();
    QVERIFY(sweep.points[std::size_t(row)].karpFlatt && *sweep.points[std::size_t(row)].karpFlatt > 1);
    panel.showSweep(sweep, QStringLiteral("synthetic"));
    QCOMPARE(panel.pointsTable()->item(row, 1)->text(), QString::number(slow->workers));
    QVERIFY2(panel.pointsTable()->item(row, 7)->toolTip().contains(
                 QStringLiteral("slower than the serial run")),
             qPrintable(panel.pointsTable()->item(row, 7)->toolTip()));
    QVERIFY(!panel.pointsTable()->item(2 == row ? 3 : 2, 7)->toolTip().contains(
        QStringLiteral("slower than the serial run")));
}

// Exports have the pixels asked for (a scale only when asked), a slide's shape by default,
// value labels, and font families an SVG viewer knows.
void TestGuiSweep::exports_slideSizedLabelledWithGenericFonts()
{
    QTemporaryDir dir;
    const SweepResult sweep = syntheticSweep("server-1", 64, 0.01);
    SweepPanel panel;
    panel.resize(1000, 300);   // a strip on screen: the export must not be one
    panel.show();
    panel.showSweep(sweep, QStringLiteral("synthetic"));
    const QString png = dir.filePath(QStringLiteral("default.png"));
    QCOMPARE(panel.exportChart(SweepPanel::Chart::Speedup, png), QString());
    QCOMPARE(QImage(png).size(), QSize(1280, 720));
    const QString hd = dir.filePath(QStringLiteral("hd.png"));
    QCOMPARE(panel.exportChart(SweepPanel::Chart::Speedup, hd, QSize(1920, 1080)), QString());
    QCOMPARE(QImage(hd).size(), QSize(1920, 1080));
    const QString scaled = dir.filePath(QStringLiteral("scaled.png"));
    QCOMPARE(exportPlot(panel.speedupChart()->plot(), scaled, 1280, 720, 2.0), QString());
    QCOMPARE(QImage(scaled).size(), QSize(2560, 1440));
    QVERIFY(!exportPlot(panel.speedupChart()->plot(), scaled, 1280, 720, 0.5).isEmpty());

    const QString svgPath = dir.filePath(QStringLiteral("speedup.svg"));
    QCOMPARE(panel.exportChart(SweepPanel::Chart::Speedup, svgPath), QString());
    QFile svgFile(svgPath);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(svgFile.readAll());
    const QRegularExpression family(QStringLiteral("font-family=\"([^\"]*)\""));
    int families = 0;
    for (auto it = family.globalMatch(svg); it.hasNext(); ++families) {
        const QString value = it.next().captured(1);
        QVERIFY2(value.endsWith(QStringLiteral("sans-serif")) || value.endsWith(QStringLiteral("serif"))
                     || value.endsWith(QStringLiteral("monospace")),
                 qPrintable(value));
        QVERIFY2(!value.contains(QStringLiteral("Sans Serif")), qPrintable(value));
    }
    QVERIFY(families > 0);
    // The value labels are in the file, as text.
    const QString label = SpeedupChart::valueLabelText(sweep.points[2].speedup, SpeedupChart::Metric::Speedup);
    QVERIFY2(svg.contains(label), qPrintable(label));

    // The rewrite itself: a fontconfig alias becomes the generic, a named family keeps its
    // name with a generic after it, and a monospace face keeps its kind.
    QCOMPARE(withGenericFontFamilies("<text font-family=\"Sans Serif\">"),
             QByteArray("<text font-family=\"sans-serif\">"));
    QCOMPARE(withGenericFontFamilies("<g font-family=\"DejaVu Sans\" x=\"1\">"),
             QByteArray("<g font-family=\"'DejaVu Sans', sans-serif\" x=\"1\">"));
    QCOMPARE(withGenericFontFamilies("<g font-family=\"Noto Sans Mono\">"),
             QByteArray("<g font-family=\"'Noto Sans Mono', monospace\">"));
    QCOMPARE(withGenericFontFamilies("<g font-family=\"Arial, sans-serif\">"),
             QByteArray("<g font-family=\"Arial, sans-serif\">"));
}

void TestGuiSweep::exportDialog_offersSlidePresetsAndAScale()
{
    ExportDialog dialog({QStringLiteral("Speedup")}, 0, false, QDir::tempPath(), QStringLiteral("x"));
    dialog.setScreenSize(QSize(994, 296));
    QCOMPARE(dialog.chartSize(), QSize(1280, 720));   // a slide, not the strip on screen
    auto *preset = dialog.findChild<QComboBox *>(QStringLiteral("exportSizePreset"));
    QVERIFY(preset);
    QCOMPARE(preset->itemData(0).toSize(), QSize(1280, 720));
    QCOMPARE(preset->itemData(1).toSize(), QSize(1920, 1080));
    QVERIFY(preset->itemText(2).contains(QStringLiteral("994")));
    preset->setCurrentIndex(1);
    QCOMPARE(dialog.chartSize(), QSize(1920, 1080));
    // Typing a size makes it a custom one.
    dialog.findChild<QSpinBox *>(QStringLiteral("exportWidth"))->setValue(1000);
    QCOMPARE(preset->currentData().toSize(), QSize());
    QCOMPARE(dialog.chartSize(), QSize(1000, 1080));
    auto *scale = dialog.findChild<QComboBox *>(QStringLiteral("exportScale"));
    QVERIFY(scale);
    QCOMPARE(dialog.scale(), 1.0);
    scale->setCurrentIndex(1);
    QCOMPARE(dialog.scale(), 2.0);
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("exportFormat"));
    format->setCurrentIndex(format->findData(static_cast<int>(ExportDialog::Format::Svg)));
    QCOMPARE(dialog.scale(), 1.0);   // vector formats have no pixels to multiply
    QVERIFY(!scale->isEnabled());
}

void TestGuiSweep::screenshots()
{
    const QString out = qEnvironmentVariable("CORESCOPE_SCREENSHOT_DIR");
    if (out.isEmpty())
        QSKIP("set CORESCOPE_SCREENSHOT_DIR to write the screenshots");
    QTemporaryDir dir;
    MainWindow window;
    window.resize(1560, 960);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    selectWorkloadInList(window, QStringLiteral("primes50"));
    SweepPanel *panel = window.sweepPanel();
    window.tabs()->setCurrentWidget(panel);
    const auto sweepOnce = [&](bool threads, bool gil, bool processes, const QString &file) {
        panel->modeBox(Mode::Threads, false)->setChecked(threads);
        panel->modeBox(Mode::Threads, true)->setChecked(gil);
        panel->modeBox(Mode::Processes, false)->setChecked(processes);
        panel->workersEdit()->setText(QStringLiteral("1-4"));
        panel->repeatsBox()->setValue(3);
        panel->warmUpBox()->setChecked(true);
        QSignalSpy finished(panel, &SweepPanel::sweepFinished);
        QVERIFY(panel->start());
        QVERIFY(finished.wait(scaledMs(600000)));
        QCOMPARE(window.saveTo(dir.filePath(file)), QString());
    };
    sweepOnce(true, true, false, QStringLiteral("threads.json"));
    sweepOnce(false, false, true, QStringLiteral("processes.json"));
    sweepOnce(true, true, true, QStringLiteral("all.json"));
    QTest::qWait(500);
    QVERIFY(window.grab().save(QDir(out).filePath(QStringLiteral("sweep-tab.png"))));

    CompareWindow *compare = window.openCompare(dir.filePath(QStringLiteral("threads.json")),
                                                dir.filePath(QStringLiteral("processes.json")));
    compare->resize(1560, 900);
    QVERIFY(QTest::qWaitForWindowExposed(compare));
    QTest::qWait(500);
    QVERIFY(compare->grab().save(QDir(out).filePath(QStringLiteral("compare.png"))));
    qInfo("wrote %s/sweep-tab.png and compare.png", qPrintable(out));
}

QTEST_MAIN(TestGuiSweep)
#include "tst_gui_sweep.moc"
