#pragma once

// One MPI job on the job thread (MpiExecutor::run), private to MPI mode: mpirun's command line,
// start and stderr are in mpirun.cpp; each rank's clock offset in clockestimate.cpp; the job's
// loop, the relay's envelopes and its failures in core/exec/mpiexecutor.cpp.

#include "core/exec/pool/feedingjob.h"
#include "core/exec/pool/ioloop.h"
#include "core/exec/pool/subprocess.h"
#include "core/exec/pool/workerlink.h"
#include "core/trace/runrecorder.h"

#include <unistd.h>

#include <cstdint>
#include <map>
#include <memory>
#include <stop_token>
#include <string>
#include <vector>

namespace corescope::mpi {

namespace proto = protocol;
using Slot = pool::WorkerLink;

// Round trips (Ping, Pong) per rank before its first task, for its host's clock offset (the
// smallest of them bounds the estimate best), and as many after its last task, to see how far
// the clock moved meanwhile; each costs well under a millisecond here.
inline constexpr int kClockPings = 8;

// One host's clock against ours: the round trip with the smallest time so far.
struct HostClock {
    std::int64_t offsetNs = 0;
    std::int64_t roundTripNs = -1;
};

// A rank's clock round trips in progress.
struct Pings {
    int left = kClockPings;
    std::int64_t sentNs = 0;    // our clock (absolute) when the last Ping was queued
    bool atEnd = false;         // the round trips after its last task, before Shutdown
};

enum class Outcome : std::uint8_t { Continue, Failed };

class MpiJob : private pool::FeedingJob {
public:
    // A rank cannot be replaced: a death fails the run.
    MpiJob(RunRecorder &recorder, std::stop_token stop)
        : FeedingJob(recorder, std::move(stop), WorkerDeathPolicy::Fail)
    {
    }
    ~MpiJob()
    {
        if (m_stderrFd >= 0)
            close(m_stderrFd);
    }
    MpiJob(const MpiJob &) = delete;
    MpiJob &operator=(const MpiJob &) = delete;

    void run();
    /// After run(): reaps this host's ranks that mpirun left behind (see pool::reapOrphans).
    void reapLocalRanks();

private:
    bool start(std::string &error);
    std::vector<std::string> arguments() const;
    void makeSlots();
    void topUp(Slot &s);
    void pack();
    Outcome readRelay();
    Outcome handleEnvelope(const proto::Frame &frame);
    Outcome handleFrames(Slot &s);
    Outcome hostSampled(proto::HostSample sample);
    Outcome rankEnded(Slot &s);
    void sendPing(Slot &s);
    void clockAnswered(Slot &s);
    void readStderr();
    void jobEnded();
    void failWith(Slot *s, std::string message, bool sayWhen = true);
    void stopJob(const std::string &reason);
    void drainStderr(int waitMs);
    std::string stderrExcerpt() const;
    Slot *slotOfRank(std::uint32_t rank);
    std::string taskText(std::uint32_t index) const;
    bool finished() const { return m_reported == m_total; }
    bool allEnded() const;

    pool::Subprocess m_mpirun;           // our end is its stdin and stdout: the relay
    pool::FrameChannel m_relay;
    int m_stderrFd = -1;
    std::string m_stderr;
    std::int64_t m_spawnNs = 0;
    proto::RankInfo m_relayRank;                     // rank 0 (pid 0 until announced)
    std::vector<proto::RankInfo> m_ranks;            // the workers, as RankInfo announced them
    std::vector<std::unique_ptr<Slot>> m_slots;      // by worker id (grouped by host)
    std::map<std::uint32_t, Slot *> m_byRank;
    std::map<std::string, HostClock> m_clocks;       // by host name
    std::map<const Slot *, Pings> m_pings;           // ranks still measuring their clock
    std::map<std::string, HostClock> m_clocksAtEnd;  // the same, after the last tasks
    std::map<const Slot *, bool> m_endPinged;        // ranks whose end round trips started
    std::uint64_t m_reported = 0;
    pool::IoLoop m_loop;
    std::vector<TaskInput> m_inputs;
    std::vector<std::uint32_t> m_indices;
    bool m_relayOpen = true;
};

} // namespace corescope::mpi
