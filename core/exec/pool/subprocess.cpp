#include "core/exec/pool/subprocess.h"

#include "core/util/enginetext.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <thread>

extern char **environ;

namespace corescope::pool {

namespace {

// A copy of `fd` at `minFd` or above (close-on-exec), so that one dup2 in the child cannot
// overwrite the source of another (and dup2(n, n) cannot leave close-on-exec set); -1 on error.
int dupAbove(int fd, int minFd)
{
    return fcntl(fd, F_DUPFD_CLOEXEC, minFd);
}

// A new session's autogroup starts at nice 0 whatever the nice of the process that made it:
// a run started by `nice -n 19 corescope` would compete at full weight with the machine's other
// sessions. The group takes this thread's nice (Linux's nice is a thread's) instead, plus
// `above` (SpawnSpec::sessionNiceAbove): raising it needs no privilege. Without autogroups (no
// /proc/PID/autogroup) there is nothing to keep. Returns how much nicer than this thread the
// group was made: 0 when nothing was written.
int keepNiceness(pid_t pid, int above)
{
    errno = 0;
    const int mine = getpriority(PRIO_PROCESS, 0);
    if (errno != 0)
        return 0;
    const int nice = std::min(19, mine + std::clamp(above, 0, 19));
    if (nice == 0)
        return 0;
    const std::string path = "/proc/" + std::to_string(pid) + "/autogroup";
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    const std::string text = std::to_string(nice);
    const ssize_t n = ::write(fd, text.data(), text.size());   // best effort
    ::close(fd);
    return n == static_cast<ssize_t>(text.size()) ? std::max(0, nice - mine) : 0;
}

} // namespace

Subprocess::~Subprocess()
{
    // Safety net (an exception on the way out, a run that failed early): never leave a child.
    if (running()) {
        ::kill(m_pid, SIGKILL);
        while (waitpid(m_pid, nullptr, 0) < 0 && errno == EINTR) {
        }
    }
    closeFd();
}

bool Subprocess::start(const SpawnSpec &spec, std::string &error)
{
    int firstFree = spec.channelFd + 1;
    for (const int also : spec.channelAlso)
        firstFree = std::max(firstFree, also + 1);
    for (const auto &[ours, theirs] : spec.inherit)
        firstFree = std::max(firstFree, theirs + 1);

    int sv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0) {
        error = std::string("socketpair: ") + std::strerror(errno);
        return false;
    }
    int childFd = sv[1];
    if (childFd < firstFree) {
        childFd = dupAbove(sv[1], firstFree);
        close(sv[1]);
    }
    if (childFd < 0) {
        close(sv[0]);
        error = std::string("fcntl: ") + std::strerror(errno);
        return false;
    }
    // Inherited descriptors below firstFree go through a copy above it (closed after the spawn).
    std::vector<int> copies;
    std::vector<std::pair<int, int>> moves{{childFd, spec.channelFd}};
    for (const int also : spec.channelAlso)
        moves.emplace_back(childFd, also);
    for (const auto &[ours, theirs] : spec.inherit) {
        int from = ours;
        if (from < firstFree) {
            from = dupAbove(ours, firstFree);
            if (from < 0) {
                error = std::string("fcntl: ") + std::strerror(errno);
                for (const int c : copies)
                    close(c);
                close(childFd);
                close(sv[0]);
                return false;
            }
            copies.push_back(from);
        }
        moves.emplace_back(from, theirs);
    }

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    for (const auto &[from, to] : moves)
        posix_spawn_file_actions_adddup2(&actions, from, to);
    // Our own descriptors are all close-on-exec; this also keeps out any that another part of
    // the app may have leaked.
    posix_spawn_file_actions_addclosefrom_np(&actions, firstFree);

    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t none;
    sigemptyset(&none);
    sigset_t all;
    sigfillset(&all);
    // The app may block or ignore signals (a CLI waiting for Ctrl+C); the child starts clean.
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setsigdefault(&attr, &all);
    short flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF;
    if (spec.newSession) {
        flags |= POSIX_SPAWN_SETSID;
    } else if (spec.newProcessGroup) {
        flags |= POSIX_SPAWN_SETPGROUP;
        posix_spawnattr_setpgroup(&attr, 0);
    }
    posix_spawnattr_setflags(&attr, flags);

