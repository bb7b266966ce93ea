#include "app/charts/timeaxis.h"

#include "app/charts/replotpacer.h"
#include "app/i18n/language.h"

#include <QCoreApplication>
#include <QVariant>

#include <algorithm>
#include <array>
#include <cmath>

namespace corescope::gui::timeaxis {

QString TimeTicker::getTickLabel(double tick, const QLocale &locale, QChar, int)
{
    const double v = tick * m_scale;
    if (std::abs(v) < 1e-9 * m_scale)
        return QStringLiteral("0");
    return locale.toString(v, 'g', 8);
}

double scaleFor(double seconds)
{
    return seconds >= 2.0 ? 1.0 : (seconds >= 2e-3 ? 1e3 : 1e6);
}

QString label(double scale)
{
    const QString unit = i18n::timeUnitText(scale == 1.0 ? "s" : scale == 1e3 ? "ms" : "µs");
    return QCoreApplication::translate("Charts", "time since run start (%1)").arg(unit);
}

void applyUnit(QCPAxis *axis)
{
    const double scale = scaleFor(axis->range().size());
    if (auto *ticker = dynamic_cast<TimeTicker *>(axis->ticker().data()))
        ticker->setScale(scale);
    const QString text = label(scale);
    if (axis->label() != text)
        axis->setLabel(text);
}

std::int64_t expectedEndNs(std::uint64_t done, std::uint64_t total, std::int64_t elapsedNs)
{
    if (done == 0 || done >= total || elapsedNs <= 0)
        return std::max<std::int64_t>(elapsedNs, 0);
    const double perTask = double(elapsedNs) / double(done);
    return elapsedNs + static_cast<std::int64_t>(std::llround(perTask * double(total - done)));
}

namespace {

// A replot through the chart's pacer where it has one (see follow()).
void requestReplot(QCustomPlot *plot)
{
    if (auto *pacer = plot->findChild<ReplotPacer *>(QString(), Qt::FindDirectChildrenOnly))
        pacer->request();
    else
        plot->replot(QCustomPlot::rpQueuedReplot);
}

constexpr char kOwnMargins[] = "corescopeOwnMinimumMargins";

} // namespace

QMargins ownMinimumMargins(QCPAxisRect *rect)
{
    const QVariant kept = rect->property(kOwnMargins);
    if (kept.isValid())
        return kept.value<QMargins>();
    const QMargins own = rect->minimumMargins();
    rect->setProperty(kOwnMargins, QVariant::fromValue(own));
    return own;
}

SharedTimeAxis::SharedTimeAxis(QCPAxis *a, QCPAxis *b, QObject *parent)
    : QObject(parent), m_a(a), m_b(b)
{
    connect(a, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
            [this, b](const QCPRange &range) { follow(b, range); });
    connect(b, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
            [this, a](const QCPRange &range) { follow(a, range); });
    // The size each was last laid out at: a resized chart keeps its old plot area until its
    // next replot, and must not be lined up against before then.
    connect(a->parentPlot(), &QCustomPlot::afterLayout, this, [this] {
        m_laidOut[0] = m_a->parentPlot()->viewport();
        align();
    });
    connect(b->parentPlot(), &QCustomPlot::afterLayout, this, [this] {
        m_laidOut[1] = m_b->parentPlot()->viewport();
        align();
    });
    follow(b, a->range());
}

void SharedTimeAxis::realign()
{
    m_extra = {};
    for (QCustomPlot *plot : {m_a->parentPlot(), m_b->parentPlot()}) {
        for (QCPAxisRect *rect : plot->axisRects())
            rect->setMinimumMargins(ownMinimumMargins(rect));
        requestReplot(plot);
    }
}

void SharedTimeAxis::align()
{
    const std::array<QCustomPlot *, 2> plots{m_a->parentPlot(), m_b->parentPlot()};
    const std::array<QCPAxisRect *, 2> rects{m_a->axisRect(), m_b->axisRect()};
    // Both on screen in one window, each laid out at its size now: an export lays a chart out
    // at the file's size, and alone.
    for (std::size_t i = 0; i < 2; ++i) {
        if (!plots[i]->isVisible() || m_laidOut[i] != plots[i]->rect())
            return;
    }
    if (plots[0]->window() != plots[1]->window())
        return;
    // Where each plot area would start and end without the margins added here (worked out
    // from them, not from the last layout alone: a chart laid out while the other still had
    // its old width must not leave a margin behind).
    std::array<QMargins, 2> natural;
    std::array<int, 2> start{};
    std::array<int, 2> end{};
    for (std::size_t i = 0; i < 2; ++i) {
        const QMargins actual = rects[i]->margins();
        const QMargins minimum = rects[i]->minimumMargins();
        natural[i] = actual;
        if (actual.left() <= minimum.left())
            natural[i].setLeft(minimum.left() - m_extra[i].left());
        if (actual.right() <= minimum.right())
            natural[i].setRight(minimum.right() - m_extra[i].right());
        const int x = plots[i]->mapTo(plots[i]->window(), QPoint(0, 0)).x();
        start[i] = x + rects[i]->left() - (actual.left() - natural[i].left());
        end[i] = x + rects[i]->right() + (actual.right() - natural[i].right());
    }
    const int left = std::max(start[0], start[1]);
    const int right = std::min(end[0], end[1]);
    for (std::size_t i = 0; i < 2; ++i) {
        const QMargins extra(left - start[i], 0, end[i] - right, 0);
        m_extra[i] = extra;
        // Every rect, also one made since (the per-core chart rebuilds its rects for another
        // host's cores), gets the margins; a replot only where one changed.
        bool changed = false;
        for (QCPAxisRect *rect : plots[i]->axisRects()) {
            const QMargins own = ownMinimumMargins(rect);
            QMargins minimum = rect->minimumMargins();
            minimum.setLeft(extra.left() > 0 ? natural[i].left() + extra.left() : own.left());
            minimum.setRight(extra.right() > 0 ? natural[i].right() + extra.right() : own.right());
            if (minimum != rect->minimumMargins()) {
                rect->setMinimumMargins(minimum);
                changed = true;
            }
        }
        if (changed)
            requestReplot(plots[i]);
    }
}

void SharedTimeAxis::follow(QCPAxis *to, const QCPRange &range)
{
    if (m_syncing)
        return;     // the echo of our own change
    m_syncing = true;
    to->setRange(range);
    // Through the chart's pacer where it has one: a live run moves the timeline's axis with
    // every piece it takes in, and the CPU chart replotted each time (three times as often as
    // the timeline, and on the Results tab too, where it is hidden).
    requestReplot(to->parentPlot());
    m_syncing = false;
}

} // namespace corescope::gui::timeaxis
