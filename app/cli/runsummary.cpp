#include "app/cli/runsummary.h"

#include "core/exec/pythonexecutor.h"

#include <cstdio>

namespace corescope::cli {

std::string headerText(const Workload &workload, const RunOptions &options)
{
    std::string text = workload.name + ": " + std::string(workload.kernelInfo().name) + ", "
        + std::to_string(workload.taskCount()) + " tasks\n";
    const bool python = options.runtime == Runtime::Python;
    text += std::string(executionLabel(options.mode, options.gil, options.runtime))
        + (python ? "" : " (C++ kernels)");
    // The API in both runtimes: when results come back, and whose default chunksize it is.
    if (options.mode != Mode::Serial) {
        text += ", " + std::to_string(options.workers) + " workers, "
            + std::string(pyApiLabel(options.api, options.mode)) + ", results "
            + std::string(orderingLabel(options.ordering())) + ", chunksize "
            + options.chunksizeLabel(workload.taskCount());
        if (python && options.mode == Mode::Processes
            && options.startMethod != StartMethod::Default)
            text += ", start method " + std::string(startMethodName(options.startMethod));
    }
    if (!python && options.gil) {
        char buf[64];
        std::snprintf(buf, sizeof buf, ", GIL switch interval %g ms", options.switchIntervalMs);
        text += buf;
    }
    if (options.scale != 1.0) {
        // The work the tasks really have (a computing task runs at least once: ScaleRule).
        const double effective = effectiveWorkScale(workload.kernel, options.scale);
        char buf[96];
        if (effective == options.scale)
            std::snprintf(buf, sizeof buf, ", x%g work per task", options.scale);
        else
            std::snprintf(buf, sizeof buf, ", x%g work per task (x%g asked)", effective,
                          options.scale);
        text += buf;
    }
    if (python) {
        const PythonProbe probe = probePython(options.pythonPath);
        text += "; " + probe.interpreter + " (Python " + probe.version + ")";
    }
    return text + '\n';
}

std::string summaryText(const RunResult &r)
{
    const double wall = static_cast<double>(r.wallNs) / 1e9;
    const std::uint64_t done = r.tasksDone();
    char buf[256];
    std::string text;
    std::snprintf(
        buf, sizeof buf, "status %s   wall %s   %llu/%llu tasks   %.1f tasks/s\n",
        std::string(runStatusName(r.status)).c_str(), formatDuration(wall, kDurationFormat).c_str(),
        static_cast<unsigned long long>(done), static_cast<unsigned long long>(r.tasks.size()),
        wall > 0 ? static_cast<double>(done) / wall : 0.0);
    text += buf;

    // Busy share: how much of the run's wall time each worker spent inside tasks.
    for (const WorkerRecord &w : r.workers) {
        const double busy = r.wallNs > 0 ? 100.0 * double(w.busyNs) / double(r.wallNs) : 0.0;
        std::snprintf(buf, sizeof buf, "  worker %-3d pid %-7d %8llu tasks   busy %5.1f%%", w.id + 1,
                      w.pid, static_cast<unsigned long long>(w.tasksDone), busy);
        text += buf;
        if (w.readyNs >= 0 && w.spawnNs >= 0
            && (r.options.mode == Mode::Processes || r.options.mode == Mode::Mpi))
            text += "   start-up " + formatDurationNs(w.readyNs - w.spawnNs, kDurationFormat);
        if (w.rank >= 0) {
            text += "   rank " + std::to_string(w.rank) + " on " + w.host;
            if (w.clockUncertaintyNs >= 0)
                text += ", clock " + std::string(w.clockOffsetNs < 0 ? "-" : "+")
                    + formatDurationNs(w.clockOffsetNs < 0 ? -w.clockOffsetNs : w.clockOffsetNs,
                                       kDurationFormat)
                    + " \u00b1 " + formatDurationNs(w.clockUncertaintyNs, kDurationFormat);
        }
        if (!w.exitReason.empty())
            text += "   " + w.exitReason;
        text += '\n';
    }
    if (r.options.gil || r.python) {
        std::int64_t wait = 0, busy = 0;
        for (const TaskRecord &t : r.tasks) {
            wait += t.gilWaitNs;
            busy += t.durationNs();
        }
        // Python's tasks report their thread's CPU time: the rest of their wall time they
        // waited, for the GIL or for the OS (a sleep, a core busy elsewhere).
        std::snprintf(buf, sizeof buf,
                      r.python ? "off-CPU: tasks waited (GIL or OS) %.0f%% of their time\n"
                               : "GIL: tasks waited for the GIL %.0f%% of their time\n",
                      busy > 0 ? 100.0 * double(wait) / double(busy) : 0.0);
        text += buf;
    }
    if (r.python) {
        text += "Python " + r.python->version + " (" + r.python->interpreter + "), "
            + std::string(pyApiLabel(r.options.api, r.options.mode)) + ", chunksize "
            + std::to_string(r.python->chunksize);
        if (!r.python->startMethod.empty())
            text += ", start method " + r.python->startMethod;
        text += '\n';
    }
    if (r.sharedTotal && r.workload) {
        std::uint64_t expected = 0;
        for (const TaskRecord &t : r.tasks)
            if (t.state == TaskState::Done)
                expected += r.workload->input(t.index).a;
        text += "shared counter: the finished tasks added " + std::to_string(expected)
            + ", the caller sees " + std::to_string(*r.sharedTotal);
        if (*r.sharedTotal == expected)
            text += " (every update arrived)\n";
        else if (*r.sharedTotal == 0)
            text += " (the workers added to their own copies)\n";
        else
            text += " (" + std::to_string(expected - std::min(expected, *r.sharedTotal))
                + " updates lost)\n";
    }
    if (r.workload && r.workload->expected) {
        const std::uint64_t bad = r.mismatches();
        if (bad == 0)
            text += "results: " + std::to_string(done) + "/" + std::to_string(r.tasks.size())
                + " checked against expected, all match\n";
        else
            text += "results: " + std::to_string(bad) + " of " + std::to_string(done)
                + " differ from expected\n";
    } else {
        text += "results: " + std::to_string(done) + " (the workload has no expected values)\n";
    }
    return text;
}

} // namespace corescope::cli
