#pragma once

// The folder of the running executable, where the app finds the files of its own build
// (corescope-worker, the Python driver): never searched on PATH.

#include <unistd.h>

#include <string>

namespace corescope {

/// "/opt/corescope/bin" for /opt/corescope/bin/corescope; empty when /proc/self/exe cannot be
/// read.
inline std::string executableDir()
{
    std::string self(4096, '\0');
    const ssize_t n = readlink("/proc/self/exe", self.data(), self.size());
    if (n <= 0 || static_cast<std::size_t>(n) >= self.size())
        return {};
    self.resize(static_cast<std::size_t>(n));
    const auto slash = self.rfind('/');
    return slash == std::string::npos ? std::string() : self.substr(0, slash);
}

} // namespace corescope
