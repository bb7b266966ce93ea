// The Python runtime on the job thread: a Session launches the driver (driverlaunch.cpp), polls
// the driver, its workers' connections and its stderr, turns each trace line into the
// TraceFeed's records, and ends the run by killing and reaping the driver's process group.

#include "core/exec/pythonexecutor.h"

#include "core/exec/mpiexecutor.h"
#include "core/exec/python/session.h"
#include "core/exec/python/traceline.h"
#include "core/io/jsonreader.h"
#include "core/util/buildslowdown.h"
#include "core/workload/workloadparser.h"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <limits>
#include <signal.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <utility>

namespace corescope {

namespace python {

namespace {

using Clock = std::chrono::steady_clock;

constexpr std::size_t kMaxLineBytes = 1 << 20;     // a longer line is a broken driver
constexpr std::size_t kMaxBlockWords = 1 << 17;    // a longer binary block is a broken driver
constexpr std::size_t kStderrKeepBytes = 4096;     // the driver's last words, quoted on failure
// How long the driver may take to exit after its last event, and the group to die after
// SIGKILL: a pool shutting down joins its workers.
constexpr int kDriverExitGraceMs = 3000 * kSanitizerSlowdown;
constexpr int kGroupReapMs = 300 * kSanitizerSlowdown;
// How long a worker's death waits for the driver's BrokenProcessPool before it is reported
// without it.
constexpr int kBrokenPoolWaitMs = 2000 * kSanitizerSlowdown;
// A pool worker's running-task slot (docs/PYTHON_RUNTIME.md, X), and how often it is read: a
// task shows as running within about the driver threads' flush interval (25 ms).
constexpr std::size_t kSlotBytes = 16;
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
    // The pool broke (or Python raised): the tasks still running then were stopped with it.
    if (m_rec.failed() && m_endedMonoNs >= 0)
        m_feed.killUnfinished(m_endedMonoNs);
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
        const auto wait = m_loop.wait(timeoutMs);
        if (wait == pool::IoLoop::Wait::Woken || wait == pool::IoLoop::Wait::Interrupted)
            continue;
        if (wait == pool::IoLoop::Wait::Failed) {
            m_rec.fail(std::string("poll: ") + std::strerror(errno));
            endGroup();
            return;
        }
        if (listenAt != SIZE_MAX && m_loop.readable(listenAt)) {
            for (;;) {
                const int fd = accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
                if (fd < 0)
                    break;
                // Only the driver's own process group may speak to this run.
                ucred peer{};
                socklen_t size = sizeof peer;
                if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &peer, &size) != 0
                    || getpgid(peer.pid) != m_driver.pid()) {
                    close(fd);
                    continue;
                }
                Connection c;
                c.fd = fd;
                m_conns.push_back(std::move(c));
                at.push_back(SIZE_MAX);
            }
        }
        if (errAt != SIZE_MAX && m_loop.readable(errAt)) {
            char buffer[4096];
            const ssize_t n = read(m_stderrFd, buffer, sizeof buffer);
            if (n > 0) {
                m_stderr.append(buffer, static_cast<std::size_t>(n));
                if (m_stderr.size() > 2 * kStderrKeepBytes)
                    m_stderr.erase(0, m_stderr.size() - kStderrKeepBytes);
            } else if (n == 0) {
                close(m_stderrFd);
                m_stderrFd = -1;
            }
        }
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
            pollSlot(c);
        m_feed.flush();
        if (m_ended)
            break;

        if (m_death && Clock::now() >= m_death->deadline)
            reportDeath({});
        if (m_options.taskTimeoutMs > 0)
            checkTimeouts();
        if (mpi())
            checkMpiStart();
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
    m_rec.fail("task " + std::to_string(*late) + " (input " + formatInput(w.kernel, w.input(*late))
                   + ") timed out after " + std::to_string(m_options.taskTimeoutMs)
                   + " ms: Corescope ended the Python run",
               *late);
    endGroup();
}

