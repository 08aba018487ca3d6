// Subtitle tracks of the kinds beside Matroska's ASS and SubRip, read by Swarmplay's own demuxer
// and drawn: WebVTT in WebM, mov_text in MP4 (seeking by MP4's own sample index, not Cues), and
// VobSub pictures made from PNG pictures with spumux, in their colours and at their place.

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "gatedreader.h"
#include "subtitle/embeddedsubtitles.h"
#include "subtitle/subtitledemuxer.h"
#include "subtitle/subtitledrawer.h"
#include "subtitlegrab.h"
#include "testutil.h"

using namespace swarmplay;
using namespace swarmplay::test;

namespace {

// Lines at 1 s and 6 s, and two far into the file: one that began before the key frame a seek to
// 31 s lands on, and one after it.
const char *kSrt = "1\n00:00:01,000 --> 00:00:03,000\nA line, with commas, drawn whole\n\n"
                   "2\n00:00:06,000 --> 00:00:08,000\nThe second line\n\n"
                   "3\n00:00:30,000 --> 00:00:33,000\nThirty seconds in\n\n"
                   "4\n00:00:36,000 --> 00:00:38,000\nThe last line\n";

// The VobSub picture on its 720×576 canvas: a red frame around a yellow bar.
constexpr int kFrameLeft = 200, kFrameTop = 480, kFrameWidth = 320, kFrameHeight = 48;
constexpr int kBarLeft = 220, kBarTop = 492, kBarWidth = 280, kBarHeight = 24;
constexpr quint32 kRed = 0xffff0000, kYellow = 0xffffff00;

// Writes that picture as an RGBA PNG (spumux reads PNG; Qt's image classes are not linked here).
const char *kMakePng = R"(import struct, sys, zlib
w, h = 720, 576
def px(x, y):
    if 220 <= x < 500 and 492 <= y < 516: return b'\xff\xff\x00\xff'
    if 200 <= x < 520 and 480 <= y < 528: return b'\xff\x00\x00\xff'
    return b'\x00\x00\x00\x00'
rows = b''.join(b'\x00' + b''.join(px(x, y) for x in range(w)) for y in range(h))
def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d))
open(sys.argv[1], 'wb').write(b'\x89PNG\r\n\x1a\n'
    + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 6, 0, 0, 0))
    + chunk(b'IDAT', zlib.compress(rows)) + chunk(b'IEND', b''))
)";

// Reads the chosen track to its end; false when it fails or does not end.
bool readToEnd(SubtitleDemuxer &demuxer, QVector<SubtitleEvent> *events)
{
    for (int step = 0; step < 10000; ++step) {
        switch (demuxer.next(events)) {
        case SubtitleDemuxer::Step::Events:
            break;
        case SubtitleDemuxer::Step::End:
            return true;
        case SubtitleDemuxer::Step::Interrupted:
        case SubtitleDemuxer::Step::Failed:
            qWarning("reading stopped: %s", qPrintable(demuxer.error()));
            return false;
        }
    }
    return false;
}

QList<qint64> startsOf(const QVector<SubtitleEvent> &events)
{
    QList<qint64> starts;
    for (const SubtitleEvent &e : events)
        starts << e.startMs;
    return starts;
}

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '));
}

quint32 pixelAt(const SubtitlePicture &p, int canvasX, int canvasY)
{
    const int x = canvasX - p.x, y = canvasY - p.y;
    if (x < 0 || y < 0 || x >= p.width || y >= p.height)
        return 0;
    return reinterpret_cast<const quint32 *>(p.argb.constData())[y * p.width + x];
}

int qAlpha(quint32 v)
{
    return int(v >> 24);
}
int qRed(quint32 v)
{
    return int((v >> 16) & 0xff);
}
int qGreen(quint32 v)
{
    return int((v >> 8) & 0xff);
}
int qBlue(quint32 v)
{
    return int(v & 0xff);
}

struct BitmapCounts
{
    int red = 0;
    int yellow = 0;
    int opaqueInFrame = 0;
    int opaqueOutside = 0;
};

