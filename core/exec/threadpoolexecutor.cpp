#include "core/exec/threadpoolexecutor.h"

#include "core/exec/emulatedgil.h"

#include <sched.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>
#include <optional>
#include <thread>
#include <vector>

namespace corescope {

namespace {

std::int16_t currentCpu()
{
    return static_cast<std::int16_t>(sched_getcpu());
}

// What a running task sees: cancellation, and the GIL hand-over at checkpoints.
class ThreadTaskContext final : public KernelContext {
public:
    ThreadTaskContext(const std::stop_token &stop, EmulatedGil *gil, const RunRecorder &recorder,
                      std::atomic<std::uint64_t> &counter)
        : m_stop(stop), m_gil(gil), m_recorder(recorder), m_counter(counter)
    {
    }
    std::atomic<std::uint64_t> *sharedCounter() override { return &m_counter; }

    bool checkpoint() override
    {
        if (m_stop.stop_requested())
            return false;
        if (m_gil && m_gil->dropRequested()) {
            const std::int64_t t0 = m_recorder.now();
            endHold(t0);
            const bool ok = m_gil->yield(m_stop);
            const std::int64_t t1 = m_recorder.now();
            waitedNs += t1 - t0;
            m_holding = ok;
            if (ok)
                m_holdStart = t1;
            return ok;
        }
        return true;
    }
    void beginWait() override { releaseIfHeld(); }
    void endWait() override
    {
        if (m_gil && !m_holding)
            acquire();
    }
    bool stopRequested() const override { return m_stop.stop_requested(); }

    bool acquire()
    {
        const std::int64_t t0 = m_recorder.now();
        m_holding = m_gil->acquire(m_stop);
        const std::int64_t t1 = m_recorder.now();
        waitedNs += t1 - t0;
        if (m_holding)
            m_holdStart = t1;
        return m_holding;
    }
    void releaseIfHeld()
    {
        if (m_gil && m_holding) {
            endHold(m_recorder.now());
            m_gil->release();
            m_holding = false;
        }
    }

    /// The holds since the last call, for the recorder (the worker publishes them with its
    /// finished tasks).
    std::vector<GilHold> &holds() { return m_holds; }
    void setWorker(int worker) { m_worker = static_cast<std::int16_t>(worker); }

    std::int64_t waitedNs = 0;

private:
    const std::stop_token &m_stop;
    EmulatedGil *m_gil;
    const RunRecorder &m_recorder;
    std::atomic<std::uint64_t> &m_counter;
    bool m_holding = false;
    // A hold is stamped inside the real one: its end before the release, its start after
    // the acquisition, so two recorded holds never overlap.
    std::int64_t m_holdStart = 0;
    std::int16_t m_worker = -1;
    std::vector<GilHold> m_holds;

