// The one duration formatter: units picked after rounding, three significant figures or the
// diagnosis' fixed decimals, "us" for the command line.
#include "core/util/duration.h"

#include <QTest>

using namespace corescope;

class TestDuration final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void significantFigures_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("text");
        QTest::addRow("zero") << 0.0 << QStringLiteral("0 s");
        QTest::addRow("minutes, whole seconds") << 123.4 << QStringLiteral("123 s");
        QTest::addRow("tens of seconds") << 12.34 << QStringLiteral("12.3 s");
        QTest::addRow("seconds keep zeros") << 1.5 << QStringLiteral("1.50 s");
        QTest::addRow("hundreds of ms") << 0.6 << QStringLiteral("600 ms");
        QTest::addRow("tens of ms") << 0.025 << QStringLiteral("25.0 ms");
        QTest::addRow("ms") << 0.0025 << QStringLiteral("2.50 ms");
        QTest::addRow("hundreds of us") << 250e-6 << QStringLiteral("250 µs");
        QTest::addRow("tens of us") << 40e-6 << QStringLiteral("40.0 µs");
        QTest::addRow("ns") << 850e-9 << QStringLiteral("850 ns");
        QTest::addRow("negative") << -1.5 << QStringLiteral("-1.50 s");
        // Rounding decides the unit and the decimals: never "1000 ms" or "10.00 s".
        QTest::addRow("rounds up to a second") << 0.9996 << QStringLiteral("1.00 s");
        QTest::addRow("rounds up to a ms") << 0.9996e-3 << QStringLiteral("1.00 ms");
        QTest::addRow("rounds up to a us") << 0.9996e-6 << QStringLiteral("1.00 µs");
        QTest::addRow("rounds up to ten") << 9.996 << QStringLiteral("10.0 s");
        QTest::addRow("rounds up to a hundred") << 99.96 << QStringLiteral("100 s");
    }
    void significantFigures()
    {
        QFETCH(double, seconds);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(formatDuration(seconds)), text);
    }

    void fixedDecimals_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("text");
        QTest::addRow("seconds, two decimals") << 1.2 << QStringLiteral("1.20 s");
        QTest::addRow("long run, two decimals") << 123.456 << QStringLiteral("123.46 s");
        QTest::addRow("ms, whole") << 0.035 << QStringLiteral("35 ms");
        QTest::addRow("us, one decimal") << 0.9996e-6 << QStringLiteral("1.0 µs");
        QTest::addRow("ns, whole") << 999e-9 << QStringLiteral("999 ns");
        QTest::addRow("rounds up to a second") << 0.9996 << QStringLiteral("1.00 s");
    }
    void fixedDecimals()
    {
        QFETCH(double, seconds);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(formatDuration(seconds, {.fixedDecimals = true})), text);
    }

    void asciiMicro_writesUs()
    {
        QCOMPARE(formatDuration(890e-6, {.asciiMicro = true}), std::string("890 us"));
        QCOMPARE(formatDuration(1e-6, {.fixedDecimals = true, .asciiMicro = true}),
                 std::string("1.0 us"));
        QCOMPARE(formatDuration(0.5, {.asciiMicro = true}), std::string("500 ms"));
    }

    void nanoseconds_sameAsSeconds()
    {
        QCOMPARE(formatDurationNs(1'500'000'000), formatDuration(1.5));
        QCOMPARE(formatDurationNs(35'000'000, {.fixedDecimals = true}), std::string("35 ms"));
        QCOMPARE(formatDurationNs(0), std::string("0 s"));
    }
};

QTEST_GUILESS_MAIN(TestDuration)
#include "tst_duration.moc"