BitmapCounts countBitmap(const SubtitlePicture &p)
{
    BitmapCounts c;
    for (int y = p.y; y < p.y + p.height; ++y) {
        for (int x = p.x; x < p.x + p.width; ++x) {
            const quint32 v = pixelAt(p, x, y);
            if ((v >> 24) < 200)
                continue;
            const bool inFrame = x >= kFrameLeft && x < kFrameLeft + kFrameWidth &&
                                 y >= kFrameTop && y < kFrameTop + kFrameHeight;
            ++(inFrame ? c.opaqueInFrame : c.opaqueOutside);
            c.red += v == kRed;
            c.yellow += v == kYellow;
        }
    }
    return c;
}

} // namespace

class TestSubtitleFormats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsTextTracks_data();
    void listsTextTracks();
    void drawsTextLinesAtTheirTimes_data() { listsTextTracks_data(); }
    void drawsTextLinesAtTheirTimes();
    void seeksByTheFilesIndex_data() { listsTextTracks_data(); }
    void seeksByTheFilesIndex();
    void listsTheBitmapTrack();
    void drawsBitmapsInTheirColoursAndPlace();
    void drawsABitmapTrackWithoutItsPalette();
    void drawsABitmapTrackOnItsOwnCanvas_data();
    void drawsABitmapTrackOnItsOwnCanvas();
    void letsGoOfPicturesPlaybackLeftBehind();

private:
    // The file's first subtitle track, chosen and read from seekMs on.
    std::unique_ptr<EmbeddedSubtitles> openTrack(const QString &path, qint64 seekMs);
    bool makeVobSub();

    std::unique_ptr<SubtitleDrawer> m_drawer;
    QTemporaryDir m_dir;
    QString m_webm;
    QString m_mp4;
    QString m_vobsub;          // the palette and canvas in the track's head, as mkvmerge writes
    QString m_vobsubNoPalette; // the bare subpicture stream of a DVD
    QString m_dvbOverSmallVideo;
    QString m_dvbWithoutSize; // no display definition segment: DVB's standard 720×576
};

void TestSubtitleFormats::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString srt = m_dir.filePath(QStringLiteral("lines.srt"));
    QFile s(srt);
    QVERIFY(s.open(QIODevice::WriteOnly) && s.write(kSrt) > 0);
    s.close();

    // 40 s at 320×240, a key frame every second.
    const QStringList video = words("-f lavfi -i testsrc=size=320x240:rate=10:duration=40 -i");
    const QStringList tail = words("-map 0:v -map 1 -g 10 -metadata:s:s:0 language=eng");
    m_webm = m_dir.filePath(QStringLiteral("lines.webm"));
    ProcessResult made = runFfmpeg(video + QStringList{srt} + tail +
                                       words("-c:v libvpx -deadline realtime -cpu-used 8 -b:v "
                                             "100k -c:s webvtt"),
                                   m_webm);
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    m_mp4 = m_dir.filePath(QStringLiteral("lines.mp4"));
    made = runFfmpeg(video + QStringList{srt} + tail +
                         words("-c:v libx264 -preset ultrafast -c:s mov_text"),
                     m_mp4);
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    QVERIFY(makeVobSub());
}

