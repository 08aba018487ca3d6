// The control API's side of the loopback server, with a fake ApiHandler: requests reach the
// handler only past the Host check and within their body limit, answers come from any thread,
// and event streams reach every reader in order while a subscriber that stops reading is dropped
// without holding up the others.

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QtTest>

#include "fakestreamsource.h"
#include "http/apihandler.h"
#include "http/streamserver.h"
#include "rawhttpclient.h"
#include "testutil.h"

using namespace swarmplay;
using namespace swarmplay::test;

namespace {

const QByteArray kFarewell = "event: bye\ndata: you fell behind\n\n";
constexpr qint64 kJsonLimit = 1024;
constexpr qint64 kUploadLimit = 100000;

// Answers by path: /api/v1/echo from another thread, /api/v1/drop not at all, /api/v1/hold
// later (the test answers), /api/v1/events with an event stream.
class FakeApi : public ApiHandler
{
public:
    ~FakeApi() override { joinThreads(); }

    bool accepts(const QByteArray &target) const override
    {
        return target == "/api/v1" || target.startsWith("/api/v1/");
    }
    qint64 bodyLimit(const ApiRequest &head) const override
    {
        ++m_limitsAsked;
        return head.target.startsWith("/api/v1/upload") ? kUploadLimit : kJsonLimit;
    }
    void handle(const ApiRequest &request, std::shared_ptr<ApiExchange> exchange) override
    {
        QMutexLocker lock(&m_mutex);
        m_requests << request;
        const QByteArray path = request.target.split('?').first();
        if (path == "/api/v1/echo" || path == "/api/v1/upload") {
            m_threads.emplace_back([exchange, request] {
                std::this_thread::sleep_for(std::chrono::milliseconds(30));
                ApiAnswer answer;
                answer.headers << qMakePair(QByteArray("Content-Type"), QByteArray("text/plain"))
                               << qMakePair(QByteArray("Access-Control-Allow-Origin"),
                                            QByteArray("*")); // the server leaves it out
                answer.body = request.method + ' ' + request.target + ' ' +
                              QByteArray::number(request.body.size()) + ' ' + request.body;
                exchange->answer(answer);
            });
        } else if (path == "/api/v1/hold") {
            m_held = exchange;
        } else if (path == "/api/v1/events") {
            m_sinks << exchange->openEventStream(
                {qMakePair(QByteArray("Content-Type"), QByteArray("text/event-stream"))},
                m_queueLimit, kFarewell);
        } else if (path == "/api/v1/nothing") {
            exchange->answer({204, {}, {}});
        }
        // /api/v1/drop: the exchange goes away unanswered
    }

    int requestCount() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests.size();
    }
    ApiRequest lastRequest() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests.value(m_requests.size() - 1);
    }
    std::shared_ptr<EventSink> sink(int i) const
    {
        QMutexLocker lock(&m_mutex);
        return m_sinks.value(i);
    }
    int sinkCount() const
    {
        QMutexLocker lock(&m_mutex);
        return m_sinks.size();
    }
    std::shared_ptr<ApiExchange> held() const
    {
        QMutexLocker lock(&m_mutex);
        return m_held;
    }
    void reset()
    {
        joinThreads();
        QMutexLocker lock(&m_mutex);
        m_requests.clear();
        m_sinks.clear();
        m_held.reset();
        m_queueLimit = 64 * 1024;
    }
    void setQueueLimit(qint64 bytes)
    {
        QMutexLocker lock(&m_mutex);
        m_queueLimit = bytes;
    }
    int limitsAsked() const { return m_limitsAsked; }

private:
    void joinThreads()
    {
        std::vector<std::thread> threads;
        {
            QMutexLocker lock(&m_mutex);
            threads.swap(m_threads);
        }
        for (std::thread &t : threads)
            t.join();
    }

    mutable QMutex m_mutex;
    QList<ApiRequest> m_requests;
    QList<std::shared_ptr<EventSink>> m_sinks;
    std::shared_ptr<ApiExchange> m_held;
    std::vector<std::thread> m_threads;
    qint64 m_queueLimit = 64 * 1024;
    mutable std::atomic<int> m_limitsAsked{0};
};