std::size_t Session::readFrom(Connection &c)
{
    char buffer[65536];
    std::size_t total = 0;
    bool ended = false;
    for (int rounds = 0; rounds < 16; ++rounds) {
        // A pool worker's slot arrives as a descriptor passed with its X line (SCM_RIGHTS).
        iovec io{buffer, sizeof buffer};
        alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int) * 4)];
        msghdr message{};
        message.msg_iov = &io;
        message.msg_iovlen = 1;
        message.msg_control = control;
        message.msg_controllen = sizeof control;
        const ssize_t n = recvmsg(c.fd, &message, MSG_CMSG_CLOEXEC);
        const int error = errno;
        for (cmsghdr *h = n > 0 ? CMSG_FIRSTHDR(&message) : nullptr; h;
             h = CMSG_NXTHDR(&message, h)) {
            if (h->cmsg_level != SOL_SOCKET || h->cmsg_type != SCM_RIGHTS)
                continue;
            const std::size_t count = (h->cmsg_len - CMSG_LEN(0)) / sizeof(int);
            for (std::size_t i = 0; i < count; ++i) {
                int fd = -1;
                std::memcpy(&fd, CMSG_DATA(h) + i * sizeof(int), sizeof fd);
                if (c.driver || c.passedFd >= 0 || c.slot)
                    close(fd);   // one slot per worker, none for the driver
                else
                    c.passedFd = fd;
            }
        }
        if (n > 0 && (message.msg_flags & MSG_CTRUNC) && !c.driver)
            check("a worker's slot descriptor was dropped on its way (MSG_CTRUNC: Corescope "
                  "is out of file descriptors?)");
        if (n < 0 && (error == EAGAIN || error == EINTR))
            break;
        if (n <= 0) {
            ended = true;
            break;
        }
        total += static_cast<std::size_t>(n);
        c.pending.append(buffer, static_cast<std::size_t>(n));
    }
    // The driver's hand-back (K) of a task is sent after the worker sent that task's E: every
    // E that a K just read depends on is in its worker's socket by now. Read them all before
    // the driver's lines are handled, however the poll saw the sockets.
    if (c.driver)
        for (Connection &w : m_conns)
            if (!w.driver && !w.closed)
                readFrom(w);
    std::size_t from = 0;
    for (;;) {
        if (c.blockWords > 0) {
            const std::size_t bytes = c.blockWords * sizeof(std::int64_t);
            if (c.pending.size() - from < bytes)
                break;   // the rest of the block is on its way
            c.blockWords = 0;
            handleBlock(c, std::string_view(c.pending).substr(from, bytes));
            from += bytes;
            continue;
        }
        const std::size_t eol = c.pending.find('\n', from);
        if (eol == std::string::npos)
            break;
        const std::string_view line = std::string_view(c.pending).substr(from, eol - from);
        if (line.starts_with("B ") && c.fatal.empty())
            blockAnnounced(c, line);
        else
            handle(c, line);
        from = eol + 1;
    }
    c.pending.erase(0, from);
    if (c.blockWords == 0 && c.pending.size() > kMaxLineBytes)
        check("a trace line longer than " + std::to_string(kMaxLineBytes) + " bytes");
    else if (ended)
        connectionEnded(c);
    return total;
}

int Session::workerFor(std::int64_t pid, std::int64_t tid, std::int64_t atNs)
{
    const auto key = std::pair{pid, tid};
    if (const auto it = m_workers.find(key); it != m_workers.end())
        return it->second;
    // MPI: ids in host order, given once every rank is placed (mpiranks.cpp).
    const auto rank = m_ranks.find(pid);
    const bool placed = mpi() && rank != m_ranks.end() && rank->second.worker >= 0;
    const int id = placed ? rank->second.worker : static_cast<int>(m_workers.size());
    m_workers.emplace(key, id);
    check(m_feed.workerStarted(id, static_cast<std::int32_t>(pid), static_cast<std::int32_t>(tid),
                               m_poolAskedNs >= 0 ? std::min(m_poolAskedNs, atNs) : atNs));
    if (placed)
        check(m_feed.workerPlaced(id, static_cast<int>(rank->second.rank), rank->second.host,
                                  rank->second.offsetNs, rank->second.uncertaintyNs));
    check(m_feed.workerReady(id, atNs));
    if (m_gilSampler && pid > 0 && tid > 0)
        m_gilSampler->addThread(id, static_cast<std::int32_t>(pid), static_cast<std::int32_t>(tid));
    return id;
}

