#include "core/exec/pool/framechannel.h"

#include <sys/socket.h>

#include <algorithm>
#include <cerrno>

namespace corescope::pool {

void FrameChannel::flush(int fd)
{
    while (fd >= 0 && m_outSent < m_out.size()) {
        const ssize_t n = send(fd, m_out.data() + m_outSent, m_out.size() - m_outSent,
                               MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n > 0) {
            m_outSent += static_cast<std::size_t>(n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;                       // poll() tells when there is room
        // EPIPE / ECONNRESET: the peer is gone; its end of stream says how.
        m_out.clear();
        m_outSent = 0;
        return;
    }
    if (m_outSent == m_out.size()) {
        m_out.clear();
        m_outSent = 0;
    } else if (m_outSent > (1u << 20)) {
        m_out.erase(m_out.begin(), m_out.begin() + static_cast<std::ptrdiff_t>(m_outSent));
        m_outSent = 0;
    }
}

std::vector<std::uint8_t> FrameChannel::takeUnsent()
{
    std::vector<std::uint8_t> out;
    if (m_outSent == 0)
        out.swap(m_out);
    else
        out.assign(m_out.begin() + static_cast<std::ptrdiff_t>(m_outSent), m_out.end());
    m_out.clear();
    m_outSent = 0;
    return out;
}

FrameChannel::Received FrameChannel::receive(int fd, std::size_t &budget)
{
    for (;;) {
        const auto space = m_decoder.prepare(kReadSize);
        const ssize_t n = recv(fd, space.data(), space.size(), MSG_DONTWAIT);
        if (n > 0) {
            m_decoder.commit(static_cast<std::size_t>(n));
            budget -= std::min(budget, static_cast<std::size_t>(n));
            return Received::Data;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return Received::Nothing;
        // 0 = end of stream; ECONNRESET and friends mean the same here.
        return Received::EndOfStream;
    }
}

} // namespace corescope::pool
