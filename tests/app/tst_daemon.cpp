// swarmplay-engine daemon as a process: once ready it prints its API's base URL and writes its
// discovery file (the user's alone), keeps its own state folder locked against a second daemon,
// refuses an address other programs could reach, and on SIGTERM saves the download state,
// removes the discovery file and exits 0; started again it has its torrents back.

#include <csignal>
#include <sys/stat.h>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include "input/torrentsource.h"
#include "localswarm.h"
#include "testutil.h"
#include "tinyhttpserver.h"

using namespace swarmplay;
using namespace swarmplay::test;

class tst_Daemon : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void discoveryFile();
    void secondDaemonRefused();
    void discoveryFileBelongsToItsWriter();
    void discoveryFileReturnsToTheEarlierDaemon();
    void nonLoopbackBindRefused();
    void v4MappedBindListens();
    void sigtermSavesAndRestartKeepsTorrents();
    void remoteSaysWhyItCannotReachTheEngine();
    void remoteDrivesTheDaemon();
    void libraryListsWhatTheSessionHolds();
    void remotePrintsNoControlCharacters();
    void shutdownOverTheApi();
    void patchedSettingsSurviveARestart();
    void wrongKeptSettingsAreNamed();

private:
    // Starts a daemon in the test's own home and runtime folders; waits for its first line.
    std::unique_ptr<QProcess> start(const QStringList &args, QString *url);
    // Runs `swarmplay-engine remote ...` with the same folders as the daemons.
    ProcessResult remote(const QStringList &args);
    // Starts `swarmplay-engine remote ...` and leaves it running (watch).
    std::unique_ptr<QProcess> startRemote(const QStringList &args);
    // One request to the daemon's API with the token of its discovery file; the JSON answer and
    // its status (0 when there was none).
    QJsonObject call(const QString &url, const QByteArray &method, const QString &path,
                     const QByteArray &body = {}, int *status = nullptr);
    // SIGTERM, then waits for the exit code (-1 if it did not end).
    static int stop(QProcess &daemon);
    // What it said on stderr up to its "ready" line.
    static QString readyMessage(QProcess &daemon);
    QString runtimeDir() const { return m_home.filePath(QStringLiteral("run")); }
    QString discoveryPath() const
    {
        return QDir(runtimeDir()).filePath(QStringLiteral("swarmplay/daemon.json"));
    }
    QStringList networkArgs()
    {
        return {QStringLiteral("--bt-port"), QStringLiteral("0"),
                QStringLiteral("--no-dht"),  QStringLiteral("--no-lsd"),
                QStringLiteral("--no-upnp"), QStringLiteral("--no-natpmp")};
    }

    QProcessEnvironment environment() const;

    QTemporaryDir m_home;
    LocalSwarm m_swarm;
    QString m_torrent;
};

void tst_Daemon::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(makePrivateFolder(runtimeDir()));
    m_swarm.makeFile(QStringLiteral("src/movie.mkv"), 1024 * 1024 + 77, 9);
    m_torrent = m_swarm.seed(QStringLiteral("src/movie.mkv"));
}

QProcessEnvironment tst_Daemon::environment() const
{
    return isolatedEnvironment(m_home.path());
}

ProcessResult tst_Daemon::remote(const QStringList &args)
{
    // Waits turning the event loop: a test's fake engine answers from this thread.
    QProcess p;
    p.setProcessEnvironment(environment());
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral(SWARMPLAY_ENGINE_PATH), QStringList{QStringLiteral("remote")} + args);
    ProcessResult r;
    if (!p.waitForStarted(scaledMs(5000)) ||
        !QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, scaledMs(60000))) {
        p.kill();
        p.waitForFinished(scaledMs(5000));
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

std::unique_ptr<QProcess> tst_Daemon::startRemote(const QStringList &args)
{
    auto p = std::make_unique<QProcess>();
    p->setProcessEnvironment(environment());
    p->start(QStringLiteral(SWARMPLAY_ENGINE_PATH), QStringList{QStringLiteral("remote")} + args);
    p->waitForStarted(scaledMs(5000));
    return p;
}

std::unique_ptr<QProcess> tst_Daemon::start(const QStringList &args, QString *url)
{
    auto daemon = std::make_unique<QProcess>();
    daemon->setProcessEnvironment(environment());
    daemon->start(QStringLiteral(SWARMPLAY_ENGINE_PATH),
                  QStringList{QStringLiteral("daemon")} + args + networkArgs());
    if (!daemon->waitForStarted(scaledMs(5000)))
        return daemon;
    [[maybe_unused]] const bool seen = QTest::qWaitFor(
        [&] { return daemon->canReadLine() || daemon->state() == QProcess::NotRunning; },
        scaledMs(30000));
    if (url)
        *url = QString::fromUtf8(daemon->readLine()).trimmed();
    return daemon;
}

QJsonObject tst_Daemon::call(const QString &url, const QByteArray &method, const QString &path,
                             const QByteArray &body, int *status)
{
    const QJsonObject discovery = QJsonDocument::fromJson(readFile(discoveryPath())).object();
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(QUrl(url + path));
    request.setRawHeader("Authorization",
                         "Bearer " + discovery[QStringLiteral("token")].toString().toLatin1());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    std::unique_ptr<QNetworkReply> reply(network.sendCustomRequest(request, method, body));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, scaledMs(10000)))
        reply->abort();
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

