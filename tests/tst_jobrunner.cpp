// JobRunner, the one background-job path of the window, the Sweep tab and the command line, and
// SnapshotQueue, the window's hand-out of run data in pieces of a bounded size.
#include "app/jobs/jobrunner.h"
#include "app/jobs/snapshotqueue.h"
#include "tests/childprocesses.h"
#include "tests/engineruns.h"
#include "tests/timing.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <set>

using namespace corescope;
using namespace corescope::jobs;

namespace {

std::shared_ptr<const Workload> sleepers(std::vector<std::uint64_t> ms)
{
    Workload w;
    w.name = "sleepers";
    w.kernel = KernelId::SleepMs;
    std::vector<TaskInput> inputs;
    for (const auto m : ms)
        inputs.push_back({m, 0});
    w.inputs = ExplicitInputs{std::move(inputs)};
    return std::make_shared<const Workload>(std::move(w));
}

RunOptions options(Mode mode, int workers)
{
    RunOptions o;
    o.mode = mode;
    o.workers = workers;
    o.sampleHz = 0;
    return o;
}

} // namespace

class TestJobRunner final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void run_streamsEveryTaskOnceThenItsResult_data();
    void run_streamsEveryTaskOnceThenItsResult();
    void badOptions_areRefusedAtStartWithTheReason();
    void replacedRun_neverSignalsAgain();
    void cancel_endsTheRunKeepingWhatFinished();
    void sweep_reportsProgressThenTheWholeSweep();
    void destroyedWhileRunning_leavesNoWorkerBehind();
    void snapshotQueue_handsOutBoundedPiecesInOrder();
};

void TestJobRunner::run_streamsEveryTaskOnceThenItsResult_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addRow("serial") << Mode::Serial;
    QTest::addRow("threads") << Mode::Threads;
    QTest::addRow("processes") << Mode::Processes;
}

void TestJobRunner::run_streamsEveryTaskOnceThenItsResult()
{
    QFETCH(Mode, mode);
    JobRunner runner;
    std::multiset<std::uint32_t> seen;
    std::uint64_t lastCount = 0;
    int progressed = 0;
    quint64 id = 0;
    connect(&runner, &JobRunner::runProgressed, this,
            [&](quint64 job, const std::shared_ptr<RunSnapshot> &s) {
                QCOMPARE(job, id);
                ++progressed;
                QVERIFY(s->tasksFinished >= lastCount);   // counters never go back
                lastCount = s->tasksFinished;
                for (const TaskRecord &t : s->newlyFinished)
                    seen.insert(t.index);
            });
    QSignalSpy finished(&runner, &JobRunner::runFinished);
    // 3 tasks of 150 ms on 1 worker: the run lasts ~450 ms, so progress arrives before the end.
    id = runner.startRun(sleepers({150, 150, 150}), options(mode, mode == Mode::Serial ? 1 : 2));
    QVERIFY(id != 0);
    QVERIFY(runner.isBusy());
    QCOMPARE(runner.currentJob(), id);
    QVERIFY(finished.wait(test::scaledMs(10000)));
    QVERIFY(!runner.isBusy());
    const QList<QVariant> end = finished.takeFirst();
    QCOMPARE(end.value(0).value<quint64>(), id);
    for (const TaskRecord &t : end.value(1).value<std::shared_ptr<RunSnapshot>>()->newlyFinished)
        seen.insert(t.index);
    const auto result = end.value(2).value<std::shared_ptr<const RunResult>>();
    QCOMPARE(result->status, RunStatus::Ok);
    QCOMPARE(result->tasksDone(), 3ULL);
    // Every task arrived exactly once, over the progress signals and the last snapshot.
    QCOMPARE(seen, (std::multiset<std::uint32_t>{0, 1, 2}));
    QVERIFY(progressed >= 1);
    QTest::qWait(100);
    QCOMPARE(finished.count(), 0);   // and the run ended once
}

void TestJobRunner::badOptions_areRefusedAtStartWithTheReason()
{
    JobRunner runner;
    QSignalSpy finished(&runner, &JobRunner::runFinished);
    RunOptions o = options(Mode::Threads, 10'000);
    std::string error;
    QCOMPARE(runner.startRun(sleepers({1}), o, &error), quint64{0});
    QCOMPARE(error, std::string("workers must be between 1 and 1024, got 10000"));
    QCOMPARE(runner.startRun(nullptr, options(Mode::Threads, 1), &error), quint64{0});
    QCOMPARE(error, std::string("no workload is loaded"));
    SweepSpec spec;   // no workload, no series
    QCOMPARE(runner.startSweep(spec, &error), quint64{0});
    QVERIFY(!error.empty());
    QVERIFY(!runner.isBusy());
    QTest::qWait(50);
    QCOMPARE(finished.count(), 0);
}

void TestJobRunner::replacedRun_neverSignalsAgain()
{
    JobRunner runner;
    QList<quint64> jobs;
    connect(&runner, &JobRunner::runProgressed, this,
            [&](quint64 job, const std::shared_ptr<RunSnapshot> &) { jobs << job; });
    QSignalSpy finished(&runner, &JobRunner::runFinished);
    const quint64 first = runner.startRun(sleepers({5000, 5000}), options(Mode::Threads, 2));
    QTest::qWait(100);   // it has started and may have signalled progress
    const quint64 second = runner.startRun(sleepers({10, 10}), options(Mode::Threads, 2));
    QVERIFY(second > first);
    jobs.clear();
    QVERIFY(finished.wait(test::scaledMs(10000)));
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().value(0).value<quint64>(), second);
    for (const quint64 job : std::as_const(jobs))
        QCOMPARE(job, second);
    const auto result = finished.first().value(2).value<std::shared_ptr<const RunResult>>();
    QCOMPARE(result->status, RunStatus::Ok);
    QCOMPARE(result->tasksDone(), 2ULL);
}

