#include "core/workload/workloadparser.h"

#include "core/io/jsonreader.h"
#include "core/util/enginetext.h"
#include "core/workload/keysuggestion.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <filesystem>
#include <limits>
#include <system_error>

namespace corescope {

namespace {

using json::expectedGot;
using json::Member;
using json::Position;
using json::Value;
using text::formatEngineText;
using workload::displayKey;
using workload::joined;
using workload::suggestion;

constexpr std::uint64_t kU64Max = std::numeric_limits<std::uint64_t>::max();
constexpr double kMaxSleepMsPerUnit = 60000.0;
constexpr std::uint64_t kMaxBufferMiB = 4096;

// A workload file's names of the shared counter's synchronisation ("sync").
constexpr std::array<std::pair<std::string_view, CounterSync>, 5> kSyncs{{
    {"none", CounterSync::None},
    {"lock", CounterSync::Lock},
    {"shared_memory", CounterSync::SharedMemory},
    {"shared_memory_locked", CounterSync::SharedMemoryLocked},
    {"manager", CounterSync::Manager}}};

constexpr std::array<std::string_view, 7> kTopLevelKeys{
    "name", "description", "kernel", "python", "params", "inputs", "expected"};

struct Invalid {
    WorkloadError error;
};

// Where a value sits in the document, built into "inputs[2][1]" only when an error needs it:
// a long input list must not pay for a string per element.
struct Path {
    const Path *parent = nullptr;
    std::string_view key;
    std::uint64_t index = 0;
    bool isIndex = false;

    Path member(std::string_view k) const { return Path{this, k, 0, false}; }
    Path at(std::uint64_t i) const { return Path{this, {}, i, true}; }

    std::string toString() const
    {
        std::string prefix = parent ? parent->toString() : std::string();
        if (isIndex)
            return prefix + '[' + std::to_string(index) + ']';
        if (key.empty())
            return prefix;
        return prefix.empty() ? std::string(key) : prefix + '.' + std::string(key);
    }
};

std::vector<std::string_view> kernelNames()
{
    std::vector<std::string_view> names;
    for (const KernelInfo &k : allKernels())
        if (k.id != KernelId::PythonFunction)   // written as "python": {...}, not as a kernel
            names.push_back(k.name);
    return names;
}

std::vector<std::string_view> paramKeys(KernelId kernel)
{
    switch (kernel) {
    case KernelId::Double:
        return {"sleep_ms_per_unit", "sleep_reverse_from"};
    case KernelId::MemSweep:
        return {"buffer_mib"};
    case KernelId::Crash:
        return {"signal"};
    case KernelId::SharedCounter:
        return {"sync"};
    default:
        return {};
    }
}

bool hasControlCharacters(std::string_view s)
{
    return std::any_of(s.begin(), s.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u < 0x20 || u == 0x7F;
    });
}

class WorkloadReader {
public:
    explicit WorkloadReader(std::string_view fileName)
        : m_fileName(fileName)
    {
    }

