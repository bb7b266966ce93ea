// Oversized input (issue 6, "Bad input"): a 200 MB workload file, a generator of 100,000,000
// tasks, a worker count of 10,000 and a list too long to parse in bounded memory are each
// refused with a sentence naming the file (or the option) and the limit, by the engine and by
// the command line (exit 2), before anything large is allocated. Never an out-of-memory death.
#include "tests/timing.h"
#include "app/jobs/jobrunner.h"
#include "core/engine/runjob.h"
#include "core/engine/sweep.h"
#include "core/io/jsonreader.h"
#include "core/workload/workloadparser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <fstream>
#include <string>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace corescope;

namespace {

struct Outcome {
    int exitCode = -1;
    QString err;
};

Outcome runCli(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(CORESCOPE_BIN_DIR "/corescope"), arguments);
    if (!p.waitForFinished(corescope::test::scaledMs(60000)))
        qFatal("corescope %s did not finish", qPrintable(arguments.join(QLatin1Char(' '))));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardError())};
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// A 200 MB file without using 200 MB of disk: sparse, as a real one would be read.
QString twoHundredMegabyteFile(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !f.write("{\"name\": \"huge\", \"inputs\": [")
        || !f.resize(200'000'000))
        qFatal("cannot make %s", qPrintable(path));
    return path;
}

const QByteArray kHundredMillionTasks =
    "{\n  \"name\": \"too many\",\n  \"kernel\": \"double\",\n"
    "  \"inputs\": {\"repeat\": {\"value\": 1, \"count\": 100000000}}\n}\n";

// "[1,1,...,1]" inside a workload: more values than json::kMaxValues, ~8 MB of text that
// would take ~0.4 GB (and 54 bytes per byte of text at 64 MB) if it were parsed whole.
QByteArray tooManyValues()
{
    QByteArray text = "{\"name\": \"long\", \"kernel\": \"double\", \"inputs\": [1";
    text.reserve(static_cast<qsizetype>(2 * json::kMaxValues + 64));
    for (std::size_t i = 0; i < json::kMaxValues; ++i)
        text += ",1";
    text += "]}";
    return text;
}

// The resident-memory high-water mark since the last resetPeakRss(), in KiB. VmHWM alone is the
// process's peak since it started, so a later check could not see anything below an earlier
// test's allowance; writing 5 to clear_refs (Linux 4.0+) starts the mark again from now.
long peakRssKiB()
{
    std::ifstream status("/proc/self/status");
    std::string key;
    while (status >> key) {
        if (key == "VmHWM:") {
            long kib = 0;
            status >> kib;
            return kib;
        }
        status.ignore(1 << 12, '\n');
    }
    return -1;
}

bool resetPeakRss()
{
    std::ofstream clear("/proc/self/clear_refs");
    clear << "5";
    clear.flush();
    return bool(clear);
}

// The growth of the peak while `work` runs, in KiB; -1 if the mark cannot be reset (so a bound
// cannot pass blind).
template<typename Work>
long peakGrowthKiB(Work &&work)
{
    if (!resetPeakRss())
        return -1;
    const long start = peakRssKiB();   // the current RSS, right after the reset
    if (start < 0)
        return -1;
    work();
    return peakRssKiB() - start;
}

} // namespace

class TestLimits final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parser_refuses200MegabyteFileUnread();
    void parser_streamsAPipeOnlyUpToTheLimit();
    void parser_refusesGeneratorOf100MillionTasks_data();
    void parser_refusesGeneratorOf100MillionTasks();
    void parser_refusesMoreValuesThanTheLimit();
    void engine_refusesWorkloadsAndWorkerCountsAboveTheLimits();
    void cli_refusesEachWithExit2_data();
    void cli_refusesEachWithExit2();
};

void TestLimits::parser_refuses200MegabyteFileUnread()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = twoHundredMegabyteFile(dir);
    QElapsedTimer t;
    t.start();
    std::variant<Workload, WorkloadError> result;
    const long growth = peakGrowthKiB([&] { result = loadWorkloadFile(path.toStdString()); });
    QVERIFY(std::holds_alternative<WorkloadError>(result));
    QCOMPARE(QString::fromStdString(std::get<WorkloadError>(result).toString()),
             path + QStringLiteral(": file is too large (191 MiB; workload files are limited to "
                                   "64 MiB)"));
    QVERIFY(t.elapsed() < test::scaledMs(1000));   // refused from its size, not read
    QVERIFY2(growth >= 0 && growth < 16 * 1024, std::to_string(growth).c_str());
}

