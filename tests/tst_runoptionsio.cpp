// core/io/runoptionsio: the one reader and writer of RunOptions, as JSON and as text, with
// RunOptions' own limits.

#include "core/io/runoptionsio.h"

#include <QTest>

#include <sstream>
#include <string>

using namespace corescope;

namespace {

RunOptions unusual()
{
    RunOptions o;
    o.mode = Mode::Threads;
    o.workers = 7;
    o.chunksize = 1000;
    o.api = PyApi::PoolImapUnordered;
    o.gil = true;
    o.switchIntervalMs = 0.25;
    o.sampleHz = 0;
    o.processPerTask = true;
    o.taskTimeoutMs = 1500;
    o.onWorkerDeath = WorkerDeathPolicy::Respawn;
    o.runtime = Runtime::Python;
    o.api = PyApi::PoolImapUnordered;
    o.startMethod = StartMethod::Forkserver;
    o.pythonPath = "/opt/py 3/bin/python3";
    o.mpiHosts = "node1:4,node2:2";
    o.mpiHostfile = "/etc/open mpi/hosts";
    o.mpirunPath = "/opt/openmpi/bin/mpirun";
    o.scale = 12.5;
    return o;
}

std::string optionsJson(const RunOptions &o)
{
    std::ostringstream s;
    io::OutBuffer out(s);
    io::writeRunOptions(out, o);
    out.flush();
    return s.str();
}

// readRunOptions() on `text`: the options, or the error as "line:column: field: message".
std::string readBack(const std::string &text, RunOptions &o,
                     std::initializer_list<std::string_view> required = {})
{
    auto parsed = json::parse(text);
    if (const auto *error = std::get_if<json::ParseError>(&parsed))
        return error->toString();
    try {
        io::readRunOptions(io::Field(std::get<json::Value>(parsed), "options"), o, required);
    } catch (const io::FieldError &error) {
        return std::to_string(error.position.line) + ':' + std::to_string(error.position.column)
            + ": " + error.toString();
    }
    return {};
}

} // namespace

