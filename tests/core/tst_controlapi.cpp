// The control API as a client sees it, driven through a fake exchange against a real Session on
// a loopback swarm: the security rules in their order (token, Origin, path, method, body type,
// body size, fields), every route with good and bad input, revisions, streams that fetch their
// bytes first and survive each other's release, and the route set and answers checked against
// docs/openapi.json.

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include "api/controlapi.h"
#include "api/sessionevents.h"
#include "api/streamroutes.h"
#include "api/torrentrevisions.h"
#include "http/streamrouter.h"
#include "http/streamserver.h"
#include "i18n/translations.h"
#include "input/torrentsource.h"
#include "localswarm.h"
#include "stream/bytereader.h"
#include "stream/streamview.h"
#include "testutil.h"

using namespace swarmplay;
using namespace swarmplay::test;

namespace {

constexpr qint64 MiB = 1024 * 1024;
const QByteArray Token = "0123456789abcdef0123456789abcdef";

// Records the one answer; thread-safe, as the real exchange is.
class FakeExchange : public ApiExchange
{
public:
    void answer(const ApiAnswer &answer) override
    {
        QMutexLocker lock(&m_mutex);
        if (m_answered) {
            ++m_extra;
            return;
        }
        m_answer = answer;
        m_answered = true;
    }
    std::shared_ptr<EventSink> openEventStream(const HttpHeaders &, qint64,
                                               const QByteArray &) override
    {
        return nullptr;
    }
    bool isConnected() const override { return true; }
    bool answered() const
    {
        QMutexLocker lock(&m_mutex);
        return m_answered;
    }
    ApiAnswer result() const
    {
        QMutexLocker lock(&m_mutex);
        return m_answer;
    }
    int extraAnswers() const
    {
        QMutexLocker lock(&m_mutex);
        return m_extra;
    }

private:
    mutable QMutex m_mutex;
    ApiAnswer m_answer;
    bool m_answered = false;
    int m_extra = 0;
};

struct Reply
{
    int status = -1; // -1: no answer in time
    HttpHeaders headers;
    QByteArray body;
    QJsonObject json;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.toLower() == name.toLower())
                return h.second;
        return {};
    }
    QString code() const { return json[u"error"][u"code"].toString(); }
    QString message() const { return json[u"error"][u"message"].toString(); }
    QString field() const { return json[u"error"][u"field"].toString(); }
};

} // namespace

class tst_ControlApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void tokenIsChecked();
    void foreignOriginIsRefused();
    void unknownPathsAndWrongMethods();
    void malformedInfoHashesAreNamed();
    void bodiesAnyPageCanSendAreRefused();
    void bodiesOverTheLimitAreRefused();
    void wrongFieldsAreNamed();
    void foldersAndInterfacesAreChecked();
    void sessionAndSettings();
    void listenEndpointsFollowTheSettings();
    void addingTorrents();
    void badSourcesAreRefused();
    void sourceErrorsStayEnglish();
    void revisionsSince();
    void oneTorrentAndItsDetails();
    void actions();
    void filesAndTheirChoice();
    void choosingNothingFetchesNothing();
    void uploadGivesAWaitingMagnetItsMetadata();
    void streamReachesReadyWithItsBytes();
    void streamSurvivesAnotherReleasingItsOwn();
    void badStreams();
    void streamsAreListedAndIdleOnesReleased();
    void shutdownAndEvents();
    void openApiDocumentIsServed();
    void handledFromTheServerThread();
    void routeSetMatchesTheDocument();
    void unknownParametersAreRefusedEverywhere();
    void twoContentTypesAreRefused();
    void removingWithTheFiles();
    void listOfAThousandTorrents();
    void answersMatchTheDocument();

private:
    Reply call(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
               const QByteArray &contentType = "application/json", HttpHeaders extra = {},
               bool withToken = true);
    Reply get(const QByteArray &target) { return call("GET", target, {}, {}); }
    ApiRequest request(const QByteArray &method, const QByteArray &target, const QByteArray &body,
                       const QByteArray &contentType, const HttpHeaders &extra,
                       bool withToken) const;
    void record(const ApiRequest &request, const Reply &reply);
    QByteArray hostHeader() const { return "127.0.0.1:" + QByteArray::number(m_server->port()); }
    // Adds a torrent through the API and waits for its metadata; returns its info hash.
    QString addMagnet(const QString &torrentPath, const QJsonObject &options = {});
    QJsonArray filesOf(const QString &hash);

    std::unique_ptr<LocalSwarm> m_swarm;
    Session *m_session = nullptr;
    StreamServer *m_server = nullptr;
    ControlApi *m_api = nullptr;
    QTemporaryDir m_answers;
    int m_recorded = 0;
    QString m_movieTorrent;  // movie/: movie.mkv, movie.srt, notes.txt
    QString m_hybridTorrent; // hybrid.mp4, v1 and v2
    QString m_filmTorrent;   // big/film.mkv, 24 MiB
    QString m_film;          // its content
    QString m_movie;         // the movie's info hash once added
};

void tst_ControlApi::initTestCase()
{
    m_swarm = std::make_unique<LocalSwarm>();
    TorrentCreator::Options opt;
    opt.pieceSize = 64 * 1024;
    m_swarm->makeFile(QStringLiteral("movie/movie.mkv"), 3 * MiB + 123, 1);
    m_swarm->makeFile(QStringLiteral("movie/movie.srt"), 4000, 2);
    m_swarm->makeFile(QStringLiteral("movie/notes.txt"), 1000, 3);
    m_movieTorrent = m_swarm->makeTorrent(m_swarm->path(QStringLiteral("movie")), opt);
    m_swarm->addSeeder(m_movieTorrent, m_swarm->root());

    TorrentCreator::Options hybrid = opt;
    hybrid.format = TorrentCreator::Format::Hybrid;
    const QString h = m_swarm->makeFile(QStringLiteral("h/hybrid.mp4"), MiB, 4);
    m_hybridTorrent = m_swarm->makeTorrent(h, hybrid);
    m_swarm->addSeeder(m_hybridTorrent, m_swarm->path(QStringLiteral("h")));

    // Rate-limited, so a stream's bytes really come because it asks for them.
    m_film = m_swarm->makeFile(QStringLiteral("big/film.mkv"), 24 * MiB, 5);
    m_filmTorrent = m_swarm->makeTorrent(m_film, opt);
    m_swarm->addSeeder(m_filmTorrent, m_swarm->path(QStringLiteral("big")), 3 * 1024 * 1024);

    m_session = m_swarm->addSession(QStringLiteral("api"));
    m_server = new StreamServer(m_session->streamSource(), this);
    QVERIFY(m_server->listen());
    m_api = new ControlApi(m_session, Token, m_server, this);
    QVERIFY(m_answers.isValid());
}

void tst_ControlApi::cleanupTestCase()
{
    delete m_api;
    m_api = nullptr;
    m_server->close();
    m_swarm.reset();
}

ApiRequest tst_ControlApi::request(const QByteArray &method, const QByteArray &target,
                                   const QByteArray &body, const QByteArray &contentType,
                                   const HttpHeaders &extra, bool withToken) const
{
    ApiRequest r;
    r.method = method;
    r.target = target;
    r.body = body;
    r.headers << qMakePair(QByteArray("host"), hostHeader());
    if (withToken)
        r.headers << qMakePair(QByteArray("authorization"), "Bearer " + Token);
    if (!contentType.isEmpty())
        r.headers << qMakePair(QByteArray("content-type"), contentType);
    r.headers << extra;
    return r;
}

Reply tst_ControlApi::call(const QByteArray &method, const QByteArray &target,
                           const QByteArray &body, const QByteArray &contentType, HttpHeaders extra,
                           bool withToken)
{
    const ApiRequest r = request(method, target, body, contentType, extra, withToken);
    auto exchange = std::make_shared<FakeExchange>();
    m_api->handle(r, exchange);
    Reply reply;
    if (!QTest::qWaitFor([&] { return exchange->answered(); }, scaledMs(30000)))
        return reply;
    const ApiAnswer a = exchange->result();
    reply.status = a.status;
    reply.headers = a.headers;
    reply.body = a.body;
    reply.json = QJsonDocument::fromJson(a.body).object();
    if (exchange->extraAnswers() != 0)
        reply.status = -2; // answered twice: a bug
    record(r, reply);
    return reply;
}

void tst_ControlApi::record(const ApiRequest &request, const Reply &reply)
{
    // What check_openapi.py validates in answersMatchTheDocument().
    if (reply.status < 0 || reply.header("content-type") != "application/json")
        return;
    const QJsonDocument body = QJsonDocument::fromJson(reply.body);
    QJsonObject entry{{QStringLiteral("method"), QString::fromLatin1(request.method)},
                      {QStringLiteral("path"), QString::fromUtf8(request.target)},
                      {QStringLiteral("status"), reply.status},
                      {QStringLiteral("body"), reply.body.isEmpty() ? QJsonValue()
                                               : body.isObject()    ? QJsonValue(body.object())
                                                                    : QJsonValue(body.array())}};
    QFile f(m_answers.filePath(QStringLiteral("%1.json").arg(++m_recorded, 5, 10, QChar('0'))));
    if (f.open(QIODevice::WriteOnly))
        f.write(QJsonDocument(entry).toJson());
}

