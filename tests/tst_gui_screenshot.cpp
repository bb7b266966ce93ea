// Starts the real corescope binary on an X server (xvfb-run), runs the seed primes in
// processes mode with 2 workers and checks the screenshot it saves: the whole window, not a
// blank one. Set CORESCOPE_SCREENSHOT_DIR to keep the pictures (tests/screenshot.sh does, to
// refresh docs/screenshot-*.png), in English, in presentation mode on a 1280x720 and a
// 1920x1080 screen (each live chart must keep room to read: the app prints their heights), in
// Korean and in Russian, and in presentation mode at 1280x720 with a lesson open (in English:
// each worker's lane labelled; in Russian: the window the size of the screen after the run).

#include "tests/timing.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestScreenshot final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void realApp_seedPrimesOnTwoProcesses_savesScreenshot_data();
    void realApp_seedPrimesOnTwoProcesses_savesScreenshot();
    void realApp_raceOfTheEmulatedGilLesson_savesScreenshot();
};

void TestScreenshot::realApp_seedPrimesOnTwoProcesses_savesScreenshot_data()
{
    QTest::addColumn<QStringList>("extraArguments");
    QTest::addColumn<QString>("keepAs");
    QTest::addColumn<QSize>("screen");
    // Each live chart's data area at least this tall (px), and each worker's lane labelled.
    QTest::addColumn<int>("minPlotPx");
    QTest::addColumn<bool>("everyLaneLabelled");
    const QSize desk(1600, 1000);
    QTest::addRow("main") << QStringList{} << QStringLiteral("screenshot-main.png") << desk << 64
                          << true;
    // Full screen on the projectors we design for: the smallest and the usual one.
    QTest::addRow("presentation-1280x720")
        << QStringList{QStringLiteral("--presentation")}
        << QStringLiteral("screenshot-presentation-1280x720.png") << QSize(1280, 720) << 64
        << true;
    QTest::addRow("presentation-1920x1080")
        << QStringList{QStringLiteral("--presentation")}
        << QStringLiteral("screenshot-presentation-1920x1080.png") << QSize(1920, 1080) << 64
        << true;
    // The window in Korean and in Russian, a lesson open: Hangul must be drawn (fonts-noto-cjk),
    // and the longer Russian labels must fit at the default size.
    QTest::addRow("korean") << QStringList{QStringLiteral("--lang"), QStringLiteral("ko"),
                                           QStringLiteral("--lesson"),
                                           QStringLiteral("processes-scale")}
                            << QStringLiteral("screenshot-ko.png") << desk << 64 << true;
    QTest::addRow("russian") << QStringList{QStringLiteral("--lang"), QStringLiteral("ru"),
                                            QStringLiteral("--lesson"),
                                            QStringLiteral("processes-scale")}
                             << QStringLiteral("screenshot-ru.png") << desk << 64 << true;
    // A lesson on a 720p projector: its header and two lines of its text above the charts,
    // which then leave out what the window says elsewhere (the timeline's subtitle, the
    // per-core chart's time numbers): the lesson's picture, the lanes, stays readable, each
    // worker named (once a 34 px plot with one lane label of two).
    QTest::addRow("lesson-presentation-1280x720")
        << QStringList{QStringLiteral("--presentation"), QStringLiteral("--lesson"),
                       QStringLiteral("uneven-poolmap")}
        << QStringLiteral("screenshot-presentation-lesson-1280x720.png") << QSize(1280, 720)
        << 56 << true;
    // Long Russian lesson text under presentation fonts once grew the window past a 720p
    // screen after the run: the picture must be the screen's size (not kept in docs/). Its
    // timeline's legend, brief when short of room, fits one row: every worker named (with its
    // full labels the legend took two rows, and only every other lane was labelled).
    QTest::addRow("russian-presentation-1280x720")
        << QStringList{QStringLiteral("--presentation"), QStringLiteral("--lang"),
                       QStringLiteral("ru"), QStringLiteral("--lesson"),
                       QStringLiteral("processes-scale")}
        << QString() << QSize(1280, 720) << 56 << true;
}

