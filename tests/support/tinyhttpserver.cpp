#include "tinyhttpserver.h"

#include <QTcpSocket>
#include <QTimer>

namespace swarmplay::test {

TinyHttpServer::TinyHttpServer(QObject *parent)
    : QObject(parent)
{
    if (!m_server.listen(QHostAddress::LocalHost))
        qFatal("TinyHttpServer: cannot listen");
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

QString TinyHttpServer::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
}

void TinyHttpServer::answer(QTcpSocket *socket)
{
    const QByteArray request = socket->peek(64 * 1024);
    if (!request.contains("\r\n\r\n"))
        return;
    socket->readAll();
    const QList<QByteArray> firstLine = request.left(request.indexOf("\r\n")).split(' ');
    const QByteArray path = firstLine.value(1);
    if (!m_routes.contains(path)) {
        socket->write("HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n");
        socket->disconnectFromHost();
        return;
    }
    const Reply reply = m_routes.value(path);
    if (reply.hang)
        return;
    QByteArray head = "HTTP/1.0 " + QByteArray::number(reply.status) + " Status\r\n";
    for (const auto &h : reply.headers)
        head += h.first + ": " + h.second + "\r\n";
    const qint64 size = reply.announcedSize >= 0 ? reply.announcedSize : reply.body.size();
    head += "Content-Length: " + QByteArray::number(size) + "\r\n\r\n";
    socket->write(head);
    if (reply.trickleMs > 0) {
        // Parented to the socket: a client that gives up stops it.
        auto *timer = new QTimer(socket);
        timer->setInterval(reply.trickleMs);
        connect(timer, &QTimer::timeout, socket,
                [socket, timer, body = reply.body, sent = 0]() mutable {
                    if (sent < body.size()) {
                        socket->write(body.mid(sent++, 1));
                        return;
                    }
                    timer->stop();
                    socket->disconnectFromHost();
                });
        timer->start();
        return;
    }
    socket->write(reply.body);
    if (reply.announcedSize < 0)
        socket->disconnectFromHost();
}

} // namespace swarmplay::test
