#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace corescope {

/// An array indexed by task (a million entries after a tiny-task run) whose elements all start
/// as one fill value, laid out page by page as they are first written. Sizing it costs nothing:
/// a std::vector filled up front writes every page at once, tens of ms of page faults on the
/// thread that sizes it (the GUI thread, as a run starts). A page of kPageElements is filled
/// on its first write; reading an element of a page never written gives the fill value.
/// A reset refills nothing either: it starts a new generation, and a page of an older one
/// reads as the fill value until its first write refills it. Refilling at reset wrote every
/// page a million-task run had laid out, 28 MB over the window's five such arrays, 5-7 ms of
/// the GUI thread's start of the next run (perf, corescope-gui-bench).
template <typename T>
class PagedArray {
public:
    /// Elements a page: 16 K (64-128 KB), filled in well under a millisecond.
    static constexpr std::size_t kPageShift = 14;
    static constexpr std::size_t kPageElements = std::size_t{1} << kPageShift;

    explicit PagedArray(T fill = T{}) : m_fill(fill) {}

    std::size_t size() const { return m_size; }
    /// `size` elements, every one reading `fill`. Pages already laid out are kept for reuse
    /// (a run of the same size writes them again) and refilled on their first write; the rest
    /// stay unallocated.
    void reset(std::size_t size, T fill)
    {
        m_fill = fill;
        m_size = size;
        m_pages.resize(pageCount(size));
        m_pageGeneration.resize(m_pages.size());
        ++m_generation;   // a 32-bit count: 4 billion resets before one could read as current
    }
    /// Grows to `size` (new elements read as the fill value); never shrinks.
    void grow(std::size_t size)
    {
        if (size <= m_size)
            return;
        m_size = size;
        m_pages.resize(pageCount(size));
        m_pageGeneration.resize(m_pages.size());
    }
    /// Element `i` (< size()).
    T operator[](std::size_t i) const
    {
        const std::size_t p = i >> kPageShift;
        const auto &page = m_pages[p];
        return page && m_pageGeneration[p] == m_generation ? page[i & (kPageElements - 1)]
                                                            : m_fill;
    }
    /// Element `i` (< size()) to write; lays its page out (or refills it) on first use.
    T &ref(std::size_t i)
    {
        const std::size_t p = i >> kPageShift;
        auto &page = m_pages[p];
        if (!page || m_pageGeneration[p] != m_generation) {
            if (!page)
                page = std::make_unique_for_overwrite<T[]>(kPageElements);
            std::fill_n(page.get(), kPageElements, m_fill);
            m_pageGeneration[p] = m_generation;
        }
        return page[i & (kPageElements - 1)];
    }

private:
    static std::size_t pageCount(std::size_t size) { return (size + kPageElements - 1) >> kPageShift; }

    T m_fill;
    std::size_t m_size = 0;
    std::vector<std::unique_ptr<T[]>> m_pages;
    std::vector<std::uint32_t> m_pageGeneration;   // the generation each page was filled in
    std::uint32_t m_generation = 0;
};

} // namespace corescope
