// Finding what a Python run runs: the interpreter (probePython: python3 on PATH or the path
// given, asked for its version, the answer cached per path), the driver script beside the
// executables or installed, and a workload's own Python file.

#include "core/exec/python/findpython.h"

#include "core/exec/pool/ioloop.h"
#include "core/exec/pool/subprocess.h"
#include "core/util/buildslowdown.h"
#include "core/util/enginetext.h"
#include "core/util/executabledir.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <map>
#include <mutex>
#include <poll.h>
#include <signal.h>
#include <string_view>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace corescope {

namespace {

using Clock = std::chrono::steady_clock;

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
        // Built by append: GCC 12 at -O3 warns falsely (-Wrestrict) on `dir + '/' + name`.
        const std::string_view dir = rest.substr(0, colon);
        std::string candidate(dir.empty() ? std::string_view(".") : dir);
        candidate.append(1, '/').append(name);
        if (isFile(candidate) && access(candidate.c_str(), X_OK) == 0)
            return candidate[0] == '/' ? candidate : std::string();
        if (colon == std::string_view::npos)
            return {};
        rest.remove_prefix(colon + 1);
    }
}

PythonProbe probeUncached(const std::string &given, std::chrono::milliseconds timeout)
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
            ? std::string(text::kNotFoundOnPath)
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
        // mpi4py's own module does not start MPI (its MPI submodule does): cheap to ask.
        spec.args = {"-c",
                     "import os, sys\n"
                     "try:\n import mpi4py; m = mpi4py.__version__\n"
                     "except Exception:\n m = '-'\n"
                     "os.write(3, ('%d.%d.%d %s' % (*sys.version_info[:3], m)).encode())"};
        if (devNull >= 0)
            spec.inherit = {{devNull, 0}, {devNull, 1}, {devNull, 2}};
        // A group of its own: a shim that hangs (a sleeping wrapper script, a child it left
        // holding the socket) is ended whole, not only its first process.
        spec.newProcessGroup = true;
        pool::Subprocess child;
        std::string error;
        if (child.start(spec, error)) {
            const auto deadline = Clock::now() + timeout;
            char buffer[256];
            for (;;) {
                pollfd p{child.fd(), POLLIN, 0};
                const long long left = pool::IoLoop::msUntil(deadline);
                const int ready = left > 0 ? poll(&p, 1, int(left)) : 0;
                if (ready < 0 && errno == EINTR)
                    continue;
                if (ready <= 0) {
                    // Not answered in time: the group goes (the child is not reaped yet, so
                    // its pid, the group's id, is still its own).
                    ::kill(-child.pid(), SIGKILL);
                    break;
                }
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
        probe.error = text::formatEngineText(text::kPythonNoVersion, {probe.interpreter});
        return probe;
    }
    int major = 0, minor = 0;
    const std::size_t space = out.find(' ');
    if (std::sscanf(out.c_str(), "%d.%d", &major, &minor) != 2
        || major < 3 || (major == 3 && minor < 9)) {
        // Its version alone (not the mpi4py word after it), and only characters a version
        // has: a program that is not Python may answer anything, escape sequences included.
        std::string version;
        for (const char c : out.substr(0, std::min<std::size_t>(space, 32)))
            if (std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '+' || c == '-')
                version += c;
        probe.error = version.empty()
            ? text::formatEngineText(text::kPythonUnknownVersion, {probe.interpreter})
            : text::formatEngineText(text::kPythonTooOld, {probe.interpreter, version});
        return probe;
    }
    probe.version = out.substr(0, space);
    if (space != std::string::npos && out.substr(space + 1) != "-")
        probe.mpi4py = out.substr(space + 1);
    return probe;
}

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
    PythonProbe probe = probeUncached(given, std::chrono::milliseconds(10'000 * kSanitizerSlowdown));
    ProbeCache &cache = probeCache();
    std::lock_guard lock(cache.mutex);
    cache.probes[given] = probe;
    return probe;
}

PythonProbe probePythonUncached(const std::string &given, std::chrono::milliseconds timeout)
{
    return probeUncached(given, timeout);
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
    error = text::formatEngineText(text::kDriverMissing, {dir, installed});
    return {};
}

std::string pythonWorkloadFile(const std::string &path, const std::string &driverPath,
                               std::string &error)
{
    // A shipped workload's file is a resource; its copy sits beside the driver.
    const std::string file = path.starts_with(":/workloads/")
        ? driverPath.substr(0, driverPath.rfind('/')) + "/workloads/" + path.substr(12)
        : path;
    if (!isFile(file)) {
        error = text::formatEngineText(text::kPythonFileMissing, {file});
        return {};
    }
    return file;
}

} // namespace corescope
