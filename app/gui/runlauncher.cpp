// Starting a run or a race from the window (see runlauncher.h).
#include "app/gui/runlauncher.h"

#include "app/charts/runlabel.h"
#include "app/gui/labsession.h"
#include "app/gui/messagebanner.h"
#include "app/gui/pythonfinder.h"
#include "app/gui/runexplanation.h"
#include "app/gui/sweeppanel.h"
#include "app/i18n/language.h"
#include "core/engine/runjob.h"

#include <QMessageBox>
#include <QPushButton>

#include <utility>

namespace corescope::gui {

RunLauncher::RunLauncher(Parts parts, QObject *parent) : QObject(parent), m_parts(parts)
{
    connect(PythonFinder::instance(), &PythonFinder::probed, this, &RunLauncher::onPythonProbed);
}

bool RunLauncher::confirmReplaceRun()
{
    if (!m_parts.session->isRunning() || !m_askBeforeReplacing)
        return true;
    const auto running = m_parts.session->runWorkload();
    const QString name = running ? workloadName(*running) : QString();
    QMessageBox box(QMessageBox::Question, tr("A run is going"),
                    tr("“%1” is still running. Cancel it and start the new run?").arg(name),
                    QMessageBox::NoButton, m_parts.window);
    QPushButton *restart = box.addButton(tr("Cancel It and &Start"), QMessageBox::AcceptRole);
    QPushButton *keep = box.addButton(tr("&Keep Running"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == restart;
}

bool RunLauncher::launch(const RunOptions &requested, const RunOptions *raceSecond)
{
    const auto workload = m_parts.session->workload();
    if (!workload)
        return false;
    // Every way to start a run comes here (Run, the lesson's and the diagnosis' buttons): a run
    // beside a sweep would disturb both measurements.
    if (m_parts.sweepPanel->isRunning()) {
        m_parts.banner->showMessage(MessageBanner::Kind::Warning,
                                    tr("A sweep is running: cancel it on the Sweep tab, or wait "
                                       "for it to finish, before starting a run."));
        return false;
    }
    // The run's own check runs the interpreter: while PythonFinder has no answer yet (a pyenv
    // shim takes 250 ms, a hung interpreter 10 s) the run waits for it, not the window.
    const auto unchecked = [](const RunOptions &o) {
        return o.runtime == Runtime::Python && !PythonFinder::instance()->find(o.pythonPath);
    };
    if (unchecked(requested) || (raceSecond && unchecked(*raceSecond))) {
        m_waiting = WaitingLaunch{requested,
                                  raceSecond ? std::optional(*raceSecond) : std::nullopt};
        m_waitingMessage = tr("Checking the Python interpreter: the run starts when it answers "
                              "(Esc cancels).");
        m_parts.banner->showMessage(MessageBanner::Kind::Info, m_waitingMessage);
        Q_EMIT waitingChanged();
        return true;
    }
    dropWaiting();   // a run asked for since replaces the one that waited
    if (!confirmReplaceRun())
        return false;
    const auto runnable = [](RunOptions options) {
        // The panel keeps the native choices while Python is shown; a Python run has its real
        // GIL.
        const bool native = options.runtime == Runtime::Native;
        options.gil = native && options.mode == Mode::Threads && options.gil;
        options.processPerTask =
            native && options.mode == Mode::Processes && options.processPerTask;
        // A rank cannot be replaced: the panel's respawn is the pool's.
        if (options.mode == Mode::Mpi)
            options.onWorkerDeath = WorkerDeathPolicy::Fail;
        return options;
    };
    RunOptions options = runnable(requested);

    std::string error;
    if (raceSecond) {
        const RunOptions second = runnable(*raceSecond);
        if (m_parts.session->startRace(options, second, &error) != 0)
            return true;
        // The leg that cannot run is named (startRace checks the second first).
        if (checkRunnable(*workload, options).empty())
            options = second;
    } else if (m_parts.session->startRun(options, &error) != 0) {
        return true;
    }
    if (const QString why = crashExplanation(*workload, options); !why.isEmpty()) {
        m_parts.banner->showMessage(MessageBanner::Kind::Warning, why);   // an explanation
        return false;
    }
    QString text = tr("“%1” cannot run %2: %3")
                       .arg(workloadName(*workload), optionsText(options), i18n::engineText(error));
    // Refused by the native runtime for what only Python has, and the Python runtime cannot
    // run it either (a workload of your own Python code on a machine without python3): say
    // both, or the sentence sends the user to a runtime that is greyed out. Only once the
    // interpreter's probe is in (PythonFinder): probing here could freeze the window.
    if (options.runtime == Runtime::Native && !error.empty() && error == nativeRefusal(*workload)
        && PythonFinder::instance()->find(options.pythonPath)) {
        RunOptions asPython = options;
        asPython.runtime = Runtime::Python;
        if (const std::string why = checkRunnable(*workload, asPython); !why.empty())
            text += QLatin1Char(' ')
                + tr("The Python runtime cannot run it here either: %1")
                      .arg(i18n::engineText(why));
    }
    m_parts.banner->showMessage(MessageBanner::Kind::Error, text);
    return false;
}

void RunLauncher::onPythonProbed()
{
    if (!m_waiting)
        return;
    // Each probe's end comes here; launch() waits again while another is unanswered.
    const WaitingLaunch waiting = *std::exchange(m_waiting, std::nullopt);
    clearWaitingMessage();
    launch(waiting.first, waiting.second ? &*waiting.second : nullptr);
    Q_EMIT waitingChanged();
}

void RunLauncher::dropWaiting()
{
    if (!m_waiting)
        return;
    m_waiting.reset();
    clearWaitingMessage();
    Q_EMIT waitingChanged();
}

void RunLauncher::clearWaitingMessage()
{
    // Only the wait's own message: another (a run's end, an error) may have replaced it since.
    if (m_parts.banner->text() == m_waitingMessage)
        m_parts.banner->clearMessage();
    m_waitingMessage.clear();
}

} // namespace corescope::gui
