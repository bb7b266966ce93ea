// Writes the protocol fuzz target's seed corpus: streams of real frames from the encoder, each
// file prefixed with the one byte fuzz_protocol.cpp reads as its split selector.

#include "core/protocol/protocol.h"

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

namespace proto = corescope::protocol;
using corescope::KernelId;
using corescope::TaskInput;

namespace {

void write(const std::string &dir, const std::string &name, std::uint8_t selector,
           const std::vector<std::uint8_t> &frames)
{
    std::ofstream out(dir + '/' + name, std::ios::binary);
    out.put(static_cast<char>(selector));
    out.write(reinterpret_cast<const char *>(frames.data()),
              static_cast<std::streamsize>(frames.size()));
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s OUTPUT_DIR\n", argv[0]);
        return 2;
    }
    const std::string dir = argv[1];
    std::vector<std::uint8_t> f;

    proto::Configure configure;
    configure.kernel = KernelId::GcdNaive;
    configure.params.sleepMsPerUnit = 0.5;
    proto::appendConfigure(f, configure);
    const std::vector<TaskInput> pairs{{1963309, 2265973}, {2030677, 3814172}};
    proto::appendChunk(f, 0, pairs, 2);
    const std::vector<TaskInput> range{{10, 0}, {12, 0}, {14, 0}, {16, 0}};
    proto::appendChunk(f, 2, range, 1);
    const std::vector<TaskInput> singles{{7, 0}, {1, 0}, {99, 0}};
    proto::appendChunk(f, 6, singles, 1);
    proto::appendShutdown(f);
    write(dir, "parent-stream", 0x03, f);

    f.clear();
    proto::appendHello(f, proto::Hello{proto::kVersion, 4242, 4243, 123456789});
    const std::vector<proto::TaskResult> results{{0, 1, 1000, 2000, 0, 1}, {1, 5, 1500, 9000, 1, 1}};
    proto::appendResults(f, results);
    proto::appendError(f, "task 3: kernel crashed");
    write(dir, "worker-stream", 0x85, f);

    // One frame of each type alone (selector = its type, so checkPayload sees it directly too).
    const auto single = [&](const std::string &name, auto append) {
        std::vector<std::uint8_t> one;
        append(one);
        write(dir, name, one[4], one);
    };
    single("configure", [&](auto &o) { proto::appendConfigure(o, configure); });
    single("chunk-pairs", [&](auto &o) { proto::appendChunk(o, 0, pairs, 2); });
    single("chunk-progression", [&](auto &o) { proto::appendChunk(o, 100, range, 1); });
    single("chunk-singles", [&](auto &o) { proto::appendChunk(o, 7, singles, 1); });
    single("hello", [&](auto &o) { proto::appendHello(o, proto::Hello{}); });
    single("results", [&](auto &o) { proto::appendResults(o, results); });
    single("error", [&](auto &o) { proto::appendError(o, "boom"); });
    single("shutdown", [&](auto &o) { proto::appendShutdown(o); });

    // Bad cases: truncated, oversized header, unknown type, wrong size, bad version.
    f.clear();
    proto::appendResults(f, results);
    f.resize(f.size() - 7);
    write(dir, "bad-truncated-results", 0x01, f);
    write(dir, "bad-oversized-header", 0x00, {0xFF, 0xFF, 0xFF, 0x7F, 0x82});
    write(dir, "bad-unknown-type", 0x00, {0x00, 0x00, 0x00, 0x00, 0x44});
    write(dir, "bad-hello-size", 0x00, {0x03, 0x00, 0x00, 0x00, 0x81, 1, 2, 3});
    f.clear();
    proto::Configure wrong = configure;
    wrong.version = 99;
    proto::appendConfigure(f, wrong);
    write(dir, "bad-configure-version", 0x01, f);
    std::printf("wrote the protocol corpus to %s\n", dir.c_str());
    return 0;
}
