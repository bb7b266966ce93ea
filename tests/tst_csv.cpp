// The tasks CSV: header, RFC 4180 quoting and line ends, one row per task, empty fields for
// what did not happen.

#include "core/io/csvwriter.h"
#include "core/io/outbuffer.h"

#include "handmaderuns.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sstream>

using namespace corescope;

namespace {

using Row = QStringList;

std::string csvText(const RunResult &run)
{
    std::ostringstream out;
    if (!writeTasksCsv(run, out))
        qFatal("writeTasksCsv failed");
    return out.str();
}

// A strict RFC 4180 reader: every record ends in CRLF; quoted fields may hold , " CR LF.
// Returns false on anything else, so the test fails on sloppy output.
bool parseCsv(const std::string &text, QList<Row> &rows)
{
    rows.clear();
    Row row;
    std::string field;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == '"') {
            ++i;
            for (;;) {
                if (i >= text.size())
                    return false;
                if (text[i] == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
        } else {
            while (i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n') {
                if (text[i] == '"')
                    return false;   // a quote inside an unquoted field
                field += text[i++];
            }
        }
        if (i >= text.size())
            return false;   // the last record must end in CRLF too
        row << QString::fromStdString(field);
        field.clear();
        if (text[i] == ',') {
            ++i;
        } else if (text.compare(i, 2, "\r\n") == 0) {
            i += 2;
            rows << row;
            row.clear();
        } else {
            return false;   // a bare LF or CR
        }
    }
    return row.isEmpty();
}

QList<Row> rowsOf(const RunResult &run)
{
    QList<Row> rows;
    if (!parseCsv(csvText(run), rows))
        qFatal("not RFC 4180 CSV");
    return rows;
}

} // namespace

class TestCsv : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void headerIsStable();
    void oneRowPerTaskEachWithEveryColumn();
    void pairInputsAreQuoted();
    void valuesOfADoneTask();
    void emptyFieldsForWhatDidNotHappen();
    void bigNumbersAreExact();
    void quotingFollowsRfc4180_data();
    void quotingFollowsRfc4180();
    void fileVariantWritesAndReplaces();
};

void TestCsv::headerIsStable()
{
    const QList<Row> rows = rowsOf(testruns::failedPrimeRun());
    QCOMPARE(rows.first().join(QLatin1Char(',')),
             QStringLiteral("index,input,result,ok,state,worker,pid,tid,cpu_start,cpu_end,"
                            "enqueue_ns,start_ns,end_ns,handed_back_ns,duration_ns,gil_wait_ns"));
    QVERIFY(csvText(testruns::repeatRun()).starts_with(std::string(kTasksCsvHeader) + "\r\n"));
}

void TestCsv::oneRowPerTaskEachWithEveryColumn()
{
    RunResult orphan = testruns::gilGcdRun();   // records without their workload
    orphan.workload = nullptr;
    for (const RunResult &run : {testruns::failedPrimeRun(), testruns::gilGcdRun(),
                                 testruns::bigRangeRun(), testruns::repeatRun(), orphan}) {
        const QList<Row> rows = rowsOf(run);
        QCOMPARE(rows.size(), qsizetype(run.tasks.size() + 1));
        for (qsizetype r = 0; r < rows.size(); ++r) {
            QCOMPARE(rows[r].size(), 16);
            if (r > 0)
                QCOMPARE(rows[r][0], QString::number(r - 1));   // in task index order
        }
    }
}

void TestCsv::pairInputsAreQuoted()
{
    const std::string text = csvText(testruns::gilGcdRun());
    QVERIFY(text.find("\r\n0,\"[1963309, 2265973]\",1,") != std::string::npos);
    const QList<Row> rows = rowsOf(testruns::gilGcdRun());
    QCOMPARE(rows[1][1], QStringLiteral("[1963309, 2265973]"));
}

