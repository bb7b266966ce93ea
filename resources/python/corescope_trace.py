"""The trace side of the driver: the task wrappers, the worker initializers, the event lines.

docs/PYTHON_RUNTIME.md is the contract. Two ways to send, chosen by where a task runs:

- In the driver's process (serial, threads) a task appends a tuple to a list, and the list is
  sent every FLUSH_INTERVAL_S, by the first task to end after that time or else by a flusher
  thread: formatting and a send per task would be paid under the GIL by the very threads being
  traced. A batch of nothing but the tasks' ends (E)
  and hand-backs (K), whose numbers fit, goes as binary blocks of 64-bit words (B): formatting
  them as text cost a flush about four times as long, and it holds the GIL while it works.
  Any other batch, and every batch of an MPI run's rank 0 (its relay), goes as text lines.
  Each of the driver's threads also has a slot and, on x86-64, a ring, as a pool's worker has
  (below; its X goes on the driver's connection): its running task is in the slot, and a task
  whose result is an int that fits writes its E in the ring instead of the list, where
  Corescope still finds it when the interpreter dies (a list not yet sent dies with it).
- In a pool's worker process a task writes its start and index into the worker's slot, 16
  bytes of memory Corescope maps too (a memfd, passed with X), before the function runs, so
  that a worker killed by its task still names it; and it sends its E synchronously on the
  worker's own connection, before its result goes back through the pool: Corescope has every
  task's end before the driver's hand-back of it. On x86-64 the memfd also holds a ring of E
  records in the binary block's words, which Corescope drains every 25 ms and before it
  handles the driver's hand-backs: a task whose result is an int that fits writes its E there
  and sends nothing (a send per task was about half of what tracing cost Pool.map of tiny
  tasks, bench/python_process_cost.py); any other end, and any end that finds the ring full,
  is sent as before. An MPI worker rank has no memory Corescope can map: it sends S.

The wrappers return the task's result, as the plain function would: an API that hands results
back in order has the driver count them, and as_completed's futures are the driver's own;
imap_unordered's pool says which task each result is (the driver's imap_unordered_order).
"""

import faulthandler
import json
import mmap
import os
import socket
import struct
import threading
import time
import traceback

import corescope_kernels
import corescope_load
from corescope_load import load_function

from itertools import chain

U64_MAX = (1 << 64) - 1
# The driver threads' events that a flush may send in a binary block (B), tuples of ints
# whose first is the tag: (E_TAG, tid, index, start, end, cpu or -1, result) and
# (K_TAG, index, ns). Any other event is a tuple whose first is a str ("E" for an end whose
# result is not an int or a bool: it goes as text).
E_TAG = 1
K_TAG = 2
BLOCK_EVENTS = 8192   # events per block at most: under Corescope's limit of 2^17 words
FLUSH_INTERVAL_S = 0.025     # the contract's "live": Corescope redraws at about this pace
# Who flushes: the first of the driver threads' tasks to end after a flush was due sends the
# batch itself, between its end and its return, where the GIL already is. The flusher thread
# flushes when the tasks do not: while they flush at pace (the last two of their flushes, and
# the last one, within FLUSH_PACE_S) it sleeps FLUSH_QUIET_S at a time; otherwise it flushes
# every FLUSH_INTERVAL_S (a run of long tasks, whose running tasks' S it sends; the hand-backs
# after the last end; a process pool's hand-backs), every FLUSH_BUSY_INTERVAL_S after a flush
# of its own of FLUSH_BUSY_EVENTS or more (10,000 a second at 25 ms: a process pool of tiny
# tasks). What a flusher costs a thread pool of tiny tasks is its wake-ups more than its work:
# each takes the GIL from the threads it traces. Measured (bench/python_overhead.py's
# ThreadPoolExecutor of tiny tasks, A/B knobs): a flusher that woke every 100 ms cost about 10
# points of the run's 20-24 % against none during the run; one that woke every 25 ms and sent
# nothing had cost as much as one that sent. A task that starts as the tasks stop flushing
# has its S within FLUSH_QUIET_S + FLUSH_INTERVAL_S; else within FLUSH_PACE_S.
FLUSH_PACE_S = 0.05
FLUSH_QUIET_S = 0.25
FLUSH_BUSY_EVENTS = 250
FLUSH_BUSY_INTERVAL_S = 0.1

