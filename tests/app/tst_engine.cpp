// swarmplay-engine as a user runs it: info as a table and as JSON (also of a magnet), download
// with a progress line and exit 0 once complete, and a non-zero exit with a message for every
// error.

#include <csignal>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include "input/torrentsource.h"
#include "localswarm.h"
#include "testutil.h"

using namespace swarmplay;
using namespace swarmplay::test;

class tst_Engine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void infoTable();
    void infoJson();
    void infoOfMagnet();
    void downloadOneFile();
    void errors_data();
    void errors();
    void sigtermSavesState();

private:
    using Result = ProcessResult;
    Result run(const QStringList &args, int timeoutMs = 60000);
    QStringList loopbackArgs();

    LocalSwarm m_swarm;
    QString m_torrent;
    QString m_video;
    int m_videoIndex = -1;
};

tst_Engine::Result tst_Engine::run(const QStringList &args, int timeoutMs)
{
    return runProcess(QStringLiteral(SWARMPLAY_ENGINE_PATH), args, timeoutMs);
}

QStringList tst_Engine::loopbackArgs()
{
    QStringList args = {QStringLiteral("--bind"),    m_swarm.nextAddress(),
                        QStringLiteral("--bt-port"), QStringLiteral("0"),
                        QStringLiteral("--no-dht"),  QStringLiteral("--no-lsd"),
                        QStringLiteral("--no-upnp"), QStringLiteral("--no-natpmp")};
    for (const LocalSwarm::Peer &p : m_swarm.seeders())
        args << QStringLiteral("--peer") << p.endpoint();
    return args;
}

void tst_Engine::initTestCase()
{
    m_video = m_swarm.makeFile(QStringLiteral("src/Film/film.mp4"), 2 * 1024 * 1024 + 321, 31);
    m_swarm.makeFile(QStringLiteral("src/Film/film.en.srt"), 4000, 32);
    m_swarm.makeFile(QStringLiteral("src/Film/poster.jpg"), 90000, 33);
    TorrentCreator::Options opt;
    opt.pieceSize = 32 * 1024;
    opt.comment = QStringLiteral("test film");
    m_torrent = m_swarm.makeTorrent(m_swarm.path(QStringLiteral("src/Film")), opt,
                                    m_swarm.path(QStringLiteral("film.torrent")));
    const TorrentSource source = TorrentSource::parse(m_torrent);
    for (const FileEntry &f : source.info().files) {
        if (f.path.endsWith(QLatin1String("film.mp4")))
            m_videoIndex = f.index;
    }
    // Slow enough that a download shows progress lines and can be interrupted.
    m_swarm.addSeeder(m_torrent, m_swarm.path(QStringLiteral("src")), 512 * 1024);
}

void tst_Engine::infoTable()
{
    const Result r = run({QStringLiteral("info"), m_torrent});
    QCOMPARE(r.exitCode, 0);
    const TorrentSource s = TorrentSource::parse(m_torrent);
    QVERIFY(r.out.contains(QStringLiteral("Name:")));
    QVERIFY(r.out.contains(s.id().v1Hex()));
    QVERIFY(r.out.contains(QStringLiteral("none (v1-only torrent)")));
    QVERIFY(r.out.contains(QStringLiteral("%1 × 32.0 KiB").arg(s.info().pieceCount)));
    QVERIFY(r.out.contains(QStringLiteral("multi-file (3 files)")));
    QVERIFY(r.out.contains(QStringLiteral("test film")));
    QVERIFY(r.out.contains(QStringLiteral("Film/film.en.srt")));
    QVERIFY(r.out.contains(QStringLiteral("subtitle")));
    QVERIFY(r.out.contains(QStringLiteral("video")));
    QVERIFY(r.out.contains(QStringLiteral("image")));
}

