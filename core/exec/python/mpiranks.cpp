// The Python runtime's MPI ranks (Mode::Mpi): mpirun starts `python3 -m mpi4py.futures
// corescope_driver.py --mpi` on N + 1 ranks; rank 0 runs the driver, whose MPIPoolExecutor
// sends the tasks to the other ranks. Rank 0 alone writes mpirun's stdout, so the driver's
// events and the workers' (relayed by rank 0) reach Corescope on one channel, and Corescope's
// clock round trips go the other way on mpirun's stdin (docs/PYTHON_RUNTIME.md, "MPI ranks").
// Each rank's host gets a clock offset as the native ranks' do (core/exec/mpi/clockestimate.cpp):
// the smallest of kClockPings round trips; its events are shifted by it as they are read.

#include "core/exec/mpiexecutor.h"
#include "core/exec/python/session.h"
#include "core/protocol/protocol.h"
#include "core/util/enginetext.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <poll.h>
#include <thread>
#include <vector>

namespace corescope::python {

namespace {

// Round trips per rank before its first task; the smallest bounds its host's offset best.
constexpr int kClockPings = 8;
// mpirun ending the job: SIGTERM, then SIGKILL this long after (rank 0 needs microseconds).
constexpr int kRank0GraceS = 1;

} // namespace

bool Session::spawnMpirun(const std::string &driver, int errFd, std::string &error)
{
    pool::SpawnSpec spawn;
    spawn.path = resolveMpirun(m_options.mpirunPath);
    // Rank 0 gets a moment between SIGTERM and SIGKILL to relay what its workers sent last: a
    // rank killed by its task sent that task's S just before (corescope_driver.py, on_term).
    spawn.args = mpirunOptions(m_options, kRank0GraceS);
    for (std::string arg : {std::string("-np"), std::to_string(m_options.workers + 1),
                            m_interpreter, std::string("-u"), std::string("-m"),
                            std::string("mpi4py.futures"), driver, std::string("--mpi")})
        spawn.args.push_back(std::move(arg));
    spawn.channelFd = 0;          // stdin: the spec, then the clock round trips
    spawn.channelAlso = {1};      // stdout: the events, rank 0's and (relayed) the workers'
    spawn.inherit = {{errFd, 2}};
    spawn.newProcessGroup = true; // mpirun and its local ranks: one signal reaches them all
    if (m_driver.start(spawn, error))
        return true;
    error = text::formatEngineText(text::kCannotStartProgram, {spawn.path, error});
    return false;
}

void Session::sendToDriver(const std::string &line)
{
    m_out += line;
    flushOut();
}

void Session::flushOut()
{
    while (m_outAt < m_out.size()) {
        const ssize_t n = write(m_conns[0].fd, m_out.data() + m_outAt, m_out.size() - m_outAt);
        if (n <= 0)
            return;   // full (the loop waits until it is writable) or closed (EOF follows)
        m_outAt += static_cast<std::size_t>(n);
    }
    std::string().swap(m_out);
    m_outAt = 0;
}

// M pid rank "host": a rank says where it runs (rank 0 first, then each worker from its pool
// initializer); its clock's round trips start.
void Session::placed(Connection &c, const TraceLine &t)
{
    const auto rank = static_cast<std::uint32_t>(t.value);
    if (!mpi() || m_ranks.contains(t.pid) || rank > static_cast<std::uint32_t>(m_options.workers)
        || (rank == 0) != (t.pid == c.pid)) {
        check("an unexpected M (rank " + std::to_string(rank) + ", pid " + std::to_string(t.pid)
              + ")");
        return;
    }
    Rank &r = m_ranks[t.pid];
    r.rank = rank;
    r.host = t.text;
    r.pingsLeft = kClockPings;
    ping(r);
}

// The rank numbered `rank` and its events' pid; {0, nullptr} before it said where it runs.
std::pair<std::int64_t, Session::Rank *> Session::rankNumbered(std::uint64_t rank)
{
    for (auto &[pid, r] : m_ranks)
        if (r.rank == rank)
            return {pid, &r};
    return {0, nullptr};
}

void Session::ping(Rank &r)
{
    r.sentNs = monotonicNowNs();
    sendToDriver("Q " + std::to_string(r.rank) + '\n');
}

// O rank ns: the rank's clock, read between our Q and this answer, so its host's offset is
// (its clock) - (the midpoint), give or take half the round trip. After the last round trip
// the rank is told to go (G) and its events from then on are shifted by its host's estimate.
void Session::clockAnswered(const TraceLine &t)
{
    const std::int64_t arrived = monotonicNowNs();
    Rank *r = rankNumbered(t.value).second;
    if (!r || r->pingsLeft <= 0) {
        check("a clock answer (O) from rank " + std::to_string(t.value) + " that was not asked for");
        return;
    }
    const std::int64_t roundTrip = arrived - r->sentNs;
    HostClock &host = (r->atEnd ? m_hostClocksAtEnd : m_hostClocks)[r->host];
    if (host.roundTripNs < 0 || roundTrip < host.roundTripNs) {
        host.roundTripNs = roundTrip;
        host.offsetNs = t.startNs - (r->sentNs + roundTrip / 2);
    }
    if (--r->pingsLeft > 0) {
        ping(*r);
        return;
    }
    if (r->atEnd) {
        // The offset applied stays the start's; the uncertainty reported covers both ends, as
        // for the native ranks: a clock that drifted widens it rather than being corrected.
        const std::int64_t moved = host.offsetNs > r->offsetNs ? host.offsetNs - r->offsetNs
                                                               : r->offsetNs - host.offsetNs;
        r->uncertaintyNs = std::max(r->uncertaintyNs, moved + host.roundTripNs / 2);
        if (r->worker >= 0)
            check(m_feed.workerPlaced(r->worker, static_cast<int>(r->rank), r->host, r->offsetNs,
                                      r->uncertaintyNs));
        sendToDriver("G " + std::to_string(r->rank) + '\n');   // its end-of-run task returns
        return;
    }
    r->offsetNs = host.offsetNs;
    r->uncertaintyNs = host.roundTripNs / 2;
    if (r->rank == 0) {
        sendToDriver("G 0\n");   // the driver starts the pool
        return;
    }
    const auto measured = std::count_if(m_ranks.begin(), m_ranks.end(), [](const auto &entry) {
        return entry.second.rank > 0 && entry.second.pingsLeft == 0;
    });
    if (measured == m_options.workers)
        allRanksPlaced();
}

// Z rank: the rank's tasks are over (the driver gave each worker rank one more task, which
// waits for this); its clock's round trips again, as at its start, then G lets the task return.
void Session::endClockAsked(const TraceLine &t)
{
    Rank *r = rankNumbered(t.value).second;
    if (!mpi() || !r || r->rank == 0 || r->atEnd || r->pingsLeft > 0 || !m_allPlaced) {
        check("an unexpected Z (rank " + std::to_string(t.value) + ")");
        return;
    }
    r->atEnd = true;
    r->pingsLeft = kClockPings;
    ping(*r);
}

// Every worker rank has said where it runs and its clock is measured: each becomes a worker,
// ids in host order (hosts as they first appear by rank, then by rank) so the timeline's lanes
// come grouped by host, as the native ranks' do; then they all go (G). mpi4py's pool waits for
// every initializer before its first task, so holding the first ranks back costs nothing.
void Session::allRanksPlaced()
{
    std::vector<Rank *> order;
    for (auto &[pid, r] : m_ranks)
        if (r.rank > 0)
            order.push_back(&r);
    std::sort(order.begin(), order.end(), [](const Rank *a, const Rank *b) { return a->rank < b->rank; });
    std::vector<std::string> hosts;
    for (const Rank *r : order)
        if (std::find(hosts.begin(), hosts.end(), r->host) == hosts.end())
            hosts.push_back(r->host);
    std::stable_sort(order.begin(), order.end(), [&](const Rank *a, const Rank *b) {
        return std::find(hosts.begin(), hosts.end(), a->host)
            < std::find(hosts.begin(), hosts.end(), b->host);
    });
    // One offset per host: its best round trip, except on rank 0's host, whose offset was
    // fixed when rank 0 went (it shifts R, K and D): that host's workers take the same, so a
    // result is never handed back before its task ended on the run's clock.
    const Rank *rank0 = nullptr;
    for (const auto &[pid, r] : m_ranks)
        if (r.rank == 0)
            rank0 = &r;
    for (Rank *r : order) {
        if (rank0 && r->host == rank0->host) {
            r->offsetNs = rank0->offsetNs;
            r->uncertaintyNs = rank0->uncertaintyNs;
        } else if (const HostClock &h = m_hostClocks[r->host]; h.roundTripNs >= 0) {
            r->offsetNs = h.offsetNs;
            r->uncertaintyNs = h.roundTripNs / 2;
        }
    }
    m_allPlaced = true;
    const std::int64_t now = monotonicNowNs();
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i]->worker = static_cast<int>(i);
    for (auto &[pid, r] : m_ranks)
        if (r.rank > 0)
            // Its tasks run on its main thread, whose id is the process's pid (the low 32
            // bits of the events' "pid"); ready: its Y.
            workerFor(pid, pid & 0xffffffff, m_poolAskedNs >= 0 ? m_poolAskedNs : now);
    // Corescope samples its own machine; on every other host the first of its ranks samples
    // that host's cores at the run's rate ("G rank hz").
    const std::string here = pool::hostName();
    std::vector<std::string> sampled;
    for (const Rank *r : order) {
        std::string go = "G " + std::to_string(r->rank);
        if (m_options.sampleHz > 0 && !protocol::sameHostName(r->host, here)
            && std::find(sampled.begin(), sampled.end(), r->host) == sampled.end()) {
            sampled.push_back(r->host);
            go += ' ' + std::to_string(m_options.sampleHz);
        }
        sendToDriver(go + '\n');
    }
}

