// corescope-mpi-worker: the ranks of Corescope's MPI mode (built only when CMake finds MPI).
//
// Started by MpiExecutor through mpirun (never by hand) as
//
//     mpirun ... -np N+1 corescope-mpi-worker [--report-each-task] [--sample-hz HZ --except-host H]
//
// Rank 0 is the relay: it speaks core/protocol's envelopes (RankInfo, ToRank, FromRank,
// HostSample) with
// Corescope over its standard input and output, which mpirun forwards from and to Corescope
// wherever rank 0 runs. Ranks 1..N are the workers: each runs runWorker()
// (app/worker/workerloop.h), the process pool worker's own life, on a byte stream that travels
// in MPI messages to and from rank 0. So the tasks, their frames and their records are the
// process pool's; only the carrier is MPI.
//
// Per-host CPU: with --sample-hz, the first worker rank of every host but H (Corescope's, which
// Corescope samples itself) reads its host's /proc/stat on a thread of its own (ProcStatSampler)
// and sends each reading to rank 0, which relays it as a HostSample. Sending from that thread
// needs MPI_THREAD_MULTIPLE; an MPI without it leaves the other hosts unsampled, and says so.
//
// Waiting never spins a core: Open MPI's blocking calls poll at full speed, which on a loaded
// machine would steal the very cores the tasks run on. Both sides probe (MPI_Iprobe) and sleep
// between probes, from kMinNapNs up to kMaxNapNs while nothing comes; each message resets the
// nap.
//
// Tests only: the even worker ranks (2, 4, ...) play another host: CORESCOPE_TEST_FAKE_HOST
// names the host they report, CORESCOPE_TEST_CLOCK_SHIFT_NS shifts every time they report and
// CORESCOPE_TEST_CLOCK_DRIFT (a fraction: 0.02 = 2 % fast) makes their clock run fast from their
// start, as another host's clock would (the clock-offset estimate and its uncertainty at the end
// are checked against them).

#include "app/worker/workerloop.h"
#include "core/protocol/protocol.h"
#include "core/sample/cpusampler.h"

#include <mpi.h>

#include <poll.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace corescope;
namespace proto = corescope::protocol;

constexpr int kTagData = 1;   // bytes of a worker's stream
constexpr int kTagEnd = 2;    // empty: the worker has returned (its stream has ended)
constexpr int kTagSample = 3; // i64 the rank's clock, then f32 per core: its host's reading
constexpr long kMinNapNs = 20'000;
constexpr long kMaxNapNs = 200'000;   // the most a message waits to be seen; ~0.5% of a core idle

void nap(long &napNs)
{
    const timespec ts{0, napNs};
    nanosleep(&ts, nullptr);
    napNs = std::min(napNs * 2, kMaxNapNs);
}

// A worker rank's stream: MPI messages to and from rank 0.
class MpiTransport final : public worker::Transport {
public:
    bool receive(proto::Decoder &decoder) override
    {
        long napNs = kMinNapNs;
        for (;;) {
            int flag = 0;
            MPI_Status status;
            MPI_Iprobe(0, MPI_ANY_TAG, MPI_COMM_WORLD, &flag, &status);
            if (!flag) {
                nap(napNs);
                continue;
            }
            int count = 0;
            MPI_Get_count(&status, MPI_BYTE, &count);
            const auto space = decoder.prepare(static_cast<std::size_t>(count));
            MPI_Recv(space.data(), count, MPI_BYTE, 0, status.MPI_TAG, MPI_COMM_WORLD,
                     MPI_STATUS_IGNORE);
            if (status.MPI_TAG != kTagData || count == 0)
                return false;              // rank 0 ends our stream
            decoder.commit(static_cast<std::size_t>(count));
            return true;
        }
    }

    bool send(std::span<const std::uint8_t> bytes) override
    {
        for (std::size_t at = 0; at < bytes.size(); at += proto::kMaxRelayBytes) {
            const std::size_t n = std::min<std::size_t>(bytes.size() - at, proto::kMaxRelayBytes);
            MPI_Send(bytes.data() + at, static_cast<int>(n), MPI_BYTE, 0, kTagData, MPI_COMM_WORLD);
        }
        return true;
    }
};

