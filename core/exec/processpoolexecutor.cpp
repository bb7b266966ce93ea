#include "core/exec/processpoolexecutor.h"

#include "core/protocol/protocol.h"
#include "core/util/buildslowdown.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <deque>
#include <limits>
#include <new>
#include <memory>
#include <thread>
#include <unordered_map>
#include <vector>

extern char **environ;

namespace corescope {

namespace proto = protocol;

namespace {

// The worker's end of its socketpair, and the shared counter's memory file (shared_counter
// with CounterSync::SharedMemory only), where the worker expects them (app/worker/main.cpp).
constexpr int kWorkerFd = 3;
constexpr int kSharedCounterFd = 4;
constexpr int kFirstFreeFd = 5;
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
// Reads from a worker go this much at a time (small: 64 workers each hold such a buffer),
// at most kReadBudget per poll round, so one chatty worker cannot starve the others.
constexpr std::size_t kReadSize = 64 * 1024;
constexpr std::size_t kReadBudget = 16 * kReadSize;
// Process per task: a run may start at most this many worker processes (each is a worker
// record and a timeline lane); more is refused with advice to raise the chunksize.
constexpr std::uint64_t kMaxProcessesPerTaskRun = 10'000;
// Worker ids (task records keep them in 16 bits): respawns stop here.
constexpr int kMaxWorkerId = 32'000;

std::string signalName(int sig)
{
    switch (sig) {
    case SIGHUP: return "SIGHUP";
    case SIGINT: return "SIGINT";
    case SIGQUIT: return "SIGQUIT";
    case SIGILL: return "SIGILL";
    case SIGTRAP: return "SIGTRAP";
    case SIGABRT: return "SIGABRT";
    case SIGBUS: return "SIGBUS";
    case SIGFPE: return "SIGFPE";
    case SIGKILL: return "SIGKILL";
    case SIGUSR1: return "SIGUSR1";
    case SIGSEGV: return "SIGSEGV";
    case SIGUSR2: return "SIGUSR2";
    case SIGPIPE: return "SIGPIPE";
    case SIGALRM: return "SIGALRM";
    case SIGTERM: return "SIGTERM";
    case SIGXCPU: return "SIGXCPU";
    case SIGXFSZ: return "SIGXFSZ";
    case SIGSYS: return "SIGSYS";
    default: return "signal " + std::to_string(sig);
    }
}

// "killed by signal 11 (SIGSEGV)", "exited with code 3".
std::string describeStatus(int status)
{
    if (WIFSIGNALED(status)) {
        const int sig = WTERMSIG(status);
        return "killed by signal " + std::to_string(sig) + " (" + signalName(sig) + ")";
    }
    if (WIFEXITED(status))
        return "exited with code " + std::to_string(WEXITSTATUS(status));
    return "ended with status " + std::to_string(status);
}

// Empty when `path` can be spawned, else why not.
std::string checkExecutable(const std::string &path)
{
    if (path.empty())
        return "cannot locate the running executable's folder";
    struct stat st {};
    if (stat(path.c_str(), &st) != 0)
        return std::strerror(errno);
    if (!S_ISREG(st.st_mode))
        return "not a regular file";
    if (access(path.c_str(), X_OK) != 0)
        return std::string("exists but is not executable: ") + std::strerror(errno);
    return {};
}

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
    pid_t pid = -1;
    int fd = -1;                         // parent's end; -1 once closed
    bool hello = false;
    bool shutdownSent = false;
    bool reaped = false;
    bool gotChunk = false;               // process per task: its one chunk was sent
    bool timedOut = false;               // killed by the pool: its task ran past the timeout
    std::int64_t shutdownAtNs = 0;
    proto::Decoder decoder;
    std::vector<std::uint8_t> out;       // frames not yet accepted by the socket
    std::size_t outSent = 0;
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

// Keeps `fd` clear of the numbers the child's descriptors are moved to, so one dup2 in the
// child cannot overwrite another's source (and dup2(n, n) cannot leave close-on-exec set).
int moveClear(int fd)
{
    if (fd < 0 || fd >= kFirstFreeFd)
        return fd;
    const int moved = fcntl(fd, F_DUPFD_CLOEXEC, kFirstFreeFd);
    close(fd);
    return moved;
}

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

    ~Pool()
    {
        if (m_counter)
            munmap(m_counter, sizeof(std::atomic<std::uint64_t>));
        if (m_counterFd >= 0)
            close(m_counterFd);
        // Safety net (an exception on the way out): never leave a child behind.
        for (const auto &slot : m_slots) {
            Slot &s = *slot;
            if (s.pid > 0 && !s.reaped) {
                kill(s.pid, SIGKILL);
                waitpid(s.pid, nullptr, 0);
            }
            if (s.fd >= 0)
                close(s.fd);
        }
        if (m_wakeFd >= 0)
            close(m_wakeFd);
    }

