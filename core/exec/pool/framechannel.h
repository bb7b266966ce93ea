#pragma once

// One peer's framed byte stream (core/protocol's frames) over a non-blocking stream socket.

#include "core/protocol/protocol.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace corescope::pool {

/// Frames to send are appended to outgoing() (protocol::append*) and go out with flush();
/// what arrives is read in bounded pieces into a protocol::Decoder and taken frame by frame
/// with next(). Knows nothing of what the frames mean, nor of processes; does not own the
/// descriptor (pass it to each call). Not thread-safe: one thread drives it.
class FrameChannel final {
public:
    // Reads go this much at a time (small: 64 workers each hold such a buffer), at most
    // kReadBudget per readable event, so one chatty peer cannot starve the others.
    static constexpr std::size_t kReadSize = 64 * 1024;
    static constexpr std::size_t kReadBudget = 16 * kReadSize;

    FrameChannel() = default;
    FrameChannel(const FrameChannel &) = delete;
    FrameChannel &operator=(const FrameChannel &) = delete;

    /// Append complete frames here; flush() sends them.
    std::vector<std::uint8_t> &outgoing() { return m_out; }
    /// Bytes appended and not yet accepted by the socket (poll for POLLOUT while true).
    bool hasUnsent() const { return m_outSent < m_out.size(); }
    /// Sends what the socket takes without blocking. When the peer is gone (EPIPE, ECONNRESET)
    /// the unsent bytes are dropped: its end of stream tells the reader how it went.
    void flush(int fd);

    enum class Received : std::uint8_t {
        Data,          ///< bytes went into the decoder: take frames with next()
        Nothing,       ///< nothing to read now
        EndOfStream,   ///< the peer closed its end (or the connection was reset)
    };
    /// One read of at most kReadSize bytes into the decoder; `budget` is reduced by what was
    /// read. Callers loop while Data and budget > 0, taking frames after each read.
    Received receive(int fd, std::size_t &budget);

    /// Puts bytes that arrived some other way (an MPI rank's, through the relay) into the
    /// decoder, as receive() would.
    void feed(std::span<const std::uint8_t> bytes) { m_decoder.feed(bytes); }
    /// The bytes appended and not yet sent, handed over (the relay wraps them); afterwards
    /// nothing is pending.
    std::vector<std::uint8_t> takeUnsent();

    /// The next complete frame; its payload stays valid until the next receive().
    protocol::Decoder::Status next(protocol::Frame &frame) { return m_decoder.next(frame); }
    /// Why decoding stopped (after next() returned Error).
    const std::string &error() const { return m_decoder.error(); }
    /// Bytes received that do not make a complete frame: at end of stream, a truncated one.
    std::size_t pending() const { return m_decoder.pending(); }

private:
    protocol::Decoder m_decoder;
    std::vector<std::uint8_t> m_out;
    std::size_t m_outSent = 0;
};

} // namespace corescope::pool
