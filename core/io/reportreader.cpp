#include "core/io/reportreader.h"

#include "core/io/fieldreader.h"
#include "core/io/jsonreader.h"
#include "core/io/reportrecords.h"
#include "core/io/runoptionsio.h"
#include "core/util/enginetext.h"

#include <cerrno>
#include <charconv>
#include <climits>
#include <cstring>
#include <limits>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace corescope {

namespace {

using io::Field;
using io::FieldError;
using io::integerAs;
using io::unsignedValue;

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

[[noreturn]] void failAt(json::Position at, std::string message)
{
    throw FieldError{at, {}, std::move(message)};
}

struct ParsedTask {
    TaskInput input;
    std::int8_t arity = 0;
    bool hasExpected = false;
    std::uint64_t expected = 0;
};

// The top level and the long lists are pulled; each member or list element is read whole as a
// small json::Value and taken apart by io::Field.
class RunReportReader {
public:
    RunReportReader(std::string_view text, RunResult &run)
        : m_in(text)
        , m_run(run)
        , m_textSize(text.size())
    {
    }

    void read()
    {
        auto workload = std::make_shared<Workload>();
        if (m_in.peekType() != json::Type::Object) {
            const json::Value v = m_in.readValue();
            Field(v, "document").fail(json::expectedGot(text::kAnObject, v));
        }
        m_in.beginObject();
        std::string key;
        json::Position keyAt;
        bool sawFormat = false, sawWorkload = false, sawOptions = false, sawTasks = false;
        bool sawStatus = false;
        while (m_in.nextMember(key, keyAt)) {
            if (key == "tasks") {
                readTasks();
                sawTasks = true;
            } else if (key == "hand_order") {
                readHandOrder();
            } else if (key == "workers") {
                readList("workers", [this](const Field &f) {
                    io::readWorkerRecord(f, m_run.workers.emplace_back());
                });
            } else if (key == "samples") {
                readList("samples", [this](const Field &f) {
                    io::readCpuSample(f, m_run.samples.emplace_back());
                });
            } else if (key == "gil_holds") {
                readList("gil_holds", [this](const Field &f) { readGilHold(f); });
            } else if (key == "format" || key == "version" || key == "workload"
                       || key == "options" || key == "machine" || key == "started_at"
                       || key == "status" || key == "error" || key == "failed_task"
                       || key == "wall_ns" || key == "shared_total" || key == "python"
                       || key == "gil_holds_truncated") {
                const json::Value v = m_in.readValue();
                const Field f(v, key);
                sawFormat |= key == "format";
                sawWorkload |= key == "workload";
                sawOptions |= key == "options";
                sawStatus |= key == "status";
                readMember(f, key, *workload);
            } else {
                m_in.skipValue();   // from a newer version: not ours to judge
            }
        }
        if (!m_in.atEnd())
            failAt(m_in.position(), text::kUnexpectedText);

        const std::pair<bool, const char *> required[] = {{sawFormat, "format"},
                                                          {sawWorkload, "workload"},
                                                          {sawOptions, "options"},
                                                          {sawStatus, "status"},
                                                          {sawTasks, "tasks"}};
        for (const auto &[seen, name] : required) {
            if (!seen)
                failAt({1, 1}, text::formatEngineText(text::kIncompleteReport,
                                                      {'"' + std::string(name) + '"'}));
        }
        finishWorkload(*workload);
        for (const std::uint32_t i : m_run.handOrder) {
            if (i >= m_run.tasks.size())
                failAt(m_handOrderAt, "hand_order: "
                                          + text::formatEngineText(text::kNoSuchTask, {std::to_string(i)}));
        }
        m_run.workload = std::move(workload);
    }

private:
    void readMember(const Field &f, std::string_view key, Workload &workload)
    {
        if (key == "format") {
            const std::string format = f.string();
            if (format != io::kRunReportFormat)
                f.fail(text::formatEngineText(text::kNotARunReport, {json::quote(format)}));
        } else if (key == "version") {
            const std::int64_t version = f.integer(0, INT32_MAX);
            if (version > io::kRunReportVersion)
                f.fail(text::formatEngineText(text::kNewerVersion,
                                              {std::to_string(version),
                                               std::to_string(io::kRunReportVersion)}));
        } else if (key == "workload") {
            m_workloadAt = f.position();
            readWorkload(f, workload);
        } else if (key == "options") {
            io::readRunOptions(f, m_run.options);
        } else if (key == "machine") {
            io::readMachine(f, m_run.machine);
        } else if (key == "started_at") {
            m_run.startedAt = f.string();
        } else if (key == "status") {
            const std::string text = f.string();
            bool known = false;
            for (auto status : {RunStatus::Running, RunStatus::Ok, RunStatus::Cancelled,
                                RunStatus::Failed}) {
                if (runStatusName(status) == text) {
                    m_run.status = status;
                    known = true;
                }
            }
            if (!known)
                f.fail(text::formatEngineText(text::kUnknownStatus, {json::quote(text)}));
        } else if (key == "error") {
            m_run.error = f.stringOrNull();
        } else if (key == "failed_task") {
            m_run.failedTask = f.integerOrNull(-1, UINT32_MAX);
        } else if (key == "wall_ns") {
            m_run.wallNs = f.integer(0, INT64_MAX);
        } else if (key == "shared_total") {
            if (!f.isNull())
                m_run.sharedTotal = unsignedValue(f);
        } else if (key == "gil_holds_truncated") {
            m_run.gilHoldsTruncated = m_run.gilHoldsTruncated || f.boolean();
        } else if (key == "python") {
            if (!f.isNull())
                m_run.python = io::readPythonInfo(f);
        }
    }

