#pragma once

// The process pool's wire protocol between the app (parent) and corescope-worker.
//
// Plain C++20, no Qt: the worker links this. Every frame is
//
//     [u32 payload length][u8 type][payload]          (all integers little-endian)
//
// and every payload has a size fixed by its type (or by its own count field), so a frame is
// either exactly right or rejected. Decoding is a pure function of the bytes: no clocks, no
// globals, no allocation beyond one frame, so it can be fuzzed.
//
//   parent -> worker
//     Configure  u16 version, u8 kernel, f64 sleepMsPerUnit, u64 bufferMiB, i32 crashSignal,
//                u64 sleepReverseFrom, u8 counterSync (KernelParams, field by field),
//                f64 scale (RunOptions::scale: 0.1 .. 100, the work per task multiplied)
//     Chunk      u32 first index, u32 count, u8 form, then by form:
//                  Singles:     count x u64 a                 (arity-1 kernels)
//                  Pairs:       count x (u64 a, u64 b)        (arity-2 kernels)
//                  Progression: u64 a0, u64 aStep, u64 b0, u64 bStep; input i = start + i*step
//                               (mod 2^64), so a range or repeat chunk costs 32 bytes
//                Task indices are first, first+1, ..., first+count-1.
//     Shutdown   empty: finish what was sent, report it, exit 0
//     Ping       empty: answer with Pong at once (between tasks); for clock offsets
//   worker -> parent
//     Hello      u16 version, u32 pid, u32 tid, i64 ready (absolute CLOCK_MONOTONIC ns)
//     Results    u32 count, then count x 32-byte records:
//                  u32 index, u64 result, i64 start, i64 end (absolute CLOCK_MONOTONIC ns),
//                  i16 cpu at start, i16 cpu at end
//     Error      UTF-8 text, at most kMaxErrorText bytes
//     Pong       i64 the worker's clock when it read the Ping (absolute CLOCK_MONOTONIC ns)
//
// The worker sends Hello first; the parent may send Configure and chunks before Hello arrives.
//
// MPI ranks (corescope-mpi-worker, built only with MPI): the ranks speak the frames above, each
// its own byte stream, carried by MPI messages to and from rank 0, which relays them over
// mpirun's standard input and output inside these envelopes:
//   parent -> rank 0
//     ToRank     u32 rank, then 1..kMaxRelayBytes bytes of that rank's stream
//   rank 0 -> parent
//     FromRank   u32 rank, then 0..kMaxRelayBytes bytes of that rank's stream (none: the rank's
//                worker has returned, its stream has ended)
//     RankInfo   u32 rank, u32 pid, then the host name (UTF-8, 1..kMaxHostName bytes)
//     HostSample u32 rank, i64 time (the rank's CLOCK_MONOTONIC ns, >= 0), then 1..kMaxSampleCores
//                x f32: that rank's host's per-core utilization (0..1) since its previous sample
//                (sent by one rank of each host other than Corescope's; none on Corescope's)

#include "core/kernels/kernel.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace corescope::protocol {

/// Bumped on any change of the wire format; parent and worker must agree.
inline constexpr std::uint16_t kVersion = 2;   ///< 2: Configure carries the work scale
/// Bytes before the payload: u32 length + u8 type.
inline constexpr std::size_t kHeaderSize = 5;
/// No payload is larger; a header announcing more is rejected before anything is buffered.
inline constexpr std::uint32_t kMaxPayload = 16u << 20;
/// Most tasks in one Chunk frame and most records in one Results frame; larger chunks are
/// sent as several frames.
inline constexpr std::uint32_t kMaxTasksPerFrame = 1u << 16;
inline constexpr std::size_t kMaxErrorText = 4096;
inline constexpr std::size_t kResultRecordSize = 32;
/// The most stream bytes in one ToRank / FromRank envelope (longer streams take several).
inline constexpr std::uint32_t kMaxRelayBytes = 1u << 20;
/// The longest host name a RankInfo carries (MPI_MAX_PROCESSOR_NAME is 256 in Open MPI).
inline constexpr std::size_t kMaxHostName = 255;
/// The most cores a HostSample carries (a host beyond it is not sampled).
inline constexpr std::size_t kMaxSampleCores = 4096;

