#pragma once

// One Python run on the job thread (PythonExecutor::run): the driver's launch is in
// driverlaunch.cpp; its poll loop, the trace lines it reads and how it ends are in
// core/exec/pythonexecutor.cpp; MPI ranks (mpirun, their hosts and clocks) in mpiranks.cpp.
// Private to the Python runtime.

#include "core/exec/pool/ioloop.h"
#include "core/exec/pool/subprocess.h"
#include "core/exec/python/traceline.h"
#include "core/sample/threadstatesampler.h"
#include "core/trace/runrecorder.h"
#include "core/trace/tracefeed.h"

#include <chrono>
#include <deque>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>
#include <stop_token>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace corescope::python {

// A running-task slot (X): its 16 bytes, the start and index + 1 (0: no task yet), written by
// its thread before each task, only read here (atomic loads); its tasks send no S. After them,
// when X's memfd is longer, its ring of E records (docs/PYTHON_RUNTIME.md, "The ring"): the
// words the thread wrote, the words read here (the one word Corescope writes), then the
// records. A pool worker has one, on its connection; the driver one per thread of its own
// (serial, threads), on its connection.
struct Slot {
    std::uint64_t *words = nullptr;
    std::size_t bytes = 0;               // the mapping's length
    const std::int64_t *ring = nullptr;  // the ring's words, or none
    std::uint64_t ringWords = 0;         // its size in words (a multiple of an E record's 7)
    std::uint64_t ringRead = 0;          // the words read from it, a running count
    std::int64_t tid = 0;
    std::int64_t shown = -1;       // the last task the slot made a running one
    std::int64_t lastEnded = -1;   // the highest task an E or F of this thread ended
};

// One peer: the driver's socket pair, or a worker's connection.
struct Connection {
    int fd = -1;
    bool driver = false;
    std::int64_t pid = 0;        // from H
    std::string pending;         // bytes of an unfinished line
    std::string fatal;           // faulthandler's first line, once it spoke
    // Tasks started (S, or a worker's slot) and not yet ended, by process and thread (MPI ranks
    // all speak on the driver's connection): index and start.
    std::map<std::pair<std::int64_t, std::int64_t>, std::pair<std::uint32_t, std::int64_t>> running;
    bool closed = false;
    std::vector<Slot> slots;       // a pool worker's one, the driver's threads' (X)
    std::deque<int> passedFds;     // memfds received (SCM_RIGHTS), each for the X sent with it
    // A binary block (B) whose words are still arriving: its process and how many words.
    std::int64_t blockPid = 0;
    std::size_t blockWords = 0;
    bool refused = false;          // a block refused: what follows is not read as lines
};

class Session {
public:
    Session(RunRecorder &recorder, std::stop_token stop);
    ~Session() { endGroup(); }

    void run();

private:
    // An MPI rank: where it runs, and its clock's round trips (Q sent, O answered).
    struct Rank {
        std::uint32_t rank = 0;
        std::string host;
        std::int64_t offsetNs = 0;        // its host's clock minus ours
        std::int64_t uncertaintyNs = -1;  // -1 until its round trips are over
        int pingsLeft = 0;
        bool atEnd = false;               // the round trips after its last task (Z)
        std::int64_t sentNs = 0;          // our clock when the last Q went
        int worker = -1;                  // its worker id, once every rank is placed
    };
    struct HostClock {
        std::int64_t offsetNs = 0;
        std::int64_t roundTripNs = -1;
    };

