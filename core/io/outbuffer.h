#pragma once

// What every writer in core/io shares (run and sweep reports, CSV, Chrome trace, options): a
// buffered writer with fast number formatting, JSON string escaping and CSV quoting.

#include <cstdint>
#include <memory>
#include <ostream>
#include <string_view>

namespace corescope::io {

/// Collects output in a 64 KiB buffer and hands it to the stream in large blocks, so a
/// million-row export spends its time formatting, not in ostream calls.
class OutBuffer {
public:
    explicit OutBuffer(std::ostream &out) : m_out(out) {}
    OutBuffer(const OutBuffer &) = delete;
    OutBuffer &operator=(const OutBuffer &) = delete;

    void put(char c)
    {
        if (m_size == kCapacity)
            flush();
        m_buffer[m_size++] = c;
    }
    void put(std::string_view text);
    void integer(std::int64_t value);
    void unsignedInteger(std::uint64_t value);
    /// `value`, or null when it is -1 (the records' "did not happen").
    void integerOrNull(std::int64_t value);
    /// Shortest text that reads back as the same float.
    void real(float value);
    /// Shortest text that reads back as the same double.
    void real(double value);
    /// ns as exact decimal microseconds: 1234567 -> "1234.567", 5000 -> "5".
    void microseconds(std::int64_t ns);
    /// A JSON string with its quotes: ", \ and control characters escaped, valid UTF-8 as is,
    /// each byte of invalid UTF-8 as U+FFFD so the document stays valid.
    void jsonString(std::string_view text);
    /// A CSV field per RFC 4180: quoted (inner quotes doubled) when it holds , " CR or LF.
    void csvField(std::string_view text);

    /// Writes out what is buffered and flushes the stream; false when the stream failed.
    bool flush();

private:
    static constexpr std::size_t kCapacity = 64 * 1024;
    char *reserve(std::size_t n)
    {
        if (kCapacity - m_size < n)
            flush();
        return m_buffer.get() + m_size;
    }

    std::ostream &m_out;
    std::size_t m_size = 0;
    // On the heap: exports may run on threads with small stacks.
    std::unique_ptr<char[]> m_buffer = std::make_unique_for_overwrite<char[]>(kCapacity);
};

} // namespace corescope::io