QString tst_ControlApi::addMagnet(const QString &torrentPath, const QJsonObject &options)
{
    QJsonObject body = options;
    body.insert(QStringLiteral("source"), m_swarm->magnetWithPeers(torrentPath));
    const Reply r = call("POST", "/api/v1/torrents", QJsonDocument(body).toJson());
    const QString hash = r.json[u"info_hash"].toString();
    if (!QTest::qWaitFor(
            [&] {
                return get("/api/v1/torrents/" + hash.toLatin1()).json[u"has_metadata"].toBool();
            },
            scaledMs(20000)))
        return {};
    return hash;
}

QJsonArray tst_ControlApi::filesOf(const QString &hash)
{
    return get("/api/v1/torrents/" + hash.toLatin1() + "/files").json[u"files"].toArray();
}

void tst_ControlApi::tokenIsChecked()
{
    const Reply none = call("GET", "/api/v1/session", {}, {}, {}, false);
    QCOMPARE(none.status, 401);
    QCOMPARE(none.header("WWW-Authenticate"), QByteArray("Bearer"));
    QCOMPARE(none.code(), QStringLiteral("unauthorized"));
    // Before anything else: an unknown path or a wrong method says nothing without the token.
    QCOMPARE(call("GET", "/api/v1/nothing", {}, {}, {}, false).status, 401);
    QCOMPARE(call("PUT", "/api/v1/session", {}, {}, {}, false).status, 401);

    const auto with = [this](const QByteArray &value) {
        return call("GET", "/api/v1/session", {}, {}, {{"authorization", value}}, false).status;
    };
    QCOMPARE(with("Bearer " + Token), 200);
    QCOMPARE(with("bearer " + Token), 200); // the scheme is case-insensitive
    QCOMPARE(with("Bearer " + Token.left(31) + 'X'), 401);
    QCOMPARE(with("Bearer " + Token + "0"), 401);
    QCOMPARE(with("Basic " + Token), 401);
    QCOMPARE(with(Token), 401);
    // Two tokens, one of them right, is not one right token.
    QCOMPARE(call("GET", "/api/v1/session", {}, {}, {{"authorization", "Bearer wrong"}}).status,
             401);
}

void tst_ControlApi::foreignOriginIsRefused()
{
    const auto from = [this](const QByteArray &origin) {
        return call("GET", "/api/v1/session", {}, {}, {{"origin", origin}});
    };
    const Reply foreign = from("http://evil.example");
    QCOMPARE(foreign.status, 403);
    QCOMPARE(foreign.code(), QStringLiteral("foreign-origin"));
    QCOMPARE(from("http://127.0.0.1:1").status, 403); // another port is another origin
    QCOMPARE(from("null").status, 403);
    QCOMPARE(from("https://" + hostHeader()).status, 403);
    // Before the path: a page learns nothing of what exists.
    QCOMPARE(call("GET", "/api/v1/nothing", {}, {}, {{"origin", "http://evil.example"}}).status,
             403);
    QCOMPARE(from("http://" + hostHeader()).status, 200);
    QCOMPARE(get("/api/v1/session").status, 200); // no Origin: curl, Kodi, Python
    for (const auto &h : foreign.headers)
        QVERIFY2(!h.first.toLower().startsWith("access-control"), h.first.constData());
}

void tst_ControlApi::unknownPathsAndWrongMethods()
{
    QVERIFY(m_api->accepts("/api/v1/session"));
    QVERIFY(m_api->accepts("/api/v2/x?y"));
    QVERIFY(!m_api->accepts("/stream/abc/0"));
    QVERIFY(!m_api->accepts("/playlist/x.m3u"));

    for (const char *target :
         {"/api/v1/nothing", "/api/v2/session", "/api/v1/session/", "/api/v1/torrents/xyz/bogus",
          "/api/v1/torrents/", "/api/v1/streams/ABC"}) {
        const Reply r = get(target);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.code(), QStringLiteral("not-found"));
    }
    const Reply shutdown = get("/api/v1/shutdown");
    QCOMPARE(shutdown.status, 405);
    QCOMPARE(shutdown.header("Allow"), QByteArray("POST"));
    QCOMPARE(shutdown.code(), QStringLiteral("method-not-allowed"));
    const Reply put = call("PUT", "/api/v1/torrents", "{}");
    QCOMPARE(put.status, 405);
    QCOMPARE(put.header("Allow"), QByteArray("GET, HEAD, POST"));
    const QByteArray hash(40, 'a');
    QCOMPARE(get("/api/v1/torrents/" + hash + "/pause").status, 405);
    QCOMPARE(call("POST", "/api/v1/session", "{}").status, 405);
    QCOMPARE(call("HEAD", "/api/v1/events").status, 405);
}

void tst_ControlApi::malformedInfoHashesAreNamed()
{
    // The path is right and the hash is not: say so, rather than that the path is unknown.
    const QByteArray full(40, 'f');
    const QList<QPair<QByteArray, QByteArray>> requests = {
        {"GET", "/api/v1/torrents/FA4472"},
        {"GET", "/api/v1/torrents/nothex/files"},
        {"GET", "/api/v1/torrents/" + full.left(39) + "g/peers"},
        {"GET", "/api/v1/torrents/" + full + "0"}, // 41 digits
        {"POST", "/api/v1/torrents/xyz/pause"},
        {"DELETE", "/api/v1/torrents/xyz"}};
    for (const auto &[method, target] : requests) {
        const Reply r = call(method, target, method == "GET" ? QByteArray() : "{}");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), QStringLiteral("bad-info-hash"));
        QVERIFY2(r.message().contains(QLatin1String("40")) &&
                     r.message().contains(QLatin1String("64")) &&
                     r.message().contains(QLatin1String("hexadecimal")),
                 qPrintable(r.message()));
    }
    // Well-formed but unknown stays 404; a wrong method on a bad hash is still 405 first.
    const Reply unknown = get("/api/v1/torrents/" + full);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.code(), QStringLiteral("unknown-torrent"));
    QCOMPARE(get("/api/v1/torrents/" + QByteArray(64, 'F') + "/files").code(),
             QStringLiteral("unknown-torrent"));
    QCOMPARE(call("PUT", "/api/v1/torrents/xyz", "{}").status, 405);
}

void tst_ControlApi::bodiesAnyPageCanSendAreRefused()
{
    const int before = int(m_session->torrents().size());
    const QByteArray magnet = m_swarm->magnetWithPeers(m_movieTorrent).toUtf8();
    const QByteArray json = "{\"source\":\"" + magnet + "\"}";
    const QList<QPair<QByteArray, QByteArray>> refused = {
        {"application/x-www-form-urlencoded", "source=" + QUrl::toPercentEncoding(magnet)},
        {"multipart/form-data; boundary=x", "--x\r\n\r\n" + magnet + "\r\n--x--"},
        {"text/plain", json},
        {"", json},               // no type
        {"application/json", ""}, // no body
        {"", ""},                 // neither
    };
    for (const auto &[type, body] : refused) {
        const Reply r = call("POST", "/api/v1/torrents", body, type);
        QCOMPARE(r.status, 415);
        QCOMPARE(r.code(), QStringLiteral("unsupported-media-type"));
    }
    QCOMPARE(call("POST", "/api/v1/shutdown", "{}", "text/plain").status, 415);
    QCOMPARE(call("PATCH", "/api/v1/settings", "download_rate_limit=1",
                  "application/x-www-form-urlencoded")
                 .status,
             415);
    // The .torrent type is for the upload alone.
    QCOMPARE(call("PATCH", "/api/v1/settings", "{}", "application/x-bittorrent").status, 415);
    // Parameters of the type are fine.
    QCOMPARE(call("PATCH", "/api/v1/settings", "{}", "application/json; charset=utf-8").status,
             200);
    QTest::qWait(300);
    QCOMPARE(int(m_session->torrents().size()), before);
}

void tst_ControlApi::bodiesOverTheLimitAreRefused()
{
    const auto head = [this](const QByteArray &method, const QByteArray &target,
                             const QByteArray &type) {
        return m_api->bodyLimit(request(method, target, "x", type, {}, true));
    };
    QCOMPARE(head("POST", "/api/v1/torrents", "application/json"), MiB);
    QCOMPARE(head("POST", "/api/v1/torrents", "application/x-bittorrent"),
             TorrentSource::MaxTorrentFileSize);
    QCOMPARE(head("POST", "/api/v1/torrents?paused=true", "application/x-bittorrent; x=y"),
             TorrentSource::MaxTorrentFileSize);
    QCOMPARE(head("PATCH", "/api/v1/settings", "application/x-bittorrent"), MiB);

    QByteArray big = "{\"download_rate_limit\":0,\"pad\":\"" + QByteArray(MiB, 'x') + "\"}";
    const Reply json = call("PATCH", "/api/v1/settings", big);
    QCOMPARE(json.status, 413);
    QCOMPARE(json.code(), QStringLiteral("body-too-large"));
    const Reply upload =
        call("POST", "/api/v1/torrents", QByteArray(TorrentSource::MaxTorrentFileSize + 1, 'd'),
             "application/x-bittorrent");
    QCOMPARE(upload.status, 413);
}

