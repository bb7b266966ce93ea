"""Corescope's Python driver: runs one workload through CPython's own API and traces it.

Usage (by Corescope): python3 -u corescope_driver.py, with the spec on fd 3 (a socket-pair end)
and the driver's events sent back on it. docs/PYTHON_RUNTIME.md is the contract.

The entry point is guarded by `if __name__ == "__main__":` because spawn and forkserver
children import this file again (as __mp_main__) and must not run it. Standard library only,
Python 3.9 or newer.
"""

import concurrent.futures as cf
# concurrent.futures imports its process module when ProcessPoolExecutor is first named: a
# program's `from concurrent.futures import ProcessPoolExecutor` pays that at its imports, so
# here too, not inside the run's R..D (about 1 ms on this project's 2-core VM).
import concurrent.futures.process  # noqa: F401
import gc
import json
import multiprocessing
import multiprocessing.pool
import os
import platform
import select
import signal
import socket
import sys
import tempfile
import threading
import time

from multiprocessing import resource_tracker

import corescope_kernels
import corescope_load
import corescope_mpi
import corescope_trace
from corescope_trace import K_TAG, monotonic_ns

SPEC_FD = 3


def read_spec(sock):
    chunks = []      # joined once: adding each chunk to one bytes copies it all again
    while not chunks or not chunks[-1].endswith(b"\n"):
        chunk = sock.recv(1 << 20)
        if not chunk:
            raise ValueError("the spec on fd 3 ended before its newline")
        chunks.append(chunk)
    return json.loads(b"".join(chunks))


def effective_chunksize(spec, n):
    """The chunksize Python will use, for the P line (the driver passes the spec's own value,
    or None to Pool.map, so Python applies its default itself)."""
    mode, api, chunksize = spec["mode"], spec["api"], spec["chunksize"]
    if mode == "serial" or api == "submit.as_completed":
        return 1
    if api == "executor.map":
        # ThreadPoolExecutor.map accepts a chunksize and ignores it; ProcessPoolExecutor's
        # and MPIPoolExecutor's default is 1.
        return chunksize if mode in ("processes", "mpi") and chunksize > 0 else 1
    if api == "pool.map" and chunksize == 0:
        # Pool._map_async: divmod(len, 4 * len(self._pool)), rounded up; 0 for no input.
        if n == 0:
            return 0
        chunks, extra = divmod(n, 4 * spec["workers"])
        return chunks + 1 if extra else chunks
    return chunksize if chunksize > 0 else 1       # imap, imap_unordered: default 1


def make_shared(sync, context):
    """The shared counter's objects, passed to every worker (threads get the same objects)."""
    if sync in ("shared_memory", "shared_memory_locked"):
        return context.Value("Q", 0)       # lock=True: a Synchronized with get_lock()
    if sync == "manager":
        manager = context.Manager()
        return manager.Value("Q", 0), manager.Lock(), manager
    return None


def counter_value(sync, shared):
    """What the caller sees after the run: its own global, or the shared object's value."""
    if shared is None:
        return corescope_kernels.counter
    if sync == "manager":
        return shared[0].value
    return shared.value


