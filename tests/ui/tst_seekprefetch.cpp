// The player never waits for the swarm on the GUI thread on the normal path: on an MP4 and an
// MKV, made by ffmpeg and seeded slower than a viewer skips through them, the start and seeks
// to 25, 50 and 90 % fetch what Qt's FFmpeg backend reads inside the call before making it.
// PlayerDevice's fallback loop (a local event loop while a read waits) must not spin once, the
// window stays responsive, and every seek shows frames from its target.

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMediaPlayer>
#include <QStandardPaths>
#include <QtTest>
#include <QVideoFrame>
#include <QVideoSink>

#include "input/torrentsource.h"
#include "localswarm.h"
#include "player/filepieces.h"
#include "player/playerwidget.h"
#include "playertestkit.h"
#include "session/session.h"
#include "stream/streamcatalog.h"
#include "testutil.h"

using namespace swarmplay;
using namespace swarmplay::test;

class tst_SeekPrefetch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void startAndSeeksNeverWaitOnTheGuiThread_data();
    void startAndSeeksNeverWaitOnTheGuiThread();

private:
    QString makeMedia(const QString &name, const QStringList &ffmpegArgs);

    std::unique_ptr<LocalSwarm> m_swarm;
    QHash<QString, QString> m_torrents; // file name -> .torrent
    Session *m_leech = nullptr;
    PlayerWidget *m_player = nullptr;
};

QString tst_SeekPrefetch::makeMedia(const QString &name, const QStringList &ffmpegArgs)
{
    const QString folder = m_swarm->path(QStringLiteral("src-") + name);
    QDir().mkpath(folder);
    const QString path = folder + QLatin1Char('/') + name;
    const ProcessResult r = runFfmpeg(ffmpegArgs, path);
    if (r.exitCode != 0)
        qFatal("ffmpeg failed for %s: %s", qPrintable(name), qPrintable(r.err));
    TorrentCreator::Options opt;
    opt.pieceSize = 64 * 1024;
    const QString torrent = m_swarm->makeTorrent(path, opt);
    // 250 KiB/s against a stream of about 125 KB/s: it plays from the start, but a seek lands
    // where nothing has downloaded yet.
    m_swarm->addSeeder(torrent, folder, 250 * 1024);
    return torrent;
}

void tst_SeekPrefetch::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty())
        QSKIP("ffmpeg is not installed");
    m_swarm = std::make_unique<LocalSwarm>();
    m_torrents.insert(QStringLiteral("clip.mp4"),
                      makeMedia(QStringLiteral("clip.mp4"), testVideoArgs(60, true)));
    m_torrents.insert(QStringLiteral("clip.mkv"),
                      makeMedia(QStringLiteral("clip.mkv"), testVideoArgs(60, false)));
}

void tst_SeekPrefetch::cleanup()
{
    delete m_player; // before the session it reads from
    m_player = nullptr;
    if (m_leech)
        m_swarm->stop(m_leech);
    m_leech = nullptr;
}

void tst_SeekPrefetch::startAndSeeksNeverWaitOnTheGuiThread_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("mp4") << QStringLiteral("clip.mp4");
    QTest::newRow("mkv") << QStringLiteral("clip.mkv");
}

void tst_SeekPrefetch::startAndSeeksNeverWaitOnTheGuiThread()
{
    QFETCH(QString, file);
    static int n = 0;
    m_leech = m_swarm->addSession(QStringLiteral("leech%1").arg(++n));
    AddOptions add;
    add.files = AddOptions::Files::None;
    AddResult added;
    QVERIFY(await(m_leech->addTorrent(m_torrents.value(file), add), &added) && added.ok());
    m_swarm->connectToSeeders(m_leech, added.id);

    m_player = new PlayerWidget(m_leech);
    m_player->resize(640, 400);
    FrameLog frames;
    connect(m_player->videoSink(), &QVideoSink::videoFrameChanged, m_player,
            [&frames](const QVideoFrame &frame) {
                if (frame.isValid())
                    frames.startUs.push_back(frame.startTime());
            });
    m_player->show();
    QSignalSpy first(m_player, &PlayerWidget::firstFrameShown);
    LoopWatch watch;
    watch.start();
    m_player->play(added.id, 0);
    QTRY_VERIFY2_WITH_TIMEOUT(
        first.count() == 1,
        qPrintable(QStringLiteral("stage %1, %2 frames, %3 bytes done, %4 peers")
                       .arg(int(m_player->stage()))
                       .arg(frames.count())
                       .arg(m_leech->torrent(added.id).totalDone)
                       .arg(m_leech->torrent(added.id).peersConnected)),
        60000);
    QTRY_VERIFY_WITH_TIMEOUT(m_player->mediaPlayer()->position() > 500, 10000);
    const qint64 duration = 60000;
    // Qt 6.4's FFmpeg backend takes the duration from the streams, and a Matroska file gives
    // it for the whole segment only: the backend then reports 0 and clamps every seek to the
    // start (Qt 6.5 reads the tracks' DURATION tags). There the seeks still fetch first and
    // must not wait on the GUI thread, but their frames come from the start.
    const bool backendSeeks = m_player->mediaPlayer()->duration() > 0;
    if (backendSeeks)
        QVERIFY(qAbs(m_player->mediaPlayer()->duration() - duration) < 1000);
    else
        qInfo("Qt %s reports no duration for %s: its seeks land on the start", qVersion(),
              qPrintable(file));

    const TorrentInfo info = m_leech->cachedInfo(added.id);
    const FilePieces have(m_leech->streamCatalog()->pieces(added.id.key()), info.pieceLength,
                          info.files.first());
    int missingAtSeek = 0;
    int seeks = 0;
    for (const int percent : {25, 50, 90}) {
        const qint64 target = duration * percent / 100;
        // Where the target lies in the file, roughly: it must not all be here yet.
        const qint64 around = have.fileSize() * percent / 100;
        if (have.bytesHave(around - 64 * 1024, 128 * 1024) < 128 * 1024)
            ++missingAtSeek;
        const int before = frames.count();
        m_player->seekTo(target);
        ++seeks;
        if (!backendSeeks) {
            QTRY_VERIFY_WITH_TIMEOUT(frames.count() >= before + 10, 20000);
            continue;
        }
        QTRY_COMPARE_WITH_TIMEOUT(first.count(), 1 + seeks, 40000);
        QTRY_VERIFY2_WITH_TIMEOUT(frames.near(before, target, 2000) >= 3,
                                  qPrintable(QStringLiteral("%1 %: %2 frames after the seek")
                                                 .arg(percent)
                                                 .arg(frames.count() - before)),
                                  20000);
    }
    QVERIFY2(missingAtSeek >= 2,
             qPrintable(QStringLiteral("only %1 seeks found their bytes missing; the swarm is too "
                                       "fast for this test")
                            .arg(missingAtSeek)));
    QCOMPARE(m_player->nestedWaits(), 0);
    QVERIFY2(
        watch.maxGapMs() < 500,
        qPrintable(QStringLiteral("the event loop stood still for %1 ms").arg(watch.maxGapMs())));
}

int main(int argc, char **argv)
{
    // GStreamer, Qt 6.4's default on Linux, cannot play a QIODevice.
    qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QApplication app(argc, argv);
    tst_SeekPrefetch test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_seekprefetch.moc"
