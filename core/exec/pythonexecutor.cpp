#include "core/exec/pythonexecutor.h"

#include "core/exec/pool/ioloop.h"
#include "core/exec/pool/subprocess.h"
#include "core/exec/python/traceline.h"
#include "core/io/jsonreader.h"
#include "core/sample/threadstatesampler.h"
#include "core/trace/tracefeed.h"
#include "core/util/buildslowdown.h"
#include "core/util/enginetext.h"
#include "core/util/executabledir.h"
#include "core/workload/workloadparser.h"

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace corescope {

namespace {

using python::TraceLine;
using Clock = std::chrono::steady_clock;

constexpr std::size_t kMaxLineBytes = 1 << 20;     // a longer line is a broken driver
constexpr std::size_t kStderrKeepBytes = 4096;     // the driver's last words, quoted on failure
// How long the driver may take to exit after its last event, and the group to die after
// SIGKILL: a pool shutting down joins its workers.
constexpr int kDriverExitGraceMs = 3000 * kSanitizerSlowdown;
constexpr int kGroupReapMs = 300 * kSanitizerSlowdown;
// How long a worker's death waits for the driver's BrokenProcessPool before it is reported
// without it.
constexpr int kBrokenPoolWaitMs = 2000 * kSanitizerSlowdown;

bool isFile(const std::string &path)
{
    struct stat st {};
    return stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

std::string findOnPath(const std::string &name)
{
    const char *path = std::getenv("PATH");
    std::string_view rest = path ? path : "/usr/local/bin:/usr/bin:/bin";
    while (true) {
        const std::size_t colon = rest.find(':');
        std::string dir(rest.substr(0, colon));
        if (dir.empty())
            dir = ".";
        const std::string candidate = dir + '/' + name;
        if (isFile(candidate) && access(candidate.c_str(), X_OK) == 0)
            return candidate[0] == '/' ? candidate : std::string();
        if (colon == std::string_view::npos)
            return {};
        rest.remove_prefix(colon + 1);
    }
}

PythonProbe probeUncached(const std::string &given)
{
    PythonProbe probe;
    if (given.empty()) {
        probe.interpreter = findOnPath("python3");
        if (probe.interpreter.empty()) {
            probe.error = text::kNoPython;
            return probe;
        }
    } else {
        probe.interpreter = given.find('/') == std::string::npos ? findOnPath(given) : given;
        const std::string why = probe.interpreter.empty()
            ? std::string("not found on PATH")
            : pool::checkExecutable(probe.interpreter);
        if (!why.empty()) {
            probe.error = text::formatEngineText(text::kPythonCannotRun, {given, why});
            return probe;
        }
    }
    // Ask the interpreter itself, on a socket pair of its own (posix_spawn, as the pools start
    // their workers: no fork of this multi-threaded process).
    std::string out;
    bool ran = false;
    {
        const int devNull = open("/dev/null", O_RDWR | O_CLOEXEC);
        pool::SpawnSpec spec;
        spec.path = probe.interpreter;
        spec.args = {"-c", "import os, sys; os.write(3, ('%d.%d.%d' % sys.version_info[:3]).encode())"};
        if (devNull >= 0)
            spec.inherit = {{devNull, 0}, {devNull, 1}, {devNull, 2}};
        pool::Subprocess child;
        std::string error;
        if (child.start(spec, error)) {
            const auto deadline = Clock::now() + std::chrono::milliseconds(10'000 * kSanitizerSlowdown);
            char buffer[256];
            for (;;) {
                pollfd p{child.fd(), POLLIN, 0};
                const long long left = pool::IoLoop::msUntil(deadline);
                if (left <= 0 || poll(&p, 1, int(left)) <= 0)
                    break;
                const ssize_t n = read(child.fd(), buffer, sizeof buffer);
                if (n > 0 && out.size() < 64)
                    out.append(buffer, static_cast<std::size_t>(n));
                else if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR))
                    break;
            }
            const int status = child.reap(1000);
            ran = WIFEXITED(status) && WEXITSTATUS(status) == 0 && !out.empty();
        }
        if (devNull >= 0)
            close(devNull);
    }
    if (!ran) {
        probe.error = "The Python interpreter \"" + probe.interpreter
            + "\" did not report its version. Install Python 3.9 or newer (Debian: apt-get "
              "install python3), or give another path (--python PATH).";
        return probe;
    }
    int major = 0, minor = 0;
    if (std::sscanf(out.c_str(), "%d.%d", &major, &minor) != 2
        || major < 3 || (major == 3 && minor < 9)) {
        probe.error = "\"" + probe.interpreter + "\" is Python " + out
            + "; Corescope needs Python 3.9 or newer (Debian: apt-get install python3), or "
              "give another path (--python PATH).";
        return probe;
    }
    probe.version = out;
    return probe;
}

// Corescope adopts the processes the driver leaves behind when it dies (PR_SET_CHILD_SUBREAPER),
// so it can reap them itself: no zombie outlives a run, whatever reaps orphans on this machine.
void becomeSubreaper()
{
    static std::once_flag once;
    std::call_once(once, [] { prctl(PR_SET_CHILD_SUBREAPER, 1); });
}

std::string jsonNumberList(const Workload &w)
{
    std::string out = "[";
    const std::uint64_t n = w.taskCount();
    const bool pairs = w.kernelInfo().arity == 2;
    out.reserve(static_cast<std::size_t>(n) * 12 + 2);
    for (std::uint64_t i = 0; i < n; ++i) {
        if (i)
            out += ',';
        const TaskInput in = w.input(i);
        if (pairs)
            out += '[' + std::to_string(in.a) + ',' + std::to_string(in.b) + ']';
        else
            out += std::to_string(in.a);
    }
    out += ']';
    return out;
}

// One peer: the driver's socket pair, or a worker's connection.
struct Connection {
    int fd = -1;
    bool driver = false;
    std::int64_t pid = 0;        // from H
    std::string pending;         // bytes of an unfinished line
    std::string fatal;           // faulthandler's first line, once it spoke
    // Tasks started (S) and not yet ended, by thread: index and start.
    std::map<std::int64_t, std::pair<std::uint32_t, std::int64_t>> running;
    bool closed = false;
};

class Session {
public:
    Session(RunRecorder &recorder, std::stop_token stop)
        : m_rec(recorder), m_options(recorder.options()), m_stop(std::move(stop)),
          m_feed(recorder, /*runtimeHandsBack=*/true)
    {
        // Python threads share the real GIL: who holds it is sampled from each thread's state
        // (docs/PYTHON_RUNTIME.md). Processes have a GIL each; one thread alone never waits.
        if (m_options.mode == Mode::Threads)
            m_gilSampler = std::make_unique<ThreadStateSampler>(
                [&recorder](std::span<const GilHold> holds) { recorder.addGilHolds(holds); },
                [&recorder](std::int64_t monoNs) { return monoNs - recorder.epochNs(); });
    }
    ~Session() { endGroup(); }

    void run();

private:
    bool start();
    std::string spec(const std::string &socketName) const;
    void loop();
    void readFrom(Connection &c);
    void handle(Connection &c, std::string_view line);
    void connectionEnded(Connection &c);
    void checkTimeouts();
    int workerFor(std::int64_t pid, std::int64_t tid, std::int64_t atNs);
    void check(const std::string &problem);
    void reportDeath(const std::string &pythonSays);
    void endGroup();
    std::string stderrTail() const;

    RunRecorder &m_rec;
    const RunOptions m_options;
    std::stop_token m_stop;
    TraceFeed m_feed;
    pool::IoLoop m_loop;
    pool::Subprocess m_driver;
    int m_listenFd = -1;
    int m_stderrFd = -1;
    std::string m_stderr;
    std::string m_interpreter;
    std::string m_userFile;         // the workload's own Python file, as a path Python can open
    std::string m_out;              // the spec, until written
    std::size_t m_outAt = 0;
    std::vector<Connection> m_conns;   // [0] the driver
    std::map<std::pair<std::int64_t, std::int64_t>, int> m_workers;
    std::int64_t m_poolAskedNs = -1;
    std::int64_t m_doneNs = -1;
    bool m_apiRaised = false;
    bool m_ended = false;           // the group was killed
    std::int64_t m_endedMonoNs = -1; // when (CLOCK_MONOTONIC)
    // A worker died running a task; reported when the driver says what Python raised, or
    // after kBrokenPoolWaitMs.
    struct Death {
        int worker = -1;
        std::uint32_t index = 0;
        std::int64_t startNs = 0;
        std::int64_t endNs = 0;
        std::string what;
        Clock::time_point deadline;
    };
    std::optional<Death> m_death;
    std::unique_ptr<ThreadStateSampler> m_gilSampler;   // Python threads only
};

void Session::run()
{
    if (!start())
        return;
    loop();
    if (m_gilSampler) {
        m_gilSampler->stop();   // its last slices reach the recorder before the run ends
        m_rec.setGilSampleGap(m_gilSampler->longestGapNs());
    }
    // The pool broke (or Python raised): the tasks still running then were stopped with it.
    if (m_rec.failed() && m_endedMonoNs >= 0)
        m_feed.killUnfinished(m_endedMonoNs);
    m_feed.flush();
}

bool Session::start()
{
    const PythonProbe probe = probePython(m_options.pythonPath);
    if (!probe.error.empty()) {
        m_rec.fail(probe.error);
        return false;
    }
    m_interpreter = probe.interpreter;
    std::string error;
    const std::string driver = pythonDriverPath(error);
    if (driver.empty()) {
        m_rec.fail(error);
        return false;
    }
    if (const auto &python = m_rec.workload().python) {
        // A shipped workload's file is a resource; its copy sits beside the driver.
        m_userFile = python->path.starts_with(":/workloads/")
            ? driver.substr(0, driver.rfind('/')) + "/workloads/" + python->path.substr(12)
            : python->path;
        if (!isFile(m_userFile)) {
            m_rec.fail("the workload's Python file is missing: " + m_userFile);
            return false;
        }
    }
    if (!m_loop.openWake(error)) {
        m_rec.fail(error);
        return false;
    }
    becomeSubreaper();

    // Workers connect to an abstract socket (no file to leave behind), named for this run.
    static std::atomic<int> runs{0};
    const std::string name = "corescope-" + std::to_string(getpid()) + '-'
        + std::to_string(runs.fetch_add(1)) + '-' + std::to_string(monotonicNowNs() % 1000000);
    m_listenFd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    std::memcpy(addr.sun_path + 1, name.data(), name.size());
    const auto len = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + 1 + name.size());
    if (m_listenFd < 0 || bind(m_listenFd, reinterpret_cast<sockaddr *>(&addr), len) != 0
        || listen(m_listenFd, 256) != 0) {
        m_rec.fail(std::string("cannot open the Python workers' socket: ") + std::strerror(errno));
        return false;
    }

    int errPipe[2];
    const int devNull = open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (devNull < 0 || pipe2(errPipe, O_CLOEXEC) != 0) {
        if (devNull >= 0)
            close(devNull);
        m_rec.fail(std::string("cannot start Python: ") + std::strerror(errno));
        return false;
    }
    pool::SpawnSpec spawn;
    spawn.path = m_interpreter;
    spawn.args = {"-u", driver};
    spawn.channelFd = 3;
    // What the user's code prints goes to Corescope's stderr: stdout may carry machine-readable
    // output. The driver's own stderr (a traceback) is kept and quoted if it fails.
    spawn.inherit = {{devNull, 0}, {STDERR_FILENO, 1}, {errPipe[1], 2}};
    spawn.newProcessGroup = true;
    const std::int64_t spawnNs = monotonicNowNs();
    const bool started = m_driver.start(spawn, error);
    close(devNull);
    close(errPipe[1]);
    m_stderrFd = errPipe[0];
    fcntl(m_stderrFd, F_SETFL, fcntl(m_stderrFd, F_GETFL) | O_NONBLOCK);
    if (!started) {
        m_rec.fail("cannot start " + m_interpreter + ": " + error);
        return false;
    }
    m_poolAskedNs = spawnNs;
    Connection driverConn;
    driverConn.fd = m_driver.fd();
    driverConn.driver = true;
    driverConn.pid = m_driver.pid();
    m_conns.push_back(std::move(driverConn));
    m_out = spec(name);
    return true;
}

std::string Session::spec(const std::string &socketName) const
{
    const Workload &w = m_rec.workload();
    const KernelParams &p = w.params;
    std::string s = "{\"version\":1,\"socket\":" + json::quote(socketName);
    s += ",\"mode\":" + json::quote(modeName(m_options.mode));
    s += ",\"workers\":" + std::to_string(m_options.workers);
    s += ",\"api\":" + json::quote(pyApiName(m_options.api));
    s += ",\"chunksize\":" + std::to_string(m_options.chunksize);
    s += ",\"start_method\":"
        + json::quote(m_options.startMethod == StartMethod::Default
                          ? std::string_view()
                          : startMethodName(m_options.startMethod));
    s += ",\"switch_interval_ms\":" + std::to_string(m_options.switchIntervalMs);
    s += ",\"scale\":" + std::to_string(m_options.scale);
    s += ",\"kernel\":" + (w.python ? std::string("null") : json::quote(w.kernelInfo().name));
    s += ",\"params\":{\"sleep_ms_per_unit\":" + std::to_string(p.sleepMsPerUnit)
        + ",\"buffer_mib\":" + std::to_string(p.bufferMiB)
        + ",\"signal\":" + std::to_string(p.crashSignal)
        + ",\"sleep_reverse_from\":" + std::to_string(p.sleepReverseFrom)
        + ",\"sync\":" + json::quote(counterSyncWorkloadName(p.counterSync)) + '}';
    if (w.python)
        s += ",\"python\":{\"file\":" + json::quote(m_userFile) + ",\"function\":"
            + json::quote(w.python->function)
            + (w.python->inMain ? ",\"in_main\":true}" : "}");
    else
        s += ",\"python\":null";
    s += ",\"inputs\":" + jsonNumberList(w) + "}\n";
    return s;
}

void Session::loop()
{
    const std::stop_callback onStop(m_stop, [this] { m_loop.wake(); });
    while (!m_ended) {
        if (m_stop.stop_requested()) {
            endGroup();
            m_rec.markCancelled();
            return;
        }
        m_loop.clear();
        const std::size_t listenAt = m_loop.add(m_listenFd, false);
        const std::size_t errAt = m_stderrFd >= 0 ? m_loop.add(m_stderrFd, false) : SIZE_MAX;
        std::vector<std::size_t> at(m_conns.size(), SIZE_MAX);
        for (std::size_t i = 0; i < m_conns.size(); ++i)
            if (!m_conns[i].closed)
                at[i] = m_loop.add(m_conns[i].fd, i == 0 && m_outAt < m_out.size());

        // The nearest deadline: a task's timeout (checked every 100 ms), or the wait for
        // BrokenProcessPool.
        int timeoutMs = 100;
        if (m_death)
            timeoutMs = std::min<int>(timeoutMs, std::max<long long>(0, pool::IoLoop::msUntil(m_death->deadline)));
        const auto wait = m_loop.wait(timeoutMs);
        if (wait == pool::IoLoop::Wait::Woken || wait == pool::IoLoop::Wait::Interrupted)
            continue;
        if (wait == pool::IoLoop::Wait::Failed) {
            m_rec.fail(std::string("poll: ") + std::strerror(errno));
            endGroup();
            return;
        }
        if (m_loop.readable(listenAt)) {
            for (;;) {
                const int fd = accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
                if (fd < 0)
                    break;
                // Only the driver's own process group may speak to this run.
                ucred peer{};
                socklen_t size = sizeof peer;
                if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &peer, &size) != 0
                    || getpgid(peer.pid) != m_driver.pid()) {
                    close(fd);
                    continue;
                }
                Connection c;
                c.fd = fd;
                m_conns.push_back(std::move(c));
                at.push_back(SIZE_MAX);
            }
        }
        if (errAt != SIZE_MAX && m_loop.readable(errAt)) {
            char buffer[4096];
            const ssize_t n = read(m_stderrFd, buffer, sizeof buffer);
            if (n > 0) {
                m_stderr.append(buffer, static_cast<std::size_t>(n));
                if (m_stderr.size() > 2 * kStderrKeepBytes)
                    m_stderr.erase(0, m_stderr.size() - kStderrKeepBytes);
            } else if (n == 0) {
                close(m_stderrFd);
                m_stderrFd = -1;
            }
        }
        if (at[0] != SIZE_MAX && m_loop.writable(at[0]) && m_outAt < m_out.size()) {
            const ssize_t n = write(m_conns[0].fd, m_out.data() + m_outAt, m_out.size() - m_outAt);
            if (n > 0)
                m_outAt += static_cast<std::size_t>(n);
            if (m_outAt == m_out.size())
                std::string().swap(m_out), m_outAt = 0;
        }
        // Workers first: their events come before the driver's hand-backs of the same results.
        for (std::size_t i = m_conns.size(); i-- > 0 && !m_ended;) {
            if (at[i] != SIZE_MAX && !m_conns[i].closed && m_loop.ready(at[i]))
                readFrom(m_conns[i]);
        }
        m_feed.flush();
        if (m_ended)
            break;

        if (m_death && Clock::now() >= m_death->deadline)
            reportDeath({});
        if (m_options.taskTimeoutMs > 0)
            checkTimeouts();
    }
}

