#include <algorithm>

#include "probeseekindex.h"

namespace swarmplay::probe {

namespace {

constexpr quint32 kCuePoint = 0xBB;
constexpr quint32 kCueTime = 0xB3;
constexpr quint32 kCueTrackPositions = 0xB7;
constexpr quint32 kCueTrack = 0xF7;
constexpr quint32 kCueClusterPosition = 0xF1;

struct Cue
{
    qint64 timeMs;
    quint64 position; // relative to the Segment's data
};

// The cue points of one track: the seek track, else the first track the Cues name. False when
// a time or a position cannot be right.
bool readCuePoints(const QByteArray &cues, const MatroskaLayout &layout, QVector<Cue> *points)
{
    const qint64 segmentLength = layout.segmentEnd - layout.segmentStart;
    quint64 track = layout.seekTrack;
    bool ok = true;
    forEachElement(cues, 0, cues.size(), [&](quint32 id, qint64 b, qint64 e) {
        if (id != kCuePoint || !ok)
            return;
        quint64 ticks = ~0ull;
        QVector<quint64> positions;
        forEachElement(cues, b, e, [&](quint32 child, qint64 cb, qint64 ce) {
            if (child == kCueTime)
                ticks = ebmlUint(cues, cb, ce);
            if (child != kCueTrackPositions)
                return;
            quint64 cueTrack = 0;
            quint64 position = ~0ull;
            forEachElement(cues, cb, ce, [&](quint32 field, qint64 fb, qint64 fe) {
                if (field == kCueTrack)
                    cueTrack = ebmlUint(cues, fb, fe);
                else if (field == kCueClusterPosition)
                    position = ebmlUint(cues, fb, fe);
            });
            track = track == 0 ? cueTrack : track;
            if (cueTrack == track && position != ~0ull)
                positions.append(position);
        });
        const double ms = double(ticks) * double(layout.timecodeScale) / 1e6;
        if (ticks == ~0ull || ms >= 2e9) {
            ok = ticks == ~0ull && positions.isEmpty(); // a cue without a time says nothing
            return;
        }
        for (const quint64 position : std::as_const(positions)) {
            ok = ok && position < quint64(segmentLength);
            points->append({qint64(ms), position});
        }
    });
    return ok;
}

} // namespace

// Each cue of the seek track starts a block that runs to the next cue's Cluster: FFmpeg seeks to
// the Cluster of the last cue at or before the time and reads on from there, every track's
// blocks together.
bool matroskaSeekIndex(const QByteArray &cues, const MatroskaLayout &layout, SeekIndex *index)
{
    const qint64 segmentLength = layout.segmentEnd - layout.segmentStart;
    QVector<Cue> points;
    if (layout.timecodeScale == 0 || segmentLength <= 0 || !readCuePoints(cues, layout, &points) ||
        points.isEmpty())
        return false;
    std::stable_sort(points.begin(), points.end(),
                     [](const Cue &a, const Cue &b) { return a.timeMs < b.timeMs; });
    const int track = index->addTrack(true, true);
    for (int i = 0; i < points.size(); ++i) {
        const Cue &cue = points.at(i);
        // Cues of one Cluster (more than one keyframe in it) make one block from its first.
        if (i > 0 && cue.position == points.at(i - 1).position)
            continue;
        if (i > 0 && cue.position < points.at(i - 1).position)
            return false; // later in time, earlier in the file: not an index to trust
        int next = i + 1;
        while (next < points.size() && points.at(next).position == cue.position)
            ++next;
        const qint64 end = next < points.size() ? qint64(points.at(next).position) : segmentLength;
        index->addSample(track, layout.segmentStart + qint64(cue.position),
                         end - qint64(cue.position), cue.timeMs, true);
    }
    return true;
}

} // namespace swarmplay::probe
