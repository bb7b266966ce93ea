#pragma once

#include "core/workload/workload.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace corescope {

/// Why a workload file was refused, pointing at the offending value.
struct WorkloadError {
    std::string file;      ///< as given by the caller
    int line = 0;          ///< 1-based; 0 when the problem is the file itself (missing, too big)
    int column = 0;        ///< 1-based, in Unicode code points; 0 with line 0
    std::string field;     ///< "inputs[1]", "inputs.range.step", "expected[4]"; empty for syntax
    std::string message;

    /// `primes.json:3:17: inputs[1]: expected a non-negative integer, got "two"`;
    /// without line 0 / column 0 and without an empty field: `primes.json: file not found`.
    std::string toString() const;
};

/// A generated or listed workload with more tasks than this is refused: every task keeps a
/// trace record, so the limit bounds a run's memory.
inline constexpr std::uint64_t kMaxWorkloadTasks = 50'000'000;
/// Workload files larger than this are refused before they are read. Reading and parsing one
/// this large takes at most a few hundred MB (json::kMaxValues bounds the parsed values).
inline constexpr std::uint64_t kMaxWorkloadFileBytes = std::uint64_t{64} << 20;

/// Parses and validates a workload document (see resources/workloads/ for examples).
/// `fileName` is only used in errors and as Workload::sourcePath.
std::variant<Workload, WorkloadError> parseWorkload(std::string_view text,
                                                    std::string_view fileName);

/// The name a workload file gives a shared counter's sync ("shared_memory"; reports write
/// their own spelling, io::counterSyncName).
std::string_view counterSyncWorkloadName(CounterSync sync);

/// Reads and parses a workload file. A missing or unreadable file, a directory or a file
/// above kMaxWorkloadFileBytes gives an error with line 0.
std::variant<Workload, WorkloadError> loadWorkloadFile(const std::string &path);

} // namespace corescope
