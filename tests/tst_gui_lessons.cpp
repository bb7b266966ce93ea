// The teaching side of the window, driven as a teacher would on the offscreen platform: the
// Lessons menu loads each lesson's workload and options and shows what to look for; after a
// run the "why this speedup?" panel names what the trace shows, with its numbers; the shared
// counter's outcome is spelled out; the crash workload on threads is explained; the GIL switch
// interval and "new process per task" controls reach the run and survive a restart.

#include "app/gui/controlpanel.h"
#include "app/gui/diagnosispanel.h"
#include "app/gui/lessonguide.h"
#include "app/gui/lessonpanel.h"
#include "app/gui/mainwindow.h"
#include "app/gui/messagebanner.h"
#include "app/gui/pythonfinder.h"
#include "app/gui/runexplanation.h"
#include "app/gui/settings.h"
#include "app/i18n/language.h"
#include "app/models/taskmodel.h"
#include "core/lessons/lesson.h"
#include "core/sample/cpusampler.h"
#include "tests/timing.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <QToolButton>

#include <algorithm>
#include <map>
#include <memory>

using namespace corescope;
using namespace corescope::gui;
using corescope::test::scaledMs;

Q_DECLARE_METATYPE(const corescope::Lesson *)
Q_DECLARE_METATYPE(corescope::Mode)

namespace {

// This process's CPU time (user + system, every thread), in seconds.
double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

void setMode(MainWindow &window, Mode mode, int workers, bool gil = false)
{
    ControlPanel *controls = window.controls();
    controls->modeBox()->setCurrentIndex(controls->modeBox()->findData(static_cast<int>(mode)));
    controls->workersBox()->setValue(workers);
    controls->chunksizeBox()->setValue(1);
    controls->gilBox()->setChecked(gil);
}

// Starts a run with the panel's options and waits until the window shows its end (within
// `timeoutMs` on a quiet release build, scaled by the suite's time factor).
bool runToEnd(MainWindow &window, int timeoutMs = 120000)
{
    QSignalSpy ended(&window, &MainWindow::runEnded);
    if (!window.startRun())
        return false;
    return ended.wait(scaledMs(timeoutMs));
}

QAction *lessonAction(MainWindow &window, std::string_view id)
{
    for (QAction *action : window.lessonGuide()->lessonActions())
        if (action->data().toString() == fromView(id))
            return action;
    return nullptr;
}

// The share of a run's done tasks' time they spent on the CPU (a Python task's off-CPU time is
// its gilWaitNs; a task whose CPU time was not measured counts as computing).
double onCpuShare(const RunResult &run)
{
    double busy = 0;
    double waited = 0;
    for (const TaskRecord &t : run.tasks)
        if (t.state == TaskState::Done) {
            busy += double(t.durationNs());
            waited += double(std::clamp<std::int64_t>(t.gilWaitNs, 0, t.durationNs()));
        }
    return busy > 0 ? 1.0 - waited / busy : 0.0;
}

bool hasFinding(const DiagnosisPanel &panel, Finding::Kind kind)
{
    for (const Finding &f : panel.findings())
        if (f.kind == kind)
            return true;
    return false;
}

QString describe(const DiagnosisPanel &panel)
{
    return QStringLiteral("diagnosis shown:\n%1").arg(panel.text());
}

} // namespace

class TestLessons final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void lessonsMenu_betweenRunAndViewWithItsOwnMnemonic();
    void lessonsMenu_theInterpretersAnswer_keepsEachLessonOnce();
    void lessonEntry_loadsWorkloadOptionsAndText_data();
    void lessonEntry_loadsWorkloadOptionsAndText();
    void lessonPanel_staysUntilDismissedOrReplaced();
    void lessonPanel_quotesTheTutorialBesideThisMachine();
    void diagnosis_comparesTheRuntimesOnTheSameTasks();
    void lessonPanel_readsInPresentationMode();
    void lessonPanel_keepsEveryLineInRussianPresentationMode();
    void lessonText_linksTheWorkloadsItNames();

    void diagnosis_gilWait();
    void diagnosis_startUp();
    void diagnosis_oversubscribed();
    void diagnosis_speedupAgainstTheSerialBaseline();
    void diagnosis_unevenTail();
    void diagnosis_handBuiltMemoryBoundRun();
    void diagnosis_handBuiltDispatchRun();
    void diagnosis_endedRunWithNothingToExplain_saysSoWithoutADanglingColon();

    void sharedCounter_outcomeIsPlain_data();
    void sharedCounter_outcomeIsPlain();
    void sharedCounter_outcomeSentences();

    void brokenPool_processesRunNamesTheTaskAndKeepsResults();
    void crashInThreads_isExplained();

    void newControls_followModeAndHaveToolTips();
    void newControls_reachTheRun();
    void newControls_roundTripThroughSettings();

    void realApp_lessonOption_opensTheLesson();
};

void TestLessons::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CorescopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_lessons"));
}

void TestLessons::init()
{
    QSettings().clear();
}

// --- The Lessons menu --------------------------------------------------------------------

void TestLessons::lessonsMenu_theInterpretersAnswer_keepsEachLessonOnce()
{
    // The menu is built again when the probe of python3 answers (its lessons greyed out or
    // not): it had every lesson twice after that, and tst_gui_language saw 54 entries for 27
    // when the answer came in the middle of it.
    MainWindow window;
    const auto entries = [&window] {
        int submenus = 0;
        for (QAction *action : window.lessonsMenu()->actions())
            submenus += action->menu() ? 1 : 0;
        return std::pair(window.lessonGuide()->lessonActions().size(), submenus);
    };
    const auto before = entries();
    QCOMPARE(before.first, qsizetype(allLessons().size()));
    Q_EMIT PythonFinder::instance()->probed(QString());
    Q_EMIT PythonFinder::instance()->probed(QString());
    QCOMPARE(entries(), before);
    QCOMPARE(window.lessonsMenu()->actions().size(), before.second + 2);   // + separator, Close
}

void TestLessons::lessonsMenu_betweenRunAndViewWithItsOwnMnemonic()
{
    MainWindow window;
    QMenu *lessons = window.lessonsMenu();
    QVERIFY(lessons);
    const QList<QAction *> bar = window.menuBar()->actions();
    const auto indexOf = [&bar](QMenu *menu) { return bar.indexOf(menu->menuAction()); };
    int run = -1;
    for (int i = 0; i < bar.size(); ++i)
        if (bar.at(i)->text() == QStringLiteral("&Run"))
            run = i;
    QVERIFY(run >= 0);
    QCOMPARE(indexOf(lessons), run + 1);
    QCOMPARE(indexOf(window.viewMenu()), run + 2);

    // One entry per lesson, in teaching order, each with the lesson's text as its tooltip, in
    // the submenu of the tutorial it comes from (the menu groups them by tutorial).
    const auto all = allLessons();
    const QList<QAction *> actions = window.lessonGuide()->lessonActions();
    QCOMPARE(actions.size(), static_cast<qsizetype>(all.size()));
    QStringList submenus;
    for (QAction *entry : lessons->actions())
        if (entry->menu())
            submenus << entry->menu()->title();
    QCOMPARE(submenus.size(), 6);   // 000 .. 004 and the lessons beyond them
    for (std::size_t i = 0; i < all.size(); ++i) {
        QAction *action = actions.at(qsizetype(i));
        QCOMPARE(action->data().toString(), fromView(all[i].id));
        QVERIFY(action->text().contains(fromView(all[i].title)));
        QCOMPARE(action->toolTip(), fromView(all[i].lookFor));   // python3 is installed here
        QVERIFY(!lessons->actions().contains(action));
        bool inItsTutorial = false;
        for (QAction *entry : lessons->actions())
            if (entry->menu() && entry->menu()->actions().contains(action)) {
                const Tutorial &t = tutorialOf(all[i]);
                inItsTutorial = t.id.empty()
                    ? entry->menu()->title().contains(QStringLiteral("Beyond"))
                    : entry->menu()->title().contains(fromView(t.id));
            }
        QVERIFY2(inItsTutorial, std::string(all[i].id).c_str());
    }
    QCOMPARE(actions.first()->shortcut(), QKeySequence());
    QVERIFY(actions.first()->text().startsWith(QStringLiteral("&1")));
    QVERIFY(submenus.first().startsWith(QStringLiteral("&0")));

    // Alt+<its mnemonic> opens the menu and no other menu, tab, button or label claims it.
    const QKeySequence mnemonic = QKeySequence::mnemonic(lessons->title());
    QVERIFY(!mnemonic.isEmpty());
    QStringList others;
    for (QAction *action : bar)
        if (action != lessons->menuAction())
            others << action->text();
    for (int i = 0; i < window.tabs()->count(); ++i)
        others << window.tabs()->tabText(i);
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>())
        others << button->text();
    for (QLabel *label : window.findChildren<QLabel *>())
        if (label->buddy())
            others << label->text();
    for (const QString &text : std::as_const(others))
        QVERIFY2(QKeySequence::mnemonic(text) != mnemonic,
                 qPrintable(QStringLiteral("“%1” uses the Lessons menu's mnemonic").arg(text)));
}

