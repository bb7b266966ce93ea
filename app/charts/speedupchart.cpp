#include "app/charts/speedupchart.h"
#include "app/charts/runlabel.h"

#include "app/charts/chartstyle.h"
#include "app/charts/qcpinclude.h"
#include "core/analysis/scaling.h"
#include "core/util/duration.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFontMetrics>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <map>
#include <array>
#include <cmath>
#include <limits>

namespace corescope::gui {

namespace cs = chartstyle;

namespace {
constexpr std::array<QCPScatterStyle::ScatterShape, 5> kShapes = {
    QCPScatterStyle::ssDisc, QCPScatterStyle::ssSquare, QCPScatterStyle::ssTriangle,
    QCPScatterStyle::ssDiamond, QCPScatterStyle::ssTriangleInverted};

bool hasWhiskers(const SpeedupPoint &p)
{
    return p.low > 0 && p.high > 0 && p.high > p.low;
}

// A point in the chart's metric: efficiency is speedup per worker, in percent.
SpeedupPoint inMetric(const SpeedupPoint &p, SpeedupChart::Metric metric)
{
    if (metric == SpeedupChart::Metric::Speedup)
        return p;
    SpeedupPoint e = p;
    const double scale = 100.0 / std::max(1, p.workers);
    e.speedup = p.speedup * scale;
    e.low = p.low * scale;
    e.high = p.high * scale;
    return e;
}
} // namespace

struct SpeedupChart::State {
    explicit State(QCustomPlot *p) : plot(p), frame(p) {}

    void rebuild();
    void restyle();
    void updateTitle();
    void declutterValueLabels();
    double markerSize() const { return presentation ? 15 : 9; }
    void showToolTip(const QPoint &pos, const QPoint &globalPos);

    QCustomPlot *plot;
    cs::ChartFrame frame;
    std::vector<SpeedupSeries> series;          // as set, in speedup
    std::vector<SpeedupSeries> shown;           // in the chart's metric
    std::vector<CoreMarker> markers;
    std::vector<FitCurve> fits;
    Metric metric = Metric::Speedup;
    int cores = 0;
    bool haveBaseline = true;
    bool presentation = false;
    QString title = QCoreApplication::translate("Charts", "Speedup");
    QString subtitle;
    std::vector<QCPGraph *> graphs;
    std::vector<QCPErrorBars *> errorBars;     // per series, or nullptr
    // Per series, per point, in workers: points of several series at one worker count are
    // nudged apart when whiskers could overlap; a point alone stays on its count.
    std::vector<std::vector<double>> offsets;
    std::vector<QCPGraph *> fitGraphs;
    QCPGraph *ideal = nullptr;
    std::vector<QCPItemStraightLine *> coresLines;
    std::vector<QCPItemText *> coresLabels;
    struct ValueLabel {
        QCPItemText *item;
        int workers;
        double value;   // in the chart's metric, where the point is drawn
    };
    std::vector<ValueLabel> valueLabels;       // one per point, series by series
    QCPItemText *noBaseline = nullptr;
};

SpeedupChart::SpeedupChart(QWidget *parent)
    : QWidget(parent), m_plot(new QCustomPlot(this)), m_state(std::make_shared<State>(m_plot))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setMinimumSize(320, 240);
    m_plot->setMouseTracking(true);

    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);   // 1, 2, 4 ... when crowded
    ticker->setTickCount(12);
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setSubTicks(false);
    m_plot->xAxis->setLabel(QCoreApplication::translate("Charts", "workers"));
    m_plot->yAxis->setLabel(QCoreApplication::translate("Charts", "speedup (× serial)"));

    // Value labels are placed in pixels, so once the axes have their size: every replot.
    connect(m_plot, &QCustomPlot::afterLayout, this, [this] { m_state->declutterValueLabels(); });
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) {
        m_state->showToolTip(event->pos(), event->globalPosition().toPoint());
    });
    m_state->rebuild();
}

