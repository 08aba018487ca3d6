#pragma once

#include <memory>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QVector>

#include "../http/apihandler.h"
#include "../model/fileentry.h"
#include "../model/torrentid.h"

namespace swarmplay {

class ApiRoute;
class JsonFields;
class Session;
class StreamServer;

// What is inside one torrent: its files (with a stream URL each, filtered by kind) and the
// choice of them, its peers, its trackers and its pieces. Lives on the Session's thread.
class TorrentDetailRoutes : public QObject
{
    Q_OBJECT

public:
    using Exchange = std::shared_ptr<ApiExchange>;

    TorrentDetailRoutes(Session *session, StreamServer *streams, QObject *parent = nullptr);

    void files(const ApiRoute &route, const Exchange &exchange);
    void chooseFiles(const ApiRequest &request, const ApiRoute &route, const Exchange &exchange);
    void peers(const ApiRoute &route, const Exchange &exchange);
    void trackers(const ApiRoute &route, const Exchange &exchange);
    void pieces(const ApiRoute &route, const Exchange &exchange);

private:
    // A file choice as PATCH gives it: per file, chosen or not and its priority.
    struct Choice
    {
        enum class Kind
        {
            All,
            Listed,
            Priorities,
        } kind = Kind::All;
        QVector<int> wanted;    // Listed
        QHash<int, int> levels; // Priorities: file index -> 0 (skip) to 7
    };

    // The torrent the route names, or answers 404 and returns an invalid id.
    TorrentId torrentOr404(const ApiRoute &route, const Exchange &exchange) const;
    static bool readChoice(JsonFields &fields, const QVector<FileEntry> &files, Choice *choice);
    void apply(const TorrentId &id, const Choice &choice);
    // The files as the choice leaves them (libtorrent reports a choice a moment later).
    static QVector<FileEntry> chosen(QVector<FileEntry> files, const Choice &choice);
    void answerFiles(const TorrentId &id, const QVector<FileEntry> &files,
                     const QSet<QString> &kinds, const Exchange &exchange) const;

    Session *m_session;
    QPointer<StreamServer> m_streams;
};

} // namespace swarmplay
