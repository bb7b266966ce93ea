// A Session's reading (core/exec/pythonexecutor.cpp runs the loop): a connection's bytes into
// trace lines and binary blocks, each event into the TraceFeed's records, and a pool worker's
// running-task slot (docs/PYTHON_RUNTIME.md, "Trace events").

#include "core/exec/python/session.h"
#include "core/exec/python/traceline.h"
#include "core/io/jsonreader.h"
#include "core/util/enginetext.h"
#include "core/workload/workloadparser.h"

#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace corescope::python {

namespace {

constexpr std::size_t kMaxLineBytes = 1 << 20;     // a longer line is a broken driver
constexpr std::size_t kSlotBytes = 16;             // a pool worker's running-task slot (X)
constexpr std::size_t kRingHeadBytes = 16;         // then, maybe, its ring: written, read
constexpr std::uint64_t kEndWords = 7;             // a block's E record: tag tid index ... result
constexpr std::uint64_t kMaxRingWords = 1 << 20;   // 8 MiB: a larger ring is a broken driver
// The driver's threads' slots at most: one per thread of its pool (RunOptions' workers), and
// threads a pool replaced (CPython's do not die of a task).
constexpr std::size_t kMaxDriverSlots = 4096;
constexpr std::size_t kMaxPassedFds = 64;          // memfds received ahead of their X

// L's sentence (corescope_load.said): its code's format with its arguments, or "" for a code or
// an argument list this Corescope does not know (then A's Python text is said instead).
std::string saidSentence(const std::string &code, std::string_view argsJson)
{
    struct Said {
        const char *code;
        const char *format;
        std::size_t args;
    };
    static constexpr Said kSaid[]{
        {"shadowed", text::kPyFileShadowed, 3},
        {"shadowed_builtin", text::kPyFileShadowedBuiltin, 2},
        {"import_raised_at", text::kPyImportRaisedAt, 3},
        {"import_raised", text::kPyImportRaised, 2},
        {"no_function", text::kPyNoFunction, 2},
    };
    const auto known = std::find_if(std::begin(kSaid), std::end(kSaid),
                                    [&](const Said &s) { return code == s.code; });
    const auto parsed = json::parse(argsJson, 16);
    const auto *list = std::get_if<json::Value>(&parsed);
    if (known == std::end(kSaid) || !list || !list->isArray()
        || list->asArray().size() != known->args)
        return {};
    std::vector<std::string_view> args;
    for (const json::Value &v : list->asArray()) {
        if (v.type() != json::Type::String)
            return {};
        args.push_back(v.asString());
    }
    const auto at = [&](std::size_t i) { return i < args.size() ? args[i] : std::string_view(); };
    return text::formatEngineText(known->format, {at(0), at(1), at(2)});
}

} // namespace

