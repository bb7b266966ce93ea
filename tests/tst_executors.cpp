// Every mode x API x chunksize gives the same, correct results; records are complete and handed
// back the way each API promises (as Python's does); the API's default chunksize is the one the
// native executors use; cancel is prompt and keeps what was computed.
#include "app/i18n/language.h"
#include "core/io/reportreader.h"
#include "core/io/reportwriter.h"
#include "tests/childprocesses.h"
#include "tests/engineruns.h"

#include <QTest>

#include <chrono>
#include <dirent.h>
#include <fstream>
#include <set>
#include <sstream>
#include <tuple>
#include <unistd.h>

using namespace corescope;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(corescope::Mode)
Q_DECLARE_METATYPE(corescope::Ordering)
Q_DECLARE_METATYPE(corescope::PyApi)

namespace {

std::shared_ptr<const Workload> make(KernelId kernel, std::vector<TaskInput> inputs)
{
    Workload w;
    w.name = "test";
    w.kernel = kernel;
    w.inputs = ExplicitInputs{std::move(inputs)};
    return std::make_shared<const Workload>(std::move(w));
}

using test::runToEnd;

// Every API, with the order Python's gives it: the expectation stated here, not derived from
// pyApiOrdering().
constexpr std::tuple<PyApi, Ordering, const char *> kApis[] = {
    {PyApi::ExecutorMap, Ordering::OrderedStream, "executor.map"},
    {PyApi::SubmitAsCompleted, Ordering::AsCompleted, "as_completed"},
    {PyApi::PoolMap, Ordering::OrderedBatch, "pool.map"},
    {PyApi::PoolImap, Ordering::OrderedStream, "pool.imap"},
    {PyApi::PoolImapUnordered, Ordering::AsCompleted, "imap_unordered"}};

void checkHandBack(const RunResult &r, Ordering ordering)
{
    QCOMPARE(r.handOrder.size(), r.tasks.size());
    std::int64_t lastEnd = 0;
    for (const auto &t : r.tasks)
        lastEnd = std::max(lastEnd, t.endNs);
    switch (ordering) {
    case Ordering::OrderedBatch:
        // Pool.map: all at once, in input order, after the last task ended.
        for (std::size_t k = 0; k < r.handOrder.size(); ++k) {
            QCOMPARE(r.handOrder[k], std::uint32_t(k));
            QVERIFY(r.tasks[k].handedBackNs >= lastEnd);
            QCOMPARE(r.tasks[k].handedBackNs, r.tasks[0].handedBackNs);
        }
        break;
    case Ordering::OrderedStream: {
        // Executor.map, Pool.imap: in input order; a result waits for every earlier one (head-of-line blocking).
        std::int64_t prefixEnd = 0;
        for (std::size_t k = 0; k < r.handOrder.size(); ++k) {
            QCOMPARE(r.handOrder[k], std::uint32_t(k));
            prefixEnd = std::max(prefixEnd, r.tasks[k].endNs);
            QVERIFY(r.tasks[k].handedBackNs >= prefixEnd);
            if (k > 0)
                QVERIFY(r.tasks[k].handedBackNs >= r.tasks[k - 1].handedBackNs);
        }
        break;
    }
    case Ordering::AsCompleted:
        // imap_unordered, as_completed: each as soon as it finished.
        for (std::size_t k = 0; k < r.handOrder.size(); ++k) {
            const auto &t = r.tasks[r.handOrder[k]];
            QVERIFY(t.handedBackNs >= t.endNs);
            if (k > 0)
                QVERIFY(t.handedBackNs >= r.tasks[r.handOrder[k - 1]].handedBackNs);
        }
        break;
    }
}

} // namespace

