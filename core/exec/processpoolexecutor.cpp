// The process pool's coordinator: it staffs the pool, feeds each worker from the dispatch
// window, reads the workers on the engine thread, and applies the fault policy. The pieces it
// coordinates live in core/exec/pool/: Subprocess (spawn, kill, reap), FrameChannel and IoLoop
// (framed I/O, poll, the cancel wake-up), DispatchWindow and InFlight (which tasks go where,
// the adaptive window), FaultPolicy (timeout, respawn or fail, grace periods), WorkerLink (the
// corescope-worker protocol and its records), SharedCounter.

#include "core/exec/processpoolexecutor.h"

#include "core/util/enginetext.h"
#include "core/util/executabledir.h"

#include "core/exec/pool/dispatchwindow.h"
#include "core/exec/pool/faultpolicy.h"
#include "core/exec/pool/feedingjob.h"
#include "core/exec/pool/ioloop.h"
#include "core/exec/pool/sharedcounter.h"
#include "core/exec/pool/subprocess.h"
#include "core/exec/pool/workerlink.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <memory>
#include <vector>

namespace corescope {

namespace {

// The worker's end of its socketpair, and the shared counter's memory file (shared_counter
// with a sync in shared memory only: counterInSharedMemory), where the worker expects them (app/worker/main.cpp).
constexpr int kWorkerFd = 3;
constexpr int kSharedCounterFd = 4;
// Process per task: a run may start at most this many worker processes (each is a worker
// record and a timeline lane); more is refused with advice to raise the chunksize.
constexpr std::uint64_t kMaxProcessesPerTaskRun = 10'000;

using Slot = pool::WorkerLink;

enum class Outcome : std::uint8_t { Continue, Failed };

class Pool : private pool::FeedingJob {
public:
    Pool(RunRecorder &recorder, std::stop_token stop)
        : FeedingJob(recorder, std::move(stop), recorder.options().onWorkerDeath)
    {
    }

    void run();
    /// shared_counter with shared memory: what the workers added up, for the recorder.
    void reportSharedCounter();

private:
    bool spawn(int id, std::string &error);
    bool startWorker();
    bool refill();
    void sweep();
    bool hasWork() const { return m_window.hasWork(); }
    void topUp(Slot &s);
    int checkTimeouts(std::int64_t now, bool killOverdue);
    Outcome readFrom(Slot &s, bool draining);
    Outcome handleFrames(Slot &s, bool draining);
    Outcome workerEnded(Slot &s);
    Outcome workerBroke(Slot &s, const std::string &cause);
    Outcome workerLost(Slot &s, std::string message, std::string stopReason);
    int reap(Slot &s, int waitMs);
    void stopAll(const std::string &reason);
    std::string taskText(std::uint32_t index) const;
    /// The task the worker is on. Precondition: it has one in flight.
    static std::uint32_t currentTask(const Slot &s)
    {
        return static_cast<std::uint32_t>(s.inFlight.current());
    }
    bool finished() const;

