#include "core/exec/processpoolexecutor.h"

#include "core/exec/pool/framechannel.h"
#include "core/exec/pool/ioloop.h"
#include "core/exec/pool/sharedcounter.h"
#include "core/exec/pool/subprocess.h"
#include "core/protocol/protocol.h"
#include "core/util/buildslowdown.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <deque>
#include <limits>
#include <memory>
#include <unordered_map>
#include <vector>

namespace corescope {

namespace proto = protocol;

namespace {

// The worker's end of its socketpair, and the shared counter's memory file (shared_counter
// with CounterSync::SharedMemory only), where the worker expects them (app/worker/main.cpp).
constexpr int kWorkerFd = 3;
constexpr int kSharedCounterFd = 4;
// Adaptive window: keep about this much work queued at each worker, in 1..kMaxWindow chunk
// frames. Long tasks then get one chunk at a time (dynamic scheduling: no worker sits on a
// queued long task while another idles), tiny tasks are pipelined past the round trip.
constexpr std::int64_t kQueuedWorkNs = 500'000;
constexpr std::size_t kMaxWindow = 256;
constexpr std::size_t kFirstWindow = 1;
// Tasks at least this long are shown as running, live (as the thread pool does).
constexpr std::int64_t kLongTaskNs = 200'000;
// Live worker counters (tasks done, busy time) are refreshed at most this often.
constexpr std::int64_t kWorkerUpdateNs = 20'000'000;
// After Shutdown a worker gets this long to exit before it is killed (longer in a sanitizer
// build, whose workers exit slowly: core/util/buildslowdown.h).
constexpr int kShutdownGraceMs = 500 * kSanitizerSlowdown;
// After a worker closed its end, how long its exit may take before it is killed.
constexpr int kExitWaitMs = 300 * kSanitizerSlowdown;
// After SIGKILL, how long to keep reading what the killed workers had already sent.
constexpr int kDrainMs = 40;
// Process per task: a run may start at most this many worker processes (each is a worker
// record and a timeline lane); more is refused with advice to raise the chunksize.
constexpr std::uint64_t kMaxProcessesPerTaskRun = 10'000;
// Worker ids (task records keep them in 16 bits): respawns stop here.
constexpr int kMaxWorkerId = 32'000;

// A chunk frame sent to a worker and not yet fully reported.
struct Unit {
    std::uint32_t first = 0;
    std::uint32_t count = 0;
    std::uint32_t reported = 0;
    std::int64_t sentNs = 0;
    std::int64_t firstStartNs = -1;
};

struct Slot {
    WorkerRecord record;
    pool::Subprocess proc;               // the process and our end of its socket pair
    pool::FrameChannel channel;
    bool hello = false;
    bool shutdownSent = false;
    bool gotChunk = false;               // process per task: its one chunk was sent
    bool timedOut = false;               // killed by the pool: its task ran past the timeout
    std::int64_t shutdownAtNs = 0;
    std::deque<Unit> units;              // in dispatch order = the order the worker runs them
    std::size_t window = kFirstWindow;
    std::int64_t avgUnitNs = -1;         // running averages from the worker's own timestamps
    std::int64_t avgTaskNs = -1;
    std::int64_t lastEndNs = -1;
    std::int64_t lastUpdateNs = 0;
    std::int64_t runningShown = -1;      // task index last given to setRunning, or -1
};

enum class Outcome : std::uint8_t { Continue, Failed };

// Tasks taken back from a dead worker, to be sent again (respawn policy).
struct Range {
    std::uint32_t first = 0;
    std::uint32_t count = 0;
};

class Pool {
public:
    Pool(RunRecorder &recorder, std::stop_token stop)
        : m_rec(recorder), m_stop(std::move(stop)), m_workload(recorder.workload()),
          m_options(recorder.options()), m_total(recorder.taskCount()),
          m_arity(m_workload.kernelInfo().arity)
    {
    }
    Pool(const Pool &) = delete;
    Pool &operator=(const Pool &) = delete;

    ~Pool() = default;