// A subscriber that can stop reading for real: its receive buffer is made small before it
// connects, so the server's writes stall after a few kilobytes.
class SlowSubscriber
{
public:
    SlowSubscriber(quint16 port, const QByteArray &request)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        const int size = 4096;
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        m_connected = ::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
        if (m_connected)
            m_connected =
                ::send(m_fd, request.constData(), size_t(request.size()), 0) == request.size();
    }
    ~SlowSubscriber() { ::close(m_fd); }
    bool isConnected() const { return m_connected; }

    // Reads until the server closes the connection; false if it has not within timeoutMs.
    bool readToEnd(int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            pollfd p{m_fd, POLLIN, 0};
            if (::poll(&p, 1, 100) <= 0)
                continue;
            char buffer[65536];
            const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (n <= 0)
                return true; // end of stream, or reset
            m_received.append(buffer, int(n));
        }
        return false;
    }
    QByteArray received() const { return m_received; }

private:
    int m_fd = -1;
    bool m_connected = false;
    QByteArray m_received;
};

QByteArray sseEvent(int n)
{
    return "id: " + QByteArray::number(n) + "\ndata: " + QByteArray(1000, char('a' + n % 26)) +
           "\n\n";
}

} // namespace

class tst_ApiServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void apiBaseUrl();
    void answerFromAnotherThread();
    void droppedExchangeAnswers500();
    void bodylessStatus();
    void headHasTheLengthButNoBody();
    void hostCheckedFirst();
    void http10WithoutHostIsRefused();
    void oversizeContentLengthIsNotRead();
    void chunkedBodyStopsAtTheLimit();
    void expectContinue();
    void streamUrlsStillServed();
    void isConnectedFollowsTheClient();
    void eventStreamDeliversEveryPushInOrder();
    void idleSubscribersAddNoThread();
    void slowSubscriberIsDropped();
    void farewellReachesASubscriberThatFellBehind();
    void closeEndsEventStreams();
    void pythonReadsEventsAsTheyCome();

private:
    QByteArray request(const QByteArray &method, const QByteArray &target,
                       const QByteArray &extra = {}, const QByteArray &body = {}) const
    {
        return rawRequest(method, target, m_server->port(), extra, body);
    }
    QByteArray hostField() const { return "127.0.0.1:" + QByteArray::number(m_server->port()); }

    FakeSource m_source;
    FakeApi m_api;
    std::unique_ptr<StreamServer> m_server;
};

void tst_ApiServer::initTestCase()
{
    m_server = std::make_unique<StreamServer>(&m_source);
    m_server->setApiHandler(&m_api);
    QString error;
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
}

void tst_ApiServer::init()
{
    m_api.reset();
    m_source.reset();
}

void tst_ApiServer::cleanup()
{
    QCOMPARE(g_corsAnswers, 0);
}

void tst_ApiServer::apiBaseUrl()
{
    QCOMPARE(m_server->apiBaseUrl().toString(),
             QStringLiteral("http://127.0.0.1:%1/api/v1").arg(m_server->port()));
    StreamServer v6(&m_source);
    QVERIFY(v6.apiBaseUrl().isEmpty());
    if (v6.listen(QHostAddress::LocalHostIPv6))
        QCOMPARE(v6.apiBaseUrl().toString(),
                 QStringLiteral("http://[::1]:%1/api/v1").arg(v6.port()));
}

void tst_ApiServer::answerFromAnotherThread()
{
    Client c(m_server->port());
    c.send(request("POST", "/api/v1/echo?since=12", "Content-Type: application/json\r\n", "{}"));
    const Reply r = c.reply();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("POST /api/v1/echo?since=12 2 {}"));
    QCOMPARE(r.contentLength, r.body.size());
    QCOMPARE(r.header("content-type"), QByteArray("text/plain"));
    QVERIFY(r.header("date").endsWith(" GMT"));
    QVERIFY(!r.has("access-control-allow-origin"));

    const ApiRequest seen = m_api.lastRequest();
    QCOMPARE(seen.method, QByteArray("POST"));
    QCOMPARE(seen.header("host"), hostField());
    QCOMPARE(seen.header("content-type"), QByteArray("application/json"));
    QCOMPARE(seen.headers.first().first, QByteArray("host")); // lower case, in order
    QCOMPARE(seen.body, QByteArray("{}"));

    // Kept alive: the next request on the connection is answered too.
    c.send(request("GET", "/api/v1/echo"));
    QCOMPARE(c.reply().body, QByteArray("GET /api/v1/echo 0 "));
    QVERIFY(c.isConnected());
}

