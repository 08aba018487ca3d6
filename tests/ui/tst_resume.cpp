// What makes a player worth keeping, on a real swarm on loopback with media made by ffmpeg, in
// the real window: a file played to 40 % and closed offers to resume there when it is opened
// again, and accepting plays from there; at the end of an episode the next one is offered and
// N plays it; a file's audio and subtitle tracks are listed by language and the choice is
// remembered.

#include <QAction>
#include <QApplication>
#include <QAudioDevice>
#include <QDir>
#include <QFileInfo>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QtTest>
#include <QVideoFrame>
#include <QVideoSink>

#include "input/torrentsource.h"
#include "localswarm.h"
#include "player/nextepisode.h"
#include "player/playercontrols.h"
#include "player/playerwidget.h"
#include "player/promptbar.h"
#include "player/resumekeeper.h"
#include "player/subtitlecontroller.h"
#include "player/trackmenu.h"
#include "playertestkit.h"
#include "screenshot.h"
#include "storage/playbackmemory.h"
#include "testutil.h"
#include "window/mainwindow.h"
#include "windowtestkit.h"

using namespace swarmplay;
using namespace swarmplay::test;

class tst_Resume : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void nextVideoFollowsTheFilesOrder();
    void resumeWhereItStopped();
    void nextEpisodeAtTheEnd();
    void audioTrackChoiceIsRemembered();

private:
    // ffmpeg into a folder of the swarm; the path of what it made.
    QString makeMedia(const QString &relative, const QStringList &ffmpegArgs);
    // A seeded torrent of a file or a folder of the swarm.
    void openWindow();
    // Opens the .torrent in the window and connects it to the seeders.
    TorrentId open(const QString &torrent);
    bool waitPlaying(int fileIndex, qint64 positionMs, int timeoutMs);
    QStringList menuTexts(const QMenu *menu) const;

    std::unique_ptr<LocalSwarm> m_swarm;
    QString m_clipTorrent;   // 30 s
    QString m_showTorrent;   // Show/Show.E2.mp4 and Show/Show.E10.mp4, 3 s each
    QString m_tracksTorrent; // an MKV with English and German audio, French subtitles
    Session *m_session = nullptr;
    std::unique_ptr<MainWindow> m_window;
    FrameLog m_frames;
};

QString tst_Resume::makeMedia(const QString &relative, const QStringList &ffmpegArgs)
{
    const QString path = m_swarm->path(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    const ProcessResult r = runFfmpeg(ffmpegArgs, path);
    if (r.exitCode != 0)
        qFatal("ffmpeg failed for %s: %s", qPrintable(relative), qPrintable(r.err));
    return path;
}

void tst_Resume::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty())
        QSKIP("ffmpeg is not installed");
    qRegisterMetaType<TorrentId>();
    m_swarm = std::make_unique<LocalSwarm>();
    makeMedia(QStringLiteral("clip/clip.mp4"), testVideoArgs(30, true));
    m_clipTorrent = m_swarm->seed(QStringLiteral("clip/clip.mp4"));
    makeMedia(QStringLiteral("show/Show/Show.E2.mp4"), testVideoArgs(3, true));
    makeMedia(QStringLiteral("show/Show/Show.E10.mp4"), testVideoArgs(3, true));
    m_showTorrent = m_swarm->seed(QStringLiteral("show/Show"));
    // Two audio tracks, tagged English and German (different tones), and French subtitles.
    const QString srt = m_swarm->path(QStringLiteral("subs.srt"));
    QFile subs(srt);
    QVERIFY(subs.open(QIODevice::WriteOnly));
    subs.write("1\n00:00:00,500 --> 00:00:19,000\nBonjour\n\n");
    subs.close();
    const auto words = [](const char *text) {
        return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    makeMedia(QStringLiteral("tracks/tracks.mkv"),
              words("-f lavfi -i testsrc2=size=320x240:rate=25"
                    " -f lavfi -i sine=frequency=440:sample_rate=44100"
                    " -f lavfi -i sine=frequency=660:sample_rate=44100 -i") +
                  QStringList{srt} +
                  words("-t 20 -map 0:v -map 1:a -map 2:a -map 3:s"
                        " -c:v libx264 -preset veryfast -g 50 -pix_fmt yuv420p -c:a aac -c:s srt"
                        " -metadata:s:a:0 language=eng -metadata:s:a:1 language=ger"
                        " -metadata:s:s:0 language=fre"));
    m_tracksTorrent = m_swarm->seed(QStringLiteral("tracks/tracks.mkv"));
}

