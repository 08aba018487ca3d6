// The loopback server under what a hostile local program or many players bring: half-sent
// requests, idle keep-alive connections, ranges that wait for pieces while other clients are
// served, and hang-ups while waiting (with a real StreamCatalog, as the planner sees them).

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QtTest>

#include "disktorrent.h"
#include "fakestreamsource.h"
#include "http/streamserver.h"
#include "rawhttpclient.h"
#include "testutil.h"

using namespace swarmplay;
using namespace swarmplay::test;

namespace {

QByteArray getRequest(const StreamServer &server, int index, const QByteArray &range = {})
{
    return rawRequest("GET", server.streamUrl(kKey, index).path(QUrl::FullyEncoded).toLatin1(),
                      server.port(),
                      range.isEmpty() ? QByteArray() : "Range: bytes=" + range + "\r\n");
}

} // namespace

class tst_StreamServerAsync : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void halfSentRequestsDoNotDelayNewClients();
    void idleKeepAliveConnectionsAddNoThread();
    void waitingRangeDoesNotHoldUpOthers();
    void rangeWaitsForPieceOnDisk();
    void hangUpWhileWaitingReleasesReader_data();
    void hangUpWhileWaitingReleasesReader();

private:
    FakeSource m_source;
};

void tst_StreamServerAsync::init()
{
    m_source.reset();
    QTRY_COMPARE_WITH_TIMEOUT(m_source.live(), 0, scaledMs(3000));
}

void tst_StreamServerAsync::cleanup()
{
    QCOMPARE(g_corsAnswers, 0);
}

void tst_StreamServerAsync::halfSentRequestsDoNotDelayNewClients()
{
    // What a hostile local program does: many connections, each stopping mid-request. With the
    // default idle timeout (60 s) every one of them stays open throughout.
    StreamServer server(&m_source);
    QVERIFY(server.listen());
    const int threads = threadCount();
    std::vector<std::unique_ptr<QTcpSocket>> stalled;
    const QByteArray partial = getRequest(server, 4).left(40);
    for (int i = 0; i < 300; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(socket->waitForConnected(scaledMs(5000)));
        socket->write(partial);
        QVERIFY(socket->waitForBytesWritten(scaledMs(5000)));
        stalled.push_back(std::move(socket));
    }

    QElapsedTimer timer;
    timer.start();
    Client c(server.port());
    QVERIFY(c.isConnected());
    c.send(getRequest(server, 4));
    const Reply r = c.reply(false, 5000);
    QCOMPARE(r.status, 200);
    QVERIFY(r.body == m_source.content(4));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));

    QCOMPARE(threadCount(), threads);
    for (const auto &socket : stalled)
        QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
}

void tst_StreamServerAsync::idleKeepAliveConnectionsAddNoThread()
{
    const int before = threadCount();
    StreamServer server(&m_source);
    QVERIFY(server.listen());
    QCOMPARE(threadCount(), before + 1); // one thread serves every connection

    std::vector<std::unique_ptr<Client>> clients;
    for (int i = 0; i < 100; ++i) {
        clients.push_back(std::make_unique<Client>(server.port()));
        clients.back()->send(getRequest(server, 6));
        const Reply r = clients.back()->reply();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, m_source.content(6));
    }
    QCOMPARE(threadCount(), before + 1);

    // Kept alive, each serves its next request.
    for (const auto &client : clients) {
        QVERIFY(client->isConnected());
        client->send(getRequest(server, 6, "0-9"));
    }
    for (const auto &client : clients)
        QCOMPARE(client->reply().body, m_source.content(6).left(10));
    QCOMPARE(threadCount(), before + 1);
}

