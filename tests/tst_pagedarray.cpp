// PagedArray: every element reads its fill value until written, pages are laid out on first
// write only, and a reset makes every element read the new fill (pages kept, refilled on their
// first write).

#include "core/util/pagedarray.h"

#include <QTest>

#include <cstdint>

using namespace corescope;

class TestPagedArray final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void unwrittenElements_readTheFill();
    void writes_areReadBackAcrossPages();
    void grow_keepsWhatWasWritten();
    void reset_refillsEveryElement();
    void reset_aWrittenPageIsRefilledOnItsFirstWrite();
};

void TestPagedArray::unwrittenElements_readTheFill()
{
    PagedArray<std::int64_t> a;
    a.reset(1'000'000, -1);
    QCOMPARE(a.size(), std::size_t{1'000'000});
    QCOMPARE(a[0], std::int64_t{-1});
    QCOMPARE(a[999'999], std::int64_t{-1});
}

void TestPagedArray::writes_areReadBackAcrossPages()
{
    PagedArray<std::int32_t> a;
    a.reset(100'000, -1);
    const std::size_t page = PagedArray<std::int32_t>::kPageElements;
    a.ref(0) = 7;
    a.ref(page - 1) = 8;
    a.ref(page) = 9;
    a.ref(99'999) = 10;
    QCOMPARE(a[0], 7);
    QCOMPARE(a[1], -1);              // the rest of a written page reads the fill
    QCOMPARE(a[page - 1], 8);
    QCOMPARE(a[page], 9);
    QCOMPARE(a[page + 1], -1);
    QCOMPARE(a[99'999], 10);
    QCOMPARE(a[3 * page], -1);       // a page never written
}

void TestPagedArray::grow_keepsWhatWasWritten()
{
    PagedArray<std::uint32_t> a;
    a.reset(10, 0);
    a.ref(9) = 3;
    a.grow(50'000);
    QCOMPARE(a.size(), std::size_t{50'000});
    QCOMPARE(a[9], 3u);
    QCOMPARE(a[49'999], 0u);
    a.grow(5);                       // never shrinks
    QCOMPARE(a.size(), std::size_t{50'000});
}

void TestPagedArray::reset_refillsEveryElement()
{
    PagedArray<std::int64_t> a;
    a.reset(40'000, -1);
    a.ref(5) = 1;
    a.ref(39'999) = 2;
    a.reset(40'000, -1);
    QCOMPARE(a[5], std::int64_t{-1});
    QCOMPARE(a[39'999], std::int64_t{-1});
    a.reset(20, 4);                  // another fill, a smaller size
    QCOMPARE(a.size(), std::size_t{20});
    QCOMPARE(a[5], std::int64_t{4});
    QCOMPARE(a[19], std::int64_t{4});
}

void TestPagedArray::reset_aWrittenPageIsRefilledOnItsFirstWrite()
{
    // A page kept from before a reset reads the new fill, also beside the first element
    // written in it again; pages never written again keep reading the fill.
    using A = PagedArray<std::int32_t>;
    A a;
    a.reset(3 * A::kPageElements, -1);
    for (std::size_t i = 0; i < 3 * A::kPageElements; ++i)
        a.ref(i) = static_cast<std::int32_t>(i);
    a.reset(3 * A::kPageElements, 7);
    a.ref(A::kPageElements + 3) = 42;
    QCOMPARE(a[A::kPageElements + 3], 42);
    QCOMPARE(a[A::kPageElements + 2], 7);
    QCOMPARE(a[A::kPageElements + A::kPageElements - 1], 7);
    QCOMPARE(a[0], 7);
    QCOMPARE(a[2 * A::kPageElements + 5], 7);
    a.reset(3 * A::kPageElements, -1);   // and again: nothing of either run shows
    QCOMPARE(a[A::kPageElements + 3], -1);
    a.grow(4 * A::kPageElements);        // a new page after a reset
    a.ref(3 * A::kPageElements + 1) = 5;
    QCOMPARE(a[3 * A::kPageElements], -1);
    QCOMPARE(a[3 * A::kPageElements + 1], 5);
}

QTEST_GUILESS_MAIN(TestPagedArray)
#include "tst_pagedarray.moc"
