// The loopback stream server as VLC, mpv or ffmpeg sees it: RFC 9110 ranges, HEAD, keep-alive,
// bytes that arrive while the file downloads, hang-ups that free their reader, a torrent that goes
// away mid-answer, and the security rules (Host, token, methods, no CORS, loopback only).

#include <QElapsedTimer>
#include <QNetworkInterface>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include "fakestreamsource.h"
#include "http/httprange.h"
#include "http/mimetypes.h"
#include "http/streamrouter.h"
#include "http/streamserver.h"
#include "rawhttpclient.h"
#include "testutil.h"

using namespace swarmplay;
using namespace swarmplay::test;

class tst_StreamServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void urls();
    void headGivesHeadersOnly();
    void wholeFile();
    void ranges_data();
    void ranges();
    void unsatisfiable_data();
    void unsatisfiable();
    void malformedRangeServesAll_data();
    void malformedRangeServesAll();
    void ifRange_data();
    void ifRange();
    void tagChangesWhenReadBytesFail();
    void emptyFile();
    void contentTypes_data();
    void contentTypes();
    void servedContentTypes();
    void notFound_data();
    void notFound();
    void hostHeader_data();
    void hostHeader();
    void methods_data();
    void methods();
    void badRequests();
    void noCorsForCrossOriginRequests();
    void keepAlive();
    void http10AndConnectionCloseClose();
    void twoClientsAtOnce();
    void blockedGetDeliversOnRelease();
    void hangUpAbortsReader_data();
    void hangUpAbortsReader();
    void closedReaderClosesConnection();
    void playlist();
    void refusesNonLoopback();
    void explicitLoopbackAddress();
    void ipv6Loopback();
    void idleConnectionTimesOut();
    void closeIsPromptWithBlockedClients();
    void tooManyConnections();
    void rangeParser();

private:
    QByteArray path(int index = 0) const
    {
        return m_server->streamUrl(kKey, index).path(QUrl::FullyEncoded).toLatin1();
    }
    QByteArray request(const QByteArray &method, const QByteArray &target,
                       const QByteArray &extra = {}) const
    {
        return rawRequest(method, target, m_server->port(), extra);
    }
    Reply fetch(const QByteArray &raw, bool head = false)
    {
        Client c(m_server->port());
        c.send(raw);
        return c.reply(head);
    }

    FakeSource m_source;
    std::unique_ptr<StreamServer> m_server;
};

void tst_StreamServer::initTestCase()
{
    m_server = std::make_unique<StreamServer>(&m_source);
    QString error;
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    QVERIFY(m_server->isListening());
    QVERIFY(m_server->port() != 0);
}

void tst_StreamServer::init()
{
    m_source.reset();
    // Readers of the previous test are gone before this one counts.
    QTRY_COMPARE_WITH_TIMEOUT(m_source.live(), 0, scaledMs(3000));
}

void tst_StreamServer::cleanup()
{
    QCOMPARE(g_corsAnswers, 0);
}

void tst_StreamServer::urls()
{
    const QString secret = m_server->token();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(secret).hasMatch());
    QVERIFY(StreamServer(&m_source).token() != secret);
    // Each URL has a token of its own, and none is the secret.
    const auto token = [&](int index) {
        return QString::fromLatin1(StreamRouter::urlToken(secret.toLatin1(), kKey, index));
    };
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(token(0)).hasMatch());
    QCOMPARE(QSet<QString>({token(0), token(2), token(-1), secret}).size(), 4);

    const QString base = QStringLiteral("http://127.0.0.1:%1/").arg(m_server->port());
    QCOMPARE(m_server->streamUrl(kKey, 0).toString(QUrl::FullyEncoded),
             base + "stream/" + token(0) + '/' + kKey + "/0/movie.mkv");
    QCOMPARE(m_server->streamUrl(kKey.toUpper(), 2).toString(QUrl::FullyEncoded),
             base + "stream/" + token(2) + '/' + kKey + "/2/01%20th%C3%A8me.mp3");
    QCOMPARE(m_server->streamUrl(kKey, 6).toString(QUrl::FullyEncoded),
             base + "stream/" + token(6) + '/' + kKey + "/6/50%25%20off%20%231%3F.m4v");
    QCOMPARE(m_server->playlistUrl(kKey).toString(QUrl::FullyEncoded),
             base + "playlist/" + token(-1) + '/' + kKey + ".m3u");

    // Every name survives the round trip, even one with '%', '#' and '?'.
    const Reply r = fetch(request("GET", path(6)));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, m_source.content(6));
}

