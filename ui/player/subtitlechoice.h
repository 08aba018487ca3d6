#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace swarmplay {

// Which subtitles show when the viewer has not chosen for a file yet (or what they chose is
// gone): the choice remembered for the file, else a track inside the file in one of the
// preferred languages, else one beside it (a torrent's or a local file) in one, else a forced
// track in the audio's language (signs and foreign lines), else the track the file marks as
// default, else the best file beside it.
class SubtitleChoice
{
public:
    struct Candidate
    {
        QString id; // what the memory keeps
        bool embedded = false;
        QString language; // embedded: the track's tag ("eng", "de"); files: empty
        QString label;    // files: their name, searched for a language
        bool isDefault = false;
        bool forced = false;
        bool failed = false;
    };

    // The index into candidates, or -1 for none. remembered: the memory's id for the file
    // ("" none, `off` for off). preferred: ISO 639 codes or language names, first first.
    static int pick(const QVector<Candidate> &candidates, const QString &remembered,
                    const QString &off, const QStringList &preferred, const QString &audioLanguage);
    // Two- and three-letter codes and English names of one language match ("en", "eng",
    // "English").
    static bool sameLanguage(const QString &a, const QString &b);
    // The language a file's name names ("Movie.de.srt", "2_English.srt"), or empty.
    static bool nameMentions(const QString &fileName, const QString &language);
};

} // namespace swarmplay
