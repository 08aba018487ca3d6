// Swarmplay's subtitle pictures against ffmpeg's own: a styled ASS track with an attached font,
// drawn by SubtitleDrawer and laid over the video frame ffmpeg decodes, matches the frame that
// ffmpeg draws with libass, pixel by pixel within a small tolerance.
//
// The reference is ffmpeg's `ass` filter over the track and font taken out of the file. Its
// `subtitles` filter, which reads them from the file itself, draws with libass's simple shaper
// (it has no `shaping` option and leaves it at 0), without the kerning that libass's default
// HarfBuzz shaper — Swarmplay's, mpv's — applies: glyphs land up to a pixel apart. That
// difference is measured and logged, not asserted.

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "gatedreader.h"
#include "subtitle/embeddedsubtitles.h"
#include "subtitle/subtitledrawer.h"
#include "testfont.h"
#include "testutil.h"

using namespace swarmplay;
using namespace swarmplay::test;

namespace {

constexpr int kWidth = 640;
constexpr int kHeight = 360;

// Two styles: a red sign in the attached face, outlined and turned, at the top; a plain line
// with commas at the bottom; and a positioned, rotated line of its own.
const char *kAss = R"([Script Info]
ScriptType: v4.00+
PlayResX: 640
PlayResY: 360
ScaledBorderAndShadow: yes

[V4+ Styles]
Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding
Style: Sign,Swarmplay Test Face,40,&H000000FF,&H000000FF,&H00FFFFFF,&H00000000,0,0,0,0,100,100,0,8,1,3,0,8,20,20,20,1
Style: Default,DejaVu Sans,30,&H00FFFFFF,&H00FFFFFF,&H00000000,&H80000000,0,0,0,0,100,100,0,0,1,2,2,2,20,20,20,1

[Events]
Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
Dialogue: 0,0:00:01.00,0:00:04.00,Sign,,0,0,0,,SIGN AT THE TOP
Dialogue: 0,0:00:01.00,0:00:04.00,Default,,0,0,0,,Hello, world, with commas
Dialogue: 1,0:00:06.00,0:00:08.00,Default,,0,0,0,,{\pos(200,180)\frz-20\c&H00FFFF&}Turned, yellow
)";

struct Difference
{
    int max = 0;     // the largest difference of one channel
    double mean = 0; // over every channel of every pixel
    int over = 0;    // channels that differ by more than the tolerance
    int changed = 0; // pixels where the two frames differ at all
};

Difference compare(const QByteArray &a, const QByteArray &b, int tolerance)
{
    Difference d;
    qint64 sum = 0;
    for (qsizetype i = 0; i < a.size(); i += 3) {
        bool differs = false;
        for (int c = 0; c < 3; ++c) {
            const int delta = std::abs(int(quint8(a[i + c])) - int(quint8(b[i + c])));
            d.max = std::max(d.max, delta);
            sum += delta;
            d.over += delta > tolerance;
            differs = differs || delta > 0;
        }
        d.changed += differs;
    }
    d.mean = double(sum) / double(a.size());
    return d;
}

// The subtitle picture laid over an RGB24 frame of its canvas's size ("over", premultiplied).
QByteArray composite(QByteArray frame, const SubtitlePicture &p)
{
    const auto *argb = reinterpret_cast<const quint32 *>(p.argb.constData());
    for (int y = 0; y < p.height; ++y) {
        for (int x = 0; x < p.width; ++x) {
            const int fx = p.x + x, fy = p.y + y;
            if (fx < 0 || fy < 0 || fx >= kWidth || fy >= kHeight)
                continue;
            const quint32 s = argb[y * p.width + x];
            const int a = int(s >> 24);
            auto *d = reinterpret_cast<quint8 *>(frame.data()) + (qsizetype(fy) * kWidth + fx) * 3;
            const int src[3] = {int((s >> 16) & 0xff), int((s >> 8) & 0xff), int(s & 0xff)};
            for (int c = 0; c < 3; ++c)
                d[c] = quint8(std::min(255, src[c] + (d[c] * (255 - a) + 127) / 255));
        }
    }
    return frame;
}

QString diffText(const Difference &d)
{
    return QStringLiteral("max %1, mean %2, %3 channels over, %4 pixels differ")
        .arg(d.max)
        .arg(d.mean, 0, 'f', 4)
        .arg(d.over)
        .arg(d.changed);
}

} // namespace

class TestSubtitlesVsFfmpeg : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesFfmpegsLibassPicture_data();
    void matchesFfmpegsLibassPicture();

private:
    enum class Drawn
    {
        Nothing,
        AssFilter,       // the track taken out of the file, its fonts from a folder
        SubtitlesFilter, // the track and fonts read from the file
    };
    // The frame at ms as ffmpeg decodes it, RGB24, with subtitles drawn by one of its filters.
    QByteArray ffmpegFrame(qint64 ms, Drawn drawn);

    QTemporaryDir m_dir;
    QString m_media;
    QString m_track; // the file's ASS track, as ffmpeg takes it out
    QString m_fonts; // a folder with the attached font alone
};

