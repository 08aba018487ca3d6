#pragma once

#include <condition_variable>
#include <mutex>
#include <vector>

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace swarmplay::bench {

// When each subscriber got each event, kept for the thread that waits for them: the event
// subscribers write here from their thread, the benchmark waits here from its own.
class ArrivalLog
{
public:
    // When an event reached the first and the last of the subscribers waited for.
    struct Spread
    {
        double firstMs = 0;
        double lastMs = 0;
        int subscribers = 0; // how many got it
    };

    // key: the event's info_hash, or the id of a stream. state: its "state" field, if any.
    void record(int subscriber, const QByteArray &type, const QString &key, const QString &state,
                double ms);
    void snapshotIn(int subscriber, qint64 bytes);
    void subscriberGone(int subscriber, const QString &why);
    void clear();

    // Waits until `expected` subscribers each have an event of this type for this key (and
    // state, when not empty; "!paused" is any state but paused) that arrived at afterMs or later;
    // at most timeoutMs. On a timeout the spread counts the subscribers that had it.
    Spread waitAll(const QByteArray &type, const QString &key, const QString &state, double afterMs,
                   int expected, int timeoutMs) const;
    // Waits until `expected` subscribers have their first snapshot; at most timeoutMs.
    bool waitSnapshots(int expected, int timeoutMs) const;

    int snapshots() const;
    qint64 largestSnapshotBytes() const;
    qint64 events() const;
    QStringList gone() const; // subscribers whose stream ended, and why

private:
    struct Hit
    {
        QString state;
        double ms = 0;
        int subscriber = 0;
    };

    Spread spreadLocked(const QString &hitKey, const QString &state, double afterMs) const;

    mutable std::mutex m_mutex; // guards the members below
    mutable std::condition_variable m_changed;
    QHash<QString, std::vector<Hit>> m_hits; // by "type key"
    QSet<int> m_snapshots;
    qint64 m_largestSnapshot = 0;
    qint64 m_events = 0;
    QStringList m_gone;
};

} // namespace swarmplay::bench
