// The demo as a new user meets it: a sample video made once with ffmpeg and then reused, a clear
// message when ffmpeg is missing, and a loopback swarm whose magnet downloads that very video at
// about twice its bitrate.

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include "demomedia.h"
#include "demoswarm.h"
#include "input/torrentsource.h"
#include "localswarm.h"
#include "session/session.h"
#include "testutil.h"

using namespace swarmplay;
using namespace swarmplay::test;

namespace {

constexpr int TestDurationSeconds = 8;

// Top-level MP4 box types in file order ("ftyp", "moov", "mdat", ...).
QStringList topLevelBoxes(const QString &path)
{
    QStringList types;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return types;
    qint64 pos = 0;
    while (pos + 8 <= f.size() && types.size() < 64) {
        f.seek(pos);
        const QByteArray header = f.read(16);
        quint64 size = qFromBigEndian<quint32>(header.constData());
        if (size == 1 && header.size() >= 16)
            size = qFromBigEndian<quint64>(header.constData() + 8);
        else if (size == 0)
            size = quint64(f.size() - pos);
        if (size < 8)
            break;
        types << QString::fromLatin1(header.mid(4, 4));
        pos += qint64(size);
    }
    return types;
}

} // namespace

class tst_Demo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void makesAStreamableVideo();
    void reusesTheCachedVideo();
    void namesFfmpegWhenItIsMissing();
    void survivesAnFfmpegWithoutTextAndReportsItsErrors();
    void swarmServesTheVideoAtItsPace();
    void swarmSaysWhatStopsIt();

private:
    DemoMedia::Options testOptions() const;
    static bool waitFor(QSignalSpy &a, QSignalSpy &b, int timeoutMs);
    QString writeScript(const QString &name, const QString &body);
    // The video of makesAStreamableVideo(), made here when a test runs on its own.
    bool ensureMade();

    QTemporaryDir m_cache;
    DemoMedia::Result m_made;
};

DemoMedia::Options tst_Demo::testOptions() const
{
    DemoMedia::Options o;
    o.cacheDir = m_cache.filePath(QStringLiteral("demo"));
    o.durationSeconds = TestDurationSeconds;
    return o;
}

bool tst_Demo::waitFor(QSignalSpy &a, QSignalSpy &b, int timeoutMs)
{
    return QTest::qWaitFor([&] { return !a.isEmpty() || !b.isEmpty(); }, scaledMs(timeoutMs));
}

QString tst_Demo::writeScript(const QString &name, const QString &body)
{
    const QString path = m_cache.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("#!/bin/sh\n" + body.toUtf8() + "\n");
    f.close();
    f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
    return path;
}

bool tst_Demo::ensureMade()
{
    if (!m_made.videoPath.isEmpty())
        return true;
    DemoMedia media(testOptions());
    QSignalSpy finished(&media, &DemoMedia::finished);
    QSignalSpy failed(&media, &DemoMedia::failed);
    media.start();
    if (!waitFor(finished, failed, 180000) || finished.isEmpty())
        return false;
    m_made = finished.first().first().value<DemoMedia::Result>();
    return true;
}

void tst_Demo::initTestCase()
{
    QVERIFY(m_cache.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("ffprobe")).isEmpty())
        QSKIP("ffmpeg and ffprobe are needed (sudo apt install ffmpeg)");
}

