#include "probewalker.h"

namespace swarmplay::probe {

bool Walker::elementAt(qint64 offset, Element *e)
{
    QByteArray h;
    if (!m_in.readUpTo(offset, 12, &h) || !parseElementHeader(h.constData(), h.size(), e))
        return false;
    e->offset = offset;
    return true;
}

bool Walker::matroska()
{
    m_container = Container::Matroska;
    const qint64 size = m_in.size();
    Element ebml;
    if (!elementAt(0, &ebml) || ebml.id != kEbml || ebml.size < 0 || ebml.end() > size)
        return fail(QStringLiteral("no EBML header"));
    m_ranges.add(0, ebml.end());

    Element segment;
    qint64 pos = ebml.end();
    for (;;) {
        if (!elementAt(pos, &segment) || tooMany())
            return fail(QStringLiteral("no Segment after the EBML header"));
        m_ranges.add(pos, segment.headerSize);
        if (segment.id == kSegment)
            break;
        if (segment.size < 0)
            return fail(QStringLiteral("no Segment after the EBML header"));
        pos = segment.end();
    }
    const qint64 segmentStart = segment.data();
    // An unknown size (a live recording) and a size past the end (a truncated file) both leave
    // the Segment open to the end of the file; FFmpeg plays both.
    const qint64 segmentEnd = segment.size < 0 ? size : qMin(segment.end(), size);
    m_layout.segmentStart = segmentStart;
    m_layout.segmentEnd = segmentEnd;

    // Level 1 up to the first Cluster, which is everything FFmpeg reads in order.
    qint64 firstCluster = -1;
    for (pos = segmentStart; pos < segmentEnd;) {
        Element e;
        if (tooMany())
            return fail(tooManyText());
        if (!elementAt(pos, &e))
            return fail(QStringLiteral("no element at %1").arg(pos));
        if (e.id == kCluster) {
            firstCluster = pos;
            m_ranges.add(pos, e.headerSize + m_opt.firstFramesBytes);
            break;
        }
        if (e.size < 0)
            return fail(
                QStringLiteral("element %1 at %2 has an unknown size").arg(hex(e.id)).arg(pos));
        if (e.end() > segmentEnd)
            return fail(pastEndText(QStringLiteral("element %1").arg(hex(e.id)), pos, e.size));
        takeLevel1(e);
        pos = e.end();
    }

    // What the SeekHead points to, wherever it is: Cues and Tags are often after the Clusters.
    // The list grows while nested SeekHeads are taken; m_taken stops loops between them.
    for (int i = 0; i < m_seeks.size() && !tooMany(); ++i) {
        const SeekEntry s = m_seeks.at(i);
        if (s.id == kCluster || s.position >= quint64(segmentEnd - segmentStart))
            continue;
        Element e;
        // An entry that points at something else is ignored, as FFmpeg does: the file still plays.
        if (!elementAt(segmentStart + qint64(s.position), &e) || e.id != s.id || e.size < 0 ||
            e.end() > segmentEnd)
            continue;
        takeLevel1(e);
    }

    if (!m_sawSeekHead && !m_sawCues && firstCluster >= 0) {
        // No SeekHead: jump from Cluster to Cluster by their sizes looking for the Cues.
        pos = firstCluster;
        for (int n = 0; n <= m_opt.maxClustersWalked && pos < segmentEnd && !m_sawCues; ++n) {
            Element e;
            if (!elementAt(pos, &e) || e.size < 0 || e.end() > segmentEnd)
                break;
            if (e.id == kCues)
                takeLevel1(e);
            pos = e.end();
        }
        // Not found within reach: a muxer that knows the Cues only at the end writes them
        // there, so the tail is the best guess.
        if (!m_sawCues)
            m_ranges.add(size - m_opt.fallbackTailBytes, m_opt.fallbackTailBytes);
    }
    return true;
}

void Walker::takeLevel1(const Element &e)
{
    if (m_taken.contains(e.offset))
        return;
    m_taken.insert(e.offset);
    m_ranges.add(e.offset, e.headerSize);
    // An element bigger than any index is left for the player to read.
    if ((e.id == kVoid && e.size > kSmallPadding) || e.size > m_opt.maxIndexBytes)
        return;
    m_ranges.add(e.offset, e.headerSize + e.size);
    if (e.id == kCues && !m_sawCues)
        m_cues = e; // read for the seek index once the region is known
    if (e.id == kCues)
        m_sawCues = true;
    if (e.id != kSeekHead && e.id != kInfo && e.id != kTracks)
        return;
    QByteArray body;
    if (e.size > m_opt.maxParseBytes || !m_in.read(e.data(), e.size, &body))
        return;
    if (e.id == kSeekHead)
        parseSeekHead(body);
    else if (e.id == kInfo)
        parseInfo(body);
    else
        parseTracks(body);
}

void Walker::parseSeekHead(const QByteArray &d)
{
    m_sawSeekHead = true;
    forEachElement(d, 0, d.size(), [&](quint32 id, qint64 b, qint64 e) {
        if (id != kSeek)
            return;
        SeekEntry entry{0, ~0ull};
        forEachElement(d, b, e, [&](quint32 child, qint64 cb, qint64 ce) {
            if (child == kSeekId && ce - cb <= 4)
                entry.id = quint32(ebmlUint(d, cb, ce));
            else if (child == kSeekPosition)
                entry.position = ebmlUint(d, cb, ce);
        });
        if (entry.id != 0 && entry.position != ~0ull)
            m_seeks.append(entry);
    });
}

void Walker::parseInfo(const QByteArray &d)
{
    quint64 scale = 1000000; // ns per tick, Matroska's default
    double duration = -1;
    forEachElement(d, 0, d.size(), [&](quint32 id, qint64 b, qint64 e) {
        if (id == kTimecodeScale && ebmlUint(d, b, e) > 0) {
            scale = ebmlUint(d, b, e);
        } else if (id == kDuration && e - b == 4) {
            const quint32 bits = be32(d.constData() + b);
            float f;
            std::memcpy(&f, &bits, sizeof f);
            duration = f;
        } else if (id == kDuration && e - b == 8) {
            const quint64 bits = be64(d.constData() + b);
            std::memcpy(&duration, &bits, sizeof duration);
        }
    });
    m_layout.timecodeScale = scale;
    // 0 means unknown, as to FFmpeg; the comparison also rejects NaN.
    if (duration > 0 && duration * double(scale) < 1e21)
        m_durationMs = qint64(duration * double(scale) / 1e6 + 0.5);
}

// The track FFmpeg seeks when asked for a time (its default stream): the first video track,
// else the first audio track.
void Walker::parseTracks(const QByteArray &d)
{
    quint64 firstAudio = 0;
    forEachElement(d, 0, d.size(), [&](quint32 id, qint64 b, qint64 e) {
        if (id != kTrackEntry || m_layout.seekTrack != 0)
            return;
        quint64 number = 0;
        quint64 type = 0;
        forEachElement(d, b, e, [&](quint32 child, qint64 cb, qint64 ce) {
            if (child == kTrackNumber)
                number = ebmlUint(d, cb, ce);
            else if (child == kTrackType)
                type = ebmlUint(d, cb, ce);
        });
        if (type == 1)
            m_layout.seekTrack = number;
        else if (type == 2 && firstAudio == 0)
            firstAudio = number;
    });
    if (m_layout.seekTrack == 0)
        m_layout.seekTrack = firstAudio;
}

bool Walker::readMatroskaCues()
{
    QByteArray cues;
    return m_cues.id == kCues && m_cues.size <= m_opt.maxSeekIndexBytes &&
           m_in.read(m_cues.data(), m_cues.size, &cues) &&
           matroskaSeekIndex(cues, m_layout, &m_seekIndex);
}

} // namespace swarmplay::probe