void TestLessons::lessonEntry_loadsWorkloadOptionsAndText_data()
{
    QTest::addColumn<const Lesson *>("lesson");
    for (const Lesson &lesson : allLessons())
        QTest::addRow("%s", std::string(lesson.id).c_str()) << &lesson;
}

void TestLessons::lessonEntry_loadsWorkloadOptionsAndText()
{
    QFETCH(const Lesson *, lesson);
    MainWindow window;
    window.show();
    // Start from options the lesson must overwrite.
    RunOptions other;
    other.mode = lesson->options.mode == Mode::Serial ? Mode::Threads : Mode::Serial;
    other.workers = lesson->options.workers + 1;
    other.chunksize = lesson->options.chunksize + 7;
    other.api = lesson->options.api == PyApi::PoolImapUnordered ? PyApi::PoolMap
                                                                : PyApi::PoolImapUnordered;
    other.gil = !lesson->options.gil;
    other.switchIntervalMs = 12.0;
    other.processPerTask = true;
    window.setRunOptions(other);
    window.showTab(MainWindow::ResultsTab);

    QAction *action = lessonAction(window, lesson->id);
    QVERIFY(action);
    QSignalSpy changed(&window, &MainWindow::workloadChanged);
    action->trigger();

    QCOMPARE(window.workloadKey(), fromView(lesson->workload));
    const RunOptions o = window.runOptions();
    const RunOptions expected = lessonOptions(*lesson, logicalCoreCount());
    QCOMPARE(o.mode, expected.mode);
    QCOMPARE(o.workers, expected.workers);
    QCOMPARE(o.chunksize, expected.chunksize);
    QCOMPARE(o.gil, expected.gil);
    QCOMPARE(o.runtime, expected.runtime);
    QCOMPARE(o.api, expected.api);
    QCOMPARE(o.switchIntervalMs, expected.switchIntervalMs);
    QCOMPARE(o.processPerTask, expected.processPerTask);
    // Only the lesson about chunksize sets one: the window keeps a lesson's options, and a
    // chunksize kept from another would then override Pool.map's own default.
    if (std::string_view(lesson->id) != "chunksize")
        QCOMPARE(o.chunksize, 0);
    QCOMPARE(window.controls()->currentWorkloadKey(), fromView(lesson->workload));

    // The text is in the window, not only in a tooltip, and the live charts are in front.
    LessonPanel *panel = window.lessonPanel();
    QVERIFY(panel->isVisible());
    QCOMPARE(panel->lessonId(), fromView(lesson->id));
    QVERIFY(panel->text().contains(fromView(lesson->title)));
    QCOMPARE(panel->lookForText(), QStringLiteral("What to look for: ") + fromView(lesson->lookFor));
    if (!lesson->thenTry.empty())
        QCOMPARE(panel->thenTryText(), QStringLiteral("Then try: ") + fromView(lesson->thenTry));
    // Every lesson says what it runs on: real Python, or the native kernels.
    const QString runsOn = panel->runsOnText();
    QVERIFY2(runsOn.contains(QString::fromUtf8(executionLabel(o.mode, o.gil, o.runtime).data())),
             qPrintable(runsOn));
    QVERIFY2(runsOn.contains(lesson->options.runtime == Runtime::Python
                                 ? QStringLiteral("a real Python interpreter")
                                 : QStringLiteral("native C++ kernels")),
             qPrintable(runsOn));
    QCOMPARE(panel->figuresText().isEmpty(), lesson->figures.empty());
    QVERIFY(action->isChecked());
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::LiveTab));
}

void TestLessons::lessonPanel_quotesTheTutorialBesideThisMachine()
{
    // gil-cpu quotes tutorial 002's figures; each run of its workload joins them, one per
    // execution, with what makes this machine's differ.
    MainWindow window;
    window.setAskBeforeReplacingRun(false);
    window.show();
    QVERIFY(window.lessonGuide()->openLesson(QStringLiteral("gil-cpu")));
    LessonPanel *panel = window.lessonPanel();
    QVERIFY(panel->figuresText().contains(
        QStringLiteral("The tutorial printed (its author's machine): serial 0.479 s, 2 threads "
                       "0.485 s, 2 processes 0.410 s.")));
    QVERIFY(!panel->figuresText().contains(QStringLiteral("This machine (")));
    QVERIFY(runToEnd(window));
    QCOMPARE(window.lastResult()->status, RunStatus::Ok);
    const QString python = QString::fromStdString(window.lastResult()->python->version);
    QVERIFY2(panel->figuresText().contains(QStringLiteral("This machine (%1 cores, Python %2")
                                               .arg(logicalCoreCount())
                                               .arg(python)),
             qPrintable(panel->figuresText()));
    QVERIFY2(panel->figuresText().contains(QStringLiteral("Python threads × 2: ")),
             qPrintable(panel->figuresText()));
    RunOptions serial = window.runOptions();
    serial.mode = Mode::Serial;
    serial.workers = 1;
    window.setRunOptions(serial);
    QVERIFY(runToEnd(window));
    QVERIFY2(panel->figuresText().contains(QStringLiteral("Python threads × 2: "))
                 && panel->figuresText().contains(QStringLiteral("Python serial: ")),
             qPrintable(panel->figuresText()));
    // Another workload's run is not this lesson's figure.
    const QString before = panel->figuresText();
    QVERIFY(window.loadWorkload(QStringLiteral("primes6")));
    QVERIFY(runToEnd(window));
    QCOMPARE(panel->figuresText(), before);
}

