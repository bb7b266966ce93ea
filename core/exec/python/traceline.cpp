#include "core/exec/python/traceline.h"

#include "core/io/jsonreader.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <string>
#include <vector>

namespace corescope::python {

namespace {

constexpr std::size_t kMaxSampledCores = 4096;   // a U line with more is a broken driver

// The fields of a line, split at single spaces; a last field that starts with '"' is a JSON
// string and keeps its spaces.
struct Fields {
    std::vector<std::string_view> words;
    std::string_view quoted;   // the JSON string, quotes included; empty when none
};

Fields split(std::string_view line)
{
    Fields f;
    while (!line.empty()) {
        if (line.front() == '"') {
            f.quoted = line;
            break;
        }
        const std::size_t space = line.find(' ');
        f.words.push_back(line.substr(0, space));
        if (space == std::string_view::npos)
            break;
        line.remove_prefix(space + 1);
        if (line.empty())
            f.words.emplace_back();   // a trailing space: an empty field, refused by its kind
    }
    return f;
}

template <typename T>
bool number(std::string_view word, T &out)
{
    const auto [end, ec] = std::from_chars(word.data(), word.data() + word.size(), out);
    return !word.empty() && ec == std::errc() && end == word.data() + word.size();
}

bool jsonText(std::string_view quoted, std::string &out)
{
    auto parsed = json::parse(quoted, 1);
    if (const auto *v = std::get_if<json::Value>(&parsed); v && v->type() == json::Type::String) {
        out = v->asString();
        return true;
    }
    return false;
}

} // namespace

std::optional<TraceLine> parseTraceLine(std::string_view line, std::string &error)
{
    error.clear();
    TraceLine t;
    if (line.starts_with("Fatal Python error: ")) {
        t.kind = TraceLine::Kind::Fatal;
        t.text = std::string(line);
        return t;
    }
    const Fields f = split(line);
    const auto fail = [&](std::string_view why) -> std::optional<TraceLine> {
        error = std::string(why) + ": " + json::quote(line.substr(0, 200));
        return std::nullopt;
    };
    if (f.words.empty() || f.words[0].size() != 1)
        return fail("not a trace event");
    const std::size_t n = f.words.size();
    const bool quoted = !f.quoted.empty();
    // Every kind's shape: its word count and whether a JSON string ends it.
    const auto shape = [&](std::size_t words, bool withText) {
        return n == words && quoted == withText && (!withText || jsonText(f.quoted, t.text));
    };
    const auto &w = f.words;
    bool ok = false;
    switch (w[0][0]) {
    case 'H':
        t.kind = TraceLine::Kind::Hello;
        ok = shape(3, false) && number(w[1], t.pid) && (w[2] == "driver" || w[2] == "worker");
        if (ok)
            t.text = std::string(w[2]);
        break;
    case 'P':
        t.kind = TraceLine::Kind::Python;
        ok = shape(3, true) && number(w[1], t.value);
        if (ok)
            t.method = w[2] == "-" ? std::string() : std::string(w[2]);
        break;
    case 'R':
        t.kind = TraceLine::Kind::PoolAsked;
        ok = shape(2, false) && number(w[1], t.startNs);
        break;
    case 'Y':
        t.kind = TraceLine::Kind::Ready;
        ok = shape(4, false) && number(w[1], t.pid) && number(w[2], t.tid)
            && number(w[3], t.startNs);
        break;
    case 'B':
        t.kind = TraceLine::Kind::Block;
        ok = shape(3, false) && number(w[1], t.pid) && t.pid >= 0 && number(w[2], t.value)
            && t.value <= kMaxBlockWords;
        break;
    case 'T':
        t.kind = TraceLine::Kind::Resource;
        ok = shape(2, true) && w[1] == "semaphore"
            && t.text.size() > 1 && t.text.size() <= 250 && t.text.front() == '/'
            && t.text.find('/', 1) == std::string::npos && t.text.find('\0') == std::string::npos;
        if (ok)
            t.method = std::string(w[1]);
        break;
    case 'X':
        t.kind = TraceLine::Kind::Slot;
        ok = shape(3, false) && number(w[1], t.pid) && number(w[2], t.tid);
        break;
    case 'S':
        t.kind = TraceLine::Kind::Started;
        ok = shape(5, false) && number(w[1], t.pid) && number(w[2], t.tid)
            && number(w[3], t.index) && number(w[4], t.startNs);
        break;
    case 'E':
        t.kind = TraceLine::Kind::Ended;
        ok = shape(8, false) && number(w[1], t.pid) && number(w[2], t.tid)
            && number(w[3], t.index) && number(w[4], t.startNs) && number(w[5], t.endNs)
            && (w[6] == "-" || number(w[6], t.cpuNs));
        if (ok && w[6] == "-")
            t.cpuNs = -1;
        if (ok) {
            t.hasResult = w[7] != "-";
            ok = !t.hasResult || number(w[7], t.value);
        }
        break;
    case 'F':
        t.kind = TraceLine::Kind::Raised;
        ok = shape(6, true) && number(w[1], t.pid) && number(w[2], t.tid)
            && number(w[3], t.index) && number(w[4], t.startNs) && number(w[5], t.endNs);
        break;
    case 'K':
        t.kind = TraceLine::Kind::HandedBack;
        ok = shape(3, false) && number(w[1], t.index) && number(w[2], t.startNs);
        break;
    case 'C':
        t.kind = TraceLine::Kind::Counter;
        ok = shape(2, false) && number(w[1], t.value);
        break;
    case 'D':
        t.kind = TraceLine::Kind::Done;
        ok = shape(2, false) && number(w[1], t.startNs);
        break;
    case 'A':
        t.kind = TraceLine::Kind::ApiRaised;
        ok = shape(1, true) || (shape(2, true) && number(w[1], t.index));
        t.value = ok && n == 2 ? 1 : 0;
        break;
    case 'M':
        t.kind = TraceLine::Kind::Placed;
        ok = shape(3, true) && number(w[1], t.pid) && number(w[2], t.value) && !t.text.empty();
        break;
    case 'O':
        t.kind = TraceLine::Kind::Clock;
        ok = shape(3, false) && number(w[1], t.value) && number(w[2], t.startNs);
        break;
    case 'Z':
        t.kind = TraceLine::Kind::EndClock;
        ok = shape(2, false) && number(w[1], t.value);
        break;
    case 'V':
        t.kind = TraceLine::Kind::BoolResults;
        ok = shape(2, false) && w[1] == "bool";
        break;
    case 'L':
        t.kind = TraceLine::Kind::Said;
        ok = shape(2, true) && !w[1].empty()
            && std::all_of(w[1].begin(), w[1].end(), [](char ch) {
                   return (ch >= 'a' && ch <= 'z') || ch == '_';
               });
        if (ok)
            t.method = std::string(w[1]);
        break;
    case 'U':
        t.kind = TraceLine::Kind::CpuLoad;
        ok = n >= 4 && n <= 4 + kMaxSampledCores && !quoted && number(w[1], t.pid)
            && number(w[2], t.startNs);
        for (std::size_t i = 3; ok && i < n; ++i) {
            unsigned permille = 0;
            ok = number(w[i], permille) && permille <= 1000;
            t.cores.push_back(static_cast<float>(permille) / 1000.0f);
        }
        break;
    default:
        return fail("unknown trace event");
    }
    if (!ok)
        return fail("malformed trace event");
    return t;
}

bool parseTraceBlock(std::int64_t pid, std::span<const std::int64_t> words,
                     std::vector<TraceLine> &out, std::string &error)
{
    constexpr std::int64_t kEnded = 1, kHandedBack = 2;
    const auto fail = [&](std::size_t at, std::string_view why) {
        error = "a binary block's word " + std::to_string(at) + ": " + std::string(why);
        return false;
    };
    const auto index = [](std::int64_t v) { return v >= 0 && v <= std::int64_t{UINT32_MAX}; };
    for (std::size_t i = 0; i < words.size();) {
        const std::int64_t tag = words[i];
        const std::size_t size = tag == kEnded ? 7 : tag == kHandedBack ? 3 : 0;
        if (size == 0)
            return fail(i, "not a record's tag (1: E, 2: K): " + std::to_string(tag));
        if (words.size() - i < size)
            return fail(i, "a record cut short by the block's end");
        const std::int64_t *w = words.data() + i;
        TraceLine t;
        if (tag == kEnded) {
            t.kind = TraceLine::Kind::Ended;
            t.pid = pid;
            t.tid = w[1];
            t.startNs = w[3];
            t.endNs = w[4];
            t.cpuNs = w[5];
            t.hasResult = w[6] >= 0;
            t.value = t.hasResult ? static_cast<std::uint64_t>(w[6]) : 0;
            if (t.tid < 0 || !index(w[2]) || t.startNs < 0 || t.endNs < 0 || t.cpuNs < -1)
                return fail(i, "an E record out of range");
        } else {
            t.kind = TraceLine::Kind::HandedBack;
            t.startNs = w[2];
            if (!index(w[1]) || t.startNs < 0)
                return fail(i, "a K record out of range");
        }
        t.index = static_cast<std::uint32_t>(w[tag == kEnded ? 2 : 1]);
        out.push_back(std::move(t));
        i += size;
    }
    return true;
}

std::string fatalSignal(std::string_view line)
{
    static constexpr std::pair<std::string_view, std::string_view> kNames[] = {
        {"Segmentation fault", "SIGSEGV"}, {"Floating point exception", "SIGFPE"},
        {"Aborted", "SIGABRT"},            {"Bus error", "SIGBUS"},
        {"Illegal instruction", "SIGILL"},
    };
    for (const auto &[words, name] : kNames)
        if (line.find(words) != std::string_view::npos)
            return std::string(name);
    return {};
}

} // namespace corescope::python
