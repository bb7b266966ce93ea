#include "core/io/chrometracewriter.h"

#include "core/io/atomicfile.h"
#include "core/io/jsonreader.h"
#include "core/io/outbuffer.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace corescope {

namespace {

using io::OutBuffer;

constexpr int kRunPid = 1;

struct Lane {
    const WorkerRecord *record = nullptr;
    std::int32_t pid = 0;     // from the tasks when there is no worker record
    std::int32_t tid = 0;
    std::vector<std::uint32_t> tasks;
    std::vector<GilHold> holds;   // this worker's GIL holds, when the run has them
    bool hasGilWaits = false;
    bool hasGilLane() const { return hasGilWaits || !holds.empty(); }
};

enum class SliceKind : std::uint8_t { StartUp, Task, Died };

struct Slice {
    std::int64_t start;
    std::int64_t end;
    SliceKind kind;
    std::uint32_t task;
};

class TraceWriter {
public:
    TraceWriter(const RunResult &run, std::ostream &stream)
        : m_run(run)
        , m_workload(run.workload ? *run.workload : noWorkload())
        , m_taskCount(m_workload.taskCount())
        , m_out(stream)
    {
    }

    bool write()
    {
        // A Python run's CPU samples from before its pool was asked for (the interpreter
        // starting) are at negative times, which Perfetto's trace processor does not take:
        // every time moves later by as much, and otherData says where the run's 0 is.
        for (const CpuSample &s : m_run.samples)
            m_shiftNs = std::max(m_shiftNs, -s.tNs);
        for (const GilHold &h : m_run.gilHolds)
            m_shiftNs = std::max(m_shiftNs, -h.startNs);
        collectLanes();
        m_out.put(std::string_view("{\"traceEvents\":["));
        writeMetadata();
        for (auto &[id, lane] : m_lanes)
            writeWorkerLane(id, lane);
        for (auto &[id, lane] : m_lanes)
            if (lane.hasGilLane())
                writeGilLane(id, lane);
        writeCounters();
        m_out.put(std::string_view("\n],\"displayTimeUnit\":\"ms\",\"otherData\":{\"run_start_ts\":"));
        m_out.microseconds(m_shiftNs);
        m_out.put(std::string_view("}}\n"));
        return m_out.flush();
    }

private:
    static const Workload &noWorkload()
    {
        static const Workload workload;
        return workload;
    }

    void collectLanes()
    {
        for (const WorkerRecord &w : m_run.workers) {
            if (w.id < 0)
                continue;
            Lane &lane = m_lanes[w.id];
            lane.record = &w;
            lane.pid = w.pid;
            lane.tid = w.tid;
        }
        for (std::size_t i = 0; i < m_run.tasks.size(); ++i) {
            const TaskRecord &t = m_run.tasks[i];
            if (t.worker < 0 || t.startNs < 0)
                continue;
            Lane &lane = m_lanes[t.worker];
            if (lane.pid == 0)
                lane.pid = t.pid;
            if (lane.tid == 0)
                lane.tid = t.tid;
            lane.tasks.push_back(static_cast<std::uint32_t>(i));   // position in m_run.tasks
            lane.hasGilWaits = lane.hasGilWaits || t.gilWaitNs > 0;
        }
        for (const GilHold &h : m_run.gilHolds)
            if (h.worker >= 0)
                m_lanes[h.worker].holds.push_back(h);
        // GIL lanes are 1000 + N; with a thousand workers or more, the next power of ten, so
        // they never share a tid with a worker.
        const int lastTid = m_lanes.empty() ? 0 : m_lanes.rbegin()->first + 1;
        while (m_gilTidBase <= lastTid)
            m_gilTidBase *= 10;
    }

    void beginEvent()
    {
        m_out.put(m_first ? std::string_view("\n") : std::string_view(",\n"));
        m_first = false;
    }

