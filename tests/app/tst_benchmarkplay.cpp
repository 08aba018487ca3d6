// `swarmplay --benchmark-play`, run as a separate process against a swarm in this one: a magnet
// of an ffmpeg-made video seeded at a few times its bitrate. Its JSON must describe a real
// playback (times in order, the seek answered near its target, playback that advanced, no read
// that waited on the GUI thread), and a source that cannot play must end with the core's message
// instead of figures. With --subtitles and --grab it shows a track inside the file and saves the
// picture with the line drawn.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "../ui/playertestkit.h"
#include "localswarm.h"
#include "testutil.h"

using namespace swarmplay;
using namespace swarmplay::test;

class tst_BenchmarkPlay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void playsSeeksAndReports();
    void badSourceGivesTheCoreMessage();
    void showsSubtitlesAndGrabsThePicture();

private:
    // Runs the benchmark while this process's event loop turns (the seeder lives here).
    QJsonObject runBenchmark(const QStringList &args, int *exitCode);

    std::unique_ptr<LocalSwarm> m_swarm;
    QString m_torrent;
    QString m_subtitledTorrent; // the clip in Matroska with an ASS track
};

void tst_BenchmarkPlay::initTestCase()
{
    m_swarm = std::make_unique<LocalSwarm>();
    const QString video = m_swarm->path(QStringLiteral("src/clip.mp4"));
    QDir().mkpath(QFileInfo(video).path());
    const ProcessResult made = runProcess(
        QStringLiteral("ffmpeg"),
        QStringList{QStringLiteral("-y"), QStringLiteral("-loglevel"), QStringLiteral("error")}
            << testVideoArgs(40, true) << video,
        120000);
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    TorrentCreator::Options opt;
    opt.pieceSize = 256 * 1024;
    m_torrent = m_swarm->makeTorrent(video, opt);
    // About 1 Mbit/s of video at 400 KiB/s: pieces arrive while it plays, as on a real swarm.
    m_swarm->addSeeder(m_torrent, m_swarm->path(QStringLiteral("src")), 400 * 1024);

    const QString ass = m_swarm->path(QStringLiteral("line.ass"));
    QFile f(ass);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[Script Info]\nScriptType: v4.00+\n\n[V4+ Styles]\nFormat: Name, Fontname, Fontsize, "
            "PrimaryColour, Bold, Alignment, Outline, Shadow\nStyle: Default,DejaVu Sans,28,"
            "&H000000FF,0,2,2,0\n\n[Events]\nFormat: Layer, Start, End, Style, Text\n"
            "Dialogue: 0,0:00:01.00,0:00:30.00,Default,A red line, drawn over the picture\n");
    f.close();
    const QString mkv = m_swarm->path(QStringLiteral("subbed/clip.mkv"));
    QDir().mkpath(QFileInfo(mkv).path());
    const ProcessResult muxed = runFfmpeg(
        {QStringLiteral("-i"), video, QStringLiteral("-i"), ass, QStringLiteral("-map"),
         QStringLiteral("0"), QStringLiteral("-map"), QStringLiteral("1"), QStringLiteral("-c"),
         QStringLiteral("copy"), QStringLiteral("-c:s"), QStringLiteral("ass")},
        mkv);
    QVERIFY2(muxed.exitCode == 0, qPrintable(muxed.err));
    m_subtitledTorrent = m_swarm->makeTorrent(mkv, opt);
    m_swarm->addSeeder(m_subtitledTorrent, m_swarm->path(QStringLiteral("subbed")), 400 * 1024);
}

QJsonObject tst_BenchmarkPlay::runBenchmark(const QStringList &args, int *exitCode)
{
    QProcess p;
    p.start(QStringLiteral(SWARMPLAY_PLAYER_PATH), args);
    if (!p.waitForStarted(scaledMs(10000)))
        return {};
    if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, scaledMs(150000))) {
        p.kill();
        p.waitForFinished(scaledMs(5000));
        return {};
    }
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    const QByteArray out = p.readAllStandardOutput().trimmed();
    const QJsonDocument doc = QJsonDocument::fromJson(out.split('\n').last());
    if (!doc.isObject())
        qWarning("stdout: %s\nstderr: %s", out.constData(), p.readAllStandardError().constData());
    else
        qInfo("%s", out.split('\n').last().constData());
    return doc.object();
}

