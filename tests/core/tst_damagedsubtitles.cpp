// Subtitle tracks whose data is damaged, as files in swarms sometimes are: lines that cannot be
// decoded, a codec nobody knows, a script head of garbage, a file cut short, clusters scrambled.
// A track that cannot be shown is reported with the reason; otherwise what can be drawn is
// drawn and the rest is not. Nothing crashes and no wait is without end.

#include <QElapsedTimer>
#include <QSignalSpy>
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

// Ten slots, one a second from 4 s, to put damage into (each exactly kSlotBytes of text).
constexpr int kSlots = 10;
constexpr int kSlotBytes = 17;

QByteArray slotText(int i)
{
    return QByteArray("GARBAGE_SLOT_") + QByteArray::number(10000 + i).mid(1); // 13 + 4 bytes
}

QByteArray srtText()
{
    QByteArray srt = "1\n00:00:01,000 --> 00:00:03,000\nA good line, before the damage\n\n";
    for (int i = 0; i < kSlots; ++i) {
        srt += QByteArray::number(i + 2) + "\n00:00:" + QByteArray::number(i + 104).mid(1) +
               ",000 --> 00:00:" + QByteArray::number(i + 104).mid(1) + ",500\n" + slotText(i) +
               "\n\n";
    }
    srt += "12\n00:00:16,000 --> 00:00:18,000\nA good line, after the damage\n";
    return srt;
}

const char *kAss = R"([Script Info]
ScriptType: v4.00+
PlayResX: 320
PlayResY: 240

[V4+ Styles]
Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding
Style: Sign,DejaVu Sans,28,&H000000FF,&H000000FF,&H00000000,&H00000000,0,0,0,0,100,100,0,10,1,2,0,8,10,10,10,1
Style: Default,DejaVu Sans,18,&H00FFFFFF,&H00FFFFFF,&H00000000,&H00000000,0,0,0,0,100,100,0,0,1,1,0,2,10,10,10,1

[Events]
Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
Dialogue: 0,0:00:01.00,0:00:03.00,Default,,0,0,0,,Hello, world, with commas
Dialogue: 0,0:00:06.00,0:00:08.00,Sign,,0,0,0,,A SIGN
Dialogue: 0,0:00:16.00,0:00:18.00,Default,,0,0,0,,The last line
)";

// Bytes no text decoder accepts: broken UTF-8 sequences, a NUL, an open override block.
const QByteArray kInvalid = QByteArray::fromHex("fffec328007b5c0180807a7af09f9800ff");

// Pseudo-random bytes, the same every run: a test that fails fails again.
QByteArray noise(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 state = 20240601;
    for (char &b : bytes) {
        state = state * 1664525u + 1013904223u;
        b = char(state >> 24);
    }
    return bytes;
}

// One byte in `stride` from `from` on changed.
QByteArray scrambled(QByteArray data, qsizetype from, int stride)
{
    const QByteArray mask = noise(data.size());
    for (qsizetype i = from; i < data.size(); i += stride)
        data[i] = char(data[i] ^ (mask[i] | 1));
    return data;
}

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '));
}

bool replaceOnce(QByteArray *data, const QByteArray &what, const QByteArray &with)
{
    const qsizetype at = data->indexOf(what);
    if (at < 0 || data->indexOf(what, at + 1) >= 0 || what.size() != with.size())
        return false;
    data->replace(at, what.size(), with);
    return true;
}

// Reads the chosen track until it ends or fails; false when it neither ends nor fails in
// 10 000 steps or 20 s.
bool readUntilItStops(SubtitleDemuxer &demuxer, QVector<SubtitleEvent> *events,
                      SubtitleDemuxer::Step *last)
{
    QElapsedTimer timer;
    timer.start();
    for (int step = 0; step < 10000 && timer.elapsed() < 20000; ++step) {
        *last = demuxer.next(events);
        if (*last != SubtitleDemuxer::Step::Events)
            return *last != SubtitleDemuxer::Step::Interrupted;
    }
    return false;
}

} // namespace

