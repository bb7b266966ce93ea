#include "core/exec/emulatedgil.h"

namespace corescope {

bool EmulatedGil::acquire(const std::stop_token &stop)
{
    std::unique_lock lock(m_mutex);
    return acquireLocked(lock, stop, Clock::now() + m_interval);
}

bool EmulatedGil::acquireLocked(std::unique_lock<std::mutex> &lock, const std::stop_token &stop,
                                Clock::time_point firstRequestAt)
{
    Clock::time_point requestAt = firstRequestAt;
    while (m_locked) {
        if (stop.stop_requested())
            return false;
        // As CPython's take_gil: a drop request only after a whole interval in which the holder
        // did not change (a holder that lets go and takes it straight back still counts as one).
        const std::uint64_t seen = m_switches;
        const bool freed = m_released.wait_until(lock, requestAt, [&] { return !m_locked; });
        if (!freed && m_locked && m_switches == seen)
            m_dropRequest.store(true, std::memory_order_relaxed);   // gil_drop_request
        requestAt = Clock::now() + m_interval;
    }
    m_locked = true;
    m_acquiredAt = Clock::now();
    const std::thread::id me = std::this_thread::get_id();
    if (m_lastHolder != me) {
        if (m_lastHolder != std::thread::id())
            ++m_switches;
        m_lastHolder = me;
    }
    m_dropRequest.store(false, std::memory_order_relaxed);
    lock.unlock();
    m_switched.notify_all();
    return true;
}

void EmulatedGil::release()
{
    {
        std::lock_guard lock(m_mutex);
        m_locked = false;
    }
    m_released.notify_one();
}

bool EmulatedGil::yield(const std::stop_token &stop)
{
    std::unique_lock lock(m_mutex);
    const std::uint64_t mine = m_switches;
    m_locked = false;
    m_released.notify_one();
    // Wait until somebody else has taken it, so the requester really gets its turn.
    while (m_switches == mine && !stop.stop_requested()) {
        m_switched.wait_for(lock, m_interval);
        if (m_switches == mine && !m_locked)
            break;   // the requester gave up (finished or stopped): take it back
    }
    // This thread has wanted the GIL back since the current holder took it: its interval runs
    // from that acquisition, not from when it woke up here. A departure from CPython, whose
    // waiter starts its interval when it wakes (so a hold there lasts an interval plus the
    // waiter's wake-up, longer on a busy machine): here a hold lasts about one interval, which
    // is what the switch interval is meant to show.
    const Clock::time_point since = m_switches != mine ? m_acquiredAt : Clock::now();
    return acquireLocked(lock, stop, since + m_interval);
}

std::uint64_t EmulatedGil::switches() const
{
    std::lock_guard lock(m_mutex);
    return m_switches;
}

} // namespace corescope
