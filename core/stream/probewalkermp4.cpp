#include <algorithm>

#include "probewalker.h"

namespace swarmplay::probe {

bool Walker::mp4()
{
    m_container = Container::Mp4;
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
    // A moov cut at maxParseBytes lacks tracks: no index rather than one that misses data.
    m_seekIndexRead = moovSize == moov.size() && mp4SeekIndex(moov, &m_seekIndex);
    // A fragmented file's moov has no chunks; its first fragment says where the samples are.
    QByteArray moof;
    if (firstChunks.isEmpty() && firstMoof >= 0 && m_in.read(firstMoof, firstMoofSize, &moof)) {
        parseMoof(moof, firstMoof, &firstChunks);
        // FFmpeg reads a fragment from start to end: to reach the first audio it reads all the
        // video before it (within reason: see maxFragmentBytes).
        if (!firstChunks.isEmpty()) {
            const auto [lo, hi] = std::minmax_element(firstChunks.cbegin(), firstChunks.cend());
            if (*hi - *lo <= m_opt.maxFragmentBytes)
                m_ranges.add(*lo, *hi - *lo);
        }
    }
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

} // namespace swarmplay::probe
