#include "proberegion.h"

#include <algorithm>
#include <cstring>
#include <utility>

#include <QFileInfo>
#include <QSet>
#include <QStringList>
#include <QtEndian>

namespace swarmplay {

namespace {

using Container = ProbeRegion::Container;
using Options = ProbeRegion::Options;
using Range = ProbeRegion::Range;

// Read at offset 0 before anything else: enough to tell the containers apart (five MPEG-TS
// packets) and to hold the first headers, which every region starts with anyway.
constexpr qint64 kDetectBytes = 4096;
// Boxes and chunks that are neither media data nor an index (udta, meta, uuid, moof, LIST INFO)
// are read whole by FFmpeg. They are small; a bigger one is taken for data the demuxer skips.
constexpr qint64 kMaxSideBytes = 4 * 1024 * 1024;
// MPEG-TS read at the start to find the bitrate from the PCRs: about half a second at 4 Mbit/s,
// always within what FFmpeg reads.
constexpr qint64 kTsSampleBytes = 256 * 1024;
// Padding (MP4 free, Matroska Void, AVI JUNK) the demuxer skips, yet kept in the region when it
// is this small: it sits between bytes that are needed, so it costs no extra piece and keeps the
// region in one range.
constexpr qint64 kSmallPadding = 64 * 1024;
// Children walked inside one box or element held in memory.
constexpr int kMaxChildren = 100000;

// Matroska element IDs (with their length marker bits, as they are written).
constexpr quint32 kEbml = 0x1A45DFA3;
constexpr quint32 kSegment = 0x18538067;
constexpr quint32 kSeekHead = 0x114D9B74;
constexpr quint32 kInfo = 0x1549A966;
constexpr quint32 kCues = 0x1C53BB6B;
constexpr quint32 kCluster = 0x1F43B675;
constexpr quint32 kVoid = 0xEC;
constexpr quint32 kSeek = 0x4DBB;
constexpr quint32 kSeekId = 0x53AB;
constexpr quint32 kSeekPosition = 0x53AC;
constexpr quint32 kTimecodeScale = 0x2AD7B1;
constexpr quint32 kDuration = 0x4489;

// Where the MPEG-TS packets are in `head`: a sync byte every 188 bytes (TS), 192 (M2TS: a
// timestamp before each packet) or 204 (with Reed-Solomon bytes), from wherever the first packet
// starts. Five in a row is no accident; one does when the name says TS and the file is that short.
bool tsLayout(const QByteArray &head, bool tsName, int *packetSize, int *firstSync)
{
    for (const int packet : {188, 192, 204}) {
        for (int start = 0; start < packet && start < head.size(); ++start) {
            int found = 0;
            int p = start;
            while (p < head.size() && head.at(p) == 0x47) {
                ++found;
                p += packet;
            }
            if (p >= head.size() && (found >= 5 || (tsName && found >= 1))) {
                *packetSize = packet;
                *firstSync = start;
                return true;
            }
        }
    }
    return false;
}

bool isTsName(const QString &fileName)
{
    static const QStringList extensions = {QStringLiteral("ts"),  QStringLiteral("m2ts"),
                                           QStringLiteral("mts"), QStringLiteral("m2t"),
                                           QStringLiteral("tp"),  QStringLiteral("trp")};
    return extensions.contains(QFileInfo(fileName).suffix().toLower());
}

quint32 be32(const char *p)
{
    return qFromBigEndian<quint32>(p);
}
quint64 be64(const char *p)
{
    return qFromBigEndian<quint64>(p);
}
quint32 le16(const char *p)
{
    return qFromLittleEndian<quint16>(p);
}
quint32 le32(const char *p)
{
    return qFromLittleEndian<quint32>(p);
}
quint64 le64(const char *p)
{
    return qFromLittleEndian<quint64>(p);
}

// Box and chunk types are printable ASCII; garbage rarely is four times in a row.
bool isFourcc(const QByteArray &type)
{
    return type.size() == 4 &&
           std::all_of(type.begin(), type.end(), [](char c) { return c >= 0x20 && c < 0x7F; });
}

QString hex(quint32 id)
{
    return QStringLiteral("0x%1").arg(id, 0, 16);
}

// The caller's read function, clipped to the file, serving what the first read already holds.
class Reader
{
public:
    Reader(qint64 size, const ProbeRegion::ReadFunction &read)
        : m_size(size)
        , m_read(read)
    {}

