// Which subtitles show first when the viewer has not chosen for a file: the remembered choice,
// then the preferred languages in their order (a track inside the file before a file beside
// it), then a forced track in the audio's language, then the file's default track. Languages
// match whichever way a file or a tag writes them.

#include <QtTest>

#include "player/subtitlechoice.h"

using namespace swarmplay;

namespace {

using Candidate = SubtitleChoice::Candidate;

const QString Off = QStringLiteral("off");

Candidate track(int n, const char *language, bool isDefault = false, bool forced = false)
{
    Candidate c;
    c.id = QStringLiteral("embedded:%1").arg(n);
    c.embedded = true;
    c.language = QString::fromLatin1(language);
    c.label = c.language;
    c.isDefault = isDefault;
    c.forced = forced;
    return c;
}

Candidate file(const char *name)
{
    Candidate c;
    c.id = QStringLiteral("torrent:Movie/") + QString::fromLatin1(name);
    c.label = QString::fromLatin1(name);
    return c;
}

QStringList langs(std::initializer_list<const char *> codes)
{
    QStringList l;
    for (const char *c : codes)
        l << QString::fromLatin1(c);
    return l;
}

} // namespace

class tst_SubtitleChoice : public QObject
{
    Q_OBJECT

private slots:
    void sameLanguage_data();
    void sameLanguage();
    void nameMentions_data();
    void nameMentions();
    void preferredLanguageWinsOverTheDefaultFlag();
    void preferredLanguagesInTheirOrder();
    void trackInsideBeforeAFileBeside();
    void forcedTrackOnlyWhenNothingPreferredIsThere();
    void rememberedChoiceFirst();
    void rememberedOffShowsNothing();
    void failedCandidateIsSkipped();
    void withoutAnyMatchTheDefaultThenAFile();
};

void tst_SubtitleChoice::sameLanguage_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    // Matroska tags carry ISO 639-2/B ("ger"), others -2/T ("deu") or -1 ("de"), file names
    // the English name.
    const QStringList german = langs({"ger", "deu", "de", "German", "GER", "german"});
    for (const QString &a : german) {
        for (const QString &b : german)
            QTest::addRow("%s=%s", qPrintable(a), qPrintable(b)) << a << b << true;
    }
    QTest::newRow("fre=fr") << "fre"
                            << "fr" << true;
    QTest::newRow("chi=zh") << "chi"
                            << "zh" << true;
    QTest::newRow("eng=English") << "eng"
                                 << "English" << true;
    QTest::newRow("ger!=eng") << "ger"
                              << "eng" << false;
    QTest::newRow("de!=da") << "de"
                            << "da" << false;
    // Tags that name no language match nothing, not even themselves.
    QTest::newRow("und") << "und"
                         << "und" << false;
    QTest::newRow("empty") << ""
                           << "" << false;
    QTest::newRow("empty!=en") << ""
                               << "en" << false;
}

void tst_SubtitleChoice::sameLanguage()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(SubtitleChoice::sameLanguage(a, b), same);
}

void tst_SubtitleChoice::nameMentions_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("mentions");
    QTest::newRow("Movie.de.srt") << "Movie.de.srt"
                                  << "de" << true;
    QTest::newRow("Movie.de.srt ger") << "Movie.de.srt"
                                      << "ger" << true;
    QTest::newRow("Movie.ger.srt") << "Movie.ger.srt"
                                   << "de" << true;
    QTest::newRow("2_English.srt") << "2_English.srt"
                                   << "en" << true;
    QTest::newRow("[German] forced") << "Movie [German] (forced).vtt"
                                     << "deu" << true;
    QTest::newRow("Movie.en.srt not de") << "Movie.en.srt"
                                         << "de" << false;
    QTest::newRow("no tag") << "Movie.srt"
                            << "de" << false;
    // The extension is not a word of the name, whatever it spells.
    QTest::newRow("extension") << "Movie.srt"
                               << "sr" << false;
    QTest::newRow("one letter") << "Movie.d.e.srt"
                                << "de" << false;
}

void tst_SubtitleChoice::nameMentions()
{
    QFETCH(QString, name);
    QFETCH(QString, language);
    QFETCH(bool, mentions);
    QCOMPARE(SubtitleChoice::nameMentions(name, language), mentions);
}

void tst_SubtitleChoice::preferredLanguageWinsOverTheDefaultFlag()
{
    const QVector<Candidate> c{track(0, "eng", true), track(1, "ger"), track(2, "fre")};
    QCOMPARE(SubtitleChoice::pick(c, {}, Off, langs({"de"}), QStringLiteral("en")), 1);
    QCOMPARE(SubtitleChoice::pick(c, {}, Off, langs({"French"}), QStringLiteral("en")), 2);
    // Two in the language: the one marked default.
    const QVector<Candidate> two{track(0, "eng", true), track(1, "ger"), track(2, "deu", true)};
    QCOMPARE(SubtitleChoice::pick(two, {}, Off, langs({"de"}), {}), 2);
}

void tst_SubtitleChoice::preferredLanguagesInTheirOrder()
{
    const QVector<Candidate> c{track(0, "eng"), track(1, "spa"), track(2, "ita")};
    QCOMPARE(SubtitleChoice::pick(c, {}, Off, langs({"de", "it", "es"}), {}), 2);
    QCOMPARE(SubtitleChoice::pick(c, {}, Off, langs({"es", "it"}), {}), 1);
    // The second language's file beside it wins over nothing in the first.
    const QVector<Candidate> files{file("Movie.srt"), file("Movie.es.srt")};
    QCOMPARE(SubtitleChoice::pick(files, {}, Off, langs({"de", "es"}), {}), 1);
}

