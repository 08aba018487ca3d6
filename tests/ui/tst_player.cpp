// The player as a viewer meets it, on a real swarm on loopback with real media made by ffmpeg:
// frames reach the screen and time moves, a seek lands where it was asked to, an MP4 with its
// index at the end plays too, the window stays responsive while the swarm stalls and shows that
// it is buffering, stop() never waits for a piece, and files it cannot play get a message.
//
// SWARMPLAY_SCREENSHOT_DIR=<dir> (under xvfb-run) also saves what it looks like.

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QMediaPlayer>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QtTest>
#include <QVBoxLayout>
#include <QVideoFrame>
#include <QVideoSink>

#include "input/torrentsource.h"
#include "localswarm.h"
#include "player/bufferingoverlay.h"
#include "player/playercontrols.h"
#include "player/playerwidget.h"
#include "player/prebufferview.h"
#include "player/seekslider.h"
#include "player/videoview.h"
#include "playertestkit.h"
#include "screenshot.h"
#include "stream/streamcatalog.h"
#include "stream/torrentstreamdevice.h"
#include "testutil.h"

using namespace swarmplay;
using namespace swarmplay::test;

class tst_Player : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void playsWhileDownloading();
    void seekToHalfShowsFramesFromThere();
    void mp4WithIndexAtTheEndPlays();
    void staysResponsiveAndBuffersWhenTheSwarmStalls();
    void stopReturnsPromptlyWhileTheDemuxerWaits();
    void seekIntoMissingDataKeepsTheWindowAlive();
    void seekBackWhileStalledPlaysAtOnce();
    void undecodableFileShowsMessage();
    void fileThatIsNotMediaShowsMessage();
    void noPeersShowsMessageWithRetry();
    void keysAndFullScreen();
    void fullScreenFromInsideAWindow();
    void magnetPlaysOnceMetadataArrives();
    void screenshots();

private:
    struct Media
    {
        QString torrent;
        QString content;
        int uploadLimit = 0;
        Session *seeder = nullptr;
        TorrentId id;
    };
    Media makeMedia(const QString &name, const QStringList &ffmpegArgs, int uploadLimit);
    // The swarm delivers again: the seeder is unpaused, and since libtorrent redials a peer
    // that went away only after its reconnect back-off (min_reconnect_time, 60 s from the
    // disconnection), a fresh seeder of the same content joins too and calls the leecher.
    void resumeSeeder(const Media &media, const TorrentId &leecherId);
    // A new leecher with the torrent added as a player adds it: nothing chosen yet.
    TorrentId addLeecher(const Media &media, bool connect = true);
    PlayerWidget *makePlayer(QSize size = {800, 500});
    bool waitPlaying(int frames, qint64 positionMs, int timeoutMs);
    void grab(const QString &name);

    std::unique_ptr<LocalSwarm> m_swarm;
    Media m_fast;  // 20 s, moov at the front, fast seeder
    Media m_tail;  // 20 s, moov at the end
    Media m_long;  // 40 s on a slow seeder: playback can outrun it
    Media m_noise; // random bytes named .mkv
    Media m_text;  // not media at all
    Session *m_leech = nullptr;
    Session *m_standIn = nullptr; // see resumeSeeder()
    PlayerWidget *m_player = nullptr;
    FrameLog m_frames;
};

tst_Player::Media tst_Player::makeMedia(const QString &name, const QStringList &ffmpegArgs,
                                        int uploadLimit)
{
    Media m;
    const QString folder = m_swarm->path(QStringLiteral("src-") + name);
    QDir().mkpath(folder);
    const QString path = folder + QLatin1Char('/') + name;
    if (!ffmpegArgs.isEmpty()) {
        const ProcessResult r = runFfmpeg(ffmpegArgs, path);
        if (r.exitCode != 0)
            qFatal("ffmpeg failed for %s: %s", qPrintable(name), qPrintable(r.err));
    }
    TorrentCreator::Options opt;
    opt.pieceSize = 64 * 1024;
    m.torrent = m_swarm->makeTorrent(path, opt);
    m.content = path;
    m.uploadLimit = uploadLimit;
    m.seeder = m_swarm->addSeeder(m.torrent, folder, uploadLimit);
    m.id = TorrentSource::parse(m.torrent).id();
    return m;
}