void tst_ApiServer::droppedExchangeAnswers500()
{
    Client c(m_server->port());
    c.send(request("GET", "/api/v1/drop"));
    QCOMPARE(c.reply().status, 500);
    c.send(request("GET", "/api/v1/echo"));
    QCOMPARE(c.reply().status, 200);
}

void tst_ApiServer::bodylessStatus()
{
    Client c(m_server->port());
    c.send(request("POST", "/api/v1/nothing", "Content-Type: application/json\r\n", "{}"));
    QVERIFY(c.readHeader());
    QCOMPARE(c.current().status, 204);
    QVERIFY(!c.current().has("content-length"));
    QVERIFY(c.silentFor(200));
    c.send(request("GET", "/api/v1/echo"));
    QCOMPARE(c.reply().status, 200);
}

void tst_ApiServer::headHasTheLengthButNoBody()
{
    // The handler answers a HEAD with the whole body, as its GET; the server sends that body's
    // length and not the body.
    Client c(m_server->port());
    c.send(request("HEAD", "/api/v1/echo"));
    const Reply head = c.reply(true);
    QCOMPARE(head.status, 200);
    QCOMPARE(head.contentLength, qint64(QByteArray("HEAD /api/v1/echo 0 ").size()));
    QCOMPARE(head.header("content-type"), QByteArray("text/plain"));
    QVERIFY(c.silentFor(200)); // not one byte of body
    QCOMPARE(m_api.lastRequest().method, QByteArray("HEAD"));

    // The connection is still in step: the next answer starts where the head ended.
    c.send(request("GET", "/api/v1/echo"));
    const Reply get = c.reply();
    QCOMPARE(get.status, 200);
    QCOMPARE(get.body, QByteArray("GET /api/v1/echo 0 "));
}