class TestDamagedSubtitles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dropsALineItCannotDecode();
    void reportsATrackThatStaysDamaged();
    void reportsACodecItCannotDecode();
    void drawsAssLinesUnderAHeadOfGarbage();
    void endsWhereATruncatedFileEnds();
    void reportsAFileCutInItsHead_data();
    void reportsAFileCutInItsHead();
    void survivesScrambledClusters_data();
    void survivesScrambledClusters();
    void closesWhileWaitingForBytesThatNeverCome();

private:
    // Opens the media and chooses its first subtitle track from the start.
    std::unique_ptr<EmbeddedSubtitles> openTrack(const QByteArray &media);

    std::unique_ptr<SubtitleDrawer> m_drawer;
    QTemporaryDir m_dir;
    QByteArray m_srtMkv;
    QByteArray m_assMkv;
    QByteArray m_mp4;
};

void TestDamagedSubtitles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString srt = m_dir.filePath(QStringLiteral("slots.srt"));
    const QString ass = m_dir.filePath(QStringLiteral("styled.ass"));
    QFile s(srt), a(ass);
    QVERIFY(s.open(QIODevice::WriteOnly) && s.write(srtText()) > 0);
    QVERIFY(a.open(QIODevice::WriteOnly) && a.write(kAss) > 0);
    s.close();
    a.close();
    const auto make = [&](const QString &input, const char *codec, const QString &name) {
        const QString path = m_dir.filePath(name);
        const ProcessResult made = runFfmpeg(
            words("-f lavfi -i testsrc=size=320x240:rate=10:duration=20 -i") + QStringList{input} +
                words("-map 0:v -map 1 -c:v libx264 -preset ultrafast -g 10 -c:s") +
                QStringList{QString::fromLatin1(codec)},
            path);
        if (made.exitCode != 0)
            qWarning("ffmpeg: %s", qPrintable(made.err));
        return made.exitCode == 0 ? readFile(path) : QByteArray();
    };
    m_srtMkv = make(srt, "srt", QStringLiteral("slots.mkv"));
    m_assMkv = make(ass, "ass", QStringLiteral("styled.mkv"));
    m_mp4 = make(srt, "mov_text", QStringLiteral("slots.mp4"));
    QVERIFY(!m_srtMkv.isEmpty() && !m_assMkv.isEmpty() && !m_mp4.isEmpty());
    QVERIFY(m_srtMkv.contains(slotText(kSlots - 1)));
}

std::unique_ptr<EmbeddedSubtitles> TestDamagedSubtitles::openTrack(const QByteArray &media)
{
    m_drawer = std::make_unique<SubtitleDrawer>();
    auto subs =
        std::make_unique<EmbeddedSubtitles>(std::make_unique<GatedReader>(media), m_drawer.get());
    QSignalSpy opened(subs.get(), &EmbeddedSubtitles::opened);
    subs->start();
    if (!opened.wait(20000) || subs->tracks().isEmpty())
        return nullptr;
    subs->choose(subs->tracks().first().stream);
    subs->seek(0);
    return subs;
}

void TestDamagedSubtitles::dropsALineItCannotDecode()
{
    QByteArray media = m_srtMkv;
    QVERIFY(replaceOnce(&media, slotText(0), kInvalid));
    auto subs = openTrack(media);
    QVERIFY(subs);
    QSignalSpy failed(subs.get(), &EmbeddedSubtitles::trackFailed);
    // Every line but the broken one: the good two and nine slots.
    QVERIFY(QTest::qWaitFor([&] { return m_drawer->eventCount() >= 11; }, scaledMs(20000)));
    QVERIFY(!grabSubtitles(*m_drawer, 1500).isEmpty());
    QVERIFY(grabSubtitles(*m_drawer, 4200).isEmpty()); // the broken line draws nothing
    QVERIFY(!grabSubtitles(*m_drawer, 5200).isEmpty());
    QVERIFY(!grabSubtitles(*m_drawer, 16500).isEmpty());
    QTest::qWait(200);
    QCOMPARE(m_drawer->eventCount(), 11);
    QCOMPARE(failed.size(), 0); // one bad line does not condemn the track
}

