#pragma once

#include <QString>
#include <QVector>

#include "model/fileentry.h"

namespace swarmplay {

// Finds the subtitle files of a torrent that belong to one of its videos, as release groups lay
// them out: beside it with the same name (Movie.mkv: Movie.srt, Movie.en.srt,
// Movie.eng.forced.srt), in a Subs folder beside it (Subs/Movie.en.srt, Subs/Movie/2_English.srt,
// Subs/English.srt when it is the only video), or, when the torrent holds one video, any .srt or
// .vtt in it. Best first: the same name, the viewer's language, full before forced.
class SubtitleMatcher
{
public:
    struct Match
    {
        int fileIndex = -1;
        QString path;  // inside the torrent
        QString label; // what the menu calls it: the file name
        int score = 0;
    };

    // language: the viewer's, as an ISO 639-1 code ("en"); its subtitles rank first.
    static QVector<Match> match(const QVector<FileEntry> &files, int videoIndex,
                                const QString &language);
    // .srt and .vtt: what SubtitleParser reads.
    static bool isReadable(const QString &path);
};

} // namespace swarmplay
