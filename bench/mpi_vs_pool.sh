#!/usr/bin/env bash
# MPI ranks beside the process pool, on this machine (issue 17): the per-task cost of handing
# out tiny tasks one at a time (1 worker, chunksize 1, the double kernel: wall time / tasks),
# and start-up (each worker's spawn -> ready; for MPI, mpirun started -> rank ready), printed
# side by side. Uses the built corescope (build/ or $CORESCOPE_BUILD_DIR) and its JSON reports.
#
#   bash bench/mpi_vs_pool.sh [TASKS] [REPEATS] [PYTHON_TASKS]
#       (default 20000 tasks, 3 repeats, 2000 tasks for the Python runtime)
#
# The Python runtime's rows set Python's ProcessPoolExecutor.map beside mpi4py's
# MPIPoolExecutor.map, on $PYTHON (default /usr/bin/python3, for which Debian's python3-mpi4py is
# installed); its start-up is the pool asked for -> the worker's initializer ran.
#
# Timings are wall-clock: run it on a quiet machine.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CORESCOPE_BUILD_DIR:-$root/build}
tasks=${1:-20000}
repeats=${2:-3}
pytasks=${3:-2000}
python=${PYTHON:-/usr/bin/python3}
bin="$build/bin/corescope"
[ -x "$build/bin/corescope-mpi-worker" ] || {
    echo "bench/mpi_vs_pool.sh: $build/bin/corescope-mpi-worker is missing (built without MPI?)" >&2
    exit 1
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/tiny.json" <<EOF
{"name": "tiny doubles", "kernel": "double", "inputs": {"range": {"start": 0, "stop": $tasks, "step": 1}}}
EOF

cat > "$work/pytiny.json" <<EOF
{"name": "tiny doubles", "kernel": "double", "inputs": {"range": {"start": 0, "stop": $pytasks, "step": 1}}}
EOF

run() {   # workload mode workers chunksize report [options...]
    local workload=$1 mode=$2 workers=$3 chunksize=$4 report=$5
    shift 5
    "$bin" run "$workload" --mode "$mode" -j "$workers" --chunksize "$chunksize" --sample-hz 0 -q \
        --report "$report" "$@" >/dev/null
}

py=(--runtime python --python "$python" --api executor.map)
for i in $(seq 1 "$repeats"); do
    for mode in processes mpi; do
        run "$work/tiny.json" "$mode" 1 1 "$work/tiny-$mode-$i.json"
        run "$work/tiny.json" "$mode" 2 1 "$work/start-$mode-$i.json"
        run "$work/pytiny.json" "$mode" 1 1 "$work/tiny-py$mode-$i.json" "${py[@]}"
        run "$work/pytiny.json" "$mode" 2 1 "$work/start-py$mode-$i.json" "${py[@]}"
    done
done

python3 - "$work" "$tasks" "$repeats" "$pytasks" <<'EOF'
import json, statistics, sys
work, tasks, repeats, pytasks = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
def load(name):
    with open(f"{work}/{name}") as f:
        return json.load(f)
def medians(prefix, n):
    """(per-task cost in us, start-up in ms) of the runs named prefix-*."""
    per_task = [load(f"tiny-{prefix}-{i}.json")["wall_ns"] / n / 1e3 for i in range(1, repeats + 1)]
    starts = []
    for i in range(1, repeats + 1):
        for w in load(f"start-{prefix}-{i}.json")["workers"]:
            if w["ready_ns"] is not None and w["spawn_ns"] is not None:
                starts.append((w["ready_ns"] - w["spawn_ns"]) / 1e6)
    return statistics.median(per_task), statistics.median(starts)

def table(title, pool, mpi, n, what, start):
    (pt_pool, st_pool), (pt_mpi, st_mpi) = pool, mpi
    print(f"{title:34}{'process pool':>16}{'MPI ranks':>16}{'ratio':>10}")
    print(f"{'per-task cost, chunksize 1 (us)':34}{pt_pool:16.2f}{pt_mpi:16.2f}{pt_mpi / pt_pool:9.1f}x")
    print(f"{'start-up, 2 workers (ms)':34}{st_pool:16.2f}{st_mpi:16.2f}{st_mpi / st_pool:9.1f}x")
    print(f"({n} tasks of the double kernel on 1 worker, {what}; start-up = {start}; "
          f"medians of {repeats} runs)")

table("native", medians("processes", tasks), medians("mpi", tasks), tasks, "native runtime",
      "spawn -> ready; for MPI, mpirun started -> rank ready")
print()
table("Python", medians("pyprocesses", pytasks), medians("pympi", pytasks), pytasks,
      "ProcessPoolExecutor.map beside MPIPoolExecutor.map",
      "the pool asked for -> the worker's initializer ran, Python's own measure: under MPI the "
      "ranks' interpreters started with mpirun, before")
EOF
