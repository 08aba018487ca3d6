#include "streamreader.h"

#include <algorithm>

#include "streamtuning.h"

namespace swarmplay {

// One notifyWhenReady() in flight. PieceAvailability's watcher holds it weakly, so a reader that
// goes away leaves nothing behind but a watcher that finds it gone.
struct StreamReader::ReadyWatch
{
    std::shared_ptr<PieceAvailability> pieces;
    std::shared_ptr<StreamCatalog::ReaderState> state;
    int piece = -1;
    int block = -1;                 // or the piece whole
    QMutex mutex;                   // guards the two below
    std::function<void()> callback; // empty once run or cancelled
    quint64 id = 0;                 // of the watcher in pieces
};

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
    cancelWatch();
    m_catalog->unregister(m_state->id);
}

int StreamReader::pieceOf(qint64 offset) const
{
    return static_cast<int>((m_file.offset + offset) / m_pieceLength);
}

int StreamReader::waitBlock(qint64 offset) const
{
    if (!m_catalog->readsBlocks(m_state->role))
        return -1;
    return static_cast<int>((m_file.offset + offset) % m_pieceLength /
                            PieceAvailability::BlockSize);
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
    return StreamCatalog::readyBytes(*m_pieces, m_pieceLength, m_file, offset, limit,
                                     m_catalog->readsBlocks(m_state->role));
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
    const int block = waitBlock(offset);
    qint64 wanted = 0;
    while ((wanted = ready(offset, maxSize)) <= 0) {
        m_state->waiting = true;
        m_catalog->readerChanged();
        const PieceAvailability::WaitResult r = m_pieces->wait(piece, &m_aborted, timeoutMs, block);
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
    if (block >= 0 && !m_pieces->has(piece))
        m_pieces->countUnverifiedRead(piece, got);
    return got;
}

qint64 StreamReader::readLimit() const
{
    if (m_state->role != ReaderRole::Follower)
        return -1;
    const qint64 lead = m_catalog->viewerPosition(m_state->key, m_state->fileIndex);
    return std::max<qint64>(lead, 0) + tuning::FollowerLeadBytes;
}

void StreamReader::notifyWhenReady(qint64 offset, std::function<void()> callback)
{
    cancelWatch();
    if (m_aborted || offset < 0 || offset >= m_file.size || m_pieces->isClosed()) {
        callback(); // read() answers at once: Aborted, Error, 0 or Closed
        return;
    }
    moveTo(offset);
    const int piece = pieceOf(offset);
    if (ready(offset, 1) > 0) {
        callback();
        return;
    }
    auto watch = std::make_shared<ReadyWatch>();
    watch->pieces = m_pieces;
    watch->state = m_state;
    watch->piece = piece;
    watch->block = waitBlock(offset);
    watch->callback = std::move(callback);
    m_watch = watch;
    // What a read() blocked here reports, so the planner ranks this reader the same way.
    m_state->waiting = true;
    m_catalog->readerChanged();
    arm(watch);
}

void StreamReader::arm(const std::shared_ptr<ReadyWatch> &watch)
{
    const std::weak_ptr<ReadyWatch> weak = watch;
    const quint64 id = watch->pieces->watch(
        watch->piece,
        [weak] {
            if (const auto w = weak.lock())
                check(w);
        },
        watch->block);
    {
        QMutexLocker lock(&watch->mutex);
        watch->id = id;
    }
    // abort() sets the flag outside the pieces' lock: it may have woken the watchers just before
    // this one was added.
    if (watch->state->aborted)
        check(watch);
}

void StreamReader::check(const std::shared_ptr<ReadyWatch> &watch)
{
    std::function<void()> callback;
    {
        QMutexLocker lock(&watch->mutex);
        if (!watch->callback)
            return;
        // wakeAll() wakes the watchers of every reader of the torrent, not only this one's.
        const bool done = watch->state->aborted || watch->pieces->isClosed() ||
                          watch->pieces->hasBlock(watch->piece, watch->block);
        if (done) {
            callback = std::move(watch->callback);
            watch->callback = nullptr;
            watch->id = 0;
            watch->state->waiting = false;
            watch->state->lastActiveMs = StreamCatalog::nowMs();
        }
    }
    if (callback)
        callback();
    else
        arm(watch);
}

void StreamReader::cancelWatch()
{
    if (!m_watch)
        return;
    quint64 id = 0;
    {
        QMutexLocker lock(&m_watch->mutex);
        if (m_watch->callback) {
            m_watch->callback = nullptr;
            m_state->waiting = false;
        }
        id = m_watch->id;
    }
    if (id)
        m_pieces->unwatch(id);
    m_watch.reset();
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