void tst_StreamServer::headGivesHeadersOnly()
{
    const int opened = m_source.opened();
    Client c(m_server->port());
    c.send(request("HEAD", path()));
    const Reply head = c.reply(true);
    QCOMPARE(head.status, 200);
    QCOMPARE(head.contentLength, kMovieSize);
    QCOMPARE(head.header("content-type"), QByteArray("video/x-matroska"));
    QCOMPARE(head.header("accept-ranges"), QByteArray("bytes"));
    QCOMPARE(head.header("etag"),
             '"' + kKey.toLatin1() + "-0-" + QByteArray::number(kMovieSize) + '"');
    QVERIFY(head.header("date").endsWith(" GMT"));
    QVERIFY(!head.has("content-range"));
    QVERIFY(c.silentFor(300));           // no body
    QCOMPARE(m_source.opened(), opened); // HEAD opens no reader (no download priority moves)

    // HEAD with a range answers like GET would, and the connection goes on.
    c.send(request("HEAD", path(), "Range: bytes=10-19\r\n"));
    const Reply ranged = c.reply(true);
    QCOMPARE(ranged.status, 206);
    QCOMPARE(ranged.contentLength, 10);
    QCOMPARE(ranged.header("content-range"), "bytes 10-19/" + QByteArray::number(kMovieSize));
    c.send(request("GET", path(), "Range: bytes=0-9\r\n"));
    const Reply get = c.reply();
    QCOMPARE(get.status, 206);
    QCOMPARE(get.body, m_source.content(0).left(10));
}

void tst_StreamServer::wholeFile()
{
    const Reply r = fetch(request("GET", path()));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.contentLength, kMovieSize);
    QVERIFY(!r.has("content-range"));
    QCOMPARE(r.body.size(), kMovieSize);
    QVERIFY(r.body == m_source.content(0));
}

void tst_StreamServer::ranges_data()
{
    QTest::addColumn<QByteArray>("range");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    const qint64 end = kMovieSize - 1;
    QTest::newRow("a-b") << QByteArray("bytes=0-99") << qint64(0) << qint64(99);
    QTest::newRow("a-b middle") << QByteArray("bytes=1000000-2000000") << qint64(1000000)
                                << qint64(2000000);
    QTest::newRow("a-a") << QByteArray("bytes=0-0") << qint64(0) << qint64(0);
    QTest::newRow("a-") << QByteArray("bytes=3145000-") << qint64(3145000) << end;
    QTest::newRow("last byte") << "bytes=" + QByteArray::number(end) + '-' << end << end;
    QTest::newRow("-n") << QByteArray("bytes=-500") << kMovieSize - 500 << end;
    QTest::newRow("-n longer than file") << QByteArray("bytes=-99999999") << qint64(0) << end;
    QTest::newRow("b past end") << QByteArray("bytes=100-99999999999") << qint64(100) << end;
    QTest::newRow("unit case") << QByteArray("Bytes=5-9") << qint64(5) << qint64(9);
    QTest::newRow("empty list element") << QByteArray("bytes=0-1, ") << qint64(0) << qint64(1);
}

void tst_StreamServer::ranges()
{
    QFETCH(QByteArray, range);
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    const Reply r = fetch(request("GET", path(), "Range: " + range + "\r\n"));
    QCOMPARE(r.status, 206);
    QCOMPARE(r.header("content-range"), "bytes " + QByteArray::number(first) + '-' +
                                            QByteArray::number(last) + '/' +
                                            QByteArray::number(kMovieSize));
    QCOMPARE(r.contentLength, last - first + 1);
    QVERIFY(r.body == m_source.content(0).mid(first, last - first + 1));
    // The reader is told what the request covers: a range that stops short of the end fetches
    // nothing past it; one that runs to the end streams on.
    const qint64 expectedLength = last == kMovieSize - 1 ? -1 : last - first + 1;
    QCOMPARE(m_source.lastExpect(), qMakePair(first, expectedLength));
}

void tst_StreamServer::unsatisfiable_data()
{
    QTest::addColumn<QByteArray>("range");
    QTest::newRow("start at size") << "bytes=" + QByteArray::number(kMovieSize) + '-';
    QTest::newRow("past the end") << "bytes=" + QByteArray::number(kMovieSize + 100) + '-' +
                                         QByteArray::number(kMovieSize + 200);
    QTest::newRow("-0") << QByteArray("bytes=-0");
    QTest::newRow("huge") << QByteArray("bytes=999999999999999999999999-");
}

void tst_StreamServer::unsatisfiable()
{
    QFETCH(QByteArray, range);
    Client c(m_server->port());
    c.send(request("GET", path(), "Range: " + range + "\r\n"));
    const Reply r = c.reply();
    QCOMPARE(r.status, 416);
    QCOMPARE(r.header("content-range"), "bytes */" + QByteArray::number(kMovieSize));
    QVERIFY(r.body.size() < 100);
    // Not an error of the connection: the next request is served.
    c.send(request("GET", path(), "Range: bytes=0-3\r\n"));
    QCOMPARE(c.reply().body, m_source.content(0).left(4));
}

