#pragma once

// The life of one worker of Corescope, shared by the process pool's corescope-worker (its
// stream is a socket pair) and the MPI ranks' corescope-mpi-worker (its stream travels in MPI
// messages through rank 0): send Hello; then read Configure and Chunk frames
// (core/protocol/protocol.h), run each task with runKernel, and send Results. Results of every
// chunk already read are batched into one write before the next blocking read; a chunk that
// took long (> 100 us) is reported at once so long tasks show up promptly, and within a chunk
// results go out at least every millisecond (the app's task timeout relies on knowing which
// task is running). Returns 0 on end of stream or Shutdown. A malformed or unexpected frame:
// an Error frame, then 2. The crash kernel really kills this process (the broken-pool lesson);
// the results of the tasks before it are sent first. For the shared_counter kernel with a sync
// in shared memory, fd 4 is the run's counter file (the process pool only).
//
// No Qt here: start-up must stay in the low milliseconds.

#include "core/protocol/protocol.h"

#include <cstdint>
#include <span>

namespace corescope::worker {

/// Carries the worker's byte stream to and from the app.
class Transport {
public:
    virtual ~Transport() = default;
    /// Blocks until some bytes arrived, and puts them into `decoder` (prepare / commit). False
    /// at end of stream or when the app's end is gone.
    virtual bool receive(protocol::Decoder &decoder) = 0;
    /// Sends all of `bytes` (complete frames). False when the app's end is gone.
    virtual bool send(std::span<const std::uint8_t> bytes) = 0;
};

/// Tests of another host's clock only (CORESCOPE_TEST_CLOCK_SHIFT_NS and _DRIFT, honoured by
/// corescope-mpi-worker): how that host's clock would read against this one's, `shiftNs` off
/// and running `drift` faster (0.02: 2 % fast) since `originNs`. The default reads true.
struct TestClock {
    std::int64_t shiftNs = 0;
    double drift = 0.0;
    std::int64_t originNs = 0;
    std::int64_t read(std::int64_t trueNs) const
    {
        return trueNs + shiftNs + static_cast<std::int64_t>(static_cast<double>(trueNs - originNs) * drift);
    }
    /// CLOCK_MONOTONIC as it is (ns).
    static std::int64_t trueNowNs();
    /// This clock now.
    std::int64_t now() const { return read(trueNowNs()); }
};

/// Runs the worker until end of stream or Shutdown; the exit code (0, or 2 after a protocol
/// error). Every time it reports is read through `clock`.
int runWorker(Transport &transport, bool reportEachTask, TestClock clock = {});

} // namespace corescope::worker