void TestLimits::parser_streamsAPipeOnlyUpToTheLimit()
{
    // A pipe has no size: it is read in 64 KiB pieces and refused at the limit, whatever the
    // writer would still send.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string fifo = dir.filePath(QStringLiteral("pipe.json")).toStdString();
    QCOMPARE(mkfifo(fifo.c_str(), 0600), 0);
    std::signal(SIGPIPE, SIG_IGN);
    std::uint64_t written = 0;
    std::thread writer([&fifo, &written] {
        const int fd = ::open(fifo.c_str(), O_WRONLY);
        if (fd < 0)
            return;
        const std::string block(1 << 20, ' ');
        while (written < (std::uint64_t{200} << 20)) {
            const ssize_t n = ::write(fd, block.data(), block.size());
            if (n <= 0)
                break;   // EPIPE: the reader gave up
            written += static_cast<std::uint64_t>(n);
        }
        ::close(fd);
    });
    auto result = loadWorkloadFile(fifo);
    writer.join();
    QVERIFY(std::holds_alternative<WorkloadError>(result));
    QCOMPARE(std::get<WorkloadError>(result).toString(),
             fifo + ": file is too large (workload files are limited to 64 MiB)");
    QVERIFY2(written < (std::uint64_t{100} << 20), std::to_string(written).c_str());
}

void TestLimits::parser_refusesGeneratorOf100MillionTasks_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    QTest::addRow("repeat") << kHundredMillionTasks
                            << QStringLiteral("big.json:4:46: inputs.repeat.count: 100000000 tasks "
                                              "is more than the limit of 50000000 per workload "
                                              "(every task keeps a trace record)");
    QTest::addRow("range") << QByteArray("{\"name\": \"r\", \"kernel\": \"is_prime\", \"inputs\": "
                                         "{\"range\": {\"stop\": 100000000}}}")
                           << QStringLiteral("big.json:1:57: inputs.range: 100000000 tasks is more "
                                             "than the limit of 50000000 per workload (every task "
                                             "keeps a trace record)");
}

void TestLimits::parser_refusesGeneratorOf100MillionTasks()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    auto result = parseWorkload(std::string_view(text.constData(), std::size_t(text.size())),
                                "big.json");
    QVERIFY(std::holds_alternative<WorkloadError>(result));
    QCOMPARE(QString::fromStdString(std::get<WorkloadError>(result).toString()), error);
}

void TestLimits::parser_refusesMoreValuesThanTheLimit()
{
    const QByteArray text = tooManyValues();
    std::variant<Workload, WorkloadError> result;
    const long growth = peakGrowthKiB([&] {
        result = parseWorkload(std::string_view(text.constData(), std::size_t(text.size())),
                               "long.json");
    });
    QVERIFY(std::holds_alternative<WorkloadError>(result));
    const WorkloadError &e = std::get<WorkloadError>(result);
    QCOMPARE(e.line, 1);
    QVERIFY(e.column > 8'000'000);   // at the value past the limit, near the end
    QCOMPARE(e.message, "too large: more than " + std::to_string(json::kMaxValues)
                            + " values (inputs and expected results together); describe large "
                              "workloads with a \"range\" or \"repeat\" generator");
    // Bounded: the values parsed before the refusal, not 54 bytes per byte of any file size.
    QVERIFY2(growth >= 0 && growth < 1024 * 1024, (std::to_string(growth) + " KiB").c_str());
}