void tst_ControlApi::wrongFieldsAreNamed()
{
    const auto patch = [this](const QByteArray &body) {
        return call("PATCH", "/api/v1/settings", body);
    };
    QCOMPARE(patch("{nope").code(), QStringLiteral("invalid-json"));
    QCOMPARE(patch("{nope").status, 400);
    QCOMPARE(patch("[1]").code(), QStringLiteral("invalid-json"));
    const Reply type = patch("{\"download_rate_limit\":\"fast\"}");
    QCOMPARE(type.status, 400);
    QCOMPARE(type.code(), QStringLiteral("bad-field"));
    QCOMPARE(type.field(), QStringLiteral("download_rate_limit"));
    QVERIFY(type.message().contains(QLatin1String("download_rate_limit")));
    QCOMPARE(patch("{\"upload_rate_limit\":-1}").field(), QStringLiteral("upload_rate_limit"));
    QCOMPARE(patch("{\"connections_limit\":1.5}").field(), QStringLiteral("connections_limit"));
    QCOMPARE(patch("{\"dht\":1}").field(), QStringLiteral("dht"));
    QCOMPARE(patch("{\"encryption\":\"maybe\"}").field(), QStringLiteral("encryption"));
    QCOMPARE(patch("{\"download_dir\":\"relative/dir\"}").field(), QStringLiteral("download_dir"));
    QCOMPARE(patch("{\"listen_interfaces\":\"0.0.0.0\"}").field(),
             QStringLiteral("listen_interfaces"));
    QCOMPARE(patch("{\"tcp\":false,\"utp\":false}").field(), QStringLiteral("tcp"));
    const Reply unknown = patch("{\"download_rate\":5}");
    QCOMPARE(unknown.code(), QStringLiteral("unknown-field"));
    QCOMPARE(unknown.field(), QStringLiteral("download_rate"));
    const Reply startup = patch("{\"dht\":true,\"state_dir\":\"/tmp/x\"}");
    QCOMPARE(startup.status, 400);
    QCOMPARE(startup.code(), QStringLiteral("startup-only"));
    QCOMPARE(startup.field(), QStringLiteral("state_dir"));
    // Nothing of a refused request was applied.
    QCOMPARE(m_session->settings().downloadRateLimit, 0);
    QCOMPARE(m_session->settings().tcp, true);
}

void tst_ControlApi::foldersAndInterfacesAreChecked()
{
    const SessionSettings before = m_session->settings();
    const auto patched = [this](const QString &field, const QString &value) {
        const QByteArray body = QJsonDocument(QJsonObject{{field, value}}).toJson();
        const Reply r = call("PATCH", "/api/v1/settings", body);
        return r.status == 400 ? r.field() : QString::number(r.status);
    };
    const QString dir = QStringLiteral("download_dir");
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    QVERIFY(QFile::link(QStringLiteral("/proc/self"), temp.filePath(QStringLiteral("proc"))));
    for (const QString &bad :
         {QString(), QStringLiteral("relative/dir"),
          QString(QLatin1Char('/') + QString(5000, u'a')), QStringLiteral("/tmp/a\nb"),
          QString(QStringLiteral("/tmp/a") + QChar(0) + u'b'),
          QString(QStringLiteral("/tmp/") + QChar(0x85)), QStringLiteral("/proc"),
          QStringLiteral("/proc/self/cwd"), QStringLiteral("/sys/kernel/x"),
          QStringLiteral("/dev/shm/films"), QStringLiteral("/tmp/../dev/x"),
          temp.filePath(QStringLiteral("proc/new/folder"))})
        QVERIFY2(patched(dir, bad) == dir, qPrintable(bad.left(80)));
    const QString outgoing = QStringLiteral("outgoing_interface");
    for (const QString &bad :
         {QStringLiteral("1.2.3.999"), QStringLiteral("eth0;reboot"), QStringLiteral("eth0,eth1"),
          QString(16, u'e'), QStringLiteral("eth 0"), QStringLiteral("wlan0\t"),
          QStringLiteral("::ffff:127.0.0.1")})
        QVERIFY2(patched(outgoing, bad) == outgoing, qPrintable(bad));
    QCOMPARE(m_session->settings().downloadDir, before.downloadDir); // nothing applied
    QCOMPARE(m_session->settings().outgoingInterface, before.outgoingInterface);

    // What is fine stays fine.
    const QString near = temp.filePath(QStringLiteral("procfs-notes/films"));
    QCOMPARE(patched(dir, near), QStringLiteral("200"));
    QCOMPARE(m_session->settings().downloadDir, near);
    for (const QString &good :
         {QStringLiteral("lo"), QStringLiteral("wg-home_2"), QStringLiteral("::1"), QString()})
        QCOMPARE(patched(outgoing, good), QStringLiteral("200"));
    QCOMPARE(patched(dir, before.downloadDir), QStringLiteral("200"));
    QCOMPARE(patched(outgoing, before.outgoingInterface), QStringLiteral("200"));

    // A torrent's own folder: in the JSON body and in an upload's query.
    const QByteArray data = readFile(m_hybridTorrent);
    for (const QByteArray &bad : {QByteArray("/proc/1"), QByteArray("/sys"),
                                  "/" + QByteArray(5000, 'x'), QByteArray("/tmp/a\u0007")}) {
        const Reply json =
            call("POST", "/api/v1/torrents",
                 "{\"source\":\"" + m_swarm->magnetWithPeers(m_hybridTorrent).toUtf8() +
                     "\",\"save_path\":\"" + bad + "\"}");
        QCOMPARE(json.status, 400);
        QCOMPARE(json.field(), QStringLiteral("save_path"));
        const QByteArray query = QUrl::toPercentEncoding(
            QJsonDocument::fromJson("[\"" + bad + "\"]").array().first().toString());
        const Reply upload =
            call("POST", "/api/v1/torrents?save_path=" + query, data, "application/x-bittorrent");
        QCOMPARE(upload.status, 400);
        QCOMPARE(upload.field(), QStringLiteral("save_path"));
    }
    QCOMPARE(m_session->torrent(TorrentSource::parse(m_hybridTorrent).id()).id.isValid(), false);
}

void tst_ControlApi::sessionAndSettings()
{
    const Reply s = get("/api/v1/session");
    QCOMPARE(s.status, 200);
    QCOMPARE(s.json[u"listening"].toBool(), true);
    QVERIFY(s.json[u"listen_port"].toInt() > 0);
    QVERIFY(s.json.contains(u"version"));
    QCOMPARE(s.json[u"revision"].toInteger(), m_api->revisions()->revision());

    const Reply before = get("/api/v1/settings");
    QCOMPARE(before.status, 200);
    QCOMPARE(before.json[u"download_dir"].toString(), m_session->settings().downloadDir);
    QCOMPARE(before.json[u"state_dir"].toString(), m_session->settings().stateDir);
    QCOMPARE(before.json[u"dht"].toBool(), false);

    const Reply changed = call("PATCH", "/api/v1/settings",
                               "{\"download_rate_limit\":2000000,\"connections_limit\":150,"
                               "\"encryption\":\"required\"}");
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.json[u"download_rate_limit"].toInt(), 2000000);
    QCOMPARE(changed.json[u"connections_limit"].toInt(), 150);
    QCOMPARE(changed.json[u"encryption"].toString(), QStringLiteral("required"));
    QCOMPARE(changed.json[u"upload_rate_limit"], before.json[u"upload_rate_limit"]);
    QCOMPARE(get("/api/v1/settings").json, changed.json);
    // libtorrent itself has them.
    SessionSettings applied;
    QVERIFY(await(m_session->appliedSettings(), &applied));
    QCOMPARE(applied.downloadRateLimit, 2000000);
    QCOMPARE(applied.connectionsLimit, 150);

    // Every field shown is either one PATCH takes or one it refuses by name.
    for (auto it = before.json.constBegin(); it != before.json.constEnd(); ++it) {
        const QJsonObject one{{it.key(), it.value()}};
        const Reply r = call("PATCH", "/api/v1/settings", QJsonDocument(one).toJson());
        QVERIFY2(r.status == 200 || r.code() == QLatin1String("startup-only"),
                 qPrintable(it.key()));
    }
    QCOMPARE(get("/api/v1/settings").json, before.json);
}

void tst_ControlApi::listenEndpointsFollowTheSettings()
{
    const QString own = m_session->settings().listenInterfaces; // "127.0.0.N:0"
    const QString address = m_session->settings().outgoingInterface;
    const auto listenPatch = [this](const QString &interfaces) {
        return call("PATCH", "/api/v1/settings",
                    QJsonDocument(QJsonObject{{QStringLiteral("listen_interfaces"), interfaces}})
                        .toJson())
            .status;
    };
    const auto endpoints = [this] {
        QStringList list;
        for (const QJsonValue v : get("/api/v1/session").json[u"listen_endpoints"].toArray())
            list << v.toString();
        return list;
    };
    QTRY_COMPARE(endpoints().size(), 2); // TCP and uTP
    const QStringList before = endpoints();
    const int port = get("/api/v1/session").json[u"listen_port"].toInt();
    QVERIFY(before.first().startsWith(address + ':' + QString::number(port)));

    // A second address opens two more; the first address's stay as they were.
    QCOMPARE(listenPatch(own + QStringLiteral(",127.0.0.201:0")), 200);
    QTRY_COMPARE(endpoints().filter(QStringLiteral("127.0.0.201:")).size(), 2);
    QCOMPARE(endpoints().mid(0, 2), before);
    // Taken away again, they go (libtorrent closes them without a word).
    QCOMPARE(listenPatch(own), 200);
    QTRY_COMPARE(endpoints(), before);
    QCOMPARE(get("/api/v1/session").json[u"listen_port"].toInt(), port);

    // Another port for the same address: the old sockets are closed, the new ones listed.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress(address), 0));
    const int other = probe.serverPort();
    probe.close();
    QCOMPARE(listenPatch(QStringLiteral("%1:%2").arg(address).arg(other)), 200);
    const QStringList moved = {QStringLiteral("%1:%2 (TCP)").arg(address).arg(other),
                               QStringLiteral("%1:%2 (uTP)").arg(address).arg(other)};
    QTRY_COMPARE(endpoints(), moved);
    QCOMPARE(get("/api/v1/session").json[u"listen_port"].toInt(), other);
    QVERIFY(get("/api/v1/session").json[u"listen_error"].isNull());
    // Back to a port the system picks: another socket again, and only it listed.
    QCOMPARE(listenPatch(own), 200);
    QTRY_VERIFY(endpoints().size() == 2 && endpoints() != moved);
    QVERIFY(endpoints().first().startsWith(address + ':'));
    QCOMPARE(listenPatch(QStringLiteral("[::ffff:127.0.0.1]:0")), 400);
}

