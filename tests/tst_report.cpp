// The JSON run report: every field with its type (checked by an independent reader,
// QJsonDocument), exact round trips write -> read, exact big numbers, clear errors on bad files.

#include "core/io/reportformat.h"
#include "core/io/reportreader.h"
#include "core/io/reportwriter.h"
#include "core/sample/cpusampler.h"

#include "handmaderuns.h"
#include "tests/badreports.h"
#include "tests/timing.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <fstream>
#include <functional>
#include <sstream>
#include <streambuf>

using namespace corescope;

namespace {

std::string reportText(const RunResult &run)
{
    std::ostringstream out;
    if (!writeRunReport(run, out))
        qFatal("writeRunReport failed");
    return out.str();
}

QJsonObject reportJson(const RunResult &run)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(reportText(run)),
                                                      &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("report is not valid JSON: %s at %d", qPrintable(error.errorString()),
               error.offset);
    return doc.object();
}

// Every member of `object` has the JSON type `types` names, and there are no others missing.
void checkTypes(const QJsonObject &object, const QList<std::pair<const char *, QJsonValue::Type>> &types,
                const QString &where)
{
    for (const auto &[key, type] : types) {
        const QString k = QString::fromLatin1(key);
        QVERIFY2(object.contains(k), qPrintable(where + QLatin1Char('.') + k + u" missing"));
        QVERIFY2(object.value(k).type() == type,
                 qPrintable(where + QLatin1Char('.') + k + u" has type "
                            + QString::number(object.value(k).type())));
    }
}

// A stream that only counts: measures the writer, not memory or the disk.
class CountingBuf final : public std::streambuf {
public:
    std::size_t count = 0;

protected:
    std::streamsize xsputn(const char *, std::streamsize n) override
    {
        count += static_cast<std::size_t>(n);
        return n;
    }
    int_type overflow(int_type ch) override
    {
        ++count;
        return traits_type::not_eof(ch);
    }
};

void compareTasks(const TaskRecord &a, const TaskRecord &b)
{
    QCOMPARE(a.index, b.index);
    QCOMPARE(a.enqueueNs, b.enqueueNs);
    QCOMPARE(a.startNs, b.startNs);
    QCOMPARE(a.endNs, b.endNs);
    QCOMPARE(a.handedBackNs, b.handedBackNs);
    QCOMPARE(a.gilWaitNs, b.gilWaitNs);
    QCOMPARE(a.result, b.result);
    QCOMPARE(a.pid, b.pid);
    QCOMPARE(a.tid, b.tid);
    QCOMPARE(a.worker, b.worker);
    QCOMPARE(a.cpuStart, b.cpuStart);
    QCOMPARE(a.cpuEnd, b.cpuEnd);
    QCOMPARE(a.state, b.state);
    QCOMPARE(a.mismatch, b.mismatch);
}