void tst_SubtitleChoice::trackInsideBeforeAFileBeside()
{
    const QVector<Candidate> c{file("Movie.de.srt"), track(0, "eng", true), track(1, "ger")};
    QCOMPARE(SubtitleChoice::pick(c, {}, Off, langs({"de"}), {}), 2);
    // Nothing inside in the language: the file that names it.
    const QVector<Candidate> files{file("Movie.srt"), file("Movie.de.srt"), track(0, "eng", true)};
    QCOMPARE(SubtitleChoice::pick(files, {}, Off, langs({"de"}), {}), 1);
}

void tst_SubtitleChoice::forcedTrackOnlyWhenNothingPreferredIsThere()
{
    // English audio, German subtitles wanted but none there: the forced English track (signs,
    // foreign lines) shows on its own, not the English default.
    QVector<Candidate> c{track(0, "eng", true), track(1, "eng", false, true), track(2, "jpn")};
    QCOMPARE(SubtitleChoice::pick(c, {}, Off, langs({"de"}), QStringLiteral("en")), 1);
    // With German there, German.
    c << track(3, "ger");
    QCOMPARE(SubtitleChoice::pick(c, {}, Off, langs({"de"}), QStringLiteral("en")), 3);
    // A forced track is never the preferred language's full one.
    const QVector<Candidate> forcedGerman{track(0, "ger", false, true), track(1, "ger")};
    QCOMPARE(SubtitleChoice::pick(forcedGerman, {}, Off, langs({"de"}), QStringLiteral("en")), 1);
    // A forced track in another language than the audio's is no such track: the default.
    const QVector<Candidate> other{track(0, "fre", false, true), track(1, "eng", true)};
    QCOMPARE(SubtitleChoice::pick(other, {}, Off, langs({"de"}), QStringLiteral("en")), 1);
    // Audio language unknown: no forced track either.
    const QVector<Candidate> unknown{track(0, "eng", false, true)};
    QCOMPARE(SubtitleChoice::pick(unknown, {}, Off, langs({"de"}), {}), -1);
    QCOMPARE(SubtitleChoice::pick(unknown, {}, Off, langs({"de"}), QStringLiteral("eng")), 0);
}

void tst_SubtitleChoice::rememberedChoiceFirst()
{
    const QVector<Candidate> c{track(0, "ger", true), track(1, "eng"), file("Movie.de.srt")};
    QCOMPARE(SubtitleChoice::pick(c, QStringLiteral("embedded:1"), Off, langs({"de"}), {}), 1);
    QCOMPARE(SubtitleChoice::pick(c, QStringLiteral("torrent:Movie/Movie.de.srt"), Off,
                                  langs({"en"}), {}),
             2);
    // Remembered but gone (another release of the file): the languages decide.
    QCOMPARE(SubtitleChoice::pick(c, QStringLiteral("embedded:7"), Off, langs({"en"}), {}), 1);
}

void tst_SubtitleChoice::rememberedOffShowsNothing()
{
    const QVector<Candidate> c{track(0, "ger", true), track(1, "eng", false, true),
                               file("Movie.de.srt")};
    QCOMPARE(SubtitleChoice::pick(c, Off, Off, langs({"de"}), QStringLiteral("en")), -1);
    QCOMPARE(SubtitleChoice::pick(c, {}, Off, langs({"de"}), QStringLiteral("en")), 0);
}

void tst_SubtitleChoice::failedCandidateIsSkipped()
{
    QVector<Candidate> c{track(0, "ger", true), track(1, "eng"), file("Movie.de.srt")};
    c[0].failed = true;
    // The German track cannot be shown: the German file instead.
    QCOMPARE(SubtitleChoice::pick(c, {}, Off, langs({"de"}), {}), 2);
    // Remembered but failed: the next best, not nothing.
    QCOMPARE(SubtitleChoice::pick(c, QStringLiteral("embedded:0"), Off, langs({"de"}), {}), 2);
    c[2].failed = true;
    QCOMPARE(SubtitleChoice::pick(c, {}, Off, langs({"de"}), {}), -1);
    QCOMPARE(SubtitleChoice::pick(c, {}, Off, langs({"de", "en"}), {}), 1);
}

void tst_SubtitleChoice::withoutAnyMatchTheDefaultThenAFile()
{
    const QVector<Candidate> c{file("Movie.srt"), track(0, "jpn"), track(1, "eng", true)};
    QCOMPARE(SubtitleChoice::pick(c, {}, Off, langs({"de"}), {}), 2);
    const QVector<Candidate> noDefault{track(0, "jpn"), file("Movie.srt")};
    QCOMPARE(SubtitleChoice::pick(noDefault, {}, Off, langs({"de"}), {}), 1);
    // A track without the default flag, in no wanted language, is not shown unasked.
    const QVector<Candidate> onlyInside{track(0, "jpn"), track(1, "kor")};
    QCOMPARE(SubtitleChoice::pick(onlyInside, {}, Off, langs({"de"}), {}), -1);
    QCOMPARE(SubtitleChoice::pick({}, {}, Off, langs({"de"}), {}), -1);
}

QTEST_GUILESS_MAIN(tst_SubtitleChoice)
#include "tst_subtitlechoice.moc"
