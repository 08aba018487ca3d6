// Subtitle tracks of the kinds beside Matroska's ASS and SubRip, read by Swarmplay's own demuxer
// and drawn: WebVTT in WebM, mov_text in MP4 (seeking by MP4's own sample index, not Cues).

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

private:
    // The file's first subtitle track, chosen and read from seekMs on.
    std::unique_ptr<EmbeddedSubtitles> openTrack(const QString &path, qint64 seekMs);

    std::unique_ptr<SubtitleDrawer> m_drawer;
    QTemporaryDir m_dir;
    QString m_webm;
    QString m_mp4;
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
    QVERIFY(QTest::qWaitFor([&] { return m_drawer->eventCount() >= 4; }, 20000));

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
    QVERIFY(QTest::qWaitFor([&] { return m_drawer->eventCount() >= 2; }, 20000));
    QVERIFY(!grabSubtitles(*m_drawer, 31000).isEmpty());
    QVERIFY(grabSubtitles(*m_drawer, 34000).isEmpty());
}

QTEST_GUILESS_MAIN(TestSubtitleFormats)
#include "tst_subtitleformats.moc"