void tst_BenchmarkPlay::playsSeeksAndReports()
{
    int exitCode = -1;
    const QJsonObject r =
        runBenchmark({QStringLiteral("--benchmark-play"), m_swarm->magnetWithPeers(m_torrent),
                      QStringLiteral("--seek"), QStringLiteral("0.5"), QStringLiteral("--duration"),
                      QStringLiteral("4"), QStringLiteral("--bind"), m_swarm->nextAddress()},
                     &exitCode);
    QVERIFY2(!r.isEmpty(), "no JSON on stdout");
    QVERIFY2(!r.contains(QLatin1String("error")),
             qPrintable(r.value(QLatin1String("error")).toString()));
    QCOMPARE(exitCode, 0);

    const double metadata = r.value(QLatin1String("metadata_s")).toDouble(-1);
    const double probe = r.value(QLatin1String("probe_region_s")).toDouble(-1);
    const double frame = r.value(QLatin1String("first_frame_s")).toDouble(-1);
    QVERIFY2(
        metadata > 0 && metadata <= probe && probe <= frame,
        qPrintable(
            QStringLiteral("metadata %1, probe %2, frame %3").arg(metadata).arg(probe).arg(frame)));
    QCOMPARE(r.value(QLatin1String("file")).toString(), QStringLiteral("clip.mp4"));
    QCOMPARE(r.value(QLatin1String("piece_size")).toInt(), 256 * 1024);
    QVERIFY(!r.value(QLatin1String("probe_region_pieces")).toArray().isEmpty());
    const qint64 duration = r.value(QLatin1String("duration_ms")).toInteger();
    QVERIFY2(duration > 38000 && duration < 42000, qPrintable(QString::number(duration)));

    // The seek was answered by a frame, and playback went on from near the target.
    QVERIFY(r.value(QLatin1String("seek_to_frame_s")).toDouble(-1) > 0);
    const qint64 target = r.value(QLatin1String("seek_target_ms")).toInteger();
    QVERIFY(std::abs(target - duration / 2) < 1000);
    const qint64 atPlay = r.value(QLatin1String("position_at_play_ms")).toInteger();
    const qint64 after = r.value(QLatin1String("position_after_play_ms")).toInteger();
    QVERIFY2(std::abs(atPlay - target) < 3000,
             qPrintable(QStringLiteral("target %1, at play %2").arg(target).arg(atPlay)));
    QVERIFY2(after > atPlay + 1000,
             qPrintable(QStringLiteral("position %1 -> %2").arg(atPlay).arg(after)));

    const int rebuffers = r.value(QLatin1String("rebuffers")).toInt(-1);
    const double stall = r.value(QLatin1String("stall_s")).toDouble(-1);
    QVERIFY(rebuffers >= 0);
    QVERIFY(rebuffers > 0 ? stall > 0 : stall == 0); // waits at the start and the seek excluded
    QVERIFY(r.value(QLatin1String("paused_cpu_percent")).toDouble(-1) >= 0);
    QVERIFY(r.value(QLatin1String("peak_rss_mib")).toDouble(-1) > 10);
    // The MP4's index locates what the start and the seek read on the GUI thread: it is fetched
    // before the call, and no read waits in a local event loop.
    QCOMPARE(r.value(QLatin1String("nested_waits")).toInt(-1), 0);
}

void tst_BenchmarkPlay::badSourceGivesTheCoreMessage()
{
    int exitCode = -1;
    const QJsonObject r = runBenchmark(
        {QStringLiteral("--benchmark-play"), QStringLiteral("magnet:?xt=urn:btih:nothex")},
        &exitCode);
    QCOMPARE(exitCode, 1);
    const QString error = r.value(QLatin1String("error")).toString();
    QVERIFY2(error.contains(QLatin1String("magnet"), Qt::CaseInsensitive), qPrintable(error));
    QVERIFY(!r.contains(QLatin1String("first_frame_s")));
}

void tst_BenchmarkPlay::showsSubtitlesAndGrabsThePicture()
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("grab.png"));
    int exitCode = -1;
    const QJsonObject r = runBenchmark(
        {QStringLiteral("--benchmark-play"), m_swarm->magnetWithPeers(m_subtitledTorrent),
         QStringLiteral("--subtitles"), QStringLiteral("0"), QStringLiteral("--duration"),
         QStringLiteral("2"), QStringLiteral("--grab"), QStringLiteral("5.5"), png},
        &exitCode);
    QVERIFY2(!r.contains(QLatin1String("error")),
             qPrintable(r.value(QLatin1String("error")).toString()));
    QCOMPARE(exitCode, 0);
    const QJsonObject subs = r.value(QLatin1String("subtitles")).toObject();
    QCOMPARE(subs.value(QLatin1String("codec")).toString(), QStringLiteral("ass"));
    const QJsonObject grab = r.value(QLatin1String("grab")).toObject();
    QVERIFY2(grab.value(QLatin1String("subtitles_drawn")).toBool(),
             qPrintable(QJsonDocument(grab).toJson(QJsonDocument::Compact)));
    const qint64 frame = grab.value(QLatin1String("frame_ms")).toInteger(-1);
    QVERIFY2(frame >= 5400 && frame < 6500, qPrintable(QString::number(frame)));
    QVERIFY(grab.value(QLatin1String("width")).toInt() > 100);
    QVERIFY(readFile(png).startsWith("\x89PNG"));

    // A track the file does not have: a message, not figures.
    const QJsonObject none =
        runBenchmark({QStringLiteral("--benchmark-play"),
                      m_swarm->magnetWithPeers(m_subtitledTorrent), QStringLiteral("--subtitles"),
                      QStringLiteral("3"), QStringLiteral("--duration"), QStringLiteral("1")},
                     &exitCode);
    QCOMPARE(exitCode, 1);
    QVERIFY2(none.value(QLatin1String("error")).toString().contains(QLatin1String("track 3")),
             qPrintable(none.value(QLatin1String("error")).toString()));
}

QTEST_GUILESS_MAIN(tst_BenchmarkPlay)

#include "tst_benchmarkplay.moc"
