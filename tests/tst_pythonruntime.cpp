// The Python runtime end to end, with the real python3 (scripts/install-deps.sh installs it):
// the driver runs the workload through Python's own API and its trace becomes the run's
// records. The driver's own suite (tests/python/test_driver.py) checks the driver alone; this
// one checks what Corescope makes of it.
#include "tests/childprocesses.h"
#include "tests/engineruns.h"

#include "core/engine/runjob.h"
#include "core/exec/pythonexecutor.h"
#include "core/io/csvwriter.h"
#include "core/io/reportreader.h"
#include "core/io/reportwriter.h"
#include "core/workload/workloadparser.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <fstream>
#include <set>
#include <sstream>

using namespace corescope;
using namespace std::chrono_literals;

namespace {

RunOptions python(Mode mode, int workers = 2, PyApi api = PyApi::ExecutorMap)
{
    RunOptions o;
    o.runtime = Runtime::Python;
    o.mode = mode;
    o.workers = mode == Mode::Serial ? 1 : workers;
    o.api = api;
    o.chunksize = 0;
    o.sampleHz = 0;
    return o;
}

std::shared_ptr<const Workload> parsed(const std::string &json, const std::string &file)
{
    auto w = parseWorkload(json, file);
    if (auto *e = std::get_if<WorkloadError>(&w))
        qFatal("%s", e->toString().c_str());
    return std::make_shared<const Workload>(std::get<Workload>(std::move(w)));
}

std::vector<std::uint64_t> results(const RunResult &r)
{
    std::vector<std::uint64_t> out;
    for (const TaskRecord &t : r.tasks)
        out.push_back(t.result);
    return out;
}

bool processGone(pid_t pid)
{
    return kill(pid, 0) != 0 && errno == ESRCH;
}

} // namespace

