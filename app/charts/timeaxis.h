#pragma once

#include "app/charts/qcpinclude.h"

#include <QMargins>
#include <QObject>
#include <QRect>
#include <QString>

#include <array>
#include <cstdint>

namespace corescope::gui::timeaxis {

/// Seconds on the axis, written in the unit that suits the zoom (s, ms or µs); the axis label
/// names the unit (`label`). The per-core chart and the timeline both use it, so a shared range
/// reads in one unit on both.
class TimeTicker final : public QCPAxisTicker {
public:
    void setScale(double scale) { m_scale = scale; }
    double scale() const { return m_scale; }

protected:
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override;

private:
    double m_scale = 1.0;
};

/// The factor from seconds to the unit a range of `seconds` reads best in: 1 (s), 1e3 (ms) or
/// 1e6 (µs).
double scaleFor(double seconds);
/// "time since run start (ms)" for the scale, in the window's language.
QString label(double scale);
/// Sets `axis`'s ticker scale (when it is a TimeTicker) and label for its current range.
void applyUnit(QCPAxis *axis);

/// Where a run is expected to end, in ns from its start: the elapsed time plus the time left at
/// the rate so far (the status bar's ETA); the elapsed time while nothing finished yet.
std::int64_t expectedEndNs(std::uint64_t done, std::uint64_t total, std::int64_t elapsedNs);

/// The minimum margins `rect` had before SharedTimeAxis widened any (QCustomPlot's own
/// padding): what an export of the chart alone uses.
QMargins ownMinimumMargins(QCPAxisRect *rect);

/// Keeps two time axes on one range: a zoom or pan of either moves the other (rangeChanged
/// connected both ways; a change made here is not echoed back). Where both charts are on
/// screen in one window, it also lines the axes up: after either is laid out, the chart whose
/// plot would start further left (or end further right) gets a wider margin, so one moment is
/// at one x in both. Lives as long as `parent`.
class SharedTimeAxis final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SharedTimeAxis)
public:
    SharedTimeAxis(QCPAxis *a, QCPAxis *b, QObject *parent);

    /// Drops the margins added to line the axes up (their labels may have shrunk: a new run,
    /// presentation mode off); lined up again when next laid out.
    void realign();

private:
    void follow(QCPAxis *to, const QCPRange &range);
    void align();

    QCPAxis *m_a;
    QCPAxis *m_b;
    std::array<QMargins, 2> m_extra{};     // added to line them up: a's, b's (left, right)
    std::array<QRect, 2> m_laidOut{};      // the viewport each was last laid out in
    bool m_syncing = false;
};

} // namespace corescope::gui::timeaxis