void tst_Player::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty())
        QSKIP("ffmpeg is not installed");
    m_swarm = std::make_unique<LocalSwarm>();
    m_fast = makeMedia(QStringLiteral("fast.mp4"), testVideoArgs(20, true), 1024 * 1024);
    m_tail = makeMedia(QStringLiteral("tail.mp4"), testVideoArgs(20, false), 1024 * 1024);
    // 200 KiB/s against a 125 KB/s stream: it starts within seconds, and stalls soon after
    // the seeder pauses.
    m_long = makeMedia(QStringLiteral("long.mp4"), testVideoArgs(40, true), 200 * 1024);

    m_swarm->makeFile(QStringLiteral("src-noise.mkv/noise.mkv"), 2 * 1024 * 1024, 9);
    m_noise = makeMedia(QStringLiteral("noise.mkv"), {}, 0);
    m_swarm->makeFile(QStringLiteral("src-notes.txt/notes.txt"), 100 * 1024, 10);
    m_text = makeMedia(QStringLiteral("notes.txt"), {}, 0);
}

void tst_Player::cleanup()
{
    // The widget first: it aborts its device before the session it reads from goes.
    delete m_player;
    m_player = nullptr;
    if (m_leech)
        m_swarm->stop(m_leech);
    m_leech = nullptr;
    if (m_standIn)
        m_swarm->stop(m_standIn);
    m_standIn = nullptr;
    m_frames = FrameLog();
    if (m_long.seeder)
        m_long.seeder->setPaused(m_long.id, false);
}

TorrentId tst_Player::addLeecher(const Media &media, bool connect)
{
    static int n = 0;
    m_leech = m_swarm->addSession(QStringLiteral("leech%1").arg(++n));
    AddOptions add;
    add.files = AddOptions::Files::None;
    AddResult r;
    if (!await(m_leech->addTorrent(media.torrent, add), &r) || !r.ok())
        qFatal("cannot add %s", qPrintable(media.torrent));
    if (connect)
        m_swarm->connectToSeeders(m_leech, r.id);
    return r.id;
}

void tst_Player::resumeSeeder(const Media &media, const TorrentId &leecherId)
{
    media.seeder->setPaused(media.id, false);
    m_swarm->connectToSeeders(m_leech, leecherId);
    m_standIn = m_swarm->addSeeder(media.torrent, QFileInfo(media.content).absolutePath(),
                                   media.uploadLimit);
    const LocalSwarm::Peer leecher = m_swarm->endpointOf(m_leech);
    m_standIn->connectPeer(media.id, leecher.address, leecher.port);
}

PlayerWidget *tst_Player::makePlayer(QSize size)
{
    m_player = new PlayerWidget(m_leech);
    m_player->resize(size);
    QObject::connect(m_player->videoSink(), &QVideoSink::videoFrameChanged, m_player,
                     [this](const QVideoFrame &frame) {
                         if (frame.isValid())
                             m_frames.startUs.push_back(frame.startTime());
                     });
    m_player->show();
    return m_player;
}

bool tst_Player::waitPlaying(int frames, qint64 positionMs, int timeoutMs)
{
    return QTest::qWaitFor(
        [&] {
            return m_frames.count() >= frames && m_player->mediaPlayer()->position() > positionMs;
        },
        scaledMs(timeoutMs));
}

void tst_Player::grab(const QString &name)
{
    saveScreenGrab(m_player, name);
}

