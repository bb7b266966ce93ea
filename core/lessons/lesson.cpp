#include "core/lessons/lesson.h"

#include <array>

namespace corescope {

namespace {

// chunksize 0: the API's own default (Pool.map's ceil(tasks / (4 x workers)), the others 1).
RunOptions options(Mode mode, int workers, int chunksize = 1, PyApi api = PyApi::ExecutorMap,
                   bool gil = false)
{
    RunOptions o;
    o.mode = mode;
    o.workers = workers;
    o.chunksize = chunksize;
    o.api = api;
    o.gil = gil;
    return o;
}

// Lessons written when an ordering was the choice: the Pool API with that ordering, as older
// files and --ordering read it (poolApiWithOrdering).
RunOptions options(Mode mode, int workers, int chunksize, Ordering ordering, bool gil = false)
{
    return options(mode, workers, chunksize, poolApiWithOrdering(ordering), gil);
}

const std::array kLessons{
    // The seed primes rather than the gcd pairs: native gcd tasks finish within one 5 ms switch
    // interval, too fast to watch the threads take turns.
    Lesson{"gil-cpu", "Python threads and CPU work: the GIL", "primes50",
           options(Mode::Threads, 2, 1, Ordering::OrderedBatch, true),
           "Two threads under the emulated GIL take turns: every 5 ms one hands the lock to the "
           "other. The timeline shades the time each task waited for the GIL, the CPU chart shows "
           "about one core busy at a time, and the run takes as long as the serial one (the gcd "
           "notebook: 0.479 s serial, 0.485 s with two threads).",
           "Switch the mode to processes: each process has its own interpreter and its own GIL, "
           "so both cores work and the time nearly halves.",
           "002 (Korean): naive gcd with ThreadPoolExecutor vs ProcessPoolExecutor"},
    Lesson{"processes-scale", "Processes spread CPU work over the cores", "primes50",
           options(Mode::Processes, 2),
           "The seed primes on a process pool: every core fills up, each worker process has its "
           "own lane with its pid, and the speedup against the serial run approaches the number "
           "of cores.",
           "Run it in serial mode once for the baseline, then try more workers than cores: the "
           "speedup stops growing at the core count.",
           "000 (Korean): ProcessPoolExecutor(max_workers=10) over NUMS"},
    Lesson{"gil-io", "Waiting work gains from threads, even under the GIL", "io-sleep",
           options(Mode::Threads, 4, 1, Ordering::OrderedBatch, true),
           "Tasks that sleep (like I/O) release the GIL while they wait, so four threads wait at "
           "the same time and the run takes a quarter of the serial time, GIL or not. The CPU "
           "chart stays nearly idle: waiting costs no CPU.",
           "Compare with the GIL lesson: compute holds the GIL, waiting does not.",
           "001 (Korean): threads vs processes"},
    Lesson{"startup-cost", "Starting workers costs time: pools reuse them", "doubler",
           options(Mode::Processes, 5),
           "Five tiny doublings on five fresh processes: the timeline is almost all grey start-up "
           "bars, and the tasks themselves are slivers. Creating and tearing down workers is the "
           "expensive part, which is why pools keep their workers.",
           "Run it in threads mode: threads start in microseconds.",
           "003 (English): one Process per input vs Pool.map; 001: why pools"},
    Lesson{"chunksize", "Tiny tasks drown in dispatch overhead: chunksize", "tiny-tasks",
           options(Mode::Processes, 2, 1),
           "A million doublings sent one at a time: the workers spend their time receiving tasks "
           "and sending results, not computing. Tasks per second is the number to watch.",
           "Set chunksize to 1000 and run again: the same work, a fraction of the time.",
           "004 (Russian): Pool.map over many small inputs"},
    Lesson{"order-stream", "Result order: imap waits for the slowest head", "doubler-sleep",
           options(Mode::Processes, 3, 1, PyApi::PoolImap),
           "Inputs 1, 2, 3 sleep 1, 2 and 3 s. Pool.imap hands results back in input order, each "
           "as soon as it and every earlier one are there: the 'handed back' lane shows a "
           "staircase at 1, 2 and 3 s. ProcessPoolExecutor.map, the tutorials' API, hands back "
           "the same way; only Pool.map holds all three and hands them back together at 3 s.",
           "Switch the API to Pool.map: all three come back at once at 3 s. Then load the "
           "reversed doubler (sleeps 3 - n) and try Pool.imap against Pool.imap_unordered: the "
           "unordered one hands back 6, 4, 2 as they finish; imap holds everything back behind "
           "the slow first task (head-of-line blocking).",
           "004 (Russian): pool.map vs pool.imap vs pool.imap_unordered"},
    Lesson{"order-completed", "Result order: imap_unordered hands back as completed",
           "doubler-sleep-reverse", options(Mode::Processes, 3, 1, PyApi::PoolImapUnordered),
           "Inputs 1, 2, 3 sleep 2, 1 and 0 s: the first input is the slowest. "
           "Pool.imap_unordered hands each result back the moment it is ready: 6 at once, 4 at "
           "1 s, 2 at 2 s, in the 'handed back' lane. submit + as_completed does the same.",
           "Switch the API to Pool.imap or ProcessPoolExecutor.map: nothing comes back until the "
           "first, slowest task is done, then all three; Pool.map, too, hands all three back at "
           "the end.",
           "004 (Russian): pool.imap_unordered"},
    Lesson{"shared-race", "Shared state: threads without a lock lose updates", "counter-racy",
           options(Mode::Threads, 2),
           "Each task adds 1 to one shared counter a million times, with no lock: two threads "
           "read the same value and both write value + 1, so updates are lost. The summary shows "
           "the expected and the actual total.",
           "Load counter-locked (a lock around each update): the total is right, and slower.",
           "004 (Russian): shared state"},
    Lesson{"shared-processes", "Shared state: processes share no memory", "counter-locked",
           options(Mode::Processes, 2),
           "The same counter in processes mode: each worker process adds to its own copy, so the "
           "caller's counter stays 0, like the notebook's empty results dict.",
           "Load counter-shared (the counter lives in shared memory, as multiprocessing.Array or "
           "Manager): right again.",
           "004 (Russian): results = dict() stays empty; Manager().dict(), Array"},
    Lesson{"broken-pool", "A worker that dies: BrokenProcessPool", "broken-pool",
           options(Mode::Processes, 2),
           "The fifth task kills its worker process. The run stops with an error that names the "
           "task, its input and the signal, like Python's BrokenProcessPool, and every result "
           "computed before it stays on screen.",
           "In threads mode the same crash would take the whole program down, which is why "
           "Corescope refuses it there: threads share one process.",
           "002 (Korean): BrokenProcessPool without the __main__ guard"},
    Lesson{"uneven", "Uneven tasks leave cores idle at the end", "uneven-tasks",
           options(Mode::Processes, 2),
           "Sixty short tasks, then three of 800 ms, on two worker processes through "
           "ProcessPoolExecutor.map (chunksize 1): at the end one worker runs the last long task "
           "alone while the other has nothing left to do. The timeline's right edge shows the "
           "idle lane.",
           "Try more workers: the long tasks still set the end of the run. Then the next lesson: "
           "the same tasks through Pool.map and its default chunksize.",
           "000 (Korean): the primes are not all equally hard"},
    Lesson{"uneven-poolmap", "Pool.map's default chunksize packs the long tasks together",
           "uneven-tasks", options(Mode::Processes, 2, 0, PyApi::PoolMap),
           "The same 63 tasks through Pool.map and its default chunksize, ceil(63 / (4 x 2)) = 8, "
           "as the Chunksize box shows. The last chunk holds four short tasks and all three "
           "800 ms ones, so one worker runs the three one after another (2.4 s of work; longer "
           "on a busy machine) while the other has nothing left to do; and Pool.map hands every "
           "result back only at the end.",
           "Set chunksize to 1, or switch the API to Pool.imap_unordered (chunksize 1 by "
           "default): the long tasks spread over both workers and the tail shrinks to one long "
           "task or less.",
           "004 (Russian): pool.map and pool.imap_unordered; the default chunksize is CPython's "
           "(Lib/multiprocessing/pool.py), not the notebooks'"},
    Lesson{"oversubscribe", "More workers than cores does not help", "primes50",
           options(Mode::Threads, 8),
           "Eight threads on this machine's cores: they only take turns. Compare the wall time "
           "with as many workers as cores: no faster, and each task takes longer.",
           "Run a sweep (1 to 2 x cores) to see the speedup curve flatten at the core count.",
           "001 (Korean): cpu_count()"},
    Lesson{"memory-bound", "Memory-bound work stops scaling before the cores run out",
           "memory-bound", options(Mode::Processes, 2),
           "Each task streams over a 64 MiB buffer, far larger than the caches: the workers "
           "share one memory bus, so two of them come nowhere near twice as fast as one.",
           "Sweep it against the seed primes: the compute-bound curve keeps rising, this one "
           "flattens.",
           "(beyond the notebooks)"},
};

} // namespace

std::span<const Lesson> allLessons()
{
    return kLessons;
}

const Lesson *lessonById(std::string_view id)
{
    for (const Lesson &l : kLessons)
        if (l.id == id)
            return &l;
    return nullptr;
}

} // namespace corescope