void TestCsv::valuesOfADoneTask()
{
    const QList<Row> rows = rowsOf(testruns::gilGcdRun());
    // Task 2: worker 0, second task, 10 ms .. 19 ms, GIL wait 4.5 ms, result 5.
    const Row expected{QStringLiteral("2"),        QStringLiteral("[1551645, 2229620]"),
                       QStringLiteral("5"),        QStringLiteral("true"),
                       QStringLiteral("done"),     QStringLiteral("0"),
                       QStringLiteral("777"),      QStringLiteral("800"),
                       QStringLiteral("0"),        QStringLiteral("1"),
                       QStringLiteral("9999000"),  QStringLiteral("10000000"),
                       QStringLiteral("19000000"), QStringLiteral("19100000"),
                       QStringLiteral("9000000"),  QStringLiteral("4500000")};
    QCOMPARE(rows[3], expected);

    const QList<Row> primes = rowsOf(testruns::failedPrimeRun());
    QCOMPARE(primes[1][2], QStringLiteral("true"));    // bool results as words
    QCOMPARE(primes[2][3], QStringLiteral("false"));   // mismatching "expected": not ok
    QCOMPARE(primes[2][4], QStringLiteral("done"));
}

void TestCsv::emptyFieldsForWhatDidNotHappen()
{
    const QList<Row> rows = rowsOf(testruns::failedPrimeRun());
    const Row &died = rows[4];   // task 3: the worker died running it
    QCOMPARE(died[2], QString());                  // no result
    QCOMPARE(died[3], QStringLiteral("false"));
    QCOMPARE(died[4], QStringLiteral("failed"));
    QCOMPARE(died[9], QString());                  // cpu_end
    QCOMPARE(died[11], QStringLiteral("3000100"));  // it did start
    QCOMPARE(died[12], QString());                 // end_ns
    QCOMPARE(died[13], QString());                 // handed_back_ns
    QCOMPARE(died[14], QString());                 // duration_ns
    QCOMPARE(died[15], QString());                 // gil_wait_ns: no end, nothing measured

    const Row &pending = rows[5];   // task 4: never started
    QCOMPARE(pending[4], QStringLiteral("pending"));
    for (int column = 5; column <= 15; ++column)
        QVERIFY2(pending[column].isEmpty(), qPrintable(QString::number(column)));

    // A Python task whose off-CPU time was not measured (-1): an empty gil_wait_ns.
    RunResult unmeasured = testruns::failedPrimeRun();
    unmeasured.tasks[0].gilWaitNs = -1;
    QCOMPARE(rowsOf(unmeasured)[1][15], QString());
}

void TestCsv::bigNumbersAreExact()
{
    const QList<Row> rows = rowsOf(testruns::bigRangeRun());
    QCOMPARE(rows[1][1], QStringLiteral("1152921504606846977"));
    QCOMPARE(rows[1][2], QStringLiteral("2305843009213693954"));
    const QList<Row> primes = rowsOf(testruns::failedPrimeRun());
    QCOMPARE(primes[4][1], QStringLiteral("18446744073709551557"));
}

void TestCsv::quotingFollowsRfc4180_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("written");
    QTest::addRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
    QTest::addRow("empty") << QString() << QString();
    QTest::addRow("comma") << QStringLiteral("[1, 2]") << QStringLiteral("\"[1, 2]\"");
    QTest::addRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::addRow("line break") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
    QTest::addRow("only quotes") << QStringLiteral("\"\"") << QStringLiteral("\"\"\"\"\"\"");
}

void TestCsv::quotingFollowsRfc4180()
{
    QFETCH(QString, field);
    QFETCH(QString, written);
    std::ostringstream out;
    {
        io::OutBuffer buffer(out);
        buffer.csvField(field.toStdString());
        buffer.flush();
    }
    QCOMPARE(QString::fromStdString(out.str()), written);
}

void TestCsv::fileVariantWritesAndReplaces()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath(QStringLiteral("tasks.csv")).toStdString();
    QCOMPARE(writeTasksCsvFile(testruns::failedPrimeRun(), path), std::string());
    QCOMPARE(writeTasksCsvFile(testruns::gilGcdRun(), path), std::string());
    QFile file(QString::fromStdString(path));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().toStdString(), csvText(testruns::gilGcdRun()));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("tasks.csv")});
    QVERIFY(!writeTasksCsvFile(testruns::gilGcdRun(), dir.path().toStdString()).empty());
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
