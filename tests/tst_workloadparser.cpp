#include "core/workload/workloadparser.h"

#include "tests/badworkloads.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <string>
#include <string_view>

using namespace corescope;
using corescope::testing::doc;

namespace {

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

Workload parseOk(const QByteArray &text)
{
    auto result = parseWorkload(view(text), "ok.json");
    if (const auto *error = std::get_if<WorkloadError>(&result))
        qFatal("unexpected workload error: %s", error->toString().c_str());
    return std::get<Workload>(std::move(result));
}

QString dataPath(const char *name)
{
    return QStringLiteral(CORESCOPE_TEST_DATA "/workloads/") + QString::fromUtf8(name);
}

} // namespace

class TestWorkloadParser final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rejectsBadWorkload_data();
    void rejectsBadWorkload();
    void formatsErrors_data();
    void formatsErrors();

    void acceptsExplicitList();
    void acceptsRange_data();
    void acceptsRange();
    void acceptsRepeat();
    void keepsBigIntegersExact();
    void acceptsPairs();
    void readsParams_data();
    void readsParams();
    void readsExpectedResults();
    void acceptsByteOrderMarkAndCrLf();

    void loadsFile();
    void loadFileErrorsNameThePath();
    void refusesMissingDirectoryAndDevice();
    void refusesOversizedFile();
    void refusesEmptyFile();
};

void TestWorkloadParser::rejectsBadWorkload_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    // The messages list every kernel there is, in this order.
    QCOMPARE(QByteArray(allKernels().front().name.data()), QByteArray("is_prime"));
    for (const testing::BadWorkload &bad : testing::badWorkloads())
        QTest::addRow("%s", bad.tag.constData()) << bad.text << bad.error;
}

void TestWorkloadParser::rejectsBadWorkload()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    auto result = parseWorkload(view(text), "primes.json");
    QVERIFY2(std::holds_alternative<WorkloadError>(result), "a bad workload was accepted");
    const WorkloadError &e = std::get<WorkloadError>(result);
    QCOMPARE(QString::fromStdString(e.toString()), error);
    QCOMPARE(e.file, std::string("primes.json"));
    QVERIFY(e.line >= 1);
    QVERIFY(e.column >= 1);
}

void TestWorkloadParser::formatsErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("formatted");
    QTest::addRow("full") << QStringLiteral("primes.json") << 3 << 17 << QStringLiteral("inputs[1]")
                          << QStringLiteral("primes.json:3:17: inputs[1]: expected a non-negative "
                                            "integer, got \"two\"");
    QTest::addRow("no field") << QStringLiteral("a.json") << 1 << 1 << QString()
                              << QStringLiteral("a.json:1:1: expected a non-negative integer, got "
                                                "\"two\"");
    QTest::addRow("no position") << QStringLiteral("/tmp/a.json") << 0 << 0 << QString()
                                 << QStringLiteral("/tmp/a.json: expected a non-negative integer, "
                                                   "got \"two\"");
    QTest::addRow("no file") << QString() << 0 << 0 << QString()
                             << QStringLiteral("expected a non-negative integer, got \"two\"");
}

void TestWorkloadParser::formatsErrors()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, field);
    QFETCH(QString, formatted);
    const WorkloadError e{file.toStdString(), line, column, field.toStdString(),
                          "expected a non-negative integer, got \"two\""};
    QCOMPARE(QString::fromStdString(e.toString()), formatted);
}

void TestWorkloadParser::acceptsExplicitList()
{
    const Workload w = parseOk(R"({
  "name": "Seed primes",
  "description": "one line",
  "kernel": "is_prime",
  "params": {},
  "inputs": [112272535095293, 0, 9007199254740992],
  "expected": [true, false, false]
})");
    QCOMPARE(w.name, std::string("Seed primes"));
    QCOMPARE(w.description, std::string("one line"));
    QCOMPARE(w.sourcePath, std::string("ok.json"));
    QCOMPARE(w.kernel, KernelId::IsPrime);
    QCOMPARE(w.params, KernelParams{});
    QVERIFY(std::holds_alternative<ExplicitInputs>(w.inputs));
    QCOMPARE(w.taskCount(), std::uint64_t{3});
    QCOMPARE(w.input(0), (TaskInput{112272535095293ULL, 0}));
    QCOMPARE(w.input(1), (TaskInput{0, 0}));
    QCOMPARE(w.input(2), (TaskInput{9007199254740992ULL, 0}));
    QVERIFY(w.expected.has_value());
    QCOMPARE(*w.expected, (std::vector<std::uint64_t>{1, 0, 0}));

    // Optional fields may be left out.
    const Workload minimal = parseOk(R"({"name": "m", "kernel": "sleep_ms", "inputs": [3]})");
    QVERIFY(minimal.description.empty());
    QVERIFY(!minimal.expected.has_value());
    QCOMPARE(minimal.kernel, KernelId::SleepMs);
}

