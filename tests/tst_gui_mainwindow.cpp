// The desktop lab's window, driven as a user would on the offscreen platform: pick a
// workload, press Run, watch the table / timeline / progress fill; cancel; open a bad file;
// export; settings across launches; and the event loop's responsiveness during a million
// tiny tasks.

#include "app/charts/cpuchart.h"
#include "app/charts/speedupchart.h"
#include "app/charts/timelinechart.h"
#include "app/charts/qcpinclude.h"
#include "app/gui/controlpanel.h"
#include "app/gui/sweeppanel.h"
#include "app/gui/exportdialog.h"
#include "app/gui/eventloopprobe.h"
#include "app/gui/diagnosispanel.h"
#include "app/gui/livepage.h"
#include "app/gui/mainwindow.h"
#include "app/gui/shortcutsdialog.h"
#include "tests/guitesting.h"
#include "app/gui/messagebanner.h"
#include "app/gui/resultstable.h"
#include "app/gui/runstatusbar.h"
#include "app/gui/settings.h"
#include "app/i18n/language.h"
#include "app/models/taskmodel.h"
#include "app/models/tasksortproxy.h"
#include "core/exec/mpiexecutor.h"
#include "core/sample/cpusampler.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QContextMenuEvent>
#include <QDockWidget>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QGuiApplication>
#include <QScreen>
#include <QTest>
#include <QTreeWidget>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace corescope;
using namespace corescope::gui;
using corescope::test::scaledMs;
using corescope::test::selectWorkloadInList;
using corescope::test::waitForRunEnd;
using corescope::test::writeSleepWorkload;

namespace {

void setMode(MainWindow &window, Mode mode, int workers, int chunksize = 1)
{
    ControlPanel *controls = window.controls();
    controls->modeBox()->setCurrentIndex(controls->modeBox()->findData(static_cast<int>(mode)));
    controls->workersBox()->setValue(workers);
    controls->chunksizeBox()->setValue(chunksize);
}

} // namespace

class TestMainWindow final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void opensWithSeedPrimes();
    void firstOpened_fitsTheScreen();
    void choosingWorkloadAndRun_fillsTimelineTableAndProgress();
    void shortcuts_runAndCancel();
    void helpShortcuts_listsEveryMenuShortcutFromTheActions();
    void manyWorkers_timelineTakesRoomFromTheCpuChart_andGivesItBack();
    void cancel_stopsAndKeepsFinishedRows();
    void run_cpuChartHoldsTheSamplersPoints();
    void run_short_cpuChartSpansItOnTheTimelinesAxisAndSaysTooShort();
    void badFile_showsErrorAndKeepsWorkload();
    void dropJsonFile_opensIt();
    void runWhileRunning_asksFirstOrCancelsCleanly();
    void crashedWorker_reportsTaskAndKeepsResults();
    void mpiMode_greyedOutWithoutMpiElseRunsRanks();
    void export_writesNonEmptyFiles();
    void exportDialog_ctrlEWritesTheCurrentChart();
    void chartRightClick_offersExport();
    void controls_allHaveToolTipsAndGilFollowsMode();
    void speedup_offersBaselineAndPlotsRuns();
    void settings_roundTrip();
    void settings_olderOrderingNamesTheApi();
    void window_restoresSettings();
    void taskModel_passesModelTester();
    void taskModel_appendsAMillionRowsInCheapBatches();
    void resultsTable_rowsAppendedOutOfSightRepaintNoCell();
    void resultsTable_columnsFitAt1440WithTheirHeaders();
    void sidePanel_workloadListGivesUpRowsBeforeThePanelScrolls();
    void resultsTable_tallerViewportShowsAppendedRowsAgain();
    void presentationMode_toggles();
    void presentationMode_hidesControls_ctrlLBringsThemBack();
    void ctrlNumber_showsEachTab_sweepIncluded();
    void presentationMode_at1280x720_eachChartHasRoom();
    void close_cancelsRunAndLeavesNoWorker();
    void millionTasks_eventLoopStaysResponsive();
};

void TestMainWindow::initTestCase()
{
    // QSettings under ~/.qttest, never the user's own configuration.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CorescopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

// Opened for the first time (no geometry remembered), the window is 1440x900 where the
// screen has room, and no bigger than the screen where it has not (the offscreen platform's
// screen is 800x600 unless QT_QPA_OFFSCREEN says otherwise).
void TestMainWindow::firstOpened_fitsTheScreen()
{
    MainWindow window;
    const QSize available = QGuiApplication::primaryScreen()->availableSize();
    const QSize room = available - QSize(MainWindow::kFrameAllowance, MainWindow::kFrameAllowance);
    QCOMPARE(window.size(), QSize(1440, 900).boundedTo(room).expandedTo(window.minimumSize()));
}

void TestMainWindow::opensWithSeedPrimes()
{
    MainWindow window;
    QVERIFY(window.workload());
    QCOMPARE(window.workloadKey(), QStringLiteral("primes50"));
    QCOMPARE(window.windowTitle(), QStringLiteral("Corescope — Seed primes (50)"));
    QCOMPARE(window.controls()->currentWorkloadKey(), QStringLiteral("primes50"));
    QVERIFY(window.controls()->workloadList()->count() >= 5);
    QVERIFY(!window.isRunning());
}

void TestMainWindow::choosingWorkloadAndRun_fillsTimelineTableAndProgress()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    selectWorkloadInList(window, QStringLiteral("gcd4"));
    QCOMPARE(window.workloadKey(), QStringLiteral("gcd4"));
    QCOMPARE(window.windowTitle(), QStringLiteral("Corescope — Naive gcd (4 pairs)"));
    setMode(window, Mode::Threads, 2);
    // Before any run: no "0 / 1 tasks" of a run nobody started.
    QCOMPARE(window.runStatus()->progressBar()->text(), QStringLiteral("No run yet"));

    QSignalSpy started(&window, &MainWindow::runStarted);
    QTest::mouseClick(window.controls()->runButton(), Qt::LeftButton);
    QCOMPARE(started.count(), 1);
    // A long state is shortened with "…" to leave the progress bar its room, whole in the
    // tooltip, never cut mid-word at the window's edge.
    window.runStatus()->setState(QStringLiteral("Running native processes × 2 · "
                                                "ProcessPoolExecutor.map · a very long label "
                                                "that cannot fit beside the progress bar…"));
    window.runStatus()->resize(500, window.runStatus()->height());
    QVERIFY2(window.runStatus()->shownStateText().endsWith(QStringLiteral("…"))
                 && window.runStatus()->shownStateText().size()
                        < window.runStatus()->stateText().size(),
             qPrintable(window.runStatus()->shownStateText()));
    QTRY_COMPARE_WITH_TIMEOUT(window.taskModel()->rowCount(), 4, scaledMs(60000));
    QVERIFY(waitForRunEnd(window, 30000));

    QProgressBar *progress = window.runStatus()->progressBar();
    QCOMPARE(progress->maximum(), 4);
    QCOMPARE(progress->value(), 4);
    QCOMPARE(progress->text(), QStringLiteral("4 / 4 tasks"));
    QVERIFY2(window.runStatus()->stateText().startsWith(QStringLiteral("Done")),
             qPrintable(window.runStatus()->stateText()));
    QVERIFY(window.runStatus()->rateText().contains(QStringLiteral("tasks/s")));

    // The table shows the gcd results the workload expects, with worker and duration.
    TaskModel *model = window.taskModel();
    QStringList results;
    for (int row = 0; row < 4; ++row) {
        QCOMPARE(model->data(model->index(row, TaskModel::OkColumn)).toString(),
                 QStringLiteral("✓ ok"));
        const int worker = model->data(model->index(row, TaskModel::WorkerColumn)).toInt();
        QVERIFY(worker == 1 || worker == 2);
        QVERIFY(model->data(model->index(row, TaskModel::HandedBackColumn)).toInt() >= 1);
        results << model->data(model->index(row, TaskModel::ResultColumn)).toString();
    }
    results.sort();
    QCOMPARE(results, (QStringList{QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1"),
                                   QStringLiteral("5")}));

    // The order of the rows is said above them: as they finished, until a header is clicked.
    auto *order = window.findChild<QLabel *>(QStringLiteral("resultsOrder"));
    QVERIFY(order);
    QCOMPARE(order->text(), QStringLiteral("Rows in the order the tasks finished. Click a column "
                                           "header to sort."));
    // Sorting by result through the proxy puts the 5 last.
    window.resultsTable()->sortByColumn(TaskModel::ResultColumn, Qt::AscendingOrder);
    QCOMPARE(window.taskProxy()->index(3, TaskModel::ResultColumn).data().toString(),
             QStringLiteral("5"));
    QCOMPARE(order->text(), QStringLiteral("Sorted by Result, ascending. Click the header again "
                                           "to reverse."));

    QVERIFY(window.lastResult());
    QCOMPARE(window.lastResult()->status, RunStatus::Ok);
    // The timeline's plottable holds the run: one bar per task, in its worker's lane, at the
    // task's start and end, laid out there when zoomed to it.
    const QString timeline = test::timelineMismatch(*window.timelineChart(), window.lastResult()->tasks);
    QVERIFY2(timeline.isEmpty(), qPrintable(timeline));
    QVERIFY(window.messageBanner()->text().isEmpty());
}