bool TestSubtitleFormats::makeVobSub()
{
    const QString python =
        QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
    const QString spumux = QStandardPaths::findExecutable(QStringLiteral("spumux"));
    if (python.isEmpty() || spumux.isEmpty()) {
        qWarning("python3 and spumux (Debian's dvdauthor) make the VobSub track");
        return false;
    }
    const QString png = m_dir.filePath(QStringLiteral("frame.png"));
    const ProcessResult drawn =
        runProcess(python, {QStringLiteral("-c"), QString::fromLatin1(kMakePng), png}, 60000);
    if (drawn.exitCode != 0) {
        qWarning("python3: %s", qPrintable(drawn.err));
        return false;
    }
    // A DVD's video (MPEG-2 in MPEG-PS at PAL's 720×576), and spumux's pictures muxed into it.
    const QString dvd = m_dir.filePath(QStringLiteral("dvd.mpg"));
    const ProcessResult made = runFfmpeg(
        words("-f lavfi -i testsrc=size=720x576:rate=25:duration=10 -c:v mpeg2video -g 25 "
              "-b:v 500k -f dvd"),
        dvd);
    if (made.exitCode != 0) {
        qWarning("ffmpeg: %s", qPrintable(made.err));
        return false;
    }
    const QString xml = m_dir.filePath(QStringLiteral("spu.xml"));
    QFile x(xml);
    if (!x.open(QIODevice::WriteOnly))
        return false;
    x.write(QStringLiteral("<subpictures format=\"PAL\"><stream>"
                           "<spu start=\"00:00:01.00\" end=\"00:00:03.00\" image=\"%1\"/>"
                           "<spu start=\"00:00:06.00\" end=\"00:00:07.50\" image=\"%1\"/>"
                           "</stream></subpictures>")
                .arg(png)
                .toUtf8());
    x.close();
    const QString withSubs = m_dir.filePath(QStringLiteral("dvd-subs.mpg"));
    QProcess mux;
    mux.setStandardInputFile(dvd);
    mux.setStandardOutputFile(withSubs);
    mux.start(spumux, {xml});
    if (!mux.waitForFinished(scaledMs(60000)) || mux.exitCode() != 0) {
        qWarning("spumux: %s", mux.readAllStandardError().constData());
        return false;
    }
    // spumux gives the frame palette index 0 and the bar 1; a DVD keeps the colours in its
    // IFO, which the dvdsub decoder is told here, so the encoder writes them into the track's
    // head as an .idx file's "palette:" line.
    m_vobsub = m_dir.filePath(QStringLiteral("vobsub.mkv"));
    ProcessResult copied = runFfmpeg(
        words("-palette ff0000,ffff00,000000,000000,000000,000000,000000,000000,000000,000000,"
              "000000,000000,000000,000000,000000,000000 -i") +
            QStringList{withSubs} +
            words("-map 0:v -map 0:s -c:v copy -c:s dvdsub -s:s 720x576 "
                  "-metadata:s:s:0 language=ger"),
        m_vobsub);
    if (copied.exitCode != 0) {
        qWarning("ffmpeg: %s", qPrintable(copied.err));
        return false;
    }
    // The same pictures as DVB subtitles over a video of half the size: as an HD PGS or DVB
    // track over a smaller encode, the pictures keep the canvas their segments say (720×576).
    m_dvbOverSmallVideo = m_dir.filePath(QStringLiteral("dvb.mkv"));
    copied = runFfmpeg(
        words("-palette ff0000,ffff00,000000,000000,000000,000000,000000,000000,000000,000000,"
              "000000,000000,000000,000000,000000,000000 -i") +
            QStringList{withSubs} +
            words("-map 0:v -map 0:s -c:v libx264 -preset ultrafast -s:v 360x288 -c:s dvbsub "
                  "-s:s 720x576"),
        m_dvbOverSmallVideo);
    if (copied.exitCode != 0) {
        qWarning("ffmpeg: %s", qPrintable(copied.err));
        return false;
    }
    // Every display definition segment made a stuffing segment, which decoders skip.
    QByteArray dvb = readFile(m_dvbOverSmallVideo);
    const QByteArray definition = QByteArray::fromHex("0f1400010005"
                                                      "0002cf023f");
    const qsizetype segments = dvb.count(definition);
    if (segments != 4) {
        qWarning("%lld display definition segments, not 4", qint64(segments));
        return false;
    }
    dvb.replace(definition, QByteArray::fromHex("0fff00010005"
                                                "0002cf023f"));
    m_dvbWithoutSize = m_dir.filePath(QStringLiteral("dvb-nosize.mkv"));
    QFile d(m_dvbWithoutSize);
    if (!d.open(QIODevice::WriteOnly) || d.write(dvb) != dvb.size())
        return false;
    d.close();
    m_vobsubNoPalette = m_dir.filePath(QStringLiteral("vobsub-nopalette.mkv"));
    copied =
        runFfmpeg(QStringList{QStringLiteral("-i"), withSubs} + words("-map 0:v -map 0:s -c copy"),
                  m_vobsubNoPalette);
    if (copied.exitCode != 0) {
        qWarning("ffmpeg: %s", qPrintable(copied.err));
        return false;
    }
    return true;
}