    void run();
    /// shared_counter with shared memory: what the workers added up, for the recorder.
    void reportSharedCounter();

private:
    bool spawn(int id, std::string &error);
    bool startWorker();
    bool refill();
    void sweep();
    bool hasWork() const { return !m_retry.empty() || m_next < m_total; }
    void queueChunk(Slot &s, std::int64_t now);
    void configure(Slot &s);
    void topUp(Slot &s);
    int checkTimeouts(std::int64_t now, bool killOverdue);
    Outcome readFrom(Slot &s, bool draining);
    Outcome handleFrames(Slot &s, bool draining);
    Outcome handleResults(Slot &s, const proto::ResultsView &results, bool draining);
    Outcome workerEnded(Slot &s);
    Outcome workerBroke(Slot &s, const std::string &cause);
    Outcome workerLost(Slot &s, std::string message, std::string stopReason);
    void showRunning(Slot &s);
    void updateWorker(Slot &s, bool force);
    int reap(Slot &s, int waitMs);
    void stopAll(const std::string &reason);
    std::string name(const Slot &s) const;
    std::string taskText(std::uint32_t index) const;
    bool finished() const;

    RunRecorder &m_rec;
    std::stop_token m_stop;
    const Workload &m_workload;
    const RunOptions &m_options;
    const std::uint64_t m_total;
    const int m_arity;
    std::string m_path;
    std::vector<std::unique_ptr<Slot>> m_slots; // live workers (and ones not yet swept)
    int m_nextId = 0;                    // the next worker's id: one per process started
    std::deque<Range> m_retry;           // taken back from dead workers, sent before m_next
    std::unordered_map<std::uint32_t, std::string> m_firstDeath; // task -> the death it caused
    std::uint64_t m_next = 0;            // first task not yet dispatched
    std::uint64_t m_reported = 0;
    pool::IoLoop m_loop;
    std::vector<TaskInput> m_inputs;     // scratch for encoding a chunk
    std::vector<std::uint32_t> m_indices; // scratch for publishFinished
    std::string m_stopReason;            // why the others are killed after a failure
    pool::SharedCounter m_counter;       // shared_counter memory (SharedMemory sync only)
};

void Pool::reportSharedCounter()
{
    if (m_counter.created())
        m_rec.setSharedTotal(m_counter.value());
}

std::string Pool::name(const Slot &s) const
{
    return "worker " + std::to_string(s.record.id) + " (pid " + std::to_string(s.proc.pid()) + ")";
}

std::string Pool::taskText(std::uint32_t index) const
{
    return "task " + std::to_string(index) + " (input "
        + formatInput(m_workload.kernel, m_workload.input(index)) + ")";
}

bool Pool::finished() const
{
    return m_reported == m_total;
}

bool Pool::spawn(int id, std::string &error)
{
    Slot &s = *m_slots.emplace_back(std::make_unique<Slot>());
    s.record.id = id;
    s.record.spawnNs = m_rec.now();
    m_rec.setWorker(s.record);

    pool::SpawnSpec spec;
    spec.path = m_path;
    spec.args = {"--parent-pid", std::to_string(getpid())};
    // With a task timeout every result must arrive before the next task starts: a result the
    // worker still held would make the pool blame a finished task for the one that hangs.
    if (m_options.taskTimeoutMs > 0)
        spec.args.emplace_back("--report-each-task");
    spec.channelFd = kWorkerFd;
    if (m_counter.created())
        spec.inherit.emplace_back(m_counter.fd(), kSharedCounterFd);
    if (!s.proc.start(spec, error))
        return false;
    s.record.pid = static_cast<std::int32_t>(s.proc.pid());
    m_rec.setWorker(s.record);
    return true;
}

void Pool::configure(Slot &s)
{
    proto::Configure c;
    c.kernel = m_workload.kernel;
    c.params = m_workload.params;
    proto::appendConfigure(s.channel.outgoing(), c);
}

// Appends one chunk to what goes to the worker: tasks taken back from a dead worker first,
// else the next ones. A chunk larger than one frame allows goes as several frames.
void Pool::queueChunk(Slot &s, std::int64_t now)
{
    const auto chunksize = static_cast<std::uint64_t>(m_options.chunksize);
    std::uint64_t begin = 0;
    std::uint64_t end = 0;
    if (!m_retry.empty()) {
        Range &r = m_retry.front();
        begin = r.first;
        end = begin + std::min<std::uint64_t>(r.count, chunksize);
        const auto taken = static_cast<std::uint32_t>(end - begin);
        r.first += taken;
        r.count -= taken;
        if (r.count == 0)
            m_retry.pop_front();
    } else {
        begin = m_next;
        end = std::min(m_total, m_next + chunksize);
        m_next = end;
    }
    for (std::uint64_t at = begin; at < end;) {
        const auto first = static_cast<std::uint32_t>(at);
        const auto count = static_cast<std::uint32_t>(
            std::min<std::uint64_t>(end - at, proto::kMaxTasksPerFrame));
        m_inputs.resize(count);
        for (std::uint32_t i = 0; i < count; ++i)
            m_inputs[i] = m_workload.input(first + i);
        proto::appendChunk(s.channel.outgoing(), first, m_inputs, m_arity);
        s.units.push_back(Unit{first, count, 0, now, -1});
        at += count;
    }
}

// Sends chunks until the worker has its window's worth queued (process per task: its one
// chunk); all in one write. A worker with nothing left to do is told to go.
void Pool::topUp(Slot &s)
{
    if (s.proc.fd() < 0 || s.shutdownSent)
        return;
    const std::int64_t now = m_rec.now();
    if (m_options.processPerTask) {
        if (!s.gotChunk && hasWork()) {
            queueChunk(s, now);
            s.gotChunk = true;
        }
    } else {
        while (s.units.size() < s.window && hasWork())
            queueChunk(s, now);
    }
    if (s.units.empty() && (s.gotChunk || !hasWork())) {
        // Nothing left for it: let it go now, while the others finish.
        proto::appendShutdown(s.channel.outgoing());
        s.shutdownSent = true;
        s.shutdownAtNs = now;
    }
    s.channel.flush(s.proc.fd());
    showRunning(s);
}

// Starts worker m_nextId and queues Configure and its first chunk(s) for it. False when it
// could not be started (the run has failed then).
bool Pool::startWorker()
{
    const int id = m_nextId++;
    std::string error;
    if (!spawn(id, error)) {
        Slot &s = *m_slots.back();
        s.record.exitReason = "could not start: " + error;
        updateWorker(s, true);
        m_rec.fail("could not start worker " + std::to_string(id) + " (" + m_path + "): " + error);
        stopAll("the pool could not start a worker");
        return false;
    }
    // Configure and the first chunk go out at once; the worker finds them when it is up.
    configure(*m_slots.back());
    topUp(*m_slots.back());
    return true;
}

// Keeps the pool staffed while work is left: tasks taken back from a dead worker go to the
// workers that have room, a dead worker is replaced (respawn), and process per task starts the
// next process when one has exited. At most `workers` take tasks at once. False when the run
// has failed.
bool Pool::refill()
{
    if (!m_retry.empty()) {
        for (const auto &slot : m_slots)
            if (slot->proc.running() && !slot->timedOut)
                topUp(*slot);
    }
    while (hasWork() && !m_stop.stop_requested()) {
        int alive = 0;
        for (const auto &slot : m_slots)
            if (slot->proc.running() && (m_options.processPerTask || !slot->shutdownSent))
                ++alive;
        if (alive >= m_options.workers)
            break;
        if (m_nextId >= kMaxWorkerId) {
            m_rec.fail("stopped after starting " + std::to_string(m_nextId) + " worker processes");
            stopAll("too many worker processes");
            return false;
        }
        if (!startWorker())
            return false;
    }
    return true;
}

// Forgets workers that are gone; their records are in the recorder already.
void Pool::sweep()
{
    std::erase_if(m_slots, [](const std::unique_ptr<Slot> &s) { return !s->proc.running() && s->proc.fd() < 0; });
}

// With `killOverdue`, kills every worker whose current task has run longer than the task
// timeout (its end of stream follows: workerEnded() reports it); called right after reading
// what the workers sent, so a result that is in already is never mistaken for a hang. Returns
// how long poll() may sleep before the next deadline (0: one is overdue), -1 for none.
//
// A task is taken to have started when the worker's previous task ended, or when it arrived,
// or when the worker became ready, whichever is last (the worker reports results at least
// every millisecond, so this is at most about a millisecond early).
int Pool::checkTimeouts(std::int64_t now, bool killOverdue)
{
    if (m_options.taskTimeoutMs <= 0)
        return -1;
    const std::int64_t limitNs = std::int64_t{m_options.taskTimeoutMs} * 1'000'000;
    int waitMs = -1;
    for (const auto &slot : m_slots) {
        Slot &s = *slot;
        if (s.proc.fd() < 0 || !s.proc.running() || s.timedOut || !s.hello || s.units.empty())
            continue;
        const Unit &u = s.units.front();
        const std::int64_t start = std::max({s.lastEndNs, u.sentNs, s.record.readyNs});
        const std::int64_t left = start + limitNs - now;
        if (left <= 0 && !killOverdue) {
            waitMs = 0;
            continue;
        }
        if (left <= 0) {
            s.timedOut = true;
            s.proc.kill();
            continue;
        }
        const int ms = static_cast<int>((left + 999'999) / 1'000'000);
        waitMs = waitMs < 0 ? ms : std::min(waitMs, ms);
    }
    return waitMs;
}

// For long tasks, tell the recorder which task the worker is on, so the UI can draw it live.
void Pool::showRunning(Slot &s)
{
    const bool longTasks = s.avgTaskNs < 0 || s.avgTaskNs >= kLongTaskNs;
    if (longTasks && !s.units.empty() && s.proc.fd() >= 0) {
        const Unit &u = s.units.front();
        const std::int64_t index = std::int64_t{u.first} + u.reported;
        if (index != s.runningShown) {
            // The worker starts it when it finished the previous one, or when it arrived.
            const std::int64_t start = std::max({s.lastEndNs, u.sentNs, s.record.readyNs});
            m_rec.setRunning(s.record.id, index, start);
            s.runningShown = index;
        }
    } else if (s.runningShown >= 0) {
        m_rec.setRunning(s.record.id, -1, 0);
        s.runningShown = -1;
    }
}

void Pool::updateWorker(Slot &s, bool force)
{
    const std::int64_t now = m_rec.now();
    if (force || now - s.lastUpdateNs >= kWorkerUpdateNs) {
        m_rec.setWorker(s.record);
        s.lastUpdateNs = now;
    }
}

Outcome Pool::handleResults(Slot &s, const proto::ResultsView &results, bool draining)
{
    const std::int64_t epoch = m_rec.epochNs();
    m_indices.clear();
    Outcome outcome = Outcome::Continue;
    for (std::uint32_t k = 0; k < results.count(); ++k) {
        const proto::TaskResult r = results.at(k);
        // A worker reports its tasks in the order it was sent them; anything else is a broken
        // worker, and checking it here also keeps a bad index from touching the records.
        if (s.units.empty() || r.index != s.units.front().first + s.units.front().reported) {
            outcome = draining ? Outcome::Failed
                               : workerBroke(s, "sent a result for task " + std::to_string(r.index) + ", "
                                                    + (s.units.empty() ? std::string("which it was never sent")
                                                                       : "expected task "
                                                             + std::to_string(s.units.front().first
                                                                              + s.units.front().reported)));
            break;
        }
        Unit &u = s.units.front();
        TaskRecord &t = m_rec.task(r.index);
        t.enqueueNs = u.sentNs;
        t.startNs = r.startNs - epoch;
        t.endNs = std::max(r.endNs - epoch, t.startNs);
        t.result = r.value;
        t.pid = s.record.pid;
        t.tid = s.record.tid;
        t.worker = static_cast<std::int16_t>(s.record.id);
        t.cpuStart = r.cpuStart;
        t.cpuEnd = r.cpuEnd;
        t.state = TaskState::Done;
        ++s.record.tasksDone;
        s.record.busyNs += t.endNs - t.startNs;
        s.lastEndNs = t.endNs;
        if (u.reported++ == 0)
            u.firstStartNs = t.startNs;
        if (u.reported == u.count) {
            const std::int64_t unitNs = std::max<std::int64_t>(t.endNs - u.firstStartNs, 1);
            const std::int64_t taskNs = unitNs / u.count;
            // Quick to follow a change in task length, so a long tail gets small windows fast.
            s.avgUnitNs = s.avgUnitNs < 0 ? unitNs : (3 * s.avgUnitNs + unitNs) / 4;
            s.avgTaskNs = s.avgTaskNs < 0 ? taskNs : (3 * s.avgTaskNs + taskNs) / 4;
            const auto want = static_cast<std::size_t>((kQueuedWorkNs + s.avgUnitNs - 1) / s.avgUnitNs);
            s.window = std::clamp<std::size_t>(want, 1, kMaxWindow);
            s.units.pop_front();
        }
        m_indices.push_back(r.index);
    }
    if (!m_indices.empty()) {       // also on failure: what arrived before the bad record counts
        m_reported += m_indices.size();
        m_rec.publishFinished(m_indices);
        updateWorker(s, false);
    }
    return outcome;
}

Outcome Pool::handleFrames(Slot &s, bool draining)
{
    proto::Frame frame;
    for (;;) {
        const auto status = s.channel.next(frame);
        if (status == proto::Decoder::Status::NeedMore)
            return Outcome::Continue;
        if (status == proto::Decoder::Status::Error) {
            return draining ? Outcome::Failed
                            : workerBroke(s, "sent a malformed message: " + s.channel.error());
        }
        switch (frame.type) {
        case proto::MessageType::Hello: {
            const proto::Hello h = proto::decodeHello(frame.payload);
            if (s.hello || h.version != proto::kVersion) {
                return draining ? Outcome::Failed
                                : workerBroke(s, s.hello ? std::string("sent a second Hello")
                                                         : "speaks protocol version " + std::to_string(h.version)
                                                      + ", the app " + std::to_string(proto::kVersion)
                                                      + " (a worker from another build?)");
            }
            s.hello = true;
            s.record.tid = static_cast<std::int32_t>(h.tid);
            s.record.readyNs = h.readyNs - m_rec.epochNs();
            updateWorker(s, true);
            break;
        }
        case proto::MessageType::Results:
            if (!s.hello) {
                return draining ? Outcome::Failed : workerBroke(s, "sent Results before Hello");
            }
            if (handleResults(s, proto::ResultsView(frame.payload), draining) == Outcome::Failed)
                return Outcome::Failed;
            if (s.proc.fd() < 0)
                return Outcome::Continue;    // it broke, and a new worker takes its tasks
            break;
        case proto::MessageType::Error:
            return draining ? Outcome::Failed
                            : workerBroke(s, "reported an error: "
                                                 + std::string(proto::decodeErrorText(frame.payload)));
        default:
            return draining ? Outcome::Failed
                            : workerBroke(s, "sent an unexpected "
                                                 + std::string(proto::messageTypeName(frame.type)) + " message");
        }
    }
}

// Reads what the worker sent. On end of stream: workerEnded().
Outcome Pool::readFrom(Slot &s, bool draining)
{
    std::size_t budget = pool::FrameChannel::kReadBudget;
    while (s.proc.fd() >= 0 && budget > 0) {
        switch (s.channel.receive(s.proc.fd(), budget)) {
        case pool::FrameChannel::Received::Data:
            if (handleFrames(s, draining) == Outcome::Failed)
                return Outcome::Failed;
            continue;
        case pool::FrameChannel::Received::Nothing:
            return Outcome::Continue;
        case pool::FrameChannel::Received::EndOfStream:
            s.proc.closeFd();
            return draining ? Outcome::Continue : workerEnded(s);
        }
    }
    return Outcome::Continue;
}

// Waits up to `waitMs` for the worker to exit, then kills it; returns its wait status.
int Pool::reap(Slot &s, int waitMs)
{
    if (!s.proc.running())
        return 0;
    const int status = s.proc.reap(waitMs);
    s.record.exitNs = m_rec.now();
    return status;
}

// The worker closed its end: a normal exit after Shutdown, or a death.
Outcome Pool::workerEnded(Slot &s)
{
    const bool truncated = s.channel.pending() > 0;
    const int status = reap(s, kExitWaitMs);
    const std::string how = pool::describeStatus(status);
    const bool clean = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    s.record.exitReason = clean ? std::string() : how;
    const std::string timedOut = "timed out after " + std::to_string(m_options.taskTimeoutMs) + " ms";
    if (s.units.empty() && (s.shutdownSent || finished() || s.timedOut)) {
        // (Timed out, but its last result came in before the kill took effect: nothing lost.)
        if (s.timedOut)
            s.record.exitReason = "killed after its task " + timedOut;
        if (s.runningShown >= 0) {
            m_rec.setRunning(s.record.id, -1, 0);
            s.runningShown = -1;
        }
        updateWorker(s, true);
        return Outcome::Continue;
    }

    // A death. The task it was running is the first one it was sent and did not report.
    std::string message;
    if (s.timedOut) {
        const Unit &u = s.units.front();
        message = name(s) + " killed: " + taskText(u.first + u.reported) + " " + timedOut;
        s.record.exitReason = "killed: its task " + timedOut;
    } else {
        message = name(s) + " died: " + how;
        if (truncated)
            message += ", leaving a truncated message,";
        if (!s.units.empty()) {
            const Unit &u = s.units.front();
            message += (s.hello ? " while running " : " before it was ready, with ")
                + taskText(u.first + u.reported) + (s.hello ? "" : " sent to it");
        } else {
            message += s.hello ? " while idle" : " before it was ready";
        }
        if (s.record.exitReason.empty())
            s.record.exitReason = how;
    }
    return workerLost(s, std::move(message), name(s) + (s.timedOut ? " timed out" : " died"));
}

// The worker misbehaved (garbage, an Error frame, a wrong result): it is killed and handled as
// a death (workerLost), with `cause` as the reason.
Outcome Pool::workerBroke(Slot &s, const std::string &cause)
{
    std::string message = name(s) + " " + cause;
    if (!s.units.empty())
        message += " (it was running " + taskText(s.units.front().first + s.units.front().reported) + ")";
    // Nothing more it sends can be trusted: stop reading it, kill and reap it.
    s.proc.closeFd();
    reap(s, 0);
    s.record.exitReason = "killed by the pool: it " + cause;
    return workerLost(s, std::move(message), name(s) + " broke the protocol");
}

// A worker is gone (reaped), `message` says how. Fail policy: the run fails with it, and the
// task it was running is marked failed. Respawn: its unfinished tasks go back to the queue for
// the next worker, unless the task it was running had already killed a worker: then the run
// fails, saying so. An idle worker's death loses nothing under respawn.
Outcome Pool::workerLost(Slot &s, std::string message, std::string stopReason)
{
    if (s.runningShown >= 0) {
        m_rec.setRunning(s.record.id, -1, 0);
        s.runningShown = -1;
    }
    std::int64_t failedTask = -1;
    if (!s.units.empty())
        failedTask = std::int64_t{s.units.front().first} + s.units.front().reported;
    if (m_options.onWorkerDeath == WorkerDeathPolicy::Respawn) {
        if (failedTask < 0) {
            updateWorker(s, true);
            return Outcome::Continue;
        }
        const auto index = static_cast<std::uint32_t>(failedTask);
        const auto first = m_firstDeath.find(index);
        if (first == m_firstDeath.end()) {
            m_firstDeath.emplace(index, message);
            std::vector<Range> back;
            for (const Unit &u : s.units)
                if (u.reported < u.count)
                    back.push_back(Range{u.first + u.reported, u.count - u.reported});
            m_retry.insert(m_retry.begin(), back.begin(), back.end());
            s.units.clear();
            s.record.exitReason += "; its tasks go to a new worker";
            updateWorker(s, true);
            return Outcome::Continue;
        }
        message = taskText(index) + " killed two workers: " + first->second + "; then " + message;
        stopReason = taskText(index) + " killed two workers";
    }
    if (failedTask >= 0) {
        const Unit &u = s.units.front();
        TaskRecord &t = m_rec.task(static_cast<std::uint32_t>(failedTask));
        t.state = TaskState::Failed;
        t.worker = static_cast<std::int16_t>(s.record.id);
        t.pid = s.record.pid;
        t.tid = s.record.tid;
        t.enqueueNs = u.sentNs;
        // Its span on the timeline: from when it could have started to when the death was seen.
        t.startNs = std::max({s.lastEndNs, u.sentNs, s.record.readyNs});
        t.endNs = std::max(s.record.exitNs, t.startNs);
    }
    updateWorker(s, true);
    m_rec.fail(std::move(message), failedTask);
    if (failedTask >= 0) {
        const auto index = static_cast<std::uint32_t>(failedTask);
        m_rec.publishFinished(std::span(&index, 1));
    }
    m_stopReason = std::move(stopReason);
    return Outcome::Failed;
}



// Kills every live worker, keeps whatever results they had already sent, reaps them all.
void Pool::stopAll(const std::string &reason)
{
    for (const auto &slot : m_slots)
        slot->proc.kill();
    // A killed process's socket ends once it is gone; everything written before is still
    // there to read.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(kDrainMs);
    pool::IoLoop drain;
    std::vector<Slot *> owners;
    for (;;) {
        drain.clear();
        owners.clear();
        for (const auto &slot : m_slots) {
            if (slot->proc.fd() >= 0) {
                drain.add(slot->proc.fd(), false);
                owners.push_back(slot.get());
            }
        }
        const long long left = pool::IoLoop::msUntil(deadline);
        if (owners.empty() || left <= 0)
            break;
        const auto waited = drain.wait(static_cast<int>(left));
        if (waited == pool::IoLoop::Wait::Failed)
            break;
        if (waited != pool::IoLoop::Wait::Ready)
            continue;
        for (std::size_t i = 0; i < owners.size(); ++i) {
            if (!drain.ready(i))
                continue;
            if (readFrom(*owners[i], /*draining=*/true) == Outcome::Failed)
                owners[i]->proc.closeFd();   // garbage from a dying worker: stop listening to it
        }
    }
    for (const auto &slot : m_slots) {
        Slot &s = *slot;
        if (s.proc.running()) {
            const int status = reap(s, 0);
            s.record.exitReason = pool::describeStatus(status) + ": " + reason;
        }
        if (s.runningShown >= 0) {
            m_rec.setRunning(s.record.id, -1, 0);
            s.runningShown = -1;
        }
        if (s.proc.pid() > 0)
            updateWorker(s, true);
    }
}

void Pool::run()
{
    m_path = resolveWorkerPath(m_options.workerPath);
    if (const std::string why = pool::checkExecutable(m_path); !why.empty()) {
        m_rec.fail("worker executable not found: " + m_path + " (" + why + ")");
        return;
    }
    const auto chunksize = static_cast<std::uint64_t>(m_options.chunksize);
    const std::uint64_t chunks = (m_total + chunksize - 1) / chunksize;
    if (m_options.processPerTask && chunks > kMaxProcessesPerTaskRun) {
        m_rec.fail("a new process per task would start " + std::to_string(chunks)
                   + " worker processes, more than " + std::to_string(kMaxProcessesPerTaskRun)
                   + ": raise the chunksize to at least "
                   + std::to_string((m_total + kMaxProcessesPerTaskRun - 1) / kMaxProcessesPerTaskRun));
        return;
    }
    if (m_stop.stop_requested()) {
        m_rec.markCancelled();
        return;
    }
    if (std::string error; !m_loop.openWake(error)) {
        m_rec.fail(error);
        return;
    }
    if (m_workload.kernel == KernelId::SharedCounter
        && m_workload.params.counterSync == CounterSync::SharedMemory) {
        std::string error;
        if (!m_counter.create(error)) {
            m_rec.fail(error);
            return;
        }
    }
    // Cancel wakes the coordinator's poll() at once, from whichever thread requests it.
    const std::stop_callback onStop(m_stop, [this] { m_loop.wake(); });

    // The pool starts all its workers at once; process per task as many as there are chunks
    // for, then one more each time one has exited (refill()).
    const int workers = m_options.processPerTask
        ? static_cast<int>(std::min<std::uint64_t>(static_cast<std::uint64_t>(m_options.workers), chunks))
        : m_options.workers;
    for (int i = 0; i < workers; ++i) {
        if (m_stop.stop_requested())
            break;
        if (!startWorker())
            return;
    }

    std::vector<Slot *> owners;
    for (;;) {
        if (m_stop.stop_requested()) {
            stopAll("run cancelled");
            m_rec.markCancelled();
            return;
        }
        sweep();
        if (!refill())
            return;
        m_loop.clear();
        owners.clear();
        const std::int64_t now = m_rec.now();
        int timeoutMs = checkTimeouts(now, /*killOverdue=*/false);
        for (const auto &slot : m_slots) {
            Slot &s = *slot;
            if (s.proc.fd() < 0)
                continue;
            m_loop.add(s.proc.fd(), s.channel.hasUnsent());
            owners.push_back(&s);
            if (s.shutdownSent) {
                const std::int64_t left = kShutdownGraceMs - (now - s.shutdownAtNs) / 1'000'000;
                if (left <= 0) {
                    // It did not go when told: it had its chance, its tasks are all in.
                    s.proc.kill();
                    timeoutMs = 1;
                } else {
                    timeoutMs = timeoutMs < 0 ? static_cast<int>(left)
                                              : std::min(timeoutMs, static_cast<int>(left));
                }
            }
        }
        if (owners.empty())
            break;                       // every worker has exited
        const auto waited = m_loop.wait(timeoutMs);
        if (waited == pool::IoLoop::Wait::Interrupted)
            continue;
        if (waited == pool::IoLoop::Wait::Failed) {
            m_rec.fail(std::string("poll failed: ") + std::strerror(errno));
            stopAll("poll failed");
            return;
        }
        if (waited == pool::IoLoop::Wait::Woken)
            continue;                    // the stop check at the top acts on it
        for (std::size_t i = 0; i < owners.size(); ++i) {
            Slot &s = *owners[i];
            if (m_loop.writable(i))
                s.channel.flush(s.proc.fd());
            if (m_loop.readable(i)) {
                if (readFrom(s, /*draining=*/false) == Outcome::Failed) {
                    stopAll(m_stopReason);
                    return;
                }
                topUp(s);
            }
        }
        checkTimeouts(m_rec.now(), /*killOverdue=*/true);
    }

    for (const auto &slot : m_slots)
        reap(*slot, kExitWaitMs);
    if (m_stop.stop_requested() && !finished())
        m_rec.markCancelled();
}

} // namespace

void ProcessPoolExecutor::run(RunRecorder &recorder, std::stop_token stop)
{
    Pool pool(recorder, std::move(stop));
    pool.run();
    pool.reportSharedCounter();
}

std::string resolveWorkerPath(const std::string &configured)
{
    if (!configured.empty())
        return configured;
    // Next to the running executable, never through PATH: the app and its worker are one build.
    std::string self(4096, '\0');
    const ssize_t n = readlink("/proc/self/exe", self.data(), self.size());
    if (n <= 0 || static_cast<std::size_t>(n) >= self.size())
        return {};
    self.resize(static_cast<std::size_t>(n));
    const auto slash = self.rfind('/');
    if (slash == std::string::npos)
        return {};
    return self.substr(0, slash) + "/corescope-worker";
}

} // namespace corescope