void tst_Resume::cleanup()
{
    m_window.reset();
    if (m_session)
        m_swarm->stop(m_session);
    m_session = nullptr;
    m_frames = FrameLog();
}

void tst_Resume::openWindow()
{
    if (!m_session) {
        static int n = 0;
        m_session = m_swarm->addSession(QStringLiteral("viewer%1").arg(++n));
    }
    m_window = std::make_unique<MainWindow>(m_session, nullptr);
    connect(m_window->player()->videoSink(), &QVideoSink::videoFrameChanged, m_window.get(),
            [this](const QVideoFrame &frame) {
                if (frame.isValid())
                    m_frames.startUs.push_back(frame.startTime());
            });
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

TorrentId tst_Resume::open(const QString &torrent)
{
    return openAndConnect(m_window.get(), m_swarm.get(), m_session, torrent);
}

bool tst_Resume::waitPlaying(int fileIndex, qint64 positionMs, int timeoutMs)
{
    const PlayerWidget *player = m_window->player();
    const bool playing = QTest::qWaitFor(
        [&] {
            return player->stage() == PlayerWidget::Stage::Playing &&
                   player->fileIndex() == fileIndex && m_frames.count() > 0 &&
                   player->mediaPlayer()->position() > positionMs;
        },
        scaledMs(timeoutMs));
    if (playing)
        return true;
    // What the player and the engine were at, for a failure that does not come back at will.
    const TorrentSnapshot t = m_session->torrent(player->torrentId());
    const TorrentStreamDevice *device = player->device();
    qWarning(
        "not playing file %d past %lld ms: stage %d, file %d, %d frames, position %lld ms,"
        " media status %d, player error \"%s\"; device read at %lld, waiting %d, %lld bytes"
        " ready; torrent state %d, %lld of %lld bytes, %d peers",
        fileIndex, positionMs, int(player->stage()), player->fileIndex(), int(m_frames.count()),
        player->mediaPlayer()->position(), int(player->mediaPlayer()->mediaStatus()),
        qPrintable(player->mediaPlayer()->errorString()), device ? device->readPosition() : -1LL,
        device ? int(device->isWaiting()) : -1, device ? device->bytesReadyAhead() : -1LL,
        int(t.state), t.totalDone, t.totalBytes, t.peersConnected);
    return false;
}

QStringList tst_Resume::menuTexts(const QMenu *menu) const
{
    QStringList texts;
    for (const QAction *a : menu->actions()) {
        if (a->isEnabled() && a->isCheckable())
            texts << a->text();
    }
    return texts;
}

void tst_Resume::nextVideoFollowsTheFilesOrder()
{
    const auto file = [](int index, const char *path) {
        FileEntry f;
        f.index = index;
        f.path = QString::fromLatin1(path);
        f.kind = mediaKindForPath(f.path);
        return f;
    };
    // In the torrent's order E10 comes first; people count E1, E2, E10.
    const QVector<FileEntry> files = {file(0, "S/S.E10.mkv"), file(1, "S/S.E2.mkv"),
                                      file(2, "S/S.E2.srt"), file(3, "S/S.E1.mkv"),
                                      file(4, "S/sample/S.E3.mkv")};
    QCOMPARE(NextEpisode::nextVideo(files, 3), 1);
    QCOMPARE(NextEpisode::nextVideo(files, 1), 0);
    QCOMPARE(NextEpisode::nextVideo(files, 0), 4);
    QCOMPARE(NextEpisode::nextVideo(files, 4), -1);
    QCOMPARE(NextEpisode::nextVideo(files, 2), 0); // from the subtitle: the video after it
    QCOMPARE(NextEpisode::nextVideo(files, 9), -1);
}

void tst_Resume::resumeWhereItStopped()
{
    openWindow();
    const TorrentId id = open(m_clipTorrent);
    QVERIFY(id.isValid());
    PlayerWidget *player = m_window->player();
    QVERIFY2(
        waitPlaying(0, 500, 40000),
        qPrintable(
            QStringLiteral("stage %1, %2 frames").arg(int(player->stage())).arg(m_frames.count())));
    // Nothing was remembered, so nothing is offered.
    QVERIFY(!m_window->resumeKeeper()->bar()->isVisible());

    // To 40 % of the 30 s clip, and a little on.
    const qint64 duration = player->mediaPlayer()->duration();
    QVERIFY(qAbs(duration - 30000) < 1000);
    const qint64 at = duration * 40 / 100;
    player->seekTo(at);
    QTRY_VERIFY_WITH_TIMEOUT(player->mediaPlayer()->position() > at + 500, scaledMs(20000));
    const qint64 stoppedAt = player->mediaPlayer()->position();

    // The window closes (the application quits).
    m_window->close();
    m_window.reset();
    const QString memoryFile =
        QDir(m_session->settings().stateDir).filePath(QStringLiteral("playback.json"));
    const qint64 remembered = PlaybackMemory(memoryFile).resumePosition(id.key(), 0);
    QVERIFY2(
        remembered >= at && remembered <= stoppedAt + 1000,
        qPrintable(
            QStringLiteral("remembered %1 ms, stopped at %2 ms").arg(remembered).arg(stoppedAt)));

    // Opened again: the offer is there, with the time.
    m_frames = FrameLog();
    openWindow();
    QSignalSpy offered(m_window->resumeKeeper(), &ResumeKeeper::resumeOffered);
    m_window->playFile(id, 0);
    PromptBar *bar = m_window->resumeKeeper()->bar();
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(offered.count(), 1);
    const QString time = PlayerControls::formatTime(remembered); // "0:12"
    QVERIFY2(bar->acceptButton()->text().contains(time), qPrintable(bar->acceptButton()->text()));
    QCOMPARE(bar->acceptButton()->text(), QStringLiteral("Resume from %1").arg(time));
    QCOMPARE(bar->dismissButton()->text(), QStringLiteral("Start over"));
    saveScreenshot(m_window.get(), QStringLiteral("resume-offer.png"));

    // Accepting plays from there.
    player = m_window->player();
    QTest::mouseClick(bar->acceptButton(), Qt::LeftButton);
    QVERIFY(!bar->isVisible());
    QVERIFY2(waitPlaying(0, remembered, 40000),
             qPrintable(QStringLiteral("stage %1, position %2 ms")
                            .arg(int(player->stage()))
                            .arg(player->mediaPlayer()->position())));
    QTRY_VERIFY_WITH_TIMEOUT(m_frames.near(0, remembered, 2000) >= 5, scaledMs(20000));
    QVERIFY(player->mediaPlayer()->position() < remembered + 5000);

    // Seen near the end, the file is not offered again.
    player->seekTo(duration - 500);
    QTRY_VERIFY_WITH_TIMEOUT(player->mediaPlayer()->position() > duration - 1000, scaledMs(20000));
    player->stop();
    player->play(id, 0);
    QTest::qWait(300);
    QVERIFY(!bar->isVisible());
}

void tst_Resume::nextEpisodeAtTheEnd()
{
    openWindow();
    const TorrentId id = open(m_showTorrent);
    QVERIFY(id.isValid());
    // The window has the torrent; its file list reaches the session's cache a round later.
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->cachedInfo(id).files.isEmpty(), scaledMs(15000));
    int e2 = -1;
    int e10 = -1;
    for (const FileEntry &f : m_session->cachedInfo(id).files) {
        if (f.path.endsWith(QLatin1String("E2.mp4")))
            e2 = f.index;
        if (f.path.endsWith(QLatin1String("E10.mp4")))
            e10 = f.index;
    }
    QVERIFY(e2 >= 0 && e10 >= 0);
    QSignalSpy played(m_window.get(), &MainWindow::playRequested);
    m_window->playFile(id, e2);
    QVERIFY(waitPlaying(e2, 200, 40000));

    // At the end: the next episode in counting order, not in the torrent's order.
    PromptBar *bar = m_window->nextEpisode()->bar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), scaledMs(30000));
    QVERIFY2(bar->text().contains(QLatin1String("Show.E10.mp4")), qPrintable(bar->text()));
    saveScreenshot(m_window->player(), QStringLiteral("next-episode.png"));

    // N plays it.
    PlayerWidget *player = m_window->player();
    player->activateWindow();
    player->setFocus();
    QTRY_VERIFY(player->hasFocus());
    const int before = played.count();
    QTest::keyClick(player, Qt::Key_N);
    QTRY_COMPARE(played.count(), before + 1);
    QCOMPARE(played.last().at(1).toInt(), e10);
    QVERIFY(!bar->isVisible());
    m_frames = FrameLog();
    QVERIFY(waitPlaying(e10, 200, 40000));
    // The last episode has no next one: no offer at its end, N does nothing.
    QTRY_COMPARE_WITH_TIMEOUT(player->mediaPlayer()->mediaStatus(), QMediaPlayer::EndOfMedia,
                              scaledMs(30000));
    QTest::qWait(300);
    QVERIFY(!bar->isVisible());
    QTest::keyClick(player, Qt::Key_N);
    QCOMPARE(played.count(), before + 1);
}

