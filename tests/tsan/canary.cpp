// Built only under ThreadSanitizer (see tests/CMakeLists.txt) and expected to FAIL: a plain data
// race started from inside a Qt Test function, as the engine's threads are. If the suppressions
// in scripts/sanitizers/tsan.supp ever hide races in our own code, this test starts passing and
// CTest reports it (WILL_FAIL), so a green TSan run keeps meaning something.

#include <QtTest>

#include <thread>

namespace {
int g_counter = 0;   // deliberately unsynchronised

void bump()
{
    for (int i = 0; i < 100000; ++i)
        g_counter = g_counter + 1;
}
} // namespace

class TsanCanary final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void unsynchronisedCounter_isReported()
    {
        std::thread a(bump);
        std::thread b(bump);
        a.join();
        b.join();
        QVERIFY(g_counter > 0);
    }
};

QTEST_GUILESS_MAIN(TsanCanary)
#include "canary.moc"
