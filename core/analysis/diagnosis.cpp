// The plain-language diagnosis of a run. One file over 600 lines on purpose: diagnose() is the
// list of findings in the order a reader meets them, each a few lines over the same helpers
// (the tasks' CPU share, the running-at-once shares, the samples' utilization) at the top.
#include "core/analysis/diagnosis.h"

#include "core/analysis/handback.h"
#include "core/analysis/scaling.h"
#include "core/util/duration.h"

#include <QtGlobal>   // QT_TRANSLATE_NOOP: the GUI translates the sentences' formats

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <optional>
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
FindingArg runLabelArg(std::string label)
{
    return {FindingArg::Type::RunLabel, 0.0, 0, std::move(label)};
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
        // Not measured (-1): a short Python task, counted as computing.
        c.onCpuNs += std::max<std::int64_t>(0, t.durationNs() - std::max<std::int64_t>(0, t.gilWaitNs));
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

// The chunksize in effect: Python's own report, else the chosen one or the API's default.
int chunksizeInEffect(const RunResult &run)
{
    return run.python && run.python->chunksize > 0 ? run.python->chunksize
                                                   : run.options.effectiveChunksize(run.tasks.size());
}

// Threads that share one GIL (the emulated one, or Python's own around Python code) compute
// one at a time: they take turns on the lock, not on the cores.
bool gilBound(const RunResult &run)
{
    return run.options.mode == Mode::Threads
        && (run.options.runtime == Runtime::Python || run.options.gil);
}

// The share of [from, to) during which more than `level` finished tasks ran at once, from the
// trace: the span cut into kBuckets pieces, each piece's mean number of tasks running. One
// pass over the tasks (a million of them after a tiny-task run), no sort.
double shareRunningAbove(const RunResult &run, std::int64_t from, std::int64_t to, int level)
{
    constexpr std::size_t kBuckets = 1000;
    if (to <= from)
        return 0.0;
    const double width = double(to - from) / double(kBuckets);
    std::vector<double> busy(kBuckets + 1, 0.0);   // ns of task time in each piece
    std::vector<double> whole(kBuckets + 2, 0.0);  // difference array: pieces covered entirely
    for (const TaskRecord &t : run.tasks) {
        if (t.state != TaskState::Done || t.startNs < from || t.endNs <= t.startNs)
            continue;
        const double a = double(t.startNs - from), b = double(std::min(t.endNs, to) - from);
        if (b <= a)
            continue;
        const auto first = std::min(kBuckets - 1, static_cast<std::size_t>(a / width));
        const auto last = std::min(kBuckets - 1, static_cast<std::size_t>(b / width));
        if (first == last) {
            busy[first] += b - a;
            continue;
        }
        busy[first] += double(first + 1) * width - a;
        busy[last] += b - double(last) * width;
        whole[first + 1] += 1.0;
        whole[last] -= 1.0;
    }
    std::size_t above = 0;
    double covering = 0.0;
    for (std::size_t i = 0; i < kBuckets; ++i) {
        covering += whole[i];
        if (covering + busy[i] / width > double(level) + 0.5)
            ++above;
    }
    return double(above) / double(kBuckets);
}

// The machine's mean utilization (0..1, all cores) over [from, to) from the run's samples, or
// nothing when fewer than two samples fall inside (a short run, or sampling off).
std::optional<double> meanUtilization(const RunResult &run, std::int64_t from, std::int64_t to)
{
    double sum = 0.0;
    std::size_t n = 0;
    for (const CpuSample &s : run.samples) {
        if (s.tNs < from || s.tNs > to || s.cores.empty() || !s.host.empty())
            continue;   // other hosts' cores: not the cores this diagnosis counts
        double cores = 0.0;
        for (const float c : s.cores)
            cores += double(c);
        sum += cores / double(s.cores.size());
        ++n;
    }
    if (n < 2)
        return std::nullopt;
    return sum / double(n);
}

} // namespace

