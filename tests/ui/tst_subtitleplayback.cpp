// Subtitles on a real swarm on loopback with media made by ffmpeg, in the real window: the .srt
// next to the video is fetched before the video's first pieces although it lies at the end of
// the torrent, is switched on by itself and shows each cue at its time; the delay keys move it;
// a file that is not a subtitle file gives a message and playback goes on. A styled track inside
// a Matroska file is drawn while the file downloads and follows seeks, and showing it fetches no
// piece the player would not have fetched.

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QBitArray>
#include <QDir>
#include <QFileInfo>
#include <QMediaPlayer>
#include <QMenu>
#include <QStandardPaths>
#include <QtTest>
#include <QVideoFrame>
#include <QVideoSink>

#include "localswarm.h"
#include "player/playerwidget.h"
#include "player/promptbar.h"
#include "player/subtitlecontroller.h"
#include "player/subtitleoverlay.h"
#include "player/trackmenu.h"
#include "playertestkit.h"
#include "screenshot.h"
#include "storage/playbackmemory.h"
#include "stream/streamcatalog.h"
#include "testutil.h"
#include "window/mainwindow.h"
#include "windowtestkit.h"

using namespace swarmplay;
using namespace swarmplay::test;

namespace {

// 1.5-3 s, 4.5-6.5 s, 8-11 s; nothing in between.
const char *const MovieSrt = "1\r\n00:00:01,500 --> 00:00:03,000\r\nFirst line\r\n\r\n"
                             "2\r\n00:00:04,500 --> 00:00:06,500\r\n<i>Second</i> line\r\n\r\n"
                             "3\r\n00:00:08,000 --> 00:00:11,000\r\nThird line\r\n"
                             "with two rows\r\n";
const char *const GermanSrt = "1\n00:00:01,500 --> 00:00:03,000\nErste Zeile\n";

// Upload of the one seeder: the 12 s video (about 1.5 MB) takes several seconds, so what is
// fetched first shows in the order the pieces arrive.
constexpr int SeederBytesPerSecond = 200 * 1024;

// A styled track: a red sign at the top, a plain line with commas at the bottom; 1-3 s and
// 8-11 s, nothing between.
const char *const StyledAss = R"([Script Info]
ScriptType: v4.00+
PlayResX: 640
PlayResY: 360

[V4+ Styles]
Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding
Style: Sign,DejaVu Serif,30,&H000000FF,&H000000FF,&H00FFFFFF,&H00000000,1,0,0,0,100,100,0,4,1,2,0,8,10,10,12,1
Style: Default,DejaVu Sans,24,&H00FFFFFF,&H00FFFFFF,&H00000000,&H00000000,0,0,0,0,100,100,0,0,1,2,1,2,10,10,16,1

[Events]
Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
Dialogue: 0,0:00:01.00,0:00:03.00,Sign,,0,0,0,,SWARMPLAY
Dialogue: 0,0:00:01.00,0:00:03.00,Default,,0,0,0,,Drawn by libass, while it streams
Dialogue: 0,0:00:08.00,0:00:11.00,Default,,0,0,0,,A later line, after a seek
)";

// The film for the piece comparison: 60 s at about 400 KB/s (24 MB), so that most of it lies
// outside every window the player asks for. Its track is not flagged default: it starts off.
constexpr int LongFilmSeconds = 60;
constexpr qint64 LongSeekMs = 50000;
constexpr int LongPieceSize = 128 * 1024;
constexpr int LongSeederBytesPerSecond = 1024 * 1024;
// What the player asks for from the start: its critical and readahead windows (5 MiB) rounded up
// to the planner's 8 MiB steps (core/stream/streamtuning.h).
constexpr qint64 StartWindowBytes = 8 * 1024 * 1024;
// Pieces outside the windows the player fetches as spares by chance (see the test): single
// pieces here and there, 4 in one of eight runs. A track that fetched the 10 s before the seek
// would add a run of about 30.
constexpr int MaxSpares = 6;
constexpr int MaxSpareRun = 2;
// The key frame before the seek lies at most a GOP (2 s, about 1 MB) before it.
constexpr qint64 KeyFrameSlackBytes = 2 * 1024 * 1024;

