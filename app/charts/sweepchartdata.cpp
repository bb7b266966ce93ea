#include "app/charts/sweepchartdata.h"
#include "app/charts/runlabel.h"

#include "app/charts/chartexport.h"
#include "app/charts/speedupchart.h"
#include "core/util/duration.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <algorithm>

namespace corescope::gui {

int sweepSeriesColor(const SweepSeries &series)
{
    // Python's curves in colours of their own: native threads and Python threads side by side.
    if (series.runtime == Runtime::Python)
        return series.mode == Mode::Processes ? 5 : series.mode == Mode::Threads ? 3 : 6;
    if (series.mode == Mode::Processes)
        return 2;
    if (series.mode == Mode::Threads)
        return series.gil ? 1 : 0;
    return 3;
}

std::vector<SpeedupSeries> sweepSpeedupSeries(const SweepResult &sweep)
{
    std::vector<SpeedupSeries> out;
    std::vector<SweepSeries> order;
    for (const SweepPoint &p : sweep.points) {
        if (p.series.mode == Mode::Serial)
            continue;
        auto it = std::find(order.begin(), order.end(), p.series);
        if (it == order.end()) {
            order.push_back(p.series);
            SpeedupSeries line;
            line.name = executionText(p.series.mode, p.series.gil, p.series.runtime);
            line.colorIndex = sweepSeriesColor(p.series);
            // Five marker shapes: Python processes take the one no native curve has.
            line.shapeIndex = p.series.runtime == Runtime::Python && p.series.mode == Mode::Processes
                ? 4
                : line.colorIndex;
            out.push_back(line);
            it = order.end() - 1;
        }
        if (p.wallSeconds.empty() || sweep.baselineSeconds <= 0)
            continue;
        SpeedupPoint point;
        point.workers = p.workers;
        point.speedup = p.speedup;
        point.low = p.speedupLow;
        point.high = p.speedupHigh;
        point.wallSeconds = p.median;
        point.shortRun = p.shortRun();
        out[std::size_t(it - order.begin())].points.push_back(point);
    }
    return out;
}

std::vector<FitCurve> sweepFitCurves(const SweepResult &sweep)
{
    std::vector<FitCurve> out;
    for (const SeriesFit &f : sweep.fits) {
        FitCurve curve;
        // f with its 95 % interval: the curve is a prediction, and says how sure it is. A fit
        // of one point has no interval: no curve (the Sweep tab says why).
        const auto range = f.fit.serialFractionInterval();
        if (!range)
            continue;
        curve.name = QCoreApplication::translate("Charts", "%1: Amdahl fit (f = %2 %, 95 %: %3–%4 %)")
                         .arg(executionText(f.series.mode, f.series.gil, f.series.runtime))
                         .arg(f.fit.serialFraction * 100.0, 0, 'f', 1)
                         .arg(range->low * 100.0, 0, 'f', 1)
                         .arg(range->high * 100.0, 0, 'f', 1);
        curve.serialFraction = f.fit.serialFraction;
        curve.colorIndex = sweepSeriesColor(f.series);
        out.push_back(curve);
    }
    return out;
}

QString machineText(const MachineInfo &machine)
{
    QString text = QString::fromStdString(machine.hostname);
    const QString cores = QCoreApplication::translate("Charts", "%1 logical cores").arg(machine.logicalCores);
    const QString cpu = machine.cpuModel.empty()
        ? cores
        : QStringLiteral("%1, %2").arg(QString::fromStdString(machine.cpuModel), cores);
    return text.isEmpty() ? cpu : text + QStringLiteral(" · ") + cpu;
}

QString sweepSubtitle(const SweepResult &sweep)
{
    QStringList parts;
    if (sweep.workload)
        parts << workloadName(*sweep.workload);
    if (const QString scale = scaleText(sweep.spec.base.scale, sweep.workload
                                            ? std::optional(sweep.workload->kernel)
                                            : std::nullopt);
        !scale.isEmpty())
        parts << scale;
    // Each runtime's speedups are against its own serial time.
    for (const Runtime runtime : {Runtime::Native, Runtime::Python})
        if (const SweepPoint *serial = sweep.baseline(runtime))
            parts << (runtime == Runtime::Native ? QCoreApplication::translate("Charts", "serial time %1")
                                                 : QCoreApplication::translate("Charts", "Python serial time %1"))
                         .arg(durationText(serial->median));
    // Which Python measured (its runs are only as Python as that interpreter).
    if (!sweep.pythonVersion.empty())
        parts << QCoreApplication::translate("Charts", "Python %1")
                     .arg(QString::fromStdString(sweep.pythonVersion));
    parts << machineText(sweep.machine);
    return parts.join(QStringLiteral(" · "));
}

std::string renderSweepChart(const SweepResult &sweep, const std::string &kind,
                             const std::string &path, const cli::ChartFileSize &size)
{
    SpeedupChart chart;
    const bool efficiency = kind == "efficiency";
    if (!efficiency && kind != "speedup")
        return "unknown sweep chart \"" + kind + "\"";
    chart.setMetric(efficiency ? SpeedupChart::Metric::Efficiency : SpeedupChart::Metric::Speedup);
    chart.setData(sweepSpeedupSeries(sweep), sweep.machine.logicalCores, sweep.baseline() != nullptr);
    if (!efficiency)
        chart.setFitCurves(sweepFitCurves(sweep));
    chart.setTitle(efficiency ? QCoreApplication::translate("Charts", "Efficiency") : QCoreApplication::translate("Charts", "Speedup"),
                   sweepSubtitle(sweep));
    chart.resize(size.width, size.height);
    return exportPlot(chart.plot(), QFile::decodeName(QByteArray::fromStdString(path)), size.width,
                      size.height, size.scale)
        .toStdString();
}

} // namespace corescope::gui
