#!/usr/bin/env python3
"""What tracing costs a Python run: each API untraced against traced, side by side.

Untraced: the plain API call on the same module-level kernel (corescope_kernels.double or
spin_ms) in a Python interpreter started for that run, as a program is and as Corescope's
driver is (--in-process: in this process instead, whose pools after the first are warm: the
lazy imports of a first Pool done, no copy-on-write faults left to take), from a collected
heap (gc.collect() before its clock), as the driver starts a traced run: a program that does
not collect first has its first collection wherever its allocations put it, which moved a
run's time by up to 14 ms either way here. Traced: the same workload run by Corescope itself
(`corescope run --runtime python`, its report's wall time), which reads every event as the
window does; with --fake, or when Corescope is not built, through the driver with
tests/python/fake_corescope.py (a Python reader) collecting the events instead. Both are timed
as Corescope times a Python run, from asking for the pool to its shutdown (the end of a `with`
block; traced: the driver's R to its D), so the pool's start-up and shutdown are in both.
Each repeat runs untraced, traced, untraced again; medians shown, with the traced run against
its two neighbours ("paired") and the second untraced run against the first ("A/A": the noise
of two equal runs on this machine, the floor under which no overhead can be told apart). The
paired median's 95 % interval (distribution-free: order statistics of the paired values) says
whether a target is met ("met": the whole interval under it), missed (the whole interval over
it) or not told apart from it on this machine at this many repeats ("unclear"; more repeats
narrow it). At least 6 repeats for an interval. The tiny ThreadPoolExecutor case scatters most
(single untraced runs from 256 to 517 ms on this 2-core VM: the GIL's hand-offs between three
threads): 24-40 repeats left it "unclear", 120 told it (about 4 minutes). The last two
columns say where the time went: the medians (untraced / traced) from asking for the pool to the first result handed back, a
fixed cost of the run (the workers' start-up, the first task), and the paired overhead of the
rest of the run, after that result (none for Pool.map, which hands every result back at once).

Workers: 2 by default (fixed; as many as this 2-core VM's cores). Then the traced run's observers (Corescope
reading the events, the driver's flusher and its pool's threads) take their CPU from the very
cores the busy workers need, and 1 ms tasks, which spin on their own CPU time, wait for them:
on 2 cores that is most of the 1 ms Pool.* figures. --workers 1 leaves a core to the observers,
as a machine with more cores than workers does. (Its runs also last longer, about 1.5 times
for 1 ms tasks, so any fixed cost of tracing weighs less in them.)

Targets (the issue): <= 5 % for ProcessPoolExecutor and multiprocessing.Pool on tiny tasks at
chunksize 1 and for any API on 1 ms tasks; <= 15 % for ThreadPoolExecutor on tiny tasks.

Standard library only. Usage:
  python3 bench/python_overhead.py [--repeats N] [--only TEXT] [--workers N]
                                   [--corescope PATH | --fake] [--in-process]
"""

import argparse
import concurrent.futures as cf
import gc
import json
import math
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path[:0] = [os.path.join(REPO, "resources", "python"), os.path.join(REPO, "tests", "python")]

import corescope_kernels  # noqa: E402  (found through the path above)
import fake_corescope  # noqa: E402

WORKERS = 2     # --workers

# (label, mode, api, kernel, inputs, target %)
CASES = [
    ("tiny  ThreadPoolExecutor.map", "threads", "executor.map", "double", [5] * 20000, 15),
    ("tiny  ProcessPoolExecutor.map", "processes", "executor.map", "double", [5] * 5000, 5),
    ("tiny  Process submit+as_completed", "processes", "submit.as_completed", "double",
     [5] * 5000, 5),
    ("tiny  Pool.map", "processes", "pool.map", "double", [5] * 20000, 5),
    ("tiny  Pool.imap", "processes", "pool.imap", "double", [5] * 20000, 5),
    ("tiny  Pool.imap_unordered", "processes", "pool.imap_unordered", "double", [5] * 20000, 5),
    ("1 ms  ThreadPoolExecutor.map", "threads", "executor.map", "spin_ms", [1] * 200, 5),
    ("1 ms  ProcessPoolExecutor.map", "processes", "executor.map", "spin_ms", [1] * 400, 5),
    ("1 ms  Process submit+as_completed", "processes", "submit.as_completed", "spin_ms",
     [1] * 400, 5),
    ("1 ms  Pool.map", "processes", "pool.map", "spin_ms", [1] * 400, 5),
    ("1 ms  Pool.imap", "processes", "pool.imap", "spin_ms", [1] * 400, 5),
    ("1 ms  Pool.imap_unordered", "processes", "pool.imap_unordered", "spin_ms", [1] * 400, 5),
]


