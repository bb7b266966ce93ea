// Reading a workload file (loadWorkloadFile, declared in workloadparser.h): what is refused
// before parsing (a missing file, a directory, a device, a file above kMaxWorkloadFileBytes),
// the read under that cap, then parseWorkload.

#include "core/workload/workloadparser.h"

#include "core/util/enginetext.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <system_error>

namespace corescope {

namespace {

WorkloadError fileError(const std::string &path, std::string message)
{
    return WorkloadError{path, 0, 0, {}, std::move(message)};
}

std::string mebibytes(std::uint64_t bytes)
{
    return std::to_string((bytes + (1 << 20) - 1) >> 20) + " MiB";
}

} // namespace

std::variant<Workload, WorkloadError> loadWorkloadFile(const std::string &path)
{
    namespace fs = std::filesystem;
    if (path.empty())
        return fileError(path, text::kNoFileName);
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (status.type() == fs::file_type::not_found)
        return fileError(path, corescope::text::kFileNotFound);
    if (ec)
        return fileError(path, text::formatEngineText(text::kCannotAccess, {ec.message()}));
    if (fs::is_directory(status))
        return fileError(path, corescope::text::kIsDirectory);
    // Devices and sockets are refused: /dev/zero would be read until the size cap. Pipes are
    // fine (a shell's <(...) gives one).
    if (!fs::is_regular_file(status) && status.type() != fs::file_type::fifo)
        return fileError(path, text::kNotRegular);
    if (fs::is_regular_file(status)) {
        const std::uintmax_t size = fs::file_size(path, ec);
        if (!ec && size > kMaxWorkloadFileBytes) {
            return fileError(path, text::formatEngineText(
                                       text::kFileTooLargeSize,
                                       {mebibytes(size), mebibytes(kMaxWorkloadFileBytes)}));
        }
    }

    const std::unique_ptr<std::FILE, int (*)(std::FILE *)> file(std::fopen(path.c_str(), "rb"),
                                                                &std::fclose);
    if (!file)
        return fileError(path, text::formatEngineText(text::kCannotOpen, {std::strerror(errno)}));
    // Read with a cap even when the size looked fine: a pipe or a device has no size, and a
    // file may grow while it is read.
    std::string text;
    if (fs::is_regular_file(status))
        text.reserve(std::min<std::uintmax_t>(fs::file_size(path, ec), kMaxWorkloadFileBytes) + 1);
    std::array<char, 1 << 16> buffer{};
    for (;;) {
        const std::size_t n = std::fread(buffer.data(), 1, buffer.size(), file.get());
        text.append(buffer.data(), n);
        if (text.size() > kMaxWorkloadFileBytes) {
            return fileError(path, text::formatEngineText(text::kFileTooLarge,
                                                          {mebibytes(kMaxWorkloadFileBytes)}));
        }
        if (n < buffer.size()) {
            if (std::ferror(file.get()))
                return fileError(path, text::formatEngineText(text::kCannotReadFileBecause,
                                                              {std::strerror(errno)}));
            break;
        }
    }
    return parseWorkload(text, path);
}

} // namespace corescope
