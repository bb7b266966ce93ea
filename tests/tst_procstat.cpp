// The /proc/stat parser and the utilization arithmetic, on readings recorded as text files
// (tests/data/procstat/) with utilizations computed by hand.

#include "core/sample/procstat.h"

#include <QFile>
#include <QTest>

#include <cmath>
#include <string>
#include <vector>

using namespace corescope;

Q_DECLARE_METATYPE(std::vector<float>)

namespace {

std::string readData(const QString &name)
{
    QFile file(QStringLiteral(CORESCOPE_TEST_DATA "/procstat/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file.fileName()));
    return file.readAll().toStdString();
}

ProcStatReading parseData(const QString &name)
{
    const auto reading = parseProcStat(readData(name));
    if (!reading)
        qFatal("cannot parse %s", qPrintable(name));
    return *reading;
}

} // namespace

class TestProcStat : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesEveryCoreLine_data();
    void parsesEveryCoreLine();
    void keepsFieldsAndIgnoresGuest();
    void utilizationMatchesHandComputed_data();
    void utilizationMatchesHandComputed();
    void rejectsTextThatIsNotProcStat_data();
    void rejectsTextThatIsNotProcStat();
    void acceptsOldKernelsWithFourFields();
    void countersGoingBackwardsGiveNoWrapAround();
    void zeroDeltaIsZero();
    void parseReusesStorage();
};

void TestProcStat::parsesEveryCoreLine_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("cores");
    QTest::addColumn<int>("slots");
    QTest::addRow("2 cores") << QStringLiteral("2core-a.txt") << 2 << 2;
    QTest::addRow("64 cores") << QStringLiteral("64core-b.txt") << 64 << 64;
    QTest::addRow("hotplug gap (cpu1 offline)") << QStringLiteral("hotplug-b.txt") << 3 << 4;
}

void TestProcStat::parsesEveryCoreLine()
{
    QFETCH(QString, file);
    QFETCH(int, cores);
    QFETCH(int, slots);
    const ProcStatReading reading = parseData(file);
    QCOMPARE(static_cast<int>(reading.cores.size()), cores);
    QCOMPARE(reading.coreSlots(), slots);
    for (std::size_t i = 1; i < reading.cores.size(); ++i)
        QVERIFY(reading.cores[i - 1].cpu < reading.cores[i].cpu);
}

void TestProcStat::keepsFieldsAndIgnoresGuest()
{
    const ProcStatReading reading = parseData(QStringLiteral("2core-b.txt"));
    // cpu0 1938 0 2367 446212 21 0 107 0 10 0: guest (10) is already inside user.
    const CoreTimes expected{0, 1938, 0, 2367, 446212, 21, 0, 107, 0};
    QCOMPARE(reading.cores[0], expected);
}

void TestProcStat::utilizationMatchesHandComputed_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<std::vector<float>>("expected");

    // cpu0: busy user 30 + system 15 = 45 of 100 (idle 50 + iowait 5 count as idle);
    // cpu1: busy user 80 + system 6 + softirq 4 = 90 of 100.
    QTest::addRow("2 cores") << QStringLiteral("2core-a.txt") << QStringLiteral("2core-b.txt")
                             << std::vector<float>{0.45f, 0.90f};

    // Core i moved 64 jiffies, i of them busy (spread over user, nice, system, irq, softirq,
    // steal), the rest idle + iowait.
    std::vector<float> sixtyFour;
    for (int i = 0; i < 64; ++i)
        sixtyFour.push_back(static_cast<float>(i) / 64.0f);
    QTest::addRow("64 cores") << QStringLiteral("64core-a.txt") << QStringLiteral("64core-b.txt")
                              << sixtyFour;

    // cpu0 50/100; cpu1 went offline -> 0; cpu2 25/100; cpu3 came online, no baseline -> 0.
    QTest::addRow("hotplug") << QStringLiteral("hotplug-a.txt") << QStringLiteral("hotplug-b.txt")
                             << std::vector<float>{0.5f, 0.0f, 0.25f, 0.0f};
    QTest::addRow("hotplug, reversed")
        << QStringLiteral("hotplug-b.txt") << QStringLiteral("hotplug-a.txt")
        << std::vector<float>{0.0f, 0.0f, 0.0f, 0.0f};   // every counter went backwards
    QTest::addRow("same reading") << QStringLiteral("2core-a.txt") << QStringLiteral("2core-a.txt")
                                  << std::vector<float>{0.0f, 0.0f};
}

