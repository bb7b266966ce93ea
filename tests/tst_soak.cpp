// Soak: 1,000 run/cancel cycles across every mode (serial, threads, threads under the emulated
// GIL, processes) in this one process, through the RunController the window uses. Most runs are
// cancelled a moment after they start (some before the first task, some mid-run), some are
// replaced by the next start while still running, and every fourth one runs to the end. After
// all of them the process must hold no more file descriptors, threads or child processes than
// after the warm-up, and its resident memory may not have grown by more than kMaxRssGrowthKiB
// (16 MiB). Measured on a loaded 2-core VM: ~11 s; 7 fds, 2 threads, 0 children, RSS +68 KiB.
#include "tests/childprocesses.h"
#include "core/engine/runcontroller.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>

#include <chrono>
#include <dirent.h>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <unistd.h>

using namespace corescope;
using namespace std::chrono_literals;

namespace {

constexpr int kCycles = 1000;
constexpr int kWarmUp = 40;                     // first runs fill caches, pools, Qt internals
// Allocator slack; measured growth is well under 1 MiB. Under ASan freed memory sits in a
// quarantine of up to 256 MiB by design, so there the bound is that (LSan checks for leaks).
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr long kMaxRssGrowthKiB = 320 * 1024;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
constexpr long kMaxRssGrowthKiB = 320 * 1024;
#else
constexpr long kMaxRssGrowthKiB = 16 * 1024;
#endif
#else
constexpr long kMaxRssGrowthKiB = 16 * 1024;
#endif

int countEntries(const char *path)
{
    int n = 0;
    DIR *dir = opendir(path);
    if (!dir)
        return -1;
    while (dirent *e = readdir(dir))
        if (e->d_name[0] != '.')
            ++n;
    closedir(dir);
    return n - (std::string(path) == "/proc/self/fd" ? 1 : 0);   // opendir's own descriptor
}

long rssKiB()
{
    std::ifstream status("/proc/self/status");
    std::string key;
    while (status >> key) {
        if (key == "VmRSS:") {
            long kib = 0;
            status >> kib;
            return kib;
        }
        status.ignore(1 << 12, '\n');
    }
    return -1;
}

struct Usage {
    int fds = 0;
    int threads = 0;
    int children = 0;
    long rss = 0;
    std::string toString() const
    {
        return std::to_string(fds) + " fds, " + std::to_string(threads) + " threads, "
            + std::to_string(children) + " children, " + std::to_string(rss / 1024) + " MiB RSS";
    }
};

Usage usage()
{
    return {countEntries("/proc/self/fd"), countEntries("/proc/self/task"), test::childProcessCount(),
            rssKiB()};
}

std::shared_ptr<const Workload> spinWorkload(int tasks, std::uint64_t ms)
{
    Workload w;
    w.name = "soak";
    w.kernel = KernelId::SpinMs;
    w.inputs = ExplicitInputs{std::vector<TaskInput>(static_cast<std::size_t>(tasks), {ms, 0})};
    return std::make_shared<const Workload>(std::move(w));
}

RunOptions optionsFor(int cycle)
{
    RunOptions o;
    switch (cycle % 4) {
    case 0: o.mode = Mode::Serial; break;
    case 1: o.mode = Mode::Threads; break;
    case 2: o.mode = Mode::Threads; o.gil = true; o.switchIntervalMs = 1.0; break;
    case 3: o.mode = Mode::Processes; break;
    }
    o.workers = 2 + (cycle / 4) % 2;
    o.chunksize = 1 + (cycle / 8) % 3;
    o.ordering = static_cast<Ordering>((cycle / 24) % 3);
    o.sampleHz = (cycle / 4) % 2 ? 50 : 0;   // the sampler thread comes and goes too
    return o;
}

// Waits for the current run to end, delivering the controller's queued signals meanwhile.
bool waitUntilIdle(RunController &controller, std::chrono::milliseconds timeout)
{
    QElapsedTimer t;
    t.start();
    while (controller.isRunning()) {
        if (t.elapsed() > timeout.count())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        std::this_thread::sleep_for(200us);
    }
    QCoreApplication::processEvents();
    return true;
}

} // namespace

class TestSoak final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void thousandRunCancelCycles_leaveNothingBehind();
};