void tst_ControlApi::addingTorrents()
{
    const Reply first = call("POST", "/api/v1/torrents",
                             QJsonDocument(QJsonObject{{QStringLiteral("source"),
                                                        m_swarm->magnetWithPeers(m_movieTorrent)}})
                                 .toJson());
    QCOMPARE(first.status, 201);
    QCOMPARE(first.json[u"already"].toBool(), false);
    m_movie = first.json[u"info_hash"].toString();
    QCOMPARE(m_movie, TorrentSource::parse(m_movieTorrent).id().key());
    // Two clients adding the same torrent get one torrent.
    const Reply again =
        call("POST", "/api/v1/torrents", "{\"source\":\"" + m_movie.toUpper().toLatin1() + "\"}");
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json[u"already"].toBool(), true);
    QCOMPARE(again.json[u"info_hash"].toString(), m_movie);
    int count = 0;
    for (const TorrentSnapshot &t : m_session->torrents())
        count += t.id.key() == m_movie ? 1 : 0;
    QCOMPARE(count, 1);

    // A .torrent upload with its options in the query.
    const QByteArray file = readFile(m_hybridTorrent);
    const Reply upload =
        call("POST", "/api/v1/torrents?paused=true&files=0", file, "application/x-bittorrent");
    QCOMPARE(upload.status, 201);
    const TorrentId hybrid = TorrentSource::parse(m_hybridTorrent).id();
    QCOMPARE(upload.json[u"info_hash"].toString(), hybrid.key());
    QTRY_COMPARE_WITH_TIMEOUT(m_session->torrent(hybrid).state, TorrentState::Paused,
                              scaledMs(10000));
    // Its v2 hash names it too.
    const Reply byV2 = get("/api/v1/torrents/" + hybrid.v2Hex().toLatin1());
    QCOMPARE(byV2.status, 200);
    QCOMPARE(byV2.json[u"info_hash"].toString(), hybrid.key());
    QCOMPARE(byV2.json[u"metadata"][u"v2"].toBool(), true);
}

void tst_ControlApi::badSourcesAreRefused()
{
    const QByteArray file = readFile(m_hybridTorrent);
    const auto refused = [this](const QString &source) {
        return call("POST", "/api/v1/torrents",
                    QJsonDocument(QJsonObject{{QStringLiteral("source"), source}}).toJson());
    };
    const Reply badXt = refused(QStringLiteral("magnet:?xt=urn:btih:123"));
    QCOMPARE(badXt.status, 422);
    QCOMPARE(badXt.code(), QStringLiteral("magnet-bad-xt"));
    QVERIFY2(badXt.message().contains(QLatin1String("\"123\" is not 40 hexadecimal")),
             qPrintable(badXt.message()));
    const Reply noXt = refused(QStringLiteral("magnet:?dn=film"));
    QCOMPARE(noXt.code(), QStringLiteral("magnet-without-xt"));
    QVERIFY(noXt.message().startsWith(QLatin1String("This magnet link has no \"xt\" parameter")));
    QCOMPARE(refused(QString(39, QLatin1Char('a'))).code(), QStringLiteral("bad-info-hash"));
    QCOMPARE(refused(QStringLiteral("   ")).code(), QStringLiteral("empty-input"));
    // A path on the engine's computer is never read.
    const Reply path = refused(m_movieTorrent);
    QCOMPARE(path.status, 422);
    QCOMPARE(path.code(), QStringLiteral("unsupported-scheme"));
    QCOMPARE(refused(QStringLiteral("file://") + m_movieTorrent).code(),
             QStringLiteral("unsupported-scheme"));
    const Reply garbage =
        call("POST", "/api/v1/torrents", "not a torrent", "application/x-bittorrent");
    QCOMPARE(garbage.status, 422);
    QCOMPARE(garbage.code(), QStringLiteral("not-bencoded"));
    QCOMPARE(call("POST", "/api/v1/torrents", "{\"source\":5}").field(), QStringLiteral("source"));
    QCOMPARE(call("POST", "/api/v1/torrents", "{}").code(), QStringLiteral("missing-field"));
    QCOMPARE(call("POST", "/api/v1/torrents", "{\"source\":\"x\",\"files\":[0,0]}").field(),
             QStringLiteral("files"));
    QCOMPARE(call("POST", "/api/v1/torrents", "{\"source\":\"x\",\"save_path\":\"rel\"}").field(),
             QStringLiteral("save_path"));
    QCOMPARE(call("POST", "/api/v1/torrents?files=x", file, "application/x-bittorrent").field(),
             QStringLiteral("files"));
    QCOMPARE(call("POST", "/api/v1/torrents?colour=red", file, "application/x-bittorrent").field(),
             QStringLiteral("colour"));
}

void tst_ControlApi::sourceErrorsStayEnglish()
{
    QVERIFY(Translations::install(QLocale(QLocale::German)));
    const Reply r = call("POST", "/api/v1/torrents", "{\"source\":\"magnet:?dn=film\"}");
    Translations::install(QLocale(QLocale::English));
    QCOMPARE(r.code(), QStringLiteral("magnet-without-xt"));
    QVERIFY2(r.message().startsWith(QLatin1String("This magnet link has no \"xt\" parameter")),
             qPrintable(r.message()));
}

void tst_ControlApi::revisionsSince()
{
    const Reply all = get("/api/v1/torrents");
    QCOMPARE(all.status, 200);
    QCOMPARE(all.json[u"full"].toBool(), true);
    QVERIFY(all.json[u"torrents"].toArray().size() >= 2);
    const qint64 r0 = all.json[u"revision"].toInteger();

    const QString hybrid = TorrentSource::parse(m_hybridTorrent).id().key();
    QCOMPARE(call("DELETE", "/api/v1/torrents/" + hybrid.toLatin1(), "{}").status, 200);
    const Reply since = get("/api/v1/torrents?since=" + QByteArray::number(r0));
    QCOMPARE(since.json[u"full"].toBool(), false);
    QCOMPARE(since.json[u"removed"].toArray(), QJsonArray{hybrid});
    QVERIFY(since.json[u"revision"].toInteger() > r0);
    for (const QJsonValue t : since.json[u"torrents"].toArray())
        QVERIFY(t[u"info_hash"].toString() != hybrid);

    // Added back: in the changes, no longer among the removed.
    const Reply back =
        call("POST", "/api/v1/torrents", readFile(m_hybridTorrent), "application/x-bittorrent");
    QCOMPARE(back.status, 201);
    const qint64 r1 = since.json[u"revision"].toInteger();
    const Reply after = get("/api/v1/torrents?since=" + QByteArray::number(r1));
    QCOMPARE(after.json[u"removed"].toArray(), QJsonArray());
    bool listed = false;
    for (const QJsonValue t : after.json[u"torrents"].toArray())
        listed |= t[u"info_hash"].toString() == hybrid;
    QVERIFY(listed);
    // Nothing new since the current revision but what moved meanwhile.
    const qint64 now = after.json[u"revision"].toInteger();
    const Reply none = get("/api/v1/torrents?since=" + QByteArray::number(now));
    QCOMPARE(none.json[u"full"].toBool(), false);
    QVERIFY(none.json[u"torrents"].toArray().size() < all.json[u"torrents"].toArray().size() + 1);

    // From another run, from the future: the full list, flagged.
    QCOMPARE(get("/api/v1/torrents?since=0").json[u"full"].toBool(), true);
    QCOMPARE(get("/api/v1/torrents?since=" + QByteArray::number(now + 1000000)).json[u"full"],
             QJsonValue(true));
    QCOMPARE(get("/api/v1/torrents?since=abc").field(), QStringLiteral("since"));
    QCOMPARE(get("/api/v1/torrents?since=-4").status, 400);
    QCOMPARE(get("/api/v1/torrents?sort=name").field(), QStringLiteral("sort"));
}

void tst_ControlApi::oneTorrentAndItsDetails()
{
    const QByteArray base = "/api/v1/torrents/" + m_movie.toLatin1();
    QTRY_VERIFY_WITH_TIMEOUT(get(base).json[u"has_metadata"].toBool(), scaledMs(20000));
    const Reply one = get(base);
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json[u"name"].toString(), QStringLiteral("movie"));
    QCOMPARE(one.json[u"metadata"][u"file_count"].toInt(), 3);
    QCOMPARE(get(base.toUpper().replace("/API/V1/TORRENTS/", "/api/v1/torrents/")).status, 200);
    const Reply unknown = get("/api/v1/torrents/" + QByteArray(40, 'f'));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.code(), QStringLiteral("unknown-torrent"));
    for (const char *sub : {"/files", "/peers", "/trackers", "/pieces"})
        QCOMPARE(get("/api/v1/torrents/" + QByteArray(64, 'e') + sub).status, 404);

    QTRY_VERIFY_WITH_TIMEOUT(!get(base + "/peers").json[u"peers"].toArray().isEmpty(),
                             scaledMs(20000));
    const Reply trackers = get(base + "/trackers");
    QCOMPARE(trackers.status, 200);
    QCOMPARE(trackers.json[u"trackers"].toArray(), QJsonArray()); // the magnet names none

    // Once downloaded every piece is in the bitfield.
    QTRY_VERIFY_WITH_TIMEOUT(get(base).json[u"progress"].toDouble() >= 1.0, scaledMs(30000));
    QTRY_VERIFY_WITH_TIMEOUT(get(base + "/pieces").json[u"have_count"].toInt() ==
                                 get(base + "/pieces").json[u"piece_count"].toInt(),
                             scaledMs(10000));
    const Reply pieces = get(base + "/pieces");
    const int count = pieces.json[u"piece_count"].toInt();
    QCOMPARE(pieces.json[u"piece_length"].toInt(), 64 * 1024);
    const QByteArray bits = QByteArray::fromBase64(pieces.json[u"bitfield"].toString().toLatin1());
    QCOMPARE(bits.size(), (count + 7) / 8);
    QCOMPARE(uchar(bits[0]), uchar(0xff));
    const QJsonArray files = pieces.json[u"files"].toArray();
    QCOMPARE(files.size(), 3);
    QCOMPARE(files.last()[u"last_piece"].toInt(), count - 1);
}

