#pragma once

#include <QVector>

#include "subtitleevent.h"
#include "subtitletrack.h"

namespace swarmplay {

// A subtitle file's cues (SubtitleParser's SRT and WebVTT, already decoded to text) as ASS
// events under SubtitleDecoder::textHeader(), so a file beside the video is drawn as the same
// text inside it is: <i>, <b> and <u> become ASS override tags, line breaks \N.
class CueEvents
{
public:
    static QVector<SubtitleEvent> fromTrack(const SubtitleTrack &track);
    // One cue's html as the Text field of an ASS event.
    static QByteArray assText(const QString &html);
};

} // namespace swarmplay
