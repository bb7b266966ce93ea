#include "app/charts/meangraph.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>

namespace corescope::gui {

MeanGraph::MeanGraph(QCPAxis *keyAxis, QCPAxis *valueAxis) : QCPGraph(keyAxis, valueAxis) {}

void MeanGraph::getOptimizedLineData(QVector<QCPGraphData> *lineData,
                                     const QCPGraphDataContainer::const_iterator &begin,
                                     const QCPGraphDataContainer::const_iterator &end) const
{
    QCPAxis *keyAxis = mKeyAxis.data();
    const auto count = end - begin;
    if (!lineData || !keyAxis || count < 2)
        return QCPGraph::getOptimizedLineData(lineData, begin, end);
    const double pixels = std::abs(keyAxis->coordToPixel((end - 1)->key)
                                   - keyAxis->coordToPixel(begin->key));
    const double allowed = std::max(2.0, pixels / kPixelsPerPoint);
    std::ptrdiff_t run = 1;
    while (double(count) / double(run) > allowed)
        run *= 2;
    if (run == 1)
        return QCPGraph::getOptimizedLineData(lineData, begin, end);

    const auto first = mDataContainer->constBegin();
    const auto last = mDataContainer->constEnd();
    // Whole runs, from the one that holds `begin` to the one that holds `end - 1`.
    auto it = first + ((begin - first) / run) * run;
    lineData->clear();
    lineData->reserve(static_cast<int>(count / run + 2));
    while (it < end) {
        const auto stop = (last - it) > run ? it + run : last;
        double keys = 0.0;
        double values = 0.0;
        int known = 0;
        for (auto at = it; at != stop; ++at) {
            if (std::isnan(at->value))
                continue;
            keys += at->key;
            values += at->value;
            ++known;
        }
        // A run with no reading (another host before its first) stays a gap in the line.
        if (known > 0)
            lineData->append(QCPGraphData(keys / known, values / known));
        else
            lineData->append(QCPGraphData(it->key, std::numeric_limits<double>::quiet_NaN()));
        it = stop;
    }
}

void MeanGraph::drawLinePlot(QCPPainter *painter, const QVector<QPointF> &lines) const
{
    applyDefaultAntialiasingHint(painter);
    const QPen pen = painter->pen();
    // Where QCustomPlot draws round-capped segments (phFastPolylines, a solid pen on screen)
    // and an opaque disk over a segment of its colour changes nothing: elsewhere, its own way.
    const bool roundOnScreen =
        mParentPlot && mParentPlot->plottingHints().testFlag(QCP::phFastPolylines)
        && pen.style() == Qt::SolidLine && pen.capStyle() == Qt::RoundCap && !pen.isCosmetic()
        && pen.brush().style() == Qt::SolidPattern && pen.color().alpha() == 255
        && pen.widthF() >= 2.0 && painter->antialiasing() && painter->opacity() >= 1.0
        && painter->compositionMode() == QPainter::CompositionMode_SourceOver
        && !painter->modes().testFlag(QCPPainter::pmVectorized)
        && !painter->modes().testFlag(QCPPainter::pmNoCaching)
        && painter->combinedTransform().type() <= QTransform::TxTranslate;
    if (!roundOnScreen)
        return QCPGraph::drawLinePlot(painter, lines);

    const auto isNan = [](const QPointF &p) { return std::isnan(p.x()) || std::isnan(p.y()); };
    QVector<QLineF> segments;
    segments.reserve(lines.size());
    for (qsizetype i = 1; i < lines.size(); ++i)
        if (!isNan(lines[i - 1]) && !isNan(lines[i]))   // a NaN is a gap, as QCustomPlot draws it
            segments.append(QLineF(lines[i - 1], lines[i]));
    QPen flat = pen;
    flat.setCapStyle(Qt::FlatCap);
    painter->setPen(flat);
    painter->drawLines(segments);
    painter->setPen(pen);

    // The disks where the round caps were, each centred within an eighth of a device pixel.
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const Disks &disks = disksFor(pen, dpr);
    const QPointF shift = painter->combinedTransform().map(QPointF(0, 0));
    const qsizetype n = lines.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF &p = lines[i];
        // Only the ends of drawn segments: a point alone between gaps has no line, no caps.
        if (isNan(p) || !((i > 0 && !isNan(lines[i - 1])) || (i + 1 < n && !isNan(lines[i + 1]))))
            continue;
        // The centre in device pixels, to the nearest 1/kDiskPhases: whole pixels and phase.
        const double cx = std::round((p.x() + shift.x()) * dpr * kDiskPhases);
        const double cy = std::round((p.y() + shift.y()) * dpr * kDiskPhases);
        if (!std::isfinite(cx) || !std::isfinite(cy) || std::abs(cx) > 1e9 || std::abs(cy) > 1e9)
            continue;
        const double ix = std::floor(cx / kDiskPhases);
        const double iy = std::floor(cy / kDiskPhases);
        const auto px = static_cast<int>(cx - ix * kDiskPhases);
        const auto py = static_cast<int>(cy - iy * kDiskPhases);
        const QImage &image = disks.images[py * kDiskPhases + px];
        painter->drawImage(QPointF((ix - disks.half) / dpr - shift.x(),
                                   (iy - disks.half) / dpr - shift.y()),
                           image);
    }
}

const MeanGraph::Disks &MeanGraph::disksFor(const QPen &pen, qreal dpr) const
{
    const QRgb color = pen.color().rgba();
    if (m_disks.images.empty() || m_disks.color != color || m_disks.width != pen.widthF()
        || m_disks.dpr != dpr) {
        // A disk centred on the device pixel grid's corner (half, half) plus the phase: room
        // for the phase and the antialiased rim on every side.
        const int half = int(std::ceil(pen.widthF() * dpr / 2.0)) + 2;
        const qreal r = pen.widthF() * dpr / 2.0;
        m_disks.images.clear();
        for (int py = 0; py < kDiskPhases; ++py)
            for (int px = 0; px < kDiskPhases; ++px) {
                QImage image(2 * half, 2 * half, QImage::Format_ARGB32_Premultiplied);
                image.fill(Qt::transparent);
                {
                    QPainter p(&image);
                    p.setRenderHint(QPainter::Antialiasing);
                    p.setPen(Qt::NoPen);
                    p.setBrush(pen.color());
                    p.drawEllipse(QPointF(half + double(px) / kDiskPhases,
                                          half + double(py) / kDiskPhases),
                                  r, r);
                }
                image.setDevicePixelRatio(dpr);
                m_disks.images.push_back(std::move(image));
            }
        m_disks.half = half;
        m_disks.color = color;
        m_disks.width = pen.widthF();
        m_disks.dpr = dpr;
    }
    return m_disks;
}

} // namespace corescope::gui
