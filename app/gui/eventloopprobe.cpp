#include "app/gui/eventloopprobe.h"

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

void EventLoopProbe::start()
{
    m_maxDelayNs = 0;
    m_sumDelayNs = 0;
    m_ticks = 0;
    m_delays.clear();
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
    if (delay > 0)
        m_delays.add(delay);
    m_timer.stop();
}

double EventLoopProbe::delayPercentileMs(double percent) const
{
    return static_cast<double>(m_delays.percentileNs(percent)) / 1e6;
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
}

} // namespace corescope::gui