void TestSoak::thousandRunCancelCycles_leaveNothingBehind()
{
    RunController controller;
    int signalled = 0;
    connect(&controller, &RunController::runFinished, this, [&signalled](quint64) { ++signalled; });
    // Short runs: 24 tasks of 1 ms spin, 8 to 12 ms with 2-3 workers when let finish.
    const auto workload = spinWorkload(24, 1);

    Usage warm;
    Usage peak;
    int started = 0, finishedOk = 0, cancelled = 0, replaced = 0;
    qint64 slowestStopMs = 0;
    QElapsedTimer total;
    total.start();
    for (int cycle = 0; cycle < kCycles; ++cycle) {
        const RunOptions options = optionsFor(cycle);
        std::string error;
        const quint64 id = controller.start(workload, options, &error);
        QVERIFY2(id != 0, error.c_str());
        ++started;
        const int kind = (cycle / 4) % 4;   // each mode sees each kind
        if (kind == 3) {
            // Let it run to the end: every task done, correct.
            QVERIFY2(waitUntilIdle(controller, 30s), "a run did not finish within 30 s");
            const auto result = controller.result(id);
            QVERIFY(result);
            QCOMPARE(result->status, RunStatus::Ok);
            for (const TaskRecord &t : result->tasks)
                QVERIFY(t.ok() && t.result == 1);
            ++finishedOk;
        } else if (kind == 2 && cycle + 1 < kCycles) {
            // Left running: the next start() cancels and joins it.
            ++replaced;
            continue;
        } else {
            // Cancel before the first task (kind 0) or a few ms in (kind 1).
            if (kind == 1)
                std::this_thread::sleep_for(std::chrono::microseconds(500 + 700 * (cycle % 5)));
            QElapsedTimer stop;
            stop.start();
            controller.cancel();
            QVERIFY2(waitUntilIdle(controller, 5s), "a cancelled run did not end within 5 s");
            slowestStopMs = std::max(slowestStopMs, stop.elapsed());
            const auto result = controller.result(id);
            QVERIFY(result);
            QVERIFY2(result->status == RunStatus::Cancelled || result->status == RunStatus::Ok,
                     std::string(runStatusName(result->status)).c_str());
            // Whatever was computed before the cancel is kept, and is right.
            for (const TaskRecord &t : result->tasks)
                if (t.state == TaskState::Done)
                    QCOMPARE(t.result, std::uint64_t{1});
            if (result->status == RunStatus::Cancelled)
                ++cancelled;
        }
        if (cycle == kWarmUp - 1) {
            QVERIFY(waitUntilIdle(controller, 5s));
            warm = usage();
            peak = warm;
        } else if (cycle >= kWarmUp && cycle % 50 == 0) {
            const Usage now = usage();
            peak.fds = std::max(peak.fds, now.fds);
            peak.threads = std::max(peak.threads, now.threads);
            peak.children = std::max(peak.children, now.children);
            peak.rss = std::max(peak.rss, now.rss);
        }
    }
    QVERIFY(waitUntilIdle(controller, 5s));
    QTRY_COMPARE_WITH_TIMEOUT(test::childProcessCount(), 0, 2000);   // every worker reaped
    const Usage end = usage();
    const qint64 elapsedMs = total.elapsed();
    qInfo("soak: %d cycles (%d ran to the end, %d cancelled, %d replaced by the next start) in "
          "%lld ms; slowest cancel-to-idle %lld ms",
          started, finishedOk, cancelled, replaced, elapsedMs, slowestStopMs);
    qInfo("soak: after warm-up %s", warm.toString().c_str());
    qInfo("soak: peak (idle between runs, every 50 cycles) %s", peak.toString().c_str());
    qInfo("soak: at the end %s (RSS %+ld KiB)", end.toString().c_str(), end.rss - warm.rss);

    QCOMPARE(signalled, started);   // every run said it finished, exactly once
    QVERIFY(finishedOk >= kCycles / 5);
    QVERIFY(cancelled > kCycles / 4);   // the cancels really landed mid-run
    QCOMPARE(end.fds, warm.fds);
    QCOMPARE(end.threads, warm.threads);
    QCOMPARE(end.children, 0);
    QVERIFY2(end.rss - warm.rss <= kMaxRssGrowthKiB,
             ("RSS grew by " + std::to_string(end.rss - warm.rss) + " KiB").c_str());
}

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
