#include "apiguard.h"

#include "../input/torrentsource.h"
#include "apireply.h"

namespace swarmplay {

namespace {

bool changesState(const QByteArray &method)
{
    return method != "GET" && method != "HEAD";
}

} // namespace

ApiGuard::ApiGuard(const QByteArray &token)
    : m_token(token)
{}

bool ApiGuard::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // The length is not secret (the token's is fixed); the bytes are.
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QByteArray ApiGuard::mediaType(const ApiRequest &request)
{
    QByteArray type = request.header("content-type");
    const int semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type.truncate(semicolon);
    return type.trimmed().toLower();
}

bool ApiGuard::isTorrentUpload(const ApiRequest &request, const ApiRoute &route)
{
    return route.takesTorrentFile(request.method) &&
           request.headerValues("content-type").size() == 1 &&
           mediaType(request) == "application/x-bittorrent";
}

bool ApiGuard::authorized(const ApiRequest &request) const
{
    const QByteArrayList values = request.headerValues("authorization");
    if (m_token.isEmpty() || values.size() != 1)
        return false;
    const QByteArray value = values.first().trimmed();
    const int space = value.indexOf(' ');
    if (space < 0 || value.left(space).toLower() != "bearer")
        return false;
    return constantTimeEquals(value.mid(space + 1).trimmed(), m_token);
}

bool ApiGuard::sameOrigin(const ApiRequest &request)
{
    // The server has checked Host against its own names and port, so the server's own origin
    // is the one the client reached it at.
    const QByteArrayList origins = request.headerValues("origin");
    if (origins.isEmpty())
        return true; // not a browser's cross-origin request: curl, Kodi, Python
    const QByteArrayList hosts = request.headerValues("host");
    return origins.size() == 1 && hosts.size() == 1 &&
           origins.first().trimmed().toLower() == "http://" + hosts.first().trimmed().toLower();
}

std::optional<ApiAnswer> ApiGuard::check(const ApiRequest &request, const ApiRoute &route) const
{
    if (!authorized(request))
        return ApiReply::unauthorized();
    if (!sameOrigin(request))
        return ApiReply::error(403, QStringLiteral("foreign-origin"),
                               QStringLiteral("Requests from web pages of other origins are "
                                              "refused."));
    if (!route.exists())
        return ApiReply::error(404, QStringLiteral("not-found"),
                               QStringLiteral("There is no such path in the API; "
                                              "GET /api/v1/openapi.json lists them."));
    if (!route.allows(request.method))
        return ApiReply::methodNotAllowed(route.methods());
    if (route.hasBadInfoHash())
        return ApiReply::error(400, QStringLiteral("bad-info-hash"),
                               QStringLiteral("The path's info hash is not one: an info hash is "
                                              "40 (v1) or 64 (v2) hexadecimal digits."));
    if (std::optional<ApiAnswer> refusal = checkHead(request, route))
        return refusal;
    if (!changesState(request.method))
        return std::nullopt; // a body of a GET or HEAD is ignored
    return checkBody(request, route);
}

std::optional<ApiAnswer> ApiGuard::checkHead(const ApiRequest &request, const ApiRoute &route)
{
    // Two types would leave the body's meaning to whichever one a reader takes.
    if (request.headerValues("content-type").size() > 1)
        return ApiReply::error(400, QStringLiteral("duplicate-content-type"),
                               QStringLiteral("The request has more than one Content-Type "
                                              "header; send one."));
    // A misspelt parameter is refused rather than ignored, on every route alike.
    const QStringList taken = route.parameters(request.method);
    for (const auto &item : route.query().queryItems()) {
        if (!taken.contains(item.first))
            return ApiReply::error(400, QStringLiteral("bad-parameter"),
                                   QStringLiteral("\"%1\" is not a parameter here; %2 %3 takes %4.")
                                       .arg(item.first, QString::fromLatin1(request.method),
                                            QString::fromUtf8(request.target.split('?').first()),
                                            taken.isEmpty() ? QStringLiteral("none")
                                                            : taken.join(QStringLiteral(", "))),
                                   item.first);
    }
    return std::nullopt;
}

std::optional<ApiAnswer> ApiGuard::checkBody(const ApiRequest &request, const ApiRoute &route)
{
    const bool upload = isTorrentUpload(request, route);
    if ((mediaType(request) != "application/json" && !upload) || request.body.isEmpty())
        return ApiReply::error(
            415, QStringLiteral("unsupported-media-type"),
            route.takesTorrentFile(request.method)
                ? QStringLiteral("Send a JSON object with \"Content-Type: application/json\", or a "
                                 ".torrent file with \"Content-Type: application/x-bittorrent\".")
                : QStringLiteral("Send a JSON object with \"Content-Type: application/json\" "
                                 "({} when there is nothing to say)."));
    const qint64 limit = upload ? TorrentSource::MaxTorrentFileSize : JsonBodyLimit;
    if (request.body.size() > limit)
        return ApiReply::error(
            413, QStringLiteral("body-too-large"),
            QStringLiteral("The body is larger than %1 MiB.").arg(limit / (1024 * 1024)));
    return std::nullopt;
}

qint64 ApiGuard::bodyLimit(const ApiRequest &head) const
{
    return isTorrentUpload(head, ApiRoute::match(head.target)) ? TorrentSource::MaxTorrentFileSize
                                                               : JsonBodyLimit;
}

} // namespace swarmplay