void TestLessons::lessonPanel_staysUntilDismissedOrReplaced()
{
    MainWindow window;
    window.setAskBeforeReplacingRun(false);
    window.show();
    QVERIFY(window.lessonGuide()->openLesson(QStringLiteral("gil-io")));
    LessonPanel *panel = window.lessonPanel();
    QCOMPARE(panel->lessonId(), QStringLiteral("gil-io"));

    // A run, another workload and other options leave it alone.
    window.loadWorkload(QStringLiteral("gcd4"));
    setMode(window, Mode::Threads, 2);
    QVERIFY(runToEnd(window));
    QVERIFY(panel->isVisible());
    QCOMPARE(panel->lessonId(), QStringLiteral("gil-io"));

    // Folding keeps the title; unfolding brings the text back.
    QTest::mouseClick(panel->collapseButton(), Qt::LeftButton);
    QVERIFY(panel->isCollapsed());
    QVERIFY(panel->isVisible());
    QVERIFY(!panel->findChild<QLabel *>(QStringLiteral("lessonLookFor"))->isVisible());
    QTest::mouseClick(panel->collapseButton(), Qt::LeftButton);
    QVERIFY(panel->findChild<QLabel *>(QStringLiteral("lessonLookFor"))->isVisible());

    // Another lesson replaces it.
    lessonAction(window, "order-stream")->trigger();
    QCOMPARE(panel->lessonId(), QStringLiteral("order-stream"));
    QVERIFY(panel->lookForText().contains(QStringLiteral("staircase")));
    QVERIFY(!lessonAction(window, "gil-io")->isChecked());

    // "Run this lesson" runs the lesson's workload with its options.
    QSignalSpy ended(&window, &MainWindow::runEnded);
    QVERIFY(lessonAction(window, "gil-emulated"));
    lessonAction(window, "gil-emulated")->trigger();
    QTest::mouseClick(panel->runButton(), Qt::LeftButton);
    QVERIFY(window.isRunning());
    QVERIFY(ended.wait(scaledMs(120000)));
    QCOMPARE(window.lastResult()->options.mode, Mode::Threads);
    QVERIFY(window.lastResult()->options.gil);
    QCOMPARE(window.lastResult()->workload->name, window.workload()->name);

    // Closing it hides the text and clears the menu's check mark.
    QTest::mouseClick(panel->closeButton(), Qt::LeftButton);
    QVERIFY(!panel->isVisible());
    QVERIFY(panel->lessonId().isEmpty());
    QVERIFY(!lessonAction(window, "gil-emulated")->isChecked());
    QCOMPARE(window.workloadKey(), QStringLiteral("primes50"));   // the workload stays
}

void TestLessons::lessonPanel_readsInPresentationMode()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.lessonGuide()->openLesson(QStringLiteral("shared-processes")));
    LessonPanel *panel = window.lessonPanel();
    auto *lookFor = panel->findChild<QLabel *>(QStringLiteral("lessonLookFor"));
    QVERIFY(lookFor);
    const qreal before = lookFor->font().pointSizeF();

    window.setPresentationMode(true);
    // The layout follows the bigger font on a later turn of the event loop.
    QTRY_VERIFY_WITH_TIMEOUT(lookFor->height() >= lookFor->heightForWidth(lookFor->width()),
                             scaledMs(1000));
    const qreal after = lookFor->font().pointSizeF();
    QVERIFY2(after >= 16.0 && after > before,
             qPrintable(QStringLiteral("%1 -> %2 pt").arg(before).arg(after)));
    auto *title = panel->findChild<QLabel *>(QStringLiteral("lessonTitle"));
    QVERIFY(title->font().bold());
    QCOMPARE(title->font().pointSizeF(), after);
    // Every line of the text fits in the panel (word-wrapped, not cut off).
    QVERIFY2(lookFor->height() >= lookFor->heightForWidth(lookFor->width()),
             qPrintable(QStringLiteral("label %1 px high, needs %2")
                            .arg(lookFor->height())
                            .arg(lookFor->heightForWidth(lookFor->width()))));
    QVERIFY(panel->text().contains(QStringLiteral("caller's counter stays 0")));

    // The diagnosis under the charts grows too, and keeps its bold title.
    DiagnosisPanel *diagnosis = window.diagnosisPanel();
    auto *body = diagnosis->findChild<QLabel *>(QStringLiteral("diagnosisText"));
    auto *heading = diagnosis->findChild<QLabel *>(QStringLiteral("diagnosisTitle"));
    QVERIFY(body && heading);
    QCOMPARE(body->font().pointSizeF(), after);
    QCOMPARE(heading->font().pointSizeF(), after);
    QVERIFY(heading->font().bold());
    // The toggles are text, so they grow with the font as well.
    QCOMPARE(panel->collapseButton()->font().pointSizeF(), after);
    QVERIFY(!panel->collapseButton()->text().isEmpty());
    window.setPresentationMode(false);
    QCOMPARE(body->font().pointSizeF(), before);
}

void TestLessons::lessonPanel_keepsEveryLineInRussianPresentationMode()
{
    // Russian runs 20-40 % longer: at 1600x1000 under presentation fonts the panel once gave
    // "What to look for" the height of one line less than its wrapped text.
    QVERIFY(i18n::applyLanguage(QStringLiteral("ru")));
    {
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setPresentationMode(true);
        for (const char *id : {"gil-cpu", "result-memory", "shared-processes"}) {
            QVERIFY(window.lessonGuide()->openLesson(QString::fromLatin1(id)));
            LessonPanel *panel = window.lessonPanel();
            const auto cut = [panel]() -> QString {
                for (const QLabel *label : panel->findChildren<QLabel *>()) {
                    if (!label->isVisible() || !label->wordWrap())
                        continue;
                    const int needed = label->heightForWidth(label->width());
                    if (label->height() < needed)
                        return QStringLiteral("%1: %2 px high, needs %3 (%4 px wide)")
                            .arg(label->objectName())
                            .arg(label->height())
                            .arg(needed)
                            .arg(label->width());
                }
                return {};
            };
            QTRY_VERIFY_WITH_TIMEOUT(cut().isEmpty(), scaledMs(2000));
            QVERIFY2(cut().isEmpty(), qPrintable(QString::fromLatin1(id) + QStringLiteral(": ") + cut()));
            // The window stays on the screen it was given: the charts gave up the room.
            QVERIFY2(window.height() <= 1000, qPrintable(QString::number(window.height())));
        }
        window.setPresentationMode(false);
    }
    QVERIFY(i18n::applyLanguage(QStringLiteral("en")));
}

void TestLessons::lessonText_linksTheWorkloadsItNames()
{
    MainWindow window;
    window.show();
    QVERIFY(window.lessonGuide()->openLesson(QStringLiteral("shared-race")));
    LessonPanel *panel = window.lessonPanel();
    auto *thenTry = panel->findChild<QLabel *>(QStringLiteral("lessonThenTry"));
    QVERIFY(thenTry);
    QVERIFY2(thenTry->text().contains(
                 QStringLiteral("<a href=\"workload:counter-locked\">counter-locked</a>")),
             qPrintable(thenTry->text()));
    // The plain text reads as before.
    QVERIFY(panel->thenTryText().startsWith(QStringLiteral("Then try: Load counter-locked (")));
    // No link for a word that is not a shipped id.
    QVERIFY(!thenTry->text().contains(QStringLiteral("workload:lock")));

    // Clicking it loads that workload; the lesson and its options stay.
    Q_EMIT thenTry->linkActivated(QStringLiteral("workload:counter-locked"));
    QCOMPARE(window.workloadKey(), QStringLiteral("counter-locked"));
    QCOMPARE(window.runOptions().mode, Mode::Threads);
    QCOMPARE(window.runOptions().workers, 2);
    QCOMPARE(panel->lessonId(), QStringLiteral("shared-race"));

    QVERIFY(window.lessonGuide()->openLesson(QStringLiteral("shared-processes")));
    QVERIFY(thenTry->text().contains(QStringLiteral("workload:counter-shared-locked")));
    // The lessons it names, by their ids, open those lessons.
    QVERIFY2(thenTry->text().contains(
                 QStringLiteral("<a href=\"lesson:shared-memory-race\">shared-memory-race</a>")),
             qPrintable(thenTry->text()));
    QVERIFY(thenTry->text().contains(QStringLiteral("lesson:shared-memory-locked")));
    QVERIFY(!window.lessonGuide()->openLesson(QStringLiteral("no-such-lesson")));
    QCOMPARE(panel->lessonId(), QStringLiteral("shared-processes"));

    // "Open the next lesson, gil-processes": one click opens it, its workload and options.
    QVERIFY(window.lessonGuide()->openLesson(QStringLiteral("gil-cpu")));
    QVERIFY2(thenTry->text().contains(QStringLiteral("lesson:gil-processes")),
             qPrintable(thenTry->text()));
    Q_EMIT thenTry->linkActivated(QStringLiteral("lesson:gil-processes"));
    QCOMPARE(panel->lessonId(), QStringLiteral("gil-processes"));
    QCOMPARE(window.workloadKey(), QStringLiteral("gcd4"));
    QCOMPARE(window.runOptions().mode, Mode::Processes);
}

