#include "app/gui/livepage.h"

#include "app/charts/cpuchart.h"
#include "app/charts/qcpinclude.h"
#include "app/charts/runlabel.h"
#include "app/charts/sweepchartdata.h"
#include "app/charts/timelinechart.h"
#include "app/gui/labsession.h"
#include "app/models/runhistory.h"
#include "core/sample/cpusampler.h"
#include "core/trace/machineinfo.h"

#include <QEvent>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <utility>

namespace corescope::gui {

namespace {
// The per-core chart's least height (px, decorations included) at the window's own fonts.
constexpr int kCpuMinPx = 170;
// Presentation mode's chart heights (px, decorations included): a cpu chart without subtitle
// and time label needs about 142 px around its data (title, time numbers, legend), the
// timeline about 195; each keeps a data area of 64 px or more (tst_gui_screenshot).
constexpr int kPresentationCpuMinPx = 210;
constexpr int kPresentationTimelineMinPx = 250;
// A worker lane's height (px, its gap included) that reads at its size: a task number, and
// from the back of a room in presentation mode. The hand-back row counts as two lanes.
constexpr int kReadableLanePx = 24;
constexpr int kPresentationReadableLanePx = 34;
// A page under this height in presentation mode (1280x720 or 1366x768 under a lesson: 440-490
// px) is short of room: the charts leave out what the window says elsewhere (the per-core
// chart's time numbers, the timeline's subtitle), and the per-core chart, its decorations
// smaller by a row of numbers and with the legend's small swatches, may be 40 px shorter.
// Without a lesson a 720p page has about 550 px, room for both charts whole and their lanes;
// at 1080p 800 or more.
constexpr int kShortPagePx = 500;
constexpr int kShortPresentationCpuMinPx = 170;
} // namespace

QString localMachineText()
{
    static const QString text = [] {
        const MachineInfo machine = MachineInfo::current();
        return machine.cpuModel.empty()
            ? LivePage::tr("%1 logical cores").arg(logicalCoreCount())
            : LivePage::tr("%1, %2 logical cores")
                  .arg(QString::fromStdString(machine.cpuModel))
                  .arg(logicalCoreCount());
    }();
    return text;
}

LivePage::LivePage(LabSession *session, QWidget *parent)
    : QSplitter(Qt::Vertical, parent), m_session(session)
{
    setObjectName(QStringLiteral("liveSplitter"));
    setChildrenCollapsible(false);
    m_cpuChart = new CpuChart(this);
    m_cpuChart->setObjectName(QStringLiteral("cpuChart"));
    m_cpuChart->setToolTip(tr("Per-core utilization: one line per logical core over the average "
                              "(the wide grey band). Its time axis is the timeline's: zoom or "
                              "pan either. Right-click to export."));
    m_cpuChart->setMinimumHeight(kCpuMinPx);
    m_timeline = new TimelineChart(this);
    m_timeline->setObjectName(QStringLiteral("timelineChart"));
    m_timeline->setToolTip(tr("One row per worker, one bar per task. Hover a bar for its "
                              "details, drag to pan, scroll to zoom, right-click to export or "
                              "fit the whole run."));
    m_timeline->setMinimumHeight(200);
    addWidget(m_cpuChart);
    addWidget(m_timeline);
    setStretchFactor(0, 2);
    setStretchFactor(1, 3);
    m_cpuChart->clear(logicalCoreCount());
    // One time axis for both: the timeline follows the run (to its expected end while it
    // goes), and a zoom or pan of either chart moves the other.
    m_cpuChart->shareTimeAxisWith(m_timeline->plot()->xAxis);

    connect(this, &QSplitter::splitterMoved, this, [this] { m_userSized = true; });
    connect(session, &LabSession::runStarted, this, &LivePage::onRunStarted);
    connect(session, &LabSession::runPiece, this, &LivePage::onRunPiece);
    connect(session, &LabSession::savedRunOpened, this, &LivePage::onSavedRunOpened);
    connect(session, &LabSession::runEnded, this, &LivePage::onRunEnded);
}

void LivePage::onRunStarted()
{
    const auto workload = m_session->runWorkload();
    const RunOptions &options = m_session->runOptions();
    m_timeline->clear(workload, options);
    m_cpuChart->clear(logicalCoreCount(), options.sampleHz);
    updateShortOfRoom();   // (lines or a heat strip: the chart's least height)
    m_subtitle = [workload, options]() -> QString {
        return runTitle(*workload, options) + QStringLiteral(" · ") + localMachineText();
    };
    m_note = [options] { return kernelsNote(options); };
    setChartTitles();
    fitTimelineToLanes(options.mode == Mode::Serial ? 1 : options.workers);
}

void LivePage::fitTimelineToLanes(int lanes)
{
    m_lanes = std::max(lanes, 1);
    m_pendingLanes = m_lanes;
    if (!isVisible())
        return;     // (another tab shows: done when this one is shown, laid out)
    applyLaneFit();
}

void LivePage::applyLaneFit()
{
    const int lanes = std::exchange(m_pendingLanes, 0);
    const QList<int> now = sizes();
    if (lanes <= 0 || m_userSized || now.size() != 2)
        return;
    const int total = now[0] + now[1];
    const int most = total - m_cpuChart->minimumHeight();
    if (total <= 0 || most < m_timeline->minimumHeight())
        return;
    QCustomPlot *plot = m_timeline->plot();
    const int decorations = m_timeline->height() - plot->axisRect()->height();
    const int laneHeight = m_presentation ? kPresentationReadableLanePx : kReadableLanePx;
    const int wanted = decorations + (lanes + 2) * laneHeight;
    // The share it had before the last fit grew it (a share: the window may have been resized
    // or gone full screen since), so fewer lanes give the room back.
    const int base = m_shareBeforeFit >= 0 ? int(std::lround(m_shareBeforeFit * total)) : now[1];
    const int target = std::clamp(std::max(base, std::min(wanted, most)),
                                  m_timeline->minimumHeight(), most);
    m_shareBeforeFit = target > base ? double(base) / total : -1.0;
    if (target != now[1])
        setSizes({total - target, target});   // (not a drag: splitterMoved stays quiet)
}

QByteArray LivePage::baseState()
{
    // The divider as the user left it, not as the last fit put it.
    const QList<int> now = sizes();
    if (m_shareBeforeFit < 0 || now.size() != 2)
        return saveState();
    const int total = now[0] + now[1];
    const int base = int(std::lround(m_shareBeforeFit * total));
    setSizes({total - base, base});
    const QByteArray state = saveState();
    setSizes(now);
    return state;
}

void LivePage::showEvent(QShowEvent *event)
{
    QSplitter::showEvent(event);
    if (m_pendingLanes > 0)   // after the layout has given the charts their sizes
        QTimer::singleShot(0, this, [this] {
            if (isVisible())
                applyLaneFit();
        });
}

void LivePage::setChartTitles()
{
    // The run's subtitle, and for a native run what ran its kernels (C++; how much longer in
    // Python, once measured).
    // Said from what describes the run, in today's language (also after View > Language).
    const QString base = m_subtitle ? m_subtitle() : QString();
    const QString note = m_note ? m_note() : QString();
    const QString subtitle = note.isEmpty() ? base : base + QStringLiteral(" · ") + note;
    m_cpuChart->setTitle(tr("Per-core utilization"), subtitle);
    m_timeline->setTitle(tr("Task timeline"), subtitle);
}

void LivePage::changeEvent(QEvent *event)
{
    QSplitter::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && m_subtitle)
        setChartTitles();
}