void Session::check(const std::string &problem)
{
    if (problem.empty() || m_ended)
        return;
    m_rec.fail("the Python driver broke the trace contract: " + problem);
    endGroup();
}

void Session::handle(Connection &c, std::string_view line)
{
    if (!c.fatal.empty())
        return;   // faulthandler's traceback, after its first line
    std::string problem;
    auto parsed = python::parseTraceLine(line, problem);
    if (!parsed) {
        check(problem);
        return;
    }
    handle(c, *parsed);
}

void Session::blockAnnounced(Connection &c, std::string_view line)
{
    // "B pid count": split it as any line is, then take the two numbers.
    const std::string_view rest = line.substr(2);
    const std::size_t space = rest.find(' ');
    std::int64_t pid = 0;
    std::size_t count = 0;
    const auto number = [](std::string_view word, auto &out) {
        const auto [end, ec] = std::from_chars(word.data(), word.data() + word.size(), out);
        return !word.empty() && word[0] != '-' && ec == std::errc()
            && end == word.data() + word.size();
    };
    if (space == std::string_view::npos || !number(rest.substr(0, space), pid)
        || !number(rest.substr(space + 1), count))
        check("malformed trace event: " + json::quote(line.substr(0, 200)));
    else if (!c.driver)
        check("a worker sent a binary block (B): only the driver's connection may");
    else if (count > kMaxBlockWords)
        check("a binary block of " + std::to_string(count) + " words, more than "
              + std::to_string(kMaxBlockWords));
    else {
        c.blockPid = pid;
        c.blockWords = count;
    }
}

void Session::handleBlock(Connection &c, std::string_view bytes)
{
    std::vector<std::int64_t> words(bytes.size() / sizeof(std::int64_t));
    std::memcpy(words.data(), bytes.data(), words.size() * sizeof(std::int64_t));
    std::vector<TraceLine> events;
    std::string problem;
    const bool ok = parseTraceBlock(c.blockPid, words, events, problem);
    for (TraceLine &t : events)   // those before a malformed record count, as the lines before
        handle(c, t);             // a malformed line do
    if (!ok)
        check(problem);
}