int tst_Daemon::stop(QProcess &daemon)
{
    ::kill(static_cast<pid_t>(daemon.processId()), SIGTERM);
    if (!daemon.waitForFinished(scaledMs(30000)))
        return -1;
    return daemon.exitStatus() == QProcess::NormalExit ? daemon.exitCode() : -1;
}

QString tst_Daemon::readyMessage(QProcess &daemon)
{
    QString err;
    [[maybe_unused]] const bool seen = QTest::qWaitFor(
        [&] {
            err += QString::fromUtf8(daemon.readAllStandardError());
            return err.contains(QLatin1String("Stop with Ctrl+C"));
        },
        scaledMs(10000));
    return err;
}

void tst_Daemon::discoveryFile()
{
    QString url;
    const auto daemon = start({}, &url);
    QVERIFY2(url.startsWith(QLatin1String("http://127.0.0.1:")),
             qPrintable(url + QString::fromUtf8(daemon->readAllStandardError())));
    QVERIFY(url.endsWith(QLatin1String("/api/v1")));

    // Written before the URL was printed, the user's alone, in a folder of the user's alone.
    QFile file(discoveryPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(json[QStringLiteral("api")].toString(), url);
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$"))
                 .match(json[QStringLiteral("token")].toString())
                 .hasMatch(),
             qPrintable(json[QStringLiteral("token")].toString()));
    QCOMPARE(json[QStringLiteral("pid")].toInteger(), daemon->processId());
    QCOMPARE(json[QStringLiteral("version")].toString(), QStringLiteral(SWARMPLAY_VERSION));
    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(discoveryPath()).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0600));
    QCOMPARE(::stat(QFile::encodeName(QFileInfo(discoveryPath()).absolutePath()).constData(), &st),
             0);
    QCOMPARE(st.st_mode & 0777, mode_t(0700));
    // No temporary file left beside it.
    QCOMPARE(QDir(QFileInfo(discoveryPath()).absolutePath()).entryList(QDir::Files),
             QStringList{QStringLiteral("daemon.json")});

    // Its port answers.
    const QUrl api(url);
    QTcpSocket socket;
    socket.connectToHost(api.host(), quint16(api.port()));
    QVERIFY(socket.waitForConnected(scaledMs(5000)));
    socket.abort();

    // Its state is in a folder of its own, not the window's (.../Swarmplay/swarmplay).
    const QString data = m_home.filePath(QStringLiteral("data/Swarmplay"));
    QVERIFY(QFileInfo::exists(data + QStringLiteral("/swarmplay-engine/daemon/daemon.lock")));
    QVERIFY(!QFileInfo::exists(data + QStringLiteral("/swarmplay")));

    QCOMPARE(stop(*daemon), 0);
    QVERIFY(!QFileInfo::exists(discoveryPath()));
    QVERIFY(!QFileInfo::exists(data + QStringLiteral("/swarmplay-engine/daemon/daemon.lock")));
}

