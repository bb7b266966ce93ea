#include "app/charts/cpuchartstate.h"

#include "app/charts/meangraph.h"
#include "app/charts/replotpacer.h"
#include "app/charts/runlabel.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace corescope::gui {

namespace cs = chartstyle;

namespace {
constexpr int kMaxLineCores = 8;     // above this, lines tangle: heat strip instead

QCPColorGradient utilizationGradient()
{
    // Idle is nearly white, busy is dark red (ColorBrewer YlOrRd): "hot" reads as "working"
    // on a projector and in greyscale print alike.
    QCPColorGradient g;
    g.clearColorStops();
    g.setColorStopAt(0.0, QColor(0xFF, 0xFF, 0xE5));
    g.setColorStopAt(0.25, QColor(0xFE, 0xD9, 0x76));
    g.setColorStopAt(0.5, QColor(0xFD, 0x8D, 0x3C));
    g.setColorStopAt(0.75, QColor(0xE3, 0x1A, 0x1C));
    g.setColorStopAt(1.0, QColor(0x80, 0x00, 0x26));
    g.setNanHandling(QCPColorGradient::nhTransparent);
    return g;
}
} // namespace

// One row: this machine's reading, then each other host's latest (NaN before its first).
void CpuChart::State::appendRow(const CpuSample &sample, Rows &rows)
{
    const double t = double(sample.tNs) * 1e-9;
    if (!times.empty() && t < times.back())
        return;     // out of order: keep the data sorted
    const std::size_t all = static_cast<std::size_t>(cores);
    const std::size_t here = static_cast<std::size_t>(localCores);
    if (rows.perCore.size() != (heat ? 0 : all))
        rows.perCore.assign(heat ? 0 : all, {});
    rows.keys.push_back(t);
    times.push_back(t);
    double sum = 0;
    std::size_t known = 0;
    for (std::size_t c = 0; c < all; ++c) {
        float v = 0.0f;
        if (c < here) {
            v = c < sample.cores.size() ? std::clamp(sample.cores[c], 0.0f, 1.0f) * 100.0f : 0.0f;
        } else {
            std::size_t at = c - here;
            for (const Host &h : hosts) {
                if (at < h.latest.size()) {
                    v = h.latest[at];
                    break;
                }
                at -= h.latest.size();
            }
        }
        values.push_back(v);
        if (!std::isnan(v))
            sum += v, ++known;
        if (!heat)
            rows.perCore[c].push_back(v);
    }
    rows.average.push_back(known ? sum / double(known) : std::numeric_limits<double>::quiet_NaN());
}

void CpuChart::State::addRows(Rows &rows)
{
    if (!rows.keys.isEmpty()) {
        for (std::size_t c = 0; c < rows.perCore.size() && c < coreGraphs.size(); ++c)
            coreGraphs[c]->addData(rows.keys, rows.perCore[c], /*alreadySorted=*/true);
        average->addData(rows.keys, rows.average, /*alreadySorted=*/true);
    }
    rows = Rows{};
}

void CpuChart::State::removeHeat()
{
    if (heatMap) {
        plot->removePlottable(heatMap);
        heatMap = nullptr;
    }
    if (colorScale) {
        frame.body()->remove(colorScale);
        colorScale = nullptr;
    }
    if (heatRect) {
        frame.body()->remove(heatRect);
        heatRect = nullptr;
    }
    heatTicker.clear();
    QCPLayoutGrid *body = frame.body();
    body->take(avgRect);
    body->simplify();
    body->addElement(0, 0, avgRect);
    body->setRowStretchFactors({1.0});
}

