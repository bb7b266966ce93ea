"""The shipped kernels in Python, written as the teaching material writes them.

Each returns what core/kernels/kernel.cpp returns for the same input, so a workload's expected
results hold in both runtimes. Standard library only, Python 3.9 or newer.
"""

import array
import math
import os
import threading
import time

U64_MASK = (1 << 64) - 1


def is_prime(n):
    # The Korean notebook's trial division. math.isqrt instead of its int(math.floor(math.sqrt(n))):
    # above 2**53 the float root can fall one short and miss the divisor of a prime's square,
    # and the native kernel divides up to the exact floor(sqrt n).
    if n < 2:
        return False
    if n == 2:
        return True
    if n % 2 == 0:
        return False

    sqrt_n = math.isqrt(n)
    for i in range(3, sqrt_n + 1, 2):
        if n % i == 0:
            return False
    return True


def gcd_naive(pair):
    # The gcd notebook's, counting down from min(a, b); None (handed back as 0) when one is 0.
    a, b = pair
    low = min(a, b)
    for i in range(low, 0, -1):
        if a % i == 0 and b % i == 0:
            return i


def sum_loop(n):
    # The English notebook's "factorial": 1 + (1 + 2 + ... + n), by a loop.
    if n == 0:
        return 1
    res = 1
    for i in range(1, n + 1):
        res += i
    return res


def double(number, sleep_ms_per_unit=0.0, sleep_reverse_from=0):
    # The Russian notebook's doubler; its imap example sleeps `number` seconds, its
    # imap_unordered example 3 - number.
    if sleep_ms_per_unit > 0:
        units = number
        if sleep_reverse_from > 0:
            units = max(sleep_reverse_from - number, 0)
        time.sleep(units * sleep_ms_per_unit / 1000.0)
    return number * 2


def sleep_ms(n):
    time.sleep(n / 1000.0)
    return n


def spin_ms(n):
    # Busy for n ms of this thread's CPU time, not wall time: a thread waiting for the GIL
    # (or for a core) does not count, so the task costs the same however crowded the run is.
    end = time.thread_time_ns() + n * 1_000_000
    x = 0
    while time.thread_time_ns() < end:
        x += 1
    return n


def crash(n, signal=11):
    # 0 kills the process running it, as a C extension's fault would: the signal is raised on
    # this process (faulthandler, enabled in every worker, reports it first); signal 0 is a
    # plain os._exit(3), which says nothing.
    if n == 0:
        if signal == 0:
            os._exit(3)
        os.kill(os.getpid(), signal)
        time.sleep(1)           # a blocked signal: still die
        os._exit(128 + signal)
    return spin_ms(n)


MEM_PATTERN = 0x9E3779B97F4A7C15
_buffers = threading.local()     # per worker: a thread's own in threads, the process's in processes


def _mem_buffer(buffer_mib):
    # Kept between tasks, as the native kernel keeps its thread_local buffer: a task's cost is
    # the streaming, not the filling (about 1.3 s for 64 MiB in CPython 3.11, once per worker).
    words = buffer_mib * (1024 * 1024 // 8)
    view = getattr(_buffers, "view", None)
    if view is None or len(view) != words:
        view = memoryview(bytearray(words * 8)).cast("Q")
        slice_words = 1024 * 1024 // 8      # 1 MiB at a time: no 64 MiB list of ints
        for base in range(0, words, slice_words):
            end = min(words, base + slice_words)
            view[base:end] = array.array("Q", [i * MEM_PATTERN & U64_MASK
                                               for i in range(base, end)])
        _buffers.view = view
    return view


def mem_sweep(passes, buffer_mib=64):
    view = _mem_buffer(buffer_mib)
    total = 0
    for _ in range(passes):
        total = (total + sum(view)) & U64_MASK    # every word read, every pass
    return total


counter = 0                        # sync "none" and "lock": this process's own counter
_counter_lock = threading.Lock()   # sync "lock": per process, as in the native kernel
_shared = None                     # set by use_shared(): a Value, or a Manager (value, lock)


def use_shared(shared):
    """Gives this process the shared counter objects the driver made (or None)."""
    global _shared
    _shared = shared


def shared_counter(n, sync="none"):
    global counter
    if sync == "none":
        for _ in range(n):
            counter += 1
    elif sync == "lock":
        for _ in range(n):
            with _counter_lock:
                counter += 1
    elif sync == "shared_memory":
        # multiprocessing.Value's getter and setter each take its lock, but the read and the
        # write are two steps: another process's update in between is lost.
        value = _shared
        for _ in range(n):
            value.value += 1
    elif sync == "shared_memory_locked":
        value = _shared
        for _ in range(n):
            with value.get_lock():
                value.value += 1
    elif sync == "manager":
        value, lock = _shared
        for _ in range(n):
            with lock:
                value.value += 1
    else:
        raise ValueError("unknown sync: %r" % (sync,))
    return n


def make_list(n):
    # A result worth carrying: n ints (about 16 MB for 400,000 in CPython 3.11, measured with
    # tracemalloc). Threads hand the caller the same object; processes pickle it, send it
    # through a pipe and unpickle it in the caller.
    return list(range(n))


TIMED = ("double", "sleep_ms", "spin_ms", "crash")
UNSCALED = ("shared_counter",)


def repeats(scale):
    # Half rounds up, as core/kernels/kernel.cpp's kernelRepeats (round() would round half to even).
    return max(1, int(scale + 0.5))


def scaled(kernel, function, scale):
    """The task function with its work multiplied by `scale` (RunOptions::scale), by the rules
    of core/kernels/kernel.h's ScaleRule; the result never changes. Timed kernels wait or spin
    scale times as long; shared_counter is not scaled (its count is the lesson's result); the
    others (and the user's own function, `kernel` None) run round(scale) times, at least once,
    the last result kept."""
    if scale == 1:
        return function
    if kernel in UNSCALED:
        return function
    if kernel == "double":
        base = getattr(function, "keywords", {}) or {}
        inner = getattr(function, "func", function)
        ms = base.get("sleep_ms_per_unit", 0.0) * scale
        rest = {k: v for k, v in base.items() if k != "sleep_ms_per_unit"}

        def task(number):
            return inner(number, sleep_ms_per_unit=ms, **rest)
        return task
    if kernel in TIMED:
        def task(n):
            if n == 0:                  # crash 0: dies at once, whatever the scale
                return function(n)
            function(n * scale)
            return n
        return task
    count = repeats(scale)

    def task(value):
        for _ in range(count - 1):
            function(value)
        return function(value)
    return task


KERNELS = {
    "is_prime": (is_prime, {}),
    "gcd_naive": (gcd_naive, {}),
    "sum_loop": (sum_loop, {}),
    "double": (double, {"sleep_ms_per_unit": 0.0, "sleep_reverse_from": 0}),
    "sleep_ms": (sleep_ms, {}),
    "spin_ms": (spin_ms, {}),
    "crash": (crash, {"signal": 11}),
    "mem_sweep": (mem_sweep, {"buffer_mib": 64}),
    "shared_counter": (shared_counter, {"sync": "none"}),
    "make_list": (make_list, {}),
}
