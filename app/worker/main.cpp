// corescope-worker: one process of Corescope's process pool.
//
// Started by ProcessPoolExecutor with posix_spawn (never through a shell or PATH) as
//
//     corescope-worker --parent-pid PID
//
// it speaks the framed protocol of core/protocol/protocol.h over file descriptor 3, which is
// its end of an AF_UNIX SOCK_STREAM socketpair. stdin, stdout and stderr are inherited and not
// used for the protocol (stderr only for a message when fd 3 itself is unusable). For the
// shared_counter kernel with a sync in shared memory (counterInSharedMemory: shared_memory,
// with or without its lock), fd 4 is a memory file holding the
// run's counter (a std::atomic<uint64_t> at offset 0), mapped shared with the app.
//
// Life: send Hello; then read Configure and Chunk frames, run each task with runKernel, and
// send Results. Results of every chunk already read are batched into one write before the
// next blocking read; a chunk that took long (> 100 us) is reported at once so long tasks show
// up promptly, and within a chunk results go out at least every millisecond (the app's task
// timeout relies on knowing which task is running). Exit 0 on end of stream or Shutdown. A malformed or unexpected frame: an Error
// frame, then exit 2. The crash kernel really kills this process (the broken-pool lesson); the
// results of the tasks before it are sent first. PR_SET_PDEATHSIG makes sure a worker never
// outlives the app.
//
// No Qt here: start-up must stay in the low milliseconds.

#include "core/kernels/kernel.h"
#include "core/protocol/protocol.h"

#include <sched.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace corescope;
namespace proto = corescope::protocol;

constexpr int kProtocolFd = 3;
constexpr int kSharedCounterFd = 4;
// A chunk that ran this long is reported without waiting for the rest of the input batch.
constexpr std::int64_t kPromptReportNs = 100'000;
// Within a chunk, results are sent at least this often, so the app always knows which task is
// running (its per-task timeout measures from the last reported result).
constexpr std::int64_t kMaxResultLagNs = 1'000'000;
// Bound on results held back (also keeps each Results frame small).
constexpr std::size_t kMaxHeldResults = 8192;

std::int64_t monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return std::int64_t{ts.tv_sec} * 1'000'000'000 + ts.tv_nsec;
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
    Worker(int fd, bool reportEachTask) : m_fd(fd), m_reportEachTask(reportEachTask)
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
            const auto space = m_decoder.prepare(proto::Decoder::kReadSize);
            const ssize_t n = read(m_fd, space.data(), space.size());
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                return 0;              // the parent's end is gone: nothing left to report to
            }
            if (n == 0)
                return 0;              // end of stream: the parent is done with us
            m_decoder.commit(static_cast<std::size_t>(n));

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
            r.value = runKernel(m_config.kernel, input, m_config.params, m_context).value;
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
        std::size_t sent = 0;
        while (sent < m_out.size()) {
            const ssize_t n = send(m_fd, m_out.data() + sent, m_out.size() - sent, MSG_NOSIGNAL);
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                m_out.clear();
                return false;
            }
            sent += static_cast<std::size_t>(n);
        }
        m_out.clear();
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

    int m_fd;
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

int main(int argc, char **argv)
{
    long parentPid = 0;
    bool reportEachTask = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--parent-pid" && i + 1 < argc) {
            parentPid = std::strtol(argv[++i], nullptr, 10);
        } else if (arg == "--report-each-task") {
            reportEachTask = true;
        } else {
            std::fprintf(stderr,
                         "corescope-worker: unknown argument '%s'\n"
                         "This program is started by Corescope's process pool, not by hand.\n",
                         argv[i]);
            return 2;
        }
    }

    // Never outlive the app: the kernel kills us when the spawning thread ends. If the parent
    // died before this line, getppid() has already changed.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (parentPid > 0 && getppid() != static_cast<pid_t>(parentPid))
        return 0;

    // Ctrl+C in a terminal reaches the whole process group; the app cancels the run and kills
    // us itself, so a dying worker is not mistaken for a crash.
    std::signal(SIGINT, SIG_IGN);
    std::signal(SIGPIPE, SIG_IGN);
    // The crash kernel is a lesson, not a bug: no core files in the user's folder.
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);

    int type = 0;
    socklen_t len = sizeof type;
    const bool socketOk = getsockopt(kProtocolFd, SOL_SOCKET, SO_TYPE, &type, &len) == 0;
    if (!socketOk || type != SOCK_STREAM) {
        std::fprintf(stderr, "corescope-worker: fd %d is not the pool's socket (%s)\n"
                             "This program is started by Corescope's process pool, not by hand.\n",
                     kProtocolFd, socketOk ? "not a stream socket" : std::strerror(errno));
        return 2;
    }
    return Worker(kProtocolFd, reportEachTask).run();
}
