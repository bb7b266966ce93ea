// A race, side by side (issue 15, item 13): a lesson's Race button runs its two settings one
// after the other, and the race window shows both timelines on one time axis with a labelled
// wall-time bar for each. Driven as a teacher would, on the offscreen platform.

#include "app/charts/qcpinclude.h"
#include "app/charts/runlabel.h"
#include "app/charts/timelinechart.h"
#include "app/charts/walltimechart.h"
#include "app/gui/controlpanel.h"
#include "app/gui/labsession.h"
#include "app/gui/lessonguide.h"
#include "app/gui/lessonpanel.h"
#include "app/gui/mainwindow.h"
#include "app/gui/racewindow.h"
#include "core/lessons/lesson.h"
#include "core/workload/catalog.h"
#include "tests/timing.h"

#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace corescope;
using namespace corescope::gui;
using corescope::test::scaledMs;

namespace {

RunOptions native(Mode mode, int workers, bool gil = false)
{
    RunOptions o;
    o.mode = mode;
    o.workers = workers;
    o.chunksize = 1;
    o.gil = gil;
    o.sampleHz = 0;
    return o;
}

std::shared_ptr<const Workload> shipped(const char *id)
{
    auto loaded = resolveWorkload(id);
    return std::make_shared<const Workload>(std::get<Workload>(std::move(loaded)));
}

} // namespace