void tst_ControlApi::actions()
{
    const QByteArray base = "/api/v1/torrents/" + m_movie.toLatin1();
    const Reply pause = call("POST", base + "/pause", "{}");
    QCOMPARE(pause.status, 202);
    QCOMPARE(pause.json[u"info_hash"].toString(), m_movie);
    QTRY_COMPARE_WITH_TIMEOUT(get(base).json[u"state"].toString(), QStringLiteral("paused"),
                              scaledMs(10000));
    QCOMPARE(call("POST", base + "/resume", "{}").status, 202);
    QTRY_VERIFY_WITH_TIMEOUT(get(base).json[u"state"].toString() != QLatin1String("paused"),
                             scaledMs(10000));
    QCOMPARE(call("POST", base + "/recheck", "{}").status, 202);
    // The data is all there: the check finds it again.
    QTRY_COMPARE_WITH_TIMEOUT(get(base).json[u"progress"].toDouble(), 1.0, scaledMs(20000));
    QCOMPARE(call("POST", base + "/reannounce", "{}").status, 202);

    const Reply extra = call("POST", base + "/pause", "{\"now\":true}");
    QCOMPARE(extra.status, 400);
    QCOMPARE(extra.field(), QStringLiteral("now"));
    QCOMPARE(call("POST", "/api/v1/torrents/" + QByteArray(40, '0') + "/pause", "{}").status, 404);
    QVERIFY(get(base).json[u"state"].toString() != QLatin1String("paused"));
}

void tst_ControlApi::filesAndTheirChoice()
{
    const QByteArray base = "/api/v1/torrents/" + m_movie.toLatin1() + "/files";
    const Reply all = get(base);
    QCOMPARE(all.status, 200);
    const QJsonArray files = all.json[u"files"].toArray();
    QCOMPARE(files.size(), 3);
    int video = -1;
    for (const QJsonValue f : files) {
        QVERIFY(f[u"stream_url"].toString().contains(
            "/stream/" +
            StreamRouter::urlToken(m_server->token().toLatin1(), m_movie, f[u"index"].toInt())));
        QVERIFY(!f[u"stream_url"].toString().contains(QString::fromLatin1(Token)));
        if (f[u"kind"].toString() == QLatin1String("video"))
            video = f[u"index"].toInt();
    }
    QVERIFY(video >= 0);
    const QJsonArray videos = get(base + "?kind=video").json[u"files"].toArray();
    QCOMPARE(videos.size(), 1);
    QCOMPARE(videos[0][u"index"].toInt(), video);
    QCOMPARE(get(base + "?kind=video,subtitle").json[u"files"].toArray().size(), 2);
    QCOMPARE(get(base + "?kind=films").field(), QStringLiteral("kind"));

    const Reply only = call("PATCH", base, "{\"wanted\":[" + QByteArray::number(video) + "]}");
    QCOMPARE(only.status, 200);
    for (const QJsonValue f : only.json[u"files"].toArray())
        QCOMPARE(f[u"wanted"].toBool(), f[u"index"].toInt() == video);
    QTRY_COMPARE_WITH_TIMEOUT(filesOf(m_movie).at(video == 0 ? 1 : 0)[u"wanted"].toBool(), false,
                              scaledMs(10000));

    const int other = video == 0 ? 1 : 0;
    const Reply high = call("PATCH", base,
                            "{\"priorities\":[{\"index\":" + QByteArray::number(other) +
                                ",\"priority\":\"high\"}]}");
    QCOMPARE(high.status, 200);
    QCOMPARE(high.json[u"files"][other][u"priority"].toString(), QStringLiteral("high"));
    QTRY_COMPARE_WITH_TIMEOUT(filesOf(m_movie).at(other)[u"priority"].toString(),
                              QStringLiteral("high"), scaledMs(10000));
    QCOMPARE(filesOf(m_movie).at(video)[u"priority"].toString(), QStringLiteral("normal"));
    const Reply skip = call("PATCH", base,
                            "{\"priorities\":[{\"index\":" + QByteArray::number(video) +
                                ",\"priority\":\"skip\"}]}");
    QCOMPARE(skip.json[u"files"][video][u"wanted"].toBool(), false);
    QTRY_COMPARE_WITH_TIMEOUT(filesOf(m_movie).at(video)[u"priority"].toString(),
                              QStringLiteral("skip"), scaledMs(10000));

    QCOMPARE(call("PATCH", base, "{\"wanted\":[99]}").field(), QStringLiteral("wanted"));
    QCOMPARE(call("PATCH", base, "{}").code(), QStringLiteral("missing-field"));
    QCOMPARE(call("PATCH", base, "{\"wanted\":\"some\"}").field(), QStringLiteral("wanted"));
    QCOMPARE(call("PATCH", base, "{\"priorities\":[{\"index\":0,\"priority\":\"max\"}]}").field(),
             QStringLiteral("priorities[0]"));
    QCOMPARE(call("PATCH", base, "{\"wanted\":\"all\",\"priorities\":[]}").status, 400);
    const Reply back = call("PATCH", base, "{\"wanted\":\"all\"}");
    QCOMPARE(back.status, 200);
    for (const QJsonValue f : back.json[u"files"].toArray())
        QVERIFY(f[u"wanted"].toBool());
}

