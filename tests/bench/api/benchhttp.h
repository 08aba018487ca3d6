#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace swarmplay::bench {

// A blocking HTTP/1.1 client of the control API over one kept-alive connection, usable from any
// one thread at a time: the benchmark's own requests, timed where they leave and where their
// answer is in. Every request carries the token; every wait is bounded.
class BenchHttp
{
public:
    struct Reply
    {
        int status = 0; // 0: no answer (error says why)
        QByteArray body;
        QString error;
        double sentMs = 0; // nowMs() before the first byte was written
        double doneMs = 0; // nowMs() once the whole answer was read
        double ms() const { return doneMs - sentMs; }
        QJsonObject json() const;
    };

    // api: the base URL from the discovery file, http://HOST:PORT/api/v1.
    BenchHttp(const QUrl &api, const QByteArray &token, int timeoutMs = 20000);
    ~BenchHttp();
    BenchHttp(const BenchHttp &) = delete;
    BenchHttp &operator=(const BenchHttp &) = delete;

    // path: below the base, "/torrents?since=1".
    Reply get(const QByteArray &path);
    Reply postJson(const QByteArray &path, const QJsonObject &body);
    Reply patchJson(const QByteArray &path, const QJsonObject &body);
    Reply postTorrent(const QByteArray &path, const QByteArray &torrent);
    Reply send(const QByteArray &method, const QByteArray &path, const QByteArray &contentType,
               const QByteArray &body);

private:
    bool connectSocket(QString *error);
    void closeSocket();
    bool writeAll(const QByteArray &bytes);
    // Reads one answer; false when the connection ended before its first byte (a kept-alive
    // connection the server had closed) or broke.
    bool readReply(Reply *reply, double deadlineMs, bool *nothingRead);
    bool fill(double deadlineMs); // reads more into m_buffer

    QByteArray m_host;
    quint16 m_port = 0;
    QByteArray m_prefix; // "/api/v1"
    QByteArray m_token;
    int m_timeoutMs;
    int m_fd = -1;
    bool m_closeAfter = false;
    QByteArray m_buffer;
};

} // namespace swarmplay::bench