    Workload read(const Value &root)
    {
        if (!root.isObject()) {
            fail(root.position(), {}, expectedGot(text::kAWorkloadObject, root));
        }
        const Path top;
        // Unknown keys first: a typo like "kernal" should be reported as such, not as
        // "kernel: missing".
        for (const Member &m : root.asObject()) {
            if (std::find(kTopLevelKeys.begin(), kTopLevelKeys.end(), m.key)
                == kTopLevelKeys.end()) {
                fail(m.keyPosition, displayKey(m.key),
                     formatEngineText(text::kUnknownTopLevelField,
                                      {suggestion(m.key, kTopLevelKeys), joined(kTopLevelKeys)}));
            }
        }

        Workload w;
        w.sourcePath = m_fileName;

        const Value &name = required(root, top, "name");
        if (!name.isString() || name.asString().empty())
            fail(name.position(), "name", expectedGot(text::kANonEmptyString, name));
        if (hasControlCharacters(name.asString()))
            fail(name.position(), "name", text::kOneLine);
        w.name = name.asString();

        if (const Member *description = root.find("description")) {
            const Value &d = description->value;
            if (!d.isString())
                fail(d.position(), "description", expectedGot(text::kAString, d));
            if (hasControlCharacters(d.asString()))
                fail(d.position(), "description", text::kOneLine);
            w.description = d.asString();
        }

        const Member *python = root.find("python");
        if (python && root.find("kernel"))
            fail(python->keyPosition, "python", text::kKernelOrPython);
        if (python) {
            w.kernel = KernelId::PythonFunction;
            w.python = readPython(python->value, top.member("python"));
        } else {
            w.kernel = readKernel(required(root, top, "kernel"));
        }
        m_kernel = &kernelInfo(w.kernel);

        if (const Member *params = root.find("params"))
            w.params = readParams(params->value, top.member("params"));

        w.inputs = readInputs(required(root, top, "inputs"), top.member("inputs"));
        m_taskCount = w.taskCount();

        if (const Member *expected = root.find("expected")) {
            w.expected = readExpected(expected->value, top.member("expected"));
            if (w.python) {
                // Expected true / false: the function returns bools, shown as bools.
                const json::Array &list = expected->value.asArray();
                w.python->boolResults = std::all_of(list.begin(), list.end(),
                                                     [](const Value &x) { return x.isBool(); });
            }
        }
        return w;
    }

private:
    KernelId readKernel(const Value &kernel) const
    {
        const auto names = kernelNames();
        if (!kernel.isString()) {
            fail(kernel.position(), "kernel",
                 expectedGot(formatEngineText(text::kAKernelName, {joined(names)}), kernel));
        }
        const std::optional<KernelId> id = kernelByName(kernel.asString());
        if (!id || *id == KernelId::PythonFunction) {
            const std::string_view near = workload::nearest(kernel.asString(), names);
            fail(kernel.position(), "kernel",
                 near.empty()
                     ? formatEngineText(text::kUnknownKernel, {kernel.describe(), joined(names)})
                     : formatEngineText(text::kUnknownKernelNear,
                                        {kernel.describe(), json::quote(near), joined(names)}));
        }
        return *id;
    }

    // "python": {"file": "primes.py", "function": "is_prime"}: a file beside the workload's
    // (it must exist when the workload is a file on disk) and a Python identifier.
    PythonFunction readPython(const Value &v, const Path &path) const
    {
        if (!v.isObject())
            fail(v, path, expectedGot(text::kPythonObject, v));
        checkKeys(v, path, {"file", "function", "in_main"}, "python");
        PythonFunction f;
        const Value &file = required(v, path, "file");
        if (!file.isString() || file.asString().empty() || hasControlCharacters(file.asString()))
            fail(file, path.member("file"), expectedGot(text::kAPyFileName, file));
        if (!file.asString().ends_with(".py"))
            fail(file, path.member("file"), expectedGot(text::kAPythonFile, file));
        f.file = file.asString();
        const std::string dir = m_fileName.find('/') == std::string::npos
            ? std::string(".")
            : m_fileName.substr(0, m_fileName.rfind('/'));
        f.path = f.file.starts_with('/') ? f.file : dir + '/' + f.file;
        const Value &function = required(v, path, "function");
        const auto identifier = [](const std::string &s) {
            return !s.empty() && !(s[0] >= '0' && s[0] <= '9')
                && std::all_of(s.begin(), s.end(), [](char c) {
                       return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                           || (c >= '0' && c <= '9');
                   });
        };
        if (!function.isString() || !identifier(function.asString()))
            fail(function, path.member("function"),
                 expectedGot(formatEngineText(text::kAFunctionName, {f.file}), function));
        f.function = function.asString();
        if (const Member *inMain = v.find("in_main")) {
            if (!inMain->value.isBool())
                fail(inMain->value, path.member("in_main"), expectedGot(text::kInMainBool, inMain->value));
            f.inMain = inMain->value.asBool();
        }
        if (!f.path.starts_with(":/")) {
            std::error_code ec;
            if (!std::filesystem::is_regular_file(f.path, ec))
                fail(file, path.member("file"), formatEngineText(text::kNoSuchFile, {f.path}));
        }
        return f;
    }

    [[noreturn]] void fail(Position at, std::string field, std::string message) const
    {
        throw Invalid{WorkloadError{m_fileName, at.line, at.column, std::move(field),
                                    std::move(message)}};
    }
    [[noreturn]] void fail(const Value &v, const Path &path, std::string message) const
    {
        fail(v.position(), path.toString(), std::move(message));
    }

    // A missing key is reported at the object that should hold it.
    const Value &required(const Value &object, const Path &path, std::string_view key) const
    {
        const Member *m = object.find(key);
        if (!m)
            fail(object.position(), path.member(key).toString(), text::kMissingField);
        return m->value;
    }

