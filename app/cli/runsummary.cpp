#include "app/cli/runsummary.h"

#include "app/i18n/language.h"
#include "core/analysis/diagnosis.h"
#include "core/exec/pythonexecutor.h"

#include <QCoreApplication>
#include <QString>

#include <algorithm>
#include <cstdio>

namespace corescope::cli {

namespace {

// The command line's texts for people are in its language (--lang, else the environment).
// Numbers keep the C locale's spelling: a script may still read "12.3 tasks/s" out of a summary.
QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString statusText(RunStatus status)
{
    switch (status) {
    case RunStatus::Ok: return QCoreApplication::translate("corescope::cli::Summary", "ok");
    case RunStatus::Failed: return QCoreApplication::translate("corescope::cli::Summary", "failed");
    case RunStatus::Cancelled:
        return QCoreApplication::translate("corescope::cli::Summary", "cancelled");
    case RunStatus::Running: break;
    }
    return QCoreApplication::translate("corescope::cli::Summary", "running");
}

}   // namespace

QString durationText(double seconds)
{
    return i18n::durationInLanguage(formatDuration(seconds, kDurationFormat), false);
}

QString durationTextNs(std::int64_t ns)
{
    return i18n::durationInLanguage(formatDurationNs(ns, kDurationFormat), false);
}

std::string headerText(const Workload &workload, const RunOptions &options)
{
    QString text = workload.taskCount() == 1
        ? QCoreApplication::translate("corescope::cli::Summary", "%1: %2, %3 task\n")
        : QCoreApplication::translate("corescope::cli::Summary", "%1: %2, %3 tasks\n");
    text = text.arg(i18n::workloadName(workload), qs(workload.kernelInfo().name)).arg(workload.taskCount());
    const bool python = options.runtime == Runtime::Python;
    text += i18n::executionText(options.mode, options.gil, options.runtime);
    if (!python)
        text += QCoreApplication::translate("corescope::cli::Summary", " (C++ kernels)");
    // The API in both runtimes: when results come back, and whose default chunksize it is.
    if (options.mode != Mode::Serial) {
        text += (options.workers == 1
                     ? QCoreApplication::translate("corescope::cli::Summary",
                                                   ", %1 worker, %2, results %3, chunksize %4")
                     : QCoreApplication::translate("corescope::cli::Summary",
                                                   ", %1 workers, %2, results %3, chunksize %4"))
                    .arg(options.workers)
                    .arg(qs(pyApiLabel(options.api, options.mode)),
                         QCoreApplication::translate(kOrderingLabelContext,
                                                     orderingLabel(options.ordering()).data()),
                         i18n::chunksizeText(options, workload.taskCount()));
        if (python && options.mode == Mode::Processes
            && options.startMethod != StartMethod::Default)
            text += QCoreApplication::translate("corescope::cli::Summary", ", start method %1")
                        .arg(qs(startMethodName(options.startMethod)));
    }
    if (!python && options.gil) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%g", options.switchIntervalMs);
        text +=
            QCoreApplication::translate("corescope::cli::Summary", ", GIL switch interval %1 ms")
                .arg(QString::fromLatin1(buf));
    }
    if (options.scale != 1.0) {
        // The work the tasks really have (a computing task runs at least once: ScaleRule).
        const double effective = effectiveWorkScale(workload.kernel, options.scale);
        const auto times = [](double v) {
            char buf[32];
            std::snprintf(buf, sizeof buf, "x%g", v);
            return QString::fromLatin1(buf);
        };
        if (effective == options.scale)
            text += QCoreApplication::translate("corescope::cli::Summary", ", %1 work per task")
                        .arg(times(options.scale));
        else
            text += QCoreApplication::translate("corescope::cli::Summary",
                                                ", %1 work per task (%2 asked)")
                        .arg(times(effective), times(options.scale));
    }
    if (python) {
        const PythonProbe probe = probePython(options.pythonPath);
        text += QCoreApplication::translate("corescope::cli::Summary", "; %1 (Python %2)")
                    .arg(qs(probe.interpreter), qs(probe.version));
    }
    return QString(text + QLatin1Char('\n')).toStdString();
}

