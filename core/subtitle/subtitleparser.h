#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "subtitletrack.h"

namespace swarmplay {

// Reads SubRip (.srt) and WebVTT (.vtt) files as people actually make them: any of the
// encodings TextDecoding knows, CRLF or LF, with or without the last blank line, a comma or a dot
// before the milliseconds, VTT headers, NOTE, STYLE and REGION blocks and cue settings, SRT
// numbers missing or out of order, <i>, <b> and <u> kept, other tags (<font>, <c.x>, <v Name>,
// {\an8}) dropped. A file without a single cue says why in words that name it.
class SubtitleParser
{
    Q_DECLARE_TR_FUNCTIONS(SubtitleParser)

public:
    // Largest file read as subtitles: a feature film's are a few hundred KiB.
    static constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;

    // fileName only names the file in the error message.
    static bool parse(const QByteArray &bytes, const QString &fileName, SubtitleTrack *track,
                      QString *error);
    // A time of a cue line ("01:02:03,456", "02:03.456", "00:00:01,5") in ms, -1 when it is none.
    static qint64 parseTime(QStringView text);
    // What a cue's text becomes: plain (tags dropped) and html (<i>, <b>, <u> kept).
    static void convertText(const QString &raw, QString *plain, QString *html);
};

} // namespace swarmplay
