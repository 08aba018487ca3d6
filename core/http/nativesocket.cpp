#include "nativesocket.h"

#ifndef _WIN32
#include <fcntl.h>
#endif

namespace swarmplay::nativesocket {

void setCloseOnExec(qintptr fd)
{
#ifdef _WIN32
    Q_UNUSED(fd); // Windows sockets are not inherited unless asked for
#else
    ::fcntl(static_cast<int>(fd), F_SETFD, ::fcntl(static_cast<int>(fd), F_GETFD) | FD_CLOEXEC);
#endif
}

} // namespace swarmplay::nativesocket
