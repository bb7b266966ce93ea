#!/usr/bin/env bash
# Fuzzes the workload-file parser, the worker protocol decoder and the run report reader with
# libFuzzer: builds fuzz/ with clang (ASan + UBSan) in build-fuzz/ (or $CORESCOPE_FUZZ_DIR),
# then runs each target for SECONDS (default 300) on a copy of its seed corpus.
#
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]      targets: workload protocol report
#
# New interesting inputs stay in BUILD/fuzz-work/<target>/; a crash, hang (> 10 s) or an
# allocation above 2 GB stops that target and saves the input as BUILD/fuzz-artifacts/<target>-*.
# Fix it, then copy the input into fuzz/corpus/<target>/ so every test run replays it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CORESCOPE_FUZZ_DIR:-$root/build-fuzz}
seconds=${1:-300}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(workload protocol report)

bash "$root/scripts/install-deps.sh"
launcher=()
if command -v ccache >/dev/null; then
    export CCACHE_BASEDIR="$root"   # paths relative to the clone: another clone hits the cache
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DCORESCOPE_FUZZ=ON \
    -DCORESCOPE_BUILD_GUI=OFF -DCORESCOPE_BUILD_BENCH=OFF "${launcher[@]}" >/dev/null
cmake --build "$build" --target "${targets[@]/#/fuzz_}"

failed=()
summary=()
for t in "${targets[@]}"; do
    work=$build/fuzz-work/$t
    mkdir -p "$work" "$build/fuzz-artifacts"
    dict=()
    [ -f "$root/fuzz/$t.dict" ] && dict=(-dict="$root/fuzz/$t.dict")
    echo "== fuzz_$t for ${seconds} s (log: $build/fuzz-$t.log)"
    if ASAN_OPTIONS=detect_leaks=1 "$build/bin/fuzz_$t" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 "${dict[@]}" \
        -artifact_prefix="$build/fuzz-artifacts/$t-" "$work" "$root/fuzz/corpus/$t" \
        >"$build/fuzz-$t.log" 2>&1; then
        status=ok
    else
        status=FAILED
        failed+=("$t")
        grep -E "^==[0-9]+==ERROR|SUMMARY|Test unit written|^artifact_prefix" "$build/fuzz-$t.log" || true
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$build/fuzz-$t.log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$build/fuzz-$t.log" | tail -1)
    cov=$(grep -oE "cov: [0-9]+" "$build/fuzz-$t.log" | tail -1)
    summary+=("fuzz_$t: $status, ${runs:-?} runs in ${seconds} s (${rate:-?} execs/s), ${cov:-cov: ?}, corpus $(ls "$work" | wc -l) new")
done
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzzing found problems in: ${failed[*]} (inputs in $build/fuzz-artifacts/)"
    exit 1
fi
