// TraceFeed, the boundary a runtime whose tasks run elsewhere (the Python runtime of issue 13)
// feeds: a scripted runtime here is one Executor class that plays trace events, and the run it
// makes goes through RunJob to the same recorder, snapshots and result as a native run.
#include "core/engine/runjob.h"
#include "core/trace/tracefeed.h"
#include "tests/engineruns.h"

#include <QTest>

#include <functional>

using namespace corescope;

namespace {

RunOptions poolMap()
{
    RunOptions o;
    o.mode = Mode::Processes;
    o.workers = 2;
    o.sampleHz = 0;
    o.api = PyApi::PoolMap;
    return o;
}

// A runtime that is nothing but a script of events, on its own clock (CLOCK_MONOTONIC, as a
// process on this machine stamps them).
class ScriptedRuntime final : public Executor {
public:
    using Script = std::function<std::string(TraceFeed &, std::int64_t t0)>;
    ScriptedRuntime(Script script, bool handsBack) : m_script(std::move(script)), m_handsBack(handsBack) {}

    void run(RunRecorder &recorder, std::stop_token) override
    {
        TraceFeed feed(recorder, m_handsBack);
        if (std::string problem = m_script(feed, recorder.epochNs()); !problem.empty())
            recorder.fail("the runtime sent a bad event: " + problem);
        feed.flush();
    }

private:
    Script m_script;
    bool m_handsBack = false;
};

RunResult runScript(std::shared_ptr<const Workload> workload, const RunOptions &options,
                    ScriptedRuntime::Script script, bool handsBack = true)
{
    RunJob job(std::move(workload), options,
               std::make_unique<ScriptedRuntime>(std::move(script), handsBack));
    job.run({});
    return job.recorder().result();
}

constexpr std::int64_t kMs = 1'000'000;

} // namespace

class TestTraceFeed final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void runtimeEvents_becomeTheRunsRecords();
    void batchesArePublishedAtFlush_seenLiveBySnapshots();
    void malformedEvents_areNamedAndFailTheRun_data();
    void malformedEvents_areNamedAndFailTheRun();
    void failedTask_failsTheRunNamingItAndKeepsTheOthers();
    void killUnfinished_keepsStartedTasksAsKilled();
    void clockOffset_shiftsEveryTime();
};

void TestTraceFeed::runtimeEvents_becomeTheRunsRecords()
{
    // Pool.map on two workers: two tasks each, all four handed back at once at the end (the
    // runtime says when, not the recorder's ordering rule).
    const RunResult r = runScript(test::doublerWorkload(4), poolMap(), [](TraceFeed &feed, std::int64_t t0) {
        std::string e;
        e += feed.workerStarted(0, 1000, 1000, t0 + 1 * kMs);
        e += feed.workerStarted(1, 1001, 1001, t0 + 1 * kMs);
        e += feed.workerReady(0, t0 + 20 * kMs);
        e += feed.workerReady(1, t0 + 21 * kMs);
        e += feed.taskFinished(0, 0, t0 + 22 * kMs, t0 + 30 * kMs, 0);
        e += feed.taskFinished(1, 1, t0 + 22 * kMs, t0 + 32 * kMs, 2);
        e += feed.taskFinished(0, 2, t0 + 30 * kMs, t0 + 40 * kMs, 4, 3 * kMs);
        e += feed.taskFinished(1, 3, t0 + 32 * kMs, t0 + 41 * kMs, 6);
        feed.flush();
        for (std::uint32_t i = 0; i < 4; ++i)
            e += feed.handedBack(i, t0 + 45 * kMs);
        return e;
    });
    QCOMPARE(r.status, RunStatus::Ok);
    QCOMPARE(r.tasksDone(), 4ULL);
    QCOMPARE(r.tasks[2].worker, std::int16_t{0});
    QCOMPARE(r.tasks[2].pid, 1000);
    QCOMPARE(r.tasks[2].startNs, 30 * kMs);
    QCOMPARE(r.tasks[2].endNs, 40 * kMs);
    QCOMPARE(r.tasks[2].gilWaitNs, 3 * kMs);
    QCOMPARE(r.tasks[3].result, 6ULL);
    for (const TaskRecord &t : r.tasks)
        QCOMPARE(t.handedBackNs, 45 * kMs);
    QCOMPARE(r.handOrder, (std::vector<std::uint32_t>{0, 1, 2, 3}));
    QCOMPARE(r.workers.size(), std::size_t{2});
    const auto &w1 = r.workers[0].id == 1 ? r.workers[0] : r.workers[1];
    QCOMPARE(w1.spawnNs, 1 * kMs);
    QCOMPARE(w1.readyNs, 21 * kMs);
    QCOMPARE(w1.tasksDone, 2ULL);
    QCOMPARE(w1.busyNs, 19 * kMs);
}