def hand_back(api, pool, tasks, items, chunksize, trace, kinds=None):
    """Runs the items through the API and sends K for each result as the caller receives it.
    `tasks` is wrappers()'s: `run` returns a task's result; `run_args`, when not None, is `run`
    taking (index, value) as two arguments, for the executor's APIs. imap_unordered's order is
    the completions': imap_unordered_order() says which task each result is. `kinds`, when not
    None, takes the results' classes (ResultKinds: the user's own function). Returns the
    monotonic time the last result was handed back."""
    run, run_args = tasks
    append = trace.append
    if api == "executor.map":
        # ThreadPoolExecutor ignores chunksize; ProcessPoolExecutor's default is 1.
        if run_args is not None:
            results = pool.map(run_args, range(len(items)), [value for _, value in items])
        else:
            results = pool.map(run, items, chunksize=chunksize or 1)
        for index, result in enumerate(results):
            append((K_TAG, index, monotonic_ns()))
            if kinds is not None:
                kinds.add(result.__class__)
    elif api == "submit.as_completed":
        if run_args is not None:
            futures = {pool.submit(run_args, *item): item[0] for item in items}
        else:
            futures = {pool.submit(run, item): item[0] for item in items}
        for future in cf.as_completed(futures):
            result = future.result()
            append((K_TAG, futures[future], monotonic_ns()))
            if kinds is not None:
                kinds.add(result.__class__)
    elif api == "pool.map":
        # map() returns the whole list at once: every K after every E.
        results = pool.map(run, items, chunksize or None)
        now = monotonic_ns()
        for index in range(len(results)):
            append((K_TAG, index, now))
        if kinds is not None:
            kinds.later(results)     # looked at after the run's end: not in its time
    elif api == "pool.imap":
        for index, result in enumerate(pool.imap(run, items, chunksize or 1)):
            append((K_TAG, index, monotonic_ns()))
            if kinds is not None:
                kinds.add(result.__class__)
    elif api == "pool.imap_unordered":
        order = []
        for at, result in enumerate(imap_unordered_order(pool, run, items, chunksize or 1,
                                                         order)):
            append((K_TAG, order[at], monotonic_ns()))
            if kinds is not None:
                kinds.add(result.__class__)
    else:
        raise ValueError("unknown api: %r" % (api,))
    return monotonic_ns()


def imap_unordered_order(pool, run, items, chunksize, order):
    """pool.imap_unordered(run, items, chunksize), with the index of each result appended to
    `order` before the result can be handed back: the k-th result handed back is task
    order[k]'s. The pool's result thread gives the iterator each chunk's number with its
    results (IMapUnorderedIterator._set(i, obj)), which the iterator drops; a subclass of it,
    made for this one call, keeps it. The wrapper used to return (index, result) instead: a
    tuple per task, pickled in the worker and unpickled by that same result thread, the thread
    that paces a pool of tiny tasks; in a loop here, that thread's work per result went from
    1.42 to 1.36 us this way (the end-to-end bench cannot tell so little apart). This names
    a class of multiprocessing.pool that is not its documented API: it has had this form from
    Python 3.8 to 3.13 (Pool.imap_unordered looks the class up in its module at each call), and
    test_driver runs it on the interpreter at hand. `pool` may be a ThreadPool too."""
    ours = multiprocessing.pool.IMapUnorderedIterator
    count = len(items)

    class Ordered(ours):
        if chunksize == 1:
            def _set(self, i, obj):
                order.append(i)
                ours._set(self, i, obj)
        else:
            def _set(self, i, obj):
                first = i * chunksize
                order.extend(range(first, min(first + chunksize, count)))
                ours._set(self, i, obj)

    multiprocessing.pool.IMapUnorderedIterator = Ordered
    try:
        return pool.imap_unordered(run, items, chunksize)
    finally:
        multiprocessing.pool.IMapUnorderedIterator = ours


class ResultKinds(set):
    """The classes of the results the caller received, for the user's own function: V says
    what they were when Corescope cannot tell from the numbers E carries (a bool goes as 1 or
    0), and Corescope then shows them as true / false. add() takes one result's class as it is
    handed back; later() a whole list (Pool.map's), looked at by line() after the run."""

    def __init__(self):
        super().__init__()
        self._lists = []

    def later(self, results):
        self._lists.append(results)

    def line(self):
        """V when every result was a bool, else None."""
        for results in self._lists:
            self.update({result.__class__ for result in results})
        self._lists = []
        return "V bool" if self == {bool} else None


