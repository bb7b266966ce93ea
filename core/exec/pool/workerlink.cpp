#include "core/exec/pool/workerlink.h"

#include "core/util/enginetext.h"

#include <algorithm>

namespace corescope::pool {

namespace proto = protocol;

std::string taskText(const Workload &workload, std::uint32_t index)
{
    return text::formatEngineText(
        text::kTaskName,
        {std::to_string(index), formatInput(workload.kernel, workload.input(index))});
}

std::string WorkerLink::name() const
{
    if (record.rank >= 0)
        return text::formatEngineText(text::kRankName, {std::to_string(record.rank), record.host,
                                                         std::to_string(record.pid)});
    // Numbered from 1, as every view of the run numbers workers for people.
    return text::formatEngineText(text::kWorkerName,
                                  {std::to_string(record.id + 1), std::to_string(proc.pid())});
}

std::string WorkerLink::whenEnded(const std::string &how, const std::string &task) const
{
    if (!task.empty())
        return text::formatEngineText(hello ? text::kWhileRunning : text::kBeforeReadyWith,
                                      {how, task});
    return text::formatEngineText(hello ? text::kWhileIdle : text::kBeforeReady, {how});
}

void WorkerLink::sendConfigure(const Workload &workload, double scale)
{
    proto::Configure c;
    c.kernel = workload.kernel;
    c.params = workload.params;
    c.scale = scale;
    proto::appendConfigure(channel.outgoing(), c);
}

void WorkerLink::sendChunk(TaskRange chunk, const Workload &workload, int arity,
                           std::int64_t nowNs, std::vector<TaskInput> &scratch)
{
    const std::uint64_t end = std::uint64_t{chunk.first} + chunk.count;
    for (std::uint64_t at = chunk.first; at < end;) {
        const auto first = static_cast<std::uint32_t>(at);
        const auto count = static_cast<std::uint32_t>(
            std::min<std::uint64_t>(end - at, proto::kMaxTasksPerFrame));
        scratch.resize(count);
        for (std::uint32_t i = 0; i < count; ++i)
            scratch[i] = workload.input(first + i);
        proto::appendChunk(channel.outgoing(), first, scratch, arity);
        inFlight.push(TaskRange{first, count}, nowNs);
        at += count;
    }
}

void WorkerLink::sendShutdown(std::int64_t nowNs)
{
    proto::appendShutdown(channel.outgoing());
    shutdownSent = true;
    shutdownAtNs = nowNs;
}

WorkerLink::Intake WorkerLink::takeFrames(RunRecorder &recorder,
                                          std::vector<std::uint32_t> &scratch,
                                          std::uint64_t &reported, std::string &cause)
{
    for (;;) {
        scratch.clear();
        const Intake intake = takeFrame(recorder, scratch, cause);
        if (!scratch.empty()) {    // also when broken: what arrived before the bad record counts
            reported += scratch.size();
            recorder.publishFinished(scratch);
            updateRecord(recorder, false);
        }
        switch (intake) {
        case Intake::Hello:
            updateRecord(recorder, true);
            break;
        case Intake::Results:
            break;
        case Intake::NeedMore:
        case Intake::Pong:
        case Intake::Broken:
            return intake;
        }
    }
}

WorkerLink::Intake WorkerLink::takeFrame(RunRecorder &recorder,
                                         std::vector<std::uint32_t> &finished, std::string &cause)
{
    proto::Frame frame;
    const auto status = channel.next(frame);
    if (status == proto::Decoder::Status::NeedMore)
        return Intake::NeedMore;
    if (status == proto::Decoder::Status::Error) {
        cause = "sent a malformed message: " + channel.error();
        return Intake::Broken;
    }
    switch (frame.type) {
    case proto::MessageType::Hello: {
        const proto::Hello h = proto::decodeHello(frame.payload);
        if (hello || h.version != proto::kVersion) {
            cause = hello ? std::string("sent a second Hello")
                          : "speaks protocol version " + std::to_string(h.version) + ", the app "
                    + std::to_string(proto::kVersion) + " (a worker from another build?)";
            return Intake::Broken;
        }
        hello = true;
        record.tid = static_cast<std::int32_t>(h.tid);
        record.readyNs = h.readyNs - clockOffsetNs - recorder.epochNs();
        return Intake::Hello;
    }
    case proto::MessageType::Results: {
        if (!hello) {
            cause = "sent Results before Hello";
            return Intake::Broken;
        }
        const proto::ResultsView results(frame.payload);
        const std::int64_t epoch = recorder.epochNs() + clockOffsetNs;
        // No task ends after its result arrived. On one clock (the process pool) that always
        // holds; an MPI rank's times are shifted by an estimated offset, which is off by up to
        // half a round trip (its uncertainty): a task it puts past the arrival moves back, its
        // duration kept.
        const std::int64_t arrived = recorder.now();
        for (std::uint32_t k = 0; k < results.count(); ++k) {
            const proto::TaskResult r = results.at(k);
            const std::int64_t expected = inFlight.current();
            if (r.index != expected) {
                cause = "sent a result for task " + std::to_string(r.index) + ", "
                    + (expected < 0 ? std::string("which it was never sent")
                                    : "expected task " + std::to_string(expected));
                return Intake::Broken;
            }
            TaskRecord &t = recorder.task(r.index);
            t.enqueueNs = inFlight.front().sentNs;
            t.startNs = r.startNs - epoch;
            t.endNs = std::max(r.endNs - epoch, t.startNs);
            if (const std::int64_t late = t.endNs - arrived; late > 0) {
                t.startNs -= late;
                t.endNs = arrived;
            }
            t.result = r.value;
            t.pid = record.pid;
            t.tid = record.tid;
            t.worker = static_cast<std::int16_t>(record.id);
            t.cpuStart = r.cpuStart;
            t.cpuEnd = r.cpuEnd;
            t.state = TaskState::Done;
            ++record.tasksDone;
            record.busyNs += t.endNs - t.startNs;
            inFlight.report(t.startNs, t.endNs);
            finished.push_back(r.index);
        }
        return Intake::Results;
    }
    case proto::MessageType::Pong:
        if (!hello) {
            cause = "sent Pong before Hello";
            return Intake::Broken;
        }
        lastPongNs = proto::decodePong(frame.payload);
        return Intake::Pong;
    case proto::MessageType::Error:
        cause = "reported an error: " + std::string(proto::decodeErrorText(frame.payload));
        return Intake::Broken;
    default:
        cause = "sent an unexpected " + std::string(proto::messageTypeName(frame.type))
            + " message";
        return Intake::Broken;
    }
}

void WorkerLink::showRunning(RunRecorder &recorder)
{
    const std::int64_t avgTaskNs = inFlight.avgTaskNs();
    const bool longTasks = avgTaskNs < 0 || avgTaskNs >= kLongTaskNs;
    if (longTasks && !inFlight.empty() && (proc.fd() >= 0 || relayedOpen)) {
        const std::int64_t index = inFlight.current();
        if (index != runningShown) {
            recorder.setRunning(record.id, index, inFlight.currentStartNs(record.readyNs));
            runningShown = index;
        }
    } else {
        clearRunning(recorder);
    }
}

void WorkerLink::clearRunning(RunRecorder &recorder)
{
    if (runningShown >= 0) {
        recorder.setRunning(record.id, -1, 0);
        runningShown = -1;
    }
}

void WorkerLink::updateRecord(RunRecorder &recorder, bool force)
{
    const std::int64_t now = recorder.now();
    if (force || now - lastUpdateNs >= kRecordUpdateNs) {
        recorder.setWorker(record);
        lastUpdateNs = now;
    }
}

void WorkerLink::recordFailedTask(RunRecorder &recorder) const
{
    TaskRecord &t = recorder.task(static_cast<std::uint32_t>(inFlight.current()));
    t.state = TaskState::Failed;
    t.worker = static_cast<std::int16_t>(record.id);
    t.pid = record.pid;
    t.tid = record.tid;
    t.enqueueNs = inFlight.front().sentNs;
    t.startNs = inFlight.currentStartNs(record.readyNs);
    t.endNs = std::max(record.exitNs, t.startNs);
}

std::int64_t WorkerLink::recordStoppedTask(RunRecorder &recorder, std::int64_t stoppedAtNs,
                                           TaskState state) const
{
    const std::int64_t index = inFlight.current();
    if (index < 0 || !hello)
        return -1;
    TaskRecord &t = recorder.task(static_cast<std::uint32_t>(index));
    if (t.state != TaskState::Pending)
        return -1;
    const std::int64_t startNs = inFlight.currentStartNs(record.readyNs);
    if (startNs > stoppedAtNs)
        return -1;     // sent, but it had not reached it yet
    t.state = state;
    t.worker = static_cast<std::int16_t>(record.id);
    t.pid = record.pid;
    t.tid = record.tid;
    t.enqueueNs = inFlight.front().sentNs;
    t.startNs = startNs;
    t.endNs = stoppedAtNs;
    return index;
}

} // namespace corescope::pool
