// MPI mode's coordinator: starts mpirun, learns the ranks (RankInfo), then feeds each worker
// rank as the process pool feeds a worker (WorkerLink, DispatchWindow, InFlight), every frame
// wrapped in a ToRank / FromRank envelope on mpirun's standard input and output; mpirun's
// standard error is read for its own account of a failure ("process rank 2 ... on node vm
// exited on signal 9"). The job itself is core/exec/mpi/mpijob.h; mpirun's command line, start
// and stderr are in mpi/mpirun.cpp, the ranks' clock offsets in mpi/clockestimate.cpp.

#include "core/exec/mpiexecutor.h"

#include "core/exec/mpi/mpijob.h"
#include "core/exec/pool/ioloop.h"
#include "core/util/buildslowdown.h"
#include "core/util/enginetext.h"

#include <poll.h>
#include <signal.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <string>

namespace corescope {

namespace mpi {

namespace {

// After mpirun's stdout ended, how long its stderr may take to say why (it writes its
// message, then exits).
constexpr int kStderrWaitMs = 1000;

} // namespace

std::string MpiJob::taskText(std::uint32_t index) const
{
    return pool::taskText(m_workload, index);
}

bool MpiJob::allEnded() const
{
    if (m_slots.empty())
        return false;
    return std::all_of(m_slots.begin(), m_slots.end(),
                       [](const std::unique_ptr<Slot> &s) { return !s->relayedOpen; });
}

Slot *MpiJob::slotOfRank(std::uint32_t rank)
{
    const auto it = m_byRank.find(rank);
    return it == m_byRank.end() ? nullptr : it->second;
}

// Every rank is announced: one worker each, ids in host order (hosts as they first appear,
// then by rank), so the timeline's lanes come grouped by host.
void MpiJob::makeSlots()
{
    std::vector<std::string> hostOrder;
    for (const proto::RankInfo &r : m_ranks)
        if (std::find(hostOrder.begin(), hostOrder.end(), r.host) == hostOrder.end())
            hostOrder.push_back(r.host);
    std::vector<const proto::RankInfo *> order;
    for (const proto::RankInfo &r : m_ranks)
        order.push_back(&r);
    std::stable_sort(order.begin(), order.end(), [&](const auto *a, const auto *b) {
        const auto ha = std::find(hostOrder.begin(), hostOrder.end(), a->host);
        const auto hb = std::find(hostOrder.begin(), hostOrder.end(), b->host);
        return ha != hb ? ha < hb : a->rank < b->rank;
    });
    for (const proto::RankInfo *r : order) {
        Slot &s = *m_slots.emplace_back(std::make_unique<Slot>());
        s.record.id = static_cast<int>(m_slots.size()) - 1;
        s.record.rank = static_cast<int>(r->rank);
        s.record.host = r->host;
        s.record.pid = static_cast<std::int32_t>(r->pid);
        s.record.spawnNs = m_spawnNs;
        s.relayedOpen = true;
        m_byRank[r->rank] = &s;
        m_rec.setWorker(s.record);
        // Its clock first; Configure and tasks follow the last round trip (clockAnswered).
        m_pings[&s] = Pings{};
        sendPing(s);
    }
    pack();
}

void MpiJob::topUp(Slot &s)
{
    if (!s.relayedOpen || s.shutdownSent || m_pings.contains(&s))
        return;
    const std::int64_t now = m_rec.now();
    while (s.inFlight.wantsMore() && m_window.hasWork())
        s.sendChunk(m_window.take(), m_workload, m_arity, now, m_inputs);
    if (s.inFlight.empty() && !m_window.hasWork()) {
        if (!m_endPinged[&s]) {          // its clock once more, then Shutdown
            m_endPinged[&s] = true;
            m_pings[&s] = Pings{kClockPings, 0, true};
            sendPing(s);
        } else {
            s.sendShutdown(now);
        }
    }
    s.showRunning(m_rec);
}

// Every rank's pending frames into ToRank envelopes on the relay.
void MpiJob::pack()
{
    for (const auto &slot : m_slots) {
        if (!slot->channel.hasUnsent())
            continue;
        const std::vector<std::uint8_t> bytes = slot->channel.takeUnsent();
        if (!slot->relayedOpen)
            continue;
        const std::span<const std::uint8_t> all(bytes);
        for (std::size_t at = 0; at < all.size(); at += proto::kMaxRelayBytes)
            proto::appendToRank(m_relay.outgoing(), static_cast<std::uint32_t>(slot->record.rank),
                                all.subspan(at, std::min<std::size_t>(proto::kMaxRelayBytes,
                                                                      all.size() - at)));
    }
    m_relay.flush(m_mpirun.fd());
}

Outcome MpiJob::handleFrames(Slot &s)
{
    for (;;) {
        std::string cause;
        switch (s.takeFrames(m_rec, m_indices, m_reported, cause)) {
        case Slot::Intake::NeedMore:
            return Outcome::Continue;
        case Slot::Intake::Pong:
            clockAnswered(s);
            continue;
        case Slot::Intake::Hello:
        case Slot::Intake::Results:
        case Slot::Intake::Broken:
            break;
        }
        // (The cause, a breach of the protocol, stays English: it is for whoever debugs a worker.)
        s.record.exitReason = "it " + cause;
        failWith(&s, s.name() + " " + cause);
        return Outcome::Failed;
    }
}

// The rank's worker returned: after Shutdown with nothing in flight that is its normal end.
Outcome MpiJob::rankEnded(Slot &s)
{
    s.relayedOpen = false;
    s.record.exitNs = m_rec.now();
    s.clearRunning(m_rec);
    if (s.shutdownSent && s.inFlight.empty()) {
        s.updateRecord(m_rec, true);
        return Outcome::Continue;
    }
    s.record.exitReason = text::kItsWorkerStoppedEarly;
    failWith(&s, text::formatEngineText(text::kNamedStoppedEarly, {s.name()}));
    return Outcome::Failed;
}

Outcome MpiJob::handleEnvelope(const proto::Frame &frame)
{
    switch (frame.type) {
    case proto::MessageType::RankInfo: {
        proto::RankInfo info = proto::decodeRankInfo(frame.payload);
        if (info.rank == 0 && m_relayRank.pid == 0 && m_ranks.empty()) {
            m_relayRank = std::move(info);   // the relay: no worker, but a process to reap
            return Outcome::Continue;
        }
        if (!m_slots.empty() || info.rank < 1
            || info.rank > static_cast<std::uint32_t>(m_options.workers)) {
            failWith(nullptr, "the MPI relay announced an unexpected rank "
                                  + std::to_string(info.rank));
            return Outcome::Failed;
        }
        m_ranks.push_back(std::move(info));
        if (m_ranks.size() == static_cast<std::size_t>(m_options.workers))
            makeSlots();
        return Outcome::Continue;
    }
    case proto::MessageType::FromRank: {
        const proto::RelayView v = proto::decodeRelay(frame.payload);
        Slot *s = slotOfRank(v.rank);
        if (!s || !s->relayedOpen) {
            failWith(nullptr, "the MPI relay sent bytes of rank " + std::to_string(v.rank)
                                  + (s ? ", whose stream had ended" : ", which is not a worker"));
            return Outcome::Failed;
        }
        if (v.bytes.empty())
            return rankEnded(*s);
        s->channel.feed(v.bytes);
        return handleFrames(*s);
    }
    case proto::MessageType::HostSample:
        return hostSampled(proto::decodeHostSample(frame.payload));
    default:
        failWith(nullptr, "the MPI relay sent an unexpected "
                              + std::string(proto::messageTypeName(frame.type)) + " message");
        return Outcome::Failed;
    }
}

// Another host's per-core reading, from the rank that samples it: shifted onto the run's clock
// by that host's offset. A reading that arrives while the rank's first round trips are still
// going is dropped (the first comes a sampling period after the rank started; the round trips
// take milliseconds).
Outcome MpiJob::hostSampled(proto::HostSample sample)
{
    const Slot *s = slotOfRank(sample.rank);
    if (!s) {
        failWith(nullptr, "the MPI relay sent CPU samples of rank " + std::to_string(sample.rank)
                              + ", which is not a worker");
        return Outcome::Failed;
    }
    if (const auto pinging = m_pings.find(s); pinging != m_pings.end() && !pinging->second.atEnd)
        return Outcome::Continue;
    CpuSample out;
    out.tNs = sample.clockNs - s->clockOffsetNs - m_rec.epochNs();
    out.cores = std::move(sample.cores);
    out.host = s->record.host;
    m_rec.addSample(std::move(out));
    return Outcome::Continue;
}

Outcome MpiJob::readRelay()
{
    std::size_t budget = pool::FrameChannel::kReadBudget;
    while (m_mpirun.fd() >= 0 && budget > 0) {
        switch (m_relay.receive(m_mpirun.fd(), budget)) {
        case pool::FrameChannel::Received::Data:
            for (;;) {
                proto::Frame frame;
                const auto status = m_relay.next(frame);
                if (status == proto::Decoder::Status::NeedMore)
                    break;
                if (status == proto::Decoder::Status::Error) {
                    failWith(nullptr, "mpirun's output is not Corescope's relay: "
                                          + m_relay.error());
                    return Outcome::Failed;
                }
                if (handleEnvelope(frame) == Outcome::Failed)
                    return Outcome::Failed;
            }
            continue;
        case pool::FrameChannel::Received::Nothing:
            return Outcome::Continue;
        case pool::FrameChannel::Received::EndOfStream:
            m_relayOpen = false;
            return Outcome::Continue;
        }
    }
    return Outcome::Continue;
}
// mpirun's stdout ended. Every rank done and gone: the normal end. Otherwise the job died:
// mpirun's stderr names the rank that took it down ("process rank R with PID P on node H
// exited on signal S (Name)"), else the first rank still working is named.
void MpiJob::jobEnded()
{
    drainStderr(allEnded() ? 0 : kStderrWaitMs);
    const int status = m_mpirun.reap(allEnded() ? pool::kExitWaitMs : kStderrWaitMs);
    if (allEnded() && finished())
        return;
    const std::string how = pool::describeStatus(status);
    if (m_slots.empty()) {
        const std::string said = stderrExcerpt();
        m_rec.fail(said.empty() ? text::formatEngineText(text::kMpirunNoRanks, {how})
                                : text::formatEngineText(text::kMpirunNoRanksSaid, {how, said}));
        return;
    }
    const MpirunDeath death = parseMpirunDeath(m_stderr);
    Slot *culprit = death.rank ? slotOfRank(*death.rank) : nullptr;
    const std::string &cause = death.cause;
    if (!culprit) {
        for (const auto &slot : m_slots)
            if (slot->relayedOpen && !slot->inFlight.empty()) {
                culprit = slot.get();
                break;
            }
    }
    const std::string mpirunHow = text::formatEngineText(text::kMpirunHow, {how});
    std::string message;
    if (culprit) {
        message = text::formatEngineText(text::kNamedDiedBecause,
                                         {culprit->name(), cause.empty() ? mpirunHow : cause});
    } else {
        const std::string said = stderrExcerpt();
        message = said.empty()
            ? text::formatEngineText(text::kMpiJobEndedEarly, {mpirunHow})
            : text::formatEngineText(text::kMpiJobEndedEarlySaid, {mpirunHow, said});
    }
    failWith(culprit, std::move(message));
}

// Ends the run as failed, naming `s`'s current task when it has one (that task is marked
// failed, as the process pool does; `sayWhen` false: `message` names it already); the others'
// records are closed.
void MpiJob::failWith(Slot *s, std::string message, bool sayWhen)
{
    std::int64_t failedTask = -1;
    const std::int64_t now = m_rec.now();
    if (s) {
        s->clearRunning(m_rec);
        if (s->record.exitNs < 0)
            s->record.exitNs = now;
        if (!s->inFlight.empty())
            failedTask = s->inFlight.current();
        if (sayWhen)
            message = s->whenEnded(message, failedTask >= 0
                                                ? taskText(static_cast<std::uint32_t>(failedTask))
                                                : std::string());
        if (failedTask >= 0)
            s->recordFailedTask(m_rec);
        if (s->record.exitReason.empty())
            s->record.exitReason = text::kDied;
        s->relayedOpen = false;
        s->updateRecord(m_rec, true);
    }
    m_rec.fail(std::move(message), failedTask);
    if (failedTask >= 0) {
        const auto index = static_cast<std::uint32_t>(failedTask);
        m_rec.publishFinished(std::span(&index, 1));
    }
}

// Ends mpirun and every rank: SIGTERM (mpirun ends the ranks on every host), a grace period
// in which what the ranks already sent is still read, then SIGKILL to its process group.
void MpiJob::stopJob(const std::string &reason)
{
    const std::int64_t stoppedAtNs = m_rec.now();   // a cut-short task's end: before the grace
    if (m_mpirun.running()) {
        ::kill(-m_mpirun.pid(), SIGTERM);
        const auto deadline =
            std::chrono::steady_clock::now() + std::chrono::milliseconds(kMpirunTermGraceMs);
        while (m_relayOpen && m_mpirun.fd() >= 0) {
            const long long left = pool::IoLoop::msUntil(deadline);
            if (left <= 0)
                break;
            pollfd p{m_mpirun.fd(), POLLIN, 0};
            if (poll(&p, 1, static_cast<int>(std::min<long long>(left, 50))) < 0 && errno != EINTR)
                break;
            std::size_t budget = pool::FrameChannel::kReadBudget;
            const auto got = m_relay.receive(m_mpirun.fd(), budget);
            if (got == pool::FrameChannel::Received::EndOfStream)
                break;
            if (got != pool::FrameChannel::Received::Data)
                continue;
            proto::Frame frame;
            while (m_relay.next(frame) == proto::Decoder::Status::Frame) {
                if (frame.type != proto::MessageType::FromRank)
                    continue;
                const proto::RelayView v = proto::decodeRelay(frame.payload);
                Slot *s = slotOfRank(v.rank);
                if (!s || !s->relayedOpen || v.bytes.empty())
                    continue;
                s->channel.feed(v.bytes);
                // Results only; a Pong is skipped, a broken stream just stops being read.
                std::string cause;
                while (s->takeFrames(m_rec, m_indices, m_reported, cause)
                       == Slot::Intake::Pong) {
                }
            }
        }
        const pid_t group = m_mpirun.pid();
        m_mpirun.reap(static_cast<int>(std::max<long long>(
            0, pool::IoLoop::msUntil(deadline))));
        ::kill(-group, SIGKILL);   // anything of its group still there
    }
    const std::int64_t now = m_rec.now();
    // Cancelled: the task each rank was shown running is kept as cut short, as the process
    // pool keeps it (Pool::stopAll).
    const bool cancelled = m_stop.stop_requested() && !m_rec.failed();
    for (const auto &slot : m_slots) {
        Slot &s = *slot;
        if (cancelled && s.runningShown >= 0 && s.runningShown == s.inFlight.current()) {
            if (const std::int64_t cut =
                    s.recordStoppedTask(m_rec, stoppedAtNs, TaskState::Cancelled);
                cut >= 0) {
                const auto index = static_cast<std::uint32_t>(cut);
                m_rec.publishFinished(std::span(&index, 1));
            }
        }
        s.clearRunning(m_rec);
        if (s.record.exitNs < 0)
            s.record.exitNs = now;
        if (s.relayedOpen && s.record.exitReason.empty())
            s.record.exitReason = text::formatEngineText(text::kEndedByCorescope, {reason});
        s.relayedOpen = false;
        s.updateRecord(m_rec, true);
    }
}

void MpiJob::run()
{
    if (const std::string why = mpiAvailability(m_options.mpirunPath); !why.empty()) {
        m_rec.fail(why);
        return;
    }
    if (m_stop.stop_requested()) {
        m_rec.markCancelled();
        return;
    }
    std::string error;
    if (!m_loop.openWake(error) || !start(error)) {
        m_rec.fail(error);
        return;
    }
    const std::stop_callback onStop(m_stop, [this] { m_loop.wake(); });
    const auto startDeadline = std::chrono::steady_clock::now()
        + std::chrono::milliseconds(kMpiStartMs * kSanitizerSlowdown);

    for (;;) {
        if (m_stop.stop_requested()) {
            stopJob(text::kRunCancelled);
            m_rec.markCancelled();
            return;
        }
        const bool allReady = !m_slots.empty()
            && std::all_of(m_slots.begin(), m_slots.end(),
                           [](const std::unique_ptr<Slot> &s) { return s->hello; });
        int timeoutMs = -1;
        if (!allReady) {
            const long long left = pool::IoLoop::msUntil(startDeadline);
            if (left <= 0) {
                readStderr();
                const std::string said = stderrExcerpt();
                const std::string within = std::to_string(kMpiStartMs / 1000);
                const std::string up
                    = std::to_string(m_slots.empty() ? m_ranks.size() : m_slots.size());
                const std::string all = std::to_string(m_options.workers);
                failWith(nullptr, said.empty() ? text::formatEngineText(text::kMpiNotStarted,
                                                                        {within, up, all})
                                               : text::formatEngineText(text::kMpiNotStartedSaid,
                                                                        {within, up, all, said}));
                stopJob(text::kMpiNotStartedInTime);
                return;
            }
            timeoutMs = static_cast<int>(left);
        }
        if (m_faults.hasTimeout()) {
            const std::int64_t now = m_rec.now();
            for (const auto &slot : m_slots) {
                Slot &s = *slot;
                if (!s.relayedOpen || !s.hello || s.inFlight.empty())
                    continue;
                const std::int64_t left =
                    m_faults.timeLeftNs(s.inFlight.currentStartNs(s.record.readyNs), now);
                if (left <= 0) {
                    s.record.exitReason
                        = text::formatEngineText(text::kKilledItsTask, {m_faults.timedOutText()});
                    failWith(&s,
                             text::formatEngineText(
                                 text::kRankTimedOut,
                                 {s.name(), std::to_string(m_faults.timeoutMs()),
                                  taskText(static_cast<std::uint32_t>(s.inFlight.current()))}),
                             /*sayWhen=*/false);
                    stopJob(text::kATaskTimedOut);
                    return;
                }
                const int ms = pool::FaultPolicy::pollMs(left);
                timeoutMs = timeoutMs < 0 ? ms : std::min(timeoutMs, ms);
            }
        }

        m_loop.clear();
        const std::size_t relayAt = m_loop.add(m_mpirun.fd(), m_relay.hasUnsent());
        const std::size_t errAt = m_stderrFd >= 0 ? m_loop.add(m_stderrFd, false) : SIZE_MAX;
        const auto waited = m_loop.wait(timeoutMs);
        if (waited == pool::IoLoop::Wait::Interrupted || waited == pool::IoLoop::Wait::Woken)
            continue;
        if (waited == pool::IoLoop::Wait::Failed) {
            failWith(nullptr, text::formatEngineText(text::kPollFailedBecause, {std::strerror(errno)}));
            stopJob(text::kPollFailed);
            return;
        }
        if (errAt != SIZE_MAX && m_loop.ready(errAt))
            readStderr();
        if (m_loop.writable(relayAt))
            m_relay.flush(m_mpirun.fd());
        if (m_loop.readable(relayAt)) {
            if (readRelay() == Outcome::Failed) {
                stopJob(m_rec.failed() ? text::kTheRunFailed : text::kTheRelayBroke);
                return;
            }
            if (!m_relayOpen) {
                jobEnded();
                stopJob(text::kTheMpiJobEnded);
                return;
            }
            for (const auto &slot : m_slots)
                topUp(*slot);
            pack();
        }
    }
}

// Open MPI starts each local rank in a process group of its own, so stopJob's SIGKILL to
// mpirun's group misses them, and a rank that outlives mpirun (ended by a dead rank, or killed
// when Cancel's grace ran out) is re-parented. Once a Python run made Corescope a child subreaper
// it becomes our zombie, which nobody else will reap: reap this host's ranks by pid.
void MpiJob::reapLocalRanks()
{
    const std::string here = pool::hostName();
    std::vector<pid_t> ours;
    if (m_relayRank.pid != 0 && proto::sameHostName(m_relayRank.host, here))
        ours.push_back(static_cast<pid_t>(m_relayRank.pid));
    for (const proto::RankInfo &r : m_ranks)
        if (proto::sameHostName(r.host, here))
            ours.push_back(static_cast<pid_t>(r.pid));
    pool::reapOrphans(ours, "corescope-mpi", std::chrono::steady_clock::now()
                                                 + std::chrono::milliseconds(kMpirunTermGraceMs));
}

} // namespace mpi

void MpiExecutor::run(RunRecorder &recorder, std::stop_token stop)
{
    mpi::MpiJob job(recorder, std::move(stop));
    job.run();
    job.reapLocalRanks();
}

} // namespace corescope