void CpuChart::State::build(int coreCount)
{
    cores = coreCount;
    plot->clearPlottables();
    coreGraphs.clear();
    average = nullptr;
    heatMap = nullptr;
    removeHeat();
    heat = cores > kMaxLineCores;

    if (heat) {
        // Heat strip: one row per core above, the average line below, sharing the time axis.
        QCPLayoutGrid *body = frame.body();
        body->take(avgRect);
        body->simplify();
        heatRect = new QCPAxisRect(plot);
        heatRect->setupFullAxesBox(false);
        heatRect->axis(QCPAxis::atTop)->setVisible(false);
        heatRect->axis(QCPAxis::atRight)->setVisible(false);
        heatRect->setMarginGroup(QCP::msLeft | QCP::msRight, marginGroup);
        // Dragging or zooming on the strip moves the shared time axis, never the rows.
        heatRect->setRangeDrag(Qt::Horizontal);
        heatRect->setRangeZoom(Qt::Horizontal);
        heatRect->setRangeDragAxes(plot->xAxis, nullptr);
        heatRect->setRangeZoomAxes(plot->xAxis, nullptr);
        body->addElement(0, 0, heatRect);
        colorScale = new QCPColorScale(plot);
        body->addElement(0, 1, colorScale);
        body->addElement(1, 0, avgRect);
        body->setRowStretchFactors({2.2, 1.0});
        body->setRowSpacing(6);
        colorScale->setType(QCPAxis::atRight);
        colorScale->setLabel(QCoreApplication::translate("Charts", "utilization (%)"));
        colorScale->setDataRange(QCPRange(0, 100));
        colorScale->setGradient(utilizationGradient());
        colorScale->setRangeDrag(false);
        colorScale->setRangeZoom(false);
        colorScale->setMarginGroup(QCP::msTop | QCP::msBottom, scaleGroup);
        heatRect->setMarginGroup(QCP::msTop | QCP::msBottom, scaleGroup);

        QCPAxis *timeAxis = heatRect->axis(QCPAxis::atBottom);
        QCPAxis *coreAxis = heatRect->axis(QCPAxis::atLeft);
        timeAxis->setTickLabels(false);
        timeAxis->setRange(plot->xAxis->range());
        coreAxis->setRangeReversed(true);     // core 0 on top
        coreAxis->setRange(-0.5, cores - 0.5);
        coreAxis->setLabel(QCoreApplication::translate("Charts", "core"));
        coreAxis->grid()->setVisible(false);
        coreAxis->setSubTicks(false);
        heatTicker = QSharedPointer<cs::RowTicker>::create(coreAxis);
        std::vector<QString> labels;
        for (int c = 0; c < cores; ++c)
            labels.push_back(c < localCores ? QString::number(c) : coreName(c));
        heatTicker->setRows(std::move(labels));
        coreAxis->setTicker(heatTicker);

        heatMap = new HeatMap(timeAxis, coreAxis, [this] { rebuildHeat(); });
        heatMap->setInterpolate(false);
        heatMap->setTightBoundary(false);
        heatMap->setGradient(utilizationGradient());
        heatMap->setDataRange(QCPRange(0, 100));
        heatMap->setColorScale(colorScale);
        heatMap->removeFromLegend();
        heatMap->setName(QCoreApplication::translate("Charts", "per-core utilization"));
    }

    // Headroom above 100 %: the thick average band and the lines on it are not clipped.
    plot->yAxis->setRange(-2.0, 107.0);
    // Under the heat strip the average gets a short axis: fewer ticks, a shorter label.
    updateAxisLabels();
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssNone);
    plot->yAxis->setTicker(ticker);     // its step: restyle()
    if (!heat) {
        for (int c = 0; c < cores; ++c) {
            QCPGraph *g = new MeanGraph(plot->xAxis, plot->yAxis);
            g->setName(coreName(c));
            coreGraphs.push_back(g);
        }
    }
    average = new MeanGraph(plot->xAxis, plot->yAxis);     // last, but on the layer below
    average->setLayer(QStringLiteral("average"));
    average->setName(heat ? QCoreApplication::translate("Charts", "average of %1 cores").arg(cores)
                          : QCoreApplication::translate("Charts", "average"));
    const int entries = static_cast<int>(coreGraphs.size()) + 1;
    frame.setLegendColumns(entries <= 6 ? entries : (entries + 1) / 2);
    restyle();
    updateTitle();
}

// Row `row`: this machine's cores first ("core 2"), then each other host's ("node7 · core 0").
QString CpuChart::State::coreName(int row) const
{
    if (row < localCores)
        return QCoreApplication::translate("Charts", "core %1").arg(row);
    int at = row - localCores;
    for (const Host &h : hosts) {
        if (at < h.cores)
            return QCoreApplication::translate("Charts", "%1 · core %2")
                .arg(QString::fromStdString(h.name))
                .arg(at);
        at -= h.cores;
    }
    return QString::number(row);
}

// An MPI host's first sample: its cores get rows after the others (NaN where it had no
// reading yet), and the chart is built again around the rows it has.
void CpuChart::State::addHost(const std::string &host, int hostCores)
{
    const std::size_t before = static_cast<std::size_t>(cores);
    const std::size_t extra = static_cast<std::size_t>(std::max(hostCores, 0));
    std::vector<float> widened;
    widened.reserve(times.size() * (before + extra));
    for (std::size_t k = 0; k < times.size(); ++k) {
        widened.insert(widened.end(), values.begin() + static_cast<std::ptrdiff_t>(k * before),
                       values.begin() + static_cast<std::ptrdiff_t>((k + 1) * before));
        widened.insert(widened.end(), extra, std::numeric_limits<float>::quiet_NaN());
    }
    values = std::move(widened);
    hosts.push_back({host, static_cast<int>(extra),
                     std::vector<float>(extra, std::numeric_limits<float>::quiet_NaN())});
    build(static_cast<int>(before + extra));
    refill();
}