// U pid ns permille...: a host's cores, read by one of its ranks, on the run's clock.
void Session::hostSampled(TraceLine &t)
{
    const auto rank = m_ranks.find(t.pid);
    if (!mpi() || rank == m_ranks.end()) {
        check("CPU samples (U) from pid " + std::to_string(t.pid) + ", which is no MPI rank");
        return;
    }
    if (m_doneNs >= 0)
        return;   // the run is over (D); the sampler goes on until its rank ends
    CpuSample sample;
    sample.tNs = m_feed.toRunNs(t.startNs);
    sample.cores = std::move(t.cores);
    sample.host = rank->second.host;
    m_rec.addSample(std::move(sample));
}

// A rank's times on our clock: a worker's events by their pid, the driver's own (R, K, D) by
// rank 0's.
void Session::toOurClock(const Connection &c, TraceLine &t) const
{
    using Kind = TraceLine::Kind;
    const bool ownPid = t.kind == Kind::Ready || t.kind == Kind::Started || t.kind == Kind::Ended
        || t.kind == Kind::Raised || t.kind == Kind::CpuLoad;
    const bool driverTime = t.kind == Kind::PoolAsked || t.kind == Kind::HandedBack
        || t.kind == Kind::Done;
    if (!ownPid && !driverTime)
        return;
    const auto it = m_ranks.find(ownPid ? t.pid : c.pid);
    const std::int64_t offset = it == m_ranks.end() ? 0 : it->second.offsetNs;
    t.startNs -= offset;
    if (t.kind == Kind::Ended || t.kind == Kind::Raised)
        t.endNs -= offset;
}

