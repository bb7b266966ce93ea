// The process pool: every task right in every chunksize and ordering, records filled, a new
// process per task, and the basic faults (a crashing worker, kill -9 from outside, cancel, a
// missing worker binary) a clear, quick outcome with no child process left behind. Workers that
// break the protocol, hangs, respawn and cancel at every stage: tst_faults.

#include "tests/childprocesses.h"
#include "tests/poolrun.h"
#include "tests/timing.h"
#include "core/exec/processpoolexecutor.h"
#include "core/protocol/protocol.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <numeric>
#include <random>
#include <set>
#include <sstream>
#include <thread>

extern char **environ;

using namespace corescope;
namespace proto = corescope::protocol;
using Clock = std::chrono::steady_clock;

Q_DECLARE_METATYPE(corescope::Ordering)

namespace {

const std::string kWorkerPath = CORESCOPE_BIN_DIR "/corescope-worker";

std::int64_t msSince(Clock::time_point t0)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - t0).count();
}

std::shared_ptr<Workload> makeWorkload(KernelId kernel, InputSource inputs, bool withExpected = true)
{
    auto wl = std::make_shared<Workload>();
    wl->name = "test";
    wl->kernel = kernel;
    wl->inputs = std::move(inputs);
    if (withExpected)
        wl->expected = test::knownAnswers(*wl);   // not by running the kernel under test
    return wl;
}

RunOptions poolOptions(int workers, int chunksize = 1, Ordering ordering = Ordering::AsCompleted)
{
    RunOptions o;
    o.mode = Mode::Processes;
    o.workers = workers;
    o.chunksize = chunksize;
    o.api = poolApiWithOrdering(ordering);
    o.sampleHz = 0;
    o.workerPath = kWorkerPath;
    return o;
}

// Waits (up to 10 s, scaled) until `ready` holds for a snapshot of the run.
bool waitFor(RunRecorder &rec, const std::function<bool(const RunSnapshot &)> &ready)
{
    const auto t0 = Clock::now();
    while (msSince(t0) < test::scaledMs(10'000)) {
        SnapshotCursor fresh;
        const RunSnapshot s = rec.snapshot(fresh);
        if (ready(s))
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return false;
}

bool allWorkersReady(const RunSnapshot &s, int workers)
{
    return int(s.workers.size()) == workers
        && std::all_of(s.workers.begin(), s.workers.end(),
                       [](const WorkerRecord &w) { return w.readyNs >= 0 && w.pid > 0; });
}

// Done tasks carry the right result (known apart from the kernels, test::knownAnswers) and a
// plausible record.
void checkDoneTasks(const RunResult &r)
{
    const std::vector<std::uint64_t> known = test::knownAnswers(*r.workload);
    for (const TaskRecord &t : r.tasks) {
        if (t.state != TaskState::Done)
            continue;
        const std::uint64_t want = known[t.index];
        if (t.result != want)
            QFAIL(qPrintable(QStringLiteral("task %1: result %2, expected %3")
                                 .arg(t.index).arg(t.result).arg(want)));
        if (t.pid == getpid() || t.pid <= 0 || t.tid <= 0)
            QFAIL(qPrintable(QStringLiteral("task %1: pid %2 tid %3").arg(t.index).arg(t.pid).arg(t.tid)));
        if (t.worker < 0 || t.worker >= r.options.workers)
            QFAIL(qPrintable(QStringLiteral("task %1: worker %2").arg(t.index).arg(t.worker)));
        if (!(0 <= t.enqueueNs && t.enqueueNs <= t.startNs && t.startNs <= t.endNs && t.endNs <= r.wallNs))
            QFAIL(qPrintable(QStringLiteral("task %1: times enqueue %2 start %3 end %4 wall %5")
                                 .arg(t.index).arg(t.enqueueNs).arg(t.startNs).arg(t.endNs).arg(r.wallNs)));
        if (t.cpuStart < 0 || t.cpuEnd < 0)
            QFAIL(qPrintable(QStringLiteral("task %1: cpu %2..%3").arg(t.index).arg(t.cpuStart).arg(t.cpuEnd)));
    }
}

void checkNoChildren()
{
    const auto left = test::childProcesses();
    QVERIFY2(left.empty(), qPrintable(QStringLiteral("%1 child process(es) left, first pid %2")
                                          .arg(left.size()).arg(left.empty() ? 0 : left.front().pid)));
}

// Starts the real worker on a socketpair, as the pool does, for talking to it directly.
struct DirectWorker {
    pid_t pid = -1;
    int fd = -1;
    DirectWorker()
    {
        int sv[2];
        if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0)
            return;
        posix_spawn_file_actions_t fa;
        posix_spawn_file_actions_init(&fa);
        posix_spawn_file_actions_adddup2(&fa, sv[1], 3);
        std::string path = kWorkerPath;
        char *argv[] = {path.data(), nullptr};
        if (posix_spawn(&pid, path.c_str(), &fa, nullptr, argv, environ) != 0)
            pid = -1;
        posix_spawn_file_actions_destroy(&fa);
        close(sv[1]);
        fd = sv[0];
    }
    ~DirectWorker()
    {
        if (fd >= 0)
            close(fd);
        if (pid > 0) {
            kill(pid, SIGKILL);
            waitpid(pid, nullptr, 0);
        }
    }
    void send(const std::vector<std::uint8_t> &bytes) const
    {
        [[maybe_unused]] auto n = ::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    }
    // Frames until end of stream (or 5 s, scaled).
    std::vector<std::pair<proto::MessageType, std::vector<std::uint8_t>>> readAll() const
    {
        std::vector<std::pair<proto::MessageType, std::vector<std::uint8_t>>> frames;
        proto::Decoder decoder;
        const auto t0 = Clock::now();
        while (msSince(t0) < test::scaledMs(5000)) {
            auto space = decoder.prepare(65536);
            const ssize_t n = recv(fd, space.data(), space.size(), 0);
            if (n <= 0)
                break;
            decoder.commit(std::size_t(n));
            proto::Frame f;
            while (decoder.next(f) == proto::Decoder::Status::Frame)
                frames.emplace_back(f.type, std::vector<std::uint8_t>(f.payload.begin(), f.payload.end()));
        }
        return frames;
    }
    int exitStatus()
    {
        int status = 0;
        waitpid(pid, &status, 0);
        pid = -1;
        return status;
    }
};

} // namespace