class TestRunOptionsIo final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void textRoundTripsEveryOption()
    {
        const RunOptions o = unusual();
        RunOptions back;
        for (const std::string_view key : io::kRunOptionKeys) {
            const std::string text = io::runOptionText(o, key);
            QVERIFY2(!text.empty(), key.data());
            QCOMPARE(io::setRunOptionFromText(back, key, text), std::string());
        }
        QCOMPARE(back, o);
    }

    void jsonRoundTripsEveryOption()
    {
        const RunOptions o = unusual();
        const std::string text = optionsJson(o);
        QCOMPARE(text, std::string(R"({"mode":"threads","workers":7,"chunksize":1000,)"
                                   R"("gil":true,"switch_interval_ms":0.25,)"
                                   R"("sample_hz":0,"process_per_task":true,"task_timeout_ms":1500,)"
                                   R"("on_worker_death":"respawn","runtime":"python",)"
                                   R"("api":"pool.imap_unordered","start_method":"forkserver",)"
                                   R"("python":"/opt/py 3/bin/python3",)"
                                   R"("hosts":"node1:4,node2:2","hostfile":"/etc/open mpi/hosts",)"
                                   R"("mpirun":"/opt/openmpi/bin/mpirun","scale":12.5})"));
        RunOptions back;
        QCOMPARE(readBack(text, back), std::string());
        QCOMPARE(back, o);
    }

    // What the text reader takes is exactly what validate() takes, at both ends.
    void textLimitsAreValidatesLimits_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("lowest");
        QTest::addColumn<QString>("highest");
        QTest::addColumn<QString>("below");
        QTest::addColumn<QString>("above");
        const auto row = [](const char *key, const char *lowest, const char *highest,
                            const char *below, const char *above) {
            QTest::addRow("%s", key) << QString::fromUtf8(key) << QString::fromUtf8(lowest)
                                     << QString::fromUtf8(highest) << QString::fromUtf8(below)
                                     << QString::fromUtf8(above);
        };
        row("workers", "1", "1024", "0", "1025");
        row("chunksize", "0", "16777216", "-1", "16777217");
        row("sample_hz", "0", "1000", "-1", "1001");
        row("task_timeout_ms", "0", "86400000", "-1", "86400001");
        row("switch_interval_ms", "0.001", "1000", "0", "1000.5");
        row("scale", "0.1", "100", "0", "100.5");
    }

    void textLimitsAreValidatesLimits()
    {
        QFETCH(QString, key);
        QFETCH(QString, lowest);
        QFETCH(QString, highest);
        QFETCH(QString, below);
        QFETCH(QString, above);
        const std::string k = key.toStdString();
        for (const QString &good : {lowest, highest}) {
            RunOptions o;
            QCOMPARE(io::setRunOptionFromText(o, k, good.toStdString()), std::string());
            QCOMPARE(o.validate(), std::string());
        }
        for (const QString &bad : {below, above}) {
            RunOptions o;
            const std::string error = io::setRunOptionFromText(o, k, bad.toStdString());
            QVERIFY2(error.ends_with(", got \"" + bad.toStdString() + '"'), error.c_str());
            QCOMPARE(o, RunOptions());   // left as it was
        }
    }

    void textErrorsSayWhatWasExpected()
    {
        RunOptions o;
        QCOMPARE(io::setRunOptionFromText(o, "workers", "0"),
                 std::string("expected a whole number from 1 to 1024, got \"0\""));
        QCOMPARE(io::setRunOptionFromText(o, "mode", "fibers"),
                 std::string("expected one of serial, threads, processes, mpi, got \"fibers\""));
        QCOMPARE(io::setRunOptionFromText(o, "ordering", "random"),
                 std::string("expected one of ordered-batch (pool.map), ordered-stream (pool.imap), "
                             "as-completed (pool.imap_unordered), got \"random\""));
        QCOMPARE(io::setRunOptionFromText(o, "switch_interval_ms", "x"),
                 std::string("expected milliseconds in (0, 1000], got \"x\""));
        QCOMPARE(io::setRunOptionFromText(o, "on_worker_death", "retry"),
                 std::string("expected one of fail, respawn, got \"retry\""));
        QCOMPARE(io::setRunOptionFromText(o, "gil", "yes"),
                 std::string("expected true or false, got \"yes\""));
        QCOMPARE(io::setRunOptionFromText(o, "scale", "0"),
                 std::string("expected a scale from 0.1 to 100, got \"0\""));
    }

    void jsonErrorsNameTheField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        const auto row = [](const char *tag, const char *text, const char *error) {
            QTest::addRow("%s", tag) << QString::fromUtf8(text) << QString::fromUtf8(error);
        };
        row("fraction", R"({"workers": 2.5})",
            "1:13: options.workers: expected an integer, got 2.5");
        row("unknown mode", R"({"mode": "fibers"})", "1:10: options.mode: expected one of serial, threads, processes, mpi, got \"fibers\"");
        row("wrong type", R"({"gil": 1})", "1:9: options.gil: expected true or false, got 1");
        // Limits are validate()'s, reported for the whole object.
        row("scale of nothing", R"({"scale": 0})",
            "1:1: options: scale must be between 0.1 and 100 (the work per task, multiplied), got 0");
        row("above the limit", R"({"chunksize": 16777217})",
            "1:1: options: chunksize must be between 0 (the API's default) and 16777216, got 16777217");
    }

    void jsonErrorsNameTheField()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        RunOptions o;
        QCOMPARE(QString::fromStdString(readBack(text.toStdString(), o)), error);
    }

    void requiredMembersMustBeThere()
    {
        RunOptions o;
        QCOMPARE(readBack(R"({"ordering": "ordered-batch", "other": 1})", o, {"ordering"}),
                 std::string());
        QCOMPARE(readBack(R"({"ordering": "ordered-batch"})", o, {"ordering", "chunksize"}),
                 std::string("1:1: options.chunksize: missing"));
    }

    // Files, settings and sweep specs written while "ordering" was the native runtime's choice:
    // it names the Pool API with that order. With both keys (written while "api" was the Python
    // runtime's alone) "ordering" decides a native run, "api" a Python one.
    void olderOrderingNamesTheApi_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("api");
        const auto row = [](const char *tag, const char *text, PyApi api) {
            QTest::addRow("%s", tag) << QString::fromUtf8(text) << int(api);
        };
        row("batch", "{\"ordering\": \"ordered-batch\"}", PyApi::PoolMap);
        row("stream", "{\"ordering\": \"ordered-stream\"}", PyApi::PoolImap);
        row("completed", "{\"ordering\": \"as-completed\"}", PyApi::PoolImapUnordered);
        row("both, native", "{\"ordering\": \"ordered-stream\", \"runtime\": \"native\", "
                            "\"api\": \"executor.map\"}",
            PyApi::PoolImap);
        row("both, no runtime", "{\"api\": \"pool.imap\", \"ordering\": \"ordered-batch\"}",
            PyApi::PoolMap);
        row("both, python", "{\"api\": \"executor.map\", \"ordering\": \"as-completed\", "
                            "\"runtime\": \"python\"}",
            PyApi::ExecutorMap);
        row("api alone", "{\"api\": \"submit.as_completed\"}", PyApi::SubmitAsCompleted);
    }

    void olderOrderingNamesTheApi()
    {
        QFETCH(QString, text);
        QFETCH(int, api);
        RunOptions o;
        QCOMPARE(readBack(text.toStdString(), o), std::string());
        QCOMPARE(int(o.api), api);
    }

    void olderOrderingStandsForARequiredApi()
    {
        // A sweep report's options before the change: "ordering" where "api" is now.
        RunOptions o;
        QCOMPARE(readBack("{\"chunksize\": 4, \"ordering\": \"as-completed\", "
                          "\"switch_interval_ms\": 2.5}",
                          o, {"chunksize", "api", "switch_interval_ms"}),
                 std::string());
        QCOMPARE(o.api, PyApi::PoolImapUnordered);
        QCOMPARE(o.chunksize, 4);
        QCOMPARE(readBack("{\"chunksize\": 4, \"switch_interval_ms\": 2.5}", o,
                          {"chunksize", "api", "switch_interval_ms"}),
                 std::string("1:1: options.api: missing"));
        // As text (settings, --ordering): the same names.
        RunOptions t;
        QCOMPARE(io::setRunOptionFromText(t, "ordering", "ordered-stream"), std::string());
        QCOMPARE(t.api, PyApi::PoolImap);
        // Never written again.
        QVERIFY(optionsJson(unusual()).find("ordering") == std::string::npos);
    }

    void unknownMembersAreSkipped()
    {
        RunOptions o;
        QCOMPARE(readBack(R"({"workers": 3, "from_a_newer_version": [1, 2]})", o), std::string());
        QCOMPARE(o.workers, 3);
    }
};

QTEST_GUILESS_MAIN(TestRunOptionsIo)
#include "tst_runoptionsio.moc"
