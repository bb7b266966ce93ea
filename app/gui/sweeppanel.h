#pragma once

#include "core/engine/sweep.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace corescope::jobs {
class JobRunner;
}

namespace corescope::gui {

class SpeedupChart;
class SweepForm;
class SweepResultsView;

/// The Sweep tab: runs the current workload over modes x worker counts (with repeats and a
/// warm-up run) and draws the scaling curve as it arrives: speedup and efficiency side by
/// side, a table of the points, and the Amdahl fit per mode with its predictions.
///
/// The sweep runs as a job of the window's JobRunner (the one that runs runs, so the two never
/// overlap); the panel redraws when a run of the sweep finished and moves the ETA in between.
/// A saved sweep is shown the same way, without running anything. The plan's controls are a
/// SweepForm, the charts and tables a SweepResultsView; the panel runs the job, says its
/// progress and exports.
class SweepPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SweepPanel)
public:
    explicit SweepPanel(QWidget *parent = nullptr);
    ~SweepPanel() override;

    /// The runner sweeps start on (the window's, shared with its runs). Without one the panel
    /// makes its own.
    void setJobRunner(jobs::JobRunner *runner);

    /// The workload the next sweep runs.
    void setWorkload(std::shared_ptr<const Workload> workload);
    /// Chunksize, API and switch interval of the sweep's runs, read when it starts.
    void setBaseOptionsProvider(std::function<RunOptions()> provider);
    /// The modes ticked by default are `runtime`'s (until the user ticks their own).
    void followRuntime(Runtime runtime);
    /// Non-empty: Start is refused with this reason (e.g. "a run is going").
    void setBlockedReason(const QString &reason);

    /// The sweep the panel's controls describe; nullopt and `error` when they are wrong.
    std::optional<SweepSpec> spec(QString *error = nullptr) const;
    /// Starts a sweep with the panel's settings; false (and the reason shown) when it cannot.
    bool start();
    void cancel();
    bool isRunning() const { return m_job != 0; }

    /// Shows a sweep that was saved, without running it; `source` names the file.
    void showSweep(const SweepResult &sweep, const QString &source);
    /// The sweep on screen (running, finished or reopened); null before the first.
    std::shared_ptr<const SweepResult> sweep() const { return m_sweep; }
    /// "saved sweep from server-1, 2026-11-30 10:00" when the sweep shown was reopened.
    QString savedBanner() const;

    void setPresentationMode(bool on);

    enum class Chart { Speedup, Efficiency };
    /// Writes a chart as PNG / SVG / PDF by suffix; empty on success, else the error.
    QString exportChart(Chart chart, const QString &path, QSize size = {});
    /// Writes the sweep as CSV (hyperfine's shape); empty on success, else the error.
    QString exportCsv(const QString &path);

    // Parts, for tests and the window.
    QCheckBox *modeBox(Mode mode, bool gil, Runtime runtime = Runtime::Native) const;
    QLineEdit *workersEdit() const;
    QSpinBox *repeatsBox() const;
    QCheckBox *warmUpBox() const;
    QPushButton *startButton() const;
    QPushButton *cancelButton() const;
    QPushButton *exportButton() const { return m_export; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *progressLabel() const { return m_progressLabel; }
    QLabel *errorLabel() const { return m_error; }
    /// What makes the numbers shown doubtful (short runs, unreliable fits); hidden when none.
    QLabel *warningLabel() const;
    /// MPI rank counts beyond this host: the fit's prediction beside the measurement.
    QLabel *beyondHostLabel() const;
    SpeedupChart *speedupChart() const;
    SpeedupChart *efficiencyChart() const;
    QTableWidget *pointsTable() const;
    QTableWidget *fitTable() const;
    /// The divider between the sweep's charts and its tables (SweepResultsView's).
    QByteArray splitterState() const;
    bool restoreSplitterState(const QByteArray &state);

Q_SIGNALS:
    void sweepStarted();
    /// The sweep ended (ok, cancelled or failed); sweep() holds it.
    void sweepFinished();
    /// Every chart and table shows a new sweep (started, progressed or reopened).
    void sweepShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showExportMenu(const QPoint &globalPos);
    void showError(const QString &text);
    void showResult(const SweepResult &sweep);
    void onSweepProgressed(quint64 job, const SweepJob::Progress &progress,
                           const std::shared_ptr<const SweepResult> &sweep);
    void onSweepFinished(quint64 job, const SweepJob::Progress &progress,
                         const std::shared_ptr<const SweepResult> &sweep);
    void updateProgress(const SweepJob::Progress &progress, const SweepResult &sweep);
    void sayProgress();
    jobs::JobRunner *runner();
    void updateControls();

    std::shared_ptr<const Workload> m_workload;
    std::function<RunOptions()> m_baseOptions;
    QString m_blocked;
    QPointer<jobs::JobRunner> m_runner;
    quint64 m_job = 0;   // the sweep going, 0 when none
    std::shared_ptr<const SweepResult> m_sweep;
    QString m_savedFrom;
    QElapsedTimer m_elapsed;
    // The progress bar's text and the line beside it, as what describes them (said again on
    // QEvent::LanguageChange by sayProgress()).
    std::function<QString()> m_sayFormat;
    std::function<QString()> m_sayLabel;

    SweepForm *m_form = nullptr;
    QPushButton *m_export = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_banner = nullptr;
    SweepResultsView *m_results = nullptr;
};

} // namespace corescope::gui