void compareRuns(const RunResult &a, const RunResult &b)
{
    QVERIFY(a.workload && b.workload);
    const Workload &wa = *a.workload;
    const Workload &wb = *b.workload;
    QCOMPARE(wb.name, wa.name);
    QCOMPARE(wb.description, wa.description);
    QCOMPARE(wb.sourcePath, wa.sourcePath);
    QCOMPARE(wb.kernel, wa.kernel);
    QCOMPARE(wb.params, wa.params);
    // A generator stays a generator; listed inputs come back listed.
    QCOMPARE(wb.inputs.index(), wa.inputs.index());
    QCOMPARE(wb.taskCount(), wa.taskCount());
    for (std::uint64_t i = 0; i < wa.taskCount(); ++i)
        QCOMPARE(wb.input(i), wa.input(i));
    QCOMPARE(wb.expected, wa.expected);
    QCOMPARE(wb.python.has_value(), wa.python.has_value());
    if (wa.python && wb.python)
        QVERIFY(*wb.python == *wa.python);

    QCOMPARE(b.options, a.options);
    QCOMPARE(b.machine.logicalCores, a.machine.logicalCores);
    QCOMPARE(b.machine.cpuModel, a.machine.cpuModel);
    QCOMPARE(b.machine.os, a.machine.os);
    QCOMPARE(b.machine.kernel, a.machine.kernel);
    QCOMPARE(b.machine.hostname, a.machine.hostname);
    QCOMPARE(b.startedAt, a.startedAt);
    QCOMPARE(b.status, a.status);
    QCOMPARE(b.error, a.error);
    QCOMPARE(b.failedTask, a.failedTask);
    QCOMPARE(b.wallNs, a.wallNs);
    QCOMPARE(b.sharedTotal, a.sharedTotal);

    QCOMPARE(b.tasks.size(), a.tasks.size());
    for (std::size_t i = 0; i < a.tasks.size(); ++i) {
        compareTasks(b.tasks[i], a.tasks[i]);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(b.handOrder, a.handOrder);

    QCOMPARE(b.workers.size(), a.workers.size());
    for (std::size_t i = 0; i < a.workers.size(); ++i) {
        const WorkerRecord &x = a.workers[i];
        const WorkerRecord &y = b.workers[i];
        QCOMPARE(y.id, x.id);
        QCOMPARE(y.pid, x.pid);
        QCOMPARE(y.tid, x.tid);
        QCOMPARE(y.spawnNs, x.spawnNs);
        QCOMPARE(y.readyNs, x.readyNs);
        QCOMPARE(y.exitNs, x.exitNs);
        QCOMPARE(y.tasksDone, x.tasksDone);
        QCOMPARE(y.busyNs, x.busyNs);
        QCOMPARE(y.exitReason, x.exitReason);
    }

    QCOMPARE(b.samples.size(), a.samples.size());
    for (std::size_t i = 0; i < a.samples.size(); ++i) {
        QCOMPARE(b.samples[i].tNs, a.samples[i].tNs);
        QCOMPARE(b.samples[i].cores, a.samples[i].cores);   // bit-exact floats
        QCOMPARE(b.samples[i].host, a.samples[i].host);
    }
}

using RunFactory = std::function<RunResult()>;

const char *errorOf(const std::variant<RunResult, std::string> &read)
{
    const auto *error = std::get_if<std::string>(&read);
    return error ? error->c_str() : "";
}

} // namespace

Q_DECLARE_METATYPE(RunFactory)

class TestReport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyFieldIsPresentWithItsType();
    void nullsForWhatDidNotHappen();
    void stringsAreEscaped();
    void bigNumbersStayExact();
    void roundTripIsExact_data();
    void roundTripIsExact();
    void fileRoundTrip();
    void olderReportsOrderingNamesTheApi_data();
    void olderReportsOrderingNamesTheApi();
    void failedWriteLeavesNoFile();
    void badReportsAreRefusedClearly_data();
    void badReportsAreRefusedClearly();
    void millionTasksWriteFast();
    void machineInfoDescribesThisMachine();
    void recordsWithoutWorkloadStillWriteValidJson();
};