void OffCpuTime::add(const TaskRecord &t)
{
    if (t.state != TaskState::Done || t.startNs < 0 || t.endNs < 0)
        return;   // a task killed or failed midway has no time off the CPU of its own
    ++done;
    if (t.gilWaitNs < 0)
        return;   // not measured (a short Python task between samples)
    ++measured;
    offNs += t.gilWaitNs;
    measuredNs += t.durationNs();
}

OffCpuTime offCpuTime(const RunResult &run)
{
    OffCpuTime off;
    for (const TaskRecord &t : run.tasks)
        off.add(t);
    return off;
}

std::string findingArgText(const FindingArg &arg)
{
    switch (arg.type) {
    case FindingArg::Type::Integer: return std::to_string(std::llround(arg.value));
    case FindingArg::Type::Fixed: return fixed(arg.value, arg.decimals);
    case FindingArg::Type::Percent: return percent(arg.value);
    case FindingArg::Type::Seconds: return seconds(arg.value);
    case FindingArg::Type::Text:
    case FindingArg::Type::RunLabel: return arg.text;
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
    std::int64_t busyNs = 0;
    std::uint64_t done = 0;
    std::int64_t firstStartAll = INT64_MAX, lastEndAll = 0;
    std::vector<std::int64_t> lastEnd;     // by worker id; -1: no task done
    std::vector<std::int64_t> firstStart;  // by worker id
    std::vector<std::int64_t> workerBusy;  // by worker id: its finished tasks' time
    OffCpuTime off;                        // as offCpuTime(run) counts it, in this same pass
    for (const TaskRecord &t : run.tasks) {
        if (t.state != TaskState::Done)
            continue;
        off.add(t);
        busyNs += t.durationNs();
        ++done;
        if (t.startNs >= 0) {
            firstStartAll = std::min(firstStartAll, t.startNs);
            lastEndAll = std::max(lastEndAll, t.endNs);
        }
        if (t.worker >= 0) {
            const auto w = static_cast<std::size_t>(t.worker);
            if (w >= lastEnd.size()) {
                lastEnd.resize(w + 1, -1);
                firstStart.resize(w + 1, INT64_MAX);
                workerBusy.resize(w + 1, 0);
            }
            lastEnd[w] = std::max({lastEnd[w], t.endNs, std::int64_t{0}});
            firstStart[w] = std::min(firstStart[w], std::max<std::int64_t>(t.startNs, 0));
            workerBusy[w] += t.durationNs();
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
        const double share = double(off.offNs) / double(busyNs);
        if (share >= 0.05)
            out.push_back(finding(Finding::Kind::GilWait, share,
                                  QT_TRANSLATE_NOOP("corescope::Diagnosis",
                                                    "native threads waited for the emulated GIL "
                                                    "%1 of the time: it lets one thread run at a "
                                                    "time, as CPython's GIL lets one thread run "
                                                    "Python code"),
                                  {percentArg(share)}));
    }
    if (run.options.runtime == Runtime::Python && run.options.mode != Mode::Serial
        && off.measuredNs > 0) {
        // Python's tasks report their thread's CPU time, not the GIL's holder: the rest of a
        // task's time it was off the CPU. Over the tasks whose CPU time was read (every long
        // one, a sample of short ones). Threads share a GIL, so they waited for it or for the
        // OS, and the trace cannot tell which; a worker process's (or rank's) one thread has
        // its process's GIL to itself, so it waited for the OS (the timeline's "waiting (off
        // the CPU)").
        const bool ownGil = run.options.mode != Mode::Threads;
        const double share = off.share();
        if (share >= 0.05)
            out.push_back(finding(
                ownGil ? Finding::Kind::OffCpu : Finding::Kind::GilWait, share,
                ownGil ? QT_TRANSLATE_NOOP("corescope::Diagnosis",
                                           "Python worker processes spent %1 of their tasks' time "
                                           "off the CPU, waiting for the OS (a sleep, I/O, a core "
                                           "busy elsewhere); each process has a GIL of its own, so "
                                           "none of it is a GIL wait")
                       : QT_TRANSLATE_NOOP("corescope::Diagnosis",
                                           "Python threads spent %1 of their tasks' time off the "
                                           "CPU, waiting for the GIL or for the OS (a sleep, I/O, a "
                                           "core busy elsewhere)"),
                {percentArg(share)}));
    }

    // Only a run that ended well: a failed or cancelled one was cut short, so its start-up is a
    // share of a wall time that says nothing of the work, and the advice beside the point.
    if ((run.options.mode == Mode::Processes || run.options.mode == Mode::Mpi)
        && !run.workers.empty() && run.status == RunStatus::Ok) {
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
        // Measured dispatch: each worker's time between its first task's start and its last
        // task's end not spent inside a task, the gaps between one task and the next. Start-up
        // before the first task and idle time after the last one are not dispatch.
        std::int64_t spanNs = 0, gapNs = 0;
        for (std::size_t w = 0; w < lastEnd.size(); ++w) {
            if (lastEnd[w] < 0 || lastEnd[w] <= firstStart[w])
                continue;
            const std::int64_t span = lastEnd[w] - firstStart[w];
            spanNs += span;
            gapNs += std::max<std::int64_t>(0, span - workerBusy[w]);
        }
        const double overhead = spanNs > 0 ? double(gapNs) / double(spanNs) : 0.0;
        const double meanTask = double(busyNs) / double(done) / 1e9;
        const int chunksize = chunksizeInEffect(run);
        // Only with several tasks per worker: a chunk can only gather tasks a worker would
        // otherwise fetch one by one (5 tasks on 5 workers spend their time starting).
        if (meanTask < 50e-6 && overhead >= 0.30 && done >= 4 * std::uint64_t(workers)) {
            if (!run.options.chunksizeApplies())
                // A chunksize would change nothing here: Python takes one task at a time.
                out.push_back(finding(
                    Finding::Kind::Dispatch, overhead,
                    QT_TRANSLATE_NOOP("corescope::Diagnosis",
                                      "tasks take %1 each, but %2 of the workers' time went to "
                                      "handing them out: %3 hands out one task at a time "
                                      "whatever the chunksize, so give each task more work, or "
                                      "use an API that sends chunks"),
                    {secondsArg(meanTask), percentArg(overhead),
                     textArg(std::string(pyApiLabel(run.options.api, run.options.mode)))}));
            else
                out.push_back(finding(
                    Finding::Kind::Dispatch, overhead,
                    run.options.chunksize > 0
                        ? QT_TRANSLATE_NOOP("corescope::Diagnosis",
                                            "tasks take %1 each, but %2 of the workers' time went "
                                            "to handing them out: raise chunksize (now %3)")
                        : QT_TRANSLATE_NOOP("corescope::Diagnosis",
                                            "tasks take %1 each, but %2 of the workers' time went "
                                            "to handing them out: raise chunksize (now %3, the "
                                            "API's default)"),
                    {secondsArg(meanTask), percentArg(overhead), integer(chunksize)}));
        }
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
            // Its finished tasks' time, as lastEnd is theirs (busyNs also holds a task it
            // failed or was killed on, after its last end).
            outsideNs += std::max<std::int64_t>(0, lastEnd[id] - w.readyNs - workerBusy[id]);
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
        // failed (or cancelled) run's workers stopped with it: its end says nothing about
        // uneven tasks. "Uneven tasks" only when the tasks it ran alone were clearly longer than
        // most (2 x the median finished task: a loaded machine stretches equal tasks by less);
        // else, with chunks of several tasks, those it started alone were handed to it with its
        // chunk, which the idle workers could not take; else the tail's facts: its last tasks'
        // length against the median's (equal tasks that do not divide evenly among the workers
        // leave a tail too).
        const auto finishers =
            std::count_if(lastEnd.begin(), lastEnd.end(), [](std::int64_t end) { return end >= 0; });
        if (finishers > 1) {
            std::int64_t latest = 0, second = 0;
            std::size_t lone = 0;
            for (std::size_t w = 0; w < lastEnd.size(); ++w) {
                const std::int64_t end = lastEnd[w];
                if (end < 0)
                    continue;
                if (end > latest) {
                    second = latest;
                    latest = end;
                    lone = w;
                } else {
                    second = std::max(second, end);
                }
            }
            // Alone from when the others ended, or from its own first task if it began after
            // that: a worker still starting up ran nothing alone.
            const double alone = double(latest - std::max(second, firstStart[lone])) / 1e9;
            const double share = alone / wall;
            if (share >= 0.10 && alone >= 0.005) {
                // The longest task the last worker ran after `second`, against the median.
                std::vector<std::int64_t> durations;
                durations.reserve(static_cast<std::size_t>(done));
                std::int64_t longestAlone = 0, startedAlone = 0;
                for (const TaskRecord &t : run.tasks) {
                    if (t.state != TaskState::Done)
                        continue;
                    durations.push_back(t.durationNs());
                    if (t.endNs > second && t.worker >= 0
                        && lastEnd[static_cast<std::size_t>(t.worker)] == latest) {
                        longestAlone = std::max(longestAlone, t.durationNs());
                        startedAlone += t.startNs >= second ? 1 : 0;
                    }
                }
                const auto mid = durations.begin() + static_cast<std::ptrdiff_t>(durations.size() / 2);
                std::nth_element(durations.begin(), mid, durations.end());
                const bool uneven = double(longestAlone) >= 2.0 * double(*mid);
                const int chunksize = run.options.chunksizeApplies() ? chunksizeInEffect(run) : 1;
                // "The rest of the pool": no count to agree with ("while 1 sat idle").
                const std::vector<FindingArg> args{secondsArg(alone), percentArg(share)};
                const auto withChunk = [&](const char *format) {
                    std::vector<FindingArg> more = args;
                    more.push_back(integer(startedAlone));
                    more.push_back(integer(chunksize));
                    return finding(Finding::Kind::Tail, alone, format, std::move(more));
                };
                if (chunksize > 1 && startedAlone > 0 && uneven)
                    out.push_back(withChunk(QT_TRANSLATE_NOOP(
                        "corescope::Diagnosis",
                        "one worker ran alone for the last %1 (%2 of the run) while the rest of "
                        "the pool sat idle: uneven tasks, and it started %3 of its tasks then, "
                        "handed to it in a chunk (chunksize %4) that no idle worker could take; a "
                        "smaller chunksize spreads the long ones out")));
                else if (chunksize > 1 && startedAlone > 0)
                    out.push_back(withChunk(QT_TRANSLATE_NOOP(
                        "corescope::Diagnosis",
                        "one worker ran alone for the last %1 (%2 of the run) while the rest of "
                        "the pool sat idle: it started %3 of its tasks then, handed to it in a "
                        "chunk (chunksize %4) that no idle worker could take; a smaller chunksize "
                        "shares the end out")));
                else if (uneven)
                    out.push_back(finding(Finding::Kind::Tail, alone,
                                          QT_TRANSLATE_NOOP("corescope::Diagnosis",
                                                            "one worker ran alone for the last %1 "
                                                            "(%2 of the run) while the rest of "
                                                            "the pool sat idle: uneven tasks"),
                                          args));
                else {
                    // Not clearly uneven (a loaded machine stretches equal tasks too): the
                    // facts, not a verdict on the tasks' lengths. Last tasks shorter than most
                    // made the tail by when it got them (a late start, longer tasks earlier,
                    // the GIL's turns), not by their length.
                    std::vector<FindingArg> more = args;
                    more.push_back(secondsArg(double(longestAlone) / 1e9));
                    more.push_back(secondsArg(double(*mid) / 1e9));
                    out.push_back(finding(
                        Finding::Kind::Tail, alone,
                        longestAlone < *mid
                            ? QT_TRANSLATE_NOOP("corescope::Diagnosis",
                                                "one worker ran alone for the last %1 (%2 of the "
                                                "run) while the rest of the pool sat idle, with no "
                                                "task left for it: it got its last tasks later "
                                                "than the others, not longer ones (they took up "
                                                "to %3, the median task %4)")
                            : QT_TRANSLATE_NOOP("corescope::Diagnosis",
                                                "one worker ran alone for the last %1 (%2 of the "
                                                "run) while the rest of the pool sat idle, with no "
                                                "task left for it: its last tasks took up to %3, "
                                                "the median task %4"),
                        std::move(more)));
                }
            }
        }
    }

    // Only when the trace shows the turns: work that computes (four sleeping threads on two
    // cores take no turns), not behind one GIL (those take turns on the lock), more tasks
    // running at once than cores for a tenth of the run, and, when the run was sampled, the
    // cores busy (>= 70 % on average while the tasks ran).
    // Python threads say it by their tasks' own CPU time: behind the real GIL it adds up to
    // one core, code that releases it (C extensions) can fill them all.
    const auto saturated = [&] {
        const bool python = run.options.runtime == Runtime::Python;
        if (workers <= cores || (gilBound(run) && !python) || !tasksComputed(run) || done == 0
            || lastEndAll <= firstStartAll)
            return false;
        if (shareRunningAbove(run, firstStartAll, lastEndAll, cores) < 0.10)
            return false;
        if (python && run.options.mode == Mode::Threads
            && double(cpuShare(run).onCpuNs) < 0.7 * cores * double(lastEndAll - firstStartAll))
            return false;
        const auto used = meanUtilization(run, firstStartAll, lastEndAll);
        return !used || *used >= 0.70;
    };
    if (saturated())
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
    // Python's processes only: the native pool's results are 8-byte values in a frame, not
    // pickled objects.
    if (run.options.mode == Mode::Processes && run.options.runtime == Runtime::Python && done > 0) {
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

    // Memory-bound only as the trace shows it: each task took clearly longer (>= 1.2x) with
    // several workers than alone in the serial run, with no more tasks running than cores and
    // no GIL between them (either would stretch the tasks too). Without a serial run the trace
    // cannot tell memory from anything else: nothing is said.
    if (run.workload && run.workload->kernel == KernelId::MemSweep && busyNs > 0 && workers > 1
        && !gilBound(run) && baseline && baseline->wallNs > 0 && !baseline->tasks.empty()
        && lastEndAll > firstStartAll
        && shareRunningAbove(run, firstStartAll, lastEndAll, cores) < 0.10) {
        double bytes = 0.0;
        for (const TaskRecord &t : run.tasks)
            if (t.state == TaskState::Done)
                bytes += double(run.workload->input(t.index).a)
                    * double(run.workload->params.bufferMiB) * 1024.0 * 1024.0;
        const double gbps = bytes / wall / 1e9;
        std::int64_t baseBusy = 0;
        std::uint64_t baseDone = 0;
        for (const TaskRecord &t : baseline->tasks)
            if (t.state == TaskState::Done) {
                baseBusy += t.durationNs();
                ++baseDone;
            }
        if (baseDone > 0 && baseBusy > 0) {
            const double ratio =
                (double(busyNs) / double(done)) / (double(baseBusy) / double(baseDone));
            if (ratio >= 1.2)
                out.push_back(finding(Finding::Kind::MemoryBound, ratio,
                                      QT_TRANSLATE_NOOP("corescope::Diagnosis",
                                                        "memory-bound: the workers streamed %1 "
                                                        "GB/s together, and cores wait on memory: "
                                                        "each task took %2x as long as in the "
                                                        "serial run"),
                                      {fixedArg(gbps, 1), fixedArg(ratio, 2)}));
        }
    }
    return out;
}

std::optional<TaskCompute> taskCompute(const RunResult &run)
{
    // A native waiting kernel is not on the CPU while it sleeps, though nothing measured it.
    if (run.status != RunStatus::Ok || !run.workload || !tasksComputed(run))
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
    std::vector<FindingArg> args{runLabelArg(other.label), fixedArg(ratio, ratio < 10 ? 1 : 0),
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
