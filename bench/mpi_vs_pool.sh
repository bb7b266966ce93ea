#!/usr/bin/env bash
# MPI ranks beside the process pool, on this machine (issue 17): the per-task cost of handing
# out tiny tasks one at a time (1 worker, chunksize 1, the double kernel: wall time / tasks),
# and start-up (each worker's spawn -> ready; for MPI, mpirun started -> rank ready), printed
# side by side. Uses the built corescope (build/ or $CORESCOPE_BUILD_DIR) and its JSON reports.
#
#   bash bench/mpi_vs_pool.sh [TASKS] [REPEATS]      (default 20000 tasks, 3 repeats)
#
# Timings are wall-clock: run it on a quiet machine.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CORESCOPE_BUILD_DIR:-$root/build}
tasks=${1:-20000}
repeats=${2:-3}
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

run() {   # mode workers chunksize report
    "$bin" run "$work/tiny.json" --mode "$1" -j "$2" --chunksize "$3" --sample-hz 0 -q \
        --report "$4" >/dev/null
}

for i in $(seq 1 "$repeats"); do
    for mode in processes mpi; do
        run "$mode" 1 1 "$work/tiny-$mode-$i.json"
        run "$mode" 2 1 "$work/start-$mode-$i.json"
    done
done

python3 - "$work" "$tasks" "$repeats" <<'EOF'
import json, statistics, sys
work, tasks, repeats = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def load(name):
    with open(f"{work}/{name}") as f:
        return json.load(f)
rows = []
for mode in ("processes", "mpi"):
    per_task = [load(f"tiny-{mode}-{i}.json")["wall_ns"] / tasks / 1e3 for i in range(1, repeats + 1)]
    starts = []
    for i in range(1, repeats + 1):
        for w in load(f"start-{mode}-{i}.json")["workers"]:
            if w["ready_ns"] is not None and w["spawn_ns"] is not None:
                starts.append((w["ready_ns"] - w["spawn_ns"]) / 1e6)
    rows.append((mode, statistics.median(per_task), statistics.median(starts)))
print(f"{'':34}{'process pool':>16}{'MPI ranks':>16}{'ratio':>10}")
(_, pt_pool, st_pool), (_, pt_mpi, st_mpi) = rows
print(f"{'per-task cost, chunksize 1 (us)':34}{pt_pool:16.2f}{pt_mpi:16.2f}{pt_mpi / pt_pool:9.1f}x")
print(f"{'start-up, 2 workers (ms)':34}{st_pool:16.2f}{st_mpi:16.2f}{st_mpi / st_pool:9.1f}x")
print(f"({tasks} tasks of the double kernel on 1 worker; start-up = spawn -> ready; "
      f"medians of {repeats} runs)")
EOF
