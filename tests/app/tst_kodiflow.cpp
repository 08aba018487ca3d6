// examples/kodi_flow.py run as a user runs it, against `swarmplay-engine daemon` and a loopback
// seeder of a real video: it shows the buffering while the video arrives, then prints a stream
// URL that serves the video's exact bytes and is not the API's token, and releases its stream.

#include <csignal>

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QtTest>

#include "localswarm.h"
#include "testutil.h"

using namespace swarmplay;
using namespace swarmplay::test;

class tst_KodiFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void printsTheBufferingThenAUrlOfTheVideo();

private:
    QProcessEnvironment environment() const;
    QNetworkRequest apiRequest(const QString &path) const;
    QString runtimeDir() const { return m_home.filePath(QStringLiteral("run")); }

    QTemporaryDir m_home;
    LocalSwarm m_swarm;
    QString m_python;
    QString m_video;
    QString m_torrent;
    std::unique_ptr<QProcess> m_daemon;
    QString m_api;
    QByteArray m_token;
    QNetworkAccessManager m_network;
};

QNetworkRequest tst_KodiFlow::apiRequest(const QString &path) const
{
    QNetworkRequest request(QUrl(m_api + path));
    request.setRawHeader("Authorization", "Bearer " + m_token);
    return request;
}

QProcessEnvironment tst_KodiFlow::environment() const
{
    return isolatedEnvironment(m_home.path());
}