void tst_StreamServer::malformedRangeServesAll_data()
{
    QTest::addColumn<QByteArray>("range");
    QTest::newRow("last before first") << QByteArray("bytes=5-2");
    QTest::newRow("letters") << QByteArray("bytes=abc");
    QTest::newRow("other unit") << QByteArray("items=0-5");
    QTest::newRow("empty set") << QByteArray("bytes=");
    QTest::newRow("no equals") << QByteArray("bytes 0-5");
    QTest::newRow("double dash") << QByteArray("bytes=--1");
    QTest::newRow("two dashes") << QByteArray("bytes=1-2-3");
    QTest::newRow("lone dash") << QByteArray("bytes=-");
    QTest::newRow("hex") << QByteArray("bytes=0x10-20");
    QTest::newRow("negative end") << QByteArray("bytes=-5-");
    // Several ranges: answered with the whole file (documented choice; no multipart).
    QTest::newRow("two ranges") << QByteArray("bytes=0-1,5-9");
    QTest::newRow("two ranges, one past end")
        << "bytes=0-1," + QByteArray::number(kMovieSize + 5) + '-';
}

void tst_StreamServer::malformedRangeServesAll()
{
    QFETCH(QByteArray, range);
    const Reply r = fetch(request("GET", path(), "Range: " + range + "\r\n"));
    QCOMPARE(r.status, 200);
    QVERIFY(!r.has("content-range"));
    QCOMPARE(r.contentLength, kMovieSize);
    QVERIFY(r.body == m_source.content(0));
}

void tst_StreamServer::ifRange_data()
{
    const QByteArray etag = '"' + kKey.toLatin1() + "-0-" + QByteArray::number(kMovieSize) + '"';
    QTest::addColumn<QByteArray>("ifRange");
    QTest::addColumn<int>("status");
    QTest::newRow("matching etag") << etag << 206;
    QTest::newRow("other etag") << QByteArray("\"something-else\"") << 200;
    QTest::newRow("weak etag") << "W/" + etag << 200;
    QTest::newRow("date") << QByteArray("Sat, 01 Jan 2000 00:00:00 GMT") << 200;
}

void tst_StreamServer::ifRange()
{
    QFETCH(QByteArray, ifRange);
    QFETCH(int, status);
    const Reply r =
        fetch(request("GET", path(), "Range: bytes=100-199\r\nIf-Range: " + ifRange + "\r\n"));
    QCOMPARE(r.status, status);
    if (status == 206)
        QVERIFY(r.body == m_source.content(0).mid(100, 100));
    else
        QVERIFY(r.body == m_source.content(0));
}

void tst_StreamServer::tagChangesWhenReadBytesFail()
{
    // Bytes sent before their piece was verified turned out wrong: the same file under the old
    // tag would be the corrected bytes, so the tag changes and an If-Range with the old one
    // gets the whole file.
    const QByteArray before = fetch(request("HEAD", path())).header("etag");
    m_source.setFailedReads(16384);
    const auto restore = qScopeGuard([this] { m_source.setFailedReads(0); });
    const QByteArray after = fetch(request("HEAD", path())).header("etag");
    QVERIFY(!before.isEmpty() && !after.isEmpty());
    QVERIFY(before != after);
    const Reply old =
        fetch(request("GET", path(), "Range: bytes=100-199\r\nIf-Range: " + before + "\r\n"));
    QCOMPARE(old.status, 200);
    const Reply current =
        fetch(request("GET", path(), "Range: bytes=100-199\r\nIf-Range: " + after + "\r\n"));
    QCOMPARE(current.status, 206);
}

void tst_StreamServer::emptyFile()
{
    const Reply r = fetch(request("GET", path(5)));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.contentLength, 0);
    QCOMPARE(r.header("content-type"), QByteArray("video/webm"));
    const Reply ranged = fetch(request("GET", path(5), "Range: bytes=0-\r\n"));
    QCOMPARE(ranged.status, 416);
    QCOMPARE(ranged.header("content-range"), QByteArray("bytes */0"));
}

void tst_StreamServer::contentTypes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("type");
    QTest::newRow("mp4") << "a.mp4" << QByteArray("video/mp4");
    QTest::newRow("m4v") << "a.M4V" << QByteArray("video/mp4");
    QTest::newRow("mkv") << "dir/a.mkv" << QByteArray("video/x-matroska");
    QTest::newRow("webm") << "a.webm" << QByteArray("video/webm");
    QTest::newRow("avi") << "a.avi" << QByteArray("video/x-msvideo");
    QTest::newRow("ts") << "a.ts" << QByteArray("video/mp2t");
    QTest::newRow("m2ts") << "a.m2ts" << QByteArray("video/mp2t");
    QTest::newRow("mov") << "a.mov" << QByteArray("video/quicktime");
    QTest::newRow("mp3") << "a.mp3" << QByteArray("audio/mpeg");
    QTest::newRow("flac") << "a.flac" << QByteArray("audio/flac");
    QTest::newRow("ogg") << "a.ogg" << QByteArray("audio/ogg");
    QTest::newRow("vtt") << "a.vtt" << QByteArray("text/vtt");
    QTest::newRow("srt") << "a.srt" << QByteArray("application/x-subrip");
    QTest::newRow("jpg") << "a.jpg" << QByteArray("image/jpeg");
    QTest::newRow("unknown") << "a.xyz" << QByteArray("application/octet-stream");
    QTest::newRow("no extension") << "README" << QByteArray("application/octet-stream");
    QTest::newRow("dot in folder") << "a.mkv/file" << QByteArray("application/octet-stream");
}