void tst_Daemon::secondDaemonRefused()
{
    const QString state = m_home.filePath(QStringLiteral("shared-state"));
    QString url;
    const auto first = start({QStringLiteral("--state-dir"), state}, &url);
    QVERIFY2(!url.isEmpty(), qPrintable(QString::fromUtf8(first->readAllStandardError())));
    const QByteArray discovery = readFile(discoveryPath());

    QString none;
    const auto second = start({QStringLiteral("--state-dir"), state}, &none);
    QVERIFY(second->state() == QProcess::NotRunning || second->waitForFinished(scaledMs(30000)));
    QCOMPARE(second->exitCode(), 1);
    QVERIFY(none.isEmpty());
    const QString message = QString::fromUtf8(second->readAllStandardError());
    QVERIFY2(message.contains(QDir::toNativeSeparators(state)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("pid %1").arg(first->processId())),
             qPrintable(message));
    // The first one is untouched and still found.
    QCOMPARE(readFile(discoveryPath()), discovery);
    QCOMPARE(first->state(), QProcess::Running);
    QCOMPARE(stop(*first), 0);
}

void tst_Daemon::discoveryFileBelongsToItsWriter()
{
    // Two daemons on folders of their own: the last one started is the one found, and the first
    // one stopping leaves it found.
    QString firstUrl;
    const auto first =
        start({QStringLiteral("--state-dir"), m_home.filePath(QStringLiteral("a"))}, &firstUrl);
    QString secondUrl;
    const auto second =
        start({QStringLiteral("--state-dir"), m_home.filePath(QStringLiteral("b"))}, &secondUrl);
    QVERIFY(!firstUrl.isEmpty() && !secondUrl.isEmpty() && firstUrl != secondUrl);
    const auto written = [&] {
        return QJsonDocument::fromJson(readFile(discoveryPath())).object();
    };
    QCOMPARE(written()[QStringLiteral("pid")].toInteger(), second->processId());
    QCOMPARE(stop(*first), 0);
    QCOMPARE(written()[QStringLiteral("pid")].toInteger(), second->processId());
    QCOMPARE(written()[QStringLiteral("api")].toString(), secondUrl);
    QCOMPARE(stop(*second), 0);
    QVERIFY(!QFileInfo::exists(discoveryPath()));
}

