#include "core/util/duration.h"

#include <array>
#include <cmath>
#include <cstdio>

namespace corescope {

namespace {

struct Unit {
    double scale;        // seconds per unit
    int fixedDecimals;   // DurationFormat::fixedDecimals: the diagnosis' sentences
    const char *name;
};

// From the largest down; "\u00b5" is the micro sign, UTF-8 in our narrow strings.
constexpr std::array<Unit, 4> kUnits{{{1.0, 2, " s"},
                                      {1e-3, 0, " ms"},
                                      {1e-6, 1, " \u00b5s"},
                                      {1e-9, 0, " ns"}}};
constexpr std::size_t kMicro = 2;
constexpr std::size_t kNano = 3;

// Decimals that show `value` (>= ~1 in its unit) with three significant figures, decided on
// the rounded value so 9.996 becomes "10.0", not "10.00".
int significantDecimals(double value)
{
    if (value >= 99.95)
        return 0;
    return value >= 9.995 ? 1 : 2;
}

int decimalsFor(std::size_t unit, double value, const DurationFormat &format)
{
    if (unit == kNano)
        return 0;   // the clock ticks in whole nanoseconds
    return format.fixedDecimals ? kUnits[unit].fixedDecimals : significantDecimals(value);
}

bool roundsToThousand(double value, int decimals)
{
    const double factor = std::pow(10.0, decimals);
    return std::round(value * factor) / factor >= 1000.0;
}

} // namespace

std::string formatDuration(double seconds, DurationFormat format)
{
    if (seconds == 0.0)
        return "0 s";
    const double a = std::abs(seconds);
    std::size_t unit = 0;
    while (unit < kNano && a < kUnits[unit].scale)
        ++unit;
    double value = a / kUnits[unit].scale;
    int decimals = decimalsFor(unit, value, format);
    // 999.6 ms is "1.00 s": a value that rounds up to 1000 moves to the next unit.
    if (unit > 0 && roundsToThousand(value, decimals)) {
        --unit;
        value = a / kUnits[unit].scale;
        decimals = decimalsFor(unit, value, format);
    }
    const char *name = unit == kMicro && format.asciiMicro ? " us" : kUnits[unit].name;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s%.*f%s", seconds < 0 ? "-" : "", decimals, value, name);
    return buf;
}

std::string formatDurationNs(std::int64_t ns, DurationFormat format)
{
    return formatDuration(static_cast<double>(ns) / 1e9, format);
}

} // namespace corescope