    qint64 size() const { return m_size; }
    const QByteArray &head() const { return m_head; }
    void loadHead(qint64 length) { m_head = fetch(0, qMin(length, m_size)); }

    // Exactly `length` bytes at `offset`, or false (past the end of the file, read failure).
    bool read(qint64 offset, qint64 length, QByteArray *out)
    {
        if (offset < 0 || length < 0 || length > m_size - offset)
            return false;
        if (offset + length <= m_head.size())
            *out = m_head.mid(offset, length);
        else
            *out = fetch(offset, length);
        return out->size() == length;
    }
    // Up to `length` bytes, fewer only at the end of the file.
    bool readUpTo(qint64 offset, qint64 length, QByteArray *out)
    {
        return offset >= 0 && offset < m_size && read(offset, qMin(length, m_size - offset), out);
    }

private:
    QByteArray fetch(qint64 offset, qint64 length)
    {
        QByteArray bytes = length > 0 ? m_read(offset, length) : QByteArray();
        if (bytes.size() > length)
            bytes.truncate(length);
        return bytes;
    }

    qint64 m_size;
    const ProbeRegion::ReadFunction &m_read;
    QByteArray m_head;
};

// Box children inside a buffer: f(type, payloadBegin, payloadEnd). Stops at the first box that
// does not fit (corruption, or a buffer cut at maxParseBytes).
template <typename F> void forEachBox(const QByteArray &d, qint64 b, qint64 e, F f)
{
    for (int n = 0; e - b >= 8 && n < kMaxChildren; ++n) {
        quint64 size = be32(d.constData() + b);
        qint64 header = 8;
        if (size == 1) {
            if (e - b < 16)
                return;
            size = be64(d.constData() + b + 8);
            header = 16;
        } else if (size == 0) {
            size = quint64(e - b);
        }
        if (size < quint64(header) || size > quint64(e - b))
            return;
        f(d.mid(b + 4, 4), b + header, b + qint64(size));
        b += qint64(size);
    }
}

bool findBox(const QByteArray &d, qint64 b, qint64 e, const char *type, qint64 *cb, qint64 *ce)
{
    bool found = false;
    forEachBox(d, b, e, [&](const QByteArray &t, qint64 pb, qint64 pe) {
        if (!found && t == type) {
            found = true;
            *cb = pb;
            *ce = pe;
        }
    });
    return found;
}

// A Matroska element header: ID (1–4 bytes) and size (1–8 bytes, all value bits set = unknown).
struct Element
{
    quint32 id = 0;
    qint64 offset = 0;
    int headerSize = 0;
    qint64 size = -1; // -1: unknown
    qint64 data() const { return offset + headerSize; }
    qint64 end() const { return data() + size; }
};

bool parseElementHeader(const char *p, qint64 avail, Element *e)
{
    if (avail < 2 || p[0] == 0)
        return false;
    const auto b0 = uchar(p[0]);
    int idLen = 1;
    while (!(b0 & (0x80 >> (idLen - 1))))
        ++idLen;
    if (idLen > 4 || idLen >= avail || p[idLen] == 0)
        return false;
    const auto s0 = uchar(p[idLen]);
    int sizeLen = 1;
    while (!(s0 & (0x80 >> (sizeLen - 1))))
        ++sizeLen;
    if (idLen + sizeLen > avail)
        return false;
    quint32 id = 0;
    for (int i = 0; i < idLen; ++i)
        id = (id << 8) | uchar(p[i]);
    const quint64 firstMask = 0xFFu >> sizeLen;
    quint64 value = s0 & firstMask;
    bool allOnes = value == firstMask;
    for (int i = 1; i < sizeLen; ++i) {
        value = (value << 8) | uchar(p[idLen + i]);
        allOnes = allOnes && uchar(p[idLen + i]) == 0xFF;
    }
    e->id = id;
    e->headerSize = idLen + sizeLen;
    e->size = allOnes ? -1 : qint64(value); // at most 56 bits: never negative
    return true;
}

// Element children inside a buffer: f(id, dataBegin, dataEnd).
template <typename F> void forEachElement(const QByteArray &d, qint64 b, qint64 e, F f)
{
    for (int n = 0; b < e && n < kMaxChildren; ++n) {
        Element el;
        if (!parseElementHeader(d.constData() + b, e - b, &el) || el.size < 0 ||
            el.size > e - b - el.headerSize)
            return;
        f(el.id, b + el.headerSize, b + el.headerSize + el.size);
        b += el.headerSize + el.size;
    }
}

quint64 ebmlUint(const QByteArray &d, qint64 b, qint64 e)
{
    quint64 v = 0;
    for (qint64 i = b; i < e && i < b + 8; ++i)
        v = (v << 8) | uchar(d[i]);
    return v;
}

class RangeSet
{
public:
    explicit RangeSet(qint64 fileSize)
        : m_size(fileSize)
    {}

