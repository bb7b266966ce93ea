// The Sweep tab's plan: which modes (native and Python), which worker counts, how many repeats,
// the warm-up run, and the Start / Cancel buttons; what the controls say as a SweepSpec, and a
// saved sweep's plan shown in them.
#pragma once

#include "core/engine/sweep.h"

#include <QWidget>

#include <string>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace corescope::gui {

class SweepForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SweepForm)
public:
    explicit SweepForm(QWidget *parent = nullptr);

    /// Fills the plan's series, worker counts, repeats and warm-up from the controls; false
    /// and `error` when the worker list is wrong.
    bool readPlan(SweepSpec &spec, QString *error) const;
    /// The controls show `spec`'s plan (a saved sweep's): Start measures the same here.
    void showPlan(const SweepSpec &spec);
    /// Until the modes are chosen (by a click, or a plan shown), the ticked modes are the
    /// runtime's: native threads and processes, or Python's. The window's runtime is followed.
    void followRuntime(Runtime runtime);
    /// What the buttons and boxes can do now: not while a sweep runs; Start only with a
    /// workload, a valid worker list and no `blocked` reason.
    void setState(bool running, bool haveWorkload, const QString &blocked);
    /// Why the workload runs only on the Python runtime (nativeRefusal), or "": the native
    /// modes are greyed out with it as their tooltip (they run nothing then), and Python's
    /// are ticked if none of them was.
    void setNativeRefusal(const std::string &why);

    QCheckBox *modeBox(Mode mode, bool gil, Runtime runtime = Runtime::Native) const;
    QLineEdit *workersEdit() const { return m_workers; }
    QSpinBox *repeatsBox() const { return m_repeats; }
    QCheckBox *warmUpBox() const { return m_warmUp; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    /// The worker list was edited: what is wrong with it, empty when nothing.
    void workersChecked(const QString &problem);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onWorkersEdited();
    void updateControls();
    void updatePython();

    bool m_running = false;
    bool m_modesChosen = false;           // a mode box was clicked, or a plan shown
    bool m_haveWorkload = false;
    QString m_blocked;
    QString m_pythonMissing;              // why the Python runtime cannot run; empty when it can
    std::string m_nativeRefusal;          // why the workload runs only on Python; empty if not
    bool m_pythonTickedForWorkload = false;   // its Python modes were ticked for that workload

    QLabel *m_modesLabel = nullptr;
    QCheckBox *m_serial = nullptr;
    QCheckBox *m_threads = nullptr;
    QCheckBox *m_gil = nullptr;
    QCheckBox *m_processes = nullptr;
    QCheckBox *m_mpi = nullptr;           // MPI ranks, on the side panel's hosts
    std::string m_mpiMissing;             // why MPI cannot run here; empty when it can
    QCheckBox *m_pyThreads = nullptr;     // the Python runtime's, against Python's serial loop
    QCheckBox *m_pyProcesses = nullptr;
    QLabel *m_workersLabel = nullptr;
    QLineEdit *m_workers = nullptr;
    QLabel *m_repeatsLabel = nullptr;
    QSpinBox *m_repeats = nullptr;
    QCheckBox *m_warmUp = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace corescope::gui
