#include "probeseekindex.h"

namespace swarmplay::probe {

namespace {

constexpr quint32 kKeyFrame = 0x10; // AVIIF_KEYFRAME
// Entries of one index taken; more is taken for a corrupt count.
constexpr qint64 kMaxEntries = 20000000;

// One stream's index entries as FFmpeg's AVI demuxer counts them: an entry's time is the sum of
// the durations before it, in samples of scale / rate seconds; a sample is a byte of a stream
// with a sample size, a block of an audio stream with a block alignment, else a chunk.
class StreamClock
{
public:
    StreamClock(const AviStream &s, int track)
        : m_s(s)
        , m_track(track)
    {}
    int track() const { return m_track; }
    qint64 ms() const
    {
        const double samples =
            m_s.sampleSize > 0 ? double(m_units) / double(m_s.sampleSize) : double(m_units);
        return qint64(samples * double(m_s.scale) * 1000.0 / double(m_s.rate));
    }
    void advance(qint64 length)
    {
        if (m_s.sampleSize > 0)
            m_units += length;
        else if (m_s.blockAlign > 0)
            m_units += (length + m_s.blockAlign - 1) / m_s.blockAlign;
        else
            ++m_units;
    }
    // FFmpeg indexes a chunk once, and not when it is empty.
    bool take(qint64 position)
    {
        const bool fresh = position != m_last;
        m_last = position;
        return fresh;
    }

private:
    AviStream m_s;
    int m_track;
    qint64 m_units = 0;
    qint64 m_last = -1;
};

bool usable(const AviStream &s)
{
    return s.scale > 0 && s.rate > 0;
}

// A track for each stream whose rates make sense; the first video stream is where seeks land.
QVector<StreamClock> clocks(const QVector<AviStream> &streams, SeekIndex *index)
{
    QVector<StreamClock> out;
    bool sawVideo = false;
    for (const AviStream &s : streams) {
        const int track = usable(s) ? index->addTrack(s.video && !sawVideo, s.video) : -1;
        sawVideo = sawVideo || (s.video && usable(s));
        out.append(StreamClock(s, track));
    }
    return out;
}

void add(SeekIndex *index, StreamClock &clock, qint64 position, qint64 length, bool key)
{
    if (clock.track() >= 0 && length > 0 && clock.take(position))
        index->addSample(clock.track(), position, 8 + length, clock.ms(), key);
    clock.advance(length);
}

} // namespace

// idx1: {ckid, flags, offset, size} for every chunk. The offsets count from the 'movi' list or
// from the file's start; FFmpeg tells them apart by where the first entry points, and so here.
bool aviIdx1SeekIndex(const QByteArray &idx1, qint64 moviData, const QVector<AviStream> &streams,
                      SeekIndex *index)
{
    QVector<StreamClock> clock = clocks(streams, index);
    const qint64 entries = qMin(idx1.size() / 16, kMaxEntries);
    bool first = true;
    qint64 dataOffset = 0;
    for (qint64 i = 0; i < entries; ++i) {
        const char *p = idx1.constData() + 16 * i;
        const int stream = (uchar(p[0]) - '0') * 10 + (uchar(p[1]) - '0');
        // Palette changes ("##pc") are not packets.
        if (stream < 0 || stream >= clock.size() || (p[2] == 'p' && p[3] == 'c'))
            continue;
        const qint64 offset = le32(p + 8);
        if (first) {
            dataOffset = moviData - offset;
            first = false;
        }
        add(index, clock[stream], offset + dataOffset, le32(p + 12), le32(p + 4) & kKeyFrame);
    }
    return !first;
}

// An OpenDML standard index: a 32-byte header (with the base offset the entries count from),
// then {offset of the chunk's data, size with bit 31 set when it is not a keyframe}.
bool aviOdmlSeekIndex(const QVector<QVector<QByteArray>> &chunks, const QVector<AviStream> &streams,
                      SeekIndex *index)
{
    QVector<StreamClock> clock = clocks(streams, index);
    qint64 taken = 0;
    for (int s = 0; s < chunks.size() && s < clock.size(); ++s) {
        for (const QByteArray &ix : chunks.at(s)) {
            const char *p = ix.constData();
            // wLongsPerEntry 2, bIndexType AVI_INDEX_OF_CHUNKS.
            if (ix.size() < 32 || le16(p + 8) != 2 || p[11] != 1)
                return false;
            const qint64 entries = le32(p + 12);
            const qint64 base = qint64(le64(p + 20) & (~0ull >> 1));
            if (entries > (ix.size() - 32) / 8 || (taken += entries) > kMaxEntries)
                return false;
            for (qint64 i = 0; i < entries; ++i) {
                const char *entry = p + 32 + 8 * i;
                const quint32 size = le32(entry + 4);
                add(index, clock[s], base + le32(entry) - 8, size & 0x7FFFFFFF,
                    !(size & 0x80000000u));
            }
        }
    }
    return true;
}

} // namespace swarmplay::probe