    std::string m_path;
    std::vector<std::unique_ptr<Slot>> m_slots; // live workers (and ones not yet swept)
    int m_nextId = 0;                    // the next worker's id: one per process started
    std::uint64_t m_reported = 0;
    pool::IoLoop m_loop;
    std::vector<TaskInput> m_inputs;     // scratch for encoding a chunk (WorkerLink::sendChunk)
    std::vector<std::uint32_t> m_indices; // scratch for publishFinished
    std::string m_stopReason;            // why the others are killed after a failure
    pool::SharedCounter m_counter;       // shared_counter memory (counterInSharedMemory syncs)
};

void Pool::reportSharedCounter()
{
    if (m_counter.created())
        m_rec.setSharedTotal(m_counter.value());
}

std::string Pool::taskText(std::uint32_t index) const
{
    return pool::taskText(m_workload, index);
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
    // Out of the app's process group: a signal to the group (Ctrl+C, `kill %1`, timeout(1))
    // reaches the app, which cancels the run and ends its workers itself, not workers that
    // would die of it first and read as a broken pool. Same session, so the same scheduling
    // autogroup as the app; PR_SET_PDEATHSIG still ends them with it.
    spec.newProcessGroup = true;
    if (m_counter.created())
        spec.inherit.emplace_back(m_counter.fd(), kSharedCounterFd);
    if (!s.proc.start(spec, error))
        return false;
    s.record.pid = static_cast<std::int32_t>(s.proc.pid());
    m_rec.setWorker(s.record);
    return true;
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
            s.sendChunk(m_window.take(), m_workload, m_arity, now, m_inputs);
            s.gotChunk = true;
        }
    } else {
        while (s.inFlight.wantsMore() && hasWork())
            s.sendChunk(m_window.take(), m_workload, m_arity, now, m_inputs);
    }
    if (s.inFlight.empty() && (s.gotChunk || !hasWork()))
        s.sendShutdown(now);         // nothing left for it: let it go now, while the others finish
    s.channel.flush(s.proc.fd());
    s.showRunning(m_rec);
}

// Starts worker m_nextId and queues Configure and its first chunk(s) for it. False when it
// could not be started (the run has failed then).
bool Pool::startWorker()
{
    const int id = m_nextId++;
    std::string error;
    if (!spawn(id, error)) {
        Slot &s = *m_slots.back();
        s.record.exitReason = text::formatEngineText(text::kCouldNotStart, {error});
        s.updateRecord(m_rec, true);
        m_rec.fail(text::formatEngineText(text::kCouldNotStartWorker,
                                          {std::to_string(id + 1), m_path, error}));
        stopAll(text::kPoolCouldNotStartWorker);
        return false;
    }
    // Configure and the first chunk go out at once; the worker finds them when it is up.
    m_slots.back()->sendConfigure(m_workload, m_options.scale);
    topUp(*m_slots.back());
    return true;
}

