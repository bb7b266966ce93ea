// The worker pipe's wire format (protocol.h). One file over 600 lines on purpose: each
// message's encoder and its decoder and checks share the little-endian helpers at the top and
// must change together; split the MPI relay's envelopes out if the format grows again.
#include "core/protocol/protocol.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

namespace corescope::protocol {

// KernelParams travels field by field in Configure: a new field must be added to the wire
// format (and kVersion bumped) or the worker would silently run with a default.
static_assert(sizeof(KernelParams) == 40,
              "KernelParams changed: update Configure in core/protocol and bump kVersion");

namespace {

constexpr std::size_t kConfigureSize = 2 + 1 + 8 + 8 + 4 + 8 + 1 + 8;
constexpr std::size_t kHelloSize = 2 + 4 + 4 + 8;
constexpr std::size_t kChunkHeadSize = 4 + 4 + 1;
constexpr std::size_t kProgressionSize = 4 * 8;

// Little-endian stores and loads. memcpy keeps them free of alignment and aliasing trouble;
// on little-endian hosts (every target we build for) the swap compiles away.
template <typename T>
T toLittle(T v)
{
    if constexpr (std::endian::native == std::endian::big) {
        auto u = static_cast<std::make_unsigned_t<T>>(v);
        std::make_unsigned_t<T> r = 0;
        for (std::size_t i = 0; i < sizeof(T); ++i) {
            r = static_cast<decltype(r)>((r << 8) | (u & 0xFF));
            u = static_cast<decltype(u)>(u >> 8);
        }
        return static_cast<T>(r);
    } else {
        return v;
    }
}

template <typename T>
void put(std::uint8_t *&p, T v)
{
    v = toLittle(v);
    std::memcpy(p, &v, sizeof(T));
    p += sizeof(T);
}

template <typename T>
T get(const std::uint8_t *p)
{
    T v;
    std::memcpy(&v, p, sizeof(T));
    return toLittle(v);
}

// Grows `out` by one frame of `payloadSize` and returns where the payload goes.
std::uint8_t *beginFrame(std::vector<std::uint8_t> &out, MessageType type, std::size_t payloadSize)
{
    const std::size_t at = out.size();
    out.resize(at + kHeaderSize + payloadSize);
    std::uint8_t *p = out.data() + at;
    put(p, static_cast<std::uint32_t>(payloadSize));
    put(p, static_cast<std::uint8_t>(type));
    return p;
}

// The largest payload each type can have; 0 for unknown types. Lets the decoder refuse an
// impossible length from the header alone, before buffering any of it.
std::size_t maxPayloadOf(std::uint8_t type)
{
    switch (static_cast<MessageType>(type)) {
    case MessageType::Configure: return kConfigureSize;
    case MessageType::Chunk: return kChunkHeadSize + std::size_t{16} * kMaxTasksPerFrame;
    case MessageType::Shutdown: return 0;
    case MessageType::Ping: return 0;
    case MessageType::Pong: return 8;
    case MessageType::Hello: return kHelloSize;
    case MessageType::Results: return 4 + kResultRecordSize * kMaxTasksPerFrame;
    case MessageType::Error: return kMaxErrorText;
    case MessageType::ToRank:
    case MessageType::FromRank: return 4 + std::size_t{kMaxRelayBytes};
    case MessageType::RankInfo: return 8 + kMaxHostName;
    case MessageType::HostSample: return 12 + 4 * kMaxSampleCores;
    }
    return 0;
}

bool knownType(std::uint8_t type)
{
    switch (static_cast<MessageType>(type)) {
    case MessageType::Configure:
    case MessageType::Chunk:
    case MessageType::Shutdown:
    case MessageType::Ping:
    case MessageType::Pong:
    case MessageType::Hello:
    case MessageType::Results:
    case MessageType::Error:
    case MessageType::ToRank:
    case MessageType::FromRank:
    case MessageType::RankInfo:
    case MessageType::HostSample:
        return true;
    }
    return false;
}
static_assert(4 + kResultRecordSize * kMaxTasksPerFrame <= kMaxPayload);

std::string sizeError(std::string_view what, std::size_t got, std::size_t want)
{
    return std::string(what) + " payload is " + std::to_string(got) + " bytes, expected "
        + std::to_string(want);
}

} // namespace

bool sameHostName(std::string_view a, std::string_view b)
{
    return a.substr(0, a.find('.')) == b.substr(0, b.find('.'));
}

std::string_view messageTypeName(MessageType type)
{
    switch (type) {
    case MessageType::Configure: return "Configure";
    case MessageType::Chunk: return "Chunk";
    case MessageType::Shutdown: return "Shutdown";
    case MessageType::Ping: return "Ping";
    case MessageType::Pong: return "Pong";
    case MessageType::Hello: return "Hello";
    case MessageType::Results: return "Results";
    case MessageType::Error: return "Error";
    case MessageType::ToRank: return "ToRank";
    case MessageType::FromRank: return "FromRank";
    case MessageType::RankInfo: return "RankInfo";
    case MessageType::HostSample: return "HostSample";
    }
    return "unknown";
}

// ---- encoding ------------------------------------------------------------------------------

void appendConfigure(std::vector<std::uint8_t> &out, const Configure &c)
{
    std::uint8_t *p = beginFrame(out, MessageType::Configure, kConfigureSize);
    put(p, c.version);
    put(p, static_cast<std::uint8_t>(c.kernel));
    put(p, std::bit_cast<std::uint64_t>(c.params.sleepMsPerUnit));
    put(p, c.params.bufferMiB);
    put(p, static_cast<std::int32_t>(c.params.crashSignal));
    put(p, c.params.sleepReverseFrom);
    put(p, static_cast<std::uint8_t>(c.params.counterSync));
    put(p, std::bit_cast<std::uint64_t>(c.scale));
}

void appendChunk(std::vector<std::uint8_t> &out, std::uint32_t first,
                 std::span<const TaskInput> inputs, int arity)
{
    const auto count = static_cast<std::uint32_t>(inputs.size());
    // Generated workloads (range, repeat) are evenly spaced: 32 bytes describe the whole chunk.
    bool even = inputs.size() >= 3;
    TaskInput step{};
    if (even) {
        step = {inputs[1].a - inputs[0].a, inputs[1].b - inputs[0].b};
        for (std::size_t i = 2; i < inputs.size() && even; ++i)
            even = inputs[i].a - inputs[i - 1].a == step.a && inputs[i].b - inputs[i - 1].b == step.b;
    }
    const ChunkForm form = even ? ChunkForm::Progression
                                : (arity == 2 ? ChunkForm::Pairs : ChunkForm::Singles);
    const std::size_t body = form == ChunkForm::Progression ? kProgressionSize
        : form == ChunkForm::Pairs                          ? std::size_t{16} * count
                                                            : std::size_t{8} * count;
    std::uint8_t *p = beginFrame(out, MessageType::Chunk, kChunkHeadSize + body);
    put(p, first);
    put(p, count);
    put(p, static_cast<std::uint8_t>(form));
    switch (form) {
    case ChunkForm::Progression:
        put(p, inputs[0].a);
        put(p, step.a);
        put(p, inputs[0].b);
        put(p, step.b);
        break;
    case ChunkForm::Pairs:
        for (const TaskInput &in : inputs) {
            put(p, in.a);
            put(p, in.b);
        }
        break;
    case ChunkForm::Singles:
        for (const TaskInput &in : inputs)
            put(p, in.a);
        break;
    }
}

void appendShutdown(std::vector<std::uint8_t> &out)
{
    beginFrame(out, MessageType::Shutdown, 0);
}

void appendPing(std::vector<std::uint8_t> &out)
{
    beginFrame(out, MessageType::Ping, 0);
}

void appendPong(std::vector<std::uint8_t> &out, std::int64_t clockNs)
{
    std::uint8_t *p = beginFrame(out, MessageType::Pong, 8);
    put(p, clockNs);
}

std::int64_t decodePong(std::span<const std::uint8_t> payload)
{
    return get<std::int64_t>(payload.data());
}

void appendHello(std::vector<std::uint8_t> &out, const Hello &h)
{
    std::uint8_t *p = beginFrame(out, MessageType::Hello, kHelloSize);
    put(p, h.version);
    put(p, h.pid);
    put(p, h.tid);
    put(p, h.readyNs);
}

void appendResults(std::vector<std::uint8_t> &out, std::span<const TaskResult> results)
{
    std::uint8_t *p = beginFrame(out, MessageType::Results, 4 + kResultRecordSize * results.size());
    put(p, static_cast<std::uint32_t>(results.size()));
    for (const TaskResult &r : results) {
        put(p, r.index);
        put(p, r.value);
        put(p, r.startNs);
        put(p, r.endNs);
        put(p, r.cpuStart);
        put(p, r.cpuEnd);
    }
}

void appendError(std::vector<std::uint8_t> &out, std::string_view text)
{
    text = text.substr(0, kMaxErrorText);
    std::uint8_t *p = beginFrame(out, MessageType::Error, text.size());
    if (!text.empty())
        std::memcpy(p, text.data(), text.size());
}

void appendToRank(std::vector<std::uint8_t> &out, std::uint32_t rank,
                  std::span<const std::uint8_t> bytes)
{
    std::uint8_t *p = beginFrame(out, MessageType::ToRank, 4 + bytes.size());
    put(p, rank);
    if (!bytes.empty())
        std::memcpy(p, bytes.data(), bytes.size());
}

void appendFromRank(std::vector<std::uint8_t> &out, std::uint32_t rank,
                    std::span<const std::uint8_t> bytes)
{
    std::uint8_t *p = beginFrame(out, MessageType::FromRank, 4 + bytes.size());
    put(p, rank);
    if (!bytes.empty())
        std::memcpy(p, bytes.data(), bytes.size());
}

void appendRankInfo(std::vector<std::uint8_t> &out, std::uint32_t rank, std::uint32_t pid,
                    std::string_view host)
{
    std::uint8_t *p = beginFrame(out, MessageType::RankInfo, 8 + host.size());
    put(p, rank);
    put(p, pid);
    std::memcpy(p, host.data(), host.size());
}

void appendHostSample(std::vector<std::uint8_t> &out, std::uint32_t rank, std::int64_t clockNs,
                      std::span<const float> cores)
{
    std::uint8_t *p = beginFrame(out, MessageType::HostSample, 12 + 4 * cores.size());
    put(p, rank);
    put(p, clockNs);
    for (const float c : cores)
        put(p, std::bit_cast<std::uint32_t>(c));
}

RelayView decodeRelay(std::span<const std::uint8_t> payload)
{
    return {get<std::uint32_t>(payload.data()), payload.subspan(4)};
}

RankInfo decodeRankInfo(std::span<const std::uint8_t> payload)
{
    RankInfo info;
    info.rank = get<std::uint32_t>(payload.data());
    info.pid = get<std::uint32_t>(payload.data() + 4);
    info.host.assign(reinterpret_cast<const char *>(payload.data() + 8), payload.size() - 8);
    return info;
}

HostSample decodeHostSample(std::span<const std::uint8_t> payload)
{
    HostSample sample;
    sample.rank = get<std::uint32_t>(payload.data());
    sample.clockNs = get<std::int64_t>(payload.data() + 4);
    const std::size_t n = (payload.size() - 12) / 4;
    sample.cores.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        sample.cores[i] = std::bit_cast<float>(get<std::uint32_t>(payload.data() + 12 + 4 * i));
    return sample;
}

// ---- decoding ------------------------------------------------------------------------------

std::string checkPayload(std::uint8_t type, std::span<const std::uint8_t> payload)
{
    const std::size_t n = payload.size();
    if (n > kMaxPayload)
        return "frame of " + std::to_string(n) + " bytes exceeds the limit of "
            + std::to_string(kMaxPayload);
    switch (static_cast<MessageType>(type)) {
    case MessageType::Configure:
        return n == kConfigureSize ? std::string() : sizeError("Configure", n, kConfigureSize);
    case MessageType::Shutdown:
        return n == 0 ? std::string() : sizeError("Shutdown", n, 0);
    case MessageType::Ping:
        return n == 0 ? std::string() : sizeError("Ping", n, 0);
    case MessageType::Pong:
        return n == 8 ? std::string() : sizeError("Pong", n, 8);
    case MessageType::Hello:
        return n == kHelloSize ? std::string() : sizeError("Hello", n, kHelloSize);
    case MessageType::Error:
        return n <= kMaxErrorText ? std::string()
                                  : "Error text of " + std::to_string(n) + " bytes exceeds "
                + std::to_string(kMaxErrorText);
    case MessageType::Chunk: {
        if (n < kChunkHeadSize)
            return sizeError("Chunk", n, kChunkHeadSize);
        const auto first = get<std::uint32_t>(payload.data());
        const auto count = get<std::uint32_t>(payload.data() + 4);
        const auto form = payload[8];
        if (count == 0 || count > kMaxTasksPerFrame)
            return "Chunk of " + std::to_string(count) + " tasks (1.." + std::to_string(kMaxTasksPerFrame)
                + " allowed)";
        if (std::uint64_t{first} + count > std::uint64_t{1} << 32)
            return "Chunk task indices overflow (first " + std::to_string(first) + ", count "
                + std::to_string(count) + ")";
        std::size_t body = 0;
        switch (static_cast<ChunkForm>(form)) {
        case ChunkForm::Singles: body = std::size_t{8} * count; break;
        case ChunkForm::Pairs: body = std::size_t{16} * count; break;
        case ChunkForm::Progression: body = kProgressionSize; break;
        default: return "Chunk has unknown form " + std::to_string(form);
        }
        return n == kChunkHeadSize + body ? std::string() : sizeError("Chunk", n, kChunkHeadSize + body);
    }
    case MessageType::ToRank:
    case MessageType::FromRank: {
        const std::size_t least = static_cast<MessageType>(type) == MessageType::ToRank ? 5 : 4;
        if (n < least || n > 4 + std::size_t{kMaxRelayBytes})
            return std::string(messageTypeName(static_cast<MessageType>(type))) + " payload is "
                + std::to_string(n) + " bytes, expected " + std::to_string(least) + ".."
                + std::to_string(4 + std::size_t{kMaxRelayBytes});
        return {};
    }
    case MessageType::RankInfo:
        if (n < 9 || n > 8 + kMaxHostName)
            return "RankInfo payload is " + std::to_string(n) + " bytes, expected 9.."
                + std::to_string(8 + kMaxHostName);
        return {};
    case MessageType::HostSample: {
        if (n < 16 || n > 12 + 4 * kMaxSampleCores || (n - 12) % 4 != 0)
            return "HostSample payload is " + std::to_string(n) + " bytes, expected 12 + 4 x (1.."
                + std::to_string(kMaxSampleCores) + ")";
        if (get<std::int64_t>(payload.data() + 4) < 0)
            return "HostSample time is negative";
        // A share of a core: NaN or anything outside 0..1 would reach the chart and the report.
        for (std::size_t at = 12; at < n; at += 4) {
            const float share = std::bit_cast<float>(get<std::uint32_t>(payload.data() + at));
            if (!(share >= 0.0f && share <= 1.0f))
                return "HostSample core " + std::to_string((at - 12) / 4) + " is not a share of 0..1";
        }
        return {};
    }
    case MessageType::Results: {
        if (n < 4)
            return sizeError("Results", n, 4);
        const auto count = get<std::uint32_t>(payload.data());
        if (count == 0 || count > kMaxTasksPerFrame)
            return "Results with " + std::to_string(count) + " records (1.."
                + std::to_string(kMaxTasksPerFrame) + " allowed)";
        const std::size_t want = 4 + kResultRecordSize * count;
        return n == want ? std::string() : sizeError("Results", n, want);
    }
    }
    return "unknown message type " + std::to_string(type);
}

bool decodeConfigure(std::span<const std::uint8_t> payload, Configure &out, std::string &error)
{
    if (payload.size() != kConfigureSize) {
        error = sizeError("Configure", payload.size(), kConfigureSize);
        return false;
    }
    const std::uint8_t *p = payload.data();
    Configure c;
    c.version = get<std::uint16_t>(p);
    const auto kernel = get<std::uint8_t>(p + 2);
    c.params.sleepMsPerUnit = std::bit_cast<double>(get<std::uint64_t>(p + 3));
    c.params.bufferMiB = get<std::uint64_t>(p + 11);
    c.params.crashSignal = get<std::int32_t>(p + 19);
    c.params.sleepReverseFrom = get<std::uint64_t>(p + 23);
    const auto sync = get<std::uint8_t>(p + 31);
    c.scale = std::bit_cast<double>(get<std::uint64_t>(p + 32));
    if (c.version != kVersion) {
        error = "protocol version " + std::to_string(c.version) + ", this worker speaks "
            + std::to_string(kVersion);
        return false;
    }
    if (kernel >= allKernels().size()) {
        error = "unknown kernel id " + std::to_string(kernel);
        return false;
    }
    c.kernel = static_cast<KernelId>(kernel);
    if (!std::isfinite(c.params.sleepMsPerUnit) || c.params.sleepMsPerUnit < 0.0) {
        error = "invalid sleep_ms_per_unit";
        return false;
    }
    if (c.params.bufferMiB == 0 || c.params.bufferMiB > (1u << 20)) {
        error = "invalid buffer size " + std::to_string(c.params.bufferMiB) + " MiB";
        return false;
    }
    if (c.params.crashSignal < 0 || c.params.crashSignal > 64) {
        error = "invalid crash signal " + std::to_string(c.params.crashSignal);
        return false;
    }
    if (sync > static_cast<std::uint8_t>(CounterSync::Manager)) {
        error = "unknown counter sync " + std::to_string(sync);
        return false;
    }
    c.params.counterSync = static_cast<CounterSync>(sync);
    // The range of RunOptions::kMinScale .. kMaxScale (core/exec, which the worker does not link).
    if (!(c.scale >= 0.1 && c.scale <= 100.0)) {
        error = "invalid scale " + std::to_string(c.scale);
        return false;
    }
    out = c;
    return true;
}

Hello decodeHello(std::span<const std::uint8_t> payload)
{
    Hello h;
    if (payload.size() != kHelloSize)
        return h;
    const std::uint8_t *p = payload.data();
    h.version = get<std::uint16_t>(p);
    h.pid = get<std::uint32_t>(p + 2);
    h.tid = get<std::uint32_t>(p + 6);
    h.readyNs = get<std::int64_t>(p + 10);
    return h;
}

std::string_view decodeErrorText(std::span<const std::uint8_t> payload)
{
    return {reinterpret_cast<const char *>(payload.data()), payload.size()};
}

ChunkView::ChunkView(std::span<const std::uint8_t> payload)
    : m_payload(payload)
{
    if (payload.size() < kChunkHeadSize)
        return;
    m_first = get<std::uint32_t>(payload.data());
    m_count = get<std::uint32_t>(payload.data() + 4);
    m_form = static_cast<ChunkForm>(payload[8]);
    const std::size_t body = payload.size() - kChunkHeadSize;
    // Defensive: a view over an unchecked payload never reads past its end.
    switch (m_form) {
    case ChunkForm::Singles:
        m_count = static_cast<std::uint32_t>(std::min<std::size_t>(m_count, body / 8));
        break;
    case ChunkForm::Pairs:
        m_count = static_cast<std::uint32_t>(std::min<std::size_t>(m_count, body / 16));
        break;
    case ChunkForm::Progression:
        if (body < kProgressionSize) {
            m_count = 0;
            break;
        }
        m_start.a = get<std::uint64_t>(payload.data() + kChunkHeadSize);
        m_step.a = get<std::uint64_t>(payload.data() + kChunkHeadSize + 8);
        m_start.b = get<std::uint64_t>(payload.data() + kChunkHeadSize + 16);
        m_step.b = get<std::uint64_t>(payload.data() + kChunkHeadSize + 24);
        break;
    default: m_count = 0; break;
    }
}

TaskInput ChunkView::input(std::uint32_t i) const
{
    const std::uint8_t *body = m_payload.data() + kChunkHeadSize;
    switch (m_form) {
    case ChunkForm::Singles: return {get<std::uint64_t>(body + std::size_t{8} * i), 0};
    case ChunkForm::Pairs:
        return {get<std::uint64_t>(body + std::size_t{16} * i),
                get<std::uint64_t>(body + std::size_t{16} * i + 8)};
    case ChunkForm::Progression: return {m_start.a + i * m_step.a, m_start.b + i * m_step.b};
    }
    return {};
}

ResultsView::ResultsView(std::span<const std::uint8_t> payload)
    : m_payload(payload)
{
    if (payload.size() < 4)
        return;
    m_count = static_cast<std::uint32_t>(
        std::min<std::size_t>(get<std::uint32_t>(payload.data()), (payload.size() - 4) / kResultRecordSize));
}

TaskResult ResultsView::at(std::uint32_t i) const
{
    const std::uint8_t *p = m_payload.data() + 4 + kResultRecordSize * i;
    TaskResult r;
    r.index = get<std::uint32_t>(p);
    r.value = get<std::uint64_t>(p + 4);
    r.startNs = get<std::int64_t>(p + 12);
    r.endNs = get<std::int64_t>(p + 20);
    r.cpuStart = get<std::int16_t>(p + 28);
    r.cpuEnd = get<std::int16_t>(p + 30);
    return r;
}

// ---- Decoder ---------------------------------------------------------------------------------

void Decoder::compact()
{
    if (m_begin == 0)
        return;
    if (m_end > m_begin)
        std::memmove(m_buffer.data(), m_buffer.data() + m_begin, m_end - m_begin);
    m_end -= m_begin;
    m_begin = 0;
}

std::span<std::uint8_t> Decoder::prepare(std::size_t n)
{
    if (m_buffer.size() - m_end < n) {
        compact();
        if (m_buffer.size() - m_end < n)
            m_buffer.resize(m_end + n);
    }
    return {m_buffer.data() + m_end, n};
}

void Decoder::commit(std::size_t n)
{
    m_end = std::min(m_end + n, m_buffer.size());
}

void Decoder::feed(std::span<const std::uint8_t> bytes)
{
    if (bytes.empty() || failed())
        return;
    const auto space = prepare(bytes.size());
    std::memcpy(space.data(), bytes.data(), bytes.size());
    commit(bytes.size());
}

Decoder::Status Decoder::next(Frame &frame)
{
    if (failed())
        return Status::Error;
    const std::size_t avail = m_end - m_begin;
    if (avail < kHeaderSize) {
        if (avail == 0)
            m_begin = m_end = 0;   // cheap reset keeps the buffer from creeping
        return Status::NeedMore;
    }
    const std::uint8_t *p = m_buffer.data() + m_begin;
    const auto length = get<std::uint32_t>(p);
    const std::uint8_t type = p[4];
    // Reject a bad header at once: never wait for (or buffer) 4 GiB that will not be used.
    if (length > kMaxPayload) {
        m_error = "frame of " + std::to_string(length) + " bytes exceeds the limit of "
            + std::to_string(kMaxPayload);
        return Status::Error;
    }
    if (!knownType(type)) {
        m_error = "unknown message type " + std::to_string(type);
        return Status::Error;
    }
    if (length > maxPayloadOf(type)) {
        m_error = std::string(messageTypeName(static_cast<MessageType>(type))) + " frame of "
            + std::to_string(length) + " bytes exceeds its limit of "
            + std::to_string(maxPayloadOf(type));
        return Status::Error;
    }
    if (avail - kHeaderSize < length)
        return Status::NeedMore;
    const std::span<const std::uint8_t> payload(p + kHeaderSize, length);
    if (std::string why = checkPayload(type, payload); !why.empty()) {
        m_error = std::move(why);
        return Status::Error;
    }
    frame.type = static_cast<MessageType>(type);
    frame.payload = payload;
    m_begin += kHeaderSize + length;
    return Status::Frame;
}

} // namespace corescope::protocol
