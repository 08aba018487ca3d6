#include "torrentrevisions.h"

#include <tuple>

#include <QDateTime>
#include <QSet>

#include "../session/session.h"
#include "apijson.h"

namespace swarmplay {

TorrentRevisions::TorrentRevisions(Session *session, QObject *parent)
    : QObject(parent)
    , m_revision(QDateTime::currentMSecsSinceEpoch() * 1000)
    , m_floor(m_revision)
{
    for (const TorrentSnapshot &s : session->torrents())
        m_entries[s.id.key()] = Entry{s, m_revision, {}, -1};
    connect(session, &Session::torrentAdded, this, &TorrentRevisions::add);
    connect(session, &Session::torrentsUpdated, this, &TorrentRevisions::update);
    connect(session, &Session::torrentRemoved, this, &TorrentRevisions::remove);
}

bool TorrentRevisions::differs(const TorrentSnapshot &a, const TorrentSnapshot &b)
{
    // Every field of the snapshot is in ApiJson::torrent().
    const auto fields = [](const TorrentSnapshot &s) {
        return std::tie(s.id, s.name, s.state, s.errorMessage, s.hasMetadata, s.progress,
                        s.wantedBytes, s.wantedDone, s.totalBytes, s.totalDone, s.downloadRate,
                        s.uploadRate, s.totalDownloaded, s.totalUploaded, s.peersConnected,
                        s.seedsConnected, s.peersInSwarm, s.seedsInSwarm, s.etaSeconds, s.savePath);
    };
    return fields(a) != fields(b);
}

void TorrentRevisions::add(const TorrentSnapshot &snapshot)
{
    m_entries[snapshot.id.key()] = Entry{snapshot, ++m_revision, {}, -1};
    emit changed(m_revision);
}

void TorrentRevisions::update(const QVector<TorrentSnapshot> &snapshots)
{
    const qint64 before = m_revision;
    for (const TorrentSnapshot &s : snapshots) {
        const auto it = m_entries.find(s.id.key());
        if (it == m_entries.end()) {
            // A round can pass the torrentAdded signal of a torrent added meanwhile.
            m_entries[s.id.key()] = Entry{s, ++m_revision, {}, -1};
        } else if (differs(it->second.snapshot, s)) {
            it->second.snapshot = s;
            it->second.revision = ++m_revision;
        }
    }
    if (m_revision != before)
        emit changed(m_revision);
}

void TorrentRevisions::remove(const TorrentId &id)
{
    if (m_entries.erase(id.key()) == 0)
        return;
    m_tombstones.emplace_back(++m_revision, id.key());
    while (int(m_tombstones.size()) > MaxTombstones) {
        m_floor = m_tombstones.front().first;
        m_tombstones.pop_front();
    }
    emit changed(m_revision);
}

TorrentRevisions::Changes TorrentRevisions::changesSince(qint64 since) const
{
    Changes c;
    c.revision = m_revision;
    // From another run, from the future, or older than the removals remembered.
    c.full = since < m_floor || since > m_revision;
    for (const auto &[key, entry] : m_entries) {
        if (c.full || entry.revision > since)
            c.changed << key;
    }
    if (!c.full) {
        // A torrent removed and added again since is in `changed` alone.
        QSet<QString> seen;
        for (const auto &[revision, key] : m_tombstones) {
            if (revision > since && !m_entries.count(key) && !seen.contains(key)) {
                seen.insert(key);
                c.removed << key;
            }
        }
    }
    return c;
}

QByteArray TorrentRevisions::json(const QString &key)
{
    const auto it = m_entries.find(key);
    if (it == m_entries.end())
        return {};
    Entry &e = it->second;
    if (e.jsonRevision != e.revision) {
        e.json = ApiJson::compact(ApiJson::torrent(e.snapshot));
        e.jsonRevision = e.revision;
    }
    return e.json;
}

QByteArray TorrentRevisions::listBody(const Changes &changes)
{
    if (changes.full && m_fullBodyRevision == changes.revision)
        return m_fullBody;
    QByteArray body = "{\"revision\":" + QByteArray::number(changes.revision) +
                      ",\"full\":" + (changes.full ? "true" : "false") + ",\"torrents\":[";
    QByteArrayList parts;
    parts.reserve(changes.changed.size());
    qsizetype size = body.size() + 32;
    for (const QString &key : changes.changed) {
        parts << json(key);
        size += parts.constLast().size() + 1;
    }
    for (const QString &key : changes.removed)
        size += key.size() + 3;
    body.reserve(size);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            body += ',';
        body += parts.at(i);
    }
    body += "],\"removed\":[";
    for (qsizetype i = 0; i < changes.removed.size(); ++i) {
        if (i > 0)
            body += ',';
        body += '"' + changes.removed.at(i).toLatin1() + '"';
    }
    body += "]}";
    if (changes.full) {
        m_fullBody = body;
        m_fullBodyRevision = changes.revision;
    }
    return body;
}

} // namespace swarmplay
