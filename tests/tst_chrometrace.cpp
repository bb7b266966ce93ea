// The Chrome Trace Event export, validated against the format in FORMATS.md: required fields
// and types per phase, metadata without ts, small ids, per-thread slices that never partly
// overlap, time-ordered tracks; then what the trace shows for hand-made runs.

#include "core/io/chrometracewriter.h"

#include "handmaderuns.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>
#include <sstream>

using namespace corescope;

namespace {

using RunFactory = std::function<RunResult()>;

QJsonArray traceEvents(const RunResult &run)
{
    std::ostringstream out;
    if (!writeChromeTrace(run, out))
        qFatal("writeChromeTrace failed");
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(out.str()), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("trace is not a JSON object: %s", qPrintable(error.errorString()));
    return doc.object().value(u"traceEvents").toArray();
}

// ts / dur in integer nanoseconds (the writer emits exact decimal microseconds).
qint64 ns(const QJsonValue &us)
{
    return std::llround(us.toDouble() * 1000.0);
}

bool isSmallId(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == std::floor(v.toDouble()) && v.toDouble() >= 0
        && v.toDouble() < 100000;
}

// Returns an empty string when `events` is a valid trace per FORMATS.md, else what is wrong.
QString validate(const QJsonArray &events)
{
    struct Open {
        qint64 start;
        qint64 end;
    };
    QHash<QString, qint64> lastTs;                  // per track
    QHash<QString, QList<Open>> stacks;             // per thread: enclosing slices
    QSet<QString> namedThreads;
    QSet<QString> metadataSeen;
    QSet<QString> usedThreads;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QString where = QStringLiteral("event %1: ").arg(i);
        if (!events[i].isObject())
            return where + u"not an object";
        const QJsonObject e = events[i].toObject();
        const QString ph = e.value(u"ph").toString();
        if (!e.value(u"name").isString() || e.value(u"name").toString().isEmpty())
            return where + u"no name";
        if (!isSmallId(e.value(u"pid")))
            return where + u"pid missing or not a small integer";
        const QString pid = QString::number(e.value(u"pid").toInt());

        if (ph == u"M") {
            if (e.contains(u"ts"))
                return where + u"metadata with ts";
            if (!isSmallId(e.value(u"tid")))
                return where + u"metadata without a small tid";
            const QString key = pid + u'/' + QString::number(e.value(u"tid").toInt()) + u'/'
                + e.value(u"name").toString();
            if (metadataSeen.contains(key))
                return where + u"second " + e.value(u"name").toString() + u" for one thread";
            metadataSeen.insert(key);
            const QString name = e.value(u"name").toString();
            const QJsonObject args = e.value(u"args").toObject();
            if (name == u"process_name" || name == u"thread_name") {
                if (!args.value(u"name").isString())
                    return where + u"args.name missing";
                if (name == u"thread_name")
                    namedThreads.insert(pid + u'/' + QString::number(e.value(u"tid").toInt()));
            } else if (name == u"thread_sort_index" || name == u"process_sort_index") {
                if (!args.value(u"sort_index").isDouble())
                    return where + u"args.sort_index missing";
            } else {
                return where + u"unknown metadata " + name;
            }
            continue;
        }

        if (!e.value(u"ts").isDouble())
            return where + u"ts missing or not a number";
        const qint64 ts = ns(e.value(u"ts"));
        if (ph == u"C") {
            const QJsonObject args = e.value(u"args").toObject();
            if (args.isEmpty())
                return where + u"counter without series";
            for (auto it = args.begin(); it != args.end(); ++it)
                if (!it.value().isDouble())
                    return where + u"counter series " + it.key() + u" not numeric";
            const QString track = pid + u"/C/" + e.value(u"name").toString();
            if (ts < lastTs.value(track, LLONG_MIN))
                return where + u"counter goes back in time";
            lastTs[track] = ts;
            continue;
        }
        if (ph != u"X" && ph != u"B" && ph != u"E" && ph != u"i")
            return where + u"unexpected ph " + ph;
        if (!isSmallId(e.value(u"tid")))
            return where + u"tid missing or not a small integer";
        const QString thread = pid + u'/' + QString::number(e.value(u"tid").toInt());
        usedThreads.insert(thread);
        if (ts < lastTs.value(thread, LLONG_MIN))
            return where + u"goes back in time on thread " + thread;
        lastTs[thread] = ts;
        if (ph != u"X")
            continue;
        if (!e.value(u"dur").isDouble() || e.value(u"dur").toDouble() < 0)
            return where + u"dur missing or negative";
        const qint64 end = ts + ns(e.value(u"dur"));
        // Nest or follow, never partly overlap.
        QList<Open> &stack = stacks[thread];
        while (!stack.isEmpty() && stack.last().end <= ts)
            stack.removeLast();
        if (!stack.isEmpty() && end > stack.last().end)
            return where + u"partly overlaps an earlier slice on thread " + thread;
        stack.append({ts, end});
    }
    for (const QString &thread : usedThreads)
        if (!namedThreads.contains(thread))
            return u"thread " + thread + u" has no thread_name";
    return {};
}

