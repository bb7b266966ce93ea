#pragma once

#include <QSplitter>

#include <functional>
#include <memory>

namespace corescope {
struct RunResult;
struct RunSnapshot;
}

namespace corescope::gui {

class CpuChart;
class LabSession;
class TimelineChart;

/// "AMD EPYC, 2 logical cores": the machine the live charts are measured on (read once).
QString localMachineText();

/// The Live tab: per-core utilization above, the per-worker task timeline below, both filled
/// from the session's run as it goes (or all at once from a saved run).
class LivePage final : public QSplitter {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LivePage)
public:
    LivePage(LabSession *session, QWidget *parent = nullptr);

    CpuChart *cpuChart() const { return m_cpuChart; }
    TimelineChart *timelineChart() const { return m_timeline; }
    void setPresentationMode(bool on);
    /// Gives the timeline room for `lanes` worker lanes (and the hand-back row) to read, from
    /// the per-core chart down to its minimum, unless the user has moved the divider. Called
    /// when a run starts or a saved one opens; a later run of fewer workers gives it back.
    void fitTimelineToLanes(int lanes);
    /// saveState() with the divider where it was before the last fit grew the timeline: what
    /// the window remembers.
    QByteArray baseState();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void setChartTitles();
    void applyLaneFit();
    /// Presentation mode on a page too short for both charts whole: tells the charts (and the
    /// per-core chart's least height), and keeps the lane fit.
    void updateShortOfRoom();
    void onRunStarted();
    void onRunPiece(const RunSnapshot &piece);
    void onSavedRunOpened(const std::shared_ptr<const RunResult> &run);
    void onRunEnded();

    LabSession *m_session = nullptr;
    CpuChart *m_cpuChart = nullptr;
    TimelineChart *m_timeline = nullptr;
    // What describes the shown run, kept (not its text) so a language switch says it again.
    std::function<QString()> m_subtitle;   ///< the run's: workload, what ran it, the machine
    std::function<QString()> m_note;       ///< a native run's kernels (kernelsNote), or none
    bool m_presentation = false;
    int m_lanes = 0;                       ///< the lanes the timeline was last fitted to
    bool m_userSized = false;              ///< the divider was dragged: its place is the user's
    double m_shareBeforeFit = -1;          ///< the timeline's share before the last fit grew it
    int m_pendingLanes = 0;                ///< lanes to fit once the page is shown
};

} // namespace corescope::gui
