"""A stand-in for Corescope's side of docs/PYTHON_RUNTIME.md, in pure Python.

Listens on an abstract AF_UNIX socket, starts the driver in a new session (so a process group
of its own) with a socket-pair end as fd 3, writes the spec, collects every line of every
connection and parses each one strictly: a line the contract does not allow raises
ProtocolError. Collecting only stores bytes; parsing happens once the run is over, so that the
collector costs the traced run no more than a reader must (bench/python_overhead.py uses it).
"""

import array
import itertools
import json
import mmap
import os
import re
import selectors
import signal
import socket
import struct
import sys
import tempfile
import threading
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DRIVER = os.path.join(REPO, "resources", "python", "corescope_driver.py")
U64_MAX = (1 << 64) - 1
POLL_PAUSE_S = 0.005

_names = itertools.count()


class ProtocolError(AssertionError):
    pass


# One pattern per line kind: decimal integers without sign, one space between fields, a JSON
# string only as the last field.
_INT = r"(0|[1-9][0-9]*)"
_INT_OR_DASH = r"(0|[1-9][0-9]*|-)"     # "-": not measured (cpu), not an integer (result)
_JSON = r'("(?:[^"\\]|\\.)*")'
_LINES = {
    "H": re.compile(r"H %s (driver|worker)" % _INT),
    "P": re.compile(r"P %s (fork|spawn|forkserver|-) %s" % (_INT, _JSON)),
    "R": re.compile(r"R %s" % _INT),
    "Y": re.compile(r"Y %s %s %s" % ((_INT,) * 3)),
    "S": re.compile(r"S %s %s %s %s" % ((_INT,) * 4)),
    "E": re.compile(r"E %s %s %s %s %s %s %s" % ((_INT,) * 5 + (_INT_OR_DASH,) * 2)),
    "F": re.compile(r"F %s %s %s %s %s %s" % ((_INT,) * 5 + (_JSON,))),
    "K": re.compile(r"K %s %s" % (_INT, _INT)),
    "C": re.compile(r"C %s" % _INT),
    "V": re.compile(r"V (bool)"),
    "D": re.compile(r"D %s" % _INT),
    "A": re.compile(r"A (?:%s )?%s" % (_INT, _JSON)),    # the task, when the exception says
    "L": re.compile(r"L ([a-z_]+) %s" % _JSON),     # A's sentence: a code, a JSON list in a string
    "X": re.compile(r"X %s %s" % ((_INT,) * 2)),
    # a name in /dev/shm: "/" and no other "/"
    "T": re.compile(r'T (semaphore) ("/[^"/\\]+")'),
}
_WORKER_ALLOWED = set("HYSEFX")
FATAL = "Fatal Python error: "


def parse_line(line):
    """One line (without its newline) -> (kind, fields...), ints as int, JSON strings decoded;
    A -> ("A", message, task or None)."""
    kind = line[:1]
    pattern = _LINES.get(kind)
    match = pattern.fullmatch(line) if pattern else None
    if not match:
        raise ProtocolError("malformed line: %r" % line)
    fields = []
    for text in match.groups():
        if text is None:
            fields.append(None)
        elif text[0] == '"':
            value = json.loads(text)
            if not isinstance(value, str):
                raise ProtocolError("not a JSON string in %r" % line)
            fields.append(value)
        elif text[0].isdigit():
            value = int(text)
            if value > U64_MAX:
                raise ProtocolError("integer out of range in %r" % line)
            fields.append(value)
        else:
            fields.append(text)
    if kind == "A":
        fields.reverse()
    if kind == "L":
        arguments = json.loads(fields[1])
        if not isinstance(arguments, list) or not all(isinstance(a, str) for a in arguments):
            raise ProtocolError("L's arguments are not a list of strings: %r" % line)
        fields[1] = arguments
    return (kind,) + tuple(fields)


MAX_BLOCK_WORDS = 1 << 17
SLOT_BYTES = 16          # X's memfd: a pool worker's running-task slot,
RING_HEAD_BYTES = 16     # then maybe its ring: words written, words read, then E records
_BLOCK = re.compile(rb"B %s %s" % (_INT.encode(), _INT.encode()))