void tst_Resume::audioTrackChoiceIsRemembered()
{
    openWindow();
    const TorrentId id = open(m_tracksTorrent);
    QVERIFY(id.isValid());
    QVERIFY(waitPlaying(0, 300, 40000));
    QMenu *audio = m_window->trackMenu()->audioMenu();
    QTRY_COMPARE_WITH_TIMEOUT(menuTexts(audio).size(), 2, scaledMs(10000));
    QCOMPARE(menuTexts(audio), (QStringList{QStringLiteral("English"), QStringLiteral("German")}));
    QVERIFY(audio->actions().first()->isChecked());
    // The Playback menu has it.
    bool inPlaybackMenu = false;
    for (const QMenu *m : m_window->findChildren<QMenu *>()) {
        for (const QAction *a : m->actions())
            inPlaybackMenu = inPlaybackMenu || a->menu() == audio;
    }
    QVERIFY(inPlaybackMenu);

    // Qt 6.4's FFmpeg backend can switch audio only where it plays audio; on a system without
    // an audio device the choice is remembered and shown, and applied where there is one.
    const bool canHear = !QMediaDevices::audioOutputs().isEmpty();
    QMediaPlayer *media = m_window->player()->mediaPlayer();
    audio->actions().at(1)->trigger();
    QTRY_VERIFY(audio->actions().size() == 2 && audio->actions().at(1)->isChecked());
    if (canHear)
        QTRY_COMPARE_WITH_TIMEOUT(media->activeAudioTrack(), 1, scaledMs(10000));
    // The file's subtitles are listed by language and drawn by Swarmplay; QMediaPlayer's own
    // subtitle output stays off (Qt 6.4.2 crashes in it).
    QMenu *subtitles = m_window->trackMenu()->subtitleMenu();
    SubtitleController *drawn = m_window->trackMenu()->subtitleFiles();
    QTRY_VERIFY_WITH_TIMEOUT(drawn->embeddedKnown(), scaledMs(10000));
    QAction *french = nullptr;
    QTRY_VERIFY([&] {
        for (QAction *a : subtitles->actions())
            french = a->text().startsWith(QStringLiteral("French")) ? a : french;
        return french != nullptr;
    }());
    QCOMPARE(menuTexts(subtitles).first(), QStringLiteral("Off"));
    french->trigger();
    QTRY_COMPARE(drawn->current(), 0);
    QCOMPARE(media->activeSubtitleTrack(), -1);
    const QString memoryFile =
        QDir(m_session->settings().stateDir).filePath(QStringLiteral("playback.json"));
    QCOMPARE(PlaybackMemory(memoryFile).entry(id.key(), 0).audioTrack, 1);
    QCOMPARE(PlaybackMemory(memoryFile).entry(id.key(), 0).subtitleFile,
             QStringLiteral("embedded:0"));

    // Closed and opened again: German it is.
    m_window->close();
    m_window.reset();
    m_frames = FrameLog();
    openWindow();
    m_window->playFile(id, 0);
    QVERIFY(waitPlaying(0, 300, 40000));
    media = m_window->player()->mediaPlayer();
    audio = m_window->trackMenu()->audioMenu();
    QTRY_VERIFY_WITH_TIMEOUT(audio->actions().size() == 2 && audio->actions().at(1)->isChecked(),
                             scaledMs(10000));
    QCOMPARE(menuTexts(audio), (QStringList{QStringLiteral("English"), QStringLiteral("German")}));
    drawn = m_window->trackMenu()->subtitleFiles();
    QTRY_COMPARE_WITH_TIMEOUT(drawn->current(), 0, scaledMs(10000));
    QCOMPARE(drawn->entries().at(0).id, QStringLiteral("embedded:0"));
    if (canHear)
        QTRY_COMPARE_WITH_TIMEOUT(media->activeAudioTrack(), 1, scaledMs(10000));
    else
        qInfo("no audio device here: the backend's switch itself was not exercised");
}

int main(int argc, char **argv)
{
    // As the application does: GStreamer, Qt 6.4's default on Linux, cannot play a QIODevice.
    qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QApplication app(argc, argv);
    tst_Resume test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_resume.moc"