monotonic_ns = time.monotonic_ns
thread_time_ns = time.thread_time_ns
get_native_id = threading.get_native_id
get_ident = threading.get_ident

# A thread's CPU time costs a system call (CLOCK_THREAD_CPUTIME_ID is never in the vDSO), and
# in the driver's threads it is paid under the GIL, which moves the hand-offs: measured here
# (bench/python_thread_cost.py: a 2-thread ThreadPoolExecutor.map of 20 us tasks), reading it
# around every task made the run 30-33 % slower, against 5 % for two clock reads and an E
# event; the native id (gettid) and an S event per task cost 20-27 % more. So a task
# in a driver thread has its CPU time read when the task before it on that thread took
# CPU_ALWAYS_NS or more (the long tasks the off-CPU picture is about: every one of them), and
# otherwise the first task each thread starts after a flush (one tiny task in several hundred).
# The others say "-": not measured. A flush sets the thread's flag: a clock read and a
# comparison per task to decide it cost a thread pool of tiny tasks as much again as the rest
# of the wrapper. A worker process reads it once every CPU_SAMPLE_NS of its time instead (it
# has no flusher): there two reads were a third of what tracing cost a tiny task.
# Likewise a driver thread's task has no S event of its own: its running task is in the slot
# Corescope maps (open_slot), or, where there is no memfd, in the thread's state, and a flush
# sends S for a task still running then (a task that ended by then has its E, which carries its
# start).
CPU_ALWAYS_NS = 100_000
CPU_SAMPLE_NS = 1_000_000
SLOT_BYTES = 16       # a pool worker's running task: start, then index + 1 (0: none yet), u64
# After the slot, a pool worker's ring of E records (docs/PYTHON_RUNTIME.md, "The ring"): two
# u64 words, the words the worker has written and the words Corescope has read (each a running
# count, never wrapped), then RING_RECORDS records of E_WORDS words, a binary block's E records.
# Only where stores reach another process in the order they were made (x86's memory order):
# Python has no fence to order them on other CPUs. 4096 records hold 160 ms of 25,000 tiny
# tasks a second per worker; Corescope drains them every 25 ms. A full ring: the E is sent.
RING_HEAD_BYTES = 16
E_WORDS = 7
# One record's words in one call, into the ring's bytes: half the time of seven item stores into
# a cast memoryview (about 0.13 against 0.27 us here). The words reach memory before the written
# count that the next statement stores.
_pack_end = struct.Struct("=7q").pack_into
RING_RECORDS = 4096
RING_MACHINES = ("x86_64", "amd64")     # (32-bit x86 may split an 8-byte store in two)
I64_MAX = (1 << 63) - 1
# get_ident() -> [native id, measure the next task?, (index, start) of the running task or
# None (a thread without a slot), index of the last S sent, its slot's words or None, its
# ring's words or None, [the words written to its ring, the ring's size in words]]; each
# thread also finds its own list as _local.state (an attribute read: cheaper than the lookup
# by get_ident()).
_threads = {}
_local = threading.local()
_thread_slots = [False]   # the driver's threads get a slot (serial, threads; not MPI's rank 0)
# The results a binary block takes (an int subclass or a numpy int goes as text: struct.pack
# would call its __index__ in a flush).
BLOCK_RESULTS = frozenset((int, bool))


