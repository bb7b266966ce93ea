// The Python driver's launch (Session::start): the interpreter and the files it runs, the
// abstract socket the pool's workers connect to, the driver in a session (and process group) of
// its own with its stderr on a pipe, and the spec it reads on fd 3 (docs/PYTHON_RUNTIME.md).

#include "core/exec/python/session.h"

#include "core/exec/python/findpython.h"
#include "core/exec/pythonexecutor.h"
#include "core/util/enginetext.h"
#include "core/io/jsonreader.h"
#include "core/workload/workloadparser.h"

#include <atomic>
#include <cerrno>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace corescope::python {

namespace {

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

} // namespace

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
        m_userFile = pythonWorkloadFile(python->path, driver, error);
        if (m_userFile.empty()) {
            m_rec.fail(error);
            return false;
        }
    }
    if (!m_loop.openWake(error)) {
        m_rec.fail(error);
        return false;
    }
    becomeSubreaper();
    if (!mpi()) {
        // multiprocessing's temporary files (forkserver's socket, a Manager's) go here, and
        // the directory goes when the run does (removeLeftovers): a killed group leaves none.
        // Under a long TMPDIR, /tmp: forkserver's socket path (dir/pymp-X/listener-X) must stay
        // under AF_UNIX's 108 bytes.
        const char *base = std::getenv("TMPDIR");
        const bool usable = base && *base && std::strlen(base) <= 40;
        std::string dir = std::string(usable ? base : "/tmp") + "/corescope-py-XXXXXX";
        if (mkdtemp(dir.data()))
            m_tmpDir = dir;   // (else Python's own choice, as without Corescope)
    }

    // Workers connect to an abstract socket (no file to leave behind), named for this run.
    // MPI ranks have none: rank 0 relays their events (mpiranks.cpp).
    static std::atomic<int> runs{0};
    const std::string name = mpi() ? std::string()
                                   : "corescope-" + std::to_string(getpid()) + '-'
            + std::to_string(runs.fetch_add(1)) + '-' + std::to_string(monotonicNowNs() % 1000000);
    if (!mpi()) {
        m_listenFd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        std::memcpy(addr.sun_path + 1, name.data(), name.size());
        const auto len = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + 1 + name.size());
        if (m_listenFd < 0 || bind(m_listenFd, reinterpret_cast<sockaddr *>(&addr), len) != 0
            || listen(m_listenFd, 256) != 0) {
            m_rec.fail(text::formatEngineText(text::kCannotOpenWorkersSocket,
                                              {std::strerror(errno)}));
            return false;
        }
    }

    int errPipe[2];
    const int devNull = open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (devNull < 0 || pipe2(errPipe, O_CLOEXEC) != 0) {
        if (devNull >= 0)
            close(devNull);
        m_rec.fail(text::formatEngineText(text::kCannotStartPython, {std::strerror(errno)}));
        return false;
    }
    pool::SpawnSpec spawn;
    spawn.path = m_interpreter;
    spawn.args = {"-u", driver};
    spawn.channelFd = 3;
    // What the user's code prints goes to Corescope's stderr: stdout may carry machine-readable
    // output. The driver's own stderr (a traceback) is kept and quoted if it fails.
    spawn.inherit = {{devNull, 0}, {STDERR_FILENO, 1}, {errPipe[1], 2}};
    // A session of its own, as a program started from its own terminal has: its whole process
    // group (the driver, its pool's workers) then competes for the cores as one group under
    // Linux's autogroup, not thread by thread with the window's thread, which has little to do
    // but must do it within a frame; and nicer than Corescope where a window asked
    // (PythonExecutor::runNiceAbove).
    spawn.newSession = true;
    spawn.sessionNiceAbove = PythonExecutor::runNiceAbove();
    const std::int64_t spawnNs = monotonicNowNs();
    const bool started = mpi() ? spawnMpirun(driver, errPipe[1], error) : m_driver.start(spawn, error);
    close(devNull);
    close(errPipe[1]);
    m_stderrFd = errPipe[0];
    fcntl(m_stderrFd, F_SETFL, fcntl(m_stderrFd, F_GETFL) | O_NONBLOCK);
    if (!started) {
        m_rec.fail(mpi() ? error
                         : text::formatEngineText(text::kCannotStartProgram, {m_interpreter, error}));
        return false;
    }
    m_poolAskedNs = spawnNs;
    m_spawnNs = spawnNs;
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
    s += ",\"tmpdir\":" + (m_tmpDir.empty() ? std::string("null") : json::quote(m_tmpDir));
    s += ",\"inputs\":" + jsonNumberList(w) + "}\n";
    return s;
}

} // namespace corescope::python
