// The whole main window while its swarm stops delivering mid-playback: a real video (ffmpeg)
// of a multi-file torrent plays from a slow seeder, the seeder pauses, and the window goes on
// working — the event loop turns, the buffering overlay says so, the panes keep updating, a tab
// can be switched — and playback goes on when the swarm comes back. Under xvfb-run with
// SWARMPLAY_SCREENSHOT_DIR set, it also saves the window playing (the Files tab) and buffering.

#include <QApplication>
#include <QDir>
#include <QMediaPlayer>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>
#include <QVideoFrame>
#include <QVideoSink>

#include "http/streamserver.h"
#include "input/torrentsource.h"
#include "localswarm.h"
#include "models/torrentlistmodel.h"
#include "player/bufferingoverlay.h"
#include "player/playerwidget.h"
#include "playertestkit.h"
#include "screenshot.h"
#include "testutil.h"
#include "window/mainwindow.h"
#include "window/torrentview.h"

using namespace swarmplay;
using namespace swarmplay::test;

class tst_WindowStall : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void windowWorksWhileTheSwarmPauses();

private:
    void grabWindow(const QString &name);

    std::unique_ptr<LocalSwarm> m_swarm;
    QString m_torrent;
    QString m_content; // the folder holding the torrent's folder
    TorrentId m_id;
    Session *m_seeder = nullptr;
    Session *m_standIn = nullptr;
    Session *m_leech = nullptr;
    std::unique_ptr<StreamServer> m_server;
    std::unique_ptr<MainWindow> m_window;
};

void tst_WindowStall::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty())
        QSKIP("ffmpeg is not installed");
    m_swarm = std::make_unique<LocalSwarm>();
    m_content = m_swarm->path(QStringLiteral("src"));
    const QString show = m_content + QStringLiteral("/Night Trains");
    QDir().mkpath(show);
    // The 40 s episode is the largest file, so the window plays it by itself.
    const struct
    {
        const char *name;
        int seconds;
    } episodes[] = {{"Night Trains S01E01.mp4", 12},
                    {"Night Trains S01E02.mp4", 40},
                    {"Night Trains S01E10.mp4", 8}};
    for (const auto &e : episodes) {
        const ProcessResult r =
            runFfmpeg(testVideoArgs(e.seconds, true), show + QLatin1Char('/') + e.name);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    m_swarm->makeFile(QStringLiteral("src/Night Trains/Night Trains.nfo"), 2000, 3);
    TorrentCreator::Options opt;
    opt.pieceSize = 64 * 1024;
    m_torrent = m_swarm->makeTorrent(show, opt, m_swarm->path(QStringLiteral("show.torrent")));
    m_id = TorrentSource::parse(m_torrent).id();
    // 200 KiB/s against a 125 KB/s stream: it starts within seconds and stalls soon after the
    // seeder pauses.
    m_seeder = m_swarm->addSeeder(m_torrent, m_content, 200 * 1024);
}

void tst_WindowStall::cleanup()
{
    m_window.reset();
    m_server.reset();
    for (Session **s : {&m_leech, &m_standIn}) {
        if (*s)
            m_swarm->stop(*s);
        *s = nullptr;
    }
    m_seeder->setPaused(m_id, false);
}

void tst_WindowStall::grabWindow(const QString &name)
{
    saveScreenGrab(m_window.get(), name, true);
}

void tst_WindowStall::windowWorksWhileTheSwarmPauses()
{
    m_leech = m_swarm->addSession(QStringLiteral("viewer"));
    m_server = std::make_unique<StreamServer>(m_leech->streamSource());
    QString error;
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    m_window = std::make_unique<MainWindow>(m_leech, m_server.get());
    m_window->resize(1100, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    QSignalSpy played(m_window.get(), &MainWindow::playRequested);
    m_window->openSource(m_torrent);
    QTRY_VERIFY_WITH_TIMEOUT(!played.isEmpty(), scaledMs(30000));
    m_swarm->connectToSeeders(m_leech, m_id);
    PlayerWidget *player = m_window->player();
    QVERIFY(player);
    int frames = 0;
    connect(player->videoSink(), &QVideoSink::videoFrameChanged, this,
            [&frames](const QVideoFrame &f) { frames += f.isValid() ? 1 : 0; });
    QTRY_VERIFY_WITH_TIMEOUT(frames >= 5 && player->mediaPlayer()->position() > 1500,
                             scaledMs(60000));
    m_window->torrentView()->setCurrentIndex(TorrentView::FilesTab);
    QTest::qWait(500);
    grabWindow(QStringLiteral("window-playing.png"));

    // The swarm stops delivering.
    LoopWatch watch;
    watch.start();
    m_seeder->setPaused(m_id, true);
    QTRY_VERIFY_WITH_TIMEOUT(player->isBuffering(), scaledMs(90000));
    QVERIFY(player->bufferingOverlay()->isVisible());
    // It says why, not only that it waits.
    QTRY_VERIFY_WITH_TIMEOUT(
        player->bufferingOverlay()->reason().startsWith(QLatin1String("No peer is connected")) ||
            player->bufferingOverlay()->reason().startsWith(
                QLatin1String("No connected peer has the next part")),
        scaledMs(10000));

    // While the player waits the window works: the session's rounds reach the panes, and a
    // tab the user picks is shown.
    QSignalSpy rounds(m_leech, &Session::torrentsUpdated);
    m_window->torrentView()->setCurrentIndex(TorrentView::PeersTab);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->torrentView()->currentIndex(), int(TorrentView::PeersTab),
                              scaledMs(2000));
    QTRY_VERIFY_WITH_TIMEOUT(rounds.count() >= 2, scaledMs(5000));
    const TorrentListModel *torrents = m_window->torrentListModel();
    QVERIFY(torrents->row(m_id) >= 0);
    QVERIFY(player->isBuffering());
    const qint64 stuckAt = player->mediaPlayer()->position();
    m_window->torrentView()->setCurrentIndex(TorrentView::FilesTab);
    QTest::qWait(800);
    grabWindow(QStringLiteral("window-buffering.png"));
    QVERIFY2(
        watch.maxGapMs() < scaledMs(500),
        qPrintable(QStringLiteral("the event loop stood still for %1 ms").arg(watch.maxGapMs())));

    // The swarm comes back: the seeder resumes, and since libtorrent redials a peer that went
    // away only after its reconnect back-off, a fresh seeder of the same content calls in too.
    m_seeder->setPaused(m_id, false);
    m_swarm->connectToSeeders(m_leech, m_id);
    m_standIn = m_swarm->addSeeder(m_torrent, m_content, 200 * 1024);
    const LocalSwarm::Peer viewer = m_swarm->endpointOf(m_leech);
    m_standIn->connectPeer(m_id, viewer.address, viewer.port);
    QTRY_VERIFY_WITH_TIMEOUT(!player->isBuffering(), scaledMs(30000));
    QVERIFY(!player->bufferingOverlay()->isVisible());
    QCOMPARE(player->bufferingOverlay()->reason(), QString());
    QTRY_VERIFY_WITH_TIMEOUT(player->mediaPlayer()->position() > stuckAt + 1000, scaledMs(20000));
    QVERIFY2(
        watch.maxGapMs() < scaledMs(500),
        qPrintable(QStringLiteral("the event loop stood still for %1 ms").arg(watch.maxGapMs())));
}

int main(int argc, char **argv)
{
    // GStreamer, Qt 6.4's default on Linux, cannot play a QIODevice; the choice is made when
    // the application starts.
    qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QApplication app(argc, argv);
    tst_WindowStall test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowstall.moc"
