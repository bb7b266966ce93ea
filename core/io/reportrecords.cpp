// A run report's small records read from their JSON objects (machine, python, kernel
// parameters, workers, CPU samples) and the number readers the whole report shares.

#include "core/io/reportrecords.h"

#include "core/io/jsonreader.h"
#include "core/io/reportformat.h"
#include "core/util/enginetext.h"

#include <charconv>
#include <system_error>

namespace corescope::io {

std::uint64_t unsignedValue(const Field &f, bool allowBool)
{
    const json::Value &v = f.value();
    if (v.isString()) {
        const std::string &text = v.asString();
        std::uint64_t out = 0;
        const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
        if (text.empty() || ec != std::errc{} || ptr != text.data() + text.size())
            f.fail(json::expectedGot(text::kANonNegativeInteger, v));
        return out;
    }
    if (allowBool && v.isBool())
        return v.asBool() ? 1 : 0;
    if (!v.isNumber() || !v.asNumber().isInteger || !v.asNumber().fitsUint64
        || v.asNumber().isNegative)
        f.fail(json::expectedGot(text::kANonNegativeInteger, v));
    return v.asNumber().magnitude;
}

void readMachine(const Field &f, MachineInfo &m)
{
    for (const auto &[k, v] : f.members()) {
        if (k == "logical_cores")
            m.logicalCores = integerAs<int>(v);
        else if (k == "cpu_model")
            m.cpuModel = v.string();
        else if (k == "os")
            m.os = v.string();
        else if (k == "kernel")
            m.kernel = v.string();
        else if (k == "hostname")
            m.hostname = v.string();
    }
}

PythonInfo readPythonInfo(const Field &f)
{
    PythonInfo python;
    python.version = f["version"].string();
    python.interpreter = f["interpreter"].string();
    python.chunksize = int(f["chunksize"].integer(0, RunOptions::kMaxChunksize));
    python.startMethod = f["start_method"].string();
    // Reports from before GIL slices have no gap.
    if (const Field gap = f["gil_sample_gap_ns"]; gap.exists())
        python.gilSampleGapNs = gap.integer(0, INT64_MAX);
    // Nor have those from before a window's run was niced.
    if (const Field nice = f["nice_above"]; nice.exists())
        python.niceAbove = int(nice.integer(0, 19));
    return python;
}

void readKernelParams(const Field &f, KernelParams &p)
{
    for (const auto &[key, v] : f.members()) {
        if (key == "sleep_ms_per_unit") {
            p.sleepMsPerUnit = v.real<double>();
        } else if (key == "buffer_mib") {
            p.bufferMiB = unsignedValue(v);
        } else if (key == "crash_signal") {
            p.crashSignal = integerAs<int>(v);
        } else if (key == "sleep_reverse_from") {
            p.sleepReverseFrom = unsignedValue(v);
        } else if (key == "counter_sync") {
            const std::string text = v.string();
            if (const auto sync = io::valueNamed(io::kCounterSyncs, text))
                p.counterSync = *sync;
            else
                v.fail(text::formatEngineText(text::kUnknownCounterSync, {json::quote(text)}));
        }
    }
}

void readWorkerRecord(const Field &f, WorkerRecord &w)
{
    for (const auto &[key, v] : f.members()) {
        if (key == "id")
            w.id = integerAs<int>(v);
        else if (key == "pid")
            w.pid = integerAs<std::int32_t>(v);
        else if (key == "tid")
            w.tid = integerAs<std::int32_t>(v);
        else if (key == "spawn_ns")
            w.spawnNs = v.integerOrNull(-1, INT64_MAX);
        else if (key == "ready_ns")
            w.readyNs = v.integerOrNull(-1, INT64_MAX);
        else if (key == "exit_ns")
            w.exitNs = v.integerOrNull(-1, INT64_MAX);
        else if (key == "tasks")
            w.tasksDone = unsignedValue(v);
        else if (key == "busy_ns")
            w.busyNs = v.integer(0, INT64_MAX);
        else if (key == "exit_reason")
            w.exitReason = v.stringOrNull();
        else if (key == "rank")
            w.rank = integerAs<int>(v);
        else if (key == "host")
            w.host = v.stringOrNull();
        else if (key == "clock_offset_ns")
            w.clockOffsetNs = v.integer(INT64_MIN, INT64_MAX);
        else if (key == "clock_uncertainty_ns")
            w.clockUncertaintyNs = v.integerOrNull(-1, INT64_MAX);
    }
}

void readCpuSample(const Field &f, CpuSample &s)
{
    for (const auto &[key, v] : f.members()) {
        if (key == "t_ns") {
            s.tNs = v.integer(INT64_MIN, INT64_MAX);
        } else if (key == "cores") {
            for (const Field &core : v.elements())
                s.cores.push_back(core.real<float>());
        } else if (key == "host") {
            s.host = v.string();
        }
    }
}

} // namespace corescope::io