void TestMainWindow::shortcuts_runAndCancel()
{
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openFile(writeSleepWorkload(dir, 40, 100)));
    setMode(window, Mode::Threads, 2);

    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
    QVERIFY(window.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(window.taskModel()->rowCount() >= 1, scaledMs(10000));
    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY(waitForRunEnd(window, 5000));
    QCOMPARE(window.lastResult()->status, RunStatus::Cancelled);
}

void TestMainWindow::manyWorkers_timelineTakesRoomFromTheCpuChart_andGivesItBack()
{
    // Eight lanes need more room than two: the timeline grows into the per-core chart, down to
    // that chart's minimum, and a run of two workers gives the room back.
    MainWindow window;
    window.setAskBeforeReplacingRun(false);
    window.resize(1100, 700);     // a laptop's window
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.loadWorkload(QStringLiteral("primes6")));
    LivePage *live = window.livePage();
    const auto runWith = [&window](int workers) {
        setMode(window, Mode::Threads, workers);
        QVERIFY(window.startRun());
        QVERIFY(waitForRunEnd(window, 60000));
    };
    runWith(2);
    const QList<int> two = live->sizes();
    QVERIFY2(two[0] > window.cpuChart()->minimumHeight(), qPrintable(QString::number(two[0])));
    runWith(8);
    const QList<int> eight = live->sizes();
    QVERIFY2(eight[1] > two[1], qPrintable(QStringLiteral("%1 -> %2").arg(two[1]).arg(eight[1])));
    QCOMPARE(eight[0], window.cpuChart()->minimumHeight());
    runWith(2);
    QCOMPARE(live->sizes(), two);
    // Run from another tab: the Live tab makes the room once it is shown (its charts' sizes
    // are measured then; the page's height may differ by a few pixels, so the per-core chart's
    // is what shows it).
    window.showTab(MainWindow::ResultsTab);
    runWith(8);
    window.showTab(MainWindow::LiveTab);
    QTRY_COMPARE(live->sizes()[0], window.cpuChart()->minimumHeight());
}

void TestMainWindow::helpShortcuts_listsEveryMenuShortcutFromTheActions()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    ShortcutsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ShortcutsDialog *>()) && dialog->isVisible());
    QHash<QString, QString> keys;     // what it does -> its keys
    QStringList groups;
    for (int g = 0; g < dialog->tree()->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = dialog->tree()->topLevelItem(g);
        groups << group->text(0);
        for (int i = 0; i < group->childCount(); ++i)
            keys.insert(group->child(i)->text(0), group->child(i)->text(1));
    }
    // Read from the actions: each menu with a shortcut, the texts without their mnemonics.
    QVERIFY2(groups.mid(0, 2) == (QStringList{QStringLiteral("File"), QStringLiteral("Run")}),
             qPrintable(groups.join(u'|')));
    QCOMPARE(keys.value(QStringLiteral("Run")), QKeySequence(Qt::CTRL | Qt::Key_R).toString(QKeySequence::NativeText));
    QCOMPARE(keys.value(QStringLiteral("Cancel")), QStringLiteral("Esc"));
    QCOMPARE(keys.value(QStringLiteral("Presentation Mode")), QStringLiteral("F11"));
    QVERIFY2(keys.value(QStringLiteral("Open")).contains(QStringLiteral("Ctrl+O")),
             qPrintable(QStringList(keys.keys()).join(u'|')));
    QCOMPARE(keys.value(QStringLiteral("Keyboard Shortcuts")), QStringLiteral("F1"));
    QVERIFY(keys.contains(QStringLiteral("Race and Compare windows: close")));
    QVERIFY(keys.size() >= 15);
    if (const QByteArray dir = qgetenv("CORESCOPE_SHOT_DIR"); !dir.isEmpty())   // to look at
        dialog->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("shortcuts.png")));
    dialog->close();
    QTRY_VERIFY(!window.findChild<ShortcutsDialog *>());   // deleted on close
}

void TestMainWindow::cancel_stopsAndKeepsFinishedRows()
{
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(writeSleepWorkload(dir, 60, 100)));
    QCOMPARE(window.windowTitle(), QStringLiteral("Corescope — Sleepers"));
    setMode(window, Mode::Threads, 2);

    QVERIFY(window.startRun());
    QTRY_VERIFY_WITH_TIMEOUT(window.taskModel()->rowCount() >= 4, scaledMs(15000));
    QElapsedTimer cancelClock;
    cancelClock.start();
    QTest::mouseClick(window.controls()->cancelButton(), Qt::LeftButton);
    QVERIFY(waitForRunEnd(window, 5000));
    qInfo("cancel took %lld ms", cancelClock.elapsed());
    QVERIFY2(cancelClock.elapsed() < scaledMs(2000), "cancel did not stop at once");

    const auto result = window.lastResult();
    QVERIFY(result);
    QCOMPARE(result->status, RunStatus::Cancelled);
    // The rows seen before the cancel stay; a cancelled run has not done every task; the table
    // holds exactly the tasks the run reports done and those the cancel cut short (one at
    // most a worker, "cancelled").
    const int rows = window.taskModel()->rowCount();
    QVERIFY(rows >= 4);
    QVERIFY(rows < 60);
    const auto cut = static_cast<std::uint64_t>(
        std::count_if(result->tasks.begin(), result->tasks.end(),
                      [](const TaskRecord &t) { return t.state == TaskState::Cancelled; }));
    QVERIFY(cut <= 2);
    qInfo("%llu task(s) cut short", static_cast<unsigned long long>(cut));
    QCOMPARE(static_cast<std::uint64_t>(rows), result->tasksDone() + cut);
    // They stay on the timeline too, as the banner says: a bar for each, nothing for the rest.
    const QString timeline = test::timelineMismatch(*window.timelineChart(), result->tasks);
    QVERIFY2(timeline.isEmpty(), qPrintable(timeline));
    QCOMPARE(window.runStatus()->stateText(), QStringLiteral("Cancelled"));
    QVERIFY(window.messageBanner()->text().contains(QStringLiteral("stay in the table")));
    // ... and it counts the ones cut short, which the timeline draws apart.
    QCOMPARE(window.messageBanner()->text().contains(
                 QStringLiteral("Tasks cut short by Cancel: %1, drawn as dashed").arg(cut)),
             cut > 0);
    QVERIFY(!window.controls()->cancelButton()->isEnabled());

    // Nothing else trickles in afterwards.
    QTest::qWait(scaledMs(300));
    QCOMPARE(window.taskModel()->rowCount(), rows);
}