class TestRace final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void lessons_haveTheirRacePairs()
    {
        const Lesson *gil = lessonById("gil-emulated");
        QVERIFY(gil);
        const auto race = lessonRace(*gil, 4);
        QVERIFY(race.has_value());
        QCOMPARE(race->first.mode, Mode::Threads);
        QVERIFY(race->first.gil);
        QCOMPARE(race->second.mode, Mode::Processes);
        QVERIFY(!race->second.gil);
        QCOMPARE(race->first.runtime, gil->options.runtime);
        // Worker counts follow the machine as the lesson's own do (processes-scale: cores).
        const auto scale = lessonRace(*lessonById("processes-scale"), 6);
        QVERIFY(scale.has_value());
        QCOMPARE(scale->second.workers, 6);
        QVERIFY(!lessonRace(*lessonById("chunksize"), 4).has_value());
        for (const Lesson &l : allLessons()) {
            if (const auto r = lessonRace(l, 2)) {
                QCOMPARE(r->first.validate(), std::string());
                QCOMPARE(r->second.validate(), std::string());
                QVERIFY2(!(r->first == r->second), l.id.data());
            }
        }
    }

    // Two runs, one after the other, each a normal run; then raceFinished with both.
    void session_runsBothLegsThenFinishes()
    {
        LabSession session;
        session.setWorkload(shipped("gcd4"), QStringLiteral("gcd4"), false);
        QSignalSpy started(&session, &LabSession::runStarted);
        QSignalSpy ended(&session, &LabSession::runEnded);
        QSignalSpy finished(&session, &LabSession::raceFinished);
        std::string error;
        QVERIFY(session.startRace(native(Mode::Threads, 2, true), native(Mode::Processes, 2), &error)
                != 0);
        QCOMPARE(error, std::string());
        QVERIFY(session.isRacing());
        QVERIFY(finished.wait(scaledMs(60000)));
        QCOMPARE(started.size(), 2);
        QCOMPARE(ended.size(), 2);
        QVERIFY(started.at(0).at(0).toULongLong() != started.at(1).at(0).toULongLong());
        QVERIFY(!session.isRacing());
        const auto first = finished.at(0).at(0).value<std::shared_ptr<const RunResult>>();
        const auto second = finished.at(0).at(1).value<std::shared_ptr<const RunResult>>();
        QVERIFY(first && second);
        QCOMPARE(first->options.mode, Mode::Threads);
        QVERIFY(first->options.gil);
        QCOMPARE(second->options.mode, Mode::Processes);
        QCOMPARE(first->status, RunStatus::Ok);
        QCOMPARE(second->status, RunStatus::Ok);
        QCOMPARE(first->tasksDone(), std::uint64_t{4});
        QCOMPARE(second->tasksDone(), std::uint64_t{4});
    }

    // A second leg that cannot run is refused before the first starts.
    void session_refusesARaceWhoseSecondLegCannotRun()
    {
        LabSession session;
        session.setWorkload(shipped("broken-pool"), QStringLiteral("broken-pool"), false);
        QSignalSpy started(&session, &LabSession::runStarted);
        std::string error;
        QCOMPARE(session.startRace(native(Mode::Processes, 2), native(Mode::Threads, 2), &error),
                 quint64{0});
        QVERIFY2(!error.empty(), error.c_str());
        QCOMPARE(started.size(), 0);
        QVERIFY(!session.isRacing());
    }

    // A run started meanwhile (Run pressed) ends the race: no second leg, no race window.
    void session_anotherRunEndsTheRace()
    {
        LabSession session;
        session.setWorkload(shipped("gcd4"), QStringLiteral("gcd4"), false);
        QSignalSpy ended(&session, &LabSession::runEnded);
        QSignalSpy finished(&session, &LabSession::raceFinished);
        QVERIFY(session.startRace(native(Mode::Threads, 2), native(Mode::Processes, 2), nullptr) != 0);
        QVERIFY(session.startRun(native(Mode::Serial, 1), nullptr) != 0);
        QVERIFY(!session.isRacing());
        QTRY_VERIFY_WITH_TIMEOUT(!session.isRunning(), scaledMs(60000));
        QTest::qWait(200);   // a second leg would start at the next turn of the event loop
        QVERIFY(!session.isRunning());
        QCOMPARE(finished.size(), 0);
    }

    // The window: both timelines on one time axis, the longer run's; zooming one moves the
    // other; a wall-time bar per run, labelled with what ran and how long.
    void window_sharesTheTimeAxisAndLabelsTheWallTimes()
    {
        LabSession session;
        session.setWorkload(shipped("gcd4"), QStringLiteral("gcd4"), false);
        QSignalSpy finished(&session, &LabSession::raceFinished);
        QVERIFY(session.startRace(native(Mode::Serial, 1), native(Mode::Threads, 2), nullptr) != 0);
        QVERIFY(finished.wait(scaledMs(60000)));
        const auto first = finished.at(0).at(0).value<std::shared_ptr<const RunResult>>();
        const auto second = finished.at(0).at(1).value<std::shared_ptr<const RunResult>>();

        RaceWindow window(first, second);
        window.resize(1200, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QCPRange a = window.timeline(0)->plot()->xAxis->range();
        const QCPRange b = window.timeline(1)->plot()->xAxis->range();
        QCOMPARE(a, b);
        const double longest = double(std::max(first->wallNs, second->wallNs)) * 1e-9;
        QVERIFY2(a.upper >= longest, qPrintable(QStringLiteral("%1 < %2").arg(a.upper).arg(longest)));
        QCOMPARE(window.sharedEndSeconds() >= longest, true);

        // Zoom and pan one: the other follows.
        window.timeline(1)->plot()->xAxis->setRange(a.lower + a.size() / 4, a.upper - a.size() / 4);
        QCOMPARE(window.timeline(0)->plot()->xAxis->range(), window.timeline(1)->plot()->xAxis->range());
        window.timeline(0)->plot()->xAxis->moveRange(a.size() / 10);
        QCOMPARE(window.timeline(1)->plot()->xAxis->range(), window.timeline(0)->plot()->xAxis->range());

        const std::vector<double> seconds = window.wallTimes()->barSeconds();
        QCOMPARE(seconds.size(), std::size_t{2});
        QCOMPARE(seconds[0], double(first->wallNs) * 1e-9);
        QCOMPARE(seconds[1], double(second->wallNs) * 1e-9);
        const QStringList texts = window.wallTimes()->barTexts();
        QCOMPARE(texts.size(), 2);
        QCOMPARE(texts[0], QStringLiteral("%1: %2").arg(optionsText(first->options),
                                                        durationText(double(first->wallNs) * 1e-9)));
        QCOMPARE(texts[1], QStringLiteral("%1: %2").arg(optionsText(second->options),
                                                        durationText(double(second->wallNs) * 1e-9)));
    }

    // One click from the lesson: the Race button shows for a lesson with a race, runs both
    // settings and opens the race window; a lesson without one has no button.
    void lessonPanel_raceButtonRunsBothAndOpensTheWindow()
    {
        MainWindow window;
        window.setAskBeforeReplacingRun(false);
        window.show();
        QVERIFY(window.lessonGuide()->openLesson(QStringLiteral("chunksize")));
        QVERIFY(window.lessonPanel()->raceButton()->isHidden());
        QVERIFY(window.lessonGuide()->openLesson(QStringLiteral("gil-emulated")));
        QPushButton *race = window.lessonPanel()->raceButton();
        QVERIFY(!race->isHidden());
        QVERIFY(race->toolTip().contains(executionText(Mode::Threads, true, Runtime::Native)));
        QSignalSpy ended(&window, &MainWindow::runEnded);
        QSignalSpy shown(&window, &MainWindow::raceShown);
        race->click();
        QVERIFY(window.isRunning());
        QVERIFY(shown.wait(scaledMs(120000)));
        QCOMPARE(ended.size(), 2);
        RaceWindow *raceWindow = window.raceWindow();
        QVERIFY(raceWindow);
        QCOMPARE(raceWindow->run(0).options.mode, Mode::Threads);
        QVERIFY(raceWindow->run(0).options.gil);
        QCOMPARE(raceWindow->run(1).options.mode, Mode::Processes);
        QCOMPARE(raceWindow->run(0).workload->name, raceWindow->run(1).workload->name);
        QCOMPARE(raceWindow->timeline(0)->plot()->xAxis->range(),
                 raceWindow->timeline(1)->plot()->xAxis->range());
        // Both legs are runs of their own: the history counts them.
        QCOMPARE(window.lastResult()->options.mode, Mode::Processes);
        raceWindow->close();
    }
};

QTEST_MAIN(TestRace)
#include "tst_gui_race.moc"
