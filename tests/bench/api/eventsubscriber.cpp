#include "eventsubscriber.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "arrivallog.h"
#include "benchsamples.h"

namespace swarmplay::bench {

EventSubscriber::EventSubscriber(int index, const QString &host, quint16 port,
                                 const QByteArray &token, ArrivalLog *log, QObject *parent)
    : QObject(parent)
    , m_index(index)
    , m_host(host)
    , m_port(port)
    , m_token(token)
    , m_log(log)
    , m_socket(this)
{
    connect(&m_socket, &QTcpSocket::connected, this, &EventSubscriber::sendRequest);
    connect(&m_socket, &QTcpSocket::readyRead, this, &EventSubscriber::readAvailable);
    connect(&m_socket, &QTcpSocket::disconnected, this,
            [this] { gone(QStringLiteral("the server closed the stream")); });
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] { gone(m_socket.errorString()); });
}

EventSubscriber::~EventSubscriber()
{
    // Closing on purpose is not the server ending the stream.
    m_socket.disconnect(this);
    m_socket.abort();
}

void EventSubscriber::open()
{
    m_socket.connectToHost(m_host, m_port);
}

void EventSubscriber::sendRequest()
{
    m_socket.write("GET /api/v1/events HTTP/1.1\r\nHost: " + m_host.toLatin1() + ':' +
                   QByteArray::number(m_port) + "\r\nAuthorization: Bearer " + m_token +
                   "\r\nAccept: text/event-stream\r\n\r\n");
}

void EventSubscriber::readAvailable()
{
    // One time for everything read at once: what came in one read arrived together.
    const double ms = nowMs();
    QByteArray bytes = m_socket.readAll();
    if (!m_headDone) {
        m_head += bytes;
        if (!readHead())
            return;
        bytes = m_head;
        m_head.clear();
    }
    for (const SseReader::Frame &frame : m_reader.feed(bytes))
        handle(frame, ms);
}

bool EventSubscriber::readHead()
{
    const int end = m_head.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QByteArray statusLine = m_head.left(m_head.indexOf("\r\n"));
    if (statusLine.split(' ').value(1) != "200") {
        gone(QStringLiteral("answered \"%1\"").arg(QString::fromLatin1(statusLine)));
        m_socket.abort();
        return false;
    }
    m_headDone = true;
    m_head.remove(0, end + 4);
    return true;
}

void EventSubscriber::handle(const SseReader::Frame &frame, double ms)
{
    if (frame.type == "snapshot") {
        m_log->snapshotIn(m_index, frame.bytes);
        return;
    }
    const QJsonObject data = QJsonDocument::fromJson(frame.data).object();
    if (frame.type == "dropped")
        gone(QStringLiteral("dropped: %1").arg(data.value(QStringLiteral("reason")).toString()));
    const QString key = frame.type == "stream" ? data.value(QStringLiteral("id")).toString()
                                               : data.value(QStringLiteral("info_hash")).toString();
    m_log->record(m_index, frame.type, key, data.value(QStringLiteral("state")).toString(), ms);
}

void EventSubscriber::gone(const QString &why)
{
    if (m_gone)
        return;
    m_gone = true;
    m_log->subscriberGone(m_index, why);
}

} // namespace swarmplay::bench
