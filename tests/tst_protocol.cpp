// The process pool's wire protocol: every message survives a round trip, and the decoder
// turns truncated, oversized, unknown and random input into errors, never into a crash.

#include "core/protocol/protocol.h"

#include <QTest>

#include <cstring>
#include <bit>
#include <iterator>
#include <limits>
#include <random>
#include <vector>

using namespace corescope;
namespace proto = corescope::protocol;

using Bytes = std::vector<std::uint8_t>;
using Inputs = std::vector<TaskInput>;
Q_DECLARE_METATYPE(Inputs)
Q_DECLARE_METATYPE(Bytes)
Q_DECLARE_METATYPE(proto::ChunkForm)

namespace {

// Every frame in `bytes`, fed in pieces of `step` bytes; fails the test on a decoder error.
std::vector<std::pair<proto::MessageType, Bytes>> decodeAll(const Bytes &bytes, std::size_t step)
{
    std::vector<std::pair<proto::MessageType, Bytes>> frames;
    proto::Decoder decoder;
    for (std::size_t at = 0; at < bytes.size(); at += step) {
        const std::size_t n = std::min(step, bytes.size() - at);
        decoder.feed(std::span(bytes.data() + at, n));
        proto::Frame frame;
        for (;;) {
            const auto status = decoder.next(frame);
            if (status == proto::Decoder::Status::NeedMore)
                break;
            if (status == proto::Decoder::Status::Error) {
                qWarning("decoder error: %s", decoder.error().c_str());
                return {};
            }
            frames.emplace_back(frame.type, Bytes(frame.payload.begin(), frame.payload.end()));
        }
    }
    if (decoder.pending() != 0)
        qWarning("%zu bytes left over", decoder.pending());
    return frames;
}

// The one frame in `bytes`.
std::pair<proto::MessageType, Bytes> decodeOne(const Bytes &bytes)
{
    const auto frames = decodeAll(bytes, bytes.size());
    if (frames.size() != 1)
        return {proto::MessageType::Shutdown, {0xEE}};
    return frames.front();
}

Bytes header(std::uint32_t length, std::uint8_t type)
{
    Bytes b(5);
    std::memcpy(b.data(), &length, 4);   // the test host is little-endian, as the protocol
    b[4] = type;
    return b;
}

// Runs the decoder over `bytes` to its end and touches every decoded field, so address
// sanitizer would see any read out of bounds. Returns the final status.
proto::Decoder::Status drain(proto::Decoder &decoder, std::uint64_t &checksum)
{
    proto::Frame frame;
    for (;;) {
        const auto status = decoder.next(frame);
        if (status != proto::Decoder::Status::Frame)
            return status;
        switch (frame.type) {
        case proto::MessageType::Chunk: {
            const proto::ChunkView chunk(frame.payload);
            for (std::uint32_t i = 0; i < chunk.count(); ++i)
                checksum += chunk.input(i).a ^ chunk.input(i).b;
            break;
        }
        case proto::MessageType::Results: {
            const proto::ResultsView results(frame.payload);
            for (std::uint32_t i = 0; i < results.count(); ++i)
                checksum += results.at(i).value + static_cast<std::uint64_t>(results.at(i).endNs);
            break;
        }
        case proto::MessageType::Configure: {
            proto::Configure c;
            std::string why;
            checksum += proto::decodeConfigure(frame.payload, c, why) ? 1 : 2;
            break;
        }
        case proto::MessageType::Hello:
            checksum += proto::decodeHello(frame.payload).pid;
            break;
        case proto::MessageType::Error:
            checksum += proto::decodeErrorText(frame.payload).size();
            break;
        case proto::MessageType::Shutdown:
        case proto::MessageType::Ping:
            ++checksum;
            break;
        case proto::MessageType::Pong:
            checksum += static_cast<std::uint64_t>(proto::decodePong(frame.payload));
            break;
        case proto::MessageType::ToRank:
        case proto::MessageType::FromRank:
            checksum += proto::decodeRelay(frame.payload).bytes.size();
            break;
        case proto::MessageType::RankInfo:
            checksum += proto::decodeRankInfo(frame.payload).host.size();
            break;
        case proto::MessageType::HostSample:
            for (const float c : proto::decodeHostSample(frame.payload).cores)
                checksum += std::bit_cast<std::uint32_t>(c);
            break;
        }
    }
}

Bytes sampleStream()
{
    Bytes out;
    proto::Configure c;
    c.kernel = KernelId::GcdNaive;
    proto::appendConfigure(out, c);
    const Inputs pairs{{12, 18}, {7, 3}};
    proto::appendChunk(out, 0, pairs, 2);
    const Inputs range{{10, 0}, {11, 0}, {12, 0}, {13, 0}};
    proto::appendChunk(out, 2, range, 1);
    proto::appendHello(out, proto::Hello{proto::kVersion, 42, 43, 123456789});
    const std::vector<proto::TaskResult> results{{0, 6, 100, 200, 0, 1}, {1, 1, 300, 400, 1, 1}};
    proto::appendResults(out, results);
    proto::appendError(out, "boom");
    proto::appendShutdown(out);
    return out;
}

} // namespace

