#include "core/exec/emulatedgil.h"

namespace corescope {

bool EmulatedGil::acquire(const std::stop_token &stop)
{
    std::unique_lock lock(m_mutex);
    while (m_locked) {
        if (stop.stop_requested())
            return false;
        const std::uint64_t seen = m_switchNumber;
        const bool freed = m_released.wait_for(lock, m_interval, [&] { return !m_locked; });
        if (!freed && m_locked && m_switchNumber == seen) {
            // A whole interval without a switch: ask the holder to let go (gil_drop_request).
            m_dropRequest.store(true, std::memory_order_relaxed);
        }
    }
    m_locked = true;
    ++m_switchNumber;
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
    const std::uint64_t mine = m_switchNumber;
    m_locked = false;
    m_released.notify_one();
    // Wait until somebody else has taken it, so the requester really gets its turn.
    while (m_switchNumber == mine && !stop.stop_requested()) {
        m_switched.wait_for(lock, m_interval);
        if (m_switchNumber == mine && !m_locked) {
            break;   // the requester gave up (finished or stopped): take it back
        }
    }
    lock.unlock();
    return acquire(stop);
}

std::uint64_t EmulatedGil::switches() const
{
    std::lock_guard lock(m_mutex);
    return m_switchNumber;
}

} // namespace corescope