void TestTraceFeed::batchesArePublishedAtFlush_seenLiveBySnapshots()
{
    RunRecorder recorder(test::doublerWorkload(3), poolMap());
    TraceFeed feed(recorder, /*runtimeHandsBack=*/true);
    const std::int64_t t0 = recorder.epochNs();
    SnapshotCursor cursor;
    QCOMPARE(feed.workerStarted(0, 7, 7, t0), std::string());
    QCOMPARE(feed.taskStarted(0, 0, t0 + kMs), std::string());
    QCOMPARE(feed.taskFinished(0, 0, t0 + kMs, t0 + 2 * kMs, 0), std::string());
    QVERIFY(recorder.snapshot(cursor).newlyFinished.empty());   // not before the flush
    feed.flush();
    RunSnapshot s = recorder.snapshot(cursor);
    QCOMPARE(s.newlyFinished.size(), std::size_t{1});
    QCOMPARE(s.workers.size(), std::size_t{1});
    QVERIFY(s.newlyHandedBack.empty());   // the runtime's caller has not received it yet
    QCOMPARE(feed.handedBack(0, t0 + 3 * kMs), std::string());
    feed.flush();
    s = recorder.snapshot(cursor);
    QCOMPARE(s.newlyHandedBack, (std::vector<std::uint32_t>{0}));
}

void TestTraceFeed::malformedEvents_areNamedAndFailTheRun_data()
{
    QTest::addColumn<int>("event");
    QTest::addColumn<QString>("expected");
    QTest::addRow("unknown task") << 0 << QStringLiteral("task 9 does not exist (the workload has 3 tasks)");
    QTest::addRow("finished twice") << 1 << QStringLiteral("task 0 finished twice");
    QTest::addRow("end before start") << 2 << QStringLiteral("task 1 ended before it started");
    QTest::addRow("unknown worker") << 3 << QStringLiteral("task 1 ran on worker 5, which never started");
    QTest::addRow("handed back early") << 4 << QStringLiteral("task 2 was handed back before it finished");
    QTest::addRow("worker out of range") << 5 << QStringLiteral("worker 5000 is out of range (0..1023)");
}

void TestTraceFeed::malformedEvents_areNamedAndFailTheRun()
{
    QFETCH(int, event);
    QFETCH(QString, expected);
    const RunResult r = runScript(test::doublerWorkload(3), poolMap(), [event](TraceFeed &feed, std::int64_t t0) {
        std::string e = feed.workerStarted(0, 1, 1, t0);
        e += feed.taskFinished(0, 0, t0, t0 + kMs, 0);
        switch (event) {
        case 0: return e + feed.taskFinished(0, 9, t0, t0 + kMs, 18);
        case 1: return e + feed.taskFinished(0, 0, t0, t0 + kMs, 0);
        case 2: return e + feed.taskFinished(0, 1, t0 + 2 * kMs, t0 + kMs, 2);
        case 3: return e + feed.taskFinished(5, 1, t0, t0 + kMs, 2);
        case 4: return e + feed.handedBack(2, t0 + kMs);
        default: return e + feed.workerStarted(5000, 1, 1, t0);
        }
    });
    QCOMPARE(r.status, RunStatus::Failed);
    QCOMPARE(QString::fromStdString(r.error), QStringLiteral("the runtime sent a bad event: ") + expected);
    QCOMPARE(r.tasks[0].state, TaskState::Done);   // what finished before stays
    QCOMPARE(r.tasks[0].result, 0ULL);
}

