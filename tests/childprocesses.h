#pragma once

// The test suites' one look at /proc for processes this test started and has not reaped: the
// pool's "no worker, no zombie left behind" checks all read it.

#include <dirent.h>
#include <sys/types.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace corescope::test {

struct ChildProcess {
    pid_t pid = 0;
    char state = '?';   // as in /proc/PID/stat: R, S, Z (a zombie), ...
    std::string comm;   // the command's name, as /proc/PID/stat has it
};

// Every process whose parent is this test process, zombies included.
inline std::vector<ChildProcess> childProcesses()
{
    std::vector<ChildProcess> found;
    DIR *proc = opendir("/proc");
    if (!proc)
        return found;
    const pid_t self = getpid();
    while (dirent *e = readdir(proc)) {
        if (e->d_name[0] < '0' || e->d_name[0] > '9')
            continue;
        std::ifstream stat(std::string("/proc/") + e->d_name + "/stat");
        std::string line;
        if (!std::getline(stat, line))
            continue;
        // pid (comm) state ppid ...; comm may hold spaces and parentheses: split at the last ')'.
        const auto close = line.rfind(')');
        if (close == std::string::npos)
            continue;
        std::istringstream rest(line.substr(close + 1));
        char state = '?';
        long ppid = 0;
        rest >> state >> ppid;
        if (ppid == self) {
            const auto open = line.find('(');
            found.push_back({static_cast<pid_t>(std::atol(e->d_name)), state,
                             line.substr(open + 1, close - open - 1)});
        }
    }
    closedir(proc);
    return found;
}

// How many there are; -1 when /proc cannot be read (so a "0 left" check cannot pass blind).
inline int childProcessCount()
{
    if (access("/proc/self/stat", R_OK) != 0)
        return -1;
    return static_cast<int>(childProcesses().size());
}

// What is left, for a failure's message: "4242 corescope-mpi-w Z, ...".
inline std::string childProcessesText()
{
    std::string text;
    for (const ChildProcess &c : childProcesses())
        text += (text.empty() ? "" : ", ") + std::to_string(c.pid) + ' ' + c.comm + ' ' + c.state;
    return text.empty() ? "none" : text;
}

} // namespace corescope::test
