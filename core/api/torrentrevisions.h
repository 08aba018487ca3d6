#pragma once

#include <deque>
#include <map>

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include "../model/torrentsnapshot.h"

namespace swarmplay {

class Session;

// Numbers every change a client of the API can see in the session's torrents: one global
// revision, bumped when a torrent is added or removed or any field of its JSON changes, so a
// client asks for what changed since the revision it last saw. Keeps each torrent's JSON until
// it changes, so a list of a thousand torrents is assembled, not encoded.
//
// Revisions start at the run's start time in microseconds: a revision from an earlier run is
// older than anything here and gets the full list. Removals are remembered for the last
// MaxTombstones torrents; an older revision gets the full list too. Lives on the Session's thread
// and follows its signals.
class TorrentRevisions : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxTombstones = 1000;

    explicit TorrentRevisions(Session *session, QObject *parent = nullptr);

    qint64 revision() const { return m_revision; }

    struct Changes
    {
        qint64 revision = 0;
        bool full = false;   // every torrent, not only the changed ones
        QStringList changed; // keys (TorrentId::key()), in key order
        QStringList removed; // keys removed since, when not full
    };
    // What changed after `since`; since < 0 asks for the full list.
    Changes changesSince(qint64 since) const;

    // The torrent's JSON (ApiJson::torrent), compact; empty for a key that is not here.
    QByteArray json(const QString &key);

    // The answer of GET /torrents for these changes: {"revision", "full", "torrents", "removed"}.
    // The full list is kept until the next change, so clients polling it share one body.
    QByteArray listBody(const Changes &changes);

signals:
    // A torrent was added, removed or changed; `revision` is the new revision.
    void changed(qint64 revision);

private:
    struct Entry
    {
        TorrentSnapshot snapshot;
        qint64 revision = 0;
        QByteArray json; // encoded at jsonRevision
        qint64 jsonRevision = -1;
    };

    void add(const TorrentSnapshot &snapshot);
    void update(const QVector<TorrentSnapshot> &snapshots);
    void remove(const TorrentId &id);
    // A field of the torrent's JSON differs.
    static bool differs(const TorrentSnapshot &a, const TorrentSnapshot &b);

    std::map<QString, Entry> m_entries;
    std::deque<std::pair<qint64, QString>> m_tombstones; // (revision, key), oldest first
    qint64 m_revision = 0;
    qint64 m_floor = 0; // a `since` below this may miss a removal: the full list
    QByteArray m_fullBody;
    qint64 m_fullBodyRevision = -1;
};

} // namespace swarmplay