void tst_StreamServer::contentTypes()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, type);
    QCOMPARE(mimeTypeForPath(name), type);
}

void tst_StreamServer::servedContentTypes()
{
    static const QByteArray served[] = {
        "video/x-matroska", "application/x-subrip", "audio/mpeg", "image/jpeg",
        "video/mp4",        "video/webm",           "video/mp4"};
    for (int i = 0; i < 7; ++i)
        QCOMPARE(fetch(request("HEAD", path(i)), true).header("content-type"), served[i]);
}

void tst_StreamServer::notFound_data()
{
    const QByteArray secret = m_server->token().toLatin1();
    const QByteArray token = StreamRouter::urlToken(secret, kKey, 0);
    const QByteArray wrongToken = QByteArray(token).replace(0, 1, token[0] == 'a' ? "b" : "a");
    const QByteArray key = kKey.toLatin1();
    QTest::addColumn<QByteArray>("target");
    // A URL seen on a player's command line opens that file, not its neighbours.
    QTest::newRow("another file's token") << "/stream/" + token + '/' + key + "/2/a.mp3";
    QTest::newRow("the playlist's token")
        << "/stream/" + StreamRouter::urlToken(secret, kKey, -1) + '/' + key + "/0/movie.mkv";
    QTest::newRow("the secret itself") << "/stream/" + secret + '/' + key + "/0/movie.mkv";
    QTest::newRow("playlist with a file's token") << "/playlist/" + token + '/' + key + ".m3u";
    QTest::newRow("wrong token") << "/stream/" + wrongToken + '/' + key + "/0/movie.mkv";
    QTest::newRow("short token") << "/stream/" + token.left(31) + '/' + key + "/0/movie.mkv";
    QTest::newRow("no token") << "/stream/" + key + "/0/movie.mkv";
    // Right tokens for files that do not exist.
    QTest::newRow("unknown torrent") << "/stream/" + StreamRouter::urlToken(secret, kOtherKey, 0) +
                                            '/' + kOtherKey.toLatin1() + "/0/a";
    QTest::newRow("unknown index")
        << "/stream/" + StreamRouter::urlToken(secret, kKey, 7) + '/' + key + "/7/a.mkv";
    QTest::newRow("negative index") << "/stream/" + token + '/' + key + "/-1/a.mkv";
    QTest::newRow("index not a number") << "/stream/" + token + '/' + key + "/x/a.mkv";
    QTest::newRow("hash too short") << "/stream/" + token + '/' + key.left(39) + "/0/a";
    QTest::newRow("path instead of hash") << "/stream/" + token + "/../../etc/passwd";
    QTest::newRow("root") << QByteArray("/");
    QTest::newRow("favicon") << QByteArray("/favicon.ico");
    QTest::newRow("playlist wrong token") << "/playlist/" + wrongToken + '/' + key + ".m3u";
    QTest::newRow("playlist unknown torrent")
        << "/playlist/" + token + '/' + kOtherKey.toLatin1() + ".m3u";
}

void tst_StreamServer::notFound()
{
    QFETCH(QByteArray, target);
    const Reply r = fetch(request("GET", target));
    QCOMPARE(r.status, 404);
    // The same answer whatever was wrong: nothing tells a wrong token from an unknown file.
    QCOMPARE(r.body, QByteArray("404 Not Found\n"));
    QVERIFY(!r.has("etag"));
    QCOMPARE(m_source.live(), 0);
}

void tst_StreamServer::hostHeader_data()
{
    const QByteArray port = QByteArray::number(m_server->port());
    QTest::addColumn<QByteArray>("hostLines");
    QTest::addColumn<int>("status");
    QTest::newRow("127.0.0.1") << "Host: 127.0.0.1:" + port + "\r\n" << 200;
    QTest::newRow("localhost") << "Host: localhost:" + port + "\r\n" << 200;
    QTest::newRow("LOCALHOST") << "Host: LocalHost:" + port + "\r\n" << 200;
    QTest::newRow("[::1]") << "Host: [::1]:" + port + "\r\n" << 200;
    QTest::newRow("foreign name") << "Host: evil.example:" + port + "\r\n" << 403;
    QTest::newRow("foreign without port") << QByteArray("Host: evil.example\r\n") << 403;
    QTest::newRow("suffix trick") << "Host: localhost.evil.example:" + port + "\r\n" << 403;
    QTest::newRow("other port") << QByteArray("Host: 127.0.0.1:1\r\n") << 403;
    QTest::newRow("no port") << QByteArray("Host: 127.0.0.1\r\n") << 403;
    QTest::newRow("other loopback") << "Host: 127.0.0.2:" + port + "\r\n" << 403;
    QTest::newRow("empty") << QByteArray("Host: \r\n") << 403;
    QTest::newRow("missing") << QByteArray() << 400;
    QTest::newRow("twice") << "Host: 127.0.0.1:" + port + "\r\nHost: evil.example\r\n" << 400;
}