bool writeAll(int fd, const std::vector<std::uint8_t> &bytes)
{
    std::size_t sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = write(fd, bytes.data() + sent, bytes.size() - sent);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        sent += static_cast<std::size_t>(n);
    }
    return true;
}

// Rank `r`'s host name in the gathered names (MPI_Allgather of kHostLen bytes each).
std::string_view hostOf(const std::vector<char> &hosts, int hostLen, int r)
{
    const char *at = hosts.data() + static_cast<std::size_t>(r) * static_cast<std::size_t>(hostLen);
    return std::string_view(at, strnlen(at, static_cast<std::size_t>(hostLen)));
}

// Rank 0: relays between Corescope (stdin, stdout) and the worker ranks until every worker
// has ended. Corescope's end closing early (it gave up) aborts the whole job.
int relay(int size, const std::vector<char> &hosts, const std::vector<int> &pids, int hostLen)
{
    // mpirun gives rank 0 a pseudo-terminal as stdout: make it pass every byte as it is.
    if (isatty(STDOUT_FILENO)) {
        termios t{};
        if (tcgetattr(STDOUT_FILENO, &t) == 0) {
            cfmakeraw(&t);
            tcsetattr(STDOUT_FILENO, TCSANOW, &t);
        }
    }
    std::vector<std::uint8_t> out;
    for (int r = 0; r < size; ++r) {   // rank 0 too: Corescope reaps it if mpirun cannot
        std::string_view name = hostOf(hosts, hostLen, r);
        if (name.empty())
            name = "?";
        proto::appendRankInfo(out, static_cast<std::uint32_t>(r),
                              static_cast<std::uint32_t>(pids[static_cast<std::size_t>(r)]),
                              name.substr(0, proto::kMaxHostName));
    }
    if (!writeAll(STDOUT_FILENO, out))
        MPI_Abort(MPI_COMM_WORLD, 3);
    out.clear();

    struct Pending {
        std::vector<std::uint8_t> bytes;
        MPI_Request request = MPI_REQUEST_NULL;
    };
    std::list<Pending> sending;   // ToRank bytes on their way (never block on a busy rank)
    proto::Decoder decoder;
    std::vector<std::uint8_t> buffer;
    int ended = 0;
    bool inputOpen = true;
    long napNs = kMinNapNs;
    while (ended < size - 1) {
        bool busy = false;
        pollfd in{STDIN_FILENO, POLLIN, 0};
        if (inputOpen && poll(&in, 1, 0) > 0) {
            const auto space = decoder.prepare(proto::Decoder::kReadSize);
            const ssize_t n = read(STDIN_FILENO, space.data(), space.size());
            if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN)) {
                inputOpen = false;
                // Corescope is done with us before the workers are: it gave up on the run.
                std::fprintf(stderr, "corescope-mpi-worker: Corescope closed the relay\n");
                MPI_Abort(MPI_COMM_WORLD, 4);
            } else if (n > 0) {
                decoder.commit(static_cast<std::size_t>(n));
                busy = true;
                proto::Frame frame;
                proto::Decoder::Status status;
                while ((status = decoder.next(frame)) == proto::Decoder::Status::Frame) {
                    if (frame.type != proto::MessageType::ToRank) {
                        std::fprintf(stderr, "corescope-mpi-worker: unexpected %s from Corescope\n",
                                     std::string(proto::messageTypeName(frame.type)).c_str());
                        MPI_Abort(MPI_COMM_WORLD, 2);
                    }
                    const proto::RelayView v = proto::decodeRelay(frame.payload);
                    if (v.rank < 1 || v.rank >= static_cast<std::uint32_t>(size)) {
                        std::fprintf(stderr, "corescope-mpi-worker: no rank %u\n", v.rank);
                        MPI_Abort(MPI_COMM_WORLD, 2);
                    }
                    Pending &p = sending.emplace_back();
                    p.bytes.assign(v.bytes.begin(), v.bytes.end());
                    MPI_Isend(p.bytes.data(), static_cast<int>(p.bytes.size()), MPI_BYTE,
                              static_cast<int>(v.rank), kTagData, MPI_COMM_WORLD, &p.request);
                }
                if (status == proto::Decoder::Status::Error) {
                    std::fprintf(stderr, "corescope-mpi-worker: malformed message from Corescope: %s\n",
                                 decoder.error().c_str());
                    MPI_Abort(MPI_COMM_WORLD, 2);
                }
            }
        }
        for (;;) {
            int flag = 0;
            MPI_Status status;
            MPI_Iprobe(MPI_ANY_SOURCE, MPI_ANY_TAG, MPI_COMM_WORLD, &flag, &status);
            if (!flag)
                break;
            busy = true;
            int count = 0;
            MPI_Get_count(&status, MPI_BYTE, &count);
            buffer.resize(static_cast<std::size_t>(count));
            MPI_Recv(buffer.data(), count, MPI_BYTE, status.MPI_SOURCE, status.MPI_TAG,
                     MPI_COMM_WORLD, MPI_STATUS_IGNORE);
            const auto rank = static_cast<std::uint32_t>(status.MPI_SOURCE);
            if (status.MPI_TAG == kTagSample) {
                const std::size_t cores = count >= 12 ? (static_cast<std::size_t>(count) - 8) / 4 : 0;
                if (cores == 0 || cores > proto::kMaxSampleCores)
                    continue;
                std::int64_t clockNs = 0;
                std::memcpy(&clockNs, buffer.data(), 8);
                std::vector<float> values(cores);
                std::memcpy(values.data(), buffer.data() + 8, cores * 4);
                proto::appendHostSample(out, rank, clockNs, values);
            } else if (status.MPI_TAG == kTagEnd) {
                ++ended;
                proto::appendFromRank(out, rank, {});
            } else {
                proto::appendFromRank(out, rank, buffer);
            }
        }
        if (!out.empty()) {
            if (!writeAll(STDOUT_FILENO, out))
                MPI_Abort(MPI_COMM_WORLD, 3);   // Corescope is gone
            out.clear();
        }
        for (auto it = sending.begin(); it != sending.end();) {
            int done = 0;
            MPI_Test(&it->request, &done, MPI_STATUS_IGNORE);
            it = done ? sending.erase(it) : std::next(it);
        }
        if (busy) {
            napNs = kMinNapNs;
        } else {
            // Sleep in poll() on stdin: Corescope's next message wakes it at once.
            const timespec ts{0, napNs};
            ppoll(&in, inputOpen ? 1 : 0, &ts, nullptr);
            napNs = std::min(napNs * 2, kMaxNapNs);
        }
    }
    return 0;
}

