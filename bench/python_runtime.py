#!/usr/bin/env python3
"""Corescope's Python runtime beside Python's own pools: do their speedups agree?

Issue 13's target: the Python runtime's speedups agree with bench/python_pools.py's, measured in
the same bench run on the same workloads, within 10 % (the seed primes (6) and the gcd pairs:
serial, 2 threads, 2 processes). Both sides time the same span: from the pool's creation to its
shutdown (python_pools.py's `with Executor(...)` block; the Python runtime's R..D clock).

Rounds are interleaved (a plain Python run, then the same configuration through Corescope), so a
burst of load from elsewhere hits both sides alike. Prints a table: workload, configuration,
Python's speedup, Corescope's, their ratio and PASS / MISS.

Usage: python3 bench/python_runtime.py [--corescope build/bin/corescope] [--rounds 3]
Standard library only.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import python_pools  # noqa: E402  (the same kernels and inputs as the rest of the bench)

TOLERANCE = 0.10

WORKLOADS = [
    # (Corescope's shipped workload, python_pools' kernel, inputs)
    ("primes6", python_pools.is_prime, python_pools.PRIMES6),
    ("gcd4", python_pools.gcd, python_pools.GCD4),
]
CONFIGS = [
    # (label, Corescope's mode, Python's timed callable factory)
    ("serial", "serial", lambda k, d: python_pools.serial(k, d)),
    ("2 threads", "threads", lambda k, d: python_pools.thread_pool(k, d, 2)),
    ("2 processes", "processes", lambda k, d: python_pools.process_pool(k, d, 2, 1)),
]


def corescope_seconds(binary, workload, mode, folder):
    report = os.path.join(folder, "run.json")
    args = [binary, "run", workload, "--runtime", "python", "--mode", mode, "--quiet",
            "--sample-hz", "0", "--report", report]
    if mode != "serial":
        args += ["-j", "2"]
    subprocess.run(args, check=True)
    with open(report, encoding="utf-8") as f:
        run = json.load(f)
    if run["status"] != "ok":
        raise RuntimeError("%s %s: %s" % (workload, mode, run["error"]))
    return run["wall_ns"] / 1e9


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser.add_argument("--corescope", default=os.path.join(root, "build", "bin", "corescope"))
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    print("%-8s %-12s %10s %10s %10s %8s  %s" % ("workload", "config", "Python s", "Corescope s",
                                                 "Python x", "Corescope x", "ratio"))
    misses = 0
    with tempfile.TemporaryDirectory() as folder:
        for workload, kernel, data in WORKLOADS:
            walls = {label: ([], []) for label, _, _ in CONFIGS}
            for _ in range(args.rounds):
                for label, mode, make in CONFIGS:
                    walls[label][0].append(python_pools.wall(make(kernel, data)))
                    walls[label][1].append(corescope_seconds(args.corescope, workload, mode,
                                                             folder))
            py_serial = statistics.median(walls["serial"][0])
            cs_serial = statistics.median(walls["serial"][1])
            for label, _, _ in CONFIGS:
                py = statistics.median(walls[label][0])
                cs = statistics.median(walls[label][1])
                py_x, cs_x = py_serial / py, cs_serial / cs
                ratio = cs_x / py_x
                ok = abs(ratio - 1.0) <= TOLERANCE
                misses += 0 if ok else 1
                print("%-8s %-12s %10.3f %10.3f %9.2fx %10.2fx  %.3f %s"
                      % (workload, label, py, cs, py_x, cs_x, ratio, "PASS" if ok else "MISS"),
                      flush=True)
    print("speedups agree within %d %%: %s" % (TOLERANCE * 100,
                                              "yes" if misses == 0 else "no (%d MISS)" % misses))


if __name__ == "__main__":
    main()
