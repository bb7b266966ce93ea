// The window's Python runtime, driven as a user would on the offscreen platform: the Runtime
// control beside Mode, the one API box both runtimes share (the API's default chunksize shown),
// what Python swaps in (the start method, the real GIL), remembered across windows, greyed out with the probe's sentence when the
// interpreter is missing, and a real CPython run whose version the charts name.

#include "app/charts/qcpinclude.h"
#include "app/charts/speedupchart.h"
#include "app/charts/timelinechart.h"
#include "app/gui/controlpanel.h"
#include "app/gui/mainwindow.h"
#include "app/gui/messagebanner.h"
#include "app/gui/pythonpanel.h"
#include "app/gui/settings.h"
#include "app/models/taskmodel.h"
#include "app/gui/sweeppanel.h"
#include "core/exec/pythonexecutor.h"
#include "tests/guitesting.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMenu>
#include <QTemporaryDir>
#include <QCheckBox>
#include <QClipboard>
#include <QDockWidget>
#include <QPushButton>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace corescope;
using namespace corescope::gui;
using corescope::test::waitForRunEnd;

namespace {

void choose(QComboBox *box, int data)
{
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(box->objectName()));
    box->setCurrentIndex(index);
}

QStringList itemTexts(const QComboBox *box)
{
    QStringList texts;
    for (int i = 0; i < box->count(); ++i)
        texts << box->itemText(i);
    return texts;
}

bool pythonItemEnabled(const QComboBox *box)
{
    const auto *model = qobject_cast<const QStandardItemModel *>(box->model());
    return model
        && model->item(box->findData(static_cast<int>(Runtime::Python)))->isEnabled();
}

// An interpreter that sleeps `seconds` before it runs python3 on PATH: a slow pyenv shim.
QString slowPython(const QTemporaryDir &dir, const QString &name, int seconds)
{
    const QString path = dir.filePath(name);
    QFile script(path);
    if (!script.open(QIODevice::WriteOnly))
        return {};
    const PythonProbe real = probePython({});
    script.write("#!/bin/sh\nsleep " + QByteArray::number(seconds) + "\nexec '"
                 + QByteArray::fromStdString(real.interpreter) + "' \"$@\"\n");
    script.close();
    script.setPermissions(script.permissions() | QFile::ExeOwner);
    return path;
}

QString chartTitles(const QCustomPlot *plot)
{
    QStringList texts;
    for (const QCPTextElement *element : plot->findChildren<QCPTextElement *>())
        texts << element->text();
    return texts.join(QLatin1Char('\n'));
}

QString timelineSubtitle(const TimelineChart &chart)
{
    return chartTitles(chart.plot());
}

} // namespace

class TestGuiPython final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void runtime_oneApiBoxForBothRuntimesAndRoundTripsToOptions();
    void runtime_rememberedAcrossWindows();
    void startedInPython_apiStaysInNative();
    void missingInterpreter_greysPythonOutWithTheProbesSentence();
    void slowInterpreter_probedInTheBackgroundThenChosenAndRemembered();
    void runAskedWhileTheInterpreterIsChecked_waitsThenStarts_orIsCancelled();
    void pythonRun_primesOnTwoProcesses_endsOkAndNamesTheVersion();
    void ownFunctionsBools_tableSaysThemOnceTheRunHasSeenThem();
    void pythonEquivalent_followsTheControlsAndCopies();
    void speedup_eachRuntimeAgainstItsOwnSerialRun();
    void sweepTab_ticksTheChosenRuntimesModesUntilTheUserChooses();
    void pythonOnlyWorkload_greysNativeOutBeforeRun();
    void pythonOnlyWorkloadWithoutAnInterpreter_runSaysBothRuntimesRefuse();
};

void TestGuiPython::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CorescopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_python"));
    // python3 is one of the project's dependencies (scripts/install-deps.sh): without it the
    // suite fails, saying why, as tst_pythonruntime does.
    const PythonProbe python = probePython({});
    QVERIFY2(python.error.empty(), python.error.c_str());
}

void TestGuiPython::init()
{
    QSettings().clear();
}

