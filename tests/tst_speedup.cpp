// Speedup curves as the run history and a sweep compute them: wall-time statistics, speedups
// against the serial median, and runs grouped into curves in teaching order.
#include "core/analysis/speedup.h"

#include <QTest>

#include <cmath>

using namespace corescope;

namespace {

TimedRun run(Mode mode, int workers, double wall, bool gil = false)
{
    RunOptions o;
    o.mode = mode;
    o.workers = workers;
    o.gil = gil;
    return TimedRun::of(o, wall);
}

} // namespace

class TestSpeedup final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void wallStats_medianMinMaxMeanStddev()
    {
        const WallStats odd = wallStats({3.0, 1.0, 2.0});
        QCOMPARE(odd.median, 2.0);
        QCOMPARE(odd.min, 1.0);
        QCOMPARE(odd.max, 3.0);
        QCOMPARE(odd.mean, 2.0);
        QCOMPARE(odd.stddev, 1.0);
        QCOMPARE(wallStats({4.0, 1.0, 2.0, 3.0}).median, 2.5);
        QCOMPARE(wallStats({2.0}).stddev, 0.0);
        const WallStats none = wallStats({});
        QCOMPARE(none.median, 0.0);
        QCOMPARE(none.max, 0.0);
    }

    void speedupStats_againstTheBaseline()
    {
        const SpeedupStats s = speedupStats(4.0, wallStats({1.0, 2.0, 4.0}), 4);
        QCOMPARE(s.speedup, 2.0);   // 4 s / the 2 s median
        QCOMPARE(s.low, 1.0);       // against the slowest repeat
        QCOMPARE(s.high, 4.0);      // against the fastest
        QCOMPARE(s.efficiency, 0.5);
        QVERIFY(s.karpFlatt.has_value());
        QVERIFY(std::abs(*s.karpFlatt - 1.0 / 3.0) < 1e-12);
        const SpeedupStats none = speedupStats(4.0, WallStats{}, 2);
        QCOMPARE(none.speedup, 0.0);
        QVERIFY(!none.karpFlatt.has_value());
    }

    void timedRun_gilOnlyInThreadsAndSerialHasOneWorker()
    {
        const TimedRun serial = run(Mode::Serial, 8, 1.0, true);
        QCOMPARE(serial.workers, 1);
        QVERIFY(!serial.gil);
        QVERIFY(!run(Mode::Processes, 2, 1.0, true).gil);
        QVERIFY(run(Mode::Threads, 2, 1.0, true).gil);
    }

    void curves_inTeachingOrderWithMedianAndWhiskers()
    {
        const std::vector<TimedRun> runs{
            run(Mode::Processes, 2, 0.5),     run(Mode::Serial, 1, 1.0),
            run(Mode::Serial, 1, 3.0),        run(Mode::Threads, 4, 1.0),
            run(Mode::Threads, 2, 4.0, true), run(Mode::Threads, 2, 1.0),
            run(Mode::Threads, 2, 0.5),       run(Mode::Threads, 2, 2.0)};
        QCOMPARE(serialBaselineSeconds(runs), 2.0);
        const std::vector<SpeedupCurve> curves = speedupCurves(runs);
        QCOMPARE(curves.size(), std::size_t(4));
        QCOMPARE(curves[0].mode, Mode::Serial);
        QCOMPARE(curves[1].mode, Mode::Threads);
        QVERIFY(curves[1].gil);
        QCOMPARE(curves[2].mode, Mode::Threads);
        QVERIFY(!curves[2].gil);
        QCOMPARE(curves[3].mode, Mode::Processes);

        const SpeedupCurve &threads = curves[2];
        QCOMPARE(threads.points.size(), std::size_t(2));
        QCOMPARE(threads.points[0].workers, 2);   // sorted by workers
        QCOMPARE(threads.points[0].wall.median, 1.0);
        QCOMPARE(threads.points[0].speedup.speedup, 2.0);
        QCOMPARE(threads.points[0].speedup.low, 1.0);    // 2 s / the slowest, 2 s
        QCOMPARE(threads.points[0].speedup.high, 4.0);   // 2 s / the fastest, 0.5 s
        QCOMPARE(threads.points[1].workers, 4);
        QCOMPARE(threads.points[1].speedup.speedup, 2.0);
        QCOMPARE(curves[0].points[0].speedup.speedup, 1.0);
    }

    // Python's curves are measured against Python's serial loop, native ones against native
    // serial: one chart shows native threads near 2x and Python threads near 1x.
    void curves_eachRuntimeAgainstItsOwnSerial()
    {
        const auto python = [](Mode mode, int workers, double seconds) {
            RunOptions o;
            o.runtime = Runtime::Python;
            o.mode = mode;
            o.workers = workers;
            o.gil = true;   // not Python's: its threads have the real GIL
            return TimedRun::of(o, seconds);
        };
        const std::vector<TimedRun> runs{run(Mode::Serial, 1, 0.1), run(Mode::Threads, 2, 0.05),
                                         python(Mode::Serial, 1, 2.0), python(Mode::Threads, 2, 2.0),
                                         python(Mode::Processes, 2, 1.0)};
        QCOMPARE(serialBaselineSeconds(runs, Runtime::Python), 2.0);
        const std::vector<SpeedupCurve> curves = speedupCurves(runs);
        QCOMPARE(curves.size(), std::size_t(5));
        QCOMPARE(curves[1].points[0].speedup.speedup, 2.0);   // native threads
        QCOMPARE(curves[3].runtime, Runtime::Python);
        QCOMPARE(curves[3].mode, Mode::Threads);
        QVERIFY(!curves[3].gil);
        QCOMPARE(curves[3].points[0].speedup.speedup, 1.0);   // Python threads
        QCOMPARE(curves[4].points[0].speedup.speedup, 2.0);   // Python processes
        // Without Python's own serial run, Python's runs make no curve.
        const std::vector<TimedRun> noPythonSerial{run(Mode::Serial, 1, 0.1),
                                                   python(Mode::Threads, 2, 2.0)};
        QCOMPARE(speedupCurves(noPythonSerial).size(), std::size_t(1));
    }

    void curves_emptyWithoutSerialRun()
    {
        QVERIFY(speedupCurves({run(Mode::Threads, 2, 1.0)}).empty());
        QCOMPARE(serialBaselineSeconds({}), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestSpeedup)
#include "tst_speedup.moc"
