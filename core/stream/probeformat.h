#pragma once

// Internal to ProbeRegion (see proberegion.h): the constants and byte-level parsing its container
// walks share — big/little-endian fields, MP4/RIFF boxes, Matroska (EBML) elements, MPEG-TS sync.

#include <algorithm>

#include <QByteArray>
#include <QString>
#include <QtEndian>

#include "proberegion.h"

namespace swarmplay::probe {

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
constexpr quint32 kTracks = 0x1654AE6B;
constexpr quint32 kTrackEntry = 0xAE;
constexpr quint32 kTrackNumber = 0xD7;
constexpr quint32 kTrackType = 0x83;

// Where the MPEG-TS packets are in `head`: a sync byte every 188 bytes (TS), 192 (M2TS: a
// timestamp before each packet) or 204 (with Reed-Solomon bytes), from wherever the first packet
// starts. Five in a row is no accident; one does when the name says TS and the file is that short.
bool tsLayout(const QByteArray &head, bool tsName, int *packetSize, int *firstSync);

bool isTsName(const QString &fileName);

inline quint32 be32(const char *p)
{
    return qFromBigEndian<quint32>(p);
}
inline quint64 be64(const char *p)
{
    return qFromBigEndian<quint64>(p);
}
inline quint32 le16(const char *p)
{
    return qFromLittleEndian<quint16>(p);
}
inline quint32 le32(const char *p)
{
    return qFromLittleEndian<quint32>(p);
}
inline quint64 le64(const char *p)
{
    return qFromLittleEndian<quint64>(p);
}

// Box and chunk types are printable ASCII; garbage rarely is four times in a row.
bool isFourcc(const QByteArray &type);

QString hex(quint32 id);

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

bool findBox(const QByteArray &d, qint64 b, qint64 e, const char *type, qint64 *cb, qint64 *ce);

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

bool parseElementHeader(const char *p, qint64 avail, Element *e);

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

quint64 ebmlUint(const QByteArray &d, qint64 b, qint64 e);

} // namespace swarmplay::probe
