// swarmplay-engine serve as an external player sees it: the first line of stdout is the stream
// URL; ffprobe reads a file that is still downloading (moov at the end) and gets the right
// duration; ranges return the source's bytes; SIGTERM stops it cleanly.

#include <csignal>
#include <sys/stat.h>

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QtTest>

#include "input/torrentsource.h"
#include "localswarm.h"
#include "testutil.h"

using namespace swarmplay;
using namespace swarmplay::test;

class tst_Serve : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ffprobeReadsWhileDownloading();
    void statusSaysWhyTheStreamWaits();

private:
    LocalSwarm m_swarm;
    QString m_video;
    QString m_torrent;
};

void tst_Serve::initTestCase()
{
    const QString ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
    QVERIFY2(!ffmpeg.isEmpty(), "ffmpeg is missing: install the Debian package ffmpeg");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("ffprobe")).isEmpty(),
             "ffprobe is missing: install the Debian package ffmpeg");
    QDir().mkpath(m_swarm.path(QStringLiteral("src")));
    m_video = m_swarm.path(QStringLiteral("src/clip.mp4"));
    // 12 s at about 4 Mbit/s; MP4 as ffmpeg writes it by default: moov at the end.
    QProcess p;
    p.start(ffmpeg, {QStringLiteral("-v"),      QStringLiteral("error"),
                     QStringLiteral("-f"),      QStringLiteral("lavfi"),
                     QStringLiteral("-i"),      QStringLiteral("testsrc2=size=640x360:rate=25"),
                     QStringLiteral("-f"),      QStringLiteral("lavfi"),
                     QStringLiteral("-i"),      QStringLiteral("sine=frequency=440"),
                     QStringLiteral("-t"),      QStringLiteral("12"),
                     QStringLiteral("-c:v"),    QStringLiteral("libx264"),
                     QStringLiteral("-preset"), QStringLiteral("ultrafast"),
                     QStringLiteral("-b:v"),    QStringLiteral("4M"),
                     QStringLiteral("-c:a"),    QStringLiteral("aac"),
                     QStringLiteral("-y"),      m_video});
    QVERIFY(p.waitForFinished(scaledMs(120000)));
    QCOMPARE(p.exitCode(), 0);
    TorrentCreator::Options opt;
    opt.pieceSize = 64 * 1024;
    m_torrent = m_swarm.makeTorrent(m_video, opt);
    // Slow: the whole file takes far longer than a player needs to start.
    m_swarm.addSeeder(m_torrent, m_swarm.path(QStringLiteral("src")), 200 * 1024);
}

void tst_Serve::ffprobeReadsWhileDownloading()
{
    const QString dir = m_swarm.path(QStringLiteral("serve"));
    const QString address = m_swarm.nextAddress();
    QProcess engine;
    engine.start(
        QStringLiteral(SWARMPLAY_ENGINE_PATH),
        {QStringLiteral("serve"), m_torrent, QStringLiteral("--dir"), dir, QStringLiteral("--bind"),
         address, QStringLiteral("--bt-port"), QStringLiteral("0"), QStringLiteral("--peer"),
         m_swarm.seeders().front().endpoint(), QStringLiteral("--no-dht"),
         QStringLiteral("--no-lsd"), QStringLiteral("--no-upnp"), QStringLiteral("--no-natpmp")});
    QVERIFY(engine.waitForStarted(scaledMs(5000)));
    QVERIFY(QTest::qWaitFor([&] { return engine.canReadLine(); }, scaledMs(30000)));
    const QString url = QString::fromUtf8(engine.readLine()).trimmed();
    const TorrentSource source = TorrentSource::parse(m_torrent);
    const QRegularExpression shape(
        QStringLiteral("^http://%1:\\d+/stream/[0-9a-f]{32}/%2/0/clip\\.mp4$")
            .arg(QRegularExpression::escape(address), source.id().v1Hex()));
    QVERIFY2(shape.match(url).hasMatch(), qPrintable(url));

    QProcess ffprobe;
    ffprobe.start(QStringLiteral("ffprobe"),
                  {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
                   QStringLiteral("format=duration"), QStringLiteral("-of"),
                   QStringLiteral("csv=p=0"), url});
    QVERIFY(ffprobe.waitForFinished(scaledMs(60000)));
    QVERIFY2(ffprobe.exitCode() == 0, ffprobe.readAllStandardError().constData());
    const double duration = ffprobe.readAllStandardOutput().trimmed().toDouble();
    QVERIFY2(std::abs(duration - 12.0) < 0.5, qPrintable(QString::number(duration)));

    // ffprobe was done long before the file: most of it is not on disk yet.
    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(dir + QStringLiteral("/clip.mp4")).constData(), &st), 0);
    const qint64 onDisk = qint64(st.st_blocks) * 512;
    QVERIFY2(onDisk < QFileInfo(m_video).size() * 2 / 3,
             qPrintable(QStringLiteral("%1 of %2 bytes already there")
                            .arg(onDisk)
                            .arg(QFileInfo(m_video).size())));

    // A range is the source's bytes.
    QNetworkAccessManager nam;
    QNetworkRequest request{QUrl(url)};
    request.setRawHeader("Range", "bytes=100000-199999");
    QNetworkReply *reply = nam.get(request);
    QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, scaledMs(60000)));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 206);
    QVERIFY(reply->readAll() == readFile(m_video).mid(100000, 100000));
    delete reply;

    ::kill(static_cast<pid_t>(engine.processId()), SIGTERM);
    QVERIFY(engine.waitForFinished(scaledMs(15000)));
    QCOMPARE(engine.exitStatus(), QProcess::NormalExit);
    QCOMPARE(engine.exitCode(), 0);
}

