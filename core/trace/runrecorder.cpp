#include "core/trace/runrecorder.h"

#include "core/io/timetext.h"
#include "core/util/enginetext.h"

#include <algorithm>
#include <chrono>
#include <ctime>

namespace corescope {

std::int64_t monotonicNowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return std::int64_t{ts.tv_sec} * 1'000'000'000 + ts.tv_nsec;
}

std::string_view runStatusName(RunStatus status)
{
    switch (status) {
    case RunStatus::Running: return "running";
    case RunStatus::Ok: return "ok";
    case RunStatus::Cancelled: return "cancelled";
    case RunStatus::Failed: return "failed";
    }
    return "?";
}

std::uint64_t RunResult::tasksDone() const
{
    return static_cast<std::uint64_t>(std::count_if(
        tasks.begin(), tasks.end(), [](const TaskRecord &t) { return t.state == TaskState::Done; }));
}

std::uint64_t RunResult::mismatches() const
{
    return static_cast<std::uint64_t>(
        std::count_if(tasks.begin(), tasks.end(), [](const TaskRecord &t) { return t.mismatch; }));
}

RunRecorder::RunRecorder(std::shared_ptr<const Workload> workload, const RunOptions &options)
{
    const std::uint64_t n = workload->taskCount();
    m_workload = workload;
    m_result.workload = std::move(workload);
    m_result.options = options;
    m_result.startedAt = io::isoTimeNow();
    m_clockSettled = options.runtime != Runtime::Python;   // it moves time 0: startClockAt()
    m_result.tasks.resize(n);
    for (std::uint64_t i = 0; i < n; ++i)
        m_result.tasks[i].index = static_cast<std::uint32_t>(i);
    m_published.assign(n, 0);
    m_finishedOrder.reserve(n);
    m_result.handOrder.reserve(n);
    m_epochNs = monotonicNowNs();
}

std::int64_t RunRecorder::now() const
{
    return monotonicNowNs() - epochNs();
}

void RunRecorder::startClockAt(std::int64_t epochMonoNs)
{
    std::lock_guard lock(m_mutex);
    const std::int64_t shift = epochMonoNs - epochNs();
    m_epochNs.store(epochMonoNs, std::memory_order_relaxed);
    m_clockSettled = true;
    for (CpuSample &s : m_result.samples)
        s.tNs -= shift;
    for (GilHold &h : m_result.gilHolds) {
        h.startNs -= shift;
        h.endNs -= shift;
    }
}

void RunRecorder::settleClock()
{
    std::lock_guard lock(m_mutex);
    m_clockSettled = true;
}

void RunRecorder::setEndNs(std::int64_t endNs)
{
    std::lock_guard lock(m_mutex);
    m_endNs = endNs;
}

void RunRecorder::handBackLocked(std::uint32_t index, std::int64_t t)
{
    m_result.tasks[index].handedBackNs = t;
    m_result.handOrder.push_back(index);
}

void RunRecorder::publishFinished(std::span<const std::uint32_t> indices)
{
    const auto &expected = m_workload->expected;   // (finish() may replace the result's)
    std::lock_guard lock(m_mutex);
    const std::int64_t t = now();
    for (const std::uint32_t i : indices) {
        if (m_published[i])
            continue;
        m_published[i] = 1;
        TaskRecord &task = m_result.tasks[i];
        if (expected && task.state == TaskState::Done
            && (!task.resultKnown || (*expected)[i] != task.result))
            task.mismatch = true;
        m_finishedOrder.push_back(i);
        if (task.state != TaskState::Done || m_runtimeHandsBack)
            continue;     // a failed task is never handed back; a runtime says when it is
        if (m_result.options.ordering() == Ordering::AsCompleted)
            handBackLocked(i, t);
    }
    if (m_result.options.ordering() == Ordering::OrderedStream && !m_runtimeHandsBack) {
        // Head-of-line blocking: a result waits for every earlier one.
        while (m_streamNext < m_published.size() && m_published[m_streamNext]
               && m_result.tasks[m_streamNext].state == TaskState::Done) {
            handBackLocked(static_cast<std::uint32_t>(m_streamNext), t);
            ++m_streamNext;
        }
    }
    m_finishedCount.store(m_finishedOrder.size(), std::memory_order_relaxed);
}

void RunRecorder::handBack(std::span<const std::uint32_t> indices, std::int64_t tNs)
{
    std::lock_guard lock(m_mutex);
    for (const std::uint32_t i : indices) {
        if (i >= m_result.tasks.size() || !m_published[i])
            continue;
        const TaskRecord &task = m_result.tasks[i];
        if (task.state == TaskState::Done && task.handedBackNs < 0)
            handBackLocked(i, tNs);
    }
}

