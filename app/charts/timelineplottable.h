#pragma once

// The timeline's one plottable: paints every lane of a TimelineData in a single pass, only the
// visible time range, merging bars thinner than a pixel (a QCPItemRect per task would not
// survive a million tasks). Internal to app/charts; tests read its paint statistics.

#include "app/charts/qcpinclude.h"
#include "app/charts/timelinedata.h"

#include <vector>

namespace corescope::gui::timeline {

/// What the last paint drew, for tests and for the paint-time figure.
struct PaintStats {
    int lanes = 0;
    std::size_t spans = 0;           ///< rectangles drawn for tasks (single + merged)
    std::size_t mergedSpans = 0;
    std::size_t tasksInMergedSpans = 0;
    std::size_t handStrokes = 0;
    std::size_t labels = 0;
    std::size_t holdRects = 0;       ///< rectangles drawn for GIL holds inside task bars
    std::vector<QRectF> bands;       ///< each drawn lane's bar band, in pixels
    std::vector<QRectF> exitCards;   ///< each "worker died" / "stopped by Cancel" card
    double milliseconds = 0;
};

class TimelinePlottable final : public QCPAbstractPlottable {
public:
    TimelinePlottable(QCPAxis *keyAxis, QCPAxis *valueAxis, const TimelineData *data);

    void setPresentation(bool on) { m_presentation = on; }
    /// The current time of a live run (running tasks grow to it); -1 when the run is over.
    void setNow(std::int64_t nowNs) { m_nowNs = nowNs; }
    /// The run was cancelled: the workers Corescope stopped did not die (no red cross).
    void setCancelled(bool cancelled) { m_cancelled = cancelled; }
    /// What a lane says where its worker ended abnormally ("" when it ended normally).
    QString exitLabel(const Lane &lane) const;
    /// Where the hand-back lane is on the value axis (lanes are at 0, 1, 2 ...).
    void setHandLane(double top, double bottom, bool visible);
    double handTop() const { return m_handTop; }
    double handBottom() const { return m_handBottom; }
    const PaintStats &lastPaint() const { return m_stats; }
    const TimelineData &data() const { return *m_data; }

    static QColor laneColor(int lane);
    /// The shade of the results held by the caller in the hand-back lane.
    static QColor heldColor();
    static constexpr double kBarHalfHeight = 0.36;

    double selectTest(const QPointF &pos, bool onlySelectable, QVariant *details) const override;
    QCPRange getKeyRange(bool &foundRange, QCP::SignDomain inSignDomain) const override;
    QCPRange getValueRange(bool &foundRange, QCP::SignDomain inSignDomain,
                           const QCPRange &inKeyRange) const override;

protected:
    void draw(QCPPainter *painter) override;
    void drawLegendIcon(QCPPainter *painter, const QRectF &rect) const override;

private:
    void drawLane(QCPPainter *painter, int lane, const PixelMap &map, double left, double right);
    /// A task bar of a run with GIL holds; returns the share of it drawn as running.
    double drawHolds(QCPPainter *painter, int lane, const PixelMap &map, const QRectF &r,
                     const QColor &solid, const QColor &light);
    void drawHandLane(QCPPainter *painter, const PixelMap &map, double left, double right);

    const TimelineData *m_data;
    bool m_presentation = false;
    std::int64_t m_nowNs = -1;
    bool m_cancelled = false;
    double m_handTop = 0;
    double m_handBottom = 0;
    bool m_handVisible = true;
    PaintStats m_stats;
    std::vector<Span> m_spans;               // reused between paints
    std::vector<HandStroke> m_strokes;
    std::vector<float> m_coverage;
    std::vector<std::pair<double, std::uint64_t>> m_held;
};

} // namespace corescope::gui::timeline
