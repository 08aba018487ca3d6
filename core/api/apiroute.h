#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace swarmplay {

// Which route of the control API a request target names, and the methods that route takes: the
// table of paths under /api/v1, decided from the target alone. Pure and thread-safe.
class ApiRoute
{
public:
    enum class Kind
    {
        None, // no such path
        Session,
        Settings,
        Torrents,
        Torrent,
        TorrentAction, // pause, resume, recheck, reannounce
        Files,
        Peers,
        Trackers,
        Pieces,
        Streams,
        Stream,
        Shutdown,
        Events,
        OpenApi,
    };

    static ApiRoute match(const QByteArray &target);

    Kind kind() const { return m_kind; }
    bool exists() const { return m_kind != Kind::None; }
    // A torrent route whose {info_hash} segment is not 40 or 64 hex digits: answered 400, not
    // 404, so that a client sees its hash is wrong rather than the path.
    bool hasBadInfoHash() const { return m_badInfoHash; }
    // Lower-case hex of the {info_hash} segment, for the torrent routes.
    const QString &infoHash() const { return m_infoHash; }
    const QString &streamId() const { return m_streamId; }
    const QByteArray &action() const { return m_action; }
    const QUrlQuery &query() const { return m_query; }
    // A query parameter, decoded; empty when absent.
    QString parameter(const QString &name) const;
    bool hasParameter(const QString &name) const { return m_query.hasQueryItem(name); }
    // The first query parameter not in `known`, or empty.
    QString unknownParameter(const QStringList &known) const;
    // The query parameters the route takes with this method; ApiGuard refuses any other.
    QStringList parameters(const QByteArray &method) const;

    // The methods the route takes, in the order an Allow header lists them.
    QByteArrayList methods() const;
    bool allows(const QByteArray &method) const { return methods().contains(method); }
    // True for the route that takes a .torrent upload (POST /api/v1/torrents).
    bool takesTorrentFile(const QByteArray &method) const
    {
        return m_kind == Kind::Torrents && method == "POST";
    }

    static bool isInfoHash(const QByteArray &segment); // 40 or 64 hex digits
    static bool isStreamId(const QByteArray &segment); // 32 lower-case hex digits

private:
    Kind m_kind = Kind::None;
    bool m_badInfoHash = false;
    QString m_infoHash;
    QString m_streamId;
    QByteArray m_action;
    QUrlQuery m_query;
};

} // namespace swarmplay
