// Subtitles inside a media file, read by Swarmplay's own demuxer and drawn with libass: the
// tracks and fonts it lists, the lines it draws at their times, the attached font it uses, and
// that it waits for bytes that are not there yet instead of reading past them.

#include <QCoreApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "gatedreader.h"
#include "subtitle/cueevents.h"
#include "subtitle/embeddedsubtitles.h"
#include "subtitle/subtitledrawer.h"
#include "subtitle/subtitleparser.h"
#include "subtitlegrab.h"
#include "testfont.h"
#include "testutil.h"

using namespace swarmplay;
using namespace swarmplay::test;

namespace {

const char *kAss = R"([Script Info]
ScriptType: v4.00+
PlayResX: 320
PlayResY: 240

[V4+ Styles]
Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding
Style: Sign,Swarmplay Test Face,28,&H000000FF,&H000000FF,&H00000000,&H00000000,0,0,0,0,100,100,0,10,1,2,0,8,10,10,10,1
Style: Default,DejaVu Sans,18,&H00FFFFFF,&H00FFFFFF,&H00000000,&H00000000,0,0,0,0,100,100,0,0,1,1,0,2,10,10,10,1

[Events]
Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
Dialogue: 0,0:00:01.00,0:00:03.00,Sign,,0,0,0,,SIGN AT THE TOP
Dialogue: 0,0:00:01.00,0:00:04.00,Default,,0,0,0,,Hello, world, with commas
Dialogue: 0,0:00:12.50,0:00:14.80,Default,,0,0,0,,Spanning the seek to 14 s
Dialogue: 0,0:00:16.00,0:00:18.00,Default,,0,0,0,,Late line, after the gate
)";

const char *kSrt = "1\n00:00:01,000 --> 00:00:03,000\nPlain line, with a comma\n\n"
                   "2\n00:00:16,000 --> 00:00:18,000\nThe last plain line\n";

struct Counts
{
    int opaque = 0;
    int red = 0;
    int topHalf = 0; // opaque pixels above the middle of the canvas
};

Counts count(const SubtitlePicture &p)
{
    Counts c;
    const auto *px = reinterpret_cast<const quint32 *>(p.argb.constData());
    for (int y = 0; y < p.height; ++y) {
        for (int x = 0; x < p.width; ++x) {
            const quint32 v = px[y * p.width + x];
            const int a = int(v >> 24), r = int((v >> 16) & 0xff), g = int((v >> 8) & 0xff);
            if (a < 200)
                continue;
            ++c.opaque;
            if (r > 180 && g < 80)
                ++c.red;
            if (p.y + y < p.canvasHeight / 2)
                ++c.topHalf;
        }
    }
    return c;
}

} // namespace

class TestEmbeddedSubtitles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsTracksAndFonts();
    void drawsStyledLinesAtTheirTimes();
    void usesTheAttachedFont();
    void drawsTextTracks();
    void drawsAFileAsTheSameTextInside();
    void showsALineThatBeganBeforeTheSeek();
    void waitsForBytesThatHaveNotArrived();
    void readsNoFurtherThanTheViewers();
    void reportsAFileItCannotRead();

private:
    // A demuxer over the file that has read its head; nullptr when it could not.
    std::unique_ptr<EmbeddedSubtitles> open(const QString &path, GatedReader **reader = nullptr);
    // Draws track number `track` from seekMs (-1: from where the demuxer is).
    static void show(EmbeddedSubtitles &subs, int track, qint64 seekMs);
    SubtitlePicture pictureAt(qint64 ms);

    std::unique_ptr<SubtitleDrawer> m_drawer;

    QTemporaryDir m_dir;
    QString m_withFont;
    QString m_withoutFont;
};

