// The process pool's dispatch window (core/exec/pool/dispatchwindow.h) without processes: every
// task is handed out exactly once in chunks of at most chunksize, a dead worker's unfinished
// tasks come back first and in order, and with workers taking and finishing chunks in any
// order (and dying), every task is still reported exactly once.

#include "core/exec/pool/dispatchwindow.h"
#include "core/exec/pool/inflight.h"

#include <QTest>

#include <memory>
#include <random>
#include <vector>

using namespace corescope;
using pool::TaskRange;

class TestDispatchWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void take_handsOutEveryTaskExactlyOnce_data()
    {
        QTest::addColumn<quint64>("total");
        QTest::addColumn<quint64>("chunksize");
        QTest::addRow("1 task") << quint64{1} << quint64{1};
        QTest::addRow("10 by 1") << quint64{10} << quint64{1};
        QTest::addRow("10 by 3 (a short last chunk)") << quint64{10} << quint64{3};
        QTest::addRow("10 by 10") << quint64{10} << quint64{10};
        QTest::addRow("10 by 1000") << quint64{10} << quint64{1000};
        QTest::addRow("100000 by 7") << quint64{100000} << quint64{7};
    }
    void take_handsOutEveryTaskExactlyOnce()
    {
        QFETCH(quint64, total);
        QFETCH(quint64, chunksize);
        pool::DispatchWindow window(total, chunksize);
        QCOMPARE(window.chunkCount(), (total + chunksize - 1) / chunksize);
        std::vector<int> seen(total, 0);
        quint64 chunks = 0;
        std::uint64_t expectedFirst = 0;
        while (window.hasWork()) {
            const TaskRange r = window.take();
            QVERIFY(r.count >= 1);
            QVERIFY(r.count <= chunksize);
            QCOMPARE(std::uint64_t{r.first}, expectedFirst);     // in index order
            expectedFirst += r.count;
            for (std::uint32_t i = r.first; i < r.first + r.count; ++i)
                ++seen[i];
            ++chunks;
        }
        QCOMPARE(chunks, window.chunkCount());
        QVERIFY(std::all_of(seen.begin(), seen.end(), [](int n) { return n == 1; }));
        QVERIFY(!window.hasGivenBack());
    }

    void giveBack_comesFirst_inOrder_inChunksOfChunksize()
    {
        pool::DispatchWindow window(100, 4);
        QCOMPARE(window.take(), (TaskRange{0, 4}));
        QCOMPARE(window.take(), (TaskRange{4, 4}));
        QCOMPARE(window.take(), (TaskRange{8, 4}));
        // A worker died with tasks 5..7 and 8..11 unfinished; another with 1 left.
        const std::vector<TaskRange> first{{5, 3}, {8, 4}};
        window.giveBack(first);
        const std::vector<TaskRange> second{{3, 1}, {0, 0}};
        window.giveBack(second);                               // in front of the first's
        QVERIFY(window.hasGivenBack());
        QCOMPARE(window.take(), (TaskRange{3, 1}));
        QCOMPARE(window.take(), (TaskRange{5, 3}));
        QCOMPARE(window.take(), (TaskRange{8, 4}));
        QVERIFY(!window.hasGivenBack());
        QCOMPARE(window.take(), (TaskRange{12, 4}));           // then where it left off
    }

    void giveBack_largerThanAChunk_isSplit()
    {
        pool::DispatchWindow window(1000, 10);
        const std::vector<TaskRange> back{{100, 25}};
        window.giveBack(back);
        QCOMPARE(window.take(), (TaskRange{100, 10}));
        QCOMPARE(window.take(), (TaskRange{110, 10}));
        QCOMPARE(window.take(), (TaskRange{120, 5}));
        QCOMPARE(window.take(), (TaskRange{0, 10}));
    }

    void giveBack_afterTheLastChunk_isWorkAgain()
    {
        pool::DispatchWindow window(3, 5);
        QCOMPARE(window.take(), (TaskRange{0, 3}));
        QVERIFY(!window.hasWork());
        const std::vector<TaskRange> back{{1, 2}};
        window.giveBack(back);
        QVERIFY(window.hasWork());
        QCOMPARE(window.take(), (TaskRange{1, 2}));
        QVERIFY(!window.hasWork());
    }

    // Workers (InFlight lanes) take chunks when they have room, report in random order across
    // workers (each in the order it was sent), and die at random with tasks in flight: their
    // unfinished tasks are given back. Every task ends up reported exactly once.
    void anyOrderOfWorkersAndDeaths_reportsEveryTaskExactlyOnce_data()
    {
        QTest::addColumn<int>("seed");
        QTest::addColumn<quint64>("chunksize");
        for (int seed = 1; seed <= 6; ++seed)
            QTest::addRow("seed %d", seed) << seed << quint64(seed % 3 == 0 ? 1 : seed * 5);
    }
    void anyOrderOfWorkersAndDeaths_reportsEveryTaskExactlyOnce()
    {
        QFETCH(int, seed);
        QFETCH(quint64, chunksize);
        constexpr std::uint64_t kTotal = 5000;
        std::mt19937 rng(static_cast<unsigned>(seed));
        pool::DispatchWindow window(kTotal, chunksize);
        std::vector<std::unique_ptr<pool::InFlight>> workers;
        for (int i = 0; i < 4; ++i)
            workers.push_back(std::make_unique<pool::InFlight>());
        std::vector<int> reported(kTotal, 0);
        std::int64_t now = 0;
        int deaths = 0;
        std::uint64_t done = 0;
        for (int step = 0; done < kTotal && step < 10'000'000; ++step) {
            pool::InFlight &w = *workers[rng() % workers.size()];
            while (w.wantsMore() && window.hasWork()) {
                const TaskRange r = window.take();
                w.push(r, now);
            }
            if (w.empty())
                continue;
            if (rng() % 200 == 0) {                          // it dies; a new one takes its place
                window.giveBack(w.takeUnfinished());
                w = pool::InFlight();
                ++deaths;
                continue;
            }
            const auto task = static_cast<std::uint32_t>(w.current());
            now += 1000;
            w.report(now - 500, now);
            ++reported[task];
            ++done;
        }
        QCOMPARE(done, kTotal);
        QVERIFY(deaths > 0);
        QVERIFY(std::all_of(reported.begin(), reported.end(), [](int n) { return n == 1; }));
        QVERIFY(!window.hasWork());
        for (const auto &w : workers)
            QVERIFY(w->empty());
    }
};

QTEST_GUILESS_MAIN(TestDispatchWindow)
#include "tst_dispatchwindow.moc"
