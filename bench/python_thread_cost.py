#!/usr/bin/env python3
"""What each piece of a task wrapper costs a ThreadPoolExecutor of tiny tasks, in plain CPython.

The driver's threads pay their tracing under the GIL (docs/PYTHON_RUNTIME.md, "Thread CPU
time"). This times 20,000 tiny tasks (corescope_kernels.double) through a 2-thread
ThreadPoolExecutor.map, plain and wrapped in more and more of what a traced task does, then in
the driver's own wrapper (corescope_trace.run_in_thread, its events kept in a list: no
flush, so a thread reads its CPU time only at its first task and after a long one), with the
driver's hand-backs (a K per result in the caller's loop), and last with the driver's whole
trace: its BufferedTrace sending every 25 ms to a socket that another process reads, as
Corescope does. Prints each against the plain call: medians of alternating repeats.

Standard library only. Usage: python3 bench/python_thread_cost.py [--repeats N]
"""

import argparse
import concurrent.futures as cf
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
function = corescope_kernels.double
items = list(enumerate(range(TASKS)))
mono, thread_time, native_id = time.monotonic_ns, time.thread_time_ns, threading.get_native_id
events = []
append = events.append


def unpack(item):
    index, value = item
    return function(value)


def clocks(item):                     # two monotonic reads and an event
    index, value = item
    start = mono()
    result = function(value)
    append(("E", index, start, mono(), result))
    return result


def cpu_twice(item):                  # + the thread's CPU time before and after
    index, value = item
    start, cpu = mono(), thread_time()
    result = function(value)
    cpu = thread_time() - cpu
    append(("E", index, start, mono(), cpu, result))
    return result


def cpu_twice_tid_s(item):            # + the native thread id and an S event
    index, value = item
    tid = native_id()
    start, cpu = mono(), thread_time()
    append(("S", tid, index, start))
    result = function(value)
    cpu = thread_time() - cpu
    append(("E", tid, index, start, mono(), cpu, result))
    return result


class ListTrace:
    """What the driver's BufferedTrace offers a task wrapper, without its flushes."""
    append = events.append
    due = [corescope_trace.I64_MAX]
    flush_by_task = None


HAND_BACKS = "hand-backs"
SENT = "sent"


def reader():
    """A socket whose other end a child process reads and drops, as Corescope reads the
    driver's: the reading costs this process nothing."""
    ours, theirs = socket.socketpair()
    if os.fork() == 0:
        ours.close()
        while theirs.recv(1 << 20):
            pass
        os._exit(0)
    theirs.close()
    return ours


def run(wrapper, sock):
    trace = corescope_trace.BufferedTrace(sock) if wrapper == SENT else ListTrace
    corescope_trace.use_buffered_trace(trace, function)
    start = mono()
    # The driver's initializer: each pool thread's state afresh (a new thread may reuse an
    # ended one's ident).
    with cf.ThreadPoolExecutor(2, initializer=corescope_trace.init_thread_worker) as pool:
        if wrapper is None:
            for _ in pool.map(function, range(TASKS)):
                pass
        elif wrapper in (corescope_trace.run_in_thread, HAND_BACKS, SENT):
            # as the driver calls it: the index and the value as two arguments
            results = pool.map(corescope_trace.run_in_thread, range(TASKS), range(TASKS))
            if wrapper is corescope_trace.run_in_thread:
                for _ in results:
                    pass
            else:                 # as the driver's hand_back() does
                append, k = trace.append, corescope_trace.K_TAG
                for index, _ in enumerate(results):
                    append((k, index, mono()))
        else:
            for _ in pool.map(wrapper, items):
                pass
    if wrapper == SENT:
        trace.close()
    events.clear()
    return mono() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    cases = [("plain call", None), ("unpacking the item", unpack),
             ("+ 2 clock reads, an event", clocks), ("+ 2 thread CPU time reads", cpu_twice),
             ("+ native id, S event", cpu_twice_tid_s),
             ("the driver's run_in_thread", corescope_trace.run_in_thread),
             ("+ the driver's hand-backs", HAND_BACKS),
             ("+ sent, as the driver sends", SENT)]
    sock = reader()
    times = {label: [] for label, _ in cases}
    for _ in range(args.repeats):
        for label, wrapper in cases:
            times[label].append(run(wrapper, sock))
    sock.close()
    os.wait()
    plain = statistics.median(times["plain call"])
    print("CPython %s, %d tiny tasks, ThreadPoolExecutor(2).map, median of %d alternating repeats"
          % (sys.version.split()[0], TASKS, args.repeats))
    for label, _ in cases:
        m = statistics.median(times[label])
        print("%-30s %8.1f ms %+7.1f %%" % (label, m / 1e6, (m - plain) / plain * 100))


if __name__ == "__main__":
    main()