class TestPythonRuntime final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const PythonProbe probe = probePython({});
        QVERIFY2(probe.error.empty(), probe.error.c_str());
        qInfo("%s, Python %s", probe.interpreter.c_str(), probe.version.c_str());
    }

    // Every kernel, run by Python, gives the native kernel's results (small inputs: Python
    // is some 50 times slower).
    void kernelsMatchNative_data()
    {
        QTest::addColumn<QString>("json");
        const auto row = [](const char *name, const char *json) {
            QTest::addRow("%s", name) << QString::fromUtf8(json);
        };
        row("is_prime", R"({"name": "p", "kernel": "is_prime",
            "inputs": [0, 1, 2, 3, 4, 9, 97, 7919, 1000003, 999999999989, 1000000007]})");
        row("gcd_naive", R"({"name": "g", "kernel": "gcd_naive",
            "inputs": [[12, 18], [17, 5], [0, 9], [1000, 250], [123456, 7890]]})");
        row("sum_loop", R"({"name": "s", "kernel": "sum_loop", "inputs": [0, 1, 10, 100000]})");
        row("double", R"({"name": "d", "kernel": "double", "inputs": [0, 1, 9007199254740991]})");
        row("double, sleeping", R"({"name": "d", "kernel": "double",
            "params": {"sleep_ms_per_unit": 1, "sleep_reverse_from": 6}, "inputs": [1, 5]})");
        row("sleep_ms", R"({"name": "z", "kernel": "sleep_ms", "inputs": [1, 2, 0]})");
        row("spin_ms", R"({"name": "x", "kernel": "spin_ms", "inputs": [1, 3]})");
        row("crash n > 0", R"({"name": "c", "kernel": "crash", "inputs": [1, 2]})");
        row("mem_sweep", R"({"name": "m", "kernel": "mem_sweep", "params": {"buffer_mib": 4},
            "inputs": [1, 2]})");
        row("shared_counter", R"({"name": "n", "kernel": "shared_counter",
            "params": {"sync": "lock"}, "inputs": [1000, 2000]})");
    }

    void kernelsMatchNative()
    {
        QFETCH(QString, json);
        const auto workload = parsed(json.toStdString(), "kernels.json");
        RunOptions native;
        native.mode = Mode::Serial;
        native.workers = 1;
        native.sampleHz = 0;
        const RunResult expected = test::runToEnd(workload, native);
        const RunResult got = test::runToEnd(workload, python(Mode::Serial));
        QCOMPARE(expected.status, RunStatus::Ok);
        QVERIFY2(got.status == RunStatus::Ok, got.error.c_str());
        QCOMPARE(results(got), results(expected));
        QVERIFY(got.python);
        QVERIFY(!got.python->version.empty());
    }

    // Each API hands results back as Python's does, with Python's default chunksize.
    void apisHandBackAsPython_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("api");
        QTest::addColumn<int>("chunksize");
        for (const Mode mode : {Mode::Threads, Mode::Processes}) {
            const char *m = mode == Mode::Threads ? "threads" : "processes";
            QTest::addRow("%s executor.map", m) << int(mode) << int(PyApi::ExecutorMap) << 1;
            QTest::addRow("%s submit", m) << int(mode) << int(PyApi::SubmitAsCompleted) << 1;
            // 10 tasks on 2 workers: ceil(10 / 8) = 2, CPython's formula.
            QTest::addRow("%s pool.map", m) << int(mode) << int(PyApi::PoolMap) << 2;
            QTest::addRow("%s pool.imap", m) << int(mode) << int(PyApi::PoolImap) << 1;
            QTest::addRow("%s pool.imap_unordered", m)
                << int(mode) << int(PyApi::PoolImapUnordered) << 1;
        }
    }

    void apisHandBackAsPython()
    {
        QFETCH(int, mode);
        QFETCH(int, api);
        QFETCH(int, chunksize);
        // Task 0 sleeps longest: streamed APIs hold the rest behind it, unordered ones do not.
        const auto workload = parsed(R"({"name": "r", "kernel": "sleep_ms",
            "inputs": [400, 10, 10, 10, 10, 10, 10, 10, 10, 10]})", "order.json");
        const PyApi a = PyApi(api);
        const RunResult r = test::runToEnd(workload, python(Mode(mode), 2, a));
        QVERIFY2(r.status == RunStatus::Ok, r.error.c_str());
        QVERIFY(r.python);
        if (Mode(mode) == Mode::Processes || a != PyApi::ExecutorMap)
            QCOMPARE(r.python->chunksize, chunksize);
        QCOMPARE(r.handOrder.size(), std::size_t{10});
        std::int64_t lastEnd = 0;
        for (const TaskRecord &t : r.tasks) {
            QVERIFY(t.handedBackNs >= t.endNs);
            lastEnd = std::max(lastEnd, t.endNs);
        }
        switch (pyApiOrdering(a)) {
        case Ordering::OrderedBatch:   // Pool.map: every result at once, after the last ends
            for (const TaskRecord &t : r.tasks)
                QVERIFY(t.handedBackNs >= lastEnd);
            QCOMPARE(r.handOrder.front(), 0u);
            break;
        case Ordering::OrderedStream:   // in order: task 0 first, the others held behind it
            for (std::uint32_t i = 0; i < 10; ++i)
                QCOMPARE(r.handOrder[i], i);
            break;
        case Ordering::AsCompleted:   // the long task 0 comes back last
            QCOMPARE(r.handOrder.back(), 0u);
            break;
        }
    }

    void manyTinyTasks_everyEndReadBeforeItsHandBack_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("api");
        QTest::addColumn<int>("tasks");
        QTest::addColumn<QByteArray>("ringRecords");   // a pool worker's ring (empty: as shipped)
        QTest::addRow("executor.map")
            << int(Mode::Processes) << int(PyApi::ExecutorMap) << 5'000 << QByteArray();
        QTest::addRow("pool.imap_unordered")
            << int(Mode::Processes) << int(PyApi::PoolImapUnordered) << 20'000 << QByteArray();
        // A ring of 3 ends fills between reads: ends by the ring and by the socket mix, and
        // neither may leave a task that ended shown running, nor a hand-back before its end.
        QTest::addRow("pool.imap_unordered, a ring that fills")
            << int(Mode::Processes) << int(PyApi::PoolImapUnordered) << 20'000 << QByteArray("3");
        QTest::addRow("pool.map, no ring")
            << int(Mode::Processes) << int(PyApi::PoolMap) << 20'000 << QByteArray("0");
        // The driver's threads: their E and K in binary blocks, many larger than one read.
        QTest::addRow("threads")
            << int(Mode::Threads) << int(PyApi::ExecutorMap) << 20'000 << QByteArray();
    }

    void manyTinyTasks_everyEndReadBeforeItsHandBack()
    {
        // Workers' events stream in faster than Corescope reads them one by one: it reads them
        // in rounds, while the driver's hand-backs (K) are read as they come. A K taken before
        // its task's E would break the trace contract and fail the run.
        QFETCH(int, mode);
        QFETCH(int, api);
        QFETCH(int, tasks);
        QFETCH(QByteArray, ringRecords);
        if (!ringRecords.isEmpty())
            qputenv("CORESCOPE_TEST_RING_RECORDS", ringRecords);
        const auto unset = qScopeGuard([] { qunsetenv("CORESCOPE_TEST_RING_RECORDS"); });
        const auto workload = parsed(R"({"name": "tiny", "kernel": "double",
            "inputs": {"repeat": {"value": 5, "count": )" + std::to_string(tasks) + "}}}",
                                     "tiny.json");
        RunOptions options = python(Mode(mode), 2, PyApi(api));
        options.chunksize = 1;
        const RunResult r = test::runToEnd(workload, options);
        QVERIFY2(r.status == RunStatus::Ok, r.error.c_str());
        QCOMPARE(r.tasks.size(), std::size_t(tasks));
        QCOMPARE(r.handOrder.size(), std::size_t(tasks));
        for (const TaskRecord &t : r.tasks) {
            QCOMPARE(t.state, TaskState::Done);
            QCOMPARE(t.result, 10u);
            QVERIFY(t.handedBackNs >= t.endNs);
        }
    }

    void startMethods_data()
    {
        QTest::addColumn<int>("method");
        QTest::addRow("fork") << int(StartMethod::Fork);
        QTest::addRow("spawn") << int(StartMethod::Spawn);
        QTest::addRow("forkserver") << int(StartMethod::Forkserver);
    }

    void startMethods()
    {
        QFETCH(int, method);
        RunOptions o = python(Mode::Processes, 2, PyApi::PoolImap);
        o.startMethod = StartMethod(method);
        const RunResult r = test::runToEnd(test::shippedWorkload("sum10"), o);
        QVERIFY2(r.status == RunStatus::Ok, r.error.c_str());
        QCOMPARE(r.mismatches(), 0ULL);
        QCOMPARE(r.python->startMethod, std::string(startMethodName(StartMethod(method))));
        // Start-up is each worker's: from the pool's request to its initializer.
        for (const WorkerRecord &w : r.workers) {
            QVERIFY(w.spawnNs >= 0);
            QVERIFY(w.readyNs >= w.spawnNs);
        }
    }

    // The interpreter itself dies in serial mode: its thread sent the ends of its last tasks
    // every 25 ms, so the task Corescope last heard of as running may have ended. No task is
    // named as the one that died (task 2, which had ended, was blamed for task 3's exit).
    // The interpreter dies of a task (os._exit, as a C extension's crash would end it): the
    // tasks that ended before are kept, and the task each thread ran is named, from the
    // threads' slots and rings (before them, the threads' last 25 ms of ends died with the
    // interpreter, and no task could be named). Without a memfd (CORESCOPE_TEST_NO_MEMFD) the
    // threads send S and E every 25 ms: then no task is named as the one that died.
    void interpreterDies_keepsEveryEndAndNamesTheRunningTasks_data()
    {
        QTest::addColumn<int>("workers");
        QTest::addColumn<bool>("memfd");
        QTest::newRow("serial") << 1 << true;
        QTest::newRow("2 threads") << 2 << true;
        QTest::newRow("serial, no memfd") << 1 << false;
    }

    void interpreterDies_keepsEveryEndAndNamesTheRunningTasks()
    {
        QFETCH(int, workers);
        QFETCH(bool, memfd);
#if !defined(__x86_64__)
        if (memfd)
            QSKIP("a thread's ring is x86-64's only (corescope_trace.RING_MACHINES)");
#endif
        QTemporaryDir dir;
        {
            std::ofstream py(dir.filePath(QStringLiteral("exit3.py")).toStdString());
            py << "import os, time\n"
                  "def f(n):\n"
                  "    if n == 0:\n"
                  "        os._exit(3)\n"
                  "    time.sleep(n / 1000)\n"
                  "    return n\n";
        }
        // 40 tasks of 1 ms, the one that exits, then one that never starts (a thread of two
        // may take it: then it is named running too).
        std::string inputs;
        for (int i = 0; i < 40; ++i)
            inputs += "1, ";
        const std::string file = dir.filePath(QStringLiteral("exit3.json")).toStdString();
        const auto workload = parsed(R"({"name": "exit3", "python": {"file": "exit3.py",
            "function": "f"}, "inputs": [)" + inputs + "0, 200]}", file);
        if (!memfd)
            qputenv("CORESCOPE_TEST_NO_MEMFD", "1");
        const auto unset = qScopeGuard([] { qunsetenv("CORESCOPE_TEST_NO_MEMFD"); });
        const RunOptions o = python(workers == 1 ? Mode::Serial : Mode::Threads, workers);
        const RunResult r = test::runToEnd(workload, o);
        QCOMPARE(r.status, RunStatus::Failed);
        QVERIFY2(r.error.find("exited with code 3") != std::string::npos, r.error.c_str());
        if (!memfd) {
            QCOMPARE(r.failedTask, std::int64_t{-1});
            if (r.error.find("while running task") != std::string::npos)
                QVERIFY2(r.error.find("or a later one") != std::string::npos, r.error.c_str());
            QCOMPARE(r.tasks[41].state, TaskState::Pending);   // never started
            return;
        }
        QVERIFY2(r.error.find("or a later one") == std::string::npos, r.error.c_str());
        // Every task of 1 ms that ended is kept; one still running is named.
        std::size_t done = 0;
        std::set<std::uint32_t> named;
        for (std::uint32_t i = 0; i < 40; ++i) {
            if (r.tasks[i].state == TaskState::Done) {
                QCOMPARE(r.tasks[i].result, std::uint64_t{1});
                ++done;
            } else {
                named.insert(i);
            }
        }
        if (workers == 1) {
            // The one thread died in its task: the task failed, and the run with it.
            QCOMPARE(done, std::size_t{40});
            QCOMPARE(r.failedTask, std::int64_t{40});
            QCOMPARE(r.tasks[40].state, TaskState::Failed);
            QVERIFY2(r.error.starts_with("task 40 (input 0) failed: the Python interpreter ended "
                                         "before the run did (exited with code 3"),
                     r.error.c_str());
            QCOMPARE(r.tasks[41].state, TaskState::Pending);
            return;
        }
        // Threads: the tasks are said, not blamed (another thread may have ended it). The other
        // thread was in one task at most: one of the 1 ms ones (its 1 ms may have lasted while
        // the exiting thread ran several), or the 200 ms one after.
        QCOMPARE(r.failedTask, std::int64_t{-1});
        QVERIFY2(named.size() <= 1, r.error.c_str());
        const std::string one = "while its threads ran task ";
        const std::string several = "while its threads ran tasks ";
        const std::size_t at = r.error.find(several) != std::string::npos
            ? r.error.find(several) + several.size()
            : r.error.find(one) + one.size();
        QVERIFY2(at != std::string::npos + one.size(), r.error.c_str());
        std::set<std::uint32_t> said;
        std::istringstream list(r.error.substr(at, r.error.find(')', at) - at));
        for (std::string number; std::getline(list, number, ',');)
            said.insert(static_cast<std::uint32_t>(std::stoul(number)));
        QVERIFY2(said.contains(40), r.error.c_str());
        for (const std::uint32_t task : named)
            QVERIFY2(said.contains(task), r.error.c_str());
        for (const std::uint32_t task : said)
            QVERIFY2(task == 40 || task == 41 || named.contains(task), r.error.c_str());
    }

    // After its D the run is whole: an interpreter that then takes longer than the grace to
    // exit (a module's atexit that waits; a loaded machine's niced finalization, seen taking
    // 5 s), or a process of the user's that keeps the driver's connection open, is killed, and
    // the run is kept as it ended.
    void slowExitAfterTheRun_isKilledAndTheRunKept_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("atexit waits") << QStringLiteral("import atexit, time\n"
                                                        "atexit.register(time.sleep, 60)\n");
        QTest::newRow("a child holds the connection")
            << QStringLiteral("import os, time\n"
                              "if os.fork() == 0:\n"
                              "    time.sleep(60)\n"
                              "    os._exit(0)\n");
    }

    void slowExitAfterTheRun_isKilledAndTheRunKept()
    {
        QFETCH(QString, code);
        QTemporaryDir dir;
        {
            std::ofstream py(dir.filePath(QStringLiteral("slowexit.py")).toStdString());
            py << code.toStdString() << "def f(n):\n"
                                        "    return n * 2\n";
        }
        const std::string file = dir.filePath(QStringLiteral("slowexit.json")).toStdString();
        const auto workload = parsed(R"({"name": "slowexit", "python": {"file": "slowexit.py",
            "function": "f"}, "inputs": [1, 2, 3], "expected": [2, 4, 6]})", file);
        QElapsedTimer took;
        took.start();
        const RunResult r = test::runToEnd(workload, python(Mode::Serial, 1));
        QVERIFY2(r.status == RunStatus::Ok, r.error.c_str());
        QCOMPARE(results(r), (std::vector<std::uint64_t>{2, 4, 6}));
        // Killed after the grace, not waited for: well under the atexit's minute.
        QVERIFY2(took.elapsed() < test::scaledMs(30000), qPrintable(QString::number(took.elapsed())));
        // Python's measure ended at the pool's end (D), not at the kill.
        QVERIFY2(r.wallNs < std::int64_t{1'000'000'000} * test::timeFactor(),
                 qPrintable(QString::number(r.wallNs)));
    }

    // The user's file cannot give the function: each way says the file, the field and why.
    // A file named like a module Python already has (json.py: the driver imported json) gave
    // that module, and "module 'json' has no attribute 'sq'".
    void ownFileThatCannotGiveItsFunction_saysWhy_data()
    {
        QTest::addColumn<QString>("filename");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("function");
        QTest::addColumn<QString>("says");
        QTest::addRow("named like a module Python has")
            << QStringLiteral("json.py") << QStringLiteral("def sq(n):\n    return n * n\n")
            << QStringLiteral("sq")
            << QStringLiteral("json.py (the workload's python.file) is imported as the module "
                              "'json', but Python already has a module of that name (/");
        QTest::addRow("named like a built-in module")
            << QStringLiteral("gc.py") << QStringLiteral("def f(n):\n    return n\n")
            << QStringLiteral("f")
            << QStringLiteral("gc.py (the workload's python.file) is imported as the module "
                              "'gc', but Python already has a built-in module of that name, "
                              "which it uses instead: rename the file");
        QTest::addRow("raises on import")
            << QStringLiteral("broken.py") << QStringLiteral("import os\nx = 1 / 0\n")
            << QStringLiteral("f")
            << QStringLiteral("importing broken.py (the workload's python.file) raised "
                              "ZeroDivisionError: division by zero at line 2");
        QTest::addRow("no such function")
            << QStringLiteral("fine.py") << QStringLiteral("def f(n):\n    return n\n")
            << QStringLiteral("nosuch")
            << QStringLiteral("fine.py (the workload's python.file) has no 'nosuch' (its "
                              "python.function)");
    }

    void ownFileThatCannotGiveItsFunction_saysWhy()
    {
        QFETCH(QString, filename);
        QFETCH(QString, source);
        QFETCH(QString, function);
        QFETCH(QString, says);
        QTemporaryDir dir;
        {
            std::ofstream py(dir.filePath(filename).toStdString());
            py << source.toStdString();
        }
        const std::string file = dir.filePath(QStringLiteral("w.json")).toStdString();
        const auto workload = parsed(QStringLiteral(R"({"name": "w", "python": {"file": "%1",
            "function": "%2"}, "inputs": [1, 2, 3]})").arg(filename, function).toStdString(),
            file);
        for (const Mode mode : {Mode::Serial, Mode::Processes}) {
            const RunResult r = test::runToEnd(workload, python(mode, 2, PyApi::ExecutorMap));
            QCOMPARE(r.status, RunStatus::Failed);
            // Corescope's own sentence (the driver's L), not "Python raised ImportError: ...":
            // the window says it in the user's language (tst_gui_language).
            QVERIFY2(QString::fromStdString(r.error).startsWith(says.left(says.indexOf(u'('))),
                     r.error.c_str());
            QVERIFY2(QString::fromStdString(r.error).contains(says), r.error.c_str());
            QVERIFY(r.failedBeforeStart);   // bad input: the command line exits 2 (tst_cli)
        }
    }

    // Spawn and forkserver make named semaphores (/dev/shm/sem.mp-*) that the pool's resource
    // tracker unlinks; a group ended by force (here, a broken pool) took the tracker with it
    // and left them, and forkserver's directory in TMPDIR (a new user counted 3-6 a run). The
    // workers write the names of the semaphores they were handed; none may be left after.
    void brokenPool_leavesNoSemaphoreNorTemporaryFile_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<int>("api");
        QTest::addRow("spawn, ProcessPoolExecutor") << int(StartMethod::Spawn)
                                                    << int(PyApi::ExecutorMap);
        QTest::addRow("forkserver, Pool") << int(StartMethod::Forkserver) << int(PyApi::PoolMap);
    }

    void brokenPool_leavesNoSemaphoreNorTemporaryFile()
    {
        QFETCH(int, method);
        QFETCH(int, api);
        QTemporaryDir dir;
        QTemporaryDir tmp;   // this run's TMPDIR
        const QString names = dir.filePath(QStringLiteral("names.txt"));
        {
            std::ofstream py(dir.filePath(QStringLiteral("leak.py")).toStdString());
            py << "import os, sys\n"
                  "def f(n):\n"
                  "    if n == 99:\n"
                  "        os._exit(3)\n"
                  "    found = set()\n"
                  "    frame = sys._getframe()\n"
                  "    while frame:\n"   // the pool worker's queues, in its frames' locals
                  "        for v in list(frame.f_locals.values()):\n"
                  "            for attr in ('_rlock', '_wlock', '_sem'):\n"
                  "                sem = getattr(getattr(v, attr, None), '_semlock', None)\n"
                  "                if getattr(sem, 'name', None):\n"
                  "                    found.add(sem.name)\n"
                  "        frame = frame.f_back\n"
                  "    with open(r'" << names.toStdString() << "', 'a') as out:\n"
                  "        out.write(''.join(name + '\\n' for name in found))\n"
                  "    return n\n";
        }
        const std::string file = dir.filePath(QStringLiteral("leak.json")).toStdString();
        const auto workload = parsed(R"({"name": "leak", "python": {"file": "leak.py",
            "function": "f"}, "inputs": [1, 2, 3, 4, 99, 5, 6]})", file);
        RunOptions o = python(Mode::Processes, 2, PyApi(api));
        o.startMethod = StartMethod(method);
        o.chunksize = 1;
        // multiprocessing.Pool never returns a dead worker's task. Corescope once missed the
        // death in about one run in six on a loaded machine (a worker reaped before its
        // connection was accepted was refused: acceptWorkers) and the run went on past 30 s;
        // the task timeout stays as a second way to end such a run by force, which is what
        // this test is about.
        o.taskTimeoutMs = test::scaledMs(3000);
        const QByteArray oldTmp = qgetenv("TMPDIR");
        qputenv("TMPDIR", tmp.path().toUtf8());
        const auto restore = qScopeGuard([&] {
            if (oldTmp.isEmpty())
                qunsetenv("TMPDIR");
            else
                qputenv("TMPDIR", oldTmp);
        });
        const RunResult r = test::runToEnd(workload, o, 30s);
        QCOMPARE(r.status, RunStatus::Failed);
        QFile f(names);
        QVERIFY2(f.open(QIODevice::ReadOnly), "no worker wrote its semaphores' names");
        int seen = 0;
        for (const QByteArray &name : f.readAll().split('\n')) {
            if (!name.startsWith('/'))
                continue;
            ++seen;
            const QString path = QStringLiteral("/dev/shm/sem.") + QString::fromUtf8(name.mid(1));
            QVERIFY2(!QFile::exists(path), qPrintable(path + QStringLiteral(" was left")));
        }
        QVERIFY2(seen >= 2, qPrintable(QString::number(seen)));
        QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList());
    }

    // The user's own function: it raises on one input; the run fails as Python's API raises,
    // naming the task and the exception, and what finished before stays.
    // The run's clock starts at the pool's creation (R), however long the interpreter took to
    // start: the workers' own lines (Y) travel on their own connections and must not reach
    // Corescope before R and be timed from the interpreter's start. An interpreter that takes
    // 1.5 s to start (a slow shim, a loaded machine) showed as 1.5 s of worker start-up.
    void slowInterpreterStart_isNotWorkerStartUp()
    {
        // The bounds are scaled for a loaded machine; the shim sleeps longer than the scaled
        // bound, so counting its start still fails the test.
        const std::int64_t runBound = test::scaledNs(1'400'000'000);
        const std::int64_t readyBound = test::scaledNs(1'000'000'000);
        const double shimSleepS = double(runBound) / 1e9 + 1.5;
        QTemporaryDir dir;
        const QString shim = dir.filePath(QStringLiteral("slow-python3"));
        {
            std::ofstream out(shim.toStdString());
            out << "#!/bin/sh\nsleep " << shimSleepS << "\nexec python3 \"$@\"\n";
        }
        QFile::setPermissions(shim, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                        | QFileDevice::ExeOwner);
        RunOptions o = python(Mode::Processes, 2);
        o.pythonPath = shim.toStdString();
        const RunResult r = test::runToEnd(test::shippedWorkload("gcd4"), o);
        QCOMPARE(r.status, RunStatus::Ok);
        QCOMPARE(int(r.workers.size()), 2);
        for (const WorkerRecord &w : r.workers) {
            QVERIFY(w.spawnNs >= 0 && w.readyNs >= w.spawnNs);
            // A fork and an initializer: milliseconds, far below the shim's sleep.
            QVERIFY2(w.readyNs < readyBound, qPrintable(QString::number(w.readyNs)));
        }
        QVERIFY2(r.wallNs < runBound, qPrintable(QString::number(r.wallNs)));
    }

    void raisingTaskFailsTheRunAndKeepsResults()
    {
        QTemporaryDir dir;
        {
            std::ofstream py(dir.filePath(QStringLiteral("mine.py")).toStdString());
            py << "def triple(n):\n    if n == 3:\n        raise ValueError('three is right out')\n"
                  "    return 3 * n\n";
        }
        const std::string file = dir.filePath(QStringLiteral("mine.json")).toStdString();
        const auto workload = parsed(R"({"name": "mine", "python": {"file": "mine.py",
            "function": "triple"}, "inputs": [0, 1, 2, 3, 4]})", file);
        for (const Mode mode : {Mode::Serial, Mode::Threads, Mode::Processes}) {
            const RunResult r = test::runToEnd(workload, python(mode, 2, PyApi::PoolImap));
            QCOMPARE(r.status, RunStatus::Failed);
            QCOMPARE(r.failedTask, std::int64_t{3});
            QVERIFY2(r.error.find("ValueError: three is right out") != std::string::npos,
                     r.error.c_str());
            QCOMPARE(r.tasks[3].state, TaskState::Failed);
            for (int i = 0; i < 3; ++i) {
                QVERIFY(r.tasks[i].ok());
                QCOMPARE(r.tasks[i].result, std::uint64_t(3 * i));
            }
            // Saved and reopened: what Python used, and the function's name (never run again).
            std::ostringstream out;
            QVERIFY(writeRunReport(r, out));
            const auto back = readRunReportData(out.str(), "mine-run.json");
            if (const auto *error = std::get_if<std::string>(&back))
                QFAIL(error->c_str());
            const RunResult read = std::get<RunResult>(back);
            QVERIFY(read.python && r.python);
            QCOMPARE(read.python->version, r.python->version);
            QCOMPARE(read.python->chunksize, r.python->chunksize);
            QCOMPARE(read.python->interpreter, r.python->interpreter);
            QVERIFY(read.workload->python);
            QCOMPARE(read.workload->python->function, std::string("triple"));
            QVERIFY(read.options.runtime == Runtime::Python);
            QVERIFY(read.options.api == PyApi::PoolImap);
        }
    }

    // The driver starts a session of its own (spawn.newSession): the run's processes share the
    // cores with the window as one group under Linux's autogroup, as nice as Corescope, or
    // kRunNiceAboveWindow nicer once a window asked. Every process that runs a task is in it,
    // and the driver leads it (its session's and its group's id is its pid). Each task returns
    // 100 when it runs in such a session, plus its group's nice + 1 (0 without autogroups).
    void runsInASessionOfItsOwn_data()
    {
        QTest::addColumn<int>("above");
        QTest::addRow("from the command line") << 0;
        QTest::addRow("under a window") << PythonExecutor::kRunNiceAboveWindow;
    }

    void runsInASessionOfItsOwn()
    {
        QFETCH(int, above);
        QCOMPARE(PythonExecutor::runNiceAbove(), 0);   // until a window asks
        PythonExecutor::setRunNiceAbove(above);
        const auto restore = qScopeGuard([] { PythonExecutor::setRunNiceAbove(0); });
        QTemporaryDir dir;
        {
            std::ofstream py(dir.filePath(QStringLiteral("where.py")).toStdString());
            py << "import os\n\ndef session(n):\n"
                  "    ours = os.getsid(0) == os.getpgid(0) != " << getsid(0) << "\n"
                  "    try:\n"
                  "        with open('/proc/self/autogroup') as f:\n"
                  "            nice = int(f.read().split('nice')[1])\n"
                  "    except (OSError, IndexError, ValueError):\n"
                  "        nice = -1\n"
                  "    return 100 * ours + nice + 1\n";
        }
        errno = 0;
        const int mine = getpriority(PRIO_PROCESS, 0);
        QCOMPARE(errno, 0);
        const bool groups = QFile::exists(QStringLiteral("/proc/self/autogroup"));
        const auto expected = static_cast<std::uint64_t>(
            100 + 1 + (groups ? std::min(19, mine + above) : -1));
        const std::string file = dir.filePath(QStringLiteral("where.json")).toStdString();
        const auto workload = parsed(R"({"name": "where", "python": {"file": "where.py",
            "function": "session"}, "inputs": [0, 1, 2, 3]})", file);
        for (const Mode mode : {Mode::Serial, Mode::Threads, Mode::Processes}) {
            const RunResult r = test::runToEnd(workload, python(mode, 2, PyApi::PoolMap));
            QCOMPARE(r.status, RunStatus::Ok);
            for (const TaskRecord &t : r.tasks)
                QCOMPARE(t.result, expected);
            // The run records the nice it was given, and a saved report keeps it.
            const int given = groups ? std::min(19, mine + above) - mine : 0;
            QVERIFY(r.python);
            QCOMPARE(r.python->niceAbove, given);
            std::ostringstream out;
            QVERIFY(writeRunReport(r, out));
            const auto back = readRunReportData(out.str(), "where-run.json");
            QVERIFY(std::holds_alternative<RunResult>(back));
            QCOMPARE(std::get<RunResult>(back).python->niceAbove, given);
        }
    }

    // A value Corescope cannot hold (a str, a float, a negative or too large int) is no
    // result: written as null, and never taken for an expected 0. (It was recorded as 0 and
    // "matched": a wrong lesson from a wrong function.)
    void resultThatIsNotAnInteger_isNoneAndNeverMatches()
    {
        QTemporaryDir dir;
        {
            std::ofstream py(dir.filePath(QStringLiteral("odd.py")).toStdString());
            py << "def f(n):\n    return ['hello', 3.75, -5, 2 ** 70, 0, True][n]\n";
        }
        const std::string file = dir.filePath(QStringLiteral("odd.json")).toStdString();
        const auto workload = parsed(R"({"name": "odd", "python": {"file": "odd.py",
            "function": "f"}, "inputs": [0, 1, 2, 3, 4, 5], "expected": [0, 0, 0, 0, 0, 1]})",
            file);
        for (const Mode mode : {Mode::Serial, Mode::Threads, Mode::Processes}) {
            const RunResult r = test::runToEnd(workload, python(mode, 2, PyApi::PoolImap));
            QCOMPARE(r.status, RunStatus::Failed);
            QCOMPARE(r.failedTask, std::int64_t{0});
            QVERIFY2(r.error.find("4 result(s) differ") != std::string::npos, r.error.c_str());
            QVERIFY2(r.error.find("returned a value Corescope does not keep") != std::string::npos,
                     r.error.c_str());
            for (int i = 0; i < 6; ++i) {
                QCOMPARE(r.tasks[i].state, TaskState::Done);
                QCOMPARE(r.tasks[i].resultKnown, i >= 4);
                QCOMPARE(r.tasks[i].mismatch, i < 4);
            }
            QCOMPARE(r.tasks[5].result, std::uint64_t{1});
            std::ostringstream out;
            QVERIFY(writeRunReport(r, out));
            const QJsonArray tasks = QJsonDocument::fromJson(QByteArray::fromStdString(out.str()))
                                         .object().value(QStringLiteral("tasks")).toArray();
            QVERIFY(tasks.at(0).toObject().value(QStringLiteral("result")).isNull());
            QCOMPARE(tasks.at(4).toObject().value(QStringLiteral("result")).toInteger(), 0);
            const auto back = readRunReportData(out.str(), "odd-run.json");
            if (const auto *error = std::get_if<std::string>(&back))
                QFAIL(error->c_str());
            const RunResult read = std::get<RunResult>(back);
            for (int i = 0; i < 6; ++i)
                QCOMPARE(read.tasks[i].resultKnown, i >= 4);
            std::ostringstream csv;
            QVERIFY(writeTasksCsv(r, csv));
            QVERIFY2(csv.str().find("\n0,0,,false,") != std::string::npos, csv.str().c_str());
        }
    }

    // The user's own function without "expected": its bools, which the trace carries as 1 / 0,
    // are said as true / false once the run has seen that every result was one (the driver's
    // V), in the run's workload, its report and its CSV; a function that also returns an int
    // keeps its numbers.
    void ownFunctionsBools_saidAsBoolsWithoutExpected()
    {
        QTemporaryDir dir;
        {
            std::ofstream py(dir.filePath(QStringLiteral("mine.py")).toStdString());
            py << "def even(n):\n    return n % 2 == 0\n\n"
                  "def mixed(n):\n    return n if n > 2 else n == 1\n";
        }
        const std::string file = dir.filePath(QStringLiteral("mine.json")).toStdString();
        const auto even = parsed(R"({"name": "even", "python": {"file": "mine.py",
            "function": "even"}, "inputs": [1, 2, 3, 4]})", file);
        QCOMPARE(even->resultKind(), ResultKind::Integer);    // nothing says so before the run
        for (const Mode mode : {Mode::Serial, Mode::Threads, Mode::Processes}) {
            const RunResult r = test::runToEnd(even, python(mode, 2, PyApi::PoolImapUnordered));
            QCOMPARE(r.status, RunStatus::Ok);
            QCOMPARE(results(r), (std::vector<std::uint64_t>{0, 1, 0, 1}));
            QCOMPARE(r.workload->resultKind(), ResultKind::Bool);
            QCOMPARE(r.workload->resultText(r.tasks[1].result), std::string("true"));
            QCOMPARE(even->resultKind(), ResultKind::Integer);  // the run's copy, not the original
            std::ostringstream out;
            QVERIFY(writeRunReport(r, out));
            const auto back = readRunReportData(out.str(), "even-run.json");
            if (const auto *error = std::get_if<std::string>(&back))
                QFAIL(error->c_str());
            QCOMPARE(std::get<RunResult>(back).workload->resultKind(), ResultKind::Bool);
            std::ostringstream csv;
            QVERIFY(writeTasksCsv(r, csv));
            QVERIFY2(csv.str().find("\n1,2,true,") != std::string::npos, csv.str().c_str());
        }
        // With "expected" the workload says what its results are: numbers here, which a bool is
        // compared with (True is 1), so they stay numbers.
        const auto numbers = parsed(R"({"name": "even", "python": {"file": "mine.py",
            "function": "even"}, "inputs": [1, 2], "expected": [0, 1]})", file);
        const RunResult counted = test::runToEnd(numbers, python(Mode::Serial));
        QCOMPARE(counted.status, RunStatus::Ok);
        QCOMPARE(counted.workload->resultKind(), ResultKind::Integer);
        QCOMPARE(counted.workload.get(), numbers.get());
        const auto mixed = parsed(R"({"name": "mixed", "python": {"file": "mine.py",
            "function": "mixed"}, "inputs": [1, 2, 3]})", file);
        const RunResult r = test::runToEnd(mixed, python(Mode::Threads, 2, PyApi::PoolMap));
        QCOMPARE(r.status, RunStatus::Ok);
        QCOMPARE(results(r), (std::vector<std::uint64_t>{1, 0, 3}));
        QCOMPARE(r.workload->resultKind(), ResultKind::Integer);
        QCOMPARE(r.workload.get(), mixed.get());
    }

    void everyTaskRaises_theRunNamesTheTaskPythonReRaised()
    {
        // Python's executor.map re-raises the first failure in index order, whichever worker
        // raised first: task 0 every time, though its F may reach Corescope after task 1's.
        QTemporaryDir dir;
        {
            std::ofstream py(dir.filePath(QStringLiteral("boom.py")).toStdString());
            py << "def f(x):\n    raise ValueError('boom %s' % x)\n";
        }
        const std::string file = dir.filePath(QStringLiteral("boom.json")).toStdString();
        const auto workload = parsed(R"({"name": "boom", "python": {"file": "boom.py",
            "function": "f"}, "inputs": [10, 11, 12, 13]})", file);
        for (int attempt = 0; attempt < 4; ++attempt) {
            const RunResult r
                = test::runToEnd(workload, python(Mode::Processes, 2, PyApi::ExecutorMap));
            QCOMPARE(r.status, RunStatus::Failed);
            QCOMPARE(r.failedTask, std::int64_t{0});
            // ... and where in the user's file it was raised, which Python's re-raise loses
            // with the traceback: the task's F names it.
            QVERIFY2(r.error.find("task 0 (input 10) failed: it raised ValueError: boom 10 "
                                  "(boom.py, line 2, in f)")
                         != std::string::npos,
                     r.error.c_str());
        }
    }

    // A worker that dies: ProcessPoolExecutor names it BrokenProcessPool; Pool never returns the
    // task, and Corescope ends it rather than wait forever.
    void killedWorkerIsNamed_data()
    {
        QTest::addColumn<int>("api");
        QTest::addColumn<QString>("says");
        QTest::addRow("ProcessPoolExecutor") << int(PyApi::ExecutorMap)
                                             << QStringLiteral("BrokenProcessPool");
        QTest::addRow("Pool") << int(PyApi::PoolMap) << QStringLiteral("never returns");
    }

    void killedWorkerIsNamed()
    {
        QFETCH(int, api);
        QFETCH(QString, says);
        RunOptions o = python(Mode::Processes, 2, PyApi(api));
        o.chunksize = 1;
        const RunResult r = test::runToEnd(test::shippedWorkload("broken-pool"), o, 30s);
        QCOMPARE(r.status, RunStatus::Failed);
        QCOMPARE(r.failedTask, std::int64_t{4});
        QVERIFY2(r.error.find("SIGSEGV") != std::string::npos, r.error.c_str());
        QVERIFY2(r.error.find(says.toStdString()) != std::string::npos, r.error.c_str());
        QVERIFY(r.tasks[0].ok() && r.tasks[1].ok());
        for (const WorkerRecord &w : r.workers)
            QVERIFY2(processGone(w.pid), qPrintable(QString::number(w.pid)));
        QCOMPARE(test::childProcessCount(), 0);
    }

    // The other worker's long task, started when the pool broke, is kept as killed: from the
    // start its worker reported to the failure, on that worker.
    void brokenPool_keepsTheOtherWorkersTaskAsKilled_data() { killedWorkerIsNamed_data(); }
    void brokenPool_keepsTheOtherWorkersTaskAsKilled()
    {
        QFETCH(int, api);
        const auto workload = parsed(R"({"name": "b", "kernel": "crash",
            "params": {"signal": "SIGSEGV"}, "inputs": [1500, 30, 0, 30]})", "b.json");
        RunOptions o = python(Mode::Processes, 2, PyApi(api));
        o.chunksize = 1;
        const RunResult r = test::runToEnd(workload, o, 30s);
        QCOMPARE(r.status, RunStatus::Failed);
        QCOMPARE(r.failedTask, std::int64_t{2});
        const TaskRecord &killed = r.tasks[0];
        QCOMPARE(killed.state, TaskState::Killed);
        QVERIFY(killed.worker >= 0 && killed.worker != r.tasks[2].worker);
        QVERIFY2(killed.startNs >= 0 && killed.startNs <= r.tasks[2].startNs,
                 qPrintable(QStringLiteral("%1 %2").arg(killed.startNs).arg(r.tasks[2].startNs)));
        QVERIFY2(killed.endNs >= r.tasks[2].endNs && killed.endNs - killed.startNs < 1'500'000'000,
                 qPrintable(QStringLiteral("%1-%2, crash at %3").arg(killed.startNs).arg(killed.endNs)
                                .arg(r.tasks[2].endNs)));
        QCOMPARE(test::childProcessCount(), 0);
    }

    // Cancel ends the interpreter and its pool within 300 ms (scaled), keeps what finished and
    // leaves no process behind.
    void cancelLeavesNoProcess()
    {
        const auto workload = parsed(R"({"name": "long", "kernel": "sleep_ms",
            "inputs": [50, 50, 50, 50, 60000, 60000, 60000, 60000]})", "long.json");
        test::InBackground<RunJob> run(workload, python(Mode::Processes, 2, PyApi::PoolImap));
        QTRY_VERIFY_WITH_TIMEOUT(run.job().recorder().tasksFinished() >= 4,
                                 test::scaledMs(20000));
        // Both workers on a long task, as Corescope knows it (their slots).
        QTRY_VERIFY_WITH_TIMEOUT(
            [&run] {
                SnapshotCursor cursor;
                return run.job().recorder().snapshot(cursor).running.size() == 2;
            }(),
            test::scaledMs(5000));
        const auto asked = std::chrono::steady_clock::now();
        run.cancel();
        QVERIFY(run.waitFor(test::scaled(300ms)));
        qInfo("cancelled in %lld ms",
              static_cast<long long>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                         std::chrono::steady_clock::now() - asked)
                                         .count()));
        const RunResult r = run.job().recorder().result();
        QCOMPARE(r.status, RunStatus::Cancelled);
        QCOMPARE(r.tasksDone(), 4ULL);
        QVERIFY(!r.workers.empty());
        for (const WorkerRecord &w : r.workers)
            QVERIFY2(processGone(w.pid), qPrintable(QString::number(w.pid)));
        QCOMPARE(test::childProcessCount(), 0);
        // The two long tasks the cancel cut short are kept as cancelled, one on each worker,
        // from the start their slots gave to the end of the process group.
        std::set<int> cancelledOn;
        for (const TaskRecord &t : r.tasks) {
            if (t.state != TaskState::Cancelled)
                continue;
            QVERIFY2(t.index >= 4 && t.startNs >= 0 && t.endNs >= t.startNs && t.endNs <= r.wallNs,
                     qPrintable(QStringLiteral("task %1: %2..%3").arg(t.index).arg(t.startNs).arg(t.endNs)));
            cancelledOn.insert(t.worker);
        }
        QCOMPARE(int(cancelledOn.size()), 2);
    }

    // A pool worker sends no S: its running task is read from its slot (docs/PYTHON_RUNTIME.md,
    // X), live, with the start the worker wrote, for both pools. Short tasks come first: a
    // long task's start lands right after the end of the one before it on its worker.
    void longTaskShowsAsRunningFromTheWorkersSlot_data() { killedWorkerIsNamed_data(); }
    void longTaskShowsAsRunningFromTheWorkersSlot()
    {
        QFETCH(int, api);
        const auto workload = parsed(R"({"name": "long", "kernel": "sleep_ms",
            "inputs": [1, 1, 1, 1, 1, 1, 1500, 1500]})", "long.json");
        RunOptions o = python(Mode::Processes, 2, PyApi(api));
        o.chunksize = 1;
        test::InBackground<RunJob> run(workload, o);
        SnapshotCursor cursor;
        std::vector<RunSnapshot::Running> seen;
        bool longEndedFirst = false;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const RunSnapshot s = run.job().recorder().snapshot(cursor);
                for (const TaskRecord &t : s.newlyFinished)
                    longEndedFirst = longEndedFirst || t.index >= 6;
                seen.clear();
                for (const RunSnapshot::Running &r : s.running)
                    if (r.index >= 6)
                        seen.push_back(r);
                return seen.size() == 2 || longEndedFirst;
            }(),
            test::scaledMs(20000));
        QVERIFY2(!longEndedFirst, "a long task ended before it was shown running");
        QVERIFY(run.waitFor(test::scaled(30s)));
        const RunResult r = run.job().recorder().result();
        QCOMPARE(r.status, RunStatus::Ok);
        for (const RunSnapshot::Running &running : seen) {
            const TaskRecord &t = r.tasks[running.index];
            QCOMPARE(running.startNs, t.startNs);   // the slot's start is the E's
            QCOMPARE(int(t.worker), running.worker);
        }
        QVERIFY(seen[0].index != seen[1].index);
        QCOMPARE(test::childProcessCount(), 0);
    }

    // The per-core samples a window draws live are the run's own, at the same moments: the
    // samples taken while the interpreter started (before the pool's creation, the run's time
    // 0) are handed out only once the clock has moved, with their negative times. (They went
    // out at once, with the times they had before the move, and a live chart, which keeps its
    // data sorted, drew them there and dropped every later sample until the run caught up.)
    void liveSamples_areTheRunsOwn()
    {
        const auto workload = parsed(R"({"name": "spin", "kernel": "spin_ms",
            "inputs": [100, 100, 100, 100]})", "spin.json");
        RunOptions o = python(Mode::Processes, 2);
        o.sampleHz = 100;   // a sample every 10 ms: several while the interpreter starts
        test::InBackground<RunJob> run(workload, o);
        SnapshotCursor cursor;
        std::vector<std::int64_t> live;
        const auto pull = [&] {
            for (const CpuSample &sample : run.job().recorder().snapshot(cursor).newSamples)
                live.push_back(sample.tNs);
        };
        while (!run.waitFor(5ms))
            pull();
        pull();
        const RunResult r = run.job().recorder().result();
        QVERIFY2(r.status == RunStatus::Ok, r.error.c_str());
        std::vector<std::int64_t> saved;
        for (const CpuSample &sample : r.samples)
            saved.push_back(sample.tNs);
        QVERIFY(saved.size() >= 2);
        QVERIFY2(saved.front() < 0, "no sample was taken while the interpreter started");
        QCOMPARE(live, saved);
    }

    // Python threads run under the real GIL: CPU-bound tasks wait off the CPU about as long as
    // they run on it, and the wait is recorded as the tasks' off-CPU time.
    void threadsWaitOffCpuUnderTheGil()
    {
        const auto workload = parsed(R"({"name": "spin", "kernel": "spin_ms",
            "inputs": [150, 150, 150, 150]})", "spin.json");
        const RunResult r = test::runToEnd(workload, python(Mode::Threads, 2));
        QVERIFY2(r.status == RunStatus::Ok, r.error.c_str());
        std::int64_t waited = 0, busy = 0;
        for (const TaskRecord &t : r.tasks) {
            waited += t.gilWaitNs;
            busy += t.durationNs();
        }
        qInfo("off-CPU %lld ms of %lld ms", static_cast<long long>(waited / 1'000'000),
              static_cast<long long>(busy / 1'000'000));
        // Two threads, one GIL: each task waits about half its wall time (a lower bound: load
        // from other processes only adds waiting).
        QVERIFY(double(waited) >= 0.3 * double(busy));
    }

    void missingInterpreterIsNamed()
    {
        RunOptions o = python(Mode::Serial);
        o.pythonPath = "/nonexistent/corescope-test/python3";
        const std::string problem = checkRunnable(*test::shippedWorkload("primes6"), o);
        QVERIFY2(problem.find("/nonexistent/corescope-test/python3") != std::string::npos,
                 problem.c_str());
        QVERIFY2(problem.find("apt-get install python3") != std::string::npos, problem.c_str());
    }

    // An interpreter that never answers (a wrapper script that hangs, a child it started
    // holding the probe's socket) is ended whole: no process of it outlives the probe.
    void hangingInterpreter_probeEndsItAndEverythingItStarted()
    {
        QTemporaryDir dir;
        const QString pidFile = dir.filePath(QStringLiteral("child.pid"));
        const QString script = dir.filePath(QStringLiteral("python3"));
        {
            std::ofstream sh(script.toStdString());
            sh << "#!/bin/sh\nsleep 60 &\necho $! > '" << pidFile.toStdString() << "'\nwait\n";
        }
        QFile::setPermissions(script, QFile::permissions(script) | QFile::ExeOwner);
        // Time enough for the script to start its child on a loaded machine.
        const int timeoutMs = test::scaledMs(2000);
        QElapsedTimer timer;
        timer.start();
        const PythonProbe probe
            = probePythonUncached(script.toStdString(), std::chrono::milliseconds(timeoutMs));
        QVERIFY2(probe.error.find("did not report its version") != std::string::npos,
                 probe.error.c_str());
        // Ended at the timeout, not after the script's 60 s.
        QVERIFY2(timer.elapsed() < timeoutMs + test::scaledMs(5000),
                 qPrintable(QString::number(timer.elapsed())));
        QFile f(pidFile);
        QVERIFY2(f.open(QIODevice::ReadOnly), "the script did not start its child");
        const QByteArray pid = f.readAll().trimmed();
        QVERIFY(!pid.isEmpty());
        // Killed: gone, or a zombie until init reaps it, never sleeping on.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&pid] {
                QFile stat(QStringLiteral("/proc/") + QString::fromLatin1(pid)
                           + QStringLiteral("/stat"));
                if (!stat.open(QIODevice::ReadOnly))
                    return true;
                const QByteArray line = stat.readAll();
                const qsizetype paren = line.lastIndexOf(')');
                return paren > 0 && line.mid(paren + 2, 1) == "Z";
            }(),
            test::scaledMs(5000));
    }

    void nativeRuntimeRefusesPythonCode()
    {
        RunOptions native;
        const std::string problem =
            checkRunnable(*test::shippedWorkload("primes-python"), native);
        QVERIFY2(problem.find("only the Python runtime") != std::string::npos, problem.c_str());
    }

    void nativeRuntimeRefusesAManager_pythonRunsIt()
    {
        const auto manager = test::shippedWorkload("counter-manager");
        for (const Mode mode : {Mode::Serial, Mode::Threads, Mode::Processes}) {
            RunOptions native;
            native.mode = mode;
            const std::string problem = checkRunnable(*manager, native);
            QVERIFY2(problem.find("params.sync \"manager\"") != std::string::npos, problem.c_str());
            QVERIFY2(problem.find("--runtime python") != std::string::npos, problem.c_str());
            QVERIFY2(checkRunnable(*manager, python(mode)).empty(), problem.c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestPythonRuntime)
#include "tst_pythonruntime.moc"
