#include "core/trace/tracefeed.h"

#include "core/kernels/kernel.h"
#include "core/exec/runoptions.h"
#include "core/util/enginetext.h"

#include <algorithm>

namespace corescope {

TraceFeed::TraceFeed(RunRecorder &recorder, bool runtimeHandsBack, std::int64_t clockOffsetNs)
    : m_recorder(recorder), m_offsetNs(clockOffsetNs)
{
    m_finished.assign(recorder.taskCount(), 0);
    recorder.setRuntimeHandsBack(runtimeHandsBack);
}

std::int64_t TraceFeed::toRunNs(std::int64_t monoNs) const
{
    return monoNs + m_offsetNs - m_recorder.epochNs();
}

WorkerRecord *TraceFeed::worker(int id)
{
    if (id < 0 || id >= RunOptions::kMaxWorkers)
        return nullptr;
    if (static_cast<std::size_t>(id) >= m_workers.size()) {
        WorkerRecord notStarted;
        notStarted.id = -1;
        m_workers.resize(static_cast<std::size_t>(id) + 1, notStarted);
        m_changed.resize(m_workers.size(), 0);
    }
    return &m_workers[static_cast<std::size_t>(id)];
}

std::string TraceFeed::workerStarted(int id, std::int32_t pid, std::int32_t tid, std::int64_t monoNs)
{
    WorkerRecord *w = worker(id);
    if (!w)
        return "worker " + std::to_string(id) + " is out of range (0.."
            + std::to_string(RunOptions::kMaxWorkers - 1) + ")";
    if (w->id >= 0 && w->exitNs < 0)
        return "worker " + std::to_string(id) + " started twice";
    *w = WorkerRecord{};
    w->id = id;
    w->pid = pid;
    w->tid = tid;
    w->spawnNs = toRunNs(monoNs);
    m_changed[static_cast<std::size_t>(id)] = 1;
    return {};
}

std::string TraceFeed::workerPlaced(int id, int rank, std::string host,
                                    std::int64_t clockOffsetNs, std::int64_t clockUncertaintyNs)
{
    WorkerRecord *w = worker(id);
    if (!w || w->id < 0)
        return "worker " + std::to_string(id) + " is placed but never started";
    w->rank = rank;
    w->host = std::move(host);
    w->clockOffsetNs = clockOffsetNs;
    w->clockUncertaintyNs = clockUncertaintyNs;
    m_changed[static_cast<std::size_t>(id)] = 1;
    return {};
}

std::string TraceFeed::workerReady(int id, std::int64_t monoNs)
{
    WorkerRecord *w = worker(id);
    if (!w || w->id < 0)
        return "worker " + std::to_string(id) + " is ready but never started";
    w->readyNs = toRunNs(monoNs);
    m_changed[static_cast<std::size_t>(id)] = 1;
    return {};
}

std::string TraceFeed::workerExited(int id, std::int64_t monoNs, std::string reason)
{
    WorkerRecord *w = worker(id);
    if (!w || w->id < 0)
        return "worker " + std::to_string(id) + " exited but never started";
    w->exitNs = toRunNs(monoNs);
    w->exitReason = std::move(reason);
    m_changed[static_cast<std::size_t>(id)] = 1;
    m_recorder.setRunning(id, -1, 0);
    return {};
}

std::string TraceFeed::checkTask(int id, std::uint32_t index, std::int64_t start, std::int64_t end)
{
    const WorkerRecord *w = worker(id);
    if (!w || w->id < 0)
        return "task " + std::to_string(index) + " ran on worker " + std::to_string(id)
            + ", which never started";
    if (index >= m_finished.size())
        return "task " + std::to_string(index) + " does not exist (the workload has "
            + std::to_string(m_finished.size()) + " tasks)";
    if (m_finished[index])
        return "task " + std::to_string(index) + " finished twice";
    if (end < start)
        return "task " + std::to_string(index) + " ended before it started";
    return {};
}

std::string TraceFeed::taskStarted(int id, std::uint32_t index, std::int64_t monoNs)
{
    if (std::string problem = checkTask(id, index, monoNs, monoNs); !problem.empty())
        return problem;
    m_recorder.setRunning(id, index, toRunNs(monoNs));
    m_started.push_back({id, index, monoNs});
    return {};
}

void TraceFeed::forgetStarted(std::uint32_t index)
{
    // Few tasks run at once (one per worker): a linear search from the newest is short.
    for (std::size_t i = m_started.size(); i-- > 0;) {
        if (m_started[i].index == index) {
            m_started.erase(m_started.begin() + static_cast<std::ptrdiff_t>(i));
            return;
        }
    }
}

void TraceFeed::stopUnfinished(std::int64_t monoNs, TaskState state)
{
    for (const Started &s : m_started) {
        if (s.index >= m_finished.size() || m_finished[s.index])
            continue;
        const WorkerRecord *w = worker(s.worker);
        if (!w || w->id < 0)
            continue;
        TaskRecord &task = m_recorder.task(s.index);
        task.worker = static_cast<std::int16_t>(s.worker);
        task.pid = w->pid;
        task.tid = w->tid;
        task.startNs = toRunNs(s.monoNs);
        // Until the failure, or until its worker was seen to end, if that was earlier.
        std::int64_t endNs = toRunNs(monoNs);
        if (w->exitNs >= 0)
            endNs = std::min(endNs, w->exitNs);
        task.endNs = std::max(endNs, task.startNs);
        task.state = state;
        m_finished[s.index] = 1;
        m_toPublish.push_back(s.index);
        m_recorder.setRunning(s.worker, -1, 0);
    }
    m_started.clear();
}

std::string TraceFeed::taskFinished(int id, std::uint32_t index, std::int64_t startMonoNs,
                                    std::int64_t endMonoNs, std::optional<std::uint64_t> result,
                                    std::int64_t gilWaitNs)
{
    if (std::string problem = checkTask(id, index, startMonoNs, endMonoNs); !problem.empty())
        return problem;
    WorkerRecord &w = m_workers[static_cast<std::size_t>(id)];
    TaskRecord &task = m_recorder.task(index);
    task.worker = static_cast<std::int16_t>(id);
    task.pid = w.pid;
    task.tid = w.tid;
    task.startNs = toRunNs(startMonoNs);
    task.endNs = toRunNs(endMonoNs);
    task.result = result.value_or(0);
    task.resultKnown = result.has_value();
    task.gilWaitNs = gilWaitNs;
    task.state = TaskState::Done;
    forgetStarted(index);
    m_finished[index] = 1;
    m_toPublish.push_back(index);
    ++w.tasksDone;
    w.busyNs += task.endNs - task.startNs;
    m_changed[static_cast<std::size_t>(id)] = 1;
    m_recorder.setRunning(id, -1, 0);
    return {};
}

std::string TraceFeed::taskFailed(int id, std::uint32_t index, std::int64_t startMonoNs,
                                  std::int64_t endMonoNs, const std::string &error, bool failsRun)
{
    if (std::string problem = checkTask(id, index, startMonoNs, endMonoNs); !problem.empty())
        return problem;
    TaskRecord &task = m_recorder.task(index);
    task.worker = static_cast<std::int16_t>(id);
    task.pid = m_workers[static_cast<std::size_t>(id)].pid;
    task.tid = m_workers[static_cast<std::size_t>(id)].tid;
    task.startNs = toRunNs(startMonoNs);
    task.endNs = toRunNs(endMonoNs);
    task.state = TaskState::Failed;
    forgetStarted(index);
    m_finished[index] = 1;
    m_toPublish.push_back(index);
    m_recorder.setRunning(id, -1, 0);
    if (failsRun)
        failTask(index, error);
    return {};
}

void TraceFeed::failTask(std::uint32_t index, const std::string &error)
{
    const Workload &workload = m_recorder.workload();
    m_recorder.fail(text::formatEngineText(text::kTaskFailed,
                                           {std::to_string(index),
                                            formatInput(workload.kernel, workload.input(index)), error}),
                    index);
}

std::string TraceFeed::handedBack(std::uint32_t index, std::int64_t monoNs)
{
    if (index >= m_finished.size())
        return "task " + std::to_string(index) + " was handed back but does not exist";
    if (!m_finished[index])
        return "task " + std::to_string(index) + " was handed back before it finished";
    m_toHandBack.push_back({index, toRunNs(monoNs)});
    return {};
}

void TraceFeed::flush()
{
    if (!m_toPublish.empty()) {
        m_recorder.publishFinished(m_toPublish);
        m_toPublish.clear();
    }
    // Hand-backs at one time go together (an ordered batch arrives at once).
    std::size_t i = 0;
    std::vector<std::uint32_t> same;
    while (i < m_toHandBack.size()) {
        const std::int64_t t = m_toHandBack[i].runNs;
        same.clear();
        for (; i < m_toHandBack.size() && m_toHandBack[i].runNs == t; ++i)
            same.push_back(m_toHandBack[i].index);
        m_recorder.handBack(same, t);
    }
    m_toHandBack.clear();
    for (std::size_t id = 0; id < m_workers.size(); ++id) {
        if (m_changed[id] && m_workers[id].id >= 0)
            m_recorder.setWorker(m_workers[id]);
        m_changed[id] = 0;
    }
}

} // namespace corescope