void tst_StreamServer::hostHeader()
{
    QFETCH(QByteArray, hostLines);
    QFETCH(int, status);
    const Reply r = fetch("HEAD " + path() + " HTTP/1.1\r\n" + hostLines + "\r\n", true);
    QCOMPARE(r.status, status);
    if (status != 200) {
        QVERIFY(!r.has("etag"));
        QVERIFY(!r.has("accept-ranges"));
    }
}

void tst_StreamServer::methods_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("extra");
    QTest::newRow("POST") << QByteArray("POST") << QByteArray("Content-Length: 3\r\n");
    QTest::newRow("PUT") << QByteArray("PUT") << QByteArray("Content-Length: 3\r\n");
    QTest::newRow("DELETE") << QByteArray("DELETE") << QByteArray();
    QTest::newRow("PATCH") << QByteArray("PATCH") << QByteArray();
    QTest::newRow("preflight") << QByteArray("OPTIONS")
                               << QByteArray("Origin: http://evil.example\r\n"
                                             "Access-Control-Request-Method: GET\r\n");
    QTest::newRow("lower-case get") << QByteArray("get") << QByteArray();
}

void tst_StreamServer::methods()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, extra);
    Client c(m_server->port());
    c.send(request(method, path(), extra) + (extra.contains("Content-Length") ? "x=1" : ""));
    const Reply r = c.reply();
    QCOMPARE(r.status, 405);
    QCOMPARE(r.header("allow"), QByteArray("GET, HEAD"));
    QCOMPARE(m_source.live(), 0);
    // The request was read whole: the connection serves the next one.
    c.send(request("GET", path(), "Range: bytes=0-1\r\n"));
    QCOMPARE(c.reply().body, m_source.content(0).left(2));
}

void tst_StreamServer::badRequests()
{
    {
        Client c(m_server->port());
        c.send("HELLO THERE\r\n\r\n");
        QCOMPARE(c.reply().status, 400);
        QVERIFY(c.waitClosed(3000));
    }
    {
        Client c(m_server->port());
        c.send(request("GET", path(), "X-Filler: " + QByteArray(20000, 'a') + "\r\n"));
        QCOMPARE(c.reply().status, 431);
        QVERIFY(c.waitClosed(3000));
    }
    {
        // Absolute-form targets are for proxies; this is not one.
        Client c(m_server->port());
        c.send(request("GET", "http://evil.example" + path()));
        QCOMPARE(c.reply().status, 400);
    }
}

void tst_StreamServer::noCorsForCrossOriginRequests()
{
    const Reply r =
        fetch(request("GET", path(), "Origin: http://evil.example\r\nRange: bytes=0-9\r\n"));
    QCOMPARE(r.status, 206);
    for (const auto &h : r.headers)
        QVERIFY2(!h.first.startsWith("access-control-"), h.first.constData());
    // cleanup() checks every other answer of every test the same way.
}

void tst_StreamServer::keepAlive()
{
    Client c(m_server->port());
    c.send(request("GET", path(), "Range: bytes=0-99\r\n"));
    QCOMPARE(c.reply().body, m_source.content(0).left(100));
    c.send(request("GET", path(2), "Range: bytes=100-199\r\n"));
    QCOMPARE(c.reply().body, m_source.content(2).mid(100, 100));
    c.send(request("HEAD", path(4)));
    QCOMPARE(c.reply(true).contentLength, 100000);
    // Pipelined: two requests in one write, two answers in order.
    c.send(request("GET", path(), "Range: bytes=5-9\r\n") +
           request("GET", path(), "Range: bytes=-5\r\n"));
    QCOMPARE(c.reply().body, m_source.content(0).mid(5, 5));
    QCOMPARE(c.reply().body, m_source.content(0).right(5));
    QVERIFY(c.isConnected());
}

void tst_StreamServer::http10AndConnectionCloseClose()
{
    {
        Client c(m_server->port());
        c.send("GET " + path() + " HTTP/1.0\r\nRange: bytes=0-9\r\n\r\n"); // 1.0 may omit Host
        const Reply r = c.reply();
        QCOMPARE(r.status, 206);
        QCOMPARE(r.body, m_source.content(0).left(10));
        QCOMPARE(r.header("connection").toLower(), QByteArray("close"));
        QVERIFY(c.waitClosed(3000));
    }
    {
        Client c(m_server->port());
        c.send(request("GET", path(), "Connection: close\r\nRange: bytes=0-9\r\n"));
        QCOMPARE(c.reply().body, m_source.content(0).left(10));
        QVERIFY(c.waitClosed(3000));
    }
}

