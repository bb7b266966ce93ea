// What each lesson's text claims, checked on a real run of the lesson's own workload and options
// through the engine (no GUI): a lesson that says "processes nearly halve the time" or "imap
// holds results behind the slowest head" is only as good as the run that shows it.
//
// Speedups are ratios of two wall times measured back to back on this machine, so they are not
// scaled by the suite's time factor; their margins are chosen to hold on a loaded 2-core
// machine (CTest runs this suite alone: RUN_SERIAL). A speedup claim gets up to kAttempts
// attempts, each a fresh serial run and a fresh lesson run, and holds when one attempt shows it:
// the lesson promises what a class can see, and a moment of load elsewhere does not refute it.
// Every attempt is printed. With fewer than 2 cores the speedup checks are skipped, saying so;
// so are they when every attempt failed while the test had fewer cores to itself than the claim
// needs (FreeCores: other processes' load from /proc/stat, and what plain threads could use at
// once around the attempt): a 1.6x speedup cannot show on a machine that lends the test 1.3
// cores, and the message says how many it lent. On a quiet machine nothing is skipped.
#include "tests/engineruns.h"
#include "core/analysis/diagnosis.h"
#include "core/analysis/handback.h"
#include "core/exec/pythonexecutor.h"
#include "core/lessons/lesson.h"
#include "core/sample/cpusampler.h"
#include "core/util/buildslowdown.h"
#include "core/io/reportreader.h"
#include "core/io/reportwriter.h"

#include <QProcess>
#include <QTest>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <functional>
#include <limits>
#include <sstream>
#include <thread>
#include <map>
#include <numeric>
#include <set>

using namespace corescope;
using namespace std::chrono_literals;

namespace {

constexpr int kAttempts = 3;

using test::runToEnd;

using test::shippedWorkload;

const Lesson &lesson(std::string_view id)
{
    const Lesson *l = lessonById(id);
    if (!l)
        qFatal("no lesson %s", std::string(id).c_str());
    return *l;
}

int cores();

// The lesson's options on this machine (its worker count resolved).
RunOptions optionsOf(const Lesson &l)
{
    return lessonOptions(l, cores());
}

RunResult runLesson(const Lesson &l)
{
    return runToEnd(shippedWorkload(l.workload), optionsOf(l));
}

RunOptions serialOf(RunOptions options)
{
    options.mode = Mode::Serial;
    options.workers = 1;
    options.gil = false;
    return options;
}

double ms(std::int64_t ns)
{
    return double(ns) / 1e6;
}

int cores()
{
    return logicalCoreCount();
}

// How many cores this process can use at once right now, measured with plain threads rather
// than the engine: the same spin on one thread, then on every core's thread at once. A virtual
// machine whose host takes a core away without counting it as steal shows here as about 1 core
// (seen on CI: two worker processes at 0.97x-1.01x of serial three times in a row while
// /proc/stat showed the second core idle).
double parallelCores()
{
    const int n = cores();
    const auto spin = [](std::uint64_t iterations) {
        volatile std::uint64_t x = 0;
        for (std::uint64_t i = 0; i < iterations; ++i)
            x = x + i;
    };
    const auto seconds = [&](int threads, std::uint64_t iterations) {
        const auto start = std::chrono::steady_clock::now();
        std::vector<std::thread> running;
        for (int t = 0; t < threads; ++t)
            running.emplace_back(spin, iterations);
        for (std::thread &t : running)
            t.join();
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    };
    const std::uint64_t probe = 1'000'000;
    const double probeS = std::max(1e-6, seconds(1, probe));
    const auto iterations = std::uint64_t(double(probe) * 0.04 / probeS);   // about 40 ms alone
    const double alone = std::min(seconds(1, iterations), seconds(1, iterations));
    // A host that slows the cores without taking one away (no steal counted either; seen on
    // this VM: a serial Python loop at 2x its usual time for seconds, while two threads slowed
    // 1.3x) shows as a spin slower than the fastest this process has seen: the cores count at
    // the speed they had.
    // A clock that varies a little (turbo, another process's caches) is not such a host: only a
    // spin more than kSlowedBy slower than the fastest counts.
    constexpr double kSlowedBy = 0.8;
    static double fastestPerIteration = std::numeric_limits<double>::max();
    const double perIteration = alone / double(std::max<std::uint64_t>(iterations, 1));
    fastestPerIteration = std::min(fastestPerIteration, perIteration);
    const double relative = fastestPerIteration / perIteration;
    const double speed = relative < kSlowedBy ? relative : 1.0;
    return speed * std::min(double(n), double(n) * alone / seconds(n, iterations));
}

// How many cores a measurement had to itself, at most: the machine's cores less what other
// processes took meanwhile (from /proc/stat, less this process's and its reaped children's CPU
// time, the worker processes), and no more than plain threads could use at once just before and
// just after it.
class FreeCores {
public:
    FreeCores() : m_start(read()), m_parallelBefore(parallelCores()) {}
    double count() const
    {
        const Reading end = read();
        const double wall = end.wallS - m_start.wallS;
        double others = 0;
        if (wall > 0 && end.machineBusyS >= 0 && m_start.machineBusyS >= 0)
            others = std::max(0.0, ((end.machineBusyS - m_start.machineBusyS)
                                    - (end.ownS - m_start.ownS)) / wall);
        return std::min({double(logicalCoreCount()) - others, m_parallelBefore, parallelCores()});
    }

private:
    struct Reading {
        double wallS = 0;
        double machineBusyS = -1;
        double ownS = 0;
    };
    static Reading read()
    {
        Reading r;
        r.wallS = std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
                      .count();
        std::ifstream stat("/proc/stat");
        std::string line;
        if (std::getline(stat, line) && line.rfind("cpu ", 0) == 0) {
            std::istringstream in(line.substr(4));
            // user nice system idle iowait irq softirq steal
            std::uint64_t v[8] = {};
            for (auto &x : v)
                in >> x;
            const double tick = double(sysconf(_SC_CLK_TCK));
            r.machineBusyS = double(v[0] + v[1] + v[2] + v[5] + v[6] + v[7]) / tick;
        }
        for (const int who : {RUSAGE_SELF, RUSAGE_CHILDREN}) {
            rusage u{};
            getrusage(who, &u);
            r.ownS += double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
                + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
        }
        return r;
    }
    Reading m_start;
    double m_parallelBefore;
};

struct Attempts {
    std::vector<double> values;
    double freeCores = 0;   // the most cores any attempt had to itself (FreeCores)
};

// Serial wall time over the lesson's wall time, for up to kAttempts attempts; returns every
// speedup measured, stopping at the first that `holds`.
Attempts speedups(const Lesson &l, const std::function<bool(double)> &holds)
{
    const auto workload = shippedWorkload(l.workload);
    Attempts seen;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        const FreeCores free;
        const RunResult serial = runToEnd(workload, serialOf(optionsOf(l)));
        const RunResult run = runLesson(l);
        if (serial.status != RunStatus::Ok || run.status != RunStatus::Ok)
            qFatal("%s: a run failed: %s %s", std::string(l.id).c_str(), serial.error.c_str(),
                   run.error.c_str());
        const double s = double(serial.wallNs) / double(run.wallNs);
        const double freeCores = free.count();
        qInfo("%s, attempt %d: serial %.0f ms, lesson run %.0f ms, speedup %.2fx (the test had "
              "%.2f cores to itself)",
              std::string(l.id).c_str(), attempt + 1, ms(serial.wallNs), ms(run.wallNs), s,
              freeCores);
        seen.values.push_back(s);
        seen.freeCores = std::max(seen.freeCores, freeCores);
        if (holds(s))
            break;
    }
    return seen;
}

// When a claim did not show in any attempt and no attempt had `needed` cores to itself, the
// machine could not have shown it: skip, saying how few cores it lent.
#define SKIP_IF_TOO_FEW_FREE_CORES(shown, freeCores, needed)                                       \
    do {                                                                                           \
        if (!(shown) && (freeCores) < (needed))                                                    \
            QSKIP(qPrintable(QStringLiteral("the machine was busy: no attempt had more than %1 "   \
                                            "of its %2 cores to itself, and the claim needs %3")  \
                                 .arg(freeCores, 0, 'f', 2)                                        \
                                 .arg(cores())                                                     \
                                 .arg(needed)));                                                   \
    } while (false)

QByteArray describe(const std::vector<double> &values)
{
    QByteArray text;
    for (const double v : values)
        text += QByteArray::number(v, 'f', 2) + "x ";
    return text;
}

// Each worker's last task end, latest first.
std::vector<std::int64_t> lastEndPerWorker(const RunResult &r)
{
    std::map<int, std::int64_t> last;
    for (const TaskRecord &t : r.tasks)
        last[t.worker] = std::max(last[t.worker], t.endNs);
    std::vector<std::int64_t> ends;
    for (const auto &[worker, end] : last)
        ends.push_back(end);
    std::sort(ends.rbegin(), ends.rend());
    return ends;
}

