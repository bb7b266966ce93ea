// mpirun itself: where it and corescope-mpi-worker are (resolveMpirun, mpiWorkerPath,
// mpiAvailability, declared in core/exec/mpiexecutor.h), the command line a job starts it with,
// its start, and its standard error, read for its own account of a failure.

#include "core/exec/mpi/mpijob.h"

#include "core/exec/mpiexecutor.h"
#include "core/util/enginetext.h"
#include "core/util/executabledir.h"

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <string_view>

namespace corescope {

namespace mpi {

namespace {

// What of mpirun's stderr is kept for the error message.
constexpr std::size_t kMaxStderr = 64 * 1024;

// Test-only variables the worker ranks honour (app/mpiworker/main.cpp, and the Python
// runtime's corescope_trace.py): passed on with -x.
constexpr const char *kTestEnv[] = {"CORESCOPE_TEST_FAKE_HOST", "CORESCOPE_TEST_CLOCK_SHIFT_NS"};

} // namespace

std::vector<std::string> MpiJob::arguments() const
{
    // The native ranks have nothing to flush when they are ended, and a dead rank must end
    // the run within 2 s: no grace.
    std::vector<std::string> args = mpirunOptions(m_options, 0);
    args.emplace_back("-np");
    args.push_back(std::to_string(m_options.workers + 1));
    args.push_back(mpiWorkerPath());
    if (m_options.taskTimeoutMs > 0)
        args.emplace_back("--report-each-task");
    if (m_options.sampleHz > 0) {
        // One rank of every other host samples it; this one is Corescope's own sampler's.
        for (std::string arg : {std::string("--sample-hz"), std::to_string(m_options.sampleHz),
                                std::string("--except-host"), pool::hostName()})
            args.push_back(std::move(arg));
    }
    return args;
}

} // namespace mpi

std::vector<std::string> mpirunOptions(const RunOptions &options, int sigkillAfterS)
{
    std::vector<std::string> args;
    // Ranks are workers like a pool's: beyond the cores they take turns, as processes do;
    // unbound, so the OS places them as it places the pool's workers.
    args = {"--oversubscribe", "--bind-to", "none",
            // Ending the job (a dead rank, Cancel): SIGTERM, then SIGKILL this long after.
            "--mca", "odls_base_sigkill_timeout", std::to_string(sigkillAfterS),
            // Large messages between ranks of one host: through the shared-memory queue, not
            // by reading the other process's memory (CMA), which containers without
            // CAP_SYS_PTRACE refuse ("Read -1, expected ..., errno = 1").
            "--mca", "btl_vader_single_copy_mechanism", "none"};
    if (geteuid() == 0)
        args.emplace_back("--allow-run-as-root");   // CI and containers run as root
    if (!options.mpiHosts.empty()) {
        args.emplace_back("--host");
        args.push_back(options.mpiHosts);
    } else if (!options.mpiHostfile.empty()) {
        args.emplace_back("--hostfile");
        args.push_back(options.mpiHostfile);
    }
    for (const char *name : mpi::kTestEnv) {
        if (std::getenv(name)) {
            args.emplace_back("-x");
            args.emplace_back(name);
        }
    }
    return args;
}

namespace mpi {

bool MpiJob::start(std::string &error)
{
    int err[2];
    if (pipe2(err, O_CLOEXEC) != 0) {
        error = std::string("pipe: ") + std::strerror(errno);
        return false;
    }
    fcntl(err[0], F_SETFL, fcntl(err[0], F_GETFL) | O_NONBLOCK);
    m_stderrFd = err[0];
    pool::SpawnSpec spec;
    spec.path = resolveMpirun(m_options.mpirunPath);
    spec.args = arguments();
    spec.channelFd = 0;
    spec.channelAlso = {1};
    spec.inherit = {{err[1], 2}};
    spec.newProcessGroup = true;   // mpirun and its local ranks: one signal reaches them all
    m_spawnNs = m_rec.now();
    const bool ok = m_mpirun.start(spec, error);
    close(err[1]);
    if (!ok)
        error = text::formatEngineText(text::kCannotStartProgram, {spec.path, error});
    return ok;
}

void MpiJob::readStderr()
{
    char buffer[4096];
    for (;;) {
        const ssize_t n = read(m_stderrFd, buffer, sizeof buffer);
        if (n > 0) {
            if (m_stderr.size() < kMaxStderr)
                m_stderr.append(buffer, std::min<std::size_t>(static_cast<std::size_t>(n),
                                                              kMaxStderr - m_stderr.size()));
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n == 0) {
            close(m_stderrFd);
            m_stderrFd = -1;
        }
        return;
    }
}

// Reads mpirun's stderr until it ends or `waitMs` passed.
void MpiJob::drainStderr(int waitMs)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(waitMs);
    while (m_stderrFd >= 0) {
        const long long left = pool::IoLoop::msUntil(deadline);
        if (left <= 0)
            break;
        pollfd p{m_stderrFd, POLLIN, 0};
        if (poll(&p, 1, static_cast<int>(left)) < 0 && errno != EINTR)
            break;
        readStderr();
    }
}

// mpirun's message without its banners of dashes, on one line.
std::string MpiJob::stderrExcerpt() const
{
    std::string text;
    std::size_t at = 0;
    while (at < m_stderr.size()) {
        std::size_t end = m_stderr.find('\n', at);
        if (end == std::string::npos)
            end = m_stderr.size();
        std::string line = m_stderr.substr(at, end - at);
        at = end + 1;
        while (!line.empty() && (line.back() == ' ' || line.back() == '\r'))
            line.pop_back();
        const std::size_t first = line.find_first_not_of(' ');
        if (first == std::string::npos || line.find_first_not_of('-') == std::string::npos)
            continue;
        if (!text.empty())
            text += ' ';
        text += line.substr(first);
        if (text.size() > 600)
            break;
    }
    return text;
}

} // namespace mpi

