#pragma once

// What one worker has been sent and not yet reported, and how much more it should be sent.

#include "core/exec/pool/dispatchwindow.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <vector>

namespace corescope::pool {

/// One worker's tasks in flight: the units (one chunk frame each) sent to it, in the order sent,
/// which is the order it runs and reports them; and its adaptive window, the number of units to
/// keep queued at it. The window follows the worker's own timestamps: about kQueuedWorkNs of
/// work, in 1..kMaxWindow units. Long tasks then go one unit at a time (dynamic scheduling: no
/// worker sits on a queued long task while another idles), tiny tasks are pipelined past the
/// round trip. Times are the run's (ns from its start). Not thread-safe (the pool's one thread).
class InFlight final {
public:
    static constexpr std::int64_t kQueuedWorkNs = 500'000;
    static constexpr std::size_t kMaxWindow = 256;
    static constexpr std::size_t kFirstWindow = 1;

    /// A unit sent and not yet fully reported.
    struct Unit {
        std::uint32_t first = 0;
        std::uint32_t count = 0;
        std::uint32_t reported = 0;
        std::int64_t sentNs = 0;
        std::int64_t firstStartNs = -1;
    };

    /// `range` went out (one frame) at `sentNs`.
    void push(TaskRange range, std::int64_t sentNs)
    {
        m_units.push_back(Unit{range.first, range.count, 0, sentNs, -1});
    }
    /// Fewer units queued than its window.
    bool wantsMore() const { return m_units.size() < m_window; }
    bool empty() const { return m_units.empty(); }
    std::size_t size() const { return m_units.size(); }
    /// The unit it is on. Precondition: !empty().
    const Unit &front() const { return m_units.front(); }

    /// The task it runs now (the first sent and not reported); -1 when it has none.
    std::int64_t current() const
    {
        return m_units.empty() ? -1
                               : std::int64_t{m_units.front().first} + m_units.front().reported;
    }
    /// When the current task started, as far as the parent can tell: when the worker's previous
    /// task ended, or when the unit was sent, or when the worker became ready (`readyNs`),
    /// whichever is last. Precondition: !empty().
    std::int64_t currentStartNs(std::int64_t readyNs) const
    {
        return std::max({m_lastEndNs, m_units.front().sentNs, readyNs});
    }

    /// The current task finished (the worker's times, endNs >= startNs). The unit is done when
    /// this was its last task; then the averages and the window follow it.
    /// Precondition: !empty().
    void report(std::int64_t startNs, std::int64_t endNs)
    {
        Unit &u = m_units.front();
        m_lastEndNs = endNs;
        if (u.reported++ == 0)
            u.firstStartNs = startNs;
        if (u.reported == u.count)
            unitDone(endNs);
    }

    /// Its unfinished tasks, in the order sent; afterwards it has none in flight.
    std::vector<TaskRange> takeUnfinished();

    std::size_t window() const { return m_window; }
    /// Running averages from the worker's timestamps; -1 before its first unit is done.
    std::int64_t avgTaskNs() const { return m_avgTaskNs; }
    std::int64_t avgUnitNs() const { return m_avgUnitNs; }
    /// When its last reported task ended; -1 before the first.
    std::int64_t lastEndNs() const { return m_lastEndNs; }

private:
    void unitDone(std::int64_t endNs);

    std::deque<Unit> m_units;
    std::size_t m_window = kFirstWindow;
    std::int64_t m_avgUnitNs = -1;
    std::int64_t m_avgTaskNs = -1;
    std::int64_t m_lastEndNs = -1;
};

} // namespace corescope::pool
