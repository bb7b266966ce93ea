#include "core/io/runoptionsio.h"
#include "core/util/enginetext.h"

#include <charconv>
#include <climits>

namespace corescope::io {

namespace {

enum class Kind : std::uint8_t { Name, Integer, Real, Bool, Text };

// The integer options, their member and their range.
struct IntegerOption {
    std::string_view key;
    int RunOptions::*member;
    int min;
    int max;
};
constexpr IntegerOption kIntegers[] = {
    {"workers", &RunOptions::workers, 1, RunOptions::kMaxWorkers},
    // 0: the API's own default (RunOptions::effectiveChunksize), in both runtimes.
    {"chunksize", &RunOptions::chunksize, 0, RunOptions::kMaxChunksize},
    {"sample_hz", &RunOptions::sampleHz, 0, RunOptions::kMaxSampleHz},
    {"task_timeout_ms", &RunOptions::taskTimeoutMs, 0, RunOptions::kMaxTaskTimeoutMs},
};

struct BoolOption {
    std::string_view key;
    bool RunOptions::*member;
};
constexpr BoolOption kBools[] = {
    {"gil", &RunOptions::gil},
    {"process_per_task", &RunOptions::processPerTask},
};

const IntegerOption *integerOption(std::string_view key)
{
    for (const IntegerOption &o : kIntegers)
        if (o.key == key)
            return &o;
    return nullptr;
}

const BoolOption *boolOption(std::string_view key)
{
    for (const BoolOption &o : kBools)
        if (o.key == key)
            return &o;
    return nullptr;
}

// The MPI mode's text options (hosts are checked by RunOptions::validate / parseMpiHosts).
std::string RunOptions::*textMember(std::string_view key)
{
    if (key == "hosts")
        return &RunOptions::mpiHosts;
    if (key == "hostfile")
        return &RunOptions::mpiHostfile;
    if (key == "mpirun")
        return &RunOptions::mpirunPath;
    return nullptr;
}

Kind kindOf(std::string_view key)
{
    if (integerOption(key))
        return Kind::Integer;
    if (boolOption(key))
        return Kind::Bool;
    if (key == "switch_interval_ms" || key == "scale")
        return Kind::Real;
    if (key == "python" || textMember(key))
        return Kind::Text;
    return Kind::Name;
}

// Sets `member` to a name's value; false when the text names nothing known.
template <typename T>
bool assign(std::optional<T> value, T &member)
{
    if (!value)
        return false;
    member = *value;
    return true;
}

// The named options: false when `text` names nothing known.
bool setName(RunOptions &o, std::string_view key, std::string_view text)
{
    if (key == "mode")
        return assign(modeFromName(text), o.mode);
    if (key == kLegacyOrderingKey)
        return assign(pyApiFromOrderingName(text), o.api);
    if (key == "runtime")
        return assign(runtimeFromName(text), o.runtime);
    if (key == "api")
        return assign(pyApiFromName(text), o.api);
    if (key == "start_method")
        return assign(startMethodFromName(text), o.startMethod);
    return assign(workerDeathPolicyFromName(text), o.onWorkerDeath);
}

bool isNamed(std::string_view key)
{
    return key == "mode" || key == "ordering" || key == "on_worker_death" || key == "runtime"
        || key == "api" || key == "start_method";
}

std::string_view nameChoices(std::string_view key)
{
    if (key == "mode")
        return "serial, threads, processes, mpi";
    if (key == kLegacyOrderingKey)
        return "ordered-batch (pool.map), ordered-stream (pool.imap), as-completed "
               "(pool.imap_unordered)";
    if (key == "runtime")
        return "native, python";
    if (key == "api")
        return "executor.map, submit.as_completed, pool.map, pool.imap, pool.imap_unordered";
    if (key == "start_method")
        return "default, fork, spawn, forkserver";
    return "fail, respawn";
}

// "expected one of <the names key takes>, got <found>".
std::string notANameOf(std::string_view key, std::string_view found)
{
    return text::expectedGot(text::formatEngineText(text::kOneOf, {nameChoices(key)}), found);
}

std::string realText(double value)
{
    char buffer[48];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    return std::string(buffer, end);
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    return text;
}

// Throws for an option the reader does not know: a programming error, not bad input.
[[noreturn]] void unknownKey(const Field &field)
{
    field.fail(text::kNotARunOption);
}

// Reads one member; false when `key` is not an option.
bool readRunOption(const Field &field, std::string_view key, RunOptions &o)
{
    if (const IntegerOption *option = integerOption(key)) {
        o.*option->member = static_cast<int>(field.integer(INT_MIN, INT_MAX));
        return true;
    }
    if (const BoolOption *option = boolOption(key)) {
        o.*option->member = field.boolean();
        return true;
    }
    if (key == "switch_interval_ms") {
        o.switchIntervalMs = field.real<double>();
        return true;
    }
    if (key == "scale") {
        o.scale = field.real<double>();
        return true;
    }
    if (key == "python") {
        o.pythonPath = field.string();
        return true;
    }
    if (auto member = textMember(key)) {
        o.*member = field.string();
        return true;
    }
    if (isNamed(key)) {
        const std::string text = field.string();
        if (!setName(o, key, text))
            field.fail(notANameOf(key, json::quote(text)));
        return true;
    }
    return false;
}

} // namespace

bool legacyOrderingDecides(const RunOptions &options, bool hasApi)
{
    return !hasApi || options.runtime != Runtime::Python;
}

std::string runOptionText(const RunOptions &o, std::string_view key)
{
    if (const IntegerOption *option = integerOption(key))
        return std::to_string(o.*option->member);
    if (const BoolOption *option = boolOption(key))
        return o.*option->member ? "true" : "false";
    if (key == "switch_interval_ms")
        return realText(o.switchIntervalMs);
    if (key == "scale")
        return realText(o.scale);
    if (key == "mode")
        return std::string(modeName(o.mode));
    if (key == "on_worker_death")
        return std::string(workerDeathPolicyName(o.onWorkerDeath));
    if (key == "runtime")
        return std::string(runtimeName(o.runtime));
    if (key == "api")
        return std::string(pyApiName(o.api));
    if (key == "start_method")
        return std::string(startMethodName(o.startMethod));
    if (key == "python")
        return o.pythonPath;
    if (auto member = textMember(key))
        return o.*member;
    return {};
}

std::string setRunOptionFromText(RunOptions &o, std::string_view key, std::string_view given)
{
    const std::string_view text = trimmed(given);
    const std::string quoted = '"' + std::string(given) + '"';
    if (key == "python") {
        o.pythonPath = std::string(text);
        return {};
    }
    if (key == "hosts") {
        std::string error;
        parseMpiHosts(text, error);
        if (!error.empty())
            return text::formatEngineText(text::kExpectedHosts, {error});
        o.mpiHosts = std::string(text);
        return {};
    }
    if (auto member = textMember(key)) {
        o.*member = std::string(text);
        return {};
    }
    if (const IntegerOption *option = integerOption(key)) {
        const std::string_view digits = text.starts_with('+') ? text.substr(1) : text;
        long long value = 0;
        const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
        const int min = option->min;
        if (digits.empty() || ec != std::errc() || end != digits.data() + digits.size()
            || value < min || value > option->max) {
            return text::formatEngineText(
                text::kWholeNumberRange,
                {std::to_string(min), std::to_string(option->max), given});
        }
        o.*option->member = static_cast<int>(value);
        return {};
    }
    if (const BoolOption *option = boolOption(key)) {
        if (text == "true" || text == "1")
            o.*option->member = true;
        else if (text == "false" || text == "0")
            o.*option->member = false;
        else
            return text::expectedGot(text::kTrueOrFalse, quoted);
        return {};
    }
    if (key == "switch_interval_ms") {
        double ms = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), ms);
        if (text.empty() || ec != std::errc() || end != text.data() + text.size() || !(ms > 0.0)
            || ms > RunOptions::kMaxSwitchIntervalMs)
            return text::expectedGot(text::kMillisecondsInterval, quoted);
        o.switchIntervalMs = ms;
        return {};
    }
    if (key == "scale") {
        double scale = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), scale);
        if (text.empty() || ec != std::errc() || end != text.data() + text.size()
            || !(scale >= RunOptions::kMinScale && scale <= RunOptions::kMaxScale))
            return text::expectedGot(text::kAScale, quoted);
        o.scale = scale;
        return {};
    }
    if (!setName(o, key, text))
        return notANameOf(key, quoted);
    return {};
}