void TestJobRunner::cancel_endsTheRunKeepingWhatFinished()
{
    JobRunner runner;
    QSignalSpy finished(&runner, &JobRunner::runFinished);
    // Two quick tasks, then two far longer than the test.
    QVERIFY(runner.startRun(sleepers({1, 1, 60'000, 60'000}), options(Mode::Processes, 2)) != 0);
    QTest::qWait(300);
    QElapsedTimer t;
    t.start();
    runner.cancel();
    QVERIFY(finished.wait(test::scaledMs(5000)));
    qInfo("cancel to finished signal: %lld ms", static_cast<long long>(t.elapsed()));
    QVERIFY(t.elapsed() <= test::scaledMs(1000));
    const auto result = finished.first().value(2).value<std::shared_ptr<const RunResult>>();
    QCOMPARE(result->status, RunStatus::Cancelled);
    QCOMPARE(result->tasksDone(), 2ULL);
    QTRY_COMPARE_WITH_TIMEOUT(test::childProcessCount(), 0, test::scaledMs(2000));
}

void TestJobRunner::sweep_reportsProgressThenTheWholeSweep()
{
    JobRunner runner;
    QSignalSpy progressed(&runner, &JobRunner::sweepProgressed);
    QSignalSpy finished(&runner, &JobRunner::sweepFinished);
    SweepSpec spec;
    spec.workload = sleepers({40, 40, 40, 40});
    spec.series = {{Mode::Threads, false}};
    spec.workerCounts = {1, 2};
    spec.repeats = 1;
    spec.warmUp = false;
    spec.base.sampleHz = 0;
    std::string error;
    const quint64 id = runner.startSweep(spec, &error);
    QVERIFY2(id != 0, error.c_str());
    QVERIFY(finished.wait(test::scaledMs(20000)));
    QVERIFY(progressed.count() >= 1);   // the first run alone takes ~160 ms
    const auto progress = finished.first().value(1).value<SweepJob::Progress>();
    const auto sweep = finished.first().value(2).value<std::shared_ptr<const SweepResult>>();
    QCOMPARE(progress.runsTotal, 3);   // the serial baseline and 2 worker counts
    QCOMPARE(progress.runsDone, 3);
    QCOMPARE(sweep->status, std::string("ok"));
    QCOMPARE(sweep->points.size(), std::size_t{3});
    for (const SweepPoint &p : sweep->points)
        QCOMPARE(p.wallSeconds.size(), std::size_t{1});
    QVERIFY(!runner.isBusy());
}

void TestJobRunner::destroyedWhileRunning_leavesNoWorkerBehind()
{
    {
        JobRunner runner;
        QVERIFY(runner.startRun(sleepers({60'000, 60'000}), options(Mode::Processes, 2)) != 0);
        QTest::qWait(200);
    }
    QTRY_COMPARE_WITH_TIMEOUT(test::childProcessCount(), 0, test::scaledMs(2000));
}

void TestJobRunner::snapshotQueue_handsOutBoundedPiecesInOrder()
{
    // A real run's snapshots (one per signal), handed out 7 records at a time.
    JobRunner runner;
    SnapshotQueue queue;
    connect(&runner, &JobRunner::runProgressed, this,
            [&](quint64, std::shared_ptr<RunSnapshot> s) { queue.push(std::move(s)); });
    QSignalSpy finished(&runner, &JobRunner::runFinished);
    RunOptions o = options(Mode::Threads, 2);
    o.api = PyApi::PoolImap;
    QVERIFY(runner.startRun(test::doublerWorkload(1000), o) != 0);
    QVERIFY(finished.wait(test::scaledMs(10000)));
    queue.push(finished.first().value(1).value<std::shared_ptr<RunSnapshot>>());

    std::vector<bool> recorded(1000, false);
    std::size_t handed = 0;
    std::uint64_t lastFinished = 0;
    RunSnapshot piece;
    while (queue.take(piece, 7)) {
        QVERIFY(piece.newlyFinished.size() <= 7 && piece.newlyHandedBack.size() <= 7);
        QVERIFY(piece.newlyFinished.empty() || piece.newlyHandedBack.empty());
        for (const TaskRecord &t : piece.newlyFinished) {
            QVERIFY(!recorded[t.index]);
            recorded[t.index] = true;
            QCOMPARE(t.result, t.index * 2ULL);
        }
        for (const std::uint32_t index : piece.newlyHandedBack) {
            QVERIFY2(recorded[index], "handed back before its record arrived");
            QCOMPARE(index, std::uint32_t(handed));   // ordered stream: in task order
            ++handed;
        }
        QVERIFY(piece.tasksFinished >= lastFinished);
        lastFinished = piece.tasksFinished;
        QCOMPARE(piece.tasksTotal, 1000ULL);
    }
    QVERIFY(queue.isEmpty());
    QVERIFY(std::all_of(recorded.begin(), recorded.end(), [](bool r) { return r; }));
    QCOMPARE(handed, std::size_t{1000});
    QCOMPARE(lastFinished, 1000ULL);
}

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