// Keeps the pool staffed while work is left: tasks taken back from a dead worker go to the
// workers that have room, a dead worker is replaced (respawn), and process per task starts the
// next process when one has exited. At most `workers` take tasks at once. False when the run
// has failed.
bool Pool::refill()
{
    if (m_window.hasGivenBack()) {
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
        if (!pool::FaultPolicy::mayStartWorker(m_nextId)) {
            m_rec.fail(text::formatEngineText(text::kStoppedAfterStarting,
                                              {std::to_string(m_nextId)}));
            stopAll(text::kTooManyWorkerProcesses);
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
    std::erase_if(m_slots, [](const std::unique_ptr<Slot> &s) {
        return !s->proc.running() && s->proc.fd() < 0;
    });
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
    if (!m_faults.hasTimeout())
        return -1;
    int waitMs = -1;
    for (const auto &slot : m_slots) {
        Slot &s = *slot;
        if (s.proc.fd() < 0 || !s.proc.running() || s.timedOut || !s.hello || s.inFlight.empty())
            continue;
        const std::int64_t start = s.inFlight.currentStartNs(s.record.readyNs);
        const std::int64_t left = m_faults.timeLeftNs(start, now);
        if (left <= 0 && !killOverdue) {
            waitMs = 0;
            continue;
        }
        if (left <= 0) {
            s.timedOut = true;
            s.proc.kill();
            continue;
        }
        const int ms = pool::FaultPolicy::pollMs(left);
        waitMs = waitMs < 0 ? ms : std::min(waitMs, ms);
    }
    return waitMs;
}

// Takes every complete frame the worker sent: results go to the recorder (published once per
// frame), a broken protocol is handled as a death (workerBroke; while draining, it only ends
// the reading).
Outcome Pool::handleFrames(Slot &s, bool draining)
{
    std::string cause;
    switch (s.takeFrames(m_rec, m_indices, m_reported, cause)) {
    case Slot::Intake::NeedMore:
        return Outcome::Continue;
    case Slot::Intake::Pong:   // the pool never sends Ping
        return draining ? Outcome::Failed : workerBroke(s, "sent a Pong it was never asked for");
    case Slot::Intake::Hello:
    case Slot::Intake::Results:
    case Slot::Intake::Broken:
        break;
    }
    return draining ? Outcome::Failed : workerBroke(s, cause);
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
    const int status = reap(s, pool::kExitWaitMs);
    const std::string how = pool::describeStatus(status);
    const bool clean = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    s.record.exitReason = clean ? std::string() : how;
    const std::string timedOut = m_faults.timedOutText();
    if (pool::FaultPolicy::endedCleanly(!s.inFlight.empty(), s.shutdownSent, finished(),
                                        s.timedOut)) {
        // (Timed out, but its last result came in before the kill took effect: nothing lost.)
        if (s.timedOut)
            s.record.exitReason = text::formatEngineText(text::kKilledAfterItsTask, {timedOut});
        s.clearRunning(m_rec);
        s.updateRecord(m_rec, true);
        return Outcome::Continue;
    }

    // A death. The task it was running is the first one it was sent and did not report.
    std::string message;
    if (s.timedOut) {
        message = text::formatEngineText(
            text::kNamedKilledTimedOut,
            {s.name(), taskText(currentTask(s)), std::to_string(m_faults.timeoutMs())});
        s.record.exitReason = text::formatEngineText(text::kKilledItsTask, {timedOut});
    } else {
        std::string when
            = s.whenEnded(how, s.inFlight.empty() ? std::string() : taskText(currentTask(s)));
        if (truncated)
            when = text::formatEngineText(text::kLeftTruncated, {when});
        message = text::formatEngineText(text::kNamedDied, {s.name(), when});
        if (s.record.exitReason.empty())
            s.record.exitReason = how;
    }
    return workerLost(s, std::move(message),
                      text::formatEngineText(s.timedOut ? text::kNamedTimedOut
                                                        : text::kNamedDiedShort,
                                             {s.name()}));
}

// The worker misbehaved (garbage, an Error frame, a wrong result): it is killed and handled as
// a death (workerLost), with `cause` as the reason.
Outcome Pool::workerBroke(Slot &s, const std::string &cause)
{
    // (The cause, a breach of the protocol, stays English, and so does the whole sentence around
    // it: it is for whoever debugs a worker.)
    std::string message = s.name() + " " + cause;
    if (!s.inFlight.empty())
        message += " (it was running " + taskText(currentTask(s)) + ")";
    // Nothing more it sends can be trusted: stop reading it, kill and reap it.
    s.proc.closeFd();
    reap(s, 0);
    s.record.exitReason = "killed by the pool: it " + cause;
    return workerLost(s, std::move(message),
                      text::formatEngineText(text::kNamedBrokeProtocol, {s.name()}));
}

// A worker is gone (reaped), `message` says how. Fail policy: the run fails with it, and the
// task it was running is marked failed. Respawn: its unfinished tasks go back to the queue for
// the next worker, unless the task it was running had already killed a worker: then the run
// fails, saying so. An idle worker's death loses nothing under respawn.
Outcome Pool::workerLost(Slot &s, std::string message, std::string stopReason)
{
    s.clearRunning(m_rec);
    const std::int64_t failedTask = s.inFlight.current();
    auto verdict = m_faults.onDeath(failedTask, failedTask >= 0 ? taskText(currentTask(s)) : "",
                                    std::move(message), std::move(stopReason));
    using Action = pool::FaultPolicy::Verdict::Action;
    if (verdict.action == Action::Continue) {
        s.updateRecord(m_rec, true);
        return Outcome::Continue;
    }
    if (verdict.action == Action::Retry) {
        m_window.giveBack(s.inFlight.takeUnfinished());
        s.record.exitReason = text::formatEngineText(text::kTasksToNewWorker, {s.record.exitReason});
        s.updateRecord(m_rec, true);
        return Outcome::Continue;
    }
    if (failedTask >= 0)
        s.recordFailedTask(m_rec);
    s.updateRecord(m_rec, true);
    m_rec.fail(std::move(verdict.message), failedTask);
    if (failedTask >= 0) {
        const auto index = static_cast<std::uint32_t>(failedTask);
        m_rec.publishFinished(std::span(&index, 1));
    }
    m_stopReason = std::move(verdict.stopReason);
    return Outcome::Failed;
}

// Kills every live worker, keeps whatever results they had already sent, reaps them all. When
// the run failed (the pool broke), each task another worker was still running is kept as
// killed, from its start to now, the failure: it ran, and the pool's end stopped it; when it
// was cancelled, as cancelled, the same way.
void Pool::stopAll(const std::string &reason)
{
    const bool failed = m_rec.failed();
    const bool cancelled = !failed && m_stop.stop_requested();
    const std::int64_t failedAtNs = m_rec.now();
    for (const auto &slot : m_slots)
        slot->proc.kill();
    // A killed process's socket ends once it is gone; everything written before is still
    // there to read.
    const auto deadline =
        std::chrono::steady_clock::now() + std::chrono::milliseconds(pool::kDrainMs);
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
            s.record.exitReason = text::formatEngineText(text::kWhenThePoolStopped,
                                                         {pool::describeStatus(status), reason});
        }
        // Cancelled: only a task shown running (one of 0.2 ms or more, WorkerLink::showRunning);
        // a result a worker held back (kMaxResultLagNs) or a chunk's next task just sent would
        // be drawn as cut short when it was not.
        if (failed || (cancelled && s.runningShown >= 0 && s.runningShown == s.inFlight.current())) {
            const TaskState state = failed ? TaskState::Killed : TaskState::Cancelled;
            if (const std::int64_t killed = s.recordStoppedTask(m_rec, failedAtNs, state);
                killed >= 0) {
                const auto index = static_cast<std::uint32_t>(killed);
                m_rec.publishFinished(std::span(&index, 1));
            }
        }
        s.clearRunning(m_rec);
        if (s.proc.pid() > 0)
            s.updateRecord(m_rec, true);
    }
}