    void endHold(std::int64_t endNs)
    {
        if (m_holding)
            m_holds.push_back({m_holdStart, endNs, m_worker, false});
    }
};

struct Shared {
    RunRecorder &recorder;
    std::stop_token stop;
    std::atomic<std::uint64_t> next{0};
    std::uint64_t total = 0;
    std::uint64_t chunk = 1;
    std::optional<EmulatedGil> gil;
    std::atomic<std::uint64_t> counter{0};   // shared_counter: one per run, in this process
};

// Results go to the recorder once per chunk, or in batches for tiny tasks, so a million
// sub-microsecond tasks do not take a lock each; a batch is held at most ~50 us.
constexpr std::size_t kPublishBatch = 256;
constexpr std::int64_t kPublishDelayNs = 50'000;

void workerLoop(Shared &shared, WorkerRecord worker)
{
    RunRecorder &rec = shared.recorder;
    const Workload &workload = rec.workload();
    worker.pid = static_cast<std::int32_t>(getpid());
    worker.tid = static_cast<std::int32_t>(syscall(SYS_gettid));
    worker.readyNs = rec.now();
    rec.setWorker(worker);

    std::vector<std::uint32_t> done;
    done.reserve(kPublishBatch);
    std::int64_t heldSince = -1;
    std::int64_t lastDuration = 1'000'000;
    ThreadTaskContext ctx(shared.stop, shared.gil ? &*shared.gil : nullptr, rec, shared.counter);
    ctx.setWorker(worker.id);
    const auto flush = [&] {
        if (!ctx.holds().empty())     // before the tasks: a finished bar comes with its holds
            rec.addGilHolds(ctx.holds());
        ctx.holds().clear();
        if (!done.empty())
            rec.publishFinished(done);
        done.clear();
        heldSince = -1;
    };

    bool stopped = false;
    while (!stopped && !shared.stop.stop_requested()) {
        const std::uint64_t begin = shared.next.fetch_add(shared.chunk, std::memory_order_relaxed);
        if (begin >= shared.total)
            break;
        const std::uint64_t end = std::min(shared.total, begin + shared.chunk);
        const std::int64_t taken = rec.now();
        for (std::uint64_t i = begin; i < end; ++i) {
            TaskRecord &task = rec.task(static_cast<std::uint32_t>(i));
            task.enqueueNs = taken;
            task.worker = static_cast<std::int16_t>(worker.id);
            task.pid = worker.pid;
            task.tid = worker.tid;
            ctx.waitedNs = 0;
            task.startNs = rec.now();
            task.cpuStart = currentCpu();
            if (lastDuration > 200'000)       // long tasks: show them running, live
                rec.setRunning(worker.id, static_cast<std::int64_t>(i), task.startNs);
            const bool started = !shared.gil || ctx.acquire();
            const TaskOutcome out = started ? runKernel(workload.kernel, workload.input(i),
                                                        workload.params, ctx, rec.options().scale)
                                            : TaskOutcome{};
            ctx.releaseIfHeld();
            task.endNs = rec.now();
            task.cpuEnd = currentCpu();
            task.gilWaitNs = ctx.waitedNs;
            if (!started || !out.completed) {
                // Cancelled mid-task (or while it waited for the GIL): kept as cancelled, from
                // its start to its stop, so the timeline shows what the cancel cut short.
                task.state = TaskState::Cancelled;
                done.push_back(static_cast<std::uint32_t>(i));
                stopped = true;
                break;
            }
            task.result = out.value;
            task.state = TaskState::Done;
            lastDuration = task.endNs - task.startNs;
            ++worker.tasksDone;
            worker.busyNs += lastDuration;
            done.push_back(static_cast<std::uint32_t>(i));
            if (heldSince < 0)
                heldSince = task.endNs;
        }
        if (done.size() >= kPublishBatch || (heldSince >= 0 && rec.now() - heldSince >= kPublishDelayNs)
            || lastDuration > kPublishDelayNs)
            flush();
    }
    flush();
    rec.setRunning(worker.id, -1, 0);
    worker.exitNs = rec.now();
    rec.setWorker(worker);
}

} // namespace

void ThreadPoolExecutor::run(RunRecorder &recorder, std::stop_token stop)
{
    const RunOptions &options = recorder.options();
    Shared shared{recorder, stop, {}, 0, 1, {}, {}};
    shared.total = recorder.taskCount();
    shared.chunk = static_cast<std::uint64_t>(
        m_inlineSerial ? 1 : options.effectiveChunksize(recorder.taskCount()));
    if (!m_inlineSerial && options.gil)
        shared.gil.emplace(std::chrono::nanoseconds(
            static_cast<std::int64_t>(options.switchIntervalMs * 1e6)));

    if (m_inlineSerial) {
        WorkerRecord w;
        w.id = 0;
        w.spawnNs = recorder.now();
        workerLoop(shared, w);
    } else {
        std::vector<std::jthread> threads;
        threads.reserve(static_cast<std::size_t>(options.workers));
        for (int id = 0; id < options.workers; ++id) {
            WorkerRecord w;
            w.id = id;
            w.spawnNs = recorder.now();
            recorder.setWorker(w);
            threads.emplace_back([&shared, w] { workerLoop(shared, w); });
        }
        threads.clear();   // joins
    }
    if (recorder.workload().kernel == KernelId::SharedCounter)
        recorder.setSharedTotal(shared.counter.load());
    if (stop.stop_requested())
        recorder.markCancelled();
}

} // namespace corescope
