// libFuzzer target: the run report reader (readRunReportData in core/io/reportreader.h).
// Any input gives a RunResult or a one-line error naming the position; a report that reads
// must write out again and read back (what the reader accepts, the writer can express).

#include "core/io/reportreader.h"
#include "core/io/reportwriter.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace corescope;
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    auto result = readRunReportData(text, "fuzz.json");
    if (const auto *error = std::get_if<std::string>(&result)) {
        check(error->starts_with("fuzz.json:"));
        return 0;
    }
    const RunResult &run = std::get<RunResult>(result);
    std::ostringstream out;
    check(writeRunReport(run, out));
    const std::string again = out.str();
    auto reread = readRunReportData(again, "again.json");
    check(std::holds_alternative<RunResult>(reread));
    check(std::get<RunResult>(reread).tasks.size() == run.tasks.size());
    return 0;
}