def parse_block(pid, data):
    """A binary block's words (B) -> the events its E and K records stand for, as parse_line
    gives them: cpu -1 and a negative result as "-"."""
    words = array.array("q")
    words.frombytes(data)
    events, at = [], 0
    while at < len(words):
        tag = words[at]
        if tag == 1 and at + 7 <= len(words):
            tid, index, start, end, cpu, result = words[at + 1:at + 7]
            if min(tid, index, start, end, cpu + 1) < 0 or index > 0xFFFFFFFF:
                raise ProtocolError("an E record out of range: %r" % list(words[at:at + 7]))
            events.append(("E", pid, tid, index, start, end, "-" if cpu < 0 else cpu,
                           "-" if result < 0 else result))
            at += 7
        elif tag == 2 and at + 3 <= len(words):
            index, ns = words[at + 1:at + 3]
            if min(index, ns) < 0 or index > 0xFFFFFFFF:
                raise ProtocolError("a K record out of range: %r" % list(words[at:at + 3]))
            events.append(("K", index, ns))
            at += 3
        else:
            raise ProtocolError("a binary block's word %d: tag %d, or a record cut short"
                                % (at, tag))
    return events


class Connection:
    """One connection's events; `fatal` holds faulthandler's text, if the worker printed any;
    `slots` the running-task slots of X when its connection ended, in X's order (a pool
    worker's one, the driver's threads'): (index + 1, start) each, `slot` the first or None;
    `ring` the words read from its rings of E records (a worker's events come after its
    lines', the driver's before its last); `ring_ends` how many of its E came by a ring."""

    def __init__(self, data, is_driver, slots=(), ring=b""):
        self.events = []
        self.fatal = None
        self.slots = list(slots)
        self.slot = self.slots[0] if self.slots else None
        hello = "driver" if is_driver else "worker"
        at, number = 0, 0
        while at < len(data):
            eol = data.find(b"\n", at)
            line = data[at:] if eol < 0 else data[at:eol]
            if line.startswith(FATAL.encode()):
                if is_driver:
                    raise ProtocolError("faulthandler output on the driver's connection")
                self.fatal = data[at:].decode("utf-8")
                break
            if eol < 0:
                raise ProtocolError("unterminated last line: %r" % line)
            at = eol + 1
            number += 1
            block = _BLOCK.fullmatch(line)
            if block:
                if not is_driver or number == 1:
                    raise ProtocolError("a binary block on line %d of a %s connection"
                                        % (number, hello))
                words = int(block.group(2))
                if words > MAX_BLOCK_WORDS:
                    raise ProtocolError("a binary block of more than 2^17 words: %r" % line)
                size = words * 8
                if len(data) - at < size:
                    raise ProtocolError("a binary block cut short")
                self.events.extend(parse_block(int(block.group(1)), data[at:at + size]))
                at += size
                continue
            event = parse_line(line.decode("utf-8"))
            if (number == 1) != (event[0] == "H") or (number == 1 and event[2] != hello):
                raise ProtocolError("line %d of a %s connection: %r" % (number, hello, line))
            if not is_driver and event[0] not in _WORKER_ALLOWED:
                raise ProtocolError("a worker sent %r" % line)
            self.events.append(event)
        ring_events = parse_block(self.events[0][1] if self.events else 0, ring)
        if any(e[0] != "E" for e in ring_events):
            raise ProtocolError("a record in a ring that is not an E")
        last = self.events[-1:] if is_driver and self.events and self.events[-1][0] in "DA" else []
        if last:
            self.events[-1:] = ring_events + last
        else:
            self.events.extend(ring_events)
        self.ring_ends = len(ring_events)
        if is_driver:
            ends = [i for i, e in enumerate(self.events) if e[0] in "DA"]
            if ends and ends != [len(self.events) - 1]:
                raise ProtocolError("D/A is not the one last line of the driver")
            said = [i for i, e in enumerate(self.events) if e[0] == "L"]
            if said and (said != [len(self.events) - 2] or self.events[-1][0] != "A"):
                raise ProtocolError("L is not the one line before the driver's A")

    def of(self, kind):
        return [e for e in self.events if e[0] == kind]


