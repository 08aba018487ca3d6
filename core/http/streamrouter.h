#pragma once

#include <optional>

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QPair>
#include <QString>

namespace swarmplay {

class StreamSource;

// Decides the answer of the loopback stream server to one request — status, headers, and either a
// small body or which bytes of which file to stream — without touching a socket. Enforces the
// security rules (Host, token, methods) and RFC 9110 ranges. Thread-safe: route() is const and
// StreamSource is thread-safe.
class StreamRouter
{
public:
    struct Request
    {
        QByteArray method; // case-sensitive, as sent
        QByteArray target; // origin-form, e.g. "/stream/<token>/<hash>/0/a.mkv"
        int version = 11;  // 10 for HTTP/1.0, 11 for HTTP/1.1
        QByteArrayList hosts;
        QByteArrayList ranges;
        QByteArrayList ifRanges;
    };

    struct Answer
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers; // besides Date, Content-Length, Connection
        QByteArray body;
        // When true, the body is bytes [offset, offset + length) of the file instead of `body`.
        bool streamsFile = false;
        QString torrentKey;
        int fileIndex = -1;
        qint64 offset = 0;
        qint64 length = 0;
        bool mustClose = false; // the request could not be understood: close the connection

        qint64 contentLength() const { return streamsFile ? length : body.size(); }
    };

    // `boundHost` is the explicit listen address as it appears in a Host field ("127.45.3.2",
    // "[::1]"), or empty when listening on the default 127.0.0.1 + ::1.
    StreamRouter(StreamSource *source, const QByteArray &token, quint16 port,
                 const QByteArray &boundHost);

    Answer route(const Request &request) const;
    // Whether a request may leave Host out, as HTTP/1.0 allows: a stream URL may (a player's
    // request), a control-API request may not.
    enum class HostRule
    {
        Http10MayOmit,
        Required,
    };
    // The answer to a request whose Host is repeated (400), missing (HTTP/1.1: 400; HTTP/1.0
    // under HostRule::Required: 403, as a foreign Host) or not this server's (403). Nothing when
    // Host is fine. route() asks it first; so does the server for the control API.
    std::optional<Answer> checkHost(const Request &request,
                                    HostRule rule = HostRule::Http10MayOmit) const;

    // A plain-text error answer (no reason that would reveal what exactly was wrong).
    static Answer error(int status);
    static const char *reasonPhrase(int status);

    // Percent-encoded paths of the URLs; `name` is cosmetic and may be empty.
    static QByteArray streamPath(const QByteArray &token, const QString &torrentKey, int index,
                                 const QString &name);
    static QByteArray playlistPath(const QByteArray &token, const QString &torrentKey);
    static QByteArray etag(const QString &torrentKey, int index, qint64 size,
                           qint64 failedReads = 0);
    // The token in one file's URL (index >= 0) or in a torrent's playlist URL (index < 0): 32 hex
    // digits derived from the server's secret, so a URL seen on a player's command line opens
    // that file alone and cannot be turned into another file's.
    static QByteArray urlToken(const QByteArray &secret, const QString &torrentKey, int index);

private:
    bool tokenMatches(const QByteArray &token, const QString &torrentKey, int index) const;
    Answer routeStream(const Request &request, const QString &key, int index) const;
    Answer routePlaylist(const Request &request, const QString &key) const;

    StreamSource *m_source;
    QByteArray m_token;
    QByteArray m_defaultAuthority;
    QByteArrayList m_allowedHosts; // lower case, "host:port"
};

} // namespace swarmplay
