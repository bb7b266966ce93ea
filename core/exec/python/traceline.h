#pragma once

// One line of the Python driver's trace (docs/PYTHON_RUNTIME.md, "Trace events"), parsed
// strictly: a line that does not follow the contract is refused with what is wrong, never
// guessed at.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace corescope::python {

struct TraceLine {
    enum class Kind : std::uint8_t {
        Hello,        ///< H pid role            (text = "driver" | "worker")
        Python,       ///< P chunksize method "version"   (method "-": no process pool)
        PoolAsked,    ///< R ns
        Ready,        ///< Y pid tid ns
        Started,      ///< S pid tid index ns
        Ended,        ///< E pid tid index start end cpu result   (cpu -1 and hasResult false for "-")
        Raised,       ///< F pid tid index start end "Type: message"
        HandedBack,   ///< K index ns
        Counter,      ///< C value
        Done,         ///< D ns
        ApiRaised,    ///< A [index] "message"   (value 1: index names the task whose exception it is)
        Fatal,        ///< "Fatal Python error: ..." (faulthandler; text = the whole line)
        Placed,       ///< M pid rank "host"    (MPI: where a rank runs; value = the rank)
        Clock,        ///< O rank ns             (MPI: a rank's clock, answering Corescope's Q)
        CpuLoad,      ///< U pid ns permille...  (MPI: a host's cores, sampled by one of its ranks)
        EndClock,     ///< Z rank                (MPI: the rank's tasks are over; time its clock again)
        Slot,         ///< X pid tid             (a pool worker's running-task slot: its memfd comes with it)
        Block,        ///< B pid count           (value = count: that many words follow, parseTraceBlock)
        Resource,     ///< T semaphore "name"    (a named semaphore the driver made; method =
                      ///<                         "semaphore", text = name: "/" and no other "/")
        BoolResults,  ///< V bool                (every result the caller received was a bool)
        Said,         ///< L code "[args]"       (what the next A raised, as a sentence of
                      ///<                         Corescope's: method = code, text = a JSON
                      ///<                         array of strings)
    };
    Kind kind = Kind::Done;
    std::int64_t pid = 0;
    std::int64_t tid = 0;
    std::uint32_t index = 0;
    std::int64_t startNs = 0;     ///< S's, R's, Y's, K's, D's time too
    std::int64_t endNs = 0;
    std::int64_t cpuNs = 0;       ///< E's thread CPU time; -1: not measured ("-")
    std::uint64_t value = 0;      ///< E's result, C's counter, P's chunksize, M's, O's and Z's rank
    bool hasResult = true;        ///< E: false when the result was not an integer ("-")
    std::string text;             ///< H's role, P's version, F's and A's message, Fatal's line, M's host
    std::string method;           ///< P's start method ("" for "-")
    std::vector<float> cores;     ///< U's utilization per core, 0..1
};

/// The line without its '\n'. Empty `error` and a value when it follows the contract.
std::optional<TraceLine> parseTraceLine(std::string_view line, std::string &error);

/// The most words a binary block (B) may announce: a longer one is a broken driver.
inline constexpr std::uint64_t kMaxBlockWords = 1 << 17;

/// The records of a binary block (docs/PYTHON_RUNTIME.md, "Binary blocks"): the words that
/// follow a "B pid count" line, signed 64-bit in the machine's byte order, holding E records
/// (tag 1: tid index start end cpu result) and K records (tag 2: index ns) of the process `pid`.
/// E's cpu -1 is "not measured", a negative result is "-". Appends to `out`; false with `error`
/// set when the words do not follow the contract.
bool parseTraceBlock(std::int64_t pid, std::span<const std::int64_t> words,
                     std::vector<TraceLine> &out, std::string &error);

/// The signal a faulthandler line names: "Fatal Python error: Segmentation fault" -> "SIGSEGV".
/// Empty when it names none of faulthandler's signals.
std::string fatalSignal(std::string_view fatalLine);

} // namespace corescope::python
