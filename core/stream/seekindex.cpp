#include "seekindex.h"

#include <algorithm>
#include <limits>

namespace swarmplay {

namespace {

// A block ends after this much time, so that the end of what plays until a time is found
// within a fraction of a second of it.
constexpr qint64 kMaxBlockMs = 500;
// Samples of a track this close together in the file are one block: in an interleaved file
// only the other tracks' samples lie between them, and the demuxer reads those too.
constexpr qint64 kMaxGap = 64 * 1024;
// FFmpeg's I/O reads 32 KiB at a time and reads through a forward seek of up to 32 KiB past its
// buffer instead of seeking: the reads reach this far past the last byte the demuxer needs, and
// gaps this short are read, not skipped.
constexpr qint64 kReadAhead = 64 * 1024;
// What one block's 31-bit length holds; longer runs are cut into pieces of this size.
constexpr qint64 kMaxBlockBytes = qint64(1) << 30;

} // namespace

qint64 SeekIndex::durationMs() const
{
    if (isEmpty())
        return -1;
    if (m_durationMs > 0)
        return m_durationMs;
    qint64 last = 0;
    for (const Track &t : m_tracks) {
        if (!t.blocks.isEmpty())
            last = qMax<qint64>(last, t.lastMs);
    }
    return last;
}

int SeekIndex::blockCount() const
{
    int n = 0;
    for (const Track &t : m_tracks)
        n += t.blocks.size();
    return n;
}

int SeekIndex::addTrack(bool reference, bool splitAtKeys)
{
    Track t;
    t.splitAtKeys = splitAtKeys;
    m_tracks.append(t);
    if (reference && m_referenceAsked < 0)
        m_referenceAsked = m_tracks.size() - 1;
    return m_tracks.size() - 1;
}

void SeekIndex::addSample(int track, qint64 offset, qint64 length, qint64 timeMs, bool key)
{
    if (m_corrupt || length == 0)
        return;
    if (track < 0 || track >= m_tracks.size() || offset < 0 || length < 0 ||
        length > std::numeric_limits<qint64>::max() - offset ||
        timeMs < std::numeric_limits<qint32>::min() ||
        timeMs > std::numeric_limits<qint32>::max()) {
        m_corrupt = true;
        return;
    }
    Track &t = m_tracks[track];
    if (!t.blocks.isEmpty() && timeMs < t.lastMs) {
        m_corrupt = true;
        return;
    }
    t.lastMs = timeMs;
    if (!t.blocks.isEmpty() && !(t.splitAtKeys && key)) {
        Block &b = t.blocks.last();
        const qint64 end = b.offset + b.length;
        if (offset >= end && offset - end <= kMaxGap && timeMs - b.timeMs < kMaxBlockMs &&
            offset + length - b.offset <= kMaxBlockBytes) {
            b.length = quint32(offset + length - b.offset);
            return;
        }
    }
    bool first = true;
    while (length > 0) {
        const qint64 piece = qMin(length, kMaxBlockBytes);
        Block b;
        b.offset = offset;
        b.timeMs = qint32(timeMs);
        b.length = quint32(piece);
        b.key = first && (key || !t.splitAtKeys);
        t.blocks.append(b);
        offset += piece;
        length -= piece;
        first = false;
    }
}

bool SeekIndex::finish(qint64 fileSize, qint64 durationMs)
{
    m_fileSize = fileSize;
    m_durationMs = durationMs;
    int reference = m_referenceAsked;
    if (reference < 0) {
        // No video: the first track with anything in it, as FFmpeg's default stream.
        for (int i = 0; i < m_tracks.size() && reference < 0; ++i)
            reference = m_tracks.at(i).blocks.isEmpty() ? -1 : i;
    }
    // An index that points past the end of the file is not this file's.
    const bool inside = std::all_of(m_tracks.begin(), m_tracks.end(), [fileSize](const Track &t) {
        return std::all_of(t.blocks.begin(), t.blocks.end(),
                           [fileSize](const Block &b) { return b.offset < fileSize; });
    });
    const bool usable = !m_corrupt && inside && fileSize > 0 && reference >= 0 &&
                        !m_tracks.at(reference).blocks.isEmpty();
    if (!usable) {
        m_tracks.clear();
        m_reference = -1;
        return false;
    }
    m_reference = reference;
    for (Track &t : m_tracks)
        t.blocks.squeeze();
    return true;
}

int SeekIndex::lastAtOrBefore(const Track &track, qint64 timeMs)
{
    const auto it =
        std::upper_bound(track.blocks.begin(), track.blocks.end(), timeMs,
                         [](qint64 time, const Block &b) { return time < qint64(b.timeMs); });
    return int(it - track.blocks.begin()) - 1;
}

int SeekIndex::countBefore(const Track &track, qint64 timeMs)
{
    const auto it =
        std::lower_bound(track.blocks.begin(), track.blocks.end(), timeMs,
                         [](const Block &b, qint64 time) { return qint64(b.timeMs) < time; });
    return int(it - track.blocks.begin());
}

QVector<SeekIndex::Span> SeekIndex::spansFor(qint64 timeMs, qint64 aheadMs) const
{
    if (isEmpty())
        return {};
    // The sync point FFmpeg seeks the default stream to (AVSEEK_FLAG_BACKWARD): the last one at
    // or before the time, else the first.
    const Track &reference = m_tracks.at(m_reference);
    int sync = lastAtOrBefore(reference, timeMs);
    while (sync > 0 && !reference.blocks.at(sync).key)
        --sync;
    sync = qMax(sync, 0);
    const qint64 seekMs = reference.blocks.at(sync).timeMs;
    const qint64 untilMs = qMax(timeMs, seekMs) + qMax<qint64>(aheadMs, 0);

    QVector<Span> ranges;
    for (int i = 0; i < m_tracks.size(); ++i) {
        const Track &t = m_tracks.at(i);
        if (t.blocks.isEmpty())
            continue;
        // The other tracks are sought to the sync point's time: the block holding their last
        // sample before it (one earlier when a sample is right at it, against rounding).
        const int first = i == m_reference ? sync : qMax(0, countBefore(t, seekMs) - 1);
        const int last = qMax(first, lastAtOrBefore(t, untilMs));
        for (int b = first; b <= last; ++b)
            ranges.append({t.blocks.at(b).offset, qint64(t.blocks.at(b).length)});
    }
    std::sort(ranges.begin(), ranges.end(),
              [](const Span &a, const Span &b) { return a.offset < b.offset; });
    QVector<Span> out;
    for (const Span &r : std::as_const(ranges)) {
        if (r.offset >= m_fileSize)
            break;
        const qint64 end = qMin(m_fileSize, r.end() + kReadAhead);
        if (!out.isEmpty() && r.offset <= out.last().end())
            out.last().length = qMax(out.last().end(), end) - out.last().offset;
        else
            out.append({r.offset, end - r.offset});
    }
    return out;
}

} // namespace swarmplay
