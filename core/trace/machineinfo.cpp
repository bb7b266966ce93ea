#include "core/trace/machineinfo.h"

#include "core/sample/cpusampler.h"

#include <fstream>
#include <string_view>

#include <sys/utsname.h>

namespace corescope {

namespace {

std::string_view trim(std::string_view s)
{
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    const auto last = s.find_last_not_of(" \t\r\n");
    return s.substr(first, last - first + 1);
}

// The first "key : value" line of /proc/cpuinfo whose key is one of `keys`, in order of
// preference (x86 has "model name"; many ARM kernels only "Hardware" or "Processor").
std::string readCpuModel()
{
    std::ifstream in("/proc/cpuinfo");
    constexpr std::string_view kKeys[] = {"model name", "Hardware", "Processor", "cpu model"};
    std::string found[std::size(kKeys)];
    std::string line;
    while (std::getline(in, line)) {
        const auto colon = line.find(':');
        if (colon == std::string::npos)
            continue;
        const auto key = trim(std::string_view(line).substr(0, colon));
        for (std::size_t i = 0; i < std::size(kKeys); ++i) {
            if (key == kKeys[i] && found[i].empty())
                found[i] = std::string(trim(std::string_view(line).substr(colon + 1)));
        }
        if (!found[0].empty())
            break;
    }
    for (const auto &model : found)
        if (!model.empty())
            return model;
    return {};
}

// PRETTY_NAME from os-release(5): shell-style, the value possibly quoted.
std::string osPrettyName()
{
    for (const char *path : {"/etc/os-release", "/usr/lib/os-release"}) {
        std::ifstream in(path);
        std::string line;
        while (std::getline(in, line)) {
            constexpr std::string_view kKey = "PRETTY_NAME=";
            if (!std::string_view(line).starts_with(kKey))
                continue;
            std::string_view value = trim(std::string_view(line).substr(kKey.size()));
            if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'')
                && value.back() == value.front())
                value = value.substr(1, value.size() - 2);
            std::string out;
            for (std::size_t i = 0; i < value.size(); ++i) {
                if (value[i] == '\\' && i + 1 < value.size())
                    ++i;   // os-release allows \" \\ \$ \` escapes
                out += value[i];
            }
            return out;
        }
    }
    return {};
}

} // namespace

MachineInfo MachineInfo::current()
{
    MachineInfo info;
    info.logicalCores = logicalCoreCount();
    info.cpuModel = readCpuModel();
    info.os = osPrettyName();
    struct utsname names {};
    if (::uname(&names) == 0) {
        info.kernel = std::string(names.sysname) + ' ' + names.release;
        info.hostname = names.nodename;
        if (info.cpuModel.empty())
            info.cpuModel = names.machine;
        if (info.os.empty())
            info.os = names.sysname;
    }
    return info;
}

} // namespace corescope
