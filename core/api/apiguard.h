#pragma once

#include <optional>

#include <QByteArray>

#include "../http/apihandler.h"
#include "apiroute.h"

namespace swarmplay {

// The control API's rules that come before any route runs, in this order: the bearer token
// (401), the Origin (403: a browser page of another origin must not drive the engine), the path
// (404), the method (405), one Content-Type at most and only the query parameters the route
// takes (400), the body's type (415: a form, text/plain or bodiless request is what any web page
// may send without asking) and its size (413). Never a CORS header. Pure and thread-safe: the
// server's thread runs it on every request.
class ApiGuard
{
public:
    static constexpr qint64 JsonBodyLimit = 1024 * 1024;

    // An empty token refuses every request.
    explicit ApiGuard(const QByteArray &token);

    // The answer that refuses the request, or nothing when its route may run.
    std::optional<ApiAnswer> check(const ApiRequest &request, const ApiRoute &route) const;
    // The most bytes of body a request with this head may carry (ApiHandler::bodyLimit()).
    qint64 bodyLimit(const ApiRequest &head) const;

    // The Content-Type's type/subtype in lower case, without parameters.
    static QByteArray mediaType(const ApiRequest &request);
    // True when the body is a .torrent file (POST /api/v1/torrents, application/x-bittorrent).
    static bool isTorrentUpload(const ApiRequest &request, const ApiRoute &route);
    // Compares in time independent of where the two differ.
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

private:
    bool authorized(const ApiRequest &request) const;
    static bool sameOrigin(const ApiRequest &request);
    static std::optional<ApiAnswer> checkHead(const ApiRequest &request, const ApiRoute &route);
    static std::optional<ApiAnswer> checkBody(const ApiRequest &request, const ApiRoute &route);

    QByteArray m_token;
};

} // namespace swarmplay
