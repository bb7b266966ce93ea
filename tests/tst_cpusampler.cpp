// The real /proc/stat sampler: rate, shape of the samples, prompt stop, cost per sample.

#include "tests/timing.h"
#include "core/sample/cpusampler.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

#include <ctime>

using namespace corescope;
using namespace std::chrono_literals;

namespace {

std::int64_t steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Collects what a sampler delivers, from its thread.
struct Collector {
    std::mutex mutex;
    std::vector<CpuSample> samples;
    std::int64_t threadCpuNs = 0;   // CPU time of the sampler's thread at the last sample

    SampleSink sink()
    {
        return [this](CpuSample sample) {
            timespec ts{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
            const std::lock_guard lock(mutex);
            samples.push_back(std::move(sample));
            threadCpuNs = std::int64_t{ts.tv_sec} * 1'000'000'000 + ts.tv_nsec;
        };
    }
    std::size_t count()
    {
        const std::lock_guard lock(mutex);
        return samples.size();
    }
};

} // namespace

class TestCpuSampler : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void samplesAtTheRequestedRate();
    void stopIsPrompt_data();
    void stopIsPrompt();
    void nothingArrivesAfterStop();
    void destructorStopsAndJoins();
    void missingCountersFailToStart();
    void readsAStandInFile();
    void costPerSampleIsTiny();
    void factoryGivesASamplerOnLinux();
};

void TestCpuSampler::samplesAtTheRequestedRate()
{
    // 50 Hz: a period of 20 ms. What must hold whatever the load: never more samples than
    // periods (+1), the samples about one period apart on average, the first one covering a
    // period. A loaded machine may skip ticks, so the count is waited for, not assumed.
    constexpr std::int64_t kPeriodNs = 20'000'000;
    Collector collector;
    const std::int64_t origin = steadyNs();
    ProcStatSampler sampler(collector.sink(), [origin] { return steadyNs() - origin; }, 50);
    QVERIFY2(sampler.start(), sampler.error().c_str());
    QTRY_VERIFY_WITH_TIMEOUT(collector.count() >= 15, test::scaledMs(1000));
    sampler.stop();
    const std::int64_t elapsedNs = steadyNs() - origin;

    const auto &samples = collector.samples;
    const auto n = static_cast<std::int64_t>(samples.size());
    QVERIFY2(n <= elapsedNs / kPeriodNs + 1,
             qPrintable(QStringLiteral("%1 samples in %2 ms").arg(n).arg(elapsedNs / 1e6)));
    const auto cores = static_cast<std::size_t>(logicalCoreCount());
    std::int64_t previous = 0;
    for (const CpuSample &s : samples) {
        QCOMPARE(s.cores.size(), cores);
        for (const float v : s.cores)
            QVERIFY(v >= 0.0f && v <= 1.0f);
        QVERIFY(s.tNs > previous);     // stamped with the supplied clock, in order
        previous = s.tNs;
    }
    QVERIFY(samples.front().tNs >= 15'000'000);   // the first covers one period (20 ms)
    const double meanSpacingNs = double(samples.back().tNs - samples.front().tNs) / double(n - 1);
    QVERIFY2(meanSpacingNs >= 0.8 * kPeriodNs && meanSpacingNs <= 1.5 * kPeriodNs * test::timeFactor(),
             qPrintable(QString::number(meanSpacingNs / 1e6)));
}

void TestCpuSampler::stopIsPrompt_data()
{
    QTest::addColumn<int>("hz");
    QTest::addRow("1 Hz") << 1;
    QTest::addRow("20 Hz") << 20;
}

void TestCpuSampler::stopIsPrompt()
{
    QFETCH(int, hz);
    Collector collector;
    ProcStatSampler sampler(collector.sink(), steadyNs, hz);
    QVERIFY(sampler.start());
    std::this_thread::sleep_for(30ms);
    const auto before = std::chrono::steady_clock::now();
    sampler.stop();
    const auto took = std::chrono::steady_clock::now() - before;
    // Woken by the condition variable: far less than the 1 s period.
    QVERIFY2(took < test::scaled(50ms), qPrintable(QString::number(
                              std::chrono::duration<double, std::milli>(took).count())));
    sampler.stop();   // twice is fine
}