void TestWorkloadParser::acceptsRange_data()
{
    QTest::addColumn<QByteArray>("range");
    QTest::addColumn<QByteArray>("kernel");
    QTest::addColumn<quint64>("count");
    QTest::addColumn<quint64>("first");
    QTest::addColumn<quint64>("last");
    QTest::addRow("issue example") << QByteArray(R"({"start": 1, "stop": 100001, "step": 1})")
                                   << QByteArray("is_prime") << quint64(100000) << quint64(1)
                                   << quint64(100000);
    QTest::addRow("defaults") << QByteArray(R"({"stop": 5})") << QByteArray("is_prime")
                              << quint64(5) << quint64(0) << quint64(4);
    QTest::addRow("step 3") << QByteArray(R"({"start": 2, "stop": 12, "step": 3})")
                            << QByteArray("is_prime") << quint64(4) << quint64(2) << quint64(11);
    QTest::addRow("step past stop") << QByteArray(R"({"start": 2, "stop": 13, "step": 3})")
                                    << QByteArray("is_prime") << quint64(4) << quint64(2)
                                    << quint64(11);
    QTest::addRow("single") << QByteArray(R"({"start": 7, "stop": 8, "step": 100})")
                            << QByteArray("is_prime") << quint64(1) << quint64(7) << quint64(7);
    QTest::addRow("decimal strings")
        << QByteArray(R"({"start": "18446744073709551610", "stop": "18446744073709551615"})")
        << QByteArray("is_prime") << quint64(5) << quint64(18446744073709551610ULL)
        << quint64(18446744073709551614ULL);
    QTest::addRow("seed sums") << QByteArray(R"({"start": 10000000, "stop": 10000010})")
                               << QByteArray("sum_loop") << quint64(10) << quint64(10000000)
                               << quint64(10000009);
    QTest::addRow("exactly the task limit") << QByteArray(R"({"stop": 50000000})")
                                            << QByteArray("double") << quint64(50000000)
                                            << quint64(0) << quint64(49999999);
    QTest::addRow("up to the kernel's limit") << QByteArray(R"({"start": 9990, "stop": 10001})")
                                              << QByteArray("mem_sweep") << quint64(11)
                                              << quint64(9990) << quint64(10000);
}

void TestWorkloadParser::acceptsRange()
{
    QFETCH(QByteArray, range);
    QFETCH(QByteArray, kernel);
    QFETCH(quint64, count);
    QFETCH(quint64, first);
    QFETCH(quint64, last);
    const Workload w = parseOk(doc(kernel, "{\"range\": " + range + "}"));
    QVERIFY(std::holds_alternative<RangeInputs>(w.inputs));
    QCOMPARE(w.taskCount(), count);
    QCOMPARE(w.input(0).a, first);
    QCOMPARE(w.input(count - 1).a, last);
}

void TestWorkloadParser::acceptsRepeat()
{
    const Workload w = parseOk(doc("double", R"({"repeat": {"value": 5, "count": 1000000}})"));
    QVERIFY(std::holds_alternative<RepeatInputs>(w.inputs));
    QCOMPARE(w.taskCount(), std::uint64_t{1000000});
    QCOMPARE(w.input(0), (TaskInput{5, 0}));
    QCOMPARE(w.input(999999), (TaskInput{5, 0}));

    const Workload pairs =
        parseOk(doc("gcd_naive", R"({"repeat": {"count": "3", "value": [1963309, "2265973"]}})"));
    QCOMPARE(pairs.taskCount(), std::uint64_t{3});
    QCOMPARE(pairs.input(2), (TaskInput{1963309, 2265973}));

    const Workload limit = parseOk(doc("double", R"({"repeat": {"value": 1, "count": 50000000}})"));
    QCOMPARE(limit.taskCount(), kMaxWorkloadTasks);
}

