#include "core/trace/csvwriter.h"

#include "core/trace/exportio.h"

namespace corescope {

namespace {

using exportio::OutBuffer;

// RFC 4180 asks for CRLF; spreadsheets and pandas read either, so the strict choice costs
// nothing.
constexpr std::string_view kLineEnd = "\r\n";

void optionalInteger(OutBuffer &out, std::int64_t value, std::int64_t absent)
{
    out.put(',');
    if (value != absent)
        out.integer(value);
}

std::string_view stateName(TaskState state)
{
    switch (state) {
    case TaskState::Pending: return "pending";
    case TaskState::Done: return "done";
    case TaskState::Failed: return "failed";
    }
    return "?";
}

} // namespace

bool writeTasksCsv(const RunResult &run, std::ostream &stream)
{
    static const Workload kNoWorkload;
    const Workload &w = run.workload ? *run.workload : kNoWorkload;
    const bool boolResult = w.kernelInfo().result == ResultKind::Bool;
    const std::uint64_t taskCount = w.taskCount();
    OutBuffer out(stream);
    out.put(kTasksCsvHeader);
    out.put(kLineEnd);
    for (const TaskRecord &t : run.tasks) {
        out.unsignedInteger(t.index);
        out.put(',');
        out.csvField(exportio::inputText(w, taskCount, t.index));
        out.put(',');
        if (t.state == TaskState::Done) {
            if (boolResult)
                out.put(t.result != 0 ? std::string_view("true") : std::string_view("false"));
            else
                out.unsignedInteger(t.result);
        }
        out.put(',');
        out.put(t.ok() ? std::string_view("true") : std::string_view("false"));
        out.put(',');
        out.put(stateName(t.state));
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
        out.put(',');
        out.integer(t.gilWaitNs);
        out.put(kLineEnd);
    }
    return out.flush();
}

std::string writeTasksCsvFile(const RunResult &run, const std::string &path)
{
    return exportio::writeFileAtomically(
        path, [&run](std::ostream &out) { return writeTasksCsv(run, out); });
}

} // namespace corescope
