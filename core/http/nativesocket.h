#pragma once

#include <QtGlobal>

namespace swarmplay::nativesocket {

// What the stream server needs on native descriptors and asio lacks.

// Processes the application starts (players, seeders) must not inherit the socket.
void setCloseOnExec(qintptr fd);

} // namespace swarmplay::nativesocket
