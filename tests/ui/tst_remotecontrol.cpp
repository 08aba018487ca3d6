// Settings ▸ "Allow other programs to control Swarmplay": the window's own engine answers the
// control API only when the viewer allows it, announces itself in swarmplay/window.json, and what
// a client does shows in the window at once, while what the viewer does reaches clients as events.

#include <memory>

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPushButton>
#include <QSpinBox>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include "api/apihost.h"
#include "api/discoveryfile.h"
#include "http/streamserver.h"
#include "input/torrentsource.h"
#include "localswarm.h"
#include "models/torrentlistmodel.h"
#include "settings/appsettings.h"
#include "testtime.h"
#include "window/mainwindow.h"
#include "window/remotecontrol.h"
#include "window/remotesettingskeeper.h"
#include "window/settingsdialog.h"

using namespace swarmplay;
using namespace swarmplay::test;

namespace {

struct Reply
{
    int status = 0;
    QJsonObject json;
};

} // namespace

class tst_RemoteControl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void offUntilTheViewerAllowsIt();
    void torrentAddedByAClientShowsInTheWindow();
    void whatTheViewerDoesReachesClientsAsEvents();
    void switchingOffEndsEventStreamsAndTheFile();
    void settingsAClientChangesAreKept();

private:
    Reply call(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    // Ticks or unticks the setting in Edit ▸ Settings… and presses OK, as a viewer would.
    void setAllowedInDialog(bool on);
    QString windowFile() const { return DiscoveryFile::defaultPath(QStringLiteral("window")); }

    QTemporaryDir m_runtime;
    std::unique_ptr<LocalSwarm> m_swarm;
    QString m_clipTorrent;
    QString m_docsTorrent;
    Session *m_session = nullptr;
    std::unique_ptr<StreamServer> m_server;
    std::unique_ptr<ApiHost> m_host;
    std::unique_ptr<RemoteControl> m_remote;
    std::unique_ptr<RemoteSettingsKeeper> m_keeper;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QNetworkAccessManager m_network;
    int m_sessions = 0;
};

void tst_RemoteControl::initTestCase()
{
    QVERIFY(m_runtime.isValid());
    QFile::setPermissions(m_runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", m_runtime.path().toLocal8Bit());
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_swarm = std::make_unique<LocalSwarm>();
    m_swarm->makeFile(QStringLiteral("clip/clip.mp4"), 300 * 1024, 8);
    m_swarm->makeFile(QStringLiteral("docs/Docs/readme.txt"), 5000, 6);
    TorrentCreator::Options opt;
    opt.pieceSize = 64 * 1024;
    m_clipTorrent = m_swarm->makeTorrent(m_swarm->path(QStringLiteral("clip/clip.mp4")), opt,
                                         m_swarm->path(QStringLiteral("clip.torrent")));
    m_docsTorrent = m_swarm->makeTorrent(m_swarm->path(QStringLiteral("docs/Docs")), opt,
                                         m_swarm->path(QStringLiteral("docs.torrent")));
    m_swarm->addSeeder(m_clipTorrent, m_swarm->path(QStringLiteral("clip")));
    m_swarm->addSeeder(m_docsTorrent, m_swarm->path(QStringLiteral("docs")));
}

void tst_RemoteControl::init()
{
    m_session = m_swarm->addSession(QStringLiteral("window%1").arg(++m_sessions));
    m_settings = std::make_unique<AppSettings>(
        m_swarm->path(QStringLiteral("settings%1.ini").arg(m_sessions)));
    // As main() builds it: the API is plugged in before the server listens, and starts off.
    m_server = std::make_unique<StreamServer>(m_session->streamSource());
    m_host = std::make_unique<ApiHost>(m_session, m_server.get());
    m_remote = std::make_unique<RemoteControl>(m_host.get());
    m_keeper = std::make_unique<RemoteSettingsKeeper>(m_host.get(), m_settings.get());
    QString error;
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    m_window = std::make_unique<MainWindow>(m_session, m_server.get());
    m_window->setAppSettings(m_settings.get());
    m_window->setRemoteControl(m_remote.get());
    m_window->show();
}

void tst_RemoteControl::cleanup()
{
    m_window.reset();
    m_keeper.reset();
    m_remote.reset();
    m_host->close();
    m_host.reset();
    m_server.reset();
    m_swarm->stop(m_session);
    m_session = nullptr;
    QVERIFY(!QFile::exists(windowFile()));
}

Reply tst_RemoteControl::call(const QByteArray &method, const QString &path,
                              const QJsonObject &body)
{
    QNetworkRequest request(QUrl(m_server->apiBaseUrl().toString() + path));
    request.setRawHeader("Authorization", "Bearer " + m_host->token());
    QByteArray data;
    if (method != "GET") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        data = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, data));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, scaledMs(30000)))
        return {};
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.json = QJsonDocument::fromJson(reply->readAll()).object();
    return r;
}

void tst_RemoteControl::setAllowedInDialog(bool on)
{
    bool ticked = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *check = dialog->findChild<QCheckBox *>(QStringLiteral("remoteControlCheck"));
        if (check) {
            check->setChecked(on);
            ticked = true;
        }
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    m_window->showSettings(); // modal: returns once OK was pressed
    QVERIFY(ticked);
}