void TestDamagedSubtitles::reportsATrackThatStaysDamaged()
{
    QByteArray media = m_srtMkv;
    for (int i = 0; i < kSlots; ++i)
        QVERIFY(replaceOnce(&media, slotText(i), kInvalid));
    auto subs = openTrack(media);
    QVERIFY(subs);
    QSignalSpy failed(subs.get(), &EmbeddedSubtitles::trackFailed);
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.first().at(0).toInt(), subs->tracks().first().stream);
    const QString reason = failed.first().at(1).toString();
    QVERIFY2(reason.contains(QLatin1String("damaged")), qPrintable(reason));
    QVERIFY(!grabSubtitles(*m_drawer, 1500).isEmpty()); // what came before was drawn
    QVERIFY(grabSubtitles(*m_drawer, 4200).isEmpty());
}

void TestDamagedSubtitles::reportsACodecItCannotDecode()
{
    QByteArray media = m_srtMkv;
    QVERIFY(replaceOnce(&media, "S_TEXT/UTF8", "S_SWARMPLAY"));
    auto subs = openTrack(media);
    QVERIFY(subs);
    QCOMPARE(subs->tracks().size(), 1);
    const EmbeddedTrack &t = subs->tracks().first();
    QVERIFY2(!t.problem.isEmpty(), "a track nobody can decode is listed as one that can");
    QSignalSpy failed(subs.get(), &EmbeddedSubtitles::trackFailed); // it was chosen
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.first().at(0).toInt(), t.stream);
    QVERIFY(!failed.first().at(1).toString().isEmpty());
    QCOMPARE(m_drawer->eventCount(), 0);
}

void TestDamagedSubtitles::drawsAssLinesUnderAHeadOfGarbage()
{
    // The script's head (styles, event format) overwritten in place: libass falls back to
    // Matroska's event format and its default style, so the lines still show at their times.
    QByteArray media = m_assMkv;
    const qsizetype head = media.indexOf("[Script Info]");
    const qsizetype end = media.indexOf("Effect, Text", head);
    QVERIFY(head > 0 && end > head);
    media.replace(head, end + 12 - head, noise(end + 12 - head));
    auto subs = openTrack(media);
    QVERIFY(subs);
    QSignalSpy failed(subs.get(), &EmbeddedSubtitles::trackFailed);
    QVERIFY(QTest::qWaitFor([&] { return m_drawer->eventCount() >= 3; }, scaledMs(20000)));
    QVERIFY(!grabSubtitles(*m_drawer, 2000).isEmpty());
    QVERIFY(grabSubtitles(*m_drawer, 4500).isEmpty());
    QVERIFY(!grabSubtitles(*m_drawer, 7000).isEmpty());
    QVERIFY(!grabSubtitles(*m_drawer, 17000).isEmpty());
    QCOMPARE(failed.size(), 0);
}

void TestDamagedSubtitles::endsWhereATruncatedFileEnds()
{
    // Cut in the middle of the block of the sixth slot (9 s): the lines before it are there,
    // the last line (16 s) and the Cues are not.
    const qsizetype cut = m_srtMkv.indexOf(slotText(5)) + 5;
    QVERIFY(cut > 5);
    const QByteArray media = m_srtMkv.left(cut);

    // Without Cues to seek by, the start is found by reading from it.
    SubtitleDemuxer demuxer(std::make_unique<GatedReader>(media));
    QVERIFY2(demuxer.open(), qPrintable(demuxer.error()));
    QVERIFY(demuxer.select(demuxer.tracks().first().stream));
    QVERIFY2(demuxer.seek(0), qPrintable(demuxer.error()));
    QVector<SubtitleEvent> events;
    SubtitleDemuxer::Step last = SubtitleDemuxer::Step::Events;
    QVERIFY(readUntilItStops(demuxer, &events, &last));
    QCOMPARE(events.size(), 6); // the good line and five slots
    QCOMPARE(events.first().startMs, 1000);
    QCOMPARE(events.last().startMs, 8000);
    QVERIFY(demuxer.next(&events) == last); // asked again, it says so again at once
    // A seek into the part that is there, the same way.
    QVERIFY2(demuxer.seek(6000), qPrintable(demuxer.error()));
    events.clear();
    QVERIFY(readUntilItStops(demuxer, &events, &last));
    QVERIFY(!events.isEmpty());
    QCOMPARE(events.last().startMs, 8000);

    // As the player asks for it: the lines before the cut are drawn.
    auto subs = openTrack(media);
    QVERIFY(subs);
    QVERIFY(QTest::qWaitFor([&] { return m_drawer->eventCount() >= 6; }, scaledMs(20000)));
    QVERIFY(!grabSubtitles(*m_drawer, 1500).isEmpty());
    QVERIFY(grabSubtitles(*m_drawer, 16500).isEmpty());
}

