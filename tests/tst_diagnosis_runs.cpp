// "Why this speedup?" on real runs (issue 15, item 2): each finding kind of diagnose() is
// checked on a small real run whose trace must show it, and on one whose trace must not. The
// runs are short (tens of ms to about a second) and each case is decided with a margin that a
// loaded 2-core machine keeps: counts and structure (how many tasks ran at once, which run
// failed, which API held results), or ratios far from their thresholds (a 200 ms task against
// 20 ms ones). Where a real run cannot be made to decide (memory bandwidth, Python's pickling
// cost) the case says which test covers it instead.

#include "tests/engineruns.h"
#include "tests/timing.h"
#include "core/analysis/diagnosis.h"
#include "core/exec/pythonexecutor.h"
#include "core/sample/cpusampler.h"

#include <QStringList>
#include <QTest>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

using namespace corescope;

namespace {

std::shared_ptr<const Workload> workloadOf(KernelId kernel, std::vector<std::uint64_t> inputs)
{
    Workload w;
    w.name = "diagnosis";
    w.kernel = kernel;
    ExplicitInputs explicitInputs;
    for (const std::uint64_t a : inputs)
        explicitInputs.values.push_back({a, 0});
    w.inputs = std::move(explicitInputs);
    return std::make_shared<const Workload>(std::move(w));
}

std::shared_ptr<const Workload> repeated(KernelId kernel, std::uint64_t input, std::uint64_t count)
{
    Workload w;
    w.name = "diagnosis";
    w.kernel = kernel;
    w.inputs = RepeatInputs{{input, 0}, count};
    return std::make_shared<const Workload>(std::move(w));
}

RunOptions optionsOf(Mode mode, int workers, int chunksize = 1, PyApi api = PyApi::PoolImapUnordered)
{
    RunOptions o;
    o.mode = mode;
    o.workers = workers;
    o.chunksize = chunksize;
    o.api = api;
    o.workerPath = CORESCOPE_BIN_DIR "/corescope-worker";
    return o;
}

RunResult run(std::shared_ptr<const Workload> workload, const RunOptions &options)
{
    return test::runToEnd(std::move(workload), options, std::chrono::seconds(60));
}

const Finding *find(const std::vector<Finding> &findings, Finding::Kind kind)
{
    for (const Finding &f : findings)
        if (f.kind == kind)
            return &f;
    return nullptr;
}

QString describe(const std::vector<Finding> &findings)
{
    QString text = QStringLiteral("findings:");
    for (const Finding &f : findings)
        text += QStringLiteral("\n  ") + QString::fromStdString(f.text);
    return text;
}

// How many tasks each worker finished, fewest first.
std::vector<int> tasksPerWorker(const RunResult &r)
{
    std::vector<int> count;
    for (const TaskRecord &t : r.tasks) {
        if (t.state != TaskState::Done || t.worker < 0)
            continue;
        if (static_cast<std::size_t>(t.worker) >= count.size())
            count.resize(static_cast<std::size_t>(t.worker) + 1, 0);
        ++count[static_cast<std::size_t>(t.worker)];
    }
    std::sort(count.begin(), count.end());
    return count;
}

// The longest finished task's duration over the shortest's (1: all equal).
double durationSpread(const RunResult &r)
{
    std::int64_t lo = INT64_MAX, hi = 0;
    for (const TaskRecord &t : r.tasks)
        if (t.state == TaskState::Done) {
            lo = std::min(lo, t.durationNs());
            hi = std::max(hi, t.durationNs());
        }
    return lo > 0 && lo != INT64_MAX ? double(hi) / double(lo) : 0.0;
}

// Set by a case whose run could not be given the shape it needs, with the reason: skipped.
std::string g_skip;

// How far apart the workers' first tasks started (INT64_MAX with fewer than two workers).
std::int64_t firstStartsApartNs(const RunResult &r)
{
    std::vector<std::int64_t> first;
    for (const TaskRecord &t : r.tasks) {
        if (t.state != TaskState::Done || t.worker < 0 || t.startNs < 0)
            continue;
        if (static_cast<std::size_t>(t.worker) >= first.size())
            first.resize(static_cast<std::size_t>(t.worker) + 1, INT64_MAX);
        first[static_cast<std::size_t>(t.worker)] =
            std::min(first[static_cast<std::size_t>(t.worker)], t.startNs);
    }
    std::erase(first, INT64_MAX);
    if (first.size() < 2)
        return INT64_MAX;
    const auto [lo, hi] = std::minmax_element(first.begin(), first.end());
    return *hi - *lo;
}

QString describeCounts(const std::vector<int> &counts)
{
    QStringList parts;
    for (const int n : counts)
        parts << QString::number(n);
    return parts.join(QStringLiteral(", "));
}

int cores()
{
    return std::max(1, logicalCoreCount());
}

bool pythonAvailable()
{
    return probePython({}).error.empty();
}

// One case: the findings of a real run (and its baseline, when the kind needs one).
struct Case {
    const char *name;
    Finding::Kind kind;
    bool expected;
    bool python;                       // needs python3: skipped with the reason when missing
    std::function<std::vector<Finding>()> findings;
    const char *says = nullptr;        // the finding's text contains this
    const char *neverSays = nullptr;   // ... and not this
};

std::vector<Finding> diagnosed(const RunResult &r, const RunResult *baseline = nullptr)
{
    if (r.status != RunStatus::Ok && r.status != RunStatus::Failed)
        qWarning("run ended %s: %s", std::string(runStatusName(r.status)).c_str(), r.error.c_str());
    return diagnose(r, baseline);
}

// The run a native workload makes on the other runtime, for Kind::Runtime.
std::vector<Finding> runtimeFindings(KernelId kernel, std::vector<std::uint64_t> inputs)
{
    const auto w = workloadOf(kernel, std::move(inputs));
    const RunResult native = run(w, optionsOf(Mode::Serial, 1));
    RunOptions py = optionsOf(Mode::Serial, 1);
    py.runtime = Runtime::Python;
    const RunResult python = run(w, py);
    const auto a = taskCompute(native);
    const auto b = taskCompute(python);
    std::vector<Finding> out;
    if (a && b)
        if (auto f = runtimeComparison(*a, *b))
            out.push_back(*f);
    return out;
}

const std::vector<Case> &cases()
{
    static const std::vector<Case> all = [] {
        std::vector<Case> c;
        using K = Finding::Kind;
        // Speedup: only against an ended-well serial baseline, for a run that ended well.
        c.push_back({"speedup: threads against serial", K::Speedup, true, false, [] {
            const auto w = repeated(KernelId::SpinMs, 20, 4);
            const RunResult serial = run(w, optionsOf(Mode::Serial, 1));
            return diagnosed(run(w, optionsOf(Mode::Threads, 2)), &serial);
        }});
        c.push_back({"speedup: no baseline", K::Speedup, false, false, [] {
            return diagnosed(run(repeated(KernelId::SpinMs, 20, 4), optionsOf(Mode::Threads, 2)));
        }});
        // GIL wait: two computing threads under the emulated GIL wait about half the time.
        c.push_back({"gil: 2 spinning threads + emulated GIL", K::GilWait, true, false, [] {
            RunOptions o = optionsOf(Mode::Threads, 2);
            o.gil = true;
            return diagnosed(run(repeated(KernelId::SpinMs, 30, 4), o));
        }});
        c.push_back({"gil: the same threads without a GIL", K::GilWait, false, false, [] {
            return diagnosed(run(repeated(KernelId::SpinMs, 30, 4), optionsOf(Mode::Threads, 2)));
        }});
        // Start-up: two worker processes for two instant tasks is all start-up; the same pool
        // for 4 x 250 ms of computing is under a tenth (a loaded machine stretches both).
        // Here the pool's end counts as much as its start: a run also waits for its workers to
        // exit, which on a loaded machine can take ten times their start (measured: start-up
        // 1.1 ms, exits 10 ms later, under three busy loops; then start-up is rightly under a
        // tenth). Up to five runs are made for a pool that ended no slower than it started,
        // and whose start-up was at least a fifth of the run (the finding's bar is a tenth):
        // a loaded machine can stretch the hand-out of the two tasks as well as the exits.
        c.push_back({"start-up: processes for 2 instant tasks", K::StartUp, true, false, [] {
            std::string why;
            for (int attempt = 1; attempt <= 5; ++attempt) {
                const RunResult r = run(repeated(KernelId::Double, 1, 2), optionsOf(Mode::Processes, 2));
                std::int64_t firstSpawn = INT64_MAX, lastReady = -1, lastEnd = -1;
                for (const WorkerRecord &w : r.workers) {
                    firstSpawn = std::min(firstSpawn, w.spawnNs);
                    lastReady = std::max(lastReady, w.readyNs);
                }
                for (const TaskRecord &t : r.tasks)
                    lastEnd = std::max(lastEnd, t.endNs);
                const std::int64_t startNs = lastReady - firstSpawn;
                const std::int64_t endNs = r.wallNs - lastEnd;
                if (r.workers.empty() || lastEnd < 0 || (endNs <= startNs && 5 * startNs >= r.wallNs))
                    return diagnosed(r);
                why = "the workers exited " + std::to_string(endNs / 1000) + " us after the last task, "
                    "they started in " + std::to_string(startNs / 1000) + " us, the run took "
                    + std::to_string(r.wallNs / 1000) + " us";
                qWarning("attempt %d: %s (wanted: a pool that ends no slower than it starts, "
                         "and starts in a fifth of the run or more)",
                         attempt, why.c_str());
            }
            g_skip = "no pool on this machine ended as fast as it started and started in a "
                     "fifth of its run: " + why;
            return std::vector<Finding>{};
        }});
        c.push_back({"start-up: processes for 4 x 250 ms", K::StartUp, false, false, [] {
            return diagnosed(run(repeated(KernelId::SpinMs, 250, 4), optionsOf(Mode::Processes, 2)));
        }});
        // Dispatch: 20,000 doublings one at a time: the gaps between tasks outweigh them.
        c.push_back({"dispatch: 20,000 tiny tasks, chunksize 1", K::Dispatch, true, false, [] {
            return diagnosed(run(repeated(KernelId::Double, 7, 20000), optionsOf(Mode::Threads, 2)));
        }});
        c.push_back({"dispatch: 40 tasks of 1 ms", K::Dispatch, false, false, [] {
            return diagnosed(run(repeated(KernelId::SpinMs, 1, 40), optionsOf(Mode::Threads, 2)));
        }});
        // Tail: a 200 ms task beside four of 20 ms leaves one worker alone for ~60 % of the
        // run (uneven tasks); three equal ones on two workers for ~50 % (no more to share).
        // That needs one worker on the long task and the other on the four short ones, started
        // together, the short ones well under the long one. A loaded machine can break it (a
        // thread starting late runs nothing, or short tasks stretched to the long one's time:
        // then there is no tail, and the diagnosis rightly says none; seen once in CI), so up
        // to five runs are made for it, and the case is skipped, saying why, if none had it.
        c.push_back({"tail: one long task among short ones", K::Tail, true, false, [] {
            std::string why;
            for (int attempt = 1; attempt <= 5; ++attempt) {
                const RunResult r = run(workloadOf(KernelId::SpinMs, {200, 20, 20, 20, 20}),
                                        optionsOf(Mode::Threads, 2));
                const std::vector<int> counts = tasksPerWorker(r);
                const std::int64_t apartNs = firstStartsApartNs(r);
                std::int64_t shortNs = 0;
                for (std::size_t i = 1; i < r.tasks.size(); ++i)
                    shortNs += r.tasks[i].durationNs();
                const std::int64_t longNs = r.tasks[0].durationNs();
                if (counts != std::vector<int>{1, 4})
                    why = "the workers ran " + describeCounts(counts).toStdString() + " tasks";
                else if (apartNs > 20'000'000)
                    why = "their first tasks started " + std::to_string(apartNs / 1'000'000) + " ms apart";
                else if (10 * shortNs > 6 * longNs)
                    why = "the short tasks took " + std::to_string(shortNs / 1'000'000)
                        + " ms against the long one's " + std::to_string(longNs / 1'000'000) + " ms";
                else
                    return diagnosed(r);
                qWarning("attempt %d: %s (wanted: 1 and 4 tasks, at once, the 4 well under the 1)",
                         attempt, why.c_str());
            }
            g_skip = "no run of one long and four short tasks kept that shape on this machine: " + why;
            return std::vector<Finding>{};
        }, ": uneven tasks"});
        // The tail needs the two workers to start at once, one to run two tasks and the other
        // one, and the three tasks to take about as long as each other. A loaded machine breaks
        // that shape (a thread starts late, or one task is stretched to three times the others:
        // then the trace shows no tail, or an uneven one, and the diagnosis says so rightly), so
        // up to five runs are made for it, and the case is skipped, saying why, if none had it.
        c.push_back({"tail: 3 equal tasks on 2 workers", K::Tail, true, false, [] {
            std::string why;
            for (int attempt = 1; attempt <= 5; ++attempt) {
                const RunResult r = run(repeated(KernelId::SpinMs, 100, 3), optionsOf(Mode::Threads, 2));
                const std::vector<int> counts = tasksPerWorker(r);
                const std::int64_t apartNs = firstStartsApartNs(r);
                const double spread = durationSpread(r);
                if (counts != std::vector<int>{1, 2})
                    why = "the workers ran " + describeCounts(counts).toStdString() + " tasks";
                else if (apartNs > 20'000'000)
                    why = "their first tasks started " + std::to_string(apartNs / 1'000'000) + " ms apart";
                else if (spread > 1.25)
                    why = "the longest task took " + std::to_string(spread).substr(0, 4) + "x the shortest";
                else
                    return diagnosed(r);
                qWarning("attempt %d: %s (wanted: 1 and 2 tasks, at once, about equal)", attempt,
                         why.c_str());
            }
            g_skip = "no run of 3 equal tasks kept that shape on this machine: " + why;
            return std::vector<Finding>{};
        }, "with no task left for it", "uneven"});
        // (Twenty short ones: the workers' ends differ by at most about one task, ~5 %.) A
        // loaded machine that stretches one of them to twice the others makes a real tail of
        // uneven tasks, which the diagnosis rightly names (seen under a second job's load: one
        // worker alone for 33 ms, 11 %): up to five runs for one whose tasks stayed about equal.
        c.push_back({"tail: 20 equal tasks on 2 workers", K::Tail, false, false, [] {
            std::string why;
            for (int attempt = 1; attempt <= 5; ++attempt) {
                const RunResult r = run(repeated(KernelId::SpinMs, 20, 20), optionsOf(Mode::Threads, 2));
                const double spread = durationSpread(r);
                if (spread <= 1.25)   // as the 3-task case: a stretch of a few ms at most
                    return diagnosed(r);
                why = "the longest task took " + std::to_string(spread).substr(0, 4) + "x the shortest";
                qWarning("attempt %d: %s (wanted: about equal)", attempt, why.c_str());
            }
            g_skip = "no run of 20 equal tasks kept them about equal on this machine: " + why;
            return std::vector<Finding>{};
        }});
        c.push_back({"tail: a broken pool", K::Tail, false, false, [] {
            // The long task is killed with the pool: a failed run has no tail to blame.
            auto w = std::make_shared<Workload>(*workloadOf(KernelId::Crash, {600, 30, 0, 30}));
            w->params.crashSignal = 11;
            const RunResult r = run(w, optionsOf(Mode::Processes, 2));
            if (r.status != RunStatus::Failed)
                qWarning("the broken pool did not fail: %s", r.error.c_str());
            return diagnosed(r);
        }});
        // More workers than cores: cores + 2 computing threads all run at once; as many
        // threads with only `cores` tasks never do; sleeping ones take no turns; behind the
        // emulated GIL they take turns on the lock.
        c.push_back({"oversubscribed: cores + 2 spinning threads", K::Oversubscribed, true, false, [] {
            const int n = cores() + 2;
            return diagnosed(run(repeated(KernelId::SpinMs, 60, std::uint64_t(n)),
                                 optionsOf(Mode::Threads, n)));
        }});
        c.push_back({"oversubscribed: cores + 2 threads, cores tasks", K::Oversubscribed, false, false, [] {
            return diagnosed(run(repeated(KernelId::SpinMs, 60, std::uint64_t(cores())),
                                 optionsOf(Mode::Threads, cores() + 2)));
        }});
        c.push_back({"oversubscribed: cores + 2 sleeping threads", K::Oversubscribed, false, false, [] {
            const int n = cores() + 2;
            return diagnosed(run(repeated(KernelId::SleepMs, 60, std::uint64_t(n)),
                                 optionsOf(Mode::Threads, n)));
        }});
        c.push_back({"oversubscribed: cores + 2 threads + emulated GIL", K::Oversubscribed, false, false, [] {
            const int n = cores() + 2;
            RunOptions o = optionsOf(Mode::Threads, n);
            o.gil = true;
            return diagnosed(run(repeated(KernelId::SpinMs, 20, std::uint64_t(n)), o));
        }});
        // Memory-bound: never claimed without a serial run to compare with. Its trigger (tasks
        // >= 1.2x as long as serially) depends on the machine's memory: tst_analysis and
        // tst_gui_lessons check it on constructed traces.
        c.push_back({"memory-bound: no serial baseline", K::MemoryBound, false, false, [] {
            auto w = std::make_shared<Workload>(*repeated(KernelId::MemSweep, 1, 4));
            w->params.bufferMiB = 8;
            return diagnosed(run(w, optionsOf(Mode::Threads, 2)));
        }});
        c.push_back({"memory-bound: a computing kernel", K::MemoryBound, false, false, [] {
            const auto w = repeated(KernelId::SpinMs, 20, 4);
            const RunResult serial = run(w, optionsOf(Mode::Serial, 1));
            return diagnosed(run(w, optionsOf(Mode::Threads, 2)), &serial);
        }});
        // Results held: Pool.map hands every result back at the end, imap_unordered each as
        // it comes.
        c.push_back({"held: Pool.map", K::HeldResults, true, false, [] {
            return diagnosed(run(repeated(KernelId::SpinMs, 10, 8),
                                 optionsOf(Mode::Threads, 2, 1, PyApi::PoolMap)));
        }});
        c.push_back({"held: Pool.imap_unordered", K::HeldResults, false, false, [] {
            return diagnosed(run(repeated(KernelId::SpinMs, 10, 8),
                                 optionsOf(Mode::Threads, 2, 1, PyApi::PoolImapUnordered)));
        }});
        // Hand-back delay: only Python's processes pickle results; the native pool sends 8
        // bytes. Its trigger (a pickled 400,000-int list) is tst_lesson_outcomes'
        // resultCopy case, with attempts on a loaded machine.
        c.push_back({"hand-back: native processes", K::HandBackDelay, false, false, [] {
            return diagnosed(run(repeated(KernelId::SpinMs, 10, 8),
                                 optionsOf(Mode::Processes, 2, 1, PyApi::SubmitAsCompleted)));
        }});
        // Off the CPU in processes: Python's sleeping workers are off it nearly all the time,
        // and it is not called a GIL wait; the native pool does not measure it.
        c.push_back({"off-CPU: Python processes sleeping", K::OffCpu, true, true,
                     [] {
                         RunOptions o = optionsOf(Mode::Processes, 2, 1, PyApi::PoolImap);
                         o.runtime = Runtime::Python;
                         return diagnosed(run(repeated(KernelId::SleepMs, 30, 4), o));
                     },
                     "off the CPU, waiting for the OS", nullptr});
        c.push_back({"off-CPU: native processes sleeping", K::OffCpu, false, false, [] {
            return diagnosed(run(repeated(KernelId::SleepMs, 30, 4), optionsOf(Mode::Processes, 2)));
        }});
        // The other runtime: computed tasks compare; sleeping ones say nothing of speed.
        c.push_back({"runtime: is_prime in Python and native", K::Runtime, true, true, [] {
            return runtimeFindings(KernelId::IsPrime, {1000003, 1000033, 1000037, 1000039});
        }});
        c.push_back({"runtime: sleep_ms in Python and native", K::Runtime, false, true, [] {
            return runtimeFindings(KernelId::SleepMs, {20, 20});
        }});
        return c;
    }();
    return all;
}

} // namespace

class TestDiagnosisRuns final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void eachFindingOnARealRun_data()
    {
        QTest::addColumn<int>("which");
        for (std::size_t i = 0; i < cases().size(); ++i)
            QTest::addRow("%s", cases()[i].name) << int(i);
    }
    void eachFindingOnARealRun()
    {
        QFETCH(int, which);
        const Case &c = cases()[static_cast<std::size_t>(which)];
        if (c.python && !pythonAvailable())
            QSKIP("python3 (3.9 or newer) is not installed: this kind needs a Python run");
        g_skip.clear();
        const std::vector<Finding> findings = c.findings();
        if (!g_skip.empty())
            QSKIP(g_skip.c_str());
        const Finding *f = find(findings, c.kind);
        QVERIFY2(bool(f) == c.expected, qPrintable(describe(findings)));
        if (f && c.says)
            QVERIFY2(f->text.find(c.says) != std::string::npos, f->text.c_str());
        if (f && c.neverSays)
            QVERIFY2(f->text.find(c.neverSays) == std::string::npos, f->text.c_str());
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisRuns)
#include "tst_diagnosis_runs.moc"