QList<QJsonObject> select(const QJsonArray &events, const QString &ph, int tid = -1)
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        if (e.value(u"ph").toString() == ph && (tid < 0 || e.value(u"tid").toInt() == tid))
            out << e;
    }
    return out;
}

QString threadName(const QJsonArray &events, int tid)
{
    for (const QJsonObject &e : select(events, QStringLiteral("M"), tid))
        if (e.value(u"name").toString() == u"thread_name")
            return e.value(u"args").toObject().value(u"name").toString();
    return {};
}

QString processName(const QJsonArray &events)
{
    for (const QJsonObject &e : select(events, QStringLiteral("M"), 0))
        if (e.value(u"name").toString() == u"process_name")
            return e.value(u"args").toObject().value(u"name").toString();
    return {};
}

} // namespace

Q_DECLARE_METATYPE(RunFactory)

class TestChromeTrace : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void traceIsValid_data();
    void traceIsValid();
    void workersAreNamedThreads();
    void tasksAreCompleteSlicesWithArgs();
    void startUpAndDeathAreOnTheWorkerLane();
    void gilWaitsHaveTheirOwnLane();
    void utilizationIsACounterPerCore();
    void timesAreExactMicroseconds();
    void samplesBeforeTheRun_shiftEveryTimeToNoneNegative();
    void fileVariantWrites();
};

void TestChromeTrace::traceIsValid_data()
{
    QTest::addColumn<RunFactory>("make");
    QTest::addRow("failed processes run") << RunFactory(testruns::failedPrimeRun);
    QTest::addRow("threads + GIL") << RunFactory(testruns::gilGcdRun);
    QTest::addRow("serial, cancelled") << RunFactory([] { return testruns::bigRangeRun(); });
    QTest::addRow("nothing ran") << RunFactory(testruns::repeatRun);
    QTest::addRow("records that disagree") << RunFactory([] {
        // Another process's clock or a bug put task 2 before task 0 ended, and the start-up
        // after the first task: the trace must still be valid.
        RunResult run = testruns::failedPrimeRun();
        run.tasks[2].startNs = run.tasks[0].endNs - 500;
        run.tasks[2].endNs = run.tasks[0].endNs + 100;
        run.workers[0].readyNs = run.tasks[0].startNs + 10;
        run.samples.insert(run.samples.begin(), run.samples.back());   // out of order
        run.tasks[0].gilWaitNs = 1'000'000'000;                         // longer than the task
        run.tasks[2].gilWaitNs = 50;
        return run;
    });
    QTest::addRow("1200 workers with the GIL") << RunFactory([] {
        // GIL lanes move to 10000 + N so they never share a tid with worker 1001.
        RunResult run = testruns::gilGcdRun();
        run.tasks[3].worker = 1200;
        run.workers[1].id = 1000;
        return run;
    });
    QTest::addRow("no workload") << RunFactory([] {
        RunResult run = testruns::failedPrimeRun();
        run.workload = nullptr;
        return run;
    });
    QTest::addRow("many tasks, unsorted by time") << RunFactory([] {
        RunResult run = testruns::bigRangeRun(200);
        for (std::size_t i = 0; i < run.tasks.size(); ++i) {   // reverse time order
            TaskRecord &t = run.tasks[i];
            t.startNs = 1'000'000 - static_cast<std::int64_t>(i) * 1'000;
            t.endNs = t.state == TaskState::Done ? t.startNs + 999 : -1;
            t.worker = static_cast<std::int16_t>(i % 3);
        }
        return run;
    });
}