def name_task(exc, index):
    """Marks a task's exception with the task, so that the driver's A names the task whose
    exception the API re-raised: executor.map and imap the first in index order, Pool.map and
    the unordered APIs the first to come back, which is not always the first Corescope reads.
    The mark travels with the exception (its __dict__ is pickled with it); an exception that
    takes no attribute or drops its __dict__ gives an A without a task."""
    try:
        exc.corescope_task = index
    except Exception:
        pass


def api_raised_line(exc):
    """The driver's A: the API raised exc (a task's exception re-raised, or its own); after
    the L of an exception Corescope has a sentence for (corescope_load.said)."""
    task = getattr(exc, "corescope_task", None)
    said = getattr(exc, "corescope_said", None)
    head = "" if said is None else "L %s %s\n" % (said[0], json.dumps(json.dumps(said[1])))
    if task.__class__ is int and task >= 0:
        return "%sA %d %s\n" % (head, task, error_field(exc))
    return "%sA %s\n" % (head, error_field(exc))


def result_field(result):
    """E's result: an int in 0..2^64-1 (bool as 0/1, None as 0), a list of ints as its sum mod
    2^64, else '-'."""
    if result is None:
        return "0"
    if isinstance(result, int) and 0 <= result <= U64_MAX:
        return "%d" % result
    if isinstance(result, list) and all(isinstance(x, int) for x in result):
        # make_list's: checked by its sum, what the native kernel returns. The sum is taken
        # after E's end time, so the bar is the function's time alone.
        return "%d" % (sum(result) & U64_MAX)
    return "-"


def exception_text(exc):
    """The exception as the last line of Python's traceback says it: "Type: message"."""
    return "%s: %s" % (type(exc).__name__, exc)


def error_field(exc):
    """A's message: exception_text as a JSON string (escapes newlines and quotes)."""
    return json.dumps(exception_text(exc))


# Corescope's own modules, and Python's own code (its standard library, installed packages,
# frozen and generated code, "<frozen ...>", "<string>"): not where a user looks for the line
# that raised, when the workload's own file is not in the traceback.
_OWN_FILES = frozenset(("corescope_driver.py", "corescope_trace.py", "corescope_kernels.py",
                        "corescope_load.py", "corescope_mpi.py"))
_pythons_own = None     # their folders, found at the first failure (sysconfig's import costs
                       # a worker's start-up 0.7 ms)


def pythons_own_folders():
    global _pythons_own
    if _pythons_own is None:
        import sysconfig
        _pythons_own = tuple(sorted({os.path.join(path, "")
                                     for key, path in sysconfig.get_paths().items()
                                     if key in ("stdlib", "platstdlib", "purelib", "platlib")}))
    return _pythons_own


def task_error_field(exc):
    """F's message: error_field's, then where the task's own code raised it, as Python's
    traceback names a frame: "(primes.py, line 4, in is_prime)": the innermost frame in the
    workload's own file, else the innermost outside Corescope's files and Python's own code
    (none for a shipped kernel). Only on a failure, where the task's traceback is still at
    hand: no source file is read for it."""
    text = exception_text(exc)
    where = None
    try:
        user = corescope_load.user_file
        mine = other = None
        for frame, line in traceback.walk_tb(exc.__traceback__):
            path = frame.f_code.co_filename
            found = (os.path.basename(path), line, frame.f_code.co_name)
            if user is not None and os.path.abspath(path) == user:
                mine = found
            elif (not path.startswith("<") and os.path.basename(path) not in _OWN_FILES
                  and not path.startswith(pythons_own_folders())):
                other = found
        where = mine or other
    except Exception:        # a traceback that cannot be walked: the message alone
        where = None
    if where is not None:
        text += " (%s, line %d, in %s)" % where
    return json.dumps(text)


# --- In the driver's process: buffered events, sent by the tasks or a flusher thread ---------

def flush_wait(sent):
    """The flusher's wait after a flush of its own that sent `sent` events."""
    return FLUSH_BUSY_INTERVAL_S if sent >= FLUSH_BUSY_EVENTS else FLUSH_INTERVAL_S