void TestReport::everyFieldIsPresentWithItsType()
{
    const QJsonObject root = reportJson(testruns::failedPrimeRun());
    using T = QJsonValue::Type;
    checkTypes(root,
               {{"format", T::String},    {"version", T::Double},  {"workload", T::Object},
                {"options", T::Object},   {"machine", T::Object},  {"started_at", T::String},
                {"status", T::String},    {"error", T::String},    {"failed_task", T::Double},
                {"wall_ns", T::Double},   {"shared_total", T::Null}, {"tasks", T::Array},
                {"hand_order", T::Array},
                {"workers", T::Array},    {"samples", T::Array}},
               QStringLiteral("report"));
    QCOMPARE(root.value(u"format").toString(), QStringLiteral("corescope-run"));
    QCOMPARE(root.value(u"version").toInt(), 1);
    QCOMPARE(root.value(u"status").toString(), QStringLiteral("failed"));
    QCOMPARE(root.value(u"failed_task").toInt(), 3);
    QCOMPARE(root.value(u"wall_ns").toInteger(), 9'000'000);

    const QJsonObject workload = root.value(u"workload").toObject();
    checkTypes(workload,
               {{"name", T::String}, {"description", T::String}, {"kernel", T::String},
                {"tasks", T::Double}, {"params", T::Object}, {"source", T::String}},
               QStringLiteral("workload"));
    QCOMPARE(workload.value(u"kernel").toString(), QStringLiteral("is_prime"));
    QCOMPARE(workload.value(u"tasks").toInt(), 5);

    checkTypes(root.value(u"options").toObject(),
               {{"mode", T::String}, {"workers", T::Double}, {"chunksize", T::Double},
                {"api", T::String}, {"gil", T::Bool}, {"switch_interval_ms", T::Double},
                {"sample_hz", T::Double}, {"scale", T::Double}},
               QStringLiteral("options"));
    QCOMPARE(root.value(u"options").toObject().value(u"mode").toString(),
             QStringLiteral("processes"));
    QCOMPARE(root.value(u"options").toObject().value(u"api").toString(),
             QStringLiteral("pool.imap_unordered"));
    QVERIFY(!root.value(u"options").toObject().contains(u"ordering"));   // the API says it
    // The chunksize used, beside the one asked (0: the API's own default, CPython's formula).
    QCOMPARE(root.value(u"chunksize_used").toInt(), 1);
    RunResult byDefault = testruns::failedPrimeRun();
    byDefault.options.chunksize = 0;
    byDefault.options.api = PyApi::PoolMap;
    byDefault.options.workers = 1;   // 5 tasks: ceil(5 / (4 x 1)) = 2
    QCOMPARE(reportJson(byDefault).value(u"chunksize_used").toInt(), 2);
    byDefault.options.mode = Mode::Serial;
    QVERIFY(reportJson(byDefault).value(u"chunksize_used").isNull());
    checkTypes(root.value(u"machine").toObject(),
               {{"logical_cores", T::Double}, {"cpu_model", T::String}, {"os", T::String},
                {"kernel", T::String}, {"hostname", T::String}},
               QStringLiteral("machine"));

    const QJsonArray tasks = root.value(u"tasks").toArray();
    QCOMPARE(tasks.size(), 5);
    const QJsonObject t0 = tasks.at(0).toObject();
    checkTypes(t0,
               {{"index", T::Double}, {"input", T::String}, {"result", T::Bool},
                {"ok", T::Bool}, {"state", T::String}, {"worker", T::Double},
                {"pid", T::Double}, {"tid", T::Double}, {"cpu", T::Double},
                {"cpu_end", T::Double}, {"enqueue_ns", T::Double}, {"start_ns", T::Double},
                {"end_ns", T::Double}, {"handed_back_ns", T::Double},
                {"gil_wait_ns", T::Double}, {"expected", T::Bool}},
               QStringLiteral("tasks[0]"));
    QCOMPARE(t0.value(u"input").toString(), QStringLiteral("112272535095293"));
    QCOMPARE(t0.value(u"result").toBool(), true);
    QCOMPARE(t0.value(u"ok").toBool(), true);
    QCOMPARE(t0.value(u"state").toString(), QStringLiteral("done"));
    QCOMPARE(t0.value(u"start_ns").toInteger(), 2'000'000);
    QCOMPARE(t0.value(u"handed_back_ns").toInteger(), 4'600'000);
    // The mismatching task: done, but not ok.
    QCOMPARE(tasks.at(1).toObject().value(u"ok").toBool(), false);
    QCOMPARE(tasks.at(1).toObject().value(u"state").toString(), QStringLiteral("done"));

    QCOMPARE(root.value(u"hand_order").toArray(), (QJsonArray{1, 0, 2}));

    const QJsonArray workers = root.value(u"workers").toArray();
    QCOMPARE(workers.size(), 2);
    checkTypes(workers.at(1).toObject(),
               {{"id", T::Double}, {"pid", T::Double}, {"tid", T::Double},
                {"spawn_ns", T::Double}, {"ready_ns", T::Double}, {"exit_ns", T::Double},
                {"tasks", T::Double}, {"busy_ns", T::Double}, {"exit_reason", T::String}},
               QStringLiteral("workers[1]"));
    QCOMPARE(workers.at(1).toObject().value(u"exit_reason").toString(),
             QStringLiteral("killed by signal 9 (SIGKILL)"));

    const QJsonArray samples = root.value(u"samples").toArray();
    QCOMPARE(samples.size(), 3);
    const QJsonObject s0 = samples.at(0).toObject();
    checkTypes(s0, {{"t_ns", T::Double}, {"cores", T::Array}}, QStringLiteral("samples[0]"));
    QCOMPARE(s0.value(u"cores").toArray().size(), 2);
    for (const QJsonValue v : s0.value(u"cores").toArray()) {
        QVERIFY(v.isDouble());
        QVERIFY(v.toDouble() >= 0.0 && v.toDouble() <= 1.0);
    }
    QCOMPARE(s0.value(u"cores").toArray().at(0).toDouble(), 0.125);
}