    void readWorkload(const Field &f, Workload &w)
    {
        bool sawKernel = false;
        for (const auto &[key, v] : f.members()) {
            if (key == "name") {
                w.name = v.string();
            } else if (key == "description") {
                w.description = v.string();
            } else if (key == "source") {
                w.sourcePath = v.string();
            } else if (key == "kernel") {
                const std::string name = v.string();
                if (const auto id = kernelByName(name))
                    w.kernel = *id;
                else
                    v.fail(text::formatEngineText(text::kUnknownKernelName, {json::quote(name)}));
                sawKernel = true;
            } else if (key == "python") {
                PythonFunction python;
                python.file = v["file"].string();
                python.path = python.file;
                python.function = v["function"].string();
                if (const Field inMain = v["in_main"]; inMain.exists())
                    python.inMain = inMain.boolean();
                if (const Field results = v["results"]; results.exists())
                    python.boolResults = results.string() == "bool";
                w.python = std::move(python);
            } else if (key == "tasks") {
                m_declaredTasks = unsignedValue(v);
                m_sawDeclaredTasks = true;
            } else if (key == "params") {
                io::readKernelParams(v, w.params);
            } else if (key == "inputs") {
                readGenerator(v);
            }
        }
        if (!sawKernel)
            f.fail(text::formatEngineText(text::kMissingKey, {"\"kernel\""}));
    }

    // {"range": {...}} or {"repeat": {...}}, as in workload files.
    void readGenerator(const Field &f)
    {
        for (const auto &[key, g] : f.members()) {
            if (key == "range") {
                RangeInputs range;
                for (const auto &[k, v] : g.members()) {
                    if (k == "start")
                        range.start = unsignedValue(v);
                    else if (k == "stop")
                        range.stop = unsignedValue(v);
                    else if (k == "step")
                        range.step = unsignedValue(v);
                }
                m_generator = range;
            } else if (key == "repeat") {
                RepeatInputs repeat;
                for (const auto &[k, v] : g.members()) {
                    if (k == "value") {
                        if (v.value().isArray()) {
                            const std::vector<Field> pair = v.elements();
                            if (pair.size() > 2)
                                v.fail(json::expectedGot(text::kAPairOfIntegers, v.value()));
                            std::uint64_t *slots[] = {&repeat.value.a, &repeat.value.b};
                            for (std::size_t i = 0; i < pair.size(); ++i)
                                *slots[i] = unsignedValue(pair[i]);
                            m_repeatArity = 2;
                        } else {
                            repeat.value.a = unsignedValue(v);
                            m_repeatArity = 1;
                        }
                    } else if (k == "count") {
                        repeat.count = unsignedValue(v);
                    }
                }
                m_generator = repeat;
            }
        }
    }

    // A list read one element at a time: each element a small Value, never the whole list.
    template <typename Read>
    void readList(const char *name, Read read)
    {
        beginList(name);
        for (std::size_t i = 0; m_in.nextElement(); ++i) {
            const json::Value v = m_in.readValue();
            read(Field(v, name + ('[' + std::to_string(i) + ']')));
        }
    }

