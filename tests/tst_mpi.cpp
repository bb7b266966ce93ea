// MPI mode on this machine (localhost): Open MPI's real mpirun starts the ranks of
// corescope-mpi-worker; runs of 1-4 ranks are checked against known answers, a crashing and a
// killed rank fail the run naming rank, host and task with the results kept, Cancel leaves no
// process, mpirun refusing to start is an error, a bad --hosts is exit 2 naming the field.
// Registered only when the build has corescope-mpi-worker (tests/CMakeLists.txt).

#include "tests/childprocesses.h"
#include "tests/engineruns.h"
#include "tests/poolrun.h"
#include "tests/timing.h"
#include "core/analysis/diagnosis.h"
#include "core/engine/runjob.h"
#include "core/exec/mpiexecutor.h"
#include "core/exec/python/equivalent.h"
#include "core/trace/runrecorder.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <string>
#include <map>
#include <set>
#include <thread>

using namespace corescope;
using namespace std::chrono_literals;

namespace {

QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

RunOptions mpiOptions(int ranks)
{
    RunOptions o;
    o.mode = Mode::Mpi;
    o.workers = ranks;
    o.sampleHz = 0;
    return o;
}

// Waits until `n` tasks of the run have finished, or `within` (scaled) has passed.
bool tasksFinishedWithin(RunRecorder &rec, std::uint64_t n, std::chrono::seconds within)
{
    const auto deadline = std::chrono::steady_clock::now() + test::scaled(within);
    SnapshotCursor cursor;
    while (std::chrono::steady_clock::now() < deadline) {
        if (rec.snapshot(cursor).tasksFinished >= n)
            return true;
        std::this_thread::sleep_for(5ms);
    }
    return false;
}

// Debian's python3-mpi4py is installed for /usr/bin/python3 (scripts/install-deps.sh); a
// python3 earlier on PATH (pyenv, a venv) may lack it, which checkRunnable says.
constexpr const char kDebianPython[] = "/usr/bin/python3";

RunOptions pythonMpiOptions(int ranks)
{
    RunOptions o = mpiOptions(ranks);
    o.runtime = Runtime::Python;
    o.pythonPath = kDebianPython;
    return o;
}

std::shared_ptr<Workload> workload(KernelId kernel, InputSource inputs)
{
    auto wl = std::make_shared<Workload>();
    wl->name = "mpi";
    wl->kernel = kernel;
    wl->inputs = std::move(inputs);
    return wl;
}

// The crash kernel on `before` short tasks, then one that kills its rank (SIGSEGV), then
// `after` more: the dead task's index is `before`.
std::shared_ptr<Workload> crashAfter(int before, int after)
{
    ExplicitInputs inputs;
    for (int i = 0; i < before; ++i)
        inputs.values.push_back({3, 0});
    inputs.values.push_back({0, 0});
    for (int i = 0; i < after; ++i)
        inputs.values.push_back({3, 0});
    auto wl = workload(KernelId::Crash, inputs);
    wl->params.crashSignal = SIGSEGV;
    return wl;
}

// Every finished task has the known answer and a lane of an MPI rank with a host.
void checkTasks(const RunResult &r)
{
    const std::vector<std::uint64_t> known = test::knownAnswers(*r.workload);
    std::map<int, const WorkerRecord *> byId;
    for (const WorkerRecord &w : r.workers)
        byId[w.id] = &w;
    for (const TaskRecord &t : r.tasks) {
        if (t.state != TaskState::Done)
            continue;
        if (t.result != known[t.index])
            QFAIL(qPrintable(QStringLiteral("task %1: result %2, expected %3")
                                 .arg(t.index).arg(t.result).arg(known[t.index])));
        const auto w = byId.find(t.worker);
        QVERIFY2(w != byId.end(), qPrintable(QStringLiteral("task %1 on no worker").arg(t.index)));
        QVERIFY(w->second->rank >= 1);
        QCOMPARE(t.pid, w->second->pid);
        QVERIFY(t.startNs >= w->second->readyNs && t.endNs >= t.startNs);
    }
}

// A run of 4 ranks whose even ranks played "farhost", its clock `shiftNs` ahead: each host's
// offset is estimated within its reported uncertainty, that host's records are shifted back
// onto the run's clock, and the lanes come grouped by host.
void checkTwoHosts(const RunResult &r, std::int64_t shiftNs)
{
    QVERIFY2(r.status == RunStatus::Ok, r.error.c_str());
    QCOMPARE(int(r.workers.size()), 4);
    std::map<int, const WorkerRecord *> byId;
    for (const WorkerRecord &w : r.workers)
        byId[w.id] = &w;
    QVERIFY(byId.size() == 4 && byId.begin()->first == 0);
    const std::string here = byId.at(0)->host;
    QVERIFY(here != "farhost");
    const int ranks[] = {1, 3, 2, 4};             // ids follow the hosts: here, then farhost
    for (int i = 0; i < 4; ++i) {
        const WorkerRecord &w = *byId.at(i);
        QCOMPARE(w.rank, ranks[i]);
        const bool far = i >= 2;
        QCOMPARE(w.host, far ? std::string("farhost") : here);
        const std::int64_t truth = far ? shiftNs : 0;
        QVERIFY2(w.clockUncertaintyNs >= 0, qPrintable(QString::number(w.clockUncertaintyNs)));
        const std::int64_t error = w.clockOffsetNs - truth;
        qInfo("rank %d on %s: offset %+.3f ms (truth %+.3f ms) +- %.3f ms", w.rank,
              w.host.c_str(), w.clockOffsetNs / 1e6, truth / 1e6, w.clockUncertaintyNs / 1e6);
        QVERIFY2(error <= w.clockUncertaintyNs && -error <= w.clockUncertaintyNs,
                 qPrintable(QStringLiteral("rank %1: offset %2, truth %3, uncertainty %4")
                                .arg(w.rank).arg(w.clockOffsetNs).arg(truth).arg(w.clockUncertaintyNs)));
        QVERIFY2(w.readyNs > w.spawnNs && w.readyNs < r.wallNs,
                 qPrintable(QStringLiteral("ready %1, wall %2").arg(w.readyNs).arg(r.wallNs)));
    }
    // Shifted back: every task lies within the run (unshifted, far tasks would be 5 s late).
    for (const TaskRecord &t : r.tasks) {
        QVERIFY(t.state == TaskState::Done);
        QVERIFY2(t.startNs >= 0 && t.endNs <= r.wallNs,
                 qPrintable(QStringLiteral("task %1: %2..%3, wall %4")
                                .arg(t.index).arg(t.startNs).arg(t.endNs).arg(r.wallNs)));
    }
    checkTasks(r);
}

// Per-host CPU in a run of checkTwoHosts' shape: Corescope samples its machine, one rank of
// farhost samples that one (here the same cores); farhost's samples, shifted back onto the run's
// clock, lie within the run.
void checkHostSamples(const RunResult &r)
{
    int here = 0;
    int far = 0;
    for (const CpuSample &s : r.samples) {
        QVERIFY2(s.host.empty() || s.host == "farhost", s.host.c_str());
        QCOMPARE(int(s.cores.size()), r.machine.logicalCores);
        if (s.host.empty()) {
            ++here;
            continue;
        }
        ++far;
        QVERIFY2(s.tNs >= 0 && s.tNs <= r.wallNs + 100'000'000,
                 qPrintable(QStringLiteral("farhost sample at %1, wall %2").arg(s.tNs).arg(r.wallNs)));
        for (const float c : s.cores)
            QVERIFY(c >= 0.0f && c <= 1.0f);
    }
    qInfo("samples: %d of this machine, %d of farhost", here, far);
    QVERIFY(here >= 2 && far >= 2);
}

// No rank of the run is left: each pid is gone (or, reaped by nobody yet, a zombie).
bool ranksGone(const RunResult &r)
{
    for (const WorkerRecord &w : r.workers) {
        std::ifstream stat("/proc/" + std::to_string(w.pid) + "/stat");
        std::string line;
        if (!std::getline(stat, line))
            continue;
        if (line.find("corescope-mpi") == std::string::npos)
            continue;   // the pid was reused by something else
        const auto close = line.rfind(')');
        if (close != std::string::npos && line.size() > close + 2 && line[close + 2] == 'Z')
            continue;
        return false;
    }
    return true;
}

struct CliResult {
    int code = -1;
    QString out;
    QString err;
};

CliResult runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(CORESCOPE_BIN_DIR "/corescope"), args);
    p.waitForFinished(test::scaledMs(60000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestMpi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const std::string why = mpiAvailability({});
        QVERIFY2(why.empty(), why.c_str());
        // As Corescope is once it ran Python: a child subreaper (driverlaunch.cpp), so the ranks
        // mpirun leaves behind become ours, and every run must reap them itself
        // (childProcessCount() counts zombies too). Set here, it holds for the native runs too,
        // whichever runs first.
        QCOMPARE(prctl(PR_SET_CHILD_SUBREAPER, 1), 0);
    }

    void parseHosts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("parsed");   // "name:slots ..." or "error: ..."
        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("one") << QStringLiteral("node1") << QStringLiteral("node1:1");
        QTest::addRow("two") << QStringLiteral("a:2,b.lan:16") << QStringLiteral("a:2 b.lan:16");
        QTest::addRow("zero slots") << QStringLiteral("a:0")
                                    << QStringLiteral("error: entry 1 (\"a:0\"): slots must be a whole number from 1 to 1024");
        QTest::addRow("no name") << QStringLiteral("a:1,:2")
                                 << QStringLiteral("error: entry 2 (\":2\"): no host name");
        QTest::addRow("trailing comma") << QStringLiteral("a,")
                                        << QStringLiteral("error: entry 2 (\"\"): no host name");
        QTest::addRow("space") << QStringLiteral("a b")
                               << QStringLiteral("error: entry 1 (\"a b\"): a host name has letters, digits, '.', '-' and '_' only");
    }
    void parseHosts()
    {
        QFETCH(QString, text);
        QFETCH(QString, parsed);
        std::string error;
        const std::vector<MpiHost> hosts = parseMpiHosts(text.toStdString(), error);
        QString got;
        if (!error.empty()) {
            got = QStringLiteral("error: ") + QString::fromStdString(error);
            QVERIFY(hosts.empty());
        }
        for (const MpiHost &h : hosts)
            got += (got.isEmpty() ? QString() : QStringLiteral(" "))
                + QString::fromStdString(h.name) + QLatin1Char(':') + QString::number(h.slots);
        QCOMPARE(got, parsed);
        RunOptions o;
        o.mpiHosts = text.toStdString();
        QCOMPARE(QString::fromStdString(o.validate()).isEmpty(), error.empty());
    }

    // Ranks 1..N on this machine run every task; each rank's record names its rank and host,
    // with its start-up (spawn -> ready); lanes come in rank order on one host.
    void runsEveryTask_data()
    {
        QTest::addColumn<int>("ranks");
        QTest::addColumn<QString>("hosts");
        QTest::addRow("1 rank") << 1 << QString();
        QTest::addRow("2 ranks") << 2 << QString();
        QTest::addRow("4 ranks") << 4 << QString();
        QTest::addRow("2 ranks, --hosts localhost:3") << 2 << QStringLiteral("localhost:3");
    }
    void runsEveryTask()
    {
        QFETCH(int, ranks);
        QFETCH(QString, hosts);
        RunOptions o = mpiOptions(ranks);
        o.mpiHosts = hosts.toStdString();
        o.chunksize = 4;
        const auto wl = workload(KernelId::IsPrime, RangeInputs{1'000'000, 1'000'200, 1});
        QCOMPARE(text(checkRunnable(*wl, o)), QString());
        const RunResult r = test::runToEnd(wl, o, 60s);
        QVERIFY2(r.status == RunStatus::Ok, r.error.c_str());
        QCOMPARE(int(r.workers.size()), ranks);
        std::uint64_t done = 0;
        for (int i = 0; i < ranks; ++i) {
            const WorkerRecord &w = r.workers[std::size_t(i)];
            QCOMPARE(w.id, i);
            QCOMPARE(w.rank, i + 1);            // one host: ids in rank order
            QVERIFY(!w.host.empty());
            QCOMPARE(w.host, r.workers[0].host);
            QVERIFY(w.pid > 0 && w.pid != getpid());
            QVERIFY2(w.spawnNs >= 0 && w.readyNs > w.spawnNs && w.exitNs >= w.readyNs,
                     qPrintable(QStringLiteral("spawn %1 ready %2 exit %3")
                                    .arg(w.spawnNs).arg(w.readyNs).arg(w.exitNs)));
            QCOMPARE(text(w.exitReason), QString());
            done += w.tasksDone;
        }
        QCOMPARE(done, std::uint64_t(200));
        for (const TaskRecord &t : r.tasks)
            QVERIFY(t.state == TaskState::Done && t.handedBackNs >= t.endNs);
        checkTasks(r);
        // The diagnosis makes the message passing and the job's start visible.
        const std::vector<Finding> findings = diagnose(r);
        const auto mpi = std::find_if(findings.begin(), findings.end(), [](const Finding &f) {
            return f.text.starts_with("MPI message passing: the ranks spent ");
        });
        QVERIFY(mpi != findings.end());
        QVERIFY2(mpi->text.find(" to start (mpirun started until the last rank was ready)")
                     != std::string::npos, mpi->text.c_str());
        QVERIFY(mpi->value >= 0.0 && mpi->value <= 1.0);
        QTRY_COMPARE_WITH_TIMEOUT(test::childProcessCount(), 0, test::scaledMs(2000));
    }

    // A second "host" on this machine: the even ranks report the host "farhost" and a clock
    // 5 s ahead (test-only variables the worker honours). Each host's offset is estimated
    // within its reported uncertainty, that host's records are shifted back onto the run's
    // clock, and the lanes come grouped by host.
    void clockShift_estimatedWithinUncertainty()
    {
        constexpr std::int64_t kShiftNs = 5'000'000'000;
        qputenv("CORESCOPE_TEST_FAKE_HOST", "farhost");
        qputenv("CORESCOPE_TEST_CLOCK_SHIFT_NS", QByteArray::number(qint64(kShiftNs)));
        RunOptions o = mpiOptions(4);
        o.chunksize = 4;
        o.sampleHz = 50;
        // 20 ms tasks: long enough for a few samples of each machine at 50 Hz.
        const auto wl = workload(KernelId::SpinMs, RepeatInputs{{20, 0}, 60});
        const RunResult r = test::runToEnd(wl, o, 60s);
        qunsetenv("CORESCOPE_TEST_FAKE_HOST");
        qunsetenv("CORESCOPE_TEST_CLOCK_SHIFT_NS");
        checkTwoHosts(r, kShiftNs);
        if (QTest::currentTestFailed())
            return;
        checkHostSamples(r);
    }

    // The crash kernel really kills its rank: mpirun ends the job, the run fails naming the
    // rank, its host and the task, within 2 s of the crash; the tasks before it are kept.
    void crashingRank_failsNamingRankHostAndTask()
    {
        const auto wl = crashAfter(10, 5);   // task 10 kills its rank
        RunOptions o = mpiOptions(1);
        const RunResult r = test::runToEnd(wl, o, 60s);
        QCOMPARE(r.status, RunStatus::Failed);
        QCOMPARE(r.failedTask, std::int64_t(10));
        const WorkerRecord &w = r.workers.at(0);
        const QString error = text(r.error);
        QVERIFY2(error.startsWith(QStringLiteral("rank 1 on %1 (pid %2) died (exited on signal 11")
                                      .arg(text(w.host)).arg(w.pid)),
                 qPrintable(error));
        QVERIFY2(error.endsWith(QStringLiteral("while running task 10 (input 0)")), qPrintable(error));
        for (int i = 0; i < 10; ++i)
            QVERIFY(r.tasks[std::size_t(i)].ok());
        QCOMPARE(r.tasks[10].state, TaskState::Failed);
        checkTasks(r);
        const std::int64_t detectNs = r.wallNs - r.tasks[9].endNs;
        qInfo("crash seen and the job ended %.0f ms after the last good task", detectNs / 1e6);
        QVERIFY2(detectNs < test::scaledNs(2'000'000'000), qPrintable(QString::number(detectNs / 1e6)));
        QVERIFY2(test::childProcessCount() == 0, test::childProcessesText().c_str());
        QTRY_VERIFY_WITH_TIMEOUT(ranksGone(r), test::scaledMs(2000));   // being torn down
    }

    // A rank killed from outside (SIGKILL) while it works: the same failure, results kept.
    void killedRank_failsTheRunCleanly()
    {
        RunOptions o = mpiOptions(2);
        const auto wl = workload(KernelId::SpinMs, RepeatInputs{{20, 0}, 200});
        test::InBackground<RunJob> run(wl, o);
        RunRecorder &rec = run.job().recorder();
        pid_t victim = 0;
        int victimRank = -1;
        const auto deadline = std::chrono::steady_clock::now() + test::scaled(30s);
        SnapshotCursor cursor;   // only what is new each time
        while (std::chrono::steady_clock::now() < deadline) {
            const RunSnapshot s = rec.snapshot(cursor);
            if (s.tasksFinished >= 6 && s.workers.size() == 2) {
                victim = s.workers[1].pid;
                victimRank = s.workers[1].rank;
                break;
            }
            std::this_thread::sleep_for(5ms);
        }
        QVERIFY(victim > 0);
        QCOMPARE(::kill(victim, SIGKILL), 0);
        const auto killedAt = std::chrono::steady_clock::now();
        QVERIFY(run.waitFor(test::scaled(10s)));
        const auto endedMs = std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::steady_clock::now() - killedAt).count();
        const RunResult r = rec.result();
        QCOMPARE(r.status, RunStatus::Failed);
        const QString error = text(r.error);
        QVERIFY2(error.startsWith(QStringLiteral("rank %1 on ").arg(victimRank))
                     && error.contains(QStringLiteral("(pid %1) died (exited on signal 9").arg(victim))
                     && error.contains(QStringLiteral("while running task ")),
                 qPrintable(error));
        QVERIFY(r.failedTask >= 0);
        QCOMPARE(r.tasks[std::size_t(r.failedTask)].state, TaskState::Failed);
        int kept = 0;
        for (const TaskRecord &t : r.tasks)
            kept += t.ok() ? 1 : 0;
        QVERIFY(kept >= 6);
        checkTasks(r);
        qInfo("killed rank: run ended %lld ms after the kill", static_cast<long long>(endedMs));
        QVERIFY2(endedMs < test::scaledMs(2000), qPrintable(QString::number(endedMs)));
        QVERIFY2(test::childProcessCount() == 0, test::childProcessesText().c_str());
        QTRY_VERIFY_WITH_TIMEOUT(ranksGone(r), test::scaledMs(2000));   // being torn down
    }

    // Cancel ends mpirun and every rank: nothing of the job is left running.
    void cancel_leavesNoProcess()
    {
        RunOptions o = mpiOptions(3);
        const auto wl = workload(KernelId::SpinMs, RepeatInputs{{50, 0}, 300});
        test::InBackground<RunJob> run(wl, o);
        RunRecorder &rec = run.job().recorder();
        QVERIFY(tasksFinishedWithin(rec, 3, 30s));
        const auto cancelledAt = std::chrono::steady_clock::now();
        run.cancel();
        QVERIFY(run.waitFor(test::scaled(10s)));
        const auto endedMs = std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::steady_clock::now() - cancelledAt).count();
        const RunResult r = rec.result();
        QCOMPARE(r.status, RunStatus::Cancelled);
        QCOMPARE(int(r.workers.size()), 3);
        checkTasks(r);
        // The tasks the ranks were running are kept as cut short: one a rank at most, each on
        // a rank, from its start to the stop.
        std::set<int> cutOn;
        for (const TaskRecord &t : r.tasks) {
            if (t.state != TaskState::Cancelled)
                continue;
            QVERIFY2(t.worker >= 0 && t.startNs >= 0 && t.endNs >= t.startNs && t.endNs <= r.wallNs,
                     qPrintable(QStringLiteral("task %1 on %2: %3..%4").arg(t.index).arg(t.worker)
                                    .arg(t.startNs).arg(t.endNs)));
            QVERIFY(cutOn.insert(t.worker).second);
        }
        qInfo("cancel: %zu tasks cut short", cutOn.size());
        qInfo("cancel: run ended %lld ms after the request", static_cast<long long>(endedMs));
        QVERIFY2(test::childProcessCount() == 0, test::childProcessesText().c_str());
        QTRY_VERIFY_WITH_TIMEOUT(ranksGone(r), test::scaledMs(2000));
    }

    // mpirun that refuses to start (a hostfile it cannot read; an mpirun that only fails):
    // the run fails at once with mpirun's own words, nothing left behind.
    void mpirunRefusing_failsTheRun()
    {
        const auto wl = workload(KernelId::Double, RangeInputs{0, 10, 1});
        RunOptions o = mpiOptions(2);
        o.mpiHostfile = "/nonexistent/corescope-hostfile";
        RunResult r = test::runToEnd(wl, o, 30s);
        QCOMPARE(r.status, RunStatus::Failed);
        QVERIFY2(text(r.error).startsWith(QStringLiteral("mpirun could not start the ranks (exited with code ")),
                 r.error.c_str());
        QVERIFY2(text(r.error).contains(QStringLiteral("corescope-hostfile")), r.error.c_str());
        QVERIFY2(test::childProcessCount() == 0, test::childProcessesText().c_str());

        o.mpiHostfile.clear();
        o.mpirunPath = "/bin/false";
        r = test::runToEnd(wl, o, 30s);
        QCOMPARE(r.status, RunStatus::Failed);
        QCOMPARE(text(r.error), QStringLiteral("mpirun could not start the ranks (exited with code 1)"));
    }

    // The Python runtime over MPI ranks: mpi4py's MPIPoolExecutor under `mpirun python3 -m
    // mpi4py.futures`, every task traced with its rank, host and pid, results checked, each
    // result's hand-back after its task's end, both of MPIPoolExecutor's APIs.
    void pythonRanks_runEveryTask_data()
    {
        QTest::addColumn<int>("ranks");
        QTest::addColumn<int>("api");
        QTest::addColumn<int>("chunksize");
        QTest::addRow("1 rank, map") << 1 << int(PyApi::ExecutorMap) << 0;
        QTest::addRow("3 ranks, map, chunksize 4") << 3 << int(PyApi::ExecutorMap) << 4;
        QTest::addRow("2 ranks, submit + as_completed") << 2 << int(PyApi::SubmitAsCompleted) << 0;
    }
    void pythonRanks_runEveryTask()
    {
        QFETCH(int, ranks);
        QFETCH(int, api);
        QFETCH(int, chunksize);
        RunOptions o = pythonMpiOptions(ranks);
        o.api = PyApi(api);
        o.chunksize = chunksize;
        const auto wl = workload(KernelId::IsPrime, RangeInputs{1'000'000, 1'000'060, 1});
        QCOMPARE(text(checkRunnable(*wl, o)), QString());
        const RunResult r = test::runToEnd(wl, o, 120s);
        QVERIFY2(r.status == RunStatus::Ok, r.error.c_str());
        QCOMPARE(int(r.workers.size()), ranks);
        QVERIFY(r.python.has_value());
        QCOMPARE(r.python->interpreter, std::string(kDebianPython));
        QCOMPARE(r.python->chunksize, std::max(1, chunksize));
        std::uint64_t done = 0;
        for (const WorkerRecord &w : r.workers) {
            QVERIFY(w.rank >= 1 && w.rank <= ranks);
            QCOMPARE(w.host, r.workers[0].host);
            QVERIFY(w.pid > 0 && w.pid != getpid());
            QVERIFY2(w.clockUncertaintyNs >= 0, qPrintable(QString::number(w.clockUncertaintyNs)));
            QVERIFY2(w.readyNs >= w.spawnNs && w.exitNs >= w.readyNs,
                     qPrintable(QStringLiteral("spawn %1 ready %2 exit %3")
                                    .arg(w.spawnNs).arg(w.readyNs).arg(w.exitNs)));
            done += w.tasksDone;
        }
        QCOMPARE(done, std::uint64_t(60));
        for (const TaskRecord &t : r.tasks)
            QVERIFY2(t.state == TaskState::Done && t.handedBackNs >= t.endNs,
                     qPrintable(QStringLiteral("task %1: end %2, handed back %3")
                                    .arg(t.index).arg(t.endNs).arg(t.handedBackNs)));
        checkTasks(r);
        QTRY_COMPARE_WITH_TIMEOUT(test::childProcessCount(), 0, test::scaledMs(2000));
    }

    // The second "host" of clockShift_estimatedWithinUncertainty, for Python's ranks: the even
    // worker ranks say "farhost" and stamp 5 s ahead (corescope_trace.py honours the same
    // test-only variables); Corescope's round trips through rank 0 estimate the shift within
    // the uncertainty they report, the records are shifted back, and lanes are grouped by host.
    void pythonRanks_clockShiftEstimatedWithinUncertainty()
    {
        constexpr std::int64_t kShiftNs = 5'000'000'000;
        qputenv("CORESCOPE_TEST_FAKE_HOST", "farhost");
        qputenv("CORESCOPE_TEST_CLOCK_SHIFT_NS", QByteArray::number(qint64(kShiftNs)));
        // 20 ms tasks: long enough for a few samples of each machine at 50 Hz.
        const auto wl = workload(KernelId::SpinMs, RepeatInputs{{20, 0}, 60});
        RunOptions o = pythonMpiOptions(4);
        o.sampleHz = 50;
        const RunResult r = test::runToEnd(wl, o, 120s);
        qunsetenv("CORESCOPE_TEST_FAKE_HOST");
        qunsetenv("CORESCOPE_TEST_CLOCK_SHIFT_NS");
        checkTwoHosts(r, kShiftNs);
        if (QTest::currentTestFailed())
            return;
        checkHostSamples(r);
    }

    // The round trips after the last task: "farhost"'s clock runs 5 % fast from its ranks'
    // start (a test-only variable both runtimes' ranks honour), so by the end it has moved by
    // 5 % of the time between the two sets of round trips. The offset applied stays the
    // start's; the reported uncertainty must widen to cover how far the clock moved. Without
    // the end's round trips it would stay half a start round trip (well under a millisecond).
    void clockDrift_widensTheUncertainty_data()
    {
        QTest::addColumn<bool>("python");
        QTest::addRow("native ranks") << false;
        QTest::addRow("Python ranks") << true;
    }
    void clockDrift_widensTheUncertainty()
    {
        QFETCH(bool, python);
        constexpr double kDrift = 0.05;
        qputenv("CORESCOPE_TEST_FAKE_HOST", "farhost");
        qputenv("CORESCOPE_TEST_CLOCK_DRIFT", QByteArray::number(kDrift));
        const auto wl = workload(KernelId::SpinMs, RepeatInputs{{20, 0}, 40});
        const RunResult r = test::runToEnd(wl, python ? pythonMpiOptions(2) : mpiOptions(2), 120s);
        qunsetenv("CORESCOPE_TEST_FAKE_HOST");
        qunsetenv("CORESCOPE_TEST_CLOCK_DRIFT");
        QVERIFY2(r.status == RunStatus::Ok, r.error.c_str());
        checkTasks(r);
        const auto far = std::find_if(r.workers.begin(), r.workers.end(),
                                      [](const WorkerRecord &w) { return w.host == "farhost"; });
        QVERIFY(far != r.workers.end());
        std::int64_t lastEnd = -1;
        for (const TaskRecord &t : r.tasks)
            if (t.worker == far->id)
                lastEnd = std::max(lastEnd, t.endNs);
        QVERIFY(lastEnd > far->readyNs && far->readyNs >= 0);
        // Its clock moved at least kDrift x (ready .. last task end) between the two sets of
        // round trips, give or take the milliseconds between its ready and its first round
        // trips (the recorded span is its own clock's, 5 % long). Each estimate is off by at
        // most half its round trip, so the reported max(start's half round trip, moved as
        // estimated + the end's half) is at least half of what truly moved, even on a loaded
        // machine; quiet, it is within a few percent of it. Without the end's round trips it
        // would be about 0.1 ms.
        const double moved = kDrift * double(lastEnd - far->readyNs) / (1.0 + kDrift);
        qInfo("farhost: uncertainty %.2f ms, moved >= %.2f ms", far->clockUncertaintyNs / 1e6,
              moved / 1e6);
        QVERIFY2(double(far->clockUncertaintyNs) >= 0.5 * moved,
                 qPrintable(QStringLiteral("uncertainty %1 ns, the clock moved >= %2 ns")
                                .arg(far->clockUncertaintyNs).arg(moved)));
    }

    // A Python rank killed by its task (os.kill SIGSEGV, as a C extension's fault would): mpirun
    // ends the job, the run fails naming the rank, its host, pid and the task; results kept.
    void pythonRanks_crashFailsNamingRankHostAndTask()
    {
        const auto wl = crashAfter(6, 3);    // task 6 kills its rank
        const RunResult r = test::runToEnd(wl, pythonMpiOptions(1), 120s);
        QCOMPARE(r.status, RunStatus::Failed);
        QCOMPARE(r.failedTask, std::int64_t(6));
        const WorkerRecord &w = r.workers.at(0);
        QVERIFY2(text(r.error) == QStringLiteral("task 6 (input 0) failed: rank 1 on %1 (pid %2) died "
                                                 "(exited on signal 11 (Segmentation fault))")
                                      .arg(text(w.host)).arg(w.pid),
                 qPrintable(text(r.error)));
        for (int i = 0; i < 6; ++i)
            QVERIFY(r.tasks[std::size_t(i)].ok());
        QCOMPARE(r.tasks[6].state, TaskState::Failed);
        checkTasks(r);
        QTRY_COMPARE_WITH_TIMEOUT(test::childProcessCount(), 0, test::scaledMs(2000));
    }

    // Cancel ends mpirun and every Python rank: nothing of the job is left.
    void pythonRanks_cancelLeavesNoProcess()
    {
        const auto wl = workload(KernelId::SpinMs, RepeatInputs{{50, 0}, 300});
        test::InBackground<RunJob> run(wl, pythonMpiOptions(2));
        RunRecorder &rec = run.job().recorder();
        QVERIFY(tasksFinishedWithin(rec, 3, 60s));
        run.cancel();
        QVERIFY(run.waitFor(test::scaled(10s)));
        const RunResult r = rec.result();
        QCOMPARE(r.status, RunStatus::Cancelled);
        checkTasks(r);
        QVERIFY2(test::childProcessCount() == 0, test::childProcessesText().c_str());
        for (const WorkerRecord &w : r.workers)
            QTRY_VERIFY_WITH_TIMEOUT(::kill(w.pid, 0) != 0, test::scaledMs(2000));
    }

    // The Python Equivalent of an MPI run is mpi4py's MPIPoolExecutor, with the command that runs
    // it; run that way, it prints the workload's results.
    void pythonRanks_equivalentRunsUnderMpirun()
    {
        const auto doubler = test::shippedWorkload("doubler");
        const RunOptions o = pythonMpiOptions(2);
        const std::string code = pythonEquivalent(*doubler, o, shippedKernelsSource());
        const std::string run = "# Run it as: mpirun -np 3 python3 -m mpi4py.futures this_file.py";
        QVERIFY2(code.find(run) != std::string::npos, code.c_str());
        QVERIFY2(code.find("with MPIPoolExecutor(max_workers=2) as ex:") != std::string::npos, code.c_str());
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("equivalent.py"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray::fromStdString(code));
        }
        QStringList args = {QStringLiteral("-np"), QStringLiteral("3")};
        for (const std::string &a : mpirunOptions(o, 0))
            args.insert(args.size() - 2, QString::fromStdString(a));
        args << QLatin1String(kDebianPython) << QStringLiteral("-m") << QStringLiteral("mpi4py.futures") << file;
        QProcess mpirun;
        mpirun.start(QString::fromStdString(resolveMpirun({})), args);
        QVERIFY(mpirun.waitForFinished(test::scaledMs(60'000)));
        const QString out = QString::fromUtf8(mpirun.readAllStandardOutput());
        QVERIFY2(mpirun.exitCode() == 0, qPrintable(out + QString::fromUtf8(mpirun.readAllStandardError())));
        QString expected = QStringLiteral("[");
        for (std::size_t i = 0; i < doubler->expected->size(); ++i)
            expected += (i ? QStringLiteral(", ") : QString()) + QString::number((*doubler->expected)[i]);
        QCOMPARE(out.trimmed(), expected + QLatin1Char(']'));
    }

    // What the Python runtime's MPI ranks cannot do is refused before anything starts, in words
    // that say what to do: an API that MPIPoolExecutor lacks, an interpreter without mpi4py.
    void pythonRanks_refusals()
    {
        const auto wl = workload(KernelId::IsPrime, RangeInputs{1, 10, 1});
        RunOptions o = pythonMpiOptions(2);
        o.api = PyApi::PoolImap;
        QCOMPARE(text(checkRunnable(*wl, o)),
                 QStringLiteral("Python's MPI ranks run through mpi4py's MPIPoolExecutor, which has "
                                "executor.map and submit.as_completed but not pool.imap: choose one "
                                "of those two APIs"));
        // The same interpreter without its site packages (-S): no mpi4py.
        QTemporaryDir dir;
        const QString bare = dir.filePath(QStringLiteral("python3-bare"));
        {
            QFile f(bare);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("#!/bin/sh\nexec /usr/bin/python3 -S \"$@\"\n");
        }
        QVERIFY(QFile::setPermissions(bare, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        o.api = PyApi::ExecutorMap;
        o.pythonPath = bare.toStdString();
        const QString why = text(checkRunnable(*wl, o));
        QVERIFY2(why.startsWith(QStringLiteral("Python's MPI ranks need mpi4py, which the interpreter %1 (Python 3.")
                                    .arg(bare))
                     && why.contains(QStringLiteral("apt-get install python3-mpi4py")),
                 qPrintable(why));
    }

    // The command line: a run over MPI ranks, and a bad --hosts is exit 2 naming the field.
    void commandLine()
    {
        CliResult c = runCli({QStringLiteral("run"), QStringLiteral("primes50"), QStringLiteral("--mode"),
                              QStringLiteral("mpi"), QStringLiteral("-j"), QStringLiteral("2"),
                              QStringLiteral("--sample-hz"), QStringLiteral("0")});
        QVERIFY2(c.code == 0, qPrintable(c.out + c.err));
        QVERIFY2(c.out.contains(QStringLiteral("native MPI ranks")), qPrintable(c.out));
        QVERIFY2(c.out.contains(QStringLiteral("rank 2 on ")), qPrintable(c.out));

        // A sweep over ranks beyond this host's cores: the prediction beside the measurement.
        const int cores = std::max(2, int(std::thread::hardware_concurrency()));
        const int beyond = cores + 1;
        c = runCli({QStringLiteral("sweep"), QStringLiteral("primes6"), QStringLiteral("--modes"),
                    QStringLiteral("serial,mpi"), QStringLiteral("--workers"),
                    QStringLiteral("1,%1,%2").arg(cores).arg(beyond), QStringLiteral("--repeat"),
                    QStringLiteral("1"), QStringLiteral("--no-warm-up")});
        QVERIFY2(c.code == 0, qPrintable(c.out + c.err));
        QVERIFY2(c.out.contains(QStringLiteral("native MPI ranks beyond one host's")), qPrintable(c.out));
        QVERIFY2(c.out.contains(QRegularExpression(QStringLiteral("predicted [0-9.]+x at %1, measured [0-9.]+x")
                                                       .arg(beyond))),
                 qPrintable(c.out));

        c = runCli({QStringLiteral("run"), QStringLiteral("primes50"), QStringLiteral("--mode"),
                    QStringLiteral("mpi"), QStringLiteral("--hosts"), QStringLiteral("a:2,b:zero")});
        QCOMPARE(c.code, 2);
        QVERIFY2(c.err.contains(QStringLiteral("--hosts: ")) && c.err.contains(QStringLiteral("entry 2 (\"b:zero\")")),
                 qPrintable(c.err));

        c = runCli({QStringLiteral("run"), QStringLiteral("primes50"), QStringLiteral("--hosts"),
                    QStringLiteral("localhost:2")});
        QCOMPARE(c.code, 2);
        QVERIFY2(c.err.contains(QStringLiteral("--hosts: an MPI mode option")), qPrintable(c.err));
    }
};

QTEST_GUILESS_MAIN(TestMpi)
#include "tst_mpi.moc"