void RunRecorder::setWorker(const WorkerRecord &worker)
{
    std::lock_guard lock(m_mutex);
    auto &workers = m_result.workers;
    auto it = std::find_if(workers.begin(), workers.end(),
                           [&](const WorkerRecord &w) { return w.id == worker.id; });
    if (it == workers.end())
        workers.push_back(worker);
    else
        *it = worker;
}

void RunRecorder::setRunning(int worker, std::int64_t index, std::int64_t startNs)
{
    std::lock_guard lock(m_mutex);
    auto it = std::find_if(m_running.begin(), m_running.end(),
                           [&](const RunSnapshot::Running &r) { return r.worker == worker; });
    if (index < 0) {
        if (it != m_running.end())
            m_running.erase(it);
        return;
    }
    const RunSnapshot::Running r{worker, static_cast<std::uint32_t>(index), startNs};
    if (it == m_running.end())
        m_running.push_back(r);
    else
        *it = r;
}

void RunRecorder::addSample(CpuSample sample)
{
    std::lock_guard lock(m_mutex);
    m_result.samples.push_back(std::move(sample));
}

void RunRecorder::addSampleTakenAt(CpuSample sample)
{
    std::lock_guard lock(m_mutex);
    sample.tNs -= epochNs();
    m_result.samples.push_back(std::move(sample));
}

void RunRecorder::addGilHolds(std::span<const GilHold> holds)
{
    if (holds.empty())
        return;
    std::lock_guard lock(m_mutex);
    auto &all = m_result.gilHolds;
    const std::size_t room = RunResult::kMaxGilHolds - std::min(all.size(), RunResult::kMaxGilHolds);
    const std::size_t n = std::min(room, holds.size());
    if (n < holds.size())
        m_result.gilHoldsTruncated = true;
    all.insert(all.end(), holds.begin(), holds.begin() + static_cast<std::ptrdiff_t>(n));
}

void RunRecorder::setMachine(MachineInfo machine)
{
    std::lock_guard lock(m_mutex);
    m_result.machine = std::move(machine);
}

void RunRecorder::setSharedTotal(std::uint64_t total)
{
    std::lock_guard lock(m_mutex);
    m_result.sharedTotal = total;
}

void RunRecorder::setPython(PythonInfo python)
{
    std::lock_guard lock(m_mutex);
    m_result.python = std::move(python);
}

void RunRecorder::setGilSampleGap(std::int64_t ns)
{
    std::lock_guard lock(m_mutex);
    if (m_result.python)
        m_result.python->gilSampleGapNs = ns;
}

void RunRecorder::setBoolResults()
{
    std::lock_guard lock(m_mutex);
    m_boolResults = true;
}

std::optional<std::uint64_t> RunRecorder::sharedTotal() const
{
    std::lock_guard lock(m_mutex);
    return m_result.sharedTotal;
}

void RunRecorder::fail(std::string error, std::int64_t failedTask)
{
    setFailed(std::move(error), failedTask, false);
}

void RunRecorder::failBeforeStart(std::string error)
{
    setFailed(std::move(error), -1, true);
}

void RunRecorder::setFailed(std::string error, std::int64_t failedTask, bool beforeStart)
{
    std::lock_guard lock(m_mutex);
    if (m_result.status == RunStatus::Failed)
        return;   // the first failure is the run's
    m_result.status = RunStatus::Failed;
    m_result.error = std::move(error);
    m_result.failedTask = failedTask;
    m_result.failedBeforeStart = beforeStart;
}

void RunRecorder::markCancelled()
{
    std::lock_guard lock(m_mutex);
    m_cancelled = true;
}

bool RunRecorder::failed() const
{
    std::lock_guard lock(m_mutex);
    return m_result.status == RunStatus::Failed;
}

