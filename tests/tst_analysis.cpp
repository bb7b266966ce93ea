// Scaling analysis against hand-computed values, and each diagnosis on a run built to show it.
#include "core/analysis/diagnosis.h"
#include "core/analysis/rundigest.h"
#include "core/analysis/handback.h"
#include "core/analysis/scaling.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <string>

using namespace corescope;

namespace {

std::shared_ptr<const Workload> workloadOf(KernelId kernel, std::size_t tasks, std::uint64_t input = 1)
{
    Workload w;
    w.name = "synthetic";
    w.kernel = kernel;
    w.inputs = RepeatInputs{{input, 0}, tasks};
    return std::make_shared<const Workload>(std::move(w));
}

// A run whose tasks are (worker, start ms, end ms, gil wait ms).
struct Slice {
    int worker;
    double start, end, gil = 0;
};

RunResult runOf(Mode mode, int workers, double wallMs, const std::vector<Slice> &slices,
                KernelId kernel = KernelId::SpinMs, int cores = 2)
{
    RunResult r;
    r.workload = workloadOf(kernel, slices.size());
    r.options.mode = mode;
    r.options.workers = workers;
    r.machine.logicalCores = cores;
    r.status = RunStatus::Ok;
    r.wallNs = static_cast<std::int64_t>(wallMs * 1e6);
    for (std::size_t i = 0; i < slices.size(); ++i) {
        TaskRecord t;
        t.index = static_cast<std::uint32_t>(i);
        t.worker = static_cast<std::int16_t>(slices[i].worker);
        t.startNs = static_cast<std::int64_t>(slices[i].start * 1e6);
        t.endNs = static_cast<std::int64_t>(slices[i].end * 1e6);
        t.gilWaitNs = static_cast<std::int64_t>(slices[i].gil * 1e6);
        t.state = TaskState::Done;
        r.tasks.push_back(t);
    }
    return r;
}

const Finding *find(const std::vector<Finding> &findings, Finding::Kind kind)
{
    for (const auto &f : findings)
        if (f.kind == kind)
            return &f;
    return nullptr;
}

} // namespace

