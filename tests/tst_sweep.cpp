// Sweeps: parsing of the lists, statistics and speedups from wall times, and a real sweep.
#include "tests/engineruns.h"
#include "tests/timing.h"
#include "core/engine/sweep.h"
#include "core/exec/python/findpython.h"
#include "core/io/csvwriter.h"
#include "core/io/sweepreport.h"
#include "core/workload/catalog.h"
#include "core/workload/workloadparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
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
        QCOMPARE((*modes)[2].label(), std::string("native threads + emulated GIL"));
        QCOMPARE((*modes)[2].id(), std::string("threads + GIL"));   // as files spell it
        QVERIFY(!SweepSpec::parseModes("threads,fibers", error));
        QVERIFY(error.find("\"fibers\"") != std::string::npos);
    }

    void parseModes_runtimes()
    {
        std::string error;
        const auto modes =
            SweepSpec::parseModes("py:threads,native:threads,python:processes,serial", error);
        QVERIFY2(modes, error.c_str());
        QCOMPARE(modes->size(), std::size_t(4));
        QCOMPARE((*modes)[0].label(), std::string("Python threads"));
        QCOMPARE((*modes)[1].label(), std::string("native threads"));
        QCOMPARE((*modes)[1].id(), std::string("threads"));
        QCOMPARE((*modes)[2].label(), std::string("Python processes"));
        QCOMPARE((*modes)[3].runtime, Runtime::Native);
        // Unprefixed modes take the runtime given (--runtime python).
        const auto python = SweepSpec::parseModes("threads,native:processes", error, Runtime::Python);
        QVERIFY2(python, error.c_str());
        QCOMPARE((*python)[0].runtime, Runtime::Python);
        QCOMPARE((*python)[1].runtime, Runtime::Native);
        QVERIFY(!SweepSpec::parseModes("py:threads+gil", error));
        QVERIFY2(error.find("real one") != std::string::npos, error.c_str());
    }

    // Both runtimes in one sweep: each is measured against its own serial baseline, and the
    // report keeps which runtime each point ran on.
    void realSweep_eachRuntimeAgainstItsOwnSerial()
    {
        auto loaded = parseWorkload(R"({"name": "waits", "kernel": "sleep_ms",
            "inputs": [60, 60, 60, 60]})", "waits.json");
        SweepSpec spec;
        spec.workload = std::make_shared<const Workload>(std::get<Workload>(std::move(loaded)));
        std::string error;
        spec.series = *SweepSpec::parseModes("native:threads,py:threads", error);
        spec.workerCounts = {2};
        spec.repeats = 1;
        spec.warmUp = false;
        spec.base.sampleHz = 0;
        QCOMPARE(spec.validate(), std::string());
        test::InBackground<SweepJob> runner(spec);
        QVERIFY(runner.waitFor(test::scaled(60s)));
        const SweepResult r = runner.job().result();
        QVERIFY2(r.status == "ok", r.error.c_str());
        QCOMPARE(r.points.size(), std::size_t(4));   // two serial baselines, two series
        const SweepPoint *native = r.baseline(Runtime::Native);
        const SweepPoint *python = r.baseline(Runtime::Python);
        QVERIFY(native && python && native != python);
        for (const SweepPoint &p : r.points) {
            const SweepPoint *own = r.baseline(p.series.runtime);
            QCOMPARE(p.speedup, own->median / p.median);
            if (p.series.mode == Mode::Threads)   // two threads wait at once, GIL or not
                QVERIFY2(p.speedup > 1.4, qPrintable(QString::number(p.speedup)));
        }
        // Which Python measured: the interpreter's own version, kept by the report.
        QCOMPARE(r.pythonVersion, probePython({}).version);
        QVERIFY(!r.pythonInterpreter.empty());
        const auto read = readSweepReportData(sweepReportJson(r), "s.json");
        const auto *back = std::get_if<SweepResult>(&read);
        QVERIFY(back);
        QCOMPARE(back->points.size(), r.points.size());
        for (std::size_t i = 0; i < r.points.size(); ++i)
            QCOMPARE(back->points[i].series, r.points[i].series);
        QCOMPARE(back->pythonVersion, r.pythonVersion);
        QCOMPARE(back->pythonInterpreter, r.pythonInterpreter);
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
        QCOMPARE(r.fits[0].series.label(), std::string("native processes"));
        QVERIFY(r.fits[0].fit.serialFraction > 0.0 && r.fits[0].fit.serialFraction < 0.2);
    }

    void recompute_fitsAmdahlWithinTheCores()
    {
        SweepResult r;
        SweepPoint serial;
        serial.series = {Mode::Serial, false};
        serial.wallSeconds = {4.0};
        r.points.push_back(serial);
        // Perfect scaling up to the 2 cores, then flat: the machine ran out of cores.
        for (auto [workers, seconds] : {std::pair{1, 4.0}, {2, 2.0}, {3, 2.0}, {4, 2.0}}) {
            SweepPoint p;
            p.series = {Mode::Threads, false};
            p.workers = workers;
            p.wallSeconds = {seconds};
            r.points.push_back(p);
        }
        r.machine.logicalCores = 2;
        r.recompute();
        QCOMPARE(r.fits.size(), std::size_t(1));
        QVERIFY(r.fits[0].fit.serialFraction < 1e-9);          // the workload scales
        QCOMPARE(r.fits[0].fit.points, 1);
        QVERIFY(std::abs(r.fits[0].fit.predict(64) - 64.0) < 1e-6);
        r.machine.logicalCores = 0;                            // unknown machine: every point
        r.recompute();
        QCOMPARE(r.fits[0].fit.points, 3);
        QVERIFY(r.fits[0].fit.serialFraction > 0.2);
        r.machine.logicalCores = 1;                            // nothing informative within
        r.recompute();
        QCOMPARE(r.fits[0].fit.points, 3);
    }

    // Runs under 200 ms are flagged per point (JSON, CSV); each fit says how sure it is.
    void shortRunsAndFitQuality_inTheReportAndCsv()
    {
        SweepResult r;
        r.machine.logicalCores = 8;
        r.spec.series = {{Mode::Threads, false}, {Mode::Processes, false}};
        r.spec.workerCounts = {2, 4, 8};
        SweepPoint serial;
        serial.series = {Mode::Serial, false};
        serial.wallSeconds = {0.8, 0.82, 0.79};
        r.points.push_back(serial);
        // Threads: 2, 4, 8 workers, the last under 200 ms. Processes: one point only.
        for (auto [workers, seconds] : {std::pair{2, 0.43}, {4, 0.25}, {8, 0.15}}) {
            SweepPoint p;
            p.series = {Mode::Threads, false};
            p.workers = workers;
            p.wallSeconds = {seconds};
            r.points.push_back(p);
        }
        SweepPoint proc;
        proc.series = {Mode::Processes, false};
        proc.workers = 2;
        proc.wallSeconds = {0.5};
        r.points.push_back(proc);
        r.recompute();
        QCOMPARE(r.shortRuns(), 1);
        QVERIFY(!r.points[0].shortRun());
        QVERIFY(r.points[3].shortRun());
        QVERIFY(!SweepPoint{}.shortRun());   // nothing measured is not a short run

        const auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(sweepReportJson(r))).object();
        QVERIFY(doc.value(QStringLiteral("warnings")).toArray() == QJsonArray{QStringLiteral("short_runs")});
        QCOMPARE(doc.value(QStringLiteral("short_run_s")).toDouble(), 0.2);
        const QJsonArray points = doc.value(QStringLiteral("points")).toArray();
        QVERIFY(points.at(2).toObject().value(QStringLiteral("short_run")) == QJsonValue(false));
        QVERIFY(points.at(3).toObject().value(QStringLiteral("short_run")) == QJsonValue(true));
        const QJsonArray fits = doc.value(QStringLiteral("amdahl")).toArray();
        QCOMPARE(fits.size(), 2);
        const QJsonObject threads = fits.at(0).toObject();
        QCOMPARE(threads.value(QStringLiteral("points")).toInt(), 3);
        QVERIFY(threads.value(QStringLiteral("warnings")).toArray() == QJsonArray{});
        QCOMPARE(threads.value(QStringLiteral("confidence")).toDouble(), 0.95);
        QVERIFY(threads.value(QStringLiteral("relative_error")).isDouble());
        const QJsonArray fRange = threads.value(QStringLiteral("serial_fraction_interval")).toArray();
        QCOMPARE(fRange.size(), 2);
        const double f = threads.value(QStringLiteral("serial_fraction")).toDouble();
        QVERIFY(fRange.at(0).toDouble() <= f && f <= fRange.at(1).toDouble());
        const QJsonArray at64 = threads.value(QStringLiteral("predicted_speedup_interval"))
                                    .toObject().value(QStringLiteral("64")).toArray();
        QCOMPARE(at64.size(), 2);
        const double predicted64 = threads.value(QStringLiteral("predicted_speedup"))
                                       .toObject().value(QStringLiteral("64")).toDouble();
        QVERIFY(at64.at(0).toDouble() <= predicted64 && predicted64 <= at64.at(1).toDouble());
        // One point: flagged, and no interval to print a prediction with.
        const QJsonObject processes = fits.at(1).toObject();
        QVERIFY(processes.value(QStringLiteral("warnings")).toArray()
                == QJsonArray{QStringLiteral("too_few_points")});
        QVERIFY(processes.value(QStringLiteral("serial_fraction_interval")).isNull());
        QVERIFY(processes.value(QStringLiteral("predicted_speedup_interval")).toObject()
                    .value(QStringLiteral("8")).isNull());
        QVERIFY(processes.value(QStringLiteral("predicted_speedup")).toObject()
                    .value(QStringLiteral("8")).isNull());

        // The CSV keeps its columns and adds short_run last.
        const QList<QByteArray> csv = QByteArray::fromStdString(sweepCsv(r)).trimmed().split('\n');
        QCOMPARE(csv.first().trimmed(), QByteArray("mode,workers,median_s,min_s,max_s,mean_s,"
                                                   "stddev_s,speedup,efficiency,karp_flatt,runs,"
                                                   "short_run"));
        QVERIFY(csv.at(1).trimmed().endsWith(",3,false"));   // serial: 3 runs
        QVERIFY(csv.at(4).startsWith("threads,8,"));
        QVERIFY(csv.at(4).trimmed().endsWith(",1,true"));

        // Read back, the fit's quality is the one written.
        const auto back = readSweepReportData(sweepReportJson(r), "r.json");
        if (const auto *error = std::get_if<std::string>(&back))
            QFAIL(error->c_str());
        QCOMPARE(std::get<SweepResult>(back).fits[0].fit.relativeError, r.fits[0].fit.relativeError);
        QCOMPARE(sweepReportJson(std::get<SweepResult>(back)), sweepReportJson(r));
    }

    // A sweep adds a native serial baseline of its own: a kernel that kills its process would
    // run in Corescope itself there, whatever modes were asked for (it once took it down).
    void killingKernel_refusedWhateverTheModes_data()
    {
        QTest::addColumn<QString>("modes");
        QTest::addRow("native processes") << QStringLiteral("processes");
        QTest::addRow("python processes") << QStringLiteral("py:processes");
        QTest::addRow("both") << QStringLiteral("native:processes,py:threads");
    }

    void killingKernel_refusedWhateverTheModes()
    {
        QFETCH(QString, modes);
        auto loaded = resolveWorkload("broken-pool");
        SweepSpec spec;
        spec.workload = std::make_shared<const Workload>(std::get<Workload>(std::move(loaded)));
        QVERIFY(spec.workload->kernelInfo().killsProcess);
        std::string error;
        spec.series = *SweepSpec::parseModes(modes.toStdString(), error);
        spec.workerCounts = {2};
        const std::string why = spec.validate();
        QVERIFY2(why.find("kills the process that runs it") != std::string::npos, why.c_str());
        QVERIFY2(why.find("every run of a sweep would fail") != std::string::npos, why.c_str());
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
        test::InBackground<SweepJob> runner(spec);
        QVERIFY(runner.waitFor(test::scaled(60s)));
        const SweepResult r = runner.job().result();
        QCOMPARE(r.status, std::string("ok"));
        QCOMPARE(r.points.size(), std::size_t(1 + 2 * 3));
        for (const SweepPoint &p : r.points) {
            QCOMPARE(p.wallSeconds.size(), std::size_t(2));
            QVERIFY(p.median > 0);
            QVERIFY(p.speedup > 0);
        }
        QCOMPARE(runner.job().progress().runsDone, 1 + 7 * 2);

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

    void readSweepReport_roundTripsPointsAndFits()
    {
        Workload w;
        w.name = "round \"trip\"";
        w.sourcePath = "/tmp/round trip.json";
        w.kernel = KernelId::SumLoop;
        w.inputs = RangeInputs{1, 41, 1};
        SweepResult r;
        r.workload = std::make_shared<const Workload>(w);
        r.spec.series = {{Mode::Threads, false}, {Mode::Threads, true}, {Mode::Processes, false}};
        r.spec.workerCounts = {1, 2, 4, 8};
        r.spec.repeats = 3;
        r.spec.warmUp = false;
        r.spec.base.chunksize = 4;
        r.spec.base.api = PyApi::PoolImapUnordered;
        r.spec.base.switchIntervalMs = 2.5;
        r.machine = {64, "Big Server CPU", "Debian 12", "Linux 6.1", "server-1"};
        r.startedAt = "2026-11-30T10:00:00+0100";
        r.status = "cancelled";
        SweepPoint serial;
        serial.series = {Mode::Serial, false};
        serial.wallSeconds = {0.1 + 0.2, 0.31, 0.29};   // not representable in short decimals
        r.points.push_back(serial);
        for (const SweepSeries &s : r.spec.series) {
            for (int workers : r.spec.workerCounts) {
                SweepPoint p;
                p.series = s;
                p.workers = workers;
                for (int k = 0; k < 3; ++k)
                    p.wallSeconds.push_back(0.3 / (s.gil ? 1.0 : 0.9 * workers) + 0.001 * k / 7.0);
                r.points.push_back(p);
            }
        }
        r.points.back().wallSeconds.clear();   // cancelled before the last point
        r.points.back().error = "worker 3 died";
        r.recompute();
        QCOMPARE(r.fits.size(), std::size_t(3));

        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("sweep.json")).toStdString();
        QCOMPARE(writeSweepReportFile(r, path), std::string());
        auto read = readSweepReport(path);
        if (const auto *error = std::get_if<std::string>(&read))
            QFAIL(error->c_str());
        const SweepResult &back = std::get<SweepResult>(read);
        QCOMPARE(back.points.size(), r.points.size());
        for (std::size_t i = 0; i < r.points.size(); ++i) {
            const SweepPoint &a = r.points[i];
            const SweepPoint &b = back.points[i];
            QVERIFY(a.series == b.series);
            QCOMPARE(b.workers, a.workers);
            QCOMPARE(b.wallSeconds, a.wallSeconds);   // exact: shortest round-trip text
            QCOMPARE(b.median, a.median);
            QCOMPARE(b.min, a.min);
            QCOMPARE(b.max, a.max);
            QCOMPARE(b.mean, a.mean);
            QCOMPARE(b.stddev, a.stddev);
            QCOMPARE(b.speedup, a.speedup);
            QCOMPARE(b.speedupLow, a.speedupLow);
            QCOMPARE(b.speedupHigh, a.speedupHigh);
            QCOMPARE(b.efficiency, a.efficiency);
            QCOMPARE(b.karpFlatt.has_value(), a.karpFlatt.has_value());
            if (a.karpFlatt)
                QCOMPARE(*b.karpFlatt, *a.karpFlatt);
            QCOMPARE(b.error, a.error);
        }
        QCOMPARE(back.fits.size(), r.fits.size());
        for (std::size_t i = 0; i < r.fits.size(); ++i) {
            QVERIFY(back.fits[i].series == r.fits[i].series);
            QCOMPARE(back.fits[i].fit.serialFraction, r.fits[i].fit.serialFraction);
            QCOMPARE(back.fits[i].fit.standardError, r.fits[i].fit.standardError);
            QCOMPARE(back.fits[i].fit.points, r.fits[i].fit.points);
            QCOMPARE(back.fits[i].fit.predict(64), r.fits[i].fit.predict(64));
        }
        QCOMPARE(back.baselineSeconds, r.baselineSeconds);
        QVERIFY(back.spec.series == r.spec.series);
        QCOMPARE(back.spec.workerCounts, r.spec.workerCounts);
        QCOMPARE(back.spec.repeats, 3);
        QCOMPARE(back.spec.warmUp, false);
        QCOMPARE(back.spec.base.chunksize, 4);
        QVERIFY(back.spec.base.ordering() == Ordering::AsCompleted);
        QCOMPARE(back.spec.base.switchIntervalMs, 2.5);
        QCOMPARE(back.machine.hostname, std::string("server-1"));
        QCOMPARE(back.machine.logicalCores, 64);
        QCOMPARE(back.machine.cpuModel, std::string("Big Server CPU"));
        QCOMPARE(back.startedAt, r.startedAt);
        QCOMPARE(back.status, std::string("cancelled"));
        QVERIFY(back.workload);
        QCOMPARE(back.workload->name, w.name);
        QCOMPARE(back.workload->taskCount(), std::uint64_t(40));
        QVERIFY(back.workload->kernel == KernelId::SumLoop);
        // Everything that was written comes back: writing it again gives the same bytes.
        QCOMPARE(sweepReportJson(back), sweepReportJson(r));
        // And the statistics read back are the ones the wall times give.
        SweepResult again = back;
        again.recompute();
        QCOMPARE(sweepReportJson(again), sweepReportJson(r));

        // A sweep report written before the API was the one choice says "ordering" instead:
        // it opens, naming the Pool API with that order.
        std::string older = sweepReportJson(r);
        const std::string api = "\"api\":\"pool.imap_unordered\"";
        QVERIFY(older.find(api) != std::string::npos);
        QVERIFY(older.find("\"ordering\"") == std::string::npos);
        older.replace(older.find(api), api.size(), "\"ordering\":\"ordered-batch\"");
        const auto old = readSweepReportData(older, "old.json");
        if (const auto *error = std::get_if<std::string>(&old))
            QFAIL(error->c_str());
        const RunOptions oldBase = std::get<SweepResult>(old).spec.base;   // a copy: GCC's -Warray-bounds
        QCOMPARE(oldBase.api, PyApi::PoolMap);
        QCOMPARE(oldBase.chunksize, 4);
    }

    void readSweepReport_namesWhatIsWrong_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected");
        QTest::addRow("not json") << QStringLiteral("{\n  \"format\": }")
                                  << QStringLiteral("s.json:2:13: ");
        QTest::addRow("a run report") << QStringLiteral(R"({"format":"corescope-run","version":1})")
                                      << QStringLiteral("s.json: format: not a Corescope sweep report (\"corescope-run\")");
        QTest::addRow("newer") << QStringLiteral(R"({"format":"corescope-sweep","version":7})")
                               << QStringLiteral("s.json: version: version 7 was written by a newer");
        QTest::addRow("no workload") << QStringLiteral(R"({"format":"corescope-sweep","version":1})")
                                     << QStringLiteral("s.json: workload: missing");
    }
    void readSweepReport_namesWhatIsWrong()
    {
        QFETCH(QString, json);
        QFETCH(QString, expected);
        const auto read = readSweepReportData(json.toStdString(), "s.json");
        QVERIFY(std::holds_alternative<std::string>(read));
        const QString error = QString::fromStdString(std::get<std::string>(read));
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    }

    void readSweepReport_refusesAWrongPointField()
    {
        SweepResult r;
        SweepPoint serial;
        serial.series = {Mode::Serial, false};
        serial.wallSeconds = {1.0};
        r.points = {serial};
        r.recompute();
        std::string text = sweepReportJson(r);
        const auto at = text.find("\"workers\":1");
        QVERIFY(at != std::string::npos);
        text.replace(at, 11, "\"workers\":\"one\"");
        const auto read = readSweepReportData(text, "s.json");
        QVERIFY(std::holds_alternative<std::string>(read));
        QCOMPARE(QString::fromStdString(std::get<std::string>(read)),
                 QStringLiteral("s.json: points[0].workers: expected a whole number, got \"one\""));
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
        test::InBackground<SweepJob> runner(spec);
        QTest::qWait(200);
        const auto t0 = std::chrono::steady_clock::now();
        runner.cancel();
        QVERIFY(runner.waitFor(test::scaled(2s)));
        QVERIFY(std::chrono::steady_clock::now() - t0 < test::scaled(500ms));
        QCOMPARE(runner.job().result().status, std::string("cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestSweep)
#include "tst_sweep.moc"
