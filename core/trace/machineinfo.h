#pragma once

#include <string>

namespace corescope {

/// What the run ran on, stored with the run so a saved run explains itself on another machine.
struct MachineInfo {
    int logicalCores = 0;
    std::string cpuModel;
    std::string os;        ///< e.g. "Debian GNU/Linux 12 (bookworm)"
    std::string kernel;    ///< uname -sr
    std::string hostname;

    /// Reads this machine (Linux: /proc/cpuinfo, /etc/os-release, uname).
    static MachineInfo current();
};

} // namespace corescope
