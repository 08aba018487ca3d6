#include "benchhttp.h"

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QJsonDocument>

#include "benchsamples.h"

namespace swarmplay::bench {

QJsonObject BenchHttp::Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

BenchHttp::BenchHttp(const QUrl &api, const QByteArray &token, int timeoutMs)
    : m_host(api.host().toLatin1())
    , m_port(quint16(api.port()))
    , m_prefix(api.path().toLatin1())
    , m_token(token)
    , m_timeoutMs(timeoutMs)
{}

BenchHttp::~BenchHttp()
{
    closeSocket();
}

BenchHttp::Reply BenchHttp::get(const QByteArray &path)
{
    return send("GET", path, {}, {});
}

BenchHttp::Reply BenchHttp::postJson(const QByteArray &path, const QJsonObject &body)
{
    return send("POST", path, "application/json",
                QJsonDocument(body).toJson(QJsonDocument::Compact));
}

BenchHttp::Reply BenchHttp::patchJson(const QByteArray &path, const QJsonObject &body)
{
    return send("PATCH", path, "application/json",
                QJsonDocument(body).toJson(QJsonDocument::Compact));
}

BenchHttp::Reply BenchHttp::postTorrent(const QByteArray &path, const QByteArray &torrent)
{
    return send("POST", path, "application/x-bittorrent", torrent);
}

BenchHttp::Reply BenchHttp::send(const QByteArray &method, const QByteArray &path,
                                 const QByteArray &contentType, const QByteArray &body)
{
    QByteArray request = method + ' ' + m_prefix + path + " HTTP/1.1\r\nHost: " + m_host + ':' +
                         QByteArray::number(m_port) + "\r\nAuthorization: Bearer " + m_token +
                         "\r\n";
    if (!contentType.isEmpty())
        request += "Content-Type: " + contentType + "\r\n";
    if (method != "GET")
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += "\r\n" + body;

    Reply reply;
    // A kept-alive connection the server has closed meanwhile gets one more try on a new one.
    for (int attempt = 0; attempt < 2; ++attempt) {
        const bool fresh = m_fd < 0;
        if (fresh && !connectSocket(&reply.error))
            return reply;
        reply = Reply();
        reply.sentMs = nowMs();
        bool nothingRead = false;
        if (writeAll(request) && readReply(&reply, reply.sentMs + m_timeoutMs, &nothingRead)) {
            reply.doneMs = nowMs();
            if (m_closeAfter)
                closeSocket();
            return reply;
        }
        closeSocket();
        if (fresh || !nothingRead)
            break;
    }
    if (reply.error.isEmpty())
        reply.error = QStringLiteral("the connection broke");
    reply.status = 0;
    return reply;
}

bool BenchHttp::connectSocket(QString *error)
{
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr = {};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(m_port);
    if (m_fd < 0 || ::inet_pton(AF_INET, m_host.constData(), &addr.sin_addr) != 1 ||
        ::connect(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        *error = QStringLiteral("cannot connect to %1:%2: %3")
                     .arg(QString::fromLatin1(m_host))
                     .arg(m_port)
                     .arg(QString::fromLocal8Bit(strerror(errno)));
        closeSocket();
        return false;
    }
    const int one = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    m_buffer.clear();
    m_closeAfter = false;
    return true;
}

void BenchHttp::closeSocket()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_buffer.clear();
}

bool BenchHttp::writeAll(const QByteArray &bytes)
{
    qint64 done = 0;
    while (done < bytes.size()) {
        const ssize_t n =
            ::send(m_fd, bytes.constData() + done, std::size_t(bytes.size() - done), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

bool BenchHttp::fill(double deadlineMs)
{
    for (;;) {
        const int left = int(deadlineMs - nowMs());
        if (left <= 0)
            return false;
        pollfd p = {m_fd, POLLIN, 0};
        const int ready = ::poll(&p, 1, left);
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0)
            return false;
        char chunk[65536];
        const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        m_buffer.append(chunk, int(n));
        return true;
    }
}

bool BenchHttp::readReply(Reply *reply, double deadlineMs, bool *nothingRead)
{
    int headEnd = m_buffer.indexOf("\r\n\r\n");
    while (headEnd < 0) {
        if (!fill(deadlineMs)) {
            *nothingRead = m_buffer.isEmpty();
            reply->error = nowMs() >= deadlineMs ? QStringLiteral("no answer in time")
                                                 : QStringLiteral("the connection ended");
            return false;
        }
        headEnd = m_buffer.indexOf("\r\n\r\n");
    }
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    reply->status = lines.value(0).split(' ').value(1).toInt();
    qint64 length = -1;
    m_closeAfter = false;
    for (const QByteArray &line : lines.mid(1)) {
        const int colon = line.indexOf(':');
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed().toLower();
        if (name == "content-length")
            length = value.toLongLong();
        else if (name == "connection" && value == "close")
            m_closeAfter = true;
    }
    m_buffer.remove(0, headEnd + 4);
    if (length < 0) {
        // Answers of the control API always say their length; without it the body ends with
        // the connection.
        while (fill(deadlineMs)) {
        }
        m_closeAfter = true;
        length = m_buffer.size();
    }
    while (m_buffer.size() < length) {
        if (!fill(deadlineMs)) {
            reply->error = QStringLiteral("the answer's body did not come in time");
            return false;
        }
    }
    reply->body = m_buffer.left(int(length));
    m_buffer.remove(0, int(length));
    return true;
}

} // namespace swarmplay::bench