class BufferedTrace:
    """Events of the driver's own threads, sent on the driver's connection every 25 ms, by a
    task that ends when a flush is due (flush_by_task) or else by the flusher thread.

    append() is list.append: atomic under the GIL (and under the free-threaded build's per-list
    lock), so any thread may call it without a lock of ours."""

    def __init__(self, sock):
        self._sock = sock
        self._events = []
        self.append = self._events.append
        self._pid = os.getpid()
        self._stop = threading.Event()
        self._sending = threading.Lock()   # one flush at a time, and none during line_now()
        # When the next flush is due (monotonic ns), as a list the tasks read; when a task
        # last flushed.
        self.due = [monotonic_ns() + int(FLUSH_INTERVAL_S * 1e9)]
        self._task_flushed_ns = None
        self._task_flush_gap_ns = None     # between the last two of the tasks' flushes
        self._task_flush_failed = False
        self._closed = False
        self.relay = None                  # MPI: rank 0's relay of its workers' events
        self._held = []                    # MPI: K events whose task's E is not relayed yet
        self.raised_sent = False           # end_with_raised() sent the A
        self._thread = threading.Thread(target=self._run, name="corescope-flusher", daemon=True)
        self._thread.start()

    def line(self, text):
        self.append(("L", text))

    def line_now(self, text):
        """Sends what is pending and then `text`, before returning. For R: the pool's workers
        report on connections of their own, unbuffered, and a Y that reached Corescope before
        R would be timed from the interpreter's start instead of the pool's."""
        with self._sending:
            if self._closed:
                return     # the run has ended (a pool thread starting after a raise): no Y after A
            self._flush_locked()
            self._sock.sendall((text + "\n").encode())

    def send_now(self, data):
        """Sends bytes at once, between the flusher's batches (rank 0's relay, clock answers)."""
        with self._sending:
            self._sock.sendall(data)

    def send_fd_now(self, data, fd):
        """Sends bytes with a descriptor (a thread's X, SCM_RIGHTS) at once; False once the run
        has ended (nothing is sent then)."""
        with self._sending:
            return not self._closed and send_with_fd(self._sock, data, fd)

    def close(self):
        """Stops the flusher and sends what is left; the caller may then send on the socket."""
        self._stop.set()
        self._thread.join()
        self._flush()
        # MPI: a hand-back waits for its task's E, which a worker sent before its result; give
        # the last ones a moment to arrive, then send what is held in any case.
        for _ in range(200):
            if not self._held:
                break
            time.sleep(0.005)
            self._flush()
        if self._held:
            self._sock.sendall("".join("K %d %d\n" % (e[1], e[2]) for e in self._held).encode())
            self._held = []
        with self._sending:
            self._closed = True
            self.due[0] = I64_MAX

    def end_with_raised(self, exc):
        """Closes the trace and sends the driver's A, once. A pool calls it before it is torn
        down: Corescope ends the process group at A, and Pool.terminate() after a raising
        imap_unordered was seen to hang, which left Corescope waiting for an A never sent."""
        if self.raised_sent:
            return
        self.raised_sent = True
        self.close()
        self._sock.sendall(api_raised_line(exc).encode())

    def flush_by_task(self, now):
        """Flushes in the flusher's stead: called by a driver thread's task that ended at
        `now`, at or after the flush's due time, unless another thread is flushing (it goes
        on: the lock is tried, not waited for)."""
        if self._sending.acquire(False):
            try:
                # After close(), the caller sends on the socket.
                if not self._closed and not self._task_flush_failed:
                    last = self._task_flushed_ns
                    self._task_flush_gap_ns = None if last is None else now - last
                    self._task_flushed_ns = now
                    self._flush_locked()
            except Exception:
                # Not the task's failure: the task returns its result. The flusher sends what
                # follows, as it did all along before the tasks flushed, and the error shows
                # on stderr as a flusher thread's would.
                self._task_flush_failed = True
                self._task_flushed_ns = None
                traceback.print_exc()
            finally:
                self._sending.release()

    def _run(self):
        wait = FLUSH_INTERVAL_S
        while not self._stop.wait(wait):
            wait = self._on_wake()

    def _on_wake(self):
        """The flusher's turn: it flushes unless the tasks flush at pace. Returns how long it
        waits next."""
        flushed, gap, pace = self._task_flushed_ns, self._task_flush_gap_ns, FLUSH_PACE_S * 1e9
        if (flushed is not None and gap is not None and gap <= pace
                and monotonic_ns() - flushed <= pace):
            return FLUSH_QUIET_S      # the tasks flush: look again later
        return flush_wait(self._flush())

    def _flush(self):
        with self._sending:
            return self._flush_locked()

    def _flush_locked(self):
        """Sends what is pending; returns how many events that was."""
        self.due[0] = monotonic_ns() + int(FLUSH_INTERVAL_S * 1e9)
        relay = self.relay
        if relay is not None:
            relay.drain_locked()
        events = self._events
        n = len(events)
        # Take the first n and delete them in place: threads keep appending to the same list
        # meanwhile, so swapping in a new list could lose an append made to the old one.
        batch = self._held + events[:n]
        del events[:n]
        self._held = []
        pid = self._pid
        out = []
        blocks = self._blocks(batch) if relay is None else None
        if blocks is not None:
            batch = ()
        for event in batch:
            kind = event[0]
            if kind == K_TAG and relay is not None and (self._held or event[1] not in relay.done):
                # Corescope takes a hand-back only after its task's end: a worker's E travels
                # on its own message, which may still be on its way.
                self._held.append(event)
                continue
            if kind == E_TAG or kind == "E":
                _, tid, index, start, end, cpu, result = event
                out.append("E %d %d %d %d %d %s %s\n"
                           % (pid, tid, index, start, end, cpu if cpu >= 0 else "-",
                              result_field(result)))
            elif kind == "S":
                out.append("S %d %d %d %d\n" % (pid, event[1], event[2], event[3]))
            elif kind == K_TAG:
                out.append("K %d %d\n" % (event[1], event[2]))
            elif kind == "F":
                _, tid, index, start, end, exc = event
                out.append("F %d %d %d %d %d %s\n"
                           % (pid, tid, index, start, end, task_error_field(exc)))
            elif kind == "Y":
                out.append("Y %d %d %d\n" % (pid, event[1], event[2]))
            else:
                out.append(event[1] + "\n")
        # The driver threads' tasks still running (after the batch: a task whose E is in it
        # has left its slot before that E was appended).
        for state in list(_threads.values()):
            state[1] = True          # each thread's next task has its CPU time read
            running = state[2]
            if running is not None and running[0] != state[3]:
                state[3] = running[0]
                out.append("S %d %d %d %d\n" % (pid, state[0], running[0], running[1]))
        data = (blocks or b"") + "".join(out).encode()
        if data:
            self._sock.sendall(data)
        return n

    def _blocks(self, batch):
        """The batch as binary blocks, when every event in it is an E or a K of ints that fit a
        signed 64-bit word (a result that is a bool or an int below 2^63; a negative one is
        "-", as in text); else None and the batch goes as text lines. One struct.pack of C
        code over the tuples, which hold only ints and bools (never a user's object, whose
        __index__ it would call): the common batch of a run's tiny tasks. array("q", ...) of
        the same words took four times as long to pack them (it converts each word through
        its generic argument parser), and the whole flush of 4,000 events twice as long, about
        3 ms of the GIL here."""
        pid = self._pid
        pieces = []
        try:
            for at in range(0, len(batch), BLOCK_EVENTS):
                piece = batch[at:at + BLOCK_EVENTS]
                words = sum(map(len, piece))
                pieces.append(b"B %d %d\n" % (pid, words))
                pieces.append(struct.pack("%dq" % words, *chain.from_iterable(piece)))
        except struct.error:
            return None      # a str tag (S, F, Y, a line), a result that is not such an int
        return b"".join(pieces)


