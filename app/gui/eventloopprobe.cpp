#include "app/gui/eventloopprobe.h"

#include "core/sample/threadstatesampler.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>

namespace corescope::gui {

EventLoopProbe::EventLoopProbe(QObject *parent, int intervalMs)
    : QObject(parent), m_intervalNs(qint64{intervalMs} * 1'000'000)
{
    // Precise: a coarse timer may legitimately fire 5% late, which would read as a stall.
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopProbe::onTimeout);
}

EventLoopProbe::~EventLoopProbe()
{
    if (m_schedStat >= 0)
        ::close(m_schedStat);
}

qint64 EventLoopProbe::waitedForCpuSinceLast()
{
    if (m_schedStat < 0)
        return -1;
    char buffer[128];
    const qint64 now = readSchedStat(m_schedStat, buffer, sizeof buffer).waitingNs;
    const qint64 since = now >= 0 && m_lastWaitNs >= 0 ? now - m_lastWaitNs : -1;
    m_lastWaitNs = now;
    return since;
}

void EventLoopProbe::start()
{
    m_maxDelayNs = 0;
    m_sumDelayNs = 0;
    m_ticks = 0;
    m_delays.clear();
    m_maxOwnDelayNs = 0;
    m_ownDelays.clear();
    m_ownCount = 0;
    if (m_countWait && m_schedStat < 0)
        m_schedStat = ::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC);
    m_lastWaitNs = -1;
    waitedForCpuSinceLast();
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void EventLoopProbe::stop()
{
    if (!m_timer.isActive())
        return;
    // A stall that is still going on (or that ended just before this call, with the timer's
    // event not delivered yet) counts too: the timer should have fired by now.
    const qint64 delay = m_clock.nsecsElapsed() - m_lastNs - m_intervalNs;
    m_maxDelayNs = std::max(m_maxDelayNs, delay);
    if (delay > 0) {
        m_delays.add(delay);
        countOwnDelay(delay);
    }
    m_timer.stop();
}

double EventLoopProbe::delayPercentileMs(double percent) const
{
    return static_cast<double>(m_delays.percentileNs(percent)) / 1e6;
}

double EventLoopProbe::p99OwnDelayMs() const
{
    return m_ownCount == 0 ? -1.0 : static_cast<double>(m_ownDelays.percentileNs(99.0)) / 1e6;
}

double EventLoopProbe::worstOwnDelayMs() const
{
    return m_ownCount == 0 ? -1.0 : static_cast<double>(m_maxOwnDelayNs) / 1e6;
}

double EventLoopProbe::meanDelayMs() const
{
    return m_ticks ? static_cast<double>(m_sumDelayNs) / static_cast<double>(m_ticks) / 1e6 : 0.0;
}

void EventLoopProbe::onTimeout()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 delay = std::max<qint64>(0, now - m_lastNs - m_intervalNs);
    m_lastNs = now;
    m_maxDelayNs = std::max(m_maxDelayNs, delay);
    m_sumDelayNs += delay;
    ++m_ticks;
    m_delays.add(delay);
    countOwnDelay(delay);
}

void EventLoopProbe::countOwnDelay(qint64 delay)
{
    const qint64 waited = waitedForCpuSinceLast();
    if (waited < 0)
        return;
    // The wait fell somewhere in the interval; as much of it as there was delay is the
    // machine's, not the event loop's.
    const qint64 own = std::max<qint64>(0, delay - waited);
    m_maxOwnDelayNs = std::max(m_maxOwnDelayNs, own);
    m_ownDelays.add(own);
    ++m_ownCount;
}

} // namespace corescope::gui
