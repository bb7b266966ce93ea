#include "app/charts/timelinechart.h"

#include "app/charts/chartstyle.h"
#include "app/charts/qcpinclude.h"
#include "app/charts/replotpacer.h"
#include "app/charts/runlabel.h"
#include "app/charts/timeaxis.h"
#include "app/charts/timelinedata.h"
#include "app/charts/timelinelegend.h"
#include "app/charts/timelineplottable.h"
#include "core/util/duration.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHelpEvent>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <optional>

namespace corescope::gui {

namespace cs = chartstyle;
using timeline::Bar;
using timeline::HandTick;
using timeline::TimelineData;
using timeline::TimelinePlottable;
using timeaxis::TimeTicker;

namespace {

QString laneLabel(const timeline::Lane &lane)
{
    if (lane.rank >= 0)   // MPI: the host first, as the lanes are grouped
        return QCoreApplication::translate("Charts", "%1 · rank %2 · pid %3")
            .arg(QString::fromStdString(lane.host)).arg(lane.rank).arg(lane.pid);
    // Workers are numbered from 1 for people, as the Results table and the Chrome trace do.
    QString label = QCoreApplication::translate("Charts", "worker %1").arg(lane.worker + 1);
    if (lane.pid != 0)
        label += QCoreApplication::translate("Charts", " · pid %1").arg(lane.pid);
    return label;
}

QString html(const QString &s) { return s.toHtmlEscaped(); }

} // namespace

struct TimelineChart::State {
    explicit State(QCustomPlot *p) : plot(p), frame(p) {}

    void followRun();
    void setXRange(double lower, double upper);
    void updateFrame();
    /// Presentation mode short of room on screen (setShortOfRoom), not in a file (exporting).
    bool tight() const { return presentation && shortOfRoom && !exporting; }
    std::optional<timeline::Hit> hitAt(const QPoint &pos) const;
    QString describe(const timeline::Hit &hit) const;
    void showToolTip(const QPoint &pos, const QPoint &globalPos);

    QCustomPlot *plot;

    TimelineData data;
    cs::ChartFrame frame;
    ReplotPacer *pacer = nullptr;         // a live run: one replot per frame at most
    TimelinePlottable *plottable = nullptr;
    QSharedPointer<cs::RowTicker> rowTicker;
    QSharedPointer<TimeTicker> timeTicker;
    std::shared_ptr<const Workload> workload;
    RunOptions options;
    std::string machine;                  // "cpu model, N cores" when known
    bool presentation = false;
    bool shortOfRoom = false;
    bool exporting = false;
    bool live = false;
    bool userView = false;                // the user zoomed or panned: stop following
    bool settingRange = false;
    std::int64_t nowNs = 0;
    std::int64_t lastStreamHandNs = 0;
    QString title = QCoreApplication::translate("Charts", "Task timeline");
    QString subtitle;
    bool explicitSubtitle = false;
    int legendKey = -1;                   // which legend entries are shown
    int styledFor = -1;                   // presentation (+ 2: tight legend) the fonts were set for
    QPoint pressPos;
    bool pressed = false;
    bool dragged = false;
    std::int64_t expectedEndNs = 0;       // a live run: elapsed + ETA, the axis spans it
};

TimelineChart::TimelineChart(QWidget *parent)
    : QWidget(parent), m_plot(new QCustomPlot(this)), m_state(std::make_unique<State>(m_plot))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setMinimumSize(320, 200);
    m_plot->setMouseTracking(true);

    State &s = *m_state;
    s.pacer = new ReplotPacer(m_plot);
    s.plottable = new TimelinePlottable(m_plot->xAxis, m_plot->yAxis, &s.data);
    s.plottable->removeFromLegend();