// How long two or more tasks ran at the same moment (each worker runs one task at a time, so
// this is the time two workers worked at once).
std::int64_t concurrentNs(const RunResult &r)
{
    std::vector<std::pair<std::int64_t, int>> edges;
    for (const TaskRecord &t : r.tasks) {
        if (t.startNs >= 0 && t.endNs > t.startNs) {
            edges.emplace_back(t.startNs, +1);
            edges.emplace_back(t.endNs, -1);
        }
    }
    std::sort(edges.begin(), edges.end());   // at one instant, an end (-1) before a start
    std::int64_t together = 0;
    int running = 0;
    for (std::size_t i = 0; i < edges.size(); ++i) {
        running += edges[i].second;
        if (running >= 2 && i + 1 < edges.size())
            together += edges[i + 1].first - edges[i].first;
    }
    return together;
}

// The tasks' time waiting (the emulated GIL's wait natively, the time off the CPU in Python)
// and their whole time.
std::pair<std::int64_t, std::int64_t> waitedAndBusy(const RunResult &r)
{
    std::int64_t waited = 0, busy = 0;
    for (const TaskRecord &t : r.tasks) {
        waited += t.gilWaitNs;
        busy += t.durationNs();
    }
    return {waited, busy};
}

double meanTaskMs(const RunResult &r)
{
    std::int64_t sum = 0;
    for (const TaskRecord &t : r.tasks)
        sum += t.durationNs();
    return ms(sum) / double(std::max<std::size_t>(1, r.tasks.size()));
}

// Task time over updates: what one shared_counter update cost in a run, waits included.
double usPerUpdate(const RunResult &r)
{
    std::int64_t ns = 0;
    std::uint64_t updates = 0;
    for (const TaskRecord &t : r.tasks)
        if (t.state == TaskState::Done) {
            ns += t.durationNs();
            updates += r.workload->input(t.index).a;
        }
    return updates > 0 ? double(ns) / 1e3 / double(updates) : 0.0;
}

// What a shared_counter workload's tasks add up to: the right total.
std::uint64_t rightTotal(const Workload &w)
{
    std::uint64_t total = 0;
    for (std::uint64_t i = 0; i < w.taskCount(); ++i)
        total += w.input(i).a;
    return total;
}

// The shared_counter total a run's caller saw (a failed check stops the test first).
std::uint64_t sharedTotal(const RunResult &r)
{
    if (r.status != RunStatus::Ok || !r.sharedTotal)
        qFatal("%s: the run failed or kept no total: %s", r.workload->name.c_str(),
               r.error.c_str());
    return *r.sharedTotal;
}

// Whether the interpreter `python` says its GIL is compiled out (a free-threaded build,
// CPython 3.13t and later). Asked of the interpreter itself: its version string does not say.
bool freeThreaded(const std::string &python)
{
    QProcess p;
    p.start(QString::fromStdString(python),
            {QStringLiteral("-c"), QStringLiteral("import sysconfig; "
                                                  "print(int(bool(sysconfig.get_config_var("
                                                  "'Py_GIL_DISABLED'))))")});
    if (!p.waitForFinished(test::scaledMs(30'000)))
        qFatal("%s did not answer", python.c_str());
    return p.readAllStandardOutput().trimmed() == "1";
}

} // namespace

class TestLessonOutcomes final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void processesScale_oneProcessPerCoreNearlyDividesTheTime();
    void primesTutorial_processesBeatThePlainLoop();
    void gilIo_pythonThreadsOverlapTheirWaits();
    void startupCost_startingWorkersOutweighsTheTasks();
    void gilCpu_twoPythonThreadsTakeAboutTheSerialTime();
    void gilProcesses_twoPythonProcessesBeatTwoThreads();
    void notebookSpawn_workersCannotFindTheFunction();
    void gilEmulated_twoThreadsTakeAboutTheSerialTime();
    void sumTutorial_poolBeatsThePlainLoop();
    void oversubscribe_moreWorkersThanCoresDoesNotHelp();
    void chunksize_largeChunksTakeAFractionOfTheTime();
    void orderStream_handsBackInOrderBehindTheHead();
    void orderBatch_handsBackAllAtOnceAtTheEnd();
    void orderCompleted_handsBackAsTasksFinish();
    void apiPicker_eachPythonApiHandsBackItsOwnWay();
    void resultSize_processesCopyBigResultsBackThreadsDoNot();
    void resultMemory_poolMapHoldsEveryResultImapHandsThemOver();
    void sharedRace_threadsWithoutALockLoseUpdates();
    void sharedRacePython_pythonThreadsUnderTheGil();
    void sharedProcesses_processesShareNoMemory();
    void sharedMemoryRace_valueWithoutItsLockComesOutShort();
    void sharedMemoryRace_nativeProcessesComeOutShortToo();
    void sharedMemoryLocked_getLockIsRightAndSlower();
    void sharedManager_rightWithRoundTripsPerUpdate();
    void brokenPool_failsNamingTheTaskAndKeepsResults();
    void brokenPoolPython_poolWaitsTheExecutorRaises();
    void uneven_longTailLeavesAWorkerIdle();
    void unevenPoolmap_defaultChunkPacksTheLongTasksIntoOneTail();
    void memoryBound_twoWorkersFarFromTwiceAsFast();
    void everyLessonIsChecked();
};

void TestLessonOutcomes::initTestCase()
{
    qInfo("machine: %d logical cores, time factor %.1f", cores(), test::timeFactor());
    // The Python runtime's lessons need an interpreter: without one the suite fails, as
    // tst_pythonruntime does, rather than pass having checked less.
    const PythonProbe probe = probePython({});
    QVERIFY2(probe.error.empty(), probe.error.c_str());
    qInfo("%s, Python %s", probe.interpreter.c_str(), probe.version.c_str());
}

void TestLessonOutcomes::processesScale_oneProcessPerCoreNearlyDividesTheTime()
{
    // "on a process pool with one worker per core: every core fills up, ... the speedup
    // against the serial run approaches the number of cores". Checked as at least 1.6x: the
    // 50 tasks of unequal length leave a tail that a machine with many cores would see in its
    // speedup, and this 2-core VM cannot show more than 2 anyway.
    const Lesson &l = lesson("processes-scale");
    QCOMPARE(l.options.mode, Mode::Processes);
    QCOMPARE(l.options.runtime, Runtime::Native);
    QCOMPARE(optionsOf(l).workers, cores());
    if (cores() < 2)
        QSKIP("fewer than 2 cores: two processes cannot run at once here");
    const auto seen = speedups(l, [](double s) { return s >= 1.6; });
    SKIP_IF_TOO_FEW_FREE_CORES(seen.values.back() >= 1.6, seen.freeCores, 1.6);
    QVERIFY2(seen.values.back() >= 1.6, describe(seen.values).constData());
}

void TestLessonOutcomes::primesTutorial_processesBeatThePlainLoop()
{
    // "is_prime over its six numbers through ProcessPoolExecutor().map, one worker process per
    // core ... the ratio is what carries over, and it cannot pass the number of cores". In
    // Python: six tasks on two processes, about three rounds each, less the pool's start-up.
    const Lesson &l = lesson("primes-tutorial");
    const RunOptions o = optionsOf(l);
    QCOMPARE(o.runtime, Runtime::Python);
    QCOMPARE(o.mode, Mode::Processes);
    QCOMPARE(o.api, PyApi::ExecutorMap);
    QCOMPARE(o.workers, cores());
    QCOMPARE(int(l.figures.size()), 2);
    if (cores() < 2)
        QSKIP("fewer than 2 cores: two processes cannot run at once here");
    // Not past the cores, but for noise: the Python serial run alone varied from 942 to
    // 1379 ms in back-to-back runs here, and a serial run slowed by the suite's other job
    // gave 2.39x and once 2.71x on 2 cores. So an attempt past the bound is measured again, as
    // one under 1.3x is; a baseline wrong in every attempt (say, timing an interpreter's
    // start) still fails.
    const double most = double(cores()) * 1.3;
    const auto holds = [most](double s) { return s >= 1.3 && s <= most; };
    const auto seen = speedups(l, holds);
    SKIP_IF_TOO_FEW_FREE_CORES(holds(seen.values.back()), seen.freeCores, 1.6);
    QVERIFY2(holds(seen.values.back()), describe(seen.values).constData());
}

void TestLessonOutcomes::gilIo_pythonThreadsOverlapTheirWaits()
{
    // "Four Python threads ... the four wait at the same time and the run takes about a
    // quarter of the serial time, under the real GIL. The CPU chart stays nearly idle."
    // Waiting needs no core, so this holds on one core too.
    const Lesson &l = lesson("gil-io");
    QCOMPARE(l.options.runtime, Runtime::Python);
    QCOMPARE(l.options.mode, Mode::Threads);
    QCOMPARE(l.options.workers, 4);
    QCOMPARE(shippedWorkload(l.workload)->taskCount(), std::uint64_t{20});
    const auto seen = speedups(l, [](double s) { return s >= 3.0; });
    QVERIFY2(seen.values.back() >= 3.0, describe(seen.values).constData());
    // Nearly idle: the tasks spent most of their time off the CPU.
    const RunResult run = runLesson(l);
    QCOMPARE(run.status, RunStatus::Ok);
    const auto [waited, busy] = waitedAndBusy(run);
    qInfo("off-CPU %.0f ms of %.0f ms task time", ms(waited), ms(busy));
    QVERIFY2(double(waited) >= 0.9 * double(busy), qPrintable(QString::number(ms(waited))));
}

void TestLessonOutcomes::startupCost_startingWorkersOutweighsTheTasks()
{
    // "each worker's lane is mostly its grey start-up bar and the doublings are slivers".
    const Lesson &l = lesson("startup-cost");
    const RunResult run = runLesson(l);
    QCOMPARE(run.status, RunStatus::Ok);
    QCOMPARE(int(run.workers.size()), l.options.workers);
    std::int64_t startup = 0;
    for (const WorkerRecord &w : run.workers)
        startup += w.readyNs - w.spawnNs;
    // The doublings' solid slivers: their time on the CPU. Five processes share two cores, so
    // a doubling may be switched out mid-task (seen on CI: 4.8 ms of task time against 32 ms
    // of start-up); the timeline hatches that time as waiting, and it is the OS's, not the
    // doubling's.
    const auto [waited, busy] = waitedAndBusy(run);
    const std::int64_t tasks = busy - waited;
    qInfo("start-up %.3f ms over %zu workers, tasks %.3f ms on the CPU in all (%.3f ms with "
          "their waits)",
          ms(startup), run.workers.size(), ms(tasks), ms(busy));
    QVERIFY2(startup > 10 * tasks, qPrintable(QStringLiteral("%1 vs %2").arg(startup).arg(tasks)));
}

void TestLessonOutcomes::gilCpu_twoPythonThreadsTakeAboutTheSerialTime()
{
    // "only the thread that holds the GIL runs Python code, so two threads take about as long
    // as a plain loop. The timeline hatches the time each task spent off the CPU".
    const Lesson &l = lesson("gil-cpu");
    QCOMPARE(l.options.runtime, Runtime::Python);
    QCOMPARE(l.options.mode, Mode::Threads);
    QCOMPARE(l.options.workers, 2);
    QVERIFY(l.workload == "gcd4");   // the workload of the figures it quotes
    QCOMPARE(int(l.figures.size()), 3);
    if (cores() < 2)
        QSKIP("fewer than 2 cores: threads could not run in parallel here anyway, so the run "
              "cannot tell the GIL apart");
    const auto seen = speedups(l, [](double s) { return s >= 0.7 && s <= 1.2; });
    const bool shown = seen.values.back() >= 0.7 && seen.values.back() <= 1.2;
    // Two GIL-bound threads can only beat the loop when the loop ran on a slower machine than
    // they did: a host that slowed the cores for a while (FreeCores counts them at the speed
    // they had before the loop and after the threads, so it sees a slowdown that lasted).
    SKIP_IF_TOO_FEW_FREE_CORES(shown, seen.freeCores, 1.5);
    QVERIFY2(shown, describe(seen.values).constData());

    // With two threads under one GIL, each task waits about as long as the other computes.
    const RunResult run = runLesson(l);
    QCOMPARE(run.status, RunStatus::Ok);
    const auto [waited, busy] = waitedAndBusy(run);
    qInfo("off-CPU %.0f ms of %.0f ms task time", ms(waited), ms(busy));
    QVERIFY2(double(waited) >= 0.25 * double(busy), qPrintable(QString::number(ms(waited))));
}

void TestLessonOutcomes::gilProcesses_twoPythonProcessesBeatTwoThreads()
{
    // "each worker process has its own interpreter and its own GIL, so both cores compute at
    // once and the run beats the two threads. The gain is smaller than the cores promise".
    const Lesson &l = lesson("gil-processes");
    QCOMPARE(l.options.runtime, Runtime::Python);
    QCOMPARE(l.options.mode, Mode::Processes);
    QCOMPARE(l.options.workers, 2);
    if (cores() < 2)
        QSKIP("fewer than 2 cores: two processes cannot run at once here");
    const auto workload = shippedWorkload(l.workload);
    const RunOptions threads = optionsOf(lesson("gil-cpu"));
    std::vector<double> ratios;
    double freeCores = 0;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        const FreeCores free;
        const RunResult onThreads = runToEnd(workload, threads);
        const RunResult onProcesses = runLesson(l);
        freeCores = std::max(freeCores, free.count());
        QCOMPARE(onThreads.status, RunStatus::Ok);
        QCOMPARE(onProcesses.status, RunStatus::Ok);
        const double ratio = double(onThreads.wallNs) / double(onProcesses.wallNs);
        qInfo("gil-processes, attempt %d: 2 threads %.0f ms, 2 processes %.0f ms (%.2fx)",
              attempt + 1, ms(onThreads.wallNs), ms(onProcesses.wallNs), ratio);
        ratios.push_back(ratio);
        if (ratio >= 1.15 && ratio < 2.0)
            break;
    }
    const bool shown = ratios.back() >= 1.15;
    SKIP_IF_TOO_FEW_FREE_CORES(shown, freeCores, 1.6);
    QVERIFY2(shown, describe(ratios).constData());
    // Smaller than the cores promise: never the full 2x over the threads' (serial) time.
    QVERIFY2(ratios.back() < 2.0, describe(ratios).constData());
}

