// Subtitle files as they come in torrents: SubRip and WebVTT in every encoding people save
// them in, with the usual deviations, and files that are not subtitles at all; and which
// subtitle files of a torrent belong to which video.

#include <QtTest>

#include "model/mediakind.h"
#include "subtitle/subtitlematcher.h"
#include "subtitle/subtitleparser.h"
#include "subtitle/textdecoding.h"

using namespace swarmplay;

namespace {

QByteArray utf16(const QString &text, bool littleEndian, bool bom)
{
    QByteArray out;
    if (bom)
        out += littleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (const QChar c : text) {
        const char lo = char(c.unicode() & 0xFF);
        const char hi = char(c.unicode() >> 8);
        out.append(littleEndian ? lo : hi);
        out.append(littleEndian ? hi : lo);
    }
    return out;
}

const QString Sample = QStringLiteral("1\r\n00:00:01,000 --> 00:00:03,500\r\nCafé crème, señor\r\n"
                                      "Ça va ?\r\n\r\n2\r\n00:00:04,000 --> 00:00:06,000\r\n"
                                      "<i>Très</i> bien\r\n");

SubtitleTrack parseOk(const QByteArray &bytes, const char *name = "test.srt")
{
    SubtitleTrack track;
    QString error;
    const bool ok = SubtitleParser::parse(bytes, QString::fromLatin1(name), &track, &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok ? track : SubtitleTrack();
}

FileEntry file(int index, const char *path)
{
    FileEntry f;
    f.index = index;
    f.path = QString::fromUtf8(path);
    f.kind = mediaKindForPath(f.path);
    return f;
}

} // namespace

class tst_Subtitles : public QObject
{
    Q_OBJECT

private slots:
    void encodings_data();
    void encodings();
    void windows1252Quotes();
    void srtTimesAndText();
    void srtVariations();
    void absurdTimesAreNoTimes();
    void vttWithHeaderNoteStyleAndSettings();
    void tagsKeptAndDropped();
    void overlappingCues();
    void notSubtitles_data();
    void notSubtitles();
    void matchByName();
    void matchInSubsFolder();
    void matchSingleVideo();
};

void tst_Subtitles::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("utf-8") << Sample.toUtf8() << QStringLiteral("UTF-8");
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + Sample.toUtf8()
                               << QStringLiteral("UTF-8 (BOM)");
    QTest::newRow("utf-16le bom") << utf16(Sample, true, true) << QStringLiteral("UTF-16LE");
    QTest::newRow("utf-16be bom") << utf16(Sample, false, true) << QStringLiteral("UTF-16BE");
    QTest::newRow("utf-16le no bom") << utf16(Sample, true, false) << QStringLiteral("UTF-16LE");
    QTest::newRow("utf-16be no bom") << utf16(Sample, false, false) << QStringLiteral("UTF-16BE");
    QTest::newRow("latin-1") << Sample.toLatin1() << QStringLiteral("Windows-1252");
}

void tst_Subtitles::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    TextDecoding::Encoding detected;
    const QString text = TextDecoding::decode(bytes, &detected);
    QCOMPARE(TextDecoding::name(detected), encoding);
    QCOMPARE(text, Sample); // no BOM left, every accent right

    const SubtitleTrack track = parseOk(bytes);
    QCOMPARE(track.size(), 2);
    QCOMPARE(track.encoding(), encoding);
    QCOMPARE(track.textAt(2000), QStringLiteral("Café crème, señor\nÇa va ?"));
    QCOMPARE(track.textAt(5000), QStringLiteral("Très bien"));
}

void tst_Subtitles::windows1252Quotes()
{
    // Curly quotes and the euro sign live at 0x80-0x9F in Windows-1252, not in Latin-1.
    const QByteArray bytes("1\n00:00:01,000 --> 00:00:02,000\n\x93Hi\x94 \x80"
                           "5 \xe9t\xe9\n");
    const SubtitleTrack track = parseOk(bytes);
    QCOMPARE(track.textAt(1500), QStringLiteral("“Hi” €5 été"));
}

void tst_Subtitles::srtTimesAndText()
{
    const SubtitleTrack track = parseOk(Sample.toUtf8());
    QCOMPARE(track.cues().at(0).startMs, qint64(1000));
    QCOMPARE(track.cues().at(0).endMs, qint64(3500));
    QCOMPARE(track.textAt(999), QString());
    QCOMPARE(track.textAt(1000), QStringLiteral("Café crème, señor\nÇa va ?"));
    QCOMPARE(track.textAt(3499).isEmpty(), false);
    QCOMPARE(track.textAt(3500), QString()); // the end is exclusive
    QCOMPARE(track.textAt(3800), QString()); // between cues
    QCOMPARE(track.textAt(7000), QString());
}