class TestProcessPool final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(test::childProcesses().empty()); }
    void cleanup() { checkNoChildren(); }

    // The expected answers of both pool suites come from test::knownAnswers, not from the
    // kernels; its prime sieve is checked here against counts from python3.
    void knownAnswers_agreeWithPython()
    {
        QVERIFY(test::primeCountsAreKnown());
        const auto wl = makeWorkload(KernelId::GcdNaive, ExplicitInputs{{{1071, 462}, {20'000, 15'000}, {7, 13}}});
        QCOMPARE(*wl->expected, (std::vector<std::uint64_t>{21, 5000, 1}));
        const auto primes = makeWorkload(KernelId::IsPrime, RangeInputs{1, 12, 1});
        QCOMPARE(*primes->expected, (std::vector<std::uint64_t>{0, 1, 1, 0, 1, 0, 1, 0, 0, 0, 1}));
    }

    void resolveWorkerPath_nextToTheExecutable()
    {
        QCOMPARE(resolveWorkerPath("/opt/x/corescope-worker"), std::string("/opt/x/corescope-worker"));
        const std::string found = resolveWorkerPath({});
        const QString self = QFileInfo(QStringLiteral("/proc/self/exe")).symLinkTarget();
        QCOMPARE(QString::fromStdString(found),
                 QFileInfo(self).absolutePath() + QStringLiteral("/corescope-worker"));
    }

    void everyTaskCorrect_data()
    {
        QTest::addColumn<int>("workload");
        QTest::addColumn<int>("chunksize");
        QTest::addColumn<Ordering>("ordering");
        const char *names[] = {"is_prime range", "gcd pairs", "double repeat", "double range"};
        const std::pair<Ordering, const char *> orderings[] = {
            {Ordering::OrderedBatch, "batch"}, {Ordering::OrderedStream, "stream"},
            {Ordering::AsCompleted, "as-completed"}};
        for (int w = 0; w < 4; ++w)
            for (int chunk : {1, 3, 1000})
                for (const auto &[ordering, oname] : orderings)
                    QTest::addRow("%s, chunk %d, %s", names[w], chunk, oname) << w << chunk << ordering;
    }
    void everyTaskCorrect()
    {
        QFETCH(int, workload);
        QFETCH(int, chunksize);
        QFETCH(Ordering, ordering);
        std::shared_ptr<Workload> wl;
        switch (workload) {
        case 0: wl = makeWorkload(KernelId::IsPrime, RangeInputs{1, 20'001, 1}); break;
        case 1: {
            std::mt19937_64 rng(3);
            ExplicitInputs pairs;
            for (int i = 0; i < 1500; ++i)
                pairs.values.push_back({1 + rng() % 20'000, 1 + rng() % 20'000});
            wl = makeWorkload(KernelId::GcdNaive, pairs);
            break;
        }
        case 2: wl = makeWorkload(KernelId::Double, RepeatInputs{{21, 0}, 5000}); break;
        default: wl = makeWorkload(KernelId::Double, RangeInputs{5, 70'000, 7}); break;
        }
        const RunOptions options = poolOptions(2, chunksize, ordering);
        const test::PoolRun out = test::runPool(wl, options);
        const RunResult &r = out.result;
        QCOMPARE(QString::fromStdString(r.error), QString());
        QCOMPARE(r.status, RunStatus::Ok);
        const std::uint64_t n = wl->taskCount();
        QCOMPARE(r.tasksDone(), n);
        QCOMPARE(r.mismatches(), std::uint64_t(0));
        checkDoneTasks(r);

        // Handed back as the ordering says.
        QCOMPARE(r.handOrder.size(), n);
        if (ordering == Ordering::AsCompleted) {
            std::vector<std::uint32_t> sorted = r.handOrder;
            std::sort(sorted.begin(), sorted.end());
            for (std::uint32_t i = 0; i < n; ++i)
                QCOMPARE(sorted[i], i);
        } else {
            for (std::uint32_t i = 0; i < n; ++i)
                QCOMPARE(r.handOrder[i], i);
        }
        std::int64_t previous = 0;
        for (const std::uint32_t i : r.handOrder) {
            const TaskRecord &t = r.tasks[i];
            QVERIFY(t.handedBackNs >= t.endNs && t.handedBackNs <= r.wallNs);
            if (ordering == Ordering::OrderedBatch)
                QCOMPARE(t.handedBackNs, r.wallNs);
            else
                QVERIFY(t.handedBackNs >= previous);
            previous = t.handedBackNs;
        }

        // Worker lifecycle.
        QCOMPARE(int(r.workers.size()), options.workers);
        std::uint64_t done = 0;
        for (int id = 0; id < options.workers; ++id) {
            const WorkerRecord &w = r.workers[std::size_t(id)];
            QCOMPARE(w.id, id);
            QVERIFY(w.pid > 0 && w.pid != getpid());
            QVERIFY2(0 <= w.spawnNs && w.spawnNs <= w.readyNs && w.readyNs <= w.exitNs
                         && w.exitNs <= r.wallNs,
                     qPrintable(QStringLiteral("spawn %1 ready %2 exit %3 wall %4")
                                    .arg(w.spawnNs).arg(w.readyNs).arg(w.exitNs).arg(r.wallNs)));
            QCOMPARE(QString::fromStdString(w.exitReason), QString());
            done += w.tasksDone;
        }
        QCOMPARE(done, n);
    }

    void moreWorkersThanCores()
    {
        const auto wl = makeWorkload(KernelId::IsPrime, RangeInputs{1'000'000'000, 1'000'040'000, 1});
        const RunOptions options = poolOptions(8, 50);
        const test::PoolRun out = test::runPool(wl, options);
        const RunResult &r = out.result;
        QCOMPARE(r.status, RunStatus::Ok);
        QCOMPARE(r.tasksDone(), wl->taskCount());
        checkDoneTasks(r);
        QCOMPARE(int(r.workers.size()), 8);
        std::set<std::int32_t> pids;
        for (const WorkerRecord &w : r.workers) {
            QVERIFY(w.spawnNs >= 0 && w.spawnNs <= w.readyNs && w.readyNs <= w.exitNs);
            pids.insert(w.pid);
        }
        QCOMPARE(pids.size(), std::size_t(8));
        for (const TaskRecord &t : r.tasks)
            QVERIFY(pids.count(t.pid) == 1 && r.workers[std::size_t(t.worker)].pid == t.pid);
    }

    void longTasks_areScheduledDynamically()
    {
        // One slow task among quick ones: the other worker must take every quick task queued
        // behind it rather than wait (no static pre-assignment).
        ExplicitInputs inputs;
        inputs.values.push_back({300, 0});
        for (int i = 0; i < 20; ++i)
            inputs.values.push_back({10, 0});
        const auto wl = makeWorkload(KernelId::SpinMs, inputs, false);
        const test::PoolRun out = test::runPool(wl, poolOptions(2));
        const RunResult &r = out.result;
        QCOMPARE(r.status, RunStatus::Ok);
        // Counted by what was sent, not by who ran more: a quick task waited behind the slow one
        // if it was sent to the slow worker before the slow task ended and started after it. On
        // a busy machine the slow worker may well get through the 300 ms first and then take
        // quick tasks as they come (dynamic too); a static split sends them to it up front.
        const TaskRecord &slow = r.tasks[0];
        int onSlow = 0;
        for (std::size_t i = 1; i < r.tasks.size(); ++i) {
            const TaskRecord &t = r.tasks[i];
            onSlow += t.worker == slow.worker && t.enqueueNs < slow.endNs && t.startNs >= slow.endNs;
        }
        QVERIFY2(onSlow <= 1, qPrintable(QStringLiteral("%1 quick tasks waited behind the slow one").arg(onSlow)));
    }

    void sharedCounter_sharedMemoryMappedIntoEveryWorker_data()
    {
        QTest::addColumn<int>("sync");
        QTest::addRow("shared memory, locked") << int(CounterSync::SharedMemoryLocked);
        QTest::addRow("shared memory, no lock") << int(CounterSync::SharedMemory);
        QTest::addRow("own copies") << int(CounterSync::None);
    }
    void sharedCounter_sharedMemoryMappedIntoEveryWorker()
    {
        QFETCH(int, sync);
        auto wl = makeWorkload(KernelId::SharedCounter, RepeatInputs{{100'000, 0}, 40}, false);
        wl->params.counterSync = static_cast<CounterSync>(sync);
        const test::PoolRun out = test::runPool(wl, poolOptions(2, 3));
        QCOMPARE(out.result.status, RunStatus::Ok);
        QCOMPARE(out.result.tasksDone(), std::uint64_t(40));
        if (sync == int(CounterSync::SharedMemoryLocked)) {
            QVERIFY(out.result.sharedTotal.has_value());
            QCOMPARE(*out.result.sharedTotal, std::uint64_t(4'000'000));
        } else if (sync == int(CounterSync::SharedMemory)) {
            // The workers add to the one mapping, read then write: some updates may be lost
            // when they overlap (tst_lesson_outcomes checks that they are), none invented.
            QVERIFY(out.result.sharedTotal.has_value());
            const std::uint64_t total = *out.result.sharedTotal;
            QVERIFY2(total > 0 && total <= 4'000'000, qPrintable(QString::number(total)));
        } else {
            // Each worker added to its own copy; the engine reports the app's untouched one.
            QVERIFY(!out.result.sharedTotal.has_value());
        }
    }

    void crashKernel_failsNamingTaskAndSignal_keepsEarlierResults_data()
    {
        QTest::addColumn<int>("workers");
        QTest::addColumn<int>("signal");
        QTest::addColumn<QString>("cause");
        QTest::addRow("1 worker, SIGSEGV") << 1 << 11 << QStringLiteral("killed by signal 11 (SIGSEGV)");
        QTest::addRow("2 workers, SIGSEGV") << 2 << 11 << QStringLiteral("killed by signal 11 (SIGSEGV)");
        QTest::addRow("1 worker, SIGABRT") << 1 << 6 << QStringLiteral("killed by signal 6 (SIGABRT)");
        QTest::addRow("2 workers, exit") << 2 << 0 << QStringLiteral("exited with code 3");
    }
    void crashKernel_failsNamingTaskAndSignal_keepsEarlierResults()
    {
        QFETCH(int, workers);
        QFETCH(int, signal);
        QFETCH(QString, cause);
        ExplicitInputs inputs;
        for (int i = 0; i < 10; ++i)
            inputs.values.push_back({2, 0});
        inputs.values.push_back({0, 0});    // task 10 kills its worker
        for (int i = 0; i < 10; ++i)
            inputs.values.push_back({2, 0});
        auto wl = makeWorkload(KernelId::Crash, inputs, false);
        wl->params.crashSignal = signal;
        const test::PoolRun out = test::runPool(wl, poolOptions(workers));
        const RunResult &r = out.result;
        const QString error = QString::fromStdString(r.error);
        QCOMPARE(r.status, RunStatus::Failed);
        QCOMPARE(r.failedTask, std::int64_t(10));
        QVERIFY2(error.contains(QStringLiteral("task 10 (input 0)")), qPrintable(error));
        QVERIFY2(error.contains(cause), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral(" died: ")), qPrintable(error));
        QVERIFY2(out.runMs < test::scaledMs(1000), qPrintable(QStringLiteral("run took %1 ms").arg(out.runMs)));

        const TaskRecord &failed = r.tasks[10];
        QCOMPARE(failed.state, TaskState::Failed);
        QVERIFY(failed.pid > 0 && failed.worker >= 0);
        QVERIFY(error.contains(QStringLiteral("worker %1 (pid %2)").arg(failed.worker + 1).arg(failed.pid)));
        const WorkerRecord &dead = r.workers[std::size_t(failed.worker)];
        QCOMPARE(QString::fromStdString(dead.exitReason), cause);

        checkDoneTasks(r);
        // Everything the dying worker computed before task 10 reached the parent.
        int doneBefore = 0;
        for (int i = 0; i < 10; ++i)
            doneBefore += r.tasks[std::size_t(i)].state == TaskState::Done;
        if (workers == 1)
            QCOMPARE(doneBefore, 10);
        else
            QVERIFY2(doneBefore >= 8, qPrintable(QStringLiteral("%1 done").arg(doneBefore)));
        for (const WorkerRecord &w : r.workers)
            QVERIFY(w.exitNs >= 0 && !w.exitReason.empty());
    }

    void killedWorker_failsNamingWorkerAndSignal()
    {
        const auto wl = makeWorkload(KernelId::SpinMs, RepeatInputs{{40, 0}, 60}, false);
        pid_t victim = 0;
        Clock::time_point killedAt;
        const test::PoolRun out = test::runPool(wl, poolOptions(2), [&](RunRecorder &rec, std::stop_source &) {
            QVERIFY(waitFor(rec, [](const RunSnapshot &s) {
                return allWorkersReady(s, 2) && s.tasksFinished >= 3;
            }));
            SnapshotCursor c;
            victim = rec.snapshot(c).workers[1].pid;
            killedAt = Clock::now();
            kill(victim, SIGKILL);
        });
        const std::int64_t afterKill = msSince(killedAt);
        const RunResult &r = out.result;
        const QString error = QString::fromStdString(r.error);
        QCOMPARE(r.status, RunStatus::Failed);
        QVERIFY2(error.startsWith(QStringLiteral("worker 2 (pid %1) died: killed by signal 9 (SIGKILL) while running task ").arg(victim)),
                 qPrintable(error));
        QVERIFY2(afterKill < test::scaledMs(1000), qPrintable(QStringLiteral("%1 ms").arg(afterKill)));
        QVERIFY(r.failedTask >= 0 && r.tasks[std::size_t(r.failedTask)].state == TaskState::Failed);
        QCOMPARE(r.tasks[std::size_t(r.failedTask)].pid, victim);
        QVERIFY(r.tasksDone() >= 3);
        checkDoneTasks(r);
    }

    void cancelMidRun_returnsQuicklyKeepsResults_data()
    {
        QTest::addColumn<int>("workers");
        QTest::addColumn<int>("chunksize");
        QTest::addRow("2 workers") << 2 << 1;
        QTest::addRow("8 workers") << 8 << 1;
        QTest::addRow("2 workers, chunks of 5") << 2 << 5;
    }
    void cancelMidRun_returnsQuicklyKeepsResults()
    {
        QFETCH(int, workers);
        QFETCH(int, chunksize);
        const auto wl = makeWorkload(KernelId::SpinMs, RepeatInputs{{20, 0}, 500}, false);
        const test::PoolRun out = test::runPool(wl, poolOptions(workers, chunksize),
                                    [&](RunRecorder &rec, std::stop_source &stop) {
            QVERIFY(waitFor(rec, [](const RunSnapshot &s) { return s.tasksFinished >= 4; }));
            stop.request_stop();
        });
        const RunResult &r = out.result;
        QCOMPARE(r.status, RunStatus::Cancelled);   // it saw the stop, whatever the clock says
        QVERIFY(out.stopRequested);
        QVERIFY2(out.returnAfterStopMs < test::scaledMs(100),
                 qPrintable(QStringLiteral("returned %1 ms after the stop").arg(out.returnAfterStopMs)));
        QVERIFY(r.tasksDone() >= 4 && r.tasksDone() < wl->taskCount());
        checkDoneTasks(r);
        for (const WorkerRecord &w : r.workers)
            QVERIFY(w.exitNs >= 0);
    }

    void cancelWhileSpawning_leavesNothing()
    {
        const auto wl = makeWorkload(KernelId::SpinMs, RepeatInputs{{20, 0}, 100}, false);
        const test::PoolRun out = test::runPool(wl, poolOptions(16), [&](RunRecorder &, std::stop_source &stop) {
            stop.request_stop();
        });
        QCOMPARE(out.result.status, RunStatus::Cancelled);
        QVERIFY2(out.returnAfterStopMs < test::scaledMs(100), qPrintable(QString::number(out.returnAfterStopMs)));
    }

    void missingWorkerBinary_failsClearly_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addRow("missing") << QStringLiteral("missing");
        QTest::addRow("not executable") << QStringLiteral("plain file");
        QTest::addRow("a folder") << QStringLiteral("folder");
    }
    void missingWorkerBinary_failsClearly()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString path = dir.filePath(QStringLiteral("corescope-worker"));
        if (kind == QStringLiteral("plain file")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a program");
        } else if (kind == QStringLiteral("folder")) {
            path = dir.path();
        }
        RunOptions options = poolOptions(2);
        options.workerPath = path.toStdString();
        const auto wl = makeWorkload(KernelId::Double, RepeatInputs{{1, 0}, 10});
        const test::PoolRun out = test::runPool(wl, options);
        QCOMPARE(out.result.status, RunStatus::Failed);
        const QString error = QString::fromStdString(out.result.error);
        QVERIFY2(error.startsWith(QStringLiteral("worker executable not found: ") + path + QStringLiteral(" (")),
                 qPrintable(error));
        QVERIFY(out.runMs < test::scaledMs(500));
    }

    void worker_answersGarbageWithErrorAndExit2()
    {
        DirectWorker w;
        QVERIFY(w.pid > 0);
        w.send({0xDE, 0xAD, 0xBE, 0xEF, 0x42});
        const auto frames = w.readAll();
        QCOMPARE(frames.size(), std::size_t(2));
        QCOMPARE(frames[0].first, proto::MessageType::Hello);
        QCOMPARE(frames[1].first, proto::MessageType::Error);
        const std::string_view text = proto::decodeErrorText(frames[1].second);
        QVERIFY2(text.find("malformed") != std::string_view::npos, std::string(text).c_str());
        const int status = w.exitStatus();
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 2);
    }

    void worker_runsChunksAndExitsOnShutdownOrEof_data()
    {
        QTest::addColumn<bool>("shutdown");
        QTest::addRow("Shutdown") << true;
        QTest::addRow("end of stream") << false;
    }
    void worker_runsChunksAndExitsOnShutdownOrEof()
    {
        QFETCH(bool, shutdown);
        DirectWorker w;
        QVERIFY(w.pid > 0);
        std::vector<std::uint8_t> out;
        proto::Configure c;
        c.kernel = KernelId::Double;
        proto::appendConfigure(out, c);
        const std::vector<TaskInput> inputs{{1, 0}, {5, 0}, {9, 0}, {100, 0}};
        proto::appendChunk(out, 10, inputs, 1);
        proto::appendChunk(out, 14, std::span(inputs).first(1), 1);
        if (shutdown)
            proto::appendShutdown(out);
        w.send(out);
        if (!shutdown)
            ::shutdown(w.fd, SHUT_WR);
        const auto frames = w.readAll();
        QVERIFY(!frames.empty());
        QCOMPARE(frames[0].first, proto::MessageType::Hello);
        QCOMPARE(proto::decodeHello(frames[0].second).pid, std::uint32_t(w.pid));
        std::vector<proto::TaskResult> results;
        for (std::size_t i = 1; i < frames.size(); ++i) {
            QCOMPARE(frames[i].first, proto::MessageType::Results);
            const proto::ResultsView view(frames[i].second);
            for (std::uint32_t k = 0; k < view.count(); ++k)
                results.push_back(view.at(k));
        }
        QCOMPARE(results.size(), std::size_t(5));
        const std::uint64_t want[] = {2, 10, 18, 200, 2};
        for (std::size_t i = 0; i < 5; ++i) {
            QCOMPARE(results[i].index, std::uint32_t(10 + i));
            QCOMPARE(results[i].value, want[i]);
            QVERIFY(results[i].startNs <= results[i].endNs && results[i].cpuStart >= 0);
        }
        const int status = w.exitStatus();
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
    }

    // The English notebook's one Process per input: a fresh worker for every chunk, at most
    // `workers` alive at once, each one's start-up in the records.
    void processPerTask_oneProcessPerChunk_data()
    {
        QTest::addColumn<int>("tasks");
        QTest::addColumn<int>("chunksize");
        QTest::addColumn<int>("workers");
        QTest::addRow("10 tasks, chunk 1, 2 workers") << 10 << 1 << 2;
        QTest::addRow("10 tasks, chunk 3, 2 workers") << 10 << 3 << 2;
        QTest::addRow("7 tasks, chunk 1, 4 workers") << 7 << 1 << 4;
        QTest::addRow("3 tasks, chunk 1, 8 workers") << 3 << 1 << 8;
    }
    void processPerTask_oneProcessPerChunk()
    {
        QFETCH(int, tasks);
        QFETCH(int, chunksize);
        QFETCH(int, workers);
        const auto wl = makeWorkload(KernelId::SpinMs, RepeatInputs{{3, 0}, std::uint64_t(tasks)});
        RunOptions options = poolOptions(workers, chunksize, Ordering::OrderedStream);
        options.processPerTask = true;
        const test::PoolRun out = test::runPool(wl, options);
        const RunResult &r = out.result;
        QCOMPARE(QString::fromStdString(r.error), QString());
        QCOMPARE(r.status, RunStatus::Ok);
        QCOMPARE(r.tasksDone(), std::uint64_t(tasks));
        QCOMPARE(r.mismatches(), std::uint64_t(0));
        const int processes = (tasks + chunksize - 1) / chunksize;
        QCOMPARE(int(r.workers.size()), processes);
        std::set<std::int32_t> pids;
        for (int id = 0; id < processes; ++id) {
            const WorkerRecord &w = r.workers[std::size_t(id)];
            QCOMPARE(w.id, id);
            QVERIFY(w.pid > 0 && w.pid != getpid());
            pids.insert(w.pid);
            QVERIFY2(0 <= w.spawnNs && w.spawnNs < w.readyNs && w.readyNs <= w.exitNs && w.exitNs <= r.wallNs,
                     qPrintable(QStringLiteral("worker %1: spawn %2 ready %3 exit %4")
                                    .arg(id).arg(w.spawnNs).arg(w.readyNs).arg(w.exitNs)));
            QCOMPARE(QString::fromStdString(w.exitReason), QString());
            const int want = std::min(chunksize, tasks - id * chunksize);
            QCOMPARE(int(w.tasksDone), want);
            // Its tasks are its one chunk, run after it was ready.
            for (int k = 0; k < want; ++k) {
                const TaskRecord &t = r.tasks[std::size_t(id * chunksize + k)];
                QCOMPARE(int(t.worker), id);
                QCOMPARE(t.pid, w.pid);
                QVERIFY(t.startNs >= w.readyNs && t.endNs <= w.exitNs);
            }
            // At most `workers` alive at once.
            int alive = 0;
            for (const WorkerRecord &b : r.workers)
                alive += b.spawnNs <= w.spawnNs && w.spawnNs < b.exitNs;
            QVERIFY2(alive <= workers, qPrintable(QStringLiteral("%1 alive at once").arg(alive)));
        }
        QCOMPARE(int(pids.size()), processes);
    }

    // Tiny tasks, one process each: creation cost dominates, as the lesson says.
    void processPerTask_startUpDominatesTinyTasks()
    {
        const auto wl = makeWorkload(KernelId::Double, RepeatInputs{{21, 0}, 60});
        RunOptions options = poolOptions(2);
        options.processPerTask = true;
        const test::PoolRun out = test::runPool(wl, options);
        const RunResult &r = out.result;
        QCOMPARE(r.status, RunStatus::Ok);
        QCOMPARE(r.workers.size(), std::size_t(60));
        std::int64_t startup = 0;
        std::int64_t busy = 0;
        for (const WorkerRecord &w : r.workers) {
            startup += w.readyNs - w.spawnNs;
            busy += w.busyNs;
        }
        qInfo("process per task, 60 tiny tasks, 2 workers: start-up %.3f ms per process, task %.4f ms, "
              "wall %.1f ms",
              double(startup) / 60e6, double(busy) / 60e6, double(r.wallNs) / 1e6);
        QVERIFY2(startup > 10 * busy, qPrintable(QStringLiteral("start-up %1 ns, busy %2 ns").arg(startup).arg(busy)));
        // The pool pays start-up twice, not 60 times: it starts `workers` processes, and their
        // summed start-up is less than the 60 of a process per task. A count, and a comparison of
        // two sums measured on the same machine moments apart (30 start-ups against 1 each, so
        // the load would have to differ 30-fold between the two runs to break it).
        const test::PoolRun pooled = test::runPool(wl, poolOptions(2));
        QCOMPARE(pooled.result.status, RunStatus::Ok);
        QCOMPARE(pooled.result.tasksDone(), std::uint64_t(60));
        QCOMPARE(pooled.result.workers.size(), std::size_t(2));
        std::int64_t pooledStartup = 0;
        for (const WorkerRecord &w : pooled.result.workers)
            pooledStartup += w.readyNs - w.spawnNs;
        qInfo("the pool, same tasks: 2 processes, start-up %.3f ms in all, wall %.1f ms",
              double(pooledStartup) / 1e6, double(pooled.result.wallNs) / 1e6);
        QVERIFY2(startup > pooledStartup,
                 qPrintable(QStringLiteral("start-up: process per task %1 ns in all, pool %2 ns")
                                .arg(startup).arg(pooledStartup)));
    }

    void processPerTask_tooManyProcesses_isRefused()
    {
        const auto wl = makeWorkload(KernelId::Double, RepeatInputs{{1, 0}, 10'001}, false);
        RunOptions options = poolOptions(2);
        options.processPerTask = true;
        const test::PoolRun out = test::runPool(wl, options);
        QCOMPARE(out.result.status, RunStatus::Failed);
        QCOMPARE(QString::fromStdString(out.result.error),
                 QStringLiteral("a new process per task would start 10001 worker processes, more than 10000: "
                                "raise the chunksize to at least 2"));
        QVERIFY(out.result.workers.empty());
        QVERIFY(out.runMs < test::scaledMs(500));
        options.chunksize = 2;      // 5001 processes would be allowed; not run here
        QCOMPARE(QString::fromStdString(options.validate()), QString());
    }

    // Within one long chunk the worker reports at least every millisecond or so (the pool's
    // task timeout relies on it), not once at the end.
    void worker_reportsPromptlyWithinALongChunk()
    {
        DirectWorker w;
        QVERIFY(w.pid > 0);
        std::vector<std::uint8_t> out;
        proto::Configure c;
        c.kernel = KernelId::SpinMs;
        proto::appendConfigure(out, c);
        const std::vector<TaskInput> inputs(8, TaskInput{5, 0});
        proto::appendChunk(out, 0, inputs, 1);
        proto::appendShutdown(out);
        w.send(out);
        const auto frames = w.readAll();
        int resultFrames = 0;
        for (const auto &f : frames)
            resultFrames += f.first == proto::MessageType::Results;
        QVERIFY2(resultFrames >= 7, qPrintable(QStringLiteral("%1 Results frames for 8 tasks of 5 ms").arg(resultFrames)));
        QVERIFY(WIFEXITED(w.exitStatus()));
    }

    // The lesson on chunksize: tiny tasks sent one per frame pay a frame and a result record
    // each; in chunks of 1000 they cost less per task. Counted first: the pool sends what it
    // queues for a worker in one write, so tasks sharing (worker, dispatch time) went out
    // together; one by one a write carries at most kMaxWindow (256) frames of one task, so
    // there are at least 1/256 dispatches per task, against at most 1/1000 in chunks of 1000.
    // Then timed from the workers being ready (start-up is the same for both), each size twice,
    // and compared with each other (a ratio, so not scaled): measured 1.6-2.7x apart on the
    // loaded 2-core VM (0.40-0.69 against 0.19-0.25 us per task); the check only asks that
    // chunks of 1000 be no slower per task.
    void manyTinyTasks_biggerChunksCostLessPerTask()
    {
        const bool full = qEnvironmentVariableIsSet("CORESCOPE_PERF");
        struct Case {
            int tasks;
            int chunksize;
            double usPerTask = 0;
            std::size_t dispatches = 0;   // distinct (worker, dispatch time) pairs
        };
        Case cases[] = {{full ? 1'000'000 : 200'000, 1}, {1'000'000, 1000}};
        // Twice each, interleaved, keeping the faster: a burst of load during one run must not
        // decide the comparison.
        for (int round = 0; round < 2; ++round) {
            for (Case &c : cases) {
                const auto wl = makeWorkload(KernelId::Double, RepeatInputs{{21, 0}, std::uint64_t(c.tasks)}, false);
                const test::PoolRun out = test::runPool(wl, poolOptions(2, c.chunksize, Ordering::OrderedBatch));
                const RunResult &r = out.result;
                QCOMPARE(r.status, RunStatus::Ok);
                QCOMPARE(r.tasksDone(), std::uint64_t(c.tasks));
                QVERIFY(std::all_of(r.tasks.begin(), r.tasks.end(), [](const TaskRecord &t) { return t.result == 42; }));
                std::set<std::pair<int, std::int64_t>> dispatches;
                for (const TaskRecord &t : r.tasks)
                    dispatches.emplace(t.worker, t.enqueueNs);
                c.dispatches = dispatches.size();
                std::int64_t ready = 0;
                for (const WorkerRecord &w : r.workers)
                    ready = std::max(ready, w.readyNs - r.workers[0].spawnNs);
                const double usPerTask = double(r.wallNs - ready) / 1e3 / c.tasks;
                c.usPerTask = round == 0 ? usPerTask : std::min(c.usPerTask, usPerTask);
                qInfo("%d tasks, chunksize %d, 2 workers: %.3f us per task after start-up (wall %.1f ms), %zu dispatches; "
                      "spawn to both ready %.2f ms",
                      c.tasks, c.chunksize, usPerTask, double(r.wallNs) / 1e6, c.dispatches, double(ready) / 1e6);
            }
        }
        const Case &one = cases[0];
        const Case &thousand = cases[1];
        // Every chunk of 1000 went out whole (at most one dispatch per chunk), and per task far
        // fewer dispatches than one by one.
        QVERIFY2(thousand.dispatches <= std::size_t(thousand.tasks / thousand.chunksize),
                 qPrintable(QString::number(thousand.dispatches)));
        QVERIFY2(double(thousand.dispatches) / thousand.tasks < double(one.dispatches) / one.tasks,
                 qPrintable(QStringLiteral("%1 dispatches for %2 tasks in chunks of 1000, %3 for %4 one by one")
                                .arg(thousand.dispatches).arg(thousand.tasks).arg(one.dispatches).arg(one.tasks)));
        QVERIFY2(thousand.usPerTask < one.usPerTask,
                 qPrintable(QStringLiteral("%1 us per task in chunks of 1000, %2 us one by one")
                                .arg(thousand.usPerTask).arg(one.usPerTask)));
    }
};

QTEST_GUILESS_MAIN(TestProcessPool)
#include "tst_processpool.moc"
