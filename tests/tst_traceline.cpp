// The Python driver's trace lines (docs/PYTHON_RUNTIME.md) are read strictly: every event of
// the contract parses to its fields, and anything else is refused with what is wrong.
#include "core/exec/python/traceline.h"

#include <QTest>

#include <cstdint>
#include <vector>

using namespace corescope;
using python::TraceLine;

Q_DECLARE_METATYPE(std::vector<std::int64_t>)

class TestTraceLine final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyEventParses()
    {
        std::string error;
        auto t = python::parseTraceLine("E 4711 4712 3 1000 3000 1500 18446744073709551615", error);
        QVERIFY2(t, error.c_str());
        QCOMPARE(t->kind, TraceLine::Kind::Ended);
        QCOMPARE(t->pid, 4711);
        QCOMPARE(t->tid, 4712);
        QCOMPARE(t->index, 3u);
        QCOMPARE(t->startNs, 1000);
        QCOMPARE(t->endNs, 3000);
        QCOMPARE(t->cpuNs, 1500);
        QCOMPARE(t->value, 18446744073709551615ULL);
        QVERIFY(t->hasResult);

        t = python::parseTraceLine("T semaphore \"/mp-4f3b8cmr\"", error);
        QVERIFY2(t, error.c_str());
        QCOMPARE(t->kind, TraceLine::Kind::Resource);
        QCOMPARE(t->method, std::string("semaphore"));
        QCOMPARE(t->text, std::string("/mp-4f3b8cmr"));

        t = python::parseTraceLine("E 1 2 0 5 6 1 -", error);
        QVERIFY2(t, error.c_str());
        QVERIFY(!t->hasResult);
        // A driver thread's short task whose CPU time was not read.
        t = python::parseTraceLine("E 1 2 0 5 6 - 12", error);
        QVERIFY2(t, error.c_str());
        QCOMPARE(t->cpuNs, -1);
        QCOMPARE(t->value, 12ULL);

        t = python::parseTraceLine("F 1 2 7 5 6 \"ValueError: a \\\"quoted\\\" word\"", error);
        QVERIFY2(t, error.c_str());
        QCOMPARE(t->kind, TraceLine::Kind::Raised);
        QCOMPARE(t->text, std::string("ValueError: a \"quoted\" word"));

        t = python::parseTraceLine("P 7 spawn \"3.11.2\"", error);
        QVERIFY2(t, error.c_str());
        QCOMPARE(t->value, 7ULL);
        QCOMPARE(t->method, std::string("spawn"));
        QCOMPARE(t->text, std::string("3.11.2"));
        t = python::parseTraceLine("P 1 - \"3.9.0\"", error);
        QVERIFY2(t && t->method.empty(), error.c_str());

        t = python::parseTraceLine("V bool", error);
        QVERIFY2(t, error.c_str());
        QCOMPARE(t->kind, TraceLine::Kind::BoolResults);

        for (const char *line : {"H 12 driver", "H 13 worker", "R 5", "Y 1 2 3", "S 1 2 3 4",
                                 "K 3 9", "C 8000000", "D 10", "A \"BrokenProcessPool: x\""}) {
            QVERIFY2(python::parseTraceLine(line, error), line);
            QVERIFY(error.empty());
        }
        // The API raised: the task whose exception it re-raised, when the exception says.
        t = python::parseTraceLine("A \"BrokenProcessPool: x\"", error);
        QVERIFY2(t, error.c_str());
        QCOMPARE(t->kind, TraceLine::Kind::ApiRaised);
        QCOMPARE(t->value, 0ULL);
        t = python::parseTraceLine("A 17 \"ValueError: boom 17\"", error);
        QVERIFY2(t, error.c_str());
        QCOMPARE(t->kind, TraceLine::Kind::ApiRaised);
        QCOMPARE(t->value, 1ULL);
        QCOMPARE(t->index, 17u);
        QCOMPARE(t->text, std::string("ValueError: boom 17"));

        // MPI ranks: where a rank runs, and its clock's answer.
        t = python::parseTraceLine("M 4711 2 \"node-7.lan\"", error);
        QVERIFY2(t, error.c_str());
        QCOMPARE(t->kind, TraceLine::Kind::Placed);
        QCOMPARE(t->pid, 4711);
        QCOMPARE(t->value, 2ULL);
        QCOMPARE(t->text, std::string("node-7.lan"));
        t = python::parseTraceLine("O 3 1542113115767", error);
        QVERIFY2(t, error.c_str());
        QCOMPARE(t->kind, TraceLine::Kind::Clock);
        QCOMPARE(t->value, 3ULL);
        QCOMPARE(t->startNs, 1542113115767);
        t = python::parseTraceLine("Z 3", error);   // its tasks are over: time its clock again
        QVERIFY2(t, error.c_str());
        QCOMPARE(t->kind, TraceLine::Kind::EndClock);
        QCOMPARE(t->value, 3ULL);

        // A pool worker's running-task slot (its memfd travels with the line).
        t = python::parseTraceLine("X 4711 4712", error);
        QVERIFY2(t, error.c_str());
        QCOMPARE(t->kind, TraceLine::Kind::Slot);
        QCOMPARE(t->pid, 4711);
        QCOMPARE(t->tid, 4712);

        // A binary block's announcement: its words follow (parseTraceBlock).
        t = python::parseTraceLine("B 4711 131072", error);
        QVERIFY2(t, error.c_str());
        QCOMPARE(t->kind, TraceLine::Kind::Block);
        QCOMPARE(t->pid, 4711);
        QCOMPARE(t->value, 131072ULL);

        t = python::parseTraceLine("U 4711 1542113115767 1000 0 250", error);
        QVERIFY2(t, error.c_str());
        QCOMPARE(t->kind, TraceLine::Kind::CpuLoad);
        QCOMPARE(t->pid, 4711);
        QCOMPARE(t->startNs, 1542113115767);
        QCOMPARE(t->cores, (std::vector<float>{1.0f, 0.0f, 0.25f}));

        t = python::parseTraceLine("Fatal Python error: Segmentation fault", error);
        QVERIFY(t && t->kind == TraceLine::Kind::Fatal);
        QCOMPARE(python::fatalSignal(t->text), std::string("SIGSEGV"));
        QCOMPARE(python::fatalSignal("Fatal Python error: Aborted"), std::string("SIGABRT"));
        QCOMPARE(python::fatalSignal("Fatal Python error: something else"), std::string());
    }

    void anythingElseIsRefused_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("why");
        const auto row = [](const char *name, const char *line, const char *why) {
            QTest::addRow("%s", name) << QString::fromUtf8(line) << QString::fromUtf8(why);
        };
        row("empty", "", "not a trace event");
        row("unknown kind", "Q 1 2", "unknown trace event");
        row("long kind", "EE 1 2", "not a trace event");
        row("missing field", "E 1 2 3 4 5 6", "malformed");
        row("extra field", "K 1 2 3", "malformed");
        row("negative index", "K -1 2", "malformed");
        row("index above 32 bits", "K 4294967296 2", "malformed");
        row("not a number", "D soon", "malformed");
        row("double space", "D  10", "malformed");
        row("trailing space", "D 10 ", "malformed");
        row("unquoted message", "A BrokenProcessPool", "malformed");
        row("A's task not a number", "A x \"ValueError: boom\"", "malformed");
        row("A's task negative", "A -1 \"ValueError: boom\"", "malformed");
        row("bad JSON string", "A \"unterminated", "malformed");
        row("bad role", "H 1 boss", "malformed");
        row("result not a number", "E 1 2 3 4 5 6 x", "malformed");
        row("result above 64 bits", "E 1 2 3 4 5 6 18446744073709551616", "malformed");
        row("rank without host", "M 1 2", "malformed");
        row("empty host", "M 1 2 \"\"", "malformed");
        row("clock without time", "O 3", "malformed");
        row("end clock with more", "Z 3 4", "malformed");
        row("samples without cores", "U 1 2", "malformed");
        row("slot without thread", "X 1", "malformed");
        row("block without count", "B 1", "malformed");
        row("block of a negative pid", "B -1 3", "malformed");
        row("block over 2^17 words", "B 1 131073", "malformed");
        row("slot with more", "X 1 2 3", "malformed");
        row("a core above 1000 per mille", "U 1 2 1001", "malformed");
        // A name Corescope unlinks: one of /dev/shm's, never a path elsewhere.
        row("resource of an unknown kind", "T folder \"/x\"", "malformed");
        row("resource name without its slash", "T semaphore \"mp-x\"", "malformed");
        row("resource name with a path", "T semaphore \"/../../etc/x\"", "malformed");
        row("resource name only a slash", "T semaphore \"/\"", "malformed");
        row("shared memory, the user's to keep", "T shared_memory \"/psm_x\"", "malformed");
        row("resource name unquoted", "T semaphore /mp-x", "malformed");
        row("results of another kind", "V int", "malformed");
        row("results without their kind", "V", "malformed");
    }

    void anythingElseIsRefused()
    {
        QFETCH(QString, line);
        QFETCH(QString, why);
        std::string error;
        QVERIFY(!python::parseTraceLine(line.toStdString(), error));
        QVERIFY2(error.find(why.toStdString()) == 0, error.c_str());
    }

    void binaryBlocksHoldEndsAndHandBacks()
    {
        // E: tid index start end cpu result; K: index ns. cpu -1: not measured; a negative
        // result: not an integer result ("-").
        const std::vector<std::int64_t> words{1, 4712, 3, 1000, 3000, 1500, 7,
                                              2, 3, 3500,
                                              1, 4713, 4, 1100, 3100, -1, -1};
        std::vector<TraceLine> out;
        std::string error;
        QVERIFY2(python::parseTraceBlock(4711, words, out, error), error.c_str());
        QCOMPARE(int(out.size()), 3);
        QCOMPARE(out[0].kind, TraceLine::Kind::Ended);
        QCOMPARE(out[0].pid, 4711);
        QCOMPARE(out[0].tid, 4712);
        QCOMPARE(out[0].index, 3u);
        QCOMPARE(out[0].startNs, 1000);
        QCOMPARE(out[0].endNs, 3000);
        QCOMPARE(out[0].cpuNs, 1500);
        QVERIFY(out[0].hasResult);
        QCOMPARE(out[0].value, 7u);
        QCOMPARE(out[1].kind, TraceLine::Kind::HandedBack);
        QCOMPARE(out[1].index, 3u);
        QCOMPARE(out[1].startNs, 3500);
        QCOMPARE(out[2].cpuNs, -1);
        QVERIFY(!out[2].hasResult);
    }

    void binaryBlocksOutOfContractAreRefused_data()
    {
        QTest::addColumn<std::vector<std::int64_t>>("words");
        QTest::addColumn<QString>("why");
        QTest::addColumn<int>("kept");
        using W = std::vector<std::int64_t>;
        QTest::addRow("unknown tag") << W{2, 1, 5, 3, 1, 2} << "word 3: not a record's tag" << 1;
        QTest::addRow("cut short") << W{1, 2, 3, 4, 5, 6} << "word 0: a record cut short" << 0;
        QTest::addRow("negative index") << W{2, -1, 5} << "a K record out of range" << 0;
        QTest::addRow("index above 32 bits")
            << W{1, 2, std::int64_t{1} << 32, 4, 5, 6, 7} << "an E record out of range" << 0;
        QTest::addRow("cpu below -1") << W{1, 2, 3, 4, 5, -2, 7} << "an E record out of range" << 0;
        QTest::addRow("negative time") << W{2, 1, -5} << "a K record out of range" << 0;
    }

    void binaryBlocksOutOfContractAreRefused()
    {
        QFETCH(std::vector<std::int64_t>, words);
        QFETCH(QString, why);
        QFETCH(int, kept);
        std::vector<TraceLine> out;
        std::string error;
        QVERIFY(!python::parseTraceBlock(1, words, out, error));
        QVERIFY2(error.find(why.toStdString()) != std::string::npos, error.c_str());
        QCOMPARE(int(out.size()), kept);   // the records before the bad one
    }
};

QTEST_GUILESS_MAIN(TestTraceLine)
#include "tst_traceline.moc"
