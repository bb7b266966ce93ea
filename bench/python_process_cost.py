#!/usr/bin/env python3
"""What each piece of a task wrapper costs a multiprocessing.Pool of tiny tasks, in plain CPython.

A pool's worker process pays its tracing between two tasks (docs/PYTHON_RUNTIME.md, "A pool
worker's running task"). This times 20,000 tiny tasks (corescope_kernels.double) through a
2-process Pool.map and Pool.imap at chunksize 1: plain; wrapped as the workers were traced
before (an S and an E sent per task, the thread's CPU time read around it); and in the driver's
own wrapper (corescope_trace.init_process_worker and run_in_process: the running task in the
worker's slot, its E in the worker's ring on x86-64 or sent elsewhere, CPU time by the rule).
The workers' events go to a listener in this process that only drains them (and their rings,
every 25 ms). Each against the plain call: medians of alternating repeats.

Standard library only. Usage: python3 bench/python_process_cost.py [--repeats N]
"""

import argparse
import mmap
import multiprocessing
import os
import socket
import statistics
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                "resources", "python"))
import corescope_kernels  # noqa: E402  (found through the path above)
import corescope_trace  # noqa: E402

TASKS = 20000
WORKERS = 2
SOCKET = "corescope-process-cost-%d" % os.getpid()
function = corescope_kernels.double
items = list(enumerate(range(TASKS)))
mono, thread_time = time.monotonic_ns, time.thread_time_ns
_sock = None


def listen():
    """Accepts the workers' connections and drains them, and their rings every 25 ms as
    Corescope does (the read count moved on, the records not even looked at)."""
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind("\0" + SOCKET)
    server.listen(64)

    def drain(conn):
        head = None
        conn.settimeout(0.025)
        while True:
            try:
                data, fds, _, _ = socket.recv_fds(conn, 1 << 16, 1)
            except socket.timeout:
                data, fds = True, []
            for fd in fds:
                size = os.fstat(fd).st_size
                if size > corescope_trace.SLOT_BYTES:
                    head = memoryview(mmap.mmap(fd, size)).cast("Q")
                os.close(fd)
            if not data:
                return
            if head is not None:
                head[3] = head[2]

    def accept():
        while True:
            conn, _ = server.accept()
            threading.Thread(target=drain, args=(conn,), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()


def connect():
    global _sock
    _sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    _sock.connect("\0" + SOCKET)


def unpack(item):
    index, value = item
    return function(value)


def before(item):                     # S and E sent, CPU time read around every task
    index, value = item
    start = mono()
    cpu = thread_time()
    _sock.sendall(b"S 1 2 %d %d\n" % (index, start))
    result = function(value)
    cpu = thread_time() - cpu
    _sock.sendall(b"E 1 2 %d %d %d %d %d\n" % (index, start, mono(), cpu, result))
    return result


CASES = [
    ("plain call", unpack, None, ()),
    ("S + E + 2 CPU reads (before)", before, connect, ()),
    ("run_in_process (slot + E in ring)", corescope_trace.run_in_process,
     corescope_trace.init_process_worker, (SOCKET, "double", {}, None, None)),
]


def timed(api, wrapper, initializer, initargs):
    """Wall ns from asking for the pool to its end, as Corescope times a Python run."""
    start = mono()
    pool = multiprocessing.Pool(WORKERS, initializer=initializer, initargs=initargs)
    if api == "map":
        pool.map(wrapper, items, 1)
    else:
        for _ in pool.imap(wrapper, items, 1):
            pass
    pool.close()
    pool.join()
    return mono() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=9)
    args = parser.parse_args()
    listen()
    print("CPython %s, %d tiny tasks, %d processes, chunksize 1, median of %d alternating repeats"
          % (sys.version.split()[0], TASKS, WORKERS, args.repeats))
    for api in ("map", "imap"):
        times = {label: [] for label, *_ in CASES}
        for _ in range(args.repeats):
            for label, wrapper, initializer, initargs in CASES:
                times[label].append(timed(api, wrapper, initializer, initargs))
        plain = statistics.median(times["plain call"])
        for label, *_ in CASES:
            t = statistics.median(times[label])
            print("Pool.%-5s %-32s %8.1f ms %+7.1f %%"
                  % (api, label, t / 1e6, (t - plain) / plain * 100), flush=True)


if __name__ == "__main__":
    main()