void tst_ApiServer::hostCheckedFirst()
{
    const int limitsAsked = m_api.limitsAsked();
    for (const QByteArray &host :
         {QByteArray("evil.example"),
          "localhost.evil.example:" + QByteArray::number(m_server->port())}) {
        Client c(m_server->port());
        c.send("POST /api/v1/echo HTTP/1.1\r\nHost: " + host +
               "\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
        QCOMPARE(c.reply().status, 403); // as the stream server answers a foreign Host
        QVERIFY(c.waitClosed(3000));     // the body was not read
    }
    Client missing(m_server->port());
    missing.send("GET /api/v1/echo HTTP/1.1\r\n\r\n");
    QCOMPARE(missing.reply().status, 400);
    QCOMPARE(m_api.requestCount(), 0);
    QCOMPARE(m_api.limitsAsked(), limitsAsked);
}

void tst_ApiServer::http10WithoutHostIsRefused()
{
    // HTTP/1.0 may leave Host out; the control API still wants its own name, as from a foreign
    // Host: 403 in plain text, the body not read, the handler never asked.
    const int limitsAsked = m_api.limitsAsked();
    for (const QByteArray &raw :
         {QByteArray("GET /api/v1/echo HTTP/1.0\r\n\r\n"),
          QByteArray("POST /api/v1/echo HTTP/1.0\r\nContent-Type: application/json\r\n"
                     "Content-Length: 2\r\n\r\n{}")}) {
        Client c(m_server->port());
        c.send(raw);
        const Reply r = c.reply();
        QCOMPARE(r.status, 403);
        QCOMPARE(r.body, QByteArray("403 Forbidden\n"));
        QVERIFY(c.waitClosed(3000));
    }
    QCOMPARE(m_api.requestCount(), 0);
    QCOMPARE(m_api.limitsAsked(), limitsAsked);

    // With its Host the same HTTP/1.0 request is answered...
    Client named(m_server->port());
    named.send("GET /api/v1/echo HTTP/1.0\r\nHost: " + hostField() + "\r\n\r\n");
    QCOMPARE(named.reply().body, QByteArray("GET /api/v1/echo 0 "));
    QCOMPARE(m_api.requestCount(), 1);
    // ...and a stream URL on the same server is served without one, as a player may ask.
    Client player(m_server->port());
    player.send("GET " + m_server->streamUrl(kKey, 0).path(QUrl::FullyEncoded).toLatin1() +
                " HTTP/1.0\r\nRange: bytes=0-9\r\n\r\n");
    const Reply r = player.reply();
    QCOMPARE(r.status, 206);
    QCOMPARE(r.body, m_source.content(0).left(10));
}

void tst_ApiServer::oversizeContentLengthIsNotRead()
{
    // The head announces 10 MB and no byte of it is ever sent: the answer cannot wait for it.
    const int limitsAsked = m_api.limitsAsked();
    QElapsedTimer timer;
    timer.start();
    Client c(m_server->port());
    c.send("POST /api/v1/echo HTTP/1.1\r\nHost: " + hostField() +
           "\r\nContent-Type: application/json\r\nContent-Length: 10000000\r\n\r\n");
    const Reply refused = c.reply(false, 3000);
    QCOMPARE(refused.status, 413);
    QVERIFY(timer.elapsed() < 2000);
    QVERIFY(c.waitClosed(3000));
    QCOMPARE(m_api.requestCount(), 0);
    QCOMPARE(m_api.limitsAsked(), limitsAsked + 1);
    // In the API's error shape, as its other refusals are.
    QCOMPARE(refused.header("content-type"), QByteArray("application/json"));
    const QJsonObject error = QJsonDocument::fromJson(refused.body).object()[u"error"].toObject();
    QCOMPARE(error[u"code"].toString(), QStringLiteral("body-too-large"));
    QVERIFY2(error[u"message"].toString().contains(QString::number(kJsonLimit)),
             refused.body.constData());
    QCOMPARE(refused.contentLength, refused.body.size());

    // A stream URL's refusal stays plain text.
    Client stream(m_server->port());
    stream.send("GET " + m_server->streamUrl(kKey, 0).path(QUrl::FullyEncoded).toLatin1() +
                " HTTP/1.1\r\nHost: " + hostField() + "\r\nContent-Length: 10000000\r\n\r\n");
    const Reply plain = stream.reply(false, 3000);
    QCOMPARE(plain.status, 413);
    QVERIFY(plain.header("content-type").startsWith("text/plain"));

    // Exactly at the limit is fine, and arrives whole.
    Client ok(m_server->port());
    const QByteArray body(kJsonLimit, 'x');
    ok.send(request("POST", "/api/v1/echo", "Content-Type: application/json\r\n", body));
    QCOMPARE(ok.reply().body, "POST /api/v1/echo 1024 " + body);
}

void tst_ApiServer::chunkedBodyStopsAtTheLimit()
{
    const QByteArray head = "POST /api/v1/echo HTTP/1.1\r\nHost: " + hostField() +
                            "\r\nContent-Type: application/json\r\n"
                            "Transfer-Encoding: chunked\r\n\r\n";
    {
        Client c(m_server->port());
        c.send(head + "400\r\n" + QByteArray(0x400, 'a') + "\r\n400\r\n" + QByteArray(0x400, 'b') +
               "\r\n0\r\n\r\n");
        const Reply refused = c.reply();
        QCOMPARE(refused.status, 413);
        QCOMPARE(refused.header("content-type"), QByteArray("application/json"));
        QCOMPARE(QJsonDocument::fromJson(refused.body).object()[u"error"][u"code"].toString(),
                 QStringLiteral("body-too-large"));
        QVERIFY(c.waitClosed(3000));
        QCOMPARE(m_api.requestCount(), 0);
    }
    Client c(m_server->port());
    c.send(head + "3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n");
    QCOMPARE(c.reply().body, QByteArray("POST /api/v1/echo 5 abcde"));
}

void tst_ApiServer::expectContinue()
{
    Client c(m_server->port());
    const QByteArray body(50000, 'u');
    c.send("POST /api/v1/upload HTTP/1.1\r\nHost: " + hostField() +
           "\r\nContent-Type: application/x-bittorrent\r\nExpect: 100-continue\r\n"
           "Content-Length: 50000\r\n\r\n");
    QVERIFY(c.readHeader());
    QCOMPARE(c.current().status, 100);
    c.send(body);
    const Reply r = c.reply();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, "POST /api/v1/upload 50000 " + body);
}

void tst_ApiServer::streamUrlsStillServed()
{
    Client c(m_server->port());
    c.send(request("GET", m_server->streamUrl(kKey, 0).path(QUrl::FullyEncoded).toLatin1(),
                   "Range: bytes=0-9\r\n"));
    QCOMPARE(c.reply().body, m_source.content(0).left(10));
    c.send(request("GET", "/api/v1x"));
    QCOMPARE(c.reply().status, 404); // not the handler's: the stream router's answer
    QCOMPARE(m_api.requestCount(), 0);
}