    void run();
    /// shared_counter with shared memory: what the workers added up, for the recorder.
    void reportSharedCounter();

private:
    bool createSharedCounter(std::string &error);
    bool spawn(int id, std::string &error);
    bool startWorker();
    bool refill();
    void sweep();
    bool hasWork() const { return !m_retry.empty() || m_next < m_total; }
    void queueChunk(Slot &s, std::int64_t now);
    void configure(Slot &s);
    void topUp(Slot &s);
    int checkTimeouts(std::int64_t now, bool killOverdue);
    void flushOut(Slot &s);
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
    int m_wakeFd = -1;
    std::vector<TaskInput> m_inputs;     // scratch for encoding a chunk
    std::vector<std::uint32_t> m_indices; // scratch for publishFinished
    std::string m_stopReason;            // why the others are killed after a failure
    int m_counterFd = -1;                // shared_counter memory (SharedMemory sync only)
    std::atomic<std::uint64_t> *m_counter = nullptr;
};

bool Pool::createSharedCounter(std::string &error)
{
    m_counterFd = moveClear(memfd_create("corescope-counter", MFD_CLOEXEC));
    if (m_counterFd < 0 || ftruncate(m_counterFd, sizeof(std::atomic<std::uint64_t>)) != 0) {
        error = std::string("cannot create the shared counter's memory: ") + std::strerror(errno);
        return false;
    }
    void *p = mmap(nullptr, sizeof(std::atomic<std::uint64_t>), PROT_READ | PROT_WRITE, MAP_SHARED,
                   m_counterFd, 0);
    if (p == MAP_FAILED) {
        error = std::string("cannot map the shared counter: ") + std::strerror(errno);
        return false;
    }
    static_assert(std::atomic<std::uint64_t>::is_always_lock_free,
                  "a counter shared between processes must be lock-free");
    m_counter = new (p) std::atomic<std::uint64_t>(0);
    return true;
}

void Pool::reportSharedCounter()
{
    if (m_counter)
        m_rec.setSharedTotal(m_counter->load());
}

std::string Pool::name(const Slot &s) const
{
    return "worker " + std::to_string(s.record.id) + " (pid " + std::to_string(s.pid) + ")";
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

    int sv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0) {
        error = std::string("socketpair: ") + std::strerror(errno);
        return false;
    }
    const int childFd = moveClear(sv[1]);
    if (childFd < 0) {
        close(sv[0]);
        error = std::string("fcntl: ") + std::strerror(errno);
        return false;
    }

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, childFd, kWorkerFd);
    if (m_counterFd >= 0)
        posix_spawn_file_actions_adddup2(&actions, m_counterFd, kSharedCounterFd);
    // Our own descriptors are all close-on-exec; this also keeps out any another part of the
    // app may have leaked.
    posix_spawn_file_actions_addclosefrom_np(&actions, m_counterFd >= 0 ? kFirstFreeFd : kWorkerFd + 1);

    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t none;
    sigemptyset(&none);
    sigset_t all;
    sigfillset(&all);
    // The app may block or ignore signals (a CLI waiting for Ctrl+C); the worker starts clean.
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setsigdefault(&attr, &all);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

    std::string parentPid = std::to_string(getpid());
    char arg1[] = "--parent-pid";
    char arg3[] = "--report-each-task";
    // With a task timeout every result must arrive before the next task starts: a result the
    // worker still held would make the pool blame a finished task for the one that hangs.
    char *argv[] = {m_path.data(), arg1, parentPid.data(),
                    m_rec.options().taskTimeoutMs > 0 ? arg3 : nullptr, nullptr};
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, m_path.c_str(), &actions, &attr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    close(childFd);
    if (rc != 0) {
        close(sv[0]);
        error = std::strerror(rc);
        return false;
    }
    s.pid = pid;
    s.fd = sv[0];
    fcntl(s.fd, F_SETFL, fcntl(s.fd, F_GETFL) | O_NONBLOCK);
    s.record.pid = static_cast<std::int32_t>(pid);
    m_rec.setWorker(s.record);
    return true;
}

void Pool::configure(Slot &s)
{
    proto::Configure c;
    c.kernel = m_workload.kernel;
    c.params = m_workload.params;
    proto::appendConfigure(s.out, c);
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
        proto::appendChunk(s.out, first, m_inputs, m_arity);
        s.units.push_back(Unit{first, count, 0, now, -1});
        at += count;
    }
}

