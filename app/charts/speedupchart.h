#pragma once

#include <QString>
#include <QWidget>

#include <memory>
#include <vector>

class QCustomPlot;

namespace corescope::gui {

/// One measured point: a run (or the median of repeated runs) at a worker count.
struct SpeedupPoint {
    int workers = 1;
    double speedup = 1.0;       ///< serial wall time / this wall time
    double low = 0.0;           ///< whiskers (min / max over repeats); equal to speedup if one run
    double high = 0.0;
    double wallSeconds = 0.0;
};

/// One line: a mode ("threads", "threads + GIL", "processes"), its points sorted by workers.
struct SpeedupSeries {
    QString name;
    std::vector<SpeedupPoint> points;
    /// Styling when several sources share a chart (Compare): the colour and marker by the
    /// series' position unless set, and a line style per source.
    int colorIndex = -1;
    int shapeIndex = -1;
    Qt::PenStyle lineStyle = Qt::SolidLine;
};

/// A vertical line at a core count ("8 cores", or "64 cores · server" when comparing).
struct CoreMarker {
    int cores = 0;
    QString label;   ///< empty: "N cores"
};

/// Amdahl's law fitted to a series, drawn thin and dotted beyond the measurements.
struct FitCurve {
    QString name;               ///< "threads: Amdahl fit (f = 3.1 %)"
    double serialFraction = 0.0;
    int colorIndex = 0;
};

/// Speedup against the serial run: workers on x, speedup on y, one series per mode, the ideal
/// line (speedup = workers) and a marker at the machine's core count; efficiency on hover.
/// Without a baseline it says so in the plot (the window offers to run it).
class SpeedupChart final : public QWidget {
    Q_OBJECT
public:
    /// What the y axis shows: speedup (× serial, ideal = workers) or parallel efficiency
    /// (speedup / workers in %, ideal = 100 %). The same series feed both.
    enum class Metric { Speedup, Efficiency };

    explicit SpeedupChart(QWidget *parent = nullptr);

    void setData(const std::vector<SpeedupSeries> &series, int machineCores, bool haveBaseline);
    /// Replaces the core-count marker setData() drew (one per machine when comparing).
    void setCoreMarkers(const std::vector<CoreMarker> &markers);
    /// Dotted Amdahl curves (speedup charts only); empty removes them.
    void setFitCurves(const std::vector<FitCurve> &curves);
    void setMetric(Metric metric);
    Metric metric() const;
    /// What is drawn, for tests: the series as set, with their y values in the chart's metric.
    std::vector<SpeedupSeries> series() const;
    std::vector<CoreMarker> coreMarkers() const;
    void setTitle(const QString &title, const QString &subtitle);
    void setPresentationMode(bool on);
    QCustomPlot *plot() const { return m_plot; }

private:
    QCustomPlot *m_plot = nullptr;
    struct State;
    std::shared_ptr<State> m_state;     // shared_ptr: no destructor needed in this header
};

} // namespace corescope::gui
