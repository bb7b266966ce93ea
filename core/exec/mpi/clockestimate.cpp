// Each rank's clock against ours (docs/ARCHITECTURE.md, "Clocks"): Ping/Pong round trips before
// its first task give its host's offset, the smallest round trip winning; as many after its last
// task widen the recorded uncertainty by how far the clock moved meanwhile.

#include "core/exec/mpi/mpijob.h"

#include <algorithm>

namespace corescope::mpi {

void MpiJob::sendPing(Slot &s)
{
    proto::appendPing(s.channel.outgoing());
    m_pings[&s].sentNs = monotonicNowNs();
}

// A Pong: the rank's clock read between our sending the Ping and its answer arriving, so its
// host's offset is (its clock) - (the midpoint), give or take half the round trip. The host
// keeps its smallest round trip. After the last one, the rank's records are shifted by its
// host's estimate and it gets its work.
void MpiJob::clockAnswered(Slot &s)
{
    const std::int64_t arrived = monotonicNowNs();
    auto it = m_pings.find(&s);
    if (it == m_pings.end())
        return;
    Pings &p = it->second;
    const std::int64_t roundTrip = arrived - p.sentNs;
    HostClock &host = (p.atEnd ? m_clocksAtEnd : m_clocks)[s.record.host];
    if (host.roundTripNs < 0 || roundTrip < host.roundTripNs) {
        host.roundTripNs = roundTrip;
        host.offsetNs = s.lastPongNs - (p.sentNs + roundTrip / 2);
    }
    if (--p.left > 0) {
        sendPing(s);
        return;
    }
    const bool atEnd = p.atEnd;
    m_pings.erase(it);
    if (atEnd) {
        // The offset applied stays the start's; the uncertainty reported covers both ends:
        // a clock that drifted during the run widens it rather than being corrected.
        const std::int64_t moved = host.offsetNs > s.clockOffsetNs ? host.offsetNs - s.clockOffsetNs
                                                                   : s.clockOffsetNs - host.offsetNs;
        s.record.clockUncertaintyNs =
            std::max(s.record.clockUncertaintyNs, moved + host.roundTripNs / 2);
        s.updateRecord(m_rec, true);
        topUp(s);   // now: Shutdown
        return;
    }
    s.clockOffsetNs = host.offsetNs;
    s.record.clockOffsetNs = host.offsetNs;
    s.record.clockUncertaintyNs = host.roundTripNs / 2;
    if (s.hello && s.record.readyNs >= 0)
        s.record.readyNs -= host.offsetNs;   // read before the offset was known
    s.updateRecord(m_rec, true);
    s.sendConfigure(m_workload, m_options.scale);
    topUp(s);
}

} // namespace corescope::mpi