// The graphs' data again from every row kept (after build() made them anew).
void CpuChart::State::refill()
{
    const std::size_t stride = static_cast<std::size_t>(cores);
    QVector<double> keys(times.begin(), times.end());
    QVector<double> mean;
    mean.reserve(keys.size());
    std::vector<QVector<double>> perCore(coreGraphs.size());
    for (std::size_t k = 0; k < times.size(); ++k) {
        double sum = 0;
        std::size_t known = 0;
        for (std::size_t c = 0; c < stride; ++c) {
            const float v = values[k * stride + c];
            if (c < perCore.size())
                perCore[c].push_back(v);
            if (!std::isnan(v))
                sum += v, ++known;
        }
        mean.push_back(known ? sum / double(known) : std::numeric_limits<double>::quiet_NaN());
    }
    for (std::size_t c = 0; c < perCore.size(); ++c)
        coreGraphs[c]->setData(keys, perCore[c], /*alreadySorted=*/true);
    average->setData(keys, mean, /*alreadySorted=*/true);
    if (heat)
        heatMap->invalidate();
}

void CpuChart::State::follow()
{
    if (sharedAxis)
        return;     // the partner's chart follows the run; the link brings its range here
    // The run so far, from its start: never a fixed window a short run fills a tenth of.
    const double end = latest > 0 ? latest : 1.0;
    plot->xAxis->setRange(-end * 0.01, end * 1.02);
}

HeatMap::HeatMap(QCPAxis *keyAxis, QCPAxis *valueAxis, std::function<void()> fill)
    : QCPColorMap(keyAxis, valueAxis), m_fill(std::move(fill))
{
}

void HeatMap::draw(QCPPainter *painter)
{
    // Also when drawn at another width (an export, then the screen again): no finer columns
    // than pixels, and no coarser.
    const int width = keyAxis()->axisRect()->width();
    if (std::exchange(m_stale, false) || width != m_filledWidth) {
        m_filledWidth = width;
        m_fill();
    }
    QCPColorMap::draw(painter);
}

void CpuChart::State::rebuildHeat()
{
    if (!heatMap || cores <= 0)
        return;
    const QCPRange range = plot->xAxis->range();
    QCPColorMapData *data = heatMap->data();
    const std::size_t n = times.size();
    // Before the first layout (a chart exported without being shown) assume a wide chart.
    const double width = avgRect->width() >= 50 ? avgRect->width() : 1200;
    if (n == 0 || range.size() <= 0) {
        data->setSize(1, cores);
        data->setRange(QCPRange(range.lower, range.upper), QCPRange(0, cores - 1));
        data->fill(std::numeric_limits<double>::quiet_NaN());
        return;
    }
    // Typical sampling interval: the columns are no finer than the samples, no finer than pixels.
    const double interval = n > 1 ? std::max(1e-4, (times.back() - times.front()) / double(n - 1)) : 0.05;
    const int columns = static_cast<int>(std::clamp(std::ceil(range.size() / interval), 1.0, width));
    const double cell = range.size() / columns;
    data->setSize(columns, cores);
    data->setRange(QCPRange(range.lower + cell / 2, range.upper - cell / 2), QCPRange(0, cores - 1));
    const std::size_t stride = static_cast<std::size_t>(cores);
    for (int j = 0; j < columns; ++j) {
        const double c0 = range.lower + j * cell;
        const double c1 = c0 + cell;
        // A sample at t tells how busy each core was during the interval that ends at t.
        auto first = std::lower_bound(times.begin(), times.end(), c0);
        auto last = std::lower_bound(first, times.end(), c1);
        std::size_t from = static_cast<std::size_t>(first - times.begin());
        std::size_t to = static_cast<std::size_t>(last - times.begin());
        if (from == to) {
            // No sample inside the cell: the next one covers it, if it is close.
            if (to < n && times[to] - c1 <= interval * 1.5 && (to > 0 || times[to] - c0 <= interval)) {
                ++to;
            } else {
                for (int c = 0; c < cores; ++c)
                    data->setCell(j, c, std::numeric_limits<double>::quiet_NaN());
                continue;
            }
        }
        for (int c = 0; c < cores; ++c) {
            double sum = 0;
            for (std::size_t k = from; k < to; ++k)
                sum += values[k * stride + static_cast<std::size_t>(c)];
            data->setCell(j, c, sum / double(to - from));
        }
    }
}

