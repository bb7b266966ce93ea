// The side panel's runtime choice (Native / Python) and, under it, the interpreter a Python run
// would use: its label ("checking" while PythonFinder probes it, else its version or why there
// is none) and the Interpreter button that chooses a file or python3 on PATH.
#pragma once

#include "core/exec/pythonexecutor.h"
#include "core/exec/runoptions.h"

#include <QWidget>

#include <string>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;

namespace corescope::gui {

class RuntimeChooser final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuntimeChooser)
public:
    explicit RuntimeChooser(QWidget *parent = nullptr);

    Runtime runtime() const;
    /// Selects `runtime`, or Native when the interpreter is known not to run (while it is
    /// being checked, Python stays: a refusal falls back then).
    /// Native asked for while the workload refuses it (setNativeRefusal) leaves Python
    /// selected, and Native comes back with a native workload.
    void setRuntime(Runtime runtime);
    /// The runtime to remember: the one chosen, not Python selected for the workload alone.
    Runtime preferredRuntime() const;
    /// Why the chosen workload runs only on the Python runtime (nativeRefusal), or "": the
    /// Native entry is greyed out with it as its tooltip, and Python is selected if it can run.
    /// Native comes back once a workload that runs natively is chosen, if it was selected then.
    void setNativeRefusal(const std::string &why);
    /// The interpreter Python runs use ("" = python3 on PATH).
    const std::string &pythonPath() const { return m_pythonPath; }
    /// Looks `path` up (PythonFinder), as the options a run starts with say it; no signal.
    void setPythonPath(const std::string &path);
    /// As the interpreter button does: looks `path` up, falls back to Native if it cannot
    /// run, and emits interpreterChanged().
    void choosePythonPath(const std::string &path);

    /// Native (C++) or Python (CPython): data is the Runtime.
    QComboBox *runtimeBox() const { return m_runtime; }
    QLabel *pythonLabel() const { return m_pythonLabel; }
    QPushButton *pythonPathButton() const { return m_pythonButton; }

Q_SIGNALS:
    /// The interpreter was chosen, or the one asked for turned out unusable while Python was
    /// selected (the runtime fell back to Native): the options changed.
    void interpreterChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updatePython();
    void onPythonProbed(const QString &path);
    void choosePythonFile();
    void fallBackIfUnusable();
    void updateNative();

    QComboBox *m_runtime = nullptr;
    QLabel *m_pythonLabel = nullptr;
    QPushButton *m_pythonButton = nullptr;
    QAction *m_choosePython = nullptr;
    QAction *m_pathPython = nullptr;
    PythonProbe m_python;
    bool m_pythonPending = false;   // the interpreter is being probed (PythonFinder)
    std::string m_pythonPath;
    std::string m_nativeRefusal;        // the workload's (setNativeRefusal), "" if none
    bool m_leftNativeForWorkload = false;   // Native was selected when it was greyed out
};

} // namespace corescope::gui
