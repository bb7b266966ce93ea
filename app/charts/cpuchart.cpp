#include "app/charts/cpuchart.h"

#include "app/charts/cpuchartstate.h"

#include "app/charts/chartstyle.h"
#include "app/charts/qcpinclude.h"
#include "app/charts/replotpacer.h"
#include "app/charts/runlabel.h"
#include "app/charts/timeaxis.h"

#include <QCoreApplication>
#include <QEvent>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace corescope::gui {

namespace cs = chartstyle;

CpuChart::CpuChart(QWidget *parent)
    : QWidget(parent), m_plot(new QCustomPlot(this)), m_state(std::make_unique<State>(m_plot))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    // Not taller than the smallest the page lets the chart be (LivePage: 170 px at the window's
    // fonts and short of room in presentation mode): a taller plot in a shorter chart had its
    // bottom (legend, time axis) cut.
    m_plot->setMinimumSize(320, 150);
    // Each line drawn as segments with round caps, not as one stroked polyline: the same
    // picture for opaque pens, 5-8 times faster on screen (a 90-point line 11 px wide took
    // 2.6-4 ms as a polyline, 0.5-0.75 ms as segments), and this chart is replotted live.
    // Only solid pens on screen; exports to SVG and PDF stay polylines. (MeanGraph then
    // draws the round caps as disk images: cheaper still.)
    m_plot->setPlottingHint(QCP::phFastPolylines, true);

    State &s = *m_state;
    s.pacer = new ReplotPacer(m_plot);
    s.avgRect = m_plot->axisRect();
    s.marginGroup = new QCPMarginGroup(m_plot);
    s.scaleGroup = new QCPMarginGroup(m_plot);
    s.avgRect->setMarginGroup(QCP::msLeft | QCP::msRight, s.marginGroup);
    // Seconds in the unit that suits the zoom, as the timeline writes them.
    s.timeTicker = QSharedPointer<timeaxis::TimeTicker>::create();
    s.timeTicker->setTickCount(6);
    m_plot->xAxis->setTicker(s.timeTicker);
    timeaxis::applyUnit(m_plot->xAxis);
    m_plot->yAxis->setSubTicks(false);
    // The average is a band under the cores: its own layer below the lines.
    m_plot->addLayer(QStringLiteral("average"), m_plot->layer(QStringLiteral("main")),
                     QCustomPlot::limBelow);
    s.note = new QCPItemText(m_plot);
    s.note->setClipToAxisRect(false);
    s.note->position->setType(QCPItemPosition::ptAxisRectRatio);
    s.note->position->setAxisRect(s.avgRect);
    s.note->position->setCoords(0.5, 0.45);
    s.note->setPositionAlignment(Qt::AlignCenter);
    s.note->setTextAlignment(Qt::AlignCenter);
    s.note->setPadding(QMargins(10, 6, 10, 6));
    s.note->setBrush(QColor(255, 255, 255, 230));
    s.note->setPen(QPen(QColor(0x90, 0xA4, 0xAE)));
    s.note->setVisible(false);
    s.note->setLayer(QStringLiteral("legend"));   // over the lines
    s.avgRect->setRangeDrag(Qt::Horizontal);
    s.avgRect->setRangeZoom(Qt::Horizontal);
    s.avgRect->setRangeDragAxes(m_plot->xAxis, nullptr);
    s.avgRect->setRangeZoomAxes(m_plot->xAxis, nullptr);

    connect(m_plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
            [this](const QCPRange &range) {
                State &st = *m_state;
                st.updateAxisLabels();
                if (!st.heat || !st.heatRect)
                    return;
                st.heatRect->axis(QCPAxis::atBottom)->setRange(range);
                st.heatMap->invalidate();
            });
    clear(0);
}

CpuChart::~CpuChart() = default;