void tst_Daemon::discoveryFileReturnsToTheEarlierDaemon()
{
    // The later daemon stopping first hands the file back to the one still running, which
    // `remote` then reaches; that one stopping leaves no file.
    QString firstUrl;
    const auto first =
        start({QStringLiteral("--state-dir"), m_home.filePath(QStringLiteral("c"))}, &firstUrl);
    QVERIFY(!firstUrl.isEmpty());
    const QByteArray firstFile = readFile(discoveryPath());
    QString secondUrl;
    const auto second =
        start({QStringLiteral("--state-dir"), m_home.filePath(QStringLiteral("d"))}, &secondUrl);
    QVERIFY(!secondUrl.isEmpty() && firstUrl != secondUrl);
    const auto written = [&] {
        return QJsonDocument::fromJson(readFile(discoveryPath())).object();
    };
    QCOMPARE(written()[QStringLiteral("pid")].toInteger(), second->processId());
    QCOMPARE(stop(*second), 0);
    QCOMPARE(written()[QStringLiteral("pid")].toInteger(), first->processId());
    QCOMPARE(written()[QStringLiteral("api")].toString(), firstUrl);
    QCOMPARE(written(), QJsonDocument::fromJson(firstFile).object());
    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(discoveryPath()).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0600));
    const ProcessResult r = remote({QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(stop(*first), 0);
    QVERIFY(!QFileInfo::exists(discoveryPath()));
}

void tst_Daemon::nonLoopbackBindRefused()
{
    QString url;
    const auto daemon = start({QStringLiteral("--bind"), QStringLiteral("192.0.2.7")}, &url);
    QVERIFY(daemon->state() == QProcess::NotRunning || daemon->waitForFinished(scaledMs(30000)));
    QCOMPARE(daemon->exitCode(), 2);
    QVERIFY(url.isEmpty());
    const QString message = QString::fromUtf8(daemon->readAllStandardError());
    QVERIFY2(message.contains(QLatin1String("192.0.2.7")) &&
                 message.contains(QLatin1String("loopback")),
             qPrintable(message));
    QVERIFY(!QFileInfo::exists(discoveryPath()));
}

void tst_Daemon::v4MappedBindListens()
{
    // ::ffff:127.0.0.1 is loopback, but libtorrent cannot listen on that spelling of it.
    QString url;
    const auto daemon =
        start({QStringLiteral("--state-dir"), m_home.filePath(QStringLiteral("mapped")),
               QStringLiteral("--bind"), QStringLiteral("::ffff:127.0.0.1")},
              &url);
    QVERIFY2(url.startsWith(QLatin1String("http://127.0.0.1:")),
             qPrintable(url + QString::fromUtf8(daemon->readAllStandardError())));
    QJsonObject session;
    QVERIFY(QTest::qWaitFor(
        [&] {
            session = call(url, "GET", QStringLiteral("/session"));
            return !session[u"listen_endpoints"].toArray().isEmpty() ||
                   !session[u"listen_error"].isNull();
        },
        scaledMs(10000)));
    QVERIFY2(session[u"listening"].toBool() && session[u"listen_error"].isNull(),
             QJsonDocument(session).toJson().constData());
    QVERIFY(session[u"listen_endpoints"].toArray().first().toString().startsWith(
        QLatin1String("127.0.0.1:")));
    QCOMPARE(call(url, "GET", QStringLiteral("/settings"))[u"outgoing_interface"].toString(),
             QStringLiteral("127.0.0.1"));
    QCOMPARE(stop(*daemon), 0);
}

void tst_Daemon::sigtermSavesAndRestartKeepsTorrents()
{
    // A state folder with one torrent in it, as an earlier run leaves it.
    const QString state = m_home.filePath(QStringLiteral("kept-state"));
    const QString downloads = m_home.filePath(QStringLiteral("kept-data"));
    SessionSettings settings = m_swarm.settingsFor(QStringLiteral("before"), m_swarm.nextAddress());
    settings.stateDir = state;
    settings.downloadDir = downloads;
    Session *before = m_swarm.addSession(QStringLiteral("before"), settings);
    AddResult r;
    QVERIFY(await(before->addTorrent(m_torrent), &r));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    m_swarm.connectToSeeders(before, r.id);
    QVERIFY(QTest::qWaitFor([&] { return before->torrent(r.id).chosenFilesComplete(); },
                            scaledMs(60000)));
    m_swarm.stop(before);
    const QString resume =
        QDir(state).filePath(QStringLiteral("torrents/%1.fastresume").arg(r.id.key()));
    QVERIFY(QFileInfo::exists(resume));

    const QStringList args = {QStringLiteral("--state-dir"), state, QStringLiteral("--dir"),
                              downloads};
    QString url;
    auto daemon = start(args, &url);
    QVERIFY(!url.isEmpty());
    QString err = readyMessage(*daemon);
    QVERIFY2(err.contains(QLatin1String("torrents: 1")), qPrintable(err));

    // What it writes when stopped is the resume data: take away what is there now.
    QTest::qWait(1000);
    QVERIFY(QFile::remove(resume));
    QCOMPARE(stop(*daemon), 0);
    err += QString::fromUtf8(daemon->readAllStandardError());
    QVERIFY2(QFileInfo(resume).size() > 0, qPrintable(err));
    QVERIFY(!QFileInfo::exists(discoveryPath()));
    QVERIFY(readFile(QDir(state).filePath(QStringLiteral("library.json")))
                .contains(r.id.key().toLatin1()));

    // Started again: the torrent is back, its data still complete.
    daemon = start(args, &url);
    QVERIFY(!url.isEmpty());
    err = readyMessage(*daemon);
    QVERIFY2(err.contains(QLatin1String("torrents: 1")), qPrintable(err));
    QCOMPARE(stop(*daemon), 0);
    QCOMPARE(readFile(QDir(downloads).filePath(QStringLiteral("movie.mkv"))),
             readFile(m_swarm.path(QStringLiteral("src/movie.mkv"))));
}

void tst_Daemon::remoteSaysWhyItCannotReachTheEngine()
{
    QVERIFY(!QFileInfo::exists(discoveryPath()));
    // No daemon: the file it would have written is named.
    ProcessResult r = remote({QStringLiteral("list")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(discoveryPath()) && r.err.contains(QLatin1String("daemon")),
             qPrintable(r.err));
    r = remote({QStringLiteral("list"), QStringLiteral("--window")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("window.json")), qPrintable(r.err));

    const auto writeDiscovery = [&](quint16 port, const QString &token) {
        const QJsonObject json{
            {QStringLiteral("api"), QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port)},
            {QStringLiteral("token"), token},
            {QStringLiteral("pid"), 1},
            {QStringLiteral("version"), QStringLiteral(SWARMPLAY_VERSION)}};
        QDir().mkpath(QFileInfo(discoveryPath()).absolutePath());
        QFile file(discoveryPath());
        return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(json).toJson()) > 0;
    };

    // A file left behind by a daemon that is gone: nothing answers at its address.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 gone = closed.serverPort();
    closed.close();
    QVERIFY(writeDiscovery(gone, QStringLiteral("0123456789abcdef0123456789abcdef")));
    r = remote({QStringLiteral("list")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("127.0.0.1:%1").arg(gone)) &&
                 r.err.contains(QLatin1String("Nothing answers")),
             qPrintable(r.err));

    // An engine that refuses the token, and one that answers with the API's error.
    TinyHttpServer engine;
    TinyHttpServer::Reply refused;
    refused.status = 401;
    refused.headers = {{"Content-Type", "application/json"}};
    refused.body = R"({"error":{"code":"unauthorized","message":"Missing or wrong token."}})";
    engine.route("/api/v1/torrents", refused);
    TinyHttpServer::Reply unknown;
    unknown.status = 404;
    unknown.headers = {{"Content-Type", "application/json"}};
    unknown.body =
        R"({"error":{"code":"unknown-torrent","message":"No torrent has this info hash."}})";
    engine.route("/api/v1/torrents/" + QByteArray(40, 'a') + "/files", unknown);
    QVERIFY(writeDiscovery(engine.port(), QStringLiteral("0123456789abcdef0123456789abcdef")));
    r = remote({QStringLiteral("list")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("refused the token")) && r.err.contains(discoveryPath()),
             qPrintable(r.err));
    r = remote({QStringLiteral("files"), QString(40, QLatin1Char('a'))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("No torrent has this info hash.")), qPrintable(r.err));

    // What cannot be a torrent is refused before anything is sent.
    r = remote({QStringLiteral("add"), QStringLiteral("magnet:?dn=nothing")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("\"xt\"")), qPrintable(r.err));
    QVERIFY(QFile::remove(discoveryPath()));
}

