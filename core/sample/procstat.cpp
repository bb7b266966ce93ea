#include "core/sample/procstat.h"

#include <algorithm>
#include <array>

namespace corescope {

namespace {

// Far above any real machine (the kernel's NR_CPUS tops out at 8192), low enough that a
// corrupt number cannot make coreUtilization() allocate gigabytes.
constexpr std::uint64_t kMaxCpuNumber = 1u << 16;

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isBlank(char c) { return c == ' ' || c == '\t'; }

// Parses an unsigned decimal at text[pos]; false on no digit or on overflow.
bool parseNumber(std::string_view text, std::size_t &pos, std::uint64_t &value)
{
    if (pos >= text.size() || !isDigit(text[pos]))
        return false;
    std::uint64_t v = 0;
    while (pos < text.size() && isDigit(text[pos])) {
        const auto digit = static_cast<std::uint64_t>(text[pos] - '0');
        if (v > (UINT64_MAX - digit) / 10)
            return false;
        v = v * 10 + digit;
        ++pos;
    }
    value = v;
    return true;
}

enum class LineKind { Other, Total, Core, Malformed };

// One line without its '\n'. Fills `core` for a cpuN line.
LineKind parseLine(std::string_view line, CoreTimes &core)
{
    if (line.substr(0, 3) != "cpu")
        return LineKind::Other;
    std::size_t pos = 3;
    if (pos < line.size() && isBlank(line[pos]))
        return LineKind::Total;
    std::uint64_t cpu = 0;
    if (!parseNumber(line, pos, cpu))
        return LineKind::Other;          // "cpufreq ..." or the like: not ours
    if (cpu > kMaxCpuNumber)
        return LineKind::Malformed;

    // user nice system idle iowait irq softirq steal guest guest_nice; kernels before 2.6 had
    // only the first four, newer ones may append more.
    std::array<std::uint64_t, 8> fields{};
    std::size_t count = 0;
    for (;;) {
        if (pos < line.size() && !isBlank(line[pos]))
            return LineKind::Malformed;  // "cpu0x 1 2" or "12a"
        while (pos < line.size() && isBlank(line[pos]))
            ++pos;
        if (pos == line.size())
            break;
        std::uint64_t value = 0;
        if (!parseNumber(line, pos, value))
            return LineKind::Malformed;
        if (count < fields.size())
            fields[count] = value;
        ++count;
    }
    if (count < 4)
        return LineKind::Malformed;
    core.cpu = static_cast<int>(cpu);
    core.user = fields[0];
    core.nice = fields[1];
    core.system = fields[2];
    core.idle = fields[3];
    core.iowait = fields[4];
    core.irq = fields[5];
    core.softirq = fields[6];
    core.steal = fields[7];
    return LineKind::Core;
}

// A counter that went backwards moved by nothing we can measure.
std::uint64_t delta(std::uint64_t before, std::uint64_t after)
{
    return after >= before ? after - before : 0;
}

float utilizationOf(const CoreTimes &a, const CoreTimes &b)
{
    const std::uint64_t idle = delta(a.idle, b.idle) + delta(a.iowait, b.iowait);
    const std::uint64_t busy = delta(a.user, b.user) + delta(a.nice, b.nice)
        + delta(a.system, b.system) + delta(a.irq, b.irq) + delta(a.softirq, b.softirq)
        + delta(a.steal, b.steal);
    const std::uint64_t total = idle + busy;
    if (total == 0)
        return 0.0f;
    return static_cast<float>(static_cast<double>(busy) / static_cast<double>(total));
}

} // namespace

bool parseProcStat(std::string_view text, ProcStatReading &out)
{
    out.cores.clear();
    bool inCpuBlock = false;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t eol = text.find('\n', pos);
        if (eol == std::string_view::npos)
            eol = text.size();
        const std::string_view line = text.substr(pos, eol - pos);
        pos = eol + 1;

        CoreTimes core;
        switch (parseLine(line, core)) {
        case LineKind::Total:
            inCpuBlock = true;
            break;
        case LineKind::Core:
            inCpuBlock = true;
            out.cores.push_back(core);
            break;
        case LineKind::Malformed:
            return false;
        case LineKind::Other:
            // The cpu lines come first and together; what follows (intr, ctxt, ...) can be
            // long, so stop reading there.
            if (inCpuBlock)
                pos = text.size();
            break;
        }
    }
    if (out.cores.empty())
        return false;

    auto byCpu = [](const CoreTimes &x, const CoreTimes &y) { return x.cpu < y.cpu; };
    if (!std::is_sorted(out.cores.begin(), out.cores.end(), byCpu))
        std::sort(out.cores.begin(), out.cores.end(), byCpu);
    const auto repeated = std::adjacent_find(
        out.cores.begin(), out.cores.end(),
        [](const CoreTimes &x, const CoreTimes &y) { return x.cpu == y.cpu; });
    return repeated == out.cores.end();
}

std::optional<ProcStatReading> parseProcStat(std::string_view text)
{
    ProcStatReading reading;
    if (!parseProcStat(text, reading))
        return std::nullopt;
    return reading;
}

void coreUtilization(const ProcStatReading &before, const ProcStatReading &after,
                     std::vector<float> &out)
{
    out.assign(static_cast<std::size_t>(std::max(before.coreSlots(), after.coreSlots())), 0.0f);
    // Both lists are sorted by CPU number: walk them together.
    auto b = before.cores.begin();
    for (const CoreTimes &core : after.cores) {
        while (b != before.cores.end() && b->cpu < core.cpu)
            ++b;
        if (b != before.cores.end() && b->cpu == core.cpu)
            out[static_cast<std::size_t>(core.cpu)] = utilizationOf(*b, core);
    }
}

std::vector<float> coreUtilization(const ProcStatReading &before, const ProcStatReading &after)
{
    std::vector<float> out;
    coreUtilization(before, after, out);
    return out;
}

} // namespace corescope