void TestGuiPython::runtime_oneApiBoxForBothRuntimesAndRoundTripsToOptions()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.loadWorkload(QStringLiteral("primes50")));
    ControlPanel *controls = window.controls();
    QComboBox *runtime = controls->runtimeBox();
    QCOMPARE(runtime->objectName(), QStringLiteral("runtimeBox"));
    QCOMPARE(itemTexts(runtime),
             (QStringList{QStringLiteral("Native (C++)"), QStringLiteral("Python (CPython)")}));
    QVERIFY(pythonItemEnabled(runtime));
    const PythonProbe python = probePython({});
    const QString version = QStringLiteral("Python %1, %2")
                                .arg(QString::fromStdString(python.version),
                                     QString::fromStdString(python.interpreter));
    QCOMPARE(controls->pythonLabel()->text(), version);
    QVERIFY2(runtime->toolTip().contains(version), qPrintable(runtime->toolTip()));

    // Native: the one API box, Python's names, the API's default chunksize.
    choose(controls->modeBox(), static_cast<int>(Mode::Processes));
    controls->workersBox()->setValue(2);
    QCOMPARE(window.runOptions().runtime, Runtime::Native);
    QVERIFY(controls->apiBox()->isVisibleTo(&window));
    QVERIFY(!window.findChild<QComboBox *>(QStringLiteral("orderingBox")));   // no second choice
    QVERIFY(!controls->startMethodBox()->isVisibleTo(&window));
    QVERIFY(controls->gilBox()->isVisibleTo(&window));
    QVERIFY(controls->processPerTaskBox()->isVisibleTo(&window));
    QCOMPARE(itemTexts(controls->apiBox()),
             (QStringList{QStringLiteral("ProcessPoolExecutor.map"),
                          QStringLiteral("submit + as_completed"), QStringLiteral("Pool.map"),
                          QStringLiteral("Pool.imap"), QStringLiteral("Pool.imap_unordered")}));
    QCOMPARE(controls->chunksizeBox()->minimum(), 0);
    RunOptions options = window.runOptions();
    QCOMPARE(options.api, PyApi::ExecutorMap);
    QCOMPARE(options.chunksize, 0);
    QCOMPARE(controls->chunksizeBox()->text(),
             QStringLiteral("default (ProcessPoolExecutor.map's: 1)"));
    // Each API's tooltip says when it hands results back, naming the APIs that do the same.
    const int poolMap = controls->apiBox()->findData(static_cast<int>(PyApi::PoolMap));
    QVERIFY(controls->apiBox()
                ->itemData(poolMap, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("in order, all at the end (Pool.map)")));
    choose(controls->apiBox(), static_cast<int>(PyApi::PoolMap));
    // Pool.map's own formula: ceil(50 / (4 x 2)) = 7.
    QCOMPARE(controls->chunksizeBox()->text(), QStringLiteral("default (Pool.map's: 7)"));
    QCOMPARE(window.runOptions().api, PyApi::PoolMap);
    controls->workersBox()->setValue(1);   // ceil(50 / 4) = 13
    QCOMPARE(controls->chunksizeBox()->text(), QStringLiteral("default (Pool.map's: 13)"));
    controls->workersBox()->setValue(2);
    controls->chunksizeBox()->setValue(5);

    // Python: the same API and chunksize, Python's own extras; the fields stay where they were
    // (the label column kept the width of its widest label, shown or hidden).
    const auto fieldsLeft = [&] { return controls->modeBox()->mapTo(&window, QPoint()).x(); };
    const int nativeLeft = fieldsLeft();
    choose(runtime, static_cast<int>(Runtime::Python));
    QTest::qWait(50);   // the form lays its rows out again
    QCOMPARE(fieldsLeft(), nativeLeft);
    QVERIFY(controls->apiBox()->isVisibleTo(&window));
    QVERIFY(controls->startMethodBox()->isVisibleTo(&window));
    QVERIFY(!controls->gilBox()->isVisibleTo(&window));
    QVERIFY(!controls->processPerTaskBox()->isVisibleTo(&window));
    options = window.runOptions();
    QCOMPARE(options.runtime, Runtime::Python);
    QCOMPARE(options.chunksize, 5);
    QCOMPARE(options.api, PyApi::PoolMap);
    QCOMPARE(options.startMethod, StartMethod::Default);
    controls->chunksizeBox()->setValue(0);
    QCOMPARE(controls->chunksizeBox()->text(), QStringLiteral("default (Pool.map's: 7)"));

    choose(controls->startMethodBox(), static_cast<int>(StartMethod::Spawn));
    options = window.runOptions();
    QCOMPARE(options.api, PyApi::PoolMap);
    QCOMPARE(options.startMethod, StartMethod::Spawn);
    QCOMPARE(options.chunksize, 0);
    QCOMPARE(options.mode, Mode::Processes);
    QCOMPARE(options.workers, 2);

    // Threads: thread-pool names, no start method, the real GIL said in a tooltip.
    choose(controls->modeBox(), static_cast<int>(Mode::Threads));
    QCOMPARE(controls->apiBox()->currentText(), QStringLiteral("ThreadPool.map"));
    QCOMPARE(controls->chunksizeBox()->text(), QStringLiteral("default (ThreadPool.map's: 7)"));
    QVERIFY(!controls->startMethodBox()->isVisibleTo(&window));
    auto *realGil = window.findChild<QLabel *>(QStringLiteral("realGilLabel"));
    QVERIFY(realGil && realGil->isVisibleTo(&window));
    QVERIFY(realGil->toolTip().contains(QStringLiteral("real GIL")));
    QVERIFY(controls->switchIntervalBox()->isEnabled());

    // Back to native: the API and chunksize stay, they mean the same there.
    choose(runtime, static_cast<int>(Runtime::Native));
    QCOMPARE(controls->chunksizeBox()->value(), 0);
    QVERIFY(controls->apiBox()->isVisibleTo(&window));
    options = window.runOptions();
    QCOMPARE(options.runtime, Runtime::Native);
    QCOMPARE(options.api, PyApi::PoolMap);

    // MPI ranks: the native ones take every API; Python's run through mpi4py's
    // MPIPoolExecutor, whose map and submit alone are offered (a Pool API becomes its map).
    auto *items = qobject_cast<QStandardItemModel *>(controls->apiBox()->model());
    QVERIFY(items);
    const auto item = [&](PyApi api) {
        return items->item(controls->apiBox()->findData(static_cast<int>(api)));
    };
    choose(controls->modeBox(), static_cast<int>(Mode::Mpi));
    QVERIFY(item(PyApi::PoolImap)->isEnabled());
    QCOMPARE(window.runOptions().api, PyApi::PoolMap);
    choose(runtime, static_cast<int>(Runtime::Python));
    QCOMPARE(controls->apiBox()->currentText(), QStringLiteral("MPIPoolExecutor.map"));
    QCOMPARE(window.runOptions().api, PyApi::ExecutorMap);
    for (const PyApi api : {PyApi::PoolMap, PyApi::PoolImap, PyApi::PoolImapUnordered})
        QVERIFY(!item(api)->isEnabled());
    QVERIFY(item(PyApi::SubmitAsCompleted)->isEnabled());
    choose(runtime, static_cast<int>(Runtime::Native));
    QVERIFY(item(PyApi::PoolImap)->isEnabled());
}