    // Unknown keys inside a nested object ("range", "repeat", "params") are errors too.
    void checkKeys(const Value &object, const Path &path,
                   const std::vector<std::string_view> &known, std::string_view what) const
    {
        for (const Member &m : object.asObject()) {
            if (std::find(known.begin(), known.end(), m.key) == known.end()) {
                fail(m.keyPosition, path.member(displayKey(m.key)).toString(),
                     formatEngineText(text::kUnknownField,
                                      {suggestion(m.key, known), what, joined(known)}));
            }
        }
    }

    // A plain JSON integer up to 2^53, or a decimal string up to 2^64 - 1.
    std::uint64_t readUnsigned(const Value &v, const Path &path,
                               std::string_view expectation = text::kANonNegativeInteger) const
    {
        if (v.isNumber()) {
            const json::Number &n = v.asNumber();
            if (n.isNegative || !n.isInteger)
                fail(v, path, expectedGot(expectation, v));
            if (!n.fitsUint64) {
                fail(v, path, formatEngineText(text::kAboveLargestInteger,
                                               {v.describe(), std::to_string(kU64Max)}));
            }
            if (n.magnitude > json::kMaxExactInteger) {
                fail(v, path, formatEngineText(text::kAbove2To53, {n.literal, n.literal}));
            }
            return n.magnitude;
        }
        if (v.isString()) {
            const std::string &s = v.asString();
            if (s.empty() || !std::all_of(s.begin(), s.end(), [](char c) {
                    return c >= '0' && c <= '9';
                }))
                fail(v, path, expectedGot(expectation, v));
            std::uint64_t value = 0;
            for (const char c : s) {
                const auto d = static_cast<std::uint64_t>(c - '0');
                if (value > (kU64Max - d) / 10) {
                    fail(v, path, formatEngineText(text::kAboveLargestInteger,
                                                   {v.describe(), std::to_string(kU64Max)}));
                }
                value = value * 10 + d;
            }
            return value;
        }
        fail(v, path, expectedGot(expectation, v));
    }

    std::uint64_t readElement(const Value &v, const Path &path) const
    {
        const std::uint64_t x = readUnsigned(v, path);
        if (x > m_kernel->maxInput) {
            fail(v, path, formatEngineText(text::kAboveKernelLimit,
                                           {std::to_string(x), m_kernel->name,
                                            std::to_string(m_kernel->maxInput)}));
        }
        return x;
    }

    TaskInput readInput(const Value &v, const Path &path) const
    {
        if (m_kernel->arity == 1)
            return {readElement(v, path), 0};
        if (!v.isArray() || v.asArray().size() != 2) {
            fail(v, path, expectedGot(formatEngineText(text::kAPair, {m_kernel->name}), v));
        }
        const json::Array &pair = v.asArray();
        return {readElement(pair[0], path.at(0)), readElement(pair[1], path.at(1))};
    }