/// Whether two names of machines name the same one: equal up to the first '.'. Open MPI names a
/// node by its short name (unless told to keep the domain: orte_keep_fqdn_hostnames), where
/// gethostname() may give the full one.
bool sameHostName(std::string_view a, std::string_view b);

enum class MessageType : std::uint8_t {
    Configure = 1,
    Chunk = 2,
    Shutdown = 3,
    Ping = 5,
    Hello = 0x81,
    Results = 0x82,
    Error = 0x83,
    Pong = 0x86,
    ToRank = 0x10,
    FromRank = 0x90,
    RankInfo = 0x91,
    HostSample = 0x92,
};
/// "Configure", "Chunk", ...; "unknown" for other values.
std::string_view messageTypeName(MessageType type);

enum class ChunkForm : std::uint8_t { Singles = 0, Pairs = 1, Progression = 2 };

/// What the worker runs: the kernel and its parameters.
struct Configure {
    std::uint16_t version = kVersion;
    KernelId kernel = KernelId::IsPrime;
    KernelParams params;
    double scale = 1.0;   ///< runKernel's scale (RunOptions::scale)
    friend bool operator==(const Configure &, const Configure &) = default;
};

/// The worker introduces itself; `readyNs` is absolute CLOCK_MONOTONIC.
struct Hello {
    std::uint16_t version = kVersion;
    std::uint32_t pid = 0;
    std::uint32_t tid = 0;
    std::int64_t readyNs = 0;
    friend bool operator==(const Hello &, const Hello &) = default;
};

/// One finished task as the worker reports it; times are absolute CLOCK_MONOTONIC ns.
struct TaskResult {
    std::uint32_t index = 0;
    std::uint64_t value = 0;
    std::int64_t startNs = 0;
    std::int64_t endNs = 0;
    std::int16_t cpuStart = -1;
    std::int16_t cpuEnd = -1;
    friend bool operator==(const TaskResult &, const TaskResult &) = default;
};

// ---- encoding: each appends one complete frame to `out` ----------------------------------

void appendConfigure(std::vector<std::uint8_t> &out, const Configure &configure);
/// Tasks first .. first + inputs.size() - 1. Picks the smallest form: Progression when the
/// inputs are evenly spaced (3 or more), else Singles (arity 1) or Pairs (arity 2).
/// Precondition: 1 <= inputs.size() <= kMaxTasksPerFrame and first + size fits in u32.
void appendChunk(std::vector<std::uint8_t> &out, std::uint32_t first,
                 std::span<const TaskInput> inputs, int arity);
void appendShutdown(std::vector<std::uint8_t> &out);
void appendPing(std::vector<std::uint8_t> &out);
void appendPong(std::vector<std::uint8_t> &out, std::int64_t clockNs);
void appendHello(std::vector<std::uint8_t> &out, const Hello &hello);
/// Precondition: 1 <= results.size() <= kMaxTasksPerFrame.
void appendResults(std::vector<std::uint8_t> &out, std::span<const TaskResult> results);
/// Longer text is cut at kMaxErrorText bytes.
void appendError(std::vector<std::uint8_t> &out, std::string_view text);

/// The MPI relay's envelopes (see the top of this file). Preconditions: bytes.size() <=
/// kMaxRelayBytes (ToRank: >= 1); 1 <= host.size() <= kMaxHostName.
void appendToRank(std::vector<std::uint8_t> &out, std::uint32_t rank,
                  std::span<const std::uint8_t> bytes);
void appendFromRank(std::vector<std::uint8_t> &out, std::uint32_t rank,
                    std::span<const std::uint8_t> bytes);
void appendRankInfo(std::vector<std::uint8_t> &out, std::uint32_t rank, std::uint32_t pid,
                    std::string_view host);
/// Precondition: 1 <= cores.size() <= kMaxSampleCores.
void appendHostSample(std::vector<std::uint8_t> &out, std::uint32_t rank, std::int64_t clockNs,
                      std::span<const float> cores);

// ---- decoding ------------------------------------------------------------------------------

/// A complete, size-checked frame. `payload` points into the decoder's buffer.
struct Frame {
    MessageType type = MessageType::Shutdown;
    std::span<const std::uint8_t> payload;
};