// --- "Why this speedup?" after real runs built to show each finding -------------------

void TestLessons::diagnosis_gilWait()
{
    MainWindow window;
    window.show();
    QVERIFY(window.lessonGuide()->openLesson(QStringLiteral("gil-emulated")));   // primes, GIL, x2
    DiagnosisPanel *panel = window.diagnosisPanel();
    QVERIFY(!panel->isVisible());   // nothing to explain before the first run
    QSignalSpy started(&window, &MainWindow::runStarted);
    QSignalSpy ended(&window, &MainWindow::runEnded);
    QVERIFY(window.startRun());
    QVERIFY(panel->isVisible());
    QVERIFY(panel->text().contains(QStringLiteral("when the run ends")));
    QVERIFY(ended.wait(scaledMs(120000)));
    QCOMPARE(window.lastResult()->status, RunStatus::Ok);

    QVERIFY2(hasFinding(*panel, Finding::Kind::GilWait), qPrintable(describe(*panel)));
    // Two threads take turns: each waits about half the time (generous bounds, loaded CI).
    for (const Finding &f : panel->findings())
        if (f.kind == Finding::Kind::GilWait)
            QVERIFY2(f.value > 0.25 && f.value < 0.9, qPrintable(describe(*panel)));
    const QString text = panel->text();
    QVERIFY2(text.contains(QStringLiteral("Native threads waited for the emulated GIL ")), qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("GIL \\d+% of the time"))),
             qPrintable(text));
    QVERIFY(panel->findChild<QLabel *>(QStringLiteral("diagnosisText"))
                ->text()
                .contains(QStringLiteral("<b>")));   // the number stands out
    // No serial run yet: the panel says so and offers it.
    QVERIFY(text.contains(QStringLiteral("No serial run of this workload yet")));
    QVERIFY(panel->baselineButton()->isVisible());
}

void TestLessons::diagnosis_startUp()
{
    MainWindow window;
    window.show();
    QVERIFY(window.lessonGuide()->openLesson(QStringLiteral("startup-cost")));   // doubler x5
    QVERIFY(runToEnd(window));
    DiagnosisPanel *panel = window.diagnosisPanel();
    QVERIFY2(hasFinding(*panel, Finding::Kind::StartUp), qPrintable(describe(*panel)));
    QVERIFY2(panel->text().contains(QStringLiteral("Worker start-up was ")),
             qPrintable(describe(*panel)));
    QVERIFY(panel->text().contains(QStringLiteral("keep the pool for more work")));
}

void TestLessons::diagnosis_oversubscribed()
{
    MainWindow window;
    window.show();
    const int cores = logicalCoreCount();
    QVERIFY(window.loadWorkload(QStringLiteral("primes6")));
    setMode(window, Mode::Threads, 2 * cores);
    QVERIFY(runToEnd(window));
    DiagnosisPanel *panel = window.diagnosisPanel();
    // primes6 has five long tasks: on five cores or more they never take turns, and the panel
    // must not say they do (tst_diagnosis_runs oversubscribes any machine with cores + 2 tasks).
    if (cores < 5) {
        QVERIFY2(hasFinding(*panel, Finding::Kind::Oversubscribed), qPrintable(describe(*panel)));
        const QString expected = QStringLiteral("%1 workers on %2 core").arg(2 * cores).arg(cores);
        QVERIFY2(panel->text().contains(expected), qPrintable(describe(*panel)));
        QVERIFY(panel->text().contains(QStringLiteral("the extra workers only take turns")));
    } else {
        QVERIFY2(!hasFinding(*panel, Finding::Kind::Oversubscribed), qPrintable(describe(*panel)));
    }

    // As many workers as cores: that statement goes away.
    setMode(window, Mode::Threads, cores);
    QVERIFY(runToEnd(window));
    QVERIFY2(!hasFinding(*panel, Finding::Kind::Oversubscribed), qPrintable(describe(*panel)));

    // Four threads per core that only wait (the waiting-work lesson on 2 x cores threads):
    // the cores stay idle, nobody takes turns, and the panel must not say they do.
    window.setAskBeforeReplacingRun(false);
    QVERIFY(window.loadWorkload(QStringLiteral("io-sleep")));
    setMode(window, Mode::Threads, 2 * cores);
    QVERIFY(runToEnd(window));
    QVERIFY2(!hasFinding(*panel, Finding::Kind::Oversubscribed), qPrintable(describe(*panel)));
}

void TestLessons::diagnosis_speedupAgainstTheSerialBaseline()
{
    MainWindow window;
    window.setAskBeforeReplacingRun(false);
    window.show();
    QVERIFY(window.loadWorkload(QStringLiteral("primes50")));
    setMode(window, Mode::Processes, 2);
    QVERIFY(runToEnd(window));
    DiagnosisPanel *panel = window.diagnosisPanel();
    QVERIFY(!hasFinding(*panel, Finding::Kind::Speedup));
    QVERIFY(panel->baselineButton()->isVisible());
    // On the Speedup tab its own bar offers the baseline: one button on screen, not two.
    window.tabs()->setCurrentIndex(MainWindow::SpeedupTab);
    QVERIFY(window.baselineButton()->isVisible());
    QVERIFY(panel->isVisible());
    QVERIFY(!panel->baselineButton()->isVisibleTo(panel));
    window.tabs()->setCurrentIndex(MainWindow::LiveTab);
    QVERIFY(panel->baselineButton()->isVisible());

    // The panel's own button runs the serial baseline, which explains itself.
    QSignalSpy ended(&window, &MainWindow::runEnded);
    QTest::mouseClick(panel->baselineButton(), Qt::LeftButton);
    QVERIFY(ended.wait(scaledMs(120000)));
    QCOMPARE(window.lastResult()->options.mode, Mode::Serial);
    QVERIFY2(panel->text().contains(QStringLiteral("This was the serial baseline")),
             qPrintable(describe(*panel)));
    QVERIFY(!panel->baselineButton()->isVisible());
    const auto baseline = window.history().baselineRun(QStringLiteral("primes50"));
    QVERIFY(baseline);
    QCOMPARE(baseline.get(), window.lastResult().get());

    // Now the parallel run gets its speedup, with both numbers behind it.
    setMode(window, Mode::Processes, 2);
    QVERIFY(runToEnd(window));
    QVERIFY2(hasFinding(*panel, Finding::Kind::Speedup), qPrintable(describe(*panel)));
    double speedup = 0.0;
    for (const Finding &f : panel->findings())
        if (f.kind == Finding::Kind::Speedup)
            speedup = f.value;
    const double expected = double(baseline->wallNs) / double(window.lastResult()->wallNs);
    QVERIFY(std::abs(speedup - expected) < 1e-9);
    const QString text = panel->text();
    QVERIFY2(text.contains(QStringLiteral("Speedup %1x over the serial run on 2 workers")
                               .arg(QString::number(speedup, 'f', 2))),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("against the serial run of ")), qPrintable(text));
    QVERIFY(!panel->baselineButton()->isVisible());

    // Forgetting the runs forgets the baseline run too.
    QPushButton *forget = nullptr;
    for (QPushButton *button : window.findChildren<QPushButton *>())
        if (button->text() == QStringLiteral("Forget these runs"))
            forget = button;
    QVERIFY(forget);
    forget->click();
    QVERIFY(!window.history().baselineRun(QStringLiteral("primes50")));
}