void tst_StreamServer::twoClientsAtOnce()
{
    const qint64 gate = 1024 * 1024 + 5;
    m_source.setGate(gate);
    Client a(m_server->port());
    Client b(m_server->port());
    a.send(request("GET", path()));
    b.send(request("GET", path(), "Range: bytes=1000-\r\n"));
    QVERIFY(a.readHeader());
    QVERIFY(b.readHeader());
    QCOMPARE(a.current().status, 200);
    QCOMPARE(b.current().status, 206);
    // Both are served at once, each up to what has "downloaded", in chunks as it arrives.
    QCOMPARE(a.readBody(gate), gate);
    QCOMPARE(b.readBody(gate - 1000), gate - 1000);
    QCOMPARE(m_source.live(), 2);
    QVERIFY(a.silentFor(300));

    m_source.setGate(kOpen);
    QCOMPARE(a.readBody(kOpen, 10000), kMovieSize);
    QCOMPARE(b.readBody(kOpen, 10000), kMovieSize - 1000);
    QVERIFY(a.current().body == m_source.content(0));
    QVERIFY(b.current().body == m_source.content(0).mid(1000));
}

void tst_StreamServer::blockedGetDeliversOnRelease()
{
    m_source.setGate(1024 * 1024);
    Client c(m_server->port());
    c.send(request("GET", path(), "Range: bytes=2097152-2098151\r\n"));
    QVERIFY(c.readHeader()); // headers go out at once; the body waits for its bytes
    QCOMPARE(c.current().status, 206);
    QCOMPARE(c.readBody(1, 1000), 0);
    QCOMPARE(m_source.live(), 1);
    QVERIFY(c.isConnected());

    m_source.setGate(kOpen);
    QCOMPARE(c.readBody(1000), 1000);
    QVERIFY(c.current().body == m_source.content(0).mid(2097152, 1000));
    QTRY_COMPARE_WITH_TIMEOUT(m_source.live(), 0,
                              scaledMs(2000)); // the reader is freed after the answer
    QVERIFY(c.isConnected());
}

void tst_StreamServer::hangUpAbortsReader_data()
{
    QTest::addColumn<bool>("reset");
    QTest::newRow("close") << false;
    QTest::newRow("abort") << true;
}

void tst_StreamServer::hangUpAbortsReader()
{
    QFETCH(bool, reset);
    m_source.setGate(1024 * 1024);
    const int aborts = m_source.aborts();
    auto c = std::make_unique<Client>(m_server->port());
    c->send(request("GET", path(), "Range: bytes=2000000-\r\n"));
    QVERIFY(c->readHeader());
    QTRY_COMPARE_WITH_TIMEOUT(m_source.live(), 1, scaledMs(2000));

    QElapsedTimer timer;
    timer.start();
    if (reset)
        c->socket().abort();
    else
        c->socket().disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(m_source.aborts(), aborts + 1, scaledMs(1000));
    QTRY_COMPARE_WITH_TIMEOUT(m_source.live(), 0, scaledMs(1000));
    QVERIFY2(timer.elapsed() < scaledMs(1000), qPrintable(QString::number(timer.elapsed())));
}

void tst_StreamServer::closedReaderClosesConnection()
{
    const qint64 gate = 1024 * 1024;
    m_source.setGate(gate);
    Client c(m_server->port());
    c.send(request("GET", path()));
    QVERIFY(c.readHeader());
    QCOMPARE(c.readBody(gate), gate);

    m_source.closeAll(); // the torrent was removed while a player waited
    QVERIFY(c.waitClosed(2000));
    QCOMPARE(c.readBody(kOpen, 100), gate); // short of Content-Length: the player sees the cut
    QCOMPARE(c.current().contentLength, kMovieSize);
    QTRY_COMPARE_WITH_TIMEOUT(m_source.live(), 0, scaledMs(1000));
}