void TestMainWindow::run_cpuChartHoldsTheSamplersPoints()
{
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    // Six 100 ms sleeps on two threads: at least 300 ms, six periods of the 20 Hz sampler.
    QVERIFY(window.openFile(writeSleepWorkload(dir, 6, 100)));
    setMode(window, Mode::Threads, 2);
    QVERIFY(window.startRun());
    QVERIFY(waitForRunEnd(window, 30000));
    const auto result = window.lastResult();
    QVERIFY(result);
    QCOMPARE(result->status, RunStatus::Ok);
    QVERIFY2(!result->samples.empty(), "a 300 ms run without a CPU sample");
    // Each core's line and the average hold every sample at its time, live as it came.
    const QString cpu = test::cpuChartMismatch(*window.cpuChart(), result->samples);
    QVERIFY2(cpu.isEmpty(), qPrintable(cpu));
}

void TestMainWindow::run_short_cpuChartSpansItOnTheTimelinesAxisAndSaysTooShort()
{
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    // Two 20 ms sleeps on two threads, sampled at 1 Hz: the run ends long before the first
    // sample on any machine (the same path as a 30 ms run at the default 20 Hz).
    QVERIFY(window.openFile(writeSleepWorkload(dir, 2, 20)));
    setMode(window, Mode::Threads, 2);
    RunOptions options = window.runOptions();
    options.sampleHz = 1;
    QVERIFY(window.startRun(options));
    QVERIFY(waitForRunEnd(window, 30000));
    const auto result = window.lastResult();
    QVERIFY(result);
    QCOMPARE(result->status, RunStatus::Ok);
    QVERIFY(result->samples.size() < 2);
    QVERIFY2(window.cpuChart()->note().startsWith(QStringLiteral("Too short to sample at 1 Hz")),
             qPrintable(window.cpuChart()->note()));
    // Its axis is the run's (not a 0-10 s window) and the timeline's.
    const QCPRange cpu = window.cpuChart()->plot()->xAxis->range();
    const QCPRange timeline = window.timelineChart()->plot()->xAxis->range();
    const double wall = double(result->wallNs) * 1e-9;
    QVERIFY2(cpu.upper >= wall * 0.9 && cpu.upper <= wall * 1.1 + 0.002,
             qPrintable(QStringLiteral("axis to %1 s for a %2 s run").arg(cpu.upper).arg(wall)));
    QCOMPARE(cpu.lower, timeline.lower);
    QCOMPARE(cpu.upper, timeline.upper);
}

void TestMainWindow::badFile_showsErrorAndKeepsWorkload()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\n"
                   "  \"name\": \"Bad\",\n"
                   "  \"kernel\": \"is_prime\",\n"
                   "  \"inputs\": [7, \"two\", 11]\n"
                   "}\n");
    }
    MainWindow window;
    window.show();
    QCOMPARE(window.workloadKey(), QStringLiteral("primes50"));
    const QString title = window.windowTitle();

    QVERIFY(!window.openFile(path));
    const QString error = window.messageBanner()->text();
    qInfo("banner: %s", qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("bad.json:4:17")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("inputs[1]")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("Seed primes (50)")), qPrintable(error));
    QCOMPARE(window.messageBanner()->kind(), MessageBanner::Kind::Error);
    QVERIFY(window.messageBanner()->isVisible());
    QCOMPARE(window.workloadKey(), QStringLiteral("primes50"));
    QCOMPARE(window.windowTitle(), title);
    QCOMPARE(window.controls()->currentWorkloadKey(), QStringLiteral("primes50"));

    // A missing file says so too, and the workload still stays.
    QVERIFY(!window.openFile(dir.filePath(QStringLiteral("missing.json"))));
    QVERIFY(window.messageBanner()->text().contains(QStringLiteral("missing.json")));
    QCOMPARE(window.workloadKey(), QStringLiteral("primes50"));
}

void TestMainWindow::dropJsonFile_opensIt()
{
    QTemporaryDir dir;
    const QString path = writeSleepWorkload(dir, 3, 10);
    MainWindow window;
    window.show();

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QCOMPARE(window.workloadKey(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(window.windowTitle(), QStringLiteral("Corescope — Sleepers"));
    QCOMPARE(window.controls()->currentWorkloadKey(), QFileInfo(path).absoluteFilePath());

    // Anything but a .json file is refused at the door.
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(dir.filePath(QStringLiteral("notes.txt")))});
    QDragEnterEvent refused(QPoint(50, 50), Qt::CopyAction, &other, Qt::LeftButton,
                            Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(&window, &refused);
    QVERIFY(!refused.isAccepted());
}

void TestMainWindow::runWhileRunning_asksFirstOrCancelsCleanly()
{
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(writeSleepWorkload(dir, 40, 100)));
    setMode(window, Mode::Threads, 2);
    QVERIFY(window.startRun());
    const quint64 first = window.currentRunId();

    // Asked, the user keeps the run going.
    bool asked = false;
    QTimer::singleShot(100, &window, [&asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        asked = true;
        for (QAbstractButton *button : box->buttons())
            if (box->buttonRole(button) == QMessageBox::RejectRole)
                button->click();
    });
    QVERIFY(!window.startRun());
    QVERIFY(asked);
    QCOMPARE(window.currentRunId(), first);
    QVERIFY(window.isRunning());

    // Not asked, the old run is cancelled cleanly and its end never reaches the new one.
    window.setAskBeforeReplacingRun(false);
    QTRY_VERIFY_WITH_TIMEOUT(window.taskModel()->rowCount() >= 2, scaledMs(10000));
    QVERIFY(window.startRun());
    const quint64 second = window.currentRunId();
    QVERIFY(second != first);
    QCOMPARE(window.taskModel()->rowCount(), 0);   // the table starts over for the new run
    QSignalSpy ended(&window, &MainWindow::runEnded);
    window.cancelRun();
    QVERIFY(waitForRunEnd(window, 5000));
    QTRY_VERIFY_WITH_TIMEOUT(ended.count() >= 1, scaledMs(5000));
    for (const QList<QVariant> &args : std::as_const(ended))
        QCOMPARE(args.at(0).toULongLong(), second);
}

void TestMainWindow::crashedWorker_reportsTaskAndKeepsResults()
{
    MainWindow window;
    window.show();
    QVERIFY(window.loadWorkload(QStringLiteral("broken-pool")));
    setMode(window, Mode::Processes, 2);
    QVERIFY(window.startRun());
    QVERIFY(waitForRunEnd(window, 60000));
    const auto result = window.lastResult();
    QVERIFY(result);
    QCOMPARE(result->status, RunStatus::Failed);
    const QString error = window.messageBanner()->text();
    qInfo("banner: %s", qPrintable(error));
    QCOMPARE(window.messageBanner()->kind(), MessageBanner::Kind::Error);
    QVERIFY2(error.contains(QStringLiteral("task 4")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("stay in the table"))
                 || error.contains(QStringLiteral("stays in the table")),
             qPrintable(error));
    QCOMPARE(window.runStatus()->stateText(), QStringLiteral("Failed"));
    // The results computed before the crash are still there, and the dead task is named.
    // Tasks 0 and 1 end before task 3 is handed out, one of tasks 2 and 3 before task 4 is:
    // at least three results, whatever the timing; the table holds every finished task.
    QVERIFY2(result->tasksDone() >= 3, qPrintable(QString::number(result->tasksDone())));
    QCOMPARE(std::uint64_t(window.taskModel()->rowCount()),
             std::uint64_t(std::count_if(result->tasks.begin(), result->tasks.end(),
                                         [](const TaskRecord &t) { return t.state != TaskState::Pending; })));
    QCOMPARE(window.taskModel()->problemCount() >= 1, true);
    const int deadRow = window.taskModel()->rowOfTask(4);
    if (deadRow >= 0)
        QCOMPARE(window.taskModel()
                     ->data(window.taskModel()->index(deadRow, TaskModel::OkColumn))
                     .toString(),
                 QStringLiteral("✗ worker died"));
    // A crash kernel never runs in-process: threads mode is refused in plain words.
    setMode(window, Mode::Threads, 2);
    QVERIFY(!window.startRun());
    QVERIFY(window.messageBanner()->text().contains(QStringLiteral("processes mode")));
}