MpirunDeath parseMpirunDeath(const std::string &stderrText)
{
    MpirunDeath death;
    const std::string key = "process rank ";
    const std::size_t at = stderrText.find(key);
    if (at == std::string::npos)
        return death;
    death.rank = static_cast<std::uint32_t>(std::strtoul(stderrText.c_str() + at + key.size(), nullptr, 10));
    if (const std::size_t ex = stderrText.find("exited on ", at); ex != std::string::npos)
        death.cause = stderrText.substr(ex, stderrText.find_first_of(".\n", ex) - ex);
    return death;
}

std::string resolveMpirun(const std::string &configured)
{
    if (!configured.empty())
        return configured;
    const char *path = std::getenv("PATH");
    std::string_view dirs = path ? path : "/usr/local/bin:/usr/bin:/bin";
    while (!dirs.empty()) {
        const std::size_t colon = dirs.find(':');
        const std::string_view dir = dirs.substr(0, colon);
        dirs = colon == std::string_view::npos ? std::string_view() : dirs.substr(colon + 1);
        if (dir.empty())
            continue;
        std::string candidate = std::string(dir) + "/mpirun";
        if (pool::checkExecutable(candidate).empty())
            return candidate;
    }
    return {};
}

std::string mpiWorkerPath()
{
    const std::string dir = executableDir();
    return dir.empty() ? std::string() : dir + "/corescope-mpi-worker";
}

std::string mpiAvailability(const std::string &mpirunPath)
{
    if (const std::string worker = mpiWorkerPath();
        worker.empty() || !pool::checkExecutable(worker).empty())
        return text::kMpiNotBuilt;
    const std::string mpirun = resolveMpirun(mpirunPath);
    if (mpirun.empty())
        return text::kMpiNoMpirun;
    if (const std::string why = pool::checkExecutable(mpirun); !why.empty())
        return "mpirun " + mpirun + ": " + why;
    return {};
}

} // namespace corescope