void tst_Engine::infoJson()
{
    const Result r = run({QStringLiteral("info"), m_torrent, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Film"));
    QCOMPARE(o.value(QStringLiteral("pieceLength")).toInt(), 32 * 1024);
    QVERIFY(o.value(QStringLiteral("multiFile")).toBool());
    QCOMPARE(o.value(QStringLiteral("infoHashV1")).toString(),
             TorrentSource::parse(m_torrent).id().v1Hex());
    QVERIFY(o.value(QStringLiteral("infoHashV2")).isNull());
    const QJsonArray files = o.value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 3);
    qint64 total = 0;
    for (const QJsonValue &f : files)
        total += f.toObject().value(QStringLiteral("size")).toInteger();
    QCOMPARE(total, o.value(QStringLiteral("totalSize")).toInteger());
}

void tst_Engine::infoOfMagnet()
{
    const TorrentSource s = TorrentSource::parse(m_torrent);
    QStringList args = {
        QStringLiteral("info"), QStringLiteral("magnet:?xt=urn:btih:") + s.id().v1Hex(),
        QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("30")};
    args += loopbackArgs();
    const Result r = run(args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Film"));
    QCOMPARE(o.value(QStringLiteral("files")).toArray().size(), 3);
}

void tst_Engine::downloadOneFile()
{
    const QString dir = m_swarm.path(QStringLiteral("dl-one"));
    QStringList args = {QStringLiteral("download"), m_torrent,
                        QStringLiteral("--file"),   QString::number(m_videoIndex),
                        QStringLiteral("--dir"),    dir};
    args += loopbackArgs();
    const Result r = run(args, 90000);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("complete and verified")), qPrintable(r.out));
    // The progress line: percent, rate, peers, ETA.
    QVERIFY2(r.err.contains(QLatin1Char('%')) && r.err.contains(QStringLiteral("peers")) &&
                 r.err.contains(QStringLiteral("ETA")) && r.err.contains(QStringLiteral("/s")),
             qPrintable(r.err));
    QVERIFY(readFile(dir + QStringLiteral("/Film/film.mp4")) == readFile(m_video));
    QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/Film/film.en.srt")));
    QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/Film/poster.jpg")));
    // Run again: it is already complete, and says so at once without downloading.
    const Result again = run(args, 30000);
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY(again.out.contains(QStringLiteral("complete and verified")));
}

void tst_Engine::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << 2 << QStringLiteral("No command");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("play"), QStringLiteral("x")}
                                     << 2 << QStringLiteral("Unknown command");
    QTest::newRow("no source") << QStringList{QStringLiteral("info")} << 2
                               << QStringLiteral("needs a source");
    QTest::newRow("missing file") << QStringList{QStringLiteral("info"),
                                                 QStringLiteral("/no/such.torrent")}
                                  << 3 << QStringLiteral("There is no file");
    QTest::newRow("bad magnet") << QStringList{QStringLiteral("download"),
                                               QStringLiteral("magnet:?dn=x")}
                                << 3 << QStringLiteral("no \"xt\" parameter");
    QTest::newRow("bad file number") << QStringList{QStringLiteral("download"), QStringLiteral("x"),
                                                    QStringLiteral("--file"), QStringLiteral("two")}
                                     << 2 << QStringLiteral("--file takes a file number");
    QTest::newRow("bad bind") << QStringList{QStringLiteral("info"), QStringLiteral("x"),
                                             QStringLiteral("--bind"), QStringLiteral("not-an-ip")}
                              << 2 << QStringLiteral("--bind takes an IP address");
}

void tst_Engine::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Result r = run(args, 20000);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void tst_Engine::sigtermSavesState()
{
    // A file number the torrent does not have is refused once the metadata is known.
    QStringList badFile = {QStringLiteral("download"), m_torrent,
                           QStringLiteral("--file"),   QStringLiteral("99"),
                           QStringLiteral("--dir"),    m_swarm.path(QStringLiteral("dl-bad"))};
    badFile += loopbackArgs();
    const Result refused = run(badFile, 20000);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("has no file 99")), qPrintable(refused.err));

    const QString dir = m_swarm.path(QStringLiteral("dl-term"));
    QStringList args = {QStringLiteral("download"), m_torrent, QStringLiteral("--dir"), dir};
    args += loopbackArgs();
    QProcess p;
    p.start(QStringLiteral(SWARMPLAY_ENGINE_PATH), args);
    QVERIFY(p.waitForStarted(scaledMs(5000)));
    QTest::qWait(1500);
    QCOMPARE(p.state(), QProcess::Running);
    ::kill(static_cast<pid_t>(p.processId()), SIGTERM);
    QVERIFY(p.waitForFinished(scaledMs(15000)));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 128 + SIGTERM);
    QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("state is saved")));
    const QString key = TorrentSource::parse(m_torrent).id().key();
    QVERIFY(QFileInfo::exists(dir + QStringLiteral("/.swarmplay/torrents/%1.fastresume").arg(key)));
}

QTEST_GUILESS_MAIN(tst_Engine)
#include "tst_engine.moc"
