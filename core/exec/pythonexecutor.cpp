// The Python runtime on the job thread: a Session launches the driver (driverlaunch.cpp), polls
// the driver, its workers' connections and its stderr, has what they send read into the
// TraceFeed's records (python/events.cpp), and ends the run by killing and reaping the driver's
// process group.

#include "core/exec/pythonexecutor.h"

#include "core/exec/mpiexecutor.h"
#include "core/exec/python/session.h"
#include "core/exec/python/traceline.h"
#include "core/util/buildslowdown.h"
#include "core/util/enginetext.h"
#include "core/workload/workloadparser.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <semaphore.h>
#include <set>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <utility>

namespace corescope {

namespace python {

namespace {

using Clock = std::chrono::steady_clock;

constexpr std::size_t kStderrKeepBytes = 4096;     // the driver's last words, quoted on failure
// Workers that die before their hello, per worker asked for, before Corescope ends a run whose
// pool keeps replacing them: a few, so that one unlucky start does not end a run.
constexpr int kUnreadyDeathsPerWorker = 3;
// How long the driver may take to exit after its last event, and the group to die after
// SIGKILL: a pool shutting down joins its workers.
constexpr int kDriverExitGraceMs = 3000 * kSanitizerSlowdown;
constexpr int kGroupReapMs = 300 * kSanitizerSlowdown;
// How long a worker's death waits for the driver's BrokenProcessPool before it is reported
// without it.
constexpr int kBrokenPoolWaitMs = 2000 * kSanitizerSlowdown;
// How often a pool worker's running-task slot (docs/PYTHON_RUNTIME.md, X) is read: a task
// shows as running within about the driver threads' flush interval (25 ms).
constexpr int kSlotPollMs = 25;
// While pool workers' events stream in (one send per task), their connections are read in
// rounds rather than at each event: a worker's send then seldom wakes this thread, whose
// wake-ups would take the cores the workers fill (a 2-process Pool.map of 20,000 tiny tasks:
// this thread's CPU time 100-110 ms a run before, 20-30 ms after; docs/PYTHON_RUNTIME.md). A round
// waits at most kWorkerRoundMs (the live views drain at 30 Hz), and less the more the busiest
// worker sent, so that no worker has more than about kWorkerRoundBytes waiting: a socket holds
// only a few hundred small sends (each costs its buffer ~1 KiB, whatever its length), and a
// worker whose socket is full waits in its send.
constexpr int kWorkerRoundMs = 5;
constexpr std::size_t kWorkerRoundBytes = 4096;

} // namespace

Session::Session(RunRecorder &recorder, std::stop_token stop)
    : m_rec(recorder), m_options(recorder.options()), m_stop(std::move(stop)),
      m_feed(recorder, /*runtimeHandsBack=*/true)
{
    // Python threads share the real GIL: who holds it is sampled from each thread's state
    // (docs/PYTHON_RUNTIME.md). Processes have a GIL each; one thread alone never waits.
    if (m_options.mode == Mode::Threads)
        m_gilSampler = std::make_unique<ThreadStateSampler>(
            [&recorder](std::span<const GilHold> holds) { recorder.addGilHolds(holds); },
            [&recorder](std::int64_t monoNs) { return monoNs - recorder.epochNs(); });
}

void Session::run()
{
    if (!start())
        return;
    loop();
    if (m_gilSampler) {
        m_gilSampler->stop();   // its last slices reach the recorder before the run ends
        m_rec.setGilSampleGap(m_gilSampler->longestGapNs());
    }
    // The pool broke (or Python raised), or Cancel ended it: the tasks still running then
    // were stopped with it.
    if (m_rec.failed() && m_endedMonoNs >= 0)
        m_feed.stopUnfinished(m_endedMonoNs, TaskState::Killed);
    else if (m_stop.stop_requested() && m_endedMonoNs >= 0)
        m_feed.stopUnfinished(m_endedMonoNs, TaskState::Cancelled);
    m_feed.flush();
}

void Session::loop()
{
    const std::stop_callback onStop(m_stop, [this] { m_loop.wake(); });
    while (!m_ended) {
        if (m_stop.stop_requested()) {
            endGroup();
            m_rec.markCancelled();
            return;
        }
        m_loop.clear();
        const std::size_t listenAt = m_listenFd >= 0 ? m_loop.add(m_listenFd, false) : SIZE_MAX;
        const std::size_t errAt = m_stderrFd >= 0 ? m_loop.add(m_stderrFd, false) : SIZE_MAX;
        // The driver's connection is always watched; the workers' only in their rounds.
        const auto roundStart = Clock::now();
        const bool workersDue = roundStart >= m_nextWorkerRound;
        std::vector<std::size_t> at(m_conns.size(), SIZE_MAX);
        for (std::size_t i = 0; i < m_conns.size(); ++i)
            if (!m_conns[i].closed && (i == 0 || workersDue))
                at[i] = m_loop.add(m_conns[i].fd, i == 0 && m_outAt < m_out.size());

        // The nearest deadline: a task's timeout (checked every 100 ms), the workers' slots
        // (a running task shows within kSlotPollMs), the workers' next round, or the wait for
        // BrokenProcessPool.
        int timeoutMs = m_slotted ? kSlotPollMs : 100;
        const auto msUntil = [](Clock::time_point when) {
            return std::max<long long>(0, pool::IoLoop::msUntil(when));
        };
        if (!workersDue)   // rounded up: a wait of 0 would spin until the round is due
            timeoutMs = std::min<int>(timeoutMs, 1 + msUntil(m_nextWorkerRound));
        if (m_death)
            timeoutMs = std::min<int>(timeoutMs, msUntil(m_death->deadline));
        // (MPI: the connection is mpirun's output, which ends when the job has; mpirun is
        // ended by endGroup's SIGTERM, not here.)
        if (m_doneNs >= 0 && !m_exitDeadline && !mpi())
            m_exitDeadline = Clock::now() + std::chrono::milliseconds(kDriverExitGraceMs);
        if (m_exitDeadline)
            timeoutMs = std::min<int>(timeoutMs, 1 + msUntil(*m_exitDeadline));
        const auto wait = m_loop.wait(timeoutMs);
        if (wait == pool::IoLoop::Wait::Woken || wait == pool::IoLoop::Wait::Interrupted)
            continue;
        if (wait == pool::IoLoop::Wait::Failed) {
            m_rec.fail(text::formatEngineText(text::kPollFailedBecause, {std::strerror(errno)}));
            endGroup();
            return;
        }
        if (listenAt != SIZE_MAX && m_loop.readable(listenAt)) {
            acceptWorkers();
            at.resize(m_conns.size(), SIZE_MAX);
        }
        if (errAt != SIZE_MAX && m_loop.readable(errAt))
            readStderr();
        if (at[0] != SIZE_MAX && m_loop.writable(at[0]) && m_outAt < m_out.size())
            flushOut();
        // Workers first: their events come before the driver's hand-backs of the same results.
        // When the driver speaks (in a workers' round or not), readFrom reads every worker
        // before it handles the driver's lines, so nothing the driver says overtakes them.
        std::size_t mostFromAWorker = 0;
        for (std::size_t i = m_conns.size(); i-- > 0 && !m_ended;) {
            if (m_conns[i].closed)
                continue;
            if (at[i] != SIZE_MAX && m_loop.ready(at[i])) {
                const std::size_t bytes = readFrom(m_conns[i]);
                if (i > 0)
                    mostFromAWorker = std::max(mostFromAWorker, std::max<std::size_t>(bytes, 1));
            }
        }
        if (mostFromAWorker > 0 && workersDue) {
            const auto round = std::chrono::microseconds(kWorkerRoundMs * 1000) * kWorkerRoundBytes
                / std::max(mostFromAWorker, kWorkerRoundBytes);
            if (round >= std::chrono::milliseconds(1))   // poll()'s unit; less: at once
                m_nextWorkerRound = roundStart + round;
        }
        for (Connection &c : m_conns)
            pollSlots(c);
        m_feed.flush();
        if (m_ended)
            break;

        if (m_death && Clock::now() >= m_death->deadline)
            reportDeath({});
        // The run ended with D; the driver's connection is still open past the grace.
        if (m_exitDeadline && Clock::now() >= *m_exitDeadline && !m_conns[0].closed && !m_ended)
            connectionEnded(m_conns[0]);
        if (m_options.taskTimeoutMs > 0)
            checkTimeouts();
        if (mpi())
            checkMpiStart();
    }
}

void Session::acceptWorkers()
{
    for (;;) {
        const int fd = accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
        if (fd < 0)
            return;
        // Only the driver's own process group may speak to this run. A worker that connected,
        // ran its task and died of it before this accept may have been reaped already (the
        // forkserver reaps its children at once) and has no group left: its connection still
        // holds what it sent, its slot with the task that killed it, and is taken when its
        // process was the same user's. (Refused, the death went unseen: the pool replaced the
        // worker, never returned the task, and the run went on until the task timeout, or for
        // ever, since no worker showed the task running: 4 runs in 25 of forkserver's broken
        // Pool on a loaded machine.)
        ucred peer{};
        socklen_t size = sizeof peer;
        bool ours = false;
        if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &peer, &size) == 0) {
            const pid_t group = getpgid(peer.pid);
            ours = group == m_driver.pid()
                || (group < 0 && errno == ESRCH && peer.uid == geteuid());
        }
        if (!ours) {
            close(fd);
            continue;
        }
        Connection c;
        c.fd = fd;
        m_conns.push_back(std::move(c));   // a deque: the connections being read stay put
    }
}

