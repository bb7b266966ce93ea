#include "core/sample/threadstatesampler.h"

#include "core/trace/runrecorder.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>

namespace corescope {

char threadStateOf(std::string_view stat)
{
    const std::size_t close = stat.rfind(')');
    if (close == std::string_view::npos)
        return 0;
    for (std::size_t i = close + 1; i < stat.size(); ++i) {
        if (stat[i] != ' ')
            return (stat[i] >= 'A' && stat[i] <= 'Z') || (stat[i] >= 'a' && stat[i] <= 'z') ? stat[i] : 0;
    }
    return 0;
}

char readThreadState(int fd, char *buffer, std::size_t size)
{
    const ssize_t n = ::pread(fd, buffer, size, 0);
    if (n <= 0)
        return 0;
    return threadStateOf(std::string_view(buffer, static_cast<std::size_t>(n)));
}

SchedStat readSchedStat(int fd, char *buffer, std::size_t size)
{
    SchedStat out;
    const ssize_t n = ::pread(fd, buffer, size, 0);
    ssize_t i = 0;
    // "<on cpu ns> <waiting ns> <timeslices>\n"
    const auto number = [&]() -> std::int64_t {
        const ssize_t from = i;
        std::int64_t v = 0;
        for (; i < n && buffer[i] >= '0' && buffer[i] <= '9'; ++i)
            v = v * 10 + (buffer[i] - '0');
        return i > from ? v : -1;
    };
    if (n <= 0)
        return out;
    out.onCpuNs = number();
    if (out.onCpuNs >= 0 && i < n && buffer[i] == ' ') {
        ++i;
        out.waitingNs = number();
    }
    return out;
}

std::int64_t readThreadCpuNs(int fd, char *buffer, std::size_t size)
{
    return readSchedStat(fd, buffer, size).onCpuNs;
}

ThreadStateSampler::ThreadStateSampler(Sink sink, ToRunNs toRun, std::int64_t periodNs)
    : m_sink(std::move(sink)), m_toRun(std::move(toRun)), m_periodNs(periodNs)
{
}

ThreadStateSampler::~ThreadStateSampler()
{
    stop();
}

bool ThreadStateSampler::addThread(int worker, std::int32_t pid, std::int32_t tid)
{
    const std::string dir = "/proc/" + std::to_string(pid) + "/task/" + std::to_string(tid);
    Watched w;
    w.worker = worker;
    w.fd = ::open((dir + "/schedstat").c_str(), O_RDONLY | O_CLOEXEC);
    char buffer[512];
    if (w.fd >= 0)
        w.lastCpuNs = readThreadCpuNs(w.fd, buffer, sizeof buffer);
    if (w.fd < 0 || w.lastCpuNs < 0) {   // no schedstat (or gone): the state letters
        if (w.fd >= 0)
            ::close(w.fd);
        w.byState = true;
        w.fd = ::open((dir + "/stat").c_str(), O_RDONLY | O_CLOEXEC);
        if (w.fd < 0)
            return false;
    }
    std::lock_guard lock(m_mutex);
    if (m_stopRequested) {
        ::close(w.fd);
        return false;
    }
    m_watched.push_back(w);
    if (!m_thread.joinable())
        m_thread = std::thread([this] { loop(); });
    return true;
}

void ThreadStateSampler::close(Watched &w, std::vector<GilHold> &out)
{
    if (w.sliceStart >= 0)
        out.push_back({m_toRun(w.sliceStart), m_toRun(w.sliceEnd),
                       static_cast<std::int16_t>(w.worker), true});
    w.sliceStart = w.sliceEnd = -1;
}

void ThreadStateSampler::extend(Watched &w, std::int64_t from, std::int64_t to,
                                std::vector<GilHold> &out)
{
    if (w.sliceStart >= 0 && from <= w.sliceEnd + m_periodNs) {
        w.sliceStart = std::min(w.sliceStart, from);
        w.sliceEnd = std::max(w.sliceEnd, to);
        return;
    }
    close(w, out);
    w.sliceStart = from;
    w.sliceEnd = to;
}

void ThreadStateSampler::sweep(std::vector<GilHold> &out)
{
    char buffer[512];
    for (Watched &w : m_watched) {
        if (w.fd < 0)
            continue;
        // Each thread's reading is stamped when it is read: a sweep of 8 threads takes tens
        // of microseconds, not nothing.
        bool ended = false;
        if (w.byState) {
            const char state = readThreadState(w.fd, buffer, sizeof buffer);
            const std::int64_t t = monotonicNowNs();
            if (state == 'R')
                extend(w, w.sliceStart >= 0 ? w.sliceEnd : t, t, out);
            else
                close(w, out);
            ended = state == 0;
        } else {
            const std::int64_t cpu = readThreadCpuNs(w.fd, buffer, sizeof buffer);
            const std::int64_t t = monotonicNowNs();
            if (cpu > w.lastCpuNs)   // it ran that long since the last reading showed
                extend(w, t - (cpu - w.lastCpuNs), t, out);
            else if (w.sliceStart >= 0 && t - w.sliceEnd > kCloseAfterNs)
                close(w, out);
            if (cpu >= 0)
                w.lastCpuNs = cpu;
            ended = cpu < 0;
        }
        if (ended) {   // the thread has ended
            close(w, out);
            ::close(w.fd);
            w.fd = -1;
        }
    }
}

void ThreadStateSampler::loop()
{
    std::vector<GilHold> out;
    std::unique_lock lock(m_mutex);
    auto next = std::chrono::steady_clock::now();
    while (!m_stopRequested) {
        const std::int64_t t0 = monotonicNowNs();
        if (m_lastSweepNs >= 0)
            m_longestGapNs = std::max(m_longestGapNs, t0 - m_lastSweepNs);
        m_lastSweepNs = t0;
        sweep(out);
        m_sweepNsTotal += monotonicNowNs() - t0;
        ++m_sweeps;
        if (!out.empty()) {
            lock.unlock();
            m_sink(out);
            out.clear();
            lock.lock();
        }
        next += std::chrono::nanoseconds(m_periodNs);
        const auto now = std::chrono::steady_clock::now();
        if (next < now)   // late (a loaded machine): sample again now, do not catch up
            next = now;
        m_wake.wait_until(lock, next, [this] { return m_stopRequested; });
    }
    for (Watched &w : m_watched) {
        close(w, out);
        if (w.fd >= 0)
            ::close(w.fd);
        w.fd = -1;
    }
    lock.unlock();
    if (!out.empty())
        m_sink(out);
}

void ThreadStateSampler::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopRequested = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    std::lock_guard lock(m_mutex);
    for (Watched &w : m_watched)
        if (w.fd >= 0)
            ::close(w.fd), w.fd = -1;
}

std::uint64_t ThreadStateSampler::sweeps() const
{
    std::lock_guard lock(m_mutex);
    return m_sweeps;
}

std::int64_t ThreadStateSampler::longestGapNs() const
{
    std::lock_guard lock(m_mutex);
    return m_longestGapNs;
}

std::int64_t ThreadStateSampler::meanSweepNs() const
{
    std::lock_guard lock(m_mutex);
    return m_sweeps ? m_sweepNsTotal / static_cast<std::int64_t>(m_sweeps) : 0;
}

} // namespace corescope