void tst_ControlApi::choosingNothingFetchesNothing()
{
    // An unthrottled seed: whatever the engine asked for would arrive within a round or two.
    const QString clip = m_swarm->makeFile(QStringLiteral("later/clip.mkv"), 20 * MiB, 6);
    TorrentCreator::Options opt;
    opt.pieceSize = 64 * 1024;
    const QString torrent = m_swarm->makeTorrent(clip, opt);
    m_swarm->addSeeder(torrent, m_swarm->path(QStringLiteral("later")));
    SessionEvents events(m_session);
    QSignalSpy told(&events, &SessionEvents::occurred);
    const auto finishedTold = [&told] {
        for (const QList<QVariant> &e : std::as_const(told)) {
            if (e[0].toString() == QLatin1String("finished") ||
                e[1].toJsonObject()[u"kind"].toString() == QLatin1String("finished"))
                return true;
        }
        return false;
    };

    const QString hash = addMagnet(torrent, QJsonObject{{QStringLiteral("files"), QJsonArray()}});
    QVERIFY(!hash.isEmpty());
    const QByteArray base = "/api/v1/torrents/" + hash.toLatin1();
    // Not even the head of the largest file, which the window's player fetches meanwhile.
    QTRY_VERIFY_WITH_TIMEOUT(!filesOf(hash).isEmpty(), scaledMs(10000));
    for (const QJsonValue f : filesOf(hash)) {
        QCOMPARE(f[u"wanted"].toBool(), false);
        QCOMPARE(f[u"priority"].toString(), QStringLiteral("skip"));
    }
    QSignalSpy rounds(m_session, &Session::torrentsUpdated);
    QVERIFY(QTest::qWaitFor([&] { return rounds.count() >= 5; }, scaledMs(10000)));
    const Reply after = get(base);
    QCOMPARE(after.json[u"total_done"].toInteger(), 0);
    QCOMPARE(after.json[u"downloaded"].toInteger(), 0);
    QCOMPARE(after.json[u"wanted_bytes"].toInteger(), 0);
    for (const QJsonValue f : filesOf(hash))
        QCOMPARE(f[u"bytes_done"].toInteger(), 0);
    QVERIFY(!finishedTold());

    // Choosing later fetches the file, and then it is finished.
    QCOMPARE(call("PATCH", base + "/files", "{\"wanted\":[0]}").status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(get(base).json[u"total_done"].toInteger(), 20 * MiB, scaledMs(60000));
    QTRY_VERIFY_WITH_TIMEOUT(finishedTold(), scaledMs(10000));
    QCOMPARE(call("DELETE", base + "?files=delete", "{}").status, 200);
}

void tst_ControlApi::uploadGivesAWaitingMagnetItsMetadata()
{
    const QString song = m_swarm->makeFile(QStringLiteral("waiting/song.flac"), 2 * MiB, 7);
    TorrentCreator::Options opt;
    opt.pieceSize = 64 * 1024;
    const QString torrent = m_swarm->makeTorrent(song, opt);
    m_swarm->addSeeder(torrent, m_swarm->path(QStringLiteral("waiting")));
    const QString hash = TorrentSource::parse(torrent).id().key();
    const QString folder = m_swarm->path(QStringLiteral("chosen-folder"));
    const QByteArray base = "/api/v1/torrents/" + hash.toLatin1();

    // A bare info hash, with no peer to ask: its metadata can come only with the upload.
    const Reply added = call("POST", "/api/v1/torrents",
                             QJsonDocument(QJsonObject{{QStringLiteral("source"), hash},
                                                       {QStringLiteral("save_path"), folder},
                                                       {QStringLiteral("files"), QJsonArray()},
                                                       {QStringLiteral("paused"), true}})
                                 .toJson());
    QCOMPARE(added.status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(get(base).json[u"state"].toString(), QStringLiteral("paused"),
                              scaledMs(10000));
    QCOMPARE(get(base).json[u"has_metadata"].toBool(), false);
    SessionEvents events(m_session);
    QSignalSpy told(&events, &SessionEvents::occurred);

    const Reply upload =
        call("POST", "/api/v1/torrents", readFile(torrent), "application/x-bittorrent");
    QCOMPARE(upload.status, 200);
    QCOMPARE(upload.json[u"already"].toBool(), true);
    QCOMPARE(upload.json[u"info_hash"].toString(), hash);
    QCOMPARE(upload.json[u"has_metadata"].toBool(), true);
    QCOMPARE(upload.json[u"name"].toString(), QStringLiteral("song.flac"));
    // As it was added: paused, into its folder, nothing chosen.
    const Reply now = get(base);
    QCOMPARE(now.json[u"state"].toString(), QStringLiteral("paused"));
    QCOMPARE(now.json[u"save_path"].toString(), folder);
    QCOMPARE(now.json[u"metadata"][u"file_count"].toInt(), 1);
    QCOMPARE(filesOf(hash).size(), 1);
    QCOMPARE(filesOf(hash)[0][u"wanted"].toBool(), false);
    QStringList types;
    for (const QList<QVariant> &e : std::as_const(told))
        types << e[0].toString();
    QVERIFY2(types.contains(QLatin1String("metadata")), qPrintable(types.join(u',')));
    QVERIFY2(!types.contains(QLatin1String("torrent_removed")), qPrintable(types.join(u',')));
    QVERIFY2(!types.contains(QLatin1String("torrent_added")), qPrintable(types.join(u',')));
    int count = 0;
    for (const TorrentSnapshot &t : m_session->torrents())
        count += t.id.key() == hash ? 1 : 0;
    QCOMPARE(count, 1);

    // A torrent like any other: resumed and given its file, it downloads it there.
    QCOMPARE(call("POST", base + "/resume", "{}").status, 202);
    QCOMPARE(call("PATCH", base + "/files", "{\"wanted\":[0]}").status, 200);
    m_swarm->connectToSeeders(m_session, TorrentId::fromString(hash));
    QTRY_COMPARE_WITH_TIMEOUT(get(base).json[u"total_done"].toInteger(), 2 * MiB, scaledMs(30000));
    QTRY_COMPARE_WITH_TIMEOUT(readFile(QDir(folder).filePath(QStringLiteral("song.flac"))),
                              readFile(song), scaledMs(10000));
    QCOMPARE(call("DELETE", base + "?files=delete", "{}").status, 200);
}

void tst_ControlApi::streamReachesReadyWithItsBytes()
{
    // Nothing chosen: only the stream makes bytes come.
    const QString film =
        addMagnet(m_filmTorrent, QJsonObject{{QStringLiteral("files"), QJsonArray()}});
    QVERIFY(!film.isEmpty());
    QSignalSpy changes(m_api, &ControlApi::streamChanged);
    const qint64 offset = 12 * MiB + 1000;
    const qint64 prebuffer = 2 * MiB;
    const Reply opened =
        call("POST", "/api/v1/streams",
             QJsonDocument(QJsonObject{{QStringLiteral("info_hash"), film},
                                       {QStringLiteral("file"), 0},
                                       {QStringLiteral("offset"), offset},
                                       {QStringLiteral("prebuffer_bytes"), prebuffer}})
                 .toJson());
    QCOMPARE(opened.status, 201);
    const QString id = opened.json[u"id"].toString();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(id).hasMatch());
    QVERIFY(opened.json[u"stream_url"].toString().startsWith(QLatin1String("http://")));
    QVERIFY(opened.json[u"playlist_url"].toString().endsWith(film + QStringLiteral(".m3u")));
    const QByteArray path = "/api/v1/streams/" + id.toLatin1();
    QTRY_COMPARE_WITH_TIMEOUT(get(path).json[u"state"].toString(), QStringLiteral("ready"),
                              scaledMs(60000));

    // What was needed: the probe region (the head and tail a demuxer reads) and the pre-buffer.
    const TorrentId tid = TorrentId::fromString(film);
    const QVector<ByteRange> region = m_session->streams()->probeRegion(film, 0);
    QVERIFY(!region.isEmpty());
    QVector<ByteRange> needed = region;
    needed.push_back({offset, prebuffer});
    std::sort(needed.begin(), needed.end(),
              [](const ByteRange &a, const ByteRange &b) { return a.offset < b.offset; });
    qint64 total = 0;
    qint64 end = 0;
    for (const ByteRange &r : std::as_const(needed)) {
        total += std::max<qint64>(0, r.end() - std::max(end, r.offset));
        end = std::max(end, r.end());
    }
    const Reply ready = get(path);
    QCOMPARE(ready.json[u"bytes_needed"].toInteger(), total);
    QCOMPARE(ready.json[u"bytes_ready"].toInteger(), total);
    QCOMPARE(ready.json[u"eta"].toInteger(), 0);
    for (const ByteRange &r : std::as_const(needed))
        QVERIFY(m_session->streams()->readyAt(film, 0, r.offset) >= r.length);

    // A player reading the stream URL there gets the file's bytes without waiting.
    QNetworkAccessManager net;
    QNetworkRequest req(QUrl(ready.json[u"stream_url"].toString()));
    req.setRawHeader("Range", "bytes=" + QByteArray::number(offset) + '-' +
                                  QByteArray::number(offset + prebuffer - 1));
    QNetworkReply *reply = net.get(req);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), scaledMs(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 206);
    QCOMPARE(reply->readAll(), readFile(m_film).mid(offset, prebuffer));
    delete reply;

    bool sawReady = false;
    for (const QList<QVariant> &args : std::as_const(changes)) {
        const QJsonObject s = args.first().toJsonObject();
        sawReady |= s[u"id"].toString() == id && s[u"state"].toString() == QLatin1String("ready");
    }
    QVERIFY(sawReady);
    QCOMPARE(call("DELETE", path, "{}").status, 200);
    Q_UNUSED(tid);
}

void tst_ControlApi::streamSurvivesAnotherReleasingItsOwn()
{
    const QString film = TorrentSource::parse(m_filmTorrent).id().key();
    const auto open = [&](qint64 offset, qint64 prebuffer) {
        return call("POST", "/api/v1/streams",
                    QJsonDocument(QJsonObject{{QStringLiteral("info_hash"), film},
                                              {QStringLiteral("file"), 0},
                                              {QStringLiteral("offset"), offset},
                                              {QStringLiteral("prebuffer_bytes"), prebuffer}})
                        .toJson());
    };
    const auto httpReaders = [&] {
        int n = 0;
        for (const StreamView::Reader &r : m_session->streams()->readersOf(film, 0))
            n += r.role == ReaderRole::Http ? 1 : 0;
        return n;
    };
    QCOMPARE(httpReaders(), 0); // the first test's stream let go of its readers
    const Reply a = open(4 * MiB, MiB);
    const Reply b = open(20 * MiB, 3 * MiB);
    QCOMPARE(a.status, 201);
    QCOMPARE(b.status, 201);
    QVERIFY(a.json[u"id"] != b.json[u"id"]);
    const QByteArray pathA = "/api/v1/streams/" + a.json[u"id"].toString().toLatin1();
    const QByteArray pathB = "/api/v1/streams/" + b.json[u"id"].toString().toLatin1();
    QTRY_VERIFY_WITH_TIMEOUT(httpReaders() >= 2, scaledMs(10000));
    const int both = httpReaders();

    const Reply released = call("DELETE", pathB, "{}");
    QCOMPARE(released.status, 200);
    QCOMPARE(released.json[u"released"].toBool(), true);
    QCOMPARE(get(pathB).code(), QStringLiteral("unknown-stream"));
    QCOMPARE(call("DELETE", pathB, "{}").status, 404);
    // A's readers and state are untouched.
    const Reply stillA = get(pathA);
    QCOMPARE(stillA.status, 200);
    QVERIFY(httpReaders() > 0);
    QVERIFY(httpReaders() < both);
    QTRY_COMPARE_WITH_TIMEOUT(get(pathA).json[u"state"].toString(), QStringLiteral("ready"),
                              scaledMs(60000));
    QCOMPARE(get(pathA).json[u"offset"].toInteger(), 4 * MiB);
    QCOMPARE(call("DELETE", pathA, "{}").status, 200);
    QCOMPARE(httpReaders(), 0);
}

