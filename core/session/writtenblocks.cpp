#include "writtenblocks.h"

#include <QMutex>
#include <QVector>

#include "../internal/posixdiskio.h"
#include "../stream/pieceavailability.h"
#include "../stream/streamcatalog.h"
#include "../stream/streamlog.h"

namespace swarmplay {

// The disk I/O's thread writes while the session's thread publishes the torrent: a block is
// either given to the published entry or queued here, under one lock, so none falls between.
struct WrittenBlocks::Early
{
    struct Block
    {
        int piece;
        int start;
        int length;
    };
    // A torrent is published before its first peer connects; a failed one is not, and its
    // writes must not pile up.
    static constexpr int MaxBlocks = 4096;
    std::shared_ptr<PieceAvailability> pieces() const { return catalog->writablePieces(key); }

    StreamCatalog *catalog = nullptr;
    QString key;
    QMutex mutex;
    QVector<Block> blocks;
};

WrittenBlocks::WrittenBlocks(lt_convert::PosixDiskIo *diskIo, const lt::sha1_hash &diskKey,
                             StreamCatalog *catalog, const QString &key)
    : m_diskIo(diskIo)
    , m_diskKey(diskKey)
{
    if (!m_diskIo || !catalog)
        return;
    m_early = std::make_shared<Early>();
    m_early->catalog = catalog;
    m_early->key = key;
    observe();
}

void WrittenBlocks::observe()
{
    lt_convert::PosixDiskIo::BlockObserver observer;
    observer.written = [early = m_early](int piece, int start, int length) {
        QMutexLocker lock(&early->mutex);
        if (const auto pieces = early->pieces())
            pieces->setWritten(piece, start, length);
        else if (early->blocks.size() < Early::MaxBlocks) // past it: read once verified
            early->blocks.append({piece, start, length});
    };
    observer.cleared = [early = m_early](int piece) {
        {
            QMutexLocker lock(&early->mutex);
            early->blocks.removeIf([piece](const Early::Block &b) { return b.piece == piece; });
        }
        const auto pieces = early->pieces();
        const qint64 read = pieces ? pieces->dropWritten(piece) : 0;
        if (read > 0) {
            qCWarning(lcStream).nospace()
                << "piece " << piece << " of " << early->key
                << " failed its hash check after readers "
                << "took " << read << " bytes of it unverified; it is fetched again ("
                << pieces->failedReadBytes() << " such bytes in all)";
        }
    };
    m_id = m_diskIo->observeBlocks(m_diskKey, std::move(observer));
}

void WrittenBlocks::useDiskKey(const lt::sha1_hash &diskKey)
{
    if (!m_early || diskKey == m_diskKey)
        return;
    m_diskIo->forgetBlocks(m_diskKey, m_id);
    m_diskKey = diskKey;
    observe();
}

void WrittenBlocks::published()
{
    if (!m_early)
        return;
    QMutexLocker lock(&m_early->mutex);
    if (m_early->blocks.isEmpty())
        return;
    if (const auto pieces = m_early->pieces()) {
        for (const Early::Block &b : std::as_const(m_early->blocks))
            pieces->setWritten(b.piece, b.start, b.length);
        m_early->blocks.clear();
    }
}

void WrittenBlocks::forget()
{
    if (!m_early)
        return;
    QMutexLocker lock(&m_early->mutex);
    m_early->blocks.clear();
    if (const auto pieces = m_early->pieces())
        pieces->forgetWritten();
}

WrittenBlocks::~WrittenBlocks()
{
    if (m_diskIo && m_id)
        m_diskIo->forgetBlocks(m_diskKey, m_id);
}

} // namespace swarmplay