void Session::checkTimeouts()
{
    const std::int64_t limit = std::int64_t{m_options.taskTimeoutMs} * 1'000'000;
    const std::int64_t now = monotonicNowNs();
    std::optional<std::uint32_t> late;
    for (const Connection &c : m_conns)
        for (const auto &[tid, task] : c.running)
            if (now - task.second > limit)
                late = task.first;
    if (!late)
        return;
    const Workload &w = m_rec.workload();
    m_rec.fail(text::formatEngineText(text::kPythonTaskTimedOut,
                                      {std::to_string(*late), formatInput(w.kernel, w.input(*late)),
                                       std::to_string(m_options.taskTimeoutMs)}),
               *late);
    endGroup();
}

void Session::check(const std::string &problem)
{
    if (problem.empty() || m_ended)
        return;
    // (What the driver did wrong stays English: it is for whoever debugs the driver.)
    m_rec.fail(text::formatEngineText(text::kDriverBrokeContract, {problem}));
    endGroup();
}

void Session::connectionEnded(Connection &c)
{
    pollSlots(c);   // the task it died running, if it was not shown yet
    // The driver's threads' tasks at its death, as their slots show them, before the slots go:
    // a thread's slot holds its task from its start until its end is in the ring (read by now)
    // or in the list (then the slot is cleared). Exact when every thread that ran a task had a
    // slot. By task: its start and its thread.
    std::map<std::uint32_t, std::pair<std::int64_t, std::int64_t>> slotsRunning;
    std::set<std::int64_t> slotted;
    for (Slot &slot : c.slots) {
        slotted.insert(slot.tid);
        if (const auto task = runningTask(slot))
            slotsRunning[static_cast<std::uint32_t>(task->first)] = {task->second, slot.tid};
    }
    const bool everyThreadSlotted = c.driver && !slotted.empty()
        && std::all_of(m_workers.begin(), m_workers.end(), [&](const auto &w) {
               return w.first.first != c.pid || slotted.contains(w.first.second);
           });
    unmapSlots(c);
    c.closed = true;
    const std::int64_t now = monotonicNowNs();
    if (!c.driver) {
        // The worker that died of its task is the one faulthandler spoke on: when CPython ends
        // the others after it (BrokenProcessPool), their connections may close in the same
        // poll round, and be read first.
        if (!c.running.empty() && !m_ended
            && (!m_death || (m_death->fatal.empty() && !c.fatal.empty()))) {
            // The worker died running a task: faulthandler may have said of what. When it
            // replaces a death seen first (a worker CPython ended after this one died, read
            // first), it died no later than that one was seen to.
            const auto &[thread, task] = *c.running.begin();
            const std::int64_t diedAt
                = m_death ? std::max(task.second, std::min(now, m_death->endNs)) : now;
            const int id = workerFor(c.pid, thread.second, task.second);
            const std::string signal = python::fatalSignal(c.fatal);
            const std::string pid = std::to_string(c.pid);
            std::string what
                = signal.empty()
                ? text::formatEngineText(text::kPyWorkerDiedSilently, {pid})
                : text::formatEngineText(text::kPyWorkerDiedOf, {pid, signal, c.fatal});
            check(m_feed.workerExited(id, diedAt,
                                      signal.empty()
                                          ? std::string(text::kDied)
                                          : text::formatEngineText(text::kKilledBy, {signal})));
            m_death = Death{id, task.first, task.second, diedAt, what, c.fatal,
                            Clock::now() + std::chrono::milliseconds(kBrokenPoolWaitMs)};
            // multiprocessing.Pool replaces the dead worker and never returns its task: there is
            // nothing to wait for.
            if (m_options.api != PyApi::ExecutorMap && m_options.api != PyApi::SubmitAsCompleted)
                reportDeath({});
        } else {
            for (const auto &[key, id] : m_workers)
                if (key.first == c.pid)
                    check(m_feed.workerExited(id, now));
        }
        // A worker that connected and died before its hello: its initializer raised (spawned
        // workers that cannot find the function). ProcessPoolExecutor then breaks at once;
        // multiprocessing.Pool starts another in its place, forever. Say so, with the reason.
        if (c.pid == 0 && !m_ended
            && ++m_diedUnready >= kUnreadyDeathsPerWorker * std::max(1, m_options.workers)) {
            const std::string last = stderrLastError();
            const std::string died = std::to_string(m_diedUnready);
            m_rec.fail(last.empty()
                           ? text::formatEngineText(text::kDiedUnready, {died})
                           : text::formatEngineText(text::kDiedUnreadyLastWords, {died, last}));
            endGroup();
        }
        return;
    }
    // The driver closed its end: it is exiting. Its status says how. After D, it has what is
    // left of the grace since D (then it is killed here), else the whole grace.
    const long long graceMs = m_exitDeadline
        ? std::max<long long>(0, pool::IoLoop::msUntil(*m_exitDeadline))
        : kDriverExitGraceMs;
    const int status = m_driver.reap(static_cast<int>(graceMs));
    if (m_ended)
        return;
    // MPI: after D the run is whole; mpirun's own exit status then says only how the job's
    // teardown went. Likewise a driver killed here because it had not exited within the grace
    // after D: a machine busy enough leaves the niced interpreter's finalization little of a
    // core (two spinning processes beside a GUI test: 0.02 to 5 s from D to its exit).
    if (m_doneNs >= 0
        && (mpi() || m_driver.killedByReap() || (WIFEXITED(status) && WEXITSTATUS(status) == 0))) {
        for (const auto &[key, id] : m_workers)
            // threads and serial: the driver's own threads; MPI: the ranks, done with the job
            if (key.first == m_driver.pid() || mpi())
                check(m_feed.workerExited(id, m_doneNs));
        endGroup();
        return;
    }
    if (m_death) {
        reportDeath({});
        return;
    }
    if (mpi() && !m_apiRaised) {
        mpiJobEnded(c, status);
    } else if (!m_apiRaised) {
        // With a slot for each of the driver's threads, their tasks at its death are known.
        // Without (no memfd), the threads send their tasks' ends every 25 ms: a task said to be
        // running may have ended, and a later one been running. No task is named as the one
        // that died, then (the ends' order was: task 3 blamed for task 4).
        std::set<std::uint32_t> tasks;
        for (const auto &[index, task] : slotsRunning)
            tasks.insert(index);
        for (const auto &[thread, task] : c.running)   // a thread without a slot: its S
            if (!slotted.contains(thread.second))
                tasks.insert(task.first);
        std::string running;
        for (const std::uint32_t task : tasks)
            running += (running.empty() ? "" : ", ") + std::to_string(task);
        std::string how = pool::describeStatus(status);
        const bool one = tasks.size() == 1;
        // Serial: the one thread died in its task (between tasks its slot names none). Threads:
        // what ended the interpreter may be another thread's doing (the caller's, the user's
        // own), so the tasks are only said, not blamed.
        // (Blamed, the task is named by the failure: "task 4 (input 0) failed: ...".)
        const bool blame = everyThreadSlotted && one && m_options.mode == Mode::Serial;
        if (!blame && !running.empty()) {
            how = text::formatEngineText(everyThreadSlotted
                                             ? (one ? text::kWhileItsThreadsRanOne
                                                    : text::kWhileItsThreadsRan)
                                             : (one ? text::kWhileRunningTaskOrLater
                                                    : text::kWhileRunningTasksOrLater),
                                         {how, running});
        }
        const std::string said = stderrTail();
        std::string what = said.empty()
            ? text::formatEngineText(text::kInterpreterEnded, {how})
            : text::formatEngineText(text::kInterpreterEndedSaid, {how, said});
        if (blame) {
            // The task failed, and the run with it, as a pool worker's killing task does
            // (reportDeath).
            const auto &[index, task] = *slotsRunning.begin();
            const int id = workerFor(c.pid, task.second, task.first);
            check(m_feed.taskFailed(id, index, task.first, monotonicNowNs(), std::move(what)));
        } else {
            m_rec.fail(std::move(what), -1);
        }
    }
    endGroup();
}