    void beginList(const char *name)
    {
        if (m_in.peekType() != json::Type::Array) {
            const json::Value v = m_in.readValue();
            Field(v, name).fail(json::expectedGot(text::kAList, v));
        }
        m_in.beginArray();
    }

    void readTasks()
    {
        beginList("tasks");
        if (m_sawDeclaredTasks) {
            // Trust the declared count only as far as the text can hold that many tasks (each
            // takes well over 64 bytes), so a corrupt number cannot allocate gigabytes.
            const std::uint64_t n = std::min<std::uint64_t>(m_declaredTasks, m_textSize / 64);
            m_run.tasks.reserve(n);
            m_parsed.reserve(n);
        }
        while (m_in.nextElement()) {
            const auto i = static_cast<std::int64_t>(m_run.tasks.size());
            const json::Value v = m_in.readValue();
            const Field task(v, "tasks[" + std::to_string(i) + ']');
            if (i >= std::int64_t{UINT32_MAX})
                task.fail(text::kTooManyTasksInReport);
            readTask(task, i);
        }
    }

    void readTask(const Field &task, std::int64_t i)
    {
        TaskRecord &t = m_run.tasks.emplace_back();
        ParsedTask &p = m_parsed.emplace_back();
        bool sawIndex = false, sawInput = false;
        for (const auto &[key, f] : task.members()) {
            if (key == "index") {
                const std::int64_t index = f.integer(0, UINT32_MAX);
                if (index != i)
                    f.fail(text::formatEngineText(text::kTasksOutOfOrder,
                                                  {std::to_string(i), std::to_string(index)}));
                t.index = static_cast<std::uint32_t>(index);
                sawIndex = true;
            } else if (key == "input") {
                const std::string text = f.string();
                int arity = 0;
                if (!parseInputText(text, p.input, arity))
                    f.fail(text::expectedGot(text::kAnInputText, json::quote(text)));
                p.arity = static_cast<std::int8_t>(arity);
                sawInput = true;
            } else if (key == "result") {
                t.resultKnown = !f.isNull();   // (a task that did not finish has none either)
                if (t.resultKnown)
                    t.result = unsignedValue(f, true);
            } else if (key == "expected") {
                p.expected = unsignedValue(f, true);
                p.hasExpected = true;
            } else if (key == "mismatch") {
                t.mismatch = f.boolean();
            } else if (key == "state") {
                const std::string text = f.string();
                if (const auto state = io::valueNamed(io::kTaskStates, text))
                    t.state = *state;
                else
                    f.fail(text::formatEngineText(text::kUnknownState, {json::quote(text)}));
            } else if (key == "worker") {
                t.worker = integerAs<std::int16_t>(f, true);
            } else if (key == "pid") {
                t.pid = integerAs<std::int32_t>(f);
            } else if (key == "tid") {
                t.tid = integerAs<std::int32_t>(f);
            } else if (key == "cpu") {
                t.cpuStart = integerAs<std::int16_t>(f, true);
            } else if (key == "cpu_end") {
                t.cpuEnd = integerAs<std::int16_t>(f, true);
            } else if (key == "enqueue_ns") {
                t.enqueueNs = f.integerOrNull(-1, INT64_MAX);
            } else if (key == "start_ns") {
                t.startNs = f.integerOrNull(-1, INT64_MAX);
            } else if (key == "end_ns") {
                t.endNs = f.integerOrNull(-1, INT64_MAX);
            } else if (key == "handed_back_ns") {
                t.handedBackNs = f.integerOrNull(-1, INT64_MAX);
            } else if (key == "gil_wait_ns") {
                t.gilWaitNs = f.integer(-1, INT64_MAX);   // -1: not measured
            }
            // "ok" is derived from state and mismatch; other members are a newer version's.
        }
        if (!sawIndex || !sawInput)
            task.fail(text::formatEngineText(text::kMissingKey,
                                             {sawIndex ? "\"input\"" : "\"index\""}));
        if (t.state != TaskState::Done)
            t.resultKnown = true;   // no result to know: as a run records such a task
    }

    void readHandOrder()
    {
        m_handOrderAt = m_in.position();
        beginList("hand_order");
        while (m_in.nextElement()) {
            const json::Value v = m_in.readValue();
            const Field f(v, "hand_order[" + std::to_string(m_run.handOrder.size()) + ']');
            m_run.handOrder.push_back(integerAs<std::uint32_t>(f));
        }
    }

