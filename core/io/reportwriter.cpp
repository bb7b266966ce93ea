#include "core/io/reportwriter.h"

#include "core/io/atomicfile.h"
#include "core/io/jsonreader.h"
#include "core/io/outbuffer.h"
#include "core/io/reportformat.h"
#include "core/io/runoptionsio.h"

namespace corescope {

namespace {

using io::OutBuffer;

// Integers above 2^53 are written as decimal strings: a JSON reader may hold numbers as
// doubles, which keep every integer exactly only up to 2^53.
void writeInteger(OutBuffer &out, std::uint64_t value)
{
    if (value <= json::kMaxExactInteger) {
        out.unsignedInteger(value);
    } else {
        out.put('"');
        out.unsignedInteger(value);
        out.put('"');
    }
}

void writeValue(OutBuffer &out, ResultKind kind, std::uint64_t value)
{
    if (kind == ResultKind::Bool)
        out.put(value != 0 ? std::string_view("true") : std::string_view("false"));
    else
        writeInteger(out, value);
}

void writeInput(OutBuffer &out, int arity, const TaskInput &input)
{
    if (arity == 2) {
        out.put('[');
        writeInteger(out, input.a);
        out.put(std::string_view(", "));
        writeInteger(out, input.b);
        out.put(']');
    } else {
        writeInteger(out, input.a);
    }
}

void writeKey(OutBuffer &out, std::string_view key)
{
    out.put('"');
    out.put(key);
    out.put(std::string_view("\":"));
}

void writeWorkload(OutBuffer &out, const Workload &w)
{
    const KernelInfo &info = w.kernelInfo();
    out.put('{');
    writeKey(out, "name");
    out.jsonString(w.name);
    out.put(',');
    writeKey(out, "description");
    out.jsonString(w.description);
    out.put(',');
    writeKey(out, "kernel");
    out.jsonString(info.name);
    out.put(',');
    if (w.python) {
        // Recorded, never run: a saved report does not execute code.
        writeKey(out, "python");
        out.put(std::string_view("{\"file\":"));
        out.jsonString(w.python->file);
        out.put(std::string_view(",\"function\":"));
        out.jsonString(w.python->function);
        if (w.python->inMain)
            out.put(std::string_view(",\"in_main\":true"));
        if (w.python->boolResults)
            out.put(std::string_view(",\"results\":\"bool\""));
        out.put(std::string_view("},"));
    }
    writeKey(out, "tasks");
    out.unsignedInteger(w.taskCount());
    out.put(',');
    writeKey(out, "params");
    out.put('{');
    writeKey(out, "sleep_ms_per_unit");
    out.real(w.params.sleepMsPerUnit);
    out.put(',');
    writeKey(out, "buffer_mib");
    writeInteger(out, w.params.bufferMiB);
    out.put(',');
    writeKey(out, "crash_signal");
    out.integer(w.params.crashSignal);
    out.put(',');
    writeKey(out, "sleep_reverse_from");
    writeInteger(out, w.params.sleepReverseFrom);
    out.put(',');
    writeKey(out, "counter_sync");
    out.jsonString(io::counterSyncName(w.params.counterSync));
    out.put(std::string_view("},"));
    writeKey(out, "source");
    out.jsonString(w.sourcePath);
    // A generated input list is kept as its generator (a million tasks in a few bytes, as in
    // the workload file); listed inputs are in the tasks already.
    if (const auto *range = std::get_if<RangeInputs>(&w.inputs)) {
        out.put(',');
        writeKey(out, "inputs");
        out.put(std::string_view("{\"range\":{\"start\":"));
        writeInteger(out, range->start);
        out.put(std::string_view(",\"stop\":"));
        writeInteger(out, range->stop);
        out.put(std::string_view(",\"step\":"));
        writeInteger(out, range->step);
        out.put(std::string_view("}}"));
    } else if (const auto *repeat = std::get_if<RepeatInputs>(&w.inputs)) {
        out.put(',');
        writeKey(out, "inputs");
        out.put(std::string_view("{\"repeat\":{\"value\":"));
        writeInput(out, info.arity, repeat->value);
        out.put(std::string_view(",\"count\":"));
        writeInteger(out, repeat->count);
        out.put(std::string_view("}}"));
    }
    out.put('}');
}

void writeMachine(OutBuffer &out, const MachineInfo &m)
{
    out.put('{');
    writeKey(out, "logical_cores");
    out.integer(m.logicalCores);
    out.put(',');
    writeKey(out, "cpu_model");
    out.jsonString(m.cpuModel);
    out.put(',');
    writeKey(out, "os");
    out.jsonString(m.os);
    out.put(',');
    writeKey(out, "kernel");
    out.jsonString(m.kernel);
    out.put(',');
    writeKey(out, "hostname");
    out.jsonString(m.hostname);
    out.put('}');
}

void writeTask(OutBuffer &out, const Workload &w, std::uint64_t taskCount, ResultKind kind,
               const TaskRecord &t)
{
    out.put(std::string_view("{\"index\":"));
    out.unsignedInteger(t.index);
    out.put(std::string_view(",\"input\":"));
    out.jsonString(w.inputText(taskCount, t.index));
    out.put(std::string_view(",\"result\":"));
    if (t.state == TaskState::Done && t.resultKnown)
        writeValue(out, kind, t.result);
    else
        out.put(std::string_view("null"));
    out.put(std::string_view(",\"ok\":"));
    out.put(t.ok() ? std::string_view("true") : std::string_view("false"));
    out.put(std::string_view(",\"mismatch\":"));
    out.put(t.mismatch ? std::string_view("true") : std::string_view("false"));
    out.put(std::string_view(",\"state\":\""));
    out.put(io::taskStateName(t.state));
    out.put(std::string_view("\",\"worker\":"));
    out.integerOrNull(t.worker);
    out.put(std::string_view(",\"pid\":"));
    out.integer(t.pid);
    out.put(std::string_view(",\"tid\":"));
    out.integer(t.tid);
    out.put(std::string_view(",\"cpu\":"));
    out.integerOrNull(t.cpuStart);
    out.put(std::string_view(",\"cpu_end\":"));
    out.integerOrNull(t.cpuEnd);
    out.put(std::string_view(",\"enqueue_ns\":"));
    out.integerOrNull(t.enqueueNs);
    out.put(std::string_view(",\"start_ns\":"));
    out.integerOrNull(t.startNs);
    out.put(std::string_view(",\"end_ns\":"));
    out.integerOrNull(t.endNs);
    out.put(std::string_view(",\"handed_back_ns\":"));
    out.integerOrNull(t.handedBackNs);
    out.put(std::string_view(",\"gil_wait_ns\":"));
    out.integer(t.gilWaitNs);
    if (w.expected && t.index < w.expected->size()) {
        out.put(std::string_view(",\"expected\":"));
        writeValue(out, kind, (*w.expected)[t.index]);
    }
    out.put('}');
}

void writeWorker(OutBuffer &out, const WorkerRecord &w)
{
    out.put(std::string_view("{\"id\":"));
    out.integer(w.id);
    out.put(std::string_view(",\"pid\":"));
    out.integer(w.pid);
    out.put(std::string_view(",\"tid\":"));
    out.integer(w.tid);
    out.put(std::string_view(",\"spawn_ns\":"));
    out.integerOrNull(w.spawnNs);
    out.put(std::string_view(",\"ready_ns\":"));
    out.integerOrNull(w.readyNs);
    out.put(std::string_view(",\"exit_ns\":"));
    out.integerOrNull(w.exitNs);
    out.put(std::string_view(",\"tasks\":"));
    out.unsignedInteger(w.tasksDone);
    out.put(std::string_view(",\"busy_ns\":"));
    out.integer(w.busyNs);
    out.put(std::string_view(",\"exit_reason\":"));
    out.jsonString(w.exitReason);
    if (w.rank >= 0) {   // MPI ranks only: other workers' reports stay as they were
        out.put(std::string_view(",\"rank\":"));
        out.integer(w.rank);
        out.put(std::string_view(",\"host\":"));
        out.jsonString(w.host);
        out.put(std::string_view(",\"clock_offset_ns\":"));
        out.integer(w.clockOffsetNs);
        out.put(std::string_view(",\"clock_uncertainty_ns\":"));
        out.integerOrNull(w.clockUncertaintyNs);
    }
    out.put('}');
}

} // namespace

bool writeRunReport(const RunResult &run, std::ostream &stream)
{
    static const Workload kNoWorkload;
    const Workload &w = run.workload ? *run.workload : kNoWorkload;
    const ResultKind kind = w.resultKind();
    const std::uint64_t taskCount = w.taskCount();
    OutBuffer out(stream);

    // One member per line and one task per line: still one JSON document, but readable and
    // diff-able by people, at a cost of one byte per task.
    out.put(std::string_view("{\"format\":"));
    out.jsonString(io::kRunReportFormat);
    out.put(std::string_view(",\n\"version\":"));
    out.integer(io::kRunReportVersion);
    out.put(std::string_view(",\n\"workload\":"));
    writeWorkload(out, w);
    out.put(std::string_view(",\n\"options\":"));
    io::writeRunOptions(out, run.options);
    // The chunksize the run used, where options.chunksize 0 asked for the API's own default:
    // for a reader of the file, who need not know CPython's formula (written only: it follows
    // from the options and the workload, or for Python from what the driver said it used).
    out.put(std::string_view(",\n\"chunksize_used\":"));
    if (run.options.mode == Mode::Serial)
        out.put(std::string_view("null"));
    else
        out.integer(run.python ? run.python->chunksize
                               : run.options.effectiveChunksize(w.taskCount()));
    out.put(std::string_view(",\n\"machine\":"));
    writeMachine(out, run.machine);
    out.put(std::string_view(",\n\"started_at\":"));
    out.jsonString(run.startedAt);
    out.put(std::string_view(",\n\"status\":"));
    out.jsonString(runStatusName(run.status));
    out.put(std::string_view(",\n\"error\":"));
    if (run.error.empty())
        out.put(std::string_view("null"));
    else
        out.jsonString(run.error);
    out.put(std::string_view(",\n\"failed_task\":"));
    out.integerOrNull(run.failedTask < 0 ? -1 : run.failedTask);
    out.put(std::string_view(",\n\"wall_ns\":"));
    out.integer(run.wallNs);
    out.put(std::string_view(",\n\"shared_total\":"));
    if (run.sharedTotal)
        writeInteger(out, *run.sharedTotal);
    else
        out.put(std::string_view("null"));
    out.put(std::string_view(",\n\"python\":"));
    if (run.python) {
        out.put(std::string_view("{\"version\":"));
        out.jsonString(run.python->version);
        out.put(std::string_view(",\"interpreter\":"));
        out.jsonString(run.python->interpreter);
        out.put(std::string_view(",\"chunksize\":"));
        out.integer(run.python->chunksize);
        out.put(std::string_view(",\"start_method\":"));
        out.jsonString(run.python->startMethod);
        out.put(std::string_view(",\"gil_sample_gap_ns\":"));
        out.integer(run.python->gilSampleGapNs);
        out.put(std::string_view(",\"nice_above\":"));
        out.integer(run.python->niceAbove);
        out.put('}');
    } else {
        out.put(std::string_view("null"));
    }

    out.put(std::string_view(",\n\"tasks\":["));
    for (std::size_t i = 0; i < run.tasks.size(); ++i) {
        out.put(i == 0 ? std::string_view("\n") : std::string_view(",\n"));
        writeTask(out, w, taskCount, kind, run.tasks[i]);
    }
    out.put(std::string_view("],\n\"hand_order\":["));
    for (std::size_t i = 0; i < run.handOrder.size(); ++i) {
        if (i > 0)
            out.put(',');
        out.unsignedInteger(run.handOrder[i]);
    }
    out.put(std::string_view("],\n\"workers\":["));
    for (std::size_t i = 0; i < run.workers.size(); ++i) {
        out.put(i == 0 ? std::string_view("\n") : std::string_view(",\n"));
        writeWorker(out, run.workers[i]);
    }
    out.put(std::string_view("],\n\"samples\":["));
    for (std::size_t i = 0; i < run.samples.size(); ++i) {
        const CpuSample &s = run.samples[i];
        out.put(i == 0 ? std::string_view("\n{\"t_ns\":") : std::string_view(",\n{\"t_ns\":"));
        out.integer(s.tNs);
        if (!s.host.empty()) {   // another MPI host's; absent: Corescope's machine
            out.put(std::string_view(",\"host\":"));
            out.jsonString(s.host);
        }
        out.put(std::string_view(",\"cores\":["));
        for (std::size_t c = 0; c < s.cores.size(); ++c) {
            if (c > 0)
                out.put(',');
            out.real(s.cores[c]);
        }
        out.put(std::string_view("]}"));
    }
    // The GIL's holds (RunResult::gilHolds), one small object each; absent in older reports.
    out.put(std::string_view("],\n\"gil_holds_truncated\":"));
    out.put(run.gilHoldsTruncated ? std::string_view("true") : std::string_view("false"));
    out.put(std::string_view(",\n\"gil_holds\":["));
    for (std::size_t i = 0; i < run.gilHolds.size(); ++i) {
        const GilHold &h = run.gilHolds[i];
        out.put(i == 0 ? std::string_view("\n{\"worker\":") : std::string_view(",\n{\"worker\":"));
        out.integer(h.worker);
        out.put(std::string_view(",\"start_ns\":"));
        out.integer(h.startNs);
        out.put(std::string_view(",\"end_ns\":"));
        out.integer(h.endNs);
        out.put(h.sampled ? std::string_view(",\"sampled\":true}") : std::string_view(",\"sampled\":false}"));
    }
    out.put(std::string_view("]}\n"));
    return out.flush();
}

std::string writeRunReportFile(const RunResult &run, const std::string &path)
{
    return io::writeFileAtomically(
        path, [&run](std::ostream &out) { return writeRunReport(run, out); });
}

} // namespace corescope