void Session::checkTimeouts()
{
    const std::int64_t limit = std::int64_t{m_options.taskTimeoutMs} * 1'000'000;
    const std::int64_t now = monotonicNowNs();
    std::optional<std::uint32_t> late;
    for (const Connection &c : m_conns)
        for (const auto &[tid, task] : c.running)
            if (now - task.second > limit)
                late = task.first;
    if (!late)
        return;
    const Workload &w = m_rec.workload();
    m_rec.fail("task " + std::to_string(*late) + " (input " + formatInput(w.kernel, w.input(*late))
                   + ") timed out after " + std::to_string(m_options.taskTimeoutMs)
                   + " ms: Corescope ended the Python run",
               *late);
    endGroup();
}

void Session::readFrom(Connection &c)
{
    char buffer[65536];
    for (int rounds = 0; rounds < 16; ++rounds) {
        const ssize_t n = read(c.fd, buffer, sizeof buffer);
        if (n < 0 && (errno == EAGAIN || errno == EINTR))
            return;
        if (n <= 0) {
            connectionEnded(c);
            return;
        }
        c.pending.append(buffer, static_cast<std::size_t>(n));
        std::size_t from = 0;
        for (;;) {
            const std::size_t eol = c.pending.find('\n', from);
            if (eol == std::string::npos)
                break;
            handle(c, std::string_view(c.pending).substr(from, eol - from));
            from = eol + 1;
        }
        c.pending.erase(0, from);
        if (c.pending.size() > kMaxLineBytes) {
            check("a trace line longer than " + std::to_string(kMaxLineBytes) + " bytes");
            return;
        }
    }
}