class Run:
    """What one driver run produced."""

    def __init__(self, driver, workers, returncode, stderr):
        self.driver = driver          # Connection
        self.workers = workers        # [Connection], in accept order
        self.returncode = returncode
        self.stderr = stderr

    def events(self, kind):
        """Every event of a kind, from the driver and then each worker."""
        out = self.driver.of(kind)
        for worker in self.workers:
            out += worker.of(kind)
        return out

    @property
    def end(self):
        return self.driver.events[-1] if self.driver.events else None

    def results(self):
        """E's results by task index (ints; '-' kept as is)."""
        return {e[3]: e[7] for e in self.events("E")}


class FakeCorescope:
    """Starts one driver run; collect() waits for its end and returns a Run."""

    def __init__(self, spec, python=sys.executable, driver=DRIVER):
        self.socket_name = "corescope-test-%d-%d" % (os.getpid(), next(_names))
        self._listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._listener.bind("\0" + self.socket_name)
        self._listener.listen(128)
        spec = dict(spec, socket=self.socket_name)
        ours, theirs = socket.socketpair()
        self._stderr = tempfile.TemporaryFile()
        # posix_spawn puts the pair's end on fd 3 exactly, as Corescope does; setsid makes the
        # driver the leader of a new session and process group (its pid is the group's id).
        actions = [(os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
                   (os.POSIX_SPAWN_DUP2, self._stderr.fileno(), 2)]
        os.set_inheritable(theirs.fileno(), True)     # survives exec even if it is fd 3 itself
        if theirs.fileno() != 3:
            actions += [(os.POSIX_SPAWN_DUP2, theirs.fileno(), 3),
                        (os.POSIX_SPAWN_CLOSE, theirs.fileno())]
        self.pid = os.posix_spawn(python, [python, "-u", driver], os.environ,
                                  file_actions=actions, setsid=True)
        self.pgid = self.pid
        theirs.close()
        ours.sendall(json.dumps(spec).encode() + b"\n")
        self._driver_sock = ours
        self._returncode = None
        self._data = {}              # socket -> bytearray; the driver's first
        self._order = []
        # socket -> its slots (a pool worker's one, the driver's threads'), each mapped as
        # Corescope maps it: [the mapping, words read from its ring, ring size in words or 0]
        self._slots = {}
        self._slot_at_end = {}       # socket -> [(index + 1, start)] read at its end
        self._ring_data = {}         # socket -> the words read from its rings, as bytes
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._collect, daemon=True)
        self._thread.start()

    def _collect(self):
        selector = selectors.DefaultSelector()
        selector.register(self._listener, selectors.EVENT_READ)
        selector.register(self._driver_sock, selectors.EVENT_READ)
        self._data[self._driver_sock] = bytearray()
        self._order.append(self._driver_sock)
        open_socks = {self._driver_sock}
        while open_socks or self._returncode is None:
            for key, _ in selector.select(0.05):
                sock = key.fileobj
                if sock is self._listener:
                    conn, _ = sock.accept()
                    selector.register(conn, selectors.EVENT_READ)
                    self._data[conn] = bytearray()
                    self._order.append(conn)
                    open_socks.add(conn)
                    continue
                # A slot: a memfd passed with an X line (SCM_RIGHTS), a pool worker's on its
                # connection, the driver's threads' on the driver's.
                chunk, fds, _, _ = socket.recv_fds(sock, 1 << 20, 4)
                for fd in fds:
                    try:
                        if sock in self._slots and sock is not self._driver_sock:
                            raise ProtocolError("a second descriptor from a worker")
                        size = os.fstat(fd).st_size
                        words = (size - SLOT_BYTES - RING_HEAD_BYTES) // 8
                        if size != SLOT_BYTES and (
                                words <= 0 or words % 7
                                or size != SLOT_BYTES + RING_HEAD_BYTES + words * 8):
                            raise ProtocolError("X's memfd is %d bytes" % size)
                        memory = mmap.mmap(
                            fd, size, prot=mmap.PROT_READ | (mmap.PROT_WRITE if words > 0 else 0))
                        self._slots.setdefault(sock, []).append(
                            [memory, 0, words if size != SLOT_BYTES else 0])
                        self._ring_data.setdefault(sock, bytearray())
                    finally:
                        os.close(fd)
                if chunk:
                    self._data[sock] += chunk
                else:
                    self._drain_rings(sock)
                    self._slot_at_end[sock] = [
                        tuple(reversed(struct.unpack("=QQ", slot[0][:16])))
                        for slot in self._slots.get(sock, [])]
                    selector.unregister(sock)
                    open_socks.discard(sock)
            if self._returncode is None:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
                if pid:
                    self._returncode = os.waitstatus_to_exitcode(status)
            for sock in list(self._slots):
                self._drain_rings(sock)
            # Read in batches, as Corescope's reader does: a wake-up per line would cost this
            # process more CPU than the traced run spends sending, on the same cores.
            time.sleep(POLL_PAUSE_S)
        selector.close()
        self._done.set()

    def _drain_rings(self, sock):
        """Reads a connection's rings of E records as Corescope does: the words written since
        the last read, then the read count written back, so the thread may write over them."""
        for slot in self._slots.get(sock, []):
            memory, read, size = slot
            if not size:
                continue
            written = struct.unpack_from("=Q", memory, SLOT_BYTES)[0]
            count = written - read
            if count == 0:
                continue
            if count < 0 or count > size or count % 7:
                raise ProtocolError("a ring says %d words written, %d read, of %d"
                                    % (written, read, size))
            base, start = SLOT_BYTES + RING_HEAD_BYTES, read % size
            first = min(count, size - start)
            self._ring_data[sock] += memory[base + start * 8:base + (start + first) * 8]
            self._ring_data[sock] += memory[base:base + (count - first) * 8]
            struct.pack_into("=Q", memory, SLOT_BYTES + 8, written)
            slot[1] = written

    def kill(self):
        """Corescope's cancel: SIGKILL to the driver's whole process group."""
        try:
            os.killpg(self.pgid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    def collect(self, timeout=60.0):
        """Waits for the driver's end (EOF on every connection, the driver reaped); parses."""
        if not self._done.wait(timeout):
            self.kill()
            self._done.wait(10)
            self._stderr.close()
            raise ProtocolError("the driver did not end within %.0f s" % timeout)
        return self._parse()

    def wait_done(self, timeout):
        return self._done.wait(timeout)

    def _parse(self):
        self._listener.close()
        self._stderr.seek(0)
        stderr = self._stderr.read().decode("utf-8", "replace")
        self._stderr.close()
        conns = [Connection(bytes(self._data[s]), s is self._driver_sock,
                            self._slot_at_end.get(s, ()), bytes(self._ring_data.get(s, b"")))
                 for s in self._order]
        for s in self._order:
            s.close()
        return Run(conns[0], conns[1:], self._returncode, stderr)

    def slots_running(self, driver=False):
        """How many slots name a task now (X): the pool workers', or the driver's threads'."""
        return sum(1 for sock, slots in list(self._slots.items())
                   if (sock is self._driver_sock) == driver
                   for slot in list(slots) if struct.unpack("=Q", slot[0][8:16])[0] != 0)

    def snapshot(self):
        """The bytes received so far on each connection (the driver's first), while it runs."""
        return [bytes(self._data[s]) for s in list(self._order)]


def run(spec, timeout=60.0, **kwargs):
    return FakeCorescope(spec, **kwargs).collect(timeout)


def group_members(pgid):
    """The pids whose process group is pgid, from /proc."""
    members = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % entry) as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        # after "(comm)": state ppid pgrp ...; a zombie is still there until reaped
        if int(fields[2]) == pgid:
            members.append(int(entry))
    return members


def wait_group_gone(pgid, timeout=5.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not group_members(pgid):
            return True
        time.sleep(0.02)
    return False
