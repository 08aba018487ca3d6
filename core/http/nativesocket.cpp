#include "nativesocket.h"

#include <vector>

#ifdef _WIN32
#include <winsock2.h>
#else
#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#endif

namespace swarmplay::nativesocket {

namespace {

#ifdef _WIN32
using PollFd = WSAPOLLFD;
using Handle = SOCKET;

int pollFds(PollFd *fds, int count, int timeoutMs)
{
    return WSAPoll(fds, static_cast<ULONG>(count), timeoutMs);
}

bool wouldBlock()
{
    return WSAGetLastError() == WSAEWOULDBLOCK;
}
#else
using PollFd = pollfd;
using Handle = int;

int pollFds(PollFd *fds, int count, int timeoutMs)
{
    int r;
    do {
        r = ::poll(fds, static_cast<nfds_t>(count), timeoutMs);
    } while (r < 0 && errno == EINTR);
    return r;
}

bool wouldBlock()
{
    return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR;
}
#endif

PollFd readable(qintptr fd)
{
    PollFd p{};
    p.fd = static_cast<Handle>(fd);
    p.events = POLLIN;
    return p;
}

} // namespace

int waitReadable(const qintptr *fds, bool *ready, int count, int timeoutMs)
{
    std::vector<PollFd> polled;
    polled.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i)
        polled.push_back(readable(fds[i]));
    const int r = pollFds(polled.data(), count, timeoutMs);
    for (int i = 0; i < count; ++i)
        ready[i] = r > 0 && polled[static_cast<std::size_t>(i)].revents != 0;
    return r;
}

int waitReadable(qintptr fd, int timeoutMs)
{
    PollFd p = readable(fd);
    return pollFds(&p, 1, timeoutMs);
}

bool peerHungUp(qintptr fd)
{
    PollFd p = readable(fd);
    if (pollFds(&p, 1, 0) <= 0)
        return false;
    if (p.revents & (POLLERR | POLLHUP | POLLNVAL))
        return true;
    char c;
    const auto n = ::recv(static_cast<Handle>(fd), &c, 1, MSG_PEEK); // readable: does not block
    return n == 0 || (n < 0 && !wouldBlock());
}

void shutdownBoth(qintptr fd)
{
#ifdef _WIN32
    ::shutdown(static_cast<Handle>(fd), SD_BOTH);
#else
    ::shutdown(static_cast<Handle>(fd), SHUT_RDWR);
#endif
}

void setCloseOnExec(qintptr fd)
{
#ifdef _WIN32
    Q_UNUSED(fd); // Windows sockets are not inherited unless asked for
#else
    ::fcntl(static_cast<Handle>(fd), F_SETFD,
            ::fcntl(static_cast<Handle>(fd), F_GETFD) | FD_CLOEXEC);
#endif
}

} // namespace swarmplay::nativesocket
