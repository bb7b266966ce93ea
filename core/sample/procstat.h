#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace corescope {

/// The jiffy counters of one logical core, as a `cpuN` line of Linux /proc/stat lists them.
/// guest and guest_nice are not kept: the kernel already counts them in user and nice.
struct CoreTimes {
    int cpu = -1;               ///< logical CPU number (the N of cpuN)
    std::uint64_t user = 0;
    std::uint64_t nice = 0;
    std::uint64_t system = 0;
    std::uint64_t idle = 0;
    std::uint64_t iowait = 0;
    std::uint64_t irq = 0;
    std::uint64_t softirq = 0;
    std::uint64_t steal = 0;

    friend bool operator==(const CoreTimes &, const CoreTimes &) = default;
};

/// One reading of /proc/stat: the per-core lines, sorted by CPU number. Numbers may have gaps
/// (an offline core is not listed: cpu0, cpu2).
struct ProcStatReading {
    std::vector<CoreTimes> cores;

    /// Highest CPU number listed + 1, or 0 when empty.
    int coreSlots() const { return cores.empty() ? 0 : cores.back().cpu + 1; }
};

/// Parses /proc/stat text into `out`, reusing its storage (the sampler calls this 20 times a
/// second). Reads the `cpuN` lines only and stops at the first line after them. Returns false
/// (and leaves `out` unspecified) on text that is not /proc/stat: no `cpuN` line, a `cpuN`
/// line with fewer than 4 numbers or a non-number, a repeated CPU number, a number out of range.
bool parseProcStat(std::string_view text, ProcStatReading &out);

/// As above, returning the reading, or nothing when the text is not /proc/stat.
std::optional<ProcStatReading> parseProcStat(std::string_view text);

/// Per-core utilization 0..1 between two readings: busy delta / total delta, where idle time is
/// idle + iowait and everything else (user, nice, system, irq, softirq, steal) is busy.
/// `out` is indexed by CPU number and sized to the highest CPU number in either reading + 1.
/// A core listed in only one reading (hotplug), a core whose counters did not move, and a slot
/// no reading lists all read 0. A counter that went backwards (iowait can, on tickless
/// kernels; a core brought back online may restart from zero) contributes 0, not a huge
/// unsigned wrap-around.
void coreUtilization(const ProcStatReading &before, const ProcStatReading &after,
                     std::vector<float> &out);

/// As above, returning the vector.
std::vector<float> coreUtilization(const ProcStatReading &before, const ProcStatReading &after);

} // namespace corescope
