"""The Python driver against docs/PYTHON_RUNTIME.md, through fake_corescope (a real CPython).

Run from the repository root: python3 -m unittest discover -s tests/python -v
"""

import array
import functools
import json
import math
import os
import re
import signal
import socket
import sys
import sysconfig
import tempfile
import threading
import time
import unittest

import fake_corescope as fc

sys.path.insert(0, os.path.join(fc.REPO, "resources", "python"))
import corescope_trace  # noqa: E402  (found through the path above)

WORKLOADS = os.path.join(fc.REPO, "resources", "workloads")
SIGNALS = {"SIGSEGV": 11, "SIGABRT": 6, "SIGKILL": 9, "exit": 0}
DEFAULT_PARAMS = {"sleep_ms_per_unit": 0, "buffer_mib": 64, "signal": 11,
                  "sleep_reverse_from": 0, "sync": "none"}
MEM_PATTERN = 0x9E3779B97F4A7C15
U64 = 1 << 64


def workload(name):
    """A shipped workload with its inputs expanded and its params as the spec carries them."""
    with open(os.path.join(WORKLOADS, name + ".json")) as f:
        w = json.load(f)
    inputs = w["inputs"]
    if "repeat" in inputs:
        inputs = [inputs["repeat"]["value"]] * inputs["repeat"]["count"]
    elif "range" in inputs:
        r = inputs["range"]
        inputs = list(range(r["start"], r["stop"], r.get("step", 1)))
    params = dict(DEFAULT_PARAMS, **w.get("params", {}))
    params["signal"] = SIGNALS.get(params["signal"], params["signal"])
    return w, inputs, params


def spec(kernel, inputs, mode="processes", api="executor.map", workers=2, chunksize=0,
         start_method="", params=None, python=None):
    return {"version": 1, "mode": mode, "workers": workers, "api": api,
            "chunksize": chunksize, "start_method": start_method, "switch_interval_ms": 5.0,
            "kernel": kernel, "params": dict(DEFAULT_PARAMS, **(params or {})),
            "python": python, "inputs": inputs}


def expected_value(value):
    """A workload's expected entry as E's result field carries it."""
    return int(value)


def own_function(folder, name, body):
    """A user's own Python file in `folder` defining `name(n)` as `body` (its return
    expression), and the spec's "python" that names it."""
    path = os.path.join(folder, name + ".py")
    with open(path, "w") as f:
        f.write("def %s(n):\n    return %s\n" % (name, body))
    return {"file": path, "function": name}


def forget_this_thread():
    """A driver thread's state dropped, so that its next task is this thread's first."""
    corescope_trace._threads.pop(threading.get_ident(), None)
    corescope_trace._local.__dict__.pop("state", None)


class Base(unittest.TestCase):
    def run_spec(self, s, timeout=60):
        run = fc.run(s, timeout)
        self.assertEqual(run.driver.events[0][0], "H")
        return run

    def assertDone(self, run, n):
        self.assertEqual(run.end[0], "D", (run.end, run.stderr[-2000:]))
        self.assertEqual(run.returncode, 0)
        self.assertEqual(sorted(run.results()), list(range(n)))
        self.assertEqual(sorted(k[1] for k in run.driver.of("K")), list(range(n)))

    def results(self, run, n):
        found = run.results()
        return [found[i] for i in range(n)]


class WorkScale(Base):
    """The spec's "scale" (RunOptions::scale) as core/kernels/kernel.h's ScaleRule says: timed
    kernels wait or spin scale times as long, computing ones run round(scale) times (at least
    once, half up), shared_counter is not scaled; no result changes."""

    def test_scaled_repeatsComputingKernelsAndKeepsTheResult(self):
        sys.path.insert(0, os.path.join(fc.REPO, "resources", "python"))
        import corescope_kernels as k
        calls = []

        def f(x):
            calls.append(x)
            return x * 3
        for scale, n in ((0.1, 1), (1, 1), (1.5, 2), (2.5, 3), (100, 100)):
            calls.clear()
            self.assertEqual(k.scaled("is_prime", f, scale)(7), 21)
            self.assertEqual(len(calls), n, scale)
        calls.clear()
        self.assertEqual(k.scaled(None, f, 3)(5), 15)      # the user's own function
        self.assertEqual(len(calls), 3)
        self.assertIs(k.scaled("shared_counter", k.shared_counter, 5), k.shared_counter)
        start = time.monotonic()
        self.assertEqual(k.scaled("sleep_ms", k.sleep_ms, 2)(30), 30)
        self.assertGreaterEqual(time.monotonic() - start, 0.06)
        start = time.monotonic()
        doubled = k.scaled("double", functools.partial(k.double, sleep_ms_per_unit=10), 2)
        self.assertEqual(doubled(2), 4)
        self.assertGreaterEqual(time.monotonic() - start, 0.04)
        self.assertEqual(k.scaled("crash", k.crash, 2)(5), 5)

    def test_specScale_driverRunsSleepsTwiceAsLong(self):
        s = spec("sleep_ms", [40, 40], mode="threads")
        s["scale"] = 2.0
        run = self.run_spec(s)
        self.assertDone(run, 2)
        self.assertEqual(self.results(run, 2), [40, 40])
        for e in run.events("E"):                  # each task's own start and end: 80 ms
            self.assertGreaterEqual(int(e[5]) - int(e[4]), 80_000_000)


