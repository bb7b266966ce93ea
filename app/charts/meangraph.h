#pragma once

#include "app/charts/qcpinclude.h"

#include <vector>

namespace corescope::gui {

/// A line graph that draws at most one point every few pixels: where more samples fall in
/// its range, it draws the mean of each run of 2, 4, 8 ... consecutive samples (the
/// utilization over their whole interval), in runs counted from the first sample so that
/// they stay put while a live run grows. Its data stays every sample (tooltips, tests,
/// exports of a zoomed range see them all).
///
/// Why: the per-core chart draws wide lines as segments with round caps, and QCustomPlot's
/// own thinning keeps several points a pixel (the extremes of each). A 300 s run at 20 Hz,
/// 1,500 px wide, took 41 ms a replot on 2 cores and 109 ms on 8; through means, 2.7 and
/// 6.2 ms. It reads better too: 6,000 noisy samples made a solid band, their means a line.
///
/// On screen, an opaque solid pen with round caps is drawn as flat-capped segments and one
/// image of a disk, the pen's width across, at every end of a drawn segment (placed within an
/// eighth of a device pixel): the round caps' picture, whose half disks meet at each point,
/// without working out two arcs a segment, which was most of a replot. The per-core chart
/// 1,500 px wide, 100 replots: 8 cores 5.8-6.9 ms a replot with round caps, 2.0-2.7 ms so;
/// 2 cores 2.3-2.8 and 1.0-1.3 ms. Exports (to PNG, SVG or PDF), scaled pictures, translucent
/// or dashed pens are drawn as QCustomPlot draws them.
class MeanGraph final : public QCPGraph {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeanGraph)
public:
    /// At most one point every kPixelsPerPoint pixels.
    static constexpr double kPixelsPerPoint = 4.0;

    MeanGraph(QCPAxis *keyAxis, QCPAxis *valueAxis);

protected:
    void getOptimizedLineData(QVector<QCPGraphData> *lineData,
                              const QCPGraphDataContainer::const_iterator &begin,
                              const QCPGraphDataContainer::const_iterator &end) const override;
    void drawLinePlot(QCPPainter *painter, const QVector<QPointF> &lines) const override;

private:
    /// A pen's disk in kDiskPhases x kDiskPhases copies, its centre moved by a fraction of a
    /// device pixel in each (row-major: y phase, then x): `half` device pixels from the
    /// image's corner to where the centre is at phase 0.
    struct Disks {
        std::vector<QImage> images;
        int half = 0;
        QRgb color = 0;
        qreal width = 0;
        qreal dpr = 0;
    };
    static constexpr int kDiskPhases = 4;
    /// The disks for `pen` on a device of `dpr`, made again when either changed.
    const Disks &disksFor(const QPen &pen, qreal dpr) const;

    mutable Disks m_disks;
};

} // namespace corescope::gui