void tst_StreamServer::playlist()
{
    const QUrl url = m_server->playlistUrl(kKey);
    Client c(m_server->port());
    c.send(request("GET", url.path(QUrl::FullyEncoded).toLatin1()));
    const Reply r = c.reply();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("content-type"), QByteArray("audio/x-mpegurl"));
    const QStringList lines =
        QString::fromUtf8(r.body).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("#EXTM3U"));
    const QList<int> playable = {0, 2, 4, 5, 6}; // video and audio; not the .srt or .jpg
    QCOMPARE(lines.size(), 1 + 2 * playable.size());
    for (int i = 0; i < playable.size(); ++i) {
        const int index = playable[i];
        QCOMPARE(lines[1 + 2 * i], "#EXTINF:-1," + m_source.files(kKey)[index].path);
        const QUrl entry(lines[2 + 2 * i], QUrl::StrictMode);
        QCOMPARE(entry, m_server->streamUrl(kKey, index));
        c.send(request("HEAD", entry.path(QUrl::FullyEncoded).toLatin1()));
        const Reply head = c.reply(true);
        QCOMPARE(head.status, 200);
        QCOMPARE(head.contentLength, m_source.content(index).size());
    }

    // Entries follow the authority the player used.
    const QByteArray v6Host = "[::1]:" + QByteArray::number(m_server->port());
    c.send("GET " + url.path(QUrl::FullyEncoded).toLatin1() + " HTTP/1.1\r\nHost: " + v6Host +
           "\r\n\r\n");
    QVERIFY(c.reply().body.contains("http://" + v6Host + "/stream/"));
    c.send(request("HEAD", url.path(QUrl::FullyEncoded).toLatin1()));
    QVERIFY(c.reply(true).contentLength > 0);
    QVERIFY(c.silentFor(200));
    QCOMPARE(
        fetch(request("GET", m_server->playlistUrl(kOtherKey).path(QUrl::FullyEncoded).toLatin1()))
            .status,
        404);
}

void tst_StreamServer::refusesNonLoopback()
{
    QList<QHostAddress> addresses = {QHostAddress(QHostAddress::Any),
                                     QHostAddress(QHostAddress::AnyIPv6),
                                     QHostAddress(QHostAddress::AnyIPv4),
                                     QHostAddress(QStringLiteral("10.1.2.3")),
                                     QHostAddress(QStringLiteral("::ffff:10.1.2.3")),
                                     QHostAddress()};
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (!a.isLoopback())
            addresses << a;
    }
    for (const QHostAddress &address : std::as_const(addresses)) {
        StreamServer server(&m_source);
        QString error;
        QVERIFY2(!server.listen(address, 0, &error), qPrintable(address.toString()));
        QVERIFY(error.contains(QLatin1String("loopback")));
        QVERIFY(!server.isListening());
        QCOMPARE(server.port(), quint16(0));
        QVERIFY(server.streamUrl(kKey, 0).isEmpty());
    }
}

void tst_StreamServer::explicitLoopbackAddress()
{
    const QHostAddress address(QStringLiteral("127.45.3.2"));
    StreamServer server(&m_source);
    QString error;
    QVERIFY2(server.listen(address, 0, &error), qPrintable(error));
    const QByteArray port = QByteArray::number(server.port());
    QCOMPARE(server.streamUrl(kKey, 0).host(), address.toString());
    const QByteArray target = server.streamUrl(kKey, 0).path(QUrl::FullyEncoded).toLatin1();

    for (const QByteArray &host : {"127.45.3.2:" + port, "localhost:" + port}) {
        Client c(server.port(), address);
        QVERIFY(c.isConnected());
        c.send("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nRange: bytes=0-9\r\n\r\n");
        QCOMPARE(c.reply().body, m_source.content(0).left(10));
    }
    // Only there: not on 127.0.0.1 with the same port.
    QTcpSocket other;
    other.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(!other.waitForConnected(scaledMs(1000)));

    // Another server may take another address at the same time (the benchmark's runs do).
    StreamServer second(&m_source);
    QVERIFY(second.listen(QHostAddress(QStringLiteral("127.45.3.3")), server.port(), &error));
    QVERIFY(!StreamServer(&m_source).listen(address, server.port(), &error));
    QVERIFY(error.contains(address.toString()));
}

void tst_StreamServer::ipv6Loopback()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHostIPv6))
        QSKIP("No IPv6 loopback on this machine");
    probe.close();
    Client c(m_server->port(), QHostAddress::LocalHostIPv6);
    QVERIFY(c.isConnected());
    c.send("GET " + path() + " HTTP/1.1\r\nHost: [::1]:" + QByteArray::number(m_server->port()) +
           "\r\nRange: bytes=-3\r\n\r\n");
    QCOMPARE(c.reply().body, m_source.content(0).right(3));

    StreamServer v6only(&m_source);
    QString error;
    QVERIFY2(v6only.listen(QHostAddress::LocalHostIPv6, 0, &error), qPrintable(error));
    QCOMPARE(v6only.streamUrl(kKey, 0).host(), QStringLiteral("::1"));
    QVERIFY(v6only.streamUrl(kKey, 0).toString().startsWith(QLatin1String("http://[::1]:")));
}

void tst_StreamServer::idleConnectionTimesOut()
{
    StreamServer server(&m_source);
    server.setIdleTimeout(300);
    QVERIFY(server.listen());
    QElapsedTimer timer;
    timer.start();
    Client silent(server.port());
    QVERIFY(silent.isConnected());
    QVERIFY(silent.waitClosed(3000));
    QVERIFY(timer.elapsed() >= 250);

    // After an answer, the wait for the next request is bounded the same way.
    Client c(server.port());
    c.send("HEAD " + server.streamUrl(kKey, 0).path(QUrl::FullyEncoded).toLatin1() +
           " HTTP/1.1\r\nHost: localhost:" + QByteArray::number(server.port()) + "\r\n\r\n");
    QCOMPARE(c.reply(true).status, 200);
    QVERIFY(c.waitClosed(3000));
}