class TestAnalysis : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void speedupEfficiencyKarpFlatt()
    {
        QCOMPARE(speedup(10.0, 4.0), 2.5);
        QCOMPARE(efficiency(2.5, 4), 0.625);
        // S = 2.5 on 4: e = (0.4 - 0.25) / 0.75 = 0.2
        QVERIFY(std::abs(*karpFlatt(2.5, 4) - 0.2) < 1e-12);
        // Perfect scaling has no serial fraction.
        QVERIFY(std::abs(*karpFlatt(8.0, 8)) < 1e-12);
        QVERIFY(!karpFlatt(1.0, 1).has_value());
    }

    void amdahlFit_recoversAKnownSerialFraction()
    {
        const double f = 0.1;
        std::vector<ScalingPoint> points;
        for (int p : {1, 2, 4, 8, 16})
            points.push_back({p, 1.0 / (f + (1.0 - f) / p)});
        const auto fit = fitAmdahl(points);
        QVERIFY(fit.has_value());
        QCOMPARE(fit->points, 4);
        QVERIFY(std::abs(fit->serialFraction - 0.1) < 1e-9);
        QVERIFY(fit->standardError < 1e-9);
        // Predictions at 64 cores: 1 / (0.1 + 0.9/64) = 8.767...
        QVERIFY(std::abs(fit->predict(64) - 1.0 / (0.1 + 0.9 / 64)) < 1e-9);
    }

    // Fitted up to one host's cores only, then checked at every larger count measured.
    void predictionsBeyond_fitUpToCoresThenCheckEachLargerCount()
    {
        const double f = 0.1;
        const auto amdahl = [f](int p) { return 1.0 / (f + (1.0 - f) / p); };
        // Up to 4 the curve is Amdahl's with f = 0.1; beyond, the measurement falls short.
        const std::vector<ScalingPoint> points{{1, 1.0}, {2, amdahl(2)}, {4, amdahl(4)},
                                               {8, 0.8 * amdahl(8)}, {16, 0.5 * amdahl(16)}};
        const auto checked = checkPredictionsBeyond(points, 4);
        QVERIFY(checked.has_value());
        QVERIFY(std::abs(checked->fit.serialFraction - f) < 1e-9);   // 8 and 16 not in the fit
        QCOMPARE(int(checked->checks.size()), 2);
        QCOMPARE(checked->checks[0].workers, 8);
        QVERIFY(std::abs(checked->checks[0].predicted - amdahl(8)) < 1e-9);
        QVERIFY(std::abs(checked->checks[0].measured - 0.8 * amdahl(8)) < 1e-12);
        QCOMPARE(checked->checks[1].workers, 16);
        QVERIFY(std::abs(checked->checks[1].measured - 0.5 * amdahl(16)) < 1e-12);
        QVERIFY(!checkPredictionsBeyond({{1, 1.0}, {8, 5.0}}, 4).has_value());   // nothing to fit
    }

    void amdahlFit_reportsErrorOnNoisyData()
    {
        // f = 0.25 with +-3% noise.
        std::vector<ScalingPoint> points{{2, 1.6 * 1.03}, {4, 2.2857 * 0.97}, {8, 2.9091 * 1.02}};
        const auto fit = fitAmdahl(points);
        QVERIFY(fit.has_value());
        QVERIFY(std::abs(fit->serialFraction - 0.25) < 0.03);
        QVERIFY(fit->standardError > 0.0);
        QVERIFY(!fitAmdahl({{1, 1.0}}).has_value());
    }

    // A prediction carries its 95 % interval; too few points or a poor fit are flagged.
    void amdahlFit_intervalsAndWarnings()
    {
        const double f = 0.25;
        const auto amdahl = [f](int p) { return 1.0 / (f + (1.0 - f) / p); };
        // +-3 % noise on three points: a good fit, an interval around the truth.
        const auto noisy = fitAmdahl({{2, amdahl(2) * 1.03}, {4, amdahl(4) * 0.97}, {8, amdahl(8) * 1.02}});
        QVERIFY(noisy.has_value());
        QCOMPARE(noisy->points, 3);
        const auto fRange = noisy->serialFractionInterval();
        QVERIFY(fRange.has_value());
        QVERIFY2(fRange->low < f && f < fRange->high,
                 qPrintable(QStringLiteral("%1-%2").arg(fRange->low).arg(fRange->high)));
        // t(2 df) = 4.303: the half-width is 4.303 standard errors.
        QVERIFY(std::abs((fRange->high - fRange->low) / 2 - 4.303 * noisy->standardError) < 1e-9);
        const auto at16 = noisy->predictInterval(16);
        QVERIFY(at16.has_value());
        QVERIFY(at16->low < noisy->predict(16) && noisy->predict(16) < at16->high);
        QVERIFY(at16->low < amdahl(16) && amdahl(16) < at16->high);
        QVERIFY(noisy->relativeError > 0.005 && noisy->relativeError < 0.05);
        QVERIFY(fitWarnings(*noisy).empty());

        // Two points: an interval (wide: t with 1 degree of freedom is 12.7), and a warning.
        const auto two = fitAmdahl({{1, 1.0}, {2, amdahl(2) * 1.05}, {4, amdahl(4) * 0.95}});
        QVERIFY(two.has_value());
        QCOMPARE(two->points, 2);
        QVERIFY(two->predictInterval(64).has_value());
        QVERIFY(two->predictInterval(64)->high - two->predictInterval(64)->low
                > noisy->predictInterval(64)->high - noisy->predictInterval(64)->low);
        QVERIFY(fitWarnings(*two) == std::vector<FitWarning>{FitWarning::TooFewPoints});
        QVERIFY(fitWarningId(FitWarning::TooFewPoints) == std::string_view("too_few_points"));

        // One point: no spread, no interval, so no prediction may be shown.
        const auto one = fitAmdahl({{1, 1.0}, {2, 1.8}});
        QVERIFY(one.has_value());
        QVERIFY(!one->serialFractionInterval().has_value());
        QVERIFY(!one->predictInterval(8).has_value());
        QVERIFY(fitWarnings(*one) == std::vector<FitWarning>{FitWarning::TooFewPoints});
        // On 2 cores one point is all a sweep can give; on 3, two; on 4, more could be swept.
        QVERIFY(fitLimitedByCores(*one, 2));
        QVERIFY(!fitLimitedByCores(*one, 3));   // a sweep of 1-3 gives two
        QVERIFY(fitLimitedByCores(*two, 3));
        QVERIFY(!fitLimitedByCores(*two, 4));
        QVERIFY(!fitLimitedByCores(*one, 0));   // the machine unknown (an old report)
        QVERIFY(!fitLimitedByCores(*one, 1));   // one core: no point above one worker fits
        QVERIFY(!fitLimitedByCores(*two, 2));   // two points, fitted beyond 2 cores

        // Speedups that go up, down and up again follow no Amdahl curve.
        const auto poor = fitAmdahl({{2, 1.9}, {3, 1.1}, {4, 3.6}, {6, 1.5}});
        QVERIFY(poor.has_value());
        QVERIFY2(poor->relativeError > kPoorFitRelativeError, qPrintable(QString::number(poor->relativeError)));
        QVERIFY(fitWarnings(*poor) == std::vector<FitWarning>{FitWarning::PoorFit});
        QVERIFY(fitWarningId(FitWarning::PoorFit) == std::string_view("poor_fit"));

        // A prediction beyond the fitted cores carries the interval too.
        const auto checked = checkPredictionsBeyond({{2, amdahl(2) * 1.03}, {4, amdahl(4) * 0.97},
                                                     {8, amdahl(8) * 1.02}, {16, 3.0}}, 8);
        QVERIFY(checked.has_value());
        QCOMPARE(int(checked->checks.size()), 1);
        QVERIFY(checked->checks[0].interval.has_value());
        QCOMPARE(checked->checks[0].interval->low, at16->low);
    }

    void runtimeComparison_theSameTasksOnTheOtherRuntime()
    {
        // Two native gcd tasks of 2 ms, two Python ones of 80 ms of which 20 ms off the CPU:
        // Python computed 60 ms a task, 30x the native 2 ms.
        const RunResult native = runOf(Mode::Serial, 1, 4, {{0, 0, 2}, {0, 2, 4}}, KernelId::GcdNaive);
        RunResult python = runOf(Mode::Processes, 2, 80, {{0, 0, 80, 20}, {1, 0, 80, 20}},
                                 KernelId::GcdNaive);
        python.options.runtime = Runtime::Python;
        const auto n = taskCompute(native);
        const auto p = taskCompute(python);
        QVERIFY(n && p);
        QCOMPARE(n->meanOnCpuNs, 2e6);
        QCOMPARE(p->meanOnCpuNs, 60e6);
        const auto onNative = runtimeComparison(*n, *p);
        QVERIFY(onNative);
        QCOMPARE(onNative->kind, Finding::Kind::Runtime);
        QCOMPARE(onNative->value, 30.0);
        QCOMPARE(QString::fromStdString(onNative->text),
                 QStringLiteral("these tasks ran as native C++ kernels: in the last Python run of "
                                "this workload (Python processes \u00d7 2) each task computed 30x as "
                                "long (60 ms in Python against 2 ms in C++)"));
        const auto onPython = runtimeComparison(*p, *n);
        QVERIFY(onPython);
        QCOMPARE(onPython->value, 30.0);
        QVERIFY(onPython->text.starts_with("each task computed 30x as long here as in the last "
                                           "native run of this workload (native serial;"));

        // Not the same work, not another runtime, or tasks that mostly waited: nothing.
        RunResult other = native;
        other.workload = workloadOf(KernelId::IsPrime, 2);
        QVERIFY(!runtimeComparison(*taskCompute(other), *p));
        QVERIFY(!runtimeComparison(*n, *n));
        const RunResult sleeping = runOf(Mode::Threads, 2, 200, {{0, 0, 200, 199}, {1, 0, 200, 199}},
                                         KernelId::GcdNaive);
        QVERIFY(!taskCompute(sleeping));
        RunResult failed = native;
        failed.status = RunStatus::Failed;
        QVERIFY(!taskCompute(failed));
    }

    // What the window's run end reads, counted once off the GUI thread: the same counts and
    // compute time the run's own accessors give.
    void runDigest_countsWhatTheRunSays()
    {
        RunResult python = runOf(Mode::Processes, 2, 80, {{0, 0, 80, 20}, {1, 0, 80, 20}},
                                 KernelId::GcdNaive);
        python.options.runtime = Runtime::Python;
        const RunDigest ok = digestRun(python);
        QCOMPARE(ok.tasksDone, python.tasksDone());
        QCOMPARE(ok.tasksDone, std::uint64_t(2));
        QCOMPARE(ok.mismatches, std::uint64_t(0));
        QVERIFY(ok.compute);
        QCOMPARE(ok.compute->meanOnCpuNs, taskCompute(python)->meanOnCpuNs);

        RunResult mixed = python;
        mixed.tasks[0].mismatch = true;
        mixed.tasks[1].state = TaskState::Failed;
        mixed.status = RunStatus::Failed;
        const RunDigest bad = digestRun(mixed);
        QCOMPARE(bad.tasksDone, mixed.tasksDone());
        QCOMPARE(bad.tasksDone, std::uint64_t(1));
        QCOMPARE(bad.mismatches, mixed.mismatches());
        QCOMPARE(bad.mismatches, std::uint64_t(1));
        QVERIFY(!bad.compute);   // a failed run computed nothing to compare
        QCOMPARE(bad.cancelled, std::uint64_t(0));
        QCOMPARE(bad.failed, std::uint64_t(1));
        QCOMPARE(bad.tasksEnded, std::uint64_t(2));
        QCOMPARE(ok.tasksEnded, std::uint64_t(2));

        RunResult cut = python;
        cut.tasks[1].state = TaskState::Cancelled;
        cut.status = RunStatus::Cancelled;
        QCOMPARE(digestRun(cut).cancelled, std::uint64_t(1));
        QCOMPARE(digestRun(cut).tasksDone, std::uint64_t(1));
        QCOMPARE(digestRun(cut).tasksEnded, std::uint64_t(2));   // the cancelled one ended too

        // A broken pool: one task failed, one stopped with it, one never ran.
        RunResult broken = runOf(Mode::Processes, 2, 80,
                                 {{0, 0, 80, 20}, {1, 0, 80, 20}, {0, 80, 90, 0}, {1, 80, 90, 0}},
                                 KernelId::GcdNaive);
        broken.tasks[1].state = TaskState::Failed;
        broken.tasks[2].state = TaskState::Killed;
        broken.tasks[3].state = TaskState::Pending;
        const RunDigest b = digestRun(broken);
        QCOMPARE(b.tasksDone, std::uint64_t(1));
        QCOMPARE(b.failed, std::uint64_t(1));
        QCOMPARE(b.killed, std::uint64_t(1));
        QCOMPARE(b.tasksEnded, std::uint64_t(3));
    }

    void diagnosis_gilWait()
    {
        RunResult r = runOf(Mode::Threads, 2, 200, {{0, 0, 200, 100}, {1, 0, 200, 96}});
        r.options.gil = true;
        const auto findings = diagnose(r);
        const Finding *f = find(findings, Finding::Kind::GilWait);
        QVERIFY(f);
        QCOMPARE(QString::fromStdString(f->text), QStringLiteral("native threads waited for the emulated GIL 49% of the time: it lets "
                                      "one thread run at a time, as CPython's GIL lets one "
                                      "thread run Python code"));
        r.options.gil = false;
        QVERIFY(!find(diagnose(r), Finding::Kind::GilWait));

        // Python threads: their time off the CPU, named for what it may be (the trace has the
        // thread's CPU time, not who held the GIL).
        r.options.runtime = Runtime::Python;
        const auto python = diagnose(r);
        f = find(python, Finding::Kind::GilWait);
        QVERIFY(f);
        QCOMPARE(QString::fromStdString(f->text),
                 QStringLiteral("Python threads spent 49% of their tasks' time off the CPU, "
                                "waiting for the GIL or for the OS (a sleep, I/O, a core busy "
                                "elsewhere)"));
        // Tasks whose CPU time was not read (-1: short tasks between samples) count neither
        // as waits nor in the share's whole: one more task, unmeasured, changes nothing.
        RunResult withUnknown = r;
        withUnknown.tasks.push_back(withUnknown.tasks.back());
        withUnknown.tasks.back().index = 2;
        withUnknown.tasks.back().gilWaitNs = -1;
        const auto unknown = diagnose(withUnknown);
        f = find(unknown, Finding::Kind::GilWait);
        QVERIFY(f);
        QVERIFY2(f->text.starts_with("Python threads spent 49% "), f->text.c_str());
        r.options.mode = Mode::Processes;
        QVERIFY(!find(diagnose(r), Finding::Kind::GilWait));
    }

    void diagnosis_startUp()
    {
        RunResult r = runOf(Mode::Processes, 2, 100, {{0, 40, 100}, {1, 40, 100}});
        r.workers = {WorkerRecord{0, 1, 1, 0, 30'000'000, 100'000'000, 1, 0, {}, -1, {}},
                     WorkerRecord{1, 2, 2, 1'000'000, 35'000'000, 100'000'000, 1, 0, {}, -1, {}}};
        const auto findings = diagnose(r);
        const Finding *f = find(findings, Finding::Kind::StartUp);
        QVERIFY(f);
        QCOMPARE(QString::fromStdString(f->text), QStringLiteral("worker start-up was 35% of the run (35 ms): a pool pays it once, so keep the pool for more work, or start fewer workers that live longer"));
        // A run cut short (a task raised, Cancel) has no advice on what its start-up cost.
        for (const RunStatus cut : {RunStatus::Failed, RunStatus::Cancelled}) {
            r.status = cut;
            QVERIFY(!find(diagnose(r), Finding::Kind::StartUp));
        }
    }

    void diagnosis_startUp_countsOverlappingStartsOnceAndLateReplacementsAlone()
    {
        // A replacement worker spawned at 80 ms of a 100 ms run, ready 2 ms later: the start-up
        // is the pool's 5 ms plus the replacement's 2 ms, not "since the first spawn".
        RunResult r = runOf(Mode::Processes, 2, 100, {{0, 10, 100}, {1, 10, 100}});
        r.workers = {WorkerRecord{0, 1, 1, 0, 5'000'000, 80'000'000, 1, 0, {"killed"}, -1, {}},
                     WorkerRecord{1, 2, 2, 0, 4'000'000, 100'000'000, 1, 0, {}, -1, {}},
                     WorkerRecord{2, 3, 3, 80'000'000, 82'000'000, 100'000'000, 1, 0, {}, -1, {}}};
        QVERIFY(!find(diagnose(r), Finding::Kind::StartUp));   // 7% of the run

        // A new process per task: ten 4 ms starts, two at a time, back to back.
        RunResult p = runOf(Mode::Processes, 2, 100, {{0, 10, 100}, {1, 10, 100}});
        p.options.processPerTask = true;
        p.workers.clear();
        for (int i = 0; i < 10; ++i) {
            const std::int64_t spawn = std::int64_t(i / 2) * 10'000'000;
            p.workers.push_back(WorkerRecord{i, 10 + i, 10 + i, spawn, spawn + 4'000'000,
                                             spawn + 9'000'000, 1, 0, {}, -1, {}});
        }
        const auto findings = diagnose(p);
        const Finding *f = find(findings, Finding::Kind::StartUp);
        QVERIFY(f);
        QCOMPARE(QString::fromStdString(f->text),
                 QStringLiteral("worker start-up was 20% of the run (20 ms, 10 processes "
                                "started): reuse a pool instead of a new process per task"));
    }

    void diagnosis_tail()
    {
        // Worker 1 runs alone from 0.3 s to 1.5 s.
        const RunResult r = runOf(Mode::Processes, 2, 1500,
                                  {{0, 0, 100}, {0, 100, 300}, {1, 0, 300}, {1, 300, 1500}});
        const auto findings = diagnose(r);
        const Finding *f = find(findings, Finding::Kind::Tail);
        QVERIFY(f);
        QCOMPARE(QString::fromStdString(f->text), QStringLiteral("one worker ran alone for the last 1.20 s (80% of the run) "
                                      "while the rest of the pool sat idle: uneven tasks"));
        const RunResult even = runOf(Mode::Processes, 2, 300, {{0, 0, 300}, {1, 0, 295}});
        QVERIFY(!find(diagnose(even), Finding::Kind::Tail));
        // Ten equal tasks in two chunks of five, the second worker 20 ms late: the tasks it
        // started alone came with its chunk, which the idle worker could not take.
        std::vector<Slice> chunked;
        for (int i = 0; i < 10; ++i)
            chunked.push_back(i < 5 ? Slice{0, 10.0 * i, 10.0 * i + 10} : Slice{1, 10.0 * i - 30, 10.0 * i - 20});
        RunResult inChunks = runOf(Mode::Processes, 2, 70, chunked);
        inChunks.options.chunksize = 5;
        const auto chunkFindings = diagnose(inChunks);
        f = find(chunkFindings, Finding::Kind::Tail);
        QVERIFY(f);
        QCOMPARE(QString::fromStdString(f->text),
                 QStringLiteral("one worker ran alone for the last 20 ms (29% of the run) while the rest "
                                "of the pool sat idle: it started 2 of its tasks then, handed to it in a chunk "
                                "(chunksize 5) that no idle worker could take; a smaller chunksize "
                                "shares the end out"));
        // The last two tasks long: uneven tasks, and still in its chunk.
        inChunks.tasks[8].endNs = inChunks.tasks[9].startNs = 100'000'000;
        inChunks.tasks[9].endNs = inChunks.wallNs = 150'000'000;
        const auto unevenChunk = diagnose(inChunks);
        f = find(unevenChunk, Finding::Kind::Tail);
        QVERIFY(f);
        QCOMPARE(QString::fromStdString(f->text),
                 QStringLiteral("one worker ran alone for the last 100 ms (67% of the run) while the rest "
                                "of the pool sat idle: uneven tasks, and it started 2 of its tasks then, handed "
                                "to it in a chunk (chunksize 5) that no idle worker could take; a "
                                "smaller chunksize spreads the long ones out"));
        // One task at a time, the same trace: nothing held them back but there being no more.
        inChunks = runOf(Mode::Processes, 2, 70, chunked);
        inChunks.options.chunksize = 1;
        const auto oneByOne = diagnose(inChunks);
        f = find(oneByOne, Finding::Kind::Tail);
        QVERIFY(f);
        QVERIFY2(QString::fromStdString(f->text).endsWith(
                     QStringLiteral("sat idle, with no task left for it: its last tasks took up "
                                    "to 10 ms, the median task 10 ms")),
                 f->text.c_str());
        // The sleeping doubler at x0.1 (100, 200, 300 ms on two workers): the last task is
        // longer than the others, under the bar for "uneven"; the finding says by how much.
        const RunResult doubler = runOf(Mode::Threads, 2, 400, {{0, 0, 100}, {1, 0, 200}, {0, 100, 400}});
        const auto doublerFindings = diagnose(doubler);
        f = find(doublerFindings, Finding::Kind::Tail);
        QVERIFY(f);
        QCOMPARE(QString::fromStdString(f->text),
                 QStringLiteral("one worker ran alone for the last 200 ms (50% of the run) while the rest "
                                "of the pool sat idle, with no task left for it: its last tasks took up to "
                                "300 ms, the median task 200 ms"));
        // Its last task shorter than the median (it got it late): said so, not blamed on length.
        const RunResult lateLast = runOf(Mode::Threads, 2, 360,
                                         {{0, 0, 240}, {1, 0, 250}, {0, 240, 300}, {0, 300, 360}});
        const auto lateFindings = diagnose(lateLast);
        f = find(lateFindings, Finding::Kind::Tail);
        QVERIFY(f);
        QVERIFY2(QString::fromStdString(f->text).endsWith(
                     QStringLiteral("it got its last tasks later than the others, not longer ones "
                                    "(they took up to 60 ms, the median task 240 ms)")),
                 f->text.c_str());
        // A worker that started late ran nothing alone while it started: its first task began
        // after the other's last ended (a pool's second process, 70 ms to start).
        const RunResult late = runOf(Mode::Processes, 2, 80,
                                     {{0, 5, 30}, {0, 30, 66}, {1, 75, 75.1}, {1, 75.1, 75.2}});
        QVERIFY(!find(diagnose(late), Finding::Kind::Tail));
        // A failed run's workers stopped with it: no tail to blame on uneven tasks.
        RunResult failed = r;
        failed.status = RunStatus::Failed;
        QVERIFY(!find(diagnose(failed), Finding::Kind::Tail));
    }

    void heldResults_countsEndedResultsNotYetHandedBack()
    {
        // Pool.map: four results end at 100..400 ms and are all handed back at 400 ms.
        RunResult map = runOf(Mode::Processes, 2, 500,
                              {{0, 0, 100}, {1, 0, 200}, {0, 100, 300}, {1, 200, 400}});
        for (TaskRecord &t : map.tasks)
            t.handedBackNs = 410'000'000;
        QCOMPARE(heldResults(map.tasks).peak, 4ULL);
        QCOMPARE(heldResults(map.tasks).peakNs, 400'000'000LL);
        QCOMPARE(heldAt(map.tasks, 250'000'000), 2ULL);
        QCOMPARE(heldAt(map.tasks, 410'000'000), 0ULL);   // handed back at that instant
        // A result handed back the nanosecond it ended was never held.
        RunResult instant = map;
        instant.tasks[3].handedBackNs = instant.tasks[3].endNs;
        QCOMPARE(heldResults(instant.tasks).peak, 3ULL);
        // imap: each handed back 10 ms after its end; the third waits behind nobody.
        RunResult imap = map;
        for (TaskRecord &t : imap.tasks)
            t.handedBackNs = t.endNs + 10'000'000;
        QCOMPARE(heldResults(imap.tasks).peak, 1ULL);
        QCOMPARE(heldAt(imap.tasks, 105'000'000), 1ULL);
        QCOMPARE(heldAt(imap.tasks, 111'000'000), 0ULL);
        // A result never handed back (the run failed) stays held; a failed task never was.
        imap.tasks[3].handedBackNs = -1;
        imap.tasks[2].state = TaskState::Failed;
        QCOMPARE(heldAt(imap.tasks, 450'000'000), 1ULL);
        QCOMPARE(heldResults(std::span<const TaskRecord>()).peak, 0ULL);
    }

    void diagnosis_handBackDelayAndHeldResults()
    {
        // Python processes handing back as completed, each result 60 ms after its 100 ms task:
        // the copy (pickled, piped, unpickled).
        RunResult r = runOf(Mode::Processes, 2, 500,
                            {{0, 0, 100}, {1, 0, 100}, {0, 160, 260}, {1, 160, 260}});
        r.options.api = PyApi::SubmitAsCompleted;
        r.options.runtime = Runtime::Python;
        for (TaskRecord &t : r.tasks)
            t.handedBackNs = t.endNs + 60'000'000;
        QCOMPARE(medianHandBackDelayNs(r).value_or(-1), 60e6);
        const auto findings = diagnose(r);
        const Finding *f = find(findings, Finding::Kind::HandBackDelay);
        QVERIFY(f);
        QCOMPARE(f->value, 0.06);
        QVERIFY2(f->text.starts_with("each result reached the caller 60 ms after its task ended "
                                     "(median)"),
                 f->text.c_str());
        // A wake-up's jitter is no copy; an ordered API's gap includes the wait for earlier
        // results; threads copy nothing.
        RunResult quick = r;
        for (TaskRecord &t : quick.tasks)
            t.handedBackNs = t.endNs + 2'000'000;
        QVERIFY(!find(diagnose(quick), Finding::Kind::HandBackDelay));
        RunResult ordered = r;
        ordered.options.api = PyApi::PoolImap;
        QVERIFY(!medianHandBackDelayNs(ordered));
        RunResult threads = r;
        threads.options.mode = Mode::Threads;
        QVERIFY(!find(diagnose(threads), Finding::Kind::HandBackDelay));
        // The native pool pickles nothing: its results are 8-byte values in a frame.
        RunResult native = r;
        native.options.runtime = Runtime::Native;
        QVERIFY(!find(diagnose(native), Finding::Kind::HandBackDelay));

        // Pool.map held all four until the last ended.
        RunResult map = r;
        map.options.api = PyApi::PoolMap;
        for (TaskRecord &t : map.tasks)
            t.handedBackNs = 270'000'000;
        const auto mapFindings = diagnose(map);
        const Finding *held = find(mapFindings, Finding::Kind::HeldResults);
        QVERIFY(held);
        QCOMPARE(held->value, 4.0);
        QVERIFY2(held->text.starts_with("Pool.map held all 4 results until the last task ended"),
                 held->text.c_str());
        QVERIFY(!find(diagnose(r), Finding::Kind::HeldResults));
    }

    void diagnosis_oversubscribed()
    {
        // 8 threads on 2 cores that compute, all 8 running at once: they take turns.
        std::vector<Slice> eight;
        for (int w = 0; w < 8; ++w)
            eight.push_back({w, 0, 100});
        const RunResult r = runOf(Mode::Threads, 8, 100, eight);
        const auto findings = diagnose(r);
        const Finding *f = find(findings, Finding::Kind::Oversubscribed);
        QVERIFY(f);
        QCOMPARE(QString::fromStdString(f->text), QStringLiteral("8 workers on 2 cores: the extra workers only take turns"));
        QVERIFY(!find(diagnose(runOf(Mode::Threads, 2, 100, {{0, 0, 100}})),
                      Finding::Kind::Oversubscribed));
        // The same 8 workers sleeping: no turns to take, no claim; Python says it by its tasks'
        // time off the CPU.
        const RunResult sleeping = runOf(Mode::Threads, 8, 100, {{0, 0, 100}}, KernelId::SleepMs);
        QVERIFY(!find(diagnose(sleeping), Finding::Kind::Oversubscribed));
        // Python threads: all 8 on the CPU a quarter of the time fill 2 cores (code that
        // releases the GIL); on it half as long, one core: they took turns on the GIL, not on
        // the cores; off it nearly all the time, they waited.
        std::vector<Slice> eightPy;
        for (int w = 0; w < 8; ++w)
            eightPy.push_back({w, 0, 100, 99.9});
        RunResult python = runOf(Mode::Threads, 8, 100, eightPy);
        python.options.runtime = Runtime::Python;
        QVERIFY(!find(diagnose(python), Finding::Kind::Oversubscribed));
        for (TaskRecord &t : python.tasks)
            t.gilWaitNs = 75'000'000;
        QVERIFY(find(diagnose(python), Finding::Kind::Oversubscribed));
        for (TaskRecord &t : python.tasks)
            t.gilWaitNs = 87'500'000;
        QVERIFY(!find(diagnose(python), Finding::Kind::Oversubscribed));
        // The emulated GIL: one thread computes at a time, whatever the count.
        RunResult gil = r;
        gil.options.gil = true;
        QVERIFY(!find(diagnose(gil), Finding::Kind::Oversubscribed));
        // Samples that show the cores mostly idle while the tasks ran: no turns were taken.
        RunResult idle = r;
        for (std::int64_t t = 0; t <= 100'000'000; t += 10'000'000)
            idle.samples.push_back(CpuSample{t, {0.2f, 0.3f}, {}});
        QVERIFY(!find(diagnose(idle), Finding::Kind::Oversubscribed));
        RunResult busy = r;
        for (std::int64_t t = 0; t <= 100'000'000; t += 10'000'000)
            busy.samples.push_back(CpuSample{t, {1.0f, 0.95f}, {}});
        QVERIFY(find(diagnose(busy), Finding::Kind::Oversubscribed));
    }

    void diagnosis_dispatch()
    {
        // 1000 tasks of 1 us in 10 ms on 2 workers: the workers were busy 1 ms of 20.
        std::vector<Slice> slices;
        for (int i = 0; i < 1000; ++i)
            slices.push_back({i % 2, i * 0.01, i * 0.01 + 0.001});
        const RunResult r = runOf(Mode::Processes, 2, 10, slices, KernelId::Double);
        const auto findings = diagnose(r);
        const Finding *f = find(findings, Finding::Kind::Dispatch);
        QVERIFY(f);
        QVERIFY(std::abs(f->value - 0.95) < 1e-3);   // ms -> ns rounding of the slices
        QCOMPARE(QString::fromStdString(f->text), QStringLiteral("tasks take 1.0 us each, but 95% of the workers' time went to "
                                      "handing them out: raise chunksize (now 1, the API's default)"));
        // The chunksize in effect: Pool.map's default for 1000 tasks on 2 workers, or the chosen.
        RunResult poolMap = r;
        poolMap.options.api = PyApi::PoolMap;
        const auto defaulted = diagnose(poolMap);
        const Finding *g = find(defaulted, Finding::Kind::Dispatch);
        QVERIFY(g);
        QVERIFY(QString::fromStdString(g->text).endsWith(QStringLiteral("(now 125, the API's default)")));
        poolMap.options.chunksize = 3;
        const auto chosen = diagnose(poolMap);
        const Finding *h = find(chosen, Finding::Kind::Dispatch);
        QVERIFY(h);
        QVERIFY(QString::fromStdString(h->text).endsWith(QStringLiteral("(now 3)")));
        // Real Python's ThreadPoolExecutor.map and submit + as_completed take one task at a
        // time whatever the chunksize: no advice to raise it. ProcessPoolExecutor.map sends
        // chunks, and the native threads honour a chunksize for every API.
        RunResult pyThreads = r;
        pyThreads.options.mode = Mode::Threads;
        pyThreads.options.runtime = Runtime::Python;
        pyThreads.options.chunksize = 50;
        const auto tFindings = diagnose(pyThreads);
        const Finding *t = find(tFindings, Finding::Kind::Dispatch);
        QVERIFY(t);
        QVERIFY2(QString::fromStdString(t->text).endsWith(QStringLiteral(
                     "ThreadPoolExecutor.map hands out one task at a time whatever the chunksize, "
                     "so give each task more work, or use an API that sends chunks")),
                 t->text.c_str());
        pyThreads.options.mode = Mode::Processes;
        pyThreads.options.api = PyApi::SubmitAsCompleted;
        const auto uFindings = diagnose(pyThreads);
        const Finding *u = find(uFindings, Finding::Kind::Dispatch);
        QVERIFY(u);
        QVERIFY2(QString::fromStdString(u->text).contains(QStringLiteral("submit + as_completed hands out one task")),
                 u->text.c_str());
        pyThreads.options.api = PyApi::ExecutorMap;
        const auto vFindings = diagnose(pyThreads);
        const Finding *v = find(vFindings, Finding::Kind::Dispatch);
        QVERIFY(v);
        QVERIFY2(QString::fromStdString(v->text).endsWith(QStringLiteral("raise chunksize (now 50)")), v->text.c_str());
        RunResult nativeThreads = r;
        nativeThreads.options.mode = Mode::Threads;
        const auto wFindings = diagnose(nativeThreads);
        const Finding *w = find(wFindings, Finding::Kind::Dispatch);
        QVERIFY(w);
        QVERIFY(QString::fromStdString(w->text).contains(QStringLiteral("raise chunksize")));
        // The same 1,000 tiny tasks back to back after 9 ms of start-up: the workers' time went
        // to starting, not to handing tasks out (measured: no gaps between their tasks).
        std::vector<Slice> packed;
        for (int i = 0; i < 1000; ++i)
            packed.push_back({i % 2, 9.0 + (i / 2) * 0.001, 9.0 + (i / 2) * 0.001 + 0.001});
        QVERIFY(!find(diagnose(runOf(Mode::Processes, 2, 10, packed, KernelId::Double)),
                      Finding::Kind::Dispatch));
        // Five tiny tasks on five workers: each worker fetched one; no chunk could gather them.
        std::vector<Slice> few;
        for (int i = 0; i < 5; ++i)
            few.push_back({i, 9.0, 9.001});
        QVERIFY(!find(diagnose(runOf(Mode::Processes, 5, 18, few, KernelId::Double)),
                      Finding::Kind::Dispatch));
    }

    // MPI: each rank's time from ready to its last finished task's end, less its finished
    // tasks' time, went to message passing. A task it was killed on (after that end) counts in
    // its busy share, not here.
    void diagnosis_mpiMessagePassing_countsFinishedTasksOnly()
    {
        RunResult r = runOf(Mode::Mpi, 2, 12, {{0, 1, 2}, {0, 4, 5}, {1, 1, 3}, {1, 3.5, 10}});
        r.status = RunStatus::Failed;
        r.tasks[3].state = TaskState::Killed;
        for (int id = 0; id < 2; ++id) {
            WorkerRecord w;
            w.id = id;
            w.rank = id + 1;
            w.spawnNs = 0;
            w.readyNs = 0;
            w.tasksDone = id == 0 ? 2 : 1;
            w.busyNs = id == 0 ? 2'000'000 : 8'500'000;   // worker 1: 2 ms done + 6.5 ms killed
            r.workers.push_back(w);
        }
        const auto findings = diagnose(r);
        const auto mpi = std::find_if(findings.begin(), findings.end(), [](const Finding &f) {
            return f.text.starts_with("MPI message passing: the ranks spent ");
        });
        QVERIFY(mpi != findings.end());
        // Outside their tasks: worker 0 3 ms of 5, worker 1 1 ms of 3.
        QVERIFY2(std::abs(mpi->value - 0.5) < 1e-9, std::to_string(mpi->value).c_str());
    }

    void diagnosis_memoryBoundAndSpeedup()
    {
        RunResult serial = runOf(Mode::Serial, 1, 400, {{0, 0, 100}, {0, 100, 200}, {0, 200, 300}, {0, 300, 400}},
                                 KernelId::MemSweep);
        RunResult par = runOf(Mode::Threads, 2, 320, {{0, 0, 160}, {1, 0, 160}, {0, 160, 320}, {1, 160, 320}},
                              KernelId::MemSweep);
        const auto findings = diagnose(par, &serial);
        const Finding *s = find(findings, Finding::Kind::Speedup);
        QVERIFY(s);
        QCOMPARE(QString::fromStdString(s->text), QStringLiteral("speedup 1.25x over the serial run on 2 workers (efficiency 63%)"));
        const Finding *m = find(findings, Finding::Kind::MemoryBound);
        QVERIFY(m);
        QVERIFY(std::abs(m->value - 1.6) < 1e-9);
        QVERIFY(m->text.find("each task took 1.60x as long as in the serial run") != std::string::npos);
        // 4 tasks x 1 pass x 64 MiB in 0.32 s.
        QVERIFY(m->text.find("0.8 GB/s") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
