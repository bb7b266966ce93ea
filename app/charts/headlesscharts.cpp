#include "app/charts/headlesscharts.h"

#include "app/charts/chartexport.h"
#include "app/charts/cpuchart.h"
#include "app/charts/runlabel.h"
#include "app/charts/sweepchartdata.h"
#include "app/charts/timelinechart.h"
#include "app/cli/commandline.h"
#include "core/trace/runresult.h"

#include <QCoreApplication>
#include <QFile>

namespace corescope::gui {

namespace {

QString subtitle(const RunResult &run)
{
    const QString mode = runLabel(run);
    return QStringLiteral("%1 · %2 · %3")
        .arg(run.workload ? workloadName(*run.workload) : QString(), mode,
             machineText(run.machine));
}
} // namespace

std::string renderRunChart(const RunResult &run, const std::string &kind, const std::string &path,
                           const cli::ChartFileSize &size)
{
    const QString file = QFile::decodeName(QByteArray::fromStdString(path));
    if (kind == "timeline") {
        TimelineChart chart;
        chart.resize(size.width, size.height);
        chart.setRun(run);
        chart.setTitle(QCoreApplication::translate("Charts", "Task timeline"), subtitle(run));
        return exportPlot(chart.plot(), file, size.width, size.height, size.scale).toStdString();
    }
    if (kind == "cpu") {
        CpuChart chart;
        chart.resize(size.width, size.height);
        chart.clear(run.machine.logicalCores > 0 ? run.machine.logicalCores : 1,
                    run.options.sampleHz);
        chart.addSamples(run.samples);
        chart.showWholeRun(run.wallNs);     // the run's span, and the note when it was too short
        chart.setTitle(QCoreApplication::translate("Charts", "Per-core utilization"), subtitle(run));
        return exportPlot(chart.plot(), file, size.width, size.height, size.scale).toStdString();
    }
    return "unknown run chart \"" + kind + "\"";
}

void installHeadlessChartRenderers()
{
    cli::setChartRenderers(&renderSweepChart, &renderRunChart);
}

} // namespace corescope::gui
