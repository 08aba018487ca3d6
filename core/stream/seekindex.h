#pragma once

#include <QtGlobal>
#include <QVector>

namespace swarmplay {

// Where a media file keeps the data of a given time: the byte ranges FFmpeg's demuxer reads to
// resume playback there, taken from the container's own index (MP4 sample tables, Matroska Cues,
// AVI idx1 or OpenDML indexes), so that a player can fetch them before it seeks and no read
// blocks. Empty for a container without an index (MPEG-TS, fragmented MP4) or whose index is
// corrupt. A pure value type: copies share their data, any thread may read one.
//
// It holds blocks, not samples: the runs of a track's samples that lie together in the file,
// cut at each sync sample of the track a seek lands on and after at most kMaxBlockMs, so that a
// two-hour film takes some tens of thousands of 16-byte entries.
class SeekIndex
{
public:
    struct Span
    {
        qint64 offset = 0;
        qint64 length = 0;
        qint64 end() const { return offset + length; }
        bool operator==(const Span &o) const { return offset == o.offset && length == o.length; }
    };

    bool isEmpty() const { return m_reference < 0; }
    // The container's duration when it says it, else the time of the last block.
    qint64 durationMs() const;
    // The bytes a demuxer reads to resume playback at timeMs and play `aheadMs` from there: from
    // the sync point at or before timeMs (the smallest offset over all tracks) to the end of what
    // plays until timeMs + aheadMs, plus what the demuxer's buffered reads take beyond that.
    // Sorted, merged, clipped to the file. Empty when unknown. The probe region (the index itself,
    // which FFmpeg reads again at the first seek in a Matroska file) is not repeated here.
    QVector<Span> spansFor(qint64 timeMs, qint64 aheadMs) const;
    // Entries held, for tests and logs: memory is about 16 bytes each.
    int blockCount() const;

    // Building, by the container walks. A track's samples come in decoding order.
    // `reference`: the track a seek lands on a sync point of (FFmpeg's default stream: the first
    // video track). `splitAtKeys`: only some of its samples are sync samples.
    int addTrack(bool reference, bool splitAtKeys);
    // One sample (or a run of contiguous samples starting at timeMs). A zero length is ignored; a
    // time that goes backwards or does not fit makes the index corrupt.
    void addSample(int track, qint64 offset, qint64 length, qint64 timeMs, bool key);
    // Ends the building: the index is empty (and false returned) when it is corrupt, points past
    // the end of the file or has no reference track with blocks.
    bool finish(qint64 fileSize, qint64 durationMs);

private:
    struct Block
    {
        qint64 offset;
        qint32 timeMs;
        quint32 length : 31;
        quint32 key : 1; // starts with a sync sample
    };
    struct Track
    {
        QVector<Block> blocks;
        bool splitAtKeys = false;
        qint64 lastMs = 0;
    };

    static int lastAtOrBefore(const Track &track, qint64 timeMs);
    static int countBefore(const Track &track, qint64 timeMs);

    QVector<Track> m_tracks;
    int m_reference = -1;
    int m_referenceAsked = -1;
    bool m_corrupt = false;
    qint64 m_fileSize = 0;
    qint64 m_durationMs = -1;
};

} // namespace swarmplay