void tst_Subtitles::srtVariations()
{
    // Dots for commas, one-digit milliseconds, hours over 99, no blank line between two cues,
    // numbers out of order or missing, trailing spaces, CR-only line ends, no final newline.
    const QByteArray bytes("\n\n7\r00:00:01.5 --> 00:00:02,25  \rOne\r3\r00:00:03,000 --> "
                           "00:00:04,000\rTwo\r\r00:00:05,000-->00:00:06,000\rThree\r\r"
                           "100:00:00,000 --> 100:00:01,000\rLate");
    const SubtitleTrack track = parseOk(bytes);
    QCOMPARE(track.size(), 4);
    QCOMPARE(track.cues().at(0).startMs, qint64(1500));
    QCOMPARE(track.cues().at(0).endMs, qint64(2250));
    QCOMPARE(track.cues().at(0).text, QStringLiteral("One")); // not "One\n3"
    QCOMPARE(track.textAt(3500), QStringLiteral("Two"));
    QCOMPARE(track.textAt(5500), QStringLiteral("Three"));
    QCOMPARE(track.textAt(360'000'500), QStringLiteral("Late"));
}

void tst_Subtitles::absurdTimesAreNoTimes()
{
    // Found by fuzz_subtitles: hours this large overflowed the milliseconds (undefined
    // behaviour). They are no time, and the cue is skipped; the next one still counts.
    QCOMPARE(SubtitleParser::parseTime(u"6666666666666660100:01.000"), qint64(-1));
    QCOMPARE(SubtitleParser::parseTime(u"99999999999:00:00,000"), qint64(-1));
    QCOMPARE(SubtitleParser::parseTime(u"1000000000:00:00,000"), qint64(3'600'000'000'000'000));
    const SubtitleTrack track =
        parseOk("WEBVTT\n\n01:00:00.000 --> 6666666666666660100:01.000\nLost\n\n"
                "00:00:01.000 --> 00:00:02.000\nKept\n",
                "film.vtt");
    QCOMPARE(track.size(), 1);
    QCOMPARE(track.textAt(1500), QStringLiteral("Kept"));
}

void tst_Subtitles::vttWithHeaderNoteStyleAndSettings()
{
    const QByteArray bytes("WEBVTT - a film\nKind: captions\nLanguage: en\n\n"
                           "STYLE\n::cue { color: yellow }\n\n"
                           "NOTE this is not a cue\n00:00:00.000 --> 00:00:09.000\n\n"
                           "intro\n00:01.000 --> 00:02.500 align:start line:0\n"
                           "<v Roger>Hello &amp; welcome</v>\n\n"
                           "00:00:03.000 --> 00:00:04.000\n<c.yellow>Tom &lt;3</c>\n");
    const SubtitleTrack track = parseOk(bytes, "film.vtt");
    QCOMPARE(track.size(), 2);
    QCOMPARE(track.cues().at(0).startMs, qint64(1000));
    QCOMPARE(track.cues().at(0).endMs, qint64(2500));
    QCOMPARE(track.textAt(1200), QStringLiteral("Hello & welcome"));
    QCOMPARE(track.textAt(3500), QStringLiteral("Tom <3"));
    QCOMPARE(track.htmlAt(3500), QStringLiteral("Tom &lt;3"));
    QCOMPARE(track.textAt(500), QString()); // the NOTE's times are no cue
}

void tst_Subtitles::tagsKeptAndDropped()
{
    const QByteArray bytes("1\n00:00:01,000 --> 00:00:02,000\n{\\an8}<i>Top</i> <font "
                           "color=\"#ff0000\">red</font> <B>bold</B>\n<u>under</u> a < b\n");
    const SubtitleTrack track = parseOk(bytes);
    QCOMPARE(track.textAt(1500), QStringLiteral("Top red bold\nunder a < b"));
    QCOMPARE(track.htmlAt(1500),
             QStringLiteral("<i>Top</i> red <b>bold</b><br><u>under</u> a &lt; b"));
}

void tst_Subtitles::overlappingCues()
{
    const QByteArray bytes("1\n00:00:01,000 --> 00:00:10,000\nLong\n\n"
                           "2\n00:00:02,000 --> 00:00:03,000\nShort\n\n"
                           "3\n00:00:00,500 --> 00:00:00,900\nFirst\n");
    const SubtitleTrack track = parseOk(bytes);
    QCOMPARE(track.textAt(700), QStringLiteral("First")); // sorted by start
    QCOMPARE(track.textAt(2500), QStringLiteral("Long\nShort"));
    QCOMPARE(track.textAt(9000), QStringLiteral("Long"));
}

void tst_Subtitles::notSubtitles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray()
                           << QStringLiteral("“bad.srt” is empty: there are no subtitles in it.");
    QTest::newRow("blank") << QByteArray(" \r\n\n ")
                           << QStringLiteral("“bad.srt” is empty: there are no subtitles in it.");
    QByteArray binary;
    for (int i = 0; i < 4096; ++i)
        binary.append(char((i * 7919) % 251));
    QTest::newRow("binary")
        << binary
        << QStringLiteral("“bad.srt” is not a subtitle file: it holds binary data, not text.");
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0", 20);
    QTest::newRow("png")
        << png
        << QStringLiteral("“bad.srt” is not a subtitle file: it holds binary data, not text.");
    const QString noCue = QStringLiteral(
        "“bad.srt” is not a subtitle file Swarmplay can read: no cue with a start and an end "
        "time was found (SubRip .srt and WebVTT .vtt are supported).");
    QTest::newRow("prose") << QByteArray("Just some notes about the film.\nNothing timed.\n")
                           << noCue;
    QTest::newRow("broken times") << QByteArray("1\n00:00:xx,000 --> 00:00:02,000\nHi\n\n"
                                                "2\n00:00:05,000 --> 00:00:04,000\nBackwards\n")
                                  << noCue;
    QTest::newRow("ass") << QByteArray(
                                "[Script Info]\nTitle: x\n\n[Events]\nDialogue: 0,0:00:01.00,"
                                "0:00:02.00,Default,,0,0,0,,Hello\n")
                         << noCue;
}

void tst_Subtitles::notSubtitles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    SubtitleTrack track;
    QString error;
    QVERIFY(!SubtitleParser::parse(bytes, QStringLiteral("/some/folder/bad.srt"), &track, &error));
    QCOMPARE(error, message);
    QVERIFY(track.isEmpty());
}