void LivePage::onRunPiece(const RunSnapshot &piece)
{
    if (!piece.newSamples.empty())
        m_cpuChart->addSamples(piece.newSamples);
    m_timeline->addSnapshot(piece);
}

void LivePage::onSavedRunOpened(const std::shared_ptr<const RunResult> &run)
{
    m_cpuChart->clear(run->machine.logicalCores > 0 ? run->machine.logicalCores
                                                    : logicalCoreCount(),
                      run->options.sampleHz);
    updateShortOfRoom();
    if (!run->samples.empty())
        m_cpuChart->addSamples(run->samples);
    m_cpuChart->showWholeRun(run->wallNs);
    m_timeline->setRun(*run);
    // Titles name the machine the run was measured on, not this one.
    m_subtitle = [run] {
        return QStringLiteral("%1 · %2 · %3")
            .arg(run->workload ? workloadName(*run->workload) : QString(), runLabel(*run),
                 machineText(run->machine));
    };
    m_note = [options = run->options] { return kernelsNote(options); };
    setChartTitles();
    fitTimelineToLanes(std::max<int>(1, int(run->workers.size())));
}

void LivePage::onRunEnded()
{
    // A native run, measured: how much longer the same tasks computed in the last Python run.
    if (const auto run = m_session->lastResult(); run && run->options.runtime == Runtime::Native) {
        const auto &python = m_session->runtimeComparison();
        m_note = [options = run->options,
                  ratio = python ? std::optional(python->value) : std::nullopt] {
            return kernelsNote(options, ratio);
        };
        setChartTitles();
    }
    const auto run = m_session->lastResult();
    m_cpuChart->showWholeRun(run ? run->wallNs : -1);
    if (run)
        m_timeline->settleRunEnd(*run);
    m_timeline->fitToRun();
}

void LivePage::setPresentationMode(bool on)
{
    m_presentation = on;
    m_cpuChart->setPresentationMode(on);
    // Large titles, axes and legend need room, even under a lesson and a diagnosis: on a
    // 1280x720 projector the two minimums and the window's other rows just fit, and each
    // chart keeps a data area (tests/tst_gui_mainwindow, tst_gui_screenshot check it). The
    // per-core chart leaves its subtitle and time label to the timeline below it.
    m_timeline->setMinimumHeight(on ? kPresentationTimelineMinPx : 200);
    m_timeline->setPresentationMode(on);
    updateShortOfRoom();
}

void LivePage::updateShortOfRoom()
{
    const bool tight = m_presentation && height() < kShortPagePx;
    m_cpuChart->setShortOfRoom(tight);
    m_timeline->setShortOfRoom(tight);
    // (A heat strip of many cores keeps its height: the strip takes most of it.)
    m_cpuChart->setMinimumHeight(!m_presentation                        ? kCpuMinPx
                                 : tight && !m_cpuChart->isHeatStrip() ? kShortPresentationCpuMinPx
                                                                       : kPresentationCpuMinPx);
    // Short of room, the room the charts gave up goes to the lanes, and stays with them while
    // the page's height changes (the lesson's text laid out, the diagnosis folding): the
    // splitter alone would share it out by its stretch factors. Not once the user moved the
    // divider.
    if (tight && m_lanes > 0)
        fitTimelineToLanes(m_lanes);
}

void LivePage::resizeEvent(QResizeEvent *event)
{
    QSplitter::resizeEvent(event);
    // (The per-core chart's least height, which this may lower, feeds back through the
    // window's minimum into the room the lesson panel takes, and so into this page's height:
    // going short lets the lesson's text take a little more, which keeps the page short. It
    // settles; it does not swing.)
    if (m_presentation)
        updateShortOfRoom();
}

} // namespace corescope::gui