// Sends chunks until the worker has its window's worth queued (process per task: its one
// chunk); all in one write. A worker with nothing left to do is told to go.
void Pool::topUp(Slot &s)
{
    if (s.fd < 0 || s.shutdownSent)
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
        proto::appendShutdown(s.out);
        s.shutdownSent = true;
        s.shutdownAtNs = now;
    }
    flushOut(s);
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
        s.reaped = true;
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
            if (!slot->reaped && !slot->timedOut)
                topUp(*slot);
    }
    while (hasWork() && !m_stop.stop_requested()) {
        int alive = 0;
        for (const auto &slot : m_slots)
            if (!slot->reaped && (m_options.processPerTask || !slot->shutdownSent))
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
    std::erase_if(m_slots, [](const std::unique_ptr<Slot> &s) { return s->reaped && s->fd < 0; });
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
        if (s.fd < 0 || s.reaped || s.timedOut || !s.hello || s.units.empty())
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
            kill(s.pid, SIGKILL);
            continue;
        }
        const int ms = static_cast<int>((left + 999'999) / 1'000'000);
        waitMs = waitMs < 0 ? ms : std::min(waitMs, ms);
    }
    return waitMs;
}

void Pool::flushOut(Slot &s)
{
    while (s.fd >= 0 && s.outSent < s.out.size()) {
        const ssize_t n = send(s.fd, s.out.data() + s.outSent, s.out.size() - s.outSent,
                               MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n > 0) {
            s.outSent += static_cast<std::size_t>(n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;                       // poll() tells when there is room
        // EPIPE / ECONNRESET: the worker is gone; its end of stream says how.
        s.out.clear();
        s.outSent = 0;
        return;
    }
    if (s.outSent == s.out.size()) {
        s.out.clear();
        s.outSent = 0;
    } else if (s.outSent > (1u << 20)) {
        s.out.erase(s.out.begin(), s.out.begin() + static_cast<std::ptrdiff_t>(s.outSent));
        s.outSent = 0;
    }
}

// For long tasks, tell the recorder which task the worker is on, so the UI can draw it live.
void Pool::showRunning(Slot &s)
{
    const bool longTasks = s.avgTaskNs < 0 || s.avgTaskNs >= kLongTaskNs;
    if (longTasks && !s.units.empty() && s.fd >= 0) {
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
        const auto status = s.decoder.next(frame);
        if (status == proto::Decoder::Status::NeedMore)
            return Outcome::Continue;
        if (status == proto::Decoder::Status::Error) {
            return draining ? Outcome::Failed
                            : workerBroke(s, "sent a malformed message: " + s.decoder.error());
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
            if (s.fd < 0)
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
    std::size_t budget = kReadBudget;
    while (s.fd >= 0 && budget > 0) {
        const auto space = s.decoder.prepare(kReadSize);
        const ssize_t n = recv(s.fd, space.data(), space.size(), MSG_DONTWAIT);
        if (n > 0) {
            s.decoder.commit(static_cast<std::size_t>(n));
            budget -= std::min(budget, static_cast<std::size_t>(n));
            if (handleFrames(s, draining) == Outcome::Failed)
                return Outcome::Failed;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return Outcome::Continue;
        // 0 = end of stream; ECONNRESET and friends mean the same here.
        close(s.fd);
        s.fd = -1;
        if (draining)
            return Outcome::Continue;
        return workerEnded(s);
    }
    return Outcome::Continue;
}

// Waits up to `waitMs` for the worker to exit, then kills it; returns its wait status.
int Pool::reap(Slot &s, int waitMs)
{
    if (s.reaped || s.pid <= 0)
        return 0;
    int status = 0;
    for (int slept = 0;; ++slept) {
        const pid_t r = waitpid(s.pid, &status, WNOHANG);
        if (r == s.pid)
            break;
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {                     // ECHILD: someone else reaped it (SIGCHLD ignored)
            status = 0;
            break;
        }
        if (slept >= waitMs * 10) {
            kill(s.pid, SIGKILL);
            while (waitpid(s.pid, &status, 0) < 0 && errno == EINTR) {
            }
            break;
        }
        std::this_thread::sleep_for(std::chrono::microseconds(100));
    }
    s.reaped = true;
    s.record.exitNs = m_rec.now();
    if (s.fd >= 0) {
        close(s.fd);
        s.fd = -1;
    }
    return status;
}

// The worker closed its end: a normal exit after Shutdown, or a death.
Outcome Pool::workerEnded(Slot &s)
{
    const bool truncated = s.decoder.pending() > 0;
    const int status = reap(s, kExitWaitMs);
    const std::string how = describeStatus(status);
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
    if (s.fd >= 0) {
        close(s.fd);
        s.fd = -1;
    }
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
        if (slot->pid > 0 && !slot->reaped)
            kill(slot->pid, SIGKILL);
    // A killed process's socket ends once it is gone; everything written before is still
    // there to read.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(kDrainMs);
    std::vector<pollfd> fds;
    std::vector<Slot *> owners;
    for (;;) {
        fds.clear();
        owners.clear();
        for (const auto &slot : m_slots) {
            if (slot->fd >= 0) {
                fds.push_back({slot->fd, POLLIN, 0});
                owners.push_back(slot.get());
            }
        }
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                              deadline - std::chrono::steady_clock::now())
                              .count();
        if (fds.empty() || left <= 0)
            break;
        const int n = poll(fds.data(), fds.size(), static_cast<int>(left));
        if (n < 0 && errno != EINTR)
            break;
        for (std::size_t i = 0; i < fds.size(); ++i) {
            if (fds[i].revents == 0)
                continue;
            if (readFrom(*owners[i], /*draining=*/true) == Outcome::Failed && owners[i]->fd >= 0) {
                close(owners[i]->fd);    // garbage from a dying worker: stop listening to it
                owners[i]->fd = -1;
            }
        }
    }
    for (const auto &slot : m_slots) {
        Slot &s = *slot;
        if (s.pid > 0 && !s.reaped) {
            const int status = reap(s, 0);
            s.record.exitReason = describeStatus(status) + ": " + reason;
        }
        if (s.runningShown >= 0) {
            m_rec.setRunning(s.record.id, -1, 0);
            s.runningShown = -1;
        }
        if (s.pid > 0)
            updateWorker(s, true);
    }
}

void Pool::run()
{
    m_path = resolveWorkerPath(m_options.workerPath);
    if (const std::string why = checkExecutable(m_path); !why.empty()) {
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
    m_wakeFd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (m_wakeFd < 0) {
        m_rec.fail(std::string("cannot create an eventfd: ") + std::strerror(errno));
        return;
    }
    if (m_workload.kernel == KernelId::SharedCounter
        && m_workload.params.counterSync == CounterSync::SharedMemory) {
        std::string error;
        if (!createSharedCounter(error)) {
            m_rec.fail(error);
            return;
        }
    }
    // Cancel wakes the coordinator's poll() at once, from whichever thread requests it.
    const std::stop_callback onStop(m_stop, [fd = m_wakeFd] {
        const std::uint64_t one = 1;
        [[maybe_unused]] const ssize_t n = write(fd, &one, sizeof one);
    });

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

    std::vector<pollfd> fds;
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
        fds.clear();
        owners.clear();
        fds.push_back({m_wakeFd, POLLIN, 0});
        const std::int64_t now = m_rec.now();
        int timeoutMs = checkTimeouts(now, /*killOverdue=*/false);
        for (const auto &slot : m_slots) {
            Slot &s = *slot;
            if (s.fd < 0)
                continue;
            short events = POLLIN;
            if (s.outSent < s.out.size())
                events |= POLLOUT;
            fds.push_back({s.fd, events, 0});
            owners.push_back(&s);
            if (s.shutdownSent) {
                const std::int64_t left = kShutdownGraceMs - (now - s.shutdownAtNs) / 1'000'000;
                if (left <= 0) {
                    // It did not go when told: it had its chance, its tasks are all in.
                    kill(s.pid, SIGKILL);
                    timeoutMs = 1;
                } else {
                    timeoutMs = timeoutMs < 0 ? static_cast<int>(left)
                                              : std::min(timeoutMs, static_cast<int>(left));
                }
            }
        }
        if (owners.empty())
            break;                       // every worker has exited
        const int n = poll(fds.data(), fds.size(), timeoutMs);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            m_rec.fail(std::string("poll failed: ") + std::strerror(errno));
            stopAll("poll failed");
            return;
        }
        if (fds[0].revents != 0) {
            std::uint64_t count = 0;
            [[maybe_unused]] const ssize_t r = read(m_wakeFd, &count, sizeof count);
            continue;                    // the stop check at the top acts on it
        }
        for (std::size_t i = 1; i < fds.size(); ++i) {
            Slot &s = *owners[i - 1];
            if (fds[i].revents & POLLOUT)
                flushOut(s);
            if (fds[i].revents & (POLLIN | POLLHUP | POLLERR)) {
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
