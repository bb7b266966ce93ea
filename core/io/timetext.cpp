#include "core/io/timetext.h"

#include <ctime>
#include <iomanip>
#include <sstream>

namespace corescope::io {

std::string isoTimeNow()
{
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    localtime_r(&t, &tm);
    std::ostringstream out;
    out << std::put_time(&tm, "%Y-%m-%dT%H:%M:%S%z");
    return out.str();
}

} // namespace corescope::io
