// Starting a run or a race from the window: the checks before it starts (a sweep going, a run to
// replace, an interpreter still being checked), the wait for PythonFinder's answer, and the
// banner's word when it cannot start.
#pragma once

#include "core/exec/runoptions.h"

#include <QObject>

#include <optional>

class QWidget;

namespace corescope::gui {

class LabSession;
class MessageBanner;
class SweepPanel;

class RunLauncher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunLauncher)
public:
    /// What the launcher works with; all owned by the window.
    struct Parts {
        QWidget *window = nullptr;   ///< parent of the "a run is going" question
        LabSession *session = nullptr;
        SweepPanel *sweepPanel = nullptr;   ///< no run starts while it sweeps
        MessageBanner *banner = nullptr;
    };
    RunLauncher(Parts parts, QObject *parent);

    /// Starts a run of the session's workload with `requested` (a race: then one with
    /// `raceSecond`, when not null). Asks first when a run is going (setAskBeforeReplacing);
    /// false when nothing started. A Python run whose interpreter PythonFinder is still
    /// checking waits for the answer without freezing the window: true, and
    /// isWaitingForPython() says so until it starts or dropWaiting().
    bool launch(const RunOptions &requested, const RunOptions *raceSecond);
    bool isWaitingForPython() const { return m_waiting.has_value(); }
    /// Drops the run waiting for its interpreter, if any, and the banner that said so.
    void dropWaiting();
    /// When false, a new run cancels the one going without asking (tests, scripted demos).
    void setAskBeforeReplacing(bool ask) { m_askBeforeReplacing = ask; }

Q_SIGNALS:
    /// A run started or stopped waiting for its interpreter.
    void waitingChanged();

private:
    void clearWaitingMessage();
    bool confirmReplaceRun();
    void onPythonProbed();

    Parts m_parts;
    bool m_askBeforeReplacing = true;
    // A run (or race) asked for while its interpreter was being checked: started when it is.
    struct WaitingLaunch {
        RunOptions first;
        std::optional<RunOptions> second;
    };
    std::optional<WaitingLaunch> m_waiting;
    QString m_waitingMessage;   // the banner's text while a run waits
};

} // namespace corescope::gui