void TestLessonOutcomes::gilEmulated_twoThreadsTakeAboutTheSerialTime()
{
    // "the run takes as long as the serial one": two threads under the emulated GIL.
    const Lesson &l = lesson("gil-emulated");
    QCOMPARE(l.options.mode, Mode::Threads);
    QVERIFY(l.options.gil);
    QCOMPARE(l.options.runtime, Runtime::Native);
    QCOMPARE(l.options.workers, 2);
    if (cores() < 2)
        QSKIP("fewer than 2 cores: without the GIL the threads could not run in parallel either, "
              "so the run cannot tell the GIL apart");
    // One free core is all this claim needs; on a machine whose cores other processes keep
    // busier than that, the two runs time-share with them unevenly (measured under ASan beside
    // a whole CI run: 1.22x-1.32x), and it skips, saying so.
    const auto seen = speedups(l, [](double s) { return s >= 0.8 && s <= 1.2; });
    const bool shown = seen.values.back() >= 0.8 && seen.values.back() <= 1.2;
    SKIP_IF_TOO_FEW_FREE_CORES(shown, seen.freeCores, 1.0);
    QVERIFY2(shown, describe(seen.values).constData());

    // "The timeline shades the time each task waited for the GIL": with two threads, each
    // waits about as long as the other computes.
    const RunResult run = runLesson(l);
    const auto [waited, busy] = waitedAndBusy(run);
    qInfo("GIL wait %.0f ms of %.0f ms task time", ms(waited), ms(busy));
    QVERIFY2(double(waited) >= 0.25 * double(busy), qPrintable(QString::number(ms(waited))));
}

void TestLessonOutcomes::notebookSpawn_workersCannotFindTheFunction()
{
    // "each worker ... finds no is_prime in it and dies before its first task.
    // ProcessPoolExecutor raises BrokenProcessPool and no result arrives". Then try: "Set the
    // start method to fork: ... the run works."
    const Lesson &l = lesson("notebook-spawn");
    QCOMPARE(l.options.runtime, Runtime::Python);
    QCOMPARE(l.options.startMethod, StartMethod::Spawn);
    const auto workload = shippedWorkload(l.workload);
    QVERIFY(workload->python && workload->python->inMain);
    const RunResult spawned = runLesson(l);
    QCOMPARE(spawned.status, RunStatus::Failed);
    QCOMPARE(spawned.tasksDone(), std::uint64_t{0});
    QVERIFY2(spawned.error.find("BrokenProcessPool") != std::string::npos, spawned.error.c_str());
    // ... and why, in the workers' own words.
    const std::string why = "AttributeError: Can't get attribute 'is_prime'";
    QVERIFY2(spawned.error.find(why) != std::string::npos, spawned.error.c_str());
    QVERIFY(spawned.python);
    QCOMPARE(spawned.python->startMethod, std::string("spawn"));

    // multiprocessing.Pool starts another worker for each that died, forever: Corescope ends
    // the run after a few, and says why.
    RunOptions pool = optionsOf(l);
    pool.api = PyApi::PoolMap;
    const RunResult replaced = runToEnd(workload, pool);
    QCOMPARE(replaced.status, RunStatus::Failed);
    QCOMPARE(replaced.tasksDone(), std::uint64_t{0});
    QVERIFY2(replaced.error.find("died before they were ready") != std::string::npos,
             replaced.error.c_str());
    QVERIFY2(replaced.error.find(why) != std::string::npos, replaced.error.c_str());

    RunOptions fork = optionsOf(l);
    fork.startMethod = StartMethod::Fork;
    const RunResult forked = runToEnd(workload, fork);
    QCOMPARE(forked.status, RunStatus::Ok);
    QCOMPARE(forked.tasksDone(), std::uint64_t{6});
    QCOMPARE(forked.mismatches(), std::uint64_t{0});

    // Saved and reopened, the workload still says where the function was defined.
    std::ostringstream out;
    QVERIFY(writeRunReport(forked, out));
    const auto back = readRunReportData(out.str(), "notebook-run.json");
    if (const auto *error = std::get_if<std::string>(&back))
        QFAIL(error->c_str());
    const RunResult read = std::get<RunResult>(back);
    QVERIFY(read.workload->python && read.workload->python->inMain);
}