_append = None        # BufferedTrace.append, in the driver's process
_line_now = None      # BufferedTrace.line_now
_send_fd_now = None   # BufferedTrace.send_fd_now
_due = [I64_MAX]      # BufferedTrace.due: when a flush is due (never, before there is a trace)
_flush_by_task = None  # BufferedTrace.flush_by_task
_function = None      # what a task calls, in every process that runs tasks


def use_buffered_trace(trace, function, slots=False):
    """The driver's trace, and the function its tasks call; `slots`: its threads run tasks
    (serial, threads), each with a slot of its own."""
    global _append, _line_now, _send_fd_now, _due, _flush_by_task, _function
    _append = trace.append
    _line_now = trace.line_now
    _send_fd_now = trace.send_fd_now
    _thread_slots[0] = slots
    _due = trace.due
    _flush_by_task = trace.flush_by_task
    _function = function


def init_thread_worker():
    """A pool thread's initializer (ThreadPoolExecutor, ThreadPool), and the serial loop's start.
    Its Y goes at once, not with the next flush: Corescope samples who holds the GIL from each
    thread's state once it knows the thread, and a Y held for the flush left the threads' first
    25-75 ms unsampled (drawn as waiting)."""
    tid = _thread_state()[0]
    _line_now("Y %d %d %d" % (os.getpid(), tid, monotonic_ns()))


