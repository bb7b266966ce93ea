#include "app/charts/timelineplottable.h"

#include "app/charts/chartstyle.h"
#include "app/i18n/language.h"
#include "core/util/enginetext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace corescope::gui::timeline {

namespace cs = corescope::gui::chartstyle;

TimelinePlottable::TimelinePlottable(QCPAxis *keyAxis, QCPAxis *valueAxis, const TimelineData *data)
    : QCPAbstractPlottable(keyAxis, valueAxis), m_data(data)
{
    setAntialiased(false);     // crisp bar edges; text is antialiased anyway
    setSelectable(QCP::stNone);
}

void TimelinePlottable::setHandLane(double top, double bottom, bool visible)
{
    m_handTop = top;
    m_handBottom = bottom;
    m_handVisible = visible;
}

QColor TimelinePlottable::laneColor(int lane)
{
    return cs::seriesColor(lane);
}

double TimelinePlottable::selectTest(const QPointF &, bool, QVariant *) const
{
    return -1;     // hover and clicks are handled by the chart, which knows the lanes
}

QCPRange TimelinePlottable::getKeyRange(bool &foundRange, QCP::SignDomain) const
{
    foundRange = m_data->barCount() > 0 || m_data->lastEventNs() > 0;
    return QCPRange(0, std::max<double>(double(m_data->lastEventNs()) * 1e-9, 1e-6));
}

QCPRange TimelinePlottable::getValueRange(bool &foundRange, QCP::SignDomain, const QCPRange &) const
{
    foundRange = true;
    return QCPRange(-0.5, m_handVisible ? m_handBottom : m_data->laneCount() - 0.5);
}

void TimelinePlottable::drawLegendIcon(QCPPainter *, const QRectF &) const {}

void TimelinePlottable::draw(QCPPainter *painter)
{
    QElapsedTimer timer;
    timer.start();
    m_stats = PaintStats{};
    QCPAxis *key = keyAxis();
    QCPAxis *value = valueAxis();
    if (!key || !value)
        return;
    const QRect rect = key->axisRect()->rect();
    const double left = rect.left();
    const double right = rect.right() + 1.0;
    const double x0 = key->coordToPixel(0.0);
    const double x1 = key->coordToPixel(1.0);
    PixelMap map;
    map.originPx = x0;
    map.pxPerNs = (x1 - x0) * 1e-9;
    if (!(map.pxPerNs > 0))
        return;

    // Lane backgrounds: every other lane slightly grey, so rows read across the chart.
    const int lanes = m_data->laneCount();
    for (int i = 0; i < lanes; ++i) {
        if (i % 2 == 0)
            continue;
        const double yTop = value->coordToPixel(i - 0.5);
        const double yBottom = value->coordToPixel(i + 0.5);
        painter->fillRect(QRectF(QPointF(left, std::min(yTop, yBottom)),
                                 QPointF(right, std::max(yTop, yBottom))),
                          QColor(0xF3, 0xF3, 0xF3));
    }
    for (int i = 0; i < lanes; ++i) {
        const double yc = value->coordToPixel(i);
        if (yc < rect.top() - 200 || yc > rect.bottom() + 200)
            continue;
        drawLane(painter, i, map, left, right);
        ++m_stats.lanes;
    }
    if (m_handVisible)
        drawHandLane(painter, map, left, right);

    // "Now" of a live run.
    if (m_nowNs >= 0) {
        const double x = map.x(double(m_nowNs));
        if (x >= left && x <= right) {
            painter->setPen(QPen(QColor(0x70, 0x70, 0x70), m_presentation ? 2.0 : 1.0, Qt::DashLine));
            painter->drawLine(QLineF(x, rect.top(), x, rect.bottom()));
        }
    }
    m_stats.milliseconds = double(timer.nsecsElapsed()) / 1e6;
}