// "MPI ranks" is always listed: greyed out with the one sentence on how to install Open MPI
// when this build or machine lacks it, else it runs ranks (each with its rank and host); the
// hosts field shows in that mode only.
void TestMainWindow::mpiMode_greyedOutWithoutMpiElseRunsRanks()
{
    MainWindow window;
    window.show();
    QVERIFY(window.loadWorkload(QStringLiteral("gcd4")));
    ControlPanel *controls = window.controls();
    QComboBox *modes = controls->modeBox();
    const int index = modes->findData(static_cast<int>(Mode::Mpi));
    QVERIFY(index >= 0);
    QCOMPARE(modes->itemText(index), QStringLiteral("MPI ranks"));
    auto *hosts = controls->findChild<QLineEdit *>(QStringLiteral("hostsEdit"));
    QVERIFY(hosts);
    setMode(window, Mode::Processes, 2);
    QVERIFY(!hosts->isVisibleTo(controls));
    const std::string why = mpiAvailability({});
    auto *model = qobject_cast<QStandardItemModel *>(modes->model());
    QVERIFY(model && model->item(index));
    QCOMPARE(model->item(index)->isEnabled(), why.empty());
    if (!why.empty()) {
        QCOMPARE(modes->itemData(index, Qt::ToolTipRole).toString(), QString::fromStdString(why));
        return;
    }
    setMode(window, Mode::Mpi, 2);
    QVERIFY(hosts->isVisibleTo(controls));
    QVERIFY(window.startRun());
    QVERIFY(waitForRunEnd(window, 60000));
    const auto result = window.lastResult();
    QVERIFY(result);
    QVERIFY2(result->status == RunStatus::Ok, result->error.c_str());
    QCOMPARE(result->options.mode, Mode::Mpi);
    QCOMPARE(int(result->workers.size()), 2);
    for (const WorkerRecord &w : result->workers)
        QVERIFY(w.rank >= 1 && !w.host.empty() && w.clockUncertaintyNs >= 0);
}

void TestMainWindow::export_writesNonEmptyFiles()
{
    QTemporaryDir dir;
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(window.loadWorkload(QStringLiteral("doubler")));
    setMode(window, Mode::Threads, 2);
    QVERIFY(window.startRun());
    QVERIFY(waitForRunEnd(window, 60000));

    const struct {
        MainWindow::Chart chart;
        const char *name;
    } charts[] = {{MainWindow::Chart::Cores, "cores"},
                  {MainWindow::Chart::Timeline, "timeline"},
                  {MainWindow::Chart::Speedup, "speedup"}};
    for (const auto &chart : charts) {
        for (const char *suffix : {"png", "svg", "pdf"}) {
            const QString path =
                dir.filePath(QStringLiteral("%1.%2").arg(QLatin1String(chart.name),
                                                         QLatin1String(suffix)));
            const QString error = window.exportChart(chart.chart, path);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));
        }
    }
    // A PNG has exactly the pixels asked for; without a size, a slide's 1280 x 720 (not the
    // strip the per-core chart is on screen).
    const QString sized = dir.filePath(QStringLiteral("sized.png"));
    QVERIFY(window.exportChart(MainWindow::Chart::Timeline, sized, QSize(1200, 700)).isEmpty());
    QCOMPARE(QImage(sized).size(), QSize(1200, 700));
    QCOMPARE(QImage(dir.filePath(QStringLiteral("cores.png"))).size(), QSize(1280, 720));
    QVERIFY(QFile(dir.filePath(QStringLiteral("cores.svg"))).open(QIODevice::ReadOnly));
    QFile svg(dir.filePath(QStringLiteral("cores.svg")));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QVERIFY(svg.readAll().contains("<svg"));
    QFile pdf(dir.filePath(QStringLiteral("timeline.pdf")));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");

    for (const auto format : {ExportDialog::Format::Csv, ExportDialog::Format::JsonReport,
                              ExportDialog::Format::ChromeTrace}) {
        const QString path = dir.filePath(QStringLiteral("run.") + ExportDialog::suffix(format));
        const QString error = window.exportRunData(format, path);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));
    }
    QFile csv(dir.filePath(QStringLiteral("run.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().count('\n'), 6);   // header + 5 tasks

    // A path that cannot be written gives a sentence, not a crash.
    const QString bad = window.exportChart(MainWindow::Chart::Cores,
                                           dir.filePath(QStringLiteral("no/such/dir/x.png")));
    QVERIFY(!bad.isEmpty());
}

void TestMainWindow::exportDialog_ctrlEWritesTheCurrentChart()
{
    QTemporaryDir dir;
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.loadWorkload(QStringLiteral("doubler")));
    setMode(window, Mode::Threads, 2);
    QVERIFY(window.startRun());
    QVERIFY(waitForRunEnd(window, 60000));
    window.showTab(MainWindow::SpeedupTab);

    const QString target = dir.filePath(QStringLiteral("speedup.svg"));
    QString offered;
    QTimer::singleShot(200, &window, [&] {
        auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        offered = dialog->path();
        auto *format = dialog->findChild<QComboBox *>(QStringLiteral("exportFormat"));
        format->setCurrentIndex(format->findData(static_cast<int>(ExportDialog::Format::Svg)));
        QCOMPARE(dialog->chart(), int(MainWindow::Chart::Speedup));
        dialog->findChild<QLineEdit *>(QStringLiteral("exportPath"))->setText(target);
        dialog->accept();
    });
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
    qInfo("the dialog offered %s", qPrintable(offered));
    QVERIFY2(offered.contains(QStringLiteral("doubler-speedup")), qPrintable(offered));
    QVERIFY(QFileInfo(target).size() > 0);
    QVERIFY(window.messageBanner()->text().contains(QStringLiteral("Exported")));
}

void TestMainWindow::chartRightClick_offersExport()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QWidget *plot = window.timelineChart()->findChild<QCustomPlot *>();
    QVERIFY(plot);
    QStringList entries;
    QTimer::singleShot(200, &window, [&entries] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions())
            if (!action->isSeparator())
                entries << action->text();
        menu->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(100, 100),
                            plot->mapToGlobal(QPoint(100, 100)));
    QApplication::sendEvent(plot, &event);
    qInfo("chart menu: %s", qPrintable(entries.join(QStringLiteral(" | "))));
    QVERIFY(!entries.isEmpty());
    QVERIFY(entries.first().startsWith(QStringLiteral("&Export")));
    QVERIFY(entries.join(QLatin1Char(' ')).contains(QStringLiteral("Fit")));
}