void TestLessonOutcomes::chunksize_largeChunksTakeAFractionOfTheTime()
{
    // "Set chunksize to 1000 and run again: the same work, a fraction of the time."
    const Lesson &l = lesson("chunksize");
    QCOMPARE(l.options.chunksize, 1);
    const auto workload = shippedWorkload(l.workload);
    RunOptions chunked = l.options;
    chunked.chunksize = 1000;
    std::vector<double> ratios;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        const RunResult one = runToEnd(workload, l.options);
        const RunResult thousand = runToEnd(workload, chunked);
        QCOMPARE(one.status, RunStatus::Ok);
        QCOMPARE(thousand.status, RunStatus::Ok);
        QCOMPARE(one.tasksDone(), thousand.tasksDone());
        const double ratio = double(thousand.wallNs) / double(one.wallNs);
        qInfo("chunksize, attempt %d: chunksize 1 %.0f ms, chunksize 1000 %.0f ms (%.2f)",
              attempt + 1, ms(one.wallNs), ms(thousand.wallNs), ratio);
        ratios.push_back(ratio);
        if (ratio <= 0.75)
            break;
    }
    // "A fraction": at most three quarters (measured: about a third on a quiet 2-core VM).
    QVERIFY2(ratios.back() <= 0.75, describe(ratios).constData());
}

void TestLessonOutcomes::orderStream_handsBackInOrderBehindTheHead()
{
    // doubler-sleep (1, 2, 3 s): "Pool.imap hands results back in input order, each as soon as
    // it and every earlier one are there: a staircase at 1, 2 and 3 s. ProcessPoolExecutor.map,
    // the tutorials' API, hands back the same way".
    const Lesson &l = lesson("order-stream");
    QCOMPARE(l.options.api, PyApi::PoolImap);
    RunOptions executorMap = l.options;
    executorMap.api = PyApi::ExecutorMap;
    for (const RunOptions &options : {l.options, executorMap}) {
        const RunResult run = runToEnd(shippedWorkload(l.workload), options);
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(run.handOrder, (std::vector<std::uint32_t>{0, 1, 2}));
        std::int64_t prefixEnd = 0;
        for (std::size_t k = 0; k < 3; ++k) {
            const TaskRecord &t = run.tasks[k];
            prefixEnd = std::max(prefixEnd, t.endNs);
            QVERIFY(t.handedBackNs >= prefixEnd);
            // Handed back as soon as the prefix is there: promptly, not held to the end.
            QVERIFY2(t.handedBackNs - prefixEnd <= test::scaledNs(200'000'000),
                     qPrintable(QString::number(ms(t.handedBackNs - prefixEnd))));
        }
        // A staircase: each step is its own task's end, and the tasks (1, 2, 3 s) end about a
        // second apart. Measured from the tasks' own ends, so workers that became ready at
        // slightly different moments (a loaded machine, a sanitizer) do not move the bound.
        QVERIFY(run.tasks[1].endNs - run.tasks[0].endNs >= 500'000'000);
        QVERIFY(run.tasks[2].endNs - run.tasks[1].endNs >= 500'000'000);
    }

    // Then try the reversed doubler (2, 1, 0 s) on ordered stream: "imap holds everything back
    // behind the slow first task (head-of-line blocking)".
    RunOptions stream = l.options;
    const RunResult reversed = runToEnd(shippedWorkload("doubler-sleep-reverse"), stream);
    QCOMPARE(reversed.status, RunStatus::Ok);
    QCOMPARE(reversed.handOrder, (std::vector<std::uint32_t>{0, 1, 2}));
    const std::int64_t headEnd = reversed.tasks[0].endNs;
    for (std::size_t k = 1; k < 3; ++k) {
        const TaskRecord &t = reversed.tasks[k];
        QVERIFY2(headEnd - t.endNs >= 500'000'000,   // it was ready long before the head
                 qPrintable(QString::number(ms(headEnd - t.endNs))));
        QVERIFY(t.handedBackNs >= headEnd);          // and held back until the head was done
    }
}

