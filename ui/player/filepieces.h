#pragma once

#include <memory>

#include <QBitArray>
#include <QVector>

#include "model/fileentry.h"
#include "stream/pieceavailability.h"
#include "stream/proberegion.h"

namespace swarmplay {

// One file's share of a torrent's piece map: which of its pieces are here and how many of the
// bytes in a range of the file that makes. The player reads it from the GUI thread for the seek
// bar, the prebuffer page and the buffering overlay; the map itself is thread-safe.
class FilePieces
{
public:
    FilePieces() = default;
    FilePieces(std::shared_ptr<const PieceAvailability> have, int pieceLength,
               const FileEntry &file);

    bool isValid() const { return m_have && m_pieceLength > 0 && m_size > 0; }
    qint64 fileSize() const { return m_size; }

    // Bit i: piece firstPiece + i is here. What SeekSlider::setPieces() takes.
    QBitArray map() const;
    // Bytes of [offset, offset + length) of the file that are downloaded.
    qint64 bytesHave(qint64 offset, qint64 length) const;
    qint64 bytesHave(const QVector<ProbeRegion::Range> &ranges) const;

private:
    std::shared_ptr<const PieceAvailability> m_have;
    int m_pieceLength = 0;
    qint64 m_offset = 0; // of the file in the torrent
    qint64 m_size = 0;
    int m_firstPiece = 0;
    int m_lastPiece = -1;
};

} // namespace swarmplay