void TestMainWindow::controls_allHaveToolTipsAndGilFollowsMode()
{
    MainWindow window;
    window.show();
    QStringList missing;
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        const bool control = qobject_cast<QAbstractButton *>(widget)
            || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
            || qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QProgressBar *>(widget);
        if (!control || widget->window() != &window || !widget->isVisibleTo(&window))
            continue;
        if (widget->parentWidget() && qobject_cast<QDockWidget *>(widget->parentWidget()))
            continue;   // the dock's own float / close buttons
        if (widget->toolTip().isEmpty())
            missing << QStringLiteral("%1 \"%2\"")
                           .arg(QString::fromLatin1(widget->metaObject()->className()),
                                widget->objectName());
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));

    ControlPanel *controls = window.controls();
    setMode(window, Mode::Processes, 2);
    QVERIFY(!controls->gilBox()->isEnabled());
    setMode(window, Mode::Threads, 2);
    QVERIFY(controls->gilBox()->isEnabled());
    setMode(window, Mode::Serial, 1);
    QVERIFY(!controls->gilBox()->isEnabled());
    QVERIFY(!controls->workersBox()->isEnabled());
    QCOMPARE(controls->workersBox()->maximum(), 4 * logicalCoreCount());
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("coresLabel"))
                ->text()
                .contains(QStringLiteral("on this machine")));
}

void TestMainWindow::speedup_offersBaselineAndPlotsRuns()
{
    MainWindow window;
    window.show();
    window.showTab(MainWindow::SpeedupTab);
    QVERIFY(window.loadWorkload(QStringLiteral("gcd4")));
    QVERIFY(window.baselineButton()->isVisible());

    setMode(window, Mode::Threads, 2);
    QVERIFY(window.startRun());
    QVERIFY(waitForRunEnd(window, 60000));
    QVERIFY(!window.history().hasBaseline(window.workloadKey()));
    QVERIFY(window.baselineButton()->isVisible());
    // The chart draws nothing without a baseline, and the caption does not say the run is on it.
    const auto *runsLabel = window.findChild<QLabel *>(QStringLiteral("runsLabel"));
    QVERIFY(runsLabel);
    QVERIFY2(runsLabel->text().contains(QStringLiteral("drawn once a serial run")),
             qPrintable(runsLabel->text()));

    QSignalSpy started(&window, &MainWindow::runStarted);
    QTest::mouseClick(window.baselineButton(), Qt::LeftButton);
    QCOMPARE(started.count(), 1);
    QVERIFY(waitForRunEnd(window, 60000));
    QCOMPARE(window.lastResult()->options.mode, Mode::Serial);
    QVERIFY(window.history().hasBaseline(window.workloadKey()));
    QVERIFY(!window.baselineButton()->isVisible());
    QVERIFY2(runsLabel->text().contains(QStringLiteral("2 finished runs")), qPrintable(runsLabel->text()));
    QVERIFY2(runsLabel->text().contains(QStringLiteral("on this chart")), qPrintable(runsLabel->text()));
    // The panel's mode is untouched by the baseline run.
    QCOMPARE(window.runOptions().mode, Mode::Threads);

    window.controls()->gilBox()->setChecked(true);
    QVERIFY(window.startRun());
    QVERIFY(waitForRunEnd(window, 60000));
    const auto series = window.history().series(window.workloadKey());
    QStringList names;
    for (const SpeedupSeries &s : series)
        names << s.name;
    QCOMPARE(names, (QStringList{QStringLiteral("native serial"),
                                 QStringLiteral("native threads + emulated GIL"),
                                 QStringLiteral("native threads")}));
    for (const SpeedupSeries &s : series)
        for (const SpeedupPoint &p : s.points)
            qInfo("speedup %s x%d: %.2f", qPrintable(s.name), p.workers, p.speedup);
}

void TestMainWindow::settings_roundTrip()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("corescope.ini"));
    RunOptions options;
    options.mode = Mode::Threads;
    options.workers = 3;
    options.chunksize = 17;
    options.api = PyApi::PoolImapUnordered;
    options.gil = true;
    {
        Settings settings(ini);
        settings.setRunOptions(options);
        settings.setLastWorkload(QStringLiteral("gcd4"));
        settings.setWindowGeometry(QByteArray("geometry"));
        settings.setWindowState(QByteArray("state"));
        for (int i = 0; i < Settings::kMaxRecentFiles + 3; ++i)
            settings.addRecentFile(QStringLiteral("/tmp/w%1.json").arg(i));
        settings.addRecentFile(QStringLiteral("/tmp/w5.json"));   // moves to the front
    }
    Settings settings(ini);
    QCOMPARE(settings.runOptions(RunOptions{}), options);
    QCOMPARE(settings.lastWorkload(), QStringLiteral("gcd4"));
    QCOMPARE(settings.windowGeometry(), QByteArray("geometry"));
    QCOMPARE(settings.windowState(), QByteArray("state"));
    const QStringList recent = settings.recentFiles();
    QCOMPARE(recent.size(), Settings::kMaxRecentFiles);
    QCOMPARE(recent.first(), QStringLiteral("/tmp/w5.json"));
    QCOMPARE(recent.count(QStringLiteral("/tmp/w5.json")), 1);

    // Garbage in the file gives defaults, not a broken window.
    {
        QSettings raw(ini, QSettings::IniFormat);
        raw.setValue(Settings::kMode, QStringLiteral("quantum"));
        raw.setValue(Settings::kWorkers, -4);
        raw.setValue(Settings::kChunksize, QStringLiteral("many"));
    }
    Settings garbled(ini);
    const RunOptions read = garbled.runOptions(RunOptions{});
    QCOMPARE(read.mode, RunOptions{}.mode);
    QCOMPARE(read.workers, RunOptions{}.workers);
    QCOMPARE(read.chunksize, RunOptions{}.chunksize);
    QCOMPARE(read.api, PyApi::PoolImapUnordered);
}

void TestMainWindow::settings_olderOrderingNamesTheApi()
{
    // Settings saved while Ordering was the native runtime's choice and the API the Python
    // runtime's: "ordering" decides a native run's API (ordered-stream: Pool.imap), "api" a
    // Python one's; without "api", "ordering" decides.
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("corescope.ini"));
    const auto older = [&ini](const char *runtime, const char *api) {
        QFile::remove(ini);
        QSettings raw(ini, QSettings::IniFormat);
        raw.setValue(Settings::kRuntime, QLatin1String(runtime));
        raw.setValue(Settings::kLegacyOrdering, QStringLiteral("ordered-stream"));
        if (api)
            raw.setValue(Settings::kApi, QLatin1String(api));
    };
    older("native", "pool.map");
    QCOMPARE(Settings(ini).runOptions(RunOptions{}).api, PyApi::PoolImap);
    older("native", nullptr);
    QCOMPARE(Settings(ini).runOptions(RunOptions{}).api, PyApi::PoolImap);
    // Python's "api" was its own choice then, too (a Python run falls back to native in the
    // window only without an interpreter; the options read are what was saved).
    older("python", "pool.map");
    QCOMPARE(Settings(ini).runOptions(RunOptions{}).api, PyApi::PoolMap);
    // Saved again: "api" alone, and it reads back the same.
    older("native", "pool.map");
    {
        Settings settings(ini);
        settings.setRunOptions(settings.runOptions(RunOptions{}));
    }
    QVERIFY(!QSettings(ini, QSettings::IniFormat).contains(Settings::kLegacyOrdering));
    QCOMPARE(Settings(ini).runOptions(RunOptions{}).api, PyApi::PoolImap);
}

