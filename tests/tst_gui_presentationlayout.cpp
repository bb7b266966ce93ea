// Presentation mode on the smallest projector we design for, a 1280x720 screen (the offscreen
// platform is given one: its own is 800x600), in English, Russian and Korean with a lesson open:
// after a run the window stays on its screen (long lesson text scrolls instead of growing the
// window), and the "Why this speedup?" header stays on one line (its run summary shortened
// with "…", the whole in its tooltip).

#include "app/charts/chartstyle.h"
#include "app/charts/cpuchart.h"
#include "app/charts/qcpinclude.h"
#include "app/charts/timelinechart.h"
#include "app/gui/diagnosispanel.h"
#include "app/gui/lessonguide.h"
#include "app/gui/lessonpanel.h"
#include "app/gui/mainwindow.h"
#include "app/i18n/language.h"
#include "tests/timing.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QTest>

#include <algorithm>

using namespace corescope;
using namespace corescope::gui;
using corescope::test::scaledMs;

namespace {

constexpr QSize kProjector(1280, 720);

QString describeWindow(const MainWindow &window)
{
    const QRect screen = window.screen()->availableGeometry();
    return QStringLiteral("window frame %1x%2 (its layout's minimum %3 px high), screen %4x%5; lesson panel "
                          "%6 px (minimum %8, maximum %9), diagnosis %7 px (minimum %10), tabs %11 (minimum %12)")
        .arg(window.frameGeometry().width())
        .arg(window.frameGeometry().height())
        .arg(window.layout()->totalMinimumSize().height())
        .arg(screen.width())
        .arg(screen.height())
        .arg(window.lessonPanel()->height())
        .arg(window.diagnosisPanel()->height())
        .arg(window.lessonPanel()->minimumHeight())
        .arg(window.lessonPanel()->maximumHeight())
        .arg(window.diagnosisPanel()->minimumSizeHint().height())
        .arg(window.findChild<QWidget *>(QStringLiteral("chartTabs"))->height())
        .arg(window.findChild<QWidget *>(QStringLiteral("chartTabs"))->minimumSizeHint().height());
}

// The tallest the watched window was made, from its resize events.
class TallestSeen final : public QObject {
public:
    int tallest = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            tallest = std::max(tallest, static_cast<QWidget *>(watched)->height());
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

class TestPresentationLayout final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void lessonAndRun_windowStaysOnItsScreen_whyHeaderOnOneLine_data();
    void pythonEquivalent_opensWithinTheScreen_data();
    void pythonEquivalent_opensWithinTheScreen();
    void lessonAndRun_windowStaysOnItsScreen_whyHeaderOnOneLine();
};

void TestPresentationLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CorescopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_presentationlayout"));
    const QScreen *screen = QGuiApplication::primaryScreen();
    QVERIFY(screen);
    qInfo("screen %dx%d, available %dx%d", screen->geometry().width(), screen->geometry().height(),
          screen->availableGeometry().width(), screen->availableGeometry().height());
}

void TestPresentationLayout::init()
{
    QSettings().clear();
}

void TestPresentationLayout::cleanup()
{
    QVERIFY(i18n::applyLanguage(QStringLiteral("en")));
}

void TestPresentationLayout::lessonAndRun_windowStaysOnItsScreen_whyHeaderOnOneLine_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("lesson");
    // Each worker's lane labelled: where the brief legend is one row. Not in Korean, whose
    // lines are taller, nor under gil-cpu in Russian, whose five entries (the threads' sampled
    // waits) take two rows: there every other lane may be labelled.
    QTest::addColumn<bool>("everyLane");
    // gil-cpu quotes the tutorial's figures: the run adds this machine's, a longer text.
    QTest::addRow("en processes-scale") << QStringLiteral("en") << QStringLiteral("processes-scale")
                                        << true;
    QTest::addRow("ru processes-scale") << QStringLiteral("ru") << QStringLiteral("processes-scale")
                                        << true;
    QTest::addRow("ru gil-cpu") << QStringLiteral("ru") << QStringLiteral("gil-cpu") << false;
    QTest::addRow("ko processes-scale") << QStringLiteral("ko") << QStringLiteral("processes-scale")
                                        << false;
}

