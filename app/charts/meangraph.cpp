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
    const QPen pen = painter->pen();
    const bool roundOnScreen = pen.style() == Qt::SolidLine && pen.capStyle() == Qt::RoundCap
                               && pen.color().alpha() == 255 && pen.widthF() >= 2.0
                               && pen.brush().style() == Qt::SolidPattern
                               && !painter->modes().testFlag(QCPPainter::pmVectorized)
                               && !painter->modes().testFlag(QCPPainter::pmNoCaching)
                               && painter->transform().type() <= QTransform::TxTranslate;
    if (!roundOnScreen)
        return QCPGraph::drawLinePlot(painter, lines);

    applyDefaultAntialiasingHint(painter);
    const auto finite = [](const QPointF &p) { return !std::isnan(p.x()) && !std::isnan(p.y()); };
    QVector<QLineF> segments;
    segments.reserve(lines.size());
    for (qsizetype i = 1; i < lines.size(); ++i)
        if (finite(lines[i - 1]) && finite(lines[i]))   // a NaN is a gap, as QCustomPlot draws it
            segments.append(QLineF(lines[i - 1], lines[i]));
    QPen flat = pen;
    flat.setCapStyle(Qt::FlatCap);
    painter->setPen(flat);
    painter->drawLines(segments);
    painter->setPen(pen);

    // The disks where the round caps were: at each point, centred to the device's pixel.
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QImage &image = disk(pen, dpr, painter->testRenderHint(QPainter::Antialiasing));
    const qreal half = double(image.width()) / dpr / 2.0;
    const QPointF shift = painter->transform().map(QPointF(0, 0));
    const qsizetype n = lines.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF &p = lines[i];
        // Only the ends of drawn segments: a point alone between gaps has no line, no caps.
        if (!finite(p) || !((i > 0 && finite(lines[i - 1])) || (i + 1 < n && finite(lines[i + 1]))))
            continue;
        // Whole device pixels, where the painter's translation puts them.
        const QPointF device((p.x() - half + shift.x()) * dpr, (p.y() - half + shift.y()) * dpr);
        painter->drawImage(QPointF(std::round(device.x()) / dpr - shift.x(),
                                   std::round(device.y()) / dpr - shift.y()),
                           image);
    }
}

const QImage &MeanGraph::disk(const QPen &pen, qreal dpr, bool antialiased) const
{
    const QRgb color = pen.color().rgba();
    if (m_disk.isNull() || m_diskColor != color || m_diskWidth != pen.widthF()
        || m_diskDpr != dpr || m_diskAntialiased != antialiased) {
        // Two pixels to spare around the disk, so that its antialiased rim is never cut.
        const int side = int(std::ceil(pen.widthF() * dpr)) + 2;
        m_disk = QImage(side, side, QImage::Format_ARGB32_Premultiplied);
        m_disk.fill(Qt::transparent);
        {
            QPainter p(&m_disk);
            p.setRenderHint(QPainter::Antialiasing, antialiased);
            p.setPen(Qt::NoPen);
            p.setBrush(pen.color());
            const qreal r = pen.widthF() * dpr / 2.0;
            p.drawEllipse(QPointF(side / 2.0, side / 2.0), r, r);
        }
        m_disk.setDevicePixelRatio(dpr);
        m_diskColor = color;
        m_diskWidth = pen.widthF();
        m_diskDpr = dpr;
        m_diskAntialiased = antialiased;
    }
    return m_disk;
}

} // namespace corescope::gui
