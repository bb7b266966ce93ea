#pragma once

#include "app/jobs/snapshotqueue.h"
#include "app/models/runhistory.h"
#include "core/analysis/rundigest.h"
#include "core/trace/runrecorder.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace corescope::jobs {
class JobRunner;
}

namespace corescope::gui {

class EventLoopProbe;

/// What the window is about: the workload, the run going (or the last one), the finished runs
/// of every workload and a saved run being shown. The pages, panels and the lesson guide observe
/// it through its signals; nothing here knows a widget.
///
/// Runs go through the JobRunner (shared with the Sweep tab, so a run and a sweep never
/// overlap). Its snapshots arrive ~30 times a second; the session hands them on in pieces of at
/// most kPieceTasks records, as many as fit in kDrainBudgetMs per event-loop turn, so a million
/// tiny tasks are neither a million signals nor one long freeze.
class LabSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabSession)
public:
    /// GUI time spent on incoming run data per event-loop turn: the rest of a frame (16 ms)
    /// is for the user, a chart's replot (a few ms) and the progress bar. A turn is often
    /// followed at once by the window's repaint (2-4 ms of CPU, more when the workers hold the
    /// cores), and that pair is the event loop's longest delay during a run: at 6 ms the three
    /// native million-task runs of corescope-gui-bench had p99s of 9.4-17.0 ms (mean 13.1), at
    /// 4 ms 8.3-15.9 (mean 11.2), three alternating runs each, and they settled at most 0.1 s
    /// later (0.46-0.76 s).
    static constexpr int kDrainBudgetMs = 4;
    /// Task records handed on at once (one beginInsertRows in the table, one timeline append):
    /// 1-3 ms of GUI time on a loaded 2-core machine, so a turn overshoots kDrainBudgetMs by
    /// that at most (4096 records overshot it by up to 13 ms).
    static constexpr std::size_t kPieceTasks = 1024;
    /// runProgressed at most this often while pieces flow: the progress bar repaints itself at
    /// once when it moves, and 20 times a second reads as smooth.
    static constexpr int kProgressIntervalMs = 50;

    struct Shipped {
        QString id;
        std::shared_ptr<const Workload> workload;
    };

    explicit LabSession(QObject *parent = nullptr);
    /// Cancels a run still going and joins it (the JobRunner, a child, does).
    ~LabSession() override;

    // --- Workload --------------------------------------------------------------------------
    const std::vector<Shipped> &shipped() const { return m_shipped; }
    /// A shipped workload by id or name ("primes50", "Seed primes (50)"), else null.
    const Shipped *findShipped(const QString &idOrName) const;
    void setWorkload(std::shared_ptr<const Workload> workload, const QString &key, bool isFile);
    std::shared_ptr<const Workload> workload() const { return m_workload; }
    /// A shipped id, or a file's absolute path.
    QString workloadKey() const { return m_workloadKey; }
    bool workloadIsFile() const { return m_workloadIsFile; }

    // --- Runs ------------------------------------------------------------------------------
    /// Starts a run of the current workload (replacing a run still going). Returns its id, or
    /// 0 with `error` set when it cannot run (the options are checked by the JobRunner).
    quint64 startRun(const RunOptions &options, std::string *error);
    void cancelRun();
    /// From startRun() until runEnded().
    bool isRunning() const { return m_runGoing; }
    quint64 currentRunId() const { return m_runId; }
    /// The workload, its key and the options of the current (or last, or saved) run.
    std::shared_ptr<const Workload> runWorkload() const { return m_runWorkload; }
    QString runWorkloadKey() const { return m_runWorkloadKey; }
    const RunOptions &runOptions() const { return m_runOptions; }
    /// The last run that ended (ok, cancelled or failed) or was opened, else null.
    std::shared_ptr<const RunResult> lastResult() const { return m_lastResult; }
    /// lastResult()'s counts and compute time, worked out off the GUI thread for a run.
    const RunDigest &lastDigest() const { return m_lastDigest; }
    const RunHistory &history() const { return m_history; }
    /// The last result against the same tasks' last run on the other runtime ("each task
    /// computed 24x as long in Python"), worked out once when it ended; empty without one.
    const std::optional<Finding> &runtimeComparison() const { return m_runtimeComparison; }
    /// Forgets the finished runs of the current workload.
    void clearHistory();
    jobs::JobRunner *jobRunner() const { return m_jobs; }
    /// Measures the event loop's worst delay during each run (started and stopped with it).
    EventLoopProbe *eventLoopProbe() const { return m_probe; }

    // --- A race: two settings, one after the other -----------------------------------------
    /// Runs the current workload with `first`, then (unless it was cancelled) with `second`,
    /// each as a normal run (runStarted ... runEnded, history), then emits raceFinished().
    /// Both options are checked before the first run starts. Returns the first run's id, or 0
    /// with `error` set. Any other run started meanwhile ends the race.
    quint64 startRace(const RunOptions &first, const RunOptions &second, std::string *error);
    /// From startRace() until raceFinished() (or the race ended without it).
    bool isRacing() const { return m_race.has_value(); }

    // --- A saved run -----------------------------------------------------------------------
    /// Shows a run read from a report as if it had just ended (savedRunOpened, then runEnded),
    /// under its own key: a run from another machine never joins this machine's history.
    void showSavedRun(std::shared_ptr<const RunResult> run, const QString &path,
                      const QString &banner);
    bool isShowingSavedRun() const { return m_showingSaved; }
    /// "saved run from server-1, 2026-11-30 10:00", or empty.
    QString savedRunBanner() const { return m_savedBanner; }

