#!/usr/bin/env python3
"""The bench workloads through Python's own pools, to print beside Corescope's figures.

Runs the teaching material's kernels (is_prime by odd trial division, gcd counting down,
doubler) through concurrent.futures.ThreadPoolExecutor, concurrent.futures.ProcessPoolExecutor
and multiprocessing.Pool with the worker counts and chunksizes of `corescope-bench figures`.

stdout: one JSON object per line, read by `corescope-bench figures --python FILE`:
    {"key": "tiny_processes_c1", "impl": "ProcessPoolExecutor", "value": 201.3,
     "unit": "us/task", "tasks": 20000, "workers": 2, "chunksize": 1, "runs": [...], "note": ""}
`key` names the Corescope figure it stands beside. Progress goes to stderr.

Each timed run starts from a collected heap (gc.collect() before its clock), as Corescope's
driver starts a run (docs/PYTHON_RUNTIME.md): a program as the teaching material writes it does
not collect first, and its first collection falls wherever its allocations put it.

Standard library only. Usage: python3 bench/python_pools.py [--quick] [--only GROUP,...]
"""

import argparse
import concurrent.futures as cf
import gc
import json
import math
import multiprocessing as mp
import os
import platform
import statistics
import sys
import time

# The teaching material's inputs: the first six NUMS are the Korean notebook's PRIMES (its
# whole is_prime list); the four gcd pairs are the gcd notebook's.
PRIMES6 = [112272535095293, 112582705942171, 112272535095293,
           115280095190773, 115797848077099, 1099726899285419]
GCD4 = [(1963309, 2265973), (2030677, 3814172), (1551645, 2229620), (2039045, 2020802)]
SLEEP_TASKS = [100] * 8     # ms; the sleep-bound workload under the GIL


# --- The kernels, as the teaching material writes them -------------------------------------

def is_prime(n):
    if n < 2:
        return False
    if n == 2:
        return True
    if n % 2 == 0:
        return False

    sqrt_n = int(math.floor(math.sqrt(n)))
    for i in range(3, sqrt_n + 1, 2):
        if n % i == 0:
            return False
    return True


def gcd(pair):
    a, b = pair
    low = min(a, b)
    for i in range(low, 0, -1):
        if a % i == 0 and b % i == 0:
            return i


def doubler(number):
    # The Russian notebook's doubler without its print: the print would dominate a tiny task.
    return number * 2


def sleeper(ms):
    time.sleep(ms / 1000.0)
    return ms


def first_task(hold_s):
    # Stamped on CLOCK_MONOTONIC, the clock the parent reads too (shared across processes on
    # Linux); then holds this worker so the pool's other task must go to the other worker.
    t = time.monotonic_ns()
    time.sleep(hold_s)
    return os.getpid(), t


# --- Measuring --------------------------------------------------------------------------------

def log(*args):
    print(*args, file=sys.stderr, flush=True)


def emit(**fields):
    fields.setdefault("note", "")
    # NaN (nothing measured) is not JSON: write null.
    fields = {k: (None if isinstance(v, float) and math.isnan(v) else v)
              for k, v in fields.items()}
    print(json.dumps(fields), flush=True)


def wall(fn):
    gc.collect()     # from a collected heap, as Corescope's driver starts a run (before its R)
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def median_wall(fn, runs):
    return statistics.median(wall(fn) for _ in range(runs)), runs


def serial(kernel, data):
    return lambda: list(map(kernel, data))


# Pool construction is inside the timed region, as in the teaching material (start = time();
# with Executor(...) as ex: ex.map(...)) and as Corescope's wall time includes worker start-up.
def thread_pool(kernel, data, workers):
    def run():
        with cf.ThreadPoolExecutor(max_workers=workers) as ex:
            list(ex.map(kernel, data))
    return run


def process_pool(kernel, data, workers, chunksize):
    def run():
        with cf.ProcessPoolExecutor(max_workers=workers) as ex:
            list(ex.map(kernel, data, chunksize=chunksize))
    return run


def mp_pool(kernel, data, workers, chunksize):
    def run():
        with mp.Pool(processes=workers) as pool:
            pool.map(kernel, data, chunksize=chunksize)
    return run


def per_task(key, impl, fn, tasks, runs, chunksize, note=""):
    log(f"  {impl}: {tasks:,} tasks, chunksize {chunksize}, {runs} run(s) ...")
    samples = [wall(fn) for _ in range(runs)]
    us = statistics.median(samples) / tasks * 1e6
    emit(key=key, impl=impl, value=us, unit="us/task", tasks=tasks, workers=2,
         chunksize=chunksize, runs=[s / tasks * 1e6 for s in samples], note=note)