// Whether this rank samples its host: the first worker rank of a host that is not `except`.
bool samplesItsHost(int rank, const std::vector<char> &hosts, int hostLen, const std::string &except)
{
    const std::string_view mine = hostOf(hosts, hostLen, rank);
    if (rank < 1 || proto::sameHostName(mine, except))
        return false;
    for (int r = 1; r < rank; ++r)
        if (hostOf(hosts, hostLen, r) == mine)
            return false;
    return true;
}

// This host's readings, sent to rank 0 from the sampler's thread (MPI_THREAD_MULTIPLE).
std::unique_ptr<CpuSampler> startHostSampler(int hz, worker::TestClock clock)
{
    auto sampler = std::make_unique<ProcStatSampler>(
        [](CpuSample sample) {
            if (sample.cores.empty() || sample.cores.size() > proto::kMaxSampleCores)
                return;
            std::vector<std::uint8_t> bytes(8 + 4 * sample.cores.size());
            std::memcpy(bytes.data(), &sample.tNs, 8);
            std::memcpy(bytes.data() + 8, sample.cores.data(), 4 * sample.cores.size());
            MPI_Send(bytes.data(), static_cast<int>(bytes.size()), MPI_BYTE, 0, kTagSample,
                     MPI_COMM_WORLD);
        },
        [clock] { return clock.now(); },
        hz);
    if (!sampler->start()) {
        std::fprintf(stderr, "corescope-mpi-worker: cannot sample this host's cores: %s\n",
                     sampler->error().c_str());
        return nullptr;
    }
    return sampler;
}

} // namespace