std::string summaryText(const RunResult &r)
{
    const double wall = static_cast<double>(r.wallNs) / 1e9;
    const std::uint64_t done = r.tasksDone();
    QString text = QCoreApplication::translate("corescope::cli::Summary",
                                               "status %1   wall %2   %3/%4 tasks   %5 tasks/s\n")
                       .arg(statusText(r.status), durationText(wall))
                       .arg(done)
                       .arg(r.tasks.size())
                       .arg(fixed(wall > 0 ? static_cast<double>(done) / wall : 0.0, 1));

    // How much of the run's wall time each worker spent inside tasks: "in tasks", not "busy",
    // since a task may wait there (for the GIL, for the OS), which the line below says.
    char buf[64];
    for (const WorkerRecord &w : r.workers) {
        const double busy = r.wallNs > 0 ? 100.0 * double(w.busyNs) / double(r.wallNs) : 0.0;
        // The columns keep their widths in every language; only the words change.
        std::snprintf(buf, sizeof buf, "%-3d", w.id + 1);
        const QString id = QString::fromLatin1(buf);
        std::snprintf(buf, sizeof buf, "%-7d", w.pid);
        const QString pid = QString::fromLatin1(buf);
        std::snprintf(buf, sizeof buf, "%8llu", static_cast<unsigned long long>(w.tasksDone));
        const QString tasks = QString::fromLatin1(buf);
        std::snprintf(buf, sizeof buf, "%5.1f", busy);
        text += QCoreApplication::translate("corescope::cli::Summary",
                                            "  worker %1 pid %2 %3 done   in tasks %4%")
                    .arg(id, pid, tasks, QString::fromLatin1(buf));
        if (w.readyNs >= 0 && w.spawnNs >= 0
            && (r.options.mode == Mode::Processes || r.options.mode == Mode::Mpi))
            text += QCoreApplication::translate("corescope::cli::Summary", "   start-up %1")
                        .arg(durationTextNs(w.readyNs - w.spawnNs));
        if (w.rank >= 0) {
            text += QCoreApplication::translate("corescope::cli::Summary", "   rank %1 on %2")
                        .arg(w.rank)
                        .arg(qs(w.host));
            if (w.clockUncertaintyNs >= 0)
                text += QCoreApplication::translate("corescope::cli::Summary", ", clock %1%2 ± %3")
                            .arg(QLatin1String(w.clockOffsetNs < 0 ? "-" : "+"),
                                 durationTextNs(w.clockOffsetNs < 0 ? -w.clockOffsetNs
                                                                    : w.clockOffsetNs),
                                 durationTextNs(w.clockUncertaintyNs));
        }
        if (!w.exitReason.empty())
            text += QStringLiteral("   ") + i18n::engineText(w.exitReason);
        text += QLatin1Char('\n');
    }
    if (r.options.gil || r.python) {
        const OffCpuTime off = offCpuTime(r);   // the finished tasks, as the diagnosis counts them
        // Python's tasks report their thread's CPU time: the rest of their wall time they
        // waited, for the GIL or for the OS (a sleep, a core busy elsewhere). A driver thread
        // reads it for every long task and a sample of the short ones (PYTHON_RUNTIME.md).
        const QString share = fixed(100.0 * off.share(), 0);
        // Who the waits can be for: a worker process's one thread has its process's GIL to
        // itself, and so has the serial loop's; Python threads share one.
        QString line;
        if (!r.python)
            line = QCoreApplication::translate("corescope::cli::Summary",
                                               "GIL: tasks waited for the GIL %1% of their time");
        else if (r.options.mode == Mode::Processes || r.options.mode == Mode::Mpi)
            line = QCoreApplication::translate("corescope::cli::Summary",
                                               "off-CPU: tasks were off the CPU %1% of their time "
                                               "(waiting for the OS; each process has its own GIL)");
        else if (r.options.mode == Mode::Serial)
            line = QCoreApplication::translate("corescope::cli::Summary",
                                               "off-CPU: tasks were off the CPU %1% of their time "
                                               "(mostly waiting for the OS: one thread ran them all)");
        else
            line = QCoreApplication::translate("corescope::cli::Summary",
                                               "off-CPU: tasks waited (GIL or OS) %1% of their time");
        if (off.done > 0) {
            text += line.arg(share);
            if (off.measured < off.done)
                text += QCoreApplication::translate("corescope::cli::Summary",
                                                    " (measured on %1 of the %2 finished tasks)")
                            .arg(off.measured)
                            .arg(off.done);
            text += QLatin1Char('\n');
        }
    }
    if (r.python && r.options.mode == Mode::Serial) {
        // No pool, no API: the plain loop's own words, not a pool's default's.
        text += QCoreApplication::translate("corescope::cli::Summary",
                                            "Python %1 (%2), a plain loop in the main thread\n")
                    .arg(qs(r.python->version), qs(r.python->interpreter));
    } else if (r.python) {
        text += QCoreApplication::translate("corescope::cli::Summary",
                                            "Python %1 (%2), %3, chunksize %4")
                    .arg(qs(r.python->version), qs(r.python->interpreter),
                         qs(pyApiLabel(r.options.api, r.options.mode)))
                    .arg(r.python->chunksize);
        if (!r.python->startMethod.empty())
            text += QCoreApplication::translate("corescope::cli::Summary", ", start method %1")
                        .arg(qs(r.python->startMethod));
        text += QLatin1Char('\n');
    }
    if (r.sharedTotal && r.workload) {
        std::uint64_t expected = 0;
        for (const TaskRecord &t : r.tasks)
            if (t.state == TaskState::Done)
                expected += r.workload->input(t.index).a;
        text += QCoreApplication::translate(
                    "corescope::cli::Summary",
                    "shared counter: the finished tasks added %1, the caller sees %2")
                    .arg(expected)
                    .arg(*r.sharedTotal);
        if (*r.sharedTotal == expected)
            text +=
                QCoreApplication::translate("corescope::cli::Summary", " (every update arrived)\n");
        else if (*r.sharedTotal == 0)
            text += QCoreApplication::translate("corescope::cli::Summary",
                                                " (the workers added to their own copies)\n");
        else
            text += QCoreApplication::translate("corescope::cli::Summary", " (%1 updates lost)\n")
                        .arg(expected - std::min(expected, *r.sharedTotal));
    }
    if (r.workload && r.workload->expected) {
        const std::uint64_t bad = r.mismatches();
        if (done == 0)
            text += QCoreApplication::translate("corescope::cli::Summary",
                                                "results: none finished, none checked\n");
        else if (bad == 0)
            text +=
                QCoreApplication::translate("corescope::cli::Summary",
                                            "results: %1/%2 checked against expected, all match\n")
                    .arg(done)
                    .arg(r.tasks.size());
        else
            text += QCoreApplication::translate("corescope::cli::Summary",
                                                "results: %1 of %2 differ from expected\n")
                        .arg(bad)
                        .arg(done);
    } else {
        // A result the trace cannot carry (a str, a float) is kept as none: say so, as the
        // window's "not kept" does, rather than count it with the others.
        const auto unknown = std::count_if(r.tasks.begin(), r.tasks.end(), [](const TaskRecord &t) {
            return t.state == TaskState::Done && !t.resultKnown;
        });
        if (unknown > 0)
            text += QCoreApplication::translate("corescope::cli::Summary",
                                                "results: %1 (the workload has no expected values), "
                                                "%2 of them not kept: Corescope keeps an int from 0 "
                                                "to 2^64-1, a bool, None or a list of ints\n")
                        .arg(done)
                        .arg(unknown);
        else
            text += QCoreApplication::translate("corescope::cli::Summary",
                                                "results: %1 (the workload has no expected values)\n")
                        .arg(done);
    }
    return text.toStdString();
}

} // namespace corescope::cli