void TestMainWindow::window_restoresSettings()
{
    QTemporaryDir dir;
    const QString file = writeSleepWorkload(dir, 3, 10);
    QByteArray geometry;
    QList<int> sweepSizes;      // the Sweep tab's charts above its tables, as dragged
    const auto sweepSplitter = [](const MainWindow &window) {
        return window.sweepPanel()->findChild<QSplitter *>(QStringLiteral("sweepSplitter"));
    };
    {
        MainWindow window;
        window.resize(1266, 777);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(file));
        selectWorkloadInList(window, QStringLiteral("gcd4"));
        setMode(window, Mode::Threads, 3, 9);
        window.controls()->apiBox()->setCurrentIndex(
            window.controls()->apiBox()->findData(static_cast<int>(PyApi::PoolImap)));
        window.controls()->gilBox()->setChecked(true);
        window.showTab(MainWindow::SweepTab);
        QSplitter *split = sweepSplitter(window);
        QVERIFY(split);
        const QList<int> before = split->sizes();
        QCOMPARE(before.size(), 2);
        const int total = before[0] + before[1];
        QVERIFY2(before[1] < total / 3, "the charts take most of the height by default");
        split->setSizes({total / 2, total - total / 2});
        sweepSizes = split->sizes();
        QCOMPARE(sweepSizes[0], total / 2);
        window.showTab(MainWindow::ResultsTab);
        window.close();
    }
    MainWindow window;
    QCOMPARE(window.workloadKey(), QStringLiteral("gcd4"));
    const RunOptions options = window.runOptions();
    QCOMPARE(options.mode, Mode::Threads);
    QCOMPARE(options.workers, 3);
    QCOMPARE(options.chunksize, 9);
    QCOMPARE(options.api, PyApi::PoolImap);
    QVERIFY(options.gil);
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::ResultsTab));
    QCOMPARE(window.size(), QSize(1266, 777));
    QCOMPARE(Settings().recentFiles().value(0), QFileInfo(file).absoluteFilePath());
    QVERIFY(window.controls()->gilBox()->isEnabled());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showTab(MainWindow::SweepTab);
    QCOMPARE(sweepSplitter(window)->sizes(), sweepSizes);
}