void tst_Serve::statusSaysWhyTheStreamWaits()
{
    // The serve engine's only seeder dies while a player reads: its status line says why the
    // player waits, and the stream goes on when a seeder comes back.
    Session *seeder = m_swarm.addSeeder(m_torrent, m_swarm.path(QStringLiteral("src")), 400 * 1024);
    const QString address = m_swarm.nextAddress();
    QTcpServer portFinder; // a free port, so the returning seeder knows where to call
    QVERIFY(portFinder.listen(QHostAddress(address), 0));
    const quint16 btPort = portFinder.serverPort();
    portFinder.close();
    QProcess engine;
    engine.start(QStringLiteral(SWARMPLAY_ENGINE_PATH),
                 {QStringLiteral("serve"), m_torrent, QStringLiteral("--dir"),
                  m_swarm.path(QStringLiteral("serve-status")), QStringLiteral("--bind"), address,
                  QStringLiteral("--bt-port"), QString::number(btPort), QStringLiteral("--peer"),
                  m_swarm.endpointOf(seeder).endpoint(), QStringLiteral("--status"),
                  QStringLiteral("--no-dht"), QStringLiteral("--no-lsd"),
                  QStringLiteral("--no-upnp"), QStringLiteral("--no-natpmp")});
    QVERIFY(engine.waitForStarted(scaledMs(5000)));
    QVERIFY(QTest::qWaitFor([&] { return engine.canReadLine(); }, scaledMs(30000)));
    const QUrl url(QString::fromUtf8(engine.readLine()).trimmed());

    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    QByteArray body;
    connect(reply, &QNetworkReply::readyRead, this, [&] { body += reply->readAll(); });
    QVERIFY(QTest::qWaitFor([&] { return body.size() > 512 * 1024; }, scaledMs(30000)));
    m_swarm.stop(seeder);

    // Whether the dead seeder still counts as connecting at that moment decides which it says.
    QByteArray status;
    const QRegularExpression why(QStringLiteral(
        "\\(waiting: No (peer is connected|connected peer has the next part): waiting for one"));
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     status += engine.readAllStandardError();
                     return why.match(QString::fromUtf8(status)).hasMatch();
                 },
                 scaledMs(20000)),
             status.right(600).constData());
    QVERIFY(!reply->isFinished());

    Session *back = m_swarm.addSeeder(m_torrent, m_swarm.path(QStringLiteral("src")));
    back->connectPeer(TorrentSource::parse(m_torrent).id(), address, btPort);
    QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, scaledMs(60000)));
    body += reply->readAll();
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QVERIFY(body == readFile(m_video));
    delete reply;

    ::kill(static_cast<pid_t>(engine.processId()), SIGTERM);
    QVERIFY(engine.waitForFinished(scaledMs(15000)));
    QCOMPARE(engine.exitCode(), 0);
}

QTEST_GUILESS_MAIN(tst_Serve)
#include "tst_serve.moc"
