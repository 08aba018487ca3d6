#pragma once

// Internal to swarmplay_core (Boost.Asio): what a connection lends the writer of a long answer.

#include <cstddef>
#include <functional>

#include <boost/asio/buffer.hpp>

namespace swarmplay {

// The side of an HttpConnection that the writer of an answer's body after its head (a file's
// bytes, an event stream) uses: the socket's writes, the deadline, the watch on the client and
// the ways to end. Every method runs on the server's thread.
class ConnectionPort
{
public:
    // Writes bytes (which the caller keeps until then), then next(bytes written); nothing follows
    // when the write failed (the connection ends) or the connection finished meanwhile.
    virtual void write(boost::asio::const_buffer bytes, std::function<void(std::size_t)> next) = 0;
    virtual bool isWriting() const = 0;
    // The answer is whole: the connection reads the next request, or closes.
    virtual void answered(bool keepAlive) = 0;
    // No more bytes will come: the connection closes once the client has what was sent.
    virtual void close() = 0;
    // Nobody will receive more: the connection ends now and frees what it holds.
    virtual void abandon() = 0;
    // Ends the connection after msecs, unless something else ends or rearms it first.
    virtual void armDeadline(int msecs) = 0;
    // Watches for the client leaving while the writer waits, so that a hang-up ends the wait.
    virtual void watchClient() = 0;
    // The client has closed its side (or left).
    virtual bool clientClosed() const = 0;
    // A function any thread may call: it runs fn on the server's thread, unless the connection
    // has ended by then.
    virtual std::function<void()> wakeUp(std::function<void()> fn) = 0;

protected:
    ~ConnectionPort() = default;
};

} // namespace swarmplay