void tst_Daemon::remoteDrivesTheDaemon()
{
    const QString state = m_home.filePath(QStringLiteral("remote-state"));
    const QString downloads = m_home.filePath(QStringLiteral("remote-data"));
    const QStringList args = {QStringLiteral("--state-dir"), state, QStringLiteral("--dir"),
                              downloads};
    QString url;
    auto daemon = start(args, &url);
    QVERIFY2(!url.isEmpty(), qPrintable(QString::fromUtf8(daemon->readAllStandardError())));
    const auto watch = startRemote({QStringLiteral("watch")});
    // Subscribed before anything happens: a new subscriber's first event is the snapshot.
    QByteArray watched;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     watched += watch->readAllStandardOutput();
                     return watched.contains(" snapshot");
                 },
                 scaledMs(15000)),
             watched.constData());

    // Added by its magnet, the seeder's address percent-encoded as URI encoders write it.
    const QString ih = TorrentSource::parse(m_torrent).id().key();
    const QString magnet =
        QStringLiteral("magnet:?xt=urn:btih:") + ih + QStringLiteral("&x.pe=") +
        QString::fromLatin1(QUrl::toPercentEncoding(m_swarm.seeders().front().endpoint()));
    ProcessResult r = remote({QStringLiteral("add"), magnet});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(ih), qPrintable(r.out + r.err));
    // Twice: still one torrent.
    r = remote({QStringLiteral("add"), m_torrent});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QLatin1String("there already")), qPrintable(r.err));

    r = remote({QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count(ih), 1);

    // Its file, once the metadata is in; then its bytes through the stream URL.
    QVERIFY(QTest::qWaitFor(
        [&] {
            r = remote({QStringLiteral("files"), ih});
            return r.out.contains(QLatin1String("movie.mkv"));
        },
        scaledMs(30000)));
    QVERIFY2(r.out.contains(QLatin1String("video")), qPrintable(r.out));
    r = remote({QStringLiteral("stream"), ih, QStringLiteral("0"), QStringLiteral("--prebuffer"),
                QStringLiteral("300000")});
    QCOMPARE(r.exitCode, 0);
    const QString streamUrl = r.out.trimmed();
    QVERIFY2(streamUrl.startsWith(url.left(url.indexOf(QLatin1String("/api/v1")))),
             qPrintable(streamUrl + r.err));
    const QString token = QJsonDocument::fromJson(readFile(discoveryPath()))
                              .object()[QStringLiteral("token")]
                              .toString();
    QVERIFY2(!streamUrl.contains(token), "the stream URL carries the API token");
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    std::unique_ptr<QNetworkReply> got(network.get(QNetworkRequest(QUrl(streamUrl))));
    QVERIFY(QTest::qWaitFor([&] { return got->isFinished(); }, scaledMs(60000)));
    QCOMPARE(got->error(), QNetworkReply::NoError);
    QVERIFY(got->readAll() == readFile(m_swarm.path(QStringLiteral("src/movie.mkv"))));

    // What the engine refuses says why: a .torrent address nothing answers at.
    r = remote({QStringLiteral("add"), QStringLiteral("http://127.0.0.1:1/none.torrent")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(!r.err.isEmpty(), "no reason given");

    // A wrong token (a file from another run).
    const QByteArray discovery = readFile(discoveryPath());
    QByteArray wrong = discovery;
    wrong.replace(token.toLatin1(), QByteArray(32, 'f'));
    {
        QFile file(discoveryPath());
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(wrong) == wrong.size());
    }
    r = remote({QStringLiteral("list")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("refused the token")), qPrintable(r.err));
    {
        QFile file(discoveryPath());
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(discovery) == discovery.size());
    }

    // The events came as they happened, each on a line of its own.
    QCOMPARE(stop(*watch), 0);
    watched += watch->readAllStandardOutput();
    const QStringList events = QString::fromUtf8(watched).split(QLatin1Char('\n'));
    QStringList types;
    for (const QString &line : events) {
        if (line.contains(ih))
            types << line.section(QLatin1Char(' '), 1, 1);
    }
    QVERIFY2(types.contains(QLatin1String("torrent_added")) &&
                 types.contains(QLatin1String("metadata")) &&
                 types.contains(QLatin1String("stream")),
             qPrintable(types.join(QLatin1Char(' '))));
    QVERIFY(events.first().section(QLatin1Char(' '), 1, 1) == QLatin1String("snapshot"));
    // `remote stream` let its stream go once it printed the URL, and the others heard of it.
    QVERIFY2(QString::fromUtf8(watched).contains(QLatin1String(" stream_released ")),
             watched.right(400).constData());

    // Restarted, the daemon has it still; removed with its files, it is gone.
    QCOMPARE(stop(*daemon), 0);
    daemon = start(args, &url);
    QVERIFY(!url.isEmpty());
    r = remote({QStringLiteral("list")});
    QCOMPARE(r.out.count(ih), 1);
    QVERIFY(QTest::qWaitFor(
        [&] { return QFileInfo::exists(QDir(downloads).filePath(QStringLiteral("movie.mkv"))); },
        scaledMs(10000)));
    r = remote({QStringLiteral("rm"), ih, QStringLiteral("--delete-files")});
    QCOMPARE(r.exitCode, 0);
    r = remote({QStringLiteral("list")});
    QVERIFY2(!r.out.contains(ih), qPrintable(r.out));
    QVERIFY(QTest::qWaitFor(
        [&] { return !QFileInfo::exists(QDir(downloads).filePath(QStringLiteral("movie.mkv"))); },
        scaledMs(10000)));
    r = remote({QStringLiteral("files"), ih});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(stop(*daemon), 0);
}