void tst_Player::playsWhileDownloading()
{
    const TorrentId id = addLeecher(m_fast);
    PlayerWidget *player = makePlayer();
    QSignalSpy ready(player, &PlayerWidget::probeRegionReady);
    QSignalSpy first(player, &PlayerWidget::firstFrameShown);
    player->play(id, 0);
    QCOMPARE(player->stage(), PlayerWidget::Stage::Preparing);
    QVERIFY(player->prebufferView()->isVisible());

    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, scaledMs(30000));
    QCOMPARE(player->stage(), PlayerWidget::Stage::Playing);
    QTRY_COMPARE_WITH_TIMEOUT(first.count(), 1, scaledMs(15000));
    QVERIFY2(waitPlaying(10, 2000, 20000), qPrintable(QStringLiteral("%1 frames, position %2 ms")
                                                          .arg(m_frames.count())
                                                          .arg(player->mediaPlayer()->position())));
    QVERIFY(player->controls()->isVisible());
    QVERIFY(qAbs(player->mediaPlayer()->duration() - 20000) < 1000);
    // The seek bar shows the file's pieces, and something ready ahead of the position.
    const int filePieces = int((QFileInfo(m_fast.content).size() + 64 * 1024 - 1) / (64 * 1024));
    QCOMPARE(player->controls()->seekSlider()->pieces().size(), filePieces);
    QTRY_VERIFY_WITH_TIMEOUT(player->controls()->seekSlider()->pieces().count(true) > 0,
                             scaledMs(5000));
    QTRY_VERIFY_WITH_TIMEOUT(player->controls()->seekSlider()->bufferedAhead() > 0, scaledMs(5000));
    // Playback started before the whole file was here, or at least did not wait for it.
    QVERIFY(player->controls()->timeText().contains(QLatin1String("0:20")));
}

void tst_Player::seekToHalfShowsFramesFromThere()
{
    const TorrentId id = addLeecher(m_fast);
    PlayerWidget *player = makePlayer();
    QSignalSpy first(player, &PlayerWidget::firstFrameShown);
    player->play(id, 0);
    QVERIFY(QTest::qWaitFor([&] { return first.count() == 1; }, scaledMs(40000)));
    QVERIFY(waitPlaying(5, 500, 20000));

    const qint64 half = player->mediaPlayer()->duration() / 2;
    QVERIFY(half > 5000);
    const int before = m_frames.count();
    player->seekTo(half);
    QTRY_COMPARE_WITH_TIMEOUT(first.count(), 2, scaledMs(20000));
    QTRY_VERIFY2_WITH_TIMEOUT(m_frames.near(before, half, 2000) >= 5,
                              qPrintable(QStringLiteral("frames after the seek at %1 ms: %2")
                                             .arg(half)
                                             .arg(m_frames.count() - before)),
                              scaledMs(20000));
    QTRY_VERIFY_WITH_TIMEOUT(player->mediaPlayer()->position() > half, scaledMs(10000));
}

void tst_Player::mp4WithIndexAtTheEndPlays()
{
    const TorrentId id = addLeecher(m_tail);
    PlayerWidget *player = makePlayer();
    player->play(id, 0);
    QVERIFY2(
        waitPlaying(10, 2000, 40000),
        qPrintable(
            QStringLiteral("stage %1, %2 frames").arg(int(player->stage())).arg(m_frames.count())));
    // The prober found the index at the tail and fetched it first.
    qint64 durationMs = -1;
    const auto region = m_leech->streams()->probeRegion(id.key(), 0, &durationMs);
    QVERIFY(!region.isEmpty());
    const qint64 size = QFileInfo(m_swarm->path(QStringLiteral("src-tail.mp4/tail.mp4"))).size();
    QCOMPARE(region.last().offset + region.last().length, size);
}

