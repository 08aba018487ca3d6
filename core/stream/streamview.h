#pragma once

#include <memory>

#include "byterange.h"
#include "readerrole.h"
#include "streamsource.h"

namespace swarmplay {

class PieceAvailability;

// What the UI and the engine's commands see of the streams: the files to open readers on (see
// StreamSource), which pieces are there, each file's probe region, and where its readers are.
// Read-only: the session worker alone writes the catalog behind it. Thread-safe.
class StreamView : public StreamSource
{
public:
    // One reader's place, as a value.
    struct Reader
    {
        int id = 0;
        ReaderRole role = ReaderRole::Other;
        qint64 position = -1; // last read offset in the file, -1 before the first read
        bool waiting = false; // blocked for a piece right now
    };

    // nullptr when the torrent has no metadata yet.
    virtual std::shared_ptr<const PieceAvailability> pieces(const QString &torrentKey) const = 0;
    // The bytes a demuxer needs before it starts, empty until the prober has walked the file.
    virtual QVector<ByteRange> probeRegion(const QString &torrentKey, int fileIndex,
                                           qint64 *durationMs = nullptr) const = 0;
    virtual QVector<Reader> readersOf(const QString &torrentKey, int fileIndex) const = 0;
    // Bytes of the file downloaded without a gap from offset on.
    virtual qint64 readyAt(const QString &torrentKey, int fileIndex, qint64 offset) const = 0;
    // How many connected peers have the piece holding offset, while a reader waits for it;
    // -1 when nobody waits for it (or it was not counted yet).
    virtual int sourcesAt(const QString &torrentKey, int fileIndex, qint64 offset) const = 0;
    // Bytes of the ranges a reader of that role reads without waiting: verified pieces, and the
    // blocks written of others where that role reads blocks (see StreamCatalog::readsBlocks()).
    virtual qint64 readableIn(const QString &torrentKey, int fileIndex,
                              const QVector<ByteRange> &ranges, ReaderRole role) const = 0;
};

} // namespace swarmplay
