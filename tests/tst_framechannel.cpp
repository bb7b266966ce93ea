// The process pool's framed channel (core/exec/pool/framechannel.h) over a socket pair, driven
// by the pool's I/O loop as the pool drives it: frames split at any byte arrive whole and in
// order, a large backlog goes out as the peer makes room, end of stream shows a truncated
// frame, and a peer that is gone costs neither a SIGPIPE nor a hang.

#include "tests/timing.h"
#include "core/exec/pool/framechannel.h"
#include "core/exec/pool/ioloop.h"

#include <QTest>

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <thread>
#include <vector>

using namespace corescope;
namespace proto = corescope::protocol;
using Bytes = std::vector<std::uint8_t>;

namespace {

struct SocketPair {
    int ours = -1;
    int theirs = -1;
    SocketPair()
    {
        int sv[2];
        if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, sv) == 0) {
            ours = sv[0];
            theirs = sv[1];
        }
    }
    ~SocketPair()
    {
        closeTheirs();
        if (ours >= 0)
            close(ours);
    }
    void closeTheirs()
    {
        if (theirs >= 0)
            close(theirs);
        theirs = -1;
    }
};

std::vector<proto::TaskResult> someResults(std::uint32_t first, std::uint32_t count)
{
    std::vector<proto::TaskResult> results(count);
    for (std::uint32_t i = 0; i < count; ++i)
        results[i] = proto::TaskResult{first + i, 1000u + first + i, 10 + i, 20 + i, 0, 1};
    return results;
}

// What the pool does on a readable descriptor: read within the budget, take every frame.
struct Reader {
    pool::FrameChannel channel;
    std::vector<std::pair<proto::MessageType, Bytes>> frames;
    bool ended = false;
    bool broken = false;

    void readFrom(int fd)
    {
        std::size_t budget = pool::FrameChannel::kReadBudget;
        while (budget > 0) {
            const auto got = channel.receive(fd, budget);
            if (got == pool::FrameChannel::Received::Nothing)
                return;
            if (got == pool::FrameChannel::Received::EndOfStream) {
                ended = true;
                return;
            }
            proto::Frame frame;
            for (;;) {
                const auto status = channel.next(frame);
                if (status == proto::Decoder::Status::NeedMore)
                    break;
                if (status == proto::Decoder::Status::Error) {
                    broken = true;
                    return;
                }
                frames.emplace_back(frame.type, Bytes(frame.payload.begin(), frame.payload.end()));
            }
        }
    }

    // Polls `fd` and reads until `done` or the (scaled) bound has passed.
    template <typename Done>
    bool readUntil(int fd, Done done, int boundMs)
    {
        pool::IoLoop loop;
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(boundMs);
        while (!done() && !ended && !broken) {
            const long long left = pool::IoLoop::msUntil(deadline);
            if (left <= 0)
                return false;
            loop.clear();
            const std::size_t i = loop.add(fd, false);
            if (loop.wait(static_cast<int>(left)) != pool::IoLoop::Wait::Ready)
                continue;
            if (loop.readable(i))
                readFrom(fd);
        }
        return done();
    }
};

} // namespace

