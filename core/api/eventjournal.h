#pragma once

#include <deque>
#include <optional>

#include <QByteArray>
#include <QByteArrayList>

namespace swarmplay {

// The control API's recent events as Server-Sent Events frames, numbered by revision, so that a
// client that reconnects with Last-Event-ID gets what it missed. Ids are "<epoch>:<revision>":
// the epoch is fixed for the run, so an id from an earlier run is told apart from this one's.
// Bounded: the oldest frames go first, by count and by bytes. Not thread-safe.
class EventJournal
{
public:
    // epoch: no ':' and no line break (an SSE id ends at the line).
    EventJournal(const QByteArray &epoch, int maxEvents, qint64 maxBytes);

    const QByteArray &epoch() const { return m_epoch; }
    // The last revision given out; 0 before the first event.
    quint64 revision() const { return m_revision; }
    // "<epoch>:<revision()>".
    QByteArray lastId() const;

    // Numbers the event with the next revision, keeps it and returns its frame. data: one line
    // (compact JSON).
    QByteArray append(const QByteArray &type, const QByteArray &data);

    // The frames after lastEventId when it is one of this run's ids and nothing after it has
    // been dropped yet (an empty list when the client is up to date); nothing when it is from
    // another run, too old, ahead of this run or malformed.
    std::optional<QByteArrayList> framesAfter(const QByteArray &lastEventId) const;

    // "id: <id>\nevent: <type>\ndata: <data>\n\n"; no id line when id is empty.
    static QByteArray frame(const QByteArray &id, const QByteArray &type, const QByteArray &data);
    // A fresh epoch: 16 random hexadecimal digits.
    static QByteArray randomEpoch();

private:
    struct Entry
    {
        quint64 revision = 0;
        QByteArray frame;
    };

    QByteArray m_epoch;
    int m_maxEvents;
    qint64 m_maxBytes;
    quint64 m_revision = 0;
    qint64 m_bytes = 0;
    std::deque<Entry> m_entries; // oldest first, revisions consecutive
};

} // namespace swarmplay