def run(spec, trace):
    """Runs the spec's workload. Returns (D's time, the caller's counter or None)."""
    mode, api, workers = spec["mode"], spec["api"], spec["workers"]
    params = dict(spec.get("params") or {})
    params["scale"] = spec.get("scale", 1)     # the work per task, multiplied (RunOptions::scale)
    sync = params.get("sync", "none")
    inputs = spec["inputs"]
    if spec["kernel"] == "gcd_naive":
        inputs = [tuple(pair) for pair in inputs]      # the notebook's (a, b) pairs
    # In index order: both pools hand tasks out from one FIFO queue, so each worker runs its
    # tasks in increasing index order, which Corescope relies on to read a worker's slot.
    items = list(enumerate(inputs))
    context = multiprocessing.get_context(spec.get("start_method") or None)
    counting = spec["kernel"] == "shared_counter"

    function = corescope_load.load_function(spec["kernel"], params, spec.get("python"),
                                             defining=True)
    corescope_trace.use_buffered_trace(trace, function, slots=mode in ("serial", "threads"))
    method = context.get_start_method() if mode == "processes" else "-"
    trace.line("P %d %s %s" % (effective_chunksize(spec, len(items)), method,
                              json.dumps(platform.python_version())))
    shared = make_shared(sync, context) if counting else None
    shared_for_tasks = shared[:2] if sync == "manager" else shared
    corescope_kernels.use_shared(shared_for_tasks)

    chunksize = spec["chunksize"]
    kinds = ResultKinds() if spec.get("python") else None   # the user's function's results
    # What the driver allocated loading the run (the spec it parsed, the workload's inputs) is
    # looked at by the collector now, not in the run's time, and its counts start from zero:
    # the collection they had made due, a few hundred allocations after loading, fell in the
    # pool's start, in the parent and in a freshly forked worker at once, where its every
    # write to an object is a copy-on-write fault (13 ms of a first worker's start here).
    # bench/python_overhead.py's untraced runs collect before their clock starts too.
    gc.collect()
    trace.line_now("R %d" % monotonic_ns())
    try:
        if mode == "serial":
            corescope_trace.init_thread_worker()
            for item in items:
                result = corescope_trace.run_in_thread(item[0], item[1])
                trace.append((K_TAG, item[0], monotonic_ns()))
                if kinds is not None:
                    kinds.add(result.__class__)
            done = monotonic_ns()
        elif mode == "threads":
            run_pool(api, workers, items, chunksize, trace, threads=True, kinds=kinds)
            done = monotonic_ns()      # the pool has shut down: the end of a `with` block
        elif mode == "processes":
            initargs = (spec["socket"], spec["kernel"], params, spec.get("python"),
                        shared_for_tasks)
            run_pool(api, workers, items, chunksize, trace, threads=False,
                     context=context, initargs=initargs, kinds=kinds)
            done = monotonic_ns()
        elif mode == "mpi":
            run_mpi(api, workers, items, chunksize, trace,
                    initargs=(spec["kernel"], params, spec.get("python")), kinds=kinds)
            done = monotonic_ns()
        else:
            raise ValueError("unknown mode: %r" % (mode,))
        said = kinds.line() if kinds is not None else None
        if said:
            trace.line(said)
        counter = counter_value(sync, shared) if counting else None
    finally:
        if sync == "manager" and shared is not None:
            shared[2].shutdown()
    return done, counter


def wrappers(threads):
    """The task wrappers, for a thread or a worker process: hand_back's run and run_args (a
    thread's wrapper takes the executor's two arguments; a worker process's item travels as
    one pickled tuple either way)."""
    if threads:
        return corescope_trace.run_item_in_thread, corescope_trace.run_in_thread
    return corescope_trace.run_in_process, None