void TestEmbeddedSubtitles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A font whose family is not installed: only the attachment can give it to libass.
    const QString font = m_dir.filePath(QStringLiteral("testface.ttf"));
    const QString fontError = makeTestFont(font);
    QVERIFY2(fontError.isEmpty(), qPrintable(fontError));

    const QString ass = m_dir.filePath(QStringLiteral("styled.ass"));
    const QString srt = m_dir.filePath(QStringLiteral("plain.srt"));
    QFile a(ass), s(srt);
    QVERIFY(a.open(QIODevice::WriteOnly) && a.write(kAss) > 0);
    QVERIFY(s.open(QIODevice::WriteOnly) && s.write(kSrt) > 0);
    a.close();
    s.close();

    // 20 s of video at 320×240, a key frame every second: the late line lies well past the head.
    const QStringList common = {
        QStringLiteral("-f"),
        QStringLiteral("lavfi"),
        QStringLiteral("-i"),
        QStringLiteral("testsrc=size=320x240:rate=10:duration=20"),
        QStringLiteral("-i"),
        ass,
        QStringLiteral("-i"),
        srt,
        QStringLiteral("-map"),
        QStringLiteral("0:v"),
        QStringLiteral("-map"),
        QStringLiteral("1"),
        QStringLiteral("-map"),
        QStringLiteral("2"),
        QStringLiteral("-c:v"),
        QStringLiteral("libx264"),
        QStringLiteral("-preset"),
        QStringLiteral("ultrafast"),
        QStringLiteral("-g"),
        QStringLiteral("10"),
        QStringLiteral("-c:s:0"),
        QStringLiteral("ass"),
        QStringLiteral("-c:s:1"),
        QStringLiteral("srt"),
        QStringLiteral("-metadata:s:s:0"),
        QStringLiteral("language=eng"),
        QStringLiteral("-metadata:s:s:0"),
        QStringLiteral("title=Signs & Songs"),
        QStringLiteral("-metadata:s:s:1"),
        QStringLiteral("language=spa"),
        QStringLiteral("-disposition:s:0"),
        QStringLiteral("default"),
        QStringLiteral("-disposition:s:1"),
        QStringLiteral("forced"),
    };
    m_withFont = m_dir.filePath(QStringLiteral("with-font.mkv"));
    m_withoutFont = m_dir.filePath(QStringLiteral("without-font.mkv"));
    ProcessResult made = runFfmpeg(common + QStringList{QStringLiteral("-attach"), font,
                                                        QStringLiteral("-metadata:s:t"),
                                                        QStringLiteral("mimetype=font/ttf")},
                                   m_withFont);
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    made = runFfmpeg(common, m_withoutFont);
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
}

std::unique_ptr<EmbeddedSubtitles> TestEmbeddedSubtitles::open(const QString &path,
                                                               GatedReader **reader)
{
    auto gated = std::make_unique<GatedReader>(readFile(path));
    if (reader)
        *reader = gated.get();
    m_drawer = std::make_unique<SubtitleDrawer>(); // a new one: fonts of the last file go
    auto subs = std::make_unique<EmbeddedSubtitles>(std::move(gated), m_drawer.get());
    QSignalSpy opened(subs.get(), &EmbeddedSubtitles::opened);
    subs->start();
    return opened.wait(20000) ? std::move(subs) : nullptr;
}

void TestEmbeddedSubtitles::show(EmbeddedSubtitles &subs, int track, qint64 seekMs)
{
    subs.choose(subs.tracks()[track].stream);
    if (seekMs >= 0)
        subs.seek(seekMs);
}

SubtitlePicture TestEmbeddedSubtitles::pictureAt(qint64 ms)
{
    return grabSubtitles(*m_drawer, ms);
}

void TestEmbeddedSubtitles::listsTracksAndFonts()
{
    auto subs = open(m_withFont);
    QVERIFY(subs);
    const QVector<EmbeddedTrack> tracks = subs->tracks();
    QCOMPARE(tracks.size(), 2);
    QCOMPARE(tracks[0].codec, QStringLiteral("ass"));
    QCOMPARE(tracks[0].language, QStringLiteral("eng"));
    QCOMPARE(tracks[0].title, QStringLiteral("Signs & Songs"));
    QVERIFY(tracks[0].isDefault);
    QCOMPARE(tracks[0].number, 0);
    QCOMPARE(tracks[1].codec, QStringLiteral("subrip"));
    QCOMPARE(tracks[1].language, QStringLiteral("spa"));
    QVERIFY(tracks[1].forced);
    QCOMPARE(tracks[1].number, 1);
    QVERIFY(!tracks[0].bitmap && tracks[0].problem.isEmpty());
}