void tst_Demo::makesAStreamableVideo()
{
    DemoMedia media(testOptions());
    QSignalSpy finished(&media, &DemoMedia::finished);
    QSignalSpy failed(&media, &DemoMedia::failed);
    QSignalSpy progress(&media, &DemoMedia::progress);

    QElapsedTimer clock;
    clock.start();
    media.start();
    QVERIFY(media.isRunning());
    QVERIFY(finished.isEmpty()); // asynchronous: the GUI thread goes on
    QVERIFY(waitFor(finished, failed, 180000));
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    qInfo("made a %d s demo video in %lld ms", TestDurationSeconds, clock.elapsed());

    m_made = finished.first().first().value<DemoMedia::Result>();
    QVERIFY(!m_made.reused);
    QVERIFY(!media.isRunning());
    QCOMPARE(m_made.videoPath, QFileInfo(media.videoPath()).absoluteFilePath());
    QVERIFY(progress.size() >= 2);
    QCOMPARE(progress.last().first().toInt(), 100);

    // Only the finished files are in the folder: no partial video left behind.
    const QStringList left = QDir(testOptions().cacheDir).entryList(QDir::Files);
    for (const QString &name : left)
        QVERIFY2(!name.endsWith(QLatin1String(".part")), qPrintable(name));

    const ProcessResult probe =
        runProcess(QStringLiteral("ffprobe"),
                   {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
                    QStringLiteral("stream=codec_type,codec_name,width,height:format=duration"),
                    QStringLiteral("-of"), QStringLiteral("json"), m_made.videoPath},
                   30000);
    QCOMPARE(probe.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(probe.out.toUtf8()).object();
    QString video, audio;
    int width = 0, height = 0;
    for (const QJsonValue &v : json.value(QStringLiteral("streams")).toArray()) {
        const QJsonObject s = v.toObject();
        if (s.value(QStringLiteral("codec_type")).toString() == QLatin1String("video")) {
            video = s.value(QStringLiteral("codec_name")).toString();
            width = s.value(QStringLiteral("width")).toInt();
            height = s.value(QStringLiteral("height")).toInt();
        } else if (s.value(QStringLiteral("codec_type")).toString() == QLatin1String("audio")) {
            audio = s.value(QStringLiteral("codec_name")).toString();
        }
    }
    QCOMPARE(video, QStringLiteral("h264"));
    QCOMPARE(audio, QStringLiteral("aac"));
    QCOMPARE(width, 1280);
    QCOMPARE(height, 720);
    const double duration = json.value(QStringLiteral("format"))
                                .toObject()
                                .value(QStringLiteral("duration"))
                                .toString()
                                .toDouble();
    QVERIFY2(qAbs(duration - TestDurationSeconds) <= 1.0, qPrintable(QString::number(duration)));
    QCOMPARE(m_made.durationMs, qint64(TestDurationSeconds) * 1000);

    // About 2-3 Mbit/s, what a modest stream really needs.
    const double mbps = double(m_made.sizeBytes) * 8 / TestDurationSeconds / 1e6;
    QVERIFY2(mbps > 1.5 && mbps < 3.5, qPrintable(QString::number(mbps)));

    // +faststart: the index comes before the media data, so playback can start from the head.
    const QStringList boxes = topLevelBoxes(m_made.videoPath);
    QVERIFY2(boxes.contains(QLatin1String("moov")) && boxes.contains(QLatin1String("mdat")) &&
                 boxes.indexOf(QLatin1String("moov")) < boxes.indexOf(QLatin1String("mdat")),
             qPrintable(boxes.join(QLatin1Char(' '))));

    const TorrentSource torrent = TorrentSource::parse(m_made.torrentPath);
    QVERIFY2(torrent.isValid(), qPrintable(torrent.error().message));
    QCOMPARE(torrent.info().totalSize, m_made.sizeBytes);
    QCOMPARE(torrent.info().pieceLength, 256 * 1024);
    QCOMPARE(torrent.info().files.size(), 1);
}

void tst_Demo::reusesTheCachedVideo()
{
    QVERIFY(ensureMade());
    const QDateTime videoTime = QFileInfo(m_made.videoPath).lastModified();
    const QDateTime torrentTime = QFileInfo(m_made.torrentPath).lastModified();

    // An ffmpeg that cannot run proves that none was needed.
    DemoMedia::Options o = testOptions();
    o.ffmpegProgram = m_cache.filePath(QStringLiteral("no-such-dir/ffmpeg"));
    DemoMedia media(o);
    QSignalSpy finished(&media, &DemoMedia::finished);
    QSignalSpy failed(&media, &DemoMedia::failed);
    QElapsedTimer clock;
    clock.start();
    media.start();
    QVERIFY(finished.isEmpty());
    QVERIFY(waitFor(finished, failed, 10000));
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));

    const auto again = finished.first().first().value<DemoMedia::Result>();
    QVERIFY(again.reused);
    QCOMPARE(again.videoPath, m_made.videoPath);
    QCOMPARE(again.sizeBytes, m_made.sizeBytes);
    QCOMPARE(again.durationMs, m_made.durationMs);
    QCOMPARE(QFileInfo(m_made.videoPath).lastModified(), videoTime);
    QCOMPARE(QFileInfo(m_made.torrentPath).lastModified(), torrentTime);

    // A lost .torrent is made again from the cached video, still without ffmpeg.
    QVERIFY(QFile::remove(m_made.torrentPath));
    DemoMedia rehash(o);
    QSignalSpy rehashed(&rehash, &DemoMedia::finished);
    QSignalSpy rehashFailed(&rehash, &DemoMedia::failed);
    rehash.start();
    QVERIFY(waitFor(rehashed, rehashFailed, 30000));
    QVERIFY(rehashFailed.isEmpty());
    QVERIFY(TorrentSource::parse(m_made.torrentPath).isValid());
    QCOMPARE(QFileInfo(m_made.videoPath).lastModified(), videoTime);
}

