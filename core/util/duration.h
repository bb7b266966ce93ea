#pragma once

#include <cstdint>
#include <string>

namespace corescope {

/// How formatDuration() writes a duration. The defaults suit tables, tooltips and status text.
struct DurationFormat {
    /// Fixed decimals per unit, as the diagnosis' sentences read: "1.20 s", "35 ms", "1.0 µs",
    /// "850 ns". Otherwise three significant figures: "1.50 s", "56.7 ms", "40.0 µs", and whole
    /// seconds from 100 s ("123 s").
    bool fixedDecimals = false;
    /// "us" instead of "µs", for a terminal or a log that may not show UTF-8.
    bool asciiMicro = false;
};

/// A duration for people, in the unit a person would pick (s, ms, µs, ns), UTF-8, with a '.'
/// as decimal point, in English (the front ends say the unit in their language:
/// i18n::durationInLanguage). The unit is chosen after rounding: 0.9996 s is "1.00 s", not "1000 ms".
/// Zero is "0 s"; a negative duration keeps its sign.
std::string formatDuration(double seconds, DurationFormat format = {});
/// The same for a duration in nanoseconds (the trace's time base).
std::string formatDurationNs(std::int64_t ns, DurationFormat format = {});

} // namespace corescope
