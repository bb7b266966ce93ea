#pragma once

#include "core/sample/procstat.h"
#include "core/trace/taskrecord.h"

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace corescope {

/// Receives each sample, on the sampler's own thread.
using SampleSink = std::function<void(CpuSample)>;
/// The run's clock: ns since the run's start (RunRecorder::now()).
using SampleClock = std::function<std::int64_t()>;

/// Reads per-core utilization at a fixed rate beside a run. The OS-specific part lives behind
/// this interface; makeCpuSampler() picks the one for this OS.
class CpuSampler {
public:
    virtual ~CpuSampler() = default;
    CpuSampler(const CpuSampler &) = delete;
    CpuSampler &operator=(const CpuSampler &) = delete;

    /// Takes a baseline reading and starts sampling. Each sample covers the time since the
    /// previous one and is stamped at its end. Returns false (and error() says why) when the
    /// OS counters cannot be read. Calling it while running does nothing and returns true.
    virtual bool start() = 0;
    /// Stops sampling; returns within one sampling period. No sample is delivered after it
    /// returns. Safe to call more than once.
    virtual void stop() = 0;
    /// Why start() failed, or empty.
    virtual std::string error() const = 0;

protected:
    CpuSampler() = default;
};

/// Linux: reads /proc/stat on its own thread. One pread() into a reused buffer and an
/// allocation-free parse per tick; at 20 Hz that is about 0.2 % of a core on a 2-core VM, most
/// of it the wake-up and the kernel writing the file (`corescope-bench figures --only sampler`).
class ProcStatSampler final : public CpuSampler {
public:
    /// `hz` is clamped to 1..1000. `path` is for tests (a file standing in for /proc/stat).
    ProcStatSampler(SampleSink sink, SampleClock clock, int hz = 20,
                    std::string path = "/proc/stat");
    ~ProcStatSampler() override;   ///< stops and joins

    bool start() override;
    void stop() override;
    std::string error() const override;

    int hz() const { return m_hz; }

private:
    void loop();
    bool read(ProcStatReading &reading);

    SampleSink m_sink;
    SampleClock m_clock;
    int m_hz = 20;
    std::string m_path;
    int m_fd = -1;
    std::string m_error;

    // Used by the sampling thread only (and by start() before the thread exists).
    std::vector<char> m_buffer;
    ProcStatReading m_previous;
    ProcStatReading m_current;
    std::size_t m_minCores = 0;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopRequested = false;
    std::thread m_thread;
};

/// The sampler for this OS, delivering to `sink` at `hz`; nullptr where there is none.
/// Not started yet: call start().
std::unique_ptr<CpuSampler> makeCpuSampler(SampleSink sink, SampleClock clock, int hz = 20);

/// Logical cores as the sampler counts them (highest CPU number + 1, so sample vectors and
/// TaskRecord::cpuStart index the same slots); at least 1.
int logicalCoreCount();

} // namespace corescope