std::unique_ptr<EmbeddedSubtitles> TestSubtitleFormats::openTrack(const QString &path,
                                                                  qint64 seekMs)
{
    m_drawer = std::make_unique<SubtitleDrawer>();
    auto subs = std::make_unique<EmbeddedSubtitles>(std::make_unique<GatedReader>(readFile(path)),
                                                    m_drawer.get());
    QSignalSpy opened(subs.get(), &EmbeddedSubtitles::opened);
    subs->start();
    if (!opened.wait(20000) || subs->tracks().isEmpty())
        return nullptr;
    subs->choose(subs->tracks().first().stream);
    subs->seek(seekMs);
    return subs;
}

void TestSubtitleFormats::listsTextTracks_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("codec");
    QTest::newRow("WebVTT in WebM") << QStringLiteral("lines.webm") << QStringLiteral("webvtt");
    QTest::newRow("mov_text in MP4") << QStringLiteral("lines.mp4") << QStringLiteral("mov_text");
}

void TestSubtitleFormats::listsTextTracks()
{
    QFETCH(QString, file);
    QFETCH(QString, codec);
    SubtitleDrawer drawer;
    EmbeddedSubtitles subs(std::make_unique<GatedReader>(readFile(m_dir.filePath(file))), &drawer);
    QSignalSpy opened(&subs, &EmbeddedSubtitles::opened);
    subs.start();
    QVERIFY(opened.wait(20000));
    QCOMPARE(subs.tracks().size(), 1);
    const EmbeddedTrack &t = subs.tracks().first();
    QCOMPARE(t.codec, codec);
    QCOMPARE(t.language, QStringLiteral("eng"));
    QCOMPARE(t.number, 0);
    QVERIFY(!t.bitmap);
    QVERIFY2(t.problem.isEmpty(), qPrintable(t.problem));
}

void TestSubtitleFormats::drawsTextLinesAtTheirTimes()
{
    QFETCH(QString, file);
    auto subs = openTrack(m_dir.filePath(file), 0);
    QVERIFY(subs);
    QSignalSpy failed(subs.get(), &EmbeddedSubtitles::trackFailed);
    QVERIFY(QTest::qWaitFor([&] { return m_drawer->eventCount() >= 4; }, scaledMs(20000)));

    const SubtitlePicture line = grabSubtitles(*m_drawer, 2000);
    QVERIFY(!line.isEmpty());
    QVERIFY2(line.y >= line.canvasHeight / 2, qPrintable(QString::number(line.y))); // at the bottom
    // "A line, with commas, drawn whole": wider than a third of the picture.
    QVERIFY2(line.width > line.canvasWidth / 3, qPrintable(QString::number(line.width)));
    QVERIFY(grabSubtitles(*m_drawer, 4500).isEmpty()); // between lines
    const SubtitlePicture second = grabSubtitles(*m_drawer, 7000);
    QVERIFY(!second.isEmpty());
    QVERIFY(second.width < line.width); // another, shorter line
    QVERIFY(grabSubtitles(*m_drawer, 20000).isEmpty());
    QVERIFY(!grabSubtitles(*m_drawer, 37000).isEmpty());
    QVERIFY(grabSubtitles(*m_drawer, 39000).isEmpty());
    QCOMPARE(failed.size(), 0);
}

void TestSubtitleFormats::seeksByTheFilesIndex()
{
    // WebM finds 31 s by its Cues, MP4 by its sample tables; both land on the key frame there
    // and take the line that began at 30 s from a little before it.
    QFETCH(QString, file);
    const QString path = m_dir.filePath(file);
    SubtitleDemuxer demuxer(std::make_unique<GatedReader>(readFile(path)));
    QVERIFY2(demuxer.open(), qPrintable(demuxer.error()));
    QVERIFY2(demuxer.select(demuxer.tracks().first().stream), qPrintable(demuxer.error()));
    QVERIFY2(demuxer.seek(31000), qPrintable(demuxer.error()));
    QVector<SubtitleEvent> events;
    QVERIFY(readToEnd(demuxer, &events));
    // From near 31 s, not from the start of the file: the early lines are not read.
    QCOMPARE(startsOf(events), (QList<qint64>{30000, 36000}));
    QCOMPARE(events.first().durationMs, 3000);
    // Back to the start: every line.
    QVERIFY2(demuxer.seek(0), qPrintable(demuxer.error()));
    events.clear();
    QVERIFY(readToEnd(demuxer, &events));
    QCOMPARE(startsOf(events), (QList<qint64>{1000, 6000, 30000, 36000}));

    // Drawn: the line that spans the seek shows at once.
    auto subs = openTrack(path, 31000);
    QVERIFY(subs);
    QVERIFY(QTest::qWaitFor([&] { return m_drawer->eventCount() >= 2; }, scaledMs(20000)));
    QVERIFY(!grabSubtitles(*m_drawer, 31000).isEmpty());
    QVERIFY(grabSubtitles(*m_drawer, 34000).isEmpty());
}