void TestProcStat::utilizationMatchesHandComputed()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(std::vector<float>, expected);
    const std::vector<float> got = coreUtilization(parseData(before), parseData(after));
    QCOMPARE(got.size(), expected.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
        QVERIFY2(std::abs(got[i] - expected[i]) < 1e-6f,
                 qPrintable(QStringLiteral("core %1: got %2, expected %3")
                                .arg(i)
                                .arg(double(got[i]))
                                .arg(double(expected[i]))));
        QVERIFY(got[i] >= 0.0f && got[i] <= 1.0f);
    }
}

void TestProcStat::rejectsTextThatIsNotProcStat_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addRow("empty") << QByteArray();
    QTest::addRow("meminfo and binary") << QByteArray::fromStdString(readData(
        QStringLiteral("garbage.txt")));
    QTest::addRow("truncated mid-line") << QByteArray::fromStdString(readData(
        QStringLiteral("truncated.txt")));
    QTest::addRow("only the total line") << QByteArray("cpu  1 2 3 4 5 6 7 8 0 0\nintr 1\n");
    QTest::addRow("letters in a number") << QByteArray("cpu0 1 2 3x 4\n");
    QTest::addRow("negative number") << QByteArray("cpu0 1 -2 3 4\n");
    QTest::addRow("repeated cpu") << QByteArray("cpu0 1 2 3 4\ncpu0 1 2 3 4\n");
    QTest::addRow("overflowing number")
        << QByteArray("cpu0 1 2 3 99999999999999999999999\n");
    QTest::addRow("absurd cpu number") << QByteArray("cpu4000000000 1 2 3 4\n");
    QTest::addRow("binary") << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0", 10);
}

void TestProcStat::rejectsTextThatIsNotProcStat()
{
    QFETCH(QByteArray, text);
    QVERIFY(!parseProcStat(std::string_view(text.constData(), std::size_t(text.size()))));
}

void TestProcStat::acceptsOldKernelsWithFourFields()
{
    const auto reading = parseProcStat("cpu  2 4 6 8\ncpu0 1 2 3 4\ncpu1 1 2 3 4\npage 5 6\n");
    QVERIFY(reading);
    QCOMPARE(reading->cores.size(), std::size_t(2));
    QCOMPARE(reading->cores[1].idle, std::uint64_t(4));
    QCOMPARE(reading->cores[1].iowait, std::uint64_t(0));
}

void TestProcStat::countersGoingBackwardsGiveNoWrapAround()
{
    // iowait can decrease on tickless kernels; the rest moved normally: busy 10 of 20.
    const auto a = parseProcStat("cpu0 100 0 100 1000 500 0 0 0\n");
    const auto b = parseProcStat("cpu0 110 0 100 1010 400 0 0 0\n");
    QVERIFY(a && b);
    const auto u = coreUtilization(*a, *b);
    QCOMPARE(u.size(), std::size_t(1));
    QCOMPARE(u[0], 0.5f);
}

void TestProcStat::zeroDeltaIsZero()
{
    const auto a = parseProcStat("cpu0 1 2 3 4 5 6 7 8\ncpu1 0 0 0 0\n");
    QVERIFY(a);
    const auto u = coreUtilization(*a, *a);
    QCOMPARE(u, (std::vector<float>{0.0f, 0.0f}));
}

void TestProcStat::parseReusesStorage()
{
    ProcStatReading reading;
    QVERIFY(parseProcStat(readData(QStringLiteral("64core-a.txt")), reading));
    const auto *storage = reading.cores.data();
    QVERIFY(parseProcStat(readData(QStringLiteral("64core-b.txt")), reading));
    QCOMPARE(reading.cores.data(), storage);   // no reallocation on the sampler's hot path
}

QTEST_GUILESS_MAIN(TestProcStat)
#include "tst_procstat.moc"
