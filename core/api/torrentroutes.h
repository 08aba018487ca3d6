#pragma once

#include <memory>

#include <QJsonObject>
#include <QObject>
#include <QString>

#include "../http/apihandler.h"
#include "../input/torrentsource.h"
#include "../model/torrentid.h"
#include "../session/addoptions.h"
#include "../session/addresult.h"

namespace swarmplay {

class ApiRoute;
class JsonFields;
class Session;
class TorrentRevisions;

// The torrents themselves: the list (all, or what changed since a revision), one torrent, adding
// one (a magnet, an info hash, an http(s) address or an uploaded .torrent), the actions and
// removal. Lives on the Session's thread; answers when the Session's work is done.
class TorrentRoutes : public QObject
{
    Q_OBJECT

public:
    using Exchange = std::shared_ptr<ApiExchange>;

    TorrentRoutes(Session *session, TorrentRevisions *revisions, QObject *parent = nullptr);

    void list(const ApiRoute &route, const Exchange &exchange);
    void get(const ApiRoute &route, const Exchange &exchange);
    void add(const ApiRequest &request, const ApiRoute &route, const Exchange &exchange);
    void action(const ApiRequest &request, const ApiRoute &route, const Exchange &exchange);
    void remove(const ApiRequest &request, const ApiRoute &route, const Exchange &exchange);

    // The torrent that a hash names, by its v1 or its v2 hash; invalid when there is none.
    static TorrentId find(const Session *session, const QString &infoHash);
    // What a client may add by text: a magnet, an info hash or an http(s) address, never a
    // path on the engine's computer.
    static TorrentSource parseSource(const QString &text);

    // The source and options of a JSON body, or of an upload and its query; false with *error
    // set. Pure: the fuzz targets call it with bytes a stranger chose.
    static bool readAdd(const ApiRequest &request, const ApiRoute &route, TorrentSource *source,
                        AddOptions *options, ApiAnswer *error);

private:
    // save_path, files and paused, from the body or from the query turned into JSON.
    static void readOptions(JsonFields &fields, AddOptions *options);
    static QJsonObject queryAsJson(const ApiRoute &route);
    void answerAdded(const AddResult &result, const Exchange &exchange) const;

    Session *m_session;
    TorrentRevisions *m_revisions;
};

} // namespace swarmplay
