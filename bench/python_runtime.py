#!/usr/bin/env python3
"""Corescope's Python runtime beside Python's own pools: do their speedups agree?

Issue 13's target: the Python runtime's speedups agree with bench/python_pools.py's, measured in
the same bench run on the same workloads, within 10 % (the seed primes (6) and the gcd pairs:
serial, 2 threads, 2 processes). Both sides time the same span: from the pool's creation to its
shutdown (python_pools.py's `with Executor(...)` block; the Python runtime's R..D clock).

Rounds are interleaved (a plain Python run, then the same configuration through Corescope), so a
burst of load from elsewhere hits both sides alike. Prints a table: workload, configuration,
Python's speedup, Corescope's (each from the medians of its rounds), their ratio, its 95 %
interval and a verdict. The interval is a bootstrap's (the rounds resampled, 2,000 times, from a
fixed seed): single runs of a second scatter by 5-10 % here (a 2-core VM), and a ratio of two
speedups is a ratio of four such medians, so 3 rounds could miss 10 % by chance alone (two MISS
in one run of this bench, three in the next, each time other configurations). A bootstrap of a
median from this few rounds takes few distinct values and may give too narrow an interval: a
verdict is this machine's, at this many rounds, not a proof. "agree": the whole
interval within 10 % of 1; "differ": the whole interval outside; "unclear": this many rounds
cannot tell on this machine (more rounds narrow it). The serial rows are each side's baseline.

Usage: python3 bench/python_runtime.py [--corescope build/bin/corescope] [--rounds 9]
(--rounds: the primes' rounds; the gcd pairs get three times as many. About 2.5 minutes.)
Standard library only.
"""

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import python_pools  # noqa: E402  (the same kernels and inputs as the rest of the bench)

TOLERANCE = 0.10
BOOTSTRAP = 2000

WORKLOADS = [
    # (Corescope's shipped workload, python_pools' kernel, inputs, rounds per --rounds): the gcd
    # pairs take a quarter of the primes' time (0.27 s serial here), and single runs of them
    # scattered from -15 to +50 % around their median (15 rounds), so they get three times
    # the rounds.
    ("primes6", python_pools.is_prime, python_pools.PRIMES6, 1),
    ("gcd4", python_pools.gcd, python_pools.GCD4, 3),
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


def ratio_of_speedups(walls, label, rounds):
    """Corescope's speedup over Python's for `label`, from the medians of the given rounds."""
    def median(side, config):
        return statistics.median(walls[config][side][r] for r in rounds)
    py_x = median(0, "serial") / median(0, label)
    cs_x = median(1, "serial") / median(1, label)
    return cs_x / py_x


def interval(walls, label, count, rng):
    """The bootstrap's 95 % interval of ratio_of_speedups: the rounds drawn with replacement."""
    ratios = sorted(ratio_of_speedups(walls, label, [rng.randrange(count) for _ in range(count)])
                    for _ in range(BOOTSTRAP))
    return ratios[int(BOOTSTRAP * 0.025)], ratios[int(BOOTSTRAP * 0.975) - 1]


def verdict(low, high):
    if 1 - TOLERANCE <= low and high <= 1 + TOLERANCE:
        return "agree"
    if high < 1 - TOLERANCE or low > 1 + TOLERANCE:
        return "differ"
    return "unclear"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser.add_argument("--corescope", default=os.path.join(root, "build", "bin", "corescope"))
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    rng = random.Random(13)

    print("rounds: %s; speedups from each side's medians; 95 %% interval: a bootstrap over "
          "the rounds; target: within %d %%"
          % (", ".join("%s %d" % (w[0], args.rounds * w[3]) for w in WORKLOADS),
             TOLERANCE * 100))
    print("%-8s %-12s %10s %11s %9s %11s %7s %15s  %s" % (
        "workload", "config", "Python s", "Corescope s", "Python x", "Corescope x", "ratio",
        "ratio 95 %", "verdict"))
    verdicts = []
    with tempfile.TemporaryDirectory() as folder:
        for workload, kernel, data, factor in WORKLOADS:
            rounds = args.rounds * factor
            walls = {label: ([], []) for label, _, _ in CONFIGS}
            for _ in range(rounds):
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
                if label == "serial":
                    band, said = "-", "(baseline)"
                elif rounds < 2:
                    band, said = "-", "-"
                else:
                    low, high = interval(walls, label, rounds, rng)
                    band, said = "%.3f..%.3f" % (low, high), verdict(low, high)
                    verdicts.append(said)
                print("%-8s %-12s %10.3f %11.3f %8.2fx %10.2fx %7.3f %15s  %s"
                      % (workload, label, py, cs, py_x, cs_x, cs_x / py_x, band, said),
                      flush=True)
    counts = {v: verdicts.count(v) for v in ("agree", "differ", "unclear")}
    overall = ("yes" if counts["agree"] == len(verdicts) and verdicts
               else "no" if counts["differ"] else "unclear")
    print("speedups agree within %d %%: %s (%d agree, %d differ, %d unclear)"
          % (TOLERANCE * 100, overall, counts["agree"], counts["differ"], counts["unclear"]))


if __name__ == "__main__":
    main()