void tst_Subtitles::matchByName()
{
    const QVector<FileEntry> files = {
        file(0, "Pack/Movie.mkv"),        file(1, "Pack/Movie.eng.forced.srt"),
        file(2, "Pack/Movie.srt"),        file(3, "Pack/Movie.en.srt"),
        file(4, "Pack/Other.mkv"),        file(5, "Pack/Other.srt"),
        file(6, "Pack/Movie.idx"),        file(7, "Pack/Movie.fr.vtt"),
        file(8, "Pack/sample/Movie.srt"), file(9, "Pack/MovieTwo.srt")};
    QVector<int> order;
    for (const SubtitleMatcher::Match &m : SubtitleMatcher::match(files, 0, QStringLiteral("en")))
        order << m.fileIndex;
    // Same name first; then the viewer's language before another; forced last.
    QCOMPARE(order, (QVector<int>{2, 3, 7, 1}));
    order.clear();
    for (const SubtitleMatcher::Match &m : SubtitleMatcher::match(files, 0, QStringLiteral("fr")))
        order << m.fileIndex;
    QCOMPARE(order, (QVector<int>{2, 7, 3, 1}));
    QCOMPARE(SubtitleMatcher::match(files, 4, QStringLiteral("en")).size(), 1);
    QCOMPARE(SubtitleMatcher::match(files, 4, QStringLiteral("en")).first().label,
             QStringLiteral("Other.srt"));
}

void tst_Subtitles::matchInSubsFolder()
{
    const QVector<FileEntry> files = {file(0, "Show/Show.E01.mkv"),
                                      file(1, "Show/Show.E02.mkv"),
                                      file(2, "Show/Subs/Show.E01.srt"),
                                      file(3, "Show/Subs/Show.E02.de.srt"),
                                      file(4, "Show/Subs/Show.E02/2_English.srt"),
                                      file(5, "Show/Subs/Show.E02/3_German.srt")};
    QVector<int> order;
    for (const SubtitleMatcher::Match &m : SubtitleMatcher::match(files, 1, QStringLiteral("de")))
        order << m.fileIndex;
    QCOMPARE(order, (QVector<int>{3, 5, 4}));
    QCOMPARE(SubtitleMatcher::match(files, 0, QStringLiteral("en")).size(), 1);
}

void tst_Subtitles::matchSingleVideo()
{
    // One video, subtitles named otherwise: they are its subtitles.
    const QVector<FileEntry> files = {
        file(0, "Film (2001)/film-1080p.mp4"), file(1, "Film (2001)/English.srt"),
        file(2, "Film (2001)/Subs/Spanish.vtt"), file(3, "Film (2001)/poster.jpg")};
    QVector<int> order;
    for (const SubtitleMatcher::Match &m : SubtitleMatcher::match(files, 0, QStringLiteral("es")))
        order << m.fileIndex;
    QCOMPARE(order, (QVector<int>{2, 1}));
    // Two videos: nothing is guessed.
    QVector<FileEntry> two = files;
    two << file(4, "Film (2001)/extras.mp4");
    QVERIFY(SubtitleMatcher::match(two, 0, QStringLiteral("es")).isEmpty());
}

QTEST_GUILESS_MAIN(tst_Subtitles)
#include "tst_subtitles.moc"