void Session::handle(Connection &c, TraceLine &t)
{
    if (mpi())
        toOurClock(c, t);
    // Once the group is ended (done, failed or cancelled), only finished tasks still count:
    // what the workers wrote before they died is kept.
    if (m_ended && t.kind != TraceLine::Kind::Ended)
        return;
    switch (t.kind) {
    case TraceLine::Kind::Hello:
        // MPI: the workers' H come relayed on the driver's connection.
        if (c.driver == (t.text == "driver"))
            c.pid = t.pid;
        break;
    case TraceLine::Kind::Python: {
        PythonInfo info;
        info.version = t.text;
        info.interpreter = m_interpreter;
        info.chunksize = static_cast<int>(t.value);
        info.startMethod = t.method;
        m_rec.setPython(std::move(info));
        break;
    }
    case TraceLine::Kind::PoolAsked:
        // Python's own measure of a run starts here, at the pool's creation (the teaching
        // material's start = time() before `with Executor(...)`): the interpreter's start-up
        // before it is Corescope's cost, not the program's.
        m_poolAskedNs = t.startNs;
        if (m_workers.empty())
            m_rec.startClockAt(t.startNs);
        break;
    case TraceLine::Kind::Ready: {
        const int id = workerFor(t.pid, t.tid, t.startNs);
        if (mpi())   // its record was made before its Y (allRanksPlaced)
            check(m_feed.workerReady(id, t.startNs));
        break;
    }
    case TraceLine::Kind::Started:
        started(c, t);
        break;
    case TraceLine::Kind::Slot:
        mapSlot(c, t);
        break;
    case TraceLine::Kind::Ended:
    case TraceLine::Kind::Raised: {
        const int id = workerFor(t.pid, t.tid, t.startNs);
        // (A slot may already show the worker's next task.)
        if (const auto it = c.running.find({t.pid, t.tid});
            it != c.running.end() && it->second.first == t.index)
            c.running.erase(it);
        c.lastEnded = t.index;
        if (t.kind == TraceLine::Kind::Ended)
            check(m_feed.taskFinished(id, t.index, t.startNs, t.endNs, t.hasResult ? t.value : 0,
                                      t.cpuNs < 0 ? std::int64_t{-1}
                                                  : std::max<std::int64_t>(0, t.endNs - t.startNs - t.cpuNs)));
        else
            check(m_feed.taskFailed(id, t.index, t.startNs, t.endNs, "it raised " + t.text));
        // The slot showed the worker's next task before this end was read: the end made the
        // worker idle, and that task still runs.
        if (const auto it = c.running.find({t.pid, t.tid}); it != c.running.end() && !m_ended)
            m_rec.setRunning(id, it->second.first, m_feed.toRunNs(it->second.second));
        break;
    }
    case TraceLine::Kind::HandedBack:
        check(m_feed.handedBack(t.index, t.startNs));
        break;
    case TraceLine::Kind::Counter:
        m_rec.setSharedTotal(t.value);
        break;
    case TraceLine::Kind::Done:
        m_doneNs = t.startNs;   // the pool has shut down: Python's measure ends
        m_rec.setEndNs(m_feed.toRunNs(t.startNs));
        break;
    case TraceLine::Kind::ApiRaised:
        m_apiRaised = true;
        if (m_death) {
            reportDeath(t.text);
        } else {
            // The exception of a task that raised (its F came first and named it), or the API's
            // own: Python's caller would stop here.
            m_rec.fail("Python raised " + t.text);
            endGroup();
        }
        break;
    case TraceLine::Kind::Fatal:
        c.fatal = t.text;
        break;
    case TraceLine::Kind::Placed:
        placed(c, t);
        break;
    case TraceLine::Kind::Clock:
        clockAnswered(t);
        break;
    case TraceLine::Kind::CpuLoad:
        hostSampled(t);
        break;
    case TraceLine::Kind::EndClock:
        endClockAsked(t);
        break;
    }
}

void Session::started(Connection &c, const TraceLine &t)
{
    const int id = workerFor(t.pid, t.tid, t.startNs);
    c.running[{t.pid, t.tid}] = {t.index, t.startNs};
    check(m_feed.taskStarted(id, t.index, t.startNs));
}

void Session::mapSlot(Connection &c, const TraceLine &t)
{
    const int fd = std::exchange(c.passedFd, -1);
    if (c.driver || c.slot || t.pid != c.pid || fd < 0) {
        if (fd >= 0)
            close(fd);
        return check("X without its memfd, on a connection that is not its worker's own, or a "
                     "second X");
    }
    void *map = mmap(nullptr, kSlotBytes, PROT_READ, MAP_SHARED, fd, 0);
    const int error = errno;
    close(fd);
    if (map == MAP_FAILED)
        return check(std::string("cannot map a worker's running-task slot: ") + std::strerror(error));
    c.slot = static_cast<std::uint64_t *>(map);
    c.slotTid = t.tid;
    m_slotted = true;
}

void Session::pollSlot(Connection &c)
{
    if (!c.slot || m_ended)
        return;
    // The worker stores the start, then the index (two 8-byte stores, at any moment): an index
    // read unchanged around its start is that task's, or the one before it whose start was just
    // overwritten, which has ended or is about to (its E carries its own start).
    std::uint64_t index = 0;
    std::uint64_t start = 0;
    const auto load = [](std::uint64_t &word) {
        return std::atomic_ref<std::uint64_t>(word).load(std::memory_order_acquire);
    };
    for (int tries = 0;; ++tries) {
        index = load(c.slot[1]);
        start = load(c.slot[0]);
        if (load(c.slot[1]) == index)
            break;
        if (tries == 3)
            return;   // next time
    }
    if (index == 0 || index - 1 > std::numeric_limits<std::uint32_t>::max() || start == 0
        || start > static_cast<std::uint64_t>(monotonicNowNs()))
        return;   // no task yet, or not a time yet
    const auto task = static_cast<std::int64_t>(index - 1);
    if (task == c.lastEnded || task == c.slotShown)
        return;
    c.slotShown = task;
    TraceLine t;
    t.kind = TraceLine::Kind::Started;
    t.pid = c.pid;
    t.tid = c.slotTid;
    t.index = static_cast<std::uint32_t>(task);
    t.startNs = static_cast<std::int64_t>(start);
    started(c, t);
}