std::size_t Session::readFrom(Connection &c)
{
    char buffer[65536];
    std::size_t total = 0;
    bool ended = false;
    for (int rounds = 0; rounds < 16; ++rounds) {
        // A slot arrives as a descriptor passed with its X line (SCM_RIGHTS): a pool worker's,
        // on its connection, or one of the driver's threads', on the driver's.
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
                const std::size_t held = c.passedFds.size() + (c.driver ? 0 : c.slots.size());
                if (held >= (c.driver ? kMaxPassedFds : 1))
                    close(fd);   // one slot per worker; X then says what is wrong
                else
                    c.passedFds.push_back(fd);
            }
        }
        if (n > 0 && (message.msg_flags & MSG_CTRUNC))
            check("a slot's descriptor was dropped on its way (MSG_CTRUNC: Corescope is out of "
                  "file descriptors?)");
        if (n < 0 && (error == EAGAIN || error == EINTR))
            break;
        if (n <= 0) {
            ended = true;
            break;
        }
        total += static_cast<std::size_t>(n);
        c.pending.append(buffer, static_cast<std::size_t>(n));
    }
    // A worker sends an int result's end on its socket only while its ring is full
    // (corescope_trace.py; other ends always go there): every end still in a full ring came
    // before those, so the ring is read first and the ends nearly always reach the recorder in
    // the order the worker ran its tasks. (The other way, each time a ring filled, its 4096
    // ends came after newer ones.)
    for (std::size_t i = 0; i < c.slots.size(); ++i)   // (a broken contract unmaps them)
        if (ringFull(c.slots[i]))
            drainRing(c, c.slots[i]);
    // The driver's hand-back (K) of a task is sent after the worker sent that task's E: every
    // E that a K just read depends on is in its worker's socket by now. Read them all before
    // the driver's lines are handled, however the poll saw the sockets.
    // Likewise the ends in the workers' rings and the driver's threads' rings, written before
    // their results went back. A worker that connected since the poll may have ended a task the
    // driver just handed back.
    if (c.driver && m_listenFd >= 0)
        acceptWorkers();
    if (c.driver) {
        drainRings(c);
        for (Connection &w : m_conns)
            if (!w.driver && !w.closed) {
                readFrom(w);
                drainRings(w);
            }
    }
    std::size_t from = 0;
    for (;;) {
        if (c.refused) {
            from = c.pending.size();
            break;
        }
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
        handle(c, std::string_view(c.pending).substr(from, eol - from));
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

void Session::handle(Connection &c, std::string_view line)
{
    if (!c.fatal.empty())
        return;   // faulthandler's traceback, after its first line
    std::string problem;
    auto parsed = python::parseTraceLine(line, problem);
    if (parsed && parsed->kind == TraceLine::Kind::Block && !c.driver)
        problem = "a worker sent a binary block (B): only the driver's connection may";
    if (!problem.empty()) {
        c.refused = line.starts_with("B ");   // a block's words are not lines
        check(problem);
        return;
    }
    if (parsed->kind == TraceLine::Kind::Block) {
        c.blockPid = parsed->pid;     // readFrom hands its words to handleBlock
        c.blockWords = static_cast<std::size_t>(parsed->value);
        return;
    }
    handle(c, *parsed);
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
        info.niceAbove = m_driver.sessionNiceAbove();   // mpirun: no session, 0
        m_rec.setPython(std::move(info));
        break;
    }
    case TraceLine::Kind::PoolAsked:
        // Python's own measure of a run starts here, at the pool's creation (the teaching
        // material's start = time() before `with Executor(...)`): the interpreter's start-up
        // before it is Corescope's cost, not the program's.
        m_poolAskedNs = t.startNs;
        m_sawPoolAsked = true;
        if (m_workers.empty())
            m_rec.startClockAt(t.startNs);
        else
            m_rec.settleClock();   // MPI: its ranks were placed on the clock as it is
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
    case TraceLine::Kind::Block:   // taken by handle(line): its words are not an event
        break;
    case TraceLine::Kind::Slot:
        mapSlot(c, t);
        break;
    case TraceLine::Kind::Resource:
        if (c.driver && m_semaphores.size() < kMaxSemaphores)
            m_semaphores.push_back(t.text);
        break;
    case TraceLine::Kind::Ended:
    case TraceLine::Kind::Raised: {
        const int id = workerFor(t.pid, t.tid, t.startNs);
        // (A slot may already show the worker's next task.)
        if (const auto it = c.running.find({t.pid, t.tid});
            it != c.running.end() && it->second.first == t.index)
            c.running.erase(it);
        for (Slot &slot : c.slots)
            if (slot.tid == t.tid) {
                slot.lastEnded = std::max<std::int64_t>(slot.lastEnded, t.index);
                break;
            }
        const std::int64_t offCpu = t.cpuNs < 0
            ? std::int64_t{-1}
            : std::max<std::int64_t>(0, t.endNs - t.startNs - t.cpuNs);
        if (t.kind == TraceLine::Kind::Ended)
            check(m_feed.taskFinished(id, t.index, t.startNs, t.endNs,
                                      t.hasResult ? std::optional(t.value) : std::nullopt,
                                      offCpu));
        else {
            // The run fails when Python's API re-raises (A), which names its task: the first F
            // read here need not be the exception the API picks.
            check(m_feed.taskFailed(id, t.index, t.startNs, t.endNs, text::formatEngineText(text::kItRaised, {t.text}),
                                    /*failsRun=*/false));
            if (!m_firstRaised)
                m_firstRaised = std::pair{t.index, t.text};
            m_raisedBy.emplace(t.index, t.text);
        }
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
    case TraceLine::Kind::BoolResults:
        if (c.driver)      // what the driver's caller received
            m_rec.setBoolResults();
        break;
    case TraceLine::Kind::Done:
        m_doneNs = t.startNs;   // the pool has shut down: Python's measure ends
        m_rec.setEndNs(m_feed.toRunNs(t.startNs));
        break;
    case TraceLine::Kind::Said:
        if (c.driver)
            m_said = saidSentence(t.method, t.text);
        break;
    case TraceLine::Kind::ApiRaised:
        m_apiRaised = true;
        if (m_death) {
            reportDeath(t.text);
        } else {
            // The exception of a task that raised (its F came first and named it), or the API's
            // own: Python's caller would stop here. A pool whose workers died before any task
            // (an initializer that raised: a function spawned workers cannot find) says only
            // BrokenProcessPool; the reason is the last line of what they printed.
            std::string raised = text::formatEngineText(text::kPythonRaised, {t.text});
            if (t.text.starts_with("BrokenProcessPool")) {
                const std::string last = stderrLastError();
                if (!last.empty())
                    raised = text::formatEngineText(text::kPythonRaisedLastWords, {t.text, last});
            }
            if (t.value == 1) {   // the task whose exception the API re-raised
                // Said as its F said it, with the line that raised it, when it is the same
                // exception (F: A's "Type: message", then where).
                const auto f = m_raisedBy.find(t.index);
                const std::string &said
                    = f != m_raisedBy.end() && f->second.starts_with(t.text) ? f->second : t.text;
                m_feed.failTask(t.index, text::formatEngineText(text::kItRaised, {said}));
            }
            else if (m_firstRaised)   // an exception that lost its task's mark on the way
                m_feed.failTask(m_firstRaised->first, text::formatEngineText(text::kItRaised, {m_firstRaised->second}));
            else if (!m_sawPoolAsked)   // before its R: loading the workload's code
                m_rec.failBeforeStart(m_said.empty() ? raised : m_said);
            else
                m_rec.fail(raised);
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
    int fd = -1;
    if (!c.passedFds.empty()) {
        fd = c.passedFds.front();
        c.passedFds.pop_front();
    }
    const bool known = std::any_of(c.slots.begin(), c.slots.end(),
                                   [&](const Slot &s) { return s.tid == t.tid; });
    if (t.pid != c.pid || fd < 0 || known || (!c.driver && !c.slots.empty())
        || c.slots.size() >= kMaxDriverSlots) {
        if (fd >= 0)
            close(fd);
        return check("X without its memfd, for another process than its connection's, a "
                     "second X of one thread, or more than " + std::to_string(kMaxDriverSlots)
                     + " threads' X");
    }
    struct stat st{};
    const std::uint64_t size = fstat(fd, &st) == 0 ? static_cast<std::uint64_t>(st.st_size) : 0;
    const std::uint64_t ringWords = size > kSlotBytes + kRingHeadBytes
        ? (size - kSlotBytes - kRingHeadBytes) / sizeof(std::int64_t)
        : 0;
    if (size != kSlotBytes
        && (ringWords == 0 || ringWords % kEndWords != 0 || ringWords > kMaxRingWords
            || size != kSlotBytes + kRingHeadBytes + ringWords * sizeof(std::int64_t))) {
        close(fd);
        return check("X's memfd is " + std::to_string(size) + " bytes: neither a slot ("
                     + std::to_string(kSlotBytes) + ") nor a slot and a ring of whole E records");
    }
    // The ring's read count is the one word written here: with a ring, the mapping is writable.
    void *map = mmap(nullptr, size, ringWords ? PROT_READ | PROT_WRITE : PROT_READ, MAP_SHARED,
                     fd, 0);
    const int error = errno;
    close(fd);
    if (map == MAP_FAILED)
        return check(std::string("cannot map a running-task slot: ") + std::strerror(error));
    Slot slot;
    slot.words = static_cast<std::uint64_t *>(map);
    slot.bytes = size;
    if (ringWords) {
        slot.ring = reinterpret_cast<const std::int64_t *>(static_cast<const char *>(map)
                                                           + kSlotBytes + kRingHeadBytes);
        slot.ringWords = ringWords;
    }
    slot.tid = t.tid;
    c.slots.push_back(slot);
    m_slotted = true;
    // The thread may have written ends since it sent X, and a K after them may be among the
    // lines already read: the ends first.
    drainRing(c, c.slots.back());
}

bool Session::ringFull(const Slot &slot)
{
    return slot.ring
        && std::atomic_ref<std::uint64_t>(slot.words[2]).load(std::memory_order_acquire)
                - slot.ringRead
            >= slot.ringWords;
}

void Session::drainRings(Connection &c)
{
    for (std::size_t i = 0; i < c.slots.size(); ++i)   // (a broken contract unmaps them)
        drainRing(c, c.slots[i]);
}

void Session::drainRing(Connection &c, Slot &slot)
{
    if (!slot.ring)
        return;
    // Written after the records it counts (x86's store order: the driver keeps the ring to it).
    const std::uint64_t written
        = std::atomic_ref<std::uint64_t>(slot.words[2]).load(std::memory_order_acquire);
    const std::uint64_t count = written - slot.ringRead;
    if (count == 0)
        return;
    if (written < slot.ringRead || count > slot.ringWords || count % kEndWords != 0) {
        slot.ring = nullptr;   // read no more of it
        return check("a ring says " + std::to_string(written) + " words written, "
                     + std::to_string(slot.ringRead) + " read, of "
                     + std::to_string(slot.ringWords));
    }
    // Copied out, then given back: the thread may write over them once the read count moves.
    std::vector<std::int64_t> words(count);
    const std::uint64_t from = slot.ringRead % slot.ringWords;
    const std::uint64_t first = std::min(count, slot.ringWords - from);
    std::memcpy(words.data(), slot.ring + from, first * sizeof(std::int64_t));
    std::memcpy(words.data() + first, slot.ring, (count - first) * sizeof(std::int64_t));
    slot.ringRead = written;
    std::atomic_ref<std::uint64_t>(slot.words[3]).store(written, std::memory_order_release);

    std::vector<TraceLine> events;
    std::string problem;
    const bool ok = parseTraceBlock(c.pid, words, events, problem);
    // (A broken contract in handle() unmaps the slots: `slot` is not used after it.)
    const std::int64_t tid = slot.tid;
    for (TraceLine &t : events) {
        if (t.kind != TraceLine::Kind::Ended || t.tid != tid)
            return check("a ring holds a record that is not its own thread's task's end");
        handle(c, t);
    }
    if (!ok)
        check("a ring: " + problem);
}

void Session::pollSlots(Connection &c)
{
    for (std::size_t i = 0; i < c.slots.size(); ++i) {
        drainRing(c, c.slots[i]);   // its ends first: a slot's task that has ended is not shown
        if (m_ended || i >= c.slots.size())
            continue;
        Slot &slot = c.slots[i];
        const auto running = runningTask(slot);
        if (!running || running->first == slot.shown)
            continue;
        slot.shown = running->first;
        TraceLine t;
        t.kind = TraceLine::Kind::Started;
        t.pid = c.pid;
        t.tid = slot.tid;
        t.index = static_cast<std::uint32_t>(running->first);
        t.startNs = running->second;
        started(c, t);
    }
}

std::optional<std::pair<std::int64_t, std::int64_t>> Session::runningTask(Slot &slot)
{
    // The thread stores the start, then the index (two 8-byte stores, at any moment): an index
    // read unchanged around its start is that task's, or the one before it whose start was
    // just overwritten, which has ended or is about to (its E carries its own start).
    std::uint64_t index = 0;
    std::uint64_t start = 0;
    const auto load = [](std::uint64_t &word) {
        return std::atomic_ref<std::uint64_t>(word).load(std::memory_order_acquire);
    };
    bool read = false;
    for (int tries = 0; tries < 4 && !read; ++tries) {
        index = load(slot.words[1]);
        start = load(slot.words[0]);
        read = load(slot.words[1]) == index;
    }
    // (0: no task yet; a driver's thread also clears it once a task's end went to its list.)
    if (!read || index == 0 || index - 1 > std::numeric_limits<std::uint32_t>::max()
        || start == 0 || start > static_cast<std::uint64_t>(monotonicNowNs()))
        return std::nullopt;   // no task, or not a time yet: next time
    const auto task = static_cast<std::int64_t>(index - 1);
    // A pool's worker takes its tasks from one queue in index order (multiprocessing.Pool's and
    // ProcessPoolExecutor's are FIFO, and so are the thread pools'), so a task at or below the
    // highest one its thread ended has ended: its end may have come by the ring or the socket,
    // in either order.
    if (task <= slot.lastEnded)
        return std::nullopt;
    return std::pair{task, static_cast<std::int64_t>(start)};
}

void Session::unmapSlots(Connection &c)
{
    for (const Slot &slot : c.slots)
        munmap(slot.words, slot.bytes);
    c.slots.clear();
    for (const int fd : c.passedFds)
        close(fd);
    c.passedFds.clear();
}

} // namespace corescope::python
