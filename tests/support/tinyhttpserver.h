#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>

namespace swarmplay::test {

// A minimal HTTP/1.0 server on 127.0.0.1 for tests of fetching .torrent files: each path answers
// with a fixed status, headers and body, or never answers at all, or trickles its body.
class TinyHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Reply
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        bool hang = false;         // read the request, then say nothing
        qint64 announcedSize = -1; // Content-Length to claim instead of body.size()
        int trickleMs = 0;         // send the body one byte at a time, this far apart
    };

    explicit TinyHttpServer(QObject *parent = nullptr);

    void route(const QByteArray &path, const Reply &reply) { m_routes.insert(path, reply); }
    QString url(const QString &path) const;
    quint16 port() const { return m_server.serverPort(); }

private:
    void answer(QTcpSocket *socket);

    QTcpServer m_server;
    QHash<QByteArray, Reply> m_routes;
};

} // namespace swarmplay::test