    // Clipped to the file; offsets and lengths may come from corrupt fields, so nothing here
    // may overflow.
    void add(qint64 offset, qint64 length)
    {
        if (length <= 0 || offset >= m_size || offset < -m_size)
            return;
        const qint64 begin = qMax<qint64>(0, offset);
        const qint64 end = length >= m_size - offset ? m_size : offset + length;
        if (end > begin)
            m_ranges.append({begin, end - begin});
    }

    QVector<Range> merged() const
    {
        QVector<Range> sorted = m_ranges;
        std::sort(sorted.begin(), sorted.end(),
                  [](const Range &a, const Range &b) { return a.offset < b.offset; });
        QVector<Range> out;
        for (const Range &r : sorted) {
            if (!out.isEmpty() && r.offset <= out.last().end())
                out.last().length = qMax(out.last().end(), r.end()) - out.last().offset;
            else
                out.append(r);
        }
        return out;
    }

private:
    qint64 m_size;
    QVector<Range> m_ranges;
};

// One walk through one file. Each container's walk returns false with m_why set when the
// structure cannot be trusted; compute() then falls back to head and tail.
class Walker
{
public:
    Walker(Reader &in, const Options &options)
        : m_in(in)
        , m_opt(options)
        , m_ranges(in.size())
    {}

    bool mp4();
    bool matroska();
    bool avi();
    void mpegTs(bool tsName);

    QVector<Range> ranges() const { return m_ranges.merged(); }
    qint64 durationMs() const { return m_durationMs; }
    QString why() const { return m_why; }

private:
    bool fail(const QString &why)
    {
        m_why = why;
        return false;
    }
    bool tooMany() { return ++m_elements > m_opt.maxElements; }
    QString tooManyText() const
    {
        return QStringLiteral("more than %1 elements: corrupt sizes").arg(m_opt.maxElements);
    }
    QString pastEndText(const QString &what, qint64 at, quint64 length) const
    {
        return QStringLiteral("%1 at %2 claims %3 bytes, past the end of the file (%4 bytes)")
            .arg(what)
            .arg(at)
            .arg(length)
            .arg(m_in.size());
    }

    void parseMoov(const QByteArray &moov, QVector<qint64> *firstChunks);
    void parseMoof(const QByteArray &moof, qint64 moofAt, QVector<qint64> *firstRuns);
    bool elementAt(qint64 offset, Element *e);
    void takeLevel1(const Element &e);
    void parseSeekHead(const QByteArray &d);
    void parseInfo(const QByteArray &d);
    void parseHdrl(const QByteArray &d, qint64 b, qint64 e, int depth = 0);

    Reader &m_in;
    const Options &m_opt;
    RangeSet m_ranges;
    qint64 m_durationMs = -1;
    QString m_why;
    int m_elements = 0;