def _thread_state():
    """The calling thread's state, afresh (an ident may be an ended thread's)."""
    state = [get_native_id(), True, None, -1, None, None, None]
    if _thread_slots[0]:
        open_slot(state)
    _local.state = _threads[get_ident()] = state
    return state


def open_slot(state):
    """A driver thread's slot and ring, as a pool worker's (init_process_worker), sent with X
    on the driver's connection before the thread's first task. None where there is no memfd
    (or once the run has ended): the flushes then send the thread's running task as S."""
    message = b"X %d %d\n" % (os.getpid(), state[0])
    try:
        made = make_slot(lambda fd: _send_fd_now(message, fd))
    except (AttributeError, OSError):
        return
    if made is not None:
        state[4], state[5], words = made
        if state[5] is not None:
            state[6] = [0, words]


def send_with_fd(sock, data, fd):
    """Sends `data` with a descriptor (SCM_RIGHTS), and what a short send left; True."""
    sent = socket.send_fds(sock, [data], [fd])
    if sent < len(data):
        sock.sendall(data[sent:])
    return True


def make_slot(send):
    """A running-task slot and, where ring_records() gives one, a ring of E records after it:
    a memfd, mapped here and passed by send(fd), which sends it with its X (Corescope then has
    it even if this process dies at once). Returns (the slot's uint64 words, the ring's bytes
    or None, the ring's size in words), or None when send(fd) returned False. Raises OSError
    (AttributeError: no os.memfd_create) where there is no memfd."""
    if os.environ.get("CORESCOPE_TEST_NO_MEMFD"):     # tests: the callers' fallback
        raise OSError("memfd_create refused (CORESCOPE_TEST_NO_MEMFD)")
    fd = os.memfd_create("corescope-slot", os.MFD_CLOEXEC)
    try:
        records = ring_records()
        size = SLOT_BYTES + (RING_HEAD_BYTES + records * E_WORDS * 8 if records else 0)
        os.ftruncate(fd, size)
        memory = memoryview(mmap.mmap(fd, size))
        if not send(fd):
            return None
    finally:
        os.close(fd)
    words = memory[:SLOT_BYTES + (RING_HEAD_BYTES if records else 0)].cast("Q")
    ring = memory[SLOT_BYTES + RING_HEAD_BYTES:] if records else None
    return words, ring, records * E_WORDS