    std::string path = spec.path;
    std::vector<std::string> args = spec.args;
    std::vector<char *> argv;
    argv.reserve(args.size() + 2);
    argv.push_back(path.data());
    for (std::string &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    pid_t pid = -1;
    const int rc = posix_spawn(&pid, path.c_str(), &actions, &attr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    close(childFd);
    for (const int c : copies)
        close(c);
    if (rc != 0) {
        close(sv[0]);
        error = std::strerror(rc);
        return false;
    }
    m_pid = pid;
    m_fd = sv[0];
    m_reaped = false;
    fcntl(m_fd, F_SETFL, fcntl(m_fd, F_GETFL) | O_NONBLOCK);
    m_sessionNiceAbove = spec.newSession ? keepNiceness(pid, spec.sessionNiceAbove) : 0;
    return true;
}

void Subprocess::closeFd()
{
    if (m_fd >= 0) {
        close(m_fd);
        m_fd = -1;
    }
}

void Subprocess::kill()
{
    if (running())
        ::kill(m_pid, SIGKILL);
}

int Subprocess::reap(int waitMs)
{
    if (!running())
        return 0;
    int status = 0;
    // A deadline, not a count of sleeps: each 100 us sleep took about 200 us here, which made
    // a 3 s wait 6 s.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(waitMs);
    for (;;) {
        const pid_t r = waitpid(m_pid, &status, WNOHANG);
        if (r == m_pid)
            break;
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {                     // ECHILD: someone else reaped it (SIGCHLD ignored)
            status = 0;
            break;
        }
        if (std::chrono::steady_clock::now() >= deadline) {
            ::kill(m_pid, SIGKILL);
            while (waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
            }
            // (It may have ended on its own just before: then its status says how.)
            m_killedByReap = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
            break;
        }
        std::this_thread::sleep_for(std::chrono::microseconds(100));
    }
    m_reaped = true;
    closeFd();
    return status;
}

std::string signalName(int sig)
{
    switch (sig) {
    case SIGHUP: return "SIGHUP";
    case SIGINT: return "SIGINT";
    case SIGQUIT: return "SIGQUIT";
    case SIGILL: return "SIGILL";
    case SIGTRAP: return "SIGTRAP";
    case SIGABRT: return "SIGABRT";
    case SIGBUS: return "SIGBUS";
    case SIGFPE: return "SIGFPE";
    case SIGKILL: return "SIGKILL";
    case SIGUSR1: return "SIGUSR1";
    case SIGSEGV: return "SIGSEGV";
    case SIGUSR2: return "SIGUSR2";
    case SIGPIPE: return "SIGPIPE";
    case SIGALRM: return "SIGALRM";
    case SIGTERM: return "SIGTERM";
    case SIGXCPU: return "SIGXCPU";
    case SIGXFSZ: return "SIGXFSZ";
    case SIGSYS: return "SIGSYS";
    default: return "signal " + std::to_string(sig);
    }
}

std::string describeStatus(int status)
{
    if (WIFSIGNALED(status)) {
        const int sig = WTERMSIG(status);
        return text::formatEngineText(text::kStatusKilled, {std::to_string(sig), signalName(sig)});
    }
    if (WIFEXITED(status))
        return text::formatEngineText(text::kStatusExited, {std::to_string(WEXITSTATUS(status))});
    return text::formatEngineText(text::kStatusOther, {std::to_string(status)});
}

std::string checkExecutable(const std::string &path)
{
    if (path.empty())
        return text::kNoPathGiven;
    struct stat st {};
    if (stat(path.c_str(), &st) != 0)
        return std::strerror(errno);
    if (!S_ISREG(st.st_mode))
        return text::kNotARegularFile;
    if (access(path.c_str(), X_OK) != 0)
        return text::formatEngineText(text::kNotExecutable, {std::strerror(errno)});
    return {};
}

std::string hostName()
{
    char name[256] = {};
    gethostname(name, sizeof name - 1);
    return name;
}

namespace {

// Our child now, and running `commPrefix`: not a pid that its launcher reaped and someone
// else reused.
bool orphanOf(pid_t pid, const std::string &commPrefix)
{
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!std::getline(stat, line))
        return false;
    const std::size_t open = line.find('(');
    const std::size_t close = line.rfind(')');
    if (open == std::string::npos || close == std::string::npos || close + 4 > line.size())
        return false;
    const std::string comm = line.substr(open + 1, close - open - 1);
    const long parent = std::strtol(line.c_str() + close + 4, nullptr, 10);   // ") S ppid"
    return comm.starts_with(commPrefix) && parent == static_cast<long>(getpid());
}

} // namespace

void reapOrphans(const std::vector<pid_t> &pids, const std::string &commPrefix,
                std::chrono::steady_clock::time_point deadline)
{
    std::vector<pid_t> left;
    for (const pid_t pid : pids)
        if (pid > 0 && orphanOf(pid, commPrefix))
            left.push_back(pid);
    bool killed = false;
    while (!left.empty()) {
        std::erase_if(left, [](pid_t pid) {
            int status = 0;
            return waitpid(pid, &status, WNOHANG) != 0;   // reaped, or not our child
        });
        if (left.empty())
            break;
        if (std::chrono::steady_clock::now() >= deadline) {
            if (killed)
                break;
            for (const pid_t pid : left)
                ::kill(pid, SIGKILL);
            killed = true;
            deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(300);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
}

} // namespace corescope::pool