void TestReport::nullsForWhatDidNotHappen()
{
    const QJsonObject root = reportJson(testruns::failedPrimeRun());
    const QJsonArray tasks = root.value(u"tasks").toArray();
    const QJsonObject died = tasks.at(3).toObject();   // worker killed while running it
    QCOMPARE(died.value(u"state").toString(), QStringLiteral("failed"));
    QVERIFY(died.value(u"result").isNull());
    QVERIFY(died.value(u"end_ns").isNull());
    QVERIFY(died.value(u"cpu_end").isNull());
    QVERIFY(died.value(u"handed_back_ns").isNull());
    QVERIFY(died.value(u"start_ns").isDouble());

    const QJsonObject pending = tasks.at(4).toObject();   // never started
    QCOMPARE(pending.value(u"state").toString(), QStringLiteral("pending"));
    for (const auto key : {u"result", u"worker", u"cpu", u"cpu_end", u"enqueue_ns", u"start_ns",
                           u"end_ns", u"handed_back_ns"})
        QVERIFY2(pending.value(key).isNull(), qPrintable(QStringView(key).toString()));
    QCOMPARE(pending.value(u"ok").toBool(), false);

    const QJsonObject ok = reportJson(testruns::gilGcdRun());
    QVERIFY(ok.value(u"error").isNull());
    QVERIFY(ok.value(u"failed_task").isNull());
    QCOMPARE(ok.value(u"status").toString(), QStringLiteral("ok"));
    // gcd results are integers; no "expected" when the workload has none.
    const QJsonObject t2 = ok.value(u"tasks").toArray().at(2).toObject();
    QVERIFY(t2.value(u"result").isDouble());
    QCOMPARE(t2.value(u"result").toInteger(), 5);
    QVERIFY(!t2.contains(u"expected"));
    QCOMPARE(t2.value(u"gil_wait_ns").toInteger(), 4'500'000);
    QCOMPARE(t2.value(u"input").toString(), QStringLiteral("[1551645, 2229620]"));
}

void TestReport::stringsAreEscaped()
{
    RunResult run = testruns::failedPrimeRun();
    auto w = std::make_shared<Workload>(*run.workload);
    w->name = std::string("quote \" backslash \\ slash / nl \n cr \r tab \t bell \x07 nul ") + '\0'
        + " utf8 \xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80 bad \xff\xc3 end";
    run.workload = w;
    const std::string text = reportText(run);
    // No raw control characters inside the document apart from the line breaks between members.
    for (const char c : text)
        QVERIFY(static_cast<unsigned char>(c) >= 0x20 || c == '\n');
    const QJsonObject root = reportJson(run);
    const QString name = root.value(u"workload").toObject().value(u"name").toString();
    QCOMPARE(name, QString::fromUtf8("quote \" backslash \\ slash / nl \n cr \r tab \t bell \x07 nul ")
                       + QChar(0) + QString::fromUtf8(" utf8 \xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80 bad ")
                       + QChar(0xFFFD) + QChar(0xFFFD) + QStringLiteral(" end"));
    // Valid UTF-8 passes as is, not as \u escapes.
    QVERIFY(text.find("\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80") != std::string::npos);
    QVERIFY(text.find("\\u0007") != std::string::npos);
    QVERIFY(text.find("\\u0000") != std::string::npos);
    QCOMPARE(root.value(u"workload").toObject().value(u"description").toString(),
             QStringLiteral("Trial division\nline two\ttab \x01 control"));
}