void TestLessons::diagnosis_comparesTheRuntimesOnTheSameTasks()
{
    // A native run of gcd4, then a Python one: each says how long the same tasks computed on
    // the other runtime, and a Python run is measured against Python's own serial loop.
    MainWindow window;
    window.setAskBeforeReplacingRun(false);
    window.show();
    QVERIFY(window.loadWorkload(QStringLiteral("gcd4")));
    DiagnosisPanel *panel = window.diagnosisPanel();
    RunOptions o = window.runOptions();
    o.runtime = Runtime::Native;
    o.mode = Mode::Serial;
    o.workers = 1;
    window.setRunOptions(o);
    // A native task's compute is its wall time (reading a thread's CPU clock per task would
    // cost more than a tiny task): on a machine busy enough to lend this serial run less than
    // 2/3 of a core, it is stretched and the ratio below says less than Python's real cost.
    const double cpuBefore = processCpuSeconds();
    QVERIFY(runToEnd(window));
    const double lent = (processCpuSeconds() - cpuBefore)
        / std::max(1e-9, double(window.lastResult()->wallNs) / 1e9);
    QVERIFY(!hasFinding(*panel, Finding::Kind::Runtime));   // no Python run yet

    o.runtime = Runtime::Python;
    o.mode = Mode::Threads;
    o.workers = 2;
    window.setRunOptions(o);
    QVERIFY(runToEnd(window));
    QCOMPARE(window.lastResult()->options.runtime, Runtime::Python);
    QVERIFY2(window.lastResult()->error.empty(), window.lastResult()->error.c_str());
    // The comparison is of the time the tasks computed: the diagnosis makes it only when they
    // were on the CPU for 1/20 of their time or more (2 Python threads: about half). A machine
    // busy enough to leave the run's niced interpreter less than that (two spinning processes
    // here: 3-4 %) gets no comparison, and says why the tasks waited.
    const double onCpu = onCpuShare(*window.lastResult());
    if (onCpu < 1.0 / 20) {
        qWarning("the Python run's tasks were on the CPU %.0f %% of their time (a busy machine): "
                 "no runtime comparison", onCpu * 100);
        QVERIFY2(!hasFinding(*panel, Finding::Kind::Runtime), qPrintable(describe(*panel)));
        QVERIFY2(hasFinding(*panel, Finding::Kind::GilWait), qPrintable(describe(*panel)));
        return;
    }
    QVERIFY2(hasFinding(*panel, Finding::Kind::Runtime), qPrintable(describe(*panel)));
    QVERIFY2(panel->text().contains(QStringLiteral("as long here as in the last native run of "
                                                   "this workload (native serial;")),
             qPrintable(describe(*panel)));
    // Python computes the naive gcd far slower than C++ (measured here: tens of times).
    for (const Finding &f : panel->findings()) {
        if (f.kind != Finding::Kind::Runtime)
            continue;
        if (lent < 2.0 / 3.0 && f.value <= 3.0)
            qWarning("the native serial run had %.2f of a core (a busy machine): ratio %.1fx "
                     "not checked", lent, f.value);
        else
            QVERIFY2(f.value > 3.0, qPrintable(describe(*panel)));
    }
    // The native serial run is no baseline for Python threads.
    QVERIFY(!hasFinding(*panel, Finding::Kind::Speedup));
    QVERIFY(!window.history().baselineRun(QStringLiteral("gcd4"), Runtime::Python));

    o.runtime = Runtime::Native;
    window.setRunOptions(o);
    QVERIFY(runToEnd(window));
    QVERIFY2(panel->text().contains(QStringLiteral("These tasks ran as native C++ kernels: in the "
                                                   "last Python run of this workload (Python "
                                                   "threads")),
             qPrintable(describe(*panel)));
}

void TestLessons::diagnosis_unevenTail()
{
    // The panel names the tail when the trace has one: one worker alone for >= 10 % of the run.
    // The lesson's 3 x 800 ms tasks give ~25 % on a quiet machine; a loaded one can stretch the
    // rest of the run (start-up, the short tasks) until the share dips under 10 %, so the run
    // gets up to three attempts to show a tail, and the panel must then name it.
    MainWindow window;
    window.show();
    QVERIFY(window.lessonGuide()->openLesson(QStringLiteral("uneven")));   // 3 x 800 ms last
    double share = 0;
    QString attempts;
    for (int attempt = 0; attempt < 3 && share < 0.10; ++attempt) {
        QVERIFY(runToEnd(window));
        const auto result = window.lastResult();
        QVERIFY(result && result->status == RunStatus::Ok);
        std::map<int, std::int64_t> lastEnd;
        for (const TaskRecord &t : result->tasks)
            lastEnd[t.worker] = std::max(lastEnd[t.worker], t.endNs);
        QCOMPARE(int(lastEnd.size()), 2);
        const std::int64_t a = lastEnd.begin()->second, b = std::next(lastEnd.begin())->second;
        share = double(std::max(a, b) - std::min(a, b)) / double(result->wallNs);
        attempts += QStringLiteral("\nattempt %1: alone %2 ms of %3 ms")
                        .arg(attempt + 1)
                        .arg(double(std::max(a, b) - std::min(a, b)) / 1e6)
                        .arg(double(result->wallNs) / 1e6);
    }
    QVERIFY2(share >= 0.10, qPrintable(QStringLiteral("no attempt showed the tail") + attempts));
    DiagnosisPanel *panel = window.diagnosisPanel();
    QVERIFY2(hasFinding(*panel, Finding::Kind::Tail), qPrintable(describe(*panel) + attempts));
    QVERIFY2(panel->text().contains(QStringLiteral("One worker ran alone for the last ")),
             qPrintable(describe(*panel)));
    QVERIFY(panel->text().contains(QStringLiteral("uneven tasks")));
}

void TestLessons::diagnosis_handBuiltMemoryBoundRun()
{
    // A memory-bound run and its serial baseline, built by hand: each task took 1.8x as long
    // with two workers as alone.
    auto workload = std::make_shared<Workload>();
    workload->name = "Memory sweep";
    workload->kernel = KernelId::MemSweep;
    workload->params.bufferMiB = 64;
    workload->inputs = ExplicitInputs{{{4, 0}, {4, 0}}};
    const auto makeRun = [&](Mode mode, int workers, std::int64_t taskNs, std::int64_t wallNs) {
        RunResult run;
        run.workload = workload;
        run.options.mode = mode;
        run.options.workers = workers;
        run.machine.logicalCores = 2;
        run.status = RunStatus::Ok;
        run.wallNs = wallNs;
        for (std::uint32_t i = 0; i < 2; ++i) {
            TaskRecord t;
            t.index = i;
            t.worker = static_cast<std::int16_t>(workers == 1 ? 0 : i);
            t.startNs = workers == 1 ? i * taskNs : 0;
            t.endNs = t.startNs + taskNs;
            t.state = TaskState::Done;
            run.tasks.push_back(t);
        }
        return run;
    };
    const RunResult serial = makeRun(Mode::Serial, 1, 100'000'000, 200'000'000);
    const RunResult parallel = makeRun(Mode::Processes, 2, 180'000'000, 180'000'000);
    DiagnosisPanel panel;
    panel.showRun(parallel, &serial);
    QVERIFY2(hasFinding(panel, Finding::Kind::MemoryBound), qPrintable(describe(panel)));
    QVERIFY2(panel.text().contains(QStringLiteral("Memory-bound: the workers streamed ")),
             qPrintable(describe(panel)));
    QVERIFY2(panel.text().contains(QStringLiteral("1.80x as long as in the serial run")),
             qPrintable(describe(panel)));
    QVERIFY2(panel.text().contains(QStringLiteral("Speedup 1.11x over the serial run on 2 "
                                                  "workers")),
             qPrintable(describe(panel)));
    QVERIFY(panel.text().contains(QStringLiteral("against the serial run of 200 ms")));
}