void TestTraceFeed::failedTask_failsTheRunNamingItAndKeepsTheOthers()
{
    const RunResult r = runScript(test::doublerWorkload(3), poolMap(), [](TraceFeed &feed, std::int64_t t0) {
        std::string e = feed.workerStarted(0, 1, 1, t0);
        e += feed.taskFinished(0, 0, t0, t0 + kMs, 0);
        e += feed.taskFailed(0, 1, t0 + kMs, t0 + 2 * kMs, "ZeroDivisionError: division by zero");
        return e;
    });
    QCOMPARE(r.status, RunStatus::Failed);
    QCOMPARE(r.failedTask, std::int64_t{1});
    QCOMPARE(r.error, std::string("task 1 (input 1) failed: ZeroDivisionError: division by zero"));
    QCOMPARE(r.tasks[0].state, TaskState::Done);
    QCOMPARE(r.tasks[1].state, TaskState::Failed);
    QCOMPARE(r.tasks[2].state, TaskState::Pending);
    QCOMPARE(r.tasks[0].gilWaitNs, std::int64_t{0});    // measured: it waited none
    QCOMPARE(r.tasks[2].gilWaitNs, std::int64_t{-1});   // never ended: nothing measured
}

// The pool broke: the task another worker had started is kept as killed, from its start to
// the failure; a task never started stays pending; a finished one is left as it is.
void TestTraceFeed::killUnfinished_keepsStartedTasksAsKilled()
{
    const RunResult r = runScript(test::doublerWorkload(4), poolMap(), [](TraceFeed &feed, std::int64_t t0) {
        std::string e = feed.workerStarted(0, 1000, 1, t0);
        e += feed.workerStarted(1, 1001, 1, t0);
        e += feed.taskStarted(0, 0, t0 + kMs);
        e += feed.taskFinished(0, 0, t0 + kMs, t0 + 2 * kMs, 0);
        e += feed.taskStarted(1, 1, t0 + 2 * kMs);
        e += feed.taskStarted(0, 2, t0 + 3 * kMs);
        e += feed.taskFailed(0, 2, t0 + 3 * kMs, t0 + 4 * kMs, "the worker died");
        feed.stopUnfinished(t0 + 5 * kMs, TaskState::Killed);
        return e;
    });
    QCOMPARE(r.status, RunStatus::Failed);
    QCOMPARE(r.tasks[0].state, TaskState::Done);
    QCOMPARE(r.tasks[2].state, TaskState::Failed);
    QCOMPARE(r.tasks[3].state, TaskState::Pending);
    const TaskRecord &killed = r.tasks[1];
    QCOMPARE(killed.state, TaskState::Killed);
    QCOMPARE(killed.worker, std::int16_t{1});
    QCOMPARE(killed.pid, 1001);
    QCOMPARE(killed.startNs, 2 * kMs);
    QCOMPARE(killed.endNs, 5 * kMs);
    // Each worker was busy for every task it ran: the one it failed on and the one it was
    // killed on too (worker 0: 1 ms done + 1 ms failed; worker 1: 3 ms killed).
    const auto busy = [&r](int id) {
        for (const WorkerRecord &w : r.workers)
            if (w.id == id)
                return w.busyNs;
        return std::int64_t{-1};
    };
    QCOMPARE(busy(0), 2 * kMs);
    QCOMPARE(busy(1), 3 * kMs);
}

void TestTraceFeed::clockOffset_shiftsEveryTime()
{
    RunRecorder recorder(test::doublerWorkload(1), poolMap());
    TraceFeed feed(recorder, false, /*clockOffsetNs=*/-5 * kMs);   // the other clock runs 5 ms ahead
    const std::int64_t t0 = recorder.epochNs();
    QCOMPARE(feed.toRunNs(t0 + 10 * kMs), 5 * kMs);
    QCOMPARE(feed.workerStarted(0, 1, 1, t0 + 6 * kMs), std::string());
    QCOMPARE(feed.taskFinished(0, 0, t0 + 10 * kMs, t0 + 12 * kMs, 0), std::string());
    feed.flush();
    const RunResult r = recorder.result();
    QCOMPARE(r.tasks[0].startNs, 5 * kMs);
    QCOMPARE(r.tasks[0].endNs, 7 * kMs);
    QCOMPARE(r.workers.at(0).spawnNs, 1 * kMs);
}

QTEST_GUILESS_MAIN(TestTraceFeed)
#include "tst_tracefeed.moc"