void TestWorkloadParser::keepsBigIntegersExact()
{
    const Workload w = parseOk(doc("is_prime", R"([
    "18446744073709551615", "18446744073709551614", "9007199254740993",
    9007199254740992, 9007199254740991, "0", "007", 0])"));
    const std::vector<std::uint64_t> expected{18446744073709551615ULL, 18446744073709551614ULL,
                                              9007199254740993ULL,     9007199254740992ULL,
                                              9007199254740991ULL,     0, 7, 0};
    QCOMPARE(w.taskCount(), std::uint64_t{expected.size()});
    for (std::size_t i = 0; i < expected.size(); ++i)
        QCOMPARE(w.input(i).a, expected[i]);
}

void TestWorkloadParser::acceptsPairs()
{
    const Workload w = parseOk(doc("gcd_naive", R"([[1963309, 2265973], [2030677, 3814172],
              [1551645, 2229620], ["2039045", 2020802], [0, 9007199254740991]])",
                                   ",\n  \"expected\": [1, 1, 5, 1, 0]"));
    QCOMPARE(w.kernel, KernelId::GcdNaive);
    QCOMPARE(w.taskCount(), std::uint64_t{5});
    QCOMPARE(w.input(0), (TaskInput{1963309, 2265973}));
    QCOMPARE(w.input(3), (TaskInput{2039045, 2020802}));
    QCOMPARE(w.input(4), (TaskInput{0, 9007199254740991ULL}));
    QCOMPARE(*w.expected, (std::vector<std::uint64_t>{1, 1, 5, 1, 0}));
}

void TestWorkloadParser::readsParams_data()
{
    QTest::addColumn<QByteArray>("kernel");
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<double>("sleepMsPerUnit");
    QTest::addColumn<quint64>("bufferMiB");
    QTest::addColumn<int>("crashSignal");
    QTest::addColumn<quint64>("reverseFrom");
    QTest::addColumn<int>("counterSync");
    const KernelParams defaults;
    const auto row = [&](const char *tag, const char *kernel, const char *params, double sleep,
                         quint64 buffer, int signal, quint64 reverse = 0,
                         CounterSync sync = CounterSync::None) {
        QTest::addRow("%s", tag) << QByteArray(kernel) << QByteArray(params) << sleep << buffer
                                 << signal << reverse << int(sync);
    };
    row("none", "double", "{}", defaults.sleepMsPerUnit, defaults.bufferMiB, defaults.crashSignal);
    row("sleep 1000", "double", R"({"sleep_ms_per_unit": 1000})", 1000.0, defaults.bufferMiB,
        defaults.crashSignal);
    row("sleep fraction", "double", R"({"sleep_ms_per_unit": 0.5})", 0.5, defaults.bufferMiB,
        defaults.crashSignal);
    row("sleep exponent", "double", R"({"sleep_ms_per_unit": 2.5e1})", 25.0, defaults.bufferMiB,
        defaults.crashSignal);
    row("sleep 0", "double", R"({"sleep_ms_per_unit": 0})", 0.0, defaults.bufferMiB,
        defaults.crashSignal);
    row("sleep max", "double", R"({"sleep_ms_per_unit": 60000})", 60000.0, defaults.bufferMiB,
        defaults.crashSignal);
    row("buffer 1", "mem_sweep", R"({"buffer_mib": 1})", 0.0, 1, defaults.crashSignal);
    row("buffer 4096", "mem_sweep", R"({"buffer_mib": 4096})", 0.0, 4096, defaults.crashSignal);
    row("buffer as string", "mem_sweep", R"({"buffer_mib": "64"})", 0.0, 64,
        defaults.crashSignal);
    row("SIGSEGV", "crash", R"({"signal": "SIGSEGV"})", 0.0, defaults.bufferMiB, 11);
    row("SIGABRT", "crash", R"({"signal": "SIGABRT"})", 0.0, defaults.bufferMiB, 6);
    row("SIGKILL", "crash", R"({"signal": "SIGKILL"})", 0.0, defaults.bufferMiB, 9);
    row("exit", "crash", R"({"signal": "exit"})", 0.0, defaults.bufferMiB, 0);
    row("reversed sleep", "double", R"({"sleep_ms_per_unit": 1000, "sleep_reverse_from": 3})",
        1000.0, defaults.bufferMiB, defaults.crashSignal, 3);
    row("sync none", "shared_counter", R"({"sync": "none"})", 0.0, defaults.bufferMiB,
        defaults.crashSignal, 0, CounterSync::None);
    row("sync lock", "shared_counter", R"({"sync": "lock"})", 0.0, defaults.bufferMiB,
        defaults.crashSignal, 0, CounterSync::Lock);
    row("sync shared memory", "shared_counter", R"({"sync": "shared_memory"})", 0.0,
        defaults.bufferMiB, defaults.crashSignal, 0, CounterSync::SharedMemory);
    row("sync shared memory locked", "shared_counter", "{\"sync\": \"shared_memory_locked\"}",
        0.0, defaults.bufferMiB, defaults.crashSignal, 0, CounterSync::SharedMemoryLocked);
    row("sync manager", "shared_counter", "{\"sync\": \"manager\"}", 0.0, defaults.bufferMiB,
        defaults.crashSignal, 0, CounterSync::Manager);
}