void tst_Daemon::libraryListsWhatTheSessionHolds()
{
    const QString state = m_home.filePath(QStringLiteral("library-state"));
    const QString library = QDir(state).filePath(QStringLiteral("library.json"));
    // A torrent an earlier run added and removed, as the library kept them before.
    const QString earlier = QString(40, QLatin1Char('e'));
    QVERIFY(QDir().mkpath(state));
    QFile old(library);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("{\"version\": 1, \"torrents\": [{\"key\": \"" + earlier.toLatin1() +
              "\", \"name\": \"Earlier\"}]}");
    old.close();
    m_swarm.makeFile(QStringLiteral("lib/kept.mkv"), 200 * 1024, 10);
    m_swarm.makeFile(QStringLiteral("lib/gone.mkv"), 200 * 1024, 11);
    TorrentCreator::Options opt;
    opt.pieceSize = 64 * 1024;
    const QString kept = m_swarm.makeTorrent(m_swarm.path(QStringLiteral("lib/kept.mkv")), opt);
    const QString gone = m_swarm.makeTorrent(m_swarm.path(QStringLiteral("lib/gone.mkv")), opt);
    const QString keptKey = TorrentSource::parse(kept).id().key();
    const QString goneKey = TorrentSource::parse(gone).id().key();

    QString url;
    auto daemon = start({QStringLiteral("--state-dir"), state, QStringLiteral("--dir"),
                         m_home.filePath(QStringLiteral("library-data"))},
                        &url);
    QVERIFY(!url.isEmpty());
    QCOMPARE(remote({QStringLiteral("add"), kept}).exitCode, 0);
    QCOMPARE(remote({QStringLiteral("add"), gone}).exitCode, 0);
    QCOMPARE(remote({QStringLiteral("rm"), goneKey}).exitCode, 0);
    QVERIFY(!remote({QStringLiteral("list")}).out.contains(goneKey));
    QCOMPARE(stop(*daemon), 0);

    // Saved at the end, with the kept torrent's metadata copied beside it.
    const QByteArray saved = readFile(library);
    QVERIFY2(saved.contains(keptKey.toLatin1()), saved.constData());
    QVERIFY2(!saved.contains(goneKey.toLatin1()), saved.constData());
    QVERIFY2(!saved.contains(earlier.toLatin1()), saved.constData());
    QVERIFY(
        QFileInfo::exists(QDir(state).filePath(QStringLiteral("library/%1.torrent").arg(keptKey))));
}