class ShippedWorkloads(Base):
    """Each kernel on each shipped workload: the workload's expected, else values computed here
    another way (math.gcd, a closed form, a different primality test)."""

    def check(self, name, mode="processes", api="executor.map", workers=2, take=None,
              params=None, independent=None):
        w, inputs, wparams = workload(name)
        if take:
            inputs = [inputs[i] for i in take]
        run = self.run_spec(spec(w.get("kernel"), inputs, mode, api, workers,
                                 params=dict(wparams, **(params or {})),
                                 python=w.get("python")))
        self.assertDone(run, len(inputs))
        got = self.results(run, len(inputs))
        if "expected" in w:
            expected = w["expected"] if take is None else [w["expected"][i] for i in take]
            self.assertEqual(got, [expected_value(v) for v in expected])
        if independent:
            self.assertEqual(got, [independent(x) for x in inputs])
        return run

    def test_primes6_matchesExpectedAndMillerRabin(self):
        self.check("primes6", independent=lambda n: int(miller_rabin(n)))

    def test_primes50_everyFifthAndTheComposite(self):
        # All 50 take ~17 s of CPU in CPython; every fifth input and the one composite keep
        # the check honest within the suite's minute.
        self.check("primes50", take=[0, 5, 10, 15, 20, 25, 30, 35, 40, 45],
                   independent=lambda n: int(miller_rabin(n)))

    def test_gcd4_threads_matchesMathGcd(self):
        self.check("gcd4", mode="threads", independent=lambda p: math.gcd(*p))

    def test_sum10_poolMap_matchesClosedForm(self):
        self.check("sum10", api="pool.map", independent=lambda n: 1 + n * (n + 1) // 2)

    def test_doubler_serial(self):
        self.check("doubler", mode="serial", independent=lambda x: 2 * x)

    def test_tinyTasks_first20000_imapUnordered(self):
        self.check("tiny-tasks", api="pool.imap_unordered", take=range(20000), params=None,
                   independent=lambda x: 2 * x)

    def test_ioSleep_threadsOverlapTheWaits(self):
        start = time.monotonic()
        run = self.check("io-sleep", mode="threads", workers=4, independent=lambda x: x)
        self.assertLess(time.monotonic() - start, 3.0)      # 20 x 200 ms over 4 threads: ~1 s
        self.assertEqual(len({e[2] for e in run.events("E")}), 4)

    def test_ioSleep_threads_eachTaskStillRunningAtAFlushHasItsS(self):
        # A driver thread's task has no S of its own: without a slot (no memfd), a flush sends
        # S for a task still running then, before that task's E. Four threads end their 200 ms
        # sleeps together, the tasks' flushes are 200 ms apart, so the flusher flushes every
        # 25 ms meanwhile.
        os.environ["CORESCOPE_TEST_NO_MEMFD"] = "1"
        try:
            run = self.check("io-sleep", mode="threads", workers=4, independent=lambda x: x)
        finally:
            del os.environ["CORESCOPE_TEST_NO_MEMFD"]
        self.assertFalse(run.driver.of("X"))
        order = [(e[0], e[3]) for e in run.driver.events if e[0] in "SE"]
        for kind, index in order:
            if kind == "E":
                self.assertIn(("S", index), order[:order.index(("E", index))])
        self.assertEqual(len([k for k, _ in order if k == "S"]), len(run.events("E")))

    def test_tinyTasks_cpuTimeReadByTheRule(self):
        # docs/PYTHON_RUNTIME.md, "Thread CPU time": a driver thread, and a worker process,
        # reads its CPU time around a task when the task before it took >= 100 us; else a
        # worker process once a millisecond, a driver thread at its first task after each
        # flush (every 25 ms); the rest say "-". E carries the very start and end the rule
        # used, so a worker's rule is replayed here, and a thread's is bounded by the flushes
        # its run's time allows.
        for mode, api in (("threads", "executor.map"), ("processes", "pool.imap")):
            with self.subTest(mode=mode):
                self.check_cpu_rule(self.check("tiny-tasks", mode=mode, api=api,
                                               take=range(3000), independent=lambda x: 2 * x),
                                    by_flush=mode == "threads")

    def check_cpu_rule(self, run, by_flush):
        by_thread = {}
        for e in run.events("E"):
            by_thread.setdefault(e[2], []).append(e)
        measured = unmeasured = 0
        for tasks in by_thread.values():
            tasks.sort(key=lambda e: e[4])
            measure_next, last_read, sampled = True, 0, 0
            for e in tasks:
                start, end, cpu = e[4], e[5], e[6]
                if by_flush:
                    if measure_next:    # the first task, and every one after a long one
                        self.assertNotEqual(cpu, "-", e)
                    elif cpu != "-":
                        sampled += 1
                    measure = cpu != "-"
                else:
                    measure = measure_next or start - last_read >= 1_000_000
                    self.assertEqual(cpu != "-", measure, e)
                if measure:
                    last_read = end
                    measured += 1
                else:
                    unmeasured += 1
                measure_next = end - start >= 100_000
            if by_flush:
                # At most one task a flush: flushes 25 ms apart, and a few more at R and D.
                span = tasks[-1][5] - tasks[0][4]
                self.assertLessEqual(sampled, span // 25_000_000 + 5, tasks[0][2])
        self.assertGreater(measured, 0)
        self.assertGreater(unmeasured, 0)

    def test_unevenTasks_spinThreadCpuTime(self):
        run = self.check("uneven-tasks")
        for e in run.events("E"):
            self.assertGreaterEqual(e[6], e[7] * 1_000_000)     # cpu_ns >= n ms

    def test_memoryBound_twoTasks_matchClosedForm(self):
        # Two of its sixteen tasks (each ~1.3 s to fill 64 MiB and ~0.4 s a pass in CPython).
        words = 64 * 1024 * 1024 // 8
        one_pass = MEM_PATTERN * (words * (words - 1) // 2) % U64
        self.check("memory-bound", take=[0, 1], independent=lambda p: p * one_pass % U64)

    def test_bigResults_eachListCheckedByItsSum(self):
        # Each result is a list of n ints, pickled back from the workers; E carries its sum.
        self.check("big-results", api="submit.as_completed", take=range(4),
                   independent=lambda n: n * (n - 1) // 2)

    def test_counterLocked_threads_exact(self):
        run = self.check("counter-locked", mode="threads", take=range(4))
        self.assertEqual(run.driver.of("C"), [("C", 4_000_000)])

    def test_counterRacy_processes_callerStaysZero(self):
        run = self.check("counter-racy", take=range(4))
        self.assertEqual(run.driver.of("C"), [("C", 0)])

    def test_counterShared_processes_losesUpdatesWithoutTheLock(self):
        n = 200_000
        run = self.run_spec(spec("shared_counter", [n] * 4,
                                 params={"sync": "shared_memory"}))
        self.assertDone(run, 4)
        (_, total), = run.driver.of("C")
        self.assertLess(total, 4 * n)       # value.value += 1 is a read then a write
        self.assertGreater(total, 0)

    def test_counterSharedLocked_processes_exact(self):
        run = self.run_spec(spec("shared_counter", [100_000] * 4,
                                 params={"sync": "shared_memory_locked"}))
        self.assertDone(run, 4)
        self.assertEqual(run.driver.of("C"), [("C", 400_000)])

    def test_counterManager_threadsAndProcesses_exact(self):
        for mode in ("threads", "processes"):
            with self.subTest(mode=mode):
                run = self.run_spec(spec("shared_counter", [300] * 4, mode=mode,
                                         params={"sync": "manager"}))
                self.assertDone(run, 4)
                self.assertEqual(run.driver.of("C"), [("C", 1200)])

    def test_userFile_primesPython(self):
        w, inputs, _ = workload("primes-python")
        w["python"] = dict(w["python"], file=os.path.join(WORKLOADS, w["python"]["file"]))
        take = [0, 1, 5]
        run = self.run_spec(spec(None, [inputs[i] for i in take], start_method="spawn",
                                 python=w["python"]))
        self.assertDone(run, 3)
        self.assertEqual(self.results(run, 3), [int(w["expected"][i]) for i in take])
        # is_prime returns bools, which E carries as 1 / 0: V says so, before D.
        self.assertEqual(run.driver.of("V"), [("V", "bool")])
        kinds = [e[0] for e in run.driver.events]
        self.assertLess(kinds.index("V"), kinds.index("D"))

    def test_userFile_bools_VInEveryApiAndMode(self):
        # Every API hands its results back through a branch of its own (Pool.map's list is
        # looked at after the run's end): each must see them all.
        with tempfile.TemporaryDirectory() as scratch:
            even = own_function(scratch, "even", "n % 2 == 0")
            for mode in ("serial", "threads", "processes"):
                for api in ("executor.map", "submit.as_completed", "pool.map", "pool.imap",
                            "pool.imap_unordered"):
                    if mode == "serial" and api != "executor.map":
                        continue
                    with self.subTest(mode=mode, api=api):
                        run = self.run_spec(spec(None, [1, 2, 3, 4, 5], mode=mode, api=api,
                                                 python=even))
                        self.assertDone(run, 5)
                        self.assertEqual(self.results(run, 5), [0, 1, 0, 1, 0])
                        self.assertEqual(run.driver.of("V"), [("V", "bool")])

    def test_userFile_resultsOfAnotherKind_noV(self):
        # A function that returns an int for some inputs and a bool for others: no V, and a
        # shipped kernel's run (bools or not) never has one.
        with tempfile.TemporaryDirectory() as scratch:
            mixed = own_function(scratch, "mixed", "n if n > 2 else n == 1")
            for mode in ("serial", "threads", "processes"):
                with self.subTest(mode=mode):
                    run = self.run_spec(spec(None, [1, 2, 3], mode=mode, api="pool.map",
                                             python=mixed))
                    self.assertDone(run, 3)
                    self.assertEqual(run.driver.of("V"), [])
        run = self.run_spec(spec("is_prime", [7, 9], mode="threads"))
        self.assertDone(run, 2)
        self.assertEqual(run.driver.of("V"), [])


class RunStart(Base):
    """The driver collects its own garbage before R: none of it is collected in the run."""

    # A free-threaded build's collector keeps no counts of the older generations.
    @unittest.skipIf(sysconfig.get_config_var("Py_GIL_DISABLED"), "no generation counts")
    def test_garbageCollectedBeforeR_noCollectionOwedAtTheFirstTask(self):
        # gc.get_count()'s second and third: the younger generations' collections since the
        # older one's last. Both are 0 just after gc.collect() and stay 0 until 700 more
        # allocations; the driver's imports and its spec leave them at about (11, 2) otherwise.
        with tempfile.TemporaryDirectory() as scratch:
            owed = own_function(scratch, "owed", "sum(__import__('gc').get_count()[1:])")
            run = self.run_spec(spec(None, [1], mode="serial", python=owed))
            self.assertDone(run, 1)
            self.assertEqual(self.results(run, 1), [0])


class HandBack(Base):
    """Each API hands results back as Python's does, and P names the chunksize it uses."""

    def test_poolMap_everyKAfterEveryE_chunksizeByCPythonsFormula(self):
        run = self.run_spec(spec("double", list(range(50)), api="pool.map"))
        self.assertDone(run, 50)
        self.assertEqual(run.driver.of("P")[0][1], 7)          # divmod(50, 8) rounded up
        last_end = max(e[5] for e in run.events("E"))
        self.assertTrue(all(k[2] >= last_end for k in run.driver.of("K")))

    def test_threadPoolMap_chunksize(self):
        run = self.run_spec(spec("double", list(range(9)), mode="threads", api="pool.map"))
        self.assertDone(run, 9)
        self.assertEqual(run.driver.of("P")[0][1:3], (2, "-"))

    def test_orderedStreams_handBackInIndexOrder(self):
        _, inputs, params = workload("doubler-sleep-reverse")
        params["sleep_ms_per_unit"] = 200
        for mode, api in (("processes", "pool.imap"), ("threads", "executor.map")):
            with self.subTest(api=api):
                run = self.run_spec(spec("double", inputs, mode, api, workers=3, params=params))
                self.assertDone(run, 3)
                self.assertEqual([k[1] for k in run.driver.of("K")], [0, 1, 2])
                self.assertEqual(run.driver.of("P")[0][1], 1)

    def test_asCompleted_handBackInCompletionOrder(self):
        w, inputs, params = workload("doubler-sleep-reverse")
        params["sleep_ms_per_unit"] = 200
        for mode, api in (("processes", "pool.imap_unordered"),
                          ("threads", "submit.as_completed"),
                          ("processes", "submit.as_completed")):
            with self.subTest(mode=mode, api=api):
                run = self.run_spec(spec("double", inputs, mode, api, workers=3, params=params))
                self.assertDone(run, 3)
                self.assertEqual([k[1] for k in run.driver.of("K")], [2, 1, 0])
                self.assertEqual(self.results(run, 3), w["expected"])

    def test_imapUnordered_chunks_eachResultNamesItsTask(self):
        # The driver learns each result's task from the pool's chunk number (no index travels
        # with the result): chunks of 2, and the short last chunk (task 4) done first, task 3
        # (its chunk's second) last; both pools, the threads' ThreadPool too.
        params = {"sleep_ms_per_unit": 60}
        for mode in ("processes", "threads"):
            with self.subTest(mode=mode):
                run = self.run_spec(spec("double", [3, 1, 1, 6, 1], mode, "pool.imap_unordered",
                                         workers=3, chunksize=2, params=params))
                self.assertDone(run, 5)
                self.assertEqual(self.results(run, 5), [6, 2, 2, 12, 2])
                ks = run.driver.of("K")
                self.assertEqual([k[1] for k in ks], [4, 0, 1, 2, 3])
                # A chunk's results are handed back together, after the chunk's last end.
                ends = {int(e[3]): int(e[5]) for e in run.events("E")}
                for _, index, ns in ks:
                    first = index - index % 2
                    self.assertGreaterEqual(ns, max(ends[first], ends.get(first + 1, 0)))

    def test_doublerSleep_imapStreamsAtOneTwoThree(self):
        w, inputs, params = workload("doubler-sleep")
        params["sleep_ms_per_unit"] = 200
        run = self.run_spec(spec("double", inputs, api="pool.imap", workers=3, params=params))
        self.assertDone(run, 3)
        ks = [k[2] for k in run.driver.of("K")]
        self.assertGreater(ks[1] - ks[0], 150_000_000)
        self.assertGreater(ks[2] - ks[1], 150_000_000)

    def test_startMethods(self):
        for method in ("fork", "spawn", "forkserver"):
            with self.subTest(method=method):
                run = self.run_spec(spec("double", [1, 2, 3, 4], api="pool.imap",
                                         start_method=method))
                self.assertDone(run, 4)
                self.assertEqual(run.driver.of("P")[0][2], method)
                self.assertEqual(self.results(run, 4), [2, 4, 6, 8])
                for worker in run.workers:
                    self.assertEqual(worker.events[1][0], "Y")

    def test_withoutMemfd_workersSendS(self):
        # A worker that cannot make its slot (a sandbox that forbids memfd_create) sends no X
        # and an S before each task instead, as an MPI rank does.
        os.environ["CORESCOPE_TEST_NO_MEMFD"] = "1"
        try:
            run = self.run_spec(spec("spin_ms", [10] * 6, api="pool.imap"))
        finally:
            del os.environ["CORESCOPE_TEST_NO_MEMFD"]
        self.assertDone(run, 6)
        for worker in run.workers:
            self.assertFalse(worker.of("X"))
            self.assertIsNone(worker.slot)
            self.assertEqual([e[3] for e in worker.of("S")], [e[3] for e in worker.of("E")])
            self.assertEqual([e[4] for e in worker.of("S")], [e[4] for e in worker.of("E")])

    def ring_run(self, records, inputs, api="pool.imap"):
        if records is None:
            return self.run_spec(spec("double", inputs, api=api))
        os.environ["CORESCOPE_TEST_RING_RECORDS"] = str(records)
        try:
            return self.run_spec(spec("double", inputs, api=api))
        finally:
            del os.environ["CORESCOPE_TEST_RING_RECORDS"]

    @unittest.skipUnless(os.uname().machine.lower() in corescope_trace.RING_MACHINES,
                         "a ring only where stores reach other processes in order (x86-64)")
    def test_ring_intEndsComeByTheRing_othersAreSent(self):
        # Ints that fit go by the worker's ring; an end whose result is not an int (a float
        # here: double(0.5)) is sent, as text, as before.
        run = self.ring_run(None, [1, 2, 0.5, 4] * 50, api="pool.map")
        self.assertDone(run, 200)
        self.assertEqual(sum(w.ring_ends for w in run.workers), 150)
        self.assertEqual(sum(len(w.of("E")) - w.ring_ends for w in run.workers), 50)
        self.assertEqual(self.results(run, 4), [2, 4, "-", 8])   # "-": not an int

    def test_ring_aFullRingSendsTheRest_noRingSendsAll(self):
        # A ring of 2 records fills between Corescope's reads: its ends and the sent ones mix,
        # and every task still has exactly one end. No ring (records 0, or not x86-64): every
        # end is sent.
        ring = os.uname().machine.lower() in corescope_trace.RING_MACHINES
        for records in (2, 0) if ring else (0,):
            with self.subTest(records=records):
                run = self.ring_run(records, list(range(2000)))
                self.assertDone(run, 2000)
                self.assertEqual(len(run.events("E")), 2000)
                by_ring = sum(w.ring_ends for w in run.workers)
                if records:
                    self.assertGreater(by_ring, 0)
                    self.assertLess(by_ring, 2000)
                else:
                    self.assertEqual(by_ring, 0)
                self.assertEqual(self.results(run, 2000), [2 * x for x in range(2000)])

    @unittest.skipUnless(os.uname().machine.lower() in corescope_trace.RING_MACHINES,
                         "a ring only where stores reach other processes in order (x86-64)")
    def test_driverThreads_slotAndRingEach_noS(self):
        # Each of the driver's threads sends X (its slot and ring, on the driver's connection)
        # before its Y, sends no S (the slot shows its running task, and names it while it
        # runs), and writes its int ends in its ring; a float's end goes in the list, and the
        # slot is cleared after it (docs/PYTHON_RUNTIME.md, "The driver's threads' slots").
        for mode, api, workers in (("serial", "executor.map", 1), ("threads", "executor.map", 3),
                                   ("threads", "pool.imap", 2)):
            with self.subTest(mode=mode, api=api):
                run = fc.FakeCorescope(spec("double", [1, 2, 0.5, 4] * 5 + [2], mode, api,
                                            workers))
                result = run.collect()
                self.assertDone(result, 21)
                driver = result.driver
                self.assertFalse(driver.of("S"))
                # (A ThreadPoolExecutor reuses an idle thread rather than start another: up to
                # `workers` threads.)
                xs, ys = driver.of("X"), driver.of("Y")
                self.assertIn(len(xs), range(1, workers + 1))
                self.assertEqual(sorted(x[2] for x in xs), sorted(y[2] for y in ys))
                kinds = [e[0] + str(e[2]) for e in driver.events if e[0] in "XY"]
                for x in xs:
                    self.assertLess(kinds.index("X%d" % x[2]), kinds.index("Y%d" % x[2]))
                self.assertEqual(driver.ring_ends, 16)                 # the ints
                self.assertEqual(len(driver.of("E")), 21)
                self.assertEqual(self.results(result, 4), [2, 4, "-", 8])
                self.assertEqual(len(driver.slots), len(xs))
                # At the end each slot holds its thread's last task, unless that task's end
                # went in the list (0.5: then 0).
                for index, _ in driver.slots:
                    self.assertTrue(index == 0 or index - 1 in range(21), driver.slots)

    @unittest.skipUnless(os.uname().machine.lower() in corescope_trace.RING_MACHINES,
                         "a ring only where stores reach other processes in order (x86-64)")
    def test_driverThreads_slotNamesTheRunningTask(self):
        run = fc.FakeCorescope(spec("sleep_ms", [1500, 1500], "threads", "executor.map", 2))
        deadline = time.monotonic() + 10
        while run.slots_running(driver=True) < 2:
            self.assertLess(time.monotonic(), deadline)
            time.sleep(0.02)
        self.assertEqual(run.slots_running(), 0)      # no pool worker's
        self.assertDone(run.collect(), 2)

    def test_everyWorkerSaysHelloAndReady_tasksNameTheirWorker(self):
        run = self.run_spec(spec("spin_ms", [30] * 6, api="submit.as_completed"))
        self.assertDone(run, 6)
        self.assertEqual(len(run.workers), 2)
        for worker in run.workers:
            pid = worker.events[0][1]
            self.assertEqual(worker.events[1][:2], ("Y", pid))
            for e in worker.events[2:]:
                self.assertEqual(e[1], pid)
            # No S: the running task is in the worker's slot (X, right after Y), which at the
            # end holds the worker's last task, the one its last E ended.
            self.assertEqual(worker.events[2][:2], ("X", pid))
            self.assertFalse(worker.of("S"))
            last = max(worker.of("E"), key=lambda e: e[4])
            self.assertEqual(worker.slot, (last[3] + 1, last[4]))


class Failures(Base):
    def test_raisingTask_sendsFThenA(self):
        # sum_loop of a string raises TypeError inside the kernel, in the worker.
        for mode, api in (("processes", "executor.map"), ("threads", "pool.imap"),
                          ("serial", "executor.map")):
            with self.subTest(mode=mode, api=api):
                run = self.run_spec(spec("sum_loop", [3, "x"], mode, api))
                fs = run.events("F")
                self.assertEqual(len(fs), 1)
                self.assertEqual(fs[0][3], 1)
                self.assertTrue(fs[0][6].startswith("TypeError: "), fs[0])
                self.assertEqual(run.end, ("A", fs[0][6], 1))   # the task it re-raised
                self.assertEqual(run.returncode, 1)

    def test_userFileRaises_FSaysWhereInTheFile_ADoesNot(self):
        # The user's own code raised: F adds the innermost frame of it, as Python's traceback
        # names a frame (A is the re-raised exception, in processes without its traceback).
        # A shipped kernel's own error (the test above) has no such frame.
        with tempfile.TemporaryDirectory() as scratch:
            path = os.path.join(scratch, "divide.py")
            with open(path, "w") as f:
                f.write("import json\n\ndef inner(n):\n    return 1 // (n - n)\n\n"
                        "def divide(n):\n    return inner(n)\n\n"
                        "def parse(n):\n    return json.loads('{')\n")
            for mode in ("processes", "threads", "serial"):
                with self.subTest(mode=mode):
                    run = self.run_spec(spec(None, [3], mode, python={"file": path,
                                                                      "function": "divide"}))
                    fs = run.events("F")
                    self.assertEqual(len(fs), 1)
                    self.assertEqual(fs[0][6], "ZeroDivisionError: integer division or modulo "
                                               "by zero (divide.py, line 4, in inner)")
                    self.assertEqual(run.end, ("A", "ZeroDivisionError: integer division or "
                                                    "modulo by zero", 0))
            # Raised inside the standard library: the user's line that called it.
            run = self.run_spec(spec(None, [3], "processes", python={"file": path,
                                                                     "function": "parse"}))
            fs = run.events("F")
            self.assertEqual(len(fs), 1)
            self.assertTrue(fs[0][6].startswith("JSONDecodeError: "), fs[0])
            self.assertTrue(fs[0][6].endswith(" (divide.py, line 10, in parse)"), fs[0])

    @staticmethod
    def corescope_sentence(code, args):
        """The sentence Corescope says for an L (core/exec/python/events.cpp's table of codes,
        core/util/enginetext.h's English text), filled with its arguments."""
        with open(os.path.join(fc.REPO, "core", "exec", "python", "events.cpp")) as f:
            table = dict(re.findall(r'\{"(\w+)", text::(\w+), \d+\}', f.read()))
        with open(os.path.join(fc.REPO, "core", "util", "enginetext.h")) as f:
            header = f.read()
        body = re.search(r"\b%s\[\] = QT_TRANSLATE_NOOP\(\s*\"corescope::Engine\",(.*?)\);"
                         % table[code], header, re.S).group(1)
        sentence = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', body))
        return re.sub(r"%(\d)", lambda m: args[int(m.group(1)) - 1], sentence)

    def test_userFileThatCannotGiveItsFunction_LSaysWhyBeforeA(self):
        # Loading the workload's own file failed: before its A (Python's text), the driver's L
        # gives Corescope the sentence's code and arguments, to say it in the user's language.
        with tempfile.TemporaryDirectory() as scratch:
            for name, source in (("fine.py", "def f(n):\n    return n\n"),
                                 ("broken.py", "import os\nx = 1 / 0\n")):
                with open(os.path.join(scratch, name), "w") as f:
                    f.write(source)
            for builtin in ("gc.py", "pwd.py", "json.py"):   # imported by the driver or not
                with open(os.path.join(scratch, builtin), "w") as f:
                    f.write("def f(n):\n    return n\n")
            cases = (
                ("fine.py", "nosuch", ("L", "no_function", ["fine.py", "nosuch"])),
                ("broken.py", "f", ("L", "import_raised_at",
                                    ["broken.py", "ZeroDivisionError: division by zero", "2"])),
                ("gc.py", "f", ("L", "shadowed_builtin", ["gc.py", "gc"])),
                ("pwd.py", "f", ("L", "shadowed_builtin", ["pwd.py", "pwd"])),
                ("json.py", "f", ("L", "shadowed", ["json.py", "json", json.__file__])),
            )
            for name, function, said in cases:
                with self.subTest(file=name):
                    run = self.run_spec(spec(None, [3], "serial", python={
                        "file": os.path.join(scratch, name), "function": function}))
                    self.assertEqual(run.driver.events[-2], said)
                    self.assertEqual(run.end[0], "A")
                    # Python's own text (A, a traceback's) and Corescope's English sentence
                    # for the L are written twice: they must say the same.
                    self.assertIn(self.corescope_sentence(said[1], said[2]), run.end[1])
                    self.assertFalse(run.driver.of("R"))     # before the pool was asked for

    def test_everyTaskRaises_ANamesTheTaskTheApiReRaised(self):
        # Python's own answer: executor.map and imap re-raise the first failure in index order;
        # the driver's A names that task, whichever F Corescope reads first.
        for mode, api in (("processes", "executor.map"), ("processes", "pool.imap"),
                          ("threads", "executor.map")):
            with self.subTest(mode=mode, api=api):
                run = self.run_spec(spec("sum_loop", ["a", "b", "c", "d"], mode, api))
                self.assertEqual(run.end[0], "A")
                self.assertEqual(run.end[2], 0, run.end)
                self.assertEqual(run.end[1], [f[6] for f in run.events("F") if f[3] == 0][0])

    def test_crashUnderProcessPoolExecutor_brokenProcessPool(self):
        w, inputs, params = workload("broken-pool")
        inputs = [50 if x else 0 for x in inputs]
        run = self.run_spec(spec("crash", inputs, api="submit.as_completed", params=params))
        self.assertEqual(run.end[0], "A")
        self.assertTrue(run.end[1].startswith("BrokenProcessPool: "), run.end)
        dead = [c for c in run.workers if c.fatal]
        self.assertEqual(len(dead), 1)
        self.assertTrue(dead[0].fatal.startswith("Fatal Python error: Segmentation fault"))
        self.assertEqual(dead[0].slot[0], 4 + 1)       # the slot names the task, without an E
        self.assertFalse([e for e in dead[0].of("E") if e[3] == 4])

    def test_killedWorkerUnderMultiprocessingPool_poolWaitsForever_killpgLeavesNothing(self):
        # CPython's Pool replaces the dead worker and never completes its task: map() waits.
        run = fc.FakeCorescope(spec("crash", [100, 100, 0, 100, 100], api="pool.map"))
        self.assertFalse(run.wait_done(3.0))
        hellos = sum(1 for c in run.snapshot()[1:] if c.startswith(b"H "))
        self.assertEqual(hellos, 3)                      # two workers and the replacement
        run.kill()
        result = run.collect(10)
        self.assertEqual(result.returncode, -signal.SIGKILL)
        self.assertFalse(result.driver.of("D") + result.driver.of("A"))   # Corescope ends it
        self.assertTrue(fc.wait_group_gone(run.pgid), fc.group_members(run.pgid))

    def test_cancel_killpgEndsDriverAndWorkers(self):
        for method in ("fork", "spawn"):
            with self.subTest(method=method):
                run = fc.FakeCorescope(spec("sleep_ms", [5000] * 4, api="pool.imap",
                                            start_method=method))
                deadline = time.monotonic() + 10
                while run.slots_running() < 2:
                    self.assertLess(time.monotonic(), deadline)
                    time.sleep(0.05)
                self.assertGreaterEqual(len(fc.group_members(run.pgid)), 3)
                run.kill()
                run.collect(10)
                self.assertTrue(fc.wait_group_gone(run.pgid), fc.group_members(run.pgid))


    def test_corescopeKilled_driverEndsItsGroup(self):
        # Corescope killed mid-run cannot end the group itself: the driver sees it end (its
        # pidfd, or where there is none its parent's change) and kills its whole group,
        # workers included.
        for fallback in (False, True):
            with self.subTest(pidfd=not fallback):
                env = dict(os.environ)
                if fallback:
                    env["CORESCOPE_TEST_NO_PIDFD"] = "1"
                self.corescopeKilled_driverEndsItsGroup(env)

    def corescopeKilled_driverEndsItsGroup(self, env):
        here = os.path.dirname(os.path.abspath(__file__))
        script = ("import sys, time; sys.path.insert(0, %r); import fake_corescope as fc, "
                  "test_driver as td; run = fc.FakeCorescope(td.spec('sleep_ms', [5000] * 4, "
                  "api='pool.imap')); print(run.pgid, flush=True); deadline = time.monotonic() "
                  "+ 10\nwhile sum(1 for c in run.snapshot()[1:] if b'\\nS ' in c) < 2 and "
                  "time.monotonic() < deadline: time.sleep(0.05)\nprint('running', flush=True); "
                  "time.sleep(60)" % here)
        import subprocess
        middle = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                                  text=True, env=env)
        try:
            pgid = int(middle.stdout.readline())
            self.assertEqual(middle.stdout.readline().strip(), "running")
            self.assertGreaterEqual(len(fc.group_members(pgid)), 3)
        finally:
            middle.kill()
            middle.wait()
            middle.stdout.close()
        self.assertTrue(fc.wait_group_gone(pgid, 5.0), fc.group_members(pgid))


class ParentWatch(unittest.TestCase):
    """The driver's watch on Corescope (watch_parent): it ends the group once Corescope has
    ended, and with a pidfd it never wakes before then (a thread that wakes takes the GIL from
    the threads being traced). Corescope is played by a child process; the group's end is
    recorded instead of done."""

    def watch(self, env):
        import subprocess
        from unittest import mock
        import corescope_driver
        parent = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
        ended, woke = threading.Event(), []
        real_sleep = time.sleep

        def sleep(seconds):
            # Only the watch's own sleeps count: another thread of this process may sleep too.
            if threading.current_thread().name == "corescope-parent-watch":
                woke.append(seconds)
            real_sleep(seconds)

        ppid = [parent.pid]
        try:
            with mock.patch.dict(os.environ, env), \
                    mock.patch("os.getppid", side_effect=lambda: ppid[0]), \
                    mock.patch("time.sleep", side_effect=sleep):
                corescope_driver.watch_parent(parent.pid, period_s=0.01, end_group=ended.set)
                real_sleep(0.3)
                self.assertFalse(ended.is_set())
                wakes_while_alive = len(woke)
                parent.kill()
                parent.wait()
                ppid[0] = 1          # re-parented to init, as the kernel does
                self.assertTrue(ended.wait(10))
        finally:
            parent.kill()
            parent.wait()
        return wakes_while_alive

    def test_withAPidfd_neverWakesWhileCorescopeLives_endsTheGroupWhenItEnds(self):
        try:
            os.close(os.pidfd_open(os.getpid()))
        except (AttributeError, OSError) as error:     # Python < 3.9, Linux < 5.3, seccomp
            self.skipTest("no pidfd here: %s" % error)
        self.assertEqual(self.watch({}), 0)

    def test_withoutAPidfd_checksItsParentPeriodically_endsTheGroupWhenItChanges(self):
        self.assertGreater(self.watch({"CORESCOPE_TEST_NO_PIDFD": "1"}), 5)


class Teardown(unittest.TestCase):
    """A run that raised sends its A before the pool is torn down: Corescope ends the process
    group at A, and a teardown that does not return (Pool.terminate() after a raising
    imap_unordered was seen to hang) must not keep the A from it."""

    def test_raisedRun_sendsABeforeThePoolsTeardownReturns(self):
        import corescope_driver
        terminating = threading.Event()
        release = threading.Event()

        class StuckPool:
            def __init__(self, *args, **kwargs):
                pass

            def imap_unordered(self, run, items, chunksize):
                error = ValueError("task 3 raised")
                error.corescope_task = 3
                raise error

            def terminate(self):
                sent_before.append(trace.raised_sent)
                terminating.set()
                release.wait(60)

        class Context:
            Pool = StuckPool

        ours, theirs = socket.socketpair()
        trace = corescope_trace.BufferedTrace(ours)
        outcome = []
        sent_before = []      # whether A had gone when terminate() was called

        def go():
            try:
                corescope_driver.run_pool("pool.imap_unordered", 2, [(3, 7)], 1, trace,
                                          threads=False, context=Context())
            except ValueError as exc:
                outcome.append(exc)

        runner = threading.Thread(target=go)
        runner.start()
        try:
            # A comes while the teardown still hangs (within 10 s of the 60 it would hang).
            theirs.settimeout(10)
            received = b""
            while b"\n" not in received:
                received += theirs.recv(4096)
            self.assertTrue(terminating.wait(60))
            self.assertEqual(sent_before, [True])
            self.assertEqual(received, b'A 3 "ValueError: task 3 raised"\n')
        finally:
            release.set()
            runner.join(60)
        self.assertEqual(len(outcome), 1)            # and the caller still sees the exception
        self.assertTrue(trace.raised_sent)
        trace.end_with_raised(outcome[0])            # once only
        ours.close()
        self.assertEqual(theirs.recv(4096), b"")
        theirs.close()


class Flusher(unittest.TestCase):
    """The driver threads' events as the flusher sends them: E and K in binary blocks when
    every number fits a signed 64-bit word, as text lines otherwise; the same events either way."""

    def flushed(self, groups):
        ours, theirs = socket.socketpair()
        received = []

        def read():       # meanwhile: a socket's buffer holds less than a big batch
            while True:
                chunk = theirs.recv(1 << 16)
                if not chunk:
                    break
                received.append(chunk)

        reader = threading.Thread(target=read)
        reader.start()
        ours.sendall(b"H %d driver\n" % os.getpid())
        # The flusher's own timer waits until close(): each group is one batch.
        interval, corescope_trace.FLUSH_INTERVAL_S = corescope_trace.FLUSH_INTERVAL_S, 3600
        try:
            trace = corescope_trace.BufferedTrace(ours)
            for group in groups:
                for event in group:
                    trace.append(event)
                trace._flush()
            trace.close()
        finally:
            corescope_trace.FLUSH_INTERVAL_S = interval
        ours.close()
        reader.join()
        theirs.close()
        data = b"".join(received)
        return data, fc.Connection(data, True).events[1:]

    def test_threadReady_sentAtOnce_notWithTheNextFlush(self):
        # Corescope samples who holds the GIL from each thread's state once it knows the
        # thread: a Y held for the flush left a run's first 25-75 ms unsampled.
        ours, theirs = socket.socketpair()
        interval, corescope_trace.FLUSH_INTERVAL_S = corescope_trace.FLUSH_INTERVAL_S, 3600
        saved = (corescope_trace._append, corescope_trace._line_now, corescope_trace._due,
                 corescope_trace._flush_by_task, corescope_trace._function)
        ours.sendall(b"H %d driver\n" % os.getpid())
        trace = corescope_trace.BufferedTrace(ours)     # its own timer waits until close()
        try:
            corescope_trace.use_buffered_trace(trace, lambda x: x)
            trace.append(("S", 5, 0, 1))   # pending: goes first (a task 0 started)
            thread = threading.Thread(target=corescope_trace.init_thread_worker)
            thread.start()
            thread.join()
            theirs.settimeout(10)
            data = b""
            while data.count(b"\n") < 3:
                data += theirs.recv(65536)
            events = fc.Connection(data, True).events[1:]
            self.assertEqual([e[0] for e in events], ["S", "Y"])
            self.assertEqual(events[1][1:3], (os.getpid(), thread.native_id))
            # After the trace is closed (a raise ended the run), a thread starting late sends
            # nothing: Corescope ends the run at A and takes no Y after it.
            trace.close()
            late = threading.Thread(target=corescope_trace.init_thread_worker)
            late.start()
            late.join()
            ours.sendall(b"D 1\n")
            while not data.endswith(b"D 1\n"):
                data += theirs.recv(65536)
            self.assertEqual([e[0] for e in fc.Connection(data, True).events[1:]], ["S", "Y", "D"])
        finally:
            (corescope_trace._append, corescope_trace._line_now, corescope_trace._due,
             corescope_trace._flush_by_task, corescope_trace._function) = saved
            trace.close()
            corescope_trace.FLUSH_INTERVAL_S = interval
            ours.close()
            theirs.close()

    def test_threadCpuTime_readAfterAFlushOrALongTask_aFlushMidTaskKept(self):
        # docs/PYTHON_RUNTIME.md, "Thread CPU time": a driver thread reads its CPU time around
        # its first task, the first task after each flush and every task after a long one.
        ours, theirs = socket.socketpair()
        interval, corescope_trace.FLUSH_INTERVAL_S = corescope_trace.FLUSH_INTERVAL_S, 3600
        # "Long" is 200 ms here, not 100 us: a short task preempted on a loaded machine took
        # over 100 us and made the next task read (the suite failed once so).
        always, corescope_trace.CPU_ALWAYS_NS = corescope_trace.CPU_ALWAYS_NS, 200_000_000
        saved = corescope_trace._append, corescope_trace._function
        events = []
        trace = corescope_trace.BufferedTrace(ours)     # its own timer waits until close()
        forget_this_thread()
        run = corescope_trace.run_in_thread

        def flushing(x):        # a flush while the task runs
            trace._flush()
            return x

        def long(x):
            time.sleep(0.25)    # >= CPU_ALWAYS_NS
            return x

        try:
            corescope_trace._append = events.append
            for index, function in enumerate([
                    None, None,           # the first task is read, the next is not
                    "flush",              # a flush between tasks: the next task is read
                    None, None,
                    flushing, None,       # a flush during a short task: the next is read
                    None, long, None,     # a long task: the next is read
                    None]):
                if function == "flush":
                    trace._flush()
                    continue
                corescope_trace._function = function or (lambda x: x)
                run(index, index)
        finally:
            corescope_trace._append, corescope_trace._function = saved
            forget_this_thread()
            trace.close()
            corescope_trace.FLUSH_INTERVAL_S = interval
            corescope_trace.CPU_ALWAYS_NS = always
            ours.close()
            theirs.close()
        read = {e[2]: e[5] != -1 for e in events if e[0] == corescope_trace.E_TAG}
        self.assertEqual(read, {0: True, 1: False, 3: True, 4: False, 5: False, 6: True,
                                7: False, 8: False, 9: True, 10: False})

    def test_whoFlushes_aTaskEndingWhenDue_elseTheFlusherUnlessTheTasksFlushAtPace(self):
        ours, theirs = socket.socketpair()
        interval, corescope_trace.FLUSH_INTERVAL_S = corescope_trace.FLUSH_INTERVAL_S, 3600
        saved = corescope_trace._append, corescope_trace._function
        trace = corescope_trace.BufferedTrace(ours)     # its own timer waits until close()
        forget_this_thread()
        pending = trace._events
        pace = int(corescope_trace.FLUSH_PACE_S * 1e9)
        try:
            corescope_trace.use_buffered_trace(trace, lambda x: x)
            # Not due (the next flush is an hour away): the task's E waits in the list.
            corescope_trace.run_in_thread(0, 0)
            self.assertEqual(len(pending), 1)
            # Due, but another thread is flushing: the task goes on without waiting.
            trace.due[0] = 0
            with trace._sending:
                corescope_trace.run_in_thread(1, 1)
            self.assertEqual(len(pending), 2)
            # Due: the task that ends sends what is pending, its own E with it, and the next
            # flush is due an interval later.
            trace.append((corescope_trace.K_TAG, 0, 1))
            before = time.monotonic_ns()
            corescope_trace.run_in_thread(2, 2)
            self.assertEqual(pending, [])
            self.assertGreaterEqual(trace.due[0], before + 3600 * 10**9)
            # One flush of the tasks is no pace yet: the flusher flushes.
            trace.append((corescope_trace.K_TAG, 1, 2))
            self.assertEqual(trace._on_wake(), 3600)
            self.assertEqual(pending, [])
            # Two within FLUSH_PACE_S, the last just now: the flusher leaves it to the tasks.
            trace._task_flushed_ns = time.monotonic_ns() - pace // 2
            trace.due[0] = 0
            corescope_trace.run_in_thread(3, 3)
            trace.append((corescope_trace.K_TAG, 2, 3))
            self.assertEqual(trace._on_wake(), corescope_trace.FLUSH_QUIET_S)
            self.assertEqual(len(pending), 1)
            # The tasks stopped (the last flush over FLUSH_PACE_S ago): it flushes, and looks
            # again an interval later.
            trace._task_flushed_ns -= pace + 1
            self.assertEqual(trace._on_wake(), 3600)
            self.assertEqual(pending, [])
            # Once closed, a task never flushes: the caller sends on the socket after close().
            trace.close()
            self.assertEqual(trace.due[0], corescope_trace.I64_MAX)
            trace.due[0] = 0          # even when one would be due
            corescope_trace.run_in_thread(4, 4)
            self.assertEqual(len(pending), 1)
            self.assertEqual((corescope_trace.FLUSH_PACE_S, corescope_trace.FLUSH_QUIET_S),
                             (0.05, 0.25))
        finally:
            corescope_trace._append, corescope_trace._function = saved
            corescope_trace._due, corescope_trace._flush_by_task = [corescope_trace.I64_MAX], None
            forget_this_thread()
            corescope_trace.FLUSH_INTERVAL_S = interval
            ours.close()
            theirs.close()
        self.assertEqual(interval, 0.025)

    def test_aTasksFlushThatFails_leavesTheTaskAndTheFlusherToIt(self):
        # The task returns its result; the tasks stop flushing; the flusher flushes again.
        class Refusing:
            def sendall(self, data):
                raise OSError("refused")

        interval, corescope_trace.FLUSH_INTERVAL_S = corescope_trace.FLUSH_INTERVAL_S, 3600
        saved = corescope_trace._append, corescope_trace._function
        trace = corescope_trace.BufferedTrace(Refusing())
        forget_this_thread()
        try:
            corescope_trace.use_buffered_trace(trace, lambda x: 2 * x)
            trace.due[0] = 0
            import contextlib
            import io
            with contextlib.redirect_stderr(io.StringIO()) as stderr:
                self.assertEqual(corescope_trace.run_in_thread(0, 21), 42)
            self.assertIn("OSError: refused", stderr.getvalue())
            self.assertIsNone(trace._task_flushed_ns)
            trace.append((corescope_trace.K_TAG, 0, 1))
            trace.due[0] = 0
            corescope_trace.run_in_thread(1, 1)          # no second try
            self.assertEqual(len(trace._events), 2)
        finally:
            corescope_trace._append, corescope_trace._function = saved
            corescope_trace._due, corescope_trace._flush_by_task = [corescope_trace.I64_MAX], None
            forget_this_thread()
            trace._stop.set()
            trace._thread.join()
            corescope_trace.FLUSH_INTERVAL_S = interval

    def test_flushPace_100msAfterABusyFlush_else25ms(self):
        ours, theirs = socket.socketpair()
        interval, corescope_trace.FLUSH_INTERVAL_S = corescope_trace.FLUSH_INTERVAL_S, 3600
        trace = corescope_trace.BufferedTrace(ours)     # its own timer waits until close()
        try:
            busy = corescope_trace.FLUSH_BUSY_EVENTS
            waits = []
            for count in (busy - 1, busy, 0):
                for index in range(count):
                    trace.append((corescope_trace.K_TAG, index, index))
                waits.append(trace._on_wake())      # no task flushes: the flusher does
                self.assertEqual(trace._events, [])
            idle = corescope_trace.FLUSH_INTERVAL_S
            self.assertEqual(waits, [idle, corescope_trace.FLUSH_BUSY_INTERVAL_S, idle])
            self.assertEqual((interval, corescope_trace.FLUSH_BUSY_INTERVAL_S), (0.025, 0.1))
        finally:
            trace.close()
            corescope_trace.FLUSH_INTERVAL_S = interval
            ours.close()
            theirs.close()

    def test_runningTask_itsSSentOnceByAFlush_neverAfterItsEnd(self):
        # docs/PYTHON_RUNTIME.md, "Thread CPU time": a driver thread's task has no S of its
        # own; the flusher sends one for a task still running when it flushes (once, however
        # many flushes), and none once the task has ended or raised.
        ours, theirs = socket.socketpair()
        ours.sendall(b"H %d driver\n" % os.getpid())
        interval, corescope_trace.FLUSH_INTERVAL_S = corescope_trace.FLUSH_INTERVAL_S, 3600
        saved = corescope_trace._append, corescope_trace._function
        trace = corescope_trace.BufferedTrace(ours)     # its own timer waits until close()
        inside, leave = threading.Event(), threading.Event()

        def waits(x):
            inside.set()
            leave.wait(30)
            if x == "raise":
                raise ValueError(x)
            return x

        def task(index, value):
            try:
                corescope_trace.run_in_thread(index, value)
            except ValueError:
                pass

        tids = []
        try:
            corescope_trace.use_buffered_trace(trace, waits)
            for index, value in [(7, 7), (8, "raise")]:
                inside.clear()
                leave.clear()
                thread = threading.Thread(target=task, args=(index, value))
                thread.start()
                self.assertTrue(inside.wait(30))
                tids.append(thread.native_id)
                trace._flush()
                trace._flush()
                leave.set()
                thread.join(30)
                trace._flush()
                trace._flush()
            trace.close()
        finally:
            corescope_trace._append, corescope_trace._function = saved
            corescope_trace.FLUSH_INTERVAL_S = interval
            for ident in [i for i, state in corescope_trace._threads.items()
                          if state[0] in tids]:
                del corescope_trace._threads[ident]
            ours.close()
        received = []
        while True:
            chunk = theirs.recv(1 << 16)
            if not chunk:
                break
            received.append(chunk)
        theirs.close()
        events = fc.Connection(b"".join(received), True).events[1:]
        pid = os.getpid()
        self.assertEqual([e[:4] for e in events], [("S", pid, tids[0], 7), ("E", pid, tids[0], 7),
                                                   ("S", pid, tids[1], 8), ("F", pid, tids[1], 8)])
        self.assertEqual(events[0][4], events[1][4])      # the S's start is the task's
        self.assertEqual(events[2][4], events[3][4])

    def test_endsAndHandBacks_binaryWhenEveryNumberFitsAWord_elseText(self):
        E, K, pid = corescope_trace.E_TAG, corescope_trace.K_TAG, os.getpid()
        # cpu -1: not measured; a bool result is 0/1; a negative one is "-", as in text.
        small = [(E, 7, 0, 100, 200, 50, True), (K, 0, 250), (E, 7, 1, 300, 400, -1, -3),
                 (K, 1, 450)]
        data, events = self.flushed([small])
        self.assertIn(b"B %d 20\n" % pid, data)
        self.assertNotIn(b"\nE ", data)
        self.assertEqual(events, [("E", pid, 7, 0, 100, 200, 50, 1), ("K", 0, 250),
                                  ("E", pid, 7, 1, 300, 400, "-", "-"), ("K", 1, 450)])
        # 2^63 does not fit a signed word, and a list is summed: such a batch goes as text.
        big = [(E, 7, 2, 500, 600, -1, 1 << 63), (E, 7, 3, 700, 800, 20, [1, 2]), (K, 2, 900)]
        data, events = self.flushed([big])
        self.assertNotIn(b"\nB ", data)
        self.assertEqual(events, [("E", pid, 7, 2, 500, 600, "-", 1 << 63),
                                  ("E", pid, 7, 3, 700, 800, 20, 3), ("K", 2, 900)])

    def test_aResultThatIsNotAnIntOrBool_goesAsText(self):
        # A numpy int has __index__, which a block would take; a worker process writes "-".
        class Index:
            def __index__(self):
                return 5

        events = []
        saved = corescope_trace._append, corescope_trace._function
        corescope_trace._append, corescope_trace._function = events.append, lambda x: x
        try:
            for index, value in enumerate([7, True, Index()]):
                corescope_trace.run_in_thread(index, value)
        finally:
            corescope_trace._append, corescope_trace._function = saved
        self.assertEqual([e[0] for e in events], [corescope_trace.E_TAG] * 2 + ["E"])
        _, seen = self.flushed([events])
        self.assertEqual([e[7] for e in seen], [7, 1, "-"])

    def test_moreEventsThanABlockHolds_severalBlocksInOrder(self):
        E, K = corescope_trace.E_TAG, corescope_trace.K_TAG
        n = corescope_trace.BLOCK_EVENTS + 10
        events = [(E, 7, i // 2, i, i + 1, -1, i) if i % 2 == 0 else (K, i // 2, i + 2)
                  for i in range(2 * n)]
        data, seen = self.flushed([events])
        self.assertGreaterEqual(data.count(b"B "), 2)
        self.assertEqual([e[0] for e in seen], ["E", "K"] * n)
        self.assertEqual([e[3] for e in seen[0::2]], list(range(n)))
        self.assertEqual([e[1] for e in seen[1::2]], list(range(n)))

    def test_strictParser_rejectsBinaryBlocksOutOfContract(self):
        hello = b"H 1 driver\n"
        block = b"B 1 3\n" + array.array("q", [2, 0, 5]).tobytes()
        self.assertEqual(fc.Connection(hello + block, True).events[1:], [("K", 0, 5)])
        for data in (hello + block[:-1],                                 # cut short
                     hello + b"B 1 3\n" + array.array("q", [3, 0, 5]).tobytes(),   # bad tag
                     hello + b"B 1 3\n" + array.array("q", [2, -1, 5]).tobytes()):
            with self.subTest(data=data):
                with self.assertRaises(fc.ProtocolError):
                    fc.Connection(data, True)
        with self.assertRaises(fc.ProtocolError):     # a worker has no blocks
            fc.Connection(b"H 1 worker\n" + block, False)


class Lines(unittest.TestCase):
    def test_strictParser_rejectsMalformedLines(self):
        for line in ("S 1 2 3", "E 1 2 3 4 5 6 -1", "K 01 5", "A boom", "D 1 ", "X 1",
                     'F 1 2 3 4 5 "unterminated', "P 1 thread \"3.11\""):
            with self.subTest(line=line):
                with self.assertRaises(fc.ProtocolError):
                    fc.parse_line(line)
        self.assertEqual(fc.parse_line('A "BrokenProcessPool: x"'),
                         ("A", "BrokenProcessPool: x", None))
        self.assertEqual(fc.parse_line('A 3 "ValueError: boom"'), ("A", "ValueError: boom", 3))
        for line in ('A -1 "ValueError: boom"', 'A x "ValueError: boom"'):
            with self.assertRaises(fc.ProtocolError):
                fc.parse_line(line)


def miller_rabin(n):
    """Deterministic for n < 3.3e24 with these bases: a primality test unlike trial division."""
    if n < 2:
        return False
    bases = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41)
    for p in bases:
        if n % p == 0:
            return n == p
    d, r = n - 1, 0
    while d % 2 == 0:
        d, r = d // 2, r + 1
    for a in bases:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(r - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


if __name__ == "__main__":
    unittest.main()