    void metadata(std::string_view name, int tid, std::string_view argKey,
                  const std::string &nameArg, std::int64_t sortArg)
    {
        // No "ts" on metadata: viewers drop thread names that carry a negative one.
        beginEvent();
        m_out.put(std::string_view("{\"ph\":\"M\",\"name\":\""));
        m_out.put(name);
        m_out.put(std::string_view("\",\"pid\":"));
        m_out.integer(kRunPid);
        m_out.put(std::string_view(",\"tid\":"));
        m_out.integer(tid);
        m_out.put(std::string_view(",\"args\":{\""));
        m_out.put(argKey);
        m_out.put(std::string_view("\":"));
        if (argKey == "name")
            m_out.jsonString(nameArg);
        else
            m_out.integer(sortArg);
        m_out.put(std::string_view("}}"));
    }

    // A native task's wait is the emulated GIL's; a Python task's is its wall time less its
    // thread's CPU time, which the GIL or the OS took (docs/PYTHON_RUNTIME.md, "Off-CPU time"),
    // named as the timeline names it.
    std::string waitName() const
    {
        return std::string(taskWaitLabel(m_run.options.mode, m_run.options.runtime));
    }

    void writeMetadata()
    {
        const RunOptions &o = m_run.options;
        std::string process = "Corescope run: " + m_workload.name + " ("
            + std::string(executionLabel(o.mode, o.gil, o.runtime)) + ", "
            + std::to_string(o.workers) + (o.workers == 1 ? " worker)" : " workers)");
        metadata("process_name", 0, "name", process, 0);
        for (const auto &[id, lane] : m_lanes) {
            const int n = id + 1;
            // The OS ids go in the name; tids stay small so viewers keep one track per worker.
            std::string name = "worker " + std::to_string(n) + " (";
            if (lane.record && lane.record->rank >= 0)   // MPI: lanes sort by host (their ids do)
                name += "rank " + std::to_string(lane.record->rank) + " on " + lane.record->host + ", ";
            name += "pid " + std::to_string(lane.pid);
            if (o.mode != Mode::Processes && o.mode != Mode::Mpi && lane.tid != 0)
                name += ", tid " + std::to_string(lane.tid);
            name += ')';
            metadata("thread_name", n, "name", name, 0);
            metadata("thread_sort_index", n, "sort_index", {}, 2 * n);
            if (lane.hasGilLane()) {
                const bool sampled = !lane.holds.empty() && lane.holds.front().sampled;
                metadata("thread_name", m_gilTidBase + n, "name",
                         "worker " + std::to_string(n) + ' '
                             + (lane.holds.empty() ? waitName()
                                : sampled          ? "running (sampled)"
                                                   : "GIL held"),
                         0);
                metadata("thread_sort_index", m_gilTidBase + n, "sort_index", {}, 2 * n + 1);
            }
        }
    }

    void sliceHeader(std::string_view name, std::string_view category, int tid,
                     std::int64_t start, std::int64_t end)
    {
        beginEvent();
        m_out.put(std::string_view("{\"ph\":\"X\",\"name\":"));
        m_out.jsonString(name);
        m_out.put(std::string_view(",\"cat\":\""));
        m_out.put(category);
        m_out.put(std::string_view("\",\"pid\":"));
        m_out.integer(kRunPid);
        m_out.put(std::string_view(",\"tid\":"));
        m_out.integer(tid);
        m_out.put(std::string_view(",\"ts\":"));
        m_out.microseconds(start + m_shiftNs);
        m_out.put(std::string_view(",\"dur\":"));
        m_out.microseconds(end - start);
    }

    void resultValue(const TaskRecord &t)
    {
        if (t.state != TaskState::Done || !t.resultKnown)
            m_out.put(std::string_view("null"));
        else if (m_workload.resultKind() == ResultKind::Bool)
            m_out.put(t.result != 0 ? std::string_view("true") : std::string_view("false"));
        else if (t.result <= json::kMaxExactInteger)
            m_out.unsignedInteger(t.result);
        else
            m_out.jsonString(std::to_string(t.result));
    }

    // Where a task that never finished stopped being drawn: its worker's end, else the run's.
    std::int64_t unfinishedEnd(const Lane &lane, const TaskRecord &t) const
    {
        if (lane.record && lane.record->exitNs >= t.startNs)
            return lane.record->exitNs;
        return std::max(m_run.wallNs, t.startNs);
    }