void CpuChart::State::restyle()
{
    // Short of room, the legend's small swatches (its entries in fewer rows).
    frame.applyStyle(presentation, tight());
    // Cores drawn in order, each a little narrower than the one before: where they coincide
    // (all at 100 %), every colour still shows as a border around the next. The average is a
    // wide light band on the layer below, so it never hides them.
    const double w = cs::lineWidth(presentation);
    const std::size_t n = coreGraphs.size();
    const double step = n <= 1 ? 0.0 : (n <= 4 ? 2.0 : 1.2) * (presentation ? 1.4 : 1.0);
    for (std::size_t c = 0; c < n; ++c) {
        QColor color = cs::coreColor(static_cast<int>(c));
        const double width = w + double(n - 1 - c) * step;
        // Another host's cores dashed: the machines stay apart where their lines cross.
        const Qt::PenStyle style = static_cast<int>(c) < localCores ? Qt::SolidLine : Qt::DashLine;
        coreGraphs[c]->setPen(QPen(color, width, style, Qt::RoundCap, Qt::RoundJoin));
    }
    if (average) {
        // Under the heat strip the average is alone on its rect: a plain dark line there, with
        // square caps: its segments' round caps, at 3-5 px no different to the eye, took half
        // of a 64-core chart's replot (7.4-8.3 ms against 3.5-4.3, a 5-minute run, 1,500 px).
        // The band is opaque (the grey a translucent black makes on the white chart): drawn as
        // segments (phFastPolylines), a translucent one would darken where they overlap.
        const double band = std::max(cs::thickLineWidth(presentation) * 2.4,
                                     w + double(n > 0 ? n - 1 : 0) * step + 6.0);
        average->setPen(heat ? QPen(QColor(Qt::black), cs::thickLineWidth(presentation),
                                    Qt::SolidLine, Qt::SquareCap, Qt::BevelJoin)
                             : QPen(cs::mix(Qt::white, Qt::black, 64.0 / 255.0), band,
                                    Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    }
    note->setFont(cs::font(cs::FontRole::Annotation, presentation));
    // Presentation fonts on a short chart: 0 / 50 / 100 only, or the labels overlap.
    if (auto *ticks = dynamic_cast<QCPAxisTickerFixed *>(plot->yAxis->ticker().data()))
        ticks->setTickStep(heat || presentation ? 50 : 25);
    if (colorScale) {
        QCPAxis *axis = colorScale->axis();
        axis->setLabelFont(cs::font(cs::FontRole::AxisLabel, presentation));
        axis->setTickLabelFont(cs::font(cs::FontRole::TickLabel, presentation));
        colorScale->setBarWidth(presentation ? 22 : 12);
        auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
        ticker->setTickStep(25);
        axis->setTicker(ticker);
    }
}

void CpuChart::State::updateNote()
{
    // Said only of an ended run: while one goes, the first sample is simply still to come.
    QString text;
    if (whole && wallNs >= 0 && times.size() < 2) {
        if (sampleHz <= 0)
            text = QCoreApplication::translate("Charts", "Per-core utilization was not sampled in this run.");
        else
            text = QCoreApplication::translate("Charts", "Too short to sample at %1 Hz: the run took %2, "
                                                         "a sample comes every %3.")
                       .arg(sampleHz)
                       .arg(durationTextNs(wallNs), durationText(1.0 / sampleHz));
    }
    note->setText(text);
    note->setVisible(!text.isEmpty());
}

void CpuChart::State::updateAxisLabels()
{
    timeaxis::applyUnit(plot->xAxis);
    if (compact())
        plot->xAxis->setLabel(QString());
    plot->xAxis->setTickLabels(!tight());
    // "utilization (%)" in presentation fonts is taller than the chart's axis on a projector
    // (its data area is 60-150 px); its title says what the percent is of. Under the heat
    // strip the average's short axis says "avg (%)", short of room "%".
    const bool shortLabel = heat ? tight() : compact();
    plot->yAxis->setLabel(shortLabel ? QStringLiteral("%")
                          : heat     ? QCoreApplication::translate("Charts", "avg (%)")
                                     : QCoreApplication::translate("Charts", "utilization (%)"));
}

void CpuChart::State::updateTitle()
{
    if (compact()) {
        frame.setTitle(title, QString());
        return;
    }
    QString sub = subtitle;
    if (sub.isEmpty() && cores > 0) {
        sub = hosts.empty() ? QCoreApplication::translate("Charts", "%1 logical cores").arg(cores)
                            : QCoreApplication::translate("Charts", "%1 logical cores on %2 machines")
                                  .arg(cores)
                                  .arg(hosts.size() + 1);
    } else if (!sub.isEmpty() && !hosts.empty()) {
        // The given subtitle names the machine Corescope runs on; the other hosts' rows too.
        constexpr std::size_t kNamedHosts = 3;
        QStringList names;
        for (const Host &h : hosts)
            names << QString::fromStdString(h.name);
        sub += QStringLiteral(" · ")
            + (hosts.size() <= kNamedHosts
                   ? QCoreApplication::translate("Charts", "+ the cores of %1")
                         .arg(names.join(QStringLiteral(", ")))
                   : QCoreApplication::translate("Charts", "+ the cores of other machines: %1")
                         .arg(hosts.size()));
    }
    frame.setTitle(title, sub);
}

} // namespace corescope::gui
