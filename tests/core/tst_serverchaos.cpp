// The loopback server under what a hostile local program does at scale: a thousand idle or
// half-sent connections held open while a player reads and a new client asks (both answered,
// on the server's one thread), and thousands of damaged requests (cut, bit-flipped, numbers
// and headers mangled) that must neither crash nor wedge it.

#include <sys/resource.h>
#include <sys/socket.h>

#include <QElapsedTimer>
#include <QMap>
#include <QTcpSocket>
#include <QtTest>

#include "fakestreamsource.h"
#include "http/streamserver.h"
#include "rawhttpclient.h"
#include "sourcemutator.h"
#include "testutil.h"

using namespace swarmplay;
using namespace swarmplay::test;

namespace {

constexpr int Connections = 1000;

// Damage the way a fuzzer or a broken client does it, to a request's bytes.
QByteArray mutateRequest(SourceMutator &m, QByteArray b)
{
    static const QByteArrayList numbers = {"-1", "0",  "18446744073709551616",    "1e9",
                                           "",   "+5", "99999999999999999999999", "0x10",
                                           "-0", " 7"};
    static const QByteArrayList lines = {
        "Range: bytes=0-0,1-1,2-2,3-3,4-4,5-5,6-6,7-7,8-8\r\n",
        "Range: bytes=-\r\n",
        "Range: bytes=5-2\r\n",
        "Range: items=0-9\r\n",
        "If-Range: \"x\"\r\n",
        "If-Range: Thu, 01 Jan 1970 00:00:00 GMT\r\n",
        "Host: evil.example\r\n",
        "Host: 127.0.0.1:1\r\n",
        "Origin: http://evil.example\r\n",
        "Transfer-Encoding: chunked\r\n",
        "Content-Length: 99999999999\r\n",
        "Content-Length: -4\r\n",
        "Expect: 100-continue\r\n",
        "Connection: upgrade\r\n",
        "X: " + QByteArray(70000, 'a') + "\r\n",
        "\r\n",
        ": empty-name\r\n",
        "No-Colon\r\n",
    };
    const int rounds = 1 + m.below(3);
    for (int i = 0; i < rounds && !b.isEmpty(); ++i) {
        const int at = m.below(int(b.size()));
        switch (m.below(7)) {
        case 0:
            b[at] = char(b[at] ^ char(1 << m.below(8)));
            break;
        case 1:
            b.truncate(at);
            break;
        case 2:
            b.insert(at, " :\r\n\0%/-.?#"[m.below(11)]);
            break;
        case 3: { // a number replaced
            int digit = -1;
            for (int k = at; k < b.size(); ++k) {
                if (std::isdigit(static_cast<unsigned char>(b[k]))) {
                    digit = k;
                    break;
                }
            }
            if (digit < 0)
                break;
            int end = digit;
            while (end < b.size() && std::isdigit(static_cast<unsigned char>(b[end])))
                ++end;
            b.replace(digit, end - digit, numbers[m.below(int(numbers.size()))]);
            break;
        }
        case 4: { // a header line added after the request line
            const int eol = b.indexOf("\r\n");
            if (eol >= 0)
                b.insert(eol + 2, lines[m.below(int(lines.size()))]);
            break;
        }
        case 5: // the method changed
            b.replace(0, b.indexOf(' ') < 0 ? 0 : b.indexOf(' '),
                      QByteArrayList{"POST", "PUT", "DELETE", "OPTIONS", "TRACE", "CONNECT", "get",
                                     "G\0T", ""}[m.below(9)]);
            break;
        case 6: // the target's path cut or doubled
            b.insert(at, QByteArrayList{"/..", "%00", "%2e%2e/", "//", "?a=b&"}[m.below(5)]);
            break;
        }
    }
    return b;
}

} // namespace

class tst_ServerChaos : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void thousandStalledConnectionsStillServePlayerAndNewClient();
    void mutatedRequestsNeitherCrashNorWedge();

private:
    QByteArray request(const StreamServer &server, int index, const QByteArray &extra) const;
    FakeSource m_source;
};

void tst_ServerChaos::initTestCase()
{
    // Each connection is a descriptor on both ends, in this one process.
    rlimit limit = {};
    QCOMPARE(::getrlimit(RLIMIT_NOFILE, &limit), 0);
    const rlim_t wanted = 2 * Connections + 512;
    if (limit.rlim_cur < wanted) {
        if (limit.rlim_max < wanted)
            QSKIP("the hard limit on open files is below 2,512; raise it (ulimit -Hn)");
        limit.rlim_cur = wanted;
        QCOMPARE(::setrlimit(RLIMIT_NOFILE, &limit), 0);
    }
}

QByteArray tst_ServerChaos::request(const StreamServer &server, int index,
                                    const QByteArray &extra) const
{
    return rawRequest("GET", server.streamUrl(kKey, index).path(QUrl::FullyEncoded).toLatin1(),
                      server.port(), extra);
}