void TestSubtitlesVsFfmpeg::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A font whose family is not installed: both must take it from the attachment.
    m_fonts = m_dir.filePath(QStringLiteral("fonts"));
    QVERIFY(QDir().mkpath(m_fonts));
    const QString font = m_fonts + QStringLiteral("/testface.ttf");
    const QString fontError = makeTestFont(font);
    QVERIFY2(fontError.isEmpty(), qPrintable(fontError));
    const QString ass = m_dir.filePath(QStringLiteral("styled.ass"));
    QFile a(ass);
    QVERIFY(a.open(QIODevice::WriteOnly) && a.write(kAss) > 0);
    a.close();
    m_media = m_dir.filePath(QStringLiteral("styled.mkv"));
    const ProcessResult made = runFfmpeg(
        QString::fromLatin1("-f lavfi -i testsrc=size=640x360:rate=10:duration=10 -i")
                .split(QLatin1Char(' ')) +
            QStringList{ass} +
            QString::fromLatin1("-map 0:v -map 1 -c:v libx264 -preset ultrafast -qp 0 -g 10 "
                                "-c:s ass -attach")
                .split(QLatin1Char(' ')) +
            QStringList{font, QStringLiteral("-metadata:s:t"), QStringLiteral("mimetype=font/ttf")},
        m_media);
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    m_track = m_dir.filePath(QStringLiteral("track.ass"));
    const ProcessResult taken =
        runFfmpeg({QStringLiteral("-i"), m_media, QStringLiteral("-map"), QStringLiteral("0:s:0"),
                   QStringLiteral("-c"), QStringLiteral("copy")},
                  m_track);
    QVERIFY2(taken.exitCode == 0, qPrintable(taken.err));
}

QByteArray TestSubtitlesVsFfmpeg::ffmpegFrame(qint64 ms, Drawn drawn)
{
    // Seeking after the input keeps the frames' own times, which the filters draw at; RGB
    // before the filter, so that it blends in RGB as Swarmplay's overlay does.
    QString filter = QStringLiteral("format=rgb24");
    if (drawn == Drawn::AssFilter)
        filter += QStringLiteral(",ass=f=%1:fontsdir=%2").arg(m_track, m_fonts);
    else if (drawn == Drawn::SubtitlesFilter)
        filter += QStringLiteral(",subtitles=f=%1:si=0").arg(m_media);
    const QString out = m_dir.filePath(QStringLiteral("frame.rgb"));
    const ProcessResult made =
        runFfmpeg({QStringLiteral("-i"), m_media, QStringLiteral("-ss"),
                   QString::number(double(ms) / 1000.0, 'f', 3), QStringLiteral("-vf"), filter,
                   QStringLiteral("-frames:v"), QStringLiteral("1"), QStringLiteral("-f"),
                   QStringLiteral("rawvideo"), QStringLiteral("-pix_fmt"), QStringLiteral("rgb24")},
                  out);
    if (made.exitCode != 0)
        qWarning("ffmpeg: %s", qPrintable(made.err));
    const QByteArray frame = readFile(out);
    return frame.size() == kWidth * kHeight * 3 ? frame : QByteArray();
}

void TestSubtitlesVsFfmpeg::matchesFfmpegsLibassPicture_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<bool>("drawn");
    QTest::newRow("sign and line with commas") << qint64(2000) << true;
    QTest::newRow("no line due") << qint64(5000) << false;
    QTest::newRow("positioned and turned") << qint64(7000) << true;
}

void TestSubtitlesVsFfmpeg::matchesFfmpegsLibassPicture()
{
    QFETCH(qint64, ms);
    QFETCH(bool, drawn);
    SubtitleDrawer drawer;
    EmbeddedSubtitles subs(std::make_unique<GatedReader>(readFile(m_media)), &drawer);
    QSignalSpy opened(&subs, &EmbeddedSubtitles::opened);
    subs.start();
    QVERIFY(opened.wait(20000));
    subs.choose(subs.tracks().first().stream);
    subs.seek(0);
    QVERIFY(QTest::qWaitFor([&] { return drawer.eventCount() >= 3; }, scaledMs(20000)));

    // At the video's own size, as ffmpeg draws.
    SubtitlePicture picture;
    bool got = false;
    QObject context; // takes pictures that come late with it
    connect(&drawer, &SubtitleDrawer::pictureReady, &context,
            [&](qint64 at, const SubtitlePicture &p) {
                picture = p;
                got = got || at == ms;
            });
    drawer.requestPicture(ms, kWidth, kHeight);
    QVERIFY(QTest::qWaitFor([&] { return got; }, scaledMs(10000)));
    QCOMPARE(picture.isEmpty(), !drawn);

    const QByteArray bare = ffmpegFrame(ms, Drawn::Nothing);
    const QByteArray theirs = ffmpegFrame(ms, Drawn::AssFilter);
    const QByteArray unkerned = ffmpegFrame(ms, Drawn::SubtitlesFilter);
    QVERIFY(!bare.isEmpty() && !theirs.isEmpty() && !unkerned.isEmpty());
    const QByteArray ours = picture.isEmpty() ? bare : composite(bare, picture);

    // Both blend the same libass masks; rounding leaves at most 2 levels of 255 apart (seen
    // on edges). A glyph a pixel off, an outline missing or another face is tens to hundreds.
    constexpr int kTolerance = 4;
    const Difference d = compare(ours, theirs, kTolerance);
    const Difference subtitles = compare(bare, theirs, kTolerance);
    qInfo("ours vs ffmpeg's ass filter: %s", qPrintable(diffText(d)));
    qInfo("ours vs ffmpeg's subtitles filter: %s",
          qPrintable(diffText(compare(ours, unkerned, kTolerance))));
    qInfo("ffmpeg's subtitles themselves: %s", qPrintable(diffText(subtitles)));
    if (drawn)
        QVERIFY2(subtitles.changed > 2000, qPrintable(diffText(subtitles))); // not a blank test
    QVERIFY2(d.max <= kTolerance, qPrintable(diffText(d)));
}

QTEST_GUILESS_MAIN(TestSubtitlesVsFfmpeg)
#include "tst_subtitlesvsffmpeg.moc"
