// Sweeps: parsing of the lists, statistics and speedups from wall times, and a real sweep.
#include "core/engine/sweep.h"
#include "core/workload/catalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace corescope;
using namespace std::chrono_literals;

class TestSweep : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parseWorkerList_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("expected");
        QTest::addRow("range") << QStringLiteral("1-4") << QList<int>{1, 2, 3, 4};
        QTest::addRow("list") << QStringLiteral("1,2,4,8") << QList<int>{1, 2, 4, 8};
        QTest::addRow("mixed, unsorted, duplicates") << QStringLiteral("8, 1-3,2") << QList<int>{1, 2, 3, 8};
        QTest::addRow("zero") << QStringLiteral("0-4") << QList<int>{};
        QTest::addRow("backwards") << QStringLiteral("4-1") << QList<int>{};
        QTest::addRow("word") << QStringLiteral("two") << QList<int>{};
        QTest::addRow("too many") << QStringLiteral("1-5000") << QList<int>{};
        QTest::addRow("empty item") << QStringLiteral("1,,2") << QList<int>{};
    }
    void parseWorkerList()
    {
        QFETCH(QString, text);
        QFETCH(QList<int>, expected);
        std::string error;
        const auto parsed = SweepSpec::parseWorkerList(text.toStdString(), error);
        if (expected.isEmpty()) {
            QVERIFY(!parsed);
            QVERIFY(error.find("expected worker counts") != std::string::npos);
        } else {
            QVERIFY2(parsed, error.c_str());
            QCOMPARE(QList<int>(parsed->begin(), parsed->end()), expected);
        }
    }

    void parseModes()
    {
        std::string error;
        const auto modes = SweepSpec::parseModes("serial, threads,Threads+GIL,processes", error);
        QVERIFY(modes);
        QCOMPARE(modes->size(), std::size_t(4));
        QCOMPARE((*modes)[2].label(), std::string("threads + GIL"));
        QVERIFY(!SweepSpec::parseModes("threads,fibers", error));
        QVERIFY(error.find("\"fibers\"") != std::string::npos);
    }

    void recompute_statisticsAndSpeedups()
    {
        SweepResult r;
        SweepPoint serial;
        serial.series = {Mode::Serial, false};
        serial.wallSeconds = {4.0, 4.2, 3.8};
        SweepPoint two;
        two.series = {Mode::Processes, false};
        two.workers = 2;
        two.wallSeconds = {2.5, 2.0, 2.2, 2.3};
        SweepPoint four = two;
        four.workers = 4;
        four.wallSeconds = {1.25};
        r.points = {serial, two, four};
        r.recompute();
        QCOMPARE(r.baselineSeconds, 4.0);
        const SweepPoint &p = r.points[1];
        QVERIFY(std::abs(p.median - 2.25) < 1e-12);   // even count: mean of the middle two
        QCOMPARE(p.min, 2.0);
        QCOMPARE(p.max, 2.5);
        QVERIFY(std::abs(p.mean - 2.25) < 1e-12);
        QVERIFY(std::abs(p.stddev - std::sqrt((0.0625 + 0.0625 + 0.0025 + 0.0025) / 3)) < 1e-12);
        QVERIFY(std::abs(p.speedup - 4.0 / 2.25) < 1e-12);
        QVERIFY(std::abs(p.speedupLow - 4.0 / 2.5) < 1e-12);
        QVERIFY(std::abs(p.speedupHigh - 2.0) < 1e-12);
        QVERIFY(std::abs(p.efficiency - 4.0 / 2.25 / 2) < 1e-12);
        QVERIFY(p.karpFlatt.has_value());
        QCOMPARE(r.points[2].speedup, 3.2);
        QCOMPARE(r.fits.size(), std::size_t(1));
        QCOMPARE(r.fits[0].series.label(), std::string("processes"));
        QVERIFY(r.fits[0].fit.serialFraction > 0.0 && r.fits[0].fit.serialFraction < 0.2);
    }

    void realSweep_fillsEveryPointAndWritesReports()
    {
        auto loaded = resolveWorkload("doubler");
        SweepSpec spec;
        spec.workload = std::make_shared<const Workload>(std::get<Workload>(std::move(loaded)));
        spec.series = {{Mode::Threads, false}, {Mode::Processes, false}};
        spec.workerCounts = {1, 2, 3};
        spec.repeats = 2;
        spec.base.sampleHz = 0;
        QCOMPARE(spec.validate(), std::string());
        SweepRunner runner(spec);
        runner.start();
        QVERIFY(runner.waitFor(60s));
        const SweepResult r = runner.result();
        QCOMPARE(r.status, std::string("ok"));
        QCOMPARE(r.points.size(), std::size_t(1 + 2 * 3));
        for (const SweepPoint &p : r.points) {
            QCOMPARE(p.wallSeconds.size(), std::size_t(2));
            QVERIFY(p.median > 0);
            QVERIFY(p.speedup > 0);
        }
        QCOMPARE(runner.progress().runsDone, 1 + 7 * 2);

        const auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(sweepReportJson(r))).object();
        QCOMPARE(doc.value(QStringLiteral("format")).toString(), QStringLiteral("corescope-sweep"));
        const QJsonArray points = doc.value(QStringLiteral("points")).toArray();
        QCOMPARE(points.size(), 7);
        const QJsonObject last = points.last().toObject();
        QCOMPARE(last.value(QStringLiteral("mode")).toString(), QStringLiteral("processes"));
        QCOMPARE(last.value(QStringLiteral("workers")).toInt(), 3);
        for (const char *k : {"median_s", "min_s", "max_s", "mean_s", "stddev_s", "speedup", "efficiency", "karp_flatt"})
            QVERIFY2(last.contains(QLatin1String(k)), k);
        const QJsonArray fits = doc.value(QStringLiteral("amdahl")).toArray();
        QCOMPARE(fits.size(), 2);
        QVERIFY(fits.at(0).toObject().value(QStringLiteral("predicted_speedup")).toObject().contains(QStringLiteral("64")));

        const QList<QByteArray> csv = QByteArray::fromStdString(sweepCsv(r)).trimmed().split('\n');
        QCOMPARE(csv.size(), 8);
        QVERIFY(csv.first().startsWith("mode,workers,median_s,min_s,max_s,mean_s,stddev_s"));
        QVERIFY(csv.at(1).startsWith("serial,1,"));
    }

    void cancel_stopsTheSweepPromptly()
    {
        Workload w;
        w.name = "sleepy";
        w.kernel = KernelId::SleepMs;
        w.inputs = RepeatInputs{{300, 0}, 20};
        SweepSpec spec;
        spec.workload = std::make_shared<const Workload>(w);
        spec.series = {{Mode::Threads, false}};
        spec.workerCounts = {1, 2};
        spec.base.sampleHz = 0;
        SweepRunner runner(spec);
        runner.start();
        QTest::qWait(200);
        const auto t0 = std::chrono::steady_clock::now();
        runner.cancel();
        QVERIFY(runner.waitFor(2s));
        QVERIFY(std::chrono::steady_clock::now() - t0 < 500ms);
        QCOMPARE(runner.result().status, std::string("cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestSweep)
#include "tst_sweep.moc"