int Session::workerFor(std::int64_t pid, std::int64_t tid, std::int64_t atNs)
{
    const auto key = std::pair{pid, tid};
    if (const auto it = m_workers.find(key); it != m_workers.end())
        return it->second;
    const int id = static_cast<int>(m_workers.size());
    m_workers.emplace(key, id);
    check(m_feed.workerStarted(id, static_cast<std::int32_t>(pid), static_cast<std::int32_t>(tid),
                               m_poolAskedNs >= 0 ? std::min(m_poolAskedNs, atNs) : atNs));
    check(m_feed.workerReady(id, atNs));
    if (m_gilSampler && pid > 0 && tid > 0)
        m_gilSampler->addThread(id, static_cast<std::int32_t>(pid), static_cast<std::int32_t>(tid));
    return id;
}

void Session::check(const std::string &problem)
{
    if (problem.empty() || m_ended)
        return;
    m_rec.fail("the Python driver broke the trace contract: " + problem);
    endGroup();
}

void Session::handle(Connection &c, std::string_view line)
{
    if (!c.fatal.empty())
        return;   // faulthandler's traceback, after its first line
    std::string problem;
    const auto parsed = python::parseTraceLine(line, problem);
    if (!parsed) {
        check(problem);
        return;
    }
    const TraceLine &t = *parsed;
    // Once the group is ended (done, failed or cancelled), only finished tasks still count:
    // what the workers wrote before they died is kept.
    if (m_ended && t.kind != TraceLine::Kind::Ended)
        return;
    switch (t.kind) {
    case TraceLine::Kind::Hello:
        c.pid = t.pid;
        break;
    case TraceLine::Kind::Python: {
        PythonInfo info;
        info.version = t.text;
        info.interpreter = m_interpreter;
        info.chunksize = static_cast<int>(t.value);
        info.startMethod = t.method;
        m_rec.setPython(std::move(info));
        break;
    }
    case TraceLine::Kind::PoolAsked:
        // Python's own measure of a run starts here, at the pool's creation (the teaching
        // material's start = time() before `with Executor(...)`): the interpreter's start-up
        // before it is Corescope's cost, not the program's.
        m_poolAskedNs = t.startNs;
        if (m_workers.empty())
            m_rec.startClockAt(t.startNs);
        break;
    case TraceLine::Kind::Ready:
        workerFor(t.pid, t.tid, t.startNs);
        break;
    case TraceLine::Kind::Started: {
        const int id = workerFor(t.pid, t.tid, t.startNs);
        c.running[t.tid] = {t.index, t.startNs};
        check(m_feed.taskStarted(id, t.index, t.startNs));
        break;
    }
    case TraceLine::Kind::Ended:
    case TraceLine::Kind::Raised: {
        const int id = workerFor(t.pid, t.tid, t.startNs);
        c.running.erase(t.tid);
        if (t.kind == TraceLine::Kind::Ended)
            check(m_feed.taskFinished(id, t.index, t.startNs, t.endNs, t.hasResult ? t.value : 0,
                                      std::max<std::int64_t>(0, t.endNs - t.startNs - t.cpuNs)));
        else
            check(m_feed.taskFailed(id, t.index, t.startNs, t.endNs, "it raised " + t.text));
        break;
    }
    case TraceLine::Kind::HandedBack:
        check(m_feed.handedBack(t.index, t.startNs));
        break;
    case TraceLine::Kind::Counter:
        m_rec.setSharedTotal(t.value);
        break;
    case TraceLine::Kind::Done:
        m_doneNs = t.startNs;   // the pool has shut down: Python's measure ends
        m_rec.setEndNs(m_feed.toRunNs(t.startNs));
        break;
    case TraceLine::Kind::ApiRaised:
        m_apiRaised = true;
        if (m_death) {
            reportDeath(t.text);
        } else {
            // The exception of a task that raised (its F came first and named it), or the API's
            // own: Python's caller would stop here.
            m_rec.fail("Python raised " + t.text);
            endGroup();
        }
        break;
    case TraceLine::Kind::Fatal:
        c.fatal = t.text;
        break;
    }
}