void tst_Player::staysResponsiveAndBuffersWhenTheSwarmStalls()
{
    const TorrentId id = addLeecher(m_long);
    PlayerWidget *player = makePlayer();
    QSignalSpy buffering(player, &PlayerWidget::bufferingChanged);
    player->play(id, 0);
    QVERIFY(waitPlaying(5, 500, 40000));

    LoopWatch watch;
    watch.start();
    m_long.seeder->setPaused(m_long.id, true);
    // Playback uses up what is here, then the device waits and says so.
    QTRY_VERIFY_WITH_TIMEOUT(player->isBuffering(), scaledMs(60000));
    QVERIFY(player->bufferingOverlay()->isVisible());
    QCOMPARE(buffering.last().first().toBool(), true);
    const qint64 stuckAt = player->mediaPlayer()->position();
    QTest::qWait(1500);
    QVERIFY(player->isBuffering());
    QVERIFY2(
        watch.maxGapMs() < scaledMs(500),
        qPrintable(QStringLiteral("the event loop stood still for %1 ms").arg(watch.maxGapMs())));

    resumeSeeder(m_long, id);
    QTRY_VERIFY_WITH_TIMEOUT(!player->isBuffering(), scaledMs(30000));
    QVERIFY(!player->bufferingOverlay()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(player->mediaPlayer()->position() > stuckAt + 1000, scaledMs(20000));
    QVERIFY2(
        watch.maxGapMs() < scaledMs(500),
        qPrintable(QStringLiteral("the event loop stood still for %1 ms").arg(watch.maxGapMs())));
}

void tst_Player::stopReturnsPromptlyWhileTheDemuxerWaits()
{
    const TorrentId id = addLeecher(m_long);
    PlayerWidget *player = makePlayer();
    player->play(id, 0);
    QVERIFY(waitPlaying(5, 500, 40000));
    m_long.seeder->setPaused(m_long.id, true);
    QTRY_VERIFY_WITH_TIMEOUT(player->isBuffering(), scaledMs(60000));
    QVERIFY(player->device()->isWaiting());

    QElapsedTimer timer;
    timer.start();
    player->stop();
    const qint64 ms = timer.elapsed();
    QVERIFY2(ms < 1000, qPrintable(QStringLiteral("stop() took %1 ms").arg(ms)));
    QCOMPARE(player->stage(), PlayerWidget::Stage::Idle);
    QVERIFY(!player->device());
    QVERIFY(!player->isBuffering());
}

void tst_Player::seekIntoMissingDataKeepsTheWindowAlive()
{
    const TorrentId id = addLeecher(m_long);
    PlayerWidget *player = makePlayer();
    QSignalSpy first(player, &PlayerWidget::firstFrameShown);
    player->play(id, 0);
    QVERIFY(QTest::qWaitFor([&] { return first.count() == 1; }, scaledMs(40000)));
    m_long.seeder->setPaused(m_long.id, true);

    // Qt's FFmpeg backend demuxes a seek's first packet on the GUI thread, so the wait for
    // that piece happens inside the seek. Watch from timers, which keep firing meanwhile, and
    // stop from there as a viewer would with the window's Stop.
    LoopWatch watch;
    qint64 stopMs = -1;
    bool overlayShown = false;
    qint64 gapBeforeStop = -1;
    QTimer poll;
    poll.setInterval(20);
    QElapsedTimer waiting;
    connect(&poll, &QTimer::timeout, this, [&] {
        if (!player->device() || !player->device()->isWaiting()) {
            waiting.invalidate();
            return;
        }
        if (!waiting.isValid())
            waiting.start();
        overlayShown = overlayShown || player->bufferingOverlay()->isVisible();
        if (waiting.elapsed() < 2000 || !overlayShown)
            return;
        poll.stop();
        gapBeforeStop = watch.maxGapMs();
        QElapsedTimer timer;
        timer.start();
        player->stop();
        stopMs = timer.elapsed();
    });
    watch.start();
    poll.start();
    QTimer::singleShot(0, player,
                       [player] { player->seekTo(player->mediaPlayer()->duration() * 3 / 4); });
    QTRY_VERIFY_WITH_TIMEOUT(stopMs >= 0, scaledMs(40000));
    QVERIFY(overlayShown);
    QVERIFY2(gapBeforeStop < 500,
             qPrintable(QStringLiteral("the event loop stood still for %1 ms").arg(gapBeforeStop)));
    QVERIFY2(stopMs < 1000, qPrintable(QStringLiteral("stop() took %1 ms").arg(stopMs)));
    QTRY_COMPARE(player->stage(), PlayerWidget::Stage::Idle);
    QVERIFY(!player->device());
    QVERIFY(!player->isBuffering());
}

void tst_Player::seekBackWhileStalledPlaysAtOnce()
{
    const TorrentId id = addLeecher(m_long);
    PlayerWidget *player = makePlayer();
    player->play(id, 0);
    QVERIFY(waitPlaying(5, 500, 40000));
    m_long.seeder->setPaused(m_long.id, true);
    QTRY_VERIFY_WITH_TIMEOUT(player->isBuffering(), scaledMs(60000));

    // The demuxer's thread is stuck on the missing piece; going back to what is here must
    // not wait for it.
    LoopWatch watch;
    watch.start();
    const int before = m_frames.count();
    QElapsedTimer timer;
    timer.start();
    player->seekTo(1000);
    QVERIFY2(timer.elapsed() < 1000,
             qPrintable(QStringLiteral("seekTo() took %1 ms").arg(timer.elapsed())));
    QTRY_VERIFY_WITH_TIMEOUT(m_frames.near(before, 1000, 2000) >= 5, scaledMs(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!player->isBuffering(), scaledMs(5000));
    QVERIFY2(
        watch.maxGapMs() < scaledMs(500),
        qPrintable(QStringLiteral("the event loop stood still for %1 ms").arg(watch.maxGapMs())));
}

void tst_Player::undecodableFileShowsMessage()
{
    const TorrentId id = addLeecher(m_noise);
    PlayerWidget *player = makePlayer();
    QSignalSpy errors(player, &PlayerWidget::errorShown);
    QSignalSpy external(player, &PlayerWidget::externalPlayerRequested);
    player->play(id, 0);
    QTRY_COMPARE_WITH_TIMEOUT(player->stage(), PlayerWidget::Stage::Failed, scaledMs(60000));
    QCOMPARE(errors.count(), 1);
    QVERIFY(player->prebufferView()->isVisible());
    QVERIFY(player->prebufferView()->isShowingMessage());
    auto *button =
        player->prebufferView()->findChild<QPushButton *>(QStringLiteral("externalPlayerButton"));
    QVERIFY(button && button->isVisible());
    button->click();
    QCOMPARE(external.count(), 1);
    QCOMPARE(external.first().at(0).value<TorrentId>(), id);
    QCOMPARE(external.first().at(1).toInt(), 0);
    QCOMPARE(m_frames.count(), 0);
}

void tst_Player::fileThatIsNotMediaShowsMessage()
{
    const TorrentId id = addLeecher(m_text);
    PlayerWidget *player = makePlayer();
    QSignalSpy errors(player, &PlayerWidget::errorShown);
    player->play(id, 0);
    QTRY_COMPARE_WITH_TIMEOUT(player->stage(), PlayerWidget::Stage::Failed, scaledMs(20000));
    QVERIFY(player->prebufferView()->isShowingMessage());
    QVERIFY(errors.first().first().toString().contains(QLatin1String("notes.txt")));
    QVERIFY(!player->device());
}

void tst_Player::noPeersShowsMessageWithRetry()
{
    const TorrentId id = addLeecher(m_fast, false); // nobody to talk to
    PlayerWidget *player = makePlayer();
    player->play(id, 0);
    QCOMPARE(player->stage(), PlayerWidget::Stage::Preparing);
    auto *cancel =
        player->prebufferView()->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(cancel && cancel->isVisible());
    cancel->click();
    QCOMPARE(player->stage(), PlayerWidget::Stage::Idle);

    player->setNoPeersTimeout(1500);
    player->play(id, 0);
    QTRY_COMPARE_WITH_TIMEOUT(player->stage(), PlayerWidget::Stage::Failed, scaledMs(10000));
    QVERIFY(player->prebufferView()->isShowingMessage());
    auto *retry = player->prebufferView()->findChild<QPushButton *>(QStringLiteral("retryButton"));
    QVERIFY(retry && retry->isVisible());

    // The peers are there now; "Try again" plays.
    player->setNoPeersTimeout(30000);
    m_swarm->connectToSeeders(m_leech, id);
    retry->click();
    QCOMPARE(player->stage(), PlayerWidget::Stage::Preparing);
    QVERIFY(waitPlaying(5, 500, 40000));
}

void tst_Player::keysAndFullScreen()
{
    const TorrentId id = addLeecher(m_fast);
    PlayerWidget *player = makePlayer();
    player->play(id, 0);
    QVERIFY(waitPlaying(5, 1000, 40000));
    player->activateWindow();
    player->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(player));
    QMediaPlayer *media = player->mediaPlayer();

    QTest::keyClick(player, Qt::Key_Space);
    QTRY_COMPARE(media->playbackState(), QMediaPlayer::PausedState);
    QVERIFY(!player->controls()->isPlaying());
    const qint64 at = media->position();
    QTest::keyClick(player, Qt::Key_Right);
    QTRY_VERIFY_WITH_TIMEOUT(media->position() >= at + 8000, scaledMs(10000));
    QTest::keyClick(player, Qt::Key_Left, Qt::ShiftModifier); // 60 s back: the start
    QTRY_VERIFY_WITH_TIMEOUT(media->position() < 2000, scaledMs(10000));
    QTest::keyClick(player, Qt::Key_Space);
    QTRY_COMPARE(media->playbackState(), QMediaPlayer::PlayingState);

    QTest::keyClick(player, Qt::Key_M);
    QVERIFY(player->controls()->isMuted());
    QTest::keyClick(player, Qt::Key_M);
    QVERIFY(!player->controls()->isMuted());
    const float volume = player->controls()->volume();
    QTest::keyClick(player, Qt::Key_Down);
    QVERIFY(player->controls()->volume() < volume);
    QTest::keyClick(player, Qt::Key_Up);
    QVERIFY(qAbs(player->controls()->volume() - volume) < 0.02f);

    QSignalSpy fullScreen(player, &PlayerWidget::fullScreenChanged);
    QTest::keyClick(player, Qt::Key_F);
    QVERIFY(player->isFullScreen());
    QCOMPARE(fullScreen.count(), 1);
    QTRY_VERIFY(player->windowState().testFlag(Qt::WindowFullScreen));
    // Controls hide after a while without the mouse, and come back when it moves.
    QTRY_VERIFY_WITH_TIMEOUT(!player->controls()->isVisible(), scaledMs(6000));
    QTest::mouseMove(player->videoView(), QPoint(100, 100));
    QTRY_VERIFY(player->controls()->isVisible());
    QTest::keyClick(player, Qt::Key_Escape);
    QVERIFY(!player->isFullScreen());
    QCOMPARE(fullScreen.count(), 2);
    QTRY_VERIFY(!player->windowState().testFlag(Qt::WindowFullScreen));
    QVERIFY(player->controls()->isVisible());

    // Double-click on the picture toggles it too.
    QTest::mouseDClick(player->videoView(), Qt::LeftButton);
    QVERIFY(player->isFullScreen());
    QTest::mouseDClick(player->videoView(), Qt::LeftButton);
    QVERIFY(!player->isFullScreen());

    // Stopping in full screen while the controls are hidden leaves full screen, with the
    // cursor back and no controls for nothing.
    player->setFullScreen(true);
    QTRY_VERIFY_WITH_TIMEOUT(!player->controls()->isVisible(), scaledMs(6000));
    QCOMPARE(player->cursor().shape(), Qt::BlankCursor);
    player->stop();
    QVERIFY(!player->isFullScreen());
    QVERIFY(!player->controls()->isVisible());
    QCOMPARE(player->cursor().shape(), Qt::ArrowCursor);
}

void tst_Player::fullScreenFromInsideAWindow()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(new QLabel(QStringLiteral("above")));
    auto *player = new PlayerWidget(nullptr);
    layout->addWidget(player, 1);
    window.resize(640, 480);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect slot = player->geometry();

    player->setFullScreen(true);
    QVERIFY(player->isWindow());
    QTRY_VERIFY(player->windowState().testFlag(Qt::WindowFullScreen));
    QVERIFY(window.isVisible());
    QTRY_VERIFY(player->width() > slot.width());

    player->setFullScreen(false);
    QVERIFY(!player->isWindow());
    QVERIFY(player->isVisible());
    QCOMPARE(player->parentWidget(), &window);
    QTRY_COMPARE(player->geometry(), slot);
}