class TestFrameChannel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void splitFrames_arriveWholeAndInOrder_data()
    {
        QTest::addColumn<int>("piece");
        QTest::addColumn<int>("pauseUs");
        QTest::addRow("byte by byte") << 1 << 200;
        QTest::addRow("3 bytes") << 3 << 100;
        QTest::addRow("header split from payload") << 5 << 500;
        QTest::addRow("1000 bytes") << 1000 << 0;
    }
    void splitFrames_arriveWholeAndInOrder()
    {
        QFETCH(int, piece);
        QFETCH(int, pauseUs);
        SocketPair sp;
        QVERIFY(sp.ours >= 0);
        Bytes sent;
        proto::appendHello(sent, proto::Hello{proto::kVersion, 42, 43, 123456});
        proto::appendResults(sent, someResults(0, 7));
        proto::appendResults(sent, someResults(7, 1));
        std::thread writer([&] {
            for (std::size_t at = 0; at < sent.size(); at += static_cast<std::size_t>(piece)) {
                const std::size_t n = std::min<std::size_t>(static_cast<std::size_t>(piece), sent.size() - at);
                [[maybe_unused]] const ssize_t w = send(sp.theirs, sent.data() + at, n, MSG_NOSIGNAL);
                if (pauseUs > 0)
                    std::this_thread::sleep_for(std::chrono::microseconds(pauseUs));
            }
        });
        Reader reader;
        const bool done = reader.readUntil(sp.ours, [&] { return reader.frames.size() == 3; },
                                           test::scaledMs(5000));
        writer.join();
        QVERIFY(!reader.broken);
        QVERIFY(done);
        QCOMPARE(reader.frames[0].first, proto::MessageType::Hello);
        QCOMPARE(proto::decodeHello(reader.frames[0].second), (proto::Hello{proto::kVersion, 42, 43, 123456}));
        QCOMPARE(reader.frames[1].first, proto::MessageType::Results);
        const proto::ResultsView seven(reader.frames[1].second);
        QCOMPARE(seven.count(), 7u);
        for (std::uint32_t i = 0; i < 7; ++i)
            QCOMPARE(seven.at(i), someResults(0, 7)[i]);
        QCOMPARE(proto::ResultsView(reader.frames[2].second).at(0), someResults(7, 1)[0]);
        QCOMPARE(reader.channel.pending(), std::size_t{0});
    }

    void endOfStream_midFrame_leavesTheTruncatedBytesPending()
    {
        SocketPair sp;
        Bytes sent;
        proto::appendResults(sent, someResults(0, 4));
        QCOMPARE(send(sp.theirs, sent.data(), 12, MSG_NOSIGNAL), ssize_t{12});
        sp.closeTheirs();
        Reader reader;
        reader.readUntil(sp.ours, [] { return false; }, test::scaledMs(2000));
        QVERIFY(reader.ended);
        QVERIFY(reader.frames.empty());
        QCOMPARE(reader.channel.pending(), std::size_t{12});
    }

    void garbage_isADecodingErrorWithAReason()
    {
        SocketPair sp;
        const Bytes garbage{0xff, 0xff, 0xff, 0xff, 0x99, 1, 2, 3};
        QCOMPARE(send(sp.theirs, garbage.data(), garbage.size(), MSG_NOSIGNAL), ssize_t(garbage.size()));
        Reader reader;
        reader.readUntil(sp.ours, [] { return false; }, test::scaledMs(2000));
        QVERIFY(reader.broken);
        QVERIFY(!reader.channel.error().empty());
    }

    // More than the socket buffer holds: flush() sends what fits, the rest when the loop says
    // there is room, and the peer gets every frame.
    void largeBacklog_goesOutAsThePeerReads()
    {
        SocketPair sp;
        pool::FrameChannel out;
        constexpr std::uint32_t kFrames = 200;
        constexpr std::uint32_t kPerFrame = 1000;    // 32 kB a frame, 6.4 MB in all
        for (std::uint32_t f = 0; f < kFrames; ++f)
            proto::appendResults(out.outgoing(), someResults(f * kPerFrame, kPerFrame));
        out.flush(sp.ours);
        QVERIFY(out.hasUnsent());                    // the socket buffer is far smaller

        Reader peer;
        pool::IoLoop loop;
        const auto deadline = std::chrono::steady_clock::now()
            + std::chrono::milliseconds(test::scaledMs(10000));
        while ((out.hasUnsent() || peer.frames.size() < kFrames) && !peer.broken) {
            const long long left = pool::IoLoop::msUntil(deadline);
            QVERIFY2(left > 0, "the backlog did not go out in time");
            loop.clear();
            const std::size_t mine = loop.add(sp.ours, out.hasUnsent());
            const std::size_t theirs = loop.add(sp.theirs, false);
            QVERIFY(loop.wait(static_cast<int>(left)) != pool::IoLoop::Wait::Failed);
            if (loop.writable(mine))
                out.flush(sp.ours);
            if (loop.readable(theirs))
                peer.readFrom(sp.theirs);
        }
        QVERIFY(!peer.broken);
        QCOMPARE(peer.frames.size(), std::size_t{kFrames});
        for (std::uint32_t f = 0; f < kFrames; f += 37) {
            const proto::ResultsView view(peer.frames[f].second);
            QCOMPARE(view.count(), kPerFrame);
            QCOMPARE(view.at(kPerFrame - 1).index, f * kPerFrame + kPerFrame - 1);
        }
    }

    void peerGone_flushDropsTheRestWithoutSigpipe()
    {
        SocketPair sp;
        sp.closeTheirs();
        pool::FrameChannel out;
        proto::appendShutdown(out.outgoing());
        out.flush(sp.ours);                          // EPIPE, not a signal
        QVERIFY(!out.hasUnsent());
        Reader reader;
        reader.readUntil(sp.ours, [] { return false; }, test::scaledMs(2000));
        QVERIFY(reader.ended);
    }
};

QTEST_GUILESS_MAIN(TestFrameChannel)
#include "tst_framechannel.moc"