    // Matroska
    struct SeekEntry
    {
        quint32 id;
        quint64 position; // relative to the Segment's data
    };
    QVector<SeekEntry> m_seeks;
    QSet<qint64> m_taken;
    bool m_sawSeekHead = false;
    bool m_sawCues = false;

    // AVI
    qint64 m_usPerFrame = 0;
    qint64 m_totalFrames = 0;
    qint64 m_grandFrames = 0;
    QVector<Range> m_odmlIndexes;
};

bool Walker::mp4()
{
    const qint64 size = m_in.size();
    qint64 pos = 0;
    qint64 moovAt = -1;
    qint64 moovSize = 0;
    qint64 firstMdat = -1; // payload
    qint64 firstMoof = -1;
    qint64 firstMoofSize = 0;
    while (pos < size) {
        if (tooMany())
            return fail(tooManyText());
        if (size - pos < 8) {
            // Trailing bytes too few for a box: FFmpeg reads them, finds nothing and stops.
            m_ranges.add(pos, size - pos);
            break;
        }
        QByteArray h;
        if (!m_in.read(pos, 8, &h))
            return fail(QStringLiteral("could not read the box header at %1").arg(pos));
        const QByteArray type = h.mid(4, 4);
        if (!isFourcc(type))
            return fail(QStringLiteral("no box at %1").arg(pos));
        quint64 boxSize = be32(h.constData());
        qint64 header = 8;
        if (boxSize == 1) {
            if (!m_in.read(pos, 16, &h))
                return fail(QStringLiteral("could not read the box header at %1").arg(pos));
            boxSize = be64(h.constData() + 8);
            header = 16;
        } else if (boxSize == 0) {
            boxSize = quint64(size - pos); // "to the end of the file"
        }
        const QString what = QStringLiteral("box '%1'").arg(QString::fromLatin1(type));
        if (boxSize < quint64(header))
            return fail(QStringLiteral("%1 at %2 has the impossible size %3")
                            .arg(what)
                            .arg(pos)
                            .arg(boxSize));
        if (boxSize > quint64(size - pos)) {
            // A truncated file still plays up to the cut when the moov came first; without the
            // moov nothing plays, and any other box past the end is corruption.
            if (type == "mdat" && moovAt < 0)
                return fail(QStringLiteral("the mdat at %1 runs past the end of the file and no "
                                           "moov came before it: the file is truncated")
                                .arg(pos));
            if (type != "mdat")
                return fail(pastEndText(what, pos, boxSize));
            boxSize = quint64(size - pos);
        }
        const qint64 length = qint64(boxSize);
        m_ranges.add(pos, header); // FFmpeg reads every top-level header
        if (type == "mdat") {
            if (firstMdat < 0)
                firstMdat = pos + header;
        } else if (type == "moov") {
            // FFmpeg ignores a second moov, so only the first one counts.
            if (moovAt < 0) {
                if (length > m_opt.maxIndexBytes)
                    return fail(QStringLiteral("moov at %1 claims %2 bytes").arg(pos).arg(length));
                moovAt = pos;
                moovSize = length;
                m_ranges.add(pos, length);
            }
        } else if (type == "free" || type == "skip" || type == "wide") {
            if (length <= kSmallPadding)
                m_ranges.add(pos, length);
        } else if (length <= kMaxSideBytes) {
            // udta, meta, uuid, sidx, moof: FFmpeg reads them.
            m_ranges.add(pos, length);
            if (type == "moof" && firstMoof < 0) {
                firstMoof = pos;
                firstMoofSize = length;
            }
        }
        pos += length;
    }
    if (moovAt < 0)
        return fail(QStringLiteral("no moov box: the file's index is missing (is it truncated?)"));

    QByteArray moov;
    if (!m_in.read(moovAt, qMin(moovSize, m_opt.maxParseBytes), &moov))
        return fail(QStringLiteral("could not read the moov box at %1").arg(moovAt));
    QVector<qint64> firstChunks;
    parseMoov(moov, &firstChunks);
    // A fragmented file's moov has no chunks; its first fragment says where the samples are.
    QByteArray moof;
    if (firstChunks.isEmpty() && firstMoof >= 0 && m_in.read(firstMoof, firstMoofSize, &moof))
        parseMoof(moof, firstMoof, &firstChunks);
    // The first chunk of every track: they are together at the start of the mdat when the file
    // is interleaved, and apart when it is not (all video, then all audio, as in the fragments
    // FFmpeg writes).
    if (firstChunks.isEmpty() && firstMdat >= 0)
        firstChunks.append(firstMdat);
    for (qint64 offset : std::as_const(firstChunks))
        m_ranges.add(offset, m_opt.firstFramesBytes);
    return true;
}

void Walker::parseMoov(const QByteArray &moov, QVector<qint64> *firstChunks)
{
    const qint64 header = be32(moov.constData()) == 1 ? 16 : 8;
    forEachBox(moov, header, moov.size(), [&](const QByteArray &type, qint64 b, qint64 e) {
        const char *p = moov.constData() + b;
        if (type == "mvhd" && e - b >= 20) {
            // version 0: 32-bit times; version 1: 64-bit creation, modification and duration.
            const bool v1 = p[0] == 1;
            if (v1 && e - b < 32)
                return;
            const quint64 timescale = be32(p + (v1 ? 20 : 12));
            const quint64 duration = v1 ? be64(p + 24) : be32(p + 16);
            const bool unknown = duration == 0 || duration == (v1 ? ~0ull : 0xFFFFFFFFull);
            if (timescale > 0 && !unknown)
                m_durationMs =
                    qint64(duration / timescale * 1000 + duration % timescale * 1000 / timescale);
        } else if (type == "trak") {
            qint64 cb = b;
            qint64 ce = e;
            for (const char *child : {"mdia", "minf", "stbl"}) {
                if (!findBox(moov, cb, ce, child, &cb, &ce))
                    return;
            }
            qint64 sb = 0;
            qint64 se = 0;
            if (findBox(moov, cb, ce, "stco", &sb, &se) && se - sb >= 12 &&
                be32(moov.constData() + sb + 4) > 0)
                firstChunks->append(be32(moov.constData() + sb + 8));
            else if (findBox(moov, cb, ce, "co64", &sb, &se) && se - sb >= 16 &&
                     be32(moov.constData() + sb + 4) > 0)
                firstChunks->append(qint64(be64(moov.constData() + sb + 8) & (~0ull >> 1)));
        }
    });
}

// Each track fragment's first run starts at its base (tfhd's base-data-offset, else the moof)
// plus the run's data offset.
void Walker::parseMoof(const QByteArray &moof, qint64 moofAt, QVector<qint64> *firstRuns)
{
    const qint64 header = be32(moof.constData()) == 1 ? 16 : 8;
    forEachBox(moof, header, moof.size(), [&](const QByteArray &type, qint64 b, qint64 e) {
        qint64 hb = 0;
        qint64 he = 0;
        qint64 rb = 0;
        qint64 re = 0;
        if (type != "traf" || !findBox(moof, b, e, "tfhd", &hb, &he) || he - hb < 8 ||
            !findBox(moof, b, e, "trun", &rb, &re) || re - rb < 12)
            return;
        const char *tfhd = moof.constData() + hb;
        const char *trun = moof.constData() + rb;
        qint64 base = moofAt;
        if ((be32(tfhd) & 0x000001) && he - hb >= 16)
            base = qint64(be64(tfhd + 8) & (~0ull >> 1));
        if (be32(trun) & 0x000001) // data-offset-present
            firstRuns->append(base + qint32(be32(trun + 8)));
    });
}

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
    if (e.id == kCues)
        m_sawCues = true;
    if (e.id != kSeekHead && e.id != kInfo)
        return;
    QByteArray body;
    if (e.size > m_opt.maxParseBytes || !m_in.read(e.data(), e.size, &body))
        return;
    if (e.id == kSeekHead)
        parseSeekHead(body);
    else
        parseInfo(body);
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
    // 0 means unknown, as to FFmpeg; the comparison also rejects NaN.
    if (duration > 0 && duration * double(scale) < 1e21)
        m_durationMs = qint64(duration * double(scale) / 1e6 + 0.5);
}

bool Walker::avi()
{
    const qint64 size = m_in.size();
    QByteArray h;
    if (!m_in.read(0, 12, &h) || !h.startsWith("RIFF") || h.mid(8, 4) != "AVI ")
        return fail(QStringLiteral("no RIFF AVI header"));
    m_ranges.add(0, 12);
    bool hdrl = false;
    bool movi = false;
    // Inside the first RIFF come hdrl, movi and idx1; an OpenDML file goes on with RIFF AVIX
    // chunks, each jumped over whole.
    for (qint64 pos = 12; size - pos >= 8;) {
        if (tooMany())
            return fail(tooManyText());
        if (!m_in.read(pos, 8, &h))
            return fail(QStringLiteral("could not read the chunk header at %1").arg(pos));
        const QByteArray id = h.left(4);
        if (!isFourcc(id))
            return fail(QStringLiteral("no chunk at %1").arg(pos));
        const qint64 length = le32(h.constData() + 4);
        // A list's type is read apart, so that nothing is read that the region leaves out.
        if (id == "LIST" && length >= 4 && !m_in.read(pos, 12, &h))
            return fail(QStringLiteral("could not read the list header at %1").arg(pos));
        const QByteArray listType = id == "LIST" && h.size() >= 12 ? h.mid(8, 4) : QByteArray();
        const qint64 header = listType.isEmpty() ? 8 : 12;
        const qint64 next = pos + 8 + length + (length & 1);
        if (next > size + 1) { // + 1: a last pad byte may be missing
            // A cut movi still plays (without an index); anything else past the end is corrupt.
            if (listType != "movi" || !hdrl)
                return fail(pastEndText(QStringLiteral("chunk '%1'").arg(QString::fromLatin1(id)),
                                        pos, length));
            m_ranges.add(pos, header + m_opt.firstFramesBytes);
            movi = true;
            break;
        }
        m_ranges.add(pos, header);
        if (listType == "hdrl") {
            QByteArray d;
            if (length > m_opt.maxParseBytes || !m_in.read(pos, 8 + length, &d))
                return fail(QStringLiteral("could not read the hdrl list at %1").arg(pos));
            m_ranges.add(pos, 8 + length);
            parseHdrl(d, 12, d.size());
            hdrl = true;
        } else if (listType == "movi") {
            m_ranges.add(pos, header + m_opt.firstFramesBytes);
            movi = true;
        } else if (id == "idx1") {
            if (length > m_opt.maxIndexBytes)
                return fail(QStringLiteral("idx1 at %1 claims %2 bytes").arg(pos).arg(length));
            m_ranges.add(pos, 8 + length);
        } else if (id == "JUNK" ? length <= kSmallPadding
                                : id != "RIFF" && length <= kMaxSideBytes) {
            m_ranges.add(pos, 8 + length);
        }
        pos = next;
    }
    if (!hdrl || !movi)
        return fail(QStringLiteral("no hdrl or no movi list"));
    // OpenDML standard indexes (ix00, ix01, …): FFmpeg reads every one the super index names.
    for (const Range &r : std::as_const(m_odmlIndexes)) {
        if (r.offset < size && r.length <= m_opt.maxIndexBytes)
            m_ranges.add(r.offset, r.length);
    }
    const qint64 frames = m_grandFrames > 0 ? m_grandFrames : m_totalFrames;
    if (m_usPerFrame > 0 && frames > 0)
        m_durationMs = m_usPerFrame * frames / 1000;
    return true;
}

// RIFF chunks inside a buffer; lists are entered: avih and dmlh give the duration, each stream's
// indx (an OpenDML super index) gives where its standard indexes are.
void Walker::parseHdrl(const QByteArray &d, qint64 b, qint64 e, int depth)
{
    for (int n = 0; e - b >= 8 && n < kMaxChildren; ++n) {
        const char *p = d.constData() + b;
        const QByteArray id = d.mid(b, 4);
        const qint64 length = le32(p + 4);
        if (length > e - b - 8)
            return;
        if (id == "LIST" && length >= 4) {
            // strl and odml sit in hdrl; deeper nesting is garbage, and would eat the stack.
            if (depth < 2)
                parseHdrl(d, b + 12, b + 8 + length, depth + 1);
        } else if (id == "avih" && length >= 20) {
            m_usPerFrame = le32(p + 8);
            m_totalFrames = le32(p + 8 + 16);
        } else if (id == "dmlh" && length >= 4) {
            m_grandFrames = le32(p + 8);
        } else if (id == "indx" && length >= 24 && le16(p + 8) == 4 && p[8 + 3] == 0) {
            // wLongsPerEntry 4 and bIndexType AVI_INDEX_OF_INDEXES: entries of
            // {qwOffset, dwSize, dwDuration} after a 24-byte header.
            const qint64 entries = qMin<qint64>(le32(p + 12), (length - 24) / 16);
            for (qint64 i = 0; i < entries && m_odmlIndexes.size() < m_opt.maxElements; ++i) {
                const char *entry = p + 8 + 24 + i * 16;
                const quint64 offset = le64(entry);
                // dwSize counts the index's bytes; its chunk header comes before them.
                if (offset < quint64(m_in.size()))
                    m_odmlIndexes.append({qint64(offset), 8 + qint64(le32(entry + 8))});
            }
        }
        b += 8 + length + (length & 1);
    }
}

void Walker::mpegTs(bool tsName)
{
    int packet = 188;
    int sync = 0;
    tsLayout(m_in.head(), tsName, &packet, &sync);
    QByteArray d;
    if (!m_in.readUpTo(0, kTsSampleBytes, &d))
        d = m_in.head();
    // Null packets (padding to a constant rate) are not packets to FFmpeg's probesize; the PCRs
    // of one program give the rate of the file, padding included.
    qint64 packets = 0;
    qint64 nulls = 0;
    int pcrPid = -1;
    qint64 firstPcr = -1;
    qint64 firstPcrAt = 0;
    qint64 lastPcr = -1;
    qint64 lastPcrAt = 0;
    for (qint64 p = sync; p + 188 <= d.size(); p += packet) {
        const auto *t = reinterpret_cast<const uchar *>(d.constData() + p);
        if (t[0] != 0x47)
            break;
        ++packets;
        const int pid = ((t[1] & 0x1F) << 8) | t[2];
        if (pid == 0x1FFF) {
            ++nulls;
            continue;
        }
        // An adaptation field of at least 7 bytes with the PCR flag set.
        if (!(t[3] & 0x20) || t[4] < 7 || !(t[5] & 0x10) || (pcrPid >= 0 && pid != pcrPid))
            continue;
        pcrPid = pid;
        const qint64 pcr = (qint64(t[6]) << 25) | (qint64(t[7]) << 17) | (qint64(t[8]) << 9) |
                           (qint64(t[9]) << 1) | (t[10] >> 7); // 90 kHz
        if (firstPcr < 0) {
            firstPcr = pcr;
            firstPcrAt = p;
        } else if (pcr > firstPcr) {
            lastPcr = pcr;
            lastPcrAt = p;
        }
    }
    const double payloadShare = packets > 0 ? qMax(0.05, double(packets - nulls) / packets) : 1.0;
    double head = double(m_opt.probeBytes) * 188 / 184 / payloadShare;
    if (lastPcr > firstPcr) {
        const double bytesPerMs = double(lastPcrAt - firstPcrAt) * 90 / double(lastPcr - firstPcr);
        head = qMin(head, bytesPerMs * double(m_opt.probeMs));
    }
    // A fifth more for a rate that grows after the sample and for the stuffing in each PES
    // packet's last TS packet, and FFmpeg's read buffer.
    m_ranges.add(0, qMax(qint64(head * 1.2) + 64 * 1024, qint64(d.size())));
    m_ranges.add(m_in.size() - m_opt.tsTailBytes, m_opt.tsTailBytes);
}

} // namespace