void CpuChart::clear(int cores, int sampleHz)
{
    State &s = *m_state;
    s.whole = false;
    s.sampleHz = sampleHz;
    s.wallNs = -1;
    s.latest = 0.0;
    s.firstTime = std::numeric_limits<double>::quiet_NaN();
    s.times.clear();
    s.values.clear();
    s.hosts.clear();
    s.localCores = std::max(cores, 0);
    m_plot->setInteractions(QCP::Interactions());
    if (s.sharedAxis)
        s.sharedAxis->realign();     // a new run: the other chart's labels may be shorter
    s.build(std::max(cores, 0));
    s.follow();
    s.updateNote();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void CpuChart::addSamples(const std::vector<CpuSample> &samples)
{
    State &s = *m_state;
    if (samples.empty())
        return;
    // In time order: another host's reading is held until this machine's next one gives it a
    // row, so a whole run added at once (a saved run) has each row as it was then.
    std::vector<const CpuSample *> ordered;
    ordered.reserve(samples.size());
    for (const CpuSample &sample : samples)
        ordered.push_back(&sample);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const CpuSample *a, const CpuSample *b) { return a->tNs < b->tNs; });
    // This machine's first reading decides its core count (the sampler knows it better than
    // the caller), before any row is made.
    for (const CpuSample *sample : ordered) {
        if (!sample->host.empty())
            continue;
        const int n = static_cast<int>(sample->cores.size());
        if (n != s.localCores && n > 0) {
            s.times.clear();
            s.values.clear();
            s.hosts.clear();
            s.localCores = n;
            s.build(n);
        }
        break;
    }
    if (s.cores == 0)
        return;

    Rows rows;   // made since the graphs last got data; a new host rebuilds them from all rows
    for (const CpuSample *sample : ordered) {
        if (sample->host.empty()) {
            s.appendRow(*sample, rows);
            continue;
        }
        auto host = std::find_if(s.hosts.begin(), s.hosts.end(),
                                 [&](const State::Host &h) { return h.name == sample->host; });
        if (host == s.hosts.end()) {
            s.addRows(rows);
            s.addHost(sample->host, static_cast<int>(sample->cores.size()));
            host = s.hosts.end() - 1;
        }
        for (std::size_t c = 0; c < host->latest.size(); ++c)
            host->latest[c] = c < sample->cores.size()
                ? std::clamp(sample->cores[c], 0.0f, 1.0f) * 100.0f
                : 0.0f;
    }
    s.addRows(rows);
    if (s.times.empty())
        return;
    if (std::isnan(s.firstTime))
        s.firstTime = s.times.front();
    s.latest = s.times.back();
    if (!s.whole)
        s.follow();
    if (s.heat)
        s.heatMap->invalidate();
    s.pacer->request();
}

void CpuChart::showWholeRun(std::int64_t wallNs)
{
    State &s = *m_state;
    s.whole = true;
    s.wallNs = wallNs;
    if (!s.sharedAxis) {
        // The run from its start to its end (or its last sample), as the timeline fits it.
        double end = std::max(s.latest, wallNs > 0 ? double(wallNs) * 1e-9 : 0.0);
        if (!(end > 0))
            end = 1.0;
        m_plot->xAxis->setRange(-end * 0.01, end * 1.02);
    }
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    if (s.heat)
        s.heatMap->invalidate();
    s.updateNote();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void CpuChart::shareTimeAxisWith(QCPAxis *axis)
{
    State &s = *m_state;
    s.sharedAxis = new timeaxis::SharedTimeAxis(axis, m_plot->xAxis, this);   // ours takes its range now
    s.updateTitle();
    s.updateAxisLabels();
}

QString CpuChart::note() const
{
    return m_state->note->visible() ? m_state->note->text() : QString();
}

void CpuChart::setTitle(const QString &title, const QString &subtitle)
{
    State &s = *m_state;
    s.title = title;
    s.subtitle = subtitle;
    s.updateTitle();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void CpuChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    State &s = *m_state;
    const bool heat = s.heatMap != nullptr;
    s.updateAxisLabels();
    if (s.colorScale)
        s.colorScale->setLabel(QCoreApplication::translate("Charts", "utilization (%)"));
    if (heat) {
        s.heatMap->setName(QCoreApplication::translate("Charts", "per-core utilization"));
        s.heatMap->valueAxis()->setLabel(QCoreApplication::translate("Charts", "core"));
    }
    for (std::size_t c = 0; c < s.coreGraphs.size(); ++c)
        s.coreGraphs[c]->setName(s.coreName(static_cast<int>(c)));
    if (s.average)
        s.average->setName(heat ? QCoreApplication::translate("Charts", "average of %1 cores").arg(s.cores)
                                : QCoreApplication::translate("Charts", "average"));
    s.updateTitle();
    s.updateNote();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void CpuChart::setPresentationMode(bool on)
{
    State &s = *m_state;
    s.presentation = on;
    s.restyle();
    s.updateTitle();
    s.updateAxisLabels();
    if (s.sharedAxis)
        s.sharedAxis->realign();     // labels of another size
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool CpuChart::isHeatStrip() const
{
    return m_state->heat;
}

void CpuChart::setShortOfRoom(bool on)
{
    State &s = *m_state;
    if (s.shortOfRoom == on)
        return;
    s.shortOfRoom = on;
    s.restyle();
    s.updateAxisLabels();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void CpuChart::setExporting(bool on)
{
    State &s = *m_state;
    s.exporting = on;
    s.restyle();
    s.updateTitle();
    s.updateAxisLabels();
    if (!on)
        m_plot->replot(QCustomPlot::rpQueuedReplot);
}
} // namespace corescope::gui