void TestReport::bigNumbersStayExact()
{
    const RunResult run = testruns::bigRangeRun();
    const QJsonObject root = reportJson(run);
    const QJsonObject t0 = root.value(u"tasks").toArray().at(0).toObject();
    // 2^60 + 1 and its double: beyond 2^53, so the result is a decimal string.
    QCOMPARE(t0.value(u"input").toString(), QStringLiteral("1152921504606846977"));
    QVERIFY(t0.value(u"result").isString());
    QCOMPARE(t0.value(u"result").toString(), QStringLiteral("2305843009213693954"));
    const QJsonObject range =
        root.value(u"workload").toObject().value(u"inputs").toObject().value(u"range").toObject();
    QCOMPARE(range.value(u"start").toString(), QStringLiteral("1152921504606846977"));
    QCOMPARE(range.value(u"step").toInt(), 3);

    // is_prime's 2^53 + 1 and the largest 64-bit prime as inputs, and an exact 2^53 result.
    const QJsonObject primes = reportJson(testruns::failedPrimeRun());
    QCOMPARE(primes.value(u"tasks").toArray().at(2).toObject().value(u"input").toString(),
             QStringLiteral("9007199254740993"));
    RunResult exact = testruns::gilGcdRun();
    exact.tasks[0].result = std::uint64_t{1} << 53;
    exact.tasks[1].result = (std::uint64_t{1} << 53) + 1;
    const QJsonArray tasks = reportJson(exact).value(u"tasks").toArray();
    QVERIFY(tasks.at(0).toObject().value(u"result").isDouble());
    QCOMPARE(tasks.at(0).toObject().value(u"result").toInteger(), qint64(1) << 53);
    QCOMPARE(tasks.at(1).toObject().value(u"result").toString(),
             QStringLiteral("9007199254740993"));

    // ... and read back bit for bit.
    const auto back = readRunReportData(reportText(exact), "exact.json");
    QVERIFY2(std::holds_alternative<RunResult>(back), errorOf(back));
    QCOMPARE(std::get<RunResult>(back).tasks[1].result, (std::uint64_t{1} << 53) + 1);
}

void TestReport::roundTripIsExact_data()
{
    QTest::addColumn<RunFactory>("make");
    QTest::addRow("failed processes run, listed inputs, expected")
        << RunFactory(testruns::failedPrimeRun);
    QTest::addRow("threads + GIL, pairs") << RunFactory(testruns::gilGcdRun);
    QTest::addRow("serial, range beyond 2^53, cancelled")
        << RunFactory([] { return testruns::bigRangeRun(); });
    QTest::addRow("repeat, nothing ran") << RunFactory(testruns::repeatRun);
    QTest::addRow("x2.5 work per task") << RunFactory([] {
        RunResult run = testruns::gilGcdRun();
        run.options.scale = 2.5;
        return run;
    });
    QTest::addRow("running, odd values") << RunFactory([] {
        RunResult run = testruns::gilGcdRun();
        run.status = RunStatus::Running;
        run.options.switchIntervalMs = 0.1 + 0.2;   // not a short decimal
        run.samples.push_back({123, {1.0f / 3.0f, 2.0f / 3.0f, 1e-7f, 0.0f}});
        run.machine = MachineInfo{};
        run.tasks[0].cpuStart = 511;
        run.tasks[0].pid = INT32_MAX;
        run.tasks[0].enqueueNs = 0;
        run.wallNs = INT64_MAX;
        return run;
    });
    QTest::addRow("Python, a task's off-CPU time not measured") << RunFactory([] {
        RunResult run = testruns::gilGcdRun();
        run.tasks[1].gilWaitNs = -1;
        return run;
    });
    for (const bool bools : {true, false}) {
        QTest::addRow("your own Python function, %s results", bools ? "bool" : "int")
            << RunFactory([bools] {
                   RunResult run = testruns::failedPrimeRun();
                   auto w = std::make_shared<Workload>(*run.workload);
                   w->kernel = KernelId::PythonFunction;
                   w->python = PythonFunction{"primes.py", "primes.py", "is_prime", false, bools};
                   run.workload = w;
                   return run;
               });
    }
    QTest::addRow("MPI, another host's samples") << RunFactory([] {
        RunResult run = testruns::gilGcdRun();
        run.samples.push_back({125'000'000, {0.25f, 1.0f, 0.0f}, "node-7 \"b\""});
        return run;
    });
    QTest::addRow("shared counter, shared memory") << RunFactory([] {
        RunResult run = testruns::repeatRun();
        auto w = std::make_shared<Workload>(*run.workload);
        w->kernel = KernelId::SharedCounter;
        w->params.counterSync = CounterSync::SharedMemory;
        w->params.sleepReverseFrom = 12;
        run.workload = w;
        run.sharedTotal = (std::uint64_t{1} << 60) + 3;
        return run;
    });
    for (const CounterSync sync : {CounterSync::SharedMemoryLocked, CounterSync::Manager}) {
        QTest::addRow("shared counter, %s", std::string(io::counterSyncName(sync)).c_str())
            << RunFactory([sync] {
                   RunResult run = testruns::repeatRun();
                   auto w = std::make_shared<Workload>(*run.workload);
                   w->kernel = KernelId::SharedCounter;
                   w->params.counterSync = sync;
                   run.workload = w;
                   run.sharedTotal = 4000;
                   return run;
               });
    }
}

