#include "core/io/outbuffer.h"

#include "core/io/utf8.h"

#include <charconv>
#include <cstring>

namespace corescope::io {

void OutBuffer::put(std::string_view text)
{
    if (text.size() > kCapacity / 2) {
        // Large blocks go straight through instead of being copied twice.
        flush();
        m_out.write(text.data(), static_cast<std::streamsize>(text.size()));
        return;
    }
    char *p = reserve(text.size());
    std::memcpy(p, text.data(), text.size());
    m_size += text.size();
}

void OutBuffer::integer(std::int64_t value)
{
    char *p = reserve(24);
    m_size = static_cast<std::size_t>(std::to_chars(p, p + 24, value).ptr - m_buffer.get());
}

void OutBuffer::unsignedInteger(std::uint64_t value)
{
    char *p = reserve(24);
    m_size = static_cast<std::size_t>(std::to_chars(p, p + 24, value).ptr - m_buffer.get());
}

void OutBuffer::integerOrNull(std::int64_t value)
{
    if (value == -1)
        put(std::string_view("null"));
    else
        integer(value);
}

void OutBuffer::real(float value)
{
    char *p = reserve(48);
    m_size = static_cast<std::size_t>(std::to_chars(p, p + 48, value).ptr - m_buffer.get());
}

void OutBuffer::real(double value)
{
    char *p = reserve(48);
    m_size = static_cast<std::size_t>(std::to_chars(p, p + 48, value).ptr - m_buffer.get());
}

void OutBuffer::microseconds(std::int64_t ns)
{
    // Integer arithmetic keeps every nanosecond: ts + dur then add up exactly in the viewer's
    // eyes, and adjacent slices touch instead of overlapping by a rounding error.
    std::uint64_t magnitude = ns < 0 ? 0 - static_cast<std::uint64_t>(ns)
                                     : static_cast<std::uint64_t>(ns);
    if (ns < 0)
        put('-');
    unsignedInteger(magnitude / 1000);
    unsigned fraction = static_cast<unsigned>(magnitude % 1000);
    if (fraction == 0)
        return;
    char digits[3] = {char('0' + fraction / 100), char('0' + fraction / 10 % 10),
                      char('0' + fraction % 10)};
    std::size_t n = 3;
    while (digits[n - 1] == '0')
        --n;
    put('.');
    put(std::string_view(digits, n));
}

void OutBuffer::jsonString(std::string_view text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    put('"');
    const auto *s = reinterpret_cast<const unsigned char *>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        // Copy the longest run that needs no escaping in one go.
        std::size_t j = i;
        while (j < n && s[j] >= 0x20 && s[j] < 0x80 && s[j] != '"' && s[j] != '\\')
            ++j;
        if (j > i) {
            put(text.substr(i, j - i));
            i = j;
            continue;
        }
        const unsigned char c = s[i];
        if (c >= 0x80) {
            const std::size_t len = utf8SequenceLength(text, i);
            if (len == 0) {
                put(std::string_view("\\ufffd"));
                ++i;
            } else {
                put(text.substr(i, len));
                i += len;
            }
            continue;
        }
        switch (c) {
        case '"': put(std::string_view("\\\"")); break;
        case '\\': put(std::string_view("\\\\")); break;
        case '\n': put(std::string_view("\\n")); break;
        case '\r': put(std::string_view("\\r")); break;
        case '\t': put(std::string_view("\\t")); break;
        case '\b': put(std::string_view("\\b")); break;
        case '\f': put(std::string_view("\\f")); break;
        default: {
            const char escaped[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
            put(std::string_view(escaped, 6));
        }
        }
        ++i;
    }
    put('"');
}

void OutBuffer::csvField(std::string_view text)
{
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
        put(text);
        return;
    }
    put('"');
    std::size_t from = 0;
    for (std::size_t q = text.find('"'); q != std::string_view::npos; q = text.find('"', q + 1)) {
        put(text.substr(from, q + 1 - from));
        put('"');
        from = q + 1;
    }
    put(text.substr(from));
    put('"');
}

bool OutBuffer::flush()
{
    if (m_size > 0) {
        m_out.write(m_buffer.get(), static_cast<std::streamsize>(m_size));
        m_size = 0;
    }
    // Down to the device, so a full disk shows up here and not after we said "written".
    m_out.flush();
    return m_out.good();
}

} // namespace corescope::io
