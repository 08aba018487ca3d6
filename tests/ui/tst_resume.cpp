// What makes a player worth keeping, on a real swarm on loopback with media made by ffmpeg, in
// the real window: a file played to 40 % and closed offers to resume there when it is opened
// again, and accepting plays from there.

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMediaPlayer>
#include <QPushButton>
#include <QStandardPaths>
#include <QtTest>
#include <QVideoFrame>
#include <QVideoSink>

#include "input/torrentsource.h"
#include "localswarm.h"
#include "player/playercontrols.h"
#include "player/promptbar.h"
#include "player/resumekeeper.h"
#include "playertestkit.h"
#include "storage/playbackmemory.h"
#include "testutil.h"
// clang-format off
// First: playerwidget.h's inline device() needs the complete type behind its QPointer.
#include "stream/torrentstreamdevice.h"
#include "player/playerwidget.h"
// clang-format on
#include "window/mainwindow.h"

using namespace swarmplay;
using namespace swarmplay::test;

namespace {

// SWARMPLAY_SCREENSHOT_DIR=<dir> also saves what the offers look like.
void saveScreenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("SWARMPLAY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(w->grab().save(QDir(dir).filePath(name)));
}

} // namespace

class tst_Resume : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void resumeWhereItStopped();

private:
    // ffmpeg into a folder of the swarm; the path of what it made.
    QString makeMedia(const QString &relative, const QStringList &ffmpegArgs);
    // A seeded torrent of a file or a folder of the swarm.
    QString seed(const QString &contentRelative);
    void openWindow();
    // Opens the .torrent in the window and connects it to the seeders.
    TorrentId open(const QString &torrent);
    bool waitPlaying(int fileIndex, qint64 positionMs, int timeoutMs);

    std::unique_ptr<LocalSwarm> m_swarm;
    QString m_clipTorrent; // 30 s
    Session *m_session = nullptr;
    std::unique_ptr<MainWindow> m_window;
    FrameLog m_frames;
};

QString tst_Resume::makeMedia(const QString &relative, const QStringList &ffmpegArgs)
{
    const QString path = m_swarm->path(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    const ProcessResult r =
        runProcess(QStringLiteral("ffmpeg"),
                   QStringList{QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"),
                               QStringLiteral("error"), QStringLiteral("-y")} +
                       ffmpegArgs + QStringList{path},
                   120000);
    if (r.exitCode != 0)
        qFatal("ffmpeg failed for %s: %s", qPrintable(relative), qPrintable(r.err));
    return path;
}

QString tst_Resume::seed(const QString &contentRelative)
{
    TorrentCreator::Options opt;
    opt.pieceSize = 64 * 1024;
    const QString content = m_swarm->path(contentRelative);
    const QString torrent =
        m_swarm->makeTorrent(content, opt, content + QStringLiteral(".torrent"));
    m_swarm->addSeeder(torrent, QFileInfo(content).absolutePath());
    return torrent;
}

void tst_Resume::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty())
        QSKIP("ffmpeg is not installed");
    qRegisterMetaType<TorrentId>();
    m_swarm = std::make_unique<LocalSwarm>();
    makeMedia(QStringLiteral("clip/clip.mp4"), testVideoArgs(30, true));
    m_clipTorrent = seed(QStringLiteral("clip/clip.mp4"));
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
    QSignalSpy opened(m_window.get(), &MainWindow::torrentOpened);
    m_window->openSource(torrent);
    if (!QTest::qWaitFor([&] { return !opened.isEmpty(); }, 15000))
        return {};
    const TorrentId id = opened.first().first().value<TorrentId>();
    m_swarm->connectToSeeders(m_session, id);
    return id;
}

bool tst_Resume::waitPlaying(int fileIndex, qint64 positionMs, int timeoutMs)
{
    const PlayerWidget *player = m_window->player();
    return QTest::qWaitFor(
        [&] {
            return player->stage() == PlayerWidget::Stage::Playing &&
                   player->fileIndex() == fileIndex && m_frames.count() > 0 &&
                   player->mediaPlayer()->position() > positionMs;
        },
        timeoutMs);
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
    QTRY_VERIFY_WITH_TIMEOUT(player->mediaPlayer()->position() > at + 500, 20000);
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
    QTRY_VERIFY_WITH_TIMEOUT(m_frames.near(0, remembered, 2000) >= 5, 20000);
    QVERIFY(player->mediaPlayer()->position() < remembered + 5000);

    // Seen near the end, the file is not offered again.
    player->seekTo(duration - 500);
    QTRY_VERIFY_WITH_TIMEOUT(player->mediaPlayer()->position() > duration - 1000, 20000);
    player->stop();
    player->play(id, 0);
    QTest::qWait(300);
    QVERIFY(!bar->isVisible());
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