    bool start();
    bool mpi() const { return m_options.mode == Mode::Mpi; }
    bool spawnMpirun(const std::string &driver, int errFd, std::string &error);
    void placed(Connection &c, const TraceLine &t);
    void clockAnswered(const TraceLine &t);
    void endClockAsked(const TraceLine &t);
    void ping(Rank &r);
    std::pair<std::int64_t, Rank *> rankNumbered(std::uint64_t rank);
    void allRanksPlaced();
    void hostSampled(TraceLine &t);
    void checkMpiStart();
    void toOurClock(const Connection &c, TraceLine &t) const;
    void mpiJobEnded(Connection &c, int status);
    void reapLocalRanks(std::chrono::steady_clock::time_point deadline);
    void sendToDriver(const std::string &line);
    void flushOut();
    std::string spec(const std::string &socketName) const;
    void loop();
    /// Reads what `c` has (up to 1 MiB); returns how many bytes that was.
    std::size_t readFrom(Connection &c);
    void acceptWorkers();            // the workers' new connections (the listening socket's)
    void handle(Connection &c, std::string_view line);
    void handle(Connection &c, TraceLine &t);
    // A binary block's words, once all arrived after their "B pid count" line.
    void handleBlock(Connection &c, std::string_view bytes);
    void connectionEnded(Connection &c);
    void mapSlot(Connection &c, const TraceLine &t);
    void pollSlots(Connection &c);   // its slots' rings drained, then its threads' running tasks
    void drainRing(Connection &c, Slot &slot);
    void drainRings(Connection &c);
    static bool ringFull(const Slot &slot);
    // The task the slot's thread runs and its start, if it has not ended.
    static std::optional<std::pair<std::int64_t, std::int64_t>> runningTask(Slot &slot);
    void unmapSlots(Connection &c);
    void started(Connection &c, const TraceLine &t);
    void checkTimeouts();
    int workerFor(std::int64_t pid, std::int64_t tid, std::int64_t atNs);
    void check(const std::string &problem);
    void reportDeath(const std::string &pythonSays);
    void endGroup();
    void closeDescriptors();
    void removeLeftovers();
    std::string stderrTail() const;
    void readStderr();                // what the driver's stderr holds now (non-blocking)
    std::string stderrLastError();    // its last Python exception line so far ("" for none)

    RunRecorder &m_rec;
    const RunOptions m_options;
    std::stop_token m_stop;
    TraceFeed m_feed;
    pool::IoLoop m_loop;
    pool::Subprocess m_driver;
    int m_listenFd = -1;
    int m_stderrFd = -1;
    int m_diedUnready = 0;            // worker connections that ended before their hello
    std::optional<std::pair<std::uint32_t, std::string>> m_firstRaised;   // the first F read
    // Each F's text by its task: the A that re-raises a task's exception has lost, with its
    // traceback, the line of the task's code that raised it, which F names.
    std::unordered_map<std::uint32_t, std::string> m_raisedBy;
    std::string m_stderr;
    std::string m_said;             // the driver's L: what its A raised, as Corescope says it
    std::string m_interpreter;
    std::string m_userFile;         // the workload's own Python file, as a path Python can open
    // What the run's processes would leave behind when the group is killed (removeLeftovers):
    // the directory made for multiprocessing's temporary files, and the names of the named
    // semaphores the driver said it made (T).
    std::string m_tmpDir;
    std::vector<std::string> m_semaphores;
    static constexpr std::size_t kMaxSemaphores = 4096;   // a pool makes a handful
    std::string m_out;              // the spec, until written
    std::size_t m_outAt = 0;
    std::deque<Connection> m_conns;    // [0] the driver; a deque: references survive push_back
    std::map<std::pair<std::int64_t, std::int64_t>, int> m_workers;
    std::int64_t m_poolAskedNs = -1;
    bool m_sawPoolAsked = false;   // the driver's R came: it has loaded the workload's code
    std::int64_t m_doneNs = -1;
    // After D, the driver has kDriverExitGraceMs to close its connection (exit): a module's
    // atexit that waits, a thread that never ends, would otherwise hold the run open.
    std::optional<std::chrono::steady_clock::time_point> m_exitDeadline;
    bool m_apiRaised = false;
    bool m_slotted = false;         // a slot is mapped: read the slots every 25 ms
    std::chrono::steady_clock::time_point m_nextWorkerRound{};   // see kWorkerRoundMs
    bool m_ended = false;           // the group was killed
    std::int64_t m_endedMonoNs = -1; // when (CLOCK_MONOTONIC)
    // A worker died running a task; reported when the driver says what Python raised, or
    // after kBrokenPoolWaitMs.
    struct Death {
        int worker = -1;
        std::uint32_t index = 0;
        std::int64_t startNs = 0;
        std::int64_t endNs = 0;
        std::string what;
        std::string fatal;          // faulthandler's line on its connection, if it spoke
        std::chrono::steady_clock::time_point deadline;
    };
    std::optional<Death> m_death;
    std::unique_ptr<ThreadStateSampler> m_gilSampler;   // Python threads only
    std::map<std::int64_t, Rank> m_ranks;               // MPI: by pid (rank 0 too)
    std::map<std::string, HostClock> m_hostClocks;      // MPI: the best round trip per host
    std::map<std::string, HostClock> m_hostClocksAtEnd; // MPI: the same, after the last tasks
    bool m_allPlaced = false;                           // MPI: every worker rank measured
    std::int64_t m_spawnNs = 0;                         // when the driver (mpirun) started
};

} // namespace corescope::python
