#include "filepieces.h"

#include <algorithm>

namespace swarmplay {

FilePieces::FilePieces(std::shared_ptr<const PieceAvailability> have, int pieceLength,
                       const FileEntry &file)
    : m_have(std::move(have))
    , m_pieceLength(pieceLength)
    , m_offset(file.offset)
    , m_size(file.size)
{
    if (m_pieceLength > 0 && m_size > 0) {
        m_firstPiece = int(m_offset / m_pieceLength);
        m_lastPiece = int((m_offset + m_size - 1) / m_pieceLength);
    }
}

QBitArray FilePieces::map() const
{
    if (!isValid())
        return {};
    // One snapshot instead of a lock per piece: a long file has tens of thousands of them.
    const QBitArray all = m_have->snapshot();
    const int count = m_lastPiece - m_firstPiece + 1;
    QBitArray out(count);
    for (int i = 0; i < count && m_firstPiece + i < all.size(); ++i) {
        if (all.testBit(m_firstPiece + i))
            out.setBit(i);
    }
    return out;
}

qint64 FilePieces::bytesHave(qint64 offset, qint64 length) const
{
    if (!isValid())
        return 0;
    const qint64 start = std::clamp<qint64>(offset, 0, m_size);
    const qint64 end = std::clamp<qint64>(offset + length, 0, m_size);
    if (end <= start)
        return 0;
    // In torrent coordinates, piece by piece, counting only the part inside the range.
    const qint64 first = m_offset + start;
    const qint64 last = m_offset + end; // exclusive
    qint64 total = 0;
    for (qint64 piece = first / m_pieceLength; piece * m_pieceLength < last; ++piece) {
        if (!m_have->has(int(piece)))
            continue;
        const qint64 pieceStart = piece * m_pieceLength;
        total += std::min(last, pieceStart + m_pieceLength) - std::max(first, pieceStart);
    }
    return total;
}

qint64 FilePieces::bytesHave(const QVector<ProbeRegion::Range> &ranges) const
{
    qint64 total = 0;
    for (const ProbeRegion::Range &r : ranges)
        total += bytesHave(r.offset, r.length);
    return total;
}

} // namespace swarmplay
