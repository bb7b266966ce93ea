#include "core/exec/pool/ioloop.h"

#include "core/util/enginetext.h"
#include "core/util/faulttext.h"

#include <sys/eventfd.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>

namespace corescope::pool {

IoLoop::~IoLoop()
{
    if (m_wakeFd >= 0)
        close(m_wakeFd);
}

bool IoLoop::openWake(std::string &error)
{
    if (m_wakeFd >= 0)
        return true;
    m_wakeFd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (m_wakeFd < 0) {
        error = text::formatEngineText(text::kCannotCreateWakeup, {std::strerror(errno)});
        return false;
    }
    clear();
    return true;
}

void IoLoop::wake() const
{
    if (m_wakeFd < 0)
        return;
    const std::uint64_t one = 1;
    [[maybe_unused]] const ssize_t n = write(m_wakeFd, &one, sizeof one);
}

void IoLoop::clear()
{
    m_fds.clear();
    m_first = 0;
    if (m_wakeFd >= 0) {
        m_fds.push_back({m_wakeFd, POLLIN, 0});
        m_first = 1;
    }
}

std::size_t IoLoop::add(int fd, bool wantWrite)
{
    short events = POLLIN;
    if (wantWrite)
        events |= POLLOUT;
    m_fds.push_back({fd, events, 0});
    return m_fds.size() - 1 - m_first;
}

IoLoop::Wait IoLoop::wait(int timeoutMs)
{
    const int n = poll(m_fds.data(), m_fds.size(), timeoutMs);
    if (n < 0)
        return errno == EINTR ? Wait::Interrupted : Wait::Failed;
    if (m_wakeFd >= 0 && m_fds[0].revents != 0) {
        std::uint64_t count = 0;
        [[maybe_unused]] const ssize_t r = read(m_wakeFd, &count, sizeof count);
        return Wait::Woken;
    }
    return Wait::Ready;
}

long long IoLoop::msUntil(std::chrono::steady_clock::time_point deadline)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               deadline - std::chrono::steady_clock::now())
        .count();
}

} // namespace corescope::pool
