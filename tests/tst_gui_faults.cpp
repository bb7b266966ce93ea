// The desktop lab's fault controls (issue 6): what the pool does when a worker dies (fail /
// respawn) and the per-task timeout, from the control panel through a real run to the window's
// message, and remembered across launches.

#include "tests/childprocesses.h"
#include "app/gui/controlpanel.h"
#include "app/gui/mainwindow.h"
#include "tests/guitesting.h"
#include "app/gui/messagebanner.h"
#include "app/gui/runexplanation.h"
#include "app/gui/runstatusbar.h"
#include "app/gui/settings.h"
#include "app/models/taskmodel.h"
#include "core/analysis/rundigest.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace corescope;
using namespace corescope::gui;
using corescope::test::scaledMs;
using corescope::test::waitForRunEnd;

namespace {

// Tasks the run reports finished (done or failed): the table shows exactly these.
int finishedTasks(const RunResult &result)
{
    return int(std::count_if(result.tasks.begin(), result.tasks.end(),
                             [](const TaskRecord &t) { return t.state != TaskState::Pending; }));
}

void setMode(ControlPanel *controls, Mode mode)
{
    controls->modeBox()->setCurrentIndex(controls->modeBox()->findData(static_cast<int>(mode)));
}

void setPolicy(ControlPanel *controls, WorkerDeathPolicy policy)
{
    QComboBox *box = controls->onWorkerDeathBox();
    box->setCurrentIndex(box->findData(static_cast<int>(policy)));
}

} // namespace