void tst_StreamServer::closeIsPromptWithBlockedClients()
{
    auto server = std::make_unique<StreamServer>(&m_source);
    QVERIFY(server->listen());
    const quint16 port = server->port();
    const QByteArray target = server->streamUrl(kKey, 0).path(QUrl::FullyEncoded).toLatin1();
    m_source.setGate(1024 * 1024);
    const int aborts = m_source.aborts();

    Client blocked(port);
    blocked.send(rawRequest("GET", target, port, "Range: bytes=2000000-\r\n"));
    Client writing(port); // reads nothing of its answer: the server blocks in a write or a read
    writing.send(rawRequest("GET", target, port));
    Client idle(port);
    QVERIFY(blocked.readHeader());
    QVERIFY(writing.readHeader());
    QTRY_COMPARE_WITH_TIMEOUT(m_source.live(), 2, scaledMs(2000));
    QVERIFY(idle.isConnected());

    QElapsedTimer timer;
    timer.start();
    server->close();
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_source.live(), 0);
    QVERIFY(m_source.aborts() >= aborts + 1);
    QVERIFY(!server->isListening());
    QVERIFY(blocked.waitClosed(2000));
    QVERIFY(idle.waitClosed(2000));

    // Closed means closed: nobody answers on the port any more...
    Client late(port);
    QVERIFY(!late.isConnected() || late.waitClosed(2000));
    // ...and the same object can listen again.
    m_source.setGate(kOpen);
    QVERIFY(server->listen());
    Client again(server->port());
    again.send(rawRequest("GET", server->streamUrl(kKey, 0).path(QUrl::FullyEncoded).toLatin1(),
                          server->port(), "Range: bytes=0-9\r\n"));
    QCOMPARE(again.reply().body, m_source.content(0).left(10));
    timer.restart();
    server.reset(); // the destructor closes too
    QVERIFY(timer.elapsed() < 1000);
}

void tst_StreamServer::tooManyConnections()
{
    // Idle connections cost no thread, but descriptors: past 1024 at once, a client is told to
    // come back later.
    StreamServer server(&m_source);
    QVERIFY(server.listen());
    std::vector<std::unique_ptr<Client>> clients;
    for (int i = 0; i < 1024; ++i) {
        clients.push_back(std::make_unique<Client>(server.port()));
        QVERIFY(clients.back()->isConnected());
    }
    Client extra(server.port());
    const Reply r = extra.reply();
    QCOMPARE(r.status, 503);
    QVERIFY(extra.waitClosed(2000));

    // One leaves, and there is room again (once the server has seen it go).
    clients.pop_back();
    const QByteArray head =
        "HEAD " + server.streamUrl(kKey, 0).path(QUrl::FullyEncoded).toLatin1() +
        " HTTP/1.1\r\nHost: localhost:" + QByteArray::number(server.port()) + "\r\n\r\n";
    int status = 0;
    QElapsedTimer timer;
    timer.start();
    while (status != 200 && timer.elapsed() < 5000) {
        Client c(server.port());
        c.send(head);
        status = c.reply(true).status;
        if (status != 200)
            QTest::qWait(50);
    }
    QCOMPARE(status, 200);
}

void tst_StreamServer::rangeParser()
{
    using Kind = HttpRange::Kind;
    QCOMPARE(HttpRange::parse("bytes=0-", 0).kind(), Kind::Unsatisfiable);
    QCOMPARE(HttpRange::parse("bytes=-5", 0).kind(), Kind::Invalid); // nothing to name: all
    QCOMPARE(HttpRange::parse("bytes=-5", 3).kind(), Kind::Satisfiable);
    QCOMPARE(HttpRange::parse("bytes=-5", 3).first(), 0);
    QCOMPARE(HttpRange::parse("bytes=0-99999999999999999999999", 10).last(), 9);
    QCOMPARE(HttpRange::parse("bytes=99999999999999999999999-", 10).kind(), Kind::Unsatisfiable);
    QCOMPARE(HttpRange::parse("bytes=\t2-4 ", 10).length(), 3);
    QCOMPARE(HttpRange::parse("bytes=0-1,2-3", 10).kind(), Kind::Multiple);
    QCOMPARE(HttpRange::parse(",bytes=0-1", 10).kind(), Kind::Invalid);
    QCOMPARE(HttpRange::parse("bytes=,,0-1,", 10).kind(), Kind::Satisfiable);
    QCOMPARE(HttpRange::parse("", 10).kind(), Kind::Invalid);
}

QTEST_GUILESS_MAIN(tst_StreamServer)
#include "tst_streamserver.moc"
