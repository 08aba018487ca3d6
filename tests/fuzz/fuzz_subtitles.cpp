// A subtitle file from the swarm, as the player reads one beside the video: text decoding
// (UTF-8/16 with or without a BOM, legacy code pages) and SubtitleParser's SRT and WebVTT
// reading. ASS and SSA files go to FFmpeg and libass, which this target does not reach.

#include "fuzzinput.h"
#include "subtitle/subtitleparser.h"
#include "subtitle/subtitletrack.h"
#include "subtitle/textdecoding.h"

using namespace swarmplay;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const fuzz::Input in(data, size);
    const QString name =
        in.pick({QStringLiteral("a.srt"), QStringLiteral("a.vtt"), QStringLiteral("a.ass"),
                 QStringLiteral("a.ssa"), QStringLiteral("a.sub"), QStringLiteral("a.txt")});
    TextDecoding::Encoding encoding;
    const QString text = TextDecoding::decode(in.bytes, &encoding);
    TextDecoding::looksBinary(text);
    SubtitleTrack track;
    QString error;
    const bool parsed = SubtitleParser::parse(in.bytes, name, &track, &error);
    // A file without a cue says why; a track's cues end after they start.
    if (!parsed && error.isEmpty())
        __builtin_trap();
    track.textAt(qint64(in.choice) * 1000);
    if (parsed) {
        for (const SubtitleTrack::Cue &cue : track.cues()) {
            if (cue.endMs < cue.startMs)
                __builtin_trap();
        }
    }
    return 0;
}
