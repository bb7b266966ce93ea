// corescope-fakeworker: a worker that misbehaves on purpose, for the fault tests (tst_faults).
//
// It speaks the pool's protocol like corescope-worker (Hello, then Configure and Chunk frames,
// real results from runKernel) until it is about to run task kFaultTask; then it does what its
// file name says (the tests start it through a symlink named after the fault; no shell, no
// environment):
//
//   garbage      sends bytes that are no frame, then waits to be killed
//   truncated    sends the first 12 bytes of a Results frame, then exits 0
//   early-exit   exits with code 3 (no signal, no message)
//   error-frame  sends an Error frame "fake failure", then waits to be killed
//   wrong-task   sends a result for task 999, then waits to be killed
//   no-hello     exits 0 before saying Hello
//
// Any other name: it behaves (useful to check the fake itself).

#include "core/kernels/kernel.h"
#include "core/protocol/protocol.h"

#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdint>
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace corescope;
namespace proto = corescope::protocol;

constexpr int kProtocolFd = 3;
constexpr std::uint32_t kFaultTask = 5;

std::int64_t monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return std::int64_t{ts.tv_sec} * 1'000'000'000 + ts.tv_nsec;
}

void sendAll(const std::vector<std::uint8_t> &bytes)
{
    std::size_t sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = send(kProtocolFd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            _exit(0);
        sent += static_cast<std::size_t>(n);
    }
}

[[noreturn]] void waitToBeKilled()
{
    for (int i = 0; i < 100; ++i)       // 10 s at most: never outlives a broken test for long
        usleep(100'000);
    _exit(0);
}

[[noreturn]] void misbehave(std::string_view fault, std::uint32_t index)
{
    std::vector<std::uint8_t> out;
    if (fault == "garbage") {
        const std::string_view junk = "garbage!";
        out.assign(junk.begin(), junk.end());
        sendAll(out);
        waitToBeKilled();
    }
    if (fault == "truncated") {
        proto::appendResults(out, std::vector<proto::TaskResult>{{index, 1, monotonicNs(), monotonicNs(), 0, 0}});
        out.resize(12);
        sendAll(out);
        _exit(0);
    }
    if (fault == "early-exit")
        _exit(3);
    if (fault == "error-frame") {
        proto::appendError(out, "fake failure");
        sendAll(out);
        waitToBeKilled();
    }
    if (fault == "wrong-task") {
        proto::appendResults(out, std::vector<proto::TaskResult>{{999, 1, monotonicNs(), monotonicNs(), 0, 0}});
        sendAll(out);
        waitToBeKilled();
    }
    _exit(0);
}

} // namespace

int main(int, char **argv)
{
    std::string_view fault = argv[0];
    if (const auto slash = fault.rfind('/'); slash != std::string_view::npos)
        fault.remove_prefix(slash + 1);
    std::signal(SIGPIPE, SIG_IGN);
    if (fault == "no-hello")
        return 0;

    std::vector<std::uint8_t> out;
    proto::Hello hello;
    hello.pid = static_cast<std::uint32_t>(getpid());
    hello.tid = static_cast<std::uint32_t>(syscall(SYS_gettid));
    hello.readyNs = monotonicNs();
    proto::appendHello(out, hello);
    sendAll(out);

    proto::Decoder decoder;
    proto::Configure config;
    PlainKernelContext context;
    for (;;) {
        const auto space = decoder.prepare(proto::Decoder::kReadSize);
        const ssize_t n = read(kProtocolFd, space.data(), space.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return 0;
        decoder.commit(static_cast<std::size_t>(n));
        proto::Frame frame;
        while (decoder.next(frame) == proto::Decoder::Status::Frame) {
            if (frame.type == proto::MessageType::Shutdown)
                return 0;
            if (frame.type == proto::MessageType::Configure) {
                std::string why;
                if (!proto::decodeConfigure(frame.payload, config, why))
                    return 2;
                continue;
            }
            if (frame.type != proto::MessageType::Chunk)
                return 2;
            const proto::ChunkView chunk(frame.payload);
            std::vector<proto::TaskResult> results;
            for (std::uint32_t i = 0; i < chunk.count(); ++i) {
                const std::uint32_t index = chunk.first() + i;
                if (index == kFaultTask) {
                    out.clear();
                    proto::appendResults(out, results);   // what was computed before counts
                    if (!results.empty())
                        sendAll(out);
                    misbehave(fault, index);
                }
                proto::TaskResult r;
                r.index = index;
                r.startNs = monotonicNs();
                r.value = runKernel(config.kernel, chunk.input(i), config.params, context, config.scale).value;
                r.endNs = monotonicNs();
                results.push_back(r);
            }
            out.clear();
            proto::appendResults(out, results);
            sendAll(out);
        }
    }
}
