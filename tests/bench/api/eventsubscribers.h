#pragma once

#include <QByteArray>
#include <QString>
#include <QThread>

#include "arrivallog.h"

namespace swarmplay::bench {

// Many clients of the event stream at once, all on one thread of their own so that an event's
// arrival is noted when it comes, whatever the benchmark's own thread is waiting for.
class EventSubscribers
{
public:
    EventSubscribers(const QString &host, quint16 port, const QByteArray &token);
    ~EventSubscribers(); // closes them
    EventSubscribers(const EventSubscribers &) = delete;
    EventSubscribers &operator=(const EventSubscribers &) = delete;

    // Opens n event streams (after closing any open ones, and with a clear log); true once each
    // has its first snapshot, at most timeoutMs.
    bool open(int n, int timeoutMs);
    void close();
    int count() const { return m_count; }
    const ArrivalLog &log() const { return m_log; }

private:
    const QString m_host;
    const quint16 m_port;
    const QByteArray m_token;
    ArrivalLog m_log;
    QThread m_thread;
    QObject *m_home; // lives in m_thread, parent of the subscribers
    int m_count = 0;
};

} // namespace swarmplay::bench
