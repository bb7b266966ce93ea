#pragma once

// Helpers the widget tests share: a workload file of sleeping tasks, picking a workload in the
// side panel, waiting for a run of the main window to end (bounded by the suite's time factor, tests/timing.h), and reading what the
// charts hold as QCustomPlot will draw it: the timeline plottable's bars and their layout, the
// CPU chart's QCPGraph data. The chart readers return an empty string when the chart holds
// what it should, else the first difference, for QVERIFY2.

#include "app/charts/cpuchart.h"
#include "app/charts/qcpinclude.h"
#include "app/charts/timelinechart.h"
#include "app/charts/timelinedata.h"
#include "app/charts/timelineplottable.h"
#include "app/gui/controlpanel.h"
#include "app/gui/mainwindow.h"
#include "tests/timing.h"

#include <QFile>
#include <QListWidget>
#include <QSignalSpy>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace corescope::test {

// A workload of `tasks` sleeping tasks of `ms` each ("sleepers.json" in `dir`): slow enough
// to cancel mid-run on any machine. Empty when it cannot be written.
inline QString writeSleepWorkload(const QTemporaryDir &dir, int tasks, int ms)
{
    QStringList inputs;
    for (int i = 0; i < tasks; ++i)
        inputs << QString::number(ms);
    const QString path = dir.filePath(QStringLiteral("sleepers.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QStringLiteral("{\n  \"name\": \"Sleepers\",\n  \"description\": \"test\",\n"
                              "  \"kernel\": \"sleep_ms\",\n  \"inputs\": [%1]\n}\n")
                   .arg(inputs.join(QStringLiteral(", ")))
                   .toUtf8());
    return path;
}

// True once the window's run has ended (within `timeoutMs` on a quiet release build, scaled
// by timeFactor() here), or if it already had.
// Picks a workload in the side panel's list, as a click or the arrow keys would.
inline void selectWorkloadInList(gui::MainWindow &window, const QString &id)
{
    QListWidget *list = window.controls()->workloadList();
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == id) {
            list->setCurrentRow(i);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("workload %1 is not in the list").arg(id)));
}

inline bool waitForRunEnd(gui::MainWindow &window, int timeoutMs)
{
    if (!window.isRunning() && window.lastResult())
        return true;
    QSignalSpy ended(&window, &gui::MainWindow::runEnded);
    return ended.wait(scaledMs(timeoutMs)) || !window.isRunning();
}

// The timeline's one plottable in `chart`'s QCustomPlot, or nullptr.
inline gui::timeline::TimelinePlottable *timelinePlottable(const gui::TimelineChart &chart)
{
    auto *plot = chart.findChild<QCustomPlot *>();
    if (!plot)
        return nullptr;
    for (int i = 0; i < plot->plottableCount(); ++i)
        if (auto *p = dynamic_cast<gui::timeline::TimelinePlottable *>(plot->plottable(i)))
            return p;
    return nullptr;
}

