#include "app/charts/replotpacer.h"

#include "app/charts/qcpinclude.h"

#include <QEvent>

#include <algorithm>

namespace corescope::gui {

ReplotPacer::ReplotPacer(QCustomPlot *plot) : QObject(plot), m_plot(plot)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ReplotPacer::onFrame);
    plot->installEventFilter(this);   // shown again: draw what changed meanwhile
}

void ReplotPacer::request()
{
    m_pending = true;
    if (m_timer.isActive() || !m_plot->isVisible())
        return;
    const qint64 since = m_sinceReplot.isValid() ? m_sinceReplot.elapsed() : kFrameMs;
    m_timer.start(static_cast<int>(std::max<qint64>(0, kFrameMs - since)));
}

void ReplotPacer::onFrame()
{
    if (!m_pending || !m_plot->isVisible())
        return;   // hidden: the Show event replots
    m_pending = false;
    m_sinceReplot.start();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool ReplotPacer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot && event->type() == QEvent::Show && m_pending) {
        // Before the first paint, so the chart never shows what it held when it was hidden.
        m_pending = false;
        m_timer.stop();
        m_sinceReplot.start();
        m_plot->replot(QCustomPlot::rpRefreshHint);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace corescope::gui