void tst_Demo::namesFfmpegWhenItIsMissing()
{
    QVERIFY(ensureMade());
    QTemporaryDir emptyBin;
    QVERIFY(emptyBin.isValid());
    const QString ffmpeg = QStringLiteral("ffmpeg");

    // A fresh cache, and a damaged one whose video must not be trusted: both need ffmpeg.
    QTemporaryDir damaged;
    QVERIFY(damaged.isValid());
    for (const QString &name : QDir(testOptions().cacheDir).entryList(QDir::Files))
        QVERIFY(QFile::copy(QDir(testOptions().cacheDir).filePath(name), damaged.filePath(name)));
    QFile video(damaged.filePath(QFileInfo(m_made.videoPath).fileName()));
    QVERIFY(video.exists());
    QVERIFY(video.resize(video.size() / 2));

    for (const QString &dir : {m_cache.filePath(QStringLiteral("fresh")), damaged.path()}) {
        const PathOverride path(emptyBin.path());
        DemoMedia::Options o = testOptions();
        o.cacheDir = dir;
        DemoMedia media(o);
        QSignalSpy finished(&media, &DemoMedia::finished);
        QSignalSpy failed(&media, &DemoMedia::failed);
        media.start();
        QVERIFY(failed.isEmpty());
        QVERIFY(waitFor(finished, failed, 10000));
        QVERIFY(finished.isEmpty());
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(ffmpeg) && message.contains(QLatin1String("apt install")),
                 qPrintable(message));
    }
}

void tst_Demo::survivesAnFfmpegWithoutTextAndReportsItsErrors()
{
    const QString real = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
    struct Case
    {
        QString name;
        QString script;
        int timeoutMs;
        QString expected; // in the failure message; empty: a video is made
    };
    const Case cases[] = {
        // Debian's ffmpeg has drawtext, but a build without it (or a system without fonts)
        // must still give a video.
        {QStringLiteral("notext"),
         QStringLiteral("case \"$*\" in *drawtext*) echo \"No such filter: 'drawtext'\" >&2; "
                        "exit 1;; esac\nexec \"%1\" \"$@\"")
             .arg(real),
         0, QString()},
        {QStringLiteral("broken"), QStringLiteral("echo 'Unknown encoder libx264' >&2\nexit 8"), 0,
         QStringLiteral("Unknown encoder libx264")},
        {QStringLiteral("hanging"), QStringLiteral("exec sleep 60"), 1500,
         QStringLiteral("did not finish")},
    };
    for (const Case &c : cases) {
        DemoMedia::Options o;
        o.cacheDir = m_cache.filePath(c.name);
        o.durationSeconds = 2;
        o.ffmpegProgram = writeScript(c.name + QStringLiteral(".sh"), c.script);
        o.timeoutMs = c.timeoutMs;
        DemoMedia media(o);
        QSignalSpy finished(&media, &DemoMedia::finished);
        QSignalSpy failed(&media, &DemoMedia::failed);
        media.start();
        QVERIFY2(waitFor(finished, failed, 60000), qPrintable(c.name));
        if (c.expected.isEmpty()) {
            QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
            const auto made = finished.first().first().value<DemoMedia::Result>();
            QVERIFY(!made.hasText);
            QVERIFY(made.sizeBytes > 0);
            QVERIFY(QFileInfo(made.videoPath).size() == made.sizeBytes);
        } else {
            QVERIFY2(finished.isEmpty(), qPrintable(c.name));
            const QString message = failed.first().first().toString();
            QVERIFY2(message.contains(c.expected) && message.contains(QLatin1String("ffmpeg")),
                     qPrintable(message));
            QVERIFY(!QFileInfo::exists(media.videoPath()));
        }
        // No partial file is ever left behind.
        for (const QString &name : QDir(o.cacheDir).entryList(QDir::Files))
            QVERIFY2(!name.endsWith(QLatin1String(".part")), qPrintable(name));
    }
}