def run_pool(api, workers, items, chunksize, trace, threads, context=None, initargs=(),
             kinds=None):
    if api in ("executor.map", "submit.as_completed"):
        if threads:
            pool = cf.ThreadPoolExecutor(workers, initializer=corescope_trace.init_thread_worker)
        else:
            pool = cf.ProcessPoolExecutor(workers, mp_context=context,
                                          initializer=corescope_trace.init_process_worker,
                                          initargs=initargs)
        try:
            done = hand_back(api, pool, wrappers(threads), items, chunksize, trace, kinds)
        except BaseException as exc:
            try:
                trace.end_with_raised(exc)   # first: the teardown need not return
            finally:
                # A failed run ends now: Python 3.9's cancel_futures drops the tasks not started.
                pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown(wait=True)
        return done
    if threads:
        pool = multiprocessing.pool.ThreadPool(workers,
                                               initializer=corescope_trace.init_thread_worker)
    else:
        pool = context.Pool(workers, initializer=corescope_trace.init_process_worker,
                            initargs=initargs)
    try:
        done = hand_back(api, pool, wrappers(threads), items, chunksize, trace, kinds)
    except BaseException as exc:
        try:
            trace.end_with_raised(exc)   # first: Pool.terminate() can hang
        finally:
            pool.terminate()
        raise
    pool.close()
    pool.join()
    return done


def run_mpi(api, workers, items, chunksize, trace, initargs, kinds=None):
    """mpi4py's MPIPoolExecutor over the worker ranks mpirun started (python -m mpi4py.futures:
    they wait as a shared pool; this rank 0 runs the driver)."""
    from mpi4py.futures import MPIPoolExecutor
    # path: the worker ranks import this file's modules from where it is (on every host).
    pool = MPIPoolExecutor(workers, initializer=corescope_mpi.init_mpi_worker,
                           initargs=initargs, path=[os.path.dirname(os.path.abspath(__file__))])
    try:
        hand_back(api, pool, wrappers(threads=False), items, chunksize, trace, kinds)
        # The clock round trips at the end: one task per worker rank, each waiting for
        # Corescope's round trips until it is let go, so no rank takes two (a rank that got none
        # keeps the uncertainty of its start).
        ends = [pool.submit(corescope_mpi.end_clock_round_trips) for _ in range(workers)]
        cf.wait(ends)
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


class FdChannel:
    """Rank 0's standard output as the trace channel, with a socket's sendall: mpirun passes
    it to Corescope."""

    def __init__(self, fd):
        self._fd = fd

    def sendall(self, data):
        view = memoryview(data)
        while view:
            view = view[os.write(self._fd, view):]


class StdinLines:
    """Lines of stdin read with os.read: a daemon thread blocked in sys.stdin's reader would
    hold its lock when the interpreter shuts down, which CPython ends with a fatal error."""

    def __init__(self):
        self._pending = b""

    def readline(self):
        while b"\n" not in self._pending:
            chunk = os.read(0, 4096)
            if not chunk:
                return ""
            self._pending += chunk
        line, _, self._pending = self._pending.partition(b"\n")
        return line.decode()

    def __iter__(self):
        return iter(self.readline, "")


