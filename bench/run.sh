#!/usr/bin/env bash
# The bench command: builds Corescope (scripts/build.sh, into build/ or $CORESCOPE_BUILD_DIR),
# runs the bench workloads through Python's own pools (bench/python_pools.py), then measures
# Corescope's figures (corescope-bench figures) and prints them side by side: each figure, its
# target, PASS / MISS, Python's figure for the same workload and the ratio.
#
#   bash bench/run.sh [--quick] [--only memory,tiny,startup,efficiency,gil,sampler,gil_sampler] [--no-build]
#
# Then the Python runtime's speedups beside Python's own pools' (bench/python_runtime.py: issue
# 13's "within 10 %"), and, when the GUI is built, corescope-gui-bench: the main window's
# event-loop delay during million-task runs (issue 12's targets: p99 <= 16 ms, worst <= 33 ms);
# both skipped with --only.
# Takes about 3-5 minutes on a 2-core machine (--quick: under a minute, a smoke test only).
# Timings are wall-clock: run it on a quiet machine. Exits 0 when a target is missed (it is a
# report); non-zero only when the build or a run itself failed. The figures are also kept in
# <build>/bench/: python.jsonl, corescope.jsonl and figures.txt (the printed report).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CORESCOPE_BUILD_DIR:-$root/build}

build_it=1
shared=()       # for both sides
while [ $# -gt 0 ]; do
    case "$1" in
        --no-build) build_it=0 ;;
        --quick) shared+=(--quick) ;;
        --only) [ $# -ge 2 ] || { echo "bench/run.sh: --only needs a value" >&2; exit 2; }
                shared+=(--only "$2"); shift ;;
        -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "bench/run.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done

if [ "$build_it" = 1 ]; then
    echo "== building (scripts/build.sh into $build)" >&2
    if ! CORESCOPE_BUILD_DIR="$build" bash "$root/scripts/build.sh" >&2; then
        # The bench needs only the engine and the worker: do not let a broken GUI or test
        # target elsewhere in the tree stop it.
        echo "== the full build failed; building only corescope-bench and corescope-worker" >&2
        cmake --build "$build" --target corescope-bench corescope-worker >&2
    fi
fi
bench="$build/bin/corescope-bench"
if [ ! -x "$bench" ]; then
    echo "bench/run.sh: $bench was not built (Google Benchmark missing? apt-get install libbenchmark-dev)" >&2
    exit 1
fi

out="$build/bench"
mkdir -p "$out"
# One after the other, never together: each side needs both cores to itself.
echo "== Python's pools (bench/python_pools.py)" >&2
if ! python3 "$root/bench/python_pools.py" "${shared[@]}" > "$out/python.jsonl"; then
    echo "== python_pools.py failed; printing Corescope's figures alone" >&2
fi
echo "== Corescope (corescope-bench figures)" >&2
status=0
"$bench" figures --python "$out/python.jsonl" --json "$out/corescope.jsonl" "${shared[@]}" \
    | tee "$out/figures.txt" || status=$?
# Issue 13: the Python runtime's speedups beside Python's own pools' (skipped with --only).
python_args=()
only=0
for a in "${shared[@]}"; do
    [ "$a" = --quick ] && python_args+=(--rounds 1)
    [ "$a" = --only ] && only=1
done
if [ "$only" = 0 ]; then
    echo >&2
    echo "== the Python runtime beside Python's pools (bench/python_runtime.py)" >&2
    echo
    python3 "$root/bench/python_runtime.py" --corescope "$build/bin/corescope" "${python_args[@]}" \
        | tee -a "$out/figures.txt" || status=$?
fi
gui_bench="$build/bin/corescope-gui-bench"
if [ -x "$gui_bench" ]; then
    echo >&2
    echo "== the main window during a million-task run (corescope-gui-bench)" >&2
    echo
    gui_args=()
    only=0
    for a in "${shared[@]}"; do
        [ "$a" = --quick ] && gui_args+=(--quick)
        [ "$a" = --only ] && only=1
    done
    [ "$only" = 1 ] || "$gui_bench" "${gui_args[@]}" | tee -a "$out/figures.txt" || status=$?
fi
echo >&2
echo "== report kept in $out/figures.txt" >&2
# 0: every figure measured (some may be MISS); 1: a run failed; 2: bad usage.
exit "$status"