void SpeedupChart::setData(const std::vector<SpeedupSeries> &series, int machineCores,
                           bool haveBaseline)
{
    State &s = *m_state;
    s.series = series;
    for (auto &line : s.series)
        std::sort(line.points.begin(), line.points.end(),
                  [](const SpeedupPoint &a, const SpeedupPoint &b) { return a.workers < b.workers; });
    s.cores = machineCores;
    s.markers.clear();
    if (machineCores > 0)
        s.markers.push_back({machineCores, QString()});
    s.haveBaseline = haveBaseline;
    s.rebuild();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void SpeedupChart::setCoreMarkers(const std::vector<CoreMarker> &markers)
{
    State &s = *m_state;
    s.markers.clear();
    for (const CoreMarker &m : markers)
        if (m.cores > 0)
            s.markers.push_back(m);
    s.cores = 0;
    for (const CoreMarker &m : s.markers)
        s.cores = std::max(s.cores, m.cores);
    s.rebuild();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void SpeedupChart::setFitCurves(const std::vector<FitCurve> &curves)
{
    m_state->fits = curves;
    m_state->rebuild();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void SpeedupChart::setMetric(Metric metric)
{
    State &s = *m_state;
    if (s.metric == metric)
        return;
    s.metric = metric;
    m_plot->yAxis->setLabel(metric == Metric::Speedup ? QCoreApplication::translate("Charts", "speedup (× serial)")
                                                      : QCoreApplication::translate("Charts", "efficiency (% of ideal)"));
    if (s.title == QCoreApplication::translate("Charts", "Speedup") && metric == Metric::Efficiency)
        s.title = QCoreApplication::translate("Charts", "Efficiency");
    s.rebuild();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

SpeedupChart::Metric SpeedupChart::metric() const
{
    return m_state->metric;
}

std::vector<SpeedupSeries> SpeedupChart::series() const
{
    return m_state->shown;
}

std::vector<CoreMarker> SpeedupChart::coreMarkers() const
{
    return m_state->markers;
}

QStringList SpeedupChart::valueLabels() const
{
    QStringList out;
    for (const State::ValueLabel &label : m_state->valueLabels)
        out << label.item->text();
    return out;
}

QString SpeedupChart::valueLabelText(double value, Metric metric)
{
    if (metric == Metric::Efficiency)
        return QStringLiteral("%1 %").arg(std::lround(value));
    // The locale's decimal point, as the axis's ticks have it ("1,38×" beside "1,5" in Russian).
    return QLocale().toString(value, 'f', 2) + QStringLiteral("×");
}

void SpeedupChart::setTitle(const QString &title, const QString &subtitle)
{
    State &s = *m_state;
    s.title = title;
    s.subtitle = subtitle;
    s.updateTitle();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void SpeedupChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    State &s = *m_state;
    m_plot->xAxis->setLabel(QCoreApplication::translate("Charts", "workers"));
    m_plot->yAxis->setLabel(s.metric == Metric::Speedup
                                ? QCoreApplication::translate("Charts", "speedup (× serial)")
                                : QCoreApplication::translate("Charts", "efficiency (% of ideal)"));
    s.rebuild();   // the legend's names, the core markers
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void SpeedupChart::setPresentationMode(bool on)
{
    State &s = *m_state;
    s.presentation = on;
    s.restyle();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

// ---------------------------------------------------------------------------------------------

void SpeedupChart::State::rebuild()
{
    plot->clearPlottables();
    plot->clearItems();
    graphs.clear();
    errorBars.clear();
    fitGraphs.clear();
    coresLines.clear();
    coresLabels.clear();
    valueLabels.clear();
    noBaseline = nullptr;

    shown = series;
    for (auto &line : shown)
        for (auto &p : line.points)
            p = inMetric(p, metric);
    const bool efficiency = metric == Metric::Efficiency;

    int maxWorkers = 1;
    double maxValue = efficiency ? 100.0 : 1.0;
    for (const auto &line : shown) {
        for (const auto &p : line.points) {
            maxWorkers = std::max(maxWorkers, p.workers);
            maxValue = std::max({maxValue, p.speedup, hasWhiskers(p) ? p.high : 0.0});
        }
    }
    const double xMax = std::max({maxWorkers, cores, 2}) + 0.5;
    // Show the ideal line up to the core count: beyond it no speedup is possible anyway.
    const double yMax = efficiency
        ? maxValue * 1.12
        : std::max({maxValue, std::min(xMax - 0.5, double(std::max(cores, 2))), 1.5}) * 1.12;

    // The ideal line first, so the measurements are drawn over it.
    ideal = plot->addGraph();
    if (efficiency) {
        ideal->setName(QCoreApplication::translate("Charts", "ideal (100 %)"));
        ideal->setData(QVector<double>{0.0, xMax}, QVector<double>{100.0, 100.0}, true);
    } else {
        ideal->setName(QCoreApplication::translate("Charts", "ideal (speedup = workers)"));
        // Ends where it leaves the plot: vector exports do not clip.
        const double idealEnd = std::min(xMax, yMax);
        ideal->setData(QVector<double>{0.0, idealEnd}, QVector<double>{0.0, idealEnd}, true);
    }

    // Amdahl curves under the measurements: where the fit says the series is heading.
    if (!efficiency) {
        for (const FitCurve &fit : fits) {
            QCPGraph *g = plot->addGraph();
            g->setName(fit.name);
            QVector<double> keys;
            QVector<double> values;
            for (double p = 1.0; p <= xMax + 1e-9; p += 0.125) {
                keys.push_back(p);
                values.push_back(1.0 / (fit.serialFraction + (1.0 - fit.serialFraction) / p));
            }
            g->setData(keys, values, true);
            fitGraphs.push_back(g);
        }
    }

    // With whiskers, series are nudged apart a little so overlapping ranges stay readable.
    bool anyWhiskers = false;
    for (const auto &line : shown)
        for (const auto &p : line.points)
            anyWhiskers = anyWhiskers || hasWhiskers(p);
    offsets.assign(shown.size(), {});
    std::map<double, std::vector<std::pair<std::size_t, std::size_t>>> atCount;   // series, point
    for (std::size_t i = 0; i < shown.size(); ++i) {
        offsets[i].assign(shown[i].points.size(), 0.0);
        for (std::size_t k = 0; k < shown[i].points.size(); ++k)
            atCount[shown[i].points[k].workers].emplace_back(i, k);
    }
    if (anyWhiskers) {
        const double step = std::min(0.08, 0.3 / double(std::max<std::size_t>(shown.size(), 1)));
        for (const auto &[count, here] : atCount) {
            // The serial baseline (a series of one point) stays on its count, 1; the others
            // step aside around it, alternately right and left.
            const auto fixed = std::find_if(here.begin(), here.end(), [&](const auto &entry) {
                return shown[entry.first].points.size() == 1;
            });
            if (fixed == here.end()) {
                for (std::size_t j = 0; j < here.size(); ++j)
                    offsets[here[j].first][here[j].second] =
                        (double(j) - double(here.size() - 1) / 2.0) * step;
                continue;
            }
            int placed = 0;
            for (const auto &entry : here) {
                if (&entry == &*fixed)
                    continue;
                const int ring = placed / 2 + 1;
                offsets[entry.first][entry.second] = (placed % 2 == 0 ? 1 : -1) * ring * step;
                ++placed;
            }
        }
    }

    for (std::size_t i = 0; i < shown.size(); ++i) {
        const SpeedupSeries &line = shown[i];
        QCPGraph *g = plot->addGraph();
        g->setName(line.name);
        QVector<double> keys;
        QVector<double> values;
        QVector<double> minus;
        QVector<double> plus;
        bool whiskers = false;
        for (std::size_t k = 0; k < line.points.size(); ++k) {
            const SpeedupPoint &p = line.points[k];
            keys.push_back(p.workers + offsets[i][k]);
            values.push_back(p.speedup);
            const bool w = hasWhiskers(p);
            whiskers = whiskers || w;
            minus.push_back(w ? std::max(0.0, p.speedup - p.low) : 0.0);
            plus.push_back(w ? std::max(0.0, p.high - p.speedup) : 0.0);
        }
        g->setData(keys, values, true);
        graphs.push_back(g);
        QCPErrorBars *bars = nullptr;
        if (whiskers) {
            bars = new QCPErrorBars(plot->xAxis, plot->yAxis);
            bars->removeFromLegend();
            bars->setDataPlottable(g);
            bars->setData(minus, plus);
            bars->setName(line.name + QCoreApplication::translate("Charts", " (min-max)"));
        }
        errorBars.push_back(bars);
        // The value beside each point, so a slide reads without hovering; placed, clear of
        // the other series' labels, by declutterValueLabels() once the axes have their size.
        for (std::size_t k = 0; k < line.points.size(); ++k) {
            auto *label = new QCPItemText(plot);
            label->setObjectName(QStringLiteral("valueLabel"));
            label->position->setType(QCPItemPosition::ptPlotCoords);
            label->position->setCoords(keys[qsizetype(k)], values[qsizetype(k)]);
            // A point whose run was short is marked as the sweep's table marks it.
            label->setText(SpeedupChart::valueLabelText(line.points[k].speedup, metric)
                           + (line.points[k].shortRun ? QStringLiteral(" ⚠") : QString()));
            label->setClipToAxisRect(true);
            valueLabels.push_back({label, line.points[k].workers, values[qsizetype(k)]});
        }
    }

    for (std::size_t m = 0; m < markers.size(); ++m) {
        const int at = markers[m].cores;
        auto *line = new QCPItemStraightLine(plot);
        line->point1->setCoords(at, 0);
        line->point2->setCoords(at, 1);
        auto *label = new QCPItemText(plot);
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        // Several markers: labels stacked, so two machines' labels never overlap.
        label->position->setCoords(at, 0.0 + 0.08 * double(m));
        QString text = at == 1 ? QCoreApplication::translate("Charts", "1 core")
                               : QCoreApplication::translate("Charts", "%1 cores").arg(at);
        if (!markers[m].label.isEmpty())
            text += QStringLiteral(" · ") + markers[m].label;
        label->setText(text);
        const bool roomRight = at + 0.2 * (xMax) < xMax;
        label->setPositionAlignment(Qt::AlignTop | (roomRight ? Qt::AlignLeft : Qt::AlignRight));
        label->setClipToAxisRect(true);
        coresLines.push_back(line);
        coresLabels.push_back(label);
    }
    if (!haveBaseline) {
        noBaseline = new QCPItemText(plot);
        noBaseline->position->setType(QCPItemPosition::ptAxisRectRatio);
        noBaseline->position->setCoords(0.5, 0.4);
        noBaseline->setPositionAlignment(Qt::AlignCenter);
        // Two lines: it must fit a narrow chart in presentation mode too.
        noBaseline->setText(QCoreApplication::translate(
            "Charts", "No serial baseline yet —\nrun this workload in serial mode to compare"));
        noBaseline->setTextAlignment(Qt::AlignCenter);
        noBaseline->setLayer(QStringLiteral("legend"));
    }

    plot->xAxis->setRange(0, xMax);
    plot->yAxis->setRange(0, yMax);
    frame.setLegendColumns(static_cast<int>(shown.size() + fitGraphs.size()) + 1);
    restyle();
    updateTitle();
}

void SpeedupChart::State::restyle()
{
    frame.applyStyle(presentation);
    const double w = cs::lineWidth(presentation) + (presentation ? 0.0 : 0.4);
    const double marker = markerSize();
    for (std::size_t i = 0; i < graphs.size(); ++i) {
        const SpeedupSeries &line = shown[i];
        const QColor color = cs::seriesColor(line.colorIndex >= 0 ? line.colorIndex : static_cast<int>(i));
        const std::size_t shape = line.shapeIndex >= 0 ? std::size_t(line.shapeIndex) : i;
        QCPGraph *g = graphs[i];
        g->setPen(QPen(color, w, line.lineStyle, Qt::RoundCap, Qt::RoundJoin));
        // A dashed source keeps hollow markers, so two files read apart in black and white too.
        const bool hollow = line.lineStyle != Qt::SolidLine;
        g->setScatterStyle(QCPScatterStyle(kShapes[shape % kShapes.size()], QPen(color, w),
                                           hollow ? QBrush(Qt::white) : QBrush(color), marker));
        if (QCPErrorBars *bars = errorBars[i]) {
            bars->setPen(QPen(color, presentation ? 2.5 : 1.3));
            bars->setWhiskerWidth(presentation ? 14 : 8);
            bars->setSymbolGap(marker + 2);
        }
    }
    for (std::size_t i = 0; i < fitGraphs.size(); ++i)
        fitGraphs[i]->setPen(QPen(cs::seriesColor(fits[i].colorIndex), presentation ? 2.0 : 1.2,
                                  Qt::DotLine));
    if (ideal)
        ideal->setPen(QPen(QColor(0x60, 0x60, 0x60), presentation ? 2.5 : 1.5, Qt::DashLine));
    const QFont annotation = cs::font(cs::FontRole::Annotation, presentation);
    for (QCPItemStraightLine *line : coresLines)
        line->setPen(QPen(QColor(0x30, 0x30, 0x30), presentation ? 2.5 : 1.3, Qt::DotLine));
    for (std::size_t i = 0, n = 0; i < graphs.size(); ++i) {
        const QColor color = cs::seriesColor(shown[i].colorIndex >= 0 ? shown[i].colorIndex
                                                                     : static_cast<int>(i));
        QFont f = annotation;
        f.setPointSizeF(f.pointSizeF() * 0.9);
        f.setBold(true);
        for (std::size_t k = 0; k < shown[i].points.size() && n < valueLabels.size(); ++k, ++n) {
            QCPItemText *label = valueLabels[n].item;
            label->setFont(f);
            label->setColor(cs::mix(color, QColor(Qt::black), 0.35));
        }
    }
    for (QCPItemText *label : coresLabels) {
        label->setFont(annotation);
        label->setColor(QColor(0x30, 0x30, 0x30));
        label->setPadding(QMargins(6, 4, 6, 4));
        label->setBrush(QBrush(QColor(255, 255, 255, 220)));   // readable over the lines
    }
    if (noBaseline) {
        QFont f = annotation;
        f.setBold(true);
        noBaseline->setFont(f);
        noBaseline->setColor(QColor(0x8A, 0x4B, 0x00));
        noBaseline->setBrush(QBrush(QColor(0xFF, 0xF4, 0xE0, 235)));
        noBaseline->setPen(QPen(QColor(0xE6, 0x9F, 0x00), presentation ? 2.5 : 1.5));
        noBaseline->setPadding(presentation ? QMargins(18, 12, 18, 12) : QMargins(12, 8, 12, 8));
    }
}

void SpeedupChart::State::declutterValueLabels()
{
    // At one worker count: the highest value's label above its point, the others below theirs,
    // each pushed down clear of the one above it; points that read the same share one label,
    // in a neutral ink, since it is no longer one series' own.
    std::map<int, std::vector<const ValueLabel *>> columns;
    for (const ValueLabel &label : valueLabels)
        columns[label.workers].push_back(&label);
    const int gap = int(markerSize() / 2) + 2;   // clear of the marker and the whiskers' ends
    const double bottomPx = plot->axisRect()->bottom();
    for (auto &[count, labels] : columns) {
        std::stable_sort(labels.begin(), labels.end(),
                         [](const ValueLabel *a, const ValueLabel *b) { return a->value > b->value; });
        double floorPx = -std::numeric_limits<double>::infinity();   // last label's bottom
        // Labels with no room below their point: placed beside them once the others are.
        std::vector<const ValueLabel *> beside;
        int halfWidth = 0;
        for (const ValueLabel *l : labels)
            halfWidth = std::max(halfWidth, QFontMetrics(l->item->font()).horizontalAdvance(l->item->text()) / 2 + 3);
        QCPItemText *previous = nullptr;
        for (std::size_t j = 0; j < labels.size(); ++j) {
            QCPItemText *label = labels[j]->item;
            if (previous && label->text() == previous->text()) {
                label->setVisible(false);
                previous->setColor(QColor(0x30, 0x30, 0x30));
                continue;
            }
            label->setVisible(true);
            previous = label;
            const double y = plot->yAxis->coordToPixel(labels[j]->value);
            if (j == 0) {
                label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
                label->setPadding(QMargins(2, 0, 2, gap));
                floorPx = y;
                continue;
            }
            // QCustomPlot sizes the box in whole pixels (QFontMetrics); the padding is whole too.
            const int height = QFontMetrics(label->font()).height();
            const int pad = int(std::ceil(std::max(y + gap, floorPx) - y));
            if (y + pad + height > bottomPx) {
                beside.push_back(labels[j]);   // no room below: a point near 0, under the others
                continue;
            }
            label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
            label->setPadding(QMargins(2, pad, 2, 0));
            floorPx = y + pad + height;
        }
        // Beside its point, right of its marker and of the column's centred labels, above the
        // axis; stacked upwards from the lowest value, so they read in the values' order: the
        // larger above.
        double sideTopPx = std::numeric_limits<double>::infinity();   // the last one's top
        for (auto it = beside.rbegin(); it != beside.rend(); ++it) {
            QCPItemText *label = (*it)->item;
            const double y = plot->yAxis->coordToPixel((*it)->value);
            const double bottom = std::min(y, sideTopPx);
            label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
            label->setPadding(QMargins(std::max(gap, halfWidth), 0, 2, int(std::ceil(y - bottom))));
            sideTopPx = std::floor(bottom) - QFontMetrics(label->font()).height();
        }
    }
}

void SpeedupChart::State::updateTitle()
{
    QString sub = subtitle;
    if (sub.isEmpty() && cores > 0)
        sub = QCoreApplication::translate("Charts", "against the serial run · %1 logical cores").arg(cores);
    frame.setTitle(title, sub);
}

void SpeedupChart::State::showToolTip(const QPoint &pos, const QPoint &globalPos)
{
    const double tolerance = presentation ? 24.0 : 14.0;
    double best = tolerance;
    const SpeedupSeries *bestSeries = nullptr;
    const SpeedupPoint *bestPoint = nullptr;
    for (std::size_t i = 0; i < shown.size(); ++i) {
        const SpeedupSeries &line = shown[i];
        for (std::size_t k = 0; k < line.points.size(); ++k) {
            const SpeedupPoint &p = line.points[k];
            const double x = plot->xAxis->coordToPixel(p.workers + offsets[i][k]);
            const double y = plot->yAxis->coordToPixel(p.speedup);
            const double d = std::hypot(x - pos.x(), y - pos.y());
            if (d < best) {
                best = d;
                bestSeries = &line;
                bestPoint = &p;
            }
        }
    }
    if (!bestPoint) {
        QToolTip::hideText();
        return;
    }
    // The tooltip tells speedup and efficiency whichever the chart shows.
    SpeedupPoint p = *bestPoint;
    if (metric == Metric::Efficiency) {
        const double perWorker = std::max(1, p.workers) / 100.0;
        p.speedup *= perWorker;
        p.low *= perWorker;
        p.high *= perWorker;
    }
    QString text = QCoreApplication::translate("Charts", "<b>%1</b><table>").arg(bestSeries->name.toHtmlEscaped());
    const auto row = [&text](const QString &name, const QString &value) {
        text += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>").arg(name, value);
    };
    const QLocale locale;
    row(QCoreApplication::translate("Charts", "workers"), locale.toString(p.workers));
    QString speedup = valueLabelText(p.speedup, Metric::Speedup);
    if (hasWhiskers(p))
        speedup += QStringLiteral(" (%1 – %2)").arg(locale.toString(p.low, 'f', 2),
                                                   locale.toString(p.high, 'f', 2));
    row(QCoreApplication::translate("Charts", "speedup"), speedup);
    row(QCoreApplication::translate("Charts", "efficiency"),
        QStringLiteral("%1 %").arg(std::lround(p.speedup / std::max(1, p.workers) * 100.0)));
    if (p.wallSeconds > 0)
        row(QCoreApplication::translate("Charts", "wall time"), durationText(p.wallSeconds));
    text += QStringLiteral("</table>");
    if (p.shortRun)
        text += QStringLiteral("⚠ ")
            + QCoreApplication::translate("Charts", "under %1 ms: start-up and timer noise weigh "
                                                    "on this point")
                  .arg(std::lround(kShortRunSeconds * 1000.0));
    if (presentation)
        text = QStringLiteral("<div style='font-size:16pt'>%1</div>").arg(text);
    QToolTip::showText(globalPos, text, plot, QRect(pos, QSize(1, 1)));
}

} // namespace corescope::gui