// Empty when the timeline holds exactly one bar per finished task of `tasks` (state not
// Pending), in the lane of the task's worker, from its start to its end; and when, zoomed to
// each task, the plot lays that bar out as a span of its own at the pixels of its start and
// end (the layout TimelinePlottable::draw paints). Zooms the chart and puts its view back.
inline QString timelineMismatch(const gui::TimelineChart &chart, const std::vector<TaskRecord> &tasks)
{
    namespace tl = gui::timeline;
    auto *plot = chart.findChild<QCustomPlot *>();
    const tl::TimelinePlottable *plottable = timelinePlottable(chart);
    if (!plot || !plottable)
        return QStringLiteral("the timeline has no plottable");
    const tl::TimelineData &data = plottable->data();

    std::vector<const TaskRecord *> finished;
    for (const TaskRecord &t : tasks)
        if (t.state != TaskState::Pending)
            finished.push_back(&t);
    std::size_t bars = 0;
    for (int lane = 0; lane < data.laneCount(); ++lane)
        bars += data.lane(lane).bars.size();
    if (data.barCount() != finished.size() || bars != finished.size())
        return QStringLiteral("%1 bars (%2 in the lanes) for %3 finished tasks")
            .arg(data.barCount())
            .arg(bars)
            .arg(finished.size());

    const QCPRange view = plot->xAxis->range();
    plot->replot(QCustomPlot::rpImmediateRefresh);   // the axis rect has its current size
    const QRect rect = plot->xAxis->axisRect()->rect();
    if (rect.width() < 100)
        return QStringLiteral("the timeline's plot is %1 px wide").arg(rect.width());
    // Every bar by task index, found once: lane and bar.
    std::vector<std::pair<int, const tl::Bar *>> barOf;
    for (int lane = 0; lane < data.laneCount(); ++lane) {
        for (const tl::Bar &b : data.lane(lane).bars) {
            if (b.index >= barOf.size())
                barOf.resize(std::size_t{b.index} + 1, {-1, nullptr});
            barOf[b.index] = {lane, &b};
        }
    }
    QString mismatch;
    std::vector<tl::Span> spans;
    for (const TaskRecord *t : finished) {
        const auto task = [t] {
            return QStringLiteral("task %1 (worker %2, %3-%4 ns)")
                .arg(t->index)
                .arg(t->worker)
                .arg(t->startNs)
                .arg(t->endNs);
        };
        const auto [lane, bar] = t->index < barOf.size() ? barOf[t->index]
                                                          : std::pair<int, const tl::Bar *>{-1, nullptr};
        if (!bar || lane != t->worker) {
            mismatch = task() + (bar ? QStringLiteral(": its bar is in lane %1").arg(lane)
                                     : QStringLiteral(": no bar"));
            break;
        }
        if (bar->startNs != t->startNs || bar->endNs != t->endNs) {
            mismatch = task() + QStringLiteral(": its bar is at %1-%2 ns").arg(bar->startNs).arg(bar->endNs);
            break;
        }
        // Zoomed so the task fills the middle half of the plot: a bar of its own, never merged.
        const double duration = double(std::max<std::int64_t>(t->endNs - t->startNs, 1'000)) * 1e-9;
        plot->xAxis->setRange(double(t->startNs) * 1e-9 - duration / 2,
                              double(t->endNs) * 1e-9 + duration / 2);
        tl::PixelMap map;
        map.originPx = plot->xAxis->coordToPixel(0.0);
        map.pxPerNs = (plot->xAxis->coordToPixel(1.0) - map.originPx) * 1e-9;
        spans.clear();
        data.laneSpans(lane, map, rect.left(), rect.right() + 1.0, spans, 1.0);
        const auto span = std::find_if(spans.begin(), spans.end(), [t](const tl::Span &s) {
            return !s.merged && s.index == t->index;
        });
        const double x0 = plot->xAxis->coordToPixel(double(t->startNs) * 1e-9);
        const double x1 = plot->xAxis->coordToPixel(double(t->endNs) * 1e-9);
        if (span == spans.end()) {
            mismatch = task() + QStringLiteral(": not laid out when zoomed to it");
            break;
        }
        if (std::abs(span->x0 - x0) > 1.0 || std::abs(span->x1 - x1) > 1.0) {
            mismatch = task() + QStringLiteral(": laid out at %1-%2 px, not %3-%4 px")
                                    .arg(span->x0)
                                    .arg(span->x1)
                                    .arg(x0)
                                    .arg(x1);
            break;
        }
    }
    plot->xAxis->setRange(view);
    plot->replot(QCustomPlot::rpQueuedReplot);
    if (!mismatch.isEmpty() || tasks.size() > tl::TimelineData::kSettleMaxTasks)
        return mismatch;
    // The hand-back ticks are the records' own times (a live run's estimates are settled when
    // it ends), one per task handed back.
    std::size_t handed = 0;
    for (const TaskRecord &t : tasks) {
        handed += t.handedBackNs >= 0 ? 1 : 0;
        if (data.handedBackNs(t.index) != t.handedBackNs)
            return QStringLiteral("task %1: handed back at %2 ns in the timeline, %3 ns in the run")
                .arg(t.index)
                .arg(data.handedBackNs(t.index))
                .arg(t.handedBackNs);
    }
    if (data.handed().size() != handed)
        return QStringLiteral("%1 hand-back ticks for %2 tasks handed back").arg(data.handed().size()).arg(handed);
    return mismatch;
}

// Empty when the CPU chart's QCPGraphs hold `samples` as the sampler took them: keys the
// sample times (s), one line per core (up to eight cores; above, the heat strip has none) with
// the core's utilization (%), and the average line last with their mean.
inline QString cpuChartMismatch(const gui::CpuChart &chart, const std::vector<CpuSample> &samples)
{
    auto *plot = chart.findChild<QCustomPlot *>();
    if (!plot)
        return QStringLiteral("the CPU chart has no plot");
    if (samples.empty())
        return QStringLiteral("no samples to compare with");
    const int cores = static_cast<int>(samples.front().cores.size());
    const int lines = cores <= 8 ? cores : 0;
    if (plot->graphCount() != lines + 1)
        return QStringLiteral("%1 graphs for %2 cores").arg(plot->graphCount()).arg(cores);
    constexpr double kPercentTolerance = 1e-3;   // values pass through float
    for (int g = 0; g <= lines; ++g) {
        const bool average = g == lines;
        const auto graphData = plot->graph(g)->data();
        if (graphData->size() != static_cast<int>(samples.size()))
            return QStringLiteral("graph %1 holds %2 points for %3 samples")
                .arg(plot->graph(g)->name())
                .arg(graphData->size())
                .arg(samples.size());
        auto point = graphData->constBegin();
        for (std::size_t i = 0; i < samples.size(); ++i, ++point) {
            const CpuSample &s = samples[i];
            double expected = 0;
            if (average) {
                for (const float v : s.cores)
                    expected += std::clamp(double(v), 0.0, 1.0) * 100.0;
                expected /= double(std::max<std::size_t>(s.cores.size(), 1));
            } else {
                expected = std::clamp(double(s.cores[std::size_t(g)]), 0.0, 1.0) * 100.0;
            }
            const double t = double(s.tNs) * 1e-9;
            if (std::abs(point->key - t) > 1e-9 || std::abs(point->value - expected) > kPercentTolerance)
                return QStringLiteral("graph %1, sample %2: (%3 s, %4 %) drawn, (%5 s, %6 %) sampled")
                    .arg(plot->graph(g)->name())
                    .arg(i)
                    .arg(point->key)
                    .arg(point->value)
                    .arg(t)
                    .arg(expected);
        }
    }
    return {};
}

} // namespace corescope::test
