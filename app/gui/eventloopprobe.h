#pragma once

#include "app/gui/delayhistogram.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace corescope::gui {

/// Measures how responsive the GUI thread is: a timer asks to fire every few milliseconds and
/// the probe records every delay between when it should have fired and when it did (in a
/// DelayHistogram: bounded memory). That delay is how long a click or a repaint would have
/// waited, so its 99th percentile and its worst are the figures the "stays smooth during a
/// million-task run" promise is checked against (a frame: 16 ms; two frames at worst).
class EventLoopProbe final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLoopProbe)
public:
    explicit EventLoopProbe(QObject *parent = nullptr, int intervalMs = 10);
    ~EventLoopProbe() override;

    void start();   ///< starts afresh: forgets earlier measurements
    void stop();
    bool isActive() const { return m_timer.isActive(); }

    /// The largest delay seen since start(), in milliseconds.
    double maxDelayMs() const { return static_cast<double>(m_maxDelayNs) / 1e6; }
    /// The delay 99 % of the timer's firings since start() did not exceed, in milliseconds
    /// (to 0.1 ms; a stall still going on at stop() counts as one more firing).
    double p99DelayMs() const { return delayPercentileMs(99.0); }
    double delayPercentileMs(double percent) const;
    /// The mean delay since start(), in milliseconds.
    double meanDelayMs() const;
    /// How many times the timer fired since start().
    qint64 ticks() const { return m_ticks; }

    /// Also tells a delay's two causes apart (corescope-gui-bench): work on this thread, and
    /// this thread waiting for a core while others ran (Linux: its schedstat, read at every
    /// firing). Off by default; set before start(), on the probe's thread.
    void setCountWaitForCpu(bool on) { m_countWait = on; }
    /// With setCountWaitForCpu: the delays less the time this thread waited for a core in the
    /// same interval, i.e. what the event loop's own work cost (99th percentile and worst, ms);
    /// -1 when the wait could not be read.
    double p99OwnDelayMs() const;
    double worstOwnDelayMs() const;

private:
    void onTimeout();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_intervalNs = 0;
    qint64 m_lastNs = 0;
    qint64 m_maxDelayNs = 0;
    qint64 m_sumDelayNs = 0;
    qint64 m_ticks = 0;
    DelayHistogram m_delays;

    bool m_countWait = false;
    int m_schedStat = -1;             // /proc/thread-self/schedstat of the probe's thread
    qint64 m_lastWaitNs = -1;
    qint64 m_maxOwnDelayNs = 0;
    DelayHistogram m_ownDelays;
    qint64 m_ownCount = 0;            // own delays counted (none: the wait was never read)
    qint64 waitedForCpuSinceLast();   // ns, -1 when unknown
    void countOwnDelay(qint64 delay); // `delay` less the wait for a core, when it was read
};

} // namespace corescope::gui