void tst_Demo::swarmServesTheVideoAtItsPace()
{
    QVERIFY(ensureMade());
    auto swarm = std::make_unique<DemoSwarm>();
    QSignalSpy ready(swarm.get(), &DemoSwarm::ready);
    QSignalSpy failed(swarm.get(), &DemoSwarm::failed);
    swarm->start(m_made.torrentPath, m_made.contentFolder, m_made.bytesPerSecond());
    QVERIFY(ready.isEmpty());
    QVERIFY(waitFor(ready, failed, 30000));
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

    const QString magnet = ready.first().first().toString();
    const TorrentSource source = TorrentSource::parse(magnet);
    QVERIFY2(source.isValid(), qPrintable(magnet));
    QCOMPARE(source.id(), TorrentSource::parse(m_made.torrentPath).id());
    QCOMPARE(source.name(), QFileInfo(m_made.videoPath).fileName());
    QCOMPARE(source.peers().size(), 2);
    QStringList peers;
    for (const PeerEndpoint &peer : source.peers())
        peers.push_back(peer.toString());
    QCOMPARE(peers, swarm->peerEndpoints());
    const qint64 cap = swarm->totalUploadLimit();
    QVERIFY(cap >= 2 * m_made.bytesPerSecond() && cap < 2 * m_made.bytesPerSecond() + 64 * 1024);

    // The leecher is configured as a player would be: one connection per address, so it only
    // reaches both seeders because they listen on different addresses.
    LocalSwarm local;
    SessionSettings settings = local.settingsFor(QStringLiteral("leecher"), local.nextAddress());
    settings.allowMultipleConnectionsPerIp = false;
    Session *leecher = local.addSession(QStringLiteral("leecher"), settings);
    int mostSeeds = 0;
    connect(leecher, &Session::torrentsUpdated, this,
            [&mostSeeds](const QVector<TorrentSnapshot> &all) {
                for (const TorrentSnapshot &s : all)
                    mostSeeds = std::max(mostSeeds, s.seedsConnected);
            });

    QElapsedTimer clock;
    clock.start();
    AddResult added;
    QVERIFY(await(leecher->addTorrent(magnet), &added));
    QVERIFY2(added.ok(), qPrintable(added.error.message));
    QVERIFY2(
        QTest::qWaitFor([&] { return leecher->cachedInfo(added.id).isValid(); }, scaledMs(30000)),
        "no metadata from the demo swarm");
    QVERIFY2(QTest::qWaitFor([&] { return leecher->torrent(added.id).chosenFilesComplete(); },
                             scaledMs(90000)),
             qPrintable(QStringLiteral("incomplete: %1 of %2 bytes")
                            .arg(leecher->torrent(added.id).wantedDone)
                            .arg(m_made.sizeBytes)));
    const qint64 elapsedMs = clock.elapsed();
    const qint64 paceMs = m_made.sizeBytes * 1000 / cap;
    qInfo("downloaded %lld bytes in %lld ms; the cap of %lld B/s allows it in %lld ms; %d seeds",
          m_made.sizeBytes, elapsedMs, cap, paceMs, mostSeeds);

    const QString downloaded =
        QDir(settings.downloadDir).filePath(QFileInfo(m_made.videoPath).fileName());
    QVERIFY(readFile(downloaded) == readFile(m_made.videoPath));
    // Rate limiters burst, so only loosely: without the limit this takes a fraction of a second.
    QVERIFY2(elapsedMs >= paceMs * 4 / 10,
             qPrintable(QStringLiteral("%1 ms < 40% of %2 ms").arg(elapsedMs).arg(paceMs)));
    QCOMPARE(mostSeeds, 2);

    local.stop(leecher);
    QElapsedTimer stopping;
    stopping.start();
    swarm.reset();
    QVERIFY2(stopping.elapsed() < 15000, qPrintable(QString::number(stopping.elapsed())));
}

void tst_Demo::swarmSaysWhatStopsIt()
{
    QVERIFY(ensureMade());
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    struct Case
    {
        QString torrent;
        QString content;
        QStringList addresses;
        QString expected;
    };
    const Case cases[] = {
        {m_cache.filePath(QStringLiteral("nothing.torrent")),
         m_made.contentFolder,
         {},
         QStringLiteral("nothing.torrent")},
        {m_made.torrentPath, empty.path(), {}, QStringLiteral("missing")},
        // TEST-NET-1 is on no interface of this machine.
        {m_made.torrentPath,
         m_made.contentFolder,
         {QStringLiteral("192.0.2.1"), QStringLiteral("192.0.2.2")},
         QStringLiteral("192.0.2.")},
    };
    for (const Case &c : cases) {
        DemoSwarm::Options o;
        o.addresses = c.addresses;
        o.startTimeoutMs = 10000;
        DemoSwarm swarm(o);
        QSignalSpy ready(&swarm, &DemoSwarm::ready);
        QSignalSpy failed(&swarm, &DemoSwarm::failed);
        swarm.start(c.torrent, c.content, m_made.bytesPerSecond());
        QVERIFY(failed.isEmpty());
        QVERIFY(waitFor(ready, failed, 20000));
        QVERIFY(ready.isEmpty());
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(c.expected), qPrintable(message));
        qInfo("%s", qPrintable(message));
    }
}

QTEST_GUILESS_MAIN(tst_Demo)
#include "tst_demo.moc"
