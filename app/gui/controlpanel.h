#pragma once

#include "core/exec/runoptions.h"

#include <QHash>
#include <QWidget>

#include <cstdint>
#include <vector>

class QAction;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QScrollArea;
class QSpinBox;

namespace corescope::gui {

class ApiControls;
class ModeBox;
class RuntimeChooser;
class WorkloadChooser;

/// The side panel: which workload, how to run it (mode, runtime, workers, chunksize, the API,
/// GIL), and the Run / Cancel buttons. It holds no run state: the window reads options() when a
/// run starts and owns the actions the buttons trigger. Its parts with a concern of their own:
/// WorkloadChooser (the list), ModeBox (the modes, MPI's availability), RuntimeChooser (the
/// runtime and the Python interpreter), ApiControls (the API and the chunksize's default).
class ControlPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlPanel)
public:
    explicit ControlPanel(QWidget *parent = nullptr);

    /// Adds a workload to the list; `key` is a shipped id or a file's path. A file already
    /// listed is updated in place.
    void addWorkload(const QString &key, const QString &name, const QString &description,
                     bool isFile);
    /// Selects the workload without emitting workloadChosen().
    void setCurrentWorkload(const QString &key);
    QString currentWorkloadKey() const;
    /// The text under the list describing the current workload (rich text).
    void setWorkloadDetails(const QString &text);

    /// Mode, runtime, workers, chunksize, API, GIL and its switch interval, start
    /// method and process per task as the controls show them; pythonPath as last set.
    RunOptions options() const;
    /// Also looks up options.pythonPath (PythonFinder: probed in the background, "checking"
    /// shown meanwhile): without a usable interpreter the Python runtime is greyed out and a
    /// Python runtime asked for falls back to native.
    void setOptions(const RunOptions &options);
    /// The interpreter Python runs use ("" = python3 on PATH), as the interpreter button sets
    /// it: looked up again, and optionsChanged() (the window remembers it).
    void setPythonPath(const std::string &path);
    /// The loaded workload's task count, for the API's default chunksize the panel shows.
    void setWorkloadTaskCount(std::uint64_t tasks);
    /// Why the chosen workload runs only on the Python runtime, or "" (RuntimeChooser).
    void setNativeRefusal(const std::string &why);
    /// options(), with the runtime the user chose rather than the one a workload that only
    /// Python runs selected: what the window remembers.
    RunOptions preferredOptions() const;
    /// The workers spin box offers 1 .. 4 x `cores`.
    void setMachineCores(int cores);
    /// The buttons trigger these actions and follow their enabled state and tooltips.
    void setActions(QAction *run, QAction *cancel, QAction *open);

    QListWidget *workloadList() const;
    QComboBox *modeBox() const;
    QSpinBox *workersBox() const { return m_workers; }
    QSpinBox *chunksizeBox() const;
    /// Native (C++) or Python (CPython): RunOptions::runtime, data is the Runtime.
    QComboBox *runtimeBox() const;
    /// Which interpreter and version a Python run will use, or why there is none.
    QLabel *pythonLabel() const;
    /// Opens the menu that chooses the interpreter (a file, or python3 on PATH).
    QPushButton *pythonPathButton() const;
    /// The API, both runtimes (when results come back, the default chunksize): data is the PyApi.
    QComboBox *apiBox() const;
    /// multiprocessing's start method (Python runtime, processes): data is the StartMethod.
    QComboBox *startMethodBox() const { return m_startMethod; }
    QCheckBox *gilBox() const { return m_gil; }
    /// The GIL switch interval in ms (threads mode with the GIL on).
    QDoubleSpinBox *switchIntervalBox() const { return m_switchInterval; }
    /// "New process per task" (processes mode): RunOptions::processPerTask.
    QCheckBox *processPerTaskBox() const { return m_processPerTask; }
    /// "If a worker dies" (processes mode): RunOptions::onWorkerDeath.
    QComboBox *onWorkerDeathBox() const { return m_onWorkerDeath; }
    /// "Task timeout" in ms, 0 = off (processes mode): RunOptions::taskTimeoutMs.
    QSpinBox *taskTimeoutBox() const { return m_taskTimeout; }
    /// The work per task, multiplied (x0.1 .. x100): RunOptions::scale.
    QDoubleSpinBox *scaleBox() const { return m_scale; }
    QPushButton *runButton() const { return m_runButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }

protected:
    void changeEvent(QEvent *event) override;
    /// The choices asked for a new layout (a longer chunksize default, a translated label, a
    /// workload's text): the side panel keeps room for the widest of them.
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    /// The user picked a workload in the list.
    void workloadChosen(const QString &key);
    /// The user changed an option.
    void optionsChanged();

private:
    void retranslate();
    void onModeChanged();
    void onRuntimeChanged();
    void updateGilControls();
    void showRow(QWidget *field, bool shown);
    void followApi();
    void updateMinimumWidth();
    void fitWorkloadList();
    static void mirrorAction(QPushButton *button, QAction *action);

    QScrollArea *m_scroll = nullptr;
    QWidget *m_choices = nullptr;
    WorkloadChooser *m_workloads = nullptr;
    QGroupBox *m_runGroup = nullptr;
    QLabel *m_modeLabel = nullptr;
    QLabel *m_runtimeLabel = nullptr;
    QLabel *m_workersLabel = nullptr;
    QLabel *m_chunkLabel = nullptr;
    QLabel *m_apiLabel = nullptr;
    QLabel *m_startLabel = nullptr;
    QLabel *m_deathLabel = nullptr;
    QLabel *m_timeoutLabel = nullptr;
    int m_machineCores = 1;
    ModeBox *m_mode = nullptr;
    QSpinBox *m_workers = nullptr;
    QLineEdit *m_hosts = nullptr;          // MPI ranks: mpirun's --host, empty = this machine
    QLabel *m_hostsLabel = nullptr;
    std::string m_mpiHostfile;             // MPI: kept from setOptions (command line, settings)
    std::string m_mpirunPath;
    QLabel *m_cores = nullptr;
    QCheckBox *m_gil = nullptr;
    QDoubleSpinBox *m_switchInterval = nullptr;
    QLabel *m_switchIntervalLabel = nullptr;
    QCheckBox *m_processPerTask = nullptr;
    QComboBox *m_onWorkerDeath = nullptr;
    QSpinBox *m_taskTimeout = nullptr;
    QDoubleSpinBox *m_scale = nullptr;
    QLabel *m_scaleLabel = nullptr;
    QFormLayout *m_form = nullptr;
    std::vector<QWidget *> m_rowOrder;           // the form's fields, in order (showRow)
    QHash<QWidget *, QWidget *> m_rowLabels;     // a field's label, kept while its row is out
    RuntimeChooser *m_runtime = nullptr;
    ApiControls *m_apiControls = nullptr;
    QComboBox *m_startMethod = nullptr;
    QLabel *m_realGil = nullptr;
    std::uint64_t m_taskCount = 0;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace corescope::gui