def untraced(mode, api, kernel, inputs):
    """(wall ns, ns to the first result handed back) of the plain API call, chunksize 1, from
    the pool's creation to its shutdown."""
    function = getattr(corescope_kernels, kernel)
    gc.collect()     # as the driver does before its R: no garbage of the set-up in the run
    start = time.monotonic_ns()
    first = None
    if api in ("executor.map", "submit.as_completed"):
        pool = (cf.ThreadPoolExecutor if mode == "threads" else cf.ProcessPoolExecutor)(WORKERS)
        if api == "executor.map":
            for _ in pool.map(function, inputs, chunksize=1):
                first = first or time.monotonic_ns()
        else:
            for future in cf.as_completed([pool.submit(function, x) for x in inputs]):
                future.result()
                first = first or time.monotonic_ns()
        pool.shutdown()
        return time.monotonic_ns() - start, first - start
    pool = multiprocessing.Pool(WORKERS)
    if api == "pool.map":
        pool.map(function, inputs, 1)
        first = time.monotonic_ns()
    else:
        for _ in getattr(pool, api.split(".")[1])(function, inputs, 1):
            first = first or time.monotonic_ns()
    pool.close()
    pool.join()
    return time.monotonic_ns() - start, first - start


def untraced_fresh(mode, api, kernel, inputs):
    """untraced() in an interpreter of its own, started for this run, as a Python program is
    and as Corescope's driver is: its first pool pays what a first pool pays (multiprocessing
    imports popen_fork and synchronize at the first Pool, a freshly forked worker's first touches
    of memory are copy-on-write faults), which a pool made again in this process does not."""
    assert all(x == inputs[0] for x in inputs)
    done = subprocess.run([sys.executable, os.path.abspath(__file__), "--untraced-child",
                           json.dumps([mode, api, kernel, inputs[0], len(inputs), WORKERS])],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    if done.returncode != 0:
        raise RuntimeError("the untraced run failed (%d): %s" % (done.returncode,
                                                                 done.stderr.decode()[-2000:]))
    wall, first = done.stdout.split()
    return int(wall), int(first)


def traced_by_corescope(corescope, mode, api, kernel, inputs):
    """(wall ns, ns to the first hand-back) of the same run by Corescope: its report's wall_ns,
    the driver's R to its D, and its first task's handed_back_ns (both from R)."""
    with tempfile.TemporaryDirectory() as scratch:
        workload = os.path.join(scratch, "workload.json")
        report = os.path.join(scratch, "report.json")
        with open(workload, "w") as f:
            json.dump({"name": "overhead", "kernel": kernel,
                       "inputs": {"repeat": {"value": inputs[0], "count": len(inputs)}}}, f)
        done = subprocess.run([corescope, "run", "--runtime", "python", "--python", sys.executable,
                               "--mode", mode, "-j", str(WORKERS), "--api", api,
                               "--chunksize", "1", "--report", report, workload],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=300)
        if done.returncode != 0:
            raise RuntimeError("corescope run failed (%d): %s" % (done.returncode,
                                                                  done.stderr.decode()[-2000:]))
        with open(report) as f:
            data = json.load(f)
    if data["status"] != "ok" or len(data["tasks"]) != len(inputs):
        raise RuntimeError("corescope run did not complete: %s" % data["error"])
    return data["wall_ns"], min(task["handed_back_ns"] for task in data["tasks"])


def traced(mode, api, kernel, inputs):
    """(wall ns, ns to the first hand-back) of the same run through the driver and
    fake_corescope, from its R."""
    run = fake_corescope.run({
        "version": 1, "mode": mode, "workers": WORKERS, "api": api, "chunksize": 1,
        "start_method": "", "switch_interval_ms": 5.0, "kernel": kernel,
        "params": {"sleep_ms_per_unit": 0, "buffer_mib": 64, "signal": 11,
                   "sleep_reverse_from": 0, "sync": "none"},
        "python": None, "inputs": inputs}, timeout=120)
    if run.end[0] != "D" or len(run.events("E")) != len(inputs):
        raise RuntimeError("traced run failed: %r\n%s" % (run.end, run.stderr[-2000:]))
    (_, begin), = run.driver.of("R")
    return run.end[1] - begin, min(ns for _, _, ns in run.events("K")) - begin


def median_interval(values, confidence=0.95):
    """The distribution-free interval for the median of `values`: (low, high) order statistics
    whose coverage is at least `confidence` (the sign test's binomial), or None for too few."""
    x = sorted(values)
    n = len(x)
    tail, k = 0.0, 0
    while True:
        tail += math.comb(n, k) / 2 ** n
        if tail > (1 - confidence) / 2:
            break
        k += 1
    return (x[k - 1], x[n - k]) if k > 0 else None


def verdict(interval, target):
    if interval is None:
        return "-"
    low, high = interval
    return "met" if high <= target else "missed" if low > target else "unclear"


def untraced_child(args):
    """The child of untraced_fresh: one untraced run, its two figures on stdout."""
    global WORKERS
    mode, api, kernel, value, count, WORKERS = json.loads(args)
    print("%d %d" % untraced(mode, api, kernel, [value] * count))


def main():
    global WORKERS
    if sys.argv[1:2] == ["--untraced-child"]:
        untraced_child(sys.argv[2])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--only", default="", help="only the cases whose label has this text")
    def positive(text):
        value = int(text)
        if value < 1:
            raise argparse.ArgumentTypeError("a pool needs 1 worker or more, not %s" % text)
        return value

    parser.add_argument("--workers", type=positive, default=WORKERS,
                        help="workers in each pool (default %(default)s)")
    parser.add_argument("--corescope", default=os.path.join(REPO, "build", "bin", "corescope"),
                        help="the corescope executable that runs the traced side")
    parser.add_argument("--fake", action="store_true",
                        help="trace through tests/python/fake_corescope.py instead")
    parser.add_argument("--in-process", action="store_true",
                        help="run the untraced side in this process (pools made again and "
                             "again in one interpreter) instead of a fresh interpreter each run")
    args = parser.parse_args()
    WORKERS = args.workers
    run_untraced = untraced if args.in_process else untraced_fresh
    if args.fake or not os.access(args.corescope, os.X_OK):
        reader = "the driver read by tests/python/fake_corescope.py (a Python reader)"
        run_traced = traced
    else:
        reader = "Corescope (%s)" % os.path.relpath(args.corescope)
        def run_traced(mode, api, kernel, inputs):
            return traced_by_corescope(args.corescope, mode, api, kernel, inputs)
    print("CPython %s, %d workers, chunksize 1, median of %d repeats of untraced (%s), traced, "
          "untraced again; traced by %s.\n\"paired\": the median of each traced run against "
          "the mean of the untraced runs either side of it (a slow spell of a shared machine "
          "then weighs on both sides). \"A/A\": the same for the second untraced run against "
          "the first, what this machine's noise alone makes of two equal runs."
          % (sys.version.split()[0], WORKERS, args.repeats,
             "in this process" if args.in_process else "each run in a fresh interpreter", reader))
    print("%-36s %6s %12s %12s %9s %9s %17s %9s %7s %8s %15s %10s"
          % ("case", "tasks", "untraced ms", "traced ms", "overhead", "paired", "paired 95 %",
             "A/A", "target", "", "to 1st result", "after it"))
    for label, mode, api, kernel, inputs, target in CASES:
        if args.only not in label:
            continue
        before, with_trace, after = [], [], []
        for _ in range(args.repeats):
            before.append(run_untraced(mode, api, kernel, inputs))
            with_trace.append(run_traced(mode, api, kernel, inputs))
            after.append(run_untraced(mode, api, kernel, inputs))
        wall = [[run[0] for run in runs] for runs in (before, with_trace, after)]
        a = statistics.median(wall[0] + wall[2]) / 1e6
        b = statistics.median(wall[1]) / 1e6
        pairs = [t / ((u + v) / 2) - 1 for u, t, v in zip(*wall)]
        paired = statistics.median(pairs)
        interval = median_interval(pairs)
        same = statistics.median(v / u - 1 for u, v in zip(wall[0], wall[2]))
        # Where the time went: up to the first result handed back (the pool's start-up, the
        # first task; a fixed cost of the run) and after it (paired, as the whole is). Pool.map
        # hands every result back at once, so it has no "after".
        first = [statistics.median(run[1] for run in runs) / 1e6 for runs in (before, with_trace)]
        after_first = "-"
        if api != "pool.map":
            rest_pairs = [(t[0] - t[1]) / ((u[0] - u[1] + v[0] - v[1]) / 2) - 1
                          for u, t, v in zip(before, with_trace, after)]
            after_first = "%+.1f%%" % (statistics.median(rest_pairs) * 100)
        print("%-36s %6d %12.1f %12.1f %8.1f%% %8.1f%% %17s %8.1f%% %6d%% %8s %15s %10s"
              % (label, len(inputs), a, b, (b - a) / a * 100, paired * 100,
                 "%+.1f..%+.1f %%" % (interval[0] * 100, interval[1] * 100) if interval else "-",
                 same * 100, target, verdict(interval, target / 100),
                 "%.1f / %.1f ms" % tuple(first), after_first),
              flush=True)


if __name__ == "__main__":
    main()
