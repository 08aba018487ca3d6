#include "streamreader.h"

namespace swarmplay {

StreamReader::StreamReader(std::shared_ptr<StreamCatalog> catalog,
                           const StreamCatalog::Torrent &torrent,
                           const StreamCatalog::FileLayout &file,
                           std::shared_ptr<StreamCatalog::ReaderState> state)
    : m_catalog(std::move(catalog))
    , m_file(file)
    , m_pieceLength(torrent.pieceLength)
    , m_pieces(torrent.pieces)
    , m_state(std::move(state))
    , m_disk(file.diskPath)
{}

StreamReader::~StreamReader()
{
    m_catalog->unregister(m_state->id);
}

int StreamReader::pieceOf(qint64 offset) const
{
    return static_cast<int>((m_file.offset + offset) / m_pieceLength);
}

void StreamReader::moveTo(qint64 offset)
{
    m_state->position = offset;
    m_state->lastActiveMs = StreamCatalog::nowMs();
    const int piece = pieceOf(offset);
    if (piece != m_lastPiece) {
        m_lastPiece = piece;
        m_catalog->readerChanged();
    }
}

void StreamReader::expect(qint64 offset, qint64 length)
{
    m_state->end = length < 0 ? -1 : std::min(m_file.size, offset + length);
    moveTo(offset);
    m_catalog->readerChanged(); // a new request, even on the same piece, changes the plan
}

qint64 StreamReader::ready(qint64 offset, qint64 limit) const
{
    return StreamCatalog::readyBytes(*m_pieces, m_pieceLength, m_file, offset, limit);
}

qint64 StreamReader::read(qint64 offset, char *data, qint64 maxSize, int timeoutMs, Status *status)
{
    const auto fail = [status](Status s) {
        if (status)
            *status = s;
        return qint64(-1);
    };
    if (status)
        *status = Status::Ok;
    if (m_aborted)
        return fail(Status::Aborted);
    if (offset >= m_file.size || maxSize <= 0)
        return 0;
    if (offset < 0)
        return fail(Status::Error);

    moveTo(offset);
    const int piece = pieceOf(offset);
    qint64 wanted = 0;
    while ((wanted = ready(offset, maxSize)) <= 0) {
        m_state->waiting = true;
        m_catalog->readerChanged();
        const PieceAvailability::WaitResult r = m_pieces->wait(piece, &m_aborted, timeoutMs);
        m_state->waiting = false;
        m_state->lastActiveMs = StreamCatalog::nowMs();
        switch (r) {
        case PieceAvailability::WaitResult::Ready:
            break;
        case PieceAvailability::WaitResult::Aborted:
            return fail(Status::Aborted);
        case PieceAvailability::WaitResult::Closed:
            return fail(Status::Closed);
        case PieceAvailability::WaitResult::TimedOut:
            return fail(Status::TimedOut);
        }
    }

    // A piece libtorrent reports is in its file: the session's disk I/O writes every block of
    // it before it hashes the piece from the file (see PosixDiskIo).
    QMutexLocker lock(&m_diskMutex);
    if (!openDisk() || !m_disk.seek(offset))
        return fail(Status::Error);
    const qint64 got = m_disk.read(data, wanted);
    if (got <= 0)
        return fail(Status::Error);
    return got;
}

bool StreamReader::openDisk()
{
    // Unbuffered: a buffered QFile would read ahead into pieces that are not there yet and
    // later hand out those stale bytes.
    return m_disk.isOpen() || m_disk.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

void StreamReader::abort()
{
    m_aborted = true;
    m_state->aborted = true;
    m_pieces->wakeAll();
    m_catalog->readerChanged(); // what it asked for is nobody's any more
}

} // namespace swarmplay
