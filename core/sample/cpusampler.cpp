#include "core/sample/cpusampler.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <utility>

#include <fcntl.h>
#include <unistd.h>

namespace corescope {

namespace {

std::int64_t steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Fills `buffer` with the whole file in one pread(); grows it when the file did not fit.
// /proc files are generated on each read from offset 0, so the fd stays open and is reused.
bool readWhole(int fd, std::vector<char> &buffer, std::size_t &size)
{
    for (;;) {
        const ssize_t n = ::pread(fd, buffer.data(), buffer.size(), 0);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        if (static_cast<std::size_t>(n) < buffer.size()) {
            size = static_cast<std::size_t>(n);
            return true;
        }
        buffer.resize(buffer.size() * 2);
    }
}

} // namespace

ProcStatSampler::ProcStatSampler(SampleSink sink, SampleClock clock, int hz, std::string path)
    : m_sink(std::move(sink))
    , m_clock(std::move(clock))
    , m_hz(std::clamp(hz, 1, 1000))
    , m_path(std::move(path))
{
}

ProcStatSampler::~ProcStatSampler()
{
    stop();
    if (m_fd >= 0)
        ::close(m_fd);
}

bool ProcStatSampler::read(ProcStatReading &reading)
{
    std::size_t size = 0;
    if (!readWhole(m_fd, m_buffer, size))
        return false;
    return parseProcStat(std::string_view(m_buffer.data(), size), reading);
}

bool ProcStatSampler::start()
{
    if (m_thread.joinable())
        return true;
    m_error.clear();
    if (m_fd < 0) {
        m_fd = ::open(m_path.c_str(), O_RDONLY | O_CLOEXEC);
        if (m_fd < 0) {
            m_error = "cannot open " + m_path + ": " + std::strerror(errno);
            return false;
        }
    }
    // /proc/stat is a few KB on small machines; the intr line makes it larger on big ones.
    if (m_buffer.empty())
        m_buffer.resize(16 * 1024);
    if (!read(m_previous)) {
        m_error = "cannot read per-core counters from " + m_path;
        return false;
    }
    m_minCores = static_cast<std::size_t>(m_previous.coreSlots());
    {
        const std::lock_guard lock(m_mutex);
        m_stopRequested = false;
    }
    m_thread = std::thread([this] { loop(); });
    return true;
}

void ProcStatSampler::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopRequested = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable() && m_thread.get_id() != std::this_thread::get_id())
        m_thread.join();
}

std::string ProcStatSampler::error() const
{
    return m_error;
}

void ProcStatSampler::loop()
{
    using Clock = std::chrono::steady_clock;
    const auto period = std::chrono::nanoseconds(1'000'000'000 / m_hz);
    // Absolute deadlines, so the rate does not drift by the time each sample takes.
    auto next = Clock::now() + period;

    std::unique_lock lock(m_mutex);
    for (;;) {
        // The condition variable (not a sleep) is what lets stop() return at once.
        if (m_wake.wait_until(lock, next, [this] { return m_stopRequested; }))
            return;
        lock.unlock();

        if (read(m_current)) {
            CpuSample sample;
            sample.tNs = m_clock ? m_clock() : steadyNowNs();
            coreUtilization(m_previous, m_current, sample.cores);
            // Keep the vector as wide as the machine even when the highest core goes offline.
            if (sample.cores.size() < m_minCores)
                sample.cores.resize(m_minCores, 0.0f);
            std::swap(m_previous, m_current);
            if (m_sink)
                m_sink(std::move(sample));
        }
        // A failed read skips one tick; the next sample then spans two periods.

        lock.lock();
        next += period;
        const auto now = Clock::now();
        if (next <= now)   // fell behind (suspended, overloaded): skip the missed ticks
            next = now + period;
    }
}

std::unique_ptr<CpuSampler> makeCpuSampler(SampleSink sink, SampleClock clock, int hz)
{
#if defined(__linux__)
    return std::make_unique<ProcStatSampler>(std::move(sink), std::move(clock), hz);
#else
    (void)sink;
    (void)clock;
    (void)hz;
    return nullptr;
#endif
}

int logicalCoreCount()
{
    int cores = 0;
#if defined(__linux__)
    const int fd = ::open("/proc/stat", O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        std::vector<char> buffer(16 * 1024);
        std::size_t size = 0;
        ProcStatReading reading;
        if (readWhole(fd, buffer, size)
            && parseProcStat(std::string_view(buffer.data(), size), reading))
            cores = reading.coreSlots();
        ::close(fd);
    }
#endif
    if (cores <= 0)
        cores = static_cast<int>(std::thread::hardware_concurrency());
    return std::max(cores, 1);
}

} // namespace corescope
