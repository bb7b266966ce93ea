// RunFeed, the window's hand-over from the run driver's thread: data pushed is always signalled,
// whatever moment the consumer stops taking. A lost wake-up here is a window that never sees its
// run end (found as a hang of tst_gui_mainwindow on a loaded machine: its drain ran out of time
// exactly at the end of the queue, so the coalescing flag stayed set and the run's last items
// were never signalled).
#include "app/gui/runfeed.h"
#include "tests/timing.h"

#include <QSignalSpy>
#include <QTest>

using namespace corescope;
using namespace corescope::gui;

namespace {

std::shared_ptr<const Workload> sleepers(std::vector<std::uint64_t> ms)
{
    Workload w;
    w.name = "sleepers";
    w.kernel = KernelId::SleepMs;
    std::vector<TaskInput> inputs;
    for (const auto m : ms)
        inputs.push_back({m, 0});
    w.inputs = ExplicitInputs{std::move(inputs)};
    return std::make_shared<const Workload>(std::move(w));
}

RunOptions threads()
{
    RunOptions o;
    o.mode = Mode::Threads;
    o.workers = 1;
    o.sampleHz = 0;
    return o;
}

} // namespace

class TestRunFeed final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void consumerThatStopsAtTheEndOfTheQueue_isSignalledAgain();
    void consumerThatTakesUntilEmpty_seesTheRunEnd();
};

void TestRunFeed::consumerThatStopsAtTheEndOfTheQueue_isSignalledAgain()
{
    // The window's drain: take pieces while hasQueued(), never a take() that finds nothing
    // (its budget may end just as the queue does). Later pushes must still be signalled.
    RunFeed feed;
    QSignalSpy available(&feed, &RunFeed::dataAvailable);
    // One quick task, then one that ends 300 ms later (scaled, so a starved driver thread still
    // pulls in between): at least two pushes apart.
    const auto later = static_cast<std::uint64_t>(test::scaledMs(300));
    QVERIFY(feed.start(sleepers({0, later}), threads()) != 0);
    std::uint64_t finished = 0;
    std::shared_ptr<const RunResult> result;
    int rounds = 0;
    while (!result) {
        QVERIFY2(available.wait(test::scaledMs(5000)),
                 qPrintable(QStringLiteral("no dataAvailable after round %1 (%2 tasks taken)")
                                .arg(rounds)
                                .arg(finished)));
        RunSnapshot piece;
        do {
            QVERIFY(feed.take(piece, 1000));
            finished += piece.newlyFinished.size();
        } while (feed.hasQueued());
        result = feed.takeResult();
        ++rounds;
    }
    QCOMPARE(result->status, RunStatus::Ok);
    QCOMPARE(finished, std::uint64_t{2});
    QVERIFY(rounds >= 2);   // the 300 ms task ended in a later push than the first
    QVERIFY(!feed.isRunning());
}

void TestRunFeed::consumerThatTakesUntilEmpty_seesTheRunEnd()
{
    RunFeed feed;
    QSignalSpy available(&feed, &RunFeed::dataAvailable);
    QVERIFY(feed.start(sleepers({0, 100, 0, 100}), threads()) != 0);
    std::uint64_t finished = 0;
    std::shared_ptr<const RunResult> result;
    while (!result) {
        QVERIFY(available.wait(test::scaledMs(5000)));
        RunSnapshot piece;
        while (feed.take(piece, 1))
            finished += piece.newlyFinished.size();
        result = feed.takeResult();
    }
    QCOMPARE(result->status, RunStatus::Ok);
    QCOMPARE(finished, std::uint64_t{4});
}

QTEST_MAIN(TestRunFeed)
#include "tst_gui_runfeed.moc"