int main(int argc, char **argv)
{
    bool reportEachTask = false;
    int sampleHz = 0;
    std::string exceptHost;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--report-each-task") {
            reportEachTask = true;
        } else if (arg == "--sample-hz" && i + 1 < argc) {
            sampleHz = std::atoi(argv[++i]);
        } else if (arg == "--except-host" && i + 1 < argc) {
            exceptHost = argv[++i];
        } else {
            std::fprintf(stderr,
                         "corescope-mpi-worker: unknown argument '%s'\n"
                         "This program is started by Corescope's MPI mode, not by hand.\n",
                         argv[i]);
            return 2;
        }
    }
    // Never outlive the daemon that started us (mpirun or Open MPI's orted).
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    std::signal(SIGINT, SIG_IGN);
    std::signal(SIGPIPE, SIG_IGN);
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);

    // Only a sampling rank sends from a second thread; which rank samples is known once every
    // rank's host is, so all ask for the level when sampling is asked for.
    int provided = MPI_THREAD_SINGLE;
    MPI_Init_thread(&argc, &argv, sampleHz > 0 ? MPI_THREAD_MULTIPLE : MPI_THREAD_SINGLE, &provided);
    int rank = 0;
    int size = 0;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);

    // Every rank's host and pid, for rank 0 to announce.
    constexpr int kHostLen = MPI_MAX_PROCESSOR_NAME;
    std::vector<char> host(kHostLen, 0);
    int len = 0;
    MPI_Get_processor_name(host.data(), &len);
    worker::TestClock clock;
    if (rank > 0 && rank % 2 == 0) {   // every second worker rank plays another host
        if (const char *fake = std::getenv("CORESCOPE_TEST_FAKE_HOST"); fake && *fake) {
            std::fill(host.begin(), host.end(), 0);
            std::strncpy(host.data(), fake, kHostLen - 1);
        }
        if (const char *shift = std::getenv("CORESCOPE_TEST_CLOCK_SHIFT_NS"))
            clock.shiftNs = std::strtoll(shift, nullptr, 10);
        if (const char *drift = std::getenv("CORESCOPE_TEST_CLOCK_DRIFT")) {
            clock.drift = std::strtod(drift, nullptr);
            clock.originNs = worker::TestClock::trueNowNs();
        }
    }
    int pid = static_cast<int>(getpid());
    std::vector<char> hosts(static_cast<std::size_t>(size) * kHostLen);   // each rank's
    std::vector<int> pids(rank == 0 ? static_cast<std::size_t>(size) : 0);
    MPI_Allgather(host.data(), kHostLen, MPI_CHAR, hosts.data(), kHostLen, MPI_CHAR, MPI_COMM_WORLD);
    MPI_Gather(&pid, 1, MPI_INT, pids.data(), 1, MPI_INT, 0, MPI_COMM_WORLD);

    int code = 0;
    if (rank == 0) {
        code = relay(size, hosts, pids, kHostLen);
    } else {
        std::unique_ptr<CpuSampler> sampler;
        if (sampleHz > 0 && samplesItsHost(rank, hosts, kHostLen, exceptHost)) {
            if (provided >= MPI_THREAD_MULTIPLE)
                sampler = startHostSampler(sampleHz, clock);
            else
                std::fprintf(stderr, "corescope-mpi-worker: this MPI cannot send from a second "
                                     "thread (no MPI_THREAD_MULTIPLE): %s is not sampled\n",
                             host.data());
        }
        MpiTransport transport;
        code = worker::runWorker(transport, reportEachTask, clock);
        sampler.reset();   // stopped and joined: nothing is sent after the end below
        MPI_Send(nullptr, 0, MPI_BYTE, 0, kTagEnd, MPI_COMM_WORLD);
    }
    MPI_Finalize();
    return code;
}