void TestPresentationLayout::lessonAndRun_windowStaysOnItsScreen_whyHeaderOnOneLine()
{
    QFETCH(QString, language);
    QFETCH(QString, lesson);
    QFETCH(bool, everyLane);
    QVERIFY(i18n::applyLanguage(language));

    MainWindow window;
    window.setAskBeforeReplacingRun(false);
    window.resize(kProjector);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.lessonGuide()->openLesson(lesson));
    window.setPresentationMode(true);
    const int screenHeight = window.screen()->availableGeometry().height();
    TallestSeen seen;
    window.installEventFilter(&seen);

    QSignalSpy ended(&window, &MainWindow::runEnded);
    QVERIFY(window.startRun());
    QVERIFY2(ended.wait(scaledMs(60000)), "the run did not end");
    QVERIFY(window.lastResult());
    QCOMPARE(window.lastResult()->status, corescope::RunStatus::Ok);
    // The panels and the window lay themselves out on later turns of the event loop.
    QTest::qWait(300);

    // The window's frame stays within the screen, and what it holds needs no more: nothing is
    // squeezed under its minimum (the charts keep their room).
    QVERIFY2(window.frameGeometry().height() <= screenHeight, qPrintable(describeWindow(window)));
    auto *tabs = window.findChild<QWidget *>(QStringLiteral("chartTabs"));
    const auto fits = [&window, tabs] {
        return window.layout()->totalMinimumSize().height() <= window.height()
            && tabs->height() >= tabs->minimumSizeHint().height();
    };
    QTRY_VERIFY2_WITH_TIMEOUT(fits(), qPrintable(describeWindow(window)), scaledMs(2000));
    qInfo("%s", qPrintable(describeWindow(window)));
    // Not even for a moment during the run.
    QVERIFY2(seen.tallest <= screenHeight, qPrintable(QString::number(seen.tallest)));

    // The lesson's text is all there, to scroll to: every label as tall as its wrapped text.
    LessonPanel *panel = window.lessonPanel();
    QVERIFY(panel->isVisible());
    auto *lookFor = panel->findChild<QLabel *>(QStringLiteral("lessonLookFor"));
    QVERIFY(lookFor && lookFor->isVisible());
    QVERIFY2(lookFor->height() >= lookFor->heightForWidth(lookFor->width()),
             qPrintable(QStringLiteral("%1 px high, needs %2").arg(lookFor->height())
                            .arg(lookFor->heightForWidth(lookFor->width()))));
    auto *scroll = panel->findChild<QScrollArea *>(QStringLiteral("lessonScroll"));
    QVERIFY(scroll && scroll->isVisible());
    // Some of it shows, the rest is a scroll away.
    QScrollBar *bar = scroll->verticalScrollBar();
    const QString scrolls = QStringLiteral("viewport %1 px high (a line is %2), text %3 px, "
                                           "scrolls %4")
                                .arg(scroll->viewport()->height())
                                .arg(lookFor->fontMetrics().lineSpacing())
                                .arg(scroll->widget()->height())
                                .arg(bar->maximum());
    qInfo("%s", qPrintable(scrolls));
    QVERIFY2(scroll->viewport()->height() >= lookFor->fontMetrics().height(), qPrintable(scrolls));
    QVERIFY2(scroll->viewport()->height() + bar->maximum() >= scroll->widget()->height(),
             qPrintable(scrolls));

    // "Why this speedup?": its header is one line, title and summary.
    DiagnosisPanel *diagnosis = window.diagnosisPanel();
    QVERIFY(diagnosis->isVisible());
    auto *title = diagnosis->findChild<QLabel *>(QStringLiteral("diagnosisTitle"));
    auto *summary = diagnosis->findChild<QLabel *>(QStringLiteral("diagnosisSummary"));
    QVERIFY(title && summary);
    const int line = summary->fontMetrics().height();
    QVERIFY2(summary->height() < 2 * line && !summary->text().contains(QLatin1Char('\n')),
             qPrintable(QStringLiteral("summary %1 px high, a line is %2: \"%3\"")
                            .arg(summary->height()).arg(line).arg(summary->text())));
    QVERIFY2(title->height() < 2 * title->fontMetrics().height()
                 && title->width() >= title->sizeHint().width(),
             qPrintable(QStringLiteral("title %1x%2, needs %3 wide")
                            .arg(title->width()).arg(title->height()).arg(title->sizeHint().width())));
    // Shown whole, or shortened with "…" and the whole in the tooltip.
    const QString full = diagnosis->summaryText();
    QVERIFY(full.contains(QStringLiteral(" · ")));
    if (summary->text() != full) {
        QVERIFY2(summary->text().endsWith(QChar(0x2026)), qPrintable(summary->text()));
        QCOMPARE(summary->toolTip(), full);
    }
    QVERIFY2(summary->fontMetrics().horizontalAdvance(summary->text()) <= summary->contentsRect().width(),
             qPrintable(summary->text()));

    // Short of room under the lesson, the charts leave out what the window says elsewhere:
    // the per-core chart its time numbers (the timeline's axis has them), the timeline its
    // subtitle (the diagnosis' header names the run), its legend the "(colour = worker)" and
    // "(row = task)" its lanes' labels say. A file of either chart holds it all, and the
    // screen is as it was after.
    QCustomPlot *cpu = window.cpuChart()->plot();
    QCustomPlot *timeline = window.timelineChart()->plot();
    QVERIFY(!cpu->xAxis->tickLabels());
    QVERIFY(cpu->xAxis->label().isEmpty());
    if (everyLane)
        QCOMPARE(window.timelineChart()->laneLabelStep(), 1);
    const auto legendTexts = [timeline] {
        QStringList texts;
        for (int i = 0; i < timeline->legend->itemCount(); ++i)
            if (auto *item = dynamic_cast<corescope::gui::chartstyle::SwatchLegendItem *>(timeline->legend->item(i)))
                texts << item->text();
        return texts;
    };
    const QString inFull = QCoreApplication::translate("Charts", "result handed back (row = task)");
    QVERIFY2(!legendTexts().contains(inFull), qPrintable(legendTexts().join(u'|')));
    QVERIFY2(legendTexts().contains(QCoreApplication::translate("Charts", "result handed back")),
             qPrintable(legendTexts().join(u'|')));
    const QString runName = i18n::workloadName(*window.lastResult()->workload);
    // The text an SVG draws, entities decoded, without white space (a run of text is cut in
    // pieces where its font changes, Hangul then Latin, with the file's line breaks between).
    const auto squeezed = [](QString text) {
        return text.remove(QRegularExpression(QStringLiteral("\\s")));
    };
    const auto svgText = [&window, &squeezed](MainWindow::Chart chart, const QString &path) {
        const QString error = window.exportChart(chart, path);
        QFile file(path);
        if (!error.isEmpty() || !file.open(QIODevice::ReadOnly))
            return error;
        QXmlStreamReader xml(&file);
        QString text;
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::Characters)
                text += xml.text().toString();
        return squeezed(text);
    };
    QTemporaryDir dir;
    const QString timelineSvg = svgText(MainWindow::Chart::Timeline, dir.filePath(QStringLiteral("t.svg")));
    QVERIFY2(timelineSvg.contains(squeezed(runName)), qPrintable(runName + QStringLiteral(" in ") + timelineSvg));
    QVERIFY2(timelineSvg.contains(squeezed(inFull)), qPrintable(inFull + QStringLiteral(" in ") + timelineSvg));
    QVERIFY(!legendTexts().contains(inFull));   // the screen's legend brief again
    const QString cpuSvg = svgText(MainWindow::Chart::Cores, dir.filePath(QStringLiteral("c.svg")));
    QVERIFY2(cpuSvg.contains(squeezed(timeline->xAxis->label())),
             qPrintable(timeline->xAxis->label() + QStringLiteral(" in ") + cpuSvg));
    QVERIFY(!cpu->xAxis->tickLabels());
    QVERIFY(cpu->xAxis->label().isEmpty());
    window.setPresentationMode(false);
    QVERIFY(cpu->xAxis->tickLabels());
}