void Session::unmapSlot(Connection &c)
{
    if (c.slot)
        munmap(c.slot, kSlotBytes);
    c.slot = nullptr;
    if (c.passedFd >= 0)
        close(c.passedFd);
    c.passedFd = -1;
}

void Session::connectionEnded(Connection &c)
{
    pollSlot(c);   // the task it died running, if it was not shown yet
    unmapSlot(c);
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
            const std::int64_t diedAt = m_death ? std::min(now, m_death->endNs) : now;
            const auto &[thread, task] = *c.running.begin();
            const int id = workerFor(c.pid, thread.second, task.second);
            const std::string signal = python::fatalSignal(c.fatal);
            std::string what = "the worker process (pid " + std::to_string(c.pid) + ") died";
            what += signal.empty() ? " without a word (killed, or it exited)"
                                   : " of " + signal + " (faulthandler: \"" + c.fatal + "\")";
            check(m_feed.workerExited(id, diedAt, signal.empty() ? "died" : "killed by " + signal));
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
        return;
    }
    // The driver closed its end: it is exiting. Its status says how.
    const int status = m_driver.reap(kDriverExitGraceMs);
    if (m_ended)
        return;
    // MPI: after D the run is whole; mpirun's own exit status then says only how the job's
    // teardown went.
    if (m_doneNs >= 0 && (mpi() || (WIFEXITED(status) && WEXITSTATUS(status) == 0))) {
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
        std::string running;
        for (const auto &[tid, task] : c.running)
            running += (running.empty() ? " while running task " : ", ") + std::to_string(task.first);
        m_rec.fail("the Python interpreter ended before the run did (" + pool::describeStatus(status)
                       + running + ")" + stderrTail(),
                   c.running.size() == 1 ? std::int64_t{c.running.begin()->second.first} : -1);
    }
    endGroup();
}

void Session::reportDeath(const std::string &pythonSays)
{
    if (!m_death || m_ended)
        return;
    Death d = *m_death;
    m_death.reset();
    std::string what = d.what;
    if (!pythonSays.empty())
        what += "; Python raised " + pythonSays;
    else if (m_options.api == PyApi::ExecutorMap || m_options.api == PyApi::SubmitAsCompleted)
        what += "; Python did not report BrokenProcessPool within "
            + std::to_string(kBrokenPoolWaitMs / 1000) + " s";
    else
        what += "; multiprocessing.Pool starts a new worker but never returns this task's result "
                "(its caller would wait forever), so Corescope ended the pool";
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
}

void Session::closeDescriptors()
{
    for (Connection &c : m_conns)
        unmapSlot(c);
    for (Connection &c : m_conns)
        if (!c.driver && c.fd >= 0)
            close(c.fd), c.fd = -1;
    if (m_listenFd >= 0)
        close(m_listenFd), m_listenFd = -1;
    if (m_stderrFd >= 0)
        close(m_stderrFd), m_stderrFd = -1;
}

std::string Session::stderrTail() const
{
    std::string tail = m_stderr.size() > kStderrKeepBytes
        ? m_stderr.substr(m_stderr.size() - kStderrKeepBytes)
        : m_stderr;
    while (!tail.empty() && (tail.back() == '\n' || tail.back() == ' '))
        tail.pop_back();
    return tail.empty() ? std::string() : ": " + tail;
}

} // namespace python

void PythonExecutor::run(RunRecorder &recorder, std::stop_token stop)
{
    python::Session session(recorder, std::move(stop));
    session.run();
}

} // namespace corescope
