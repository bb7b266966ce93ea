// The worker's life, whatever carries its byte stream: see workerloop.h.

#include "app/worker/workerloop.h"

#include "core/kernels/kernel.h"
#include "core/protocol/protocol.h"

#include <sched.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>
#include <sys/syscall.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

namespace corescope::worker {

namespace {

namespace proto = corescope::protocol;

constexpr int kSharedCounterFd = 4;
// A chunk that ran this long is reported without waiting for the rest of the input batch.
constexpr std::int64_t kPromptReportNs = 100'000;
// Within a chunk, results are sent at least this often, so the app always knows which task is
// running (its per-task timeout measures from the last reported result).
constexpr std::int64_t kMaxResultLagNs = 1'000'000;
// Bound on results held back (also keeps each Results frame small).
constexpr std::size_t kMaxHeldResults = 8192;

// Tests only (TestClock): this worker's clock reads as another host's would.
TestClock g_clock;
bool g_clockSkewed = false;

std::int64_t monotonicNs()
{
    return g_clockSkewed ? g_clock.now() : TestClock::trueNowNs();
}

std::int16_t currentCpu()
{
    return static_cast<std::int16_t>(sched_getcpu());
}

// No cancel (the app kills the process instead), no GIL; the shared counter when there is one.
class WorkerContext final : public KernelContext {
public:
    bool checkpoint() override { return true; }
    std::atomic<std::uint64_t> *sharedCounter() override { return counter; }
    std::atomic<std::uint64_t> *counter = nullptr;
};

class Worker {
public:
    Worker(Transport &transport, bool reportEachTask)
        : m_transport(transport), m_reportEachTask(reportEachTask)
    {
        m_results.reserve(kMaxHeldResults);
        m_out.reserve(64 * 1024);
    }

    int run()
    {
        proto::Hello hello;
        hello.pid = static_cast<std::uint32_t>(getpid());
        hello.tid = static_cast<std::uint32_t>(syscall(SYS_gettid));
        hello.readyNs = monotonicNs();
        proto::appendHello(m_out, hello);
        if (!sendOut())
            return 0;

        for (;;) {
            // End of stream (the parent is done with us) or the parent's end is gone: nothing
            // left to report to.
            if (!m_transport.receive(m_decoder))
                return 0;

            proto::Frame frame;
            for (;;) {
                const auto status = m_decoder.next(frame);
                if (status == proto::Decoder::Status::NeedMore)
                    break;
                if (status == proto::Decoder::Status::Error)
                    return protocolError("malformed message from the parent: " + m_decoder.error());
                switch (frame.type) {
                case proto::MessageType::Configure: {
                    std::string why;
                    if (!proto::decodeConfigure(frame.payload, m_config, why))
                        return protocolError("bad Configure: " + why);
                    if (counterInSharedMemory(m_config.params.counterSync) && !m_context.counter) {
                        void *shared = mmap(nullptr, sizeof(std::atomic<std::uint64_t>),
                                            PROT_READ | PROT_WRITE, MAP_SHARED, kSharedCounterFd, 0);
                        if (shared == MAP_FAILED)
                            return protocolError(std::string("no shared counter memory on fd 4: ")
                                                 + std::strerror(errno));
                        m_context.counter = static_cast<std::atomic<std::uint64_t> *>(shared);
                    }
                    m_configured = true;
                    m_flushEachTask = m_reportEachTask || kernelInfo(m_config.kernel).killsProcess;
                    break;
                }
                case proto::MessageType::Chunk:
                    if (!m_configured)
                        return protocolError("Chunk before Configure");
                    if (!runChunk(proto::ChunkView(frame.payload)))
                        return 0;
                    break;
                case proto::MessageType::Ping:
                    // At once, before the results held back: the round trip is the clock
                    // estimate's uncertainty (MPI mode, between chunks).
                    proto::appendPong(m_out, monotonicNs());
                    if (!sendOut())
                        return 0;
                    break;
                case proto::MessageType::Shutdown:
                    flushResults();
                    sendOut();
                    return 0;
                default:
                    return protocolError("unexpected " + std::string(proto::messageTypeName(frame.type))
                                         + " message from the parent");
                }
            }
            flushResults();
            if (!sendOut())
                return 0;
        }
    }

private:
    // False when the parent has gone away.
    bool runChunk(const proto::ChunkView &chunk)
    {
        const std::int64_t chunkStart = monotonicNs();
        for (std::uint32_t i = 0; i < chunk.count(); ++i) {
            const TaskInput input = chunk.input(i);
            if (m_flushEachTask) {
                // This kernel may kill the process: whatever was computed before must have
                // reached the parent already.
                flushResults();
                if (!sendOut())
                    return false;
            }
            proto::TaskResult r;
            r.index = chunk.first() + i;
            r.startNs = monotonicNs();
            r.cpuStart = currentCpu();
            r.value = runKernel(m_config.kernel, input, m_config.params, m_context, m_config.scale).value;
            r.endNs = monotonicNs();
            r.cpuEnd = currentCpu();
            m_results.push_back(r);
            if (r.endNs - m_lastSendNs >= kMaxResultLagNs) {
                flushResults();
                if (!sendOut())
                    return false;
            } else if (m_results.size() >= kMaxHeldResults) {
                flushResults();
                if (m_out.size() >= (1u << 20) && !sendOut())
                    return false;
            }
        }
        if (monotonicNs() - chunkStart > kPromptReportNs) {
            flushResults();
            return sendOut();
        }
        return true;
    }

    void flushResults()
    {
        if (m_results.empty())
            return;
        proto::appendResults(m_out, m_results);
        m_results.clear();
    }

    // One write for everything pending. False when the parent is gone.
    bool sendOut()
    {
        const bool sent = m_out.empty() || m_transport.send(m_out);
        m_out.clear();
        if (!sent)
            return false;
        m_lastSendNs = monotonicNs();
        return true;
    }

    int protocolError(const std::string &text)
    {
        flushResults();            // keep what was computed
        proto::appendError(m_out, text);
        sendOut();
        return 2;
    }

    Transport &m_transport;
    proto::Decoder m_decoder;
    proto::Configure m_config;
    WorkerContext m_context;
    bool m_configured = false;
    bool m_flushEachTask = false;
    // --report-each-task (the parent has a task timeout): every result is sent before the next
    // task starts, so a hung or killed worker is blamed on the task it was really running.
    bool m_reportEachTask = false;
    std::int64_t m_lastSendNs = 0;
    std::vector<proto::TaskResult> m_results;
    std::vector<std::uint8_t> m_out;
};

} // namespace

std::int64_t TestClock::trueNowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return std::int64_t{ts.tv_sec} * 1'000'000'000 + ts.tv_nsec;
}

int runWorker(Transport &transport, bool reportEachTask, TestClock clock)
{
    g_clock = clock;
    g_clockSkewed = clock.shiftNs != 0 || clock.drift != 0.0;
    return Worker(transport, reportEachTask).run();
}

} // namespace corescope::worker