qint64 ProbeRegion::Result::bytes() const
{
    qint64 total = 0;
    for (const Range &r : ranges)
        total += r.length;
    return total;
}

bool ProbeRegion::Result::contains(qint64 offset) const
{
    return std::any_of(ranges.begin(), ranges.end(),
                       [offset](const Range &r) { return offset >= r.offset && offset < r.end(); });
}

ProbeRegion::Result ProbeRegion::compute(const QString &fileName, qint64 fileSize,
                                         const ReadFunction &read)
{
    return compute(fileName, fileSize, read, Options());
}

ProbeRegion::Result ProbeRegion::compute(const QString &fileName, qint64 fileSize,
                                         const ReadFunction &read, const Options &options)
{
    Result result;
    if (fileSize <= 0 || !read)
        return result;
    Reader in(fileSize, read);
    in.loadHead(kDetectBytes);
    const Container container = detect(fileName, in.head());
    Walker walker(in, options);
    bool walked = false;
    switch (container) {
    case Container::Mp4:
        walked = walker.mp4();
        break;
    case Container::Matroska:
        walked = walker.matroska();
        break;
    case Container::Avi:
        walked = walker.avi();
        break;
    case Container::MpegTs:
        walker.mpegTs(isTsName(fileName));
        walked = true;
        break;
    case Container::Unknown:
        break;
    }
    if (walked) {
        result.container = container;
        result.ranges = walker.ranges();
        result.durationMs = walker.durationMs();
        return result;
    }
    if (container == Container::Unknown) {
        result.fallbackReason = in.head().isEmpty()
                                    ? QStringLiteral("could not read the head of the file")
                                    : QStringLiteral("not MP4, Matroska, AVI or MPEG-TS");
    } else {
        result.fallbackReason = containerName(container) + QStringLiteral(": ") + walker.why();
    }
    RangeSet fallback(fileSize);
    fallback.add(0, options.fallbackHeadBytes);
    fallback.add(fileSize - options.fallbackTailBytes, options.fallbackTailBytes);
    result.ranges = fallback.merged();
    return result;
}