// Opened on Python processes (the command line's --runtime python), then threads, then native:
// the API row went missing (a new user's report).
void TestGuiPython::startedInPython_apiStaysInNative()
{
    MainWindow window;
    QVERIFY(window.loadWorkload(QStringLiteral("primes6")));
    RunOptions options;
    options.runtime = Runtime::Python;
    options.mode = Mode::Processes;
    options.workers = 2;
    window.setRunOptions(options);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ControlPanel *controls = window.controls();
    QVERIFY(controls->apiBox()->isVisibleTo(&window));
    QVERIFY(controls->startMethodBox()->isVisibleTo(&window));
    choose(controls->modeBox(), static_cast<int>(Mode::Threads));
    QVERIFY(controls->apiBox()->isVisibleTo(&window));
    choose(controls->runtimeBox(), static_cast<int>(Runtime::Native));
    QVERIFY(controls->apiBox()->isVisibleTo(&window));
    // Laid out in full: the row was there, 0 pixels high (Qt 6.4's QFormLayout).
    QTRY_COMPARE(controls->apiBox()->height(), controls->apiBox()->sizeHint().height());
    QVERIFY(controls->apiBox()->geometry().top() > controls->chunksizeBox()->geometry().bottom());
    QVERIFY(controls->chunksizeBox()->isVisibleTo(&window));
    QVERIFY(controls->processPerTaskBox()->isVisibleTo(&window));
    QVERIFY(!controls->startMethodBox()->isVisibleTo(&window));
    choose(controls->modeBox(), static_cast<int>(Mode::Processes));
    QVERIFY(controls->apiBox()->isVisibleTo(&window));
    QVERIFY(!controls->startMethodBox()->isVisibleTo(&window));
    QTRY_COMPARE(controls->apiBox()->height(), controls->apiBox()->sizeHint().height());
}

void TestGuiPython::runtime_rememberedAcrossWindows()
{
    {
        MainWindow window;
        ControlPanel *controls = window.controls();
        choose(controls->modeBox(), static_cast<int>(Mode::Processes));
        choose(controls->runtimeBox(), static_cast<int>(Runtime::Python));
        choose(controls->apiBox(), static_cast<int>(PyApi::PoolImapUnordered));
        choose(controls->startMethodBox(), static_cast<int>(StartMethod::Forkserver));
        window.close();
    }
    MainWindow window;
    const RunOptions options = window.runOptions();
    QCOMPARE(options.runtime, Runtime::Python);
    QCOMPARE(options.mode, Mode::Processes);
    QCOMPARE(options.api, PyApi::PoolImapUnordered);
    QCOMPARE(options.startMethod, StartMethod::Forkserver);
    QCOMPARE(options.chunksize, 0);
    QCOMPARE(window.controls()->runtimeBox()->currentText(), QStringLiteral("Python (CPython)"));
    QCOMPARE(window.controls()->apiBox()->currentText(), QStringLiteral("Pool.imap_unordered"));
}

void TestGuiPython::missingInterpreter_greysPythonOutWithTheProbesSentence()
{
    // probePython caches per path: a path of this test's own.
    const QString bogus = QStringLiteral("/nonexistent/corescope-test-%1/python3")
                              .arg(QUuid::createUuid().toString(QUuid::Id128));
    {
        QSettings settings;
        settings.setValue(Settings::kRuntime, QStringLiteral("python"));
        settings.setValue(Settings::kPythonPath, bogus);
    }
    const std::string error = probePython(bogus.toStdString()).error;
    QVERIFY(!error.empty());
    const QString sentence = QString::fromStdString(error);
    QVERIFY2(sentence.contains(bogus), qPrintable(sentence));

    MainWindow window;
    QComboBox *runtime = window.controls()->runtimeBox();
    QVERIFY(!pythonItemEnabled(runtime));
    QCOMPARE(runtime->itemData(runtime->findData(static_cast<int>(Runtime::Python)),
                               Qt::ToolTipRole)
                 .toString(),
             sentence);
    QCOMPARE(runtime->toolTip(), sentence);
    // The Python runtime asked for cannot run: the panel shows what can.
    QCOMPARE(window.runOptions().runtime, Runtime::Native);
    QCOMPARE(window.runOptions().pythonPath, bogus.toStdString());
    QVERIFY(window.controls()->pythonLabel()->text().contains(sentence));
}