void TestReport::roundTripIsExact()
{
    QFETCH(RunFactory, make);
    const RunResult run = make();
    const std::string text = reportText(run);
    auto back = readRunReportData(text, "run.json");
    QVERIFY2(std::holds_alternative<RunResult>(back), errorOf(back));
    compareRuns(run, std::get<RunResult>(back));
    if (QTest::currentTestFailed())
        return;
    // Writing what was read gives the same bytes.
    QCOMPARE(reportText(std::get<RunResult>(back)), text);
}

void TestReport::fileRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath(QStringLiteral("run.json")).toStdString();
    const RunResult run = testruns::failedPrimeRun();
    QCOMPARE(writeRunReportFile(run, path), std::string());
    // Replacing an existing file works, and leaves no temporary files behind.
    QCOMPARE(writeRunReportFile(run, path), std::string());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("run.json")});
    auto back = readRunReport(path);
    QVERIFY2(std::holds_alternative<RunResult>(back), errorOf(back));
    compareRuns(run, std::get<RunResult>(back));

    const auto missing = readRunReport(dir.filePath(QStringLiteral("none.json")).toStdString());
    QVERIFY(std::holds_alternative<std::string>(missing));
    QVERIFY(std::get<std::string>(missing).find("none.json") != std::string::npos);
}

void TestReport::olderReportsOrderingNamesTheApi_data()
{
    QTest::addColumn<QString>("ordering");
    QTest::addColumn<int>("api");
    QTest::addRow("ordered-batch") << QStringLiteral("ordered-batch") << int(PyApi::PoolMap);
    QTest::addRow("ordered-stream") << QStringLiteral("ordered-stream") << int(PyApi::PoolImap);
    QTest::addRow("as-completed") << QStringLiteral("as-completed") << int(PyApi::PoolImapUnordered);
}

void TestReport::olderReportsOrderingNamesTheApi()
{
    // A report written before the API was the one choice: "ordering", and no "api" (before the
    // Python runtime) or an "api" a native run did not use. Both open, the ordering naming the
    // Pool API with that order.
    QFETCH(QString, ordering);
    QFETCH(int, api);
    const RunResult run = testruns::failedPrimeRun();
    QCOMPARE(run.options.runtime, Runtime::Native);
    const std::string text = reportText(run);
    const std::string written = "\"api\":\"" + std::string(pyApiName(run.options.api)) + '"';
    const std::size_t at = text.find(written);
    QVERIFY(at != std::string::npos);
    const std::string older = "\"ordering\":\"" + ordering.toStdString() + '"';
    for (const std::string &replacement : {older, older + ",\"api\":\"executor.map\""}) {
        std::string old = text;
        old.replace(at, written.size(), replacement);
        auto back = readRunReportData(old, "old.json");
        QVERIFY2(std::holds_alternative<RunResult>(back), errorOf(back));
        const int read = int(std::get<RunResult>(back).options.api);   // a copy: GCC's -Warray-bounds
        QCOMPARE(read, api);
    }
}