void tst_Daemon::remotePrintsNoControlCharacters()
{
    // A magnet's name is anyone's to choose: ESC [2J would clear the screen, CR and LF forge
    // rows of the table, U+202E turns the rest of the line around.
    QString url;
    const auto daemon =
        start({QStringLiteral("--state-dir"), m_home.filePath(QStringLiteral("escapes"))}, &url);
    QVERIFY2(!url.isEmpty(), qPrintable(QString::fromUtf8(daemon->readAllStandardError())));
    const auto watch = startRemote({QStringLiteral("watch")});
    QByteArray watched;
    QVERIFY(QTest::qWaitFor(
        [&] {
            watched += watch->readAllStandardOutput();
            return watched.contains(" snapshot");
        },
        scaledMs(15000)));
    const QString ih = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
    const QString magnet = QStringLiteral("magnet:?xt=urn:btih:") + ih +
                           QStringLiteral("&dn=a%1B%5B2Jb%0D%0Aforged%09row%7F%C2%9B%E2%80%AEz");
    const auto hasControl = [](const QString &text) {
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if ((u < 0x20 && u != '\n') || (u >= 0x7f && u <= 0x9f) ||
                (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
                return true;
        }
        return false;
    };
    ProcessResult r = remote({QStringLiteral("add"), magnet});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!hasControl(r.out) && !hasControl(r.err), qPrintable(r.out.toUtf8().toHex()));
    QCOMPARE(r.out,
             ih + QStringLiteral("  a\\x1b[2Jb\\x0d\\x0aforged\\x09row\\x7f\\x9b\\u202ez\n"));

    r = remote({QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!hasControl(r.out), qPrintable(r.out.toUtf8().toHex()));
    const QStringList rows = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 2); // the heading and the torrent
    QVERIFY2(rows.at(1).startsWith(ih) && rows.at(1).endsWith(QLatin1String("\\u202ez")),
             qPrintable(rows.at(1)));

    // The event lines stay JSON, their controls escaped as JSON escapes them.
    QByteArray added;
    QVERIFY(QTest::qWaitFor(
        [&] {
            watched += watch->readAllStandardOutput();
            const qsizetype at = watched.indexOf(" torrent_added ");
            if (at < 0 || watched.indexOf('\n', at) < 0)
                return false;
            added = watched.mid(at, watched.indexOf('\n', at) - at);
            return true;
        },
        scaledMs(15000)));
    QVERIFY2(!hasControl(QString::fromUtf8(watched)), watched.toHex().constData());
    QJsonParseError error;
    const QJsonObject event =
        QJsonDocument::fromJson(added.mid(QByteArray(" torrent_added ").size()), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, added.constData());
    QVERIFY2(event[QStringLiteral("name")].toString() ==
                 QStringLiteral("a\x1b[2Jb\r\nforged\trow\x7f\u009b\u202ez"),
             added.constData());

    QCOMPARE(stop(*watch), 0);
    QCOMPARE(stop(*daemon), 0);
}

