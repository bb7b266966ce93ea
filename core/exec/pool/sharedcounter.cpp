#include "core/exec/pool/sharedcounter.h"

#include "core/util/enginetext.h"
#include "core/util/faulttext.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <new>

namespace corescope::pool {

SharedCounter::~SharedCounter()
{
    if (m_counter)
        munmap(m_counter, sizeof(std::atomic<std::uint64_t>));
    if (m_fd >= 0)
        close(m_fd);
}

bool SharedCounter::create(std::string &error)
{
    m_fd = memfd_create("corescope-counter", MFD_CLOEXEC);
    if (m_fd < 0 || ftruncate(m_fd, sizeof(std::atomic<std::uint64_t>)) != 0) {
        error = text::formatEngineText(text::kCannotCreateCounter, {std::strerror(errno)});
        return false;
    }
    void *p = mmap(nullptr, sizeof(std::atomic<std::uint64_t>), PROT_READ | PROT_WRITE, MAP_SHARED,
                   m_fd, 0);
    if (p == MAP_FAILED) {
        error = text::formatEngineText(text::kCannotMapCounter, {std::strerror(errno)});
        return false;
    }
    static_assert(std::atomic<std::uint64_t>::is_always_lock_free,
                  "a counter shared between processes must be lock-free");
    m_counter = new (p) std::atomic<std::uint64_t>(0);
    return true;
}

} // namespace corescope::pool