void TestChromeTrace::traceIsValid()
{
    QFETCH(RunFactory, make);
    const QJsonArray events = traceEvents(make());
    QVERIFY(!events.isEmpty());
    const QString problem = validate(events);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestChromeTrace::workersAreNamedThreads()
{
    const QJsonArray events = traceEvents(testruns::failedPrimeRun());
    QCOMPARE(threadName(events, 1), QStringLiteral("worker 1 (pid 4242)"));
    QCOMPARE(threadName(events, 2), QStringLiteral("worker 2 (pid 4243)"));
    bool processNamed = false;
    for (const QJsonObject &e : select(events, QStringLiteral("M"))) {
        if (e.value(u"name").toString() == u"process_name") {
            processNamed = true;
            QCOMPARE(e.value(u"pid").toInt(), 1);
            QVERIFY(e.value(u"args").toObject().value(u"name").toString().contains(
                u"processes, 2 workers"));
        }
    }
    QVERIFY(processNamed);
    // Threads mode names the OS thread as well.
    QCOMPARE(threadName(traceEvents(testruns::gilGcdRun()), 2),
             QStringLiteral("worker 2 (pid 777, tid 801)"));
}

void TestChromeTrace::tasksAreCompleteSlicesWithArgs()
{
    const QJsonArray events = traceEvents(testruns::failedPrimeRun());
    QList<QJsonObject> tasks;
    for (const QJsonObject &e : select(events, QStringLiteral("X")))
        if (e.value(u"cat").toString() == u"task")
            tasks << e;
    QCOMPARE(tasks.size(), 4);   // task 4 never started
    for (const QJsonObject &t : tasks)
        QCOMPARE(t.value(u"name").toString(), QStringLiteral("is_prime"));

    const auto byIndex = [&](int index) {
        for (const QJsonObject &t : tasks)
            if (t.value(u"args").toObject().value(u"index").toInt() == index)
                return t;
        return QJsonObject{};
    };
    const QJsonObject t0 = byIndex(0);
    QCOMPARE(t0.value(u"tid").toInt(), 1);
    QCOMPARE(t0.value(u"ts").toDouble(), 2000.0);
    QCOMPARE(t0.value(u"dur").toDouble(), 2500.0);
    QCOMPARE(t0.value(u"args").toObject().value(u"input").toString(),
             QStringLiteral("112272535095293"));
    QCOMPARE(t0.value(u"args").toObject().value(u"result"), QJsonValue(true));

    // The task its worker died in is drawn until the worker's exit, marked failed.
    const QJsonObject died = byIndex(3);
    QCOMPARE(died.value(u"tid").toInt(), 2);
    QCOMPARE(ns(died.value(u"ts")), 3'000'100);
    QCOMPARE(ns(died.value(u"ts")) + ns(died.value(u"dur")), 7'000'000);
    QCOMPARE(died.value(u"args").toObject().value(u"state").toString(), QStringLiteral("failed"));
    QVERIFY(died.value(u"args").toObject().value(u"result").isNull());
    QCOMPARE(died.value(u"args").toObject().value(u"input").toString(),
             QStringLiteral("18446744073709551557"));

    // Results beyond 2^53 stay exact as strings.
    const QJsonArray big = traceEvents(testruns::bigRangeRun());
    const QJsonObject first = select(big, QStringLiteral("X"), 1).at(1);   // after start-up
    QCOMPARE(first.value(u"args").toObject().value(u"result").toString(),
             QStringLiteral("2305843009213693954"));
}

void TestChromeTrace::startUpAndDeathAreOnTheWorkerLane()
{
    const QJsonArray events = traceEvents(testruns::failedPrimeRun());
    const QList<QJsonObject> lane = select(events, QStringLiteral("X"), 2);
    QVERIFY(!lane.isEmpty());
    const QJsonObject startUp = lane.first();
    QCOMPARE(startUp.value(u"name").toString(), QStringLiteral("start-up"));
    QCOMPARE(ns(startUp.value(u"ts")), 150'000);
    QCOMPARE(ns(startUp.value(u"dur")), 1'900'000);

    const QList<QJsonObject> instants = select(events, QStringLiteral("i"), 2);
    QCOMPARE(instants.size(), 1);
    QCOMPARE(instants[0].value(u"args").toObject().value(u"reason").toString(),
             QStringLiteral("killed by signal 9 (SIGKILL)"));
    QCOMPARE(ns(instants[0].value(u"ts")), 7'000'000);
    QVERIFY(select(events, QStringLiteral("i"), 1).isEmpty());   // worker 1 exited normally
}

void TestChromeTrace::gilWaitsHaveTheirOwnLane()
{
    const QJsonArray events = traceEvents(testruns::gilGcdRun());
    QCOMPARE(threadName(events, 1001), QStringLiteral("worker 1 GIL wait"));
    QCOMPARE(threadName(events, 1002), QStringLiteral("worker 2 GIL wait"));
    const QList<QJsonObject> waits = select(events, QStringLiteral("X"), 1001);
    QCOMPARE(waits.size(), 2);
    for (const QJsonObject &w : waits) {
        QCOMPARE(w.value(u"name").toString(), QStringLiteral("GIL wait"));
        QCOMPARE(ns(w.value(u"dur")), 4'500'000);
    }
    // Placed at the start of its task (an approximation, see chrometrace.cpp).
    QCOMPARE(ns(waits[1].value(u"ts")), 10'000'000);
    QVERIFY(processName(events).contains(QStringLiteral("(native threads + emulated GIL, ")));

    // A Python run says so, and its waits are off-CPU time, not the emulated GIL's.
    RunResult python = testruns::gilGcdRun();
    python.options.runtime = Runtime::Python;
    python.options.gil = false;
    const QJsonArray py = traceEvents(python);
    QVERIFY2(processName(py).contains(QStringLiteral("(Python threads, 2 workers)")),
             qPrintable(processName(py)));
    QCOMPARE(threadName(py, 1001), QStringLiteral("worker 1 waiting (GIL or OS)"));
    for (const QJsonObject &w : select(py, QStringLiteral("X"), 1001))
        QCOMPARE(w.value(u"name").toString(), QStringLiteral("waiting (GIL or OS)"));
    // A worker process's one thread has its GIL to itself: its time off the CPU is the OS's.
    python.options.mode = Mode::Processes;
    const QJsonArray processes = traceEvents(python);
    QCOMPARE(threadName(processes, 1001), QStringLiteral("worker 1 waiting (off the CPU)"));
    // No GIL lanes without waits.
    const QJsonArray plain = traceEvents(testruns::failedPrimeRun());
    QVERIFY(threadName(plain, 1001).isEmpty());
    QVERIFY(select(plain, QStringLiteral("X"), 1001).isEmpty());
}

void TestChromeTrace::utilizationIsACounterPerCore()
{
    const QJsonArray events = traceEvents(testruns::failedPrimeRun());
    const QList<QJsonObject> counters = select(events, QStringLiteral("C"));
    QCOMPARE(counters.size(), 3);
    const QJsonObject args = counters[0].value(u"args").toObject();
    QCOMPARE(counters[0].value(u"name").toString(), QStringLiteral("cpu"));
    QCOMPARE(args.keys(), (QStringList{QStringLiteral("core0"), QStringLiteral("core1")}));
    QCOMPARE(args.value(u"core0").toDouble(), 12.5);
    QCOMPARE(args.value(u"core1").toDouble(), 90.0);
    QCOMPARE(ns(counters[0].value(u"ts")), 5'000'000);
    QCOMPARE(counters[2].value(u"args").toObject().value(u"core0").toDouble(), 33.3);
}

void TestChromeTrace::timesAreExactMicroseconds()
{
    std::ostringstream out;
    QVERIFY(writeChromeTrace(testruns::failedPrimeRun(), out));
    const std::string text = out.str();
    // Task 2: 4'500'000 .. 6'000'500 ns -> ts 4500, dur 1500.5 us.
    QVERIFY(text.find("\"ts\":4500,\"dur\":1500.5,") != std::string::npos);
    QVERIFY(text.starts_with("{\"traceEvents\":["));
}

// A Python run samples the CPU from before its pool is asked for (the run's 0): Perfetto takes
// no negative timestamps, so every time moves later by the earliest sample's distance from 0,
// and otherData.run_start_ts says where the run's 0 is.
void TestChromeTrace::samplesBeforeTheRun_shiftEveryTimeToNoneNegative()
{
    RunResult run = testruns::failedPrimeRun();
    run.samples.insert(run.samples.begin(), {-316'497'832, {0.5f, 0.25f}});
    std::ostringstream out;
    QVERIFY(writeChromeTrace(run, out));
    const QJsonObject doc = QJsonDocument::fromJson(QByteArray::fromStdString(out.str())).object();
    QCOMPARE(ns(doc.value(u"otherData").toObject().value(u"run_start_ts")), 316'497'832);
    const QJsonArray events = doc.value(u"traceEvents").toArray();
    for (const QJsonValue &e : events)
        if (e.toObject().contains(u"ts"))
            QVERIFY2(e.toObject().value(u"ts").toDouble() >= 0, qPrintable(QString::fromUtf8(
                QJsonDocument(e.toObject()).toJson(QJsonDocument::Compact))));
    const QList<QJsonObject> counters = select(events, QStringLiteral("C"));
    QCOMPARE(ns(counters[0].value(u"ts")), 0);
    QCOMPARE(ns(counters[1].value(u"ts")), 5'000'000 + 316'497'832);
    // Task 2 (4'500'000 ns into the run), as far from the run's 0 as before.
    QVERIFY(out.str().find("\"ts\":320997.832,\"dur\":1500.5,") != std::string::npos);
    // Without samples before 0: times as the run has them.
    const QJsonObject plain = QJsonDocument::fromJson([] {
        std::ostringstream o;
        writeChromeTrace(testruns::failedPrimeRun(), o);
        return QByteArray::fromStdString(o.str());
    }()).object();
    QCOMPARE(ns(plain.value(u"otherData").toObject().value(u"run_start_ts")), 0);
}

void TestChromeTrace::fileVariantWrites()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath(QStringLiteral("run.trace.json")).toStdString();
    QCOMPARE(writeChromeTraceFile(testruns::gilGcdRun(), path), std::string());
    QFile file(QString::fromStdString(path));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(QJsonDocument::fromJson(file.readAll()).isObject());
    QVERIFY(!writeChromeTraceFile(testruns::gilGcdRun(), dir.path().toStdString()).empty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
             QStringList{QStringLiteral("run.trace.json")});
}

QTEST_GUILESS_MAIN(TestChromeTrace)
#include "tst_chrometrace.moc"