void tst_ApiServer::isConnectedFollowsTheClient()
{
    auto c = std::make_unique<Client>(m_server->port());
    c->send(request("GET", "/api/v1/hold"));
    QTRY_VERIFY_WITH_TIMEOUT(m_api.held() != nullptr, scaledMs(2000));
    const std::shared_ptr<ApiExchange> exchange = m_api.held();
    QVERIFY(exchange->isConnected());
    c.reset();
    QTRY_VERIFY_WITH_TIMEOUT(!exchange->isConnected(), scaledMs(1000));
    exchange->answer({200, {}, "late"}); // goes nowhere, harmlessly
}

void tst_ApiServer::eventStreamDeliversEveryPushInOrder()
{
    Client c(m_server->port());
    c.send(request("GET", "/api/v1/events"));
    QVERIFY(c.readHeader());
    QCOMPARE(c.current().status, 200);
    QCOMPARE(c.current().header("content-type"), QByteArray("text/event-stream"));
    QCOMPARE(c.current().header("cache-control"), QByteArray("no-store"));
    QVERIFY(!c.current().has("content-length"));
    QVERIFY(!c.current().has("transfer-encoding")); // close-delimited
    QCOMPARE(c.current().header("connection").toLower(), QByteArray("close"));
    QCOMPARE(m_api.sinkCount(), 1);
    const std::shared_ptr<EventSink> sink = m_api.sink(0);
    QVERIFY(sink->isOpen());

    // Pushed from another thread, in bursts, while the client reads.
    QByteArray expected;
    for (int i = 0; i < 300; ++i)
        expected += sseEvent(i);
    std::thread pusher([sink] {
        for (int i = 0; i < 300; ++i) {
            sink->push(sseEvent(i));
            if (i % 50 == 0)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    });
    QCOMPARE(c.readBody(expected.size(), 10000), expected.size());
    pusher.join();
    QVERIFY(c.current().body == expected);

    sink->close(); // the end of the answer is the end of the connection
    QVERIFY(!sink->isOpen());
    QVERIFY(!sink->push("data: late\n\n"));
    QVERIFY(c.waitClosed(3000));
    QVERIFY(c.current().body == expected);
}

void tst_ApiServer::idleSubscribersAddNoThread()
{
    const int threads = threadCount();
    std::vector<std::unique_ptr<Client>> clients;
    for (int i = 0; i < 100; ++i) {
        clients.push_back(std::make_unique<Client>(m_server->port()));
        clients.back()->send(request("GET", "/api/v1/events"));
        QVERIFY(clients.back()->readHeader());
    }
    QCOMPARE(m_api.sinkCount(), 100);
    QCOMPARE(threadCount(), threads);
    for (int i = 0; i < 100; ++i)
        QVERIFY(m_api.sink(i)->push(": heartbeat\n\n"));
    for (const auto &client : clients)
        QCOMPARE(client->readBody(13), 13);
}

void tst_ApiServer::slowSubscriberIsDropped()
{
    Client fast(m_server->port());
    fast.send(request("GET", "/api/v1/events"));
    QVERIFY(fast.readHeader());
    SlowSubscriber slow(m_server->port(), request("GET", "/api/v1/events"));
    QVERIFY(slow.isConnected());
    QTRY_COMPARE_WITH_TIMEOUT(m_api.sinkCount(), 2, scaledMs(2000));
    const std::shared_ptr<EventSink> fastSink = m_api.sink(0);
    const std::shared_ptr<EventSink> slowSink = m_api.sink(1);

    // The slow one takes its header and then nothing: its kernel buffers fill, then its queue.
    QElapsedTimer timer;
    timer.start();
    QByteArray expected;
    int n = 0;
    while (slowSink->push(sseEvent(n)) && timer.elapsed() < 15000) {
        QVERIFY(fastSink->push(sseEvent(n)));
        expected += sseEvent(n);
        QCOMPARE(fast.readBody(expected.size(), 3000), expected.size());
        ++n;
    }
    // At least its queue's worth went in before it overflowed.
    QVERIFY2(n >= 64, qPrintable(QString::number(n)));
    qInfo("dropped after %d events", n);
    QVERIFY(!slowSink->isOpen());
    QVERIFY(!slowSink->push(sseEvent(n)));
    QVERIFY(timer.elapsed() < 15000);

    // The other subscriber never noticed.
    for (int i = 0; i < 10; ++i) {
        QVERIFY(fastSink->push(sseEvent(n + i)));
        expected += sseEvent(n + i);
    }
    QCOMPARE(fast.readBody(expected.size(), 3000), expected.size());
    QVERIFY(fast.current().body == expected);
    QVERIFY(fastSink->isOpen());

    // The slow one's connection is closed by the farewell's deadline: what it still reads ends.
    QTest::qWait(2500);
    timer.restart();
    QVERIFY(slow.readToEnd(3000));
}

void tst_ApiServer::farewellReachesASubscriberThatFellBehind()
{
    m_api.setQueueLimit(16 * 1024);
    SlowSubscriber slow(m_server->port(), request("GET", "/api/v1/events"));
    QVERIFY(slow.isConnected());
    QTRY_COMPARE_WITH_TIMEOUT(m_api.sinkCount(), 1, scaledMs(2000));
    const std::shared_ptr<EventSink> sink = m_api.sink(0);
    QByteArray pushed;
    QElapsedTimer timer;
    timer.start();
    for (int n = 0; timer.elapsed() < 15000; ++n) {
        if (!sink->push(sseEvent(n)))
            break;
        pushed += sseEvent(n);
        if (n % 16 == 0)
            QTest::qWait(1); // let the server write what it can
    }
    QVERIFY(!sink->isOpen());

    // It reads again at once: it gets whole events, then the farewell, then the end.
    QVERIFY(slow.readToEnd(3000));
    const QByteArray received = slow.received();
    QVERIFY(received.endsWith(kFarewell));
    const QByteArray events =
        received.mid(received.indexOf("\r\n\r\n") + 4).chopped(kFarewell.size());
    QVERIFY(events.size() > 0);
    QVERIFY(pushed.startsWith(events));
    QVERIFY(events.endsWith("\n\n"));
}

void tst_ApiServer::closeEndsEventStreams()
{
    StreamServer server(&m_source);
    server.setApiHandler(&m_api);
    QVERIFY(server.listen());
    Client c(server.port());
    c.send("GET /api/v1/events HTTP/1.1\r\nHost: localhost:" + QByteArray::number(server.port()) +
           "\r\n\r\n");
    QVERIFY(c.readHeader());
    const std::shared_ptr<EventSink> sink = m_api.sink(0);
    QVERIFY(sink->push("data: one\n\n"));
    QCOMPARE(c.readBody(11), 11);

    QElapsedTimer timer;
    timer.start();
    server.close();
    QVERIFY(timer.elapsed() < 1000);
    QVERIFY(!sink->isOpen());
    QVERIFY(!sink->push("data: two\n\n"));
    QVERIFY(c.waitClosed(2000));
}

void tst_ApiServer::pythonReadsEventsAsTheyCome()
{
    // Python's urllib (http.client underneath), as a script would use the API: each line is
    // read as soon as it arrives, not when the stream ends.
    const QString python = QStringLiteral("/usr/bin/python3");
    if (!QFile::exists(python))
        QSKIP("No /usr/bin/python3");
    const char *script = "import sys, urllib.request\n"
                         "with urllib.request.urlopen(sys.argv[1], timeout=10) as r:\n"
                         "    print(r.status, r.headers['Content-Type'], flush=True)\n"
                         "    for line in r:\n"
                         "        print(line.decode().rstrip(), flush=True)\n";
    QProcess process;
    process.start(python, {QStringLiteral("-c"), QString::fromLatin1(script),
                           m_server->apiBaseUrl().toString() + QStringLiteral("/events")});
    QVERIFY(process.waitForStarted(scaledMs(5000)));
    const auto nextLine = [&process] {
        QElapsedTimer timer;
        timer.start();
        while (!process.canReadLine() && timer.elapsed() < scaledMs(5000))
            process.waitForReadyRead(100);
        return process.readLine().trimmed();
    };
    QCOMPARE(nextLine(), QByteArray("200 text/event-stream"));
    QCOMPARE(m_api.sinkCount(), 1);
    const std::shared_ptr<EventSink> sink = m_api.sink(0);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(sink->push("id: " + QByteArray::number(i) + "\ndata: event " +
                           QByteArray::number(i) + "\n\n"));
        QCOMPARE(nextLine(), "id: " + QByteArray::number(i));
        QCOMPARE(nextLine(), "data: event " + QByteArray::number(i));
        QCOMPARE(nextLine(), QByteArray());
    }
    sink->close();
    QVERIFY(process.waitForFinished(scaledMs(5000)));
    QCOMPARE(process.exitCode(), 0);
}

QTEST_GUILESS_MAIN(tst_ApiServer)
#include "tst_apiserver.moc"