void TestEmbeddedSubtitles::drawsStyledLinesAtTheirTimes()
{
    auto subs = open(m_withFont);
    QVERIFY(subs);
    show(*subs, 0, 0);
    QVERIFY(QTest::qWaitFor([&] { return m_drawer->eventCount() >= 4; }, scaledMs(20000)));

    const Counts both = count(pictureAt(2000));
    QVERIFY2(both.red > 200, qPrintable(QString::number(both.red)));         // the red sign
    QVERIFY2(both.topHalf > 200, qPrintable(QString::number(both.topHalf))); // at the top
    QVERIFY(both.opaque - both.red > 500);                                   // and the white line
    const Counts bottomOnly = count(pictureAt(3500));
    QCOMPARE(bottomOnly.red, 0);
    QCOMPARE(bottomOnly.topHalf, 0);
    QVERIFY(bottomOnly.opaque > 500);
    QVERIFY(pictureAt(5000).isEmpty()); // no line is due
    QVERIFY(!pictureAt(17000).isEmpty());
}

void TestEmbeddedSubtitles::usesTheAttachedFont()
{
    // The same sign drawn with its attached face and, where the file has none, the fallback.
    QVector<SubtitlePicture> signs;
    for (const QString &path : {m_withFont, m_withoutFont}) {
        auto subs = open(path);
        QVERIFY(subs);
        show(*subs, 0, 0);
        QVERIFY(QTest::qWaitFor([&] { return m_drawer->eventCount() >= 3; }, scaledMs(20000)));
        signs << pictureAt(2500);
        QVERIFY(!signs.last().isEmpty());
    }
    QVERIFY2(signs[0].width != signs[1].width || signs[0].argb != signs[1].argb,
             "the attached font made no difference");
    // DejaVu Serif Bold is wider than the fallback sans at one size.
    QVERIFY2(
        count(signs[0]).red > count(signs[1]).red,
        qPrintable(QStringLiteral("%1 vs %2").arg(count(signs[0]).red).arg(count(signs[1]).red)));
}

void TestEmbeddedSubtitles::drawsTextTracks()
{
    auto subs = open(m_withFont);
    QVERIFY(subs);
    show(*subs, 1, 0);
    QVERIFY(QTest::qWaitFor([&] { return m_drawer->eventCount() >= 2; }, scaledMs(20000)));
    const SubtitlePicture line = pictureAt(2000);
    QVERIFY(!line.isEmpty());
    QCOMPARE(count(line).topHalf, 0); // SubRip lines sit at the bottom
    // "Plain line, with a comma" drawn whole: wider than a third of the picture (Qt 6.4.2 lost
    // everything before the first comma).
    QVERIFY2(line.width > line.canvasWidth / 3, qPrintable(QString::number(line.width)));
    QVERIFY(pictureAt(8000).isEmpty());
}

void TestEmbeddedSubtitles::drawsAFileAsTheSameTextInside()
{
    auto subs = open(m_withFont);
    QVERIFY(subs);
    show(*subs, 1, 0);
    QVERIFY(QTest::qWaitFor([&] { return m_drawer->eventCount() >= 2; }, scaledMs(20000)));
    const SubtitlePicture inside = pictureAt(2000);
    QVERIFY(!inside.isEmpty());

    SubtitleTrack track;
    QString error;
    QVERIFY2(SubtitleParser::parse(kSrt, QStringLiteral("plain.srt"), &track, &error),
             qPrintable(error));
    const int generation = m_drawer->setTextTrack(320, 240);
    m_drawer->addEvents(generation, CueEvents::fromTrack(track));
    QCOMPARE(m_drawer->eventCount(), 2);
    const SubtitlePicture beside = pictureAt(2000);
    QCOMPARE(beside.x, inside.x);
    QCOMPARE(beside.y, inside.y);
    QCOMPARE(beside.width, inside.width);
    QVERIFY(beside.argb == inside.argb);

    // Bigger at the viewer's wish.
    m_drawer->setScale(1.5);
    const SubtitlePicture bigger = pictureAt(2000);
    QVERIFY2(bigger.width > inside.width * 1.3,
             qPrintable(QStringLiteral("%1 vs %2").arg(bigger.width).arg(inside.width)));
    QVERIFY(pictureAt(8000).isEmpty());
}