void TestMainWindow::taskModel_passesModelTester()
{
    MainWindow window;
    window.show();
    window.showTab(MainWindow::ResultsTab);
    QAbstractItemModelTester sourceTester(window.taskModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(window.taskProxy(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(window.loadWorkload(QStringLiteral("sum10")));
    setMode(window, Mode::Threads, 2);
    window.controls()->apiBox()->setCurrentIndex(
        window.controls()->apiBox()->findData(static_cast<int>(PyApi::PoolImap)));
    window.resultsTable()->sortByColumn(TaskModel::DurationColumn, Qt::DescendingOrder);
    QVERIFY(window.startRun());
    QVERIFY(waitForRunEnd(window, 60000));
    QCOMPARE(window.taskModel()->rowCount(), 10);
    // Sorted by duration, longest first, once the run ended.
    const auto key = [&window](int row) {
        return window.taskProxy()
            ->index(row, TaskModel::DurationColumn)
            .data(TaskModel::SortKeyRole)
            .toLongLong();
    };
    for (int row = 1; row < 10; ++row)
        QVERIFY(key(row - 1) >= key(row));
    // Pool.imap hands back in task order: rank == index + 1.
    TaskModel *model = window.taskModel();
    for (int row = 0; row < 10; ++row) {
        const int index = model->data(model->index(row, TaskModel::IndexColumn)).toInt();
        QCOMPARE(model->data(model->index(row, TaskModel::HandedBackColumn)).toInt(), index + 1);
    }
    window.resultsTable()->sortByColumn(TaskModel::InputColumn, Qt::AscendingOrder);
    // A second run resets the model under the testers.
    QVERIFY(window.startRun());
    QVERIFY(waitForRunEnd(window, 60000));
}

// At 1440x900 every column is in view (no horizontal scrolling), each at least as wide as its
// header, in English and in Russian (longer words); a dragged column keeps its width when a
// scroll bar comes.
void TestMainWindow::resultsTable_columnsFitAt1440WithTheirHeaders()
{
    MainWindow window;
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showTab(MainWindow::ResultsTab);
    QTableView *table = window.resultsTable();
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ru")}) {
        QVERIFY(i18n::applyLanguage(language));
        QCoreApplication::processEvents();
        const QHeaderView *header = table->horizontalHeader();
        int total = 0;
        for (int column = 0; column < TaskModel::ColumnCount; ++column) {
            const QString title = window.taskModel()->headerData(column, Qt::Horizontal).toString();
            QVERIFY2(header->sectionSize(column) >= header->fontMetrics().horizontalAdvance(title),
                     qPrintable(QStringLiteral("%1: %2 px for \"%3\"")
                                    .arg(language)
                                    .arg(header->sectionSize(column))
                                    .arg(title)));
            total += header->sectionSize(column);
        }
        QVERIFY2(total <= table->viewport()->width(),
                 qPrintable(QStringLiteral("%1: %2 px of columns in %3 px")
                                .arg(language)
                                .arg(total)
                                .arg(table->viewport()->width())));
    }
    QVERIFY(i18n::applyLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();

    // The user widens the result column past the view: the horizontal scroll bar that comes
    // (a shorter viewport) does not put it back.
    table->horizontalHeader()->resizeSection(TaskModel::ResultColumn, 900);
    QTRY_VERIFY(table->horizontalScrollBar()->isVisible());
    QCoreApplication::processEvents();
    QCOMPARE(table->horizontalHeader()->sectionSize(TaskModel::ResultColumn), 900);
}

// A laptop's 1280x800 window: the run options all in view (the panel does not scroll), the
// workload list in whole rows; at 1440x900 it has as many rows again or more.
void TestMainWindow::sidePanel_workloadListGivesUpRowsBeforeThePanelScrolls()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *scroll = window.controls()->findChild<QScrollArea *>(QStringLiteral("controlsScroll"));
    QVERIFY(scroll);
    QListWidget *list = window.controls()->workloadList();
    QVERIFY(list->count() > 16);
    const int row = list->sizeHintForRow(0);
    const auto rowsShown = [list, row] { return (list->height() - 2 * list->frameWidth()) / row; };
    const auto describe = [&] {
        return QStringLiteral("panel scrolls %1 px; list %2 px, %3 rows of %4 px")
            .arg(scroll->verticalScrollBar()->maximum())
            .arg(list->height())
            .arg(rowsShown())
            .arg(row);
    };
    QTRY_VERIFY2(scroll->verticalScrollBar()->maximum() == 0, qPrintable(describe()));
    QVERIFY2(rowsShown() >= 6, qPrintable(describe()));
    QCOMPARE(list->height() - 2 * list->frameWidth(), rowsShown() * row);   // whole rows
    // The chosen workload in view in the shorter list.
    QTRY_VERIFY(list->visualItemRect(list->currentItem()).bottom() <= list->viewport()->height());

    const int shown = rowsShown();
    window.resize(1440, 900);
    QTRY_VERIFY2(rowsShown() >= shown && scroll->verticalScrollBar()->maximum() == 0,
                 qPrintable(describe()));
    QCOMPARE(list->height() - 2 * list->frameWidth(), rowsShown() * row);
}

namespace {

// Counts the paint events a widget gets.
class PaintCounter final : public QObject {
public:
    explicit PaintCounter(QWidget *watched) : QObject(watched) { watched->installEventFilter(this); }
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

// Finished tasks as a run reports them: durations 50-56 ns, on two workers.
std::vector<TaskRecord> finishedTasks(std::uint32_t first, std::uint32_t count)
{
    std::vector<TaskRecord> tasks(count);
    for (std::uint32_t i = 0; i < count; ++i) {
        TaskRecord &r = tasks[i];
        r.index = first + i;
        r.startNs = r.index * 100;
        r.endNs = r.startNs + 50 + (r.index % 7);
        r.result = 10;
        r.worker = static_cast<std::int16_t>(r.index % 2);
        r.state = TaskState::Done;
    }
    return tasks;
}

// A Results table as the window has one: the task model, its sorting proxy and the table on
// screen, unsorted, over `tasks` tiny tasks of which none has finished yet.
struct TaskTable {
    TaskTable(std::size_t tasks, QSize size)
    {
        auto workload = std::make_shared<Workload>();
        workload->name = "tiny";
        workload->kernel = KernelId::Double;
        workload->inputs = RepeatInputs{TaskInput{5, 0}, tasks};
        proxy.setSourceModel(&model);
        view.setModel(&proxy);
        view.verticalHeader()->hide();
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.setSortingEnabled(true);
        view.horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        view.resize(size);
        view.show();
        model.reset(std::move(workload));
    }

    // Rows appended as the Results page appends them during a run, then one event-loop turn.
    void append(std::uint32_t first, std::uint32_t count)
    {
        view.rowsWillBeAppended();
        model.appendTasks(finishedTasks(first, count));
        QCoreApplication::processEvents();
    }

    TaskModel model;
    TaskSortProxy proxy;
    ResultsTable view;
};

} // namespace

void TestMainWindow::taskModel_appendsAMillionRowsInCheapBatches()
{
    // The model, its sorting proxy and a table on screen, fed a million rows the way a run
    // feeds them: a batch at a time. No batch may cost more than a frame or two.
    TaskTable table(1'000'000, QSize(800, 600));
    auto &model = table.model;
    auto &proxy = table.proxy;
    auto &view = table.view;

    constexpr std::size_t kBatch = LabSession::kPieceTasks;
    qint64 worstNs = 0;
    QElapsedTimer total;
    total.start();
    for (std::uint32_t first = 0; first < 1'000'000; first += kBatch) {
        const auto batch = finishedTasks(
            first, static_cast<std::uint32_t>(std::min<std::size_t>(kBatch, 1'000'000 - first)));
        QElapsedTimer clock;
        clock.start();
        view.rowsWillBeAppended();
        model.appendTasks(batch);
        worstNs = std::max(worstNs, clock.nsecsElapsed());
        if (first % (kBatch * 32) == 0)
            QCoreApplication::processEvents();   // let the view lay out and paint now and then
    }
    qInfo("1,000,000 rows in batches of %zu: %lld ms in all, worst batch %.1f ms",
          kBatch, total.elapsed(), double(worstNs) / 1e6);
    QCOMPARE(proxy.rowCount(), 1'000'000);
    QVERIFY2(worstNs < test::scaledNs(100'000'000), "one batch of rows stalled the GUI thread");

    // Sorting a million rows by duration, through the raw comparison, stays well under a
    // second or two even on a slow machine.
    QElapsedTimer sortClock;
    sortClock.start();
    view.sortByColumn(TaskModel::DurationColumn, Qt::DescendingOrder);
    qInfo("sorting 1,000,000 rows by duration: %lld ms", sortClock.elapsed());
    QVERIFY(proxy.index(0, TaskModel::DurationColumn).data(TaskModel::SortKeyRole).toLongLong()
            >= proxy.index(999'999, TaskModel::DurationColumn)
                   .data(TaskModel::SortKeyRole)
                   .toLongLong());
}


void TestMainWindow::resultsTable_rowsAppendedOutOfSightRepaintNoCell()
{
    TaskTable table(10'000, QSize(600, 300));
    auto &model = table.model;
    auto &proxy = table.proxy;
    auto &view = table.view;
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const auto *counter = new PaintCounter(view.viewport());
    const auto append = [&table](std::uint32_t first, std::uint32_t count) {
        table.append(first, count);
    };

    // Three rows do not fill the viewport: the new ones are in sight and get painted.
    append(0, 3);
    QTRY_VERIFY(counter->paints > 0);
    QVERIFY(view.rowAt(view.viewport()->height() - 1) < 0);
    // Enough rows to fill it, appended where they show: painted.
    int before = counter->paints;
    append(3, 500);
    QTRY_VERIFY(counter->paints > before);
    QVERIFY(view.rowAt(view.viewport()->height() - 1) >= 0);
    QTest::qWait(50);   // whatever that append left to paint, painted

    // Now full: appended rows land below the last visible one. The scroll bar grows, and no
    // cell is painted again (it would only draw the same rows).
    const int range = view.verticalScrollBar()->maximum();
    before = counter->paints;
    for (std::uint32_t first = 503; first < 5'503; first += 1'000)
        append(first, 1'000);
    QTest::qWait(50);
    QCOMPARE(counter->paints, before);
    QCOMPARE(proxy.rowCount(), 5'503);
    QVERIFY(view.verticalScrollBar()->maximum() > range);
    QCOMPARE(view.rowAt(0), 0);

    // A sort reshapes every visible row: painted, whether rows were appended in the same turn
    // before it or after it (a run's drain may come before the sort's layout).
    before = counter->paints;
    view.rowsWillBeAppended();
    model.appendTasks(finishedTasks(5'503, 100));
    view.sortByColumn(TaskModel::IndexColumn, Qt::DescendingOrder);
    QTRY_VERIFY(counter->paints > before);
    QCOMPARE(proxy.index(view.rowAt(0), TaskModel::IndexColumn).data(TaskModel::TaskIndexRole)
                 .toUInt(),
             5'602u);
    QTest::qWait(50);
    before = counter->paints;
    view.sortByColumn(TaskModel::IndexColumn, Qt::AscendingOrder);
    view.rowsWillBeAppended();
    model.appendTasks(finishedTasks(5'603, 100));
    QTRY_VERIFY(counter->paints > before);
    QCOMPARE(proxy.index(view.rowAt(0), TaskModel::IndexColumn).data(TaskModel::TaskIndexRole)
                 .toUInt(),
             0u);
}

void TestMainWindow::resultsTable_tallerViewportShowsAppendedRowsAgain()
{
    TaskTable table(1'000, QSize(600, 200));
    QVERIFY(QTest::qWaitForWindowExposed(&table.view));
    table.append(0, 30);
    const int lastPixel = table.view.viewport()->height() - 1;
    QVERIFY(table.view.rowAt(lastPixel) >= 0);   // full
    table.append(30, 10);                         // seen full: out of sight
    QTest::qWait(50);

    // Made taller, the viewport has room below its last row: what is appended there shows.
    table.view.resize(600, table.view.rowHeight(0) * 80);
    QTest::qWait(50);
    QVERIFY(table.view.rowAt(table.view.viewport()->height() - 1) < 0);
    const auto *counter = new PaintCounter(table.view.viewport());
    table.append(40, 5);
    QTRY_VERIFY(counter->paints > 0);
    QCOMPARE(table.view.rowAt(table.view.rowViewportPosition(44)), 44);
}

void TestMainWindow::presentationMode_toggles()
{
    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const QFont normal = window.font();
    QTest::keyClick(&window, Qt::Key_F11);
    QVERIFY(window.isPresentationMode());
    QVERIFY(window.font().pointSizeF() >= normal.pointSizeF() * 1.4);
    // Every control follows, style-sheeted ones included.
    QVERIFY(window.resultsTable()->font().pointSizeF() > normal.pointSizeF());
    QCOMPARE(window.controls()->runButton()->font().pointSizeF(), window.font().pointSizeF());
    QCOMPARE(window.controls()->modeBox()->font().pointSizeF(), window.font().pointSizeF());
    QTest::keyClick(&window, Qt::Key_F11);
    QVERIFY(!window.isPresentationMode());
    QCOMPARE(window.font().pointSizeF(), normal.pointSizeF());
    QCOMPARE(window.controls()->runButton()->font().pointSizeF(), normal.pointSizeF());
    QCOMPARE(window.resultsTable()->font().pointSizeF(), normal.pointSizeF());
}

void TestMainWindow::ctrlNumber_showsEachTab_sweepIncluded()
{
    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(window.tabs()->count(), MainWindow::SweepTab + 1);
    QCOMPARE(window.tabs()->widget(MainWindow::SweepTab)->objectName(),
             QStringLiteral("sweepPanel"));
    // From the last tab back to the first: each key shows its tab, whichever was current.
    for (int tab = MainWindow::SweepTab; tab >= MainWindow::LiveTab; --tab) {
        const auto key = static_cast<Qt::Key>(Qt::Key_1 + tab);
        const auto inMenu = std::count_if(
            window.viewMenu()->actions().cbegin(), window.viewMenu()->actions().cend(),
            [key](const QAction *action) {
                return action->shortcut() == QKeySequence(Qt::CTRL | key);
            });
        QCOMPARE(inMenu, 1);                         // listed in View, with its key
        QTest::keyClick(&window, key, Qt::ControlModifier);
        QCOMPARE(window.tabs()->currentIndex(), tab);
    }
}

void TestMainWindow::presentationMode_hidesControls_ctrlLBringsThemBack()
{
    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("controlsDock"));
    QVERIFY(dock);
    QVERIFY(dock->isVisible());
    // The key is in the View menu, beside presentation mode.
    QAction *toggle = dock->toggleViewAction();
    QVERIFY(window.viewMenu()->actions().contains(toggle));
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));

    QTest::keyClick(&window, Qt::Key_F11);
    QVERIFY(window.isPresentationMode());
    QVERIFY(!dock->isVisible());           // the charts get the width
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(dock->isVisible());        // back on demand
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(!dock->isVisible());
    QTest::keyClick(&window, Qt::Key_F11);
    QVERIFY(!window.isPresentationMode());
    QTRY_VERIFY(dock->isVisible());        // as it was before

    // Hidden before, hidden after.
    dock->hide();
    window.setPresentationMode(true);
    window.setPresentationMode(false);
    QVERIFY(!dock->isVisible());
}

void TestMainWindow::presentationMode_at1280x720_eachChartHasRoom()
{
    // The smallest projector we design for: both live charts keep a readable plot area under
    // the large fonts (titles, legends and axis labels around them), and the window fits.
    constexpr int kMinChartPx = 200;      // each chart widget, decorations included
    constexpr int kMinPlotPx = 64;        // each chart's data area (the axis rect)
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setPresentationMode(true);
    // Offscreen, full screen is the virtual screen's size: lay the window out at 1280x720.
    window.showNormal();
    window.resize(1280, 720);
    QTRY_COMPARE(window.size(), QSize(1280, 720));
    QVERIFY(window.isPresentationMode());
    QVERIFY(!window.findChild<QDockWidget *>(QStringLiteral("controlsDock"))->isVisible());
    QVERIFY2(window.minimumSizeHint().height() <= 720,
             qPrintable(QStringLiteral("minimum height %1").arg(window.minimumSizeHint().height())));
    QApplication::processEvents();
    for (QCustomPlot *plot : {window.cpuChart()->plot(), window.timelineChart()->plot()}) {
        plot->replot(QCustomPlot::rpImmediateRefresh);
        const QString what = QStringLiteral("%1: widget %2 px, plot area %3 px")
                                 .arg(plot->parentWidget()->objectName())
                                 .arg(plot->height())
                                 .arg(plot->axisRect()->height());
        qInfo("%s", qPrintable(what));
        QVERIFY2(plot->height() >= kMinChartPx, qPrintable(what));
        QVERIFY2(plot->axisRect()->height() >= kMinPlotPx, qPrintable(what));
    }
}

void TestMainWindow::close_cancelsRunAndLeavesNoWorker()
{
    QTemporaryDir dir;
    auto window = std::make_unique<MainWindow>();
    window->show();
    QVERIFY(window->openFile(writeSleepWorkload(dir, 200, 100)));
    setMode(*window, Mode::Processes, 2);
    QVERIFY(window->startRun());
    QTRY_VERIFY_WITH_TIMEOUT(window->taskModel()->rowCount() >= 2, scaledMs(20000));
    QSet<int> pids;
    for (int row = 0; row < window->taskModel()->rowCount(); ++row)
        pids.insert(window->taskModel()
                        ->data(window->taskModel()->index(row, TaskModel::PidColumn))
                        .toInt());
    pids.remove(0);
    QVERIFY(!pids.isEmpty());
    QVERIFY(!pids.contains(int(QCoreApplication::applicationPid())));

    QElapsedTimer clock;
    clock.start();
    window->close();
    window.reset();   // the controller's destructor joins the run
    qInfo("close + destroy took %lld ms", clock.elapsed());
    QVERIFY(clock.elapsed() < scaledMs(3000));
    for (const int pid : std::as_const(pids))
        QVERIFY2(!QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid)),
                 qPrintable(QStringLiteral("worker process %1 is still alive").arg(pid)));
}

void TestMainWindow::millionTasks_eventLoopStaysResponsive()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.loadWorkload(QStringLiteral("tiny-tasks")));
    QCOMPARE(window.workload()->taskCount(), std::uint64_t{1'000'000});
    setMode(window, Mode::Processes, 2, 1000);

    QElapsedTimer clock;
    clock.start();
    QVERIFY(window.startRun());
    // Switch tabs half-way, as a curious student would: the table must keep up too.
    QTRY_VERIFY_WITH_TIMEOUT(window.taskModel()->rowCount() > 100'000 || !window.isRunning(),
                             scaledMs(120000));
    window.showTab(MainWindow::ResultsTab);
    QVERIFY(waitForRunEnd(window, 300000));
    const double seconds = double(clock.elapsed()) / 1000.0;

    const auto result = window.lastResult();
    QVERIFY(result);
    QCOMPARE(result->status, RunStatus::Ok);
    QCOMPARE(window.taskModel()->rowCount(), 1'000'000);
    QCOMPARE(window.runStatus()->progressBar()->value(), 1'000'000);
    const EventLoopProbe *probe = window.eventLoopProbe();
    qInfo("1,000,000 tiny tasks, processes x2, chunksize 1000: %.2f s; event loop max delay "
          "%.1f ms, mean %.2f ms over %lld ticks",
          seconds, probe->maxDelayMs(), probe->meanDelayMs(), probe->ticks());
    // Every gap between ticks is at most the probe's 10 ms interval plus its worst delay, and
    // the probe runs from Run until the window shows the end: so many ticks at least.
    const double gapMs = 10.0 + probe->maxDelayMs();
    QVERIFY2(double(probe->ticks() + 1) * gapMs >= double(result->wallNs) / 1e6,
             qPrintable(QStringLiteral("%1 ticks over a %2 ms run").arg(probe->ticks()).arg(double(result->wallNs) / 1e6)));
    // Generous so a loaded CI machine does not flake; the figure itself is printed above.
    QVERIFY2(probe->maxDelayMs() < scaledMs(250),
             qPrintable(QStringLiteral("the event loop stalled for %1 ms")
                            .arg(probe->maxDelayMs())));
    // A million records are diagnosed off the GUI thread: the explanation follows the run's
    // end, about this run (tiny tasks at chunksize 1000: nothing worth a finding but the
    // missing serial baseline).
    QTRY_VERIFY_WITH_TIMEOUT(!window.diagnosisPanel()->text().contains(
                                 QStringLiteral("The explanation appears here when the run ends")),
                             scaledMs(30000));
    QVERIFY2(window.diagnosisPanel()->text().contains(
                 QStringLiteral("No serial run of this workload yet")),
             qPrintable(window.diagnosisPanel()->text()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_gui_mainwindow.moc"