void TestWorkloadParser::readsParams()
{
    QFETCH(QByteArray, kernel);
    QFETCH(QByteArray, params);
    QFETCH(double, sleepMsPerUnit);
    QFETCH(quint64, bufferMiB);
    QFETCH(int, crashSignal);
    QFETCH(quint64, reverseFrom);
    QFETCH(int, counterSync);
    const Workload w = parseOk(doc(kernel, "[1]", ",\n  \"params\": " + params));
    QCOMPARE(w.params.sleepMsPerUnit, sleepMsPerUnit);
    QCOMPARE(w.params.bufferMiB, bufferMiB);
    QCOMPARE(w.params.crashSignal, crashSignal);
    QCOMPARE(w.params.sleepReverseFrom, reverseFrom);
    QCOMPARE(int(w.params.counterSync), counterSync);
}

void TestWorkloadParser::readsExpectedResults()
{
    const Workload sums = parseOk(doc("sum_loop", R"({"range": {"start": 10000000, "stop": 10000003}})",
                                      R"(, "expected": [50000005000001, "50000015000002", 50000025000004])"));
    QCOMPARE(*sums.expected,
             (std::vector<std::uint64_t>{50000005000001ULL, 50000015000002ULL, 50000025000004ULL}));
    const Workload big = parseOk(doc("double", "[\"9223372036854775807\"]",
                                     R"(, "expected": ["18446744073709551614"])"));
    QCOMPARE(big.input(0).a, 9223372036854775807ULL);
    QCOMPARE((*big.expected)[0], 18446744073709551614ULL);

    // Your own function's expected true / false: it returns bools, shown as bools (the trace
    // carries them as 1 / 0); numbers, or a mix, are shown as numbers.
    const auto python = [](const char *expected) {
        return parseOk(QByteArray(R"({"name": "t", "python": {"file": ")" CORESCOPE_TEST_DATA
                                  R"(/../../resources/workloads/primes.py", "function": "is_prime"}, )"
                                  R"("inputs": [7, 8], "expected": )")
                       + expected + '}');
    };
    const Workload bools = python("[true, false]");
    QCOMPARE(*bools.expected, (std::vector<std::uint64_t>{1, 0}));
    QCOMPARE(bools.resultKind(), ResultKind::Bool);
    QCOMPARE(bools.resultText(1), std::string("true"));
    QCOMPARE(python("[1, 0]").resultKind(), ResultKind::Integer);
    QCOMPARE(python("[true, 0]").resultText(1), std::string("1"));
    QCOMPARE(parseOk(doc("is_prime", "[7]")).resultText(0), std::string("false"));
}