// A line before the seek and one that begins just after it (a line spanning the seek point is
// in blocks before its key frame, which the player did not fetch).
const char *const LongAss = R"([Script Info]
ScriptType: v4.00+
PlayResX: 640
PlayResY: 360

[V4+ Styles]
Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding
Style: Default,DejaVu Sans,24,&H00FFFFFF,&H00FFFFFF,&H00000000,&H00000000,0,0,0,0,100,100,0,0,1,2,1,2,10,10,16,1

[Events]
Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
Dialogue: 0,0:00:01.00,0:00:03.00,Default,,0,0,0,,Before the seek
Dialogue: 0,0:00:50.50,0:00:55.00,Default,,0,0,0,,After the seek
)";

} // namespace

class tst_SubtitlePlayback : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void subtitlesFromTheTorrentFirstAndOnTime();
    void badFileGivesAMessage();
    void styledTrackInsideWhileDownloading();
    void trackFetchesNoPieceThePlayerDoesNot();

private:
    void openWindow();
    TorrentId open(const QString &torrent);
    SubtitleController *subtitles() const { return m_window->trackMenu()->subtitleFiles(); }
    // Seeks to ms and waits until the picture is between from and to (ms) and the overlay says
    // what it says there.
    bool showsAt(qint64 seekMs, qint64 from, qint64 to, const QString &text);
    // The same for a track inside the file, whose words are not known: a picture or none.
    bool drawsAt(qint64 seekMs, qint64 from, qint64 to, bool drawn);
    // Opens the torrent in a new window and session and waits for the first frame and for its
    // one track inside.
    void playUntilTracksKnown(const QString &torrent, TorrentId *id);
    // Plays the torrent from the start in a new session, with its track inside shown or not,
    // seeks to LongSeekMs at the first frame and gives the pieces there 2 s past the seek.
    void playPastSeek(const QString &torrent, bool showTrack, QBitArray *have);

    std::unique_ptr<LocalSwarm> m_swarm;
    QString m_torrent;
    QString m_styledTorrent; // Film/Film.mkv with a styled ASS track inside
    Session *m_session = nullptr;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_frameMs = -1; // of the last frame the sink got
};

void tst_SubtitlePlayback::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty())
        QSKIP("ffmpeg is not installed");
    qRegisterMetaType<TorrentId>();
    m_swarm = std::make_unique<LocalSwarm>();
    const QString folder = m_swarm->path(QStringLiteral("pack/Movie"));
    QVERIFY(QDir().mkpath(folder));
    const ProcessResult r =
        runFfmpeg(testVideoArgs(12, true), QDir(folder).filePath(QStringLiteral("Movie.mp4")));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const auto write = [&folder](const char *name, const QByteArray &bytes) {
        QFile f(QDir(folder).filePath(QString::fromLatin1(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), qint64(bytes.size()));
    };
    write("Movie.srt", MovieSrt);
    write("Movie.de.srt", GermanSrt);
    TorrentCreator::Options opt;
    opt.pieceSize = 64 * 1024;
    // Hybrid: the files in name order (the video before Movie.srt, whatever order the folder
    // lists them in), each starting on a piece of its own.
    opt.format = TorrentCreator::Format::Hybrid;
    m_torrent = m_swarm->makeTorrent(folder, opt, folder + QStringLiteral(".torrent"));
    m_swarm->addSeeder(m_torrent, QFileInfo(folder).absolutePath(), SeederBytesPerSecond);

    const QString film = m_swarm->path(QStringLiteral("films/Film"));
    QVERIFY(QDir().mkpath(film));
    QFile ass(m_swarm->path(QStringLiteral("styled.ass")));
    QVERIFY(ass.open(QIODevice::WriteOnly) && ass.write(StyledAss) > 0);
    ass.close();
    // 30 s (about 3.5 MB at 200 KiB/s: 17 s to download), so the lines are drawn while it does.
    const QString longer = m_swarm->path(QStringLiteral("film.mp4"));
    const ProcessResult made = runFfmpeg(testVideoArgs(30, true), longer);
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    const ProcessResult muxed = runFfmpeg(
        {QStringLiteral("-i"), longer, QStringLiteral("-i"), ass.fileName(), QStringLiteral("-map"),
         QStringLiteral("0"), QStringLiteral("-map"), QStringLiteral("1"), QStringLiteral("-c"),
         QStringLiteral("copy"), QStringLiteral("-c:s"), QStringLiteral("ass"),
         QStringLiteral("-metadata:s:s:0"), QStringLiteral("language=eng"),
         QStringLiteral("-disposition:s:0"), QStringLiteral("default")},
        QDir(film).filePath(QStringLiteral("Film.mkv")));
    QVERIFY2(muxed.exitCode == 0, qPrintable(muxed.err));
    m_styledTorrent = m_swarm->makeTorrent(film, opt, film + QStringLiteral(".torrent"));
    m_swarm->addSeeder(m_styledTorrent, QFileInfo(film).absolutePath(), SeederBytesPerSecond);
}