ProbeRegion::Container ProbeRegion::detect(const QString &fileName, const QByteArray &head)
{
    if (head.startsWith("\x1A\x45\xDF\xA3"))
        return Container::Matroska;
    if (head.startsWith("RIFF") && head.mid(8, 4) == "AVI ")
        return Container::Avi;
    if (head.size() >= 8) {
        const QByteArray type = head.mid(4, 4);
        if (type == "ftyp" || type == "moov")
            return Container::Mp4;
        // Old QuickTime files may start with any of these; alone they say little.
        static const QStringList mp4Extensions = {QStringLiteral("mp4"), QStringLiteral("m4v"),
                                                  QStringLiteral("m4a"), QStringLiteral("mov"),
                                                  QStringLiteral("qt"),  QStringLiteral("3gp")};
        static const QList<QByteArray> weak = {"mdat", "free", "skip", "wide", "pnot", "uuid"};
        if (weak.contains(type) && mp4Extensions.contains(QFileInfo(fileName).suffix().toLower()))
            return Container::Mp4;
    }
    int packet = 0;
    int sync = 0;
    return tsLayout(head, isTsName(fileName), &packet, &sync) ? Container::MpegTs
                                                              : Container::Unknown;
}

QString ProbeRegion::containerName(Container container)
{
    switch (container) {
    case Container::Mp4:
        return QStringLiteral("MP4");
    case Container::Matroska:
        return QStringLiteral("Matroska");
    case Container::Avi:
        return QStringLiteral("AVI");
    case Container::MpegTs:
        return QStringLiteral("MPEG-TS");
    case Container::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace swarmplay