void TestLessons::diagnosis_handBuiltDispatchRun()
{
    // 1,000 doublings of 30 ns on 2 workers in 1 ms: nearly all of it went to dispatch.
    auto workload = std::make_shared<Workload>();
    workload->name = "Tiny";
    workload->kernel = KernelId::Double;
    workload->inputs = ExplicitInputs{std::vector<TaskInput>(1000, TaskInput{1, 0})};
    RunResult run;
    run.workload = workload;
    run.options.mode = Mode::Processes;
    run.options.workers = 2;
    run.machine.logicalCores = 2;
    run.status = RunStatus::Ok;
    run.wallNs = 1'000'000;
    for (std::uint32_t i = 0; i < 1000; ++i) {
        TaskRecord t;
        t.index = i;
        t.worker = static_cast<std::int16_t>(i % 2);
        t.startNs = std::int64_t(i) * 1000;
        t.endNs = t.startNs + 30;
        t.state = TaskState::Done;
        run.tasks.push_back(t);
    }
    DiagnosisPanel panel;
    panel.showRun(run, nullptr);
    QVERIFY2(hasFinding(panel, Finding::Kind::Dispatch), qPrintable(describe(panel)));
    QVERIFY2(panel.text().contains(QStringLiteral("Tasks take 30 ns each, but 98% of the "
                                                  "workers' time went to handing them out: "
                                                  "raise chunksize (now 1, the API's default)")),
             qPrintable(describe(panel)));
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("diagnosisText"))
                ->text()
                .contains(QStringLiteral("<b>30 ns</b>")));
}

void TestLessons::diagnosis_endedRunWithNothingToExplain_saysSoWithoutADanglingColon()
{
    auto workload = std::make_shared<Workload>();
    workload->name = "Two";
    workload->kernel = KernelId::SpinMs;
    workload->inputs = ExplicitInputs{std::vector<TaskInput>(2, TaskInput{10, 0})};
    RunResult run;
    run.workload = workload;
    run.options.mode = Mode::Processes;
    run.options.workers = 2;
    run.machine.logicalCores = 2;
    run.wallNs = 20'000'000;
    TaskRecord t;
    t.index = 0;
    t.worker = 0;
    t.startNs = 0;
    t.endNs = 10'000'000;
    t.state = TaskState::Done;
    run.tasks = {t};
    for (const RunStatus status : {RunStatus::Cancelled, RunStatus::Failed}) {
        run.status = status;
        DiagnosisPanel panel;
        panel.showRun(run, nullptr);
        QVERIFY2(!panel.text().contains(QStringLiteral("up to then:")), qPrintable(panel.text()));
        QVERIFY2(panel.text().contains(QStringLiteral("so it has no speedup, and its trace up to "
                                                      "then shows nothing more to explain.")),
                 qPrintable(panel.text()));
    }
}

// --- Shared state ------------------------------------------------------------------------

void TestLessons::sharedCounter_outcomeIsPlain_data()
{
    QTest::addColumn<QString>("workload");
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("why");
    QTest::addRow("threads, no lock") << QStringLiteral("counter-racy") << Mode::Threads
                                      << int(SharedCounterOutcome::Verdict::LostUpdates)
                                      << QStringLiteral("two threads read the same value");
    QTest::addRow("threads, lock") << QStringLiteral("counter-locked") << Mode::Threads
                                   << int(SharedCounterOutcome::Verdict::Correct)
                                   << QStringLiteral("The lock lets one thread at a time");
    QTest::addRow("processes, own copies")
        << QStringLiteral("counter-locked") << Mode::Processes
        << int(SharedCounterOutcome::Verdict::OwnCopies)
        << QStringLiteral("Each worker process added to its own copy");
    QTest::addRow("processes, shared memory with its lock")
        << QStringLiteral("counter-shared-locked") << Mode::Processes
        << int(SharedCounterOutcome::Verdict::Correct)
        << QStringLiteral("with a lock around each read and write back");
}

void TestLessons::sharedCounter_outcomeIsPlain()
{
    QFETCH(QString, workload);
    QFETCH(Mode, mode);
    QFETCH(int, verdict);
    QFETCH(QString, why);
    MainWindow window;
    window.show();
    QVERIFY(window.loadWorkload(workload));
    setMode(window, mode, 2);
    QVERIFY(runToEnd(window));
    // Every task adds its input: the right total (counter-racy and counter-locked 8,000,000,
    // counter-shared-locked 2,000,000).
    const auto &loaded = *window.lastResult()->workload;
    const std::uint64_t expected = loaded.taskCount() * loaded.input(0).a;
    // The race is real, but on a loaded machine the two threads may not overlap at all in one
    // short run: up to three runs. That the race shows on free cores is tst_lesson_outcomes'
    // check; here, the window must say what the run's total shows. When no run lost an update,
    // the panel says the threads happened not to overlap.
    for (int retry = 0; retry < 2 && verdict == int(SharedCounterOutcome::Verdict::LostUpdates)
         && window.lastResult()->sharedTotal == expected;
         ++retry)
        QVERIFY(runToEnd(window));
    if (verdict == int(SharedCounterOutcome::Verdict::LostUpdates)
        && window.lastResult()->sharedTotal == expected) {
        verdict = int(SharedCounterOutcome::Verdict::Correct);
        why = QStringLiteral("happened not to overlap this time");
        qWarning("three racy runs lost no update (a busy machine): checking the panel says so");
    }
    const auto result = window.lastResult();
    QCOMPARE(result->status, RunStatus::Ok);
    QVERIFY(result->sharedTotal);
    const auto outcome = sharedCounterOutcome(*result);
    QVERIFY(outcome);
    QCOMPARE(outcome->expected, expected);
    QCOMPARE(outcome->actual, *result->sharedTotal);
    QVERIFY2(int(outcome->verdict) == verdict,
             qPrintable(QStringLiteral("%1 / %2").arg(outcome->headline, outcome->why)));

    // The window says it, with both totals.
    const QString shown = window.diagnosisPanel()->sharedCounterText();
    const QLocale locale;
    QVERIFY2(shown.contains(QStringLiteral("expected %1, the caller sees %2")
                                .arg(locale.toString(qulonglong(expected)),
                                     locale.toString(qulonglong(*result->sharedTotal)))),
             qPrintable(shown));
    QVERIFY2(shown.contains(why), qPrintable(shown));
    QVERIFY(window.diagnosisPanel()->text().contains(shown));
    if (outcome->verdict == SharedCounterOutcome::Verdict::LostUpdates)
        QVERIFY2(shown.contains(QStringLiteral("%1 updates lost")
                                    .arg(locale.toString(
                                        qulonglong(expected - *result->sharedTotal)))),
                 qPrintable(shown));
    if (outcome->verdict == SharedCounterOutcome::Verdict::OwnCopies)
        QCOMPARE(*result->sharedTotal, std::uint64_t(0));
    if (outcome->verdict == SharedCounterOutcome::Verdict::Correct)
        QCOMPARE(*result->sharedTotal, expected);
}