def startup(make_pool, runs, hold_s=0.1):
    """Median of (the later of the two workers' first task start) - (pool construction)."""
    out = []
    for _ in range(runs):
        gc.collect()     # as wall() does
        t0 = time.monotonic_ns()
        pool = make_pool()
        try:
            if isinstance(pool, cf.Executor):
                got = [f.result() for f in [pool.submit(first_task, hold_s) for _ in range(2)]]
            else:
                got = [r.get() for r in [pool.apply_async(first_task, (hold_s,)) for _ in range(2)]]
        finally:
            if isinstance(pool, cf.Executor):
                pool.shutdown(wait=True)
            else:
                pool.close()
                pool.join()
        pids = {pid for pid, _ in got}
        if len(pids) == 2:
            out.append((max(t for _, t in got) - t0) / 1e6)
    return statistics.median(out) if out else float("nan"), len(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help="fewer tasks and runs (a smoke test, not figures to quote)")
    parser.add_argument("--only", default="",
                        help="comma-separated groups, as corescope-bench figures --only: "
                             "tiny, startup, efficiency, gil (memory and sampler: nothing here)")
    args = parser.parse_args()
    only = set(filter(None, args.only.split(",")))
    want = lambda group: not only or group in only   # noqa: E731
    q = args.quick
    runs = 1 if q else 3

    emit(key="python", impl=platform.python_implementation(), value=0, unit="",
         version=platform.python_version(), start_method=mp.get_start_method(),
         cpus=os.cpu_count(), note="")

    if want("tiny"):
        log("tiny tasks (doubler of 5):")
        n = 5_000 if q else 50_000
        per_task("tiny_threads_c1", "ThreadPoolExecutor", thread_pool(doubler, [5] * n, 2),
                 n, runs, 1, note=f"{n:,} tasks, not 1,000,000 (~37 us/task: 37 s); "
                                  "ThreadPoolExecutor.map has no chunksize")
        n = 2_000 if q else 20_000
        per_task("tiny_processes_c1", "ProcessPoolExecutor",
                 process_pool(doubler, [5] * n, 2, 1), n, 1 if q else 2, 1,
                 note=f"{n:,} tasks, not 1,000,000 (~200 us/task: 200 s)")
        n = 5_000 if q else 50_000
        per_task("tiny_processes_c1", "multiprocessing.Pool", mp_pool(doubler, [5] * n, 2, 1),
                 n, runs, 1, note=f"{n:,} tasks, not 1,000,000")
        n = 100_000 if q else 1_000_000
        per_task("tiny_processes_c1000", "ProcessPoolExecutor",
                 process_pool(doubler, [5] * n, 2, 1000), n, runs, 1000)
        per_task("tiny_processes_c1000", "multiprocessing.Pool",
                 mp_pool(doubler, [5] * n, 2, 1000), n, runs, 1000)

    if want("startup"):
        log("pool start-up, 2 workers:")
        n = 5 if q else 20
        for impl, make in (("ProcessPoolExecutor", lambda: cf.ProcessPoolExecutor(max_workers=2)),
                           ("multiprocessing.Pool", lambda: mp.Pool(processes=2))):
            log(f"  {impl}: {n} pools ...")
            ms, ok = startup(make, n)
            emit(key="pool_startup", impl=impl, value=ms, unit="ms", tasks=2, workers=2,
                 chunksize=1, runs=ok,
                 note="construction to both workers' first task start (includes one dispatch)")

    if want("efficiency") or want("gil"):
        log("seed primes (the Korean notebook's 6), 2 workers:")
        r = 1 if q else 3
        data = PRIMES6[:2] if q else PRIMES6
        # Interleaved, so a burst of load from elsewhere hits every mode alike.
        t = {"serial": [], "threads": [], "ppe": [], "pool": []}
        for i in range(r):
            log(f"  round {i + 1}/{r} ...")
            t["serial"].append(wall(serial(is_prime, data)))
            t["threads"].append(wall(thread_pool(is_prime, data, 2)))
            t["ppe"].append(wall(process_pool(is_prime, data, 2, 1)))
            t["pool"].append(wall(mp_pool(is_prime, data, 2, 1)))
        ts = statistics.median(t["serial"])
        common = dict(tasks=len(data), workers=2, chunksize=1, serial_s=ts)
        emit(key="primes_serial", impl="serial", value=ts, unit="s", **common)
        emit(key="gil_speedup_primes6", impl="ThreadPoolExecutor",
             value=ts / statistics.median(t["threads"]), unit="x",
             t2_s=statistics.median(t["threads"]), **common)
        for impl, k in (("ThreadPoolExecutor", "threads"), ("ProcessPoolExecutor", "ppe"),
                        ("multiprocessing.Pool", "pool")):
            t2 = statistics.median(t[k])
            emit(key="eff_primes6_threads" if k == "threads" else "eff_primes6_processes",
                 impl=impl, value=ts / (2 * t2), unit="", t2_s=t2, **common)

    if want("gil"):
        log("seed gcd pairs (4), 2 workers:")
        r = 1 if q else 5
        t = {"serial": [], "threads": [], "ppe": []}
        for _ in range(r):
            t["serial"].append(wall(serial(gcd, GCD4)))
            t["threads"].append(wall(thread_pool(gcd, GCD4, 2)))
            t["ppe"].append(wall(process_pool(gcd, GCD4, 2, 1)))
        ts = statistics.median(t["serial"])
        common = dict(tasks=len(GCD4), workers=2, chunksize=1, serial_s=ts)
        emit(key="gil_speedup_gcd4", impl="ThreadPoolExecutor",
             value=ts / statistics.median(t["threads"]), unit="x",
             t2_s=statistics.median(t["threads"]), **common)
        emit(key="speedup_gcd4_processes", impl="ProcessPoolExecutor",
             value=ts / statistics.median(t["ppe"]), unit="x",
             t2_s=statistics.median(t["ppe"]), **common)

    if want("gil"):
        log(f"sleep-bound: {len(SLEEP_TASKS)} x {SLEEP_TASKS[0]} ms:")
        r = 1 if q else 3
        ts = statistics.median(wall(serial(sleeper, SLEEP_TASKS)) for _ in range(r))
        for w in (2, 4):
            tw = statistics.median(wall(thread_pool(sleeper, SLEEP_TASKS, w)) for _ in range(r))
            emit(key=f"gil_speedup_sleep_w{w}", impl="ThreadPoolExecutor", value=ts / tw,
                 unit="x", tasks=len(SLEEP_TASKS), workers=w, chunksize=1, serial_s=ts, t2_s=tw)


if __name__ == "__main__":
    main()