void Session::connectionEnded(Connection &c)
{
    c.closed = true;
    const std::int64_t now = monotonicNowNs();
    if (!c.driver) {
        if (!c.running.empty() && !m_ended && !m_death) {
            // The worker died running a task: faulthandler may have said of what.
            const auto &[tid, task] = *c.running.begin();
            const int id = workerFor(c.pid, tid, task.second);
            const std::string signal = python::fatalSignal(c.fatal);
            std::string what = "the worker process (pid " + std::to_string(c.pid) + ") died";
            what += signal.empty() ? " without a word (killed, or it exited)"
                                   : " of " + signal + " (faulthandler: \"" + c.fatal + "\")";
            check(m_feed.workerExited(id, now, signal.empty() ? "died" : "killed by " + signal));
            m_death = Death{id, task.first, task.second, now, what,
                            Clock::now() + std::chrono::milliseconds(kBrokenPoolWaitMs)};
            // multiprocessing.Pool replaces the dead worker and never returns its task: there is
            // nothing to wait for.
            if (m_options.api != PyApi::ExecutorMap && m_options.api != PyApi::SubmitAsCompleted)
                reportDeath({});
        } else {
            for (const auto &[key, id] : m_workers)
                if (key.first == c.pid)
                    check(m_feed.workerExited(id, now));
        }
        return;
    }
    // The driver closed its end: it is exiting. Its status says how.
    const int status = m_driver.reap(kDriverExitGraceMs);
    if (m_ended)
        return;
    if (m_doneNs >= 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0) {
        for (const auto &[key, id] : m_workers)
            if (key.first == m_driver.pid())   // threads and serial: the driver's own threads
                check(m_feed.workerExited(id, m_doneNs));
        endGroup();
        return;
    }
    if (m_death) {
        reportDeath({});
        return;
    }
    if (!m_apiRaised) {
        std::string running;
        for (const auto &[tid, task] : c.running)
            running += (running.empty() ? " while running task " : ", ") + std::to_string(task.first);
        m_rec.fail("the Python interpreter ended before the run did (" + pool::describeStatus(status)
                       + running + ")" + stderrTail(),
                   c.running.size() == 1 ? std::int64_t{c.running.begin()->second.first} : -1);
    }
    endGroup();
}