// An interpreter that takes 2 s to answer: the window goes on meanwhile ("checking"), then
// shows its version; the Interpreter button chose it, the window remembers it, and "python3
// on PATH" goes back.
void TestGuiPython::slowInterpreter_probedInTheBackgroundThenChosenAndRemembered()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString slow = slowPython(dir, QStringLiteral("slow-python3"), 2);
    QVERIFY(!slow.isEmpty() && !cachedPythonProbe(slow.toStdString()));

    QString version;
    {
        MainWindow window;
        ControlPanel *controls = window.controls();
        QPushButton *button = controls->pythonPathButton();
        QVERIFY(button && button->menu());
        QCOMPARE(button->menu()->actions().size(), 2);
        QVERIFY(!button->menu()->actions().at(1)->isEnabled());   // already python3 on PATH

        QElapsedTimer clock;
        clock.start();
        controls->setPythonPath(slow.toStdString());
        // Had the probe run here, the call would have taken the script's 2 s and the label
        // would show the version already.
        QVERIFY2(controls->pythonLabel()->text().contains(slow), qPrintable(controls->pythonLabel()->text()));
        QVERIFY(!cachedPythonProbe(slow.toStdString()));
        QVERIFY(clock.elapsed() < 2000);
        QCOMPARE(window.runOptions().pythonPath, slow.toStdString());
        QTRY_VERIFY_WITH_TIMEOUT(cachedPythonProbe(slow.toStdString()).has_value(), 30000);
        const PythonProbe probe = *cachedPythonProbe(slow.toStdString());
        QVERIFY2(probe.error.empty(), probe.error.c_str());
        version = QStringLiteral("Python %1, %2").arg(QString::fromStdString(probe.version), slow);
        QTRY_COMPARE(controls->pythonLabel()->text(), version);
        QVERIFY(pythonItemEnabled(controls->runtimeBox()));
        QVERIFY(button->menu()->actions().at(1)->isEnabled());
        window.close();
    }
    MainWindow window;
    QCOMPARE(window.runOptions().pythonPath, slow.toStdString());
    QCOMPARE(window.controls()->pythonLabel()->text(), version);   // known now: at once
    window.controls()->pythonPathButton()->menu()->actions().at(1)->trigger();
    QCOMPARE(window.runOptions().pythonPath, std::string());
    QVERIFY(!window.controls()->pythonLabel()->text().contains(slow));
}

