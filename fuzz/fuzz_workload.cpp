// libFuzzer target: the workload-file parser (core/workload/workloadparser.*), and through it
// the strict JSON reader (core/io/jsonreader.*). Any input must give a Workload or a one-line
// error; a Workload must be runnable as parsed (within the task limit, every input inside the
// kernel's range, "expected" one per task).

#include "core/workload/workloadparser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();   // libFuzzer reports it as a crash, with the input saved
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace corescope;
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    auto result = parseWorkload(text, "fuzz.json");
    if (const auto *error = std::get_if<WorkloadError>(&result)) {
        check(!error->message.empty());
        check(error->line >= 1 && error->column >= 1);   // text errors always have a position
        const std::string line = error->toString();
        check(line.find('\n') == std::string::npos);      // one line, whatever the keys held
        return 0;
    }
    const Workload &w = std::get<Workload>(result);
    const std::uint64_t n = w.taskCount();
    check(n >= 1 && n <= kMaxWorkloadTasks);
    check(!w.name.empty());
    const KernelInfo &k = w.kernelInfo();
    const auto inRange = [&k](TaskInput in) {
        return in.a <= k.maxInput && (k.arity == 2 ? in.b <= k.maxInput : in.b == 0);
    };
    check(inRange(w.input(0)) && inRange(w.input(n - 1)) && inRange(w.input(n / 2)));
    if (w.expected)
        check(w.expected->size() == n);
    return 0;
}