class TestGuiFaults final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CorescopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gui_faults"));
    }
    void init() { QSettings().clear(); }

    void faultControls_followModeAndHaveToolTips()
    {
        MainWindow window;
        ControlPanel *controls = window.controls();
        QVERIFY(!controls->onWorkerDeathBox()->toolTip().isEmpty());
        QVERIFY(!controls->taskTimeoutBox()->toolTip().isEmpty());
        for (int i = 0; i < controls->onWorkerDeathBox()->count(); ++i)
            QVERIFY(!controls->onWorkerDeathBox()->itemData(i, Qt::ToolTipRole).toString().isEmpty());
        // Off by default, and said so in words.
        QCOMPARE(controls->taskTimeoutBox()->value(), 0);
        QCOMPARE(controls->taskTimeoutBox()->text(), QStringLiteral("off"));
        QCOMPARE(controls->options().onWorkerDeath, WorkerDeathPolicy::Fail);

        setMode(controls, Mode::Threads);
        QVERIFY(!controls->onWorkerDeathBox()->isEnabled());
        QVERIFY(!controls->taskTimeoutBox()->isEnabled());
        setMode(controls, Mode::Processes);
        QVERIFY(controls->onWorkerDeathBox()->isEnabled());
        QVERIFY(controls->taskTimeoutBox()->isEnabled());

        setPolicy(controls, WorkerDeathPolicy::Respawn);
        controls->taskTimeoutBox()->setValue(1500);
        const RunOptions options = controls->options();
        QCOMPARE(options.onWorkerDeath, WorkerDeathPolicy::Respawn);
        QCOMPARE(options.taskTimeoutMs, 1500);
    }

    void faultOptions_roundTripThroughSettings()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ini = dir.filePath(QStringLiteral("corescope.ini"));
        RunOptions saved;
        saved.onWorkerDeath = WorkerDeathPolicy::Respawn;
        saved.taskTimeoutMs = 2500;
        {
            Settings settings(ini);
            settings.setRunOptions(saved);
            settings.sync();
        }
        Settings reread(ini);
        const RunOptions back = reread.runOptions(RunOptions{});
        QCOMPARE(back.onWorkerDeath, WorkerDeathPolicy::Respawn);
        QCOMPARE(back.taskTimeoutMs, 2500);

        // Nonsense in the file falls back to the defaults.
        {
            QSettings raw(ini, QSettings::IniFormat);
            raw.setValue(QLatin1String(Settings::kOnWorkerDeath), QStringLiteral("explode"));
            raw.setValue(QLatin1String(Settings::kTaskTimeout), -4);
        }
        Settings bad(ini);
        const RunOptions fallback = bad.runOptions(RunOptions{});
        QCOMPARE(fallback.onWorkerDeath, WorkerDeathPolicy::Fail);
        QCOMPARE(fallback.taskTimeoutMs, 0);
    }

    void respawn_taskThatKillsTwoWorkersFailsSayingSoAndKeepsResults()
    {
        MainWindow window;
        window.setAskBeforeReplacingRun(false);
        QVERIFY(window.loadWorkload(QStringLiteral("broken-pool")));
        ControlPanel *controls = window.controls();
        setMode(controls, Mode::Processes);
        controls->workersBox()->setValue(2);
        controls->chunksizeBox()->setValue(1);
        setPolicy(controls, WorkerDeathPolicy::Respawn);
        QVERIFY(window.startRun());
        QVERIFY(waitForRunEnd(window, 30000));

        const auto result = window.lastResult();
        QVERIFY(result);
        QCOMPARE(result->status, RunStatus::Failed);
        QCOMPARE(result->options.onWorkerDeath, WorkerDeathPolicy::Respawn);
        const QString error = QString::fromStdString(result->error);
        QVERIFY2(error.contains(QStringLiteral("task 4")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("killed two workers")), qPrintable(error));
        // A replacement was started for the first death: three workers or more in the record.
        QVERIFY2(result->workers.size() >= 3, qPrintable(QString::number(result->workers.size())));
        // The window says it, and the tasks finished before the crash stay in the table.
        QCOMPARE(window.messageBanner()->kind(), MessageBanner::Kind::Error);
        QVERIFY2(window.messageBanner()->text().contains(QStringLiteral("killed two workers")),
                 qPrintable(window.messageBanner()->text()));
        // Tasks 0 and 1 end before task 3 is handed out, and one of tasks 2 and 3 before task 4
        // is: at least three results, whatever the timing.
        QCOMPARE(window.taskModel()->rowCount(), finishedTasks(*result));
        QVERIFY2(result->tasksDone() >= 3, qPrintable(QString::number(result->tasksDone())));
        QTRY_COMPARE_WITH_TIMEOUT(test::childProcessCount(), 0, scaledMs(2000));
    }

    // The pool breaks while the other worker runs a long task: that task is a row of the
    // table ("killed") and a bar of the timeline, in its worker's lane, from its start to the
    // failure, not an idle lane.
    void brokenPool_showsTheOtherWorkersTaskAsKilled()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"name": "Broken beside a long task", "kernel": "crash",
                      "params": {"signal": "SIGSEGV"}, "inputs": [1500, 30, 0, 30]})");
        file.close();

        MainWindow window;
        window.resize(1400, 900);
        window.show();
        window.setAskBeforeReplacingRun(false);
        QVERIFY(window.openFile(path));
        ControlPanel *controls = window.controls();
        setMode(controls, Mode::Processes);
        controls->workersBox()->setValue(2);
        controls->chunksizeBox()->setValue(1);
        setPolicy(controls, WorkerDeathPolicy::Fail);
        QVERIFY(window.startRun());
        QVERIFY(waitForRunEnd(window, 15000));

        const auto result = window.lastResult();
        QVERIFY(result);
        QCOMPARE(result->status, RunStatus::Failed);
        QCOMPARE(result->options.runtime, Runtime::Native);
        QCOMPARE(result->tasks[0].state, TaskState::Killed);
        QCOMPARE(window.taskModel()->rowCount(), finishedTasks(*result));
        const int row = window.taskModel()->rowOfTask(0);
        QVERIFY(row >= 0);
        QCOMPARE(window.taskModel()->index(row, TaskModel::OkColumn).data().toString(),
                 TaskModel::tr("✗ killed"));
        const QString mismatch = test::timelineMismatch(*window.timelineChart(), result->tasks);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        // The progress ends where it counted while the run went (tasks that ended, however),
        // not at the done ones alone, and its tooltip says how they ended.
        QProgressBar *progress = window.runStatus()->progressBar();
        QCOMPARE(progress->value(), finishedTasks(*result));
        QCOMPARE(progress->maximum(), 4);
        QVERIFY(progress->value() > static_cast<int>(result->tasksDone()));
        const QString tip = progress->toolTip();
        // Task 1 (30 ms) ends on the other worker before the crash reaches it.
        QVERIFY2(result->tasksDone() >= 1, qPrintable(QString::number(result->tasksDone())));
        QVERIFY2(tip.contains(QStringLiteral("%1 done").arg(result->tasksDone())), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("1 failed")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("1 stopped with the pool")), qPrintable(tip));
        QTRY_COMPARE_WITH_TIMEOUT(test::childProcessCount(), 0, scaledMs(2000));
    }

    // How a run's tasks ended, as the progress bar's tooltip says it: only the kinds there
    // are, the tasks that never ended too, and nothing when every task is done.
    void runEnd_progressTipSaysHowTheTasksEnded()
    {
        auto workload = std::make_shared<Workload>();
        workload->name = "six";
        workload->kernel = KernelId::SleepMs;
        workload->inputs = RangeInputs{1, 7, 1};
        RunResult run;
        run.workload = workload;
        run.status = RunStatus::Cancelled;
        run.tasks.resize(6);
        const TaskState states[] = {TaskState::Done, TaskState::Done, TaskState::Cancelled,
                                    TaskState::Failed, TaskState::Pending, TaskState::Pending};
        for (std::size_t i = 0; i < run.tasks.size(); ++i)
            run.tasks[i].state = states[i];
        RunEndMessage message = runEndMessage(run, digestRun(run));
        QCOMPARE(message.tasksEnded, std::uint64_t(4));
        QCOMPARE(message.progressTip,
                 QStringLiteral("Tasks that ended / tasks in the workload: %1")
                     .arg(QLocale().createSeparatedList(
                         {QStringLiteral("2 done"), QStringLiteral("1 failed"),
                          QStringLiteral("1 cut short by Cancel"),
                          QStringLiteral("2 not finished")})));

        for (TaskRecord &t : run.tasks)
            t.state = TaskState::Done;
        run.status = RunStatus::Ok;
        message = runEndMessage(run, digestRun(run));
        QCOMPARE(message.tasksEnded, std::uint64_t(6));
        QVERIFY(message.progressTip.isEmpty());
    }

    void taskTimeout_killsTheHungWorkerAndNamesTheTask()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("hang.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"name": "One hung task", "kernel": "sleep_ms",
                      "inputs": [10, 10, 10, 3600000, 10, 10]})");
        file.close();

        MainWindow window;
        window.setAskBeforeReplacingRun(false);
        QVERIFY(window.openFile(path));
        ControlPanel *controls = window.controls();
        setMode(controls, Mode::Processes);
        controls->workersBox()->setValue(2);
        controls->chunksizeBox()->setValue(1);
        setPolicy(controls, WorkerDeathPolicy::Fail);
        controls->taskTimeoutBox()->setValue(300);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(window.startRun());
        QVERIFY(waitForRunEnd(window, 15000));
        // Far less than the hung task's hour, whatever the time factor: the timeout ended it.
        QVERIFY2(clock.elapsed() < scaledMs(5000), qPrintable(QString::number(clock.elapsed())));

        const auto result = window.lastResult();
        QVERIFY(result);
        QCOMPARE(result->status, RunStatus::Failed);
        const QString error = QString::fromStdString(result->error);
        QVERIFY2(error.contains(QStringLiteral("task 3")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("timed out after 300 ms")), qPrintable(error));
        QVERIFY2(window.messageBanner()->text().contains(QStringLiteral("timed out")),
                 qPrintable(window.messageBanner()->text()));
        // Tasks 0 and 1 end before the hung task 3 is handed out: at least two results.
        QCOMPARE(window.taskModel()->rowCount(), finishedTasks(*result));
        QVERIFY2(result->tasksDone() >= 2, qPrintable(QString::number(result->tasksDone())));
        QTRY_COMPARE_WITH_TIMEOUT(test::childProcessCount(), 0, scaledMs(2000));
    }
};

QTEST_MAIN(TestGuiFaults)
#include "tst_gui_faults.moc"
