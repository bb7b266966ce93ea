// The process pool's fault policy (core/exec/pool/faultpolicy.h) from its inputs alone, no
// processes: fail or respawn on a death, "killed two workers", the task timeout's arithmetic,
// when a worker's end lost nothing, and the grace periods' scaling with the build.

#include "core/exec/pool/faultpolicy.h"

#include <QTest>

using namespace corescope;
using pool::FaultPolicy;
using Action = pool::FaultPolicy::Verdict::Action;
Q_DECLARE_METATYPE(Action)

class TestFaultPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void failPolicy_anyDeathFailsTheRun_withItsOwnMessage_data()
    {
        QTest::addColumn<qint64>("task");
        QTest::addRow("while running a task") << qint64{5};
        QTest::addRow("while idle") << qint64{-1};
    }
    void failPolicy_anyDeathFailsTheRun_withItsOwnMessage()
    {
        QFETCH(qint64, task);
        FaultPolicy policy(WorkerDeathPolicy::Fail, 0);
        const auto v = policy.onDeath(task, "task 5 (input 7)", "worker 0 (pid 9) died: x",
                                      "worker 0 (pid 9) died");
        QCOMPARE(v.action, Action::Fail);
        QCOMPARE(v.message, std::string("worker 0 (pid 9) died: x"));
        QCOMPARE(v.stopReason, std::string("worker 0 (pid 9) died"));
    }

    void respawn_idleDeath_losesNothing()
    {
        FaultPolicy policy(WorkerDeathPolicy::Respawn, 0);
        QCOMPARE(policy.onDeath(-1, {}, "m", "r").action, Action::Continue);
        QCOMPARE(policy.onDeath(-1, {}, "m", "r").action, Action::Continue);
    }

    void respawn_aTasksSecondDeath_failsNamingBoth()
    {
        FaultPolicy policy(WorkerDeathPolicy::Respawn, 0);
        QCOMPARE(policy.onDeath(5, "task 5 (input 7)", "worker 0 (pid 10) died: killed by signal 11 (SIGSEGV)",
                                "worker 0 (pid 10) died")
                     .action,
                 Action::Retry);
        // Another task's first death is retried too.
        QCOMPARE(policy.onDeath(6, "task 6 (input 8)", "worker 1 (pid 11) died", "r").action,
                 Action::Retry);
        const auto v = policy.onDeath(5, "task 5 (input 7)",
                                      "worker 2 (pid 12) died: killed by signal 11 (SIGSEGV)",
                                      "worker 2 (pid 12) died");
        QCOMPARE(v.action, Action::Fail);
        QCOMPARE(v.message,
                 std::string("task 5 (input 7) killed two workers: worker 0 (pid 10) died: killed by "
                             "signal 11 (SIGSEGV); then worker 2 (pid 12) died: killed by signal 11 "
                             "(SIGSEGV)"));
        QCOMPARE(v.stopReason, std::string("task 5 (input 7) killed two workers"));
    }

    void timeout_arithmetic()
    {
        const FaultPolicy off(WorkerDeathPolicy::Fail, 0);
        QVERIFY(!off.hasTimeout());
        const FaultPolicy policy(WorkerDeathPolicy::Fail, 250);
        QVERIFY(policy.hasTimeout());
        QCOMPARE(policy.timedOutText(), std::string("timed out after 250 ms"));
        QCOMPARE(policy.timeLeftNs(1'000'000, 1'000'000), std::int64_t{250'000'000});
        QCOMPARE(policy.timeLeftNs(1'000'000, 251'000'000), std::int64_t{0});   // overdue at 0
        QVERIFY(policy.timeLeftNs(0, 300'000'000) < 0);
    }

    // poll() never wakes before a deadline: waits round up to whole milliseconds.
    void pollMs_roundsUp()
    {
        QCOMPARE(FaultPolicy::pollMs(1), 1);
        QCOMPARE(FaultPolicy::pollMs(1'000'000), 1);
        QCOMPARE(FaultPolicy::pollMs(1'000'001), 2);
        QCOMPARE(FaultPolicy::pollMs(0), 0);
    }

    void shutdownGrace_countsDownFromShutdown_scaledByTheBuild()
    {
        QCOMPARE(pool::kShutdownGraceMs, 500 * kSanitizerSlowdown);
        QCOMPARE(pool::kExitWaitMs, 300 * kSanitizerSlowdown);
        QCOMPARE(FaultPolicy::shutdownGraceLeftMs(0, 0), std::int64_t{pool::kShutdownGraceMs});
        QCOMPARE(FaultPolicy::shutdownGraceLeftMs(1'000'000'000, 1'100'000'000),
                 std::int64_t{pool::kShutdownGraceMs - 100});
        QVERIFY(FaultPolicy::shutdownGraceLeftMs(0, std::int64_t{pool::kShutdownGraceMs} * 1'000'000) <= 0);
    }

    void endedCleanly_data()
    {
        QTest::addColumn<bool>("outstanding");
        QTest::addColumn<bool>("shutdownSent");
        QTest::addColumn<bool>("runFinished");
        QTest::addColumn<bool>("timedOut");
        QTest::addColumn<bool>("clean");
        QTest::addRow("told to go, nothing left") << false << true << false << false << true;
        QTest::addRow("run complete") << false << false << true << false << true;
        QTest::addRow("timed out after its last result") << false << false << false << true << true;
        QTest::addRow("idle, not told to go") << false << false << false << false << false;
        QTest::addRow("tasks outstanding, told to go") << true << true << false << false << false;
        QTest::addRow("tasks outstanding, timed out") << true << false << false << true << false;
        QTest::addRow("tasks outstanding, run complete") << true << false << true << false << false;
    }
    void endedCleanly()
    {
        QFETCH(bool, outstanding);
        QFETCH(bool, shutdownSent);
        QFETCH(bool, runFinished);
        QFETCH(bool, timedOut);
        QFETCH(bool, clean);
        QCOMPARE(FaultPolicy::endedCleanly(outstanding, shutdownSent, runFinished, timedOut), clean);
    }

    void mayStartWorker_stopsAtTheLastId()
    {
        QVERIFY(FaultPolicy::mayStartWorker(0));
        QVERIFY(FaultPolicy::mayStartWorker(pool::kMaxWorkerId - 1));
        QVERIFY(!FaultPolicy::mayStartWorker(pool::kMaxWorkerId));
    }
};

QTEST_GUILESS_MAIN(TestFaultPolicy)
#include "tst_faultpolicy.moc"