void TestReport::failedWriteLeavesNoFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const RunResult run = testruns::gilGcdRun();

    // The target is a directory: the rename fails after everything was written.
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken")));
    const std::string error =
        writeRunReportFile(run, dir.filePath(QStringLiteral("taken")).toStdString());
    QVERIFY(!error.empty());
    QVERIFY2(error.find("taken") != std::string::npos, error.c_str());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());

    // A directory that does not exist.
    const std::string noDir =
        writeRunReportFile(run, dir.filePath(QStringLiteral("no/such/run.json")).toStdString());
    QVERIFY(!noDir.empty());

    // A full device is reported by the stream variant too.
    if (QFile::exists(QStringLiteral("/dev/full"))) {
        std::ofstream full("/dev/full");
        QVERIFY(!writeRunReport(run, full));
    }
}

void TestReport::badReportsAreRefusedClearly_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    for (const testing::BadReport &bad : testing::badReports())
        QTest::addRow("%s", bad.tag.constData()) << bad.text << bad.message;
}

void TestReport::badReportsAreRefusedClearly()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    const auto result =
        readRunReportData(std::string_view(text.constData(), std::size_t(text.size())), "run.json");
    QVERIFY(std::holds_alternative<std::string>(result));
    const QString error = QString::fromStdString(std::get<std::string>(result));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.startsWith(u"run.json:"), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
}

void TestReport::millionTasksWriteFast()
{
    constexpr std::uint32_t kTasks = 1'000'000;
    auto w = std::make_shared<Workload>();
    w->name = "Many tiny tasks";
    w->kernel = KernelId::Double;
    w->inputs = RepeatInputs{{5, 0}, kTasks};
    RunResult run;
    run.workload = w;
    run.status = RunStatus::Ok;
    run.tasks.resize(kTasks);
    for (std::uint32_t i = 0; i < kTasks; ++i) {
        TaskRecord &t = run.tasks[i];
        t.index = i;
        t.worker = static_cast<std::int16_t>(i % 2);
        t.pid = 31337 + static_cast<std::int32_t>(i % 2);
        t.tid = t.pid;
        t.cpuStart = t.cpuEnd = static_cast<std::int16_t>(i % 2);
        t.enqueueNs = 1'000'000 + std::int64_t{i} * 400;
        t.startNs = t.enqueueNs + 150;
        t.endNs = t.startNs + 90;
        t.handedBackNs = t.endNs + 30;
        t.result = 10;
        t.state = TaskState::Done;
    }
    run.handOrder.resize(kTasks);
    for (std::uint32_t i = 0; i < kTasks; ++i)
        run.handOrder[i] = i;

    CountingBuf counter;
    std::ostream out(&counter);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(writeRunReport(run, out));
    const qint64 writeMs = timer.elapsed();
    qInfo("1,000,000 tasks: %zu bytes written in %lld ms", counter.count, writeMs);
    QVERIFY2(writeMs < test::scaledMs(4000), qPrintable(QString::number(writeMs)));

    // Reading back a tenth of it, to keep the test quick; the reader streams as well.
    run.tasks.resize(kTasks / 10);
    run.handOrder.resize(kTasks / 10);
    w->inputs = RepeatInputs{{5, 0}, kTasks / 10};
    const std::string text = reportText(run);
    timer.restart();
    auto back = readRunReportData(text, "big.json");
    qInfo("100,000 tasks: %zu bytes read in %lld ms", text.size(), timer.elapsed());
    QVERIFY(std::holds_alternative<RunResult>(back));
    QCOMPARE(std::get<RunResult>(back).tasks.size(), std::size_t(kTasks / 10));
}

void TestReport::machineInfoDescribesThisMachine()
{
    const MachineInfo m = MachineInfo::current();
    QCOMPARE(m.logicalCores, logicalCoreCount());
    QVERIFY(m.logicalCores >= 1);
    QVERIFY(!m.cpuModel.empty());
    QVERIFY(!m.os.empty());
    QVERIFY(m.os.find('"') == std::string::npos);   // PRETTY_NAME unquoted
    QVERIFY2(m.kernel.starts_with("Linux "), m.kernel.c_str());
    QVERIFY(!m.hostname.empty());
}

void TestReport::recordsWithoutWorkloadStillWriteValidJson()
{
    RunResult run = testruns::gilGcdRun();
    run.workload = nullptr;
    const QJsonObject root = reportJson(run);
    QCOMPARE(root.value(u"tasks").toArray().size(), 4);
    QCOMPARE(root.value(u"tasks").toArray().at(0).toObject().value(u"input").toString(), QString());
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