void TestSubtitleFormats::listsTheBitmapTrack()
{
    SubtitleDrawer drawer;
    EmbeddedSubtitles subs(std::make_unique<GatedReader>(readFile(m_vobsub)), &drawer);
    QSignalSpy opened(&subs, &EmbeddedSubtitles::opened);
    subs.start();
    QVERIFY(opened.wait(20000));
    QCOMPARE(subs.tracks().size(), 1);
    const EmbeddedTrack &t = subs.tracks().first();
    QCOMPARE(t.codec, QStringLiteral("dvd_subtitle"));
    QCOMPARE(t.language, QStringLiteral("ger"));
    QVERIFY(t.bitmap);
    QVERIFY2(t.problem.isEmpty(), qPrintable(t.problem));
}

void TestSubtitleFormats::drawsBitmapsInTheirColoursAndPlace()
{
    auto subs = openTrack(m_vobsub, 0);
    QVERIFY(subs);
    QVERIFY(QTest::qWaitFor([&] { return m_drawer->eventCount() >= 2; }, scaledMs(20000)));

    const SubtitlePicture p = grabSubtitles(*m_drawer, 2000);
    QVERIFY(!p.isEmpty());
    QCOMPARE(p.canvasWidth, 720); // the video's size, as the track's head says
    QCOMPARE(p.canvasHeight, 576);
    QCOMPARE(pixelAt(p, kFrameLeft + 4, kFrameTop + 4), kRed);
    QCOMPARE(pixelAt(p, kBarLeft + kBarWidth / 2, kBarTop + kBarHeight / 2), kYellow);
    QCOMPARE(pixelAt(p, kFrameLeft - 10, kFrameTop + 10) >> 24, 0u);
    const BitmapCounts c = countBitmap(p);
    QCOMPARE(c.opaqueOutside, 0);
    QCOMPARE(c.yellow, kBarWidth * kBarHeight);
    QCOMPARE(c.red, kFrameWidth * kFrameHeight - kBarWidth * kBarHeight);

    QVERIFY(grabSubtitles(*m_drawer, 3500).isEmpty()); // after its end
    QVERIFY(grabSubtitles(*m_drawer, 5000).isEmpty());
    QCOMPARE(countBitmap(grabSubtitles(*m_drawer, 7000)).yellow, kBarWidth * kBarHeight);
    QVERIFY(grabSubtitles(*m_drawer, 8000).isEmpty());
}

void TestSubtitleFormats::drawsABitmapTrackWithoutItsPalette()
{
    // No palette and no canvas in the track: libavcodec guesses shades, the video's size is the
    // canvas, and the times come from the pictures' own display commands.
    auto subs = openTrack(m_vobsubNoPalette, 0);
    QVERIFY(subs);
    QVERIFY(QTest::qWaitFor([&] { return m_drawer->eventCount() >= 2; }, scaledMs(20000)));
    const SubtitlePicture p = grabSubtitles(*m_drawer, 2000);
    QVERIFY(!p.isEmpty());
    QCOMPARE(p.canvasWidth, 720);
    QCOMPARE(p.canvasHeight, 576);
    const BitmapCounts c = countBitmap(p);
    QCOMPARE(c.opaqueInFrame, kFrameWidth * kFrameHeight);
    QCOMPARE(c.opaqueOutside, 0);
    QVERIFY(pixelAt(p, kFrameLeft + 4, kFrameTop + 4) !=
            pixelAt(p, kBarLeft + kBarWidth / 2, kBarTop + kBarHeight / 2));
    QVERIFY(grabSubtitles(*m_drawer, 3500).isEmpty());
    QVERIFY(!grabSubtitles(*m_drawer, 7000).isEmpty());
    QVERIFY(grabSubtitles(*m_drawer, 8000).isEmpty());
}