void TimelinePlottable::drawLane(QCPPainter *painter, int laneIndex, const PixelMap &map,
                                 double left, double right)
{
    const Lane &lane = m_data->lane(laneIndex);
    QCPAxis *value = valueAxis();
    const double yA = value->coordToPixel(laneIndex - kBarHalfHeight);
    const double yB = value->coordToPixel(laneIndex + kBarHalfHeight);
    const double top = std::min(yA, yB);
    const double height = std::max(1.0, std::abs(yB - yA));
    const QColor base = laneColor(laneIndex);
    const QColor alternate = cs::mix(base, QColor(Qt::black), 0.22);
    const QColor light = cs::mix(base, QColor(Qt::white), 0.62);
    const QColor failed = cs::failedColor();
    const QFont labelFont = cs::font(cs::FontRole::BarLabel, m_presentation);
    const QFontMetricsF metrics(labelFont);
    const bool roomForText = height >= metrics.height();
    m_stats.bands.emplace_back(left, top, right - left, height);

    const auto clampX = [&](double x) { return std::clamp(x, left - 2.0, right + 2.0); };

    // Worker start-up: spawn .. ready, grey, labelled.
    std::int64_t startupEnd = lane.readyNs;
    if (startupEnd < 0)
        startupEnd = m_nowNs >= 0 ? m_nowNs : lane.spawnNs;
    if (lane.spawnNs >= 0 && startupEnd > lane.spawnNs) {   // threads start in no time: nothing
        const std::int64_t end = startupEnd;
        const double sx0 = clampX(map.x(double(lane.spawnNs)));
        const double sx1 = clampX(map.x(double(end)));
        if (sx1 >= left && sx0 <= right) {
            const QRectF r(sx0, top, std::max(1.0, sx1 - sx0), height);
            painter->fillRect(r, cs::startupColor());
            const QString text = QCoreApplication::translate("Charts", "start-up");
            if (roomForText && r.width() >= metrics.horizontalAdvance(text) + 8) {
                painter->setFont(labelFont);
                painter->setPen(QColor(0x20, 0x20, 0x20));
                painter->drawText(r, Qt::AlignCenter, text);
                ++m_stats.labels;
            }
        }
    }

    // Task bars.
    m_spans.clear();
    m_data->laneSpans(laneIndex, map, left, right, m_spans, 1.0);
    painter->setFont(labelFont);
    for (const Span &s : m_spans) {
        const QRectF r(s.x0, top, std::max(1.0, s.x1 - s.x0), height);
        ++m_stats.spans;
        if (s.merged) {
            ++m_stats.mergedSpans;
            m_stats.tasksInMergedSpans += s.tasks;
            const QColor c = s.failed ? failed : cs::mix(alternate, light, s.gilFraction);
            painter->fillRect(r, c);
            continue;
        }
        if (s.cancelled) {
            // Stopped by Cancel: drawn as it was while it ran, and said so where it fits.
            cs::drawOpenBar(painter, r, base, m_presentation);
            const QString text = QCoreApplication::translate("Charts", "cancelled");
            const QString shown = r.width() >= metrics.horizontalAdvance(text) + 8
                ? text
                : QString::number(s.index);
            if (roomForText && r.width() >= metrics.horizontalAdvance(shown) + 8) {
                painter->setPen(QColor(0x20, 0x20, 0x20));
                painter->drawText(r, Qt::AlignCenter, shown);
                ++m_stats.labels;
            }
            continue;
        }
        const QColor c = s.failed ? failed : (s.odd ? alternate : base);
        double holdShare = -1;   // with GIL holds: the share of the bar drawn as running
        if (m_data->anyHolds() && !s.failed) {
            holdShare = drawHolds(painter, laneIndex, map, r, c, light);
        } else {
            painter->fillRect(r, c);
        }
        // Without holds the trace has a task's total time off the CPU (or waiting for the
        // GIL), not when it was: a share of the bar's height along its whole length, never a
        // stretch of time (drawn at the bar's start, it said the task waited first and then
        // computed).
        const double gilHeight = holdShare < 0 && !s.failed ? r.height() * double(s.gilFraction) : 0.0;
        if (gilHeight >= 0.5) {
            const QRectF g(r.left(), r.bottom() - gilHeight, r.width(), gilHeight);
            painter->fillRect(g, light);
            if (gilHeight >= 3 && r.width() >= 3)
                cs::drawHatch(painter, g, c, m_presentation ? 9.0 : 6.0, m_presentation ? 1.6 : 1.0);
        }
        if (r.width() >= 4) {
            // A thin white seam at the start, so back-to-back tasks stay apart.
            painter->fillRect(QRectF(r.left(), r.top(), m_presentation ? 2.0 : 1.0, r.height()),
                              Qt::white);
        }
        if (roomForText && r.width() >= 24) {
            const QString text = QString::number(s.index);
            if (r.width() >= metrics.horizontalAdvance(text) + 8) {
                // Over the solid part when there is room, so the hatch does not hide it.
                QRectF textRect = r;
                QColor under = holdShare >= 0 && holdShare < 0.5 ? light : c;
                if (r.height() - gilHeight >= metrics.height())
                    textRect.setBottom(r.bottom() - gilHeight);
                else if (gilHeight > r.height() / 2)
                    under = light;     // mostly over the light, hatched part
                if (holdShare >= 0) {
                    // Over GIL holds the bar alternates solid and hatched slices under the
                    // text: no one ink reads on both, so the number sits on a light plate.
                    const double w = metrics.horizontalAdvance(text) + 6;
                    const double h = std::min(textRect.height(), metrics.height() + 2);
                    const QRectF plate(textRect.center().x() - w / 2, textRect.center().y() - h / 2,
                                       w, h);
                    painter->setPen(Qt::NoPen);
                    painter->setBrush(QColor(255, 255, 255, 225));
                    painter->setRenderHint(QPainter::Antialiasing, true);
                    painter->drawRoundedRect(plate, 3, 3);
                    painter->setRenderHint(QPainter::Antialiasing, false);
                    painter->setBrush(Qt::NoBrush);
                    under = Qt::white;
                }
                painter->setPen(cs::contrastingText(under));
                painter->drawText(textRect, Qt::AlignCenter, text);
                ++m_stats.labels;
            }
        }
    }

    // Failed tasks hidden inside merged spans still show: at least two pixels of red.
    if (!lane.failed.empty()) {
        const double t0 = map.t(left);
        const double t1 = map.t(right);
        auto it = std::lower_bound(lane.failed.begin(), lane.failed.end(), t0,
                                   [](const Bar &b, double t) { return double(b.endNs) < t; });
        for (; it != lane.failed.end() && double(it->startNs) <= t1; ++it) {
            const double fx0 = clampX(map.x(double(it->startNs)));
            const double fx1 = clampX(map.x(double(it->endNs)));
            if (fx1 - fx0 < 2.0)
                painter->fillRect(QRectF(fx0 - 1.0, top, 2.0, height), failed);
        }
    }

    // The task running right now grows to "now".
    if (lane.runningIndex >= 0 && lane.runningStartNs >= 0 && m_nowNs >= 0) {
        const double rx0 = clampX(map.x(double(lane.runningStartNs)));
        const double rx1 = clampX(map.x(double(std::max(m_nowNs, lane.runningStartNs))));
        if (rx1 >= left && rx0 <= right) {
            const QRectF r(rx0, top, std::max(2.0, rx1 - rx0), height);
            cs::drawOpenBar(painter, r, base, m_presentation);
            const QString text = QCoreApplication::translate("Charts", "running");
            if (roomForText && r.width() >= metrics.horizontalAdvance(text) + 8) {
                painter->setPen(QColor(0x20, 0x20, 0x20));
                painter->drawText(r, Qt::AlignCenter, text);
            }
        }
    }

    // A worker that died: a red cross where it ended, and why. Stopped by Cancel: grey.
    if (const QString text = exitLabel(lane); !text.isEmpty()) {
        const double ex = map.x(double(lane.exitNs));
        if (ex >= left - 20 && ex <= right) {
            const QColor ink = m_cancelled ? QColor(0x70, 0x70, 0x70) : failed;
            const double size = std::min(height, m_presentation ? 22.0 : 12.0) / 2;
            const double yc = top + height / 2;
            painter->setPen(QPen(ink, m_presentation ? 4.0 : 2.5));
            painter->setRenderHint(QPainter::Antialiasing, true);
            painter->drawLine(QLineF(ex - size, yc - size, ex + size, yc + size));
            painter->drawLine(QLineF(ex - size, yc + size, ex + size, yc - size));
            painter->setRenderHint(QPainter::Antialiasing, false);
            painter->setFont(labelFont);
            const double textWidth = metrics.horizontalAdvance(text);
            const double textHeight = metrics.height() + 2;
            QRectF textRect(ex + size + 4, top + (height - textHeight) / 2, textWidth + 8, textHeight);
            bool hung = false;
            if (textRect.right() > right) {
                // No room after the cross (a run ends where its worker died): the text goes
                // before it, and there it would cover the lane's own earlier tasks, which
                // succeeded. Hung from the bar into the gap below it when the gap holds it.
                textRect.moveRight(ex - size - 4);
                const double gap = std::abs(value->coordToPixel(laneIndex + 1.0)
                                            - value->coordToPixel(double(laneIndex)))
                    - height;
                hung = gap >= textHeight;
                if (hung)
                    textRect.moveTop(top + height + (gap - textHeight) / 2);
            }
            // On a card of its own, so that wherever it lies it reads as a note, not a task;
            // but never over the lanes beside it: a band too thin for the card gets the text
            // alone, as tall as the bar.
            if (hung || textHeight <= height) {
                m_stats.exitCards.push_back(textRect);
                painter->setPen(QPen(ink, 1.0));
                painter->setBrush(QColor(255, 255, 255, 235));
                painter->drawRect(textRect.adjusted(0.5, 0.5, -0.5, -0.5));
                painter->setBrush(Qt::NoBrush);
            } else {
                textRect.setTop(top);
                textRect.setHeight(height);
            }
            painter->setPen(ink.darker(120));
            painter->drawText(textRect.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
        }
    }
}

double TimelinePlottable::drawHolds(QCPPainter *painter, int laneIndex, const PixelMap &map,
                                    const QRectF &r, const QColor &solid, const QColor &light)
{
    // Waiting for the GIL everywhere in the task, then running where its worker held it: each
    // pixel column as solid as the share of it that was held, so slices thinner than a pixel
    // still add up to the right shade and two workers never both look solid at once.
    painter->fillRect(r, light);
    if (r.width() >= 3)
        cs::drawHatch(painter, r, solid, m_presentation ? 9.0 : 6.0, m_presentation ? 1.6 : 1.0);
    const auto t0 = static_cast<std::int64_t>(std::floor(map.t(r.left())));
    const auto t1 = static_cast<std::int64_t>(std::ceil(map.t(r.right())));
    m_data->holdCoverage(laneIndex, map, t0, t1, r.left(), r.right(), m_coverage);
    const double first = std::floor(r.left());
    double covered = 0;
    constexpr float kLevels = 8;   // shades: runs of columns with the same one are one rect
    std::size_t k = 0;
    while (k < m_coverage.size()) {
        const float level = std::round(m_coverage[k] * kLevels) / kLevels;
        std::size_t end = k + 1;
        while (end < m_coverage.size() && std::round(m_coverage[end] * kLevels) / kLevels == level)
            ++end;
        if (level > 0) {
            const QRectF piece = QRectF(first + double(k), r.top(), double(end - k), r.height()).intersected(r);
            if (!piece.isEmpty()) {
                painter->fillRect(piece, cs::mix(light, solid, double(level)));
                covered += piece.width() * double(level);
                ++m_stats.holdRects;
            }
        }
        k = end;
    }
    return r.width() > 0 ? covered / r.width() : 0.0;
}

QString TimelinePlottable::exitLabel(const Lane &lane) const
{
    if (lane.exitNs < 0 || lane.exitReason.empty())
        return {};
    if (m_cancelled)
        return QCoreApplication::translate("Charts", "stopped by Cancel");
    if (lane.exitReason == text::kDied)   // nothing more known: not "worker died: died"
        return QCoreApplication::translate("Charts", "worker died");
    return QCoreApplication::translate("Charts", "worker died: %1")
        .arg(i18n::engineText(lane.exitReason));
}

QColor TimelinePlottable::heldColor()
{
    return QColor(0xF0, 0xA2, 0x02, 110);   // amber, under the navy ticks
}

void TimelinePlottable::drawHandLane(QCPPainter *painter, const PixelMap &map, double left,
                                     double right)
{
    QCPAxis *value = valueAxis();
    const double yA = value->coordToPixel(m_handTop);
    const double yB = value->coordToPixel(m_handBottom);
    const double top = std::min(yA, yB);
    const double height = std::abs(yB - yA);
    if (height < 2)
        return;
    painter->fillRect(QRectF(QPointF(left, top), QPointF(right, top + height)),
                      QColor(0xEC, 0xF1, 0xF7));
    painter->setPen(QPen(QColor(0xB0, 0xBC, 0xCC), 1.0));
    painter->drawLine(QLineF(left, top, right, top));

    // Results held by the caller (ended, not yet handed back), shaded up from the lane's
    // foot: Pool.map's climbs to every result, imap's stays low.
    m_held.clear();
    // Up to now (live) or the run's last event: what the caller holds later is not known
    // (a cancelled Pool.map's results were never handed back, and are not held forever).
    m_data->heldSteps(map, left, right, m_nowNs >= 0 ? m_nowNs : m_data->lastEventNs(), m_held);
    const double fullHeld = double(std::max<std::uint64_t>(m_data->taskCount(), 1));
    bool anyHeld = false;
    QPolygonF area;
    area.reserve(static_cast<qsizetype>(m_held.size() * 2 + 2));
    area << QPointF(left, top + height);
    for (const auto &[x, held] : m_held) {
        anyHeld = anyHeld || held > 0;
        const double y = top + height - double(held) / fullHeld * (height - 2);
        area << QPointF(x, y) << QPointF(x + 1.0, y);
    }
    area << QPointF(m_held.empty() ? left : m_held.back().first + 1.0, top + height);
    if (anyHeld) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(heldColor());
        painter->drawPolygon(area);
    }

    m_strokes.clear();
    m_data->handStrokes(map, left, right, m_strokes);
    m_stats.handStrokes = m_strokes.size();
    const std::uint64_t total = std::max<std::uint64_t>(m_data->taskCount(), 1);
    // Few tasks: each tick is a short bar of its own row height, so three results read as three
    // steps. Many: one-pixel strokes spanning the rows handed back in that column.
    const double width = total <= 64 ? (m_presentation ? 6.0 : 4.0) : 1.0;
    const QColor ink(0x1F, 0x3A, 0x5F);
    for (const HandStroke &s : m_strokes) {
        const double y0 = top + 2 + s.y0 * (height - 4);
        const double y1 = top + 2 + s.y1 * (height - 4);
        const double h = std::max(3.0, y1 - y0 - (total <= 64 ? 1.0 : 0.0));
        painter->fillRect(QRectF(s.x - width / 2, y0, width, h), ink);
    }
}

} // namespace corescope::gui::timeline
