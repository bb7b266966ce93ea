#include "core/io/csvwriter.h"

#include "core/engine/sweep.h"
#include "core/io/atomicfile.h"
#include "core/io/outbuffer.h"
#include "core/io/reportformat.h"

#include <sstream>

namespace corescope {

namespace {

using io::OutBuffer;

// RFC 4180 asks for CRLF; spreadsheets and pandas read either, so the strict choice costs
// nothing.
constexpr std::string_view kLineEnd = "\r\n";

void optionalInteger(OutBuffer &out, std::int64_t value, std::int64_t absent)
{
    out.put(',');
    if (value != absent)
        out.integer(value);
}

void writeSweepRows(const SweepResult &s, OutBuffer &out)
{
    out.put(kSweepCsvHeader);
    out.put(kLineEnd);
    for (const SweepPoint &p : s.points) {
        out.csvField(p.series.id());
        out.put(',');
        out.integer(p.workers);
        for (double v : {p.median, p.min, p.max, p.mean, p.stddev, p.speedup, p.efficiency}) {
            out.put(',');
            out.real(v);
        }
        out.put(',');
        if (p.karpFlatt)
            out.real(*p.karpFlatt);
        out.put(',');
        out.integer(static_cast<std::int64_t>(p.wallSeconds.size()));
        out.put(p.shortRun() ? std::string_view(",true") : std::string_view(",false"));
        out.put(kLineEnd);
    }
}

} // namespace

bool writeTasksCsv(const RunResult &run, std::ostream &stream)
{
    static const Workload kNoWorkload;
    const Workload &w = run.workload ? *run.workload : kNoWorkload;
    const bool boolResult = w.resultKind() == ResultKind::Bool;
    const std::uint64_t taskCount = w.taskCount();
    OutBuffer out(stream);
    out.put(kTasksCsvHeader);
    out.put(kLineEnd);
    for (const TaskRecord &t : run.tasks) {
        out.unsignedInteger(t.index);
        out.put(',');
        out.csvField(w.inputText(taskCount, t.index));
        out.put(',');
        if (t.state == TaskState::Done && t.resultKnown) {
            if (boolResult)
                out.put(t.result != 0 ? std::string_view("true") : std::string_view("false"));
            else
                out.unsignedInteger(t.result);
        }
        out.put(',');
        out.put(t.ok() ? std::string_view("true") : std::string_view("false"));
        out.put(',');
        out.put(io::taskStateName(t.state));
        optionalInteger(out, t.worker, -1);
        optionalInteger(out, t.pid, 0);      // 0: the task never reached a worker
        optionalInteger(out, t.tid, 0);
        optionalInteger(out, t.cpuStart, -1);
        optionalInteger(out, t.cpuEnd, -1);
        optionalInteger(out, t.enqueueNs, -1);
        optionalInteger(out, t.startNs, -1);
        optionalInteger(out, t.endNs, -1);
        optionalInteger(out, t.handedBackNs, -1);
        out.put(',');
        if (t.startNs >= 0 && t.endNs >= 0)
            out.integer(t.durationNs());
        // Empty: not measured (a short Python task), or the task never ended.
        optionalInteger(out, t.endNs >= 0 ? t.gilWaitNs : -1, -1);
        out.put(kLineEnd);
    }
    return out.flush();
}

std::string writeTasksCsvFile(const RunResult &run, const std::string &path)
{
    return io::writeFileAtomically(
        path, [&run](std::ostream &out) { return writeTasksCsv(run, out); });
}

std::string sweepCsv(const SweepResult &sweep)
{
    std::ostringstream s;
    {
        OutBuffer out(s);
        writeSweepRows(sweep, out);
        out.flush();
    }
    return s.str();
}

std::string writeSweepCsvFile(const SweepResult &sweep, const std::string &path)
{
    return io::writeFileAtomically(path, [&](std::ostream &os) {
        OutBuffer out(os);
        writeSweepRows(sweep, out);
        return out.flush();
    });
}

} // namespace corescope
