#pragma once

#include <functional>

#include <QByteArray>
#include <QString>
#include <QVector>

#include "byterange.h"
#include "seekindex.h"

namespace swarmplay {

// The bytes of a media file that a demuxer (FFmpeg's, as used by Qt Multimedia, VLC and mpv)
// reads before it can start playing, found by walking the container's structure, so that a
// torrent streamer can fetch exactly those pieces first.
//
// The region is what FFmpeg reads while it opens the file and probes the streams: the head up
// to the first frames, plus what the container keeps elsewhere (an MP4 `moov` after the `mdat`,
// Matroska Cues and other SeekHead targets, the AVI `idx1` and OpenDML indexes, the last packets
// of an MPEG-TS, from which FFmpeg takes the duration). Pure and thread-safe: all state is in
// the arguments.
class ProbeRegion
{
public:
    enum class Container
    {
        Mp4, // also MOV, M4V, 3GP
        Matroska,
        Avi,
        MpegTs,
        Unknown, // also a known container whose structure could not be walked
    };

    using Range = ByteRange;

    struct Result
    {
        Container container = Container::Unknown;
        QVector<Range> ranges;  // sorted, merged (no two touch), within [0, fileSize)
        qint64 durationMs = -1; // when the container says it cheaply, else -1
        QString fallbackReason; // why the structure could not be walked, for logs; else empty
        // Time → bytes, from the container's index; empty without one.
        SeekIndex seekIndex;
        qint64 bytes() const;
        bool contains(qint64 offset) const;
    };

    struct Options
    {
        // Payload at the start of the media data (mdat, first Cluster, movi; in an MP4, at each
        // track's first chunk) that holds the first frames: FFmpeg decodes some of them while it
        // probes the streams, and the player shows them. A key frame of a film and the audio
        // beside it; more is read as it arrives, and every byte asked for here delays the start.
        qint64 firstFramesBytes = 256 * 1024;
        // FFmpeg's probesize and analyzeduration defaults. An MPEG-TS has no header, so FFmpeg
        // reads its head until either is reached (a player that raises them reads more); the
        // PCRs at the start tell how many bytes that is.
        qint64 probeBytes = 5000000;
        qint64 probeMs = 5000;
        // Nor has it an index: FFmpeg takes the duration from the last timestamps, which it reads
        // from the last 250 000 bytes (and from 16 KiB before them in an M2TS).
        qint64 tsTailBytes = 320 * 1024;
        // Anything that cannot be walked.
        qint64 fallbackHeadBytes = 4 * 1024 * 1024;
        qint64 fallbackTailBytes = 1024 * 1024;
        // An index (moov, Cues, idx1, …) claiming more than this is taken for corruption.
        qint64 maxIndexBytes = 256 * 1024 * 1024;
        // The most bytes of one structure read into memory to parse it (moov, hdrl, SeekHead).
        qint64 maxParseBytes = 16 * 1024 * 1024;
        // The most of a fragmented MP4's first fragment taken into the region whole; a larger
        // span is what corrupt offsets look like, and the runs' own allowances are used.
        qint64 maxFragmentBytes = 16 * 1024 * 1024;
        // The most bytes of Cues, idx1 or OpenDML indexes read for the seek index; more leaves
        // it empty.
        qint64 maxSeekIndexBytes = 64 * 1024 * 1024;
        // Bounds every walk, so that corrupt sizes can only make it give up, never loop.
        int maxElements = 10000;
        // Matroska without a SeekHead: Clusters jumped over looking for the Cues. Each jump is a
        // read somewhere else in the file (a piece to fetch), so it stays small.
        int maxClustersWalked = 64;
    };

    // Returns at most `length` bytes at `offset`; may block until they exist. Fewer bytes only
    // at the end of the file, empty on failure.
    using ReadFunction = std::function<QByteArray(qint64 offset, qint64 length)>;
    // Told the region (all of Result but the seek index) as soon as it is known, before the
    // walk reads the index for the seek index (a Matroska file's Cues, an AVI's idx1), which may
    // wait for bytes at the end of the file: a streamer fetches the whole region from then on.
    using RegionFunction = std::function<void(const Result &region)>;

    // Reads only structure (box and element headers, the boxes and elements it parses; of an
    // MPEG-TS, the first 256 KiB, whose PCRs give the bitrate) and, for the seek index, the
    // container's index (all of it in the region); never scans the media data.
    // Falls back to the head and the tail (Container::Unknown) when the container is unknown or
    // its structure is garbage or cut before the index.
    static Result compute(const QString &fileName, qint64 fileSize, const ReadFunction &read);
    static Result compute(const QString &fileName, qint64 fileSize, const ReadFunction &read,
                          const Options &options, const RegionFunction &regionKnown = {});
    // The container by its magic bytes; the file name's extension decides when they are weak
    // (an MP4 that does not start with ftyp or moov, an MPEG-TS with few packets in `head`).
    static Container detect(const QString &fileName, const QByteArray &head);
    static QString containerName(Container container);
};

} // namespace swarmplay
