// libFuzzer target: the worker protocol decoder (core/protocol/protocol.*). The bytes are fed
// to a Decoder in pieces whose sizes the input's first byte picks, every frame it returns is
// decoded by type, and the result must not depend on how the stream was split. The same bytes
// also go through checkPayload() directly as one (type, payload) pair.

#include "core/protocol/protocol.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>
#include <string>
#include <vector>

namespace proto = corescope::protocol;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

// Decodes one checked frame completely, folding what it read into a digest so that two
// decodings of the same stream can be compared.
std::uint64_t decodeFrame(const proto::Frame &frame)
{
    std::uint64_t digest = static_cast<std::uint64_t>(frame.type) * 0x9E3779B97F4A7C15ULL;
    const auto mix = [&digest](std::uint64_t v) { digest = (digest ^ v) * 0x100000001B3ULL; };
    mix(frame.payload.size());
    switch (frame.type) {
    case proto::MessageType::Configure: {
        proto::Configure c;
        std::string error;
        if (proto::decodeConfigure(frame.payload, c, error)) {
            // A valid Configure re-encodes to exactly the bytes it came from.
            std::vector<std::uint8_t> again;
            proto::appendConfigure(again, c);
            check(again.size() == proto::kHeaderSize + frame.payload.size());
            check(std::equal(frame.payload.begin(), frame.payload.end(),
                             again.begin() + proto::kHeaderSize));
            mix(static_cast<std::uint64_t>(c.kernel));
        } else {
            check(!error.empty());
            mix(error.size());
        }
        break;
    }
    case proto::MessageType::Chunk: {
        const proto::ChunkView chunk(frame.payload);
        check(chunk.count() >= 1 && chunk.count() <= proto::kMaxTasksPerFrame);
        mix(chunk.first());
        for (std::uint32_t i = 0; i < chunk.count(); ++i) {
            const corescope::TaskInput in = chunk.input(i);
            mix(in.a);
            mix(in.b);
        }
        break;
    }
    case proto::MessageType::Results: {
        const proto::ResultsView results(frame.payload);
        check(results.count() >= 1 && results.count() <= proto::kMaxTasksPerFrame);
        for (std::uint32_t i = 0; i < results.count(); ++i) {
            const proto::TaskResult r = results.at(i);
            mix(r.index);
            mix(r.value);
            mix(static_cast<std::uint64_t>(r.startNs));
        }
        break;
    }
    case proto::MessageType::Hello:
        mix(proto::decodeHello(frame.payload).pid);
        break;
    case proto::MessageType::ToRank:
    case proto::MessageType::FromRank: {
        // A relay envelope re-encodes to exactly the bytes it came from.
        const proto::RelayView v = proto::decodeRelay(frame.payload);
        check(v.bytes.size() <= proto::kMaxRelayBytes);
        std::vector<std::uint8_t> again;
        if (frame.type == proto::MessageType::ToRank)
            proto::appendToRank(again, v.rank, v.bytes);
        else
            proto::appendFromRank(again, v.rank, v.bytes);
        check(std::equal(frame.payload.begin(), frame.payload.end(),
                         again.begin() + proto::kHeaderSize));
        mix(v.rank);
        break;
    }
    case proto::MessageType::Pong:
        mix(static_cast<std::uint64_t>(proto::decodePong(frame.payload)));
        break;
    case proto::MessageType::RankInfo: {
        const proto::RankInfo info = proto::decodeRankInfo(frame.payload);
        check(!info.host.empty() && info.host.size() <= proto::kMaxHostName);
        mix(info.rank);
        mix(info.pid);
        break;
    }
    case proto::MessageType::HostSample: {
        // A host's reading re-encodes to exactly the bytes it came from, every share in 0..1.
        const proto::HostSample sample = proto::decodeHostSample(frame.payload);
        check(!sample.cores.empty() && sample.cores.size() <= proto::kMaxSampleCores);
        check(sample.clockNs >= 0);
        for (const float c : sample.cores)
            check(c >= 0.0f && c <= 1.0f);
        std::vector<std::uint8_t> again;
        proto::appendHostSample(again, sample.rank, sample.clockNs, sample.cores);
        check(std::equal(frame.payload.begin(), frame.payload.end(),
                         again.begin() + proto::kHeaderSize));
        mix(sample.rank);
        mix(sample.cores.size());
        break;
    }
    case proto::MessageType::Error: {
        const std::string_view text = proto::decodeErrorText(frame.payload);
        check(text.size() <= proto::kMaxErrorText);
        mix(text.size());
        break;
    }
    case proto::MessageType::Shutdown:
    case proto::MessageType::Ping:
        check(frame.payload.empty());
        break;
    }
    return digest;
}

struct Outcome {
    std::uint64_t digest = 0;
    std::size_t frames = 0;
    bool failed = false;
    std::size_t pending = 0;
};

Outcome decodeStream(std::span<const std::uint8_t> bytes, std::size_t piece, bool usePrepare)
{
    proto::Decoder decoder;
    Outcome out;
    std::size_t at = 0;
    while (at < bytes.size() && !out.failed) {
        const std::size_t n = std::min(piece, bytes.size() - at);
        if (usePrepare) {
            const auto space = decoder.prepare(proto::Decoder::kReadSize);
            std::copy_n(bytes.begin() + static_cast<std::ptrdiff_t>(at), n, space.begin());
            decoder.commit(n);
        } else {
            decoder.feed(bytes.subspan(at, n));
        }
        at += n;
        proto::Frame frame;
        for (;;) {
            const auto status = decoder.next(frame);
            if (status == proto::Decoder::Status::Frame) {
                out.digest = out.digest * 31 + decodeFrame(frame);
                ++out.frames;
                continue;
            }
            if (status == proto::Decoder::Status::Error) {
                check(!decoder.error().empty());
                out.failed = true;
            }
            break;
        }
        // The buffer never holds more than one frame in progress plus one read.
        check(decoder.pending() <= proto::kHeaderSize + proto::kMaxPayload + proto::Decoder::kReadSize);
    }
    out.pending = out.failed ? 0 : decoder.pending();
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::span<const std::uint8_t> all(data, size);

    // One (type, payload) pair straight into the pure checks.
    const std::span<const std::uint8_t> payload = all.subspan(1);
    if (proto::checkPayload(data[0], payload).empty()) {
        proto::Frame frame{static_cast<proto::MessageType>(data[0]), payload};
        decodeFrame(frame);
    }

    // The stream, whole and in pieces: the same frames, the same verdict.
    const std::span<const std::uint8_t> stream = all.subspan(1);
    const std::size_t piece = static_cast<std::size_t>(data[0] % 17) + 1;
    const Outcome whole = decodeStream(stream, stream.size() + 1, false);
    const Outcome split = decodeStream(stream, piece, data[0] & 0x80);
    check(whole.failed == split.failed);
    check(whole.frames == split.frames && whole.digest == split.digest);
    check(whole.pending == split.pending);
    return 0;
}