void tst_ServerChaos::thousandStalledConnectionsStillServePlayerAndNewClient()
{
    m_source.reset();
    StreamServer server(&m_source);
    QVERIFY(server.listen());
    const int threads = threadCount();

    // A player reads a part that is not downloaded yet.
    m_source.setGate(1024 * 1024);
    Client player(server.port());
    player.send(request(server, 0, "Range: bytes=2000000-2099999\r\n"));
    QVERIFY(player.readHeader());
    QCOMPARE(player.current().status, 206);
    QTRY_COMPARE_WITH_TIMEOUT(m_source.waiting(), 1, scaledMs(3000));

    // A thousand connections: half say nothing, half stop mid-request.
    const QByteArray partial = request(server, 4, {}).left(40);
    std::vector<std::unique_ptr<QTcpSocket>> stalled;
    for (int i = 0; i < Connections; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY2(socket->waitForConnected(scaledMs(5000)), qPrintable(QString::number(i)));
        if (i % 2) {
            socket->write(partial);
            QVERIFY(socket->waitForBytesWritten(scaledMs(5000)));
        }
        stalled.push_back(std::move(socket));
    }

    // A new client is answered...
    QElapsedTimer clock;
    clock.start();
    Client fresh(server.port());
    fresh.send(request(server, 4, {}));
    const Client::Reply r = fresh.reply(false, 5000);
    QCOMPARE(r.status, 200);
    QVERIFY(r.body == m_source.content(4));
    const qint64 freshMs = clock.elapsed();

    // ...and the player's bytes go out as soon as they are there.
    clock.restart();
    m_source.setGate(kMovieSize);
    QCOMPARE(player.readBody(100000, 5000), 100000);
    QVERIFY(player.current().body == m_source.content(0).mid(2000000, 100000));
    const qint64 playerMs = clock.elapsed();
    qInfo("with %d stalled connections: a new client answered in %lld ms, the waiting player "
          "served %lld ms after its bytes came; %d threads before and after",
          Connections, freshMs, playerMs, threads);
    QVERIFY2(freshMs < scaledMs(2000) && playerMs < scaledMs(2000),
             qPrintable(QStringLiteral("%1 / %2 ms").arg(freshMs).arg(playerMs)));
    QCOMPARE(threadCount(), threads); // the server's one thread serves them all
    int open = 0;
    for (const auto &socket : stalled)
        open += socket->state() == QAbstractSocket::ConnectedState ? 1 : 0;
    QCOMPARE(open, Connections);
    QCOMPARE(g_corsAnswers, 0);
}

void tst_ServerChaos::mutatedRequestsNeitherCrashNorWedge()
{
    m_source.reset();
    StreamServer server(&m_source);
    QVERIFY(server.listen());
    const int threads = threadCount();
    const QByteArrayList seeds = {
        request(server, 0, "Range: bytes=1000-1999\r\n"),
        request(server, 2, "Range: bytes=-500\r\nIf-Range: \"abc\"\r\n"),
        request(server, 6, "Range: bytes=10-\r\n"),
        rawRequest("HEAD", server.streamUrl(kKey, 4).path(QUrl::FullyEncoded).toLatin1(),
                   server.port()),
        rawRequest("GET", server.playlistUrl(kKey).path(QUrl::FullyEncoded).toLatin1(),
                   server.port()),
        request(server, 1, "Connection: close\r\n"),
    };
    const int count = 3000;
    SourceMutator mutator(20261206);
    QMap<int, int> statuses; // 0: closed without an answer
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < count; ++i) {
        const QByteArray bytes = mutateRequest(mutator, seeds[i % seeds.size()]);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(socket.waitForConnected(scaledMs(5000)));
        socket.write(bytes);
        socket.waitForBytesWritten(scaledMs(2000));
        // Done sending: the server sees the end of the request stream.
        ::shutdown(int(socket.socketDescriptor()), SHUT_WR);
        QByteArray answer;
        QElapsedTimer wait;
        wait.start();
        while (socket.state() == QAbstractSocket::ConnectedState &&
               wait.elapsed() < scaledMs(3000)) {
            socket.waitForReadyRead(100);
            answer += socket.readAll();
        }
        answer += socket.readAll();
        QVERIFY2(socket.state() != QAbstractSocket::ConnectedState,
                 qPrintable(QStringLiteral("request %1 left the connection open: %2")
                                .arg(i)
                                .arg(QString::fromLatin1(bytes.left(200).toPercentEncoding()))));
        const QList<QByteArray> status = answer.left(answer.indexOf("\r\n")).split(' ');
        ++statuses[status.value(0).startsWith("HTTP/1.") ? status.value(1).toInt() : 0];
        if (answer.contains("\r\nAccess-Control-") || answer.contains("\r\naccess-control-"))
            ++g_corsAnswers;
    }
    QStringList summary;
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
        summary << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
    qInfo("%d mutated requests in %lld ms; answers %s", count, clock.elapsed(),
          qPrintable(summary.join(QStringLiteral(", "))));

    // Still serving, on as many threads, with every reader released.
    Client after(server.port());
    after.send(request(server, 0, "Range: bytes=0-99\r\n"));
    const Client::Reply r = after.reply();
    QCOMPARE(r.status, 206);
    QVERIFY(r.body == m_source.content(0).left(100));
    QCOMPARE(threadCount(), threads);
    QTRY_COMPARE_WITH_TIMEOUT(m_source.live(), 0, scaledMs(3000));
    QVERIFY(!statuses.contains(500));
    QCOMPARE(g_corsAnswers, 0);
}

QTEST_GUILESS_MAIN(tst_ServerChaos)
#include "tst_serverchaos.moc"
