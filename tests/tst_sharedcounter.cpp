// The shared_counter kernel's memory shared with workers (core/exec/pool/sharedcounter.h):
// what another mapping of the same file adds (as a worker does) is what the pool reads.

#include "core/exec/pool/sharedcounter.h"

#include <QTest>

#include <fcntl.h>
#include <sys/mman.h>

using namespace corescope;

class TestSharedCounter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void beforeCreate_isEmpty()
    {
        const pool::SharedCounter counter;
        QVERIFY(!counter.created());
        QCOMPARE(counter.fd(), -1);
        QCOMPARE(counter.value(), std::uint64_t{0});
    }

    void anotherMapping_addsToWhatThePoolReads()
    {
        pool::SharedCounter counter;
        std::string error;
        QVERIFY2(counter.create(error), error.c_str());
        QVERIFY(counter.created());
        QVERIFY(fcntl(counter.fd(), F_GETFD) & FD_CLOEXEC);   // only a worker's fd 4 inherits it
        QCOMPARE(counter.value(), std::uint64_t{0});
        void *p = mmap(nullptr, sizeof(std::atomic<std::uint64_t>), PROT_READ | PROT_WRITE,
                       MAP_SHARED, counter.fd(), 0);
        QVERIFY(p != MAP_FAILED);
        auto *other = static_cast<std::atomic<std::uint64_t> *>(p);
        other->fetch_add(41);
        other->fetch_add(1);
        QCOMPARE(counter.value(), std::uint64_t{42});
        munmap(p, sizeof(std::atomic<std::uint64_t>));
    }
};

QTEST_GUILESS_MAIN(TestSharedCounter)
#include "tst_sharedcounter.moc"
