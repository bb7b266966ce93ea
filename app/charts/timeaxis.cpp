#include "app/charts/timeaxis.h"

#include "app/charts/replotpacer.h"

#include <QCoreApplication>

#include <algorithm>
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
    const QString unit = scale == 1.0 ? QStringLiteral("s")
        : scale == 1e3                ? QStringLiteral("ms")
                                      : QStringLiteral("µs");
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

SharedTimeAxis::SharedTimeAxis(QCPAxis *a, QCPAxis *b, QObject *parent) : QObject(parent)
{
    connect(a, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
            [this, b](const QCPRange &range) { follow(b, range); });
    connect(b, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
            [this, a](const QCPRange &range) { follow(a, range); });
    follow(b, a->range());
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
    QCustomPlot *plot = to->parentPlot();
    if (auto *pacer = plot->findChild<ReplotPacer *>(QString(), Qt::FindDirectChildrenOnly))
        pacer->request();
    else
        plot->replot(QCustomPlot::rpQueuedReplot);
    m_syncing = false;
}

} // namespace corescope::gui::timeaxis