void Pool::run()
{
    m_path = resolveWorkerPath(m_options.workerPath);
    // (resolveWorkerPath() gives an empty path when /proc/self/exe cannot be read.)
    const std::string why = m_path.empty() ? std::string(text::kNoExecutableFolder)
                                           : pool::checkExecutable(m_path);
    if (!why.empty()) {
        m_rec.fail(text::formatEngineText(text::kWorkerExecutableNotFound, {m_path, why}));
        return;
    }
    const std::uint64_t chunks = m_window.chunkCount();
    if (m_options.processPerTask && chunks > kMaxProcessesPerTaskRun) {
        m_rec.fail(text::formatEngineText(
            text::kTooManyProcessesPerTask,
            {std::to_string(chunks), std::to_string(kMaxProcessesPerTaskRun),
             std::to_string((m_total + kMaxProcessesPerTaskRun - 1) / kMaxProcessesPerTaskRun)}));
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
        && counterInSharedMemory(m_workload.params.counterSync)) {
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
            stopAll(text::kRunCancelled);
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
                const std::int64_t left =
                    pool::FaultPolicy::shutdownGraceLeftMs(s.shutdownAtNs, now);
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
            m_rec.fail(text::formatEngineText(text::kPollFailedBecause, {std::strerror(errno)}));
            stopAll(text::kPollFailed);
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
        reap(*slot, pool::kExitWaitMs);
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
    const std::string dir = executableDir();
    return dir.empty() ? std::string() : dir + "/corescope-worker";
}

} // namespace corescope