void TestGuiPython::runAskedWhileTheInterpreterIsChecked_waitsThenStarts_orIsCancelled()
{
    // Run clicked while the chosen interpreter is still being checked: the run's own check
    // would run it on the GUI thread (3 s here), so the window waits for the answer instead,
    // says so, and starts the run when it comes; Cancel drops a waiting run.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString slow = slowPython(dir, QStringLiteral("slow-python3"), 3);
    QVERIFY(!slow.isEmpty() && !cachedPythonProbe(slow.toStdString()));
    MainWindow window;
    window.setAskBeforeReplacingRun(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.loadWorkload(QStringLiteral("primes6")));
    ControlPanel *controls = window.controls();
    choose(controls->modeBox(), static_cast<int>(Mode::Serial));
    controls->setPythonPath(slow.toStdString());
    choose(controls->runtimeBox(), static_cast<int>(Runtime::Python));   // offered while checked
    QSignalSpy started(&window, &MainWindow::runStarted);
    QSignalSpy ended(&window, &MainWindow::runEnded);

    QElapsedTimer clock;
    clock.start();
    QVERIFY(window.startRun());
    QVERIFY2(clock.elapsed() < 3000, "the window waited for the interpreter");
    QVERIFY(!cachedPythonProbe(slow.toStdString()));
    QVERIFY(window.waitingForPython());
    QVERIFY(!window.isRunning());
    QCOMPARE(started.count(), 0);
    QVERIFY2(window.messageBanner()->text().contains(QStringLiteral("Checking the Python interpreter")),
             qPrintable(window.messageBanner()->text()));
    QVERIFY(ended.wait(corescope::test::scaledMs(120000)));
    QCOMPARE(started.count(), 1);
    QVERIFY(!window.waitingForPython());
    const auto result = window.lastResult();
    QVERIFY(result);
    QVERIFY2(result->status == RunStatus::Ok, result->error.c_str());
    QCOMPARE(result->options.runtime, Runtime::Python);
    QCOMPARE(result->options.pythonPath, slow.toStdString());
    QCOMPARE(result->tasks.size(), std::size_t(6));

    // Cancel while waiting: no run starts when the answer comes.
    const QString other = slowPython(dir, QStringLiteral("other-python3"), 3);
    controls->setPythonPath(other.toStdString());
    choose(controls->runtimeBox(), static_cast<int>(Runtime::Python));
    QVERIFY(window.startRun());
    QVERIFY(window.waitingForPython());
    QVERIFY(controls->cancelButton()->isEnabled());
    QTest::mouseClick(controls->cancelButton(), Qt::LeftButton);
    QVERIFY(!window.waitingForPython());
    QVERIFY(window.messageBanner()->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(cachedPythonProbe(other.toStdString()).has_value(),
                             corescope::test::scaledMs(30000));
    QTest::qWait(200);   // the probe's end reaches the window through the event loop
    QCOMPARE(started.count(), 1);
    QVERIFY(!window.isRunning());
}

void TestGuiPython::pythonRun_primesOnTwoProcesses_endsOkAndNamesTheVersion()
{
    // While a window is open its Python runs' processes yield it the cores, and only then
    // (tst_pythonruntime reads the group's nice from inside a run).
    QCOMPARE(PythonExecutor::runNiceAbove(), 0);
    {
        MainWindow other;
        QCOMPARE(PythonExecutor::runNiceAbove(), PythonExecutor::kRunNiceAboveWindow);
    }
    QCOMPARE(PythonExecutor::runNiceAbove(), 0);
    MainWindow window;
    QCOMPARE(PythonExecutor::runNiceAbove(), PythonExecutor::kRunNiceAboveWindow);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.loadWorkload(QStringLiteral("primes6")));
    ControlPanel *controls = window.controls();
    choose(controls->modeBox(), static_cast<int>(Mode::Processes));
    choose(controls->runtimeBox(), static_cast<int>(Runtime::Python));
    controls->workersBox()->setValue(2);
    choose(controls->apiBox(), static_cast<int>(PyApi::PoolMap));

    QVERIFY(window.startRun());
    QVERIFY(waitForRunEnd(window, 120000));
    const auto result = window.lastResult();
    QVERIFY(result);
    QVERIFY2(result->status == RunStatus::Ok, result->error.c_str());
    QCOMPARE(result->options.runtime, Runtime::Python);
    QCOMPARE(result->tasks.size(), std::size_t(6));
    QVERIFY(result->python);
    QCOMPARE(result->python->version, probePython({}).version);

    const QString subtitle = timelineSubtitle(*window.timelineChart());
    const QString expected = QStringLiteral("Python processes × 2 · Pool.map · Python %1")
                                 .arg(QString::fromStdString(result->python->version));
    QVERIFY2(subtitle.contains(expected), qPrintable(subtitle));
    QVERIFY2(!subtitle.contains(QStringLiteral("C++")), qPrintable(subtitle));

    // The same work natively: the charts say the kernels are C++, and how much longer each
    // task computed in the Python run just made (the issue: "measured, from the last Python
    // run of that workload").
    choose(controls->runtimeBox(), static_cast<int>(Runtime::Native));
    QVERIFY(window.startRun());
    QVERIFY(waitForRunEnd(window, 120000));
    const auto native = window.lastResult();
    QVERIFY(native && native->status == RunStatus::Ok);
    QCOMPARE(native->options.runtime, Runtime::Native);
    const QString nativeSubtitle = timelineSubtitle(*window.timelineChart());
    QVERIFY2(nativeSubtitle.contains(QStringLiteral("native C++ kernels; each task computed ")),
             qPrintable(nativeSubtitle));
    QVERIFY2(nativeSubtitle.contains(QStringLiteral("as long in Python (last Python run)")),
             qPrintable(nativeSubtitle));
}

void TestGuiPython::ownFunctionsBools_tableSaysThemOnceTheRunHasSeenThem()
{
    // The user's own function, no "expected": the rows come in as 1 / 0 (the trace's numbers),
    // and once the run has seen that every result was a bool the table says true / false.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        QFile py(dir.filePath(QStringLiteral("mine.py")));
        QVERIFY(py.open(QIODevice::WriteOnly));
        py.write("def even(n):\n    return n % 2 == 0\n");
        QFile json(dir.filePath(QStringLiteral("mine.json")));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(R"({"name": "even", "python": {"file": "mine.py", "function": "even"},
                      "inputs": [1, 2, 3, 4]})");
    }
    MainWindow window;
    window.setAskBeforeReplacingRun(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.loadWorkload(dir.filePath(QStringLiteral("mine.json"))));
    ControlPanel *controls = window.controls();
    choose(controls->runtimeBox(), static_cast<int>(Runtime::Python));
    choose(controls->modeBox(), static_cast<int>(Mode::Threads));
    QVERIFY(window.startRun());
    QVERIFY(waitForRunEnd(window, 120000));
    const auto result = window.lastResult();
    QVERIFY(result);
    QVERIFY2(result->status == RunStatus::Ok, result->error.c_str());
    TaskModel *model = window.taskModel();
    QCOMPARE(model->rowCount(), 4);
    for (int row = 0; row < 4; ++row) {
        const int index = model->data(model->index(row, TaskModel::IndexColumn)).toInt();
        QCOMPARE(model->data(model->index(row, TaskModel::ResultColumn)).toString(),
                 index % 2 == 1 ? QStringLiteral("true") : QStringLiteral("false"));
    }

    // The same function raising for one input: its row says it failed, not that its worker
    // died (the run's error names the exception and the line).
    {
        QFile py(dir.filePath(QStringLiteral("mine.py")));
        QVERIFY(py.open(QIODevice::WriteOnly | QIODevice::Truncate));
        py.write("def even(n):\n    if n == 3:\n        raise ValueError('three')\n"
                 "    return n % 2 == 0\n");
    }
    QVERIFY(window.startRun());
    QVERIFY(waitForRunEnd(window, 120000));
    const auto failed = window.lastResult();
    QVERIFY(failed);
    QCOMPARE(failed->status, RunStatus::Failed);
    QVERIFY2(failed->error.find("ValueError: three (mine.py, line 3, in even)") != std::string::npos,
             failed->error.c_str());
    const int row = model->rowOfTask(2);
    QVERIFY(row >= 0);
    QCOMPARE(model->data(model->index(row, TaskModel::OkColumn)).toString(),
             QStringLiteral("✗ failed"));
}