class MpiRelay:
    """Rank 0 relays its worker ranks' events to Corescope and Corescope's clock round trips to
    them. The ranks wait by probing and sleeping (as corescope-mpi-worker's do), not in a
    spinning receive that would take a core from the tasks."""

    MIN_PAUSE_S = 0.00005
    MAX_PAUSE_S = 0.001

    def __init__(self, trace, stdin):
        from mpi4py import MPI
        self._mpi = MPI
        self._comm = MPI.COMM_WORLD
        self._status = MPI.Status()
        self._trace = trace
        self._stdin = stdin
        self.done = set()            # tasks whose E or F was relayed
        self.go = threading.Event()  # rank 0's own clock round trips are over
        self._stop = threading.Event()
        trace.relay = self
        self._threads = [threading.Thread(target=target, name=name, daemon=True)
                         for target, name in ((self._relay, "corescope-relay"),
                                              (self._clock, "corescope-clock"))]
        for thread in self._threads:
            thread.start()

    def drain_locked(self):
        """Sends every worker event that has arrived; the caller holds the trace's send lock."""
        comm, status, out = self._comm, self._status, []
        while comm.Iprobe(source=self._mpi.ANY_SOURCE, tag=corescope_mpi.TRACE_TAG,
                          status=status):
            index, data = comm.recv(source=status.Get_source(), tag=corescope_mpi.TRACE_TAG)
            if index >= 0:
                self.done.add(index)
            out.append(data)
        if out:
            self._trace._sock.sendall(b"".join(out))
        return bool(out)

    def _relay(self):
        pause = self.MIN_PAUSE_S
        while not self._stop.is_set():
            with self._trace._sending:
                got = self.drain_locked()
            pause = self.MIN_PAUSE_S if got else min(2 * pause, self.MAX_PAUSE_S)
            time.sleep(pause)

    def _clock(self):
        """Corescope's lines on stdin: "Q rank" (read your clock) and "G rank [hz]" (the round
        trips are over; with hz, sample your host's cores that often). Rank 0 answers its own;
        a worker's go to it."""
        for line in self._stdin:
            word, _, rest = line.partition(" ")
            rank, _, hz = rest.partition(" ")
            rank = int(rank)
            if rank == 0:
                if word == "Q":
                    self._trace.send_now(b"O 0 %d\n" % monotonic_ns())
                else:
                    self.go.set()
            else:
                message = b"Q" if word == "Q" else b"G" + hz.encode()
                self._comm.send(message, dest=rank, tag=corescope_mpi.CLOCK_TAG)
        # Corescope closed its end without ending the job: it is gone (killed). mpirun has no
        # way to know; end every rank on every host.
        self._comm.Abort(1)

    def stop(self):
        self._stop.set()
        self._threads[0].join()
        with self._trace._sending:
            self.drain_locked()


def main_mpi():
    """Rank 0 under `mpirun ... python3 -m mpi4py.futures corescope_driver.py --mpi`: the spec
    and Corescope's clock round trips on stdin, the events on stdout (docs/PYTHON_RUNTIME.md)."""
    from mpi4py import MPI
    watch_parent(os.getppid())
    events = os.dup(1)
    if os.isatty(events):
        # mpirun may give rank 0 a pseudo-terminal: make it pass every byte as it is.
        import tty
        tty.setraw(events)
    os.dup2(2, 1)       # what the user's code prints on rank 0 goes to stderr
    stdin = StdinLines()
    spec = json.loads(stdin.readline())
    if spec.get("switch_interval_ms", 0) > 0:
        sys.setswitchinterval(spec["switch_interval_ms"] / 1000.0)
    channel = FdChannel(events)
    trace = corescope_trace.BufferedTrace(channel)
    pid = os.getpid()
    trace.send_now(b"H %d driver\nM %d 0 %s\n"
                   % (pid, pid, json.dumps(MPI.Get_processor_name()).encode()))
    relay = MpiRelay(trace, stdin)

    def on_term(signum, frame):
        # mpirun ends the job (a rank died, or Corescope cancelled) with SIGTERM, SIGKILL a
        # second later: relay what the workers sent first. A rank killed by its task sent that
        # task's S just before, and Corescope names the task from it.
        if trace._sending.acquire(timeout=0.1):    # the relay thread may be sending
            try:
                relay.drain_locked()
            except BaseException:
                pass
        os._exit(128 + signum)

    signal.signal(signal.SIGTERM, on_term)
    relay.go.wait()
    try:
        done, counter = run(spec, trace)
    except BaseException as exc:
        relay.stop()
        trace.close()
        channel.sendall(corescope_trace.api_raised_line(exc).encode())
        return 1
    relay.stop()
    trace.close()
    tail = "" if counter is None else "C %d\n" % counter
    channel.sendall(("%sD %d\n" % (tail, done)).encode())
    return 0