void tst_ControlApi::badStreams()
{
    const QString film = TorrentSource::parse(m_filmTorrent).id().key();
    const auto open = [this](const QJsonObject &body) {
        return call("POST", "/api/v1/streams", QJsonDocument(body).toJson());
    };
    QCOMPARE(open({{QStringLiteral("info_hash"), QString(40, QLatin1Char('c'))},
                   {QStringLiteral("file"), 0}})
                 .code(),
             QStringLiteral("unknown-torrent"));
    QCOMPARE(
        open({{QStringLiteral("info_hash"), QStringLiteral("xyz")}, {QStringLiteral("file"), 0}})
            .field(),
        QStringLiteral("info_hash"));
    QCOMPARE(open({{QStringLiteral("info_hash"), film}}).field(), QStringLiteral("file"));
    QCOMPARE(open({{QStringLiteral("info_hash"), film}, {QStringLiteral("file"), 7}}).field(),
             QStringLiteral("file"));
    QCOMPARE(open({{QStringLiteral("info_hash"), film},
                   {QStringLiteral("file"), 0},
                   {QStringLiteral("offset"), 25 * MiB}})
                 .field(),
             QStringLiteral("offset"));
    QCOMPARE(open({{QStringLiteral("info_hash"), film},
                   {QStringLiteral("file"), 0},
                   {QStringLiteral("prebuffer_bytes"), -1}})
                 .field(),
             QStringLiteral("prebuffer_bytes"));
    // A torrent whose metadata no one sends: the stream waits for it.
    const QByteArray nobody(40, '7');
    QCOMPARE(call("POST", "/api/v1/torrents", "{\"source\":\"" + nobody + "\"}").status, 201);
    const Reply waiting =
        call("POST", "/api/v1/streams", "{\"info_hash\":\"" + nobody + "\",\"file\":3}");
    QCOMPARE(waiting.status, 201);
    QCOMPARE(waiting.json[u"state"].toString(), QStringLiteral("metadata"));
    QVERIFY(waiting.json[u"stream_url"].toString().contains(QLatin1String(nobody) + "/3"));
    QCOMPARE(waiting.json[u"bytes_needed"].toInteger(), 0);
    QCOMPARE(
        call("DELETE", "/api/v1/streams/" + waiting.json[u"id"].toString().toLatin1(), "{}").status,
        200);
    QCOMPARE(call("DELETE", "/api/v1/torrents/" + nobody, "{}").status, 200);
    QCOMPARE(get("/api/v1/streams/" + QByteArray(32, 'a')).status, 404);
    QCOMPARE(call("DELETE", "/api/v1/streams/" + QByteArray(32, 'a'), "{}").status, 404);
}

void tst_ControlApi::streamsAreListedAndIdleOnesReleased()
{
    const QString film = TorrentSource::parse(m_filmTorrent).id().key();
    const auto open = [this](const QString &hash) {
        return call("POST", "/api/v1/streams",
                    "{\"info_hash\":\"" + hash.toLatin1() + "\",\"file\":0}");
    };
    QCOMPARE(get("/api/v1/streams").json[u"streams"].toArray().size(), 0);
    const Reply a = open(m_movie);
    const Reply b = open(film);
    QCOMPARE(a.status, 201);
    QCOMPARE(b.status, 201);
    const QString idA = a.json[u"id"].toString();
    const QString idB = b.json[u"id"].toString();
    const Reply list = get("/api/v1/streams");
    QCOMPARE(list.status, 200);
    QMap<QString, QJsonObject> listed;
    for (const QJsonValue s : list.json[u"streams"].toArray())
        listed.insert(s[u"id"].toString(), s.toObject());
    QCOMPARE(listed.size(), 2);
    QVERIFY(listed.contains(idA) && listed.contains(idB));
    QCOMPARE(listed[idA][u"stream_url"], a.json[u"stream_url"]);
    QCOMPARE(listed[idB][u"stream_url"], b.json[u"stream_url"]);

    const auto httpReaders = [&] {
        int n = 0;
        for (const StreamView::Reader &r : m_session->streams()->readersOf(film, 0))
            n += r.role == ReaderRole::Http ? 1 : 0;
        return n;
    };
    // B holds readers of its own, which do not keep it alive.
    QTRY_VERIFY_WITH_TIMEOUT(httpReaders() >= 1, scaledMs(10000));
    const int own = httpReaders();
    // A player reads B's stream URL (slowly: it stays connected); no client asks about either
    // stream any more.
    QTcpSocket player;
    player.setReadBufferSize(4096);
    player.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(player.waitForConnected(scaledMs(5000)));
    const QByteArray path =
        QUrl(b.json[u"stream_url"].toString()).path(QUrl::FullyEncoded).toLatin1();
    player.write("GET " + path + " HTTP/1.1\r\nHost: " + hostHeader() + "\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(httpReaders(), own + 1, scaledMs(10000));

    QSignalSpy released(m_api, &ControlApi::streamReleased);
    m_api->setStreamIdleLimit(std::chrono::milliseconds(300));
    QTRY_COMPARE_WITH_TIMEOUT(released.count(), 1, scaledMs(5000));
    QCOMPARE(released.first().first().toString(), idA);
    QCOMPARE(get("/api/v1/streams/" + idA.toLatin1()).code(), QStringLiteral("unknown-stream"));
    QTest::qWait(1000); // more than three times the limit: B is played
    QCOMPARE(released.count(), 1);
    const QJsonArray left = get("/api/v1/streams").json[u"streams"].toArray();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first()[u"id"].toString(), idB);

    // The player leaves: B goes too.
    player.abort();
    QTRY_COMPARE_WITH_TIMEOUT(released.count(), 2, scaledMs(5000));
    QCOMPARE(released.last().first().toString(), idB);
    QCOMPARE(get("/api/v1/streams").json[u"streams"].toArray().size(), 0);
    m_api->setStreamIdleLimit(StreamRoutes::IdleLimit);
}

void tst_ControlApi::shutdownAndEvents()
{
    QSignalSpy shutdown(m_api, &ControlApi::shutdownRequested);
    QCOMPARE(call("POST", "/api/v1/shutdown", "{\"now\":1}").status, 400);
    QCOMPARE(shutdown.count(), 0);
    const Reply r = call("POST", "/api/v1/shutdown", "{}");
    QCOMPARE(r.status, 202);
    QTRY_COMPARE(shutdown.count(), 1);

    const Reply none = get("/api/v1/events");
    QCOMPARE(none.status, 503);
    QCOMPARE(none.code(), QStringLiteral("events-unavailable"));
    QByteArrayList seen;
    m_api->setEventsHandler([&seen](const ApiRequest &request, std::shared_ptr<ApiExchange> ex) {
        seen << request.target << request.header("last-event-id");
        ex->answer({200, {{"Content-Type", "text/event-stream"}}, ": hello\n\n"});
    });
    QCOMPARE(call("GET", "/api/v1/events", {}, {}, {}, false).status, 401);
    QCOMPARE(call("GET", "/api/v1/events", {}, {}, {{"origin", "http://evil.example"}}).status,
             403);
    QVERIFY(seen.isEmpty());
    const Reply events = call("GET", "/api/v1/events", {}, {}, {{"last-event-id", "7:42"}});
    QCOMPARE(events.status, 200);
    QCOMPARE(events.body, QByteArray(": hello\n\n"));
    QCOMPARE(seen, (QByteArrayList{"/api/v1/events", "7:42"}));
    m_api->setEventsHandler([](const ApiRequest &, std::shared_ptr<ApiExchange> ex) {
        ex->answer({200, {{"Content-Type", "text/event-stream"}}, {}});
    });
}

void tst_ControlApi::openApiDocumentIsServed()
{
    const Reply doc = get("/api/v1/openapi.json");
    QCOMPARE(doc.status, 200);
    QCOMPARE(doc.body, readFile(QStringLiteral(SWARMPLAY_SOURCE_DIR "/docs/openapi.json")));
    QCOMPARE(doc.json[u"openapi"].toString(), QStringLiteral("3.1.0"));
    // A HEAD is answered as its GET, so the server can send the GET's Content-Length; the
    // server leaves the body out (tst_apiserver).
    const Reply head = call("HEAD", "/api/v1/openapi.json");
    QCOMPARE(head.status, 200);
    QCOMPARE(head.header("content-type"), QByteArray("application/json"));
    QCOMPARE(head.body.size(), doc.body.size());
    const Reply settingsHead = call("HEAD", "/api/v1/settings");
    QCOMPARE(settingsHead.status, 200);
    QCOMPARE(settingsHead.body, get("/api/v1/settings").body);
}

void tst_ControlApi::handledFromTheServerThread()
{
    auto exchange = std::make_shared<FakeExchange>();
    const ApiRequest r = request("GET", "/api/v1/torrents", {}, {}, {}, true);
    auto refused = std::make_shared<FakeExchange>();
    const ApiRequest noToken = request("GET", "/api/v1/torrents", {}, {}, {}, false);
    QThread *server = QThread::create([&] {
        m_api->handle(r, exchange);
        m_api->handle(noToken, refused);
    });
    server->start();
    QVERIFY(server->wait(5000));
    delete server;
    QVERIFY(refused->answered()); // at once, on the server's thread
    QCOMPARE(refused->result().status, 401);
    QTRY_VERIFY(exchange->answered());
    QCOMPARE(exchange->result().status, 200);
}

