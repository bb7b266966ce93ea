#pragma once

#include "core/exec/runoptions.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QScrollArea;
class QSpinBox;

namespace corescope::gui {

/// The side panel: which workload, how to run it (mode, workers, chunksize, ordering, GIL),
/// and the Run / Cancel buttons. It holds no run state: the window reads options() when a
/// run starts and owns the actions the buttons trigger.
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

    /// Mode, workers, chunksize, ordering, GIL and its switch interval, and process per task
    /// as the controls show them.
    RunOptions options() const;
    void setOptions(const RunOptions &options);
    /// The workers spin box offers 1 .. 4 x `cores`.
    void setMachineCores(int cores);
    /// The buttons trigger these actions and follow their enabled state and tooltips.
    void setActions(QAction *run, QAction *cancel, QAction *open);

    QListWidget *workloadList() const { return m_workloads; }
    QComboBox *modeBox() const { return m_mode; }
    QSpinBox *workersBox() const { return m_workers; }
    QSpinBox *chunksizeBox() const { return m_chunksize; }
    QComboBox *orderingBox() const { return m_ordering; }
    QCheckBox *gilBox() const { return m_gil; }
    /// The GIL switch interval in ms (threads mode with the GIL on).
    QDoubleSpinBox *switchIntervalBox() const { return m_switchInterval; }
    /// "New process per task" (processes mode): RunOptions::processPerTask.
    QCheckBox *processPerTaskBox() const { return m_processPerTask; }
    /// "If a worker dies" (processes mode): RunOptions::onWorkerDeath.
    QComboBox *onWorkerDeathBox() const { return m_onWorkerDeath; }
    /// "Task timeout" in ms, 0 = off (processes mode): RunOptions::taskTimeoutMs.
    QSpinBox *taskTimeoutBox() const { return m_taskTimeout; }
    QPushButton *runButton() const { return m_runButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }

protected:
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    /// The user picked a workload in the list.
    void workloadChosen(const QString &key);
    /// The user changed an option.
    void optionsChanged();

private:
    void onModeChanged();
    void updateGilControls();
    void updateListHeight();
    void updateMinimumWidth();
    void onCurrentItemChanged(QListWidgetItem *current);
    static void mirrorAction(QPushButton *button, QAction *action);

    QScrollArea *m_scroll = nullptr;
    QWidget *m_choices = nullptr;
    QListWidget *m_workloads = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_openButton = nullptr;
    QComboBox *m_mode = nullptr;
    QSpinBox *m_workers = nullptr;
    QLabel *m_cores = nullptr;
    QCheckBox *m_gil = nullptr;
    QDoubleSpinBox *m_switchInterval = nullptr;
    QLabel *m_switchIntervalLabel = nullptr;
    QCheckBox *m_processPerTask = nullptr;
    QComboBox *m_onWorkerDeath = nullptr;
    QSpinBox *m_taskTimeout = nullptr;
    QSpinBox *m_chunksize = nullptr;
    QComboBox *m_ordering = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    bool m_settingSelection = false;
};

} // namespace corescope::gui