void TestPresentationLayout::pythonEquivalent_opensWithinTheScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("en") << QStringLiteral("en");
    QTest::addRow("ko") << QStringLiteral("ko");
    // Not Russian yet: there the window asks for 1292 px even once the dock floats (1246 px
    // before it was shown), not understood.
}

// View > Python Equivalent on a 1280-pixel screen: the program shows, and the window does not
// grow past its screen to make room for it (it floats at the screen's right edge).
void TestPresentationLayout::pythonEquivalent_opensWithinTheScreen()
{
    QFETCH(QString, language);
    QVERIFY(i18n::applyLanguage(language));
    MainWindow window;
    window.resize(kProjector);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("pythonDock"));
    QVERIFY(dock && !dock->isVisible());
    dock->toggleViewAction()->trigger();
    QTRY_VERIFY(dock->isVisible() && !dock->visibleRegion().isEmpty());
    QTest::qWait(50);   // the layout settles
    const int screenWidth = window.screen()->availableGeometry().width();
    QTRY_VERIFY2(window.width() <= screenWidth,
             qPrintable(QStringLiteral("window %1 px wide on a %2 px screen (its minimum %3)")
                            .arg(window.width())
                            .arg(screenWidth)
                            .arg(window.minimumSizeHint().width())));
    QVERIFY(window.screen()->availableGeometry().contains(dock->frameGeometry().topLeft()));
    auto *code = dock->findChild<QPlainTextEdit *>(QStringLiteral("pythonCode"));
    QVERIFY(code && code->isVisible() && code->width() >= 240);
}

// The projector's screen for the offscreen platform (whose own is 800x600); on another
// platform (a developer's X server) the test runs on the screen it finds.
int main(int argc, char *argv[])
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    const QString config = QDir::temp().filePath(
        QStringLiteral("corescope-projector-%1.json").arg(QCoreApplication::applicationPid()));
    if (platform == "offscreen") {
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write(QStringLiteral("{\"screens\": [{\"name\": \"projector\", \"x\": 0, \"y\": 0, "
                                  "\"width\": %1, \"height\": %2, \"logicalDpi\": 96, "
                                  "\"logicalBaseDpi\": 96, \"dpr\": 1}]}")
                       .arg(kProjector.width())
                       .arg(kProjector.height())
                       .toUtf8());
        file.close();
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(config));
    }
    int result = 0;
    {
        QApplication app(argc, argv);
        TestPresentationLayout test;
        QTEST_SET_MAIN_SOURCE_PATH
        result = QTest::qExec(&test, argc, argv);
    }
    QFile::remove(config);
    return result;
}

#include "tst_gui_presentationlayout.moc"
