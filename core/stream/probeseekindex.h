#pragma once

// Internal to ProbeRegion: the seek index (see seekindex.h) from each container's index, held
// in memory by the walk. Each returns false when the index is corrupt; the caller then leaves
// the seek index empty.

#include <QByteArray>
#include <QVector>

#include "probeformat.h"
#include "seekindex.h"

namespace swarmplay::probe {

// Every track's sample tables in a moov box held whole (from its header on).
bool mp4SeekIndex(const QByteArray &moov, SeekIndex *index);

// The Cues' payload: CueTime → CueClusterPosition (relative to the Segment's data) of the track
// FFmpeg seeks (the first video track, else the first track). timecodeScale: ns per tick.
struct MatroskaLayout
{
    qint64 segmentStart = 0;
    qint64 segmentEnd = 0;
    quint64 timecodeScale = 1000000;
    quint64 seekTrack = 0; // TrackNumber; 0: not known, the first track in the Cues
};
bool matroskaSeekIndex(const QByteArray &cues, const MatroskaLayout &layout, SeekIndex *index);

// An AVI stream as its header (strh, strf) says, and where its OpenDML standard indexes are.
struct AviStream
{
    bool video = false;
    bool audio = false;
    qint64 scale = 0;               // strh dwScale: a sample lasts scale / rate seconds
    qint64 rate = 0;                // strh dwRate
    qint64 sampleSize = 0;          // strh dwSampleSize: 0 when each chunk is a sample
    qint64 blockAlign = 0;          // an audio stream's strf nBlockAlign
    QVector<Range> standardIndexes; // ix## chunks, as named by the stream's indx
};

// idx1's payload; moviData is where the first chunk of the movi list is (after 'movi').
bool aviIdx1SeekIndex(const QByteArray &idx1, qint64 moviData, const QVector<AviStream> &streams,
                      SeekIndex *index);
// Each stream's ix## chunks, in the order its indx names them, read whole (header included).
bool aviOdmlSeekIndex(const QVector<QVector<QByteArray>> &chunks, const QVector<AviStream> &streams,
                      SeekIndex *index);

} // namespace swarmplay::probe