void tst_StreamServerAsync::waitingRangeDoesNotHoldUpOthers()
{
    StreamServer server(&m_source);
    QVERIFY(server.listen());
    m_source.setGate(1024 * 1024);
    Client waiting(server.port());
    waiting.send(getRequest(server, 0, "2000000-2000999"));
    QVERIFY(waiting.readHeader());
    QCOMPARE(waiting.current().status, 206);
    QTRY_COMPARE_WITH_TIMEOUT(m_source.waiting(), 1, scaledMs(2000));

    // Others are served meanwhile, from bytes that are there.
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        Client other(server.port());
        other.send(getRequest(server, 0, "1000-1999"));
        QCOMPARE(other.reply(false, 3000).body, m_source.content(0).mid(1000, 1000));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    }
    QCOMPARE(waiting.readBody(1, 200), 0);
    QCOMPARE(m_source.waiting(), 1);

    m_source.setGate(kOpen); // the piece is marked ready
    QCOMPARE(waiting.readBody(1000, 3000), 1000);
    QVERIFY(waiting.current().body == m_source.content(0).mid(2000000, 1000));
    QCOMPARE(m_source.waiting(), 0);
    QVERIFY(waiting.isConnected()); // kept alive
}

void tst_StreamServerAsync::rangeWaitsForPieceOnDisk()
{
    DiskTorrent t;
    StreamServer server(t.catalog.get());
    QVERIFY(server.listen());
    const qint64 offset = 2 * DiskTorrent::kPieceLength + 100;
    Client waiting(server.port());
    waiting.send(getRequest(server, 0, QByteArray::number(offset) + '-'));
    QVERIFY(waiting.readHeader());
    QCOMPARE(waiting.current().status, 206);
    // The planner sees this HTTP reader as it saw a blocked read: waiting at its offset.
    QTRY_VERIFY_WITH_TIMEOUT(t.readerAt(offset) && t.readerAt(offset)->waiting, scaledMs(2000));
    QCOMPARE(t.readerAt(offset)->role, ReaderRole::Http);

    t.pieces->setHave(0);
    Client other(server.port());
    other.send(getRequest(server, 0, "0-99"));
    QCOMPARE(other.reply(false, 3000).body, t.content.left(100));
    QVERIFY(t.readerAt(offset)->waiting);

    t.pieces->setHave(2);
    const qint64 inPiece2 = 3 * DiskTorrent::kPieceLength - offset;
    QCOMPARE(waiting.readBody(inPiece2, 3000), inPiece2);
    QVERIFY(waiting.current().body == t.content.mid(offset, inPiece2));
    QVERIFY(waiting.silentFor(200)); // piece 3 is not there
    t.pieces->setHave(3);
    const qint64 rest = t.content.size() - offset;
    QCOMPARE(waiting.readBody(rest, 3000), rest);
    QVERIFY(waiting.current().body == t.content.mid(offset));
    QTRY_COMPARE_WITH_TIMEOUT(t.catalog->readersOf(kKey, 0).size(), 0, scaledMs(2000));
}

void tst_StreamServerAsync::hangUpWhileWaitingReleasesReader_data()
{
    QTest::addColumn<bool>("reset");
    QTest::newRow("close") << false;
    QTest::newRow("reset") << true;
}

void tst_StreamServerAsync::hangUpWhileWaitingReleasesReader()
{
    QFETCH(bool, reset);
    DiskTorrent t;
    StreamServer server(t.catalog.get());
    QVERIFY(server.listen());
    auto c = std::make_unique<Client>(server.port());
    c->send(getRequest(server, 0, "70000-"));
    QVERIFY(c->readHeader());
    QTRY_VERIFY_WITH_TIMEOUT(t.readerAt(70000) && t.readerAt(70000)->waiting, scaledMs(2000));

    QElapsedTimer timer;
    timer.start();
    if (reset)
        c->socket().abort();
    else
        c->socket().disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(t.catalog->readersOf(kKey, 0).size(), 0, scaledMs(2000));
    QVERIFY2(timer.elapsed() < scaledMs(500), qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(tst_StreamServerAsync)
#include "tst_streamserverasync.moc"