    KernelParams readParams(const Value &v, const Path &path) const
    {
        KernelParams params;
        if (!v.isObject())
            fail(v, path, expectedGot(text::kAnObject, v));
        const std::vector<std::string_view> known = paramKeys(m_kernel->id);
        for (const Member &m : v.asObject()) {
            if (std::find(known.begin(), known.end(), m.key) == known.end()) {
                fail(m.keyPosition, path.member(displayKey(m.key)).toString(),
                     known.empty()
                         ? formatEngineText(text::kUnknownParameterNone, {m_kernel->name})
                         : formatEngineText(text::kUnknownParameter,
                                            {suggestion(m.key, known), m_kernel->name,
                                             joined(known)}));
            }
        }
        if (const Member *m = v.find("sleep_ms_per_unit")) {
            const Value &x = m->value;
            const std::string message = expectedGot(
                formatEngineText(text::kMilliseconds,
                                 {std::to_string(static_cast<int>(kMaxSleepMsPerUnit))}),
                x);
            if (!x.isNumber() || x.asNumber().isNegative)
                fail(x, path.member(m->key), message);
            const std::string &literal = x.asNumber().literal;
            double ms = 0.0;
            const auto [end, ec] = std::from_chars(literal.data(), literal.data() + literal.size(), ms);
            if (ec != std::errc() || end != literal.data() + literal.size() || !(ms >= 0.0)
                || ms > kMaxSleepMsPerUnit)
                fail(x, path.member(m->key), message);
            params.sleepMsPerUnit = ms;
        }
        if (const Member *m = v.find("sleep_reverse_from")) {
            // sleep (from - x) units instead of x: the seed's imap_unordered doubler.
            params.sleepReverseFrom = readUnsigned(m->value, path.member(m->key));
        }
        if (const Member *m = v.find("buffer_mib")) {
            const std::string expectation =
                formatEngineText(text::kAnIntegerFromTo, {"1", std::to_string(kMaxBufferMiB)});
            const std::uint64_t mib = readUnsigned(m->value, path.member(m->key), expectation);
            if (mib < 1 || mib > kMaxBufferMiB)
                fail(m->value, path.member(m->key), expectedGot(expectation, m->value));
            params.bufferMiB = mib;
        }
        if (const Member *m = v.find("signal")) {
            static constexpr std::array<std::pair<std::string_view, int>, 4> kSignals{{
                {"SIGSEGV", 11}, {"SIGABRT", 6}, {"SIGKILL", 9}, {"exit", 0}}};
            const Value &x = m->value;
            const auto it = std::find_if(kSignals.begin(), kSignals.end(), [&x](const auto &s) {
                return x.isString() && x.asString() == s.first;
            });
            if (it == kSignals.end()) {
                fail(x, path.member(m->key),
                     expectedGot(formatEngineText(text::kOneOf,
                                                  {R"("SIGSEGV", "SIGABRT", "SIGKILL", "exit")"}),
                                 x));
            }
            params.crashSignal = it->second;
        }
        if (const Member *m = v.find("sync")) {
            const Value &x = m->value;
            const auto it = std::find_if(kSyncs.begin(), kSyncs.end(), [&x](const auto &s) {
                return x.isString() && x.asString() == s.first;
            });
            if (it == kSyncs.end()) {
                std::string names;
                for (const auto &[name, value] : kSyncs)
                    names += (names.empty() ? "\"" : ", \"") + std::string(name) + '"';
                fail(x, path.member(m->key),
                     expectedGot(formatEngineText(text::kOneOf, {names}), x));
            }
            params.counterSync = it->second;
        }
        return params;
    }

    void checkTaskCount(const Value &v, const Path &path, std::uint64_t count) const
    {
        if (count > kMaxWorkloadTasks) {
            fail(v, path, formatEngineText(text::kTooManyTasks, {std::to_string(count),
                                                                 std::to_string(kMaxWorkloadTasks)}));
        }
    }

    InputSource readInputs(const Value &v, const Path &path) const
    {
        if (v.isArray()) {
            const json::Array &list = v.asArray();
            if (list.empty())
                fail(v, path, text::kNoTasks);
            checkTaskCount(v, path, list.size());
            ExplicitInputs inputs;
            inputs.values.reserve(list.size());
            for (std::size_t i = 0; i < list.size(); ++i)
                inputs.values.push_back(readInput(list[i], path.at(i)));
            return inputs;
        }
        if (!v.isObject() || v.asObject().empty()) {
            fail(v, path, expectedGot(text::kInputsShape, v));
        }
        const std::vector<std::string_view> generators{"range", "repeat"};
        const json::Object &object = v.asObject();
        for (const Member &m : object) {
            if (std::find(generators.begin(), generators.end(), m.key) == generators.end()) {
                fail(m.keyPosition, path.member(displayKey(m.key)).toString(),
                     formatEngineText(text::kUnknownGenerator, {suggestion(m.key, generators)}));
            }
        }
        if (object.size() > 1) {
            fail(object[1].keyPosition, path.member(object[1].key).toString(), text::kOneGenerator);
        }
        const Member &generator = object.front();
        if (generator.key == "range")
            return readRange(generator.value, path.member("range"));
        return readRepeat(generator.value, path.member("repeat"));
    }

    // Python's range(start, stop, step) with step >= 1; start defaults to 0, step to 1.
    RangeInputs readRange(const Value &v, const Path &path) const
    {
        if (!v.isObject())
            fail(v, path, expectedGot(text::kRangeObject, v));
        checkKeys(v, path, {"start", "stop", "step"}, "range");
        if (m_kernel->arity != 1) {
            fail(v, path, formatEngineText(text::kRangeOfPairs, {m_kernel->name}));
        }
        RangeInputs range;
        const Member *start = v.find("start");
        if (start)
            range.start = readElement(start->value, path.member("start"));
        const Value &stop = required(v, path, "stop");
        range.stop = readUnsigned(stop, path.member("stop"));
        if (const Member *step = v.find("step")) {
            range.step = readUnsigned(step->value, path.member("step"), text::kAPositiveInteger);
            if (range.step == 0)
                fail(step->value, path.member("step"), expectedGot(text::kAPositiveInteger, step->value));
        }
        if (range.stop <= range.start) {
            fail(v, path, formatEngineText(text::kEmptyRange, {std::to_string(range.stop),
                                                               std::to_string(range.start)}));
        }
        const std::uint64_t count = (range.stop - range.start - 1) / range.step + 1;
        checkTaskCount(v, path, count);
        const std::uint64_t last = range.start + (count - 1) * range.step;
        if (last > m_kernel->maxInput) {
            fail(stop, path.member("stop"),
                 formatEngineText(text::kRangeAboveLimit, {std::to_string(last), m_kernel->name,
                                                           std::to_string(m_kernel->maxInput)}));
        }
        return range;
    }