void writeRunOption(OutBuffer &out, const RunOptions &o, std::string_view key)
{
    out.put('"');
    out.put(key);
    out.put(std::string_view("\":"));
    switch (kindOf(key)) {
    case Kind::Name:
    case Kind::Text:
        out.jsonString(runOptionText(o, key));
        break;
    case Kind::Real:
        out.real(key == "scale" ? o.scale : o.switchIntervalMs);
        break;
    case Kind::Integer:
    case Kind::Bool:
        out.put(runOptionText(o, key));
        break;
    }
}

void writeRunOptions(OutBuffer &out, const RunOptions &o)
{
    out.put('{');
    bool first = true;
    for (const std::string_view key : kRunOptionKeys) {
        if (!first)
            out.put(',');
        first = false;
        writeRunOption(out, o, key);
    }
    out.put('}');
}

void readRunOptions(const Field &object, RunOptions &o,
                    std::initializer_list<std::string_view> required)
{
    const bool hasApi = object["api"].exists();
    if (required.size() == 0) {
        for (const auto &[key, field] : object.members())
            if (key != kLegacyOrderingKey)
                readRunOption(field, key, o);
        // After "runtime": which of an older file's two keys meant the run's order.
        if (const Field ordering = object[kLegacyOrderingKey];
            ordering.exists() && legacyOrderingDecides(o, hasApi))
            readRunOption(ordering, kLegacyOrderingKey, o);
    } else {
        for (std::string_view key : required) {
            if (key == "api" && !hasApi && object[kLegacyOrderingKey].exists())
                key = kLegacyOrderingKey;   // written before "api" was the one choice
            const Field field = object[key];
            field.value();   // throws "missing"
            if (!readRunOption(field, key, o))
                unknownKey(field);
        }
    }
    if (const std::string problem = o.validate(); !problem.empty())
        object.fail(problem);
}

} // namespace corescope::io
