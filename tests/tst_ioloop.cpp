// The process pool's I/O loop (core/exec/pool/ioloop.h): wake() from another thread ends a wait
// at once (the cancel path), a wait without events lasts its timeout, and the indices it hands
// out name the descriptors that were added, with or without the wake-up.

#include "tests/timing.h"
#include "core/exec/pool/ioloop.h"

#include <QTest>

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <stop_token>
#include <thread>

using namespace corescope;
using Clock = std::chrono::steady_clock;

namespace {

std::int64_t msSince(Clock::time_point t0)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - t0).count();
}

} // namespace

class TestIoLoop : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void wake_fromAStopCallback_endsAnEndlessWait()
    {
        pool::IoLoop loop;
        std::string error;
        QVERIFY2(loop.openWake(error), error.c_str());
        int sv[2];
        QCOMPARE(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv), 0);
        loop.clear();
        loop.add(sv[0], false);
        std::stop_source source;
        const std::stop_callback onStop(source.get_token(), [&loop] { loop.wake(); });
        const auto t0 = Clock::now();
        std::jthread stopper([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(30));
            source.request_stop();
        });
        QCOMPARE(loop.wait(-1), pool::IoLoop::Wait::Woken);
        QVERIFY2(msSince(t0) < test::scaledMs(500), std::to_string(msSince(t0)).c_str());
        // The wake-up was consumed: the next wait is not woken again.
        loop.clear();
        loop.add(sv[0], false);
        QCOMPARE(loop.wait(0), pool::IoLoop::Wait::Ready);
        QVERIFY(!loop.ready(0));
        close(sv[0]);
        close(sv[1]);
    }

    void wake_beforeTheWait_isNotLost()
    {
        pool::IoLoop loop;
        std::string error;
        QVERIFY(loop.openWake(error));
        loop.wake();
        loop.clear();
        QCOMPARE(loop.wait(test::scaledMs(2000)), pool::IoLoop::Wait::Woken);
    }

    void waitWithoutEvents_lastsItsTimeout()
    {
        pool::IoLoop loop;
        std::string error;
        QVERIFY(loop.openWake(error));
        int sv[2];
        QCOMPARE(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv), 0);
        loop.clear();
        const std::size_t i = loop.add(sv[0], false);
        const auto t0 = Clock::now();
        QCOMPARE(loop.wait(40), pool::IoLoop::Wait::Ready);
        const std::int64_t took = msSince(t0);
        QVERIFY2(took >= 35, std::to_string(took).c_str());
        QVERIFY2(took < test::scaledMs(500), std::to_string(took).c_str());
        QVERIFY(!loop.readable(i));
        close(sv[0]);
        close(sv[1]);
    }

    void indices_nameTheAddedDescriptors_data()
    {
        QTest::addColumn<bool>("withWake");
        QTest::addRow("with the wake-up") << true;
        QTest::addRow("without") << false;
    }
    void indices_nameTheAddedDescriptors()
    {
        QFETCH(bool, withWake);
        pool::IoLoop loop;
        std::string error;
        if (withWake)
            QVERIFY(loop.openWake(error));
        int a[2];
        int b[2];
        QCOMPARE(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, a), 0);
        QCOMPARE(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, b), 0);
        const char byte = 'x';
        QCOMPARE(write(b[1], &byte, 1), ssize_t{1});
        loop.clear();
        const std::size_t first = loop.add(a[0], false);
        const std::size_t second = loop.add(b[0], true);
        QCOMPARE(first, std::size_t{0});
        QCOMPARE(second, std::size_t{1});
        QCOMPARE(loop.size(), std::size_t{2});
        QCOMPARE(loop.wait(test::scaledMs(2000)), pool::IoLoop::Wait::Ready);
        QVERIFY(!loop.readable(first));
        QVERIFY(!loop.writable(first));           // not asked for
        QVERIFY(loop.readable(second));
        QVERIFY(loop.writable(second));
        // A peer that is gone reads as readable (end of stream), not as silence.
        close(a[1]);
        loop.clear();
        loop.add(a[0], false);
        QCOMPARE(loop.wait(test::scaledMs(2000)), pool::IoLoop::Wait::Ready);
        QVERIFY(loop.readable(0));
        for (const int fd : {a[0], b[0], b[1]})
            close(fd);
    }

    void msUntil_countsDownAndGoesNegative()
    {
        const auto now = Clock::now();
        QVERIFY(pool::IoLoop::msUntil(now + std::chrono::seconds(10)) > 9000);
        QVERIFY(pool::IoLoop::msUntil(now - std::chrono::milliseconds(5)) <= -5);
    }
};

QTEST_GUILESS_MAIN(TestIoLoop)
#include "tst_ioloop.moc"
