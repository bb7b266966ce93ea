"""The trace side of an MPI worker rank (mode "mpi"): its events travel to rank 0, which relays
them to Corescope (docs/PYTHON_RUNTIME.md, "MPI ranks"). The task wrapper is corescope_trace's
run_in_process, which this module's initializer points at the rank's relay and clock: a rank
has no connection or memory of Corescope's of its own. Apart from corescope_trace so that each
file holds one place a task runs in.
"""

import atexit
import faulthandler
import json
import os
import sys
import threading
import time

import corescope_trace as trace
from corescope_load import load_function

TRACE_TAG = 0x7C51    # a worker's events, to rank 0 (COMM_WORLD; mpi4py.futures uses its own)
CLOCK_TAG = 0x7C52    # Corescope's clock round trips, from rank 0 to a worker


def mpi_host_and_clock(rank):
    """The rank's host name and its clock. Tests only: the even worker ranks play another host,
    named by CORESCOPE_TEST_FAKE_HOST, whose clock CORESCOPE_TEST_CLOCK_SHIFT_NS shifts and
    CORESCOPE_TEST_CLOCK_DRIFT (0.02: 2 % fast) makes run fast from now on (the native ranks do
    the same, app/mpiworker/main.cpp)."""
    from mpi4py import MPI
    host, shift, drift = MPI.Get_processor_name(), 0, 0.0
    if rank > 0 and rank % 2 == 0:
        host = os.environ.get("CORESCOPE_TEST_FAKE_HOST") or host
        shift = int(os.environ.get("CORESCOPE_TEST_CLOCK_SHIFT_NS") or 0)
        drift = float(os.environ.get("CORESCOPE_TEST_CLOCK_DRIFT") or 0)
    if not shift and not drift:
        return host, time.monotonic_ns
    origin = time.monotonic_ns()

    def skewed():
        now = time.monotonic_ns()
        return now + shift + int((now - origin) * drift)
    return host, skewed


def wait_for(comm, tag, pause_s=0.00005, timeout_s=None):
    """A message from rank 0, waited for by probing and sleeping: Open MPI's receive spins, and
    on a machine with fewer cores than ranks the spinning takes the core rank 0 needs to relay
    the answer, which lengthens the very round trip being timed. None after timeout_s."""
    deadline = None if timeout_s is None else time.monotonic() + timeout_s
    while not comm.Iprobe(source=0, tag=tag):
        if deadline is not None and time.monotonic() > deadline:
            return None
        time.sleep(pause_s)
    return comm.recv(source=0, tag=tag)


END_CLOCK_TIMEOUT_S = 10    # Corescope answers in milliseconds; never hold the pool's end longer
_end_clock_done = False


def end_clock_round_trips():
    """A pool task after the run's own (rank 0 submits one per worker rank): say so (Z), answer
    Corescope's clock round trips at the end of the run (Q, relayed by rank 0) until told the
    end (G). How far a host's clock moved during the run widens its reported uncertainty. A
    second such task on the same rank returns at once."""
    global _end_clock_done
    if _end_clock_done:
        return False
    _end_clock_done = True
    from mpi4py import MPI
    comm = MPI.COMM_WORLD
    rank = comm.Get_rank()
    trace._send(b"Z %d\n" % rank)
    while True:
        message = wait_for(comm, CLOCK_TAG, timeout_s=END_CLOCK_TIMEOUT_S)
        if message is None or message.startswith(b"G"):
            return message is not None
        trace._send(b"O %d %d\n" % (rank, trace.monotonic_ns()))


def read_cpu_times():
    """Each core's (busy, total) jiffies from /proc/stat; busy leaves out idle and iowait, as
    Corescope's own sampler does (core/sample/procstat.cpp)."""
    cores = []
    with open("/proc/stat", "rb") as f:
        for line in f:
            if not line.startswith(b"cpu") or line[3:4] == b" ":
                continue
            fields = [int(x) for x in line.split()[1:]]
            total = sum(fields[:8])       # guest time is counted in user already
            idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
            cores.append((total - idle, total))
    return cores


def start_cpu_sampler(hz, send, pid):
    """An MPI host's per-core utilization, `hz` times a second, as U lines (per mille per core)
    relayed by rank 0: Corescope samples only its own machine. A daemon thread: it ends with
    the rank."""
    period = 1.0 / hz
    stop = threading.Event()

    def run():
        before = read_cpu_times()
        while not stop.wait(period):
            now = trace.monotonic_ns()
            after = read_cpu_times()
            permille = []
            for (busy0, total0), (busy1, total1) in zip(before, after):
                span = total1 - total0
                permille.append(0 if span <= 0 else
                                max(0, min(1000, (busy1 - busy0) * 1000 // span)))
            before = after
            send(b"U %d %d %s\n" % (pid, now, b" ".join(b"%d" % v for v in permille)))

    thread = threading.Thread(target=run, name="corescope-cpu-sampler", daemon=True)
    thread.start()

    # Stopped before MPI is finalized (mpi4py registered that at exit earlier, so it runs
    # after this): a send during MPI's shutdown could abort the rank after a good run.
    def end():
        stop.set()
        thread.join()

    atexit.register(end)


def init_mpi_worker(kernel, params, python):
    """MPIPoolExecutor's initializer, in each worker rank: say where it runs, answer Corescope's
    clock round trips (relayed by rank 0) until told to go, then run tasks."""
    from mpi4py import MPI
    comm = MPI.COMM_WORLD
    # mpirun sends every rank's stdout to Corescope's trace channel, which rank 0 alone writes:
    # what a task prints goes to stderr instead.
    sys.stdout.flush()
    os.dup2(2, 1)
    faulthandler.enable(file=sys.stderr)
    rank = comm.Get_rank()
    # The rank's clock, for the wrappers too (run_in_process reads corescope_trace's).
    host, clock = mpi_host_and_clock(rank)
    trace.monotonic_ns = clock

    # Each message is (the task it ends or -1, its event lines): rank 0 holds a hand-back
    # until its task's end is relayed.
    def send(data, index=-1):
        comm.send((index, data), dest=0, tag=TRACE_TAG)

    trace._send = send
    # The events' "pid": the rank above the pid's 32 bits, so that two hosts' equal pids stay
    # apart (Corescope records the low 32 bits, the pid).
    tid = threading.get_native_id()
    pid = (rank << 32) | os.getpid()
    trace._s_prefix = b"S %d %d " % (pid, tid)
    trace._e_prefix = b"E %d %d " % (pid, tid)
    trace._f_prefix = b"F %d %d " % (pid, tid)
    try:
        trace._function = load_function(kernel, params, python)
    except BaseException as exc:
        # mpi4py's pool would only say "initializer failed", and the other ranks would wait:
        # say what failed, and where; Corescope ends the run on A.
        send(b"A %s\n" % json.dumps("%s: %s (MPI rank %d on %s)"
                                      % (type(exc).__name__, exc, rank, host)).encode())
        raise
    ready = clock()
    send(b"H %d worker\nM %d %d %s\n" % (pid, pid, rank, json.dumps(host).encode()))
    while True:
        message = wait_for(comm, CLOCK_TAG)
        if message.startswith(b"G"):
            break
        send(b"O %d %d\n" % (rank, clock()))
    send(b"Y %d %d %d\n" % (pid, tid, ready))
    if len(message) > 1:       # "G<hz>": this rank samples its host's cores
        start_cpu_sampler(float(message[1:]), send, pid)
