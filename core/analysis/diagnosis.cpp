#include "core/analysis/diagnosis.h"

#include "core/analysis/handback.h"
#include "core/analysis/scaling.h"
#include "core/util/duration.h"

#include <QtGlobal>   // QT_TRANSLATE_NOOP: the GUI translates the sentences' formats

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace corescope {

namespace {

std::string percent(double share)
{
    return std::to_string(static_cast<int>(std::lround(share * 100.0))) + '%';
}

// Sentences read "1.20 s", "35 ms", "1.0 us"; "us" because the command line prints them too.
std::string seconds(double s)
{
    return formatDuration(s, {.fixedDecimals = true, .asciiMicro = true});
}

std::string fixed(double v, int decimals)
{
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

FindingArg integer(std::int64_t v)
{
    return {FindingArg::Type::Integer, double(v), 0, {}};
}
FindingArg fixedArg(double v, int decimals)
{
    return {FindingArg::Type::Fixed, v, decimals, {}};
}
FindingArg percentArg(double share)
{
    return {FindingArg::Type::Percent, share, 0, {}};
}
FindingArg secondsArg(double s)
{
    return {FindingArg::Type::Seconds, s, 0, {}};
}
FindingArg textArg(std::string text)
{
    return {FindingArg::Type::Text, 0.0, 0, std::move(text)};
}

// A finding from its marked format and its values: the English text is the format filled in.
Finding finding(Finding::Kind kind, double value, const char *format, std::vector<FindingArg> args)
{
    std::string text;
    for (const char *p = format; *p; ++p) {
        if (*p == '%' && p[1] >= '1' && p[1] <= '9') {
            const auto i = static_cast<std::size_t>(p[1] - '1');
            text += i < args.size() ? findingArgText(args[i]) : std::string();
            ++p;
        } else {
            text += *p;
        }
    }
    return Finding{kind, value, std::move(text), format, std::move(args)};
}

// The finished tasks' time on the CPU and their whole time. Native tasks count the emulated
// GIL's wait as off the CPU, Python's their measured time off it.
struct CpuShare {
    std::int64_t onCpuNs = 0;
    std::int64_t busyNs = 0;
    std::uint64_t done = 0;
    // Sleeping tasks spend well under 1 % on the CPU; Python threads sharing one GIL spend
    // 1 / threads of their time there (less on a busy machine), so the bar stays low.
    bool computed() const { return done > 0 && busyNs > 0 && 20 * onCpuNs >= busyNs; }
};

CpuShare cpuShare(const RunResult &run)
{
    CpuShare c;
    for (const TaskRecord &t : run.tasks) {
        if (t.state != TaskState::Done)
            continue;
        c.onCpuNs += std::max<std::int64_t>(0, t.durationNs() - t.gilWaitNs);
        c.busyNs += t.durationNs();
        ++c.done;
    }
    return c;
}

// The run's tasks computed, rather than waited: only computing workers take turns on the
// cores. Python's tasks say so themselves (their time on the CPU); a native kernel by what it
// is (sleep_ms and the sleeping doubler wait). The per-core samples cannot tell: they count
// every process on the machine.
bool tasksComputed(const RunResult &run)
{
    if (!run.workload)
        return false;
    if (run.options.runtime == Runtime::Python)
        return cpuShare(run).computed();
    const Workload &w = *run.workload;
    return !w.kernelInfo().waits
        && !(w.kernel == KernelId::Double && w.params.sleepMsPerUnit > 0.0);
}

int effectiveWorkers(const RunResult &run)
{
    return run.options.mode == Mode::Serial ? 1 : std::max(1, run.options.workers);
}

} // namespace

std::string findingArgText(const FindingArg &arg)
{
    switch (arg.type) {
    case FindingArg::Type::Integer: return std::to_string(std::llround(arg.value));
    case FindingArg::Type::Fixed: return fixed(arg.value, arg.decimals);
    case FindingArg::Type::Percent: return percent(arg.value);
    case FindingArg::Type::Seconds: return seconds(arg.value);
    case FindingArg::Type::Text: return arg.text;
    }
    return {};
}

std::vector<Finding> diagnose(const RunResult &run, const RunResult *baseline)
{
    std::vector<Finding> out;
    const double wall = static_cast<double>(run.wallNs) / 1e9;
    if (wall <= 0.0)
        return out;
    const int workers = effectiveWorkers(run);
    const int cores = std::max(1, run.machine.logicalCores);

    // One pass over the tasks (a million of them after a tiny-task run, read on the GUI
    // thread as the run ends): the totals, and each worker's last end for the tail below.
    std::int64_t busyNs = 0, gilNs = 0;
    std::uint64_t done = 0;
    std::vector<std::int64_t> lastEnd;   // by worker id; -1: no task done
    for (const TaskRecord &t : run.tasks) {
        if (t.state != TaskState::Done)
            continue;
        busyNs += t.durationNs();
        gilNs += t.gilWaitNs;
        ++done;
        if (t.worker >= 0) {
            const auto w = static_cast<std::size_t>(t.worker);
            if (w >= lastEnd.size())
                lastEnd.resize(w + 1, -1);
            lastEnd[w] = std::max({lastEnd[w], t.endNs, std::int64_t{0}});
        }
    }

    if (baseline && baseline->status == RunStatus::Ok && run.status == RunStatus::Ok
        && baseline->wallNs > 0) {
        const double s = speedup(double(baseline->wallNs), double(run.wallNs));
        out.push_back(finding(
            Finding::Kind::Speedup, s,
            workers == 1 ? QT_TRANSLATE_NOOP("corescope::Diagnosis",
                                             "speedup %1x over the serial run on %2 worker "
                                             "(efficiency %3)")
                         : QT_TRANSLATE_NOOP("corescope::Diagnosis",
                                             "speedup %1x over the serial run on %2 workers "
                                             "(efficiency %3)"),
            {fixedArg(s, 2), integer(workers), percentArg(efficiency(s, workers))}));
    }

    if (run.options.mode == Mode::Threads && run.options.gil
        && run.options.runtime == Runtime::Native && busyNs > 0) {
        const double share = double(gilNs) / double(busyNs);
        if (share >= 0.05)
            out.push_back(finding(Finding::Kind::GilWait, share,
                                  QT_TRANSLATE_NOOP("corescope::Diagnosis",
                                                    "threads waited for the emulated GIL %1 of "
                                                    "the time: only one thread runs Python code "
                                                    "at once"),
                                  {percentArg(share)}));
    }
    if (run.options.mode == Mode::Threads && run.options.runtime == Runtime::Python
        && busyNs > 0) {
        // Python's tasks report their thread's CPU time, not the GIL's holder: the rest of a
        // task's time it waited for the GIL or for the OS, and the trace cannot tell which.
        const double share = double(gilNs) / double(busyNs);
        if (share >= 0.05)
            out.push_back(finding(Finding::Kind::GilWait, share,
                                  QT_TRANSLATE_NOOP("corescope::Diagnosis",
                                                    "Python threads spent %1 of their tasks' "
                                                    "time off the CPU, waiting for the GIL or for "
                                                    "the OS (a sleep, I/O, a core busy elsewhere)"),
                                  {percentArg(share)}));
    }

    if ((run.options.mode == Mode::Processes || run.options.mode == Mode::Mpi)
        && !run.workers.empty()) {
        // The time during which some worker was starting: the union of every worker's
        // [spawn, ready]. A pool starting at once counts its start-up once; a new process per
        // task counts every start that nothing overlapped; a replacement worker spawned late in
        // the run counts only its own start, not the time since the first spawn.
        std::vector<std::pair<std::int64_t, std::int64_t>> starts;
        for (const WorkerRecord &w : run.workers)
            if (w.spawnNs >= 0 && w.readyNs > w.spawnNs)
                starts.emplace_back(w.spawnNs, w.readyNs);
        std::sort(starts.begin(), starts.end());
        std::int64_t startupNs = 0, coveredUntil = INT64_MIN;
        for (const auto &[from, to] : starts) {
            const std::int64_t begin = std::max(from, coveredUntil);
            if (to > begin)
                startupNs += to - begin;
            coveredUntil = std::max(coveredUntil, to);
        }
        if (startupNs > 0) {
            const double startup = double(startupNs) / 1e9;
            const double share = startup / wall;
            if (share >= 0.10)
                out.push_back(
                    run.options.processPerTask
                        ? finding(Finding::Kind::StartUp, share,
                                  QT_TRANSLATE_NOOP("corescope::Diagnosis",
                                                    "worker start-up was %1 of the run (%2, %3 "
                                                    "processes started): reuse a pool instead of "
                                                    "a new process per task"),
                                  {percentArg(share), secondsArg(startup),
                                   integer(std::int64_t(starts.size()))})
                        // Chunksize changes how work is handed out, not what a worker costs to
                        // start: only fewer starts help.
                        : finding(Finding::Kind::StartUp, share,
                                  QT_TRANSLATE_NOOP("corescope::Diagnosis",
                                                    "worker start-up was %1 of the run (%2): a "
                                                    "pool pays it once, so keep the pool for more "
                                                    "work, or start fewer workers that live "
                                                    "longer"),
                                  {percentArg(share), secondsArg(startup)}));
        }
    }

    if (workers > 1 && done > 0) {
        // Workers' time not spent inside tasks, on the cores they could actually use.
        const double capacity = double(std::min(workers, cores)) * wall * 1e9;
        const double overhead = std::max(0.0, 1.0 - double(busyNs) / capacity);
        const double meanTask = double(busyNs) / double(done) / 1e9;
        // The chunksize in effect: Python's own report, else the chosen one or the API's default.
        const int chunksize = run.python && run.python->chunksize > 0
            ? run.python->chunksize
            : run.options.effectiveChunksize(run.tasks.size());
        // Only with several tasks per worker: a chunk can only gather tasks a worker would
        // otherwise fetch one by one (5 tasks on 5 workers spend their time starting).
        if (meanTask < 50e-6 && overhead >= 0.30 && done >= 4 * std::uint64_t(workers))
            out.push_back(finding(
                Finding::Kind::Dispatch, overhead,
                run.options.chunksize > 0
                    ? QT_TRANSLATE_NOOP("corescope::Diagnosis",
                                        "tasks take %1 each, but %2 of the workers' time went to "
                                        "handing them out: raise chunksize (now %3)")
                    : QT_TRANSLATE_NOOP("corescope::Diagnosis",
                                        "tasks take %1 each, but %2 of the workers' time went to "
                                        "handing them out: raise chunksize (now %3, the API's "
                                        "default)"),
                {secondsArg(meanTask), percentArg(overhead), integer(chunksize)}));
    }

    if (run.options.mode == Mode::Mpi && done > 0) {
        // Message passing made visible: each rank's time from ready to its last task's end
        // spent outside its tasks (the next chunk travelling Corescope -> rank 0 -> rank, the
        // results the other way), per task it ran; and the job's start (mpirun started -> the
        // last rank ready).
        std::int64_t outsideNs = 0, livedNs = 0, jobStartNs = 0;
        std::uint64_t tasks = 0;
        for (const WorkerRecord &w : run.workers) {
            if (w.spawnNs >= 0 && w.readyNs > w.spawnNs)
                jobStartNs = std::max(jobStartNs, w.readyNs - w.spawnNs);
            const auto id = static_cast<std::size_t>(w.id);
            if (w.rank < 0 || w.readyNs < 0 || w.tasksDone == 0 || id >= lastEnd.size()
                || lastEnd[id] < w.readyNs)
                continue;
            outsideNs += std::max<std::int64_t>(0, lastEnd[id] - w.readyNs - w.busyNs);
            livedNs += lastEnd[id] - w.readyNs;
            tasks += w.tasksDone;
        }
        if (tasks > 0 && livedNs > 0)
            out.push_back(finding(Finding::Kind::Dispatch, double(outsideNs) / double(livedNs),
                                  QT_TRANSLATE_NOOP("corescope::Diagnosis",
                                                    "MPI message passing: the ranks spent %1 per "
                                                    "task outside their tasks (%2 of their time: "
                                                    "each chunk travels through rank 0 and back), "
                                                    "and the MPI job took %3 to start (mpirun "
                                                    "started until the last rank was ready)"),
                                  {secondsArg(double(outsideNs) / double(tasks) / 1e9),
                                   percentArg(double(outsideNs) / double(livedNs)),
                                   secondsArg(double(jobStartNs) / 1e9)}));
    }

    if (workers > 1 && run.status == RunStatus::Ok) {
        // The worker that finished last, and how long it ran with every other worker idle. A
        // failed run's workers stopped with it: its end says nothing about uneven tasks.
        const auto finishers =
            std::count_if(lastEnd.begin(), lastEnd.end(), [](std::int64_t end) { return end >= 0; });
        if (finishers > 1) {
            std::int64_t latest = 0, second = 0;
            for (const std::int64_t end : lastEnd) {
                if (end < 0)
                    continue;
                if (end > latest) {
                    second = latest;
                    latest = end;
                } else {
                    second = std::max(second, end);
                }
            }
            const double alone = double(latest - second) / 1e9;
            const double share = alone / wall;
            if (share >= 0.10 && alone >= 0.005)
                out.push_back(finding(Finding::Kind::Tail, alone,
                                      QT_TRANSLATE_NOOP("corescope::Diagnosis",
                                                        "one worker ran alone for the last %1 "
                                                        "(%2 of the run) while %3 sat idle: "
                                                        "uneven tasks"),
                                      {secondsArg(alone), percentArg(share), integer(workers - 1)}));
        }
    }

    // Only for work that computes: four sleeping threads on two cores take no turns.
    if (workers > cores && tasksComputed(run))
        out.push_back(finding(Finding::Kind::Oversubscribed, double(workers) / cores,
                              cores == 1 ? QT_TRANSLATE_NOOP("corescope::Diagnosis",
                                                             "%1 workers on %2 core: the extra "
                                                             "workers only take turns")
                                         : QT_TRANSLATE_NOOP("corescope::Diagnosis",
                                                             "%1 workers on %2 cores: the extra "
                                                             "workers only take turns"),
                              {integer(workers), integer(cores)}));

    // Results travel from worker processes: pickled, sent through a pipe, unpickled. Worth
    // saying when the copy costs a good part of a task (a big result), not a wake-up's jitter.
    if (run.options.mode == Mode::Processes && done > 0) {
        if (const auto delay = medianHandBackDelayNs(run)) {
            const double meanTaskNs = double(busyNs) / double(done);
            if (*delay >= 5e6 && *delay >= 0.25 * meanTaskNs)
                out.push_back(finding(Finding::Kind::HandBackDelay, *delay / 1e9,
                                      QT_TRANSLATE_NOOP("corescope::Diagnosis",
                                                        "each result reached the caller %1 after "
                                                        "its task ended (median): the worker "
                                                        "process pickles it, sends it through a "
                                                        "pipe, and the caller unpickles it; "
                                                        "threads would hand over the object itself"),
                                      {secondsArg(*delay / 1e9)}));
        }
    }
    if (run.options.mode != Mode::Serial && run.options.ordering() == Ordering::OrderedBatch
        && run.status == RunStatus::Ok && done >= 4) {
        const HeldResults held = heldResults(run.tasks);
        if (held.peak == done)
            out.push_back(finding(Finding::Kind::HeldResults, double(held.peak),
                                  QT_TRANSLATE_NOOP("corescope::Diagnosis",
                                                    "%1 held all %2 results until the last task "
                                                    "ended, then handed them back together: the "
                                                    "caller's memory holds every result at once "
                                                    "(imap and imap_unordered hand each over as it "
                                                    "comes)"),
                                  {textArg(std::string(pyApiLabel(run.options.api, run.options.mode))),
                                   integer(std::int64_t(held.peak))}));
    }

    if (run.workload && run.workload->kernel == KernelId::MemSweep && busyNs > 0) {
        double bytes = 0.0;
        for (const TaskRecord &t : run.tasks)
            if (t.state == TaskState::Done)
                bytes += double(run.workload->input(t.index).a)
                    * double(run.workload->params.bufferMiB) * 1024.0 * 1024.0;
        const double gbps = bytes / wall / 1e9;
        double value = gbps;
        std::optional<double> ratio;
        if (baseline && baseline->wallNs > 0 && !baseline->tasks.empty()) {
            std::int64_t baseBusy = 0;
            std::uint64_t baseDone = 0;
            for (const TaskRecord &t : baseline->tasks)
                if (t.state == TaskState::Done) {
                    baseBusy += t.durationNs();
                    ++baseDone;
                }
            if (baseDone > 0) {
                ratio = (double(busyNs) / double(done)) / (double(baseBusy) / double(baseDone));
                value = *ratio;
            }
        }
        out.push_back(
            ratio ? finding(Finding::Kind::MemoryBound, value,
                            QT_TRANSLATE_NOOP("corescope::Diagnosis",
                                              "memory-bound: the workers streamed %1 GB/s "
                                              "together, and cores wait on memory: each task took "
                                              "%2x as long as in the serial run"),
                            {fixedArg(gbps, 1), fixedArg(*ratio, 2)})
                  : finding(Finding::Kind::MemoryBound, value,
                            QT_TRANSLATE_NOOP("corescope::Diagnosis",
                                              "memory-bound: the workers streamed %1 GB/s "
                                              "together, and cores wait on memory"),
                            {fixedArg(gbps, 1)}));
    }
    return out;
}

std::optional<TaskCompute> taskCompute(const RunResult &run)
{
    if (run.status != RunStatus::Ok || !run.workload)
        return std::nullopt;
    const CpuShare share = cpuShare(run);
    if (!share.computed())
        return std::nullopt;
    TaskCompute c;
    c.runtime = run.options.runtime;
    c.kernel = run.workload->kernel;
    c.taskCount = run.workload->taskCount();
    c.meanOnCpuNs = double(share.onCpuNs) / double(share.done);
    c.label = run.options.label();
    return c;
}

std::optional<Finding> runtimeComparison(const TaskCompute &run, const TaskCompute &other)
{
    if (run.runtime == other.runtime || run.kernel != other.kernel
        || run.taskCount != other.taskCount || run.meanOnCpuNs <= 0 || other.meanOnCpuNs <= 0)
        return std::nullopt;
    const bool native = run.runtime == Runtime::Native;
    const TaskCompute &py = native ? other : run;
    const TaskCompute &cxx = native ? run : other;
    const double ratio = py.meanOnCpuNs / cxx.meanOnCpuNs;
    std::vector<FindingArg> args{textArg(other.label), fixedArg(ratio, ratio < 10 ? 1 : 0),
                                 secondsArg(py.meanOnCpuNs / 1e9), secondsArg(cxx.meanOnCpuNs / 1e9)};
    return finding(Finding::Kind::Runtime, ratio,
                   native ? QT_TRANSLATE_NOOP("corescope::Diagnosis",
                                              "these tasks ran as native C++ kernels: in the last "
                                              "Python run of this workload (%1) each task computed "
                                              "%2x as long (%3 in Python against %4 in C++)")
                          : QT_TRANSLATE_NOOP("corescope::Diagnosis",
                                              "each task computed %2x as long here as in the last "
                                              "native run of this workload (%1; %3 in Python "
                                              "against %4 in C++)"),
                   std::move(args));
}

} // namespace corescope