void tst_Daemon::shutdownOverTheApi()
{
    QString url;
    const auto daemon =
        start({QStringLiteral("--state-dir"), m_home.filePath(QStringLiteral("s"))}, &url);
    QVERIFY(!url.isEmpty());
    const auto watch = startRemote({QStringLiteral("watch")});
    QVERIFY(
        QTest::qWaitFor([&] { return watch->waitForReadyRead(100) || watch->bytesAvailable() > 0; },
                        scaledMs(15000)));
    const QJsonObject discovery = QJsonDocument::fromJson(readFile(discoveryPath())).object();
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(QUrl(url + QStringLiteral("/shutdown")));
    request.setRawHeader("Authorization",
                         "Bearer " + discovery[QStringLiteral("token")].toString().toLatin1());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    std::unique_ptr<QNetworkReply> reply(network.post(request, QByteArray("{}")));
    QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, scaledMs(10000)));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
    QVERIFY(daemon->waitForFinished(scaledMs(30000)));
    QCOMPARE(daemon->exitCode(), 0);
    QVERIFY(!QFileInfo::exists(discoveryPath()));
    // The event stream's reader was told why it ended.
    QVERIFY(
        QTest::qWaitFor([&] { return watch->state() == QProcess::NotRunning; }, scaledMs(10000)));
    QCOMPARE(watch->exitCode(), 1);
    const QString said = QString::fromUtf8(watch->readAllStandardError());
    QVERIFY2(said.contains(QLatin1String("The engine is stopping.")), qPrintable(said));
}

void tst_Daemon::patchedSettingsSurviveARestart()
{
    const QStringList args = {QStringLiteral("--state-dir"),
                              m_home.filePath(QStringLiteral("settings-state"))};
    QString url;
    auto daemon = start(args, &url);
    QVERIFY2(!url.isEmpty(), daemon->readAllStandardError().constData());
    int status = 0;
    // dht is off by this command line (--no-dht): the command line wins at the next start.
    const QJsonObject patched =
        call(url, "PATCH", QStringLiteral("/settings"),
             R"({"download_rate_limit": 123456, "connections_limit": 77, "dht": true})", &status);
    QCOMPARE(status, 200);
    QCOMPARE(patched[u"download_rate_limit"].toInt(), 123456);
    QCOMPARE(patched[u"dht"].toBool(), true);
    QCOMPARE(stop(*daemon), 0);

    daemon = start(args, &url);
    QVERIFY2(!url.isEmpty(), daemon->readAllStandardError().constData());
    const QJsonObject kept = call(url, "GET", QStringLiteral("/settings"), {}, &status);
    QCOMPARE(status, 200);
    QCOMPARE(kept[u"download_rate_limit"].toInt(), 123456);
    QCOMPARE(kept[u"connections_limit"].toInt(), 77);
    QCOMPARE(kept[u"upload_rate_limit"].toInt(), 0); // never changed
    QCOMPARE(kept[u"dht"].toBool(), false);
    // A later change is kept with the earlier ones.
    QCOMPARE(call(url, "PATCH", QStringLiteral("/settings"), R"({"upload_rate_limit": 5000})",
                  &status)[u"upload_rate_limit"]
                 .toInt(),
             5000);
    QCOMPARE(stop(*daemon), 0);

    daemon = start(args, &url);
    QVERIFY(!url.isEmpty());
    const QJsonObject again = call(url, "GET", QStringLiteral("/settings"));
    QCOMPARE(again[u"download_rate_limit"].toInt(), 123456);
    QCOMPARE(again[u"upload_rate_limit"].toInt(), 5000);
    QCOMPARE(stop(*daemon), 0);
}

void tst_Daemon::wrongKeptSettingsAreNamed()
{
    const QString state = m_home.filePath(QStringLiteral("wrong-settings"));
    QVERIFY(QDir().mkpath(state));
    const QString file = QDir(state).filePath(QStringLiteral("settings.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"download_rate_limit": -5})");
    f.close();
    QString url;
    const auto daemon = start({QStringLiteral("--state-dir"), state}, &url);
    QVERIFY(daemon->state() == QProcess::NotRunning || daemon->waitForFinished(scaledMs(30000)));
    QCOMPARE(daemon->exitCode(), 1);
    QVERIFY(url.isEmpty());
    const QString message = QString::fromUtf8(daemon->readAllStandardError());
    QVERIFY2(message.contains(file) && message.contains(QLatin1String("download_rate_limit")),
             qPrintable(message));
}

QTEST_GUILESS_MAIN(tst_Daemon)
#include "tst_daemon.moc"
