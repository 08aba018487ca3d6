#pragma once

#include <functional>
#include <mutex>

#include "apihandler.h"

namespace swarmplay {

// The server's end of one event stream (Server-Sent Events): a bounded queue between the threads
// that push and the server's thread that writes, so a client that stops reading costs its queue
// and then its connection, never a wait in the pushing thread. Thread-safe.
class EventStreamSink : public EventSink
{
public:
    // What the server's thread takes from the queue at once.
    struct Batch
    {
        QByteArray bytes;
        bool overflowed = false; // the queue was dropped: write the farewell and close
        bool ending = false;     // close() was called: close once these bytes are written
    };

    // wake() tells the server's thread there is something to take; it runs on the pushing thread
    // and returns false once the server is gone, which closes the sink.
    EventStreamSink(qint64 queueLimitBytes, const QByteArray &farewell, std::function<bool()> wake);

    bool push(const QByteArray &bytes) override;
    void close() override;
    bool isOpen() const override;

    // The server's thread.
    Batch take();
    void written(qint64 bytes); // bytes of earlier batches have left
    bool hasOverflowed() const;
    QByteArray farewell() const { return m_farewell; }
    void markClosed(); // the client left or the server closes

private:
    const qint64 m_limit;
    const QByteArray m_farewell;
    const std::function<bool()> m_wake;
    mutable std::mutex m_mutex; // guards the members below
    QByteArray m_pending;
    qint64 m_unwritten = 0; // m_pending plus taken bytes not written yet
    bool m_open = true;
    bool m_overflowed = false;
    bool m_ending = false;
    bool m_wakePending = false; // a wake-up is on its way: the next take() gets these bytes too
};

} // namespace swarmplay