void TestGuiPython::pythonEquivalent_followsTheControlsAndCopies()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.loadWorkload(QStringLiteral("primes6")));
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("pythonDock"));
    auto *panel = window.findChild<PythonPanel *>(QStringLiteral("pythonPanel"));
    QVERIFY(dock && panel);
    QVERIFY(!dock->isVisible());   // hidden until asked for
    QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(dock->isVisible());

    ControlPanel *controls = window.controls();
    choose(controls->modeBox(), static_cast<int>(Mode::Processes));
    controls->workersBox()->setValue(3);
    choose(controls->apiBox(), static_cast<int>(PyApi::ExecutorMap));
    QVERIFY2(panel->code().contains(QStringLiteral("with cf.ProcessPoolExecutor(max_workers=3) as ex:")),
             qPrintable(panel->code()));
    QVERIFY(panel->code().contains(QStringLiteral("def is_prime(n):")));
    QVERIFY(panel->code().contains(QStringLiteral("Corescope ran this in C++")));
    choose(controls->apiBox(), static_cast<int>(PyApi::PoolImapUnordered));
    QVERIFY2(panel->code().contains(QStringLiteral("pool.imap_unordered(is_prime, NUMS, chunksize=1)")),
             qPrintable(panel->code()));
    choose(controls->modeBox(), static_cast<int>(Mode::Threads));
    QVERIFY2(panel->code().contains(QStringLiteral("pool = ThreadPool(3)")), qPrintable(panel->code()));
    if (pythonItemEnabled(controls->runtimeBox())) {
        choose(controls->runtimeBox(), static_cast<int>(Runtime::Python));
        QVERIFY(panel->code().contains(QStringLiteral("What Corescope's Python runtime runs")));
    }
    QVERIFY(window.loadWorkload(QStringLiteral("gcd4")));
    QVERIFY2(panel->code().contains(QStringLiteral("PAIRS = [(")), qPrintable(panel->code()));

    auto *copy = panel->findChild<QPushButton *>(QStringLiteral("copyPython"));
    QVERIFY(copy);
    QApplication::clipboard()->clear();
    copy->click();
    QCOMPARE(QApplication::clipboard()->text(), panel->code());
}

void TestGuiPython::speedup_eachRuntimeAgainstItsOwnSerialRun()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showTab(MainWindow::SpeedupTab);
    QVERIFY(window.loadWorkload(QStringLiteral("doubler")));
    ControlPanel *controls = window.controls();
    const auto *runsLabel = window.findChild<QLabel *>(QStringLiteral("runsLabel"));
    const auto *baselineLabel = window.findChild<QLabel *>(QStringLiteral("baselineLabel"));
    QVERIFY(runsLabel && baselineLabel);
    // Empty when the run ended well on `runtime`, else what went wrong.
    const auto run = [&window](Runtime runtime) -> QString {
        if (!waitForRunEnd(window, 120000))
            return QStringLiteral("the run did not end");
        const auto result = window.lastResult();
        if (!result || result->status != RunStatus::Ok)
            return result ? QString::fromStdString(result->error) : QStringLiteral("no result");
        return result->options.runtime == runtime ? QString() : QStringLiteral("another runtime");
    };

    // Native threads and the native serial baseline: a native chart, as before.
    choose(controls->modeBox(), static_cast<int>(Mode::Threads));
    controls->workersBox()->setValue(2);
    QVERIFY(window.startRun());
    QCOMPARE(run(Runtime::Native), QString());
    QTest::mouseClick(window.baselineButton(), Qt::LeftButton);
    QCOMPARE(run(Runtime::Native), QString());
    QVERIFY(!window.baselineButton()->isVisible());

    // Python threads: their speedup is not against the C++ serial run, so the chart does not
    // draw them, the subtitle names only the native baseline, and the bar asks for Python's.
    choose(controls->runtimeBox(), static_cast<int>(Runtime::Python));
    QVERIFY(window.startRun());
    QCOMPARE(run(Runtime::Python), QString());
    QString titles = chartTitles(window.speedupChart()->plot());
    QVERIFY2(titles.contains(QStringLiteral("against the serial run (")), qPrintable(titles));
    QVERIFY2(!titles.contains(QStringLiteral("Python")), qPrintable(titles));
    QVERIFY(window.baselineButton()->isVisible());
    QVERIFY2(baselineLabel->text().contains(QStringLiteral("No Python serial run")),
             qPrintable(baselineLabel->text()));
    QVERIFY2(runsLabel->text().contains(QStringLiteral("2 finished runs"))
                 && runsLabel->text().contains(QStringLiteral("1 more waits")),
             qPrintable(runsLabel->text()));
    for (const SpeedupSeries &series : window.history().series(window.workloadKey()))
        QVERIFY2(!series.name.contains(QStringLiteral("Python")), qPrintable(series.name));

    // Python's serial baseline, asked for with native chosen beside Mode: the bar's button
    // runs the runtime it asks for. Both runtimes drawn, each against its own serial time.
    choose(controls->runtimeBox(), static_cast<int>(Runtime::Native));
    QVERIFY(window.baselineButton()->isVisible());
    QTest::mouseClick(window.baselineButton(), Qt::LeftButton);
    QCOMPARE(run(Runtime::Python), QString());
    QCOMPARE(window.lastResult()->options.mode, Mode::Serial);
    titles = chartTitles(window.speedupChart()->plot());
    QVERIFY2(titles.contains(QStringLiteral("native runs against the native serial run ("))
                 && titles.contains(QStringLiteral("Python's against Python's (")),
             qPrintable(titles));
    QVERIFY(!window.baselineButton()->isVisible());
    QVERIFY2(runsLabel->text().contains(QStringLiteral("4 finished runs"))
                 && !runsLabel->text().contains(QStringLiteral("wait")),
             qPrintable(runsLabel->text()));
    QStringList names;
    for (const SpeedupSeries &series : window.history().series(window.workloadKey()))
        names << series.name;
    QVERIFY2(names.filter(QStringLiteral("Python")).size() == 2, qPrintable(names.join(u'|')));
}