void TestLessonOutcomes::orderBatch_handsBackAllAtOnceAtTheEnd()
{
    // order-stream's text: "only Pool.map holds all three and hands them back together at
    // 3 s"; its "then try": "Switch the API to Pool.map: all three come back at once at 3 s".
    RunOptions batch = lesson("order-stream").options;
    batch.api = PyApi::PoolMap;
    const RunResult run = runToEnd(shippedWorkload("doubler-sleep"), batch);
    QCOMPARE(run.status, RunStatus::Ok);
    QCOMPARE(run.handOrder, (std::vector<std::uint32_t>{0, 1, 2}));
    std::int64_t lastEnd = 0;
    for (const TaskRecord &t : run.tasks)
        lastEnd = std::max(lastEnd, t.endNs);
    QVERIFY(lastEnd >= 3'000'000'000);
    for (const TaskRecord &t : run.tasks) {
        QCOMPARE(t.handedBackNs, run.tasks[0].handedBackNs);
        QVERIFY(t.handedBackNs >= lastEnd);
    }
    // The first result was ready long before the last (1 s against 3 s) and held for it.
    QVERIFY(lastEnd - run.tasks[0].endNs >= 1'000'000'000);
}

void TestLessonOutcomes::apiPicker_eachPythonApiHandsBackItsOwnWay()
{
    // doubler-sleep-reverse (2, 1, 0 s) in real Python: "Pool.map hands all three back
    // together at 2 s ... Pool.imap and ProcessPoolExecutor.map hand them back in input order:
    // nothing until the first input's 2 s, then all three. Pool.imap_unordered and submit +
    // as_completed hand each back as it finishes".
    const Lesson &l = lesson("api-picker");
    QCOMPARE(l.options.runtime, Runtime::Python);
    QCOMPARE(l.options.api, PyApi::PoolMap);
    const auto workload = shippedWorkload(l.workload);
    for (const PyApi api : {PyApi::PoolMap, PyApi::PoolImap, PyApi::ExecutorMap,
                            PyApi::PoolImapUnordered, PyApi::SubmitAsCompleted}) {
        RunOptions options = optionsOf(l);
        options.api = api;
        const RunResult run = runToEnd(workload, options);
        const std::string name(pyApiName(api));
        QVERIFY2(run.status == RunStatus::Ok, name.c_str());
        QCOMPARE(run.tasks[2].result, 6ULL);
        // The tasks end about a second apart, the first input last.
        QVERIFY2(run.tasks[0].endNs - run.tasks[2].endNs >= 1'000'000'000, name.c_str());
        const std::int64_t headEnd = run.tasks[0].endNs;
        if (api == PyApi::PoolImapUnordered || api == PyApi::SubmitAsCompleted) {
            QVERIFY2(run.handOrder == (std::vector<std::uint32_t>{2, 1, 0}), name.c_str());
            for (const TaskRecord &t : run.tasks)   // each at its own end
                QVERIFY2(t.handedBackNs >= t.endNs
                             && t.handedBackNs - t.endNs <= test::scaledNs(300'000'000),
                         name.c_str());
        } else {
            QVERIFY2(run.handOrder == (std::vector<std::uint32_t>{0, 1, 2}), name.c_str());
            for (const TaskRecord &t : run.tasks)   // all held behind the slow first input
                QVERIFY2(t.handedBackNs >= headEnd, name.c_str());
        }
    }
}

// The diagnosis's tail finding, or "" when it has none.
static std::string tailFindingText(const RunResult &run)
{
    for (const Finding &f : diagnose(run))
        if (f.kind == Finding::Kind::Tail)
            return f.text;
    return {};
}

static bool hasFinding(const RunResult &run, Finding::Kind kind)
{
    const auto findings = diagnose(run);
    return std::any_of(findings.begin(), findings.end(),
                       [kind](const Finding &f) { return f.kind == kind; });
}

void TestLessonOutcomes::resultSize_processesCopyBigResultsBackThreadsDoNot()
{
    // "A worker process ... pickles the list, sends it through a pipe, and the caller unpickles
    // it ... the gap between a bar's end and its tick in the 'handed back' lane is that copy;
    // the diagnosis gives its median." Then: "Python threads hand the caller the list itself,
    // with no copy, so the gaps are shorter and a tick can follow its bar at once. The others
    // wait for the caller's turn at the GIL, which a thread building a list holds until the
    // list is done." (Measured here: a thread that sleeps 1 ms at a time got the GIL back
    // after 40 ms, median, while another built such lists of 50 ms each; the threads' gaps
    // were 0-10 ms at the shortest and 50-135 ms at the median, the processes' 113-160 ms and
    // 170-280 ms.) So: every process's gap is at least the copy, a thread's can be none.
    const Lesson &l = lesson("result-size");
    QCOMPARE(l.options.runtime, Runtime::Python);
    QCOMPARE(l.options.mode, Mode::Processes);
    QCOMPARE(l.options.api, PyApi::SubmitAsCompleted);
    const auto workload = shippedWorkload(l.workload);
    RunOptions threadsOptions = optionsOf(l);
    threadsOptions.mode = Mode::Threads;
    // The shortest gaps: a process's is its copy; a thread's, the caller's turn at the GIL
    // and at a core (the last task's, when no thread builds a list any more, is all but none).
    const auto shortestGapNs = [](const RunResult &r) {
        const std::vector<std::int64_t> gaps = handBackDelaysNs(r.tasks);
        return gaps.empty() ? std::numeric_limits<double>::max()
                            : double(*std::min_element(gaps.begin(), gaps.end()));
    };
    // A loaded machine stretches the threads' gaps (the caller waits for a core too), so the
    // claim gets kAttempts tries, as the speedups do.
    RunResult processes, threads;
    bool shown = false;
    double freeCores = 0;
    for (int attempt = 0; attempt < kAttempts && !shown; ++attempt) {
        const FreeCores free;
        processes = runToEnd(workload, optionsOf(l));
        QCOMPARE(processes.status, RunStatus::Ok);
        QCOMPARE(processes.tasksDone(), workload->taskCount());
        QCOMPARE(processes.mismatches(), 0ULL);   // each list's sum, checked
        threads = runToEnd(workload, threadsOptions);
        QCOMPARE(threads.status, RunStatus::Ok);
        QCOMPARE(threads.mismatches(), 0ULL);
        const auto copy = medianHandBackDelayNs(processes);
        const auto handOver = medianHandBackDelayNs(threads);
        QVERIFY(copy && handOver);
        const double copyShortest = shortestGapNs(processes);
        const double handOverShortest = shortestGapNs(threads);
        freeCores = std::max(freeCores, free.count());
        qInfo("attempt %d: end -> handed back, median (shortest): processes %.1f ms (%.1f), "
              "threads %.1f ms (%.1f) (%.2f free cores)",
              attempt + 1, *copy / 1e6, copyShortest / 1e6, *handOver / 1e6,
              handOverShortest / 1e6, freeCores);
        // The copy is tens of ms here (pickle + pipe + unpickle of 400,000 ints).
        shown = *copy >= 5e6 && *handOver < *copy && copyShortest >= 5e6
            && copyShortest >= 2 * handOverShortest;
    }
    SKIP_IF_TOO_FEW_FREE_CORES(shown, freeCores, 1.5);
    QVERIFY(shown);
    QVERIFY(hasFinding(processes, Finding::Kind::HandBackDelay));
    QVERIFY(!hasFinding(threads, Finding::Kind::HandBackDelay));
}

void TestLessonOutcomes::resultMemory_poolMapHoldsEveryResultImapHandsThemOver()
{
    // "Pool.map keeps every one until the last task ends, so the shade climbs to all 12 ...
    // before anything comes back." Then "Switch the API to Pool.imap ... the shade stays low".
    const Lesson &l = lesson("result-memory");
    QCOMPARE(l.options.runtime, Runtime::Python);
    QCOMPARE(l.options.api, PyApi::PoolMap);
    const auto workload = shippedWorkload(l.workload);
    const RunResult map = runToEnd(workload, optionsOf(l));
    QCOMPARE(map.status, RunStatus::Ok);
    QCOMPARE(map.mismatches(), 0ULL);
    const HeldResults mapHeld = heldResults(map.tasks);
    QCOMPARE(mapHeld.peak, workload->taskCount());
    std::int64_t lastEnd = 0, firstHanded = INT64_MAX;
    for (const TaskRecord &t : map.tasks) {
        lastEnd = std::max(lastEnd, t.endNs);
        firstHanded = std::min(firstHanded, t.handedBackNs);
    }
    QVERIFY(firstHanded >= lastEnd);   // "before anything comes back"
    QVERIFY(hasFinding(map, Finding::Kind::HeldResults));

    RunOptions imapOptions = optionsOf(l);
    imapOptions.api = PyApi::PoolImap;
    const RunResult imap = runToEnd(workload, imapOptions);
    QCOMPARE(imap.status, RunStatus::Ok);
    const HeldResults imapHeld = heldResults(imap.tasks);
    qInfo("results held at most: Pool.map %llu, Pool.imap %llu of %llu",
          static_cast<unsigned long long>(mapHeld.peak),
          static_cast<unsigned long long>(imapHeld.peak),
          static_cast<unsigned long long>(workload->taskCount()));
    // Handed over as they come: most of the results reach the caller before the last task
    // ends, and the caller never holds all of them (a machine with a load of 10 reached 5 of
    // 12 here; one compiling beside the suite, 9: the caller's thread waited for a core).
    std::int64_t imapLastEnd = 0;
    for (const TaskRecord &t : imap.tasks)
        imapLastEnd = std::max(imapLastEnd, t.endNs);
    const auto early = std::count_if(imap.tasks.begin(), imap.tasks.end(), [&](const TaskRecord &t) {
        return t.handedBackNs >= 0 && t.handedBackNs < imapLastEnd;
    });
    QVERIFY2(std::uint64_t(early) * 2 >= workload->taskCount(), qPrintable(QString::number(early)));
    QVERIFY(imapHeld.peak >= 1);
    QVERIFY(imapHeld.peak < workload->taskCount());
    QVERIFY(!hasFinding(imap, Finding::Kind::HeldResults));
}

void TestLessonOutcomes::orderCompleted_handsBackAsTasksFinish()
{
    // doubler-sleep-reverse (2, 1, 0 s): "Pool.imap_unordered hands each result back the
    // moment it is ready: 6 at once, 4 at 1 s, 2 at 2 s ... submit + as_completed does the
    // same."
    const Lesson &l = lesson("order-completed");
    QCOMPARE(l.options.api, PyApi::PoolImapUnordered);
    RunOptions asCompleted = l.options;
    asCompleted.api = PyApi::SubmitAsCompleted;
    for (const RunOptions &options : {l.options, asCompleted}) {
        const RunResult run = runToEnd(shippedWorkload(l.workload), options);
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(run.handOrder, (std::vector<std::uint32_t>{2, 1, 0}));
        QCOMPARE(run.tasks[2].result, 6ULL);
        QCOMPARE(run.tasks[1].result, 4ULL);
        QCOMPARE(run.tasks[0].result, 2ULL);
        for (const TaskRecord &t : run.tasks)
            QVERIFY2(t.handedBackNs >= t.endNs
                         && t.handedBackNs - t.endNs <= test::scaledNs(200'000'000),
                     qPrintable(QString::number(ms(t.handedBackNs - t.endNs))));
        // "4 at 1 s, 2 at 2 s": the tasks end about a second apart, each handed back at its end.
        QVERIFY(run.tasks[1].endNs - run.tasks[2].endNs >= 500'000'000);
        QVERIFY(run.tasks[0].endNs - run.tasks[1].endNs >= 500'000'000);
    }
    // "Switch the API to Pool.imap or ProcessPoolExecutor.map: nothing comes back until the
    // first, slowest task is done, then all three; Pool.map, too, hands all three back at the
    // end."
    for (const PyApi api : {PyApi::PoolImap, PyApi::ExecutorMap, PyApi::PoolMap}) {
        RunOptions held = l.options;
        held.api = api;
        const RunResult run = runToEnd(shippedWorkload(l.workload), held);
        QCOMPARE(run.status, RunStatus::Ok);
        QCOMPARE(run.handOrder, (std::vector<std::uint32_t>{0, 1, 2}));
        const std::int64_t headEnd = run.tasks[0].endNs;
        for (const TaskRecord &t : run.tasks)
            QVERIFY(t.handedBackNs >= headEnd);
        QVERIFY(headEnd - run.tasks[2].endNs >= 1'000'000'000);   // 6 was ready long before
    }
}

void TestLessonOutcomes::sharedRace_threadsWithoutALockLoseUpdates()
{
    // "two threads read the same value and both write value + 1, so updates are lost. The
    // summary shows the expected and the actual total."
    const Lesson &l = lesson("shared-race");
    QCOMPARE(l.options.runtime, Runtime::Native);   // "on native threads (C++, no GIL)"
    QCOMPARE(l.options.mode, Mode::Threads);
    QVERIFY(!l.options.gil);
    if (cores() < 2)
        QSKIP("fewer than 2 cores: the threads rarely interleave inside one update here");
    const auto workload = shippedWorkload(l.workload);
    const std::uint64_t expected = 8'000'000;
    std::vector<std::uint64_t> totals;
    double freeCores = 0;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        const FreeCores free;
        const RunResult run = runToEnd(workload, l.options);
        freeCores = std::max(freeCores, free.count());
        QCOMPARE(run.status, RunStatus::Ok);
        QVERIFY(run.sharedTotal);
        totals.push_back(*run.sharedTotal);
        qInfo("shared-race, attempt %d: %llu of %llu", attempt + 1,
              static_cast<unsigned long long>(*run.sharedTotal),
              static_cast<unsigned long long>(expected));
        QVERIFY(*run.sharedTotal <= expected);   // updates are lost, never invented
        if (*run.sharedTotal < expected)
            break;
    }
    // Two threads lose updates when they run at the same moment, which needs two free cores.
    SKIP_IF_TOO_FEW_FREE_CORES(totals.back() < expected, freeCores, 1.5);
    QVERIFY2(totals.back() < expected, "no attempt lost an update");

    // "Load counter-locked (a lock around each update): the total is right".
    const RunResult locked = runToEnd(shippedWorkload("counter-locked"), l.options);
    QCOMPARE(locked.status, RunStatus::Ok);
    QVERIFY(locked.sharedTotal);
    QCOMPARE(*locked.sharedTotal, expected);
}

void TestLessonOutcomes::sharedRacePython_pythonThreadsUnderTheGil()
{
    // "two Python threads each do counter += 1 on a global, under the real GIL. On CPython 3.10
    // and newer no thread is switched out between the read and the write of that statement,
    // so every update arrives". CPython 3.10 moved the eval loop's switch checks to the
    // backward jump and the call: none falls between that statement's load and its store.
    const Lesson &l = lesson("shared-race-python");
    QCOMPARE(l.options.runtime, Runtime::Python);
    QCOMPARE(l.options.mode, Mode::Threads);
    QCOMPARE(l.options.workers, 2);
    const RunResult run = runLesson(l);
    const std::uint64_t expected = 8'000'000;
    const std::uint64_t total = sharedTotal(run);
    QVERIFY(run.python);
    const QStringList version = QString::fromStdString(run.python->version).split(u'.');
    QVERIFY2(version.size() >= 2, run.python->version.c_str());
    const int major = version[0].toInt();
    const int minor = version[1].toInt();
    const bool gil = !freeThreaded(run.python->interpreter);
    qInfo("shared-race-python: %llu of %llu on Python %s (%s), %.0f ms",
          static_cast<unsigned long long>(total), static_cast<unsigned long long>(expected),
          run.python->version.c_str(), gil ? "with its GIL" : "free-threaded", ms(run.wallNs));
    QVERIFY(total <= expected);   // updates are lost, never invented
    if ((major > 3 || (major == 3 && minor >= 10)) && gil)
        QCOMPARE(total, expected);
    else
        qInfo("Python %s%s: the lesson claims nothing here", run.python->version.c_str(),
              gil ? "" : " free-threaded");

    // "Load counter-locked: a lock makes the total right everywhere".
    const RunResult locked = runToEnd(shippedWorkload("counter-locked"), l.options);
    QCOMPARE(sharedTotal(locked), expected);
}

void TestLessonOutcomes::sharedProcesses_processesShareNoMemory()
{
    // "each worker process adds to its own copy, so the caller's counter stays 0".
    const Lesson &l = lesson("shared-processes");
    QCOMPARE(l.options.mode, Mode::Processes);
    const RunResult run = runLesson(l);
    QCOMPARE(run.status, RunStatus::Ok);
    QCOMPARE(run.tasksDone(), 8ULL);
    QVERIFY(run.sharedTotal);
    QCOMPARE(*run.sharedTotal, 0ULL);
    // "Load counter-shared-locked (the counter in memory shared with the workers, a lock
    // around each update): right again."
    const auto sharedLocked = shippedWorkload("counter-shared-locked");
    const RunResult shared = runToEnd(sharedLocked, l.options);
    QCOMPARE(sharedTotal(shared), rightTotal(*sharedLocked));
}

void TestLessonOutcomes::sharedMemoryRace_valueWithoutItsLockComesOutShort()
{
    // "Python worker processes add 1 to one multiprocessing.Value with v.value += 1 ... the
    // total comes out short." The getter and the setter are two calls: a switch between them,
    // on two cores or on one, loses the other's updates.
    const Lesson &l = lesson("shared-memory-race");
    QCOMPARE(l.options.runtime, Runtime::Python);
    QCOMPARE(l.options.mode, Mode::Processes);
    QCOMPARE(l.options.workers, 2);
    const auto workload = shippedWorkload(l.workload);
    QCOMPARE(workload->params.counterSync, CounterSync::SharedMemory);
    const std::uint64_t expected = rightTotal(*workload);
    std::vector<std::uint64_t> totals;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        const RunResult run = runToEnd(workload, l.options);
        totals.push_back(sharedTotal(run));
        qInfo("shared-memory-race, attempt %d: %llu of %llu (%.2f us per update, %.0f ms)",
              attempt + 1, static_cast<unsigned long long>(totals.back()),
              static_cast<unsigned long long>(expected), usPerUpdate(run), ms(run.wallNs));
        QVERIFY(totals.back() <= expected);   // lost, never invented
        QVERIFY(totals.back() > 0);           // shared: the caller sees the workers' updates
        if (totals.back() < expected)
            break;
    }
    QVERIFY2(totals.back() < expected, "no attempt lost an update");
}

void TestLessonOutcomes::sharedMemoryRace_nativeProcessesComeOutShortToo()
{
    // counter-shared's description: short "(natively, only when both workers run at
    // once)". The native kernel reads and writes the shared mapping in two steps too, but its
    // eight tasks take a few milliseconds in all, not seconds: a worker ready a millisecond or
    // two after the other can find every task taken (a third of the runs on this 2-core
    // machine), and a busy machine runs the two one after the other on one core. So the claim
    // gets up to kNativeAttempts tries (each about a third of a second with FreeCores' probes),
    // and a run whose workers ran tasks at once for less than kTogetherNs (thousands of
    // updates: one takes nanoseconds) is no evidence either way.
    constexpr int kNativeAttempts = 10;
    constexpr std::int64_t kTogetherNs = 100'000;
    const Lesson &l = lesson("shared-memory-race");
    if (cores() < 2)
        QSKIP("fewer than 2 cores: two native workers rarely interleave inside one update");
    const auto workload = shippedWorkload(l.workload);
    const std::uint64_t expected = rightTotal(*workload);
    RunOptions native = l.options;
    native.runtime = Runtime::Native;
    bool lost = false;
    bool together = false;   // some attempt's workers ran tasks at the same moment
    double freeCores = 0;
    for (int attempt = 0; attempt < kNativeAttempts && !lost; ++attempt) {
        const FreeCores free;
        const RunResult run = runToEnd(workload, native);
        freeCores = std::max(freeCores, free.count());
        QCOMPARE(run.status, RunStatus::Ok);
        const std::uint64_t total = sharedTotal(run);
        const std::int64_t concurrent = concurrentNs(run);
        qInfo("counter-shared natively, attempt %d: %llu of %llu (%.0f ms; the workers ran "
              "tasks at once for %.1f ms)",
              attempt + 1, static_cast<unsigned long long>(total),
              static_cast<unsigned long long>(expected), ms(run.wallNs), ms(concurrent));
        QVERIFY(total <= expected);   // lost, never invented
        lost = total < expected;
        together = together || concurrent >= kTogetherNs;
    }
    SKIP_IF_TOO_FEW_FREE_CORES(lost, freeCores, 1.5);
    if (!lost && !together)
        QSKIP("the two workers never ran tasks at the same moment for 0.1 ms (one was ready "
              "after the other had taken every task), so few or no updates could be lost");
    QVERIFY2(lost, "no native attempt lost an update, though the workers ran tasks at once");
}

void TestLessonOutcomes::sharedMemoryLocked_getLockIsRightAndSlower()
{
    // "with v.get_lock(): v.value += 1: every update arrives, and each one takes longer than
    // without the lock".
    const Lesson &l = lesson("shared-memory-locked");
    QCOMPARE(l.options.runtime, Runtime::Python);
    QCOMPARE(l.options.mode, Mode::Processes);
    const auto locked = shippedWorkload(l.workload);
    const auto unlocked = shippedWorkload("counter-shared");
    QCOMPARE(locked->params.counterSync, CounterSync::SharedMemoryLocked);
    QCOMPARE(locked->taskCount(), unlocked->taskCount());
    std::vector<double> ratios;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        const RunResult right = runToEnd(locked, l.options);
        const RunResult racy = runToEnd(unlocked, l.options);
        QCOMPARE(sharedTotal(right), rightTotal(*locked));
        const double ratio = usPerUpdate(right) / usPerUpdate(racy);
        qInfo("shared-memory-locked, attempt %d: %.2f us per update (%.0f ms) against %.2f us "
              "without the lock (%.0f ms): %.2fx",
              attempt + 1, usPerUpdate(right), ms(right.wallNs), usPerUpdate(racy),
              ms(racy.wallNs), ratio);
        ratios.push_back(ratio);
        if (ratio > 1.0)
            break;
    }
    QVERIFY2(ratios.back() > 1.0, describe(ratios).constData());

    // The same lock natively (one atomic add on the mapping): right too.
    RunOptions native = l.options;
    native.runtime = Runtime::Native;
    QCOMPARE(sharedTotal(runToEnd(locked, native)), rightTotal(*locked));
}

void TestLessonOutcomes::sharedManager_rightWithRoundTripsPerUpdate()
{
    // "each update goes to that process and back ...: every update arrives, and the bars are
    // long. ... more than ten times that of shared memory with its lock."
    const Lesson &l = lesson("shared-manager");
    QCOMPARE(l.options.runtime, Runtime::Python);
    QCOMPARE(l.options.mode, Mode::Processes);
    const auto manager = shippedWorkload(l.workload);
    QCOMPARE(manager->params.counterSync, CounterSync::Manager);
    const RunResult run = runLesson(l);
    QCOMPARE(sharedTotal(run), rightTotal(*manager));
    const auto sharedLocked = shippedWorkload("counter-shared-locked");
    const RunResult locked = runToEnd(sharedLocked, l.options);
    QCOMPARE(sharedTotal(locked), rightTotal(*sharedLocked));
    const double ratio = usPerUpdate(run) / usPerUpdate(locked);
    qInfo("shared-manager: %.0f us per update, %.0f ms in all; shared memory with its lock "
          "%.2f us per update: %.0fx",
          usPerUpdate(run), ms(run.wallNs), usPerUpdate(locked), ratio);
    QVERIFY2(ratio > 10.0, qPrintable(QString::number(ratio)));
}

void TestLessonOutcomes::brokenPool_failsNamingTheTaskAndKeepsResults()
{
    // "The fifth task kills its worker process. The run stops with an error that names the
    // task, its input and the signal, ... and every result computed before it stays."
    const Lesson &l = lesson("broken-pool");
    const RunResult run = runLesson(l);
    QCOMPARE(run.status, RunStatus::Failed);
    QCOMPARE(run.failedTask, std::int64_t{4});
    QVERIFY2(run.error.find("task 4") != std::string::npos, run.error.c_str());
    QVERIFY2(run.error.find("SIGSEGV") != std::string::npos, run.error.c_str());
    QCOMPARE(run.tasks[4].state, TaskState::Failed);
    // Tasks 0 and 1 ran first and ended before task 4 started; of tasks 2 and 3 one ran before
    // task 4 on the same worker, the other may still have been running on the worker the pool
    // stops with the run. What finished is kept, and right: crash(n) returns n.
    QVERIFY(run.tasks[0].ok() && run.tasks[1].ok());
    int kept = 0;
    for (int i = 0; i < 4; ++i)
        if (run.tasks[i].ok()) {
            QCOMPARE(run.tasks[i].result, 200ULL);
            ++kept;
        }
    QVERIFY2(kept >= 3, qPrintable(QString::number(kept)));
}

void TestLessonOutcomes::brokenPoolPython_poolWaitsTheExecutorRaises()
{
    // "Pool does not raise: it starts a new worker, and the lost task's result never comes ...
    // Corescope ... ends the pool and names the task; the results before it stay". Then try:
    // "ProcessPoolExecutor.map: the same death raises BrokenProcessPool at once."
    const Lesson &l = lesson("broken-pool-python");
    QCOMPARE(l.options.runtime, Runtime::Python);
    QCOMPARE(l.options.api, PyApi::PoolMap);
    const RunResult pool = runLesson(l);
    QCOMPARE(pool.status, RunStatus::Failed);
    QCOMPARE(pool.failedTask, std::int64_t{4});
    QVERIFY2(pool.error.find("task 4") != std::string::npos, pool.error.c_str());
    QVERIFY2(pool.error.find("Segmentation fault") != std::string::npos, pool.error.c_str());
    QVERIFY2(pool.error.find("multiprocessing.Pool starts a new worker but never returns")
                 != std::string::npos,
             pool.error.c_str());
    QVERIFY2(pool.error.find("BrokenProcessPool") == std::string::npos, pool.error.c_str());
    QVERIFY(pool.tasks[0].ok() && pool.tasks[1].ok());

    RunOptions executor = optionsOf(l);
    executor.api = PyApi::ExecutorMap;
    executor.chunksize = 0;
    const RunResult raised = runToEnd(shippedWorkload(l.workload), executor);
    QCOMPARE(raised.status, RunStatus::Failed);
    QVERIFY2(raised.error.find("task 4") != std::string::npos, raised.error.c_str());
    QVERIFY2(raised.error.find("Python raised BrokenProcessPool") != std::string::npos,
             raised.error.c_str());
    QVERIFY(raised.tasks[0].ok() && raised.tasks[1].ok());
}

void TestLessonOutcomes::uneven_longTailLeavesAWorkerIdle()
{
    // "at the end one worker runs alone while the others have nothing left to do". Three
    // 800 ms tasks at the end on two workers: one worker runs two of them, the other goes
    // idle for at least one of them. A lower bound of time: load only makes the tail longer.
    const Lesson &l = lesson("uneven");
    QCOMPARE(l.options.workers, 2);
    // "through ProcessPoolExecutor.map (chunksize 1)"
    QCOMPARE(l.options.api, PyApi::ExecutorMap);
    QCOMPARE(l.options.effectiveChunksize(63), 1);
    const RunResult run = runLesson(l);
    QCOMPARE(run.status, RunStatus::Ok);
    const auto ends = lastEndPerWorker(run);
    QCOMPARE(int(ends.size()), 2);
    qInfo("uneven: the last worker ends %.0f ms after the other", ms(ends[0] - ends[1]));
    QVERIFY2(ends[0] - ends[1] >= 500'000'000, qPrintable(QString::number(ms(ends[0] - ends[1]))));
}

void TestLessonOutcomes::sumTutorial_poolBeatsThePlainLoop()
{
    // "Ten equal tasks: each worker takes its chunks ... and the cores stay busy to the end".
    // On 2 cores Pool.map's chunksize is ceil(10 / 8) = 2: five chunks, three rounds for one
    // worker, so at best 10 / 6 = 1.67x; at least 1.3x must show.
    const Lesson &l = lesson("sum-tutorial");
    const RunOptions o = optionsOf(l);
    QCOMPARE(o.runtime, Runtime::Python);
    QCOMPARE(o.api, PyApi::PoolMap);
    QCOMPARE(o.workers, cores());
    QCOMPARE(int(l.figures.size()), 3);
    if (cores() < 2)
        QSKIP("fewer than 2 cores: two processes cannot run at once here");
    const auto seen = speedups(l, [](double s) { return s >= 1.3; });
    SKIP_IF_TOO_FEW_FREE_CORES(seen.values.back() >= 1.3, seen.freeCores, 1.6);
    QVERIFY2(seen.values.back() >= 1.3, describe(seen.values).constData());
}

void TestLessonOutcomes::unevenPoolmap_defaultChunkPacksTheLongTasksIntoOneTail()
{
    // "Pool.map's default chunksize for 63 tasks on 2 workers is ceil(63 / 8) = 8: the last
    // chunk holds four short tasks and all three 800 ms ones, so one worker runs the three one
    // after another while the other has nothing left to do". The tasks spin for CPU time, so
    // load stretches every bar but moves no task to another chunk: the checks are about which
    // worker ran what, and what ran while the other had ended.
    const Lesson &l = lesson("uneven-poolmap");
    QCOMPARE(l.workload, std::string_view("uneven-tasks"));
    QCOMPARE(l.options.workers, 2);
    QCOMPARE(l.options.api, PyApi::PoolMap);
    QCOMPARE(l.options.chunksize, 0);   // the API's own default
    const auto workload = shippedWorkload(l.workload);
    QCOMPARE(workload->taskCount(), std::uint64_t(63));
    QCOMPARE(l.options.effectiveChunksize(workload->taskCount()), 8);
    const auto longTasks = [&workload] {
        std::vector<std::uint32_t> ids;
        for (std::uint32_t i = 0; i < workload->taskCount(); ++i)
            if (workload->input(i).a == 800)
                ids.push_back(i);
        return ids;
    }();
    QCOMPARE(longTasks, (std::vector<std::uint32_t>{60, 61, 62}));   // all in chunk 56..62

    const RunResult run = runLesson(l);
    QCOMPARE(run.status, RunStatus::Ok);
    const int tailWorker = run.tasks[60].worker;
    for (std::uint32_t i = 56; i < 63; ++i)   // the last chunk: one worker, in order
        QCOMPARE(run.tasks[i].worker, tailWorker);
    QVERIFY(run.tasks[61].startNs >= run.tasks[60].endNs);
    QVERIFY(run.tasks[62].startNs >= run.tasks[61].endNs);
    // The other worker had ended before the second long task began: at least two of them
    // (1.6 s of CPU time) ran with one worker idle.
    std::int64_t otherEnd = 0;
    for (const TaskRecord &t : run.tasks)
        if (t.worker != tailWorker)
            otherEnd = std::max(otherEnd, t.endNs);
    const auto ends = lastEndPerWorker(run);
    QCOMPARE(int(ends.size()), 2);
    const std::int64_t tail = ends[0] - ends[1];
    qInfo("uneven-poolmap: wall %.0f ms; the last worker ends %.0f ms after the other; the three "
          "long tasks took %.0f ms, %.0f ms, %.0f ms",
          ms(run.wallNs), ms(tail), ms(run.tasks[60].durationNs()), ms(run.tasks[61].durationNs()),
          ms(run.tasks[62].durationNs()));
    QVERIFY2(otherEnd <= run.tasks[61].startNs,
             qPrintable(QStringLiteral("the other worker ended %1 ms after the second long task "
                                       "began")
                            .arg(ms(otherEnd - run.tasks[61].startNs))));
    QVERIFY2(tail >= 1'600'000'000, qPrintable(QString::number(ms(tail))));
    // The diagnosis says what the lesson says: the tail came in one chunk.
    QVERIFY2(tailFindingText(run).find("uneven tasks, and it started") != std::string::npos
                 && tailFindingText(run).find("in a chunk (chunksize 8)") != std::string::npos,
             tailFindingText(run).c_str());

    // Then try: "Set chunksize to 1, or switch the API to Pool.imap_unordered (chunksize 1 by
    // default): the long tasks spread over both workers and the tail shrinks."
    RunOptions chunk1 = l.options;
    chunk1.chunksize = 1;
    RunOptions unordered = l.options;
    unordered.api = PyApi::PoolImapUnordered;
    QCOMPARE(unordered.effectiveChunksize(workload->taskCount()), 1);
    for (const RunOptions &options : {chunk1, unordered}) {
        const RunResult spread = runToEnd(workload, options);
        QCOMPARE(spread.status, RunStatus::Ok);
        std::set<int> workers;
        for (const std::uint32_t i : longTasks)
            workers.insert(spread.tasks[i].worker);
        const auto spreadEnds = lastEndPerWorker(spread);
        QCOMPARE(int(spreadEnds.size()), 2);
        const std::int64_t spreadTail = spreadEnds[0] - spreadEnds[1];
        qInfo("uneven-poolmap, then try (%s, chunksize %d): wall %.0f ms, tail %.0f ms",
              std::string(pyApiName(options.api)).c_str(),
              options.effectiveChunksize(workload->taskCount()), ms(spread.wallNs),
              ms(spreadTail));
        QCOMPARE(int(workers.size()), 2);
        QVERIFY2(tailFindingText(spread).find("chunk") == std::string::npos,
                 tailFindingText(spread).c_str());
        // Load stretches both runs alike; a tail of one long task against one of three.
        QVERIFY2(spreadTail < tail, qPrintable(QStringLiteral("%1 ms against %2 ms")
                                                    .arg(ms(spreadTail))
                                                    .arg(ms(tail))));
    }
}

void TestLessonOutcomes::oversubscribe_moreWorkersThanCoresDoesNotHelp()
{
    // "Four native threads (C++, no GIL) for every core of this machine: they only take turns
    // on the cores. Compare the wall time with as many workers as cores (cpu_count()): no
    // faster, and each task takes longer."
    const Lesson &l = lesson("oversubscribe");
    const int workers = optionsOf(l).workers;
    QCOMPARE(workers, 4 * cores());
    QCOMPARE(l.options.runtime, Runtime::Native);
    QVERIFY(!l.options.gil);
    const auto workload = shippedWorkload(l.workload);
    RunOptions asManyAsCores = optionsOf(l);
    asManyAsCores.workers = cores();
    std::vector<double> ratios;
    double taskRatio = 0;
    const double kLonger = 1.0 + 0.5 * (double(workers) / cores() - 1.0);
    // Judged on the attempt with the most cores free (the last one to pass, else the quietest):
    // a busy attempt says nothing about the claim, so it neither fails nor passes the test.
    double freeCores = -1;
    double judged = 0;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        const FreeCores free;
        const RunResult fit = runToEnd(workload, asManyAsCores);
        const RunResult over = runLesson(l);
        const double freeNow = free.count();
        QCOMPARE(fit.status, RunStatus::Ok);
        QCOMPARE(over.status, RunStatus::Ok);
        const double speedup = double(fit.wallNs) / double(over.wallNs);
        const double tasks = meanTaskMs(over) / meanTaskMs(fit);
        qInfo("oversubscribe, attempt %d: %d workers %.0f ms, %d workers %.0f ms (%.2fx); mean "
              "task %.1f ms vs %.1f ms; %.2f cores free",
              attempt + 1, cores(), ms(fit.wallNs), workers, ms(over.wallNs), speedup,
              meanTaskMs(over), meanTaskMs(fit), freeNow);
        ratios.push_back(speedup);
        const bool shown = speedup <= 1.1 && tasks >= kLonger;
        if (shown || freeNow > freeCores) {
            freeCores = freeNow;
            judged = speedup;
            taskRatio = tasks;
        }
        if (shown)
            break;
    }
    // No faster (within 10 %), and each task takes longer: 4 x cores threads share the cores,
    // so a task takes about 4 times as long; at least half of that slowdown must show. On a
    // machine other processes keep busy, 8 threads do win a larger share of its cores from them
    // than `cores` threads (the scheduler shares by thread; measured: 1.4x-1.8x under ASan
    // beside another test run), so the claim needs the cores free.
    SKIP_IF_TOO_FEW_FREE_CORES(judged <= 1.1, freeCores, double(cores()) - 0.5);
    QVERIFY2(judged <= 1.1, describe(ratios).constData());
    QVERIFY2(taskRatio >= kLonger, qPrintable(QString::number(taskRatio)));
}

void TestLessonOutcomes::memoryBound_twoWorkersFarFromTwiceAsFast()
{
    // "the workers share one memory bus, so two of them come nowhere near twice as fast as
    // one" (measured on the 2-core VM: 1.1x to 1.6x; the seed primes reach 1.9x there). An
    // earlier text also said each task takes longer beside another: measured without each
    // worker's first task (which pays for its buffer's fresh pages) that was 0.9x to 1.1x, too
    // thin to claim, so the text no longer says it.
    const Lesson &l = lesson("memory-bound");
    QCOMPARE(l.options.workers, 2);
    if (cores() < 2)
        QSKIP("fewer than 2 cores: two workers could not be twice as fast here anyway");
#if defined(CORESCOPE_ASAN) || defined(CORESCOPE_TSAN)
    // A sanitizer checks every load against its shadow memory, so the instrumented kernel
    // computes more per byte than it fetches and stops being memory-bound (measured under ASan
    // on CI: 1.75x-1.77x). The claim is about the kernel as it ships; the plain build checks it.
    QSKIP("a sanitizer's checks make the kernel compute-bound; the plain build checks this");
#endif
    const auto seen = speedups(l, [](double s) { return s < 1.75; });
    // Alone on this VM: 1.21x-1.60x (nine runs: serial 379-471 ms, two workers 237-340 ms).
    // Beside another test of the suite (ctest -j2) all three attempts of one run measured
    // 1.80x-1.90x with 1.10-1.36 cores free (serial 424-458 ms, two workers 232-252 ms): a
    // neighbour changes what two workers share on this VM's host (where its cores are, their
    // caches, the memory bus), so a busy attempt says nothing about the claim either way.
    SKIP_IF_TOO_FEW_FREE_CORES(seen.values.back() < 1.75, seen.freeCores, 1.6);
    QVERIFY2(seen.values.back() < 1.75, describe(seen.values).constData());
}

void TestLessonOutcomes::everyLessonIsChecked()
{
    // A new lesson needs its claim checked here too.
    const std::vector<std::string_view> checked{
        "processes-scale", "primes-tutorial", "gil-io", "startup-cost", "gil-cpu",
        "gil-processes", "notebook-spawn", "gil-emulated", "sum-tutorial", "oversubscribe",
        "order-stream", "order-completed", "api-picker", "result-size", "result-memory",
        "shared-race", "shared-race-python",
        "shared-processes", "shared-memory-race", "shared-memory-locked", "shared-manager",
        "chunksize", "broken-pool", "broken-pool-python", "uneven",
        "uneven-poolmap", "memory-bound"};
    std::vector<std::string_view> all;
    for (const Lesson &l : allLessons())
        all.push_back(l.id);
    QCOMPARE(all, checked);
}

QTEST_GUILESS_MAIN(TestLessonOutcomes)
#include "tst_lesson_outcomes.moc"