void tst_ControlApi::routeSetMatchesTheDocument()
{
    const QJsonObject doc =
        QJsonDocument::fromJson(readFile(QStringLiteral(SWARMPLAY_SOURCE_DIR "/docs/openapi.json")))
            .object();
    QVERIFY(!doc.isEmpty());
    const QString film = TorrentSource::parse(m_filmTorrent).id().key();
    const Reply stream =
        call("POST", "/api/v1/streams", "{\"info_hash\":\"" + film.toLatin1() + "\",\"file\":0}");
    QCOMPARE(stream.status, 201);
    const auto concrete = [&](QString path) {
        return path.replace(QLatin1String("{info_hash}"), m_movie)
            .replace(QLatin1String("{id}"), stream.json[u"id"].toString())
            .toLatin1();
    };
    const QByteArrayList methods = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"};
    QSet<QString> documented;
    QStringList paths = doc[u"paths"].toObject().keys();
    for (const QString &path : std::as_const(paths)) {
        for (const QByteArray &m : methods) {
            if (doc[u"paths"][path].toObject().contains(QString::fromLatin1(m.toLower())))
                documented << QString::fromLatin1(m) + ' ' + path;
        }
    }
    paths << QStringLiteral("/api/v1/nothing") << QStringLiteral("/api/v2/session")
          << QStringLiteral("/api/v1/session/extra")
          << QStringLiteral("/api/v1/torrents/{info_hash}/bogus")
          << QStringLiteral("/api/v1/streams/{id}/x") << QStringLiteral("/api/v1/")
          << QStringLiteral("/api/v1/torrents/{info_hash}/files/0");
    QSet<QString> served;
    for (const QString &path : std::as_const(paths)) {
        for (const QByteArray &m : methods) {
            // No body: a route that changes something answers 415 and changes nothing.
            const Reply r = call(m, concrete(path), {}, {});
            QVERIFY2(r.status > 0, qPrintable(path));
            if (r.status != 404 && r.status != 405)
                served << QString::fromLatin1(m) + ' ' + path;
        }
    }
    QCOMPARE(served, documented);
    QCOMPARE(call("DELETE", concrete(QStringLiteral("/api/v1/streams/{id}")), "{}").status, 200);
}

void tst_ControlApi::unknownParametersAreRefusedEverywhere()
{
    const QJsonObject doc =
        QJsonDocument::fromJson(readFile(QStringLiteral(SWARMPLAY_SOURCE_DIR "/docs/openapi.json")))
            .object();
    const QJsonObject paths = doc[u"paths"].toObject();
    int checked = 0;
    for (auto path = paths.constBegin(); path != paths.constEnd(); ++path) {
        QString concrete = path.key();
        concrete.replace(QLatin1String("{info_hash}"), m_movie)
            .replace(QLatin1String("{id}"), QString(32, u'a'));
        const QJsonObject operations = path.value().toObject();
        for (auto op = operations.constBegin(); op != operations.constEnd(); ++op) {
            const QByteArray method = op.key().toUpper().toLatin1();
            if (method == "PARAMETERS")
                continue;
            // A body that would pass, so that nothing but the parameter is wrong.
            const QByteArray body = method == "GET" || method == "HEAD" ? QByteArray() : "{}";
            const Reply r = call(method, concrete.toLatin1() + "?since=1&colour=red", body);
            const bool takesSince = path.key() == QLatin1String("/api/v1/torrents") &&
                                    (method == "GET" || method == "HEAD");
            const QString name = takesSince ? QStringLiteral("colour") : QStringLiteral("since");
            QVERIFY2(r.status == 400 && r.code() == QLatin1String("bad-parameter") &&
                         r.field() == name,
                     qPrintable(method + ' ' + path.key() + " -> " + QString::number(r.status) +
                                ' ' + r.code()));
            ++checked;
        }
    }
    QVERIFY(checked > 30);
    // What a route takes still passes, with the method that takes it only.
    const QByteArray base = "/api/v1/torrents/" + m_movie.toLatin1();
    QCOMPARE(get("/api/v1/torrents?since=0").status, 200);
    QCOMPARE(get(base + "/files?kind=video").status, 200);
    QCOMPARE(get(base + "?files=keep").field(), QStringLiteral("files"));
    QCOMPARE(call("PATCH", base + "/files?kind=video", "{}").field(), QStringLiteral("kind"));
    QCOMPARE(call("POST", "/api/v1/torrents?since=1", "{}").field(), QStringLiteral("since"));
    QVERIFY(get(base).json[u"has_metadata"].toBool()); // nothing was removed or changed
}

void tst_ControlApi::twoContentTypesAreRefused()
{
    const int before = m_session->settings().uploadRateLimit;
    for (const QByteArray &second : {QByteArray("text/plain"), QByteArray("application/json")}) {
        const Reply r = call("PATCH", "/api/v1/settings", "{\"upload_rate_limit\":4321}",
                             "application/json", {{"content-type", second}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), QStringLiteral("duplicate-content-type"));
    }
    QCOMPARE(m_session->settings().uploadRateLimit, before);
    // An upload that says it is JSON too is not taken as either.
    const TorrentId hybrid = TorrentSource::parse(m_hybridTorrent).id();
    const bool had = m_session->torrent(hybrid).id.isValid();
    const Reply upload = call("POST", "/api/v1/torrents", readFile(m_hybridTorrent),
                              "application/x-bittorrent", {{"content-type", "application/json"}});
    QCOMPARE(upload.code(), QStringLiteral("duplicate-content-type"));
    QCOMPARE(m_session->torrent(hybrid).id.isValid(), had);
    // With one, the same request passes.
    QCOMPARE(call("PATCH", "/api/v1/settings", "{\"upload_rate_limit\":4321}").status, 200);
    QCOMPARE(
        call("PATCH", "/api/v1/settings",
             QJsonDocument(QJsonObject{{QStringLiteral("upload_rate_limit"), before}}).toJson())
            .status,
        200);
}

void tst_ControlApi::removingWithTheFiles()
{
    const QString film = TorrentSource::parse(m_filmTorrent).id().key();
    const QByteArray base = "/api/v1/torrents/" + film.toLatin1();
    const QString data =
        QDir(m_session->settings().downloadDir).filePath(QStringLiteral("film.mkv"));
    QVERIFY(QFileInfo::exists(data));
    QCOMPARE(call("DELETE", base + "?files=some", "{}").field(), QStringLiteral("files"));
    QCOMPARE(call("DELETE", base + "?files=delete", "{\"x\":1}").field(), QStringLiteral("x"));
    const Reply stream =
        call("POST", "/api/v1/streams", "{\"info_hash\":\"" + film.toLatin1() + "\",\"file\":0}");
    QCOMPARE(stream.status, 201);
    const Reply removed = call("DELETE", base + "?files=delete", "{}");
    QCOMPARE(removed.status, 200);
    QCOMPARE(removed.json[u"removed"].toBool(), true);
    QCOMPARE(removed.json[u"delete_files"].toBool(), true);
    QCOMPARE(get(base).status, 404); // gone at once for the next request
    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(data), scaledMs(10000));
    QCOMPARE(call("DELETE", base, "{}").status, 404);
    // A stream of it says why it ends.
    const Reply ended = get("/api/v1/streams/" + stream.json[u"id"].toString().toLatin1());
    QCOMPARE(ended.json[u"state"].toString(), QStringLiteral("error"));
    QCOMPARE(ended.json[u"error"][u"code"].toString(), QStringLiteral("torrent-removed"));
}

void tst_ControlApi::listOfAThousandTorrents()
{
    // Snapshots as a status round brings them (only the API's revisions see these).
    QVector<TorrentSnapshot> many;
    for (int i = 0; i < 1000; ++i) {
        TorrentSnapshot s;
        s.id = TorrentId(QByteArray::number(i).rightJustified(20, 'z'), {});
        s.name = QStringLiteral("Torrent number %1").arg(i);
        s.state = TorrentState::Seeding;
        s.hasMetadata = true;
        s.progress = 1.0;
        s.totalBytes = s.wantedBytes = s.wantedDone = s.totalDone = 700 * MiB;
        s.savePath = QStringLiteral("/tmp/x");
        many << s;
    }
    emit m_session->torrentsUpdated(many);
    // From the request to the answer, as the server sees it (the hop to this thread included).
    const auto timed = [this](qint64 *ms) {
        auto exchange = std::make_shared<FakeExchange>();
        QElapsedTimer clock;
        clock.start();
        m_api->handle(request("GET", "/api/v1/torrents", {}, {}, {}, true), exchange);
        if (!QTest::qWaitFor([&] { return exchange->answered(); }, scaledMs(10000)))
            return QByteArray();
        *ms = clock.elapsed();
        return exchange->result().body;
    };
    qint64 firstMs = 0;
    qint64 secondMs = 0;
    const QByteArray first = timed(&firstMs);
    const QByteArray second = timed(&secondMs);
    const QJsonArray list = QJsonDocument::fromJson(first).object()[u"torrents"].toArray();
    qInfo("GET /api/v1/torrents with %lld torrents, %lld bytes: %lld ms encoding, %lld ms cached",
          qint64(list.size()), qint64(first.size()), firstMs, secondMs);
    QVERIFY(list.size() >= 1000);
    QCOMPARE(second, first);
    QVERIFY2(secondMs < 1000, "a cached list of 1000 torrents should take milliseconds");
    for (const TorrentSnapshot &s : std::as_const(many))
        emit m_session->torrentRemoved(s.id);
    QVERIFY(get("/api/v1/torrents").json[u"torrents"].toArray().size() < 10);
}

void tst_ControlApi::answersMatchTheDocument()
{
    QVERIFY(m_recorded > 100);
    QProcess check;
    check.setProcessChannelMode(QProcess::MergedChannels);
    check.start(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral(SWARMPLAY_SOURCE_DIR "/tests/api/check_openapi.py"),
                 QStringLiteral(SWARMPLAY_SOURCE_DIR "/docs/openapi.json"), m_answers.path()});
    QVERIFY(check.waitForFinished(scaledMs(120000)));
    const QByteArray out = check.readAll();
    QVERIFY2(check.exitStatus() == QProcess::NormalExit && check.exitCode() == 0, out.constData());
    qInfo("%s", out.trimmed().constData());
}

QTEST_MAIN(tst_ControlApi)
#include "tst_controlapi.moc"
