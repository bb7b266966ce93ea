#include "app/i18n/workloadtexts.h"

#include <QtGlobal>

namespace corescope::i18n {

// The shipped workloads' names and descriptions (resources/workloads/*.json), for lupdate:
// JSON is beyond its reach. tst_translations fails when a shipped workload's text is missing.
std::span<const char *const> shippedWorkloadTexts()
{
    static constexpr const char *kTexts[] = {
        QT_TRANSLATE_NOOP("Workload", "Big results"),
        QT_TRANSLATE_NOOP("Workload", "Each task builds a list of 400,000 numbers and hands it back, as tutorial 004's text-processing example hands back whole texts: threads share the list with the caller, processes pickle it, send it through a pipe and unpickle it"),
        QT_TRANSLATE_NOOP("Workload", "Broken pool"),
        QT_TRANSLATE_NOOP("Workload", "Seven 200 ms tasks where the fifth kills its worker process (SIGSEGV): the run fails naming that task, and results already computed are kept"),
        QT_TRANSLATE_NOOP("Workload", "Shared counter, locked"),
        QT_TRANSLATE_NOOP("Workload", "The same counter with a lock around each update: right in threads; in processes each worker adds to its own copy and the caller's total stays 0"),
        QT_TRANSLATE_NOOP("Workload", "Shared counter through a Manager"),
        QT_TRANSLATE_NOOP("Workload", "The counter lives in a multiprocessing Manager's process: every update is a round trip to it through a proxy, right and slow (Python runtime only)"),
        QT_TRANSLATE_NOOP("Workload", "Shared counter, no lock"),
        QT_TRANSLATE_NOOP("Workload", "Eight tasks each add 1 to one shared counter a million times without a lock: native threads lose updates, and the total comes out short (Python threads on CPython 3.10 and newer happen not to: the run says which)"),
        QT_TRANSLATE_NOOP("Workload", "Shared counter, shared memory with its lock"),
        QT_TRANSLATE_NOOP("Workload", "The same shared counter with a lock around each update (with v.get_lock(): v.value += 1): every update arrives, and it is slower"),
        QT_TRANSLATE_NOOP("Workload", "Shared counter, shared memory without the lock"),
        QT_TRANSLATE_NOOP("Workload", "Eight tasks add 1 to one counter in memory shared with the worker processes, read then write, no lock (v.value += 1 on a multiprocessing.Value): updates get lost and the total comes out short (natively, only when both workers run at once)"),
        QT_TRANSLATE_NOOP("Workload", "Sleeping doubler, reversed"),
        QT_TRANSLATE_NOOP("Workload", "The imap_unordered example: doubling 1, 2 and 3 after sleeping 3 - n seconds, so the first input finishes last; as completed hands back 6, 4, 2, ordered stream holds all behind the first"),
        QT_TRANSLATE_NOOP("Workload", "Sleeping doubler"),
        QT_TRANSLATE_NOOP("Workload", "The imap example: doubling 1, 2 and 3 after sleeping that many seconds; ordered batch hands all back at 3 s, ordered stream at 1, 2 and 3 s"),
        QT_TRANSLATE_NOOP("Workload", "Doubler"),
        QT_TRANSLATE_NOOP("Workload", "x -> 2x over [5, 10, 15, 20, 25] from the teaching material: tasks so small that starting the workers is the whole cost"),
        QT_TRANSLATE_NOOP("Workload", "Naive gcd (4 pairs)"),
        QT_TRANSLATE_NOOP("Workload", "Counting-down gcd of the 4 pairs from the teaching material: 2 threads under the GIL gain nothing, 2 processes nearly halve the time"),
        QT_TRANSLATE_NOOP("Workload", "Waiting tasks"),
        QT_TRANSLATE_NOOP("Workload", "Twenty tasks that each wait 200 ms, like I/O: threads overlap the waits even under the GIL, and the CPU stays idle"),
        QT_TRANSLATE_NOOP("Workload", "Memory-bound sweep"),
        QT_TRANSLATE_NOOP("Workload", "16 tasks of 8 streaming passes over a 64 MiB buffer per worker: memory bandwidth runs out before the cores do, so the speedup flattens early"),
        QT_TRANSLATE_NOOP("Workload", "Seed primes (50), your own Python"),
        QT_TRANSLATE_NOOP("Workload", "The Korean notebook's is_prime in a file of your own (primes.py beside this workload), run by CPython itself on the notebook's NUMS: the Python runtime imports the file by module name, as a spawned worker would"),
        QT_TRANSLATE_NOOP("Workload", "Seed primes (50)"),
        QT_TRANSLATE_NOOP("Workload", "Trial-division primality of the 50 integers near 1e14..1e15 from the teaching material: pure CPU work that scales with processes and native threads, but not with threads under the GIL"),
        QT_TRANSLATE_NOOP("Workload", "Seed primes (6), defined in a notebook"),
        QT_TRANSLATE_NOOP("Workload", "is_prime defined in the program's __main__, as a notebook cell defines it: forked workers inherit it, spawned ones cannot find it and the pool breaks before any result (tutorial 002; Python runtime only)"),
        QT_TRANSLATE_NOOP("Workload", "Seed primes (6)"),
        QT_TRANSLATE_NOOP("Workload", "The six is_prime inputs of the Korean notebook (five primes and one composite): a short CPU-bound run, serial against a pool"),
        QT_TRANSLATE_NOOP("Workload", "Summation loop (10)"),
        QT_TRANSLATE_NOOP("Workload", "The seed's \"factorial\" (1 + 1 + 2 + ... + n by a loop) over 10 inputs near 1e7: ten equal CPU-bound tasks, one per process or through a pool"),
        QT_TRANSLATE_NOOP("Workload", "Many tiny tasks"),
        QT_TRANSLATE_NOOP("Workload", "A million doublings of 5: per-task dispatch overhead swamps the work until chunksize sends tasks in batches"),
        QT_TRANSLATE_NOOP("Workload", "Uneven tasks"),
        QT_TRANSLATE_NOOP("Workload", "60 busy tasks of 20 to 60 ms followed by three of 800 ms: the long tail leaves cores idle at the end of the run"),
    };
    return kTexts;
}

} // namespace corescope::i18n
