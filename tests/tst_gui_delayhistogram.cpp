// The event-loop probe's histogram: percentiles by nearest rank, to a bucket's width, bounded
// memory for delays beyond its range.

#include "app/gui/delayhistogram.h"

#include <QTest>

using namespace corescope::gui;

namespace {
constexpr std::int64_t kMs = 1'000'000;
}

class TestDelayHistogram final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void empty_readsZero();
    void percentile_isNearestRankToABucket();
    void percentile_neverExceedsTheWorst();
    void delayBeyondTheRange_readsAsTheWorst();
    void negativeDelay_countsAsZero();
    void clear_forgetsEverything();
};

void TestDelayHistogram::empty_readsZero()
{
    const DelayHistogram h;
    QCOMPARE(h.count(), 0);
    QCOMPARE(h.percentileNs(99.0), 0);
    QCOMPARE(h.maxNs(), 0);
}

void TestDelayHistogram::percentile_isNearestRankToABucket()
{
    DelayHistogram h;
    // 990 delays of 1.05 ms, 10 of 20.05 ms: the 990th is the last short one, the 991st long.
    for (int i = 0; i < 990; ++i)
        h.add(1 * kMs + 50'000);
    for (int i = 0; i < 10; ++i)
        h.add(20 * kMs + 50'000);
    QCOMPARE(h.count(), 1000);
    QCOMPARE(h.percentileNs(99.0), 1 * kMs + DelayHistogram::kBucketNs);
    QCOMPARE(h.percentileNs(99.1), 20 * kMs + 50'000);   // the worst caps its bucket's edge
    QCOMPARE(h.percentileNs(50.0), 1 * kMs + DelayHistogram::kBucketNs);
    QCOMPARE(h.percentileNs(100.0), 20 * kMs + 50'000);
    QCOMPARE(h.maxNs(), 20 * kMs + 50'000);
}

void TestDelayHistogram::percentile_neverExceedsTheWorst()
{
    DelayHistogram h;
    h.add(3 * kMs + 1);
    QCOMPARE(h.percentileNs(99.0), 3 * kMs + 1);
    QCOMPARE(h.percentileNs(0.0), 3 * kMs + 1);
}

void TestDelayHistogram::delayBeyondTheRange_readsAsTheWorst()
{
    DelayHistogram h;
    for (int i = 0; i < 98; ++i)
        h.add(2 * kMs);
    h.add(500 * kMs);
    h.add(900 * kMs);
    QCOMPARE(h.percentileNs(98.0), 2 * kMs + DelayHistogram::kBucketNs);
    QCOMPARE(h.percentileNs(99.0), 900 * kMs);   // only the worst is known beyond 200 ms
    QCOMPARE(h.maxNs(), 900 * kMs);
}

void TestDelayHistogram::negativeDelay_countsAsZero()
{
    DelayHistogram h;
    h.add(-5 * kMs);
    QCOMPARE(h.count(), 1);
    QCOMPARE(h.maxNs(), 0);
    QCOMPARE(h.percentileNs(99.0), 0);
}

void TestDelayHistogram::clear_forgetsEverything()
{
    DelayHistogram h;
    h.add(40 * kMs);
    h.clear();
    QCOMPARE(h.count(), 0);
    QCOMPARE(h.maxNs(), 0);
    h.add(1 * kMs);
    QCOMPARE(h.percentileNs(99.0), 1 * kMs);
}

QTEST_GUILESS_MAIN(TestDelayHistogram)
#include "tst_gui_delayhistogram.moc"