void Session::reportDeath(const std::string &pythonSays)
{
    if (!m_death || m_ended)
        return;
    Death d = *m_death;
    m_death.reset();
    std::string what = d.what;
    if (!pythonSays.empty())
        what += "; Python raised " + pythonSays;
    else if (m_options.api == PyApi::ExecutorMap || m_options.api == PyApi::SubmitAsCompleted)
        what += "; Python did not report BrokenProcessPool within "
            + std::to_string(kBrokenPoolWaitMs / 1000) + " s";
    else
        what += "; multiprocessing.Pool starts a new worker but never returns this task's result "
                "(its caller would wait forever), so Corescope ended the pool";
    check(m_feed.taskFailed(d.worker, d.index, d.startNs, d.endNs, what));
    endGroup();
}

void Session::endGroup()
{
    if (m_ended)
        return;
    m_ended = true;
    m_endedMonoNs = monotonicNowNs();
    if (m_driver.pid() <= 0)
        return;
    const pid_t group = m_driver.pid();
    ::kill(-group, SIGKILL);
    m_driver.reap(0);
    // Keep what the workers wrote before they died: read their sockets to the end.
    const auto deadline = Clock::now() + std::chrono::milliseconds(kGroupReapMs);
    for (bool open = true; open && Clock::now() < deadline;) {
        open = false;
        for (Connection &c : m_conns) {
            if (c.driver || c.closed)
                continue;
            readFrom(c);
            open |= !c.closed;
        }
        if (open)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    // Then reap the group: its processes are ours once the driver is gone (subreaper).
    while (Clock::now() < deadline) {
        int status = 0;
        const pid_t reaped = waitpid(-group, &status, WNOHANG);
        if (reaped > 0)
            continue;
        if (reaped < 0 && ::kill(-group, 0) != 0)
            break;   // none of the group is left, and none is ours to reap
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    for (Connection &c : m_conns)
        if (!c.driver && c.fd >= 0)
            close(c.fd), c.fd = -1;
    if (m_listenFd >= 0)
        close(m_listenFd), m_listenFd = -1;
    if (m_stderrFd >= 0)
        close(m_stderrFd), m_stderrFd = -1;
}

std::string Session::stderrTail() const
{
    std::string tail = m_stderr.size() > kStderrKeepBytes
        ? m_stderr.substr(m_stderr.size() - kStderrKeepBytes)
        : m_stderr;
    while (!tail.empty() && (tail.back() == '\n' || tail.back() == ' '))
        tail.pop_back();
    return tail.empty() ? std::string() : ": " + tail;
}

} // namespace

void PythonExecutor::run(RunRecorder &recorder, std::stop_token stop)
{
    Session session(recorder, std::move(stop));
    session.run();
}

namespace {
struct ProbeCache {
    std::mutex mutex;
    std::map<std::string, PythonProbe> probes;
};
ProbeCache &probeCache()
{
    static ProbeCache cache;
    return cache;
}
} // namespace

std::optional<PythonProbe> cachedPythonProbe(const std::string &given)
{
    ProbeCache &cache = probeCache();
    std::lock_guard lock(cache.mutex);
    if (const auto it = cache.probes.find(given); it != cache.probes.end())
        return it->second;
    return std::nullopt;
}

PythonProbe probePython(const std::string &given)
{
    if (auto known = cachedPythonProbe(given))
        return std::move(*known);
    PythonProbe probe = probeUncached(given);
    ProbeCache &cache = probeCache();
    std::lock_guard lock(cache.mutex);
    cache.probes[given] = probe;
    return probe;
}

#ifndef CORESCOPE_DATADIR_FROM_BINDIR
#define CORESCOPE_DATADIR_FROM_BINDIR "../share/corescope"   // GNUInstallDirs' default layout
#endif

std::string pythonDriverPath(std::string &error)
{
    // The build tree has the driver beside the executables; an installed Corescope has it in
    // its data folder (core/CMakeLists.txt computes the path from bin/ to it at configure time).
    const std::string dir = executableDir();
    const std::string installed = std::string(CORESCOPE_DATADIR_FROM_BINDIR) + "/python";
    for (const std::string &candidate :
         {dir + "/python/corescope_driver.py", dir + '/' + installed + "/corescope_driver.py"}) {
        if (!dir.empty() && isFile(candidate))
            return candidate;
    }
    error = "Corescope's Python driver is missing: looked for python/corescope_driver.py next to "
            "the program (" + dir + ") and in " + installed + "/; reinstall Corescope";
    return {};
}

} // namespace corescope
