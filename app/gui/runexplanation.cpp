#include "app/gui/runexplanation.h"

#include "app/charts/runlabel.h"
#include "app/gui/modebox.h"
#include "app/i18n/language.h"
#include "core/engine/runjob.h"
#include "core/kernels/kernel.h"
#include "core/util/duration.h"

#include <QCoreApplication>
#include <QLocale>

#include <csignal>
#include <cstring>

namespace corescope::gui {

namespace {

QString number(std::uint64_t n)
{
    return QLocale().toString(qulonglong(n));
}

QString signalName(int signal)
{
    switch (signal) {
    case 0: return QCoreApplication::translate("corescope::gui::RunExplanation", "exit(3)");
    case SIGSEGV: return QStringLiteral("SIGSEGV");
    case SIGABRT: return QStringLiteral("SIGABRT");
    case SIGKILL: return QStringLiteral("SIGKILL");
    case SIGBUS: return QStringLiteral("SIGBUS");
    case SIGFPE: return QStringLiteral("SIGFPE");
    case SIGILL: return QStringLiteral("SIGILL");
    case SIGTERM: return QStringLiteral("SIGTERM");
    default: return QCoreApplication::translate("corescope::gui::RunExplanation", "signal %1").arg(signal);
    }
}

} // namespace

std::optional<SharedCounterOutcome> sharedCounterOutcome(const RunResult &run)
{
    if (!run.workload || run.workload->kernel != KernelId::SharedCounter || !run.sharedTotal)
        return std::nullopt;
    SharedCounterOutcome out;
    std::int64_t taskNs = 0;
    for (const TaskRecord &t : run.tasks)
        if (t.state == TaskState::Done) {
            out.expected += run.workload->input(t.index).a;
            taskNs += t.durationNs();
        }
    out.actual = *run.sharedTotal;
    const Mode mode = run.options.mode;
    const CounterSync sync = run.workload->params.counterSync;
    const bool python = run.options.runtime == Runtime::Python;
    const int workers = mode == Mode::Serial ? 1 : run.options.workers;
    const bool oneWorker = mode == Mode::Serial || workers == 1;
    // What ran, in the words every label uses: native threads are C++ threads, GIL-free unless
    // the emulated one was on; Python's threads run under the interpreter's real GIL.
    // `who` begins a sentence, `whom` goes inside one.
    const bool gil = run.options.gil;
    const QString who = mode == Mode::Processes ? (python ? QCoreApplication::translate("corescope::gui::RunExplanation", "The Python worker processes")
                                                          : QCoreApplication::translate("corescope::gui::RunExplanation", "The native worker processes"))
        : python ? QCoreApplication::translate("corescope::gui::RunExplanation", "The Python threads")
        : gil    ? QCoreApplication::translate("corescope::gui::RunExplanation", "The native threads (with the emulated GIL)")
                 : QCoreApplication::translate("corescope::gui::RunExplanation", "The native threads (C++, no GIL)");
    const QString whom = mode == Mode::Processes ? (python ? QCoreApplication::translate("corescope::gui::RunExplanation", "the Python worker processes")
                                                           : QCoreApplication::translate("corescope::gui::RunExplanation", "the native worker processes"))
        : python ? QCoreApplication::translate("corescope::gui::RunExplanation", "the Python threads")
        : gil    ? QCoreApplication::translate("corescope::gui::RunExplanation", "the native threads (with the emulated GIL)")
                 : QCoreApplication::translate("corescope::gui::RunExplanation", "the native threads (C++, no GIL)");
    // Task time over updates: what one update cost, waits for the lock included.
    const QString perUpdate = out.expected > 0
        ? durationTextNs(taskNs / std::int64_t(out.expected))
        : QString();
    // "Python 3.11", from the version the interpreter reported for this run.
    QString pythonVersion = QCoreApplication::translate("corescope::gui::RunExplanation", "Python");
    if (run.python) {
        const QStringList parts = QString::fromStdString(run.python->version).split(u'.');
        pythonVersion = QCoreApplication::translate("corescope::gui::RunExplanation", "Python %1").arg(parts.mid(0, 2).join(u'.'));
    }

    if (out.actual == out.expected) {
        out.verdict = SharedCounterOutcome::Verdict::Correct;
        out.headline = QCoreApplication::translate("corescope::gui::RunExplanation", "Shared counter: expected %1, the caller sees %2. Every update "
                          "arrived.")
                           .arg(number(out.expected), number(out.actual));
        if (sync == CounterSync::SharedMemoryLocked)
            out.why = QCoreApplication::translate("corescope::gui::RunExplanation", "%1 added to one counter in memory they share, with a lock around "
                         "each read and write back (Python: with v.get_lock(): v.value += 1; "
                         "natively one atomic add), so no update overwrote another: right, and "
                         "slower (%2 per update here, task time / updates).")
                          .arg(who, perUpdate);
        else if (sync == CounterSync::Manager)
            out.why = QCoreApplication::translate("corescope::gui::RunExplanation", "The counter lives in a Manager's process; %1 reached it through "
                         "proxies, so every update made round trips to another process (the "
                         "lock, the read, the write, the unlock: %2 per update here, task time "
                         "/ updates): right, and the bars are long.")
                          .arg(whom, perUpdate);
        else if (oneWorker)
            out.why = QCoreApplication::translate("corescope::gui::RunExplanation", "Only one worker touched the counter, so nobody else could overwrite "
                         "its updates. Run it on two or more workers without a lock to see "
                         "updates lost.");
        else if (sync == CounterSync::Lock && mode == Mode::Threads)
            out.why = QCoreApplication::translate("corescope::gui::RunExplanation", "The lock lets one thread at a time read the counter and write it "
                         "back, so no update overwrites another: right, and slower.");
        else if (sync == CounterSync::SharedMemory)
            out.why = QCoreApplication::translate("corescope::gui::RunExplanation", "%1 read the shared counter and wrote it back in two steps with no "
                         "lock, and this time none wrote in between: the tasks hardly "
                         "overlapped. That is luck, not a promise: run it again. Python needs "
                         "get_lock() (counter-shared-locked).")
                          .arg(who);
        else if (python && mode == Mode::Threads && sync == CounterSync::None)
            out.why = QCoreApplication::translate("corescope::gui::RunExplanation", "Under the GIL, on this interpreter (%1), no thread was switched out "
                         "between reading and writing the counter. That is not a promise: a "
                         "call between the read and the write, or a free-threaded build, loses "
                         "updates; a lock makes it right everywhere (counter-locked).")
                          .arg(pythonVersion);
        else if (mode == Mode::Threads && gil)
            out.why = QCoreApplication::translate("corescope::gui::RunExplanation", "Under the emulated GIL the native threads took turns in long slices "
                         "and none was switched out between reading and writing the counter "
                         "this time; without the GIL they run at once and lose updates.");
        else
            out.why = QCoreApplication::translate("corescope::gui::RunExplanation", "%1 happened not to overlap this time: run it again, or with more "
                         "workers, and updates get lost.")
                          .arg(who);
        return out;
    }

    if (mode == Mode::Processes && out.actual == 0 && out.expected > 0) {
        out.verdict = SharedCounterOutcome::Verdict::OwnCopies;
        out.headline = QCoreApplication::translate("corescope::gui::RunExplanation", "Shared counter: expected %1, the caller sees 0.")
                           .arg(number(out.expected));
        out.why = QCoreApplication::translate("corescope::gui::RunExplanation", "Each worker process added to its own copy of the counter, in its own "
                     "memory; the caller's counter was never touched, like the notebook's "
                     "results dict that comes back empty. A lock cannot help across "
                     "processes: put the counter in memory shared with the workers and lock "
                     "each update (counter-shared-locked), or in a Manager (counter-manager).");
        return out;
    }

    if (out.actual < out.expected) {
        out.verdict = SharedCounterOutcome::Verdict::LostUpdates;
        const std::uint64_t lost = out.expected - out.actual;
        const double share = out.expected > 0 ? 100.0 * double(lost) / double(out.expected)
                                              : 0.0;
        out.headline = QCoreApplication::translate("corescope::gui::RunExplanation", "Shared counter: expected %1, the caller sees %2: %3 updates lost "
                          "(%4%).")
                           .arg(number(out.expected), number(out.actual), number(lost),
                                QLocale().toString(share, 'f', share < 1.0 ? 2 : 0));
        if (sync == CounterSync::SharedMemory)
            out.why = QCoreApplication::translate("corescope::gui::RunExplanation", "The counter is in memory %1 share, but without a lock each update "
                         "is a read and then a write: two workers read the same value and "
                         "both write value + 1, so one addition overwrites the other. In "
                         "Python, v.value += 1 on a multiprocessing.Value or Array does the "
                         "same (the getter and the setter each lock, not the pair): Python "
                         "needs get_lock() (counter-shared-locked), and the total is right.")
                          .arg(whom);
        else if (python && mode == Mode::Threads && sync == CounterSync::None)
            out.why = QCoreApplication::translate("corescope::gui::RunExplanation", "On this interpreter (%1) a thread was switched out between reading "
                         "the counter and writing it back: another thread's update in between "
                         "was overwritten. Put a lock around the update (counter-locked) and "
                         "the total is right.")
                          .arg(pythonVersion);
        else
            out.why = QCoreApplication::translate("corescope::gui::RunExplanation", "%1 ran without a lock: “counter += 1” is a read and then a write, "
                         "two threads read the same value and both write value + 1, so one "
                         "addition overwrites the other. Put a lock around the update "
                         "(counter-locked) and the total is right.")
                          .arg(who);
        return out;
    }

    out.verdict = SharedCounterOutcome::Verdict::Different;
    out.headline = QCoreApplication::translate("corescope::gui::RunExplanation", "Shared counter: expected %1, the caller sees %2.")
                       .arg(number(out.expected), number(out.actual));
    out.why = QCoreApplication::translate("corescope::gui::RunExplanation", "The caller's counter holds more than the finished tasks added: it "
                 "includes updates from tasks that did not finish.");
    return out;
}

QString crashExplanation(const Workload &workload, const RunOptions &options)
{
    // A crash in Python's threads ends the interpreter, never Corescope.
    if (!workload.kernelInfo().killsProcess || options.mode == Mode::Processes
        || options.runtime == Runtime::Python)
        return {};
    // The task that crashes (input 0 for the crash kernel), to name it.
    QString which = QCoreApplication::translate("corescope::gui::RunExplanation", "One of its tasks");
    for (std::uint64_t i = 0; i < workload.taskCount(); ++i) {
        if (workload.input(i).a == 0) {
            which = QCoreApplication::translate("corescope::gui::RunExplanation", "Task %1 (input 0)").arg(i);
            break;
        }
    }
    const QString name = workloadName(workload);
    const QString mode = ModeBox::modeText(options.mode);
    const QString where = options.mode == Mode::Serial
        ? QCoreApplication::translate("corescope::gui::RunExplanation", "In serial mode it would run inside Corescope itself")
        : QCoreApplication::translate("corescope::gui::RunExplanation", "In threads mode every task runs on a thread of one process, Corescope itself");
    return QCoreApplication::translate("corescope::gui::RunExplanation", "Why “%1” does not run in %2 mode: %3 crashes the process that runs it (%4). "
              "%5, and a crash ends a process with all its threads: the window, the charts "
              "and every result would vanish at once. The same happens to a Python program "
              "whose thread crashes the interpreter; nothing can catch it. In processes mode "
              "only one worker process dies: the pool notices, names the task (Python raises "
              "BrokenProcessPool) and the results computed before it stay. Switch the mode to "
              "processes to see it.")
        .arg(name, mode, which, signalName(workload.params.crashSignal), where);
}

RunEndMessage runEndMessage(const RunResult &run, const RunDigest &digest)
{
    const std::uint64_t done = digest.tasksDone;
    const std::uint64_t wrongResults = digest.mismatches;
    const std::uint64_t total = run.tasks.size();
    const QLocale locale;
    RunEndMessage message;
    message.tasksEnded = digest.tasksEnded;
    if (done != total) {
        const auto part = [&](const char *text, std::uint64_t n) {
            return n == 0 ? QString()
                          : QCoreApplication::translate("corescope::gui::RunExplanation", text)
                                .arg(locale.toString(qulonglong(n)));
        };
        QStringList parts{part(QT_TRANSLATE_NOOP("corescope::gui::RunExplanation", "%1 done"), done),
                          part(QT_TRANSLATE_NOOP("corescope::gui::RunExplanation", "%1 failed"), digest.failed),
                          part(QT_TRANSLATE_NOOP("corescope::gui::RunExplanation", "%1 stopped with the pool"), digest.killed),
                          part(QT_TRANSLATE_NOOP("corescope::gui::RunExplanation", "%1 cut short by Cancel"), digest.cancelled),
                          part(QT_TRANSLATE_NOOP("corescope::gui::RunExplanation", "%1 not finished"), total - digest.tasksEnded)};
        parts.removeAll(QString());
        message.progressTip = QCoreApplication::translate("corescope::gui::RunExplanation",
                                                          "Tasks that ended / tasks in the workload: %1")
                                  .arg(locale.createSeparatedList(parts));
    }
    switch (run.status) {
    case RunStatus::Ok:
        message.state = QCoreApplication::translate("corescope::gui::RunExplanation", "Done in %1").arg(durationTextNs(run.wallNs));
        if (const std::uint64_t wrong = wrongResults) {
            message.kind = MessageBanner::Kind::Warning;
            message.banner =
                QCoreApplication::translate("corescope::gui::RunExplanation", "%1 of %2 results differ from the values the workload expects: they are "
                   "marked ✗ in the Results tab.")
                    .arg(locale.toString(qulonglong(wrong)), locale.toString(qulonglong(total)));
        }
        break;
    case RunStatus::Cancelled:
        message.state = QCoreApplication::translate("corescope::gui::RunExplanation", "Cancelled");
        message.banner =
            QCoreApplication::translate("corescope::gui::RunExplanation", "Cancelled after %1 s with %2 of %3 tasks done. The finished tasks stay in the "
               "table and on the timeline.")
                .arg(locale.toString(double(run.wallNs) / 1e9, 'f', 2),
                     locale.toString(qulonglong(done)), locale.toString(qulonglong(total)));
        // The tasks the workers were running: kept as far as they got, drawn apart.
        if (digest.cancelled > 0)
            message.banner += QLatin1Char(' ')
                + QCoreApplication::translate("corescope::gui::RunExplanation",
                                              "Tasks cut short by Cancel: %1, drawn as dashed "
                                              "bars marked “cancelled”.")
                      .arg(locale.toString(qulonglong(digest.cancelled)));
        break;
    case RunStatus::Failed:
    case RunStatus::Running: {
        message.state = QCoreApplication::translate("corescope::gui::RunExplanation", "Failed");
        message.kind = MessageBanner::Kind::Error;
        QString text =
            QCoreApplication::translate("corescope::gui::RunExplanation", "The run failed: %1")
                .arg(i18n::engineText(run.error));
        if (!text.endsWith(QLatin1Char('.')))
            text += QLatin1Char('.');
        text += QLatin1Char(' ')
            + (done == 1 ? QCoreApplication::translate("corescope::gui::RunExplanation", "The 1 result computed before it stays in the table.")
                         : QCoreApplication::translate("corescope::gui::RunExplanation", "The %1 results computed before it stay in the table.")
                               .arg(locale.toString(qulonglong(done))));
        message.banner = text;
        break;
    }
    }
    return message;
}

QString workloadDetails(const Workload &workload)
{
    const QLocale locale;
    const auto tasks = workload.taskCount();
    QStringList facts;
    // What a task runs: the kernel, or the workload's own function as the file names it.
    facts << (workload.python ? QStringLiteral("%1: %2").arg(
                                    QString::fromStdString(workload.python->file),
                                    QString::fromStdString(workload.python->function))
                              : QString::fromLatin1(workload.kernelInfo().name));
    facts << (tasks == 1
                  ? QCoreApplication::translate("corescope::gui::RunExplanation", "1 task")
                  : QCoreApplication::translate("corescope::gui::RunExplanation", "%1 tasks")
                        .arg(locale.toString(qulonglong(tasks))));
    // Said before Run: the native runtime is greyed out for it (RuntimeChooser).
    if (!nativeRefusal(workload).empty())
        facts << QCoreApplication::translate("corescope::gui::RunExplanation",
                                             "Python runtime only");
    return QStringLiteral("<b>%1</b><br><span style=\"color:palette(placeholder-text)\">%2"
                          "</span><p style=\"margin-top:4px\">%3</p>")
        .arg(workloadName(workload).toHtmlEscaped(),
             facts.join(QStringLiteral(" · ")).toHtmlEscaped(),
             workloadDescription(workload).toHtmlEscaped());
}

} // namespace corescope::gui
