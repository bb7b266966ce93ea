#pragma once

// Starting a child process connected to us by a socket pair, and ending it: plain POSIX, no Qt,
// nothing specific to corescope-worker (any out-of-process runtime can be started this way).

#include <sys/types.h>

#include <chrono>
#include <string>
#include <utility>
#include <vector>

namespace corescope::pool {

/// What to start and what it inherits.
struct SpawnSpec {
    std::string path;                    ///< the executable, run as is (never searched on PATH)
    std::vector<std::string> args;       ///< argv[1], argv[2], ...
    /// The descriptor number at which the child finds its end of the socket pair.
    int channelFd = 3;
    /// More descriptors the child inherits: {ours, the number the child sees it as}. Ours stay
    /// ours (open, close-on-exec); every other descriptor is closed in the child.
    std::vector<std::pair<int, int>> inherit;
    /// The child leads a new process group (its pid), so it and everything it starts can be
    /// signalled at once (kill(-pid, ...)).
    bool newProcessGroup = false;
    /// The child leads a new session, and so a new process group (its pid) as above, with no
    /// controlling terminal: a program started from a terminal of its own. Where the kernel
    /// groups each session for scheduling (Linux's autogroup), the child and what it starts
    /// then share the cores with this process as one group, not thread by thread; that group
    /// takes the spawning thread's nice (a niced Corescope's run stays niced), plus
    /// sessionNiceAbove. Where processes are put in CPU cgroups (sched(7)), those decide
    /// instead.
    bool newSession = false;
    /// With newSession: how much nicer than the spawning thread that group runs (0 to 19; the
    /// sum is capped at 19). Raising a nice needs no privilege; lowering it back would.
    int sessionNiceAbove = 0;
    /// More numbers at which the child also finds its end (mpirun: standard input and output).
    std::vector<int> channelAlso = {};
};

/// One child process and the parent's end of its socket pair (AF_UNIX, stream). Owns both:
/// the destructor kills (SIGKILL) and reaps a child still running and closes the descriptor,
/// so no child, zombie or descriptor outlives it. The parent's end is close-on-exec and
/// non-blocking. The child starts with an empty signal mask and default signal dispositions
/// (the app may block or ignore signals), and with no descriptor but 0-2, `channelFd` and the
/// inherited ones. Not thread-safe: one thread drives it.
class Subprocess final {
public:
    Subprocess() = default;
    ~Subprocess();
    Subprocess(const Subprocess &) = delete;
    Subprocess &operator=(const Subprocess &) = delete;

    /// Starts the child (once). False with `error` (the failing call's reason) when it could not
    /// be started; then nothing was left open.
    bool start(const SpawnSpec &spec, std::string &error);

    pid_t pid() const { return m_pid; }
    /// With newSession: how much nicer than the starting thread its session's group was made
    /// (sessionNiceAbove, at most to nice 19; 0 without autogroups, or when it could not be).
    int sessionNiceAbove() const { return m_sessionNiceAbove; }
    /// The parent's end of the socket pair; -1 before start() and once closed.
    int fd() const { return m_fd; }
    /// Started and not reaped yet (it may have exited: only reap() knows).
    bool running() const { return m_pid > 0 && !m_reaped; }

    /// Closes the parent's end (the child sees end of stream). The process is left as it is.
    void closeFd();
    /// SIGKILL, when running(). Reap it afterwards.
    void kill();
    /// Waits up to `waitMs` for the child to exit, then kills it (SIGKILL) and waits for that;
    /// closes the parent's end. Returns the wait status; 0 when not running() or when someone
    /// else reaped it (SIGCHLD ignored). Afterwards running() is false.
    int reap(int waitMs);
    /// reap() killed the child: it had not exited within its wait.
    bool killedByReap() const { return m_killedByReap; }

private:
    pid_t m_pid = -1;
    int m_fd = -1;
    int m_sessionNiceAbove = 0;
    bool m_reaped = false;
    bool m_killedByReap = false;
};

/// How a wait status reads: "killed by signal 11 (SIGSEGV)", "exited with code 3".
std::string describeStatus(int status);
/// "SIGSEGV", ...; "signal N" for the ones without a name here.
std::string signalName(int sig);
/// Empty when `path` names a regular, executable file, else why not ("no path given", the
/// error's text, "not a regular file", "exists but is not executable: ...").
std::string checkExecutable(const std::string &path);

/// This machine's name as MPI names it (Open MPI's processor name is the host name).
std::string hostName();

/// Reaps the processes of `pids` that are our children now and whose command name starts with
/// `commPrefix` (checked in /proc, so a pid reused by someone else is left alone): the ranks a
/// launcher (mpirun) left behind when it ended before them, re-parented to us because
/// Corescope is a child subreaper once a Python run started. A process still running at
/// `deadline` is killed (SIGKILL) and waited for a further 300 ms.
void reapOrphans(const std::vector<pid_t> &pids, const std::string &commPrefix,
                std::chrono::steady_clock::time_point deadline);

} // namespace corescope::pool