/// Empty when `payload` has exactly the size and shape `type` requires, else why not.
/// Unknown types are rejected. Pure; never reads outside `payload`.
std::string checkPayload(std::uint8_t type, std::span<const std::uint8_t> payload);

/// Reads a checked Configure payload. False (with `error`) on a version mismatch or an
/// unknown kernel or invalid parameters.
bool decodeConfigure(std::span<const std::uint8_t> payload, Configure &out, std::string &error);
/// Reads a Hello payload (checked by checkPayload).
Hello decodeHello(std::span<const std::uint8_t> payload);
/// The clock of a Pong payload (checked by checkPayload).
std::int64_t decodePong(std::span<const std::uint8_t> payload);
/// The text of an Error payload.
std::string_view decodeErrorText(std::span<const std::uint8_t> payload);

/// A checked ToRank / FromRank payload: the rank and its stream bytes (pointing into it).
struct RelayView {
    std::uint32_t rank = 0;
    std::span<const std::uint8_t> bytes;
};
RelayView decodeRelay(std::span<const std::uint8_t> payload);
/// A checked RankInfo payload.
struct RankInfo {
    std::uint32_t rank = 0;
    std::uint32_t pid = 0;
    std::string host;
};
RankInfo decodeRankInfo(std::span<const std::uint8_t> payload);
/// A checked HostSample payload.
struct HostSample {
    std::uint32_t rank = 0;
    std::int64_t clockNs = 0;
    std::vector<float> cores;
};
HostSample decodeHostSample(std::span<const std::uint8_t> payload);

/// Read access to a checked Chunk payload, without copying it.
class ChunkView {
public:
    /// Precondition: checkPayload(Chunk, payload) is empty.
    explicit ChunkView(std::span<const std::uint8_t> payload);
    std::uint32_t first() const { return m_first; }
    std::uint32_t count() const { return m_count; }
    ChunkForm form() const { return m_form; }
    /// The input of task first() + i, 0 <= i < count().
    TaskInput input(std::uint32_t i) const;

private:
    std::span<const std::uint8_t> m_payload;
    std::uint32_t m_first = 0;
    std::uint32_t m_count = 0;
    ChunkForm m_form = ChunkForm::Singles;
    TaskInput m_start;
    TaskInput m_step;
};

/// Read access to a checked Results payload, without copying it.
class ResultsView {
public:
    /// Precondition: checkPayload(Results, payload) is empty.
    explicit ResultsView(std::span<const std::uint8_t> payload);
    std::uint32_t count() const { return m_count; }
    TaskResult at(std::uint32_t i) const;

private:
    std::span<const std::uint8_t> m_payload;
    std::uint32_t m_count = 0;
};

/// Splits a byte stream into frames. Feed it whatever arrived (any split, any garbage); take
/// frames with next() until it says NeedMore. Each header is checked as soon as its 5 bytes
/// are in (known type, length within that type's limit: at most ~2 MiB), each payload as soon
/// as it is complete, so an oversized or malformed frame is rejected without buffering it.
/// Errors are final.
///
/// Memory: the buffer holds at most one incomplete frame plus what the last feed added; feed
/// in bounded pieces (reads of at most kReadSize) and drain with next() after each.
class Decoder {
public:
    enum class Status : std::uint8_t { Frame, NeedMore, Error };
    static constexpr std::size_t kReadSize = 256 * 1024;

    /// Copies `bytes` in.
    void feed(std::span<const std::uint8_t> bytes);
    /// Space for up to `n` bytes to read() into directly; then commit() what was read.
    std::span<std::uint8_t> prepare(std::size_t n);
    void commit(std::size_t n);

    /// The next complete frame. Its payload stays valid until the next feed()/prepare().
    Status next(Frame &frame);
    /// Why decoding stopped (after next() returned Error).
    const std::string &error() const { return m_error; }
    bool failed() const { return !m_error.empty(); }
    /// Bytes received that do not (yet) make a complete frame: at end of stream, a truncated
    /// frame.
    std::size_t pending() const { return m_end - m_begin; }

private:
    void compact();
    std::vector<std::uint8_t> m_buffer;
    std::size_t m_begin = 0;
    std::size_t m_end = 0;
    std::string m_error;
};

} // namespace corescope::protocol