void Session::reportDeath(const std::string &pythonSays)
{
    if (!m_death || m_ended)
        return;
    Death d = *m_death;
    m_death.reset();
    std::string what;
    if (!pythonSays.empty())
        what = text::formatEngineText(text::kThenPythonRaised, {d.what, pythonSays});
    else if (m_options.api == PyApi::ExecutorMap || m_options.api == PyApi::SubmitAsCompleted)
        what = text::formatEngineText(text::kNoBrokenPoolWithin,
                                      {d.what, std::to_string(kBrokenPoolWaitMs / 1000)});
    else
        what = text::formatEngineText(text::kPoolNeverReturns, {d.what});
    check(m_feed.taskFailed(d.worker, d.index, d.startNs, d.endNs, what));
    endGroup();
}

void Session::endGroup()
{
    if (m_ended)
        return;
    m_ended = true;
    m_endedMonoNs = monotonicNowNs();
    if (m_driver.pid() <= 0) {
        // The driver never started (no interpreter, a failed spawn): its socket and stderr
        // pipe may be open all the same.
        closeDescriptors();
        removeLeftovers();
        return;
    }
    const pid_t group = m_driver.pid();
    if (mpi() && m_driver.running()) {
        // mpirun ends every rank on every host when it is asked to; a SIGKILL would leave the
        // other hosts' ranks to notice on their own. (Once reaped, its pid is not ours.)
        ::kill(group, SIGTERM);
        m_driver.reap(kMpirunTermGraceMs);
    }
    // MPI: once mpirun is reaped its group is empty (its ranks have groups of their own) and
    // its id may be reused.
    if (!mpi() || m_driver.running())
        ::kill(-group, SIGKILL);
    m_driver.reap(0);
    // Keep what the workers wrote before they died: read their sockets to the end.
    const auto deadline = Clock::now() + std::chrono::milliseconds(kGroupReapMs);
    for (bool open = true; open && Clock::now() < deadline;) {
        open = false;
        for (Connection &c : m_conns) {
            if (c.driver || c.closed)
                continue;
            readFrom(c);
            open |= !c.closed;
        }
        if (open)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    // Then reap the group: its processes are ours once the driver is gone (subreaper).
    while (Clock::now() < deadline) {
        int status = 0;
        const pid_t reaped = waitpid(-group, &status, WNOHANG);
        if (reaped > 0)
            continue;
        if (reaped < 0 && ::kill(-group, 0) != 0)
            break;   // none of the group is left, and none is ours to reap
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    if (mpi())
        reapLocalRanks(deadline);
    closeDescriptors();
    removeLeftovers();
}

void Session::removeLeftovers()
{
    // A pool that shut down unlinked its semaphores itself (then this finds none); a group
    // killed mid-run took its resource tracker along before the tracker could.
    // (Semaphores only: multiprocessing names them at random, "/mp-" and 8 characters, so no
    // one else's can have the name; a user's shared memory may be meant to outlive the run.)
    for (const std::string &name : m_semaphores)
        sem_unlink(name.c_str());
    m_semaphores.clear();
    if (!m_tmpDir.empty()) {
        std::error_code ignored;
        std::filesystem::remove_all(m_tmpDir, ignored);
        m_tmpDir.clear();
    }
}

void Session::closeDescriptors()
{
    for (Connection &c : m_conns) {
        drainRings(c);   // the ends of a worker whose connection is still open
        unmapSlots(c);
    }
    for (Connection &c : m_conns)
        if (!c.driver && c.fd >= 0)
            close(c.fd), c.fd = -1, c.closed = true;
    if (m_listenFd >= 0)
        close(m_listenFd), m_listenFd = -1;
    if (m_stderrFd >= 0)
        close(m_stderrFd), m_stderrFd = -1;
}

void Session::readStderr()
{
    while (m_stderrFd >= 0) {   // non-blocking: what is there now
        char buffer[4096];
        const ssize_t n = read(m_stderrFd, buffer, sizeof buffer);
        if (n > 0) {
            m_stderr.append(buffer, static_cast<std::size_t>(n));
            if (m_stderr.size() > 2 * kStderrKeepBytes)
                m_stderr.erase(0, m_stderr.size() - kStderrKeepBytes);
        } else if (n == 0) {
            close(m_stderrFd);
            m_stderrFd = -1;
        } else if (errno != EINTR) {
            break;
        }
    }
}

std::string Session::stderrLastError()
{
    readStderr();
    // A traceback's last line: "AttributeError: Can't get attribute ...", a dotted name then
    // ": " (not "Traceback (most recent call last):", "  File ...", "Process PoolWorker-3:").
    const auto isError = [](std::string_view line) {
        const std::size_t colon = line.find(": ");
        return colon != std::string_view::npos && colon > 0
            && std::all_of(line.begin(), line.begin() + static_cast<std::ptrdiff_t>(colon),
                           [](char ch) { return std::isalnum(static_cast<unsigned char>(ch))
                                             || ch == '_' || ch == '.'; });
    };
    std::string_view text = m_stderr;
    while (!text.empty()) {
        const std::size_t eol = text.rfind('\n', text.size() - 1);
        const std::size_t from = eol == std::string_view::npos ? 0 : eol + 1;
        if (const std::string_view line = text.substr(from); isError(line))
            return std::string(line);
        text = text.substr(0, from == 0 ? 0 : from - 1);
    }
    return {};
}

std::string Session::stderrTail() const
{
    std::string tail = m_stderr.size() > kStderrKeepBytes
        ? m_stderr.substr(m_stderr.size() - kStderrKeepBytes)
        : m_stderr;
    while (!tail.empty() && (tail.back() == '\n' || tail.back() == ' '))
        tail.pop_back();
    return tail;
}

} // namespace python

namespace {
std::atomic<int> g_runNiceAbove{0};
} // namespace

void PythonExecutor::setRunNiceAbove(int nice)
{
    g_runNiceAbove.store(std::clamp(nice, 0, 19), std::memory_order_relaxed);
}

int PythonExecutor::runNiceAbove()
{
    return g_runNiceAbove.load(std::memory_order_relaxed);
}

void PythonExecutor::run(RunRecorder &recorder, std::stop_token stop)
{
    python::Session session(recorder, std::move(stop));
    session.run();
}

} // namespace corescope