class TestExecutors : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void runsEveryTask_data()
    {
        QTest::addColumn<QString>("workload");
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<int>("workers");
        QTest::addColumn<int>("chunksize");
        QTest::addColumn<PyApi>("api");
        QTest::addColumn<Ordering>("ordering");
        QTest::addColumn<bool>("gil");
        const std::pair<Mode, const char *> modes[] = {
            {Mode::Serial, "serial"}, {Mode::Threads, "threads"}, {Mode::Processes, "processes"}};
        // chunksize 0: the API's own default.
        for (const char *wl : {"gcd4", "sum10", "doubler", "primes6"})
            for (auto [mode, modeName] : modes)
                for (auto [api, ordering, apiName] : kApis)
                    for (int chunk : {0, 3})
                        QTest::addRow("%s %s %s chunk%d", wl, modeName, apiName, chunk)
                            << QString::fromLatin1(wl) << mode << 2 << chunk << api << ordering
                            << false;
        // More workers than cores, and the emulated GIL: same answers.
        QTest::addRow("gcd4 threads x8") << QStringLiteral("gcd4") << Mode::Threads << 8 << 1
                                         << PyApi::PoolImapUnordered << Ordering::AsCompleted
                                         << false;
        QTest::addRow("gcd4 processes x8") << QStringLiteral("gcd4") << Mode::Processes << 8 << 1
                                           << PyApi::PoolImapUnordered << Ordering::AsCompleted
                                           << false;
        QTest::addRow("sum10 threads+gil") << QStringLiteral("sum10") << Mode::Threads << 2 << 1
                                           << PyApi::PoolImap << Ordering::OrderedStream << true;
    }
    void runsEveryTask()
    {
        QFETCH(QString, workload);
        QFETCH(Mode, mode);
        QFETCH(int, workers);
        QFETCH(int, chunksize);
        QFETCH(PyApi, api);
        QFETCH(Ordering, ordering);
        QFETCH(bool, gil);
        RunOptions options;
        options.mode = mode;
        options.workers = mode == Mode::Serial ? 1 : workers;
        options.chunksize = chunksize;
        options.api = api;
        QCOMPARE(options.ordering(), ordering);
        options.gil = gil;
        options.sampleHz = 0;
        const auto wl = test::shippedWorkload(workload.toStdString());
        QVERIFY(wl->expected.has_value());
        const RunResult r = runToEnd(wl, options);
        QCOMPARE(QString::fromStdString(r.error), QString());
        QCOMPARE(r.status, RunStatus::Ok);
        QCOMPARE(r.tasks.size(), wl->taskCount());
        for (const TaskRecord &t : r.tasks) {
            QCOMPARE(t.state, TaskState::Done);
            QCOMPARE(t.result, (*wl->expected)[t.index]);
            QVERIFY(t.worker >= 0 && t.worker < options.workers);
            QVERIFY(t.enqueueNs >= 0 && t.enqueueNs <= t.startNs);
            QVERIFY(t.startNs <= t.endNs && t.endNs <= r.wallNs);
            QVERIFY(t.pid > 0 && t.tid > 0);
            QVERIFY(t.cpuStart >= 0);
            if (mode == Mode::Processes)
                QVERIFY(t.pid != getpid());
            else
                QCOMPARE(t.pid, std::int32_t(getpid()));
        }
        QVERIFY(int(r.workers.size()) <= options.workers);
        for (const WorkerRecord &w : r.workers) {
            QVERIFY(w.spawnNs >= 0 && w.spawnNs <= w.readyNs);
            QVERIFY(w.readyNs <= w.exitNs);
        }
        checkHandBack(r, ordering);
        QCOMPARE(test::childProcessCount(), 0);
    }

    void api_decidesOrderAndDefaultChunksize_data()
    {
        QTest::addColumn<PyApi>("api");
        QTest::addColumn<Ordering>("ordering");
        QTest::addColumn<int>("tasks");
        QTest::addColumn<int>("workers");
        QTest::addColumn<int>("chunksize");   // the API's default: CPython's rule
        for (auto [api, ordering, name] : kApis) {
            const bool map = api == PyApi::PoolMap;
            // Pool.map: ceil(tasks / (4 x workers)); the others 1.
            QTest::addRow("%s, 63 tasks on 2", name) << api << ordering << 63 << 2 << (map ? 8 : 1);
            QTest::addRow("%s, 64 tasks on 2", name) << api << ordering << 64 << 2 << (map ? 8 : 1);
            QTest::addRow("%s, 50 tasks on 10", name) << api << ordering << 50 << 10 << (map ? 2 : 1);
            QTest::addRow("%s, 3 tasks on 3", name) << api << ordering << 3 << 3 << 1;
        }
    }
    void api_decidesOrderAndDefaultChunksize()
    {
        QFETCH(PyApi, api);
        QFETCH(Ordering, ordering);
        QFETCH(int, tasks);
        QFETCH(int, workers);
        QFETCH(int, chunksize);
        for (const Runtime runtime : {Runtime::Native, Runtime::Python}) {
            RunOptions o;
            QCOMPARE(o.chunksize, 0);              // the API's default unless one is chosen
            QCOMPARE(o.api, PyApi::ExecutorMap);   // what tutorials 000-002 use
            o.runtime = runtime;
            o.api = api;
            o.workers = workers;
            QCOMPARE(o.ordering(), ordering);
            QCOMPARE(o.effectiveChunksize(std::uint64_t(tasks)), chunksize);
            // A chosen one is used as it is, except where Python takes one task at a time
            // whatever it is given: submit, and ThreadPoolExecutor.map.
            o.chunksize = 5;
            for (const Mode mode : {Mode::Processes, Mode::Threads}) {
                o.mode = mode;
                const bool ignored = runtime == Runtime::Python
                    && (api == PyApi::SubmitAsCompleted
                        || (api == PyApi::ExecutorMap && mode == Mode::Threads));
                QCOMPARE(o.chunksizeApplies(), !ignored);
                QCOMPARE(o.effectiveChunksize(std::uint64_t(tasks)), ignored ? 1 : 5);
                QCOMPARE(i18n::chunksizeText(o, std::uint64_t(tasks)),
                         ignored ? QStringLiteral("1 (5 ignored by %1)")
                                       .arg(QString::fromLatin1(pyApiLabel(api, mode)))
                                 : QStringLiteral("5"));
            }
            o.mode = Mode::Processes;
        }
    }

    void poolMap_sendsChunksOfItsDefaultSize_data()
    {
        QTest::addColumn<Mode>("mode");
        QTest::addRow("threads") << Mode::Threads;
        QTest::addRow("processes") << Mode::Processes;
    }
    void poolMap_sendsChunksOfItsDefaultSize()
    {
        // 63 tasks on 2 workers through Pool.map: chunks of ceil(63 / 8) = 8 consecutive tasks,
        // each run by one worker, one after another (the last chunk has 7).
        QFETCH(Mode, mode);
        std::vector<TaskInput> inputs(63, TaskInput{2, 0});
        RunOptions options;
        options.mode = mode;
        options.workers = 2;
        options.api = PyApi::PoolMap;
        options.sampleHz = 0;
        const RunResult r = runToEnd(make(KernelId::SpinMs, inputs), options);
        QCOMPARE(r.status, RunStatus::Ok);
        for (std::size_t i = 0; i < r.tasks.size(); ++i) {
            const TaskRecord &first = r.tasks[i - i % 8];
            QCOMPARE(r.tasks[i].worker, first.worker);
            if (i % 8 != 0)
                QVERIFY(r.tasks[i].startNs >= r.tasks[i - 1].endNs);
        }
    }

    void cancel_isPromptAndKeepsResults_data()
    {
        QTest::addColumn<Mode>("mode");
        QTest::addRow("serial") << Mode::Serial;
        QTest::addRow("threads") << Mode::Threads;
        QTest::addRow("processes") << Mode::Processes;
    }
    void cancel_isPromptAndKeepsResults()
    {
        QFETCH(Mode, mode);
        // Quick tasks first, then tasks far longer than the test.
        std::vector<TaskInput> inputs{{5, 0}, {5, 0}, {5, 0}, {5, 0}};
        for (int i = 0; i < 8; ++i)
            inputs.push_back({60'000, 0});
        RunOptions options;
        options.mode = mode;
        options.workers = mode == Mode::Serial ? 1 : 2;
        options.sampleHz = 0;
        options.api = PyApi::PoolImapUnordered;
        test::InBackground<RunJob> session(make(KernelId::SpinMs, inputs), options);
        QTRY_VERIFY_WITH_TIMEOUT(session.job().recorder().tasksFinished() >= 4, test::scaledMs(5000));
        QTest::qWait(100);
        const auto t0 = std::chrono::steady_clock::now();
        session.cancel();
        QVERIFY(session.waitFor(test::scaled(2s)));
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                            std::chrono::steady_clock::now() - t0).count();
        qInfo("cancel took %lld ms (bound %d ms)", static_cast<long long>(ms), test::scaledMs(100));
        QVERIFY2(ms <= test::scaledMs(100), qPrintable(QString::number(ms)));
        const RunResult r = session.job().recorder().result();
        QCOMPARE(r.status, RunStatus::Cancelled);
        QCOMPARE(r.tasksDone(), 4ULL);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(r.tasks[i].result, 5ULL);
        QCOMPARE(test::childProcessCount(), 0);
        // Each worker was 100 ms or more into a long task: kept as cancelled, on its worker,
        // from its start to its stop (the timeline draws it; nothing else is kept of it).
        std::set<int> workers;
        for (const TaskRecord &t : r.tasks) {
            if (t.state != TaskState::Cancelled)
                continue;
            QVERIFY2(t.index >= 4, qPrintable(QString::number(t.index)));
            QVERIFY(t.worker >= 0 && t.worker < options.workers);
            QVERIFY(workers.insert(t.worker).second);   // one a worker
            QVERIFY2(t.startNs >= 0 && t.endNs - t.startNs >= 50'000'000,
                     qPrintable(QStringLiteral("%1..%2").arg(t.startNs).arg(t.endNs)));
            QVERIFY(t.endNs <= r.wallNs);
            QVERIFY(t.handedBackNs < 0);
        }
        QCOMPARE(int(workers.size()), options.workers);
        // Saved and read back as it was.
        std::ostringstream json;
        QVERIFY(writeRunReport(r, json));
        auto back = readRunReportData(json.str(), "cancelled.json");
        QVERIFY(std::holds_alternative<RunResult>(back));
        const RunResult &read = std::get<RunResult>(back);
        for (std::size_t i = 0; i < r.tasks.size(); ++i) {
            QCOMPARE(read.tasks[i].state, r.tasks[i].state);
            QCOMPARE(read.tasks[i].startNs, r.tasks[i].startNs);
            QCOMPARE(read.tasks[i].endNs, r.tasks[i].endNs);
        }
    }

    void mismatch_failsTheRunNamingTheTask()
    {
        Workload w;
        w.name = "wrong";
        w.kernel = KernelId::Double;
        w.inputs = ExplicitInputs{{{1, 0}, {2, 0}, {3, 0}}};
        w.expected = std::vector<std::uint64_t>{2, 5, 6};
        RunOptions options;
        options.mode = Mode::Threads;
        options.sampleHz = 0;
        const RunResult r = runToEnd(std::make_shared<const Workload>(w), options);
        QCOMPARE(r.status, RunStatus::Failed);
        QCOMPARE(r.failedTask, 1);
        QVERIFY2(r.error.find("task 1 (input 2) returned 4, expected 5") != std::string::npos,
                 r.error.c_str());
        QCOMPARE(r.tasksDone(), 3ULL);   // every result is kept
    }

    void crashKernel_refusedOutsideProcesses()
    {
        const auto wl = make(KernelId::Crash, {{0, 0}});
        RunOptions options;
        options.mode = Mode::Threads;
        const std::string why = checkRunnable(*wl, options);
        QVERIFY(why.find("processes mode") != std::string::npos);
        options.mode = Mode::Processes;
        QCOMPARE(checkRunnable(*wl, options), std::string());
    }

    void gil_serialisesComputeButNotWaits()
    {
        RunOptions options;
        options.mode = Mode::Threads;
        options.workers = 2;
        options.gil = true;
        options.sampleHz = 0;
        // Compute-bound under the GIL: two threads take turns, so about the serial time.
        const RunResult spin = runToEnd(make(KernelId::SpinMs, {{150, 0}, {150, 0}}), options);
        QCOMPARE(spin.status, RunStatus::Ok);
        const TaskRecord &a = spin.tasks[0];
        const TaskRecord &b = spin.tasks[1];
        qInfo("2 x 150 ms spin under the GIL: wall %.0f ms, GIL wait %.0f + %.0f ms, spans %.0f and "
              "%.0f ms", spin.wallNs / 1e6, a.gilWaitNs / 1e6, b.gilWaitNs / 1e6,
              a.durationNs() / 1e6, b.durationNs() / 1e6);
        // 300 ms of CPU time (spin_ms counts thread CPU time) one thread at a time: a physical
        // lower bound, not scaled.
        QVERIFY(spin.wallNs >= 280'000'000);
        // They took turns every switch interval until the end, so each waited for the GIL while
        // the other computed and each task spans nearly the whole run. A plain mutex held around
        // each task fails both: the first task never waits and spans half the run (150 of 300
        // ms); so does a GIL that switched once. Ratios of the run, so not scaled.
        QVERIFY2(a.gilWaitNs >= 50'000'000 && b.gilWaitNs >= 50'000'000,
                 qPrintable(QStringLiteral("GIL waits %1 and %2 ns").arg(a.gilWaitNs).arg(b.gilWaitNs)));
        QVERIFY2(a.durationNs() * 4 >= spin.wallNs * 3 && b.durationNs() * 4 >= spin.wallNs * 3,
                 qPrintable(QStringLiteral("spans %1 and %2 ns of %3").arg(a.durationNs()).arg(b.durationNs())
                                .arg(spin.wallNs)));
        // Both end near the end of the run (one after the other would be 150 ms apart).
        QVERIFY(std::abs(a.endNs - b.endNs) < test::scaledNs(50'000'000));

        // Wait-bound under the GIL: the lock is released while sleeping, so waits overlap. The
        // sleep is scaled with the bounds so that "overlap" stays distinct from "one after the
        // other" on a slow build.
        const int sleepMs = test::scaledMs(200);
        const RunResult sleep = runToEnd(
            make(KernelId::SleepMs, {{std::uint64_t(sleepMs), 0}, {std::uint64_t(sleepMs), 0}}), options);
        QCOMPARE(sleep.status, RunStatus::Ok);
        QVERIFY2(sleep.wallNs < test::scaledNs(330'000'000),
                 qPrintable(QStringLiteral("2 x %1 ms sleep: wall %2 ns").arg(sleepMs).arg(sleep.wallNs)));
        for (const auto &t : sleep.tasks)
            QVERIFY2(t.gilWaitNs < test::scaledNs(100'000'000), qPrintable(QString::number(t.gilWaitNs)));

        // Without the GIL the two spins run at the same time on two workers: each starts before
        // the other ends and they overlap for most of their spans (one after the other gives no
        // overlap), and nobody waits for a GIL (a GIL left on by mistake makes one wait ~150 ms).
        // The speedup itself is measured by the bench: wall times depend on the machine's load.
        options.gil = false;
        const RunResult free = runToEnd(make(KernelId::SpinMs, {{150, 0}, {150, 0}}), options);
        QCOMPARE(free.status, RunStatus::Ok);
        const TaskRecord &c = free.tasks[0];
        const TaskRecord &d = free.tasks[1];
        QVERIFY(c.worker != d.worker);
        const std::int64_t overlap = std::min(c.endNs, d.endNs) - std::max(c.startNs, d.startNs);
        qInfo("2 x 150 ms spin without the GIL: wall %.0f ms, overlap %.0f ms", free.wallNs / 1e6,
              overlap / 1e6);
        QVERIFY2(overlap * 2 >= std::min(c.durationNs(), d.durationNs()),
                 qPrintable(QStringLiteral("overlap %1 ns, spans %2 and %3 ns").arg(overlap)
                                .arg(c.durationNs()).arg(d.durationNs())));
        for (const auto &t : free.tasks)
            QCOMPARE(t.gilWaitNs, std::int64_t{0});
    }
};

QTEST_GUILESS_MAIN(TestExecutors)
#include "tst_executors.moc"
