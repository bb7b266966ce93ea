#pragma once

// CpuChart's insides, shared by cpuchart.cpp (the widget's public face: samples in, modes,
// titles) and cpuchartstate.cpp (the graphs and the heat strip it builds and restyles).
// Private to the chart.

#include "app/charts/chartstyle.h"
#include "app/charts/cpuchart.h"
#include "app/charts/qcpinclude.h"
#include "app/charts/timeaxis.h"

#include <QCoreApplication>

#include <functional>
#include <limits>
#include <string>
#include <vector>

namespace corescope::gui {

class ReplotPacer;

// The heat strip's colour map, whose cells are worked out from the samples when it is drawn
// (a replot or an export), not when they or the time range change: a live run changes both
// several times a frame, and a chart on another tab is not drawn at all. At 64 cores and a
// 5-minute run, working them out at each change cost 1.3-2.5 ms of the GUI thread a frame,
// hidden or not (100 frames of a sample and two moves of a shared axis).
class HeatMap final : public QCPColorMap {
public:
    /// `fill` sets the cells (State::rebuildHeat).
    HeatMap(QCPAxis *keyAxis, QCPAxis *valueAxis, std::function<void()> fill);
    /// The samples or the range changed: the cells are worked out again before the next draw.
    void invalidate() { m_stale = true; }

protected:
    void draw(QCPPainter *painter) override;

private:
    std::function<void()> m_fill;
    bool m_stale = true;
    int m_filledWidth = -1;     // the plot width the cells were worked out for (an export's)
};

// Rows of samples not yet given to the graphs: their times, each line's values, the average.
struct Rows {
    QVector<double> keys;
    std::vector<QVector<double>> perCore;
    QVector<double> average;
};

struct CpuChart::State {
    explicit State(QCustomPlot *p) : plot(p), frame(p) {}

    void build(int coreCount);
    void appendRow(const CpuSample &sample, Rows &rows);
    void addRows(Rows &rows);
    void addHost(const std::string &host, int hostCores);
    void refill();
    QString coreName(int row) const;
    void removeHeat();
    void rebuildHeat();     // HeatMap's, when it draws; others invalidate() it
    void follow();
    void restyle();
    void updateTitle();
    void updateNote();
    /// The time axis' label and tick labels, and the value axis' label, as compact() and
    /// tight() want them.
    void updateAxisLabels();
    /// Presentation mode over a shared axis: the chart below names the run and the time unit,
    /// so this one leaves out its subtitle and time label (room for the data on a projector).
    /// Not in a file (exporting): it holds the chart alone.
    bool compact() const { return presentation && sharedAxis && !exporting; }
    /// Compact on a short page (CpuChart::setShortOfRoom): the time axis' numbers too, which
    /// the chart below repeats, and a value label that fits a short axis.
    bool tight() const { return compact() && shortOfRoom; }

    QCustomPlot *plot;
    chartstyle::ChartFrame frame;
    ReplotPacer *pacer = nullptr;           // live samples: one replot per frame at most
    int cores = 0;
    bool heat = false;
    bool presentation = false;
    bool shortOfRoom = false;
    bool exporting = false;
    bool whole = false;
    // The time axis is another chart's (no following of its own); lines the two up.
    timeaxis::SharedTimeAxis *sharedAxis = nullptr;
    int sampleHz = 20;
    std::int64_t wallNs = -1;               // the ended run's wall time
    double latest = 0.0;
    double firstTime = std::numeric_limits<double>::quiet_NaN();
    std::vector<QCPGraph *> coreGraphs;
    QCPGraph *average = nullptr;
    QCPItemText *note = nullptr;            // "too short to sample at 20 Hz ..."
    QSharedPointer<timeaxis::TimeTicker> timeTicker;
    QCPAxisRect *heatRect = nullptr;
    HeatMap *heatMap = nullptr;
    QCPColorScale *colorScale = nullptr;
    QCPAxisRect *avgRect = nullptr;          // the average line's (QCustomPlot's first) rect
    QCPMarginGroup *marginGroup = nullptr;
    QCPMarginGroup *scaleGroup = nullptr;
    QSharedPointer<chartstyle::RowTicker> heatTicker;
    // Every sample, for the heat strip and for showWholeRun(): times (s) and values (%),
    // cores values per sample.
    std::vector<double> times;
    std::vector<float> values;
    // MPI: other hosts' cores, after this machine's, in the order their first sample came; a
    // row holds each host's latest reading (NaN before it has one), so every row has one time.
    struct Host {
        std::string name;
        int cores = 0;
        std::vector<float> latest;
    };
    std::vector<Host> hosts;
    int localCores = 0;
    QString title = QCoreApplication::translate("Charts", "Per-core utilization");
    QString subtitle;
};


} // namespace corescope::gui