void tst_KodiFlow::initTestCase()
{
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (m_python.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty())
        QSKIP("python3 and ffmpeg are needed (sudo apt install python3 ffmpeg)");
    QVERIFY(m_home.isValid());
    QVERIFY(makePrivateFolder(runtimeDir()));

    // 20 s of H.264/AAC at about 1 Mbit/s, from a seeder sending 512 KiB/s: the stream buffers
    // for a few seconds, long enough for the example to show it.
    m_video = m_swarm.path(QStringLiteral("show/Episode 1.mp4"));
    QVERIFY(QDir().mkpath(QFileInfo(m_video).absolutePath()));
    const ProcessResult made = runFfmpeg(
        {QStringLiteral("-f"),       QStringLiteral("lavfi"),
         QStringLiteral("-i"),       QStringLiteral("testsrc2=size=640x360:rate=25"),
         QStringLiteral("-f"),       QStringLiteral("lavfi"),
         QStringLiteral("-i"),       QStringLiteral("sine=frequency=440:sample_rate=44100"),
         QStringLiteral("-t"),       QStringLiteral("20"),
         QStringLiteral("-c:v"),     QStringLiteral("libx264"),
         QStringLiteral("-preset"),  QStringLiteral("veryfast"),
         QStringLiteral("-b:v"),     QStringLiteral("900k"),
         QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"),
         QStringLiteral("-c:a"),     QStringLiteral("aac"),
         QStringLiteral("-b:a"),     QStringLiteral("64k")},
        m_video);
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    QVERIFY(QFileInfo(m_video).size() > 1024 * 1024);
    TorrentCreator::Options options;
    options.pieceSize = 64 * 1024;
    m_torrent = m_swarm.makeTorrent(m_video, options);
    m_swarm.addSeeder(m_torrent, QFileInfo(m_video).absolutePath(), 512 * 1024);

    m_daemon = std::make_unique<QProcess>();
    m_daemon->setProcessEnvironment(environment());
    m_daemon->start(QStringLiteral(SWARMPLAY_ENGINE_PATH),
                    {QStringLiteral("daemon"), QStringLiteral("--state-dir"),
                     m_home.filePath(QStringLiteral("state")), QStringLiteral("--dir"),
                     m_home.filePath(QStringLiteral("downloads")), QStringLiteral("--bt-port"),
                     QStringLiteral("0"), QStringLiteral("--no-dht"), QStringLiteral("--no-lsd"),
                     QStringLiteral("--no-upnp"), QStringLiteral("--no-natpmp")});
    QVERIFY(m_daemon->waitForStarted(scaledMs(5000)));
    QVERIFY(QTest::qWaitFor(
        [&] { return m_daemon->canReadLine() || m_daemon->state() == QProcess::NotRunning; },
        scaledMs(30000)));
    m_api = QString::fromUtf8(m_daemon->readLine()).trimmed();
    QVERIFY2(m_api.startsWith(QLatin1String("http://127.0.0.1:")),
             qPrintable(m_api + QString::fromUtf8(m_daemon->readAllStandardError())));
    m_token = QJsonDocument::fromJson(
                  readFile(QDir(runtimeDir()).filePath(QStringLiteral("swarmplay/daemon.json"))))
                  .object()[QStringLiteral("token")]
                  .toString()
                  .toLatin1();
    QVERIFY(!m_token.isEmpty());
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void tst_KodiFlow::cleanupTestCase()
{
    if (!m_daemon || m_daemon->state() == QProcess::NotRunning)
        return;
    ::kill(static_cast<pid_t>(m_daemon->processId()), SIGTERM);
    QVERIFY(m_daemon->waitForFinished(scaledMs(30000)));
    QCOMPARE(m_daemon->exitCode(), 0);
}

void tst_KodiFlow::printsTheBufferingThenAUrlOfTheVideo()
{
    // The events tell which stream the example opens.
    std::unique_ptr<QNetworkReply> events(m_network.get(apiRequest(QStringLiteral("/events"))));
    QByteArray eventBytes;
    connect(events.get(), &QNetworkReply::readyRead, this,
            [&] { eventBytes += events->readAll(); });

    // A proxy set for the desktop, which nothing answers at: the example talks to the engine
    // directly.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString deadProxy = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
    closed.close();
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("http_proxy"), deadProxy);
    env.insert(QStringLiteral("HTTP_PROXY"), deadProxy);
    env.remove(QStringLiteral("no_proxy"));
    env.remove(QStringLiteral("NO_PROXY"));

    QProcess flow;
    flow.setProcessEnvironment(env);
    flow.setStandardInputFile(QProcess::nullDevice());
    flow.start(m_python, {QStringLiteral(SWARMPLAY_SOURCE_DIR "/examples/kodi_flow.py"),
                          m_swarm.magnetWithPeers(m_torrent), QStringLiteral("--print-only")});
    QVERIFY(flow.waitForStarted(scaledMs(5000)));
    const bool ended =
        QTest::qWaitFor([&] { return flow.state() == QProcess::NotRunning; }, scaledMs(120000));
    if (!ended) {
        flow.kill();
        flow.waitForFinished(scaledMs(5000));
    }
    const QString out = QString::fromUtf8(flow.readAllStandardOutput());
    const QString said = out + QString::fromUtf8(flow.readAllStandardError());
    QVERIFY2(ended && flow.exitStatus() == QProcess::NormalExit && flow.exitCode() == 0,
             qPrintable(said));
    qInfo().noquote() << "kodi_flow.py printed:\n" + out.trimmed();

    // "buffering: N of M bytes" while the video arrives, N growing, then "ready: URL".
    QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 2, qPrintable(said));
    const QString last = lines.takeLast();
    QVERIFY2(last.startsWith(QLatin1String("ready: ")), qPrintable(said));
    const QRegularExpression progress(QStringLiteral("^(\\w+): (\\d+) of (\\d+) bytes$"));
    qint64 previous = 0;
    int buffering = 0;
    for (const QString &line : std::as_const(lines)) {
        const QRegularExpressionMatch m = progress.match(line);
        QVERIFY2(m.hasMatch(), qPrintable(said));
        const qint64 ready = m.captured(2).toLongLong();
        QVERIFY2(ready >= previous, qPrintable(said));
        previous = ready;
        if (m.captured(1) == QLatin1String("buffering")) {
            ++buffering;
            QVERIFY2(ready <= m.captured(3).toLongLong(), qPrintable(said));
        } else {
            QVERIFY2(m.captured(1) == QLatin1String("metadata") ||
                         m.captured(1) == QLatin1String("ready"),
                     qPrintable(said));
        }
    }
    QVERIFY2(buffering >= 2, qPrintable(said));

    // It released its stream: a client that runs it a hundred times does not use up the
    // engine's streams.
    const QRegularExpression streamEvent(
        QStringLiteral("event: stream\ndata: \\{[^\\n]*\"id\":\"([0-9a-f]{32})\""));
    const QString streamId = streamEvent.match(QString::fromUtf8(eventBytes)).captured(1);
    events->abort();
    QVERIFY2(!streamId.isEmpty(), eventBytes.left(2000).constData());
    std::unique_ptr<QNetworkReply> released(
        m_network.get(apiRequest(QStringLiteral("/streams/") + streamId)));
    QVERIFY(QTest::qWaitFor([&] { return released->isFinished(); }, scaledMs(10000)));
    QCOMPARE(released->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    QVERIFY(released->readAll().contains("unknown-stream"));

    // The URL is the daemon's, carries no API token, and serves the video byte for byte.
    const QUrl url(last.mid(int(qstrlen("ready: "))));
    QCOMPARE(url.host(), QUrl(m_api).host());
    QCOMPARE(url.port(), QUrl(m_api).port());
    QVERIFY2(!url.toString().contains(QString::fromLatin1(m_token)),
             "the stream URL carries the API token");
    std::unique_ptr<QNetworkReply> got(m_network.get(QNetworkRequest(url)));
    QVERIFY(QTest::qWaitFor([&] { return got->isFinished(); }, scaledMs(60000)));
    QCOMPARE(got->error(), QNetworkReply::NoError);
    QVERIFY(got->readAll() == readFile(m_video));
}

QTEST_GUILESS_MAIN(tst_KodiFlow)
#include "tst_kodiflow.moc"