void TestGuiPython::sweepTab_ticksTheChosenRuntimesModesUntilTheUserChooses()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SweepPanel *sweep = window.sweepPanel();
    const auto ticked = [sweep] {
        QStringList modes;
        for (const Runtime runtime : {Runtime::Native, Runtime::Python})
            for (const Mode mode : {Mode::Threads, Mode::Processes})
                if (QCheckBox *box = sweep->modeBox(mode, false, runtime); box->isChecked())
                    modes << QString::fromStdString(std::string(runtimeName(runtime)) + ' '
                                                    + std::string(modeName(mode)));
        if (sweep->modeBox(Mode::Threads, true)->isChecked())
            modes << QStringLiteral("gil");
        return modes.join(u',');
    };
    QCOMPARE(ticked(), QStringLiteral("native threads,native processes"));
    choose(window.controls()->runtimeBox(), static_cast<int>(Runtime::Python));
    QCOMPARE(ticked(), QStringLiteral("python threads,python processes"));
    choose(window.controls()->runtimeBox(), static_cast<int>(Runtime::Native));
    QCOMPARE(ticked(), QStringLiteral("native threads,native processes"));

    // Once the user ticks a mode, the runtime beside Mode no longer changes the plan.
    window.showTab(MainWindow::SweepTab);
    QTest::mouseClick(sweep->modeBox(Mode::Threads, true), Qt::LeftButton);
    choose(window.controls()->runtimeBox(), static_cast<int>(Runtime::Python));
    QCOMPARE(ticked(), QStringLiteral("native threads,native processes,gil"));
}