    void writeWorkerLane(int id, const Lane &lane)
    {
        const int tid = id + 1;
        std::vector<Slice> slices;
        slices.reserve(lane.tasks.size() + 2);
        if (lane.record && lane.record->spawnNs >= 0 && lane.record->readyNs >= 0)
            slices.push_back({lane.record->spawnNs, std::max(lane.record->readyNs,
                                                             lane.record->spawnNs),
                              SliceKind::StartUp, 0});
        for (const std::uint32_t i : lane.tasks) {
            const TaskRecord &t = m_run.tasks[i];
            const std::int64_t end = t.endNs >= t.startNs ? t.endNs : unfinishedEnd(lane, t);
            slices.push_back({t.startNs, end, SliceKind::Task, i});
        }
        if (lane.record && !lane.record->exitReason.empty() && lane.record->exitNs >= 0)
            slices.push_back({lane.record->exitNs, lane.record->exitNs, SliceKind::Died, 0});
        std::stable_sort(slices.begin(), slices.end(),
                         [](const Slice &a, const Slice &b) { return a.start < b.start; });

        // One task at a time per worker, so slices on this thread never overlap. Records
        // stamped by another process's clock could still disagree by a few ns; pushing a
        // start to the previous end keeps the file valid (viewers reject partial overlaps).
        std::int64_t cursor = INT64_MIN;
        const std::string_view kernel = m_workload.kernelInfo().name;
        for (Slice s : slices) {
            if (s.kind == SliceKind::Died) {
                beginEvent();
                m_out.put(std::string_view("{\"ph\":\"i\",\"s\":\"t\",\"name\":\"worker died\","
                                           "\"cat\":\"worker\",\"pid\":"));
                m_out.integer(kRunPid);
                m_out.put(std::string_view(",\"tid\":"));
                m_out.integer(tid);
                m_out.put(std::string_view(",\"ts\":"));
                m_out.microseconds(std::max(s.start, cursor) + m_shiftNs);
                m_out.put(std::string_view(",\"args\":{\"reason\":"));
                m_out.jsonString(lane.record->exitReason);
                m_out.put(std::string_view("}}"));
                continue;
            }
            s.start = std::max(s.start, cursor);
            s.end = std::max(s.end, s.start);
            cursor = s.end;
            if (s.kind == SliceKind::StartUp) {
                sliceHeader("start-up", "worker", tid, s.start, s.end);
                m_out.put('}');
                continue;
            }
            const TaskRecord &t = m_run.tasks[s.task];
            sliceHeader(kernel, "task", tid, s.start, s.end);
            m_out.put(std::string_view(",\"args\":{\"index\":"));
            m_out.unsignedInteger(t.index);
            m_out.put(std::string_view(",\"input\":"));
            m_out.jsonString(m_workload.inputText(m_taskCount, t.index));
            m_out.put(std::string_view(",\"result\":"));
            resultValue(t);
            if (t.mismatch)
                m_out.put(std::string_view(",\"mismatch\":true"));
            if (t.state != TaskState::Done) {
                m_out.put(std::string_view(",\"state\":"));
                m_out.put(t.state == TaskState::Failed      ? std::string_view("\"failed\"")
                          : t.state == TaskState::Killed    ? std::string_view("\"killed\"")
                          : t.state == TaskState::Cancelled ? std::string_view("\"cancelled\"")
                                                            : std::string_view("\"unfinished\""));
            }
            if (t.gilWaitNs > 0) {
                m_out.put(std::string_view(",\"gil_wait_us\":"));
                m_out.microseconds(t.gilWaitNs);
            }
            m_out.put(std::string_view("}}"));
        }
    }