// Every rank must have said where it runs and measured its clock within kMpiStartMs of mpirun's
// start, as the native ranks must be up: a host that cannot be reached, an ssh prompt or a
// rank stuck in mpi4py's start-up becomes an error, not a wait.
void Session::checkMpiStart()
{
    if (m_allPlaced || m_ended || monotonicNowNs() - m_spawnNs < std::int64_t{kMpiStartMs} * 1'000'000)
        return;
    const auto placed = std::count_if(m_ranks.begin(), m_ranks.end(),
                                      [](const auto &entry) { return entry.second.rank > 0; });
    const std::string said = stderrTail();
    const std::string within = std::to_string(kMpiStartMs / 1000);
    const std::string up = std::to_string(placed);
    const std::string all = std::to_string(m_options.workers);
    m_rec.fail(said.empty()
                   ? text::formatEngineText(text::kMpiRanksNotUp, {within, up, all})
                   : text::formatEngineText(text::kMpiRanksNotUpSaid, {within, up, all, said}));
    endGroup();
}

// Open MPI starts each local rank in a process group of its own, so endGroup's reaping of
// mpirun's group misses them; a rank whose mpirun is gone is Corescope's (the subreaper). Each
// rank of this host is reaped by its pid (waitpid refuses a pid that is not our child), and one
// still running past `deadline` is ended.
void Session::reapLocalRanks(std::chrono::steady_clock::time_point deadline)
{
    const std::string name = pool::hostName();
    std::vector<pid_t> ours;
    for (const auto &[pid, r] : m_ranks)
        if (protocol::sameHostName(r.host, name))
            ours.push_back(static_cast<pid_t>(pid & 0xffffffff));
    pool::reapOrphans(ours, "python", deadline);
}