void TestGuiPython::pythonOnlyWorkload_greysNativeOutBeforeRun()
{
    // A workload only the Python runtime runs says so before Run: in its details, on the
    // greyed-out Native entry (the refusal's sentence as its tooltip) and in the Sweep tab's
    // native modes; Python is selected for it, and Native comes back with a native workload.
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QComboBox *runtime = window.controls()->runtimeBox();
    const auto *model = qobject_cast<const QStandardItemModel *>(runtime->model());
    QVERIFY(model);
    const int native = runtime->findData(static_cast<int>(Runtime::Native));
    auto *details = window.findChild<QLabel *>(QStringLiteral("workloadDetails"));
    QVERIFY(details);
    SweepPanel *sweep = window.sweepPanel();
    QCheckBox *nativeThreads = sweep->modeBox(Mode::Threads, false);
    QCheckBox *pythonThreads = sweep->modeBox(Mode::Threads, false, Runtime::Python);

    QVERIFY(window.loadWorkload(QStringLiteral("primes50")));
    QCOMPARE(runtime->currentData().toInt(), static_cast<int>(Runtime::Native));
    QVERIFY(model->item(native)->isEnabled());
    QVERIFY(!details->text().contains(QStringLiteral("Python runtime only")));
    QVERIFY(nativeThreads->isEnabled());

    QVERIFY(window.loadWorkload(QStringLiteral("primes6-notebook")));
    QCOMPARE(runtime->currentData().toInt(), static_cast<int>(Runtime::Python));
    QVERIFY(!model->item(native)->isEnabled());
    const QString why = runtime->itemData(native, Qt::ToolTipRole).toString();
    QVERIFY2(why.contains(QStringLiteral("only the Python runtime runs it"))
                 && why.contains(QStringLiteral("notebook_cell.py")),
             qPrintable(why));
    QVERIFY2(details->text().contains(QStringLiteral("notebook_cell.py: is_prime"))
                 && details->text().contains(QStringLiteral("Python runtime only")),
             qPrintable(details->text()));
    QVERIFY(!nativeThreads->isEnabled());
    QCOMPARE(nativeThreads->toolTip(), why);
    QVERIFY(pythonThreads->isEnabled());
    QVERIFY(pythonThreads->isChecked());

    // A counter in a Manager is Python's too (a kernel workload).
    QVERIFY(window.loadWorkload(QStringLiteral("counter-manager")));
    QCOMPARE(runtime->currentData().toInt(), static_cast<int>(Runtime::Python));
    QVERIFY(!model->item(native)->isEnabled());

    QVERIFY(window.loadWorkload(QStringLiteral("primes50")));
    QCOMPARE(runtime->currentData().toInt(), static_cast<int>(Runtime::Native));
    QVERIFY(model->item(native)->isEnabled());
    QVERIFY(nativeThreads->isEnabled());

    // The Sweep tab's Python modes ticked for that workload are unticked again.
    QVERIFY(!pythonThreads->isChecked());
    QVERIFY(sweep->findChild<QPushButton *>(QStringLiteral("sweepStart"))->isEnabled());

    // What the window remembers is the runtime chosen: a restart on the Python-only workload
    // and then a native one is back on Native; the options said again (as the launcher does)
    // do not make Python the choice.
    QVERIFY(window.loadWorkload(QStringLiteral("primes6-notebook")));
    QCOMPARE(runtime->currentData().toInt(), static_cast<int>(Runtime::Python));
    window.setRunOptions(window.controls()->preferredOptions());
    QCOMPARE(runtime->currentData().toInt(), static_cast<int>(Runtime::Python));
    window.close();     // saves the settings
    {
        MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QComboBox *box = again.controls()->runtimeBox();
        QCOMPARE(box->currentData().toInt(), static_cast<int>(Runtime::Python));   // the workload's
        QVERIFY(again.loadWorkload(QStringLiteral("primes50")));
        QCOMPARE(box->currentData().toInt(), static_cast<int>(Runtime::Native));
    }

    // No Python mode ticked for a Python-only workload: Start says why instead of starting.
    MainWindow third;
    third.show();
    QVERIFY(QTest::qWaitForWindowExposed(&third));
    QVERIFY(third.loadWorkload(QStringLiteral("primes6-notebook")));
    SweepPanel *thirdSweep = third.sweepPanel();
    auto *start = thirdSweep->findChild<QPushButton *>(QStringLiteral("sweepStart"));
    QVERIFY(start->isEnabled());
    third.showTab(MainWindow::SweepTab);
    for (const Mode mode : {Mode::Threads, Mode::Processes})
        if (QCheckBox *box = thirdSweep->modeBox(mode, false, Runtime::Python); box->isChecked())
            QTest::mouseClick(box, Qt::LeftButton);
    QVERIFY(!start->isEnabled());
    QVERIFY2(start->toolTip().contains(QStringLiteral("only the Python runtime runs it")),
             qPrintable(start->toolTip()));

    // Python chosen by the user stays Python after the Python-only workload.
    QVERIFY(window.loadWorkload(QStringLiteral("primes50")));
    QCOMPARE(runtime->currentData().toInt(), static_cast<int>(Runtime::Native));
    choose(runtime, static_cast<int>(Runtime::Python));
    QVERIFY(window.loadWorkload(QStringLiteral("primes6-notebook")));
    QVERIFY(window.loadWorkload(QStringLiteral("primes50")));
    QCOMPARE(runtime->currentData().toInt(), static_cast<int>(Runtime::Python));
}

// A workload of the user's own Python code, and no interpreter: both runtimes are greyed out,
// and Run says why for each (the native runtime's refusal alone sent the user to a Python
// runtime that cannot run here).
void TestGuiPython::pythonOnlyWorkloadWithoutAnInterpreter_runSaysBothRuntimesRefuse()
{
    const QString bogus = QStringLiteral("/nonexistent/corescope-test-%1/python3")
                              .arg(QUuid::createUuid().toString(QUuid::Id128));
    QSettings().setValue(Settings::kPythonPath, bogus);
    const QString missing = QString::fromStdString(probePython(bogus.toStdString()).error);
    QVERIFY(!missing.isEmpty());

    MainWindow window;
    QVERIFY(window.loadWorkload(QStringLiteral("primes-python")));
    // Once the interpreter was looked for, as a user sees it greyed out.
    QTRY_VERIFY2(window.controls()->pythonLabel()->text().contains(missing),
                 qPrintable(window.controls()->pythonLabel()->text()));
    QCOMPARE(window.runOptions().runtime, Runtime::Native);   // the one left, greyed out too
    QVERIFY(!window.startRun());
    const QString said = window.messageBanner()->text();
    QVERIFY2(said.contains(QStringLiteral("only the Python runtime runs it")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("The Python runtime cannot run it here either: ")
                           + missing),
             qPrintable(said));
}

QTEST_MAIN(TestGuiPython)
#include "tst_gui_python.moc"
