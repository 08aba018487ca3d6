#include "sessionevents.h"

#include <QJsonArray>

#include "../session/session.h"
#include "apijson.h"

namespace swarmplay {

namespace {

QString severityId(SessionEvent::Severity severity)
{
    switch (severity) {
    case SessionEvent::Severity::Info:
        return QStringLiteral("info");
    case SessionEvent::Severity::Warning:
        return QStringLiteral("warning");
    case SessionEvent::Severity::Error:
        break;
    }
    return QStringLiteral("error");
}

QString kindId(SessionEvent::Kind kind)
{
    using K = SessionEvent::Kind;
    switch (kind) {
    case K::Other:
        break;
    case K::TorrentAdded:
        return QStringLiteral("torrent_added");
    case K::MetadataReceived:
        return QStringLiteral("metadata_received");
    case K::CheckingFiles:
        return QStringLiteral("checking_files");
    case K::ResumeRejected:
        return QStringLiteral("resume_rejected");
    case K::ResumeDamaged:
        return QStringLiteral("resume_damaged");
    case K::TrackerReply:
        return QStringLiteral("tracker_reply");
    case K::TrackerError:
        return QStringLiteral("tracker_error");
    case K::PeerConnected:
        return QStringLiteral("peer_connected");
    case K::PeerDisconnected:
        return QStringLiteral("peer_disconnected");
    case K::HashFailed:
        return QStringLiteral("hash_failed");
    case K::FileError:
        return QStringLiteral("file_error");
    case K::WritingAgain:
        return QStringLiteral("writing_again");
    case K::TorrentError:
        return QStringLiteral("torrent_error");
    case K::Finished:
        return QStringLiteral("finished");
    case K::Listening:
        return QStringLiteral("listening");
    case K::ListenFailed:
        return QStringLiteral("listen_failed");
    case K::DhtBootstrapped:
        return QStringLiteral("dht_bootstrapped");
    }
    return QStringLiteral("other");
}

QJsonObject logLine(const SessionEvent &e)
{
    return QJsonObject{
        {QStringLiteral("time"), e.time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("severity"), severityId(e.severity)},
        {QStringLiteral("kind"), kindId(e.kind)},
        {QStringLiteral("info_hash"),
         e.torrent.isValid() ? QJsonValue(e.torrent.key()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("message"), e.message},
    };
}

} // namespace

SessionEvents::SessionEvents(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(session, &Session::torrentAdded, this, &SessionEvents::torrentAdded);
    connect(session, &Session::torrentRemoved, this, &SessionEvents::torrentRemoved);
    connect(session, &Session::metadataReceived, this, &SessionEvents::metadataReceived);
    connect(session, &Session::torrentsUpdated, this, &SessionEvents::torrentsUpdated);
    connect(session, &Session::torrentStateChanged, this, &SessionEvents::torrentSeen);
    connect(session, &Session::torrentFinished, this, &SessionEvents::torrentFinished);
    connect(session, &Session::statsUpdated, this, &SessionEvents::statsUpdated);
    connect(session, &Session::eventsLogged, this, &SessionEvents::eventsLogged);
    // Torrents already there (restored before this was made) are known, not added.
    for (const TorrentSnapshot &s : session->torrents())
        know(s);
    m_fileTimer.setInterval(1000);
    connect(&m_fileTimer, &QTimer::timeout, this, &SessionEvents::readFileProgress);
    m_fileTimer.start();
}

void SessionEvents::setFileProgressInterval(int ms)
{
    m_fileTimer.setInterval(ms);
}

QJsonObject SessionEvents::snapshot() const
{
    QJsonArray torrents;
    for (const TorrentSnapshot &s : m_session->torrents())
        torrents.append(ApiJson::torrent(s));
    return QJsonObject{{QStringLiteral("torrents"), torrents},
                       {QStringLiteral("stats"), ApiJson::stats(m_session->stats())}};
}

void SessionEvents::know(const TorrentSnapshot &snapshot)
{
    // Its files' bytes are told when they move from here, not all at once for every torrent.
    Known &known = m_known[snapshot.id];
    known = Known();
    known.state = snapshot.state;
    known.error = snapshot.errorMessage;
    known.totalDone = snapshot.totalDone;
    known.downloaded = snapshot.totalDownloaded;
}

void SessionEvents::torrentAdded(const TorrentSnapshot &snapshot)
{
    know(snapshot);
    const QJsonObject torrent = ApiJson::torrent(snapshot);
    emit occurred(QStringLiteral("torrent_added"), torrent);
    if (snapshot.state == TorrentState::Error) // its folder cannot be written, say
        emit occurred(QStringLiteral("error"), torrent);
}

void SessionEvents::torrentRemoved(const TorrentId &id)
{
    m_known.remove(id);
    emit occurred(QStringLiteral("torrent_removed"),
                  QJsonObject{{QStringLiteral("info_hash"), id.key()}});
}

void SessionEvents::metadataReceived(const TorrentId &, const TorrentInfo &info)
{
    emit occurred(QStringLiteral("metadata"), ApiJson::metadata(info));
}

void SessionEvents::torrentsUpdated(const QVector<TorrentSnapshot> &snapshots)
{
    for (const TorrentSnapshot &s : snapshots)
        torrentSeen(s);
}

void SessionEvents::torrentSeen(const TorrentSnapshot &s)
{
    const auto it = m_known.find(s.id);
    if (it == m_known.end())
        return; // a round that left before its torrent was removed
    Known &known = *it;
    if (s.totalDone != known.totalDone || s.totalDownloaded != known.downloaded) {
        known.totalDone = s.totalDone;
        known.downloaded = s.totalDownloaded;
        known.moved = true;
    }
    if (s.state == known.state && s.errorMessage == known.error)
        return;
    const bool newError =
        (s.state == TorrentState::Error || s.state == TorrentState::CannotWrite) &&
        (known.state != s.state || known.error != s.errorMessage);
    known.state = s.state;
    known.error = s.errorMessage;
    const QJsonObject torrent = ApiJson::torrent(s);
    emit occurred(QStringLiteral("state"), torrent);
    if (newError)
        emit occurred(QStringLiteral("error"), torrent);
}

void SessionEvents::torrentFinished(const TorrentId &id)
{
    const auto it = m_known.find(id);
    if (it == m_known.end())
        return;
    it->moved = true;
    emit occurred(QStringLiteral("finished"), ApiJson::torrent(m_session->torrent(id)));
}

void SessionEvents::statsUpdated(const SessionStats &stats)
{
    const QJsonObject json = ApiJson::stats(stats);
    if (json == m_lastStats)
        return;
    m_lastStats = json;
    emit occurred(QStringLiteral("stats"), json);
}

void SessionEvents::eventsLogged(const QVector<SessionEvent> &events)
{
    for (const SessionEvent &e : events)
        emit occurred(QStringLiteral("log"), logLine(e));
}

void SessionEvents::readFileProgress()
{
    for (auto it = m_known.begin(); it != m_known.end(); ++it) {
        if (!it->moved || it->reading || !m_session->cachedInfo(it.key()).isValid())
            continue;
        it->moved = false;
        it->reading = true;
        const TorrentId id = it.key();
        m_session->files(id).then(this,
                                  [this, id](const QVector<FileEntry> &f) { filesRead(id, f); });
    }
}

void SessionEvents::filesRead(const TorrentId &id, const QVector<FileEntry> &files)
{
    const auto it = m_known.find(id);
    if (it == m_known.end())
        return; // removed meanwhile
    it->reading = false;
    QJsonArray changed;
    for (const FileEntry &f : files) {
        qint64 &known = it->fileBytes[f.index];
        if (f.bytesDone < 0 || f.bytesDone == known)
            continue;
        known = f.bytesDone;
        changed.append(QJsonObject{
            {QStringLiteral("index"), f.index},
            {QStringLiteral("bytes_done"), f.bytesDone},
            {QStringLiteral("progress"), f.size > 0 ? double(f.bytesDone) / double(f.size) : 1.0},
        });
    }
    if (!changed.isEmpty())
        emit occurred(QStringLiteral("file_progress"),
                      QJsonObject{{QStringLiteral("info_hash"), id.key()},
                                  {QStringLiteral("files"), changed}});
}

} // namespace swarmplay