void TestLessons::sharedCounter_outcomeSentences()
{
    // Every verdict from hand-made totals, including the ones a real run rarely shows.
    auto workload = std::make_shared<Workload>();
    workload->name = "Counter";
    workload->kernel = KernelId::SharedCounter;
    workload->params.counterSync = CounterSync::None;
    workload->inputs = ExplicitInputs{{{1000, 0}, {1000, 0}}};
    RunResult run;
    run.workload = workload;
    run.options.mode = Mode::Threads;
    run.options.workers = 2;
    run.status = RunStatus::Ok;
    for (std::uint32_t i = 0; i < 2; ++i) {
        TaskRecord t;
        t.index = i;
        t.state = TaskState::Done;
        run.tasks.push_back(t);
    }
    QVERIFY(!sharedCounterOutcome(run));   // no total recorded: nothing to say
    run.sharedTotal = 1500;
    auto outcome = sharedCounterOutcome(run);
    QVERIFY(outcome);
    QCOMPARE(outcome->verdict, SharedCounterOutcome::Verdict::LostUpdates);
    QVERIFY2(outcome->headline.contains(QStringLiteral("500 updates lost (25%)")),
             qPrintable(outcome->headline));
    run.sharedTotal = 2000;
    outcome = sharedCounterOutcome(run);
    QCOMPARE(outcome->verdict, SharedCounterOutcome::Verdict::Correct);
    QVERIFY(outcome->why.contains(QStringLiteral("happened not to overlap")));
    QVERIFY2(outcome->why.contains(QStringLiteral("native threads (C++, no GIL)")),
             qPrintable(outcome->why));

    // Python threads that lost nothing: the GIL on this interpreter, not a promise.
    run.options.runtime = Runtime::Python;
    run.python = PythonInfo{"3.11.7", "/usr/bin/python3", 1, {}};
    outcome = sharedCounterOutcome(run);
    QCOMPARE(outcome->verdict, SharedCounterOutcome::Verdict::Correct);
    for (const char *part : {"Under the GIL, on this interpreter (Python 3.11)", "not a promise",
                             "free-threaded build", "a lock makes it right everywhere"})
        QVERIFY2(outcome->why.contains(QString::fromUtf8(part)), qPrintable(outcome->why));
    run.sharedTotal = 1500;
    outcome = sharedCounterOutcome(run);
    QCOMPARE(outcome->verdict, SharedCounterOutcome::Verdict::LostUpdates);
    QVERIFY2(outcome->why.contains(QStringLiteral("Python 3.11")), qPrintable(outcome->why));

    // Shared memory without its lock, in processes: short, and Python needs get_lock().
    run.options.mode = Mode::Processes;
    workload->params.counterSync = CounterSync::SharedMemory;
    outcome = sharedCounterOutcome(run);
    QCOMPARE(outcome->verdict, SharedCounterOutcome::Verdict::LostUpdates);
    QVERIFY2(outcome->why.contains(QStringLiteral("Python needs get_lock()")),
             qPrintable(outcome->why));
    run.options.runtime = Runtime::Native;
    run.python.reset();
    outcome = sharedCounterOutcome(run);
    QVERIFY2(outcome->why.contains(QStringLiteral("the native worker processes")),
             qPrintable(outcome->why));
    // With its lock, and through a Manager: right, with the time per update (task time /
    // updates: 2 x 2 ms over 2,000 updates).
    for (TaskRecord &t : run.tasks) {
        t.startNs = 0;
        t.endNs = 2'000'000;
    }
    run.sharedTotal = 2000;
    workload->params.counterSync = CounterSync::SharedMemoryLocked;
    outcome = sharedCounterOutcome(run);
    QCOMPARE(outcome->verdict, SharedCounterOutcome::Verdict::Correct);
    QVERIFY2(outcome->why.contains(QStringLiteral("right, and slower")), qPrintable(outcome->why));
    QVERIFY2(outcome->why.contains(QStringLiteral("2.00 µs per update")), qPrintable(outcome->why));
    workload->params.counterSync = CounterSync::Manager;
    run.options.runtime = Runtime::Python;
    outcome = sharedCounterOutcome(run);
    QCOMPARE(outcome->verdict, SharedCounterOutcome::Verdict::Correct);
    QVERIFY2(outcome->why.contains(QStringLiteral("round trips to another process")),
             qPrintable(outcome->why));
    QVERIFY2(outcome->why.contains(QStringLiteral("2.00 µs per update")), qPrintable(outcome->why));
    // Shared memory without its lock that lost nothing: luck, said so.
    workload->params.counterSync = CounterSync::SharedMemory;
    outcome = sharedCounterOutcome(run);
    QCOMPARE(outcome->verdict, SharedCounterOutcome::Verdict::Correct);
    QVERIFY2(outcome->why.contains(QStringLiteral("not a promise")), qPrintable(outcome->why));

    workload->params.counterSync = CounterSync::None;
    run.sharedTotal = 0;
    outcome = sharedCounterOutcome(run);
    QCOMPARE(outcome->verdict, SharedCounterOutcome::Verdict::OwnCopies);
    QVERIFY(outcome->headline.contains(QStringLiteral("the caller sees 0")));
    // Only finished tasks count towards the expected total.
    run.tasks[1].state = TaskState::Failed;
    run.sharedTotal = 1000;
    outcome = sharedCounterOutcome(run);
    QCOMPARE(outcome->expected, std::uint64_t(1000));
    QCOMPARE(outcome->verdict, SharedCounterOutcome::Verdict::Correct);
}

// --- Broken pool ---------------------------------------------------------------------------

void TestLessons::brokenPool_processesRunNamesTheTaskAndKeepsResults()
{
    MainWindow window;
    window.show();
    QVERIFY(window.lessonGuide()->openLesson(QStringLiteral("broken-pool")));
    QVERIFY(window.messageBanner()->text().isEmpty());   // processes mode: nothing to explain
    QVERIFY(runToEnd(window));
    const auto result = window.lastResult();
    QCOMPARE(result->status, RunStatus::Failed);
    const QString banner = window.messageBanner()->text();
    QCOMPARE(window.messageBanner()->kind(), MessageBanner::Kind::Error);
    QVERIFY2(banner.contains(QStringLiteral("task 4")), qPrintable(banner));
    QVERIFY2(banner.contains(QStringLiteral("SIGSEGV")), qPrintable(banner));
    QVERIFY2(banner.contains(QStringLiteral("input 0")), qPrintable(banner));
    QVERIFY2(banner.contains(QStringLiteral("computed before it stay")), qPrintable(banner));
    // Two workers, one task at a time: tasks 0 and 1 end before task 3 is handed out, one of
    // tasks 2 and 3 before task 4 is: at least three results stay, whatever the timing, and
    // the table holds every task the run finished.
    QVERIFY2(result->tasksDone() >= 3, qPrintable(QString::number(result->tasksDone())));
    QCOMPARE(std::uint64_t(window.taskModel()->rowCount()),
             std::uint64_t(std::count_if(result->tasks.begin(), result->tasks.end(),
                                         [](const TaskRecord &t) { return t.state != TaskState::Pending; })));
    // The diagnosis does not claim a speedup for a broken run.
    QVERIFY(window.diagnosisPanel()->text().contains(QStringLiteral("The run failed")));
    QVERIFY(!hasFinding(*window.diagnosisPanel(), Finding::Kind::Speedup));
}

