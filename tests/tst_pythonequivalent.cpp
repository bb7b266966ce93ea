// The equivalent Python of a run's settings (core/exec/python/equivalent.h), run by CPython:
// every mode and API on the seeds' doubler, a pair kernel, bound params, an imported kernel
// and a start method. Each program must run as it is and print the workload's results.

#include "core/exec/python/equivalent.h"
#include "core/exec/pythonexecutor.h"
#include "tests/engineruns.h"
#include "tests/timing.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace corescope;
using corescope::test::shippedWorkload;

namespace {

struct Ran {
    int exitCode = -1;
    QString out;
    QString err;
};

Ran runPython(const std::string &code)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("equivalent.py")));
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(file.fileName()));
    file.write(QByteArray::fromStdString(code));
    file.close();
    QProcess python;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    std::string error;
    const std::string driver = pythonDriverPath(error);
    // Beside corescope_kernels.py, as the comment on an imported kernel says.
    env.insert(QStringLiteral("PYTHONPATH"),
               QFileInfo(QString::fromStdString(driver)).absolutePath());
    python.setProcessEnvironment(env);
    python.setWorkingDirectory(dir.path());
    python.start(QString::fromStdString(probePython({}).interpreter), {file.fileName()});
    Ran ran;
    if (!python.waitForFinished(test::scaledMs(60'000))) {
        python.kill();
        python.waitForFinished();
        ran.err = QStringLiteral("timed out");
        return ran;
    }
    ran.exitCode = python.exitCode();
    ran.out = QString::fromUtf8(python.readAllStandardOutput());
    ran.err = QString::fromUtf8(python.readAllStandardError());
    return ran;
}

// The numbers a program printed (True / False as 1 / 0), sorted: the APIs print them in their
// own orders and shapes.
std::vector<std::uint64_t> printed(const QString &out)
{
    std::vector<std::uint64_t> values;
    static const QRegularExpression token(QStringLiteral("\\d+|True|False"));
    for (auto it = token.globalMatch(out); it.hasNext();) {
        const QString t = it.next().captured();
        values.push_back(t == QLatin1String("True") ? 1 : t == QLatin1String("False") ? 0 : t.toULongLong());
    }
    std::sort(values.begin(), values.end());
    return values;
}

std::vector<std::uint64_t> sortedExpected(const Workload &w)
{
    std::vector<std::uint64_t> v = *w.expected;
    std::sort(v.begin(), v.end());
    return v;
}

RunOptions optionsFor(Runtime runtime, Mode mode, PyApi api, int chunksize = 0)
{
    RunOptions o;
    o.runtime = runtime;
    o.mode = mode;
    o.workers = mode == Mode::Serial ? 1 : 2;
    o.api = api;
    o.chunksize = chunksize;
    return o;
}

} // namespace