void TestEmbeddedSubtitles::showsALineThatBeganBeforeTheSeek()
{
    // Key frames every second: the seek to 14 s lands on the one at 14 s, after the line began.
    auto subs = open(m_withFont);
    QVERIFY(subs);
    show(*subs, 0, 14000);
    QVERIFY(QTest::qWaitFor([&] { return m_drawer->eventCount() >= 2; }, scaledMs(20000)));
    const SubtitlePicture line = pictureAt(14000);
    QVERIFY(!line.isEmpty());
    QVERIFY(count(line).opaque > 500);
    QVERIFY(pictureAt(15500).isEmpty());
}

void TestEmbeddedSubtitles::waitsForBytesThatHaveNotArrived()
{
    GatedReader *reader = nullptr;
    auto subs = open(m_withFont, &reader);
    QVERIFY(subs);
    const qint64 size = reader->size();
    // The font attachment (0.36 MB) and about ten of the twenty seconds have arrived; the head
    // (up to the first cluster, after the font) is read already.
    const qint64 gate = size * 3 / 4;
    reader->setGate(gate);
    // No seek: finding the start by the Cues would wait for the end of the file, where ffmpeg
    // writes them.
    show(*subs, 0, -1);
    QVERIFY(QTest::qWaitFor([&] { return m_drawer->eventCount() >= 2; }, scaledMs(20000)));
    QTest::qWait(1000);
    QCOMPARE(m_drawer->eventCount(), 2);     // the late line is past the gate
    QVERIFY(reader->furthestRead() <= gate); // nothing was read past it
    QVERIFY(pictureAt(17000).isEmpty());

    reader->setGate(size);
    QVERIFY(QTest::qWaitFor([&] { return m_drawer->eventCount() >= 4; }, scaledMs(20000)));
    QVERIFY(!pictureAt(17000).isEmpty());
}

void TestEmbeddedSubtitles::readsNoFurtherThanTheViewers()
{
    // The whole file has arrived, but the viewers have read only three quarters of it.
    GatedReader *reader = nullptr;
    auto subs = open(m_withFont, &reader);
    QVERIFY(subs);
    const qint64 limit = reader->size() * 3 / 4;
    reader->setReadLimit(limit);
    show(*subs, 0, -1);
    QVERIFY(QTest::qWaitFor([&] { return m_drawer->eventCount() >= 2; }, scaledMs(20000)));
    QTest::qWait(1000);
    QCOMPARE(m_drawer->eventCount(), 2);      // the late line lies past the limit
    QVERIFY(reader->furthestRead() <= limit); // and nothing was read past it
    QVERIFY(pictureAt(17000).isEmpty());

    // The viewers read on: so does the track.
    reader->setReadLimit(reader->size());
    QVERIFY(QTest::qWaitFor([&] { return m_drawer->eventCount() >= 4; }, scaledMs(20000)));
    QVERIFY(!pictureAt(17000).isEmpty());
}

void TestEmbeddedSubtitles::reportsAFileItCannotRead()
{
    SubtitleDrawer drawer;
    auto subs = std::make_unique<EmbeddedSubtitles>(
        std::make_unique<GatedReader>(QByteArray(256 * 1024, '\x5a')), &drawer);
    QSignalSpy failed(subs.get(), &EmbeddedSubtitles::openFailed);
    subs->start();
    QVERIFY(failed.wait(20000));
    QVERIFY(!failed.first().first().toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestEmbeddedSubtitles)
#include "tst_embeddedsubtitles.moc"