    RepeatInputs readRepeat(const Value &v, const Path &path) const
    {
        if (!v.isObject())
            fail(v, path, expectedGot(text::kRepeatObject, v));
        checkKeys(v, path, {"value", "count"}, "repeat");
        RepeatInputs repeat;
        repeat.value = readInput(required(v, path, "value"), path.member("value"));
        const Value &count = required(v, path, "count");
        repeat.count = readUnsigned(count, path.member("count"));
        if (repeat.count == 0)
            fail(count, path.member("count"), text::kRepeatCountZero);
        checkTaskCount(count, path.member("count"), repeat.count);
        return repeat;
    }

    std::vector<std::uint64_t> readExpected(const Value &v, const Path &path) const
    {
        if (!v.isArray()) {
            fail(v, path,
                 expectedGot(m_taskCount == 1
                                 ? std::string(text::kAListOfOneResult)
                                 : formatEngineText(text::kAListOfResults,
                                                    {std::to_string(m_taskCount)}),
                             v));
        }
        const json::Array &list = v.asArray();
        if (list.size() != m_taskCount) {
            const std::string results = std::to_string(list.size());
            const std::string tasks = std::to_string(m_taskCount);
            fail(v, path,
                 list.size() == 1 ? formatEngineText(text::kOneResultCountDiffers, {tasks})
                 : m_taskCount == 1
                     ? formatEngineText(text::kResultsCountDiffersOneTask, {results})
                     : formatEngineText(text::kResultsCountDiffers, {results, tasks}));
        }
        std::vector<std::uint64_t> results;
        results.reserve(list.size());
        const bool isBool = m_kernel->result == ResultKind::Bool;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const Value &x = list[i];
            if (m_kernel->id == KernelId::PythonFunction && x.isBool()) {
                results.push_back(x.asBool() ? 1 : 0);   // your function's True / False
            } else if (isBool) {
                if (!x.isBool()) {
                    fail(x, path.at(i), expectedGot(formatEngineText(text::kABool, {m_kernel->name}), x));
                }
                results.push_back(x.asBool() ? 1 : 0);
            } else {
                results.push_back(readUnsigned(x, path.at(i)));
            }
        }
        return results;
    }

    std::string m_fileName;
    const KernelInfo *m_kernel = nullptr;
    std::uint64_t m_taskCount = 0;
};

} // namespace

std::string WorkloadError::toString() const
{
    std::string out = file;
    if (line > 0) {
        out += ':' + std::to_string(line);
        if (column > 0)
            out += ':' + std::to_string(column);
    }
    if (!out.empty())
        out += ": ";
    if (!field.empty())
        out += field + ": ";
    return out + message;
}

std::variant<Workload, WorkloadError> parseWorkload(std::string_view text,
                                                    std::string_view fileName)
{
    auto parsed = json::parse(text);
    if (const auto *error = std::get_if<json::ParseError>(&parsed)) {
        if (error->tooManyValues) {
            return WorkloadError{std::string(fileName), error->position.line,
                                 error->position.column, {},
                                 formatEngineText(text::kTooManyValues,
                                                  {std::to_string(json::kMaxValues)})};
        }
        return WorkloadError{std::string(fileName),
                             error->position.line,
                             error->position.column,
                             {},
                             formatEngineText(text::kInvalidJson, {error->message})};
    }
    try {
        return WorkloadReader(fileName).read(std::get<json::Value>(parsed));
    } catch (const Invalid &invalid) {
        return invalid.error;
    }
}

std::string_view counterSyncWorkloadName(CounterSync sync)
{
    for (const auto &[name, value] : kSyncs)
        if (value == sync)
            return name;
    return "none";
}

} // namespace corescope
