#pragma once

#include <QtGlobal>

namespace swarmplay::nativesocket {

// The socket calls the stream server needs and asio's synchronous API lacks (waits with a
// timeout, a hang-up check, a shutdown from another thread), on native descriptors.

// Waits until one of `count` descriptors has something to read (bytes, end of stream or an
// error) or timeoutMs passes. Returns how many are ready (ready[i] says which), 0 on timeout,
// < 0 on error.
int waitReadable(const qintptr *fds, bool *ready, int count, int timeoutMs);
int waitReadable(qintptr fd, int timeoutMs);
// True when the peer has closed or reset the connection. Bytes it sent first (a pipelined
// request) hide an orderly close behind them; the next write then fails instead.
bool peerHungUp(qintptr fd);
// Safe from any thread while fd stays open: wakes every call blocked on it.
void shutdownBoth(qintptr fd);
// Processes the application starts (players, seeders) must not inherit the socket.
void setCloseOnExec(qintptr fd);

} // namespace swarmplay::nativesocket