void TestLessons::crashInThreads_isExplained()
{
    MainWindow window;
    window.show();
    QVERIFY(window.lessonGuide()->openLesson(QStringLiteral("broken-pool")));
    MessageBanner *banner = window.messageBanner();
    QVERIFY(banner->text().isEmpty());

    // Picking threads mode explains at once, before Run is pressed.
    setMode(window, Mode::Threads, 2);
    QString text = banner->text();
    QCOMPARE(banner->kind(), MessageBanner::Kind::Warning);
    QVERIFY2(text.startsWith(QStringLiteral("Why “Broken pool” does not run in threads mode")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Task 4 (input 0) crashes the process that runs it "
                                          "(SIGSEGV)")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("one process, Corescope itself")));
    QVERIFY(text.contains(QStringLiteral("all its threads")));
    QVERIFY(text.contains(QStringLiteral("BrokenProcessPool")));
    QVERIFY(text.contains(QStringLiteral("processes mode")));

    // Pressing Run says the same, as an explanation rather than an error; nothing runs.
    QSignalSpy started(&window, &MainWindow::runStarted);
    QTest::mouseClick(window.controls()->runButton(), Qt::LeftButton);
    QCOMPARE(started.count(), 0);
    QVERIFY(!window.isRunning());
    QCOMPARE(banner->text(), text);
    QCOMPARE(banner->kind(), MessageBanner::Kind::Warning);

    // Back to processes: the explanation goes; serial explains itself too.
    setMode(window, Mode::Processes, 2);
    QVERIFY(banner->text().isEmpty());
    setMode(window, Mode::Serial, 1);
    QVERIFY2(banner->text().contains(QStringLiteral("In serial mode it would run inside "
                                                    "Corescope itself")),
             qPrintable(banner->text()));
    // Another workload: the explanation goes.
    QVERIFY(window.loadWorkload(QStringLiteral("gcd4")));
    QVERIFY(banner->text().isEmpty());
    // Other messages are never cleared by it.
    banner->showMessage(MessageBanner::Kind::Info, QStringLiteral("something else"));
    setMode(window, Mode::Threads, 2);
    QCOMPARE(banner->text(), QStringLiteral("something else"));
}

// --- GIL switch interval and process per task -----------------------------------------

void TestLessons::newControls_followModeAndHaveToolTips()
{
    MainWindow window;
    ControlPanel *controls = window.controls();
    QDoubleSpinBox *interval = controls->switchIntervalBox();
    QCheckBox *perTask = controls->processPerTaskBox();
    QVERIFY(interval && perTask);
    QVERIFY(!interval->toolTip().isEmpty());
    QVERIFY(!perTask->toolTip().isEmpty());
    QCOMPARE(interval->value(), 5.0);   // sys.getswitchinterval()
    QCOMPARE(interval->suffix(), QStringLiteral(" ms"));
    QVERIFY(!perTask->isChecked());

    setMode(window, Mode::Threads, 2, true);
    QVERIFY(interval->isEnabled());
    QVERIFY(!perTask->isEnabled());
    controls->gilBox()->setChecked(false);
    QVERIFY(!interval->isEnabled());
    controls->gilBox()->setChecked(true);
    QVERIFY(interval->isEnabled());
    setMode(window, Mode::Processes, 2, true);   // the GIL box stays ticked, but has no say
    QVERIFY(!interval->isEnabled());
    QVERIFY(perTask->isEnabled());
    setMode(window, Mode::Serial, 1, true);
    QVERIFY(!interval->isEnabled());
    QVERIFY(!perTask->isEnabled());
}

void TestLessons::newControls_reachTheRun()
{
    MainWindow window;
    window.show();
    ControlPanel *controls = window.controls();
    QVERIFY(window.loadWorkload(QStringLiteral("gcd4")));
    setMode(window, Mode::Threads, 2, true);
    controls->switchIntervalBox()->setValue(2.5);
    controls->processPerTaskBox()->setChecked(true);   // disabled here: ignored
    QVERIFY(runToEnd(window));
    QCOMPARE(window.lastResult()->options.switchIntervalMs, 2.5);
    QVERIFY(window.lastResult()->options.gil);
    QVERIFY(!window.lastResult()->options.processPerTask);

    setMode(window, Mode::Processes, 2);
    QVERIFY(controls->processPerTaskBox()->isChecked());
    QVERIFY(runToEnd(window));
    QVERIFY(window.lastResult()->options.processPerTask);
    QVERIFY(!window.lastResult()->options.gil);
}

void TestLessons::newControls_roundTripThroughSettings()
{
    // The Settings class alone, on a file of its own.
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    {
        Settings settings(ini);
        RunOptions options;
        options.mode = Mode::Threads;
        options.gil = true;
        options.switchIntervalMs = 0.5;
        options.processPerTask = true;
        settings.setRunOptions(options);
        settings.sync();
    }
    {
        Settings settings(ini);
        const RunOptions back = settings.runOptions(RunOptions{});
        QCOMPARE(back.switchIntervalMs, 0.5);
        QVERIFY(back.processPerTask);
        QVERIFY(back.gil);
    }
    {
        // A hand-edited value out of range gives the default.
        QSettings raw(ini, QSettings::IniFormat);
        raw.setValue(Settings::kSwitchInterval, 5000.0);
        raw.sync();
        Settings settings(ini);
        QCOMPARE(settings.runOptions(RunOptions{}).switchIntervalMs, 5.0);
    }

    // The window: the controls come back after a restart.
    {
        MainWindow window;
        window.show();
        setMode(window, Mode::Processes, 2);
        window.controls()->processPerTaskBox()->setChecked(true);
        window.controls()->switchIntervalBox()->setValue(12.5);
        window.close();
    }
    {
        MainWindow window;
        QVERIFY(window.controls()->processPerTaskBox()->isChecked());
        QCOMPARE(window.controls()->switchIntervalBox()->value(), 12.5);
        QCOMPARE(window.runOptions().switchIntervalMs, 12.5);
        QVERIFY(window.runOptions().processPerTask);
    }
}

// --- The real binary ----------------------------------------------------------------------

void TestLessons::realApp_lessonOption_opensTheLesson()
{
    // corescope --lesson ID (hidden, for demos and screenshots) opens the lesson as the menu
    // does, runs it and saves the window.
    const QString app = QStringLiteral(CORESCOPE_BIN_DIR "/corescope");
    QVERIFY2(QFile::exists(app), qPrintable(QStringLiteral("%1 was not built").arg(app)));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());

    const QString shot = dir.filePath(QStringLiteral("lesson.png"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(app, {QStringLiteral("--lesson"), QStringLiteral("shared-processes"),
                        QStringLiteral("--run"), QStringLiteral("--window-size"),
                        QStringLiteral("1400x900"), QStringLiteral("--screenshot"), shot,
                        QStringLiteral("--quit-after-run")});
    QVERIFY(process.waitForFinished(scaledMs(180000)));
    const QString out = QString::fromLocal8Bit(process.readAllStandardOutput());
    const QString err = QString::fromLocal8Bit(process.readAllStandardError());
    QVERIFY2(process.exitCode() == 0, qPrintable(out + err));
    QVERIFY2(out.contains(QStringLiteral("run ok")), qPrintable(out + err));
    QVERIFY(!QImage(shot).isNull());

    process.start(app, {QStringLiteral("--lesson"), QStringLiteral("no-such-lesson")});
    QVERIFY(process.waitForFinished(scaledMs(60000)));
    QCOMPARE(process.exitCode(), 2);
    const QString error = QString::fromLocal8Bit(process.readAllStandardError());
    QVERIFY2(error.contains(QStringLiteral("--lesson: no lesson \"no-such-lesson\"")),
             qPrintable(error));

    // A scripted run of a bad workload file says on the terminal what the window's banner
    // says: the file, line:column and field.
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"name": "t", "kernel": "is_prime", "inputs": [1, "x"]})");
    }
    process.start(app, {bad, QStringLiteral("--run"), QStringLiteral("--quit-after-run")});
    QVERIFY(process.waitForFinished(scaledMs(60000)));
    QCOMPARE(process.exitCode(), 2);
    const QString why = QString::fromLocal8Bit(process.readAllStandardError());
    QVERIFY2(why.contains(QStringLiteral("could not load \"%1\": %1:1:51: inputs[1]: ").arg(bad)),
             qPrintable(why));
}

QTEST_MAIN(TestLessons)
#include "tst_gui_lessons.moc"