    void readGilHold(const Field &f)
    {
        GilHold h;
        h.worker = static_cast<std::int16_t>(f["worker"].integer(0, INT16_MAX));
        h.startNs = f["start_ns"].integer(INT64_MIN, INT64_MAX);
        h.endNs = f["end_ns"].integer(h.startNs, INT64_MAX);
        const Field sampled = f["sampled"];
        h.sampled = sampled.exists() && sampled.boolean();
        if (m_run.gilHolds.size() >= RunResult::kMaxGilHolds) {
            m_run.gilHoldsTruncated = true;   // the same budget as a run's
            return;
        }
        m_run.gilHolds.push_back(h);
    }

    // Puts the workload back together from its generator or the tasks' inputs, and checks
    // that the tasks agree with it.
    void finishWorkload(Workload &w)
    {
        const int arity = w.kernelInfo().arity;
        const std::size_t n = m_run.tasks.size();
        const std::string kernel(w.kernelInfo().name);
        if (m_sawDeclaredTasks && m_declaredTasks != n)
            failAt(m_workloadAt, "workload.tasks: "
                                     + text::formatEngineText(text::kSaysTasks,
                                                              {std::to_string(m_declaredTasks),
                                                               std::to_string(n)}));
        for (std::size_t i = 0; i < n; ++i) {
            if (m_parsed[i].arity != arity)
                failAt(m_workloadAt, "tasks[" + std::to_string(i) + "].input: "
                                         + text::formatEngineText(arity == 2 ? text::kKernelTakesPair
                                                                             : text::kKernelTakesOne,
                                                                  {kernel}));
        }
        if (m_generator) {
            if (const auto *repeat = std::get_if<RepeatInputs>(&*m_generator);
                repeat && m_repeatArity != arity)
                failAt(m_workloadAt, "workload.inputs.repeat.value: "
                                         + text::formatEngineText(text::kWrongShape, {kernel}));
            w.inputs = *m_generator;
            if (w.taskCount() != n)
                failAt(m_workloadAt, "workload.inputs: "
                                         + text::formatEngineText(text::kGeneratesTasks,
                                                                  {std::to_string(w.taskCount()),
                                                                   std::to_string(n)}));
            for (std::size_t i = 0; i < n; ++i) {
                if (!(w.input(i) == m_parsed[i].input))
                    failAt(m_workloadAt, "tasks[" + std::to_string(i) + "].input: "
                                             + text::kDiffersFromGenerated);
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
                failAt(m_workloadAt, "tasks: "
                                         + text::formatEngineText(text::kExpectedAllOrNone,
                                                                  {std::to_string(withExpected),
                                                                   std::to_string(n)}));
            std::vector<std::uint64_t> expected;
            expected.reserve(n);
            for (const ParsedTask &p : m_parsed)
                expected.push_back(p.expected);
            w.expected = std::move(expected);
        }
    }

    json::Reader m_in;
    RunResult &m_run;
    std::size_t m_textSize = 0;
    std::vector<ParsedTask> m_parsed;
    std::optional<InputSource> m_generator;
    int m_repeatArity = 1;
    std::uint64_t m_declaredTasks = 0;
    bool m_sawDeclaredTasks = false;
    json::Position m_workloadAt{1, 1};
    json::Position m_handOrderAt{1, 1};
};

} // namespace

std::variant<RunResult, std::string> readRunReportData(std::string_view json,
                                                       const std::string &name)
{
    RunResult run;
    try {
        RunReportReader(json, run).read();
    } catch (const json::ParseError &error) {
        return name + ':' + error.toString();
    } catch (const FieldError &error) {
        return name + ':' + std::to_string(error.position.line) + ':'
            + std::to_string(error.position.column) + ": " + error.toString();
    }
    return run;
}

std::variant<RunResult, std::string> readRunReport(const std::string &path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return path + ": " + text::formatEngineText(text::kCannotOpenSaved, {std::strerror(errno)});
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        return path + ": " + text::kNotARegularFile;
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
        return path + ": " + text::formatEngineText(text::kCannotRead, {std::strerror(mapError)});
    ::madvise(mapped, size, MADV_SEQUENTIAL);
    auto result = readRunReportData(std::string_view(static_cast<const char *>(mapped), size), path);
    ::munmap(mapped, size);
    return result;
}

} // namespace corescope
