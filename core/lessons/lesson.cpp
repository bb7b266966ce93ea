#include "core/lessons/lesson.h"

#include <QtGlobal>   // QT_TRANSLATE_NOOP: the texts are translated where they are shown

#include <algorithm>
#include <array>

namespace corescope {

namespace {

// chunksize 0: the API's own default (Pool.map's ceil(tasks / (4 x workers)), the others 1).
// A lesson sets one only when chunksize is what it is about: the window keeps a lesson's
// options, and a "1" kept from a lesson would then be Pool.map's chunksize too.
RunOptions options(Mode mode, int workers, int chunksize = 0, PyApi api = PyApi::ExecutorMap,
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

// The same on the Python runtime, through `api` with its own default chunksize.
RunOptions python(Mode mode, int workers, PyApi api = PyApi::ExecutorMap)
{
    RunOptions o = options(mode, workers, 0);
    o.runtime = Runtime::Python;
    o.api = api;
    return o;
}

RunOptions spawned(RunOptions o)
{
    o.startMethod = StartMethod::Spawn;
    return o;
}

// What the tutorials printed, on their authors' machines.
constexpr std::array kPrimes6Figures{TutorialFigure{QT_TRANSLATE_NOOP("Lesson", "parallel"), 0.754},
                                     TutorialFigure{QT_TRANSLATE_NOOP("Lesson", "serial"), 2.807}};
constexpr std::array kSum10Figures{TutorialFigure{QT_TRANSLATE_NOOP("Lesson", "serial"), 7.363},
                                   TutorialFigure{QT_TRANSLATE_NOOP("Lesson", "one Process per input"), 5.465},
                                   TutorialFigure{QT_TRANSLATE_NOOP("Lesson", "Pool(10).map"), 5.702}};
constexpr std::array kGcd4Figures{TutorialFigure{QT_TRANSLATE_NOOP("Lesson", "serial"), 0.479},
                                  TutorialFigure{QT_TRANSLATE_NOOP("Lesson", "2 threads"), 0.485},
                                  TutorialFigure{QT_TRANSLATE_NOOP("Lesson", "2 processes"), 0.410}};

constexpr std::array kTutorials{
    Tutorial{"000", QT_TRANSLATE_NOOP("Lesson", "Korean"), QT_TRANSLATE_NOOP("Lesson", "is_prime over 50 numbers: the GIL and ProcessPoolExecutor")},
    Tutorial{"001", QT_TRANSLATE_NOOP("Lesson", "Korean"), QT_TRANSLATE_NOOP("Lesson", "Threads, processes and pools; the primes, parallel and serial")},
    Tutorial{"002", QT_TRANSLATE_NOOP("Lesson", "Korean"), QT_TRANSLATE_NOOP("Lesson", "Better Way 41: gcd on ThreadPoolExecutor and ProcessPoolExecutor")},
    Tutorial{"003", QT_TRANSLATE_NOOP("Lesson", "English"), QT_TRANSLATE_NOOP("Lesson", "Multiprocessing in Python: Process, Pool and cpu_count()")},
    Tutorial{"004", QT_TRANSLATE_NOOP("Lesson", "Russian"), QT_TRANSLATE_NOOP("Lesson", "multiprocessing: shared state, map, imap and imap_unordered")},
    Tutorial{"", "", QT_TRANSLATE_NOOP("Lesson", "Beyond the tutorials")},
};

const std::array kLessons{
    // --- 000 ---------------------------------------------------------------------------------
    Lesson{"processes-scale", QT_TRANSLATE_NOOP("Lesson", "Processes spread CPU work over the cores"), "primes50",
           options(Mode::Processes, 2),
           QT_TRANSLATE_NOOP("Lesson", "The seed primes, as native C++ kernels, on a process pool with one worker per core: "
           "every core fills up, each worker process has its own lane with its pid, and the "
           "speedup against the serial run approaches the number of cores. Python's worker "
           "processes spread over the cores the same way (each has its own interpreter and its "
           "own GIL); each task just takes longer there."),
           QT_TRANSLATE_NOOP("Lesson", "Run it in serial mode once for the baseline, then try more workers than cores: the "
           "speedup stops growing at the core count."),
           QT_TRANSLATE_NOOP("Lesson", "000 (Korean): ProcessPoolExecutor(max_workers=10) spreads is_prime over the 50 NUMS"),
           LessonWorkers::Cores},
    // --- 001 ---------------------------------------------------------------------------------
    Lesson{"primes-tutorial", QT_TRANSLATE_NOOP("Lesson", "The tutorial's primes: ProcessPoolExecutor against a plain loop"),
           "primes6", python(Mode::Processes, 2),
           QT_TRANSLATE_NOOP("Lesson", "The tutorial's own program in a real Python interpreter: is_prime over its six "
           "numbers through ProcessPoolExecutor().map, one worker process per core. Run it in "
           "serial mode too (the tutorial's plain loop) and compare: the tutorial printed 0.75 s "
           "in parallel against 2.8 s serial on its author's machine. Your times differ with the "
           "processor, the number of cores and the start method (the summary names the one used "
           "here); the ratio is what carries over, and it cannot pass the number of cores."),
           QT_TRANSLATE_NOOP("Lesson", "Switch to Python threads: under the GIL they take about as long as the plain loop."),
           QT_TRANSLATE_NOOP("Lesson", "001 (Korean): is_prime over six PRIMES, ProcessPoolExecutor().map against map()"),
           LessonWorkers::Cores, kPrimes6Figures},
    Lesson{"gil-io", QT_TRANSLATE_NOOP("Lesson", "Waiting work gains from Python threads: a sleep releases the GIL"),
           "io-sleep", python(Mode::Threads, 4),
           QT_TRANSLATE_NOOP("Lesson", "Four Python threads whose tasks wait 200 ms each, as I/O does: time.sleep releases "
           "the GIL while it waits, so the four wait at the same time and the run takes about a "
           "quarter of the serial time, under the real GIL. The CPU chart stays nearly idle: "
           "waiting costs no CPU."),
           QT_TRANSLATE_NOOP("Lesson", "Compare with the gcd lesson: computing holds the GIL, waiting does not."),
           QT_TRANSLATE_NOOP("Lesson", "001 (Korean): a worker Thread that works, then sleeps (threading.Thread, sleep)")},
    Lesson{"startup-cost", QT_TRANSLATE_NOOP("Lesson", "Starting workers costs time: pools reuse them"), "doubler",
           python(Mode::Processes, 5, PyApi::PoolMap),
           QT_TRANSLATE_NOOP("Lesson", "Five tiny doublings through Pool(5).map in a real Python interpreter: each worker is "
           "a new process that must get its interpreter ready before its first task, so each "
           "worker's lane is mostly its grey start-up bar and the doublings are slivers. "
           "Creating and ending workers is the expensive part, which is why pools keep their "
           "workers."),
           QT_TRANSLATE_NOOP("Lesson", "Switch to Python threads: a thread starts in a fraction of that time."),
           QT_TRANSLATE_NOOP("Lesson", "001 (Korean): creating and ending threads or processes costs the most, so pools "
           "reuse them; Pool().map(double, [1, 2, 3, 4, 5])")},
    // --- 002 ---------------------------------------------------------------------------------
    Lesson{"gil-cpu", QT_TRANSLATE_NOOP("Lesson", "Python threads and CPU work: the GIL"), "gcd4",
           python(Mode::Threads, 2),
           QT_TRANSLATE_NOOP("Lesson", "The tutorial's gcd through ThreadPoolExecutor(max_workers=2), in a real Python "
           "interpreter: only the thread that holds the GIL runs Python code, so two threads "
           "take about as long as a plain loop. The timeline hatches the time each task spent "
           "off the CPU, waiting for the GIL (or the OS). Run it in serial mode for the "
           "baseline: the tutorial printed 0.479 s serial and 0.485 s with two threads."),
           QT_TRANSLATE_NOOP("Lesson", "Open the next lesson, gil-processes: the same gcd on two processes, one GIL each."),
           QT_TRANSLATE_NOOP("Lesson", "002 (Korean): gcd over 4 pairs: serial 0.479 s, ThreadPoolExecutor(2) 0.485 s, "
           "ProcessPoolExecutor(2) 0.410 s"),
           LessonWorkers::AsGiven, kGcd4Figures},
    Lesson{"gil-processes", QT_TRANSLATE_NOOP("Lesson", "Python processes and CPU work: one GIL each"), "gcd4",
           python(Mode::Processes, 2),
           QT_TRANSLATE_NOOP("Lesson", "The same gcd through ProcessPoolExecutor(max_workers=2): each worker process has its "
           "own interpreter and its own GIL, so both cores compute at once and the run beats the "
           "two threads. The gain is smaller than the cores promise: starting two interpreters "
           "and sending them the work is paid before four tasks of about a tenth of a second "
           "each (the tutorial printed 0.410 s against 0.479 s serial)."),
           QT_TRANSLATE_NOOP("Lesson", "Compare the grey start-up bars with the tasks: longer or more tasks would hide them."),
           QT_TRANSLATE_NOOP("Lesson", "002 (Korean): gcd over 4 pairs: serial 0.479 s, ThreadPoolExecutor(2) 0.485 s, "
           "ProcessPoolExecutor(2) 0.410 s"),
           LessonWorkers::AsGiven, kGcd4Figures},
    Lesson{"notebook-spawn", QT_TRANSLATE_NOOP("Lesson", "A function from a notebook: spawned workers cannot find it"),
           "primes6-notebook", spawned(python(Mode::Processes, 2)),
           QT_TRANSLATE_NOOP("Lesson", "is_prime defined in the program's __main__, as a notebook cell defines it, on two "
           "worker processes started by spawn (the only start method on Windows, the default on "
           "macOS): each worker starts a fresh interpreter and imports the program again, finds "
           "no is_prime in it and dies before its first task. ProcessPoolExecutor raises "
           "BrokenProcessPool and no result arrives, as in the tutorial's notebook on Windows."),
           QT_TRANSLATE_NOOP("Lesson", "Set the start method to fork: the workers inherit the notebook's memory, is_prime "
           "included, and the run works. A script that keeps its functions importable and its "
           "entry point under if __name__ == '__main__' works with every start method."),
           QT_TRANSLATE_NOOP("Lesson", "002 (Korean): BrokenProcessPool in a Windows notebook: a pool's workers must be "
           "able to import __main__")},
    // The seed primes rather than the gcd pairs: native gcd tasks finish within one 5 ms switch
    // interval, too fast to watch the threads take turns.
    Lesson{"gil-emulated", QT_TRANSLATE_NOOP("Lesson", "The GIL's mechanism at native speed (emulated)"), "primes50",
           options(Mode::Threads, 2, 0, PyApi::ExecutorMap, true),
           QT_TRANSLATE_NOOP("Lesson", "Native C++ threads under Corescope's emulated GIL: one lock a thread must hold to "
           "compute, handed to the other thread every 5 ms as CPython's switch interval does. The "
           "timeline shades the time each task waited for it, the CPU chart shows about one core "
           "busy at a time, and the run takes as long as the serial one. It is an emulation: the "
           "gcd lesson runs real Python threads."),
           QT_TRANSLATE_NOOP("Lesson", "Untick the GIL: the same native threads then compute on two cores at once."),
           QT_TRANSLATE_NOOP("Lesson", "002 (Korean): the GIL keeps Python threads from using several cores")},
    // --- 003 ---------------------------------------------------------------------------------
    Lesson{"sum-tutorial", QT_TRANSLATE_NOOP("Lesson", "The tutorial's summation: Pool.map against a plain loop"), "sum10",
           python(Mode::Processes, 2, PyApi::PoolMap),
           QT_TRANSLATE_NOOP("Lesson", "The tutorial's summation loop (it calls it factorial) over ten inputs near 10^7, "
           "through Pool.map with one worker process per core, in a real Python interpreter. "
           "Ten equal tasks: each worker takes its chunks (Pool.map's own chunksize) and the "
           "cores stay busy to the end. Run it in serial mode too: the tutorial printed 7.36 s "
           "serial, 5.46 s with one Process per input and 5.70 s with Pool(10).map on its "
           "author's machine. Compare the ratios, not the seconds: they depend on the cores."),
           QT_TRANSLATE_NOOP("Lesson", "Set the workers to 10, as the tutorial's Pool(10): no faster on this machine's "
           "cores, and ten interpreters to start."),
           QT_TRANSLATE_NOOP("Lesson", "003 (English): one Process per input against Pool(10).map: 7.36 s serial, 5.46 s "
           "and 5.70 s"),
           LessonWorkers::Cores, kSum10Figures},
    Lesson{"oversubscribe", QT_TRANSLATE_NOOP("Lesson", "More workers than cores does not help"), "primes50",
           options(Mode::Threads, 8),
           QT_TRANSLATE_NOOP("Lesson", "Four native threads (C++, no GIL) for every core of this machine: they only take "
           "turns on the cores. Compare the wall time with as many workers as cores "
           "(cpu_count()): no faster, and each task takes longer. Python threads would not get "
           "that far: under the GIL they compute on one core however many there are."),
           QT_TRANSLATE_NOOP("Lesson", "Run a sweep (1 to 2 x cores) to see the speedup curve flatten at the core count."),
           QT_TRANSLATE_NOOP("Lesson", "003 (English): mp.cpu_count(), the number of CPUs a pool can use"),
           LessonWorkers::FourTimesCores},
    // --- 004 ---------------------------------------------------------------------------------
    Lesson{"order-stream", QT_TRANSLATE_NOOP("Lesson", "Result order: imap waits for the slowest head"), "doubler-sleep",
           options(Mode::Processes, 3, 0, PyApi::PoolImap),
           QT_TRANSLATE_NOOP("Lesson", "Inputs 1, 2, 3 sleep 1, 2 and 3 s. Pool.imap hands results back in input order, each "
           "as soon as it and every earlier one are there: the 'handed back' lane shows a "
           "staircase at 1, 2 and 3 s. ProcessPoolExecutor.map, the tutorials' API, hands back "
           "the same way; only Pool.map holds all three and hands them back together at 3 s."),
           QT_TRANSLATE_NOOP("Lesson", "Switch the API to Pool.map: all three come back at once at 3 s. Then load the "
           "reversed doubler (sleeps 3 - n) and try Pool.imap against Pool.imap_unordered: the "
           "unordered one hands back 6, 4, 2 as they finish; imap holds everything back behind "
           "the slow first task (head-of-line blocking)."),
           QT_TRANSLATE_NOOP("Lesson", "004 (Russian): pool.map vs pool.imap vs pool.imap_unordered")},
    Lesson{"order-completed", QT_TRANSLATE_NOOP("Lesson", "Result order: imap_unordered hands back as completed"),
           "doubler-sleep-reverse", options(Mode::Processes, 3, 0, PyApi::PoolImapUnordered),
           QT_TRANSLATE_NOOP("Lesson", "Inputs 1, 2, 3 sleep 2, 1 and 0 s: the first input is the slowest. "
           "Pool.imap_unordered hands each result back the moment it is ready: 6 at once, 4 at "
           "1 s, 2 at 2 s, in the 'handed back' lane. submit + as_completed does the same."),
           QT_TRANSLATE_NOOP("Lesson", "Switch the API to Pool.imap or ProcessPoolExecutor.map: nothing comes back until the "
           "first, slowest task is done, then all three; Pool.map, too, hands all three back at "
           "the end."),
           QT_TRANSLATE_NOOP("Lesson", "004 (Russian): pool.imap_unordered")},
    Lesson{"api-picker", QT_TRANSLATE_NOOP("Lesson", "Five Python APIs, one workload: when does each result arrive?"),
           "doubler-sleep-reverse", python(Mode::Processes, 3, PyApi::PoolMap),
           QT_TRANSLATE_NOOP("Lesson", "Inputs 1, 2, 3 sleep 2, 1 and 0 s, in a real Python interpreter, through the API in "
           "the API box. Pool.map hands all three back together at 2 s, when the slowest is done. "
           "Pool.imap and ProcessPoolExecutor.map hand them back in input order: nothing until "
           "the first input's 2 s, then all three. Pool.imap_unordered and submit + "
           "as_completed hand each back as it finishes: 6 at once, 4 at 1 s, 2 at 2 s. The "
           "'handed back' lane shows each."),
           QT_TRANSLATE_NOOP("Lesson", "Step through the five APIs in the API box and run each: same tasks, same workers, "
           "only the hand-back lane changes."),
           QT_TRANSLATE_NOOP("Lesson", "004 (Russian): pool.map, pool.imap, pool.imap_unordered; ProcessPoolExecutor.map "
           "from 000-002")},
    Lesson{"result-size", QT_TRANSLATE_NOOP("Lesson", "Big results: processes copy them back, threads do not"),
           "big-results", python(Mode::Processes, 2, PyApi::SubmitAsCompleted),
           QT_TRANSLATE_NOOP("Lesson", "Each task builds a list of 400,000 ints (about 16 MB in CPython 3.11, measured here "
           "with tracemalloc) and returns it, in a real Python interpreter. A worker process "
           "cannot hand the caller its own memory: it pickles the list, sends it through a pipe, "
           "and the caller unpickles it. submit + as_completed hands each result back as soon as "
           "it arrives, so the gap between a bar's end and its tick in the 'handed back' lane is "
           "that copy; the diagnosis gives its median."),
           QT_TRANSLATE_NOOP("Lesson", "Switch Mode to threads and run again: Python threads hand the caller the list "
           "itself, with no copy, so the gaps are shorter and a tick can follow its bar at once. "
           "The others wait for the caller's turn at the GIL, which a thread building a list "
           "holds until the list is done."),
           QT_TRANSLATE_NOOP("Lesson", "004 (Russian): a process is a full copy of the program in other memory, so results "
           "must travel back; pickling itself is beyond the notebook")},
    Lesson{"result-memory", QT_TRANSLATE_NOOP("Lesson", "Pool.map holds every result until the last one"),
           "big-results", python(Mode::Processes, 2, PyApi::PoolMap),
           QT_TRANSLATE_NOOP("Lesson", "The same 12 lists of 400,000 ints through Pool.map, in a real Python interpreter. "
           "The amber shade in the 'handed back' lane counts the results the caller holds: "
           "ended, not yet handed to your code. Pool.map keeps every one until the last task "
           "ends, so the shade climbs to all 12 (about 190 MB of lists in CPython 3.11) before "
           "anything comes back."),
           QT_TRANSLATE_NOOP("Lesson", "Switch the API to Pool.imap and run again: each list is handed over as it comes and "
           "can be saved and dropped, so most arrive before the last task ends and the shade "
           "stays well below all 12, as the notebook advises for its 500 GB of texts."),
           QT_TRANSLATE_NOOP("Lesson", "004 (Russian): pool.map is not recommended, it fills the memory; pool.imap hands "
           "results over gradually")},
    Lesson{"shared-race", QT_TRANSLATE_NOOP("Lesson", "Shared state: native threads without a lock lose updates"),
           "counter-racy", options(Mode::Threads, 2),
           QT_TRANSLATE_NOOP("Lesson", "Each task adds 1 to one shared counter a million times on native threads (C++, no "
           "GIL), with no lock: two threads read the same value and both write value + 1, so "
           "updates are lost. The summary shows the expected and the actual total. Python "
           "threads differ: under the GIL, two threads doing c += 1 lost no update on CPython "
           "3.11 here (the next lesson, shared-race-python), which is not a promise."),
           QT_TRANSLATE_NOOP("Lesson", "Load counter-locked (a lock around each update): the total is right, and slower."),
           QT_TRANSLATE_NOOP("Lesson", "004 (Russian): Manager().dict(), Array; the race itself is beyond the notebooks")},
    Lesson{"shared-race-python", QT_TRANSLATE_NOOP("Lesson", "Shared state: Python threads under the GIL"), "counter-racy",
           python(Mode::Threads, 2),
           QT_TRANSLATE_NOOP("Lesson", "The same counter on the Python runtime: two Python threads each do counter += 1 on a "
           "global, under the real GIL. On CPython 3.10 and newer no thread is switched out "
           "between the read and the write of that statement, so every update arrives; the "
           "diagnosis names the interpreter that ran. That is not a promise: a call between the "
           "read and the write, or a free-threaded build, loses updates."),
           QT_TRANSLATE_NOOP("Lesson", "Load counter-locked: a lock makes the total right everywhere, on every interpreter."),
           QT_TRANSLATE_NOOP("Lesson", "004 (Russian): Manager().dict(), Array; the race itself is beyond the notebooks")},
    Lesson{"shared-processes", QT_TRANSLATE_NOOP("Lesson", "Shared state: processes share no memory"), "counter-locked",
           options(Mode::Processes, 2),
           QT_TRANSLATE_NOOP("Lesson", "The same counter in processes mode: each worker process adds to its own copy, so the "
           "caller's counter stays 0, like the notebook's empty results dict."),
           QT_TRANSLATE_NOOP("Lesson", "Load counter-shared-locked (the counter in memory shared with the workers, a lock "
           "around each update): right again. The next lessons, shared-memory-race and "
           "shared-memory-locked, show it in Python."),
           QT_TRANSLATE_NOOP("Lesson", "004 (Russian): results = dict() stays empty; Manager().dict(), Array")},
    Lesson{"shared-memory-race", QT_TRANSLATE_NOOP("Lesson", "Shared state: shared memory without its lock loses updates"),
           "counter-shared", python(Mode::Processes, 2),
           QT_TRANSLATE_NOOP("Lesson", "Python worker processes add 1 to one multiprocessing.Value with v.value += 1. The "
           "getter and the setter each take the Value's lock, but not the pair: two processes "
           "read the same value and both write value + 1, so the total comes out short. The "
           "summary shows how many updates were lost."),
           QT_TRANSLATE_NOOP("Lesson", "Load counter-shared-locked: with v.get_lock() around each update the total is "
           "right, and slower."),
           QT_TRANSLATE_NOOP("Lesson", "004 (Russian): Manager().dict(), Array")},
    Lesson{"shared-memory-locked", QT_TRANSLATE_NOOP("Lesson", "Shared state: shared memory with get_lock() is right"),
           "counter-shared-locked", python(Mode::Processes, 2),
           QT_TRANSLATE_NOOP("Lesson", "The same Value with its lock around each update (with v.get_lock(): v.value += 1): "
           "every update arrives, and each one takes longer than without the lock; the "
           "diagnosis gives the time per update."),
           QT_TRANSLATE_NOOP("Lesson", "Load counter-manager: a Manager is right too, far slower."),
           QT_TRANSLATE_NOOP("Lesson", "004 (Russian): Manager().dict(), Array")},
    Lesson{"shared-manager", QT_TRANSLATE_NOOP("Lesson", "Shared state: a Manager is right, each update a trip to its process"),
           "counter-manager", python(Mode::Processes, 2),
           QT_TRANSLATE_NOOP("Lesson", "The counter lives in a Manager's own process; the workers hold proxies, so each "
           "update goes to that process and back (for the Manager's lock, the read, the write "
           "and the unlock): every update arrives, and the bars are long. The diagnosis gives "
           "the time per update: more than ten times that of shared memory with its lock."),
           QT_TRANSLATE_NOOP("Lesson", "Load counter-shared-locked and compare the time per update."),
           QT_TRANSLATE_NOOP("Lesson", "004 (Russian): Manager().dict(), Array")},
    // --- beyond the tutorials ---------------------------------------------------------------
    Lesson{"chunksize", QT_TRANSLATE_NOOP("Lesson", "Tiny tasks drown in dispatch overhead: chunksize"), "tiny-tasks",
           options(Mode::Processes, 2, 1),
           QT_TRANSLATE_NOOP("Lesson", "A million doublings sent one at a time: the workers spend their time receiving tasks "
           "and sending results, not computing. Tasks per second is the number to watch."),
           QT_TRANSLATE_NOOP("Lesson", "Set chunksize to 1000 and run again: the same work, a fraction of the time."),
           QT_TRANSLATE_NOOP("Lesson", "(beyond the tutorials: the chunksize argument of Pool.map and Executor.map)")},
    Lesson{"broken-pool", QT_TRANSLATE_NOOP("Lesson", "A worker that dies: BrokenProcessPool"), "broken-pool",
           options(Mode::Processes, 2),
           QT_TRANSLATE_NOOP("Lesson", "The fifth task kills its worker process (native C++ workers). The run stops with an "
           "error that names the task, its input and the signal, as ProcessPoolExecutor raises "
           "BrokenProcessPool, and every result computed before it stays on screen. "
           "multiprocessing.Pool does not raise: it starts a new worker and the lost task's "
           "result never comes, so Pool.map waits for ever. The respawn-and-retry policy and the "
           "task timeout in the Run options are Corescope's own tools, not Python's."),
           QT_TRANSLATE_NOOP("Lesson", "In threads mode the same crash would take the whole program down, which is why "
           "Corescope refuses it there: threads share one process."),
           QT_TRANSLATE_NOOP("Lesson", "(beyond the tutorials: 002 meets BrokenProcessPool when its workers cannot even "
           "load gcd)")},
    Lesson{"broken-pool-python", QT_TRANSLATE_NOOP("Lesson", "A worker that dies in Python: Pool waits, the executor raises"),
           "broken-pool", python(Mode::Processes, 2, PyApi::PoolMap),
           QT_TRANSLATE_NOOP("Lesson", "The fifth task kills its worker process, in a real Python interpreter, through "
           "multiprocessing.Pool.map. Pool does not raise: it starts a new worker, and the lost "
           "task's result never comes, so Pool.map would wait for ever. Corescope sees the death "
           "(faulthandler's last words in the worker's trace), ends the pool and names the task; "
           "the results before it stay on screen."),
           QT_TRANSLATE_NOOP("Lesson", "Switch the API to ProcessPoolExecutor.map: the same death raises BrokenProcessPool "
           "at once."),
           QT_TRANSLATE_NOOP("Lesson", "(beyond the tutorials: 002 meets BrokenProcessPool from ProcessPoolExecutor)")},
    Lesson{"uneven", QT_TRANSLATE_NOOP("Lesson", "Uneven tasks leave cores idle at the end"), "uneven-tasks",
           options(Mode::Processes, 2),
           QT_TRANSLATE_NOOP("Lesson", "Sixty short tasks, then three of 800 ms, on two worker processes through "
           "ProcessPoolExecutor.map (chunksize 1): at the end one worker runs the last long task "
           "alone while the other has nothing left to do. The timeline's right edge shows the "
           "idle lane."),
           QT_TRANSLATE_NOOP("Lesson", "Try more workers: the long tasks still set the end of the run. Then the next lesson, "
           "uneven-poolmap: "
           "the same tasks through Pool.map and its default chunksize."),
           QT_TRANSLATE_NOOP("Lesson", "(beyond the tutorials: 000's numbers take unequal times; this workload makes the "
           "tail long)")},
    Lesson{"uneven-poolmap", QT_TRANSLATE_NOOP("Lesson", "Pool.map's default chunksize packs the long tasks together"),
           "uneven-tasks", options(Mode::Processes, 2, 0, PyApi::PoolMap),
           QT_TRANSLATE_NOOP("Lesson", "The same 63 tasks through Pool.map and its default chunksize, ceil(63 / (4 x 2)) = 8, "
           "as the Chunksize box shows. The last chunk holds four short tasks and all three "
           "800 ms ones, so one worker runs the three one after another (2.4 s of work; longer "
           "on a busy machine) while the other has nothing left to do; and Pool.map hands every "
           "result back only at the end."),
           QT_TRANSLATE_NOOP("Lesson", "Set chunksize to 1, or switch the API to Pool.imap_unordered (chunksize 1 by "
           "default): the long tasks spread over both workers and the tail shrinks to one long "
           "task or less."),
           QT_TRANSLATE_NOOP("Lesson", "(beyond the tutorials: 004 uses pool.map and pool.imap_unordered; the default "
           "chunksize is CPython's, Lib/multiprocessing/pool.py, not the notebooks')")},
    Lesson{"memory-bound", QT_TRANSLATE_NOOP("Lesson", "Memory-bound work stops scaling before the cores run out"),
           "memory-bound", options(Mode::Processes, 2),
           QT_TRANSLATE_NOOP("Lesson", "Each task streams over a 64 MiB buffer, far larger than the caches: the workers "
           "share one memory bus, so two of them come nowhere near twice as fast as one."),
           QT_TRANSLATE_NOOP("Lesson", "Sweep it against the seed primes: the compute-bound curve keeps rising, this one "
           "flattens."),
           QT_TRANSLATE_NOOP("Lesson", "(beyond the notebooks)")},
};

// The races: which lessons have one, and their two settings. Each lesson's own claim is what
// the pair shows side by side; neither adds a sentence of its own.
struct RaceEntry {
    std::string_view lesson;
    RunOptions first;
    RunOptions second;
};

const std::array kRaces{
    // Native threads under the emulated GIL take turns; processes compute at once.
    RaceEntry{"gil-emulated", options(Mode::Threads, 2, 0, PyApi::ExecutorMap, true),
              options(Mode::Processes, 2)},
    // The same in a real interpreter: Python threads against Python processes.
    RaceEntry{"gil-cpu", python(Mode::Threads, 2), python(Mode::Processes, 2)},
    RaceEntry{"gil-processes", python(Mode::Threads, 2), python(Mode::Processes, 2)},
    // Waiting work: a plain loop against four Python threads.
    RaceEntry{"gil-io", python(Mode::Serial, 1), python(Mode::Threads, 4)},
    // CPU work: serial against one process per core.
    RaceEntry{"processes-scale", options(Mode::Serial, 1), options(Mode::Processes, 2)},
};

} // namespace

std::optional<LessonRace> lessonRace(const Lesson &lesson, int logicalCores)
{
    for (const RaceEntry &race : kRaces) {
        if (race.lesson != lesson.id)
            continue;
        // Each side's worker count follows the machine as the lesson's own does.
        Lesson first = lesson;
        first.options = race.first;
        Lesson second = lesson;
        second.options = race.second;
        return LessonRace{lessonOptions(first, logicalCores), lessonOptions(second, logicalCores)};
    }
    return std::nullopt;
}

std::span<const Tutorial> tutorials()
{
    return kTutorials;
}

const Tutorial &tutorialOf(const Lesson &lesson)
{
    for (const Tutorial &t : kTutorials)
        if (!t.id.empty() && lesson.seed.substr(0, t.id.size()) == t.id)
            return t;
    return kTutorials.back();
}

RunOptions lessonOptions(const Lesson &lesson, int logicalCores)
{
    RunOptions o = lesson.options;
    const int cores = std::max(1, logicalCores);
    switch (lesson.workers) {
    case LessonWorkers::AsGiven:
        break;
    case LessonWorkers::Cores:
        o.workers = cores;
        break;
    case LessonWorkers::FourTimesCores:
        o.workers = 4 * cores;
        break;
    }
    return o;
}

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
