#include "core/trace/reportwriter.h"

#include "core/trace/exportio.h"

#include <cerrno>
#include <charconv>
#include <cstring>
#include <limits>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace corescope {

namespace {

using exportio::OutBuffer;

// Integers above this are written as decimal strings: a JSON reader may hold numbers as
// doubles, which keep every integer exactly only up to 2^53.
constexpr std::uint64_t kMaxExactJsonInteger = std::uint64_t{1} << 53;

std::string_view taskStateName(TaskState state)
{
    switch (state) {
    case TaskState::Pending: return "pending";
    case TaskState::Done: return "done";
    case TaskState::Failed: return "failed";
    }
    return "?";
}

constexpr std::pair<CounterSync, std::string_view> kCounterSyncs[] = {
    {CounterSync::None, "none"},
    {CounterSync::Lock, "lock"},
    {CounterSync::SharedMemory, "shared-memory"},
};

std::string_view counterSyncName(CounterSync sync)
{
    for (const auto &[value, name] : kCounterSyncs)
        if (value == sync)
            return name;
    return "none";
}

void writeInteger(OutBuffer &out, std::uint64_t value)
{
    if (value <= kMaxExactJsonInteger) {
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
    out.jsonString(counterSyncName(w.params.counterSync));
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

void writeOptions(OutBuffer &out, const RunOptions &o)
{
    out.put('{');
    writeKey(out, "mode");
    out.jsonString(modeName(o.mode));
    out.put(',');
    writeKey(out, "workers");
    out.integer(o.workers);
    out.put(',');
    writeKey(out, "chunksize");
    out.integer(o.chunksize);
    out.put(',');
    writeKey(out, "ordering");
    out.jsonString(orderingName(o.ordering));
    out.put(',');
    writeKey(out, "gil");
    out.put(o.gil ? std::string_view("true") : std::string_view("false"));
    out.put(',');
    writeKey(out, "switch_interval_ms");
    out.real(o.switchIntervalMs);
    out.put(',');
    writeKey(out, "sample_hz");
    out.integer(o.sampleHz);
    out.put(',');
    writeKey(out, "process_per_task");
    out.put(o.processPerTask ? std::string_view("true") : std::string_view("false"));
    out.put(',');
    writeKey(out, "task_timeout_ms");
    out.integer(o.taskTimeoutMs);
    out.put(',');
    writeKey(out, "on_worker_death");
    out.jsonString(workerDeathPolicyName(o.onWorkerDeath));
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

void writeTask(OutBuffer &out, const Workload &w, std::uint64_t taskCount, const KernelInfo &info,
               const TaskRecord &t)
{
    out.put(std::string_view("{\"index\":"));
    out.unsignedInteger(t.index);
    out.put(std::string_view(",\"input\":"));
    out.jsonString(exportio::inputText(w, taskCount, t.index));
    out.put(std::string_view(",\"result\":"));
    if (t.state == TaskState::Done)
        writeValue(out, info.result, t.result);
    else
        out.put(std::string_view("null"));
    out.put(std::string_view(",\"ok\":"));
    out.put(t.ok() ? std::string_view("true") : std::string_view("false"));
    out.put(std::string_view(",\"mismatch\":"));
    out.put(t.mismatch ? std::string_view("true") : std::string_view("false"));
    out.put(std::string_view(",\"state\":\""));
    out.put(taskStateName(t.state));
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
        writeValue(out, info.result, (*w.expected)[t.index]);
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
    out.put('}');
}

} // namespace

bool writeRunReport(const RunResult &run, std::ostream &stream)
{
    static const Workload kNoWorkload;
    const Workload &w = run.workload ? *run.workload : kNoWorkload;
    const KernelInfo &info = w.kernelInfo();
    const std::uint64_t taskCount = w.taskCount();
    OutBuffer out(stream);

    // One member per line and one task per line: still one JSON document, but readable and
    // diff-able by people, at a cost of one byte per task.
    out.put(std::string_view("{\"format\":"));
    out.jsonString(kRunReportFormat);
    out.put(std::string_view(",\n\"version\":"));
    out.integer(kRunReportVersion);
    out.put(std::string_view(",\n\"workload\":"));
    writeWorkload(out, w);
    out.put(std::string_view(",\n\"options\":"));
    writeOptions(out, run.options);
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

    out.put(std::string_view(",\n\"tasks\":["));
    for (std::size_t i = 0; i < run.tasks.size(); ++i) {
        out.put(i == 0 ? std::string_view("\n") : std::string_view(",\n"));
        writeTask(out, w, taskCount, info, run.tasks[i]);
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
        out.put(std::string_view(",\"cores\":["));
        for (std::size_t c = 0; c < s.cores.size(); ++c) {
            if (c > 0)
                out.put(',');
            out.real(s.cores[c]);
        }
        out.put(std::string_view("]}"));
    }
    out.put(std::string_view("]}\n"));
    return out.flush();
}

std::string writeRunReportFile(const RunResult &run, const std::string &path)
{
    return exportio::writeFileAtomically(
        path, [&run](std::ostream &out) { return writeRunReport(run, out); });
}

// ---------------------------------------------------------------------------------------------
// Reading. A pull parser over the text instead of a DOM: a million-task report is a quarter of
// a gigabyte, which a QJsonDocument would turn into several; and integers must stay exact.

namespace {

struct ReadError {
    std::size_t offset = 0;
    std::string message;
};

struct NumberToken {
    std::string_view literal;
    bool integer = false;      // no fraction, no exponent
    bool negative = false;
    bool fits = false;         // integer and |value| <= 2^64 - 1
    std::uint64_t magnitude = 0;
};

class PullReader {
public:
    explicit PullReader(std::string_view text) : m_text(text) {}

    bool failed() const { return m_error.has_value(); }
    const ReadError &error() const { return *m_error; }
    std::size_t offset() const { return m_pos; }

    void failAt(std::size_t offset, std::string message)
    {
        if (!m_error)
            m_error = ReadError{offset, std::move(message)};
    }

    // The next value's first character, after white space; 0 at the end or after an error.
    char peek()
    {
        skipSpace();
        return !failed() && m_pos < m_text.size() ? m_text[m_pos] : '\0';
    }

    bool atEnd()
    {
        skipSpace();
        return m_pos >= m_text.size();
    }

    bool beginObject() { return expect('{', "expected an object"); }
    bool beginArray() { return expect('[', "expected a list"); }

    // Moves to the next member: true with its key, false at the closing brace (or an error).
    bool nextMember(std::string &key)
    {
        if (!advanceInContainer('}'))
            return false;
        if (peek() != '"') {
            failAt(m_pos, "expected a member name in double quotes");
            return false;
        }
        if (!readString(key))
            return false;
        if (peek() != ':') {
            failAt(m_pos, "expected ':' after the member name");
            return false;
        }
        ++m_pos;
        return true;
    }

    // Moves to the next element: true when there is one, false at the closing bracket.
    bool nextElement() { return advanceInContainer(']'); }

    bool readString(std::string &out)
    {
        out.clear();
        if (peek() != '"') {
            failAt(m_pos, "expected a string");
            return false;
        }
        const std::size_t start = m_pos++;
        for (;;) {
            // Copy runs without escapes at once.
            const std::size_t run = m_pos;
            while (m_pos < m_text.size() && m_text[m_pos] != '"' && m_text[m_pos] != '\\'
                   && static_cast<unsigned char>(m_text[m_pos]) >= 0x20)
                ++m_pos;
            out.append(m_text.substr(run, m_pos - run));
            if (m_pos >= m_text.size()) {
                failAt(start, "unterminated string");
                return false;
            }
            const char c = m_text[m_pos];
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (c != '\\') {
                failAt(m_pos, "control character in a string (escape it)");
                return false;
            }
            if (!readEscape(out))
                return false;
        }
    }

    bool readNumber(NumberToken &number)
    {
        skipSpace();
        const std::size_t start = m_pos;
        number = NumberToken{};
        auto digits = [&] {
            const std::size_t from = m_pos;
            while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9')
                ++m_pos;
            return m_pos - from;
        };
        if (m_pos < m_text.size() && m_text[m_pos] == '-') {
            number.negative = true;
            ++m_pos;
        }
        const std::size_t intStart = m_pos;
        const std::size_t intDigits = digits();
        if (intDigits == 0 || (intDigits > 1 && m_text[intStart] == '0')) {
            failAt(start, "expected a number");
            return false;
        }
        number.integer = true;
        if (m_pos < m_text.size() && m_text[m_pos] == '.') {
            ++m_pos;
            number.integer = false;
            if (digits() == 0) {
                failAt(start, "malformed number");
                return false;
            }
        }
        if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
            ++m_pos;
            number.integer = false;
            if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-'))
                ++m_pos;
            if (digits() == 0) {
                failAt(start, "malformed number");
                return false;
            }
        }
        number.literal = m_text.substr(start, m_pos - start);
        if (number.integer) {
            const auto [ptr, ec] = std::from_chars(m_text.data() + intStart,
                                                   m_text.data() + intStart + intDigits,
                                                   number.magnitude);
            number.fits = ec == std::errc{} && ptr == m_text.data() + intStart + intDigits;
        }
        return true;
    }

    // true / false / null: returns the word read, or empty after failing.
    std::string_view readWord()
    {
        skipSpace();
        for (std::string_view word : {"true", "false", "null"}) {
            if (m_text.substr(m_pos, word.size()) == word) {
                m_pos += word.size();
                return word;
            }
        }
        failAt(m_pos, "unexpected character");
        return {};
    }

    void skipValue(int depth = 0)
    {
        if (depth > 64) {
            failAt(m_pos, "nested too deeply");
            return;
        }
        switch (peek()) {
        case '{': {
            beginObject();
            std::string key;
            while (nextMember(key))
                skipValue(depth + 1);
            return;
        }
        case '[':
            beginArray();
            while (nextElement())
                skipValue(depth + 1);
            return;
        case '"': {
            std::string ignored;
            readString(ignored);
            return;
        }
        case 't':
        case 'f':
        case 'n':
            readWord();
            return;
        default: {
            NumberToken ignored;
            readNumber(ignored);
        }
        }
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size()
               && (m_text[m_pos] == ' ' || m_text[m_pos] == '\n' || m_text[m_pos] == '\r'
                   || m_text[m_pos] == '\t'))
            ++m_pos;
    }

    bool expect(char c, const char *message)
    {
        if (peek() != c) {
            failAt(m_pos, m_pos >= m_text.size() ? "unexpected end of the document" : message);
            return false;
        }
        ++m_pos;
        m_first = true;
        return true;
    }

    // Between container elements: a comma, or the closing character. m_first says whether we
    // are right after the opening one (nested containers have finished by the time we return
    // here, so one flag is enough).
    bool advanceInContainer(char close)
    {
        if (failed())
            return false;
        const char c = peek();
        if (c == close) {
            ++m_pos;
            m_first = false;
            return false;
        }
        if (!m_first) {
            if (c != ',') {
                failAt(m_pos, m_pos >= m_text.size()
                                  ? std::string("unexpected end of the document")
                                  : std::string("expected ',' or '") + close + '\'');
                return false;
            }
            ++m_pos;
            if (peek() == close) {
                failAt(m_pos, "trailing comma");
                return false;
            }
        }
        m_first = false;
        return true;
    }

    bool readHex4(unsigned &value)
    {
        if (m_pos + 4 > m_text.size()) {
            failAt(m_pos, "incomplete \\u escape");
            return false;
        }
        const auto [ptr, ec] = std::from_chars(m_text.data() + m_pos, m_text.data() + m_pos + 4,
                                               value, 16);
        if (ec != std::errc{} || ptr != m_text.data() + m_pos + 4) {
            failAt(m_pos, "malformed \\u escape");
            return false;
        }
        m_pos += 4;
        return true;
    }

    bool readEscape(std::string &out)
    {
        const std::size_t at = m_pos;
        ++m_pos;   // the backslash
        if (m_pos >= m_text.size()) {
            failAt(at, "unterminated string");
            return false;
        }
        const char c = m_text[m_pos++];
        switch (c) {
        case '"': out += '"'; return true;
        case '\\': out += '\\'; return true;
        case '/': out += '/'; return true;
        case 'b': out += '\b'; return true;
        case 'f': out += '\f'; return true;
        case 'n': out += '\n'; return true;
        case 'r': out += '\r'; return true;
        case 't': out += '\t'; return true;
        case 'u': break;
        default: failAt(at, "unknown escape in a string"); return false;
        }
        unsigned code = 0;
        if (!readHex4(code))
            return false;
        if (code >= 0xD800 && code <= 0xDBFF) {
            unsigned low = 0;
            if (m_text.substr(m_pos, 2) != "\\u") {
                failAt(at, "unpaired surrogate in a \\u escape");
                return false;
            }
            m_pos += 2;
            if (!readHex4(low))
                return false;
            if (low < 0xDC00 || low > 0xDFFF) {
                failAt(at, "unpaired surrogate in a \\u escape");
                return false;
            }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
        } else if (code >= 0xDC00 && code <= 0xDFFF) {
            failAt(at, "unpaired surrogate in a \\u escape");
            return false;
        }
        if (code < 0x80) {
            out += static_cast<char>(code);
        } else if (code < 0x800) {
            out += static_cast<char>(0xC0 | (code >> 6));
            out += static_cast<char>(0x80 | (code & 0x3F));
        } else if (code < 0x10000) {
            out += static_cast<char>(0xE0 | (code >> 12));
            out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (code & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (code >> 18));
            out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (code & 0x3F));
        }
        return true;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    bool m_first = false;
    std::optional<ReadError> m_error;
};

// "tasks[12].start_ns", built only when there is something to report.
struct Field {
    const char *parent;
    std::int64_t index;         // -1: no index
    std::string_view key;

    std::string toString() const
    {
        std::string s = parent;
        if (index >= 0)
            s += '[' + std::to_string(index) + ']';
        if (!key.empty()) {
            if (!s.empty())
                s += '.';
            s += key;
        }
        return s;
    }
};

// Reads the report's fields with types checked, on top of the pull parser.
class ReportReader {
public:
    explicit ReportReader(std::string_view text) : m_in(text) {}

    PullReader &in() { return m_in; }

    void fail(const Field &field, std::size_t offset, const std::string &message)
    {
        m_in.failAt(offset, field.toString() + ": " + message);
    }

    bool integer(const Field &f, std::int64_t &out, std::int64_t min, std::int64_t max,
                 bool nullable = false)
    {
        const std::size_t at = valueStart();
        if (nullable && m_in.peek() == 'n') {
            m_in.readWord();
            out = -1;
            return !m_in.failed();
        }
        NumberToken n;
        if (m_in.peek() == '"' || m_in.peek() == '{' || m_in.peek() == '['
            || m_in.peek() == 't' || m_in.peek() == 'f' || m_in.peek() == 'n') {
            fail(f, at, nullable ? "expected an integer or null" : "expected an integer");
            return false;
        }
        if (!m_in.readNumber(n))
            return false;
        if (!n.integer) {
            fail(f, at, "expected an integer, got " + std::string(n.literal));
            return false;
        }
        constexpr std::uint64_t kMinMagnitude = std::uint64_t{1} << 63;   // |INT64_MIN|
        if (!n.fits || (n.negative && n.magnitude > kMinMagnitude)
            || (!n.negative && n.magnitude > std::uint64_t{INT64_MAX})) {
            fail(f, at, "value " + std::string(n.literal) + " out of range");
            return false;
        }
        // Two's complement wrap-around is defined in C++20 and gives INT64_MIN for 2^63.
        const std::int64_t v = n.negative ? static_cast<std::int64_t>(0 - n.magnitude)
                                          : static_cast<std::int64_t>(n.magnitude);
        if (v < min || v > max) {
            fail(f, at, "value " + std::string(n.literal) + " out of range");
            return false;
        }
        out = v;
        return true;
    }

    template <typename T>
    bool integerAs(const Field &f, T &out, bool nullable = false)
    {
        std::int64_t v = 0;
        const std::int64_t min = nullable ? std::max<std::int64_t>(std::numeric_limits<T>::min(), -1)
                                          : std::int64_t(std::numeric_limits<T>::min());
        if (!integer(f, v, min, static_cast<std::int64_t>(std::min<std::uint64_t>(
                                    std::numeric_limits<T>::max(), INT64_MAX)),
                     nullable))
            return false;
        out = static_cast<T>(v);
        return true;
    }

    // An unsigned 64-bit value: a JSON integer, or a decimal string (above 2^53), or for
    // bool results true / false.
    bool unsignedValue(const Field &f, std::uint64_t &out, bool allowBool)
    {
        const std::size_t at = valueStart();
        const char c = m_in.peek();
        if (c == '"') {
            std::string text;
            if (!m_in.readString(text))
                return false;
            const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
            if (text.empty() || ec != std::errc{} || ptr != text.data() + text.size()) {
                fail(f, at, "expected a non-negative integer, got \"" + text + '"');
                return false;
            }
            return true;
        }
        if (allowBool && (c == 't' || c == 'f')) {
            out = m_in.readWord() == "true" ? 1 : 0;
            return !m_in.failed();
        }
        NumberToken n;
        if (c == '{' || c == '[' || c == 't' || c == 'f' || c == 'n') {
            fail(f, at, "expected a non-negative integer");
            return false;
        }
        if (!m_in.readNumber(n))
            return false;
        if (!n.integer || !n.fits || n.negative) {
            fail(f, at, "expected a non-negative integer, got " + std::string(n.literal));
            return false;
        }
        out = n.magnitude;
        return true;
    }

    bool boolean(const Field &f, bool &out)
    {
        const std::size_t at = valueStart();
        const char c = m_in.peek();
        if (c != 't' && c != 'f') {
            fail(f, at, "expected true or false");
            return false;
        }
        out = m_in.readWord() == "true";
        return !m_in.failed();
    }

    bool string(const Field &f, std::string &out, bool nullable = false)
    {
        const std::size_t at = valueStart();
        if (nullable && m_in.peek() == 'n') {
            m_in.readWord();
            out.clear();
            return !m_in.failed();
        }
        if (m_in.peek() != '"') {
            fail(f, at, nullable ? "expected a string or null" : "expected a string");
            return false;
        }
        return m_in.readString(out);
    }

    template <typename T>
    bool real(const Field &f, T &out)
    {
        const std::size_t at = valueStart();
        const char c = m_in.peek();
        NumberToken n;
        if (c == '"' || c == '{' || c == '[' || c == 't' || c == 'f' || c == 'n') {
            fail(f, at, "expected a number");
            return false;
        }
        if (!m_in.readNumber(n))
            return false;
        // Straight to the target type: text written as the shortest float reads back as the
        // same float only without a detour through double.
        const auto [ptr, ec] = std::from_chars(n.literal.data(),
                                               n.literal.data() + n.literal.size(), out);
        if (ec != std::errc{} || ptr != n.literal.data() + n.literal.size()) {
            fail(f, at, "number " + std::string(n.literal) + " out of range");
            return false;
        }
        return true;
    }

    bool object(const Field &f)
    {
        const std::size_t at = valueStart();
        if (m_in.peek() != '{') {
            fail(f, at, "expected an object");
            return false;
        }
        return m_in.beginObject();
    }

    bool array(const Field &f)
    {
        const std::size_t at = valueStart();
        if (m_in.peek() != '[') {
            fail(f, at, "expected a list");
            return false;
        }
        return m_in.beginArray();
    }

    std::size_t valueStart()
    {
        m_in.peek();
        return m_in.offset();
    }

private:
    PullReader m_in;
};

// "123" or "[123, 456]", as formatInput() writes them.
bool parseInputText(std::string_view text, TaskInput &input, int &arity)
{
    auto number = [](std::string_view s, std::uint64_t &v) {
        const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
        return !s.empty() && ec == std::errc{} && ptr == s.data() + s.size();
    };
    input = TaskInput{};
    if (!text.empty() && text.front() == '[') {
        if (text.back() != ']')
            return false;
        const std::string_view inner = text.substr(1, text.size() - 2);
        const auto comma = inner.find(',');
        if (comma == std::string_view::npos)
            return false;
        std::string_view first = inner.substr(0, comma);
        std::string_view second = inner.substr(comma + 1);
        while (!second.empty() && second.front() == ' ')
            second.remove_prefix(1);
        arity = 2;
        return number(first, input.a) && number(second, input.b);
    }
    arity = 1;
    return number(text, input.a);
}

struct ParsedTask {
    TaskInput input;
    std::int8_t arity = 0;
    bool hasExpected = false;
    std::uint64_t expected = 0;
};

class RunReportParser {
public:
    RunReportParser(std::string_view text, RunResult &run)
        : m_r(text)
        , m_run(run)
        , m_textSize(text.size())
    {
    }

    std::optional<ReadError> parse()
    {
        PullReader &in = m_r.in();
        auto workload = std::make_shared<Workload>();
        if (!m_r.object(Field{"", -1, "document"}))
            return in.error();
        std::string keyText;
        bool sawFormat = false, sawWorkload = false, sawOptions = false, sawTasks = false;
        bool sawStatus = false;
        std::size_t taskCountAt = 0;
        while (in.nextMember(keyText)) {
            const std::string_view key = keyText;
            const Field f{"", -1, key};
            if (key == "format") {
                const std::size_t at = m_r.valueStart();
                std::string format;
                if (m_r.string(f, format) && format != kRunReportFormat)
                    m_r.fail(f, at, "not a Corescope run report (\"" + format + "\")");
                sawFormat = true;
            } else if (key == "version") {
                const std::size_t at = m_r.valueStart();
                std::int64_t version = 0;
                if (m_r.integer(f, version, 0, INT32_MAX) && version > kRunReportVersion)
                    m_r.fail(f, at, "version " + std::to_string(version)
                                 + " was written by a newer Corescope; this one reads up to "
                                 + std::to_string(kRunReportVersion));
            } else if (key == "workload") {
                taskCountAt = m_r.valueStart();
                readWorkload(*workload);
                sawWorkload = true;
            } else if (key == "options") {
                m_optionsAt = m_r.valueStart();
                readOptions();
                sawOptions = true;
            } else if (key == "machine") {
                readMachine();
            } else if (key == "started_at") {
                m_r.string(f, m_run.startedAt);
            } else if (key == "status") {
                readStatus(f);
                sawStatus = true;
            } else if (key == "error") {
                m_r.string(f, m_run.error, true);
            } else if (key == "failed_task") {
                m_r.integer(f, m_run.failedTask, -1, UINT32_MAX, true);
            } else if (key == "wall_ns") {
                m_r.integer(f, m_run.wallNs, 0, INT64_MAX);
            } else if (key == "shared_total") {
                if (in.peek() == 'n') {
                    in.readWord();
                } else {
                    std::uint64_t total = 0;
                    if (m_r.unsignedValue(f, total, false))
                        m_run.sharedTotal = total;
                }
            } else if (key == "tasks") {
                readTasks();
                sawTasks = true;
            } else if (key == "hand_order") {
                readHandOrder();
            } else if (key == "workers") {
                readWorkers();
            } else if (key == "samples") {
                readSamples();
            } else {
                in.skipValue();   // from a newer version: not ours to judge
            }
        }
        if (!in.failed() && !in.atEnd())
            in.failAt(in.offset(), "unexpected text after the document");
        if (in.failed())
            return in.error();

        const std::pair<bool, const char *> required[] = {{sawFormat, "format"},
                                                          {sawWorkload, "workload"},
                                                          {sawOptions, "options"},
                                                          {sawStatus, "status"},
                                                          {sawTasks, "tasks"}};
        for (const auto &[seen, name] : required) {
            if (!seen)
                return ReadError{0, std::string("missing \"") + name + "\": not a complete "
                                                                        "Corescope run report"};
        }
        if (auto error = finishWorkload(*workload, taskCountAt))
            return error;
        if (const std::string problem = m_run.options.validate(); !problem.empty())
            return ReadError{m_optionsAt, "options: " + problem};
        for (const std::uint32_t i : m_run.handOrder) {
            if (i >= m_run.tasks.size())
                return ReadError{m_handOrderAt, "hand_order: task " + std::to_string(i)
                                                    + " does not exist"};
        }
        m_run.workload = std::move(workload);
        return std::nullopt;
    }

private:
    void readWorkload(Workload &w)
    {
        PullReader &in = m_r.in();
        if (!m_r.object(Field{"", -1, "workload"}))
            return;
        std::string keyText;
        bool sawKernel = false;
        while (in.nextMember(keyText)) {
            const std::string_view key = keyText;
            const Field f{"workload", -1, key};
            if (key == "name") {
                m_r.string(f, w.name);
            } else if (key == "description") {
                m_r.string(f, w.description);
            } else if (key == "source") {
                m_r.string(f, w.sourcePath);
            } else if (key == "kernel") {
                const std::size_t at = m_r.valueStart();
                std::string name;
                if (m_r.string(f, name)) {
                    if (const auto id = kernelByName(name))
                        w.kernel = *id;
                    else
                        m_r.fail(f, at, "unknown kernel \"" + name + '"');
                }
                sawKernel = true;
            } else if (key == "tasks") {
                m_r.unsignedValue(f, m_declaredTasks, false);
                m_sawDeclaredTasks = true;
            } else if (key == "params") {
                readParams(w.params);
            } else if (key == "inputs") {
                readGenerator();
            } else {
                in.skipValue();
            }
        }
        if (!in.failed() && !sawKernel)
            in.failAt(in.offset(), "workload: missing \"kernel\"");
    }

    void readParams(KernelParams &p)
    {
        PullReader &in = m_r.in();
        if (!m_r.object(Field{"workload", -1, "params"}))
            return;
        std::string keyText;
        while (in.nextMember(keyText)) {
            const std::string_view key = keyText;
            const Field f{"workload.params", -1, key};
            if (key == "sleep_ms_per_unit")
                m_r.real(f, p.sleepMsPerUnit);
            else if (key == "buffer_mib")
                m_r.unsignedValue(f, p.bufferMiB, false);
            else if (key == "crash_signal")
                m_r.integerAs(f, p.crashSignal);
            else if (key == "sleep_reverse_from")
                m_r.unsignedValue(f, p.sleepReverseFrom, false);
            else if (key == "counter_sync")
                readCounterSync(f, p.counterSync);
            else
                in.skipValue();
        }
    }

    void readCounterSync(const Field &f, CounterSync &sync)
    {
        const std::size_t at = m_r.valueStart();
        std::string text;
        if (!m_r.string(f, text))
            return;
        for (const auto &[value, name] : kCounterSyncs) {
            if (name == text) {
                sync = value;
                return;
            }
        }
        m_r.fail(f, at, "unknown counter sync \"" + text + '"');
    }

    // {"range": {...}} or {"repeat": {...}}, as in workload files.
    void readGenerator()
    {
        PullReader &in = m_r.in();
        if (!m_r.object(Field{"workload", -1, "inputs"}))
            return;
        std::string keyText;
        while (in.nextMember(keyText)) {
            const std::string_view key = keyText;
            if (key == "range") {
                RangeInputs range;
                if (!m_r.object(Field{"workload.inputs", -1, "range"}))
                    return;
                std::string k;
                while (in.nextMember(k)) {
                    const Field f{"workload.inputs.range", -1, k};
                    if (k == "start")
                        m_r.unsignedValue(f, range.start, false);
                    else if (k == "stop")
                        m_r.unsignedValue(f, range.stop, false);
                    else if (k == "step")
                        m_r.unsignedValue(f, range.step, false);
                    else
                        in.skipValue();
                }
                m_generator = range;
            } else if (key == "repeat") {
                RepeatInputs repeat;
                if (!m_r.object(Field{"workload.inputs", -1, "repeat"}))
                    return;
                std::string k;
                while (in.nextMember(k)) {
                    const Field f{"workload.inputs.repeat", -1, k};
                    if (k == "value") {
                        if (in.peek() == '[') {
                            in.beginArray();
                            std::uint64_t *slots[] = {&repeat.value.a, &repeat.value.b};
                            int n = 0;
                            while (in.nextElement()) {
                                if (n >= 2) {
                                    m_r.fail(f, in.offset(), "expected a pair [a, b]");
                                    break;
                                }
                                m_r.unsignedValue(f, *slots[n++], false);
                            }
                            m_repeatArity = 2;
                        } else {
                            m_r.unsignedValue(f, repeat.value.a, false);
                            m_repeatArity = 1;
                        }
                    } else if (k == "count") {
                        m_r.unsignedValue(f, repeat.count, false);
                    } else {
                        in.skipValue();
                    }
                }
                m_generator = repeat;
            } else {
                in.skipValue();
            }
        }
    }

    void readOptions()
    {
        PullReader &in = m_r.in();
        if (!m_r.object(Field{"", -1, "options"}))
            return;
        RunOptions &o = m_run.options;
        std::string keyText;
        while (in.nextMember(keyText)) {
            const std::string_view key = keyText;
            const Field f{"options", -1, key};
            const std::size_t at = m_r.valueStart();
            std::string text;
            if (key == "mode") {
                if (m_r.string(f, text)) {
                    if (const auto mode = modeFromName(text))
                        o.mode = *mode;
                    else
                        m_r.fail(f, at, "unknown mode \"" + text + '"');
                }
            } else if (key == "ordering") {
                if (m_r.string(f, text)) {
                    if (const auto ordering = orderingFromName(text))
                        o.ordering = *ordering;
                    else
                        m_r.fail(f, at, "unknown ordering \"" + text + '"');
                }
            } else if (key == "workers") {
                m_r.integerAs(f, o.workers);
            } else if (key == "chunksize") {
                m_r.integerAs(f, o.chunksize);
            } else if (key == "gil") {
                m_r.boolean(f, o.gil);
            } else if (key == "switch_interval_ms") {
                m_r.real(f, o.switchIntervalMs);
            } else if (key == "sample_hz") {
                m_r.integerAs(f, o.sampleHz);
            } else if (key == "process_per_task") {
                m_r.boolean(f, o.processPerTask);
            } else if (key == "task_timeout_ms") {
                m_r.integerAs(f, o.taskTimeoutMs);
            } else if (key == "on_worker_death") {
                if (m_r.string(f, text)) {
                    if (const auto policy = workerDeathPolicyFromName(text))
                        o.onWorkerDeath = *policy;
                    else
                        m_r.fail(f, at, "unknown worker-death policy \"" + text + '"');
                }
            } else {
                in.skipValue();
            }
        }
    }

    void readMachine()
    {
        PullReader &in = m_r.in();
        if (!m_r.object(Field{"", -1, "machine"}))
            return;
        MachineInfo &m = m_run.machine;
        std::string keyText;
        while (in.nextMember(keyText)) {
            const std::string_view key = keyText;
            const Field f{"machine", -1, key};
            if (key == "logical_cores")
                m_r.integerAs(f, m.logicalCores);
            else if (key == "cpu_model")
                m_r.string(f, m.cpuModel);
            else if (key == "os")
                m_r.string(f, m.os);
            else if (key == "kernel")
                m_r.string(f, m.kernel);
            else if (key == "hostname")
                m_r.string(f, m.hostname);
            else
                in.skipValue();
        }
    }

    void readStatus(const Field &f)
    {
        const std::size_t at = m_r.valueStart();
        std::string text;
        if (!m_r.string(f, text))
            return;
        for (auto status : {RunStatus::Running, RunStatus::Ok, RunStatus::Cancelled,
                            RunStatus::Failed}) {
            if (runStatusName(status) == text) {
                m_run.status = status;
                return;
            }
        }
        m_r.fail(f, at, "unknown status \"" + text + '"');
    }

    void readTasks()
    {
        PullReader &in = m_r.in();
        if (!m_r.array(Field{"", -1, "tasks"}))
            return;
        if (m_sawDeclaredTasks) {
            // Trust the declared count only as far as the text can hold that many tasks (each
            // takes well over 64 bytes), so a corrupt number cannot allocate gigabytes.
            const std::uint64_t n = std::min<std::uint64_t>(m_declaredTasks, m_textSize / 64);
            m_run.tasks.reserve(n);
            m_parsed.reserve(n);
        }
        std::string keyText;
        std::string text;
        while (in.nextElement()) {
            const auto i = static_cast<std::int64_t>(m_run.tasks.size());
            const std::size_t taskAt = m_r.valueStart();
            if (i >= std::int64_t{UINT32_MAX}) {
                m_r.fail(Field{"tasks", i, {}}, taskAt, "too many tasks");
                return;
            }
            if (!m_r.object(Field{"tasks", i, {}}))
                return;
            TaskRecord &t = m_run.tasks.emplace_back();
            ParsedTask &p = m_parsed.emplace_back();
            bool sawIndex = false, sawInput = false;
            std::uint64_t result = 0;
            bool hasResult = false;
            while (in.nextMember(keyText)) {
                const std::string_view key = keyText;
                const Field f{"tasks", i, key};
                const std::size_t at = m_r.valueStart();
                if (key == "index") {
                    std::int64_t index = 0;
                    if (m_r.integer(f, index, 0, UINT32_MAX) && index != i)
                        m_r.fail(f, at, "tasks must be listed in index order; expected "
                                     + std::to_string(i) + ", got " + std::to_string(index));
                    t.index = static_cast<std::uint32_t>(index);
                    sawIndex = true;
                } else if (key == "input") {
                    if (m_r.string(f, text)) {
                        int arity = 0;
                        if (!parseInputText(text, p.input, arity))
                            m_r.fail(f, at, "expected \"123\" or \"[123, 456]\", got \"" + text
                                         + '"');
                        p.arity = static_cast<std::int8_t>(arity);
                    }
                    sawInput = true;
                } else if (key == "result") {
                    if (in.peek() == 'n') {
                        in.readWord();
                    } else {
                        hasResult = m_r.unsignedValue(f, result, true);
                    }
                } else if (key == "expected") {
                    p.hasExpected = m_r.unsignedValue(f, p.expected, true);
                } else if (key == "mismatch") {
                    m_r.boolean(f, t.mismatch);
                } else if (key == "state") {
                    if (m_r.string(f, text)) {
                        if (text == "done")
                            t.state = TaskState::Done;
                        else if (text == "failed")
                            t.state = TaskState::Failed;
                        else if (text == "pending")
                            t.state = TaskState::Pending;
                        else
                            m_r.fail(f, at, "unknown state \"" + text + '"');
                    }
                } else if (key == "worker") {
                    m_r.integerAs(f, t.worker, true);
                } else if (key == "pid") {
                    m_r.integerAs(f, t.pid);
                } else if (key == "tid") {
                    m_r.integerAs(f, t.tid);
                } else if (key == "cpu") {
                    m_r.integerAs(f, t.cpuStart, true);
                } else if (key == "cpu_end") {
                    m_r.integerAs(f, t.cpuEnd, true);
                } else if (key == "enqueue_ns") {
                    m_r.integer(f, t.enqueueNs, -1, INT64_MAX, true);
                } else if (key == "start_ns") {
                    m_r.integer(f, t.startNs, -1, INT64_MAX, true);
                } else if (key == "end_ns") {
                    m_r.integer(f, t.endNs, -1, INT64_MAX, true);
                } else if (key == "handed_back_ns") {
                    m_r.integer(f, t.handedBackNs, -1, INT64_MAX, true);
                } else if (key == "gil_wait_ns") {
                    m_r.integer(f, t.gilWaitNs, 0, INT64_MAX);
                } else {
                    in.skipValue();   // "ok" is derived from state and mismatch
                }
            }
            if (in.failed())
                return;
            if (!sawIndex || !sawInput) {
                m_r.fail(Field{"tasks", i, {}}, taskAt,
                         sawIndex ? "missing \"input\"" : "missing \"index\"");
                return;
            }
            if (hasResult)
                t.result = result;
        }
    }

    void readHandOrder()
    {
        PullReader &in = m_r.in();
        m_handOrderAt = m_r.valueStart();
        if (!m_r.array(Field{"", -1, "hand_order"}))
            return;
        while (in.nextElement()) {
            std::uint32_t index = 0;
            if (!m_r.integerAs(Field{"hand_order", static_cast<std::int64_t>(m_run.handOrder.size()),
                                     {}},
                               index))
                return;
            m_run.handOrder.push_back(index);
        }
    }

    void readWorkers()
    {
        PullReader &in = m_r.in();
        if (!m_r.array(Field{"", -1, "workers"}))
            return;
        std::string keyText;
        while (in.nextElement()) {
            const auto i = static_cast<std::int64_t>(m_run.workers.size());
            if (!m_r.object(Field{"workers", i, {}}))
                return;
            WorkerRecord &w = m_run.workers.emplace_back();
            while (in.nextMember(keyText)) {
                const std::string_view key = keyText;
                const Field f{"workers", i, key};
                if (key == "id")
                    m_r.integerAs(f, w.id);
                else if (key == "pid")
                    m_r.integerAs(f, w.pid);
                else if (key == "tid")
                    m_r.integerAs(f, w.tid);
                else if (key == "spawn_ns")
                    m_r.integer(f, w.spawnNs, -1, INT64_MAX, true);
                else if (key == "ready_ns")
                    m_r.integer(f, w.readyNs, -1, INT64_MAX, true);
                else if (key == "exit_ns")
                    m_r.integer(f, w.exitNs, -1, INT64_MAX, true);
                else if (key == "tasks")
                    m_r.unsignedValue(f, w.tasksDone, false);
                else if (key == "busy_ns")
                    m_r.integer(f, w.busyNs, 0, INT64_MAX);
                else if (key == "exit_reason")
                    m_r.string(f, w.exitReason, true);
                else
                    in.skipValue();
            }
        }
    }

    void readSamples()
    {
        PullReader &in = m_r.in();
        if (!m_r.array(Field{"", -1, "samples"}))
            return;
        std::string keyText;
        while (in.nextElement()) {
            const auto i = static_cast<std::int64_t>(m_run.samples.size());
            if (!m_r.object(Field{"samples", i, {}}))
                return;
            CpuSample &s = m_run.samples.emplace_back();
            while (in.nextMember(keyText)) {
                const std::string_view key = keyText;
                const Field f{"samples", i, key};
                if (key == "t_ns") {
                    m_r.integer(f, s.tNs, INT64_MIN, INT64_MAX);
                } else if (key == "cores") {
                    if (!m_r.array(f))
                        return;
                    while (in.nextElement()) {
                        float v = 0;
                        if (!m_r.real(f, v))
                            return;
                        s.cores.push_back(v);
                    }
                } else {
                    in.skipValue();
                }
            }
        }
    }

    // Puts the workload back together from its generator or the tasks' inputs, and checks
    // that the tasks agree with it.
    std::optional<ReadError> finishWorkload(Workload &w, std::size_t workloadAt)
    {
        const int arity = w.kernelInfo().arity;
        const std::size_t n = m_run.tasks.size();
        if (m_sawDeclaredTasks && m_declaredTasks != n)
            return ReadError{workloadAt, "workload.tasks: says " + std::to_string(m_declaredTasks)
                                             + " tasks, but \"tasks\" lists " + std::to_string(n)};
        for (std::size_t i = 0; i < n; ++i) {
            if (m_parsed[i].arity != arity)
                return ReadError{workloadAt, "tasks[" + std::to_string(i) + "].input: the "
                                                 + std::string(w.kernelInfo().name) + " kernel takes "
                                                 + (arity == 2 ? "a pair [a, b]" : "one integer")};
        }
        if (m_generator) {
            if (const auto *repeat = std::get_if<RepeatInputs>(&*m_generator);
                repeat && m_repeatArity != arity)
                return ReadError{workloadAt, "workload.inputs.repeat.value: wrong shape for the "
                                                 + std::string(w.kernelInfo().name) + " kernel"};
            w.inputs = *m_generator;
            if (w.taskCount() != n)
                return ReadError{workloadAt, "workload.inputs: generates "
                                                 + std::to_string(w.taskCount())
                                                 + " tasks, but \"tasks\" lists "
                                                 + std::to_string(n)};
            for (std::size_t i = 0; i < n; ++i) {
                if (!(w.input(i) == m_parsed[i].input))
                    return ReadError{workloadAt, "tasks[" + std::to_string(i)
                                                     + "].input: differs from what workload.inputs "
                                                       "generates"};
            }
        } else {
            ExplicitInputs inputs;
            inputs.values.reserve(n);
            for (const ParsedTask &p : m_parsed)
                inputs.values.push_back(p.input);
            w.inputs = std::move(inputs);
        }
        std::size_t withExpected = 0;
        for (const ParsedTask &p : m_parsed)
            withExpected += p.hasExpected ? 1 : 0;
        if (withExpected > 0) {
            if (withExpected != n)
                return ReadError{workloadAt, "tasks: \"expected\" is given for "
                                                 + std::to_string(withExpected) + " of "
                                                 + std::to_string(n) + " tasks; all or none"};
            std::vector<std::uint64_t> expected;
            expected.reserve(n);
            for (const ParsedTask &p : m_parsed)
                expected.push_back(p.expected);
            w.expected = std::move(expected);
        }
        return std::nullopt;
    }

    ReportReader m_r;
    RunResult &m_run;
    std::size_t m_textSize = 0;
    std::vector<ParsedTask> m_parsed;
    std::optional<InputSource> m_generator;
    int m_repeatArity = 1;
    std::uint64_t m_declaredTasks = 0;
    bool m_sawDeclaredTasks = false;
    std::size_t m_handOrderAt = 0;
    std::size_t m_optionsAt = 0;
};

// 1-based line and column (in code points) of a byte offset, for messages.
std::pair<int, int> lineColumn(std::string_view text, std::size_t offset)
{
    int line = 1;
    int column = 1;
    offset = std::min(offset, text.size());
    for (std::size_t i = 0; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

} // namespace

std::variant<RunResult, std::string> readRunReportData(std::string_view json,
                                                       const std::string &name)
{
    RunResult run;
    RunReportParser parser(json, run);
    if (const auto error = parser.parse()) {
        const auto [line, column] = lineColumn(json, error->offset);
        return name + ':' + std::to_string(line) + ':' + std::to_string(column) + ": "
            + error->message;
    }
    return run;
}

std::variant<RunResult, std::string> readRunReport(const std::string &path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return path + ": cannot open: " + std::strerror(errno);
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        return path + ": not a regular file";
    }
    const auto size = static_cast<std::size_t>(info.st_size);
    if (size == 0) {
        ::close(fd);
        return readRunReportData({}, path);
    }
    // Mapped, not copied: a million-task report is a quarter of a gigabyte that we only scan
    // once, front to back.
    void *mapped = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    const int mapError = errno;
    ::close(fd);
    if (mapped == MAP_FAILED)
        return path + ": cannot read: " + std::strerror(mapError);
    ::madvise(mapped, size, MADV_SEQUENTIAL);
    auto result = readRunReportData(std::string_view(static_cast<const char *>(mapped), size), path);
    ::munmap(mapped, size);
    return result;
}

} // namespace corescope