void TestDamagedSubtitles::reportsAFileCutInItsHead_data()
{
    QTest::addColumn<QByteArray>("media");
    QTest::newRow("Matroska") << m_srtMkv.left(300);
    // MP4 as ffmpeg writes it keeps its index (moov) at the end.
    QTest::newRow("MP4 without its index") << m_mp4.left(m_mp4.size() / 2);
}

void TestDamagedSubtitles::reportsAFileCutInItsHead()
{
    QFETCH(QByteArray, media);
    SubtitleDrawer drawer;
    EmbeddedSubtitles subs(std::make_unique<GatedReader>(media), &drawer);
    QSignalSpy failed(&subs, &EmbeddedSubtitles::openFailed);
    QSignalSpy opened(&subs, &EmbeddedSubtitles::opened);
    subs.start();
    QVERIFY(failed.wait(20000));
    QVERIFY(!failed.first().first().toString().isEmpty());
    QCOMPARE(opened.size(), 0);
}

void TestDamagedSubtitles::survivesScrambledClusters_data()
{
    QTest::addColumn<int>("stride");
    QTest::newRow("one byte in 61") << 61;
    QTest::newRow("one byte in 997") << 997;
}

void TestDamagedSubtitles::survivesScrambledClusters()
{
    // Bytes changed from the first cluster on: blocks, their sizes and times alike.
    QFETCH(int, stride);
    const qsizetype cluster = m_assMkv.indexOf(QByteArray::fromHex("1f43b675"));
    QVERIFY(cluster > 0);
    const QByteArray media = scrambled(m_assMkv, cluster + 8, stride);

    SubtitleDemuxer demuxer(std::make_unique<GatedReader>(media));
    QVERIFY2(demuxer.open(), qPrintable(demuxer.error()));
    QVERIFY(demuxer.select(demuxer.tracks().first().stream));
    QVector<SubtitleEvent> events;
    SubtitleDemuxer::Step last = SubtitleDemuxer::Step::Events;
    QVERIFY(readUntilItStops(demuxer, &events, &last));

    // Whatever came through is drawn without harm.
    SubtitleDrawer drawer;
    const int generation = drawer.setAssTrack(demuxer.decoder().assHeader(), 320, 240);
    drawer.addEvents(generation, events);
    for (qint64 ms : {1000, 2000, 7000, 17000})
        (void)grabSubtitles(drawer, ms);
    qInfo("%d events read from the scrambled file, then %s", int(events.size()),
          last == SubtitleDemuxer::Step::End ? "its end" : qPrintable(demuxer.error()));
}

void TestDamagedSubtitles::closesWhileWaitingForBytesThatNeverCome()
{
    // A torrent whose second half never arrives: reading waits there, and closing ends the wait.
    auto reader = std::make_unique<GatedReader>(m_srtMkv);
    reader->setGate(m_srtMkv.indexOf(slotText(5)));
    m_drawer = std::make_unique<SubtitleDrawer>();
    auto subs = std::make_unique<EmbeddedSubtitles>(std::move(reader), m_drawer.get());
    QSignalSpy opened(subs.get(), &EmbeddedSubtitles::opened);
    subs->start();
    QVERIFY(opened.wait(20000));
    subs->choose(subs->tracks().first().stream);
    QVERIFY(QTest::qWaitFor([&] { return m_drawer->eventCount() >= 5; }, scaledMs(20000)));
    QTest::qWait(300);
    QElapsedTimer timer;
    timer.start();
    subs.reset();
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestDamagedSubtitles)
#include "tst_damagedsubtitles.moc"
