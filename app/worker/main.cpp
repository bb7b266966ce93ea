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
// Its life is runWorker() (app/worker/workerloop.h). PR_SET_PDEATHSIG makes sure a worker
// never outlives the app.

#include "app/worker/workerloop.h"

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>

namespace {

using namespace corescope;

constexpr int kProtocolFd = 3;

// The socket pair the pool gave us, blocking reads and writes.
class SocketTransport final : public worker::Transport {
public:
    explicit SocketTransport(int fd) : m_fd(fd) {}

    bool receive(protocol::Decoder &decoder) override
    {
        for (;;) {
            const auto space = decoder.prepare(protocol::Decoder::kReadSize);
            const ssize_t n = read(m_fd, space.data(), space.size());
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return false;
            decoder.commit(static_cast<std::size_t>(n));
            return true;
        }
    }

    bool send(std::span<const std::uint8_t> bytes) override
    {
        std::size_t sent = 0;
        while (sent < bytes.size()) {
            const ssize_t n = ::send(m_fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                return false;
            }
            sent += static_cast<std::size_t>(n);
        }
        return true;
    }

private:
    int m_fd;
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

    // The pool starts us in a process group of our own, so Ctrl+C in a terminal reaches the app
    // only; SIGINT is ignored as well, for a pool that did not: the app cancels the run and
    // kills us itself, so a dying worker is not mistaken for a crash.
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
    SocketTransport transport(kProtocolFd);
    return worker::runWorker(transport, reportEachTask);
}