    s.timeTicker = QSharedPointer<TimeTicker>::create();
    s.timeTicker->setTickCount(8);
    m_plot->xAxis->setTicker(s.timeTicker);
    s.rowTicker = QSharedPointer<cs::RowTicker>::create(m_plot->yAxis);
    m_plot->yAxis->setTicker(s.rowTicker);
    m_plot->yAxis->setRangeReversed(true);     // worker 0 on top
    m_plot->yAxis->grid()->setVisible(false);
    m_plot->yAxis->setSubTicks(false);
    m_plot->yAxis->setLabel(QCoreApplication::translate("Charts", "worker"));
    m_plot->xAxis->grid()->setLayer(QStringLiteral("grid"));

    // Only time zooms and pans; the rows stay put.
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->axisRect()->setRangeDragAxes(m_plot->xAxis, nullptr);
    m_plot->axisRect()->setRangeZoomAxes(m_plot->xAxis, nullptr);
    m_plot->axisRect()->setRangeZoomFactor(0.8);
    // Grid lines under the bars would be hidden; draw the time grid above them, faintly.
    m_plot->xAxis->grid()->setLayer(QStringLiteral("main"));
    m_plot->moveLayer(m_plot->layer(QStringLiteral("grid")), m_plot->layer(QStringLiteral("main")));

    connect(m_plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
            [this](const QCPRange &range) {
                State &st = *m_state;
                if (range.size() < 1e-6 && !st.settingRange) {
                    st.settingRange = true;
                    m_plot->xAxis->setRange(range.center(), 1e-6, Qt::AlignCenter);
                    st.settingRange = false;
                    return;
                }
                timeaxis::applyUnit(m_plot->xAxis);   // the unit the per-core chart shows too
            });
    connect(m_plot, &QCustomPlot::mouseWheel, this, [this](QWheelEvent *) {
        m_state->userView = true;
    });
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent *event) {
        State &st = *m_state;
        st.pressPos = event->pos();
        st.pressed = event->button() == Qt::LeftButton;
        st.dragged = false;
    });
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) {
        State &st = *m_state;
        if (st.pressed && (event->buttons() & Qt::LeftButton)) {
            if ((event->pos() - st.pressPos).manhattanLength() > 3) {
                st.dragged = true;
                st.userView = true;
            }
            QToolTip::hideText();
            return;
        }
        st.showToolTip(event->pos(), event->globalPosition().toPoint());
    });
    connect(m_plot, &QCustomPlot::mouseRelease, this, [this](QMouseEvent *event) {
        State &st = *m_state;
        const bool click = st.pressed && !st.dragged && event->button() == Qt::LeftButton;
        st.pressed = false;
        if (!click)
            return;
        const auto hit = st.hitAt(event->pos());
        if (hit && (hit->kind == timeline::Hit::Kind::Task
                    || hit->kind == timeline::Hit::Kind::HandedBack
                    || hit->kind == timeline::Hit::Kind::Running))
            Q_EMIT taskClicked(hit->bar.index);
    });
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent *) {
        fitToRun();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    });

    clear(nullptr, RunOptions{});
}

TimelineChart::~TimelineChart() = default;

bool TimelineChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint pos = m_plot->mapFrom(this, help->pos());
        if (m_state->hitAt(pos)) {
            m_state->showToolTip(pos, help->globalPos());
            return true;
        }
    }
    return QWidget::event(event);
}

