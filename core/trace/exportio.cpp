#include "core/trace/exportio.h"

#include <atomic>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <streambuf>

#include <fcntl.h>
#include <unistd.h>

namespace corescope::exportio {

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

namespace {

// Length of the valid UTF-8 sequence at s[0], or 0 when it is not one (overlong forms,
// surrogates and code points above U+10FFFF included).
std::size_t utf8SequenceLength(const unsigned char *s, std::size_t available)
{
    const unsigned char c = s[0];
    auto cont = [&](std::size_t i, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
        return i < available && s[i] >= lo && s[i] <= hi;
    };
    if (c >= 0xC2 && c <= 0xDF)
        return cont(1) ? 2 : 0;
    if (c == 0xE0)
        return cont(1, 0xA0) && cont(2) ? 3 : 0;
    if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF)
        return cont(1) && cont(2) ? 3 : 0;
    if (c == 0xED)
        return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
    if (c == 0xF0)
        return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (c >= 0xF1 && c <= 0xF3)
        return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (c == 0xF4)
        return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}

} // namespace

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
            const std::size_t len = utf8SequenceLength(s + i, n - i);
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

namespace {

// A stream over a file descriptor that remembers the errno of the first failed write, so the
// error message can say "No space left on device" instead of "write failed".
class FdStreamBuf final : public std::streambuf {
public:
    explicit FdStreamBuf(int fd) : m_fd(fd) { setp(m_buffer, m_buffer + sizeof m_buffer); }
    int error() const { return m_errno; }

protected:
    int_type overflow(int_type ch) override
    {
        if (!drain())
            return traits_type::eof();
        if (!traits_type::eq_int_type(ch, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(ch);
            pbump(1);
        }
        return traits_type::not_eof(ch);
    }
    std::streamsize xsputn(const char *data, std::streamsize count) override
    {
        if (count <= epptr() - pptr()) {
            std::memcpy(pptr(), data, static_cast<std::size_t>(count));
            pbump(static_cast<int>(count));
            return count;
        }
        if (!drain() || !writeAll(data, static_cast<std::size_t>(count)))
            return 0;
        return count;
    }
    int sync() override { return drain() ? 0 : -1; }

private:
    bool drain()
    {
        const auto n = static_cast<std::size_t>(pptr() - pbase());
        setp(m_buffer, m_buffer + sizeof m_buffer);
        return writeAll(m_buffer, n);
    }
    bool writeAll(const char *data, std::size_t count)
    {
        if (m_errno != 0)
            return false;
        while (count > 0) {
            const ssize_t n = ::write(m_fd, data, count);
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                m_errno = errno;
                return false;
            }
            data += n;
            count -= static_cast<std::size_t>(n);
        }
        return true;
    }

    int m_fd;
    int m_errno = 0;
    char m_buffer[8192];
};

} // namespace

std::string writeFileAtomically(const std::string &path,
                                const std::function<bool(std::ostream &)> &write)
{
    static std::atomic<unsigned> counter{0};
    // Beside the target, so rename() stays within one file system and is atomic.
    std::string temporary;
    int fd = -1;
    for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
        temporary = path + ".tmp-" + std::to_string(::getpid()) + '-'
            + std::to_string(counter.fetch_add(1));
        // 0666 before the umask, as any other file the user saves.
        fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && errno != EEXIST)
            break;
    }
    if (fd < 0)
        return "cannot write " + path + ": " + std::strerror(errno);

    FdStreamBuf buffer(fd);
    std::ostream out(&buffer);
    bool ok = write(out);
    ok = ok && out.flush().good();
    int error = buffer.error();
    if (ok && ::fsync(fd) != 0) {
        ok = false;
        error = errno;
    }
    if (::close(fd) != 0 && ok) {
        ok = false;
        error = errno;
    }
    if (ok && ::rename(temporary.c_str(), path.c_str()) != 0) {
        ok = false;
        error = errno;
    }
    if (!ok) {
        ::unlink(temporary.c_str());
        return "cannot write " + path + ": "
            + (error != 0 ? std::string(std::strerror(error)) : std::string("write failed"));
    }
    return {};
}

} // namespace corescope::exportio
