#pragma once

#include "app/charts/speedupchartdata.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <vector>

class QCustomPlot;

namespace corescope::gui {

/// Speedup against the serial run: workers on x, speedup on y, one series per mode, the ideal
/// line (speedup = workers) and a marker at the machine's core count; each point labelled with
/// its value ("1.67×"), on screen and in exports alike; efficiency on hover.
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
    /// The value labels drawn beside the points ("1.67×"; "83 %" on an efficiency chart),
    /// series by series in the points' order, for tests.
    QStringList valueLabels() const;
    /// The text a point's value label says, in `metric`: "1.67×", "83 %".
    static QString valueLabelText(double value, Metric metric);
    void setTitle(const QString &title, const QString &subtitle);
    void setPresentationMode(bool on);
    QCustomPlot *plot() const { return m_plot; }

protected:
    /// On QEvent::LanguageChange: axis titles, legend and title in the new language.
    void changeEvent(QEvent *event) override;

private:
    QCustomPlot *m_plot = nullptr;
    struct State;
    std::shared_ptr<State> m_state;     // shared_ptr: no destructor needed in this header
};

} // namespace corescope::gui