    void writeGilLane(int id, Lane &lane)
    {
        const int tid = m_gilTidBase + id + 1;
        if (!lane.holds.empty()) {
            // Every hold (recorded) or running stretch (sampled) of this worker, in time order;
            // one worker's never overlap, the cursor keeps rounding from making them.
            std::stable_sort(lane.holds.begin(), lane.holds.end(),
                             [](const GilHold &a, const GilHold &b) { return a.startNs < b.startNs; });
            std::int64_t cursor = INT64_MIN;
            for (const GilHold &h : lane.holds) {
                const std::int64_t start = std::max(h.startNs, cursor);
                const std::int64_t end = std::max(start, h.endNs);
                cursor = end;
                sliceHeader(h.sampled ? "running (sampled)" : "GIL held", "gil", tid, start, end);
                m_out.put('}');
            }
            return;
        }
        std::vector<std::uint32_t> order = lane.tasks;
        std::stable_sort(order.begin(), order.end(), [this](std::uint32_t a, std::uint32_t b) {
            return m_run.tasks[a].startNs < m_run.tasks[b].startNs;
        });
        std::int64_t cursor = INT64_MIN;
        for (const std::uint32_t i : order) {
            const TaskRecord &t = m_run.tasks[i];
            if (t.gilWaitNs <= 0)
                continue;
            // The record keeps only the total wait of a task, which in truth is spread over
            // many switch intervals. Drawing it as one block at the task's start is an
            // approximation: right in length, not in placement.
            const std::int64_t taskEnd = t.endNs >= t.startNs ? t.endNs : unfinishedEnd(lane, t);
            const std::int64_t start = std::max(t.startNs, cursor);
            const std::int64_t end = std::max(start, std::min(t.startNs + t.gilWaitNs, taskEnd));
            cursor = end;
            sliceHeader(waitName(), "gil", tid, start, end);
            m_out.put(std::string_view(",\"args\":{\"index\":"));
            m_out.unsignedInteger(t.index);
            m_out.put(std::string_view(",\"wait_us\":"));
            m_out.microseconds(t.gilWaitNs);
            m_out.put(std::string_view("}}"));
        }
    }

    void writeCounters()
    {
        std::vector<std::size_t> order(m_run.samples.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(), [this](std::size_t a, std::size_t b) {
            return m_run.samples[a].tNs < m_run.samples[b].tNs;
        });
        for (const std::size_t i : order) {
            const CpuSample &s = m_run.samples[i];
            beginEvent();
            // One counter track per machine: "cpu", and "cpu <host>" for another MPI host's.
            m_out.put(std::string_view("{\"ph\":\"C\",\"name\":"));
            m_out.jsonString(s.host.empty() ? std::string("cpu") : "cpu " + s.host);
            m_out.put(std::string_view(",\"pid\":"));
            m_out.integer(kRunPid);
            m_out.put(std::string_view(",\"ts\":"));
            m_out.microseconds(s.tNs + m_shiftNs);
            m_out.put(std::string_view(",\"args\":{"));
            for (std::size_t c = 0; c < s.cores.size(); ++c) {
                if (c > 0)
                    m_out.put(',');
                m_out.put(std::string_view("\"core"));
                m_out.unsignedInteger(c);
                m_out.put(std::string_view("\":"));
                // Percent with one decimal: finer than any reading of jiffies is meaningful.
                const float v = std::isfinite(s.cores[c]) ? std::clamp(s.cores[c], 0.0f, 1.0f)
                                                          : 0.0f;
                const auto tenths = static_cast<std::int64_t>(std::lround(v * 1000.0f));
                m_out.integer(tenths / 10);
                if (tenths % 10 != 0) {
                    m_out.put('.');
                    m_out.put(static_cast<char>('0' + tenths % 10));
                }
            }
            m_out.put(std::string_view("}}"));
        }
    }

    const RunResult &m_run;
    const Workload &m_workload;
    std::uint64_t m_taskCount = 0;
    OutBuffer m_out;
    std::map<int, Lane> m_lanes;   // by worker id, so threads come out in worker order
    int m_gilTidBase = 1000;
    bool m_first = true;
    std::int64_t m_shiftNs = 0;   // added to every time: the trace starts at 0 or later
};

} // namespace

bool writeChromeTrace(const RunResult &run, std::ostream &out)
{
    return TraceWriter(run, out).write();
}

std::string writeChromeTraceFile(const RunResult &run, const std::string &path)
{
    return io::writeFileAtomically(
        path, [&run](std::ostream &out) { return writeChromeTrace(run, out); });
}

} // namespace corescope