def run_in_thread(index, value):
    """A task in one of the driver's threads. Two arguments, not an (index, value) item:
    executor.map and submit pass them as Python passes a call's arguments, and the item's
    unpacking was a twentieth of a tiny task's time. Every line here is paid under the GIL by
    the threads being traced (docs/PYTHON_RUNTIME.md, "Thread CPU time")."""
    try:
        state = _local.state
    except AttributeError:     # a thread the pool started without its initializer
        state = _thread_state()
    start = monotonic_ns()
    slot = state[4]
    if slot is not None:
        slot[0] = start          # the start, then index + 1, as a pool worker's
        slot[1] = index + 1
    else:
        state[2] = (index, start)
    try:
        if state[1]:
            # Cleared where it is used, and only ever set (by a long task, by a flush)
            # after: a flush during a short task is not overwritten by the task's end.
            state[1] = False
            cpu = thread_time_ns()
            result = _function(value)
            cpu = thread_time_ns() - cpu
        else:
            cpu = -1
            result = _function(value)
    except BaseException as exc:
        state[2] = None
        _append(("F", state[0], index, start, monotonic_ns(), exc))
        if slot is not None:
            slot[1] = 0     # its end is in the list: a death before the flush names no task
        name_task(exc, index)
        raise      # the API then raises it on retrieval, as Python does
    end = monotonic_ns()
    state[2] = None     # before its E: a flush never sends S after the task's E
    if end - start >= CPU_ALWAYS_NS:
        state[1] = True
    ring = state[5]
    kind = result.__class__
    if ring is not None and (kind is int or kind is bool) and 0 <= result <= I64_MAX:
        at = state[6]
        written, size = at[0], at[1]
        if written - slot[3] < size:      # slot[3]: the words Corescope has read
            _pack_end(ring, written % size * 8, E_TAG, state[0], index, start, end, cpu, result)
            at[0] = slot[2] = written + E_WORDS     # after the record: Corescope reads up to it
            if end >= _due[0]:
                _flush_by_task(end)
            return result
    # An int or a bool result may go in a binary block; any other (a numpy int, a list) is
    # written by result_field, in text, as a worker process writes it.
    _append((E_TAG if kind in BLOCK_RESULTS else "E", state[0], index, start, end, cpu, result))
    if slot is not None:
        slot[1] = 0         # as for F above
    if end >= _due[0]:
        _flush_by_task(end)     # after the task's end: its bar holds none of it
    return result


def run_item_in_thread(item):
    """run_in_thread for the APIs that pass one argument (multiprocessing's ThreadPool)."""
    return run_in_thread(item[0], item[1])


# --- In a worker process: a connection of its own, synchronous sends -------------------------

_sock = None          # kept referenced: faulthandler writes to its descriptor
_send = None
_sendall = None       # a pool worker's connection's sendall
_s_prefix = b""
_e_prefix = b""
_f_prefix = b""
_slot = None          # a pool worker's running-task slot: [start, index + 1] (uint64 words
                      # over its mmap), None in an MPI rank
_cpu_rule = [True, 0]  # measure the next task's CPU time?, when it was last measured
_ring = None          # a pool worker's ring of E records (the bytes of its mmap), or None
_ring_at = [0, 0, 0]  # the words written to it (a running count), its size in words, the tid