void tst_Player::magnetPlaysOnceMetadataArrives()
{
    static int n = 0;
    m_leech = m_swarm->addSession(QStringLiteral("magnet%1").arg(++n));
    AddOptions add;
    add.files = AddOptions::Files::None;
    AddResult r;
    QVERIFY(await(m_leech->addTorrent(m_swarm->magnetWithPeers(m_fast.torrent), add), &r));
    QVERIFY(r.ok());
    PlayerWidget *player = makePlayer();
    player->play(r.id, 0);
    QCOMPARE(player->stage(), PlayerWidget::Stage::Preparing);
    if (!m_leech->cachedInfo(r.id).isValid())
        QCOMPARE(player->prebufferView()->statusText(), QStringLiteral("Fetching metadata…"));
    QVERIFY2(waitPlaying(10, 2000, 40000),
             qPrintable(QStringLiteral("stage %1, %2 frames, %3 bytes done, %4 peers")
                            .arg(int(player->stage()))
                            .arg(m_frames.count())
                            .arg(m_leech->torrent(r.id).totalDone)
                            .arg(m_leech->torrent(r.id).peersConnected)));
}

void tst_Player::screenshots()
{
    if (qEnvironmentVariableIsEmpty("SWARMPLAY_SCREENSHOT_DIR"))
        QSKIP("set SWARMPLAY_SCREENSHOT_DIR (and run under xvfb-run) for screenshots");
    const TorrentId id = addLeecher(m_long);
    PlayerWidget *player = makePlayer({960, 600});
    QSignalSpy first(player, &PlayerWidget::firstFrameShown);
    player->play(id, 0);
    QTest::qWait(300);
    grab(QStringLiteral("player-prebuffer.png"));
    QVERIFY(waitPlaying(50, 3000, 40000));
    grab(QStringLiteral("player-playing.png"));
    player->setFullScreen(true);
    QTRY_VERIFY_WITH_TIMEOUT(!player->controls()->isVisible(), scaledMs(6000));
    grab(QStringLiteral("player-fullscreen-idle.png"));
    player->setFullScreen(false);
    QTest::qWait(300);

    m_long.seeder->setPaused(m_long.id, true);
    QTRY_VERIFY_WITH_TIMEOUT(player->isBuffering(), scaledMs(60000));
    QTest::qWait(500);
    grab(QStringLiteral("player-buffering.png"));
    player->stop();
    m_long.seeder->setPaused(m_long.id, false);

    delete m_player;
    m_player = nullptr;
    m_swarm->stop(m_leech);
    const TorrentId noise = addLeecher(m_noise);
    player = makePlayer({960, 600});
    player->play(noise, 0);
    QTRY_COMPARE_WITH_TIMEOUT(player->stage(), PlayerWidget::Stage::Failed, scaledMs(60000));
    grab(QStringLiteral("player-error.png"));
}

int main(int argc, char **argv)
{
    // GStreamer, Qt 6.4's default on Linux, cannot play a QIODevice; the choice is made when
    // the application starts.
    qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QApplication app(argc, argv);
    tst_Player test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_player.moc"
