#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace corescope {

enum class Mode : std::uint8_t { Serial, Threads, Processes };
/// When results are handed back to the caller: Python's map, imap and imap_unordered.
enum class Ordering : std::uint8_t { OrderedBatch, OrderedStream, AsCompleted };

std::string_view modeName(Mode mode);                 ///< "serial", "threads", "processes"
std::optional<Mode> modeFromName(std::string_view name);
std::string_view orderingName(Ordering ordering);     ///< "ordered-batch", ...
std::string_view orderingLabel(Ordering ordering);    ///< "ordered batch (map)", for the UI
std::optional<Ordering> orderingFromName(std::string_view name);

/// How one run executes. Plain value; validated by validate().
struct RunOptions {
    Mode mode = Mode::Processes;
    int workers = 2;
    int chunksize = 1;
    Ordering ordering = Ordering::OrderedBatch;
    int sampleHz = 20;                 ///< per-core sampler rate; 0 = off
    bool gil = false;                  ///< emulated GIL (threads mode)
    double switchIntervalMs = 5.0;     ///< GIL switch interval, as sys.getswitchinterval()
    std::string workerPath;            ///< processes: corescope-worker; empty = next to the app

    static constexpr int kMaxWorkers = 1024;
    static constexpr int kMaxChunksize = 1 << 24;
    /// Empty when fine, else a sentence naming the bad value.
    std::string validate() const;

    friend bool operator==(const RunOptions &, const RunOptions &) = default;
};

} // namespace corescope