// mpirun's stdout ended before the driver said D: the job died. mpirun's stderr names the rank
// that took it down ("process rank R with PID P on node H exited on signal S (Name)"); the
// task that rank had started is the one that failed.
void Session::mpiJobEnded(Connection &c, int status)
{
    // mpirun wrote its account before it exited; read it to the end.
    for (int rounds = 0; m_stderrFd >= 0 && rounds < 100; ++rounds) {
        pollfd p{m_stderrFd, POLLIN, 0};
        if (poll(&p, 1, 10) <= 0)
            break;
        char buffer[4096];
        const ssize_t n = read(m_stderrFd, buffer, sizeof buffer);
        if (n <= 0)
            break;
        m_stderr.append(buffer, static_cast<std::size_t>(n));
    }
    const MpirunDeath death = parseMpirunDeath(m_stderr);
    const std::string mpirunHow
        = text::formatEngineText(text::kMpirunHow, {pool::describeStatus(status)});
    if (!death.rank) {
        const std::string said = stderrTail();
        m_rec.fail(said.empty()
                       ? text::formatEngineText(text::kMpiJobEndedBeforeRun, {mpirunHow})
                       : text::formatEngineText(text::kMpiJobEndedBeforeRunSaid, {mpirunHow, said}));
        return;
    }
    const std::uint32_t rank = *death.rank;
    const std::string &cause = death.cause;
    const auto [pid, dead] = rankNumbered(rank);
    // As the native ranks name theirs: "rank 2 on node1 (pid 4711) died (exited on signal 9 ...)".
    const std::string name
        = dead ? text::formatEngineText(text::kRankName, {std::to_string(rank), dead->host,
                                                          std::to_string(pid & 0xffffffff)})
               : text::formatEngineText(text::kRankNumber, {std::to_string(rank)});
    const std::string what
        = text::formatEngineText(text::kNamedDiedBecause, {name, cause.empty() ? mpirunHow : cause});
    const std::int64_t now = monotonicNowNs();
    for (const auto &[key2, task] : c.running) {
        if (key2.first != pid)
            continue;
        const int id = workerFor(pid, key2.second, task.second);
        check(m_feed.workerExited(id, now, cause.empty() ? std::string(text::kDied) : cause));
        check(m_feed.taskFailed(id, task.first, task.second, now, what));
        return;
    }
    m_rec.fail(text::formatEngineText(rank == 0 ? text::kTheDriver : text::kWhileIdle, {what}));
}

} // namespace corescope::python