def watch_parent(parent, period_s=0.2, end_group=None):
    """Ends the driver's process group (itself, every worker and the manager) when Corescope
    is gone: a killed Corescope cannot end the group itself, and the orphans would hold its
    pipes open and its cores busy.

    The watcher waits on a pidfd of Corescope's process (Linux 5.3, Python 3.9), readable when
    it ends, and so never wakes while it lives: a thread that woke every period_s took the GIL
    from the threads being traced five times a second. Where there is no pidfd, Corescope's
    death shows as a new parent (init or a subreaper), checked every period_s. end_group (the
    tests') replaces the group's SIGKILL."""
    parent_fd = None
    try:
        if os.environ.get("CORESCOPE_TEST_NO_PIDFD"):     # tests: the fallback below
            raise OSError("pidfd_open refused (CORESCOPE_TEST_NO_PIDFD)")
        parent_fd = os.pidfd_open(parent)
    except (AttributeError, OSError):
        pass

    def watch():
        if parent_fd is not None:
            # Checked after the open: a parent that died before it may have had its pid reused.
            if os.getppid() == parent:
                waiting = select.poll()
                waiting.register(parent_fd, select.POLLIN)
                waiting.poll()       # returns once the parent has ended
        else:
            while os.getppid() == parent:
                time.sleep(period_s)
        if end_group is not None:
            end_group()
        else:
            os.killpg(os.getpgrp(), signal.SIGKILL)
    threading.Thread(target=watch, name="corescope-parent-watch", daemon=True).start()


def leave_nothing_behind(tmpdir, trace):
    """What a run's processes leave on disk when Corescope ends them (SIGKILL, to the whole
    group, the resource tracker with it): multiprocessing's temporary directory (forkserver's
    socket, a Manager's) goes in `tmpdir`, which Corescope made for this run and removes after
    it; the named semaphores of spawn and forkserver (/dev/shm/sem.mp-*, random names that only
    multiprocessing makes) are sent by name (T), for Corescope to unlink once the group is gone.
    A pool that shuts down unlinks them itself. Only the driver's own: a forked worker inherits
    the patch, not the right to write on the driver's socket."""
    if tmpdir:
        os.environ["TMPDIR"] = tmpdir      # spawn and forkserver children too
        tempfile.tempdir = None            # looked up again, from TMPDIR
    register = resource_tracker.register
    driver = os.getpid()

    def register_and_tell(name, rtype):
        if rtype == "semaphore" and os.getpid() == driver:
            trace.line_now("T %s %s" % (rtype, json.dumps(name)))
        register(name, rtype)

    resource_tracker.register = register_and_tell


def main():
    watch_parent(os.getppid())
    sock = socket.socket(fileno=SPEC_FD)
    # Forked workers must not keep Corescope's end of the pair open past the driver: with the
    # descriptor close-on-exec, spawn and forkserver children never see it; fork children
    # inherit it but hold it only as long as the driver itself lives in the normal end.
    os.set_inheritable(SPEC_FD, False)
    spec = read_spec(sock)
    if spec.get("switch_interval_ms", 0) > 0:
        sys.setswitchinterval(spec["switch_interval_ms"] / 1000.0)
    trace = corescope_trace.BufferedTrace(sock)
    trace.line("H %d driver" % os.getpid())
    leave_nothing_behind(spec.get("tmpdir"), trace)
    try:
        done, counter = run(spec, trace)
    except BaseException as exc:       # any failure ends the run with A
        trace.end_with_raised(exc)     # unless the pool sent it already
        return 1
    trace.close()
    tail = "" if counter is None else "C %d\n" % counter
    sock.sendall(("%sD %d\n" % (tail, done)).encode())
    # Corescope has the whole run now: the end of its connection tells it so before the
    # interpreter's finalization (atexit handlers, the user's threads), which it gives a grace.
    sock.close()
    return 0


if __name__ == "__main__":
    sys.exit(main_mpi() if sys.argv[1:] == ["--mpi"] else main())