Q_SIGNALS:
    void workloadChanged();
    /// A run began: runWorkload() and runOptions() describe it.
    void runStarted(quint64 runId);
    /// The next piece of the run going (records in completion order; see SnapshotQueue).
    void runPiece(const corescope::RunSnapshot &piece);
    /// The counters as far as the pieces handed on go: at most every kProgressIntervalMs,
    /// and whenever the queue is drained.
    void runProgressed(std::uint64_t finished, std::uint64_t total, std::int64_t elapsedNs);
    /// A saved run is about to be shown whole (the pages fill in at once).
    void savedRunOpened(std::shared_ptr<const RunResult> run);
    /// The run ended (or a saved one is shown): lastResult() holds it, history() counts it.
    void runEnded(quint64 runId);
    /// The finished runs changed (a run counted, or forgotten).
    void historyChanged();
    /// The window began or stopped showing a saved run.
    void savedStateChanged();
    /// Both runs of a race ended (the second may have failed; a cancelled first run ends the
    /// race without this signal).
    void raceFinished(std::shared_ptr<const corescope::RunResult> first,
                      std::shared_ptr<const corescope::RunResult> second);

private:
    void onJobProgressed(quint64 job, std::shared_ptr<RunSnapshot> snapshot);
    void onJobFinished(quint64 job, std::shared_ptr<RunSnapshot> last,
                       std::shared_ptr<const RunResult> result, RunDigest digest);
    void drain();
    void finish(std::shared_ptr<const RunResult> result, RunDigest digest);
    void setShowingSaved(bool showing, const QString &banner);
    void continueRace();

    struct Race {
        RunOptions second;
        std::shared_ptr<const RunResult> firstResult;
        quint64 legId = 0;   // the run of the race going
    };
    std::optional<Race> m_race;
    bool m_startingLeg = false;   // startRun() called by the race itself

    jobs::JobRunner *m_jobs = nullptr;
    EventLoopProbe *m_probe = nullptr;
    jobs::SnapshotQueue m_queue;                     // arrived, not handed on yet
    std::shared_ptr<const RunResult> m_endedResult;  // the run ended; finished once m_queue drains
    RunDigest m_endedDigest;                         // and its digest
    QTimer m_drainTimer;
    QElapsedTimer m_sinceProgress;                   // the last runProgressed

    std::vector<Shipped> m_shipped;
    std::shared_ptr<const Workload> m_workload;
    QString m_workloadKey;
    bool m_workloadIsFile = false;

    quint64 m_runId = 0;
    bool m_runGoing = false;
    std::shared_ptr<const Workload> m_runWorkload;
    QString m_runWorkloadKey;
    RunOptions m_runOptions;
    std::shared_ptr<const RunResult> m_lastResult;
    RunDigest m_lastDigest;
    std::optional<Finding> m_runtimeComparison;
    RunHistory m_history;

    bool m_showingSaved = false;
    QString m_savedBanner;
};

} // namespace corescope::gui