def init_process_worker(socket_name, kernel, params, python, shared):
    """The process pool's initializer: connect, say hello, get ready to run tasks."""
    global _sock, _send, _sendall, _s_prefix, _e_prefix, _f_prefix, _function, _slot, _ring
    _sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    _sock.connect("\0" + socket_name)       # abstract namespace: a leading NUL
    # A signal that kills this worker (SIGSEGV in a C extension, ...) prints "Fatal Python
    # error: ..." and the stack on this connection (its slot names the task).
    faulthandler.enable(file=_sock)
    sendall = _sendall = _sock.sendall

    def send(data, index=-1):     # the task's index is for MPI rank 0's relay (run_in_process)
        sendall(data)

    _send = send
    pid, tid = os.getpid(), get_native_id()
    _s_prefix = b"S %d %d " % (pid, tid)
    _e_prefix = b"E %d %d " % (pid, tid)
    _f_prefix = b"F %d %d " % (pid, tid)
    corescope_kernels.use_shared(shared)
    _function = load_function(kernel, params, python)
    hello = b"H %d worker\nY %d %d %d\n" % (pid, pid, tid, monotonic_ns())
    message = hello + b"X %d %d\n" % (pid, tid)
    try:
        _slot, _ring, words = make_slot(lambda fd: send_with_fd(_sock, message, fd))
        if _ring is not None:
            _ring_at[:] = [0, words, tid]
    except (AttributeError, OSError):
        # No memfd here (another OS, a sandbox that forbids it): S per task, as MPI ranks do.
        _send(hello)


def ring_records():
    """How many E records a pool worker's ring holds: 0 (no ring) off x86-64; on it, as a test
    asks (CORESCOPE_TEST_RING_RECORDS: a small ring fills, and its ends are sent; 0: none)."""
    if os.uname().machine.lower() not in RING_MACHINES:
        return 0
    asked = os.environ.get("CORESCOPE_TEST_RING_RECORDS")
    return RING_RECORDS if asked is None else int(asked)


def run_in_process(item):
    """A task in a worker process: a pool's, or an MPI worker rank (init_mpi_worker). Its start
    is known before the function runs: a pool's worker writes it into its slot; an MPI rank
    sends S, a small (eager) send that is in rank 0's queue once it returns, where rank 0 finds
    it even after this rank died of its task (mpirun then ends the job, and rank 0 relays what
    it has before it goes). E and F name their task, which rank 0 needs to hold the task's
    hand-back. CPU time by the rule above (CPU_ALWAYS_NS, CPU_SAMPLE_NS)."""
    index, value = item
    start = monotonic_ns()
    slot = _slot
    if slot is not None:
        slot[0] = start          # two 8-byte stores, the start first (struct.pack_into would
        slot[1] = index + 1      # zero all 16 bytes before it writes them)
    else:
        _send(_s_prefix + b"%d %d\n" % (index, start))
    rule = _cpu_rule
    measure = rule[0] or start - rule[1] >= CPU_SAMPLE_NS
    if measure:
        cpu = thread_time_ns()
    try:
        result = _function(value)
    except BaseException as exc:
        _send(_f_prefix + b"%d %d %d %s\n"
              % (index, start, monotonic_ns(), task_error_field(exc).encode()), index)
        name_task(exc, index)
        raise
    cpu = thread_time_ns() - cpu if measure else -1
    end = monotonic_ns()
    rule[0] = end - start >= CPU_ALWAYS_NS
    if measure:
        rule[1] = end
    ring = _ring
    if ring is not None and result.__class__ is int and 0 <= result <= I64_MAX:
        at = _ring_at
        written, size = at[0], at[1]
        if written - slot[3] < size:      # slot[3]: the words Corescope has read
            # (Records never wrap: size is a multiple of E_WORDS.)
            _pack_end(ring, written % size * 8, E_TAG, at[2], index, start, end, cpu, result)
            at[0] = slot[2] = written + E_WORDS     # after the record: Corescope reads up to it
            return result
    text = (b"%d" % result if result.__class__ is int and 0 <= result <= U64_MAX
            else result_field(result).encode())
    line = _e_prefix + b"%d %d %d %s %s\n" % (index, start, end,
                                               b"%d" % cpu if cpu >= 0 else b"-", text)
    if slot is not None:
        _sendall(line)          # a pool's worker: its own connection, no relay to tell
    else:
        _send(line, index)
    return result
