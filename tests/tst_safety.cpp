// Safety (issue 6): the worker binary is the one next to the app, never one found through PATH
// or the working directory; a workload file cannot make the app run a command or write a file;
// exports write exactly the files the user named and nothing else.
#include "tests/timing.h"
#include "core/exec/processpoolexecutor.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kBinDir = QStringLiteral(CORESCOPE_BIN_DIR);

struct Outcome {
    int exitCode = -1;
    QString out;
    QString err;
};

Outcome runIn(const QString &workingDirectory, const QStringList &arguments,
              const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setWorkingDirectory(workingDirectory);
    p.setProcessEnvironment(environment);
    p.start(kBinDir + QStringLiteral("/corescope"), arguments);
    if (!p.waitForFinished(corescope::test::scaledMs(60000)))
        qFatal("corescope %s did not finish", qPrintable(arguments.join(QLatin1Char(' '))));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

void writeFile(const QString &path, const QByteArray &content, bool executable = false)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    if (executable)
        f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
}

QStringList entries(const QString &dir)
{
    QStringList names = QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                                            QDir::Name);
    return names;
}

} // namespace

class TestSafety final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void workerIsNextToTheApp_neverFromPathOrWorkingDirectory();
    void hostileWorkloadRunsNoCommandAndWritesNoFile();
    void exportsWriteOnlyTheNamedFiles();
};

void TestSafety::workerIsNextToTheApp_neverFromPathOrWorkingDirectory()
{
    // resolveWorkerPath() in this test process: beside tst_safety, which CMake puts beside the app.
    QCOMPARE(QString::fromStdString(corescope::resolveWorkerPath({})),
             QDir(kBinDir).absoluteFilePath(QStringLiteral("corescope-worker")));

    // A decoy corescope-worker first on PATH and in the working directory: if anything found
    // the worker by name, the decoy would run and leave its mark.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString mark = dir.filePath(QStringLiteral("DECOY-RAN"));
    writeFile(dir.filePath(QStringLiteral("corescope-worker")),
              "#!/bin/sh\ntouch '" + mark.toUtf8() + "'\nexit 1\n", true);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), dir.path() + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
    const Outcome o = runIn(dir.path(), {QStringLiteral("run"), QStringLiteral("primes6"),
                                         QStringLiteral("--mode"), QStringLiteral("processes"),
                                         QStringLiteral("-j"), QStringLiteral("2")},
                            env);
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    QVERIFY(!QFile::exists(mark));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("corescope-worker")});
}

void TestSafety::hostileWorkloadRunsNoCommandAndWritesNoFile()
{
    // Every string a workload holds goes into messages and reports as text: command
    // substitutions, paths and format directives stay inert.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("w.json"));
    writeFile(file,
              "{\n  \"name\": \"$(touch PWNED-1) `touch PWNED-2`; touch PWNED-3 | tee PWNED-4 %s%n\",\n"
              "  \"description\": \"../../PWNED-5 > PWNED-6 && sh -c 'touch PWNED-7'\",\n"
              "  \"kernel\": \"double\",\n  \"inputs\": [1, 2, 3]\n}\n");
    for (const char *mode : {"serial", "threads", "processes"}) {
        const Outcome o = runIn(dir.path(), {QStringLiteral("run"), file, QStringLiteral("--mode"),
                                             QLatin1String(mode), QStringLiteral("-j"),
                                             QStringLiteral("2")});
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QVERIFY2(o.out.contains(QStringLiteral("$(touch PWNED-1) `touch PWNED-2`")),
                 qPrintable(o.out));
    }
    // A bad workload's error quotes the text; it is not run either.
    writeFile(file, "{\"name\": \"$(touch PWNED-8)\", \"kernel\": \"sh -c 'touch PWNED-9'\", "
                    "\"inputs\": [1]}");
    const Outcome bad = runIn(dir.path(), {QStringLiteral("run"), file});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("unknown kernel \"sh -c 'touch PWNED-9'\"")),
             qPrintable(bad.err));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("w.json")});
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("../../PWNED-5"))));
}

void TestSafety::exportsWriteOnlyTheNamedFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("out")));
    const QString report = dir.filePath(QStringLiteral("out/run.json"));
    const QString csv = dir.filePath(QStringLiteral("out/tasks.csv"));
    const QString trace = dir.filePath(QStringLiteral("out/trace.json"));
    const Outcome o = runIn(dir.path(), {QStringLiteral("run"), QStringLiteral("primes6"),
                                         QStringLiteral("--mode"), QStringLiteral("threads"),
                                         QStringLiteral("--report"), report, QStringLiteral("--csv"),
                                         csv, QStringLiteral("--trace"), trace});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    // Exactly the three named files (no temporary left beside them), nothing in the working
    // directory.
    QCOMPARE(entries(dir.filePath(QStringLiteral("out"))),
             (QStringList{QStringLiteral("run.json"), QStringLiteral("tasks.csv"),
                          QStringLiteral("trace.json")}));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("out")});

    // An export into a folder that does not exist fails with a message and creates nothing.
    const QString missing = dir.filePath(QStringLiteral("nowhere/run.json"));
    const Outcome fail = runIn(dir.path(), {QStringLiteral("run"), QStringLiteral("primes6"),
                                            QStringLiteral("--mode"), QStringLiteral("serial"),
                                            QStringLiteral("--report"), missing});
    QVERIFY(fail.exitCode != 0);
    QVERIFY2(fail.err.contains(QStringLiteral("nowhere/run.json")), qPrintable(fail.err));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("out")});
}

QTEST_GUILESS_MAIN(TestSafety)
#include "tst_safety.moc"