class TestPythonEquivalent final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const PythonProbe probe = probePython({});
        QVERIFY2(probe.error.empty(), probe.error.c_str());
        QVERIFY(!shippedKernelsSource().empty());
    }

    void functionSource_cutsOneTopLevelFunction()
    {
        const std::string source = "import math\n\n\ndef a(n):\n    x = 1\n\n    return x\n\n\n"
                                   "def b(n):\n    return 2\n# end\n";
        QCOMPARE(pythonFunctionSource(source, "a"), std::string("def a(n):\n    x = 1\n\n    return x\n"));
        QCOMPARE(pythonFunctionSource(source, "b"), std::string("def b(n):\n    return 2\n"));
        QCOMPARE(pythonFunctionSource(source, "c"), std::string());
        QCOMPARE(pythonFunctionSource("def ab(n):\n    pass\n", "a"), std::string());
        // The shipped kernels stand alone: is_prime is shown whole, with its import.
        const std::string isPrime = pythonFunctionSource(shippedKernelsSource(), "is_prime");
        QVERIFY(isPrime.starts_with("def is_prime(n):"));
        QVERIFY(isPrime.find("math.isqrt(n)") != std::string::npos);
        QVERIFY(isPrime.find("KERNELS") == std::string::npos);
    }

    void everyModeAndApi_runsAndPrintsTheResults_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("api");
        QTest::addColumn<int>("runtime");
        QTest::addRow("serial") << int(Mode::Serial) << int(PyApi::ExecutorMap) << int(Runtime::Python);
        for (const Mode mode : {Mode::Threads, Mode::Processes})
            for (const PyApi api : {PyApi::ExecutorMap, PyApi::SubmitAsCompleted, PyApi::PoolMap,
                                    PyApi::PoolImap, PyApi::PoolImapUnordered})
                QTest::addRow("%s %s", modeName(mode).data(), pyApiName(api).data())
                    << int(mode) << int(api) << int(Runtime::Python);
        QTest::addRow("native threads") << int(Mode::Threads) << int(PyApi::ExecutorMap)
                                        << int(Runtime::Native);
    }

    void everyModeAndApi_runsAndPrintsTheResults()
    {
        QFETCH(int, mode);
        QFETCH(int, api);
        QFETCH(int, runtime);
        const auto doubler = shippedWorkload("doubler");
        const RunOptions o = optionsFor(Runtime(runtime), Mode(mode), PyApi(api));
        const std::string code = pythonEquivalent(*doubler, o, shippedKernelsSource());
        const Ran ran = runPython(code);
        QVERIFY2(ran.exitCode == 0, qPrintable(ran.err + QString::fromStdString("\n" + code)));
        QCOMPARE(printed(ran.out), sortedExpected(*doubler));
        QVERIFY(code.find("def double(number") != std::string::npos);   // shown whole
        if (Runtime(runtime) == Runtime::Native)
            QVERIFY(code.find("Corescope ran this in C++") != std::string::npos);
    }

    void theApisCallsAsTheDriverMakesThem()
    {
        const auto primes = shippedWorkload("primes6");
        const std::string kernels = shippedKernelsSource();
        RunOptions o = optionsFor(Runtime::Python, Mode::Processes, PyApi::ExecutorMap);
        std::string code = pythonEquivalent(*primes, o, kernels);
        QVERIFY2(code.find("with cf.ProcessPoolExecutor(max_workers=2) as ex:\n        # in input "
                           "order, each as soon as it and every earlier one are done\n        "
                           "results = list(ex.map(is_prime, NUMS, chunksize=1))")
                     != std::string::npos,
                 code.c_str());
        QVERIFY2(code.find("NUMS = [112272535095293, 112582705942171,") != std::string::npos,
                 code.c_str());
        o.api = PyApi::PoolMap;
        o.startMethod = StartMethod::Spawn;
        code = pythonEquivalent(*primes, o, kernels);
        QVERIFY2(code.find("pool = mp.get_context(\"spawn\").Pool(2)") != std::string::npos, code.c_str());
        QVERIFY2(code.find("results = pool.map(is_prime, NUMS)\n") != std::string::npos, code.c_str());
        o.chunksize = 3;
        code = pythonEquivalent(*primes, o, kernels);
        QVERIFY2(code.find("results = pool.map(is_prime, NUMS, chunksize=3)\n") != std::string::npos,
                 code.c_str());
    }

    void pairsParamsImportsAndStartMethods_run_data()
    {
        QTest::addColumn<QString>("workload");
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("api");
        QTest::addColumn<int>("start");
        QTest::addColumn<QString>("shows");
        QTest::addRow("gcd pairs, threads") << QStringLiteral("gcd4") << int(Mode::Threads)
                                            << int(PyApi::ExecutorMap) << int(StartMethod::Default)
                                            << QStringLiteral("PAIRS = [(");
        QTest::addRow("bound params, spawn") << QStringLiteral("doubler-sleep-reverse")
                                             << int(Mode::Processes) << int(PyApi::PoolImapUnordered)
                                             << int(StartMethod::Spawn)
                                             << QStringLiteral("task = partial(double, sleep_ms_per_unit=");
        QTest::addRow("imported kernel") << QStringLiteral("counter-locked") << int(Mode::Threads)
                                         << int(PyApi::PoolMap) << int(StartMethod::Default)
                                         << QStringLiteral("from corescope_kernels import shared_counter");
        QTest::addRow("big results, forkserver") << QStringLiteral("big-results")
                                                 << int(Mode::Processes) << int(PyApi::SubmitAsCompleted)
                                                 << int(StartMethod::Forkserver)
                                                 << QStringLiteral("mp_context=mp.get_context(\"forkserver\")");
    }

    void pairsParamsImportsAndStartMethods_run()
    {
        QFETCH(QString, workload);
        QFETCH(int, mode);
        QFETCH(int, api);
        QFETCH(int, start);
        QFETCH(QString, shows);
        auto w = std::make_shared<Workload>(*shippedWorkload(workload.toStdString()));
        // Small enough for a test: the first inputs only, quick sleeps.
        if (w->kernel == KernelId::SharedCounter) {
            w->inputs = RepeatInputs{{1000, 0}, 4};
            w->expected = std::vector<std::uint64_t>(4, 1000);
        } else if (auto *values = std::get_if<ExplicitInputs>(&w->inputs)) {
            values->values.resize(std::min<std::size_t>(values->values.size(), 4));
            w->expected->resize(values->values.size());
        }
        QVERIFY(w->expected);
        if (w->kernel == KernelId::Double)
            w->params.sleepMsPerUnit = 10;
        RunOptions o = optionsFor(Runtime::Python, Mode(mode), PyApi(api));
        o.startMethod = StartMethod(start);
        const std::string code = pythonEquivalent(*w, o, shippedKernelsSource());
        QVERIFY2(code.find(shows.toStdString()) != std::string::npos, code.c_str());
        const Ran ran = runPython(code);
        QVERIFY2(ran.exitCode == 0, qPrintable(ran.err + QString::fromStdString("\n" + code)));
        if (w->kernel == KernelId::MakeList) {
            // The lists themselves are printed: as many of them as tasks, each 0 .. n-1.
            QCOMPARE(ran.out.count(QStringLiteral("[0, 1, 2, 3,")), qsizetype(w->taskCount()));
        } else {
            QCOMPARE(printed(ran.out), sortedExpected(*w));
        }
    }
};

QTEST_GUILESS_MAIN(TestPythonEquivalent)
#include "tst_pythonequivalent.moc"