void TimelineChart::clear(std::shared_ptr<const Workload> workload, const RunOptions &options)
{
    State &s = *m_state;
    const int lanes = options.mode == Mode::Serial ? 1 : std::max(1, options.workers);
    s.workload = std::move(workload);
    s.options = options;
    s.machine.clear();
    s.data.reset(lanes, s.workload ? s.workload->taskCount() : 0);
    s.live = false;
    s.nowNs = 0;
    s.expectedEndNs = 0;
    s.lastStreamHandNs = 0;
    s.userView = false;
    s.plottable->setNow(-1);
    s.plottable->setCancelled(false);
    s.updateFrame();
    s.setXRange(-0.01, 1.0);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelineChart::addSnapshot(const RunSnapshot &snapshot)
{
    State &s = *m_state;
    if (snapshot.tasksTotal > s.data.taskCount())
        s.data.setTaskCount(snapshot.tasksTotal);
    s.data.setWorkers(snapshot.workers);
    s.data.addTasks(snapshot.newlyFinished);
    s.data.addGilHolds(snapshot.newGilHolds);
    s.live = snapshot.status == RunStatus::Running;
    s.plottable->setCancelled(snapshot.status == RunStatus::Cancelled);
    s.nowNs = snapshot.elapsedNs;
    s.expectedEndNs = timeaxis::expectedEndNs(snapshot.tasksFinished, snapshot.tasksTotal,
                                              snapshot.elapsedNs);
    // The snapshot names which results came back, not when. Records handed back as they were
    // published carry the time; the others are placed by the API's ordering rule, at the
    // earliest the records allow (the report, and a saved run opened with setRun(), have the
    // exact times).
    std::vector<HandTick> ticks;
    ticks.reserve(snapshot.newlyHandedBack.size());
    for (const std::uint32_t index : snapshot.newlyHandedBack) {
        if (const std::int64_t known = s.data.handedBackNs(index); known >= 0) {
            // Its record carried the time. An ordered stream hands back nothing before it, so
            // the estimates of the results behind it start there: the head task's record
            // comes with its time, and the tasks that ended before it wait for it.
            s.lastStreamHandNs = std::max(s.lastStreamHandNs, known);
            continue;
        }
        std::int64_t t = snapshot.elapsedNs;
        if (s.options.ordering() == Ordering::OrderedStream) {
            t = std::max(s.data.endNs(index), s.lastStreamHandNs);
            if (t < 0)
                t = snapshot.elapsedNs;
            s.lastStreamHandNs = t;
        } else if (s.options.ordering() == Ordering::AsCompleted && s.data.endNs(index) >= 0) {
            t = s.data.endNs(index);
        }
        ticks.push_back({t, index});
    }
    s.data.addHandedBack(ticks);
    s.data.setRunning(s.live ? snapshot.running : std::vector<RunSnapshot::Running>{});
    s.plottable->setNow(s.live ? s.nowNs : -1);
    s.updateFrame();
    if (!s.userView)
        s.followRun();
    s.pacer->request();
}

void TimelineChart::setRun(const RunResult &run)
{
    State &s = *m_state;
    clear(run.workload, run.options);
    if (run.machine.logicalCores > 0) {
        s.machine = run.machine.cpuModel.empty() ? std::string() : run.machine.cpuModel + ", ";
        s.machine += std::to_string(run.machine.logicalCores) + " cores";
    }
    s.data.setTaskCount(run.tasks.size());
    s.data.addTasksUnsorted(run.tasks);
    s.data.addGilHolds(run.gilHolds);
    s.data.setWorkers(run.workers);
    s.live = run.status == RunStatus::Running;
    s.plottable->setCancelled(run.status == RunStatus::Cancelled);
    s.nowNs = run.wallNs;
    s.plottable->setNow(-1);
    s.updateFrame();
    fitToRun();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelineChart::settleRunEnd(const RunResult &run)
{
    if (run.workload)
        m_state->workload = run.workload;
    if (m_state->data.settleHandedBack(run.tasks))
        m_state->pacer->request();
}

void TimelineChart::fitToRun()
{
    State &s = *m_state;
    s.userView = false;
    s.followRun();
}

void TimelineChart::setTitle(const QString &title, const QString &subtitle)
{
    State &s = *m_state;
    s.title = title;
    s.subtitle = subtitle;
    s.explicitSubtitle = !subtitle.isEmpty();
    s.updateFrame();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelineChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    State &s = *m_state;
    m_plot->yAxis->setLabel(QCoreApplication::translate("Charts", "worker"));
    m_plot->xAxis->setLabel(timeaxis::label(s.timeTicker->scale()));
    s.legendKey = -1;  // the same entries, said again
    s.updateFrame();   // lane labels, legend and subtitle
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

int TimelineChart::laneLabelStep() const
{
    return m_state->rowTicker->rowStep();
}

void TimelineChart::setShortOfRoom(bool on)
{
    State &s = *m_state;
    if (s.shortOfRoom == on)
        return;
    s.shortOfRoom = on;
    s.updateFrame();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelineChart::setExporting(bool on)
{
    State &s = *m_state;
    s.exporting = on;
    s.updateFrame();
    if (!on)
        m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelineChart::setPresentationMode(bool on)
{
    State &s = *m_state;
    s.presentation = on;
    s.plottable->setPresentation(on);
    s.legendKey = -1;
    s.updateFrame();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

// ---------------------------------------------------------------------------------------------

void TimelineChart::State::followRun()
{
    State &s = *this;
    // A live run is drawn to its expected end (elapsed + ETA), so the bars grow into the frame
    // rather than the frame squeezing them; a finished one to its end.
    const std::int64_t expected = s.live ? s.expectedEndNs : 0;
    const std::int64_t end = std::max({s.nowNs, s.data.lastEventNs(), expected, std::int64_t{1'000'000}});
    const double seconds = double(end) * 1e-9;
    setXRange(-seconds * 0.01, seconds * 1.02);
}

void TimelineChart::State::setXRange(double lower, double upper)
{
    State &s = *this;
    s.settingRange = true;
    plot->xAxis->setRange(lower, upper);
    s.settingRange = false;
}

void TimelineChart::State::updateFrame()
{
    State &s = *this;
    const int lanes = s.data.laneCount();

    // Rows: lanes 0..n-1, then the hand-back lane, a little apart and taller with many lanes.
    const double handTop = lanes - 0.5 + 0.3;
    const double handBottom = handTop + std::clamp(lanes * 0.3, 1.0, 4.0);
    s.plottable->setHandLane(handTop, handBottom, true);
    plot->yAxis->setRange(-0.6, handBottom + 0.1);
    std::vector<QString> labels;
    labels.reserve(static_cast<std::size_t>(lanes));
    for (int i = 0; i < lanes; ++i)
        labels.push_back(laneLabel(s.data.lane(i)));
    s.rowTicker->setRows(std::move(labels));
    s.rowTicker->setExtra({{(handTop + handBottom) / 2, QCoreApplication::translate("Charts", "handed back")}});

    // Title and subtitle: the caller's, or one made from the run.
    QString subtitle = s.subtitle;
    if (!s.explicitSubtitle && s.workload) {
        subtitle = workloadName(*s.workload) + QStringLiteral(" · ")
            + executionText(s.options.mode, false, s.options.runtime);
        if (s.options.mode != Mode::Serial)
            subtitle += QCoreApplication::translate("Charts", ", %1 workers, chunksize %2, %3")
                            .arg(s.options.workers)
                            .arg(chunksizeText(s.options, s.workload->taskCount()),
                                 apiText(s.options.api, s.options.mode));
        if (s.options.gil && s.options.mode == Mode::Threads
            && s.options.runtime == Runtime::Native)
            subtitle += QCoreApplication::translate("Charts", ", emulated GIL");
        if (!s.machine.empty())
            subtitle += QStringLiteral(" · ") + QString::fromStdString(s.machine);
    }
    // Short of room on a projector, the data before the subtitle: the diagnosis' header under
    // the charts names the same run. A file holds it always.
    s.frame.setTitle(s.title, s.tight() ? QString() : subtitle);

    // Legend entries: only what the chart can show for this run.
    timeline::LegendContent shown;
    shown.gil = s.data.anyGilWait() || (s.options.gil && s.options.mode == Mode::Threads);
    shown.failed = s.data.anyFailed();
    shown.cancelled = s.data.anyCancelled();
    shown.startup = s.data.anyStartup();
    shown.python = s.options.runtime == Runtime::Python;
    shown.mode = s.options.mode;
    shown.holds = s.data.anyHolds();
    shown.sampled = s.data.holdsSampled();
    shown.brief = s.tight();
    if (shown.key() != s.legendKey) {
        s.legendKey = shown.key();
        timeline::fillLegend(plot->legend, shown, s.presentation);
        s.frame.setLegendColumns(5);
        s.styledFor = -1;
    }
    // Short of room on screen, the legend's small swatches (and brief labels, above): its
    // entries then fit on one row at 1280 px (English and Russian, unless the run has GIL waits
    // to show too), a row of lanes more.
    if (s.styledFor != int(s.presentation) + 2 * int(s.tight())) {
        s.styledFor = int(s.presentation) + 2 * int(s.tight());
        s.frame.applyStyle(s.presentation, s.tight());
        plot->xAxis->grid()->setPen(QPen(QColor(0, 0, 0, s.presentation ? 60 : 38), 1.0));
    }
}

std::optional<timeline::Hit> TimelineChart::State::hitAt(const QPoint &pos) const
{
    const State &s = *this;
    QCPAxisRect *rect = plot->axisRect();
    if (!rect->rect().contains(pos))
        return std::nullopt;
    const double key = plot->xAxis->pixelToCoord(pos.x());
    const double value = plot->yAxis->pixelToCoord(pos.y());
    const double pxPerSecond = std::abs(plot->xAxis->coordToPixel(1.0) - plot->xAxis->coordToPixel(0.0));
    if (!(pxPerSecond > 0))
        return std::nullopt;
    const auto tNs = static_cast<std::int64_t>(std::llround(key * 1e9));
    const auto tolNs = static_cast<std::int64_t>(std::ceil(3.0 / pxPerSecond * 1e9));

    timeline::Hit hit;
    const int lane = static_cast<int>(std::lround(value));
    if (lane >= 0 && lane < s.data.laneCount() && std::abs(value - lane) <= 0.5) {
        hit.lane = lane;
        const timeline::Lane &l = s.data.lane(lane);
        // Bars fill the middle of their lane; the strip between lanes is nobody's.
        const double pxPerRow = std::abs(plot->yAxis->coordToPixel(1.0) - plot->yAxis->coordToPixel(0.0));
        const double slack = pxPerRow > 0 ? 2.0 / pxPerRow : 0.0;
        if (std::abs(value - lane) > TimelinePlottable::kBarHalfHeight + slack)
            return std::nullopt;
        if (auto bar = s.data.barAt(lane, tNs, tolNs)) {
            hit.kind = timeline::Hit::Kind::Task;
            hit.bar = *bar;
            hit.handedBackNs = s.data.handedBackNs(bar->index);
            return hit;
        }
        if (l.runningIndex >= 0 && s.live && tNs >= l.runningStartNs - tolNs && tNs <= s.nowNs + tolNs) {
            hit.kind = timeline::Hit::Kind::Running;
            hit.bar.index = static_cast<std::uint32_t>(l.runningIndex);
            hit.bar.startNs = l.runningStartNs;
            hit.bar.endNs = s.nowNs;
            return hit;
        }
        const std::int64_t ready = l.readyNs >= 0 ? l.readyNs : (s.live ? s.nowNs : l.spawnNs);
        if (l.spawnNs >= 0 && tNs >= l.spawnNs - tolNs && tNs <= ready + tolNs) {
            hit.kind = timeline::Hit::Kind::Startup;
            hit.bar.startNs = l.spawnNs;
            hit.bar.endNs = ready;
            return hit;
        }
        return std::nullopt;
    }
    const double top = s.plottable->handTop();
    const double bottom = s.plottable->handBottom();
    if (value >= top && value <= bottom) {
        const double fraction = (value - top) / (bottom - top);
        if (auto tick = s.data.handTickAt(tNs, fraction, tolNs)) {
            hit.kind = timeline::Hit::Kind::HandedBack;
            hit.handedBackNs = tick->tNs;
            if (auto bar = s.data.barOf(tick->index))
                hit.bar = *bar;
            hit.bar.index = tick->index;
            hit.held = s.data.heldAt(tick->tNs);
            return hit;
        }
        // Up to now (live) or the last event, as the band is drawn: later is not known.
        const std::int64_t known = s.live ? s.nowNs : s.data.lastEventNs();
        if (tNs >= 0 && tNs <= known && s.data.barCount() > 0) {
            hit.kind = timeline::Hit::Kind::Held;
            hit.atNs = tNs;
            hit.held = s.data.heldAt(tNs);
            return hit;
        }
    }
    return std::nullopt;
}

QString TimelineChart::State::describe(const timeline::Hit &hit) const
{
    const State &s = *this;
    const auto seconds = [](std::int64_t ns) {
        return durationTextNs(ns);
    };
    QString text;
    const auto row = [&text](const QString &name, const QString &value) {
        text += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>").arg(html(name), html(value));
    };
    if (hit.kind == timeline::Hit::Kind::Startup) {
        const timeline::Lane &l = s.data.lane(hit.lane);
        text = QCoreApplication::translate("Charts", "<b>%1 starting up</b><table>").arg(html(laneLabel(l)));
        row(QCoreApplication::translate("Charts", "from"), seconds(hit.bar.startNs));
        row(QCoreApplication::translate("Charts", "took"), seconds(hit.bar.endNs - hit.bar.startNs));
        return text + QStringLiteral("</table>");
    }
    if (hit.kind == timeline::Hit::Kind::Held) {
        text = QStringLiteral("<b>%1</b><table>")
                   .arg(html(QCoreApplication::translate("Charts", "Results held by the caller")));
        row(QCoreApplication::translate("Charts", "at"), seconds(hit.atNs));
        row(QCoreApplication::translate("Charts", "held"),
            QCoreApplication::translate("Charts", "%1 of %2 (ended, not yet handed back)")
                                           .arg(hit.held)
                                           .arg(s.data.taskCount()));
        return text + QStringLiteral("</table>");
    }
    const Bar &b = hit.bar;
    text = QCoreApplication::translate("Charts", "<b>task %1</b>").arg(b.index);
    if (hit.kind == timeline::Hit::Kind::Running)
        text += QCoreApplication::translate("Charts", " (running)");
    else if (b.killed)
        text += QCoreApplication::translate("Charts", " <span style='color:#d62728'>(killed when the pool broke)</span>");
    else if (b.cancelled)
        text += QCoreApplication::translate("Charts", " (stopped by Cancel)");
    else if (b.failed)
        text += QCoreApplication::translate("Charts", " <span style='color:#d62728'>(failed)</span>");
    text += QStringLiteral("<table>");
    if (s.workload && b.index < s.workload->taskCount()) {
        row(QCoreApplication::translate("Charts", "input"), QString::fromStdString(formatInput(
                                         s.workload->kernel, s.workload->input(b.index))));
        if (b.cancelled) {
            row(QCoreApplication::translate("Charts", "result"), QCoreApplication::translate("Charts", "none (stopped by Cancel)"));
        } else if (hit.kind != timeline::Hit::Kind::Running && !(b.failed && !b.mismatch)) {
            QString result = b.resultKnown
                ? QString::fromStdString(s.workload->resultText(b.result))
                : QCoreApplication::translate("Charts", "not kept (Corescope keeps an int from 0 "
                                                        "to 2^64-1, a bool, None or a list of ints)");
            if (b.mismatch && s.workload->expected && b.index < s.workload->expected->size())
                result += QCoreApplication::translate("Charts", " (expected %1)").arg(QString::fromStdString(
                    s.workload->resultText((*s.workload->expected)[b.index])));
            row(QCoreApplication::translate("Charts", "result"), result);
        } else if (b.killed) {
            row(QCoreApplication::translate("Charts", "result"), QCoreApplication::translate("Charts", "none (stopped when another worker's death broke the pool)"));
        } else if (b.failed) {
            row(QCoreApplication::translate("Charts", "result"), QCoreApplication::translate("Charts", "none (the worker died)"));
        }
    }
    row(QCoreApplication::translate("Charts", "start"), seconds(b.startNs));
    if (hit.kind == timeline::Hit::Kind::Running) {
        row(QCoreApplication::translate("Charts", "running for"), seconds(b.endNs - b.startNs));
    } else if (b.startNs >= 0) {
        row(QCoreApplication::translate("Charts", "duration"), seconds(b.endNs - b.startNs));
        if (b.cpuStart >= 0) {
            row(QCoreApplication::translate("Charts", "CPU"), b.cpuEnd >= 0 && b.cpuEnd != b.cpuStart
                                           ? QStringLiteral("%1 → %2").arg(b.cpuStart).arg(b.cpuEnd)
                                           : QString::number(b.cpuStart));
        }
        if (b.gilWaitNs > 0 || (s.options.gil && s.options.mode == Mode::Threads)) {
            const double share = b.endNs > b.startNs ? b.gilWaitNs / double(b.endNs - b.startNs) : 0;
            const QString name = QCoreApplication::translate(
                kExecutionLabelContext, taskWaitLabel(s.options.mode, s.options.runtime).data());
            row(name, seconds(static_cast<std::int64_t>(b.gilWaitNs))
                          + QStringLiteral(" (%1 %)").arg(std::lround(share * 100)));
        }
        if (s.data.anyHolds() && hit.lane >= 0 && b.endNs > b.startNs) {
            const std::int64_t held = s.data.heldWithin(hit.lane, b.startNs, b.endNs);
            const double share = double(held) / double(b.endNs - b.startNs);
            row(s.data.holdsSampled() ? QCoreApplication::translate("Charts", "running (sampled)")
                                      : QCoreApplication::translate("Charts", "holding the GIL"),
                seconds(held) + QStringLiteral(" (%1 %)").arg(std::lround(share * 100)));
        }
    }
    if (hit.handedBackNs >= 0)
        row(QCoreApplication::translate("Charts", "handed back"), seconds(hit.handedBackNs));
    if (hit.kind == timeline::Hit::Kind::HandedBack)
        row(QCoreApplication::translate("Charts", "held by the caller then"), QString::number(hit.held));
    const int laneIndex = hit.lane >= 0 ? hit.lane : -1;
    if (laneIndex >= 0) {
        const timeline::Lane &lane = s.data.lane(laneIndex);
        row(QCoreApplication::translate("Charts", "worker"), laneLabel(lane));
        // MPI: this host's times were moved onto Corescope's clock by an estimate.
        if (lane.clockUncertaintyNs >= 0) {
            const std::int64_t off = lane.clockOffsetNs;
            row(QCoreApplication::translate("Charts", "host clock"),
                QCoreApplication::translate("Charts", "%1%2 from Corescope's, ± %3 (times shifted by it)")
                    .arg(off < 0 ? QStringLiteral("-") : QStringLiteral("+"),
                         seconds(off < 0 ? -off : off), seconds(lane.clockUncertaintyNs)));
        }
    }
    return text + QStringLiteral("</table>");
}

void TimelineChart::State::showToolTip(const QPoint &pos, const QPoint &globalPos)
{
    const auto hit = hitAt(pos);
    if (!hit) {
        QToolTip::hideText();
        return;
    }
    QString text = describe(*hit);
    if (presentation)     // the projector's back row reads tooltips too
        text = QStringLiteral("<div style='font-size:16pt'>%1</div>").arg(text);
    QToolTip::showText(globalPos, text, plot, QRect(pos, QSize(1, 1)));
}

} // namespace corescope::gui
