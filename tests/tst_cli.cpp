// The command line end to end: the real binary, its exit codes, messages and output files.
#include "tests/timing.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <string_view>

namespace {

struct Outcome {
    int exitCode = -1;
    QString out;
    QString err;
};

const QString kBinary = QStringLiteral(CORESCOPE_BIN_DIR "/corescope");

Outcome runCorescope(const QStringList &arguments, int timeoutMs = corescope::test::scaledMs(60000))
{
    QProcess p;
    p.start(kBinary, arguments);
    if (!p.waitForFinished(timeoutMs))
        qFatal("corescope %s did not finish", qPrintable(arguments.join(QLatin1Char(' '))));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// The same with the language environment replaced: LANG as given, no LANGUAGE, LC_ALL or
// LC_MESSAGES to override it.
Outcome runCorescopeWithLang(const QStringList &arguments, const QString &lang)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), lang);
    p.setProcessEnvironment(env);
    p.start(kBinary, arguments);
    if (!p.waitForFinished(corescope::test::scaledMs(60000)))
        qFatal("corescope %s did not finish", qPrintable(arguments.join(QLatin1Char(' '))));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// Every number set to 0: what is left (keys, strings, structure) must not depend on the language.
QJsonValue stripNumbers(const QJsonValue &v)
{
    if (v.isDouble())
        return 0;
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &x : v.toArray())
            out.append(stripNumbers(x));
        return out;
    }
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), stripNumbers(it.value()));
        return out;
    }
    return v;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
    return path;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void versionAndHelp()
    {
        const Outcome v = runCorescope({QStringLiteral("--version")});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith(QStringLiteral("corescope ")));
        const Outcome h = runCorescope({QStringLiteral("--help")});
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains(QStringLiteral("run WORKLOAD")));
        QVERIFY(h.out.contains(QStringLiteral("Exit codes")));
        const Outcome rh = runCorescope({QStringLiteral("run"), QStringLiteral("--help")});
        QCOMPARE(rh.exitCode, 0);
        QVERIFY(rh.out.contains(QStringLiteral("--chunksize")));
        // --ordering stays for old scripts, documented as --api's older name.
        QVERIFY(rh.out.contains(QStringLiteral("--ordering")));
        QVERIFY(rh.out.contains(QStringLiteral("Older name for --api")));
        QVERIFY(rh.out.contains(QStringLiteral("ordered-batch is pool.map")));
        // --help-all (which QCommandLineParser adds) is help too: on the terminal, never a
        // window (without a display that aborted), and never "missing WORKLOAD".
        const Outcome ha = runCorescope({QStringLiteral("--help-all")});
        QCOMPARE(ha.exitCode, 0);
        QCOMPARE(ha.out, h.out);
        for (const QString &command : {QStringLiteral("run"), QStringLiteral("sweep")}) {
            const Outcome all = runCorescope({command, QStringLiteral("--help-all")});
            QCOMPARE(all.exitCode, 0);
            QVERIFY2(all.out.contains(QStringLiteral("corescope %1 [options]").arg(command)),
                     qPrintable(all.out + all.err));
        }
    }

    void run_nativeTakesTheApi_data()
    {
        QTest::addColumn<QStringList>("choice");
        QTest::addColumn<QString>("api");      // in the report
        QTest::addColumn<QString>("header");   // in the summary
        // sum10 on 2 processes: Pool.map's default chunksize is ceil(10 / 8) = 2.
        QTest::addRow("default") << QStringList{} << QStringLiteral("executor.map")
                                 << QStringLiteral("ProcessPoolExecutor.map, results in order, as "
                                                   "they arrive (Executor.map, Pool.imap), "
                                                   "chunksize 1 (ProcessPoolExecutor.map's "
                                                   "default)");
        QTest::addRow("--api pool.map")
            << QStringList{QStringLiteral("--api"), QStringLiteral("pool.map")}
            << QStringLiteral("pool.map")
            << QStringLiteral("Pool.map, results in order, all at the end (Pool.map), "
                              "chunksize 2 (Pool.map's default)");
        QTest::addRow("--api submit.as_completed, --chunksize 3")
            << QStringList{QStringLiteral("--api"), QStringLiteral("submit.as_completed"),
                           QStringLiteral("--chunksize"), QStringLiteral("3")}
            << QStringLiteral("submit.as_completed")
            << QStringLiteral("submit + as_completed, results as completed (imap_unordered, "
                              "as_completed), chunksize 3");
        // The older name, as old scripts say it.
        QTest::addRow("--ordering ordered-batch")
            << QStringList{QStringLiteral("--ordering"), QStringLiteral("ordered-batch")}
            << QStringLiteral("pool.map") << QStringLiteral("Pool.map, results in order, all at the end");
        QTest::addRow("--ordering ordered-stream")
            << QStringList{QStringLiteral("--ordering"), QStringLiteral("ordered-stream")}
            << QStringLiteral("pool.imap") << QStringLiteral("Pool.imap, results in order, as they arrive");
    }
    void run_nativeTakesTheApi()
    {
        QFETCH(QStringList, choice);
        QFETCH(QString, api);
        QFETCH(QString, header);
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("run.json"));
        const Outcome o = runCorescope(QStringList{QStringLiteral("run"), QStringLiteral("sum10"),
                                                   QStringLiteral("--mode"),
                                                   QStringLiteral("processes"),
                                                   QStringLiteral("-j"), QStringLiteral("2"),
                                                   QStringLiteral("--report"), report}
                                       + choice);
        QCOMPARE(o.err, QString());
        QCOMPARE(o.exitCode, 0);
        QVERIFY2(o.out.contains(header), qPrintable(o.out));
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject options =
            QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("options")).toObject();
        QCOMPARE(options.value(QStringLiteral("runtime")).toString(), QStringLiteral("native"));
        QCOMPARE(options.value(QStringLiteral("api")).toString(), api);
        QVERIFY(!options.contains(QStringLiteral("ordering")));
    }

    void workloads_listsTheShippedOnes()
    {
        const Outcome o = runCorescope({QStringLiteral("workloads")});
        QCOMPARE(o.exitCode, 0);
        for (const char *id : {"primes50", "primes6", "gcd4", "sum10", "doubler", "tiny-tasks",
                               "uneven-tasks", "memory-bound", "broken-pool"})
            QVERIFY2(o.out.contains(QLatin1String(id)), id);
        QVERIFY(o.out.contains(QStringLiteral("is_prime")));
        QVERIFY(o.out.contains(QStringLiteral("1000000")));   // tiny-tasks' task count
    }

    void lessons_speakTheChosenLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("title");       // the gil-cpu lesson's
        QTest::addColumn<QString>("lookFor");
        QTest::addRow("ko") << QStringLiteral("ko") << QStringLiteral("파이썬 스레드와 CPU 작업: GIL")
                            << QStringLiteral("눈여겨볼 것: ");
        QTest::addRow("ru") << QStringLiteral("ru") << QStringLiteral("Потоки Python и вычисления: GIL")
                            << QStringLiteral("На что смотреть: ");
        QTest::addRow("en") << QStringLiteral("en") << QStringLiteral("Python threads and CPU work: the GIL")
                            << QStringLiteral("Look for: ");
    }

    void lessons_speakTheChosenLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QString, title);
        QFETCH(QString, lookFor);
        const Outcome list = runCorescope({QStringLiteral("lessons"), QStringLiteral("--lang"), lang});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains(title), qPrintable(list.out));
        // Ids and commands stay as they are, whatever the language: scripts read them.
        QVERIFY(list.out.contains(QStringLiteral("  gil-cpu")));
        QVERIFY(list.out.contains(QStringLiteral("corescope run gcd4 --mode threads -j 2 --runtime python")));
        if (lang != QLatin1String("en"))
            QVERIFY(!list.out.contains(QStringLiteral("Python threads and CPU work: the GIL")));
        const Outcome one = runCorescope({QStringLiteral("lessons"), QStringLiteral("gil-cpu"),
                                          QStringLiteral("--lang=") + lang});
        QCOMPARE(one.exitCode, 0);
        QVERIFY2(one.out.startsWith(title + QLatin1Char('\n')), qPrintable(one.out));
        QVERIFY2(one.out.contains(lookFor), qPrintable(one.out));
        QVERIFY(one.out.contains(QStringLiteral("corescope run --lesson gil-cpu")));
    }

    void lessons_followTheEnvironmentUnlessLangIsGiven()
    {
        const QString ru = QStringLiteral("Потоки Python и вычисления: GIL");
        const QString en = QStringLiteral("Python threads and CPU work: the GIL");
        QVERIFY(runCorescopeWithLang({QStringLiteral("lessons")}, QStringLiteral("ru_RU.UTF-8"))
                    .out.contains(ru));
        QVERIFY(runCorescopeWithLang({QStringLiteral("lessons")}, QStringLiteral("C")).out.contains(en));
        QVERIFY(runCorescopeWithLang({QStringLiteral("lessons"), QStringLiteral("--lang"),
                                      QStringLiteral("en")},
                                     QStringLiteral("ru_RU.UTF-8"))
                    .out.contains(en));
        // The workloads listing says names and descriptions in the language, as the window
        // does; what a script reads never changes with it: the ids (first column), the kernel
        // names and the task counts, in the same order.
        const Outcome workloadsEn = runCorescopeWithLang({QStringLiteral("workloads")}, QStringLiteral("C"));
        const Outcome workloadsKo =
            runCorescopeWithLang({QStringLiteral("workloads")}, QStringLiteral("ko_KR.UTF-8"));
        QCOMPARE(workloadsKo.exitCode, 0);
        const auto rows = [](const QString &out) {
            QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
            lines.removeFirst();     // the header, said in the language
            return lines;
        };
        const QStringList enRows = rows(workloadsEn.out), koRows = rows(workloadsKo.out);
        QCOMPARE(koRows.size(), enRows.size());
        QVERIFY(enRows.size() > 10);
        for (qsizetype i = 0; i < enRows.size(); ++i) {
            const QString id = enRows[i].section(u' ', 0, 0);
            QCOMPARE(koRows[i].section(u' ', 0, 0), id);
            // The kernel and the task count: the two words before the description's two spaces.
            static const QRegularExpression kernelAndTasks(QStringLiteral(" ([a-z_]+) +(\\d+)  "));
            const auto enMatch = kernelAndTasks.match(enRows[i]), koMatch = kernelAndTasks.match(koRows[i]);
            QVERIFY2(enMatch.hasMatch() && koMatch.hasMatch(), qPrintable(koRows[i]));
            QCOMPARE(koMatch.captured(0), enMatch.captured(0));
        }
        QVERIFY2(workloadsKo.out.contains(QStringLiteral("교재 소수 (50)")), qPrintable(workloadsKo.out));
        QVERIFY(workloadsEn.out.contains(QStringLiteral("Seed primes (50)")));
        QVERIFY(!workloadsKo.out.contains(QStringLiteral("Seed primes (50)")));
        const Outcome bad = runCorescope({QStringLiteral("lessons"), QStringLiteral("--lang"),
                                          QStringLiteral("fr")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("--lang: expected en, ko or ru, got \"fr\"")),
                 qPrintable(bad.err));
    }

    // The window's launcher (no command) says its help and its options' errors in the language
    // --lang gives, as the commands do; neither opens a window.
    void windowLauncher_speaksTheLanguage()
    {
        if (!CORESCOPE_TEST_HAVE_GUI)   // (the sanitizers' builds leave the window out)
            QSKIP("this build has no window (CORESCOPE_BUILD_GUI=OFF)");
        // (The launcher starts a QApplication before it parses: no display here.)
        const bool hadPlatform = qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
        const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
        qputenv("QT_QPA_PLATFORM", "offscreen");
        const auto restore = qScopeGuard([&] {
            if (hadPlatform)
                qputenv("QT_QPA_PLATFORM", platform);
            else
                qunsetenv("QT_QPA_PLATFORM");
        });
        const Outcome help = runCorescope({QStringLiteral("primes6"), QStringLiteral("--help"),
                                           QStringLiteral("--lang"), QStringLiteral("ru")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("Увидеть параллелизм")), qPrintable(help.out));
        // The value names are words of the language too (Korean keeps the Latin ones: Qt pads
        // the help's columns by characters, and Hangul takes two columns each).
        QVERIFY2(help.out.contains(QStringLiteral("--lang <код>")), qPrintable(help.out));
        QVERIFY2(help.out.contains(QStringLiteral("[НАГРУЗКА]")), qPrintable(help.out));
        for (const QString &command : {QStringLiteral("run"), QStringLiteral("sweep")}) {
            const Outcome commandHelp = runCorescope(
                {command, QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("ru")});
            QCOMPARE(commandHelp.exitCode, 0);
            for (const QString &said : {QStringLiteral("--report <файл>"),
                                        QStringLiteral("--python <ПУТЬ>"),
                                        QStringLiteral("] НАГРУЗКА"),   // after [options]
                                        QStringLiteral("Запускает НАГРУЗКУ")})
                QVERIFY2(commandHelp.out.contains(said),
                         qPrintable(command + u'\n' + commandHelp.out));
            QVERIFY2(!commandHelp.out.contains(QStringLiteral("WORKLOAD"))
                         && !commandHelp.out.contains(QStringLiteral("<file>")),
                     qPrintable(commandHelp.out));
        }
        const Outcome badTab = runCorescope({QStringLiteral("--lang=ko"), QStringLiteral("--tab"),
                                             QStringLiteral("nowhere")});
        QCOMPARE(badTab.exitCode, 2);
        QVERIFY2(badTab.err.contains(QStringLiteral("--tab: live, speedup, results, sweep 중 하나여야 "
                                                    "하는데 \"nowhere\"입니다")),
                 qPrintable(badTab.err));
        const Outcome badLang = runCorescope({QStringLiteral("--lang"), QStringLiteral("fr")});
        QCOMPARE(badLang.exitCode, 2);
        QVERIFY2(badLang.err.contains(QStringLiteral("--lang: expected en, ko or ru, got \"fr\"")),
                 qPrintable(badLang.err));
    }

    // What a person reads follows --lang; what a program reads (report, CSV, exit code) does not.
    void run_speaksTheLanguage_outputsStayTheSame()
    {
        QTemporaryDir dir;
        struct Lang {
            QString code, allMatch, help, optionError;
        };
        const QList<Lang> langs{
            {QStringLiteral("en"), QStringLiteral("checked against expected, all match"),
             QStringLiteral("Usage: corescope"), QStringLiteral("expected a whole number from 1 to 1024")},
            {QStringLiteral("ko"), QStringLiteral("기댓값과 대조, 모두 일치"),
             QStringLiteral("사용법: corescope"), QStringLiteral("1에서 1024 사이의 정수가 필요합니다")},
            {QStringLiteral("ru"), QStringLiteral("сверены с ожидаемыми, все совпадают"),
             QStringLiteral("Использование: corescope"), QStringLiteral("нужно целое число от 1 до 1024")},
        };
        QMap<QString, QJsonObject> reports;
        QMap<QString, QList<QStringList>> csvs;
        for (const Lang &l : langs) {
            const QString report = dir.filePath(l.code + QStringLiteral(".json"));
            const QString csv = dir.filePath(l.code + QStringLiteral(".csv"));
            const Outcome o = runCorescope({QStringLiteral("run"), QStringLiteral("primes6"),
                                            QStringLiteral("--mode"), QStringLiteral("threads"),
                                            QStringLiteral("-j"), QStringLiteral("2"),
                                            QStringLiteral("--report"), report,
                                            QStringLiteral("--csv"), csv,
                                            QStringLiteral("--lang"), l.code});
            QCOMPARE(o.exitCode, 0);
            QVERIFY2(o.out.contains(l.allMatch), qPrintable(o.out));
            if (l.code != QLatin1String("en"))
                QVERIFY2(!o.out.contains(QStringLiteral("all match")), qPrintable(o.out));
            const Outcome help = runCorescope({QStringLiteral("--help"), QStringLiteral("--lang"), l.code});
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.contains(l.help), qPrintable(help.out));
            // An option's limit comes from the engine (the one RunOptions reader), said in the language.
            const Outcome bad = runCorescope({QStringLiteral("run"), QStringLiteral("primes6"),
                                              QStringLiteral("-j"), QStringLiteral("100000"),
                                              QStringLiteral("--lang"), l.code});
            QCOMPARE(bad.exitCode, 2);
            QVERIFY2(bad.err.contains(QStringLiteral("--workers: ") + l.optionError), qPrintable(bad.err));

            QFile r(report);
            QVERIFY(r.open(QIODevice::ReadOnly));
            QJsonObject json = QJsonDocument::fromJson(r.readAll()).object();
            QVERIFY(!json.isEmpty());
            // Times, pids and the clock differ from run to run; everything else must not.
            json.remove(QStringLiteral("started_at"));
            json.remove(QStringLiteral("samples"));   // as many as the run's length allowed
            reports[l.code] = stripNumbers(json).toObject();
            QFile c(csv);
            QVERIFY(c.open(QIODevice::ReadOnly));
            QList<QStringList> rows;
            for (const QByteArray &line : c.readAll().split('\n')) {
                QStringList cells = QString::fromUtf8(line).split(QLatin1Char(','));
                rows << cells.mid(0, 5);   // index, input, result, ok, state: no times
            }
            csvs[l.code] = rows;
        }
        QCOMPARE(csvs.value(QStringLiteral("ko")), csvs.value(QStringLiteral("en")));
        QCOMPARE(csvs.value(QStringLiteral("ru")), csvs.value(QStringLiteral("en")));
        QVERIFY(csvs.value(QStringLiteral("en")).size() >= 7);   // header and six tasks
        QCOMPARE(reports.value(QStringLiteral("ko")), reports.value(QStringLiteral("en")));
        QCOMPARE(reports.value(QStringLiteral("ru")), reports.value(QStringLiteral("en")));
    }

    // A dead worker: the terminal says it in the language (the engine's sentence translated),
    // the report keeps the engine's English.
    void failedRun_saysWhyInTheLanguage_reportKeepsEnglish()
    {
        QTemporaryDir dir;
        QMap<QString, QString> errors;
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ko"), QStringLiteral("ru")}) {
            const QString report = dir.filePath(lang + QStringLiteral(".json"));
            const Outcome o = runCorescope({QStringLiteral("run"), QStringLiteral("broken-pool"),
                                            QStringLiteral("--mode"), QStringLiteral("processes"),
                                            QStringLiteral("-j"), QStringLiteral("2"),
                                            QStringLiteral("--report"), report,
                                            QStringLiteral("--lang"), lang});
            QCOMPARE(o.exitCode, 1);
            QFile r(report);
            QVERIFY(r.open(QIODevice::ReadOnly));
            const QString error = QJsonDocument::fromJson(r.readAll()).object().value(QStringLiteral("error")).toString();
            QVERIFY2(error.contains(QStringLiteral(" died: killed by signal 11 (SIGSEGV) while running task 4")),
                     qPrintable(error));
            errors[lang] = QString(error).replace(QRegularExpression(QStringLiteral("\\d+")), QStringLiteral("#"));
            if (lang == QLatin1String("ko"))
                QVERIFY2(o.err.contains(QStringLiteral("실행 실패: 워커 ")) && o.err.contains(QStringLiteral("시그널 11(SIGSEGV)")),
                         qPrintable(o.err));
            if (lang == QLatin1String("ru"))
                QVERIFY2(o.err.contains(QStringLiteral("убит сигналом 11 (SIGSEGV)")), qPrintable(o.err));
        }
        QCOMPARE(errors.value(QStringLiteral("ko")), errors.value(QStringLiteral("en")));
        QCOMPARE(errors.value(QStringLiteral("ru")), errors.value(QStringLiteral("en")));
    }

    void run_printsSummaryAndWritesReportAndCsv()
    {
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("run.json"));
        const QString csv = dir.filePath(QStringLiteral("tasks.csv"));
        const QString trace = dir.filePath(QStringLiteral("run.trace.json"));
        const Outcome o = runCorescope({QStringLiteral("run"), QStringLiteral("gcd4"),
                                     QStringLiteral("--mode"), QStringLiteral("processes"),
                                     QStringLiteral("-j"), QStringLiteral("2"),
                                     QStringLiteral("--ordering"), QStringLiteral("as-completed"),
                                     QStringLiteral("--report"), report, QStringLiteral("--csv"), csv,
                                     QStringLiteral("--trace"), trace});
        QCOMPARE(o.err, QString());
        QCOMPARE(o.exitCode, 0);
        QVERIFY(o.out.contains(QStringLiteral("status ok")));
        QVERIFY(o.out.contains(QStringLiteral("tasks/s")));
        QVERIFY(o.out.contains(QStringLiteral("worker 1")));   // numbered from 1, as everywhere
        QVERIFY(o.out.contains(QStringLiteral("worker 2")));
        QVERIFY(!o.out.contains(QStringLiteral("worker 0")));
        QVERIFY(o.out.contains(QStringLiteral("in tasks")));
        QVERIFY(o.out.contains(QStringLiteral("4/4 checked against expected, all match")));

        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(doc.value(QStringLiteral("format")).toString(), QStringLiteral("corescope-run"));
        QCOMPARE(doc.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        const QJsonObject options = doc.value(QStringLiteral("options")).toObject();
        QCOMPARE(options.value(QStringLiteral("mode")).toString(), QStringLiteral("processes"));
        QCOMPARE(options.value(QStringLiteral("workers")).toInt(), 2);
        // --ordering as-completed: its API.
        QCOMPARE(options.value(QStringLiteral("api")).toString(), QStringLiteral("pool.imap_unordered"));
        const QJsonArray tasks = doc.value(QStringLiteral("tasks")).toArray();
        QCOMPARE(tasks.size(), 4);
        for (const auto &t : tasks) {
            const QJsonObject task = t.toObject();
            for (const char *key : {"index", "input", "result", "ok", "worker", "pid", "tid", "cpu",
                                    "enqueue_ns", "start_ns", "end_ns", "handed_back_ns"})
                QVERIFY2(task.contains(QLatin1String(key)), key);
            QVERIFY(task.value(QStringLiteral("ok")).toBool());
        }
        QCOMPARE(doc.value(QStringLiteral("workers")).toArray().size(), 2);
        QVERIFY(doc.value(QStringLiteral("wall_ns")).toDouble() > 0);
        QVERIFY(doc.contains(QStringLiteral("machine")));
        QVERIFY(doc.contains(QStringLiteral("samples")));

        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = c.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 5);   // header + 4 tasks
        QVERIFY(lines.first().startsWith("index,input,result"));
        QVERIFY(QFile::exists(trace));
    }

    void badUsage_exits2WithTheWrongValueNamed_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                         << QStringLiteral("unknown command \"frobnicate\"");
        QTest::addRow("unknown option") << QStringList{QStringLiteral("run"), QStringLiteral("gcd4"),
                                                       QStringLiteral("--fast")}
                                        << QStringLiteral("Unknown option 'fast'");
        QTest::addRow("no workload") << QStringList{QStringLiteral("run")}
                                     << QStringLiteral("missing WORKLOAD");
        QTest::addRow("workers 0") << QStringList{QStringLiteral("run"), QStringLiteral("gcd4"),
                                                  QStringLiteral("-j"), QStringLiteral("0")}
                                   << QStringLiteral("--workers: expected a whole number from 1 to 1024, got \"0\"");
        QTest::addRow("workers absurd") << QStringList{QStringLiteral("run"), QStringLiteral("gcd4"),
                                                       QStringLiteral("--workers"), QStringLiteral("100000")}
                                        << QStringLiteral("got \"100000\"");
        QTest::addRow("workers not a number") << QStringList{QStringLiteral("run"), QStringLiteral("gcd4"),
                                                             QStringLiteral("-j"), QStringLiteral("two")}
                                              << QStringLiteral("got \"two\"");
        QTest::addRow("bad mode") << QStringList{QStringLiteral("run"), QStringLiteral("gcd4"),
                                                 QStringLiteral("--mode"), QStringLiteral("fibers")}
                                  << QStringLiteral("--mode: expected one of serial, threads, processes, mpi, got \"fibers\"");
        QTest::addRow("bad ordering") << QStringList{QStringLiteral("run"), QStringLiteral("gcd4"),
                                                     QStringLiteral("--ordering"), QStringLiteral("random")}
                                      << QStringLiteral("--ordering: expected");
        QTest::addRow("chunksize -1") << QStringList{QStringLiteral("run"), QStringLiteral("gcd4"),
                                                    QStringLiteral("--chunksize"), QStringLiteral("-1")}
                                     << QStringLiteral("--chunksize: expected");
        QTest::addRow("gil with processes") << QStringList{QStringLiteral("run"), QStringLiteral("gcd4"),
                                                           QStringLiteral("--mode"), QStringLiteral("processes"),
                                                           QStringLiteral("--gil")}
                                            << QStringLiteral("threads mode only");
        // Checked before the run, not after it (exit 2, no run).
        QTest::addRow("chart as bmp") << QStringList{QStringLiteral("run"), QStringLiteral("gcd4"),
                                                     QStringLiteral("--chart"), QStringLiteral("out.bmp")}
                                      << QStringLiteral("--chart: Cannot export a chart as \"out.bmp\"");
        QTest::addRow("sweep chart as txt")
            << QStringList{QStringLiteral("sweep"), QStringLiteral("gcd4"), QStringLiteral("--chart"),
                           QStringLiteral("speedup.txt")}
            << QStringLiteral("must end in .png, .svg or .pdf");
        // An output that could not be written then: refused before the run or the sweep.
        QTest::addRow("csv in a missing folder")
            << QStringList{QStringLiteral("run"), QStringLiteral("gcd4"), QStringLiteral("--csv"),
                           QStringLiteral("/nonexistent/dir/tasks.csv")}
            << QStringLiteral("--csv: cannot write /nonexistent/dir/tasks.csv: ");
        QTest::addRow("report is a folder")
            << QStringList{QStringLiteral("sweep"), QStringLiteral("gcd4"), QStringLiteral("--report"),
                           QDir::tempPath()}
            << QStringLiteral("--report: cannot write %1: ").arg(QDir::tempPath());
        // A folder access() lets root write to, where no file can be created.
        QTest::addRow("csv in /proc")
            << QStringList{QStringLiteral("run"), QStringLiteral("gcd4"), QStringLiteral("--csv"),
                           QStringLiteral("/proc/tasks.csv")}
            << QStringLiteral("--csv: cannot write /proc/tasks.csv: ");
        const QString same = QDir::tempPath() + QStringLiteral("/corescope-tst-cli-same.csv");
        QTest::addRow("two outputs, one file")
            << QStringList{QStringLiteral("run"), QStringLiteral("gcd4"), QStringLiteral("--csv"), same,
                           QStringLiteral("--report"),
                           QDir::tempPath() + QStringLiteral("/./corescope-tst-cli-same.csv")}
            << QStringLiteral("--report and --csv name the same file");
        QTest::addRow("two sweep charts, one file")
            << QStringList{QStringLiteral("sweep"), QStringLiteral("gcd4"), QStringLiteral("--chart"),
                           QDir::tempPath() + QStringLiteral("/corescope-tst-cli-same.png"),
                           QStringLiteral("--efficiency-chart"),
                           QDir::tempPath() + QStringLiteral("/corescope-tst-cli-same.png")}
            << QStringLiteral("--chart and --efficiency-chart name the same file");
        QTest::addRow("missing file") << QStringList{QStringLiteral("run"), QStringLiteral("/nonexistent/w.json")}
                                      << QStringLiteral("/nonexistent/w.json");
        QTest::addRow("crash in threads") << QStringList{QStringLiteral("run"), QStringLiteral("broken-pool"),
                                                         QStringLiteral("--mode"), QStringLiteral("threads")}
                                          << QStringLiteral("processes mode");
        const auto python = [](std::initializer_list<const char *> more) {
            QStringList args{QStringLiteral("run"), QStringLiteral("primes6"),
                             QStringLiteral("--runtime"), QStringLiteral("python")};
            for (const char *a : more)
                args << QString::fromUtf8(a);
            return args;
        };
        QTest::addRow("bad python path") << python({"--python", "/nonexistent/py/python3"})
                                         << QStringLiteral("\"/nonexistent/py/python3\" cannot "
                                                           "be run: No such file or directory. "
                                                           "Install Python 3.9 or newer (Debian: "
                                                           "apt-get install python3)");
        QTest::addRow("bad api") << python({"--api", "map_async"})
                                 << QStringLiteral("--api: expected one of executor.map");
        QTest::addRow("bad start method") << python({"--start-method", "vfork"})
                                          << QStringLiteral("--start-method: expected one of "
                                                            "default, fork, spawn, forkserver");
        QTest::addRow("gil with python") << python({"--mode", "threads", "--gil"})
                                         << QStringLiteral("Python threads run under the real one");
        QTest::addRow("ordering and api")
            << QStringList{QStringLiteral("run"), QStringLiteral("primes6"), QStringLiteral("--api"),
                           QStringLiteral("pool.map"), QStringLiteral("--ordering"),
                           QStringLiteral("as-completed")}
            << QStringLiteral("--ordering: an older name for --api");
        QTest::addRow("bad api, native")
            << QStringList{QStringLiteral("run"), QStringLiteral("primes6"), QStringLiteral("--api"),
                           QStringLiteral("map_async")}
            << QStringLiteral("--api: expected one of executor.map");
        QTest::addRow("start method, native sweep")
            << QStringList{QStringLiteral("sweep"), QStringLiteral("doubler"), QStringLiteral("--modes"),
                           QStringLiteral("native:processes"), QStringLiteral("--start-method"),
                           QStringLiteral("spawn")}
            << QStringLiteral("--start-method: a Python start method");
        QTest::addRow("process per task, Python sweep")
            << QStringList{QStringLiteral("sweep"), QStringLiteral("doubler"), QStringLiteral("--modes"),
                           QStringLiteral("py:processes"), QStringLiteral("--process-per-task")}
            << QStringLiteral("--process-per-task: the native runtime's option");
        QTest::addRow("python code, native runtime")
            << QStringList{QStringLiteral("run"), QStringLiteral("primes-python")}
            << QStringLiteral("only the Python runtime runs it");
        QTest::addRow("manager, native runtime")
            << QStringList{QStringLiteral("run"), QStringLiteral("counter-manager"),
                           QStringLiteral("--mode"), QStringLiteral("processes")}
            << QStringLiteral("has params.sync \"manager\": a multiprocessing Manager is "
                              "Python's, and only the Python runtime runs it (--runtime python");
    }
    void badUsage_exits2WithTheWrongValueNamed()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Outcome o = runCorescope(arguments);
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains(message), qPrintable(o.err));
        QVERIFY(o.err.startsWith(QStringLiteral("corescope: ")));
        // The hint names the help that lists the options: the command's own.
        const QString command = arguments.first();
        if (o.err.contains(QStringLiteral("Try '")))
            QVERIFY2(o.err.contains(command == QLatin1String("run")
                                            || command == QLatin1String("sweep")
                                        ? QStringLiteral("Try 'corescope %1 --help'").arg(command)
                                        : QStringLiteral("Try 'corescope --help'")),
                     qPrintable(o.err));
    }

    // An option that does nothing for the run asked for is said, and not recorded as used;
    // one that does something is neither.
    void unusedOption_isNotedAndNotRecorded_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("note");       // empty: no note
        QTest::addColumn<QString>("key");        // the report's options key ...
        QTest::addColumn<QString>("recorded");   // ... and its value there
        const auto row = [](const char *name, std::initializer_list<const char *> given,
                            const char *note, const char *key, const char *recorded) {
            QStringList options;
            for (const char *option : given)
                options << QString::fromUtf8(option);
            QTest::addRow("%s", name) << options << QString::fromUtf8(note)
                                      << QString::fromUtf8(key) << QString::fromUtf8(recorded);
        };
        row("task timeout, threads", {"--mode", "threads", "--task-timeout", "100"},
            "--task-timeout does nothing for a run on native threads", "task_timeout_ms", "0");
        row("process per task, threads", {"--mode", "threads", "--process-per-task"},
            "--process-per-task does nothing", "process_per_task", "false");
        row("chunksize, serial", {"--mode", "serial", "--chunksize", "3"},
            "--chunksize does nothing for a run on native serial", "chunksize", "0");
        row("switch interval, processes", {"--mode", "processes", "--switch-interval", "2"},
            "--switch-interval does nothing", "switch_interval_ms", "5");
        row("switch interval, GIL", {"--mode", "threads", "--gil", "--switch-interval", "2"}, "",
            "switch_interval_ms", "2");
        row("task timeout, processes", {"--mode", "processes", "--task-timeout", "5000"}, "",
            "task_timeout_ms", "5000");
        row("chunksize, threads", {"--mode", "threads", "--chunksize", "2"}, "", "chunksize", "2");
    }
    void unusedOption_isNotedAndNotRecorded()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, note);
        QFETCH(QString, key);
        QFETCH(QString, recorded);
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("r.json"));
        const Outcome o = runCorescope(QStringList{QStringLiteral("run"), QStringLiteral("doubler"),
                                                   QStringLiteral("-j"), QStringLiteral("2"),
                                                   QStringLiteral("--report"), report}
                                       + options);
        QCOMPARE(o.exitCode, 0);
        if (note.isEmpty())
            QVERIFY2(!o.err.contains(QStringLiteral("note:")), qPrintable(o.err));
        else
            QVERIFY2(o.err.contains(QStringLiteral("corescope: note: ") + note), qPrintable(o.err));
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonValue value = QJsonDocument::fromJson(f.readAll())
                                     .object()
                                     .value(QStringLiteral("options"))
                                     .toObject()
                                     .value(key);
        QCOMPARE(value.isBool() ? QString::fromLatin1(value.toBool() ? "true" : "false")
                                : value.toVariant().toString(),
                 recorded);
    }

    // An output named as the file the run reads (the workload, its Python file) would destroy
    // it: refused before the run, the file as it was.
    void outputOverTheWorkloadsOwnFile_isRefusedAndTheFileKept_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("target");
        QTest::addRow("csv over the workload") << QStringLiteral("--csv") << QStringLiteral("w.json");
        QTest::addRow("report over the Python file")
            << QStringLiteral("--report") << QStringLiteral("mine.py");
    }
    void outputOverTheWorkloadsOwnFile_isRefusedAndTheFileKept()
    {
        QFETCH(QString, option);
        QFETCH(QString, target);
        QTemporaryDir dir;
        const QString workload = writeFile(
            dir, QStringLiteral("w.json"),
            R"({"name": "w", "python": {"file": "mine.py", "function": "f"}, "inputs": [1, 2]})");
        writeFile(dir, QStringLiteral("mine.py"), "def f(n):\n    return n\n");
        QFile before(dir.filePath(target));
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray kept = before.readAll();
        before.close();
        const Outcome o = runCorescope({QStringLiteral("run"), workload, QStringLiteral("--runtime"),
                                        QStringLiteral("python"), option, dir.filePath(target)});
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains(option + QStringLiteral(": ") + dir.filePath(target)
                                + QStringLiteral(" is the workload's own file")),
                 qPrintable(o.err));
        QVERIFY(before.open(QIODevice::ReadOnly));
        QCOMPARE(before.readAll(), kept);
    }

    void badWorkloadFile_namesFileLineColumnAndField()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("primes.json"),
                                       "{\n  \"name\": \"p\",\n  \"kernel\": \"is_prime\",\n"
                                       "  \"inputs\": [7, \"two\"]\n}\n");
        const Outcome o = runCorescope({QStringLiteral("run"), path});
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains(QStringLiteral("primes.json:4:17: inputs[1]:")), qPrintable(o.err));
    }

    void brokenPool_exits1NamingTheTaskAndKeepsResults()
    {
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("run.json"));
        const Outcome o = runCorescope({QStringLiteral("run"), QStringLiteral("broken-pool"),
                                     QStringLiteral("--mode"), QStringLiteral("processes"),
                                     QStringLiteral("-j"), QStringLiteral("1"),
                                     QStringLiteral("--report"), report});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(QStringLiteral("run failed")), qPrintable(o.err));
        QVERIFY2(o.err.contains(QStringLiteral("signal")), qPrintable(o.err));
        QVERIFY2(o.err.contains(QStringLiteral("task ")), qPrintable(o.err));
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(doc.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        int ok = 0;
        for (const auto &t : doc.value(QStringLiteral("tasks")).toArray())
            ok += t.toObject().value(QStringLiteral("ok")).toBool() ? 1 : 0;
        QVERIFY(ok >= 1);   // the tasks before the crash are kept
    }

    void sweep_printsTableAndWritesReportAndCsv()
    {
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("sweep.json"));
        const QString csv = dir.filePath(QStringLiteral("sweep.csv"));
        const Outcome o = runCorescope({QStringLiteral("sweep"), QStringLiteral("doubler"),
                                     QStringLiteral("--modes"), QStringLiteral("threads,processes"),
                                     QStringLiteral("--workers"), QStringLiteral("1-2"),
                                     QStringLiteral("--repeat"), QStringLiteral("2"),
                                     QStringLiteral("--report"), report, QStringLiteral("--csv"), csv});
        QCOMPARE(o.err, QString());
        QCOMPARE(o.exitCode, 0);
        QVERIFY(o.out.contains(QStringLiteral("Karp-Flatt")));
        QVERIFY(o.out.contains(QStringLiteral("Amdahl fit, native processes")));
        // One point with more than one worker: no spread, so no prediction, and a warning.
        QVERIFY2(o.out.contains(QStringLiteral("from 1 point; no prediction")), qPrintable(o.out));
        QVERIFY(!o.out.contains(QStringLiteral("at 64")));
        // (On 2 or 3 cores the warning says the machine allows no more: either way, 1 point.)
        QVERIFY2(QRegularExpression(QStringLiteral("warning: Amdahl fit, native processes: [^\n]*"
                                                   "only 1 point with more than one worker"))
                     .match(o.out)
                     .hasMatch(),
                 qPrintable(o.out));
        // Doubling five numbers takes microseconds: the serial run at least is a short run,
        // marked in the table and warned about.
        QVERIFY2(o.out.contains(QStringLiteral("ran under 200 ms (median)")), qPrintable(o.out));
        QVERIFY(o.out.contains(QStringLiteral(" *\n")));
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(doc.value(QStringLiteral("format")).toString(), QStringLiteral("corescope-sweep"));
        QCOMPARE(doc.value(QStringLiteral("points")).toArray().size(), 5);   // serial + 2 x 2
        QVERIFY(doc.value(QStringLiteral("points")).toArray().at(0).toObject()
                    .value(QStringLiteral("short_run")).toBool());
        QVERIFY(doc.value(QStringLiteral("warnings")).toArray().contains(QStringLiteral("short_runs")));
        const QJsonObject fit = doc.value(QStringLiteral("amdahl")).toArray().at(0).toObject();
        QVERIFY(fit.value(QStringLiteral("warnings")).toArray().contains(QStringLiteral("too_few_points")));
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        QCOMPARE(c.readAll().trimmed().split('\n').size(), 6);
    }

    void scale_outOfRangeExits2NamingTheField_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("value");
        for (const char *command : {"run", "sweep"}) {
            for (const char *value : {"0", "100.5", "-1", "lots"})
                QTest::addRow("%s --scale %s", command, value)
                    << QString::fromLatin1(command) << QString::fromLatin1(value);
        }
    }
    void scale_outOfRangeExits2NamingTheField()
    {
        QFETCH(QString, command);
        QFETCH(QString, value);
        const Outcome o = runCorescope({command, QStringLiteral("gcd4"), QStringLiteral("--scale"), value});
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains(QStringLiteral("--scale: expected a scale from 0.1 to 100, got \"%1\"")
                                    .arg(value)),
                 qPrintable(o.err));
    }

    // x2 the work of a sleeping task: each task sleeps twice its input, in every runtime and
    // mode (a sleep never ends early: a lower bound that holds on any machine), the report
    // says so, and the results are still the inputs.
    // A run that failed before any result checked none, and says why in the workers' words.
    void failedBeforeAnyResult_checksNoneAndSaysWhy()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
            QSKIP("no python3 on PATH");
        const Outcome o = runCorescope(
            {QStringLiteral("run"), QStringLiteral("primes6-notebook"), QStringLiteral("--runtime"),
             QStringLiteral("python"), QStringLiteral("--mode"), QStringLiteral("processes"),
             QStringLiteral("-j"), QStringLiteral("2"), QStringLiteral("--start-method"),
             QStringLiteral("spawn")});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.out.contains(QStringLiteral("results: none finished, none checked")),
                 qPrintable(o.out));
        QVERIFY2(o.err.contains(QStringLiteral("AttributeError: Can't get attribute 'is_prime'")),
                 qPrintable(o.err));
    }

    void scale_twoDoublesTheSleepAndIsReported_data()
    {
        QTest::addColumn<QStringList>("how");
        QTest::addRow("native serial") << QStringList{QStringLiteral("--mode"), QStringLiteral("serial")};
        QTest::addRow("native threads") << QStringList{QStringLiteral("--mode"), QStringLiteral("threads")};
        QTest::addRow("native processes") << QStringList{QStringLiteral("--mode"), QStringLiteral("processes")};
        if (!QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty()) {
            QTest::addRow("Python serial") << QStringList{QStringLiteral("--mode"), QStringLiteral("serial"),
                                                          QStringLiteral("--runtime"), QStringLiteral("python")};
            QTest::addRow("Python threads") << QStringList{QStringLiteral("--mode"), QStringLiteral("threads"),
                                                           QStringLiteral("--runtime"), QStringLiteral("python")};
            QTest::addRow("Python processes")
                << QStringList{QStringLiteral("--mode"), QStringLiteral("processes"),
                               QStringLiteral("--runtime"), QStringLiteral("python")};
        }
    }
    void scale_twoDoublesTheSleepAndIsReported()
    {
        QFETCH(QStringList, how);
        QTemporaryDir dir;
        const QString workload = writeFile(dir, QStringLiteral("sleep.json"),
                                           "{\"name\": \"Sleep\", \"kernel\": \"sleep_ms\", "
                                           "\"inputs\": [40, 40], \"expected\": [40, 40]}");
        const QString report = dir.filePath(QStringLiteral("run.json"));
        const Outcome o = runCorescope(QStringList{QStringLiteral("run"), workload, QStringLiteral("-j"),
                                                   QStringLiteral("2"), QStringLiteral("--scale"),
                                                   QStringLiteral("2"), QStringLiteral("--report"), report}
                                       + how);
        // -j 2 with serial is not an error, but it is not silently dropped either.
        if (how.contains(QStringLiteral("serial")))
            QCOMPARE(o.err, QStringLiteral("corescope: note: a serial run has one worker; --workers 2 "
                                           "is not used (--mode threads or processes uses it)\n"));
        else
            QCOMPARE(o.err, QString());
        QCOMPARE(o.exitCode, 0);
        QVERIFY2(o.out.contains(QStringLiteral("x2 work per task")), qPrintable(o.out));
        QVERIFY(o.out.contains(QStringLiteral("2/2 checked against expected, all match")));
        // Python's serial run is a plain loop: no pool, so no API and no chunksize named.
        if (std::string_view(QTest::currentDataTag()) == "Python serial")
            QVERIFY2(o.out.contains(QStringLiteral("a plain loop in the main thread"))
                         && !o.out.contains(QStringLiteral("chunksize")),
                     qPrintable(o.out));
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(doc.value(QStringLiteral("options")).toObject().value(QStringLiteral("scale")).toDouble(), 2.0);
        const QJsonArray tasks = doc.value(QStringLiteral("tasks")).toArray();
        QCOMPARE(tasks.size(), 2);
        for (const auto &t : tasks) {
            const QJsonObject task = t.toObject();
            const double ms = (task.value(QStringLiteral("end_ns")).toDouble()
                               - task.value(QStringLiteral("start_ns")).toDouble()) / 1e6;
            // 80 ms asked; 1.8x the input leaves room for the clocks' rounding only.
            QVERIFY2(ms >= 1.8 * 40, qPrintable(QStringLiteral("task took %1 ms").arg(ms)));
        }
    }

    void run_oneTaskOneWorker_saidInTheSingular()
    {
        QTemporaryDir dir;
        const QString workload = writeFile(dir, QStringLiteral("one.json"),
                                           "{\"name\": \"One\", \"kernel\": \"is_prime\", "
                                           "\"inputs\": [7], \"expected\": [true]}");
        const Outcome o = runCorescope({QStringLiteral("run"), workload, QStringLiteral("--mode"),
                                        QStringLiteral("threads"), QStringLiteral("-j"), QStringLiteral("1")});
        QCOMPARE(o.exitCode, 0);
        QVERIFY2(o.out.startsWith(QStringLiteral("One: is_prime, 1 task\n")), qPrintable(o.out));
        QVERIFY2(o.out.contains(QStringLiteral(", 1 worker, ")), qPrintable(o.out));
        const Outcome sweep = runCorescope({QStringLiteral("sweep"), workload, QStringLiteral("--workers"),
                                            QStringLiteral("1"), QStringLiteral("--repeat"), QStringLiteral("1")});
        QCOMPARE(sweep.exitCode, 0);
        QVERIFY2(sweep.out.contains(QStringLiteral("; 1 repeat\n")), qPrintable(sweep.out));
    }

    void sweep_badListsExit2()
    {
        const Outcome w = runCorescope({QStringLiteral("sweep"), QStringLiteral("doubler"),
                                     QStringLiteral("--workers"), QStringLiteral("0-3")});
        QCOMPARE(w.exitCode, 2);
        QVERIFY2(w.err.contains(QStringLiteral("--workers: expected worker counts")), qPrintable(w.err));
        const Outcome m = runCorescope({QStringLiteral("sweep"), QStringLiteral("doubler"),
                                     QStringLiteral("--modes"), QStringLiteral("gpu")});
        QCOMPARE(m.exitCode, 2);
        QVERIFY2(m.err.contains(QStringLiteral("\"gpu\"")), qPrintable(m.err));
        const Outcome size = runCorescope({QStringLiteral("sweep"), QStringLiteral("doubler"),
                                           QStringLiteral("--chart-size"), QStringLiteral("1280")});
        QCOMPARE(size.exitCode, 2);
        QVERIFY2(size.err.contains(QStringLiteral("--chart-size: expected WIDTHxHEIGHT")), qPrintable(size.err));
        const Outcome scale = runCorescope({QStringLiteral("sweep"), QStringLiteral("doubler"),
                                            QStringLiteral("--chart-scale"), QStringLiteral("9")});
        QCOMPARE(scale.exitCode, 2);
        QVERIFY2(scale.err.contains(QStringLiteral("--chart-scale: expected a number from 1 to 4")),
                 qPrintable(scale.err));
    }

    // An interpreter that is too old, or not Python at all: its version alone is quoted, with
    // only the characters a version has (the probe's mpi4py word, "-", and an escape sequence
    // were printed as they came).
    void tooOldOrStrangeInterpreter_isNamedCleanly_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("says");
        QTest::addRow("Python 3.6") << QByteArray("3.6.9 -") << QStringLiteral("is Python 3.6.9; Corescope needs");
        QTest::addRow("escape sequences") << QByteArray("\x1b[31m3.1\x1b[0m -")
                                          << QStringLiteral("is Python 31m3.10m; Corescope needs");
        QTest::addRow("nothing a version has") << QByteArray("\x1b\x1b -")
                                               << QStringLiteral("is Python of an unknown version;");
    }

    void tooOldOrStrangeInterpreter_isNamedCleanly()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("oldpython"));
        {
            QFile script(path);
            QVERIFY(script.open(QIODevice::WriteOnly));
            // The probe reads the interpreter's answer on descriptor 3.
            script.write("#!/bin/sh\nprintf '%s' \"$ANSWER\" >&3\n");
        }
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ANSWER"), QString::fromLatin1(answer));
        p.setProcessEnvironment(env);
        p.start(kBinary, {QStringLiteral("run"), QStringLiteral("primes6"), QStringLiteral("--runtime"),
                          QStringLiteral("python"), QStringLiteral("--python"), path});
        QVERIFY(p.waitForFinished(corescope::test::scaledMs(30000)));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(says), qPrintable(err));
        QVERIFY2(!err.contains(QChar(0x1b)), qPrintable(err));
    }

    // A start method where no process is started is said not to be used (a script looping
    // over the modes with one --start-method still runs), and the report does not claim it.
    // Time off the CPU is named for what it can be: the GIL or the OS in threads, the OS in
    // processes.
    void pythonThreadsAndProcesses_startMethodNoteAndOffCpuWords()
    {
        QTemporaryDir dir;
        const QString workload = writeFile(dir, QStringLiteral("sleep.json"),
                                           "{\"name\": \"Sleep\", \"kernel\": \"sleep_ms\", "
                                           "\"inputs\": [10, 10], \"expected\": [10, 10]}");
        const QString report = dir.filePath(QStringLiteral("run.json"));
        const Outcome o = runCorescope(
            {QStringLiteral("run"), workload, QStringLiteral("--runtime"), QStringLiteral("python"),
             QStringLiteral("--mode"), QStringLiteral("threads"), QStringLiteral("-j"),
             QStringLiteral("2"), QStringLiteral("--start-method"), QStringLiteral("spawn"),
             QStringLiteral("--report"), report});
        QCOMPARE(o.exitCode, 0);
        QCOMPARE(o.err, QStringLiteral("corescope: note: --start-method is not used: it is how "
                                       "multiprocessing starts --mode processes' workers (got "
                                       "--mode threads)\n"));
        // Python threads' time off the CPU may be the GIL's; a process's cannot (below).
        QVERIFY2(o.out.contains(QStringLiteral("off-CPU: tasks waited (GIL or OS) ")), qPrintable(o.out));
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray json = f.readAll();
        QVERIFY2(json.contains("\"start_method\":\"default\"")
                     && !json.contains("\"start_method\":\"spawn\""),
                 json.constData());

        // Worker processes have a GIL each: their sleeping tasks wait for the OS, said so in
        // the summary and the diagnosis, never as GIL waits.
        const Outcome processes = runCorescope(
            {QStringLiteral("run"), workload, QStringLiteral("--runtime"), QStringLiteral("python"),
             QStringLiteral("--mode"), QStringLiteral("processes"), QStringLiteral("-j"),
             QStringLiteral("2")});
        QCOMPARE(processes.exitCode, 0);
        QVERIFY2(processes.out.contains(QStringLiteral(
                     "off-CPU: tasks were off the CPU ")),
                 qPrintable(processes.out));
        QVERIFY2(processes.out.contains(QStringLiteral("Python worker processes spent ")),
                 qPrintable(processes.out));
        QVERIFY2(!processes.out.contains(QStringLiteral("GIL or")), qPrintable(processes.out));
    }

    // The summary's time off the CPU is the finished tasks', as the diagnosis counts it: a
    // task that raised or was killed has none measured (it was counted as none, which gave
    // 38 % beside the diagnosis's 51 %). The serial loop's one thread waits for the OS alone.
    void pythonOffCpuLine_countsTheFinishedTasks_serialWaitsForTheOs()
    {
        QTemporaryDir dir;
        // Two tasks sleep 100 ms (off the CPU nearly all of it); the third sleeps as long and
        // raises, a failed task whose time is not measured.
        writeFile(dir, QStringLiteral("raises.py"),
                  "import time\n\ndef f(n):\n    time.sleep(0.1)\n    if n == 3:\n"
                  "        raise ValueError('three')\n    return n\n");
        const QString raising = writeFile(dir, QStringLiteral("raises.json"),
                                          "{\"name\": \"Raises\", \"python\": {\"file\": "
                                          "\"raises.py\", \"function\": \"f\"}, \"inputs\": [1, 2, 3]}");
        const QString report = dir.filePath(QStringLiteral("run.json"));
        const Outcome broken = runCorescope(
            {QStringLiteral("run"), raising, QStringLiteral("--runtime"), QStringLiteral("python"),
             QStringLiteral("--mode"), QStringLiteral("processes"), QStringLiteral("-j"),
             QStringLiteral("2"), QStringLiteral("--report"), report});
        QCOMPARE(broken.exitCode, 1);
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray tasks = QJsonDocument::fromJson(f.readAll()).object()[QStringLiteral("tasks")].toArray();
        double wait = 0, busy = 0;
        int done = 0, other = 0;
        for (const QJsonValue &v : tasks) {
            const QJsonObject t = v.toObject();
            if (t[QStringLiteral("state")].toString() != QStringLiteral("done")) {
                other += t[QStringLiteral("start_ns")].isDouble() ? 1 : 0;
                continue;
            }
            ++done;
            if (t[QStringLiteral("gil_wait_ns")].toDouble() < 0)
                continue;
            wait += t[QStringLiteral("gil_wait_ns")].toDouble();
            busy += t[QStringLiteral("end_ns")].toDouble() - t[QStringLiteral("start_ns")].toDouble();
        }
        QVERIFY2(done == 2 && other == 1, qPrintable(broken.out));   // and one that raised
        const QString share = QString::number(busy > 0 ? 100.0 * wait / busy : 0.0, 'f', 0);
        QVERIFY2(broken.out.contains(QStringLiteral("off-CPU: tasks were off the CPU %1% of their time").arg(share)),
                 qPrintable(share + QLatin1Char('\n') + broken.out));

        const QString workload = writeFile(dir, QStringLiteral("sleep.json"),
                                           "{\"name\": \"Sleep\", \"kernel\": \"sleep_ms\", "
                                           "\"inputs\": [10, 10]}");
        const Outcome serial = runCorescope(
            {QStringLiteral("run"), workload, QStringLiteral("--runtime"), QStringLiteral("python"),
             QStringLiteral("--mode"), QStringLiteral("serial")});
        QCOMPARE(serial.exitCode, 0);
        QVERIFY2(serial.out.contains(QStringLiteral("(mostly waiting for the OS: one thread ran them all)")),
                 qPrintable(serial.out));
        QVERIFY2(!serial.out.contains(QStringLiteral("GIL or")), qPrintable(serial.out));
    }

    // Your own file that does not import is bad input, as a missing file is: exit 2, the
    // error alone, no summary of a run that never started. (It was exit 1 and a "status
    // failed ... 0/3 tasks" block.) A task that raises later is a failed run: exit 1.
    void ownFileThatDoesNotImport_isBadInput()
    {
        QTemporaryDir dir;
        writeFile(dir, QStringLiteral("bad.py"), "import nosuchmodule_corescope\n\ndef f(n):\n    return n\n");
        const QString workload = writeFile(dir, QStringLiteral("bad.json"),
                                           "{\"name\": \"Bad\", \"python\": {\"file\": "
                                           "\"bad.py\", \"function\": \"f\"}, \"inputs\": [1, 2, 3]}");
        for (const char *mode : {"serial", "processes"}) {
            const Outcome o = runCorescope({QStringLiteral("run"), workload, QStringLiteral("--runtime"),
                                            QStringLiteral("python"), QStringLiteral("--mode"),
                                            QLatin1String(mode)});
            QCOMPARE(o.exitCode, 2);
            QVERIFY2(o.err.startsWith(QStringLiteral("corescope: importing bad.py (the workload's "
                                                     "python.file) raised ModuleNotFoundError: No "
                                                     "module named 'nosuchmodule_corescope' at "
                                                     "line 1\n")),
                     qPrintable(o.err));
            QVERIFY2(!o.out.contains(QStringLiteral("status")), qPrintable(o.out));
        }
        // A sweep of it stops at its first run, which fails as every other would, and says so
        // as the run does: no table, no report of runs that never started.
        const QString report = dir.filePath(QStringLiteral("sweep.json"));
        const Outcome o = runCorescope(
            {QStringLiteral("sweep"), workload, QStringLiteral("--runtime"), QStringLiteral("python"),
             QStringLiteral("--modes"), QStringLiteral("serial,processes"), QStringLiteral("--workers"),
             QStringLiteral("1-2"), QStringLiteral("--repeat"), QStringLiteral("1"),
             QStringLiteral("--report"), report});
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains(QStringLiteral("corescope: importing bad.py (the workload's "
                                               "python.file) raised ModuleNotFoundError")),
                 qPrintable(o.err));
        QVERIFY2(!o.out.contains(QStringLiteral("median")), qPrintable(o.out));   // the plan only
        QVERIFY(!QFile::exists(report));
    }

    // Your own function's results that are not an integer are kept as none: said, not
    // counted with the others as if checked.
    void ownFunctionsNonIntegerResults_areNamed()
    {
        QTemporaryDir dir;
        writeFile(dir, QStringLiteral("words.py"), "def f(n):\n    return 'x' * n if n > 1 else n\n");
        const QString workload = writeFile(dir, QStringLiteral("words.json"),
                                           "{\"name\": \"Words\", \"python\": {\"file\": "
                                           "\"words.py\", \"function\": \"f\"}, \"inputs\": [1, 2, 3]}");
        const Outcome o = runCorescope({QStringLiteral("run"), workload, QStringLiteral("--runtime"),
                                        QStringLiteral("python"), QStringLiteral("--mode"),
                                        QStringLiteral("serial")});
        QCOMPARE(o.exitCode, 0);
        QVERIFY2(o.out.contains(QStringLiteral("results: 3 (the workload has no expected values), 2 "
                                               "of them not kept: Corescope keeps an int from 0 to "
                                               "2^64-1, a bool, None or a list of ints\n")),
                 qPrintable(o.out));
    }

    // A sweep's py: modes are Python runs: they take the Python options without --runtime
    // python (refused before: "--start-method: a Python start method: add --runtime python").
    void sweepOfPythonModes_takesThePythonOptions()
    {
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("sweep.json"));
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        QVERIFY2(!python.isEmpty(), "python3 is not on PATH (scripts/install-deps.sh installs it)");
        const Outcome o = runCorescope(
            {QStringLiteral("sweep"), QStringLiteral("doubler"), QStringLiteral("--modes"),
             QStringLiteral("native:threads,py:processes"), QStringLiteral("--workers"),
             QStringLiteral("2"), QStringLiteral("--repeat"), QStringLiteral("1"),
             QStringLiteral("--no-warm-up"), QStringLiteral("--start-method"), QStringLiteral("fork"),
             QStringLiteral("--python"), python,
             QStringLiteral("--report"), report, QStringLiteral("-q")});
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QVERIFY(QFile::exists(report));
    }

    // A sweep of serial runs only measures the baseline once: worker counts asked for are
    // said to be unused, and the plan printed and saved is one worker.
    void sweepOfSerialOnly_notesTheWorkerCounts()
    {
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("sweep.json"));
        const Outcome o = runCorescope(
            {QStringLiteral("sweep"), QStringLiteral("doubler"), QStringLiteral("--modes"),
             QStringLiteral("serial"), QStringLiteral("--workers"), QStringLiteral("1,2"),
             QStringLiteral("--repeat"), QStringLiteral("1"), QStringLiteral("--no-warm-up"),
             QStringLiteral("--report"), report});
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QVERIFY2(o.err.contains(QStringLiteral("corescope: note: --workers does nothing for a "
                                               "sweep of serial runs only")),
                 qPrintable(o.err));
        QVERIFY2(o.out.contains(QStringLiteral("; workers 1;")), qPrintable(o.out));
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("points")).toArray().size(), 1);
        // The saved plan is the one measured (the counts were recorded before, unused).
        const QJsonArray counts = root.value(QStringLiteral("options")).toObject()
                                      .value(QStringLiteral("worker_counts")).toArray();
        QCOMPARE(counts, QJsonArray{1});
        // Serial with threads: the counts are used, no note.
        const Outcome used = runCorescope(
            {QStringLiteral("sweep"), QStringLiteral("doubler"), QStringLiteral("--modes"),
             QStringLiteral("serial,threads"), QStringLiteral("--workers"), QStringLiteral("1,2"),
             QStringLiteral("--repeat"), QStringLiteral("1"), QStringLiteral("--no-warm-up"),
             QStringLiteral("-q")});
        QVERIFY2(used.exitCode == 0, qPrintable(used.err));
        QVERIFY2(!used.err.contains(QStringLiteral("note:")), qPrintable(used.err));
    }

    // Ctrl+C, a service manager's SIGTERM and a closed terminal's SIGHUP all cancel the run,
    // keep what finished and exit as a shell reports that signal (128 + its number).
    void interrupt_cancelsExits128PlusSignalAndStillWritesTheReport_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<bool>("toGroup");
        QTest::addRow("SIGINT") << int(SIGINT) << false;
        QTest::addRow("SIGTERM") << int(SIGTERM) << false;
        QTest::addRow("SIGHUP") << int(SIGHUP) << false;
        // To the whole process group, as a terminal's Ctrl+C, `kill %1` and timeout(1) send
        // it: the pool's workers are not in it, so none dies of it and the run reads as
        // cancelled, not as a broken pool.
        QTest::addRow("SIGINT to the group") << int(SIGINT) << true;
        QTest::addRow("SIGTERM to the group") << int(SIGTERM) << true;
    }

    void interrupt_cancelsExits128PlusSignalAndStillWritesTheReport()
    {
        QFETCH(int, signal);
        QFETCH(bool, toGroup);
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("run.json"));
        const QString path = writeFile(dir, QStringLiteral("sleepy.json"),
                                       R"({"name": "sleepy", "kernel": "sleep_ms",
                                           "inputs": [50, 50, 20000, 20000, 20000]})");
        QProcess p;
        if (toGroup)   // its own group, as a shell's job: the test's group is not signalled
            p.setChildProcessModifier([] { ::setpgid(0, 0); });
        p.start(kBinary, {QStringLiteral("run"), path, QStringLiteral("--mode"),
                          QStringLiteral("processes"), QStringLiteral("-j"), QStringLiteral("2"),
                          QStringLiteral("--report"), report});
        QVERIFY(p.waitForStarted());
        QTest::qWait(corescope::test::scaledMs(1000));   // the two 50 ms tasks are done by then
        const auto pid = static_cast<pid_t>(p.processId());
        ::kill(toGroup ? -pid : pid, signal);
        QVERIFY(p.waitForFinished(corescope::test::scaledMs(5000)));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 128 + signal);
        QVERIFY2(p.readAllStandardError().contains("run cancelled"), "no cancel message");
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(doc.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        // The run ended its workers itself (a cancel's SIGKILL); none died of the signal.
        const QString diedOfIt = QStringLiteral("signal %1 ").arg(signal);
        const QJsonArray workers = doc.value(QStringLiteral("workers")).toArray();
        QCOMPARE(workers.size(), 2);
        for (const QJsonValue &w : workers) {
            const QString why = w.toObject().value(QStringLiteral("exit_reason")).toString();
            QVERIFY2(!why.contains(diedOfIt), qPrintable(why));
        }
        const QJsonArray tasks = doc.value(QStringLiteral("tasks")).toArray();
        QVERIFY(tasks.at(0).toObject().value(QStringLiteral("ok")).toBool());
        QVERIFY(tasks.at(1).toObject().value(QStringLiteral("ok")).toBool());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