void TestSubtitleFormats::drawsABitmapTrackOnItsOwnCanvas_data()
{
    QTest::addColumn<bool>("sized");
    QTest::newRow("display definition") << true;
    QTest::newRow("none: the standard canvas") << false;
}

void TestSubtitleFormats::drawsABitmapTrackOnItsOwnCanvas()
{
    // The decoder learns the canvas from the first picture's segments, after the track was
    // chosen: the pictures are placed on it, not cut to the video's 360×288.
    QFETCH(bool, sized);
    auto subs = openTrack(sized ? m_dvbOverSmallVideo : m_dvbWithoutSize, 0);
    QVERIFY(subs);
    QCOMPARE(subs->tracks().first().codec, QStringLiteral("dvb_subtitle"));
    QVERIFY(QTest::qWaitFor([&] { return m_drawer->eventCount() >= 2; }, scaledMs(20000)));
    const SubtitlePicture p = grabSubtitles(*m_drawer, 2000);
    QVERIFY(!p.isEmpty());
    QCOMPARE(p.canvasWidth, 720);
    QCOMPARE(p.canvasHeight, 576);
    // DVB's colour tables are YCbCr: the colours come back close, not exact.
    const quint32 frame = pixelAt(p, kFrameLeft + 4, kFrameTop + 4);
    const quint32 bar = pixelAt(p, kBarLeft + kBarWidth / 2, kBarTop + kBarHeight / 2);
    QVERIFY2(qRed(frame) > 200 && qGreen(frame) < 60 && qBlue(frame) < 60 && qAlpha(frame) > 200,
             qPrintable(QString::number(frame, 16)));
    QVERIFY2(qRed(bar) > 200 && qGreen(bar) > 200 && qBlue(bar) < 60 && qAlpha(bar) > 200,
             qPrintable(QString::number(bar, 16)));
    const BitmapCounts c = countBitmap(p);
    QCOMPARE(c.opaqueInFrame, kFrameWidth * kFrameHeight);
    QCOMPARE(c.opaqueOutside, 0);
    QVERIFY(grabSubtitles(*m_drawer, 3500).isEmpty());
    QVERIFY(!grabSubtitles(*m_drawer, 7000).isEmpty());
    QVERIFY(grabSubtitles(*m_drawer, 8000).isEmpty());
}

void TestSubtitleFormats::letsGoOfPicturesPlaybackLeftBehind()
{
    // A film's worth of decoded pictures would take hundreds of megabytes: only those near the
    // picture asked for are kept.
    SubtitleDrawer drawer;
    const int generation = drawer.setBitmapTrack(720, 576);
    SubtitlePicture bar;
    bar.x = kBarLeft;
    bar.y = kBarTop;
    bar.width = kBarWidth;
    bar.height = kBarHeight;
    bar.argb.fill(char(0xff), qsizetype(kBarWidth) * kBarHeight * 4);
    QVector<SubtitleEvent> events;
    for (const qint64 start : {0, 10'000, 100'000, 200'000}) {
        SubtitleEvent e;
        e.startMs = start;
        e.durationMs = 2000;
        e.bitmap = true;
        e.pictures = {bar};
        events << e;
    }
    drawer.addEvents(generation, events);
    QCOMPARE(drawer.eventCount(), 4);
    QVERIFY(!grabSubtitles(drawer, 1000).isEmpty());
    QCOMPARE(drawer.eventCount(), 4); // nothing began a minute before
    QVERIFY(!grabSubtitles(drawer, 200'500).isEmpty());
    QCOMPARE(drawer.eventCount(), 2); // the one at 100 s may still show; 0 s and 10 s went
}

QTEST_GUILESS_MAIN(TestSubtitleFormats)
#include "tst_subtitleformats.moc"