void TestLimits::engine_refusesWorkloadsAndWorkerCountsAboveTheLimits()
{
    // Workloads built in code (or read back from a report) never went through the parser.
    Workload huge;
    huge.name = "huge";
    huge.kernel = KernelId::Double;
    huge.inputs = RangeInputs{0, 100'000'000, 1};
    const auto workload = std::make_shared<const Workload>(huge);
    RunOptions options;
    options.mode = Mode::Threads;
    QCOMPARE(checkRunnable(*workload, options),
             std::string("the workload \"huge\" has 100000000 tasks, more than the limit of "
                         "50000000 per run (every task keeps a trace record)"));
    const long before = peakRssKiB();
    jobs::JobRunner controller;
    std::string error;
    QCOMPARE(controller.startRun(workload, options, &error), quint64{0});
    QVERIFY(error.find("100000000 tasks") != std::string::npos);
    QVERIFY(!controller.isBusy());
    QVERIFY(peakRssKiB() - before < 16 * 1024);   // no records were allocated

    Workload small = huge;
    small.inputs = RangeInputs{0, 4, 1};
    options.workers = 10'000;
    QCOMPARE(checkRunnable(small, options),
             std::string("workers must be between 1 and 1024, got 10000"));
    QCOMPARE(controller.startRun(std::make_shared<const Workload>(small), options, &error),
             quint64{0});
    QCOMPARE(error, std::string("workers must be between 1 and 1024, got 10000"));
    std::string why;
    QVERIFY(!SweepSpec::parseWorkerList("1-10000", why));
    QVERIFY2(why.find("1..1024") != std::string::npos, why.c_str());

    // The memory-bound kernel allocates a buffer per worker: 4 GiB x 1024 workers is refused
    // before any worker starts; the shipped memory-bound workload at 2 workers is fine.
    Workload memory;
    memory.name = "memory";
    memory.kernel = KernelId::MemSweep;
    memory.params.bufferMiB = 4096;
    memory.inputs = RangeInputs{1, 3, 1};
    options.workers = 1024;
    const std::string refusal = checkRunnable(memory, options);
    QVERIFY2(refusal.find("4096 MiB per worker x 1024 = 4194304 MiB, more than half of this "
                          "machine's memory")
                 != std::string::npos,
             refusal.c_str());
    memory.params.bufferMiB = 64;
    options.workers = 2;
    QCOMPARE(checkRunnable(memory, options), std::string());
}

void TestLimits::cli_refusesEachWithExit2_data()
{
    QTest::addColumn<QString>("file");         // written to the temporary folder, "" = none
    QTest::addColumn<QStringList>("arguments");  // "FILE" stands for its path
    QTest::addColumn<QStringList>("messages");   // each must appear on stderr
    QTest::addRow("200 MB file")
        << QStringLiteral("huge") << QStringList{QStringLiteral("run"), QStringLiteral("FILE")}
        << QStringList{QStringLiteral("huge.json: file is too large (191 MiB; workload files are "
                                      "limited to 64 MiB)")};
    QTest::addRow("100M-task generator")
        << QStringLiteral("big") << QStringList{QStringLiteral("run"), QStringLiteral("FILE")}
        << QStringList{QStringLiteral("big.json:4:46: inputs.repeat.count: 100000000 tasks is "
                                      "more than the limit of 50000000")};
    QTest::addRow("100M-task generator, sweep")
        << QStringLiteral("big")
        << QStringList{QStringLiteral("sweep"), QStringLiteral("FILE"), QStringLiteral("--workers"),
                       QStringLiteral("1-2")}
        << QStringList{QStringLiteral("big.json:4:46:"), QStringLiteral("limit of 50000000")};
    QTest::addRow("too many values")
        << QStringLiteral("long") << QStringList{QStringLiteral("run"), QStringLiteral("FILE")}
        << QStringList{QStringLiteral("long.json:1:"),
                       QStringLiteral("too large: more than 4194304 values")};
    QTest::addRow("10,000 workers")
        << QString() << QStringList{QStringLiteral("run"), QStringLiteral("gcd4"),
                                    QStringLiteral("--workers"), QStringLiteral("10000")}
        << QStringList{QStringLiteral("--workers: expected a whole number from 1 to 1024, got "
                                      "\"10000\"")};
    QTest::addRow("10,000 workers, sweep")
        << QString() << QStringList{QStringLiteral("sweep"), QStringLiteral("gcd4"),
                                    QStringLiteral("--workers"), QStringLiteral("1-10000")}
        << QStringList{QStringLiteral("--workers: expected worker counts"),
                       QStringLiteral("1..1024")};
}

void TestLimits::cli_refusesEachWithExit2()
{
    QFETCH(QString, file);
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, messages);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path;
    if (file == QStringLiteral("huge"))
        path = twoHundredMegabyteFile(dir);
    else if (file == QStringLiteral("big"))
        path = writeFile(dir, QStringLiteral("big.json"), kHundredMillionTasks);
    else if (file == QStringLiteral("long"))
        path = writeFile(dir, QStringLiteral("long.json"), tooManyValues());
    arguments.replaceInStrings(QStringLiteral("FILE"), path);
    QElapsedTimer t;
    t.start();
    const Outcome o = runCli(arguments);
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.startsWith(QStringLiteral("corescope: ")), qPrintable(o.err));
    for (const QString &m : messages)
        QVERIFY2(o.err.contains(m), qPrintable(o.err));
    QVERIFY2(t.elapsed() < test::scaledMs(20000), "the refusal took more than 20 s");
}

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
