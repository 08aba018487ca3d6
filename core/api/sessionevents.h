#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QVector>

#include "../model/fileentry.h"
#include "../model/sessionevent.h"
#include "../model/sessionstats.h"
#include "../model/torrentid.h"
#include "../model/torrentinfo.h"
#include "../model/torrentsnapshot.h"

namespace swarmplay {

class Session;

// Turns what a Session reports into the control API's events, each a type and the JSON that
// describes it as the API's answers do (ApiJson): torrent_added, torrent_removed, metadata,
// state, finished, error, file_progress, stats and log. Lives in the Session's thread.
class SessionEvents : public QObject
{
    Q_OBJECT

public:
    explicit SessionEvents(Session *session, QObject *parent = nullptr);

    // How often the files of torrents whose bytes moved are read for file_progress.
    void setFileProgressInterval(int ms);
    // Every torrent and the session's figures: what a client that knows nothing starts from.
    // {"torrents": [torrent, ...], "stats": stats}
    QJsonObject snapshot() const;

signals:
    void occurred(const QString &type, const QJsonObject &data);

private:
    // What was last said of a torrent, so that only changes are told.
    struct Known
    {
        TorrentState state = TorrentState::Checking;
        QString error;
        qint64 totalDone = -1;
        qint64 downloaded = -1;
        bool moved = false;   // bytes moved since its files were last read
        bool reading = false; // a files() query is on its way
        QHash<int, qint64> fileBytes;
    };

    void know(const TorrentSnapshot &snapshot);
    void torrentAdded(const TorrentSnapshot &snapshot);
    void torrentRemoved(const TorrentId &id);
    void metadataReceived(const TorrentId &id, const TorrentInfo &info);
    void torrentsUpdated(const QVector<TorrentSnapshot> &snapshots);
    // A torrent as reported now: a state event when its state or error changed.
    void torrentSeen(const TorrentSnapshot &snapshot);
    void torrentFinished(const TorrentId &id);
    void statsUpdated(const SessionStats &stats);
    void eventsLogged(const QVector<SessionEvent> &events);
    void readFileProgress();
    void filesRead(const TorrentId &id, const QVector<FileEntry> &files);

    Session *m_session;
    QHash<TorrentId, Known> m_known;
    QJsonObject m_lastStats;
    QTimer m_fileTimer;
};

} // namespace swarmplay
