#include "writtenblocks.h"

#include "../internal/posixdiskio.h"
#include "../stream/pieceavailability.h"
#include "../stream/streamcatalog.h"
#include "../stream/streamlog.h"

namespace swarmplay {

WrittenBlocks::WrittenBlocks(lt_convert::PosixDiskIo *diskIo, const lt::sha1_hash &diskKey,
                             StreamCatalog *catalog, const QString &key)
    : m_diskIo(diskIo)
    , m_diskKey(diskKey)
{
    if (!m_diskIo || !catalog)
        return;
    lt_convert::PosixDiskIo::BlockObserver observer;
    observer.written = [catalog, key](int piece, int start, int length) {
        if (const auto pieces = catalog->writablePieces(key))
            pieces->setWritten(piece, start, length);
    };
    observer.cleared = [catalog, key](int piece) {
        const auto pieces = catalog->writablePieces(key);
        const qint64 read = pieces ? pieces->dropWritten(piece) : 0;
        if (read > 0) {
            qCWarning(lcStream).nospace()
                << "piece " << piece << " of " << key << " failed its hash check after readers "
                << "took " << read << " bytes of it unverified; it is fetched again ("
                << pieces->failedReadBytes() << " such bytes in all)";
        }
    };
    m_id = m_diskIo->observeBlocks(m_diskKey, std::move(observer));
}

WrittenBlocks::~WrittenBlocks()
{
    if (m_diskIo && m_id)
        m_diskIo->forgetBlocks(m_diskKey, m_id);
}

} // namespace swarmplay
