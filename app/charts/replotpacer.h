#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QCustomPlot;

namespace corescope::gui {

/// Paces a live chart's replots to the screen: a run's data arrives in many pieces per frame
/// (the session hands them on every event-loop turn), but the chart is redrawn at most once per
/// kFrameMs, and within kFrameMs of the last change. A chart that is not visible (another tab
/// is shown) is not redrawn at all until it is shown again.
class ReplotPacer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplotPacer)
public:
    /// A frame at 60 Hz: a chart redrawn more often than this shows nothing more.
    static constexpr int kFrameMs = 16;

    /// Paces `plot`'s replots; a child of it.
    explicit ReplotPacer(QCustomPlot *plot);

    /// The data changed: replots once the current frame is over (or when the chart is shown).
    void request();
    /// True while a replot is owed (a frame pending, or the chart hidden since the change).
    bool isPending() const { return m_pending; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onFrame();

    QCustomPlot *m_plot;
    QTimer m_timer;
    QElapsedTimer m_sinceReplot;
    bool m_pending = false;
};

} // namespace corescope::gui
