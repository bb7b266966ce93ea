// One worker's tasks in flight (core/exec/pool/inflight.h) without processes: which task it is
// on, when that one started as far as the parent can tell, what a death leaves unfinished, and
// how its window follows the worker's task times (tiny tasks pipelined, long ones one at a time).

#include "core/exec/pool/inflight.h"

#include <QTest>

using namespace corescope;
using pool::InFlight;
using pool::TaskRange;

class TestInFlight : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void current_followsTheOrderSent_acrossUnits()
    {
        InFlight f;
        QVERIFY(f.empty());
        QCOMPARE(f.current(), std::int64_t{-1});
        QVERIFY(f.wantsMore());                              // the first window: one unit
        f.push(TaskRange{10, 2}, 100);
        QVERIFY(!f.wantsMore());
        f.push(TaskRange{40, 1}, 200);
        QCOMPARE(f.size(), std::size_t{2});
        QCOMPARE(f.current(), std::int64_t{10});
        f.report(1000, 2000);
        QCOMPARE(f.current(), std::int64_t{11});
        QCOMPARE(f.front().reported, 1u);
        f.report(2000, 3000);                                // the unit is done
        QCOMPARE(f.size(), std::size_t{1});
        QCOMPARE(f.current(), std::int64_t{40});
        QCOMPARE(f.front().sentNs, std::int64_t{200});
        f.report(3000, 4000);
        QVERIFY(f.empty());
        QCOMPARE(f.current(), std::int64_t{-1});
        QCOMPARE(f.lastEndNs(), std::int64_t{4000});
    }

    // The current task started when the previous one ended, or when its unit was sent, or when
    // the worker became ready, whichever is last.
    void currentStart_isTheLatestOfPreviousEndSentAndReady()
    {
        InFlight f;
        f.push(TaskRange{0, 3}, 500);
        QCOMPARE(f.currentStartNs(-1), std::int64_t{500});  // sent, not ready yet
        QCOMPARE(f.currentStartNs(800), std::int64_t{800}); // ready after it was sent
        f.report(900, 1200);
        QCOMPARE(f.currentStartNs(800), std::int64_t{1200}); // the previous task's end
    }

    void takeUnfinished_returnsTheRestInOrderAndEmpties()
    {
        InFlight f;
        f.push(TaskRange{0, 5}, 0);
        f.push(TaskRange{5, 5}, 0);
        f.push(TaskRange{20, 1}, 0);
        f.report(0, 1);
        f.report(1, 2);
        const std::vector<TaskRange> back = f.takeUnfinished();
        QCOMPARE(back.size(), std::size_t{3});
        QCOMPARE(back[0], (TaskRange{2, 3}));
        QCOMPARE(back[1], (TaskRange{5, 5}));
        QCOMPARE(back[2], (TaskRange{20, 1}));
        QVERIFY(f.empty());
        QVERIFY(f.takeUnfinished().empty());
    }

    void window_growsForTinyTasks_toItsCap()
    {
        InFlight f;
        QCOMPARE(f.window(), InFlight::kFirstWindow);
        // 1 us per unit: the window wants kQueuedWorkNs / 1 us = 500 units, capped at 256.
        std::int64_t t = 0;
        for (std::uint32_t u = 0; u < 20; ++u) {
            f.push(TaskRange{u, 1}, t);
            f.report(t, t + 1000);
            t += 1000;
        }
        QCOMPARE(f.window(), InFlight::kMaxWindow);
        QCOMPARE(f.avgTaskNs(), std::int64_t{1000});
        QCOMPARE(f.avgUnitNs(), std::int64_t{1000});
    }

    void window_shrinksToOneForLongTasks()
    {
        InFlight f;
        std::int64_t t = 0;
        for (std::uint32_t u = 0; u < 10; ++u) {           // tiny first: a big window
            f.push(TaskRange{u, 1}, t);
            f.report(t, t + 1000);
            t += 1000;
        }
        QVERIFY(f.window() > 100);
        for (std::uint32_t u = 10; u < 30; ++u) {          // then 2 ms a task
            f.push(TaskRange{u, 1}, t);
            f.report(t, t + 2'000'000);
            t += 2'000'000;
        }
        QCOMPARE(f.window(), std::size_t{1});
        QVERIFY(f.avgTaskNs() > 1'900'000);
    }

    // The window counts units (frames), and a unit's time is from its first task's start to
    // its last task's end: 100 tasks of 1 us make a 100 us unit, so 5 units fill 500 us.
    void window_countsUnits_fromTheirWholeTime()
    {
        InFlight f;
        f.push(TaskRange{0, 100}, 0);
        for (std::int64_t i = 0; i < 100; ++i)
            f.report(i * 1000, i * 1000 + 1000);
        QCOMPARE(f.avgUnitNs(), std::int64_t{100'000});
        QCOMPARE(f.avgTaskNs(), std::int64_t{1000});
        QCOMPARE(f.window(), std::size_t{5});
    }
};

QTEST_GUILESS_MAIN(TestInFlight)
#include "tst_inflight.moc"
