#pragma once

// A raw HTTP/1.1 client for the loopback server's tests: sends exactly the bytes a player (or an
// attacker) would, reads answers with bounded waits, and counts answers with CORS headers.

#include <limits>

#include <QElapsedTimer>
#include <QList>
#include <QPair>
#include <QTcpSocket>

#include "testtime.h"

namespace swarmplay::test {

// Answers seen by every test that carried an Access-Control-* header; a test wants none.
inline int g_corsAnswers = 0;

// A raw HTTP client, so tests send exactly the bytes a player would (or an attacker).
class Client
{
public:
    static constexpr qint64 kUnbounded = std::numeric_limits<qint64>::max();

    struct Reply
    {
        int status = 0;
        QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
        QByteArray body;
        qint64 contentLength = -1;

        QByteArray header(const QByteArray &name) const
        {
            for (const auto &h : headers) {
                if (h.first == name)
                    return h.second;
            }
            return {};
        }
        bool has(const QByteArray &name) const
        {
            for (const auto &h : headers) {
                if (h.first == name)
                    return true;
            }
            return false;
        }
    };

    explicit Client(quint16 port, const QHostAddress &host = QHostAddress::LocalHost)
    {
        m_socket.connectToHost(host, port);
        m_socket.waitForConnected(scaledMs(5000));
    }

    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QTcpSocket &socket() { return m_socket; }

    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.waitForBytesWritten(scaledMs(5000));
    }

    // Reads a status line and headers; false on timeout or a connection closed first.
    bool readHeader(int timeoutMs = 5000)
    {
        m_reply = Reply();
        if (!fill([this] { return m_pending.contains("\r\n\r\n"); }, timeoutMs))
            return false;
        const int end = m_pending.indexOf("\r\n\r\n");
        const QList<QByteArray> lines = m_pending.left(end).split('\n');
        m_pending.remove(0, end + 4);
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        if (statusLine.size() < 2 || !statusLine[0].startsWith("HTTP/1."))
            return false;
        m_reply.status = statusLine[1].toInt();
        for (int i = 1; i < lines.size(); ++i) {
            const int colon = lines[i].indexOf(':');
            if (colon > 0)
                m_reply.headers << qMakePair(lines[i].left(colon).trimmed().toLower(),
                                             lines[i].mid(colon + 1).trimmed());
        }
        m_reply.contentLength =
            m_reply.has("content-length") ? m_reply.header("content-length").toLongLong() : -1;
        for (const auto &h : std::as_const(m_reply.headers)) {
            if (h.first.startsWith("access-control-")) {
                ++g_corsAnswers;
                break;
            }
        }
        return true;
    }

    // Moves body bytes of the current reply until it has `wanted` of them (or all of them).
    qint64 readBody(qint64 wanted, int timeoutMs = 5000)
    {
        const qint64 total = m_reply.contentLength < 0 ? kUnbounded : m_reply.contentLength;
        wanted = qMin(wanted, total);
        fill(
            [&] {
                const qint64 take = qMin<qint64>(m_pending.size(), total - m_reply.body.size());
                m_reply.body += m_pending.left(take);
                m_pending.remove(0, take);
                return m_reply.body.size() >= wanted;
            },
            timeoutMs);
        return m_reply.body.size();
    }

    // A whole reply; for HEAD the body is left alone.
    Reply reply(bool head = false, int timeoutMs = 10000)
    {
        if (!readHeader(timeoutMs))
            return Reply();
        if (!head)
            readBody(kUnbounded, timeoutMs);
        return m_reply;
    }
    const Reply &current() const { return m_reply; }

    bool waitClosed(int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (isConnected() && timer.elapsed() < scaledMs(timeoutMs)) {
            m_socket.waitForReadyRead(50);
            m_pending += m_socket.readAll();
        }
        return !isConnected();
    }
    // Expected to pass the whole time: not scaled.
    bool silentFor(int ms)
    {
        m_socket.waitForReadyRead(ms);
        return m_socket.bytesAvailable() == 0 && m_pending.isEmpty();
    }

private:
    template <typename Done> bool fill(Done done, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (!done()) {
            const qint64 left = scaledMs(timeoutMs) - timer.elapsed();
            if (left <= 0)
                return false;
            if (!m_socket.waitForReadyRead(int(qMin<qint64>(left, 100))) && !isConnected()) {
                m_pending += m_socket.readAll();
                return done();
            }
            m_pending += m_socket.readAll();
        }
        return true;
    }

    QTcpSocket m_socket;
    QByteArray m_pending;
    Reply m_reply;
};

using Reply = Client::Reply;

} // namespace swarmplay::test