void tst_SubtitlePlayback::cleanup()
{
    m_window.reset();
    if (m_session)
        m_swarm->stop(m_session);
    m_session = nullptr;
    m_frameMs = -1;
}

void tst_SubtitlePlayback::openWindow()
{
    static int n = 0;
    m_session = m_swarm->addSession(QStringLiteral("viewer%1").arg(++n));
    m_window = std::make_unique<MainWindow>(m_session, nullptr);
    connect(m_window->player()->videoSink(), &QVideoSink::videoFrameChanged, m_window.get(),
            [this](const QVideoFrame &frame) {
                if (frame.isValid() && frame.startTime() >= 0)
                    m_frameMs = frame.startTime() / 1000;
            });
    m_window->resize(1000, 760);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

TorrentId tst_SubtitlePlayback::open(const QString &torrent)
{
    return openAndConnect(m_window.get(), m_swarm.get(), m_session, torrent);
}

bool tst_SubtitlePlayback::showsAt(qint64 seekMs, qint64 from, qint64 to, const QString &text)
{
    m_frameMs = -1;
    m_window->player()->seekTo(seekMs);
    // The words, and a picture of them drawn over the video (none between cues).
    const SubtitleOverlay *overlay = subtitles()->overlay();
    const bool ok = QTest::qWaitFor(
        [&] {
            return m_frameMs >= from && m_frameMs < to && subtitles()->text() == text &&
                   overlay->hasPicture() == !text.isEmpty();
        },
        scaledMs(20000));
    if (!ok)
        qWarning("at %lld ms the overlay says \"%s\", not \"%s\"", m_frameMs,
                 qPrintable(subtitles()->text()), qPrintable(text));
    return ok;
}

bool tst_SubtitlePlayback::drawsAt(qint64 seekMs, qint64 from, qint64 to, bool drawn)
{
    m_frameMs = -1;
    if (seekMs >= 0)
        m_window->player()->seekTo(seekMs);
    const SubtitleOverlay *overlay = subtitles()->overlay();
    const bool ok = QTest::qWaitFor(
        [&] { return m_frameMs >= from && m_frameMs < to && overlay->hasPicture() == drawn; },
        scaledMs(20000));
    if (!ok)
        qWarning("at %lld ms the overlay has %s picture", m_frameMs,
                 overlay->hasPicture() ? "a" : "no");
    return ok;
}

void tst_SubtitlePlayback::subtitlesFromTheTorrentFirstAndOnTime()
{
    openWindow();
    const TorrentId id = open(m_torrent);
    QVERIFY(id.isValid());
    PlayerWidget *player = m_window->player();
    // The video starts by itself (the largest video); its subtitles are offered with it.
    QTRY_VERIFY_WITH_TIMEOUT(player->stage() == PlayerWidget::Stage::Playing && m_frameMs >= 0,
                             scaledMs(60000));
    const TorrentInfo info = m_session->cachedInfo(id);
    const auto find = [&info](const char *name) {
        return *std::find_if(info.files.cbegin(), info.files.cend(), [name](const FileEntry &f) {
            return f.path.endsWith(QLatin1Char('/') + QLatin1String(name));
        });
    };
    const FileEntry video = find("Movie.mp4");
    const FileEntry srt = find("Movie.srt");
    QCOMPARE(player->fileIndex(), video.index);

    // The .srt lies at the end of the torrent, after the video, yet every piece of it was
    // there no later than the last piece of the video's probe region (and so before the
    // player got the stream).
    QVERIFY(srt.offset > video.offset);
    const auto pieces = m_session->streams()->pieces(id.key());
    QVERIFY(pieces);
    qint64 srtDone = 0;
    for (int p = srt.firstPiece; p <= srt.lastPiece; ++p) {
        // Read as blocks land, a piece is verified a moment after its last one.
        QTRY_VERIFY_WITH_TIMEOUT(pieces->has(p), scaledMs(5000));
        srtDone = std::max(srtDone, pieces->haveSince(p));
    }
    const auto region = m_session->streams()->probeRegion(id.key(), video.index);
    QVERIFY(!region.isEmpty());
    qint64 regionDone = 0;
    QVector<int> regionPieces;
    for (const auto &r : region) {
        for (qint64 p = (video.offset + r.offset) / info.pieceLength;
             p <= (video.offset + r.offset + r.length - 1) / info.pieceLength; ++p) {
            regionPieces << int(p);
            QTRY_VERIFY_WITH_TIMEOUT(pieces->has(int(p)), scaledMs(5000));
            regionDone = std::max(regionDone, pieces->haveSince(int(p)));
        }
    }
    // When the first pieces came, in order, for the report.
    QVector<QPair<qint64, int>> arrivals;
    for (int p = 0; p < info.pieceCount; ++p) {
        if (pieces->has(p))
            arrivals << qMakePair(pieces->haveSince(p), p);
    }
    std::sort(arrivals.begin(), arrivals.end());
    QStringList order;
    for (int i = 0; i < std::min<int>(8, arrivals.size()); ++i)
        order << QString::number(arrivals.at(i).second);
    qInfo("pieces %d, srt pieces %d-%d, probe region pieces %s; first arrivals: %s; srt done "
          "%lld ms before the region",
          info.pieceCount, srt.firstPiece, srt.lastPiece,
          qPrintable(QStringList(QStringList() << QString::number(regionPieces.first())
                                               << QString::number(regionPieces.last()))
                         .join(QLatin1Char('-'))),
          qPrintable(order.join(QLatin1Char(' '))), regionDone - srtDone);
    QVERIFY2(
        srtDone <= regionDone,
        qPrintable(
            QStringLiteral("srt complete %1 ms after the probe region").arg(srtDone - regionDone)));
    // And first of all: at most a couple of the video's pieces (requests already under way when
    // the player started) came before it. Fetched like the rest (as a prober), it came sixth.
    int videoBefore = 0;
    for (int p = video.firstPiece; p <= video.lastPiece; ++p)
        videoBefore +=
            p < srt.firstPiece && pieces->has(p) && pieces->haveSince(p) < srtDone ? 1 : 0;
    QVERIFY2(
        videoBefore <= 2,
        qPrintable(QStringLiteral("%1 pieces of the video came before the srt").arg(videoBefore)));

    // Offered in the Subtitles menu, the one with the video's own name switched on.
    SubtitleController *subs = subtitles();
    QCOMPARE(subs->entries().size(), 2);
    QCOMPARE(subs->entries().at(0).label, QStringLiteral("Movie.srt"));
    QCOMPARE(subs->entries().at(1).label, QStringLiteral("Movie.de.srt"));
    QTRY_COMPARE(subs->current(), 0);
    QStringList menu;
    for (const QAction *a : m_window->trackMenu()->subtitleMenu()->actions()) {
        if (a->isCheckable())
            menu << a->text() + (a->isChecked() ? QStringLiteral("*") : QString());
    }
    QCOMPARE(menu, (QStringList{QStringLiteral("Off"), QStringLiteral("Movie.srt*"),
                                QStringLiteral("Movie.de.srt")}));

    // Each cue at its time, nothing between them.
    QVERIFY(showsAt(2000, 1800, 3000, QStringLiteral("First line")));
    QVERIFY(showsAt(4800, 4600, 6500, QStringLiteral("Second line")));
    QCOMPARE(m_window->player()->findChild<SubtitleOverlay *>()->text(),
             QStringLiteral("Second line"));
    QVERIFY(showsAt(7000, 6800, 7900, QString()));
    QVERIFY(showsAt(8500, 8300, 11000, QStringLiteral("Third line\nwith two rows")));
    saveScreenshot(m_window->player(), QStringLiteral("subtitles.png"));

    // Z/X move the subtitles by 100 ms: three times X is 0.3 s later, and says so.
    player->activateWindow();
    player->setFocus();
    QTRY_VERIFY(player->hasFocus());
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(player, Qt::Key_X);
    QCOMPARE(subs->delayMs(), qint64(300));
    QCOMPARE(subs->overlay()->notice(), QStringLiteral("Subtitle delay: +0.3 s"));
    // 1.5 s into the picture the first cue has not come yet (it comes at 1.8 s now); it
    // stays until 3.3 s.
    QVERIFY(showsAt(1200, 1550, 1750, QString()));
    QVERIFY(showsAt(3000, 3000, 3280, QStringLiteral("First line")));

    // The German file, chosen from the menu, is fetched then and shown, and remembered with
    // the delay.
    subs->choose(1);
    QTRY_COMPARE_WITH_TIMEOUT(subs->current(), 1, scaledMs(20000));
    QVERIFY(showsAt(1800, 1850, 3280, QStringLiteral("Erste Zeile")));
    const QString memoryFile =
        QDir(m_session->settings().stateDir).filePath(QStringLiteral("playback.json"));
    const PlaybackMemory::Entry remembered =
        PlaybackMemory(memoryFile).entry(id.key(), video.index);
    QCOMPARE(remembered.subtitleFile, QStringLiteral("torrent:") + find("Movie.de.srt").path);
    QCOMPARE(remembered.subtitleDelayMs, qint64(300));

    // Opened again: the German ones, 0.3 s later.
    player->stop();
    QCOMPARE(subs->text(), QString());
    player->play(id, video.index);
    QTRY_VERIFY_WITH_TIMEOUT(player->stage() == PlayerWidget::Stage::Playing, scaledMs(30000));
    QTRY_COMPARE_WITH_TIMEOUT(subs->current(), 1, scaledMs(20000));
    QCOMPARE(subs->delayMs(), qint64(300));
}

void tst_SubtitlePlayback::badFileGivesAMessage()
{
    openWindow();
    const TorrentId id = open(m_torrent);
    QVERIFY(id.isValid());
    PlayerWidget *player = m_window->player();
    QTRY_VERIFY_WITH_TIMEOUT(player->stage() == PlayerWidget::Stage::Playing && m_frameMs >= 0,
                             scaledMs(60000));
    SubtitleController *subs = subtitles();
    QTRY_COMPARE(subs->current(), 0);

    // A picture saved as .srt: a message that names it, the subtitles shown stay, playback
    // goes on.
    const QString bad = m_swarm->path(QStringLiteral("cover.srt"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    for (int i = 0; i < 2000; ++i)
        png.append(char((i * 31) % 256));
    f.write(png);
    f.close();
    QSignalSpy messages(subs, &SubtitleController::messageShown);
    QVERIFY(!subs->loadFile(bad));
    QCOMPARE(messages.count(), 1);
    QCOMPARE(messages.first().first().toString(),
             QStringLiteral("“cover.srt” is not a subtitle file: it holds binary data, not text."));
    QVERIFY(subs->bar()->isVisible());
    QCOMPARE(subs->bar()->text(), messages.first().first().toString());
    QCOMPARE(subs->current(), 0);
    const qint64 before = m_frameMs;
    QTRY_VERIFY_WITH_TIMEOUT(m_frameMs > before + 500, scaledMs(20000));
    QCOMPARE(player->stage(), PlayerWidget::Stage::Playing);

    // A good one from disk is added to the menu and shown at once.
    const QString good = m_swarm->path(QStringLiteral("mine.vtt"));
    QFile g(good);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write("WEBVTT\n\n00:00.000 --> 00:30.000\nFrom disk\n");
    g.close();
    QVERIFY(subs->loadFile(good));
    QVERIFY(!subs->bar()->isVisible());
    QCOMPARE(subs->entries().size(), 3);
    QCOMPARE(subs->current(), 2);
    QTRY_COMPARE(subs->text(), QStringLiteral("From disk"));
}

void tst_SubtitlePlayback::playUntilTracksKnown(const QString &torrent, TorrentId *id)
{
    openWindow();
    *id = open(torrent);
    QVERIFY(id->isValid());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->player()->stage() == PlayerWidget::Stage::Playing &&
                                 m_frameMs >= 0,
                             scaledMs(60000));
    QTRY_VERIFY_WITH_TIMEOUT(subtitles()->embeddedKnown(), scaledMs(20000));
    QCOMPARE(subtitles()->entries().size(), 1);
}

void tst_SubtitlePlayback::styledTrackInsideWhileDownloading()
{
    TorrentId id;
    playUntilTracksKnown(m_styledTorrent, &id);
    if (QTest::currentTestFailed())
        return;
    PlayerWidget *player = m_window->player();
    // The track inside is offered, marked default, and shown by itself.
    SubtitleController *subs = subtitles();
    QCOMPARE(subs->entries().at(0).stream >= 0, true);
    QCOMPARE(subs->entries().at(0).label, QStringLiteral("English (default)"));
    QTRY_COMPARE(subs->current(), 0);
    QCOMPARE(player->mediaPlayer()->activeSubtitleTrack(), -1); // Qt's own output stays off

    // Drawn at its time while the file is still downloading.
    QElapsedTimer clock;
    clock.start();
    QVERIFY(drawsAt(-1, 1000, 3000, true));
    qInfo("drawn %lld ms after playback began", clock.elapsed());
    const double progress = m_session->torrent(id).progress;
    qInfo("first styled line drawn with %.0f %% of the film downloaded", progress * 100);
    QVERIFY2(progress < 1.0, "the film had finished downloading: nothing was streamed");
    saveScreenshot(player, QStringLiteral("subtitles-styled.png"));
    QVERIFY(drawsAt(-1, 3200, 7800, false));
    // Seeks are followed, forward and back.
    QVERIFY(drawsAt(9000, 9000, 11000, true));
    QVERIFY(drawsAt(5000, 5000, 7800, false));
    QVERIFY(drawsAt(1500, 1500, 3000, true));
    // Off and on again with V.
    subs->toggle();
    QTRY_VERIFY(!subs->overlay()->hasPicture());
    subs->toggle();
    QVERIFY(drawsAt(1200, 1200, 3000, true));
}

void tst_SubtitlePlayback::playPastSeek(const QString &torrent, bool showTrack, QBitArray *have)
{
    TorrentId id;
    playUntilTracksKnown(torrent, &id);
    if (QTest::currentTestFailed())
        return;
    PlayerWidget *player = m_window->player();
    SubtitleController *subs = subtitles();
    QCOMPARE(subs->current(), -1); // not flagged default, and no preferred language
    if (showTrack) {
        subs->choose(0);
        QCOMPARE(subs->current(), 0);
    }
    m_frameMs = -1;
    player->seekTo(LongSeekMs);
    if (showTrack)
        QVERIFY(drawsAt(-1, LongSeekMs + 600, LongSeekMs + 4500, true));
    QTRY_VERIFY_WITH_TIMEOUT(m_frameMs >= LongSeekMs + 2000, scaledMs(30000));
    const auto pieces = m_session->streams()->pieces(id.key());
    QVERIFY(pieces);
    *have = pieces->snapshot();
    m_window.reset();
    m_swarm->stop(m_session);
    m_session = nullptr;
}

void tst_SubtitlePlayback::trackFetchesNoPieceThePlayerDoesNot()
{
    const QString folder = m_swarm->path(QStringLiteral("long/Long"));
    QVERIFY(QDir().mkpath(folder));
    QFile ass(m_swarm->path(QStringLiteral("long.ass")));
    QVERIFY(ass.open(QIODevice::WriteOnly) && ass.write(LongAss) > 0);
    ass.close();
    QStringList args = testVideoArgs(LongFilmSeconds, false);
    const int rate = int(args.indexOf(QStringLiteral("-b:v")));
    QVERIFY(rate > 0);
    args[rate + 1] = QStringLiteral("4000k");
    args[args.indexOf(QStringLiteral("-maxrate")) + 1] = QStringLiteral("4200k");
    args[args.indexOf(QStringLiteral("-bufsize")) + 1] = QStringLiteral("8000k");
    // After the two generated inputs; the rest are the output's options.
    args.insert(args.indexOf(QStringLiteral("-t")), QStringLiteral("-i"));
    args.insert(args.indexOf(QStringLiteral("-t")), ass.fileName());
    args << QStringLiteral("-map") << QStringLiteral("0:v") << QStringLiteral("-map")
         << QStringLiteral("1:a") << QStringLiteral("-map") << QStringLiteral("2:s")
         << QStringLiteral("-c:s") << QStringLiteral("ass") << QStringLiteral("-disposition:s:0")
         << QStringLiteral("0");
    const QString film = QDir(folder).filePath(QStringLiteral("Long.mkv"));
    const ProcessResult made = runFfmpeg(args, film);
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    const qint64 size = QFileInfo(film).size();
    TorrentCreator::Options opt;
    opt.pieceSize = LongPieceSize;
    const QString torrent = m_swarm->makeTorrent(folder, opt, folder + QStringLiteral(".torrent"));
    m_swarm->addSeeder(torrent, QFileInfo(folder).absolutePath(), LongSeederBytesPerSecond);

    QBitArray off;
    QBitArray on;
    playPastSeek(torrent, false, &off);
    if (QTest::currentTestFailed())
        return;
    playPastSeek(torrent, true, &on);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(on.size(), off.size());

    // Between the start's windows and the seek's key frame the player wants nothing but a few
    // spares at the lowest priority (until the swarm's rate is known the planner keeps 16 MiB
    // wanted), which libtorrent picks at random once nothing more urgent is left to ask for: a
    // piece or two there, in either run. The 10 s before the seek, where the subtitle demuxer
    // looks for a line spanning it, are there too: a track that fetched them would add ten.
    const int first = int(StartWindowBytes / LongPieceSize) + 1;
    const int last =
        int((size * LongSeekMs / (LongFilmSeconds * 1000) - KeyFrameSlackBytes) / LongPieceSize);
    QVERIFY2(last - first >= 16, "the film is too small to lie outside the windows");
    QStringList offThere;
    QStringList extra;
    int extraWindows = 0;
    int run = 0;
    int longestRun = 0;
    for (int p = 0; p < on.size(); ++p) {
        const bool between = p >= first && p <= last;
        if (between && off.testBit(p))
            offThere << QString::number(p);
        const bool added = on.testBit(p) && !off.testBit(p);
        run = added && between ? run + 1 : 0;
        longestRun = std::max(longestRun, run);
        if (!added)
            continue;
        if (between)
            extra << QString::number(p);
        else
            ++extraWindows;
    }
    qInfo("pieces %d-%d lie outside the player's windows; %d pieces with the track off (%d of "
          "them there), %d with it on (%d more there, %d more inside the windows)",
          first, last, int(off.count(true)), int(offThere.size()), int(on.count(true)),
          int(extra.size()), extraWindows);
    QVERIFY2(offThere.size() <= MaxSpares,
             qPrintable(QStringLiteral("the player itself fetched pieces %1: nothing there tells "
                                       "the track's apart")
                            .arg(offThere.join(QLatin1Char(' ')))));
    QVERIFY2(extra.size() <= MaxSpares && longestRun <= MaxSpareRun,
             qPrintable(QStringLiteral("with the track shown, pieces %1 were fetched as well")
                            .arg(extra.join(QLatin1Char(' ')))));
}

int main(int argc, char **argv)
{
    // As the application does: GStreamer, Qt 6.4's default on Linux, cannot play a QIODevice.
    qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QApplication app(argc, argv);
    tst_SubtitlePlayback test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_subtitleplayback.moc"
