#pragma once

// Internal to swarmplay_core (Boost.Asio): the body of an event stream's answer.

#include <memory>

#include <QByteArray>

namespace swarmplay {

class ConnectionPort;
class EventStreamSink;

// Writes what the threads that push events queue in an EventStreamSink to its connection, one
// write at a time, for as long as the stream lasts. A client that fell behind (the sink's queue
// overflowed) gets the farewell within a short deadline, and then the connection closes. Runs on
// the server's thread.
class EventStreamWriter
{
public:
    explicit EventStreamWriter(ConnectionPort &port);
    ~EventStreamWriter();

    // The stream's head is on its way: from now on the sink closes with the connection.
    void attach(std::shared_ptr<EventStreamSink> sink);
    // The head has left: writes what is queued, then whatever comes.
    void begin();
    // The sink has bytes, has ended, or has overflowed (which is noticed even while a write is
    // stuck).
    void onActivity();
    // The connection closes or ends: the sink takes no more.
    void close();

private:
    enum class State
    {
        Closed,
        Streaming,
        Farewell, // the client fell behind: the farewell is written, then the connection closes
    };

    void writeEvents();
    void beginFarewell();
    void writeFarewell();

    ConnectionPort &m_port;
    std::shared_ptr<EventStreamSink> m_sink;
    State m_state = State::Closed;
    QByteArray m_out; // the bytes being written
};

} // namespace swarmplay