class TestProtocol final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void configure_roundTrips_data()
    {
        QTest::addColumn<int>("kernel");
        QTest::addColumn<double>("sleepMs");
        QTest::addColumn<qulonglong>("bufferMiB");
        QTest::addColumn<int>("signal");
        QTest::addColumn<qulonglong>("reverseFrom");
        QTest::addColumn<int>("sync");
        for (const KernelInfo &k : allKernels())
            QTest::addRow("%s", k.name.data()) << int(k.id) << 0.0 << qulonglong(64) << 11
                                               << qulonglong(0) << 0;
        QTest::addRow("sleeping double") << int(KernelId::Double) << 0.25 << qulonglong(64) << 11
                                         << qulonglong(0) << 0;
        QTest::addRow("reverse sleeping double") << int(KernelId::Double) << 100.0 << qulonglong(64)
                                                 << 11 << qulonglong(10) << 0;
        QTest::addRow("big buffer") << int(KernelId::MemSweep) << 0.0 << qulonglong(4096) << 11
                                    << qulonglong(0) << 0;
        QTest::addRow("crash by exit") << int(KernelId::Crash) << 0.0 << qulonglong(64) << 0
                                       << qulonglong(0) << 0;
        QTest::addRow("crash by abort") << int(KernelId::Crash) << 0.0 << qulonglong(64) << 6
                                        << qulonglong(0) << 0;
        QTest::addRow("counter, lock") << int(KernelId::SharedCounter) << 0.0 << qulonglong(64) << 11
                                       << qulonglong(0) << int(CounterSync::Lock);
        QTest::addRow("counter, shared memory") << int(KernelId::SharedCounter) << 0.0 << qulonglong(64)
                                                << 11 << qulonglong(0) << int(CounterSync::SharedMemory);
        QTest::addRow("counter, shared memory locked")
            << int(KernelId::SharedCounter) << 0.0 << qulonglong(64) << 11 << qulonglong(0)
            << int(CounterSync::SharedMemoryLocked);
        QTest::addRow("counter, manager") << int(KernelId::SharedCounter) << 0.0 << qulonglong(64)
                                          << 11 << qulonglong(0) << int(CounterSync::Manager);
    }
    void configure_roundTrips()
    {
        QFETCH(int, kernel);
        QFETCH(double, sleepMs);
        QFETCH(qulonglong, bufferMiB);
        QFETCH(int, signal);
        QFETCH(qulonglong, reverseFrom);
        QFETCH(int, sync);
        proto::Configure c;
        c.kernel = static_cast<KernelId>(kernel);
        c.params.sleepMsPerUnit = sleepMs;
        c.params.bufferMiB = bufferMiB;
        c.params.crashSignal = signal;
        c.params.sleepReverseFrom = reverseFrom;
        c.params.counterSync = static_cast<CounterSync>(sync);
        Bytes out;
        proto::appendConfigure(out, c);
        const auto [type, payload] = decodeOne(out);
        QCOMPARE(type, proto::MessageType::Configure);
        proto::Configure back;
        std::string why;
        QVERIFY2(proto::decodeConfigure(payload, back, why), why.c_str());
        QVERIFY(back == c);
    }

    void configure_carriesTheWorkScale()
    {
        for (const double scale : {0.1, 1.0, 2.5, 100.0}) {
            proto::Configure c;
            c.kernel = KernelId::SleepMs;
            c.scale = scale;
            Bytes out;
            proto::appendConfigure(out, c);
            const auto [type, payload] = decodeOne(out);
            proto::Configure back;
            std::string why;
            QVERIFY2(proto::decodeConfigure(payload, back, why), why.c_str());
            QCOMPARE(back.scale, scale);
        }
    }

    void configure_rejectsBadValues_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<Bytes>("value");
        QTest::addColumn<QString>("message");
        QTest::addRow("version") << 0 << Bytes{0x09, 0x00} << QStringLiteral("protocol version 9");
        QTest::addRow("kernel") << 2 << Bytes{200} << QStringLiteral("unknown kernel id 200");
        QTest::addRow("NaN sleep") << 3 << Bytes{0, 0, 0, 0, 0, 0, 0xF8, 0x7F}
                                   << QStringLiteral("sleep_ms_per_unit");
        QTest::addRow("zero buffer") << 11 << Bytes{0, 0, 0, 0, 0, 0, 0, 0}
                                     << QStringLiteral("buffer size 0");
        QTest::addRow("signal") << 19 << Bytes{0xFF, 0xFF, 0xFF, 0xFF}
                                << QStringLiteral("crash signal -1");
        QTest::addRow("counter sync") << 31 << Bytes{7} << QStringLiteral("unknown counter sync 7");
        QTest::addRow("counter sync past the last") << 31 << Bytes{5}
                                                    << QStringLiteral("unknown counter sync 5");
        QTest::addRow("zero scale") << 32 << Bytes{0, 0, 0, 0, 0, 0, 0, 0}
                                    << QStringLiteral("invalid scale 0");
        QTest::addRow("NaN scale") << 32 << Bytes{0, 0, 0, 0, 0, 0, 0xF8, 0x7F}
                                   << QStringLiteral("invalid scale");
    }
    void configure_rejectsBadValues()
    {
        QFETCH(int, offset);
        QFETCH(Bytes, value);
        QFETCH(QString, message);
        Bytes out;
        proto::appendConfigure(out, proto::Configure{});
        std::copy(value.begin(), value.end(), out.begin() + 5 + offset);
        const auto [type, payload] = decodeOne(out);
        QCOMPARE(type, proto::MessageType::Configure);
        proto::Configure back;
        std::string why;
        QVERIFY(!proto::decodeConfigure(payload, back, why));
        QVERIFY2(QString::fromStdString(why).contains(message), why.c_str());
    }

    void chunk_roundTrips_data()
    {
        QTest::addColumn<Inputs>("inputs");
        QTest::addColumn<int>("arity");
        QTest::addColumn<uint>("first");
        QTest::addColumn<proto::ChunkForm>("form");
        QTest::addColumn<int>("payloadSize");
        std::mt19937_64 rng(7);
        Inputs random(1000);
        for (auto &in : random)
            in.a = rng();
        Inputs pairs(333);
        for (auto &in : pairs)
            in = {rng() >> 12, rng() >> 12};
        Inputs range(1000);
        for (std::size_t i = 0; i < range.size(); ++i)
            range[i].a = 100'000 + 3 * i;
        const Inputs repeat(1000, TaskInput{5, 0});
        const Inputs repeatPair(7, TaskInput{1963309, 2265973});
        Inputs wrapping(10);
        for (std::size_t i = 0; i < wrapping.size(); ++i)
            wrapping[i].a = std::numeric_limits<std::uint64_t>::max() - 20 + 7 * i;   // wraps
        Inputs descending(5);
        for (std::size_t i = 0; i < descending.size(); ++i)
            descending[i].a = 50 - 10 * i;
        Inputs max(proto::kMaxTasksPerFrame);
        for (auto &in : max)
            in = {rng(), rng()};

        QTest::addRow("one") << Inputs{{42, 0}} << 1 << 7u << proto::ChunkForm::Singles << 9 + 8;
        QTest::addRow("two (no progression)") << Inputs{{1, 0}, {2, 0}} << 1 << 0u
                                              << proto::ChunkForm::Singles << 9 + 16;
        QTest::addRow("random singles") << random << 1 << 1000u << proto::ChunkForm::Singles
                                        << 9 + 8000;
        QTest::addRow("random pairs") << pairs << 2 << 0u << proto::ChunkForm::Pairs << 9 + 16 * 333;
        QTest::addRow("range") << range << 1 << 5000u << proto::ChunkForm::Progression << 9 + 32;
        QTest::addRow("repeat") << repeat << 1 << 0u << proto::ChunkForm::Progression << 9 + 32;
        QTest::addRow("repeat pair") << repeatPair << 2 << 3u << proto::ChunkForm::Progression
                                     << 9 + 32;
        QTest::addRow("wrapping") << wrapping << 1 << 0u << proto::ChunkForm::Progression << 9 + 32;
        QTest::addRow("descending") << descending << 1 << 0u << proto::ChunkForm::Progression
                                    << 9 + 32;
        QTest::addRow("largest frame") << max << 2 << 0xFFFFFFFFu - proto::kMaxTasksPerFrame + 1
                                       << proto::ChunkForm::Pairs
                                       << int(9 + 16 * proto::kMaxTasksPerFrame);
    }
    void chunk_roundTrips()
    {
        QFETCH(Inputs, inputs);
        QFETCH(int, arity);
        QFETCH(uint, first);
        QFETCH(proto::ChunkForm, form);
        QFETCH(int, payloadSize);
        Bytes out;
        proto::appendChunk(out, first, inputs, arity);
        QCOMPARE(out.size(), proto::kHeaderSize + std::size_t(payloadSize));
        const auto [type, payload] = decodeOne(out);
        QCOMPARE(type, proto::MessageType::Chunk);
        const proto::ChunkView chunk(payload);
        QCOMPARE(chunk.form(), form);
        QCOMPARE(chunk.first(), first);
        QCOMPARE(chunk.count(), std::uint32_t(inputs.size()));
        for (std::uint32_t i = 0; i < chunk.count(); ++i) {
            const TaskInput in = chunk.input(i);
            if (in.a != inputs[i].a || (arity == 2 && in.b != inputs[i].b))
                QFAIL(qPrintable(QStringLiteral("input %1 differs").arg(i)));
        }
    }

    void hello_roundTrips()
    {
        const proto::Hello h{proto::kVersion, 4'000'000, 4'000'001, 9'123'456'789'012'345};
        Bytes out;
        proto::appendHello(out, h);
        const auto [type, payload] = decodeOne(out);
        QCOMPARE(type, proto::MessageType::Hello);
        QVERIFY(proto::decodeHello(payload) == h);
    }

    // One host's CPU reading, relayed by rank 0: rank, the rank's clock and every core's
    // share as sent.
    void hostSample_roundTrips()
    {
        const std::vector<float> cores{0.0f, 0.25f, 1.0f, 0.123456f};
        Bytes out;
        proto::appendHostSample(out, 7, 9'123'456'789'012'345, cores);
        const auto [type, payload] = decodeOne(out);
        QCOMPARE(type, proto::MessageType::HostSample);
        const proto::HostSample got = proto::decodeHostSample(payload);
        QCOMPARE(got.rank, 7u);
        QCOMPARE(got.clockNs, std::int64_t(9'123'456'789'012'345));
        QVERIFY(got.cores == cores);
    }

    // A share of a core is 0..1 and the time is not negative: anything else would reach the
    // chart and the saved report (where NaN is no JSON).
    void hostSample_rejectsValuesOutOfRange_data()
    {
        QTest::addColumn<float>("share");
        QTest::addColumn<qint64>("clockNs");
        QTest::addRow("NaN") << std::numeric_limits<float>::quiet_NaN() << qint64(1);
        QTest::addRow("infinity") << std::numeric_limits<float>::infinity() << qint64(1);
        QTest::addRow("above 1") << 1.5f << qint64(1);
        QTest::addRow("below 0") << -0.01f << qint64(1);
        QTest::addRow("negative time") << 0.5f << qint64(-1);
    }
    void hostSample_rejectsValuesOutOfRange()
    {
        QFETCH(float, share);
        QFETCH(qint64, clockNs);
        Bytes out;
        proto::appendHostSample(out, 1, clockNs, std::vector<float>{0.5f, share});
        proto::Decoder decoder;
        decoder.feed(out);
        proto::Frame frame;
        QCOMPARE(decoder.next(frame), proto::Decoder::Status::Error);
        QVERIFY(!decoder.error().empty());
    }

    // Open MPI's short node names against gethostname()'s full ones.
    void sameHostName_comparesShortNames()
    {
        QVERIFY(proto::sameHostName("node1", "node1.lab.example"));
        QVERIFY(proto::sameHostName("node1.lab", "node1.lab"));
        QVERIFY(!proto::sameHostName("node1", "node10"));
        QVERIFY(!proto::sameHostName("node1.lab", "node2.lab"));
    }

    void results_roundTrip_data()
    {
        QTest::addColumn<int>("count");
        QTest::addRow("one") << 1;
        QTest::addRow("a chunk") << 1000;
        QTest::addRow("largest frame") << int(proto::kMaxTasksPerFrame);
    }
    void results_roundTrip()
    {
        QFETCH(int, count);
        std::mt19937_64 rng(11);
        std::vector<proto::TaskResult> results(static_cast<std::size_t>(count));
        for (std::size_t i = 0; i < results.size(); ++i) {
            auto &r = results[i];
            r.index = static_cast<std::uint32_t>(rng());
            r.value = rng();
            r.startNs = static_cast<std::int64_t>(rng() >> 1);
            r.endNs = -static_cast<std::int64_t>(rng() >> 1);
            r.cpuStart = static_cast<std::int16_t>(rng());
            r.cpuEnd = -1;
        }
        Bytes out;
        proto::appendResults(out, results);
        QCOMPARE(out.size(), proto::kHeaderSize + 4 + 32 * results.size());
        const auto [type, payload] = decodeOne(out);
        QCOMPARE(type, proto::MessageType::Results);
        const proto::ResultsView view(payload);
        QCOMPARE(view.count(), std::uint32_t(count));
        for (std::uint32_t i = 0; i < view.count(); ++i)
            if (!(view.at(i) == results[i]))
                QFAIL(qPrintable(QStringLiteral("record %1 differs").arg(i)));
    }

    void error_roundTrips_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("expectedSize");
        QTest::addRow("empty") << QByteArray() << 0;
        QTest::addRow("short") << QByteArray("bad Configure: unknown kernel id 200") << 36;
        QTest::addRow("cut at the limit") << QByteArray(10'000, 'x') << int(proto::kMaxErrorText);
    }
    void error_roundTrips()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, expectedSize);
        Bytes out;
        proto::appendError(out, std::string_view(text.constData(), std::size_t(text.size())));
        const auto [type, payload] = decodeOne(out);
        QCOMPARE(type, proto::MessageType::Error);
        const std::string_view back = proto::decodeErrorText(payload);
        QCOMPARE(int(back.size()), expectedSize);
        QCOMPARE(QByteArray(back.data(), qsizetype(back.size())), text.left(expectedSize));
    }

    void shutdown_roundTrips()
    {
        Bytes out;
        proto::appendShutdown(out);
        QCOMPARE(out.size(), proto::kHeaderSize);
        QCOMPARE(decodeOne(out).first, proto::MessageType::Shutdown);
    }

    void decoder_sameFramesForAnySplit_data()
    {
        QTest::addColumn<int>("step");
        for (int step : {1, 2, 3, 5, 7, 64, 1 << 20})
            QTest::addRow("%d bytes at a time", step) << step;
    }
    void decoder_sameFramesForAnySplit()
    {
        QFETCH(int, step);
        const Bytes stream = sampleStream();
        const auto whole = decodeAll(stream, stream.size());
        QCOMPARE(whole.size(), std::size_t(7));
        const auto split = decodeAll(stream, std::size_t(step));
        QVERIFY(split == whole);
    }

    void decoder_readsIntoPreparedSpace()
    {
        const Bytes stream = sampleStream();
        proto::Decoder decoder;
        std::size_t frames = 0;
        for (std::size_t at = 0; at < stream.size(); at += 10) {
            const std::size_t n = std::min<std::size_t>(10, stream.size() - at);
            auto space = decoder.prepare(64);
            QVERIFY(space.size() >= n);
            std::memcpy(space.data(), stream.data() + at, n);
            decoder.commit(n);
            proto::Frame frame;
            while (decoder.next(frame) == proto::Decoder::Status::Frame)
                ++frames;
        }
        QCOMPARE(frames, std::size_t(7));
        QVERIFY(!decoder.failed());
    }

    void decoder_truncatedFrameIsNeverAFrame()
    {
        const Bytes stream = sampleStream();
        // Every prefix that ends inside a frame yields only the frames before it.
        const auto full = decodeAll(stream, stream.size());
        std::vector<std::size_t> ends;
        std::size_t at = 0;
        for (const auto &f : full) {
            at += proto::kHeaderSize + f.second.size();
            ends.push_back(at);
        }
        for (std::size_t cut = 0; cut < stream.size(); ++cut) {
            proto::Decoder decoder;
            decoder.feed(std::span(stream.data(), cut));
            std::size_t frames = 0;
            proto::Frame frame;
            proto::Decoder::Status status;
            while ((status = decoder.next(frame)) == proto::Decoder::Status::Frame)
                ++frames;
            QCOMPARE(status, proto::Decoder::Status::NeedMore);
            const auto complete = std::size_t(std::upper_bound(ends.begin(), ends.end(), cut) - ends.begin());
            QCOMPARE(frames, complete);
            const std::size_t consumed = complete == 0 ? 0 : ends[complete - 1];
            QCOMPARE(decoder.pending(), cut - consumed);
        }
    }

    void decoder_rejectsOversizedAtOnce_data()
    {
        QTest::addColumn<uint>("length");
        QTest::addColumn<int>("type");
        QTest::addRow("4 GiB") << 0xFFFFFFFFu << int(proto::MessageType::Results);
        QTest::addRow("over the limit") << proto::kMaxPayload + 1 << int(proto::MessageType::Chunk);
        QTest::addRow("Error text too long") << uint(proto::kMaxErrorText + 1)
                                             << int(proto::MessageType::Error);
        QTest::addRow("Hello too long") << 1000u << int(proto::MessageType::Hello);
        QTest::addRow("Results beyond its records") << (4u << 20) << int(proto::MessageType::Results);
    }
    void decoder_rejectsOversizedAtOnce()
    {
        QFETCH(uint, length);
        QFETCH(int, type);
        proto::Decoder decoder;
        decoder.feed(header(length, std::uint8_t(type)));   // the header alone
        proto::Frame frame;
        QCOMPARE(decoder.next(frame), proto::Decoder::Status::Error);
        QVERIFY2(QString::fromStdString(decoder.error()).contains(QStringLiteral("exceeds")),
                 decoder.error().c_str());
    }

    void decoder_rejectsUnknownType_data()
    {
        QTest::addColumn<int>("type");
        for (int t : {0, 4, 0x7F, 0x80, 0x84, 0xFF})
            QTest::addRow("0x%02x", t) << t;
    }
    void decoder_rejectsUnknownType()
    {
        QFETCH(int, type);
        proto::Decoder decoder;
        decoder.feed(header(0, std::uint8_t(type)));
        proto::Frame frame;
        QCOMPARE(decoder.next(frame), proto::Decoder::Status::Error);
        QVERIFY(QString::fromStdString(decoder.error()).contains(QStringLiteral("unknown message type")));
    }

    void decoder_rejectsWrongPayloadSize_data()
    {
        QTest::addColumn<Bytes>("frame");
        auto resized = [](Bytes frame, int delta) {
            std::uint32_t length = 0;
            std::memcpy(&length, frame.data(), 4);
            length = std::uint32_t(int(length) + delta);
            std::memcpy(frame.data(), &length, 4);
            frame.resize(std::size_t(int(frame.size()) + delta), 0);
            return frame;
        };
        Bytes configure, hello, shutdown, singles, pairs, progression, results, sample;
        proto::appendConfigure(configure, proto::Configure{});
        proto::appendHello(hello, proto::Hello{});
        proto::appendShutdown(shutdown);
        proto::appendChunk(singles, 0, Inputs{{1, 0}, {9, 0}}, 1);
        proto::appendChunk(pairs, 0, Inputs{{1, 2}, {9, 3}}, 2);
        proto::appendChunk(progression, 0, Inputs{{1, 0}, {2, 0}, {3, 0}}, 1);
        proto::appendResults(results, std::vector<proto::TaskResult>(3));
        proto::appendHostSample(sample, 1, 0, std::vector<float>(2, 0.5f));
        QTest::addRow("HostSample without cores")
            << Bytes{12, 0, 0, 0, 0x92, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        QTest::addRow("HostSample too many cores")
            << header(std::uint32_t(12 + 4 * (proto::kMaxSampleCores + 1)), 0x92);
        const std::pair<const char *, Bytes> cases[] = {
            {"Configure", configure}, {"Hello", hello}, {"Chunk singles", singles},
            {"Chunk pairs", pairs}, {"Chunk progression", progression}, {"Results", results},
            {"HostSample", sample}};
        for (const auto &[name, frame] : cases) {
            QTest::addRow("%s short", name) << resized(frame, -1);
            QTest::addRow("%s long", name) << resized(frame, +1);
        }
        QTest::addRow("Shutdown long") << resized(shutdown, +1);
        QTest::addRow("Chunk without head") << Bytes{4, 0, 0, 0, 2, 0, 0, 0, 0};
        QTest::addRow("Results without count") << Bytes{2, 0, 0, 0, 0x82, 0, 0};

        Bytes zeroCount = singles;
        std::memset(zeroCount.data() + 9, 0, 4);
        QTest::addRow("Chunk of 0 tasks") << zeroCount;
        Bytes overflow = singles;
        std::memset(overflow.data() + 5, 0xFF, 4);   // first = 2^32 - 1, count 2
        QTest::addRow("Chunk index overflow") << overflow;
        Bytes form = singles;
        form[13] = 9;
        QTest::addRow("Chunk unknown form") << form;
        Bytes tooMany = progression;
        const std::uint32_t many = proto::kMaxTasksPerFrame + 1;
        std::memcpy(tooMany.data() + 9, &many, 4);
        QTest::addRow("Chunk too many tasks") << tooMany;
        Bytes countMismatch = results;
        countMismatch[5] = 2;
        QTest::addRow("Results count mismatch") << countMismatch;
        Bytes noRecords = results;
        std::memset(noRecords.data() + 5, 0, 4);
        QTest::addRow("Results of 0 records") << noRecords;
    }
    void decoder_rejectsWrongPayloadSize()
    {
        QFETCH(Bytes, frame);
        proto::Decoder decoder;
        decoder.feed(frame);
        proto::Frame out;
        QCOMPARE(decoder.next(out), proto::Decoder::Status::Error);
        QVERIFY(!decoder.error().empty());
    }

    void decoder_errorIsFinal()
    {
        proto::Decoder decoder;
        decoder.feed(header(0, 0x42));
        proto::Frame frame;
        QCOMPARE(decoder.next(frame), proto::Decoder::Status::Error);
        const std::string first = decoder.error();
        decoder.feed(sampleStream());
        QCOMPARE(decoder.next(frame), proto::Decoder::Status::Error);
        QCOMPARE(decoder.error(), first);
    }

    void decoder_survivesRandomGarbage_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addRow("random bytes") << 0;
        QTest::addRow("plausible headers") << 1;
        QTest::addRow("mutated valid stream") << 2;
    }
    void decoder_survivesRandomGarbage()
    {
        QFETCH(int, mode);
        std::mt19937_64 rng(1234 + std::uint64_t(mode));
        const Bytes valid = sampleStream();
        std::uint64_t checksum = 0;
        int errors = 0;
        for (int round = 0; round < 3000; ++round) {
            Bytes bytes;
            if (mode == 0) {
                bytes.resize(rng() % 2048);
                for (auto &b : bytes)
                    b = std::uint8_t(rng());
            } else if (mode == 1) {
                // Known types with small random lengths and bodies: gets past the header checks.
                const std::uint8_t types[] = {1, 2, 3, 0x81, 0x82, 0x83, 0x10, 0x90, 0x91, 0x92};
                for (int f = 0; f < 8; ++f) {
                    const std::uint32_t length = std::uint32_t(rng() % 200);
                    const Bytes h = header(length, types[rng() % std::size(types)]);
                    bytes.insert(bytes.end(), h.begin(), h.end());
                    for (std::uint32_t k = 0; k < length; ++k)
                        bytes.push_back(std::uint8_t(rng() % 4 == 0 ? rng() : 0));
                }
            } else {
                bytes = valid;
                const int flips = 1 + int(rng() % 4);
                for (int k = 0; k < flips; ++k)
                    bytes[rng() % bytes.size()] = std::uint8_t(rng());
                if (rng() % 3 == 0)
                    bytes.resize(rng() % bytes.size());
            }
            proto::Decoder decoder;
            proto::Decoder::Status status = proto::Decoder::Status::NeedMore;
            for (std::size_t at = 0; at < bytes.size() && status != proto::Decoder::Status::Error;) {
                const std::size_t n = std::min<std::size_t>(1 + rng() % 97, bytes.size() - at);
                decoder.feed(std::span(bytes.data() + at, n));
                at += n;
                status = drain(decoder, checksum);
            }
            QVERIFY(decoder.pending() <= bytes.size());
            if (status == proto::Decoder::Status::Error) {
                QVERIFY(!decoder.error().empty());
                ++errors;
            }
        }
        QVERIFY(errors > 0);
        QVERIFY(checksum != 1);   // keep the work observable
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
