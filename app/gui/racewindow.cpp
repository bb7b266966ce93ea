#include "app/gui/racewindow.h"

#include "app/charts/qcpinclude.h"
#include "app/charts/runlabel.h"
#include "app/charts/timelinechart.h"
#include "app/charts/walltimechart.h"
#include "app/gui/closeshortcuts.h"

#include <QGridLayout>
#include <QLabel>

#include <algorithm>

namespace corescope::gui {

RaceWindow::RaceWindow(std::shared_ptr<const RunResult> first,
                       std::shared_ptr<const RunResult> second, QWidget *parent)
    : QWidget(parent, Qt::Window), m_runs{std::move(first), std::move(second)}
{
    setObjectName(QStringLiteral("raceWindow"));
    addCloseShortcuts(this);
    const QString workload = m_runs[0]->workload ? workloadName(*m_runs[0]->workload) : QString();
    setWindowTitle(tr("Race: %1").arg(workload));

    auto *layout = new QGridLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("raceHeading"));
    m_heading->setWordWrap(true);
    m_heading->setText(tr("<b>%1</b>, the same tasks twice, one after the other: <b>%2</b> "
                          "(top), then <b>%3</b> (below), on one time axis.")
                           .arg(workload.toHtmlEscaped(), optionsText(m_runs[0]->options).toHtmlEscaped(),
                                optionsText(m_runs[1]->options).toHtmlEscaped()));
    layout->addWidget(m_heading, 0, 0, 1, 2);

    std::vector<WallTimeChart::Bar> bars;
    std::int64_t end = 1'000'000;
    for (int i = 0; i < 2; ++i) {
        const RunResult &run = *m_runs[i];
        auto *chart = new TimelineChart(this);
        chart->setObjectName(QStringLiteral("raceTimeline%1").arg(i + 1));
        chart->setRun(run);
        chart->setTitle(tr("%1. %2").arg(i + 1).arg(optionsText(run.options)),
                        tr("%1 · wall time %2").arg(runLabel(run), durationTextNs(run.wallNs)));
        m_timelines[i] = chart;
        layout->addWidget(chart, i + 1, 0);
        bars.push_back({optionsText(run.options), double(run.wallNs) * 1e-9,
                        run.status == RunStatus::Ok});
        end = std::max(end, run.wallNs);
        for (const TaskRecord &t : run.tasks)
            end = std::max(end, std::max(t.endNs, t.handedBackNs));
    }
    m_endSeconds = double(end) * 1e-9;

    m_wallTimes = new WallTimeChart(this);
    m_wallTimes->setObjectName(QStringLiteral("raceWallTimes"));
    m_wallTimes->setBars(std::move(bars));
    layout->addWidget(m_wallTimes, 1, 1, 2, 1);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(1, 1);
    layout->setRowStretch(2, 1);

    // One time axis: what one timeline shows, the other shows too.
    for (int i = 0; i < 2; ++i) {
        QCustomPlot *from = m_timelines[i]->plot();
        QCustomPlot *to = m_timelines[1 - i]->plot();
        connect(from->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
                [this, to](const QCPRange &range) {
                    if (m_syncing || to->xAxis->range() == range)
                        return;
                    m_syncing = true;
                    to->xAxis->setRange(range);
                    to->replot(QCustomPlot::rpQueuedReplot);
                    m_syncing = false;
                });
        // After the chart's own fit to its run: both fit the longer one.
        connect(from, &QCustomPlot::mouseDoubleClick, this, [this] { fitBoth(); });
    }
    fitBoth();
    resize(1400, 800);
}

void RaceWindow::fitBoth()
{
    // As a timeline fits its own run (TimelineChart::fitToRun), with the longer run's end.
    const QCPRange range(-m_endSeconds * 0.01, m_endSeconds * 1.02);
    m_syncing = true;
    for (TimelineChart *chart : m_timelines) {
        chart->plot()->xAxis->setRange(range);
        chart->plot()->replot(QCustomPlot::rpQueuedReplot);
    }
    m_syncing = false;
}

} // namespace corescope::gui