void TestWorkloadParser::acceptsByteOrderMarkAndCrLf()
{
    const Workload w = parseOk("\xEF\xBB\xBF{\r\n  \"name\": \"bom\",\r\n  \"kernel\": \"double\",\r\n"
                               "  \"inputs\": [5]\r\n}\r\n");
    QCOMPARE(w.name, std::string("bom"));
    // Positions stay right with CR LF line ends.
    auto bad = parseWorkload("{\r\n  \"name\": \"x\",\r\n  \"kernel\": \"double\",\r\n  \"inputs\": [-5]\r\n}",
                             "crlf.json");
    QCOMPARE(QString::fromStdString(std::get<WorkloadError>(bad).toString()),
             QStringLiteral("crlf.json:4:14: inputs[0]: expected a non-negative integer, got -5"));
}

void TestWorkloadParser::loadsFile()
{
    const std::string path = dataPath("primes-small.json").toStdString();
    auto result = loadWorkloadFile(path);
    QVERIFY2(std::holds_alternative<Workload>(result),
             std::holds_alternative<WorkloadError>(result)
                 ? std::get<WorkloadError>(result).toString().c_str()
                 : "");
    const Workload &w = std::get<Workload>(result);
    QCOMPARE(w.name, std::string("Small primes"));
    QCOMPARE(w.sourcePath, path);
    QCOMPARE(w.taskCount(), std::uint64_t{5});
    QCOMPARE(w.input(3).a, std::uint64_t{4294967291ULL});
    QCOMPARE(w.expected->size(), std::size_t{5});
}

void TestWorkloadParser::loadFileErrorsNameThePath()
{
    const std::string path = dataPath("primes.json").toStdString();
    auto result = loadWorkloadFile(path);
    QVERIFY(std::holds_alternative<WorkloadError>(result));
    const WorkloadError &e = std::get<WorkloadError>(result);
    QCOMPARE(e.file, path);
    QCOMPARE(e.toString(), path + ":3:17: inputs[1]: expected a non-negative integer, got \"two\"");
}

void TestWorkloadParser::refusesMissingDirectoryAndDevice()
{
    const auto errorOf = [](const std::string &path) {
        auto result = loadWorkloadFile(path);
        if (!std::holds_alternative<WorkloadError>(result))
            return QStringLiteral("(accepted)");
        const WorkloadError &e = std::get<WorkloadError>(result);
        if (e.line != 0 || e.column != 0)
            return QStringLiteral("(has a position)");
        return QString::fromStdString(e.toString());
    };
    QCOMPARE(errorOf("/nonexistent/corescope/x.json"),
             QStringLiteral("/nonexistent/corescope/x.json: file not found"));
    QCOMPARE(errorOf("no-such-workload.json"), QStringLiteral("no-such-workload.json: file not found"));
    QCOMPARE(errorOf(""), QStringLiteral("no workload file name given"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string dirPath = dir.path().toStdString();
    QCOMPARE(errorOf(dirPath), QString::fromStdString(dirPath + ": is a directory, not a workload file"));
    QCOMPARE(errorOf("/dev/zero"), QStringLiteral("/dev/zero: is not a regular file"));
}

void TestWorkloadParser::refusesOversizedFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(qint64(65) << 20));   // sparse: no disk space used
    file.close();
    auto result = loadWorkloadFile(path.toStdString());
    QVERIFY(std::holds_alternative<WorkloadError>(result));
    QCOMPARE(QString::fromStdString(std::get<WorkloadError>(result).toString()),
             path + QStringLiteral(": file is too large (65 MiB; workload files are limited to "
                                   "64 MiB)"));
    // Just at the limit the file is read (and here refused as JSON, being all NUL bytes).
    QVERIFY(file.resize(qint64(64) << 20));
    auto atLimit = loadWorkloadFile(path.toStdString());
    QCOMPARE(QString::fromStdString(std::get<WorkloadError>(atLimit).toString()),
             path + QStringLiteral(":1:1: invalid JSON: expected a value, got NUL byte (is this a "
                                   "binary file?)"));
}

void TestWorkloadParser::refusesEmptyFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("empty.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    auto result = loadWorkloadFile(path.toStdString());
    QVERIFY(std::holds_alternative<WorkloadError>(result));
    QCOMPARE(QString::fromStdString(std::get<WorkloadError>(result).toString()),
             path + QStringLiteral(":1:1: invalid JSON: empty input: expected a JSON value"));
}

QTEST_GUILESS_MAIN(TestWorkloadParser)
#include "tst_workloadparser.moc"