void TestScreenshot::realApp_seedPrimesOnTwoProcesses_savesScreenshot()
{
    QFETCH(QStringList, extraArguments);
    QFETCH(QString, keepAs);
    QFETCH(QSize, screen);
    QFETCH(int, minPlotPx);
    QFETCH(bool, everyLaneLabelled);
    const QString size = QStringLiteral("%1x%2").arg(screen.width()).arg(screen.height());

    const QString xvfbRun = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
    QVERIFY2(!xvfbRun.isEmpty(),
             "xvfb-run was not found on PATH: this test runs the real window on a virtual X "
             "server. Install it with scripts/install-deps.sh (Debian package \"xvfb\", plus "
             "\"xauth\").");
    const QString app = QStringLiteral(CORESCOPE_BIN_DIR "/corescope");
    QVERIFY2(QFile::exists(app), qPrintable(QStringLiteral("%1 was not built").arg(app)));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString shot = dir.filePath(QStringLiteral("shot.png"));

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // ctest runs GUI tests offscreen; the real app must use the X server xvfb-run starts.
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    // Fresh settings: the picture must not depend on what the last user left behind.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());
    process.setProcessEnvironment(env);
    QStringList arguments{QStringLiteral("-a"), QStringLiteral("-s"),
                          QStringLiteral("-screen 0 %1x24").arg(size),
                          app,
                          QStringLiteral("primes50"),
                          QStringLiteral("--run"),
                          QStringLiteral("--mode"),
                          QStringLiteral("processes"),
                          QStringLiteral("--workers"),
                          QStringLiteral("2"),
                          QStringLiteral("--window-size"),
                          size,
                          QStringLiteral("--screenshot"),
                          shot,
                          QStringLiteral("--quit-after-run")};
    arguments << extraArguments;
    process.start(xvfbRun, arguments);
    QVERIFY2(process.waitForStarted(corescope::test::scaledMs(10000)), qPrintable(process.errorString()));
    // A run of a few seconds: a minute, scaled, says the app hangs (and stays inside ctest's
    // limit for this test on a loaded machine, so the message, not a kill, reports it).
    const int budgetMs = corescope::test::scaledMs(60000);
    const bool finished = process.waitForFinished(budgetMs);
    const QString out = QString::fromLocal8Bit(process.readAllStandardOutput());
    const QString err = QString::fromLocal8Bit(process.readAllStandardError());
    qInfo("%s", qPrintable(out.trimmed()));
    if (!finished)
        process.kill();
    QVERIFY2(finished, qPrintable(QStringLiteral("the app did not finish within %1 s").arg(budgetMs / 1000)));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(QStringLiteral("exit code %1\n%2").arg(process.exitCode()).arg(err)));
    QVERIFY2(out.contains(QStringLiteral("run ok")), qPrintable(out + err));

    QImage image(shot);
    QVERIFY2(!image.isNull(), qPrintable(QStringLiteral("no screenshot at %1").arg(shot)));
    QCOMPARE(image.size(), screen);
    // A real window has text, charts and colours: thousands of distinct colours, not a
    // blank or single-colour surface.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    qInfo("screenshot: %dx%d, %lld distinct colours", image.width(), image.height(),
          qlonglong(colours.size()));
    QVERIFY(colours.size() > 200);

    // Each live chart keeps room: decorations (large titles, legends, axis labels) leave a
    // readable data area, at the smallest screen too (the same bounds as tst_gui_mainwindow).
    // Each chart widget, decorations included: the per-core chart's least height (170 px
    // short of room in presentation mode), the timeline's (200 px).
    constexpr int kMinChartPx[] = {170, 200};
    const auto heights = QRegularExpression(QStringLiteral(
        "chart heights: cpu (\\d+) \\(plot (\\d+)\\), timeline (\\d+) \\(plot (\\d+)\\); a lane "
        "label every (\\d+) lanes")).match(out);
    QVERIFY2(heights.hasMatch(), qPrintable(out));
    for (int chart : {0, 1})
        QVERIFY2(heights.captured(1 + 2 * chart).toInt() >= kMinChartPx[chart]
                     && heights.captured(2 + 2 * chart).toInt() >= minPlotPx,
                 qPrintable(heights.captured(0)));
    if (everyLaneLabelled)
        QVERIFY2(heights.captured(5).toInt() == 1, qPrintable(heights.captured(0)));

    const QString keepDir = qEnvironmentVariable("CORESCOPE_SCREENSHOT_DIR");
    if (!keepDir.isEmpty() && !keepAs.isEmpty()) {
        QDir().mkpath(keepDir);
        const QString target = QDir(keepDir).filePath(keepAs);
        QFile::remove(target);
        QVERIFY(QFile::copy(shot, target));
        qInfo("kept %s", qPrintable(target));
    }
}

// The race of the emulated-GIL lesson (native threads + emulated GIL against native processes,
// the seed primes): both runs end and the race window is saved (docs/screenshot-race.png).
void TestScreenshot::realApp_raceOfTheEmulatedGilLesson_savesScreenshot()
{
    const QString xvfbRun = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
    QVERIFY2(!xvfbRun.isEmpty(), "xvfb-run was not found on PATH (scripts/install-deps.sh)");
    const QString app = QStringLiteral(CORESCOPE_BIN_DIR "/corescope");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString shot = dir.filePath(QStringLiteral("race.png"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());
    process.setProcessEnvironment(env);
    process.start(xvfbRun, {QStringLiteral("-a"), QStringLiteral("-s"),
                            QStringLiteral("-screen 0 1600x1000x24"), app,
                            QStringLiteral("--lesson"), QStringLiteral("gil-emulated"),
                            QStringLiteral("--race"), QStringLiteral("--window-size"),
                            QStringLiteral("1400x800"), QStringLiteral("--screenshot"), shot,
                            QStringLiteral("--quit-after-run")});
    QVERIFY2(process.waitForStarted(corescope::test::scaledMs(10000)), qPrintable(process.errorString()));
    const int budgetMs = corescope::test::scaledMs(60000);
    const bool finished = process.waitForFinished(budgetMs);
    const QString out = QString::fromLocal8Bit(process.readAllStandardOutput());
    const QString err = QString::fromLocal8Bit(process.readAllStandardError());
    qInfo("%s", qPrintable(out.trimmed()));
    if (!finished)
        process.kill();
    QVERIFY2(finished, qPrintable(QStringLiteral("the app did not finish within %1 s").arg(budgetMs / 1000)));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(QStringLiteral("exit code %1\n%2").arg(process.exitCode()).arg(err)));
    QCOMPARE(out.count(QStringLiteral("run ok")), 2);   // both legs
    QVERIFY2(out.contains(QStringLiteral("race shown")), qPrintable(out + err));
    QImage image(shot);
    QVERIFY2(!image.isNull(), qPrintable(QStringLiteral("no screenshot at %1").arg(shot)));
    QCOMPARE(image.size(), QSize(1400, 800));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 200);
    const QString keepDir = qEnvironmentVariable("CORESCOPE_SCREENSHOT_DIR");
    if (!keepDir.isEmpty()) {
        QDir().mkpath(keepDir);
        const QString target = QDir(keepDir).filePath(QStringLiteral("screenshot-race.png"));
        QFile::remove(target);
        QVERIFY(QFile::copy(shot, target));
        qInfo("kept %s", qPrintable(target));
    }
}

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_gui_screenshot.moc"
