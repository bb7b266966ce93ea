// corescope-bench: `corescope-bench [--benchmark_filter=...]` runs the micro-benchmarks (what
// one piece of the per-task path costs); `corescope-bench figures [--python FILE]` measures the
// speed targets end to end and prints them as a report (bench/run.sh runs both sides).

#include "bench/figures.h"

#include <benchmark/benchmark.h>

#include <string_view>

int main(int argc, char **argv)
{
    if (argc > 1 && std::string_view(argv[1]) == "figures")
        return corescope::bench::runFigures(argc - 1, argv + 1);

    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
