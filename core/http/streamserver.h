#pragma once

#include <memory>

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>

namespace swarmplay {

class ApiHandler;
class StreamSource;

// Serves the files of torrents to external players (VLC, mpv, ffmpeg, a cast target) over
// loopback HTTP with byte ranges, reading them through StreamSource as they download, and, on the
// same port, the control API through an ApiHandler.
//
// One thread runs every connection asynchronously: a connection waiting for its next request,
// for bytes still downloading or for events costs no thread, and a client that hangs up while
// its range waits releases its reader within ~200 ms. Security: loopback only, a token of its own
// in every stream URL (one file's URL opens no other), Host checked against DNS rebinding for every
// request, no CORS headers, GET and HEAD only on stream URLs. Call listen(), close() and the URL
// functions from one thread (the owner's); the source and the API handler must outlive the server
// (or close()).
class StreamServer : public QObject
{
    Q_OBJECT

public:
    explicit StreamServer(StreamSource *source, QObject *parent = nullptr);
    ~StreamServer() override; // close()

    // With the default 127.0.0.1, also listens on ::1 at the same port when it can (::1 failing
    // is not an error). Any other loopback address (127.x.y.z, ::1) is used alone. Refuses
    // addresses that are not loopback. Port 0 picks a free port.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0,
                QString *error = nullptr);
    bool isListening() const;
    // Stops accepting, aborts every waiting reader, closes every connection (event streams too)
    // and joins the server's thread. Returns within about 200 ms whatever the clients do.
    void close();
    // Requests whose target the handler accepts go to it (after the Host check); the rest are
    // stream and playlist URLs. Call before listen(); nullptr: no control API.
    void setApiHandler(ApiHandler *handler);

    quint16 port() const; // 0 when not listening
    // 32 hex digits, new for every StreamServer: the secret each URL's own token derives from
    // (StreamRouter::urlToken()); never itself in a URL.
    QString token() const;
    // How long a connection may wait for its next request; 60 s by default. Takes effect for
    // the next wait of every connection.
    void setIdleTimeout(int msecs);
    int idleTimeout() const;

    // http://<host>:<port>/stream/<token>/<infohash>/<index>/<file name>; the file name is
    // cosmetic and left out while the file is unknown (no metadata yet).
    QUrl streamUrl(const QString &torrentKey, int index) const;
    // http://<host>:<port>/playlist/<token>/<infohash>.m3u: the torrent's video and audio files.
    QUrl playlistUrl(const QString &torrentKey) const;
    // http://<host>:<port>/api/v1, the host written as in streamUrl(); empty when not listening.
    QUrl apiBaseUrl() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace swarmplay
