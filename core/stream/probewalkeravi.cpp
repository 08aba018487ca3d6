#include "probewalker.h"

namespace swarmplay::probe {

bool Walker::avi()
{
    m_container = Container::Avi;
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
            if (!movi)
                m_moviData = pos + header;
            movi = true;
        } else if (id == "idx1") {
            if (length > m_opt.maxIndexBytes)
                return fail(QStringLiteral("idx1 at %1 claims %2 bytes").arg(pos).arg(length));
            m_ranges.add(pos, 8 + length);
            if (m_idx1.offset < 0)
                m_idx1 = {pos + 8, length};
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
        } else if (id == "strh" || id == "strf") {
            parseStreamHeader(id, p + 8, length);
        } else if (id == "indx" && length >= 24 && le16(p + 8) == 4 && p[8 + 3] == 0) {
            // wLongsPerEntry 4 and bIndexType AVI_INDEX_OF_INDEXES: entries of
            // {qwOffset, dwSize, dwDuration} after a 24-byte header.
            const qint64 entries = qMin<qint64>(le32(p + 12), (length - 24) / 16);
            for (qint64 i = 0; i < entries && m_odmlIndexes.size() < m_opt.maxElements; ++i) {
                const char *entry = p + 8 + 24 + i * 16;
                const quint64 offset = le64(entry);
                // dwSize counts the index's bytes; its chunk header comes before them.
                if (offset < quint64(m_in.size())) {
                    const Range index{qint64(offset), 8 + qint64(le32(entry + 8))};
                    m_odmlIndexes.append(index);
                    if (!m_aviStreams.isEmpty())
                        m_aviStreams.last().standardIndexes.append(index);
                }
            }
        }
        b += 8 + length + (length & 1);
    }
}

// strh opens a stream (its type, scale, rate and sample size); an audio stream's strf (a
// WAVEFORMATEX) gives its block alignment, which FFmpeg prefers to a sample size that differs.
void Walker::parseStreamHeader(const QByteArray &id, const char *p, qint64 length)
{
    if (id == "strh") {
        if (length < 48 || m_aviStreams.size() >= 100)
            return;
        AviStream s;
        s.video = QByteArray(p, 4) == "vids";
        s.audio = QByteArray(p, 4) == "auds";
        s.scale = le32(p + 20);
        s.rate = le32(p + 24);
        s.sampleSize = le32(p + 44);
        m_aviStreams.append(s);
    } else if (!m_aviStreams.isEmpty() && m_aviStreams.last().audio && length >= 14) {
        AviStream &s = m_aviStreams.last();
        s.blockAlign = le16(p + 12);
        if (s.sampleSize > 0 && s.blockAlign > 0)
            s.sampleSize = s.blockAlign;
    }
}

bool Walker::readAviIndex()
{
    const bool odml = std::any_of(m_aviStreams.begin(), m_aviStreams.end(),
                                  [](const AviStream &s) { return !s.standardIndexes.isEmpty(); });
    qint64 total = 0;
    if (odml) {
        // FFmpeg then reads these and not idx1.
        QVector<QVector<QByteArray>> chunks;
        for (const AviStream &s : std::as_const(m_aviStreams)) {
            chunks.append(QVector<QByteArray>());
            for (const Range &r : s.standardIndexes) {
                // Up to: FFmpeg's dwSize counts the chunk's header too, so 8 + dwSize may reach
                // past the end of the file.
                QByteArray ix;
                total += r.length;
                if (total > m_opt.maxSeekIndexBytes || !m_in.readUpTo(r.offset, r.length, &ix))
                    return false;
                chunks.last().append(ix);
            }
        }
        return aviOdmlSeekIndex(chunks, m_aviStreams, &m_seekIndex);
    }
    QByteArray idx1;
    return m_idx1.offset >= 0 && m_moviData >= 0 && m_idx1.length <= m_opt.maxSeekIndexBytes &&
           m_in.read(m_idx1.offset, m_idx1.length, &idx1) &&
           aviIdx1SeekIndex(idx1, aviFirstPacket(), m_aviStreams, &m_seekIndex);
}

// Where FFmpeg finds the first packet in the movi list: past JUNK, inside a 'rec ' list.
qint64 Walker::aviFirstPacket()
{
    qint64 pos = m_moviData;
    for (int hop = 0; hop < 16; ++hop) {
        QByteArray h;
        if (!m_in.read(pos, 8, &h))
            break;
        if (h.startsWith("LIST"))
            pos += 12;
        else if (h.startsWith("JUNK"))
            pos += 8 + le32(h.constData() + 4) + (le32(h.constData() + 4) & 1);
        else
            return pos;
    }
    return m_moviData;
}

} // namespace swarmplay::probe