void RunRecorder::finish()
{
    // The workload that says its results are bools is copied before the lock is taken: a copy
    // of a million explicit inputs takes milliseconds, which the window's next snapshot would
    // wait for. The workload copied is never changed (only finish() replaces the pointer).
    // (With "expected" the workload already says what its results are: true / false, or
    // numbers a bool is compared with.)
    std::shared_ptr<const Workload> current;
    bool boolResults = false;
    {
        std::lock_guard lock(m_mutex);
        current = m_result.workload;
        boolResults = m_boolResults;
    }
    std::shared_ptr<Workload> learnt;
    if (boolResults && current->python && !current->python->boolResults && !current->expected) {
        learnt = std::make_shared<Workload>(*current);
        learnt->python->boolResults = true;
    }
    std::lock_guard lock(m_mutex);
    if (learnt)
        m_result.workload = std::move(learnt);
    m_result.wallNs = m_endNs >= 0 ? m_endNs : now();
    m_clockSettled = true;   // a run that ended before its clock moved: its samples as they are
    m_running.clear();
    // A task that never ended has no time off the CPU (or GIL wait) to give: not measured,
    // not 0 (the record's default, what a native task without the GIL waited).
    for (TaskRecord &t : m_result.tasks)
        if (t.endNs < 0)
            t.gilWaitNs = -1;
    // A worker was busy for the task it failed on, was killed on or was cancelled in, too: the executors count a
    // task as they record it done, and only then (a worker killed 300 ms into a timed-out task
    // said "busy 0.0%").
    for (const TaskRecord &t : m_result.tasks) {
        if ((t.state != TaskState::Failed && t.state != TaskState::Killed
             && t.state != TaskState::Cancelled)
            || t.durationNs() <= 0)
            continue;
        const auto it = std::find_if(m_result.workers.begin(), m_result.workers.end(),
                                     [&](const WorkerRecord &w) { return w.id == t.worker; });
        if (it != m_result.workers.end())
            it->busyNs += t.durationNs();
    }
    const bool allDone = m_finishedOrder.size() == m_result.tasks.size()
        && std::all_of(m_result.tasks.begin(), m_result.tasks.end(),
                       [](const TaskRecord &t) { return t.state == TaskState::Done; });
    if (m_result.status != RunStatus::Failed) {
        if (m_cancelled && !allDone) {
            m_result.status = RunStatus::Cancelled;
        } else if (!allDone) {
            m_result.status = RunStatus::Failed;
            if (m_result.error.empty())
                m_result.error = text::kRunEndedEarly;
        } else {
            m_result.status = RunStatus::Ok;
        }
    }
    if (m_result.options.ordering() == Ordering::OrderedBatch && allDone && !m_runtimeHandsBack) {
        // Pool.map: every result is handed back at once, in input order, when all are done.
        for (std::uint32_t i = 0; i < m_result.tasks.size(); ++i)
            handBackLocked(i, m_result.wallNs);
    }
    if (m_result.status == RunStatus::Ok) {
        std::uint64_t bad = 0;
        std::int64_t first = -1;
        for (const auto &t : m_result.tasks)
            if (t.mismatch && bad++ == 0)
                first = t.index;
        if (bad > 0) {
            const auto &w = *m_result.workload;
            const auto &task = m_result.tasks[static_cast<std::size_t>(first)];
            m_result.status = RunStatus::Failed;
            m_result.failedTask = first;
            const std::string count = std::to_string(bad);
            const std::string index = std::to_string(first);
            const std::string input = formatInput(w.kernel, w.input(task.index));
            const std::string expected = w.resultText((*w.expected)[task.index]);
            m_result.error = task.resultKnown
                ? text::formatEngineText(text::kResultsDiffer,
                                         {count, index, input, w.resultText(task.result), expected})
                : text::formatEngineText(text::kResultsDifferNotKept,
                                         {count, index, input, expected});
        }
    }
}

RunSnapshot RunRecorder::snapshot(SnapshotCursor &cursor) const
{
    RunSnapshot s;
    std::lock_guard lock(m_mutex);
    s.newlyFinished.reserve(m_finishedOrder.size() - cursor.finished);
    for (std::size_t k = cursor.finished; k < m_finishedOrder.size(); ++k)
        s.newlyFinished.push_back(m_result.tasks[m_finishedOrder[k]]);
    cursor.finished = m_finishedOrder.size();
    const auto &hand = m_result.handOrder;
    s.newlyHandedBack.assign(hand.begin() + static_cast<std::ptrdiff_t>(cursor.handedBack),
                             hand.end());
    cursor.handedBack = hand.size();
    if (m_clockSettled) {
        const auto &samples = m_result.samples;
        s.newSamples.assign(samples.begin() + static_cast<std::ptrdiff_t>(cursor.samples),
                            samples.end());
        cursor.samples = samples.size();
        const auto &holds = m_result.gilHolds;
        s.newGilHolds.assign(holds.begin() + static_cast<std::ptrdiff_t>(cursor.gilHolds),
                             holds.end());
        cursor.gilHolds = holds.size();
    }
    s.workers = m_result.workers;
    s.running = m_running;
    s.tasksTotal = m_result.tasks.size();
    s.tasksFinished = m_finishedOrder.size();
    s.elapsedNs = m_result.status == RunStatus::Running || m_result.wallNs == 0 ? now()
                                                                                : m_result.wallNs;
    s.status = m_result.status;
    s.error = m_result.error;
    return s;
}

RunResult RunRecorder::result() const
{
    std::lock_guard lock(m_mutex);
    return m_result;
}

RunResult RunRecorder::takeResult()
{
    std::lock_guard lock(m_mutex);
    return std::move(m_result);
}

} // namespace corescope