void TestCpuSampler::nothingArrivesAfterStop()
{
    Collector collector;
    ProcStatSampler sampler(collector.sink(), steadyNs, 200);
    QVERIFY(sampler.start());
    QTRY_VERIFY_WITH_TIMEOUT(collector.count() >= 3, test::scaledMs(1000));
    sampler.stop();
    const std::size_t atStop = collector.count();
    std::this_thread::sleep_for(30ms);
    QCOMPARE(collector.count(), atStop);

    // ... and it can start again.
    QVERIFY(sampler.start());
    QTRY_VERIFY_WITH_TIMEOUT(collector.count() > atStop, test::scaledMs(1000));
    sampler.stop();
}

void TestCpuSampler::destructorStopsAndJoins()
{
    Collector collector;
    const auto before = std::chrono::steady_clock::now();
    {
        ProcStatSampler sampler(collector.sink(), steadyNs, 1);
        QVERIFY(sampler.start());
        std::this_thread::sleep_for(10ms);
    }
    QVERIFY(std::chrono::steady_clock::now() - before < test::scaled(200ms));
}

void TestCpuSampler::missingCountersFailToStart()
{
    Collector collector;
    ProcStatSampler missing(collector.sink(), steadyNs, 20, "/nonexistent/stat");
    QVERIFY(!missing.start());
    QVERIFY(missing.error().find("/nonexistent/stat") != std::string::npos);

    ProcStatSampler garbage(collector.sink(), steadyNs, 20,
                            CORESCOPE_TEST_DATA "/procstat/garbage.txt");
    QVERIFY(!garbage.start());
    QVERIFY(!garbage.error().empty());
    QCOMPARE(collector.count(), std::size_t(0));
}

void TestCpuSampler::readsAStandInFile()
{
    // A file that never changes: every core idle the whole time, one slot per CPU number.
    Collector collector;
    ProcStatSampler sampler(collector.sink(), steadyNs, 100,
                            CORESCOPE_TEST_DATA "/procstat/hotplug-b.txt");
    QVERIFY(sampler.start());
    QTRY_VERIFY_WITH_TIMEOUT(collector.count() >= 2, test::scaledMs(1000));
    sampler.stop();
    for (const CpuSample &s : collector.samples)
        QCOMPARE(s.cores, (std::vector<float>{0.0f, 0.0f, 0.0f, 0.0f}));
}

void TestCpuSampler::costPerSampleIsTiny()
{
    // The budget is 0.3% of one core at 20 Hz: 150 us of CPU per sample. Sample fast to
    // measure, then compare the sampler thread's own CPU time per sample.
    Collector collector;
    ProcStatSampler sampler(collector.sink(), steadyNs, 500);
    QVERIFY(sampler.start());
    QTRY_VERIFY_WITH_TIMEOUT(collector.count() >= 200, test::scaledMs(2000));
    sampler.stop();
    const std::size_t n = collector.count();
    const double perSampleUs = double(collector.threadCpuNs) / double(n) / 1000.0;
    qInfo("sampler CPU time per sample: %.1f us (%.3f%% of a core at 20 Hz)", perSampleUs,
          perSampleUs * 20 / 1e4);
    QVERIFY2(perSampleUs < 150.0 * test::timeFactor(), qPrintable(QString::number(perSampleUs)));
}

void TestCpuSampler::factoryGivesASamplerOnLinux()
{
    Collector collector;
    auto sampler = makeCpuSampler(collector.sink(), steadyNs, 20);
    QVERIFY(sampler);
    QVERIFY(sampler->start());
    sampler->stop();
    QVERIFY(logicalCoreCount() >= 1);
}

QTEST_GUILESS_MAIN(TestCpuSampler)
#include "tst_cpusampler.moc"
