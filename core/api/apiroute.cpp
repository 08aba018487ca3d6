#include "apiroute.h"

namespace swarmplay {

namespace {

bool isHex(const QByteArray &s, bool lowerOnly)
{
    for (const char c : s) {
        const bool digit = c >= '0' && c <= '9';
        const bool lower = c >= 'a' && c <= 'f';
        const bool upper = c >= 'A' && c <= 'F';
        if (!digit && !lower && !(upper && !lowerOnly))
            return false;
    }
    return true;
}

// The routes below /api/v1/torrents/{info_hash}.
ApiRoute::Kind torrentSubroute(const QByteArray &name)
{
    if (name == "files")
        return ApiRoute::Kind::Files;
    if (name == "peers")
        return ApiRoute::Kind::Peers;
    if (name == "trackers")
        return ApiRoute::Kind::Trackers;
    if (name == "pieces")
        return ApiRoute::Kind::Pieces;
    if (name == "pause" || name == "resume" || name == "recheck" || name == "reannounce")
        return ApiRoute::Kind::TorrentAction;
    return ApiRoute::Kind::None;
}

ApiRoute::Kind topRoute(const QByteArray &name)
{
    if (name == "session")
        return ApiRoute::Kind::Session;
    if (name == "settings")
        return ApiRoute::Kind::Settings;
    if (name == "torrents")
        return ApiRoute::Kind::Torrents;
    if (name == "streams")
        return ApiRoute::Kind::Streams;
    if (name == "shutdown")
        return ApiRoute::Kind::Shutdown;
    if (name == "events")
        return ApiRoute::Kind::Events;
    if (name == "openapi.json")
        return ApiRoute::Kind::OpenApi;
    return ApiRoute::Kind::None;
}

} // namespace

bool ApiRoute::isInfoHash(const QByteArray &segment)
{
    return (segment.size() == 40 || segment.size() == 64) && isHex(segment, false);
}

bool ApiRoute::isStreamId(const QByteArray &segment)
{
    return segment.size() == 32 && isHex(segment, true);
}

ApiRoute ApiRoute::match(const QByteArray &target)
{
    ApiRoute r;
    const int q = target.indexOf('?');
    const QByteArray path = q < 0 ? target : target.left(q);
    if (q >= 0)
        r.m_query = QUrlQuery(QString::fromUtf8(target.mid(q + 1)));
    if (!path.startsWith("/api/v1/"))
        return r;
    const QByteArrayList s = path.mid(8).split('/');
    if (s.size() == 1) {
        r.m_kind = topRoute(s[0]);
    } else if (s[0] == "torrents" && !s[1].isEmpty()) {
        r.m_badInfoHash = !isInfoHash(s[1]);
        if (!r.m_badInfoHash)
            r.m_infoHash = QString::fromLatin1(s[1].toLower());
        if (s.size() == 2)
            r.m_kind = Kind::Torrent;
        else if (s.size() == 3)
            r.m_kind = torrentSubroute(s[2]);
        if (r.m_kind == Kind::TorrentAction)
            r.m_action = s[2];
        r.m_badInfoHash = r.m_badInfoHash && r.exists();
    } else if (s.size() == 2 && s[0] == "streams" && isStreamId(s[1])) {
        r.m_kind = Kind::Stream;
        r.m_streamId = QString::fromLatin1(s[1]);
    }
    return r;
}

QString ApiRoute::parameter(const QString &name) const
{
    return m_query.queryItemValue(name, QUrl::FullyDecoded);
}

QString ApiRoute::unknownParameter(const QStringList &known) const
{
    for (const auto &item : m_query.queryItems()) {
        if (!known.contains(item.first))
            return item.first;
    }
    return {};
}

QStringList ApiRoute::parameters(const QByteArray &method) const
{
    const bool read = method == "GET" || method == "HEAD";
    switch (m_kind) {
    case Kind::Torrents:
        return read ? QStringList{QStringLiteral("since")}
                    : QStringList{QStringLiteral("save_path"), QStringLiteral("files"),
                                  QStringLiteral("paused")};
    case Kind::Torrent:
        return method == "DELETE" ? QStringList{QStringLiteral("files")} : QStringList{};
    case Kind::Files:
        return read ? QStringList{QStringLiteral("kind")} : QStringList{};
    default:
        return {};
    }
}

QByteArrayList ApiRoute::methods() const
{
    switch (m_kind) {
    case Kind::Session:
    case Kind::Peers:
    case Kind::Trackers:
    case Kind::Pieces:
    case Kind::OpenApi:
        return {"GET", "HEAD"};
    case Kind::Settings:
    case Kind::Files:
        return {"GET", "HEAD", "PATCH"};
    case Kind::Torrents:
    case Kind::Streams:
        return {"GET", "HEAD", "POST"};
    case Kind::Torrent:
    case Kind::Stream:
        return {"GET", "HEAD", "DELETE"};
    case Kind::TorrentAction:
    case Kind::Shutdown:
        return {"POST"};
    case Kind::Events:
        return {"GET"};
    case Kind::None:
        break;
    }
    return {};
}

} // namespace swarmplay
