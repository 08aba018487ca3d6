#pragma once

// Internal to swarmplay_core (libtorrent).

#include <memory>

#include <QString>
#include <QtGlobal>

#include <libtorrent/sha1_hash.hpp>

namespace swarmplay {

namespace lt_convert {
class PosixDiskIo;
}
class StreamCatalog;

// While it exists, the blocks the disk I/O writes to one torrent's files are marked in the
// torrent's PieceAvailability as they land, and a piece that fails its hash check loses them
// again (logging what readers had taken from it). Readers that read blocks start before a piece
// is whole. Blocks that land before the torrent is in the catalog wait for publish().
class WrittenBlocks
{
public:
    // diskKey: how the disk I/O names the torrent (its best info hash); key: the catalog's.
    WrittenBlocks(lt_convert::PosixDiskIo *diskIo, const lt::sha1_hash &diskKey,
                  StreamCatalog *catalog, const QString &key);
    ~WrittenBlocks();
    WrittenBlocks(const WrittenBlocks &) = delete;
    WrittenBlocks &operator=(const WrittenBlocks &) = delete;

    // Call once the torrent is in the catalog: hands it the blocks written before.
    void published();
    // The disk I/O names the torrent by its best info hash once the torrent has it: a hybrid
    // torrent added by its v1 magnet is named by its v2 hash when its metadata arrives.
    void useDiskKey(const lt::sha1_hash &diskKey);
    // The blocks written so far no longer count (see PieceAvailability::forgetWritten()).
    void forget();

private:
    struct Early;
    void observe();

    lt_convert::PosixDiskIo *m_diskIo;
    std::shared_ptr<Early> m_early;
    lt::sha1_hash m_diskKey;
    quint64 m_id = 0;
};

} // namespace swarmplay