void tst_RemoteControl::offUntilTheViewerAllowsIt()
{
    // Off by default: the API is not there at all, and nothing announces it.
    QCOMPARE(call("GET", QStringLiteral("/session")).status, 404);
    QVERIFY(!QFile::exists(windowFile()));

    setAllowedInDialog(true);
    QVERIFY(m_settings->remoteControl());
    QString error;
    const auto entry = DiscoveryFile::read(windowFile(), &error);
    QVERIFY2(entry.has_value(), qPrintable(error));
    QCOMPARE(entry->api, m_server->apiBaseUrl());
    QCOMPARE(entry->token.toLatin1(), m_host->token());
    QCOMPARE(entry->pid, QCoreApplication::applicationPid());
    QCOMPARE(QFile::permissions(windowFile()) & 0x0077, QFileDevice::Permissions());
    // The stream URLs' token is not the API's.
    QVERIFY(!m_server->streamUrl(QStringLiteral("00"), 0).toString().contains(entry->token));

    const Reply session = call("GET", QStringLiteral("/session"));
    QCOMPARE(session.status, 200);
    QVERIFY(session.json.contains(QStringLiteral("version")));
}

void tst_RemoteControl::torrentAddedByAClientShowsInTheWindow()
{
    setAllowedInDialog(true);
    const TorrentId id = TorrentSource::parse(m_clipTorrent).id();
    const Reply added =
        call("POST", QStringLiteral("/torrents"),
             QJsonObject{{QStringLiteral("source"), m_swarm->magnetWithPeers(m_clipTorrent)}});
    QCOMPARE(added.status, 201);
    QCOMPARE(added.json.value(QStringLiteral("info_hash")).toString(), id.key());

    const TorrentListModel *list = m_window->torrentListModel();
    QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 1, scaledMs(10000));
    QTRY_COMPARE_WITH_TIMEOUT(list->index(0, TorrentListModel::NameColumn).data().toString(),
                              QStringLiteral("clip.mp4"), scaledMs(30000));
}

void tst_RemoteControl::whatTheViewerDoesReachesClientsAsEvents()
{
    setAllowedInDialog(true);
    QTcpSocket events;
    events.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(events.waitForConnected(scaledMs(5000)));
    events.write(
        "GET /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_server->port()) +
        "\r\nAuthorization: Bearer " + m_host->token() + "\r\nAccept: text/event-stream\r\n\r\n");
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += events.readAll()).contains("200 OK"), scaledMs(10000));

    // The viewer opens a torrent in the window; a client hears of it.
    const TorrentId id = TorrentSource::parse(m_docsTorrent).id();
    m_window->openSource(m_swarm->magnetWithPeers(m_docsTorrent));
    QTRY_VERIFY_WITH_TIMEOUT((received += events.readAll()).contains("event: torrent_added"),
                             scaledMs(10000));
    const int added = received.indexOf("event: torrent_added");
    QVERIFY(received.indexOf(id.key().toLatin1(), added) > added);
}

void tst_RemoteControl::switchingOffEndsEventStreamsAndTheFile()
{
    setAllowedInDialog(true);
    QVERIFY(QFile::exists(windowFile()));
    QTcpSocket events;
    events.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(events.waitForConnected(scaledMs(5000)));
    events.write(
        "GET /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_server->port()) +
        "\r\nAuthorization: Bearer " + m_host->token() + "\r\n\r\n");
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += events.readAll()).contains("200 OK"), scaledMs(10000));

    setAllowedInDialog(false);
    QVERIFY(!m_settings->remoteControl());
    QVERIFY(!QFile::exists(windowFile()));
    // The subscriber is told why, then the stream ends.
    QTRY_VERIFY_WITH_TIMEOUT(events.state() == QAbstractSocket::UnconnectedState ||
                                 (received += events.readAll()).contains("disabled"),
                             scaledMs(10000));
    received += events.readAll();
    QVERIFY2(received.contains("disabled"), received.right(300).constData());
    QCOMPARE(call("GET", QStringLiteral("/session")).status, 404);
    // Stream URLs for external players keep working: only the API went.
    QVERIFY(m_server->isListening());
}

void tst_RemoteControl::settingsAClientChangesAreKept()
{
    setAllowedInDialog(true);
    // As main() starts it, the store says what the session has (a loopback swarm: no DHT).
    m_settings->setDht(m_session->settings().dht);
    QVERIFY(!m_settings->dht());
    const Reply patched = call("PATCH", QStringLiteral("/settings"),
                               QJsonObject{{QStringLiteral("download_rate_limit"), 1500000},
                                           {QStringLiteral("dht"), true},
                                           {QStringLiteral("connections_limit"), 90}});
    QCOMPARE(patched.status, 200);
    // Where the window keeps its settings: KiB/s there, rounded up.
    QCOMPARE(m_settings->downloadRateLimit(), 1465);
    QCOMPARE(m_settings->uploadRateLimit(), 0);
    QVERIFY(m_settings->dht());

    // The Settings dialog shows the client's values, and OK leaves the engine as the client set
    // it.
    int shown = -1;
    bool dhtShown = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        shown = dialog->findChild<QSpinBox *>(QStringLiteral("downloadLimitSpin"))->value();
        dhtShown = dialog->findChild<QCheckBox *>(QStringLiteral("dhtCheck"))->isChecked();
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    m_window->showSettings();
    QCOMPARE(shown, 1465);
    QVERIFY(dhtShown);
    QCOMPARE(m_session->settings().downloadRateLimit, 1500000);
    QCOMPARE(m_session->settings().connectionsLimit, 90);

    // The next start reads them from the file.
    AppSettings next(m_settings->fileName());
    SessionSettings s;
    next.applyTo(&s);
    QCOMPARE(s.downloadRateLimit, 1465 * 1024);
    QVERIFY(s.dht);
}

int main(int argc, char **argv)
{
    // As the application does: GStreamer, Qt 6.4's default on Linux, cannot play a QIODevice.
    qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QApplication app(argc, argv);
    tst_RemoteControl test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_remotecontrol.moc"
