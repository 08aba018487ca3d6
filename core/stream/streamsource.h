#pragma once

#include <memory>
#include <optional>

#include <QString>
#include <QVector>

#include "../model/mediakind.h"
#include "bytereader.h"
#include "readerrole.h"

namespace swarmplay {

// What the loopback HTTP server serves: files of torrents, found by info hash and file index
// (never by a path on disk). Implemented by the engine's stream catalog; thread-safe, since
// every HTTP connection calls it from its own thread.
class StreamSource
{
public:
    struct File
    {
        QString torrentKey; // lower-case hex info hash (TorrentId::key())
        QString torrentName;
        int index = -1; // file index in the torrent
        QString path;   // path inside the torrent, '/'-separated
        qint64 size = 0;
        MediaKind kind = MediaKind::Other;
    };

    virtual ~StreamSource() = default;

    virtual std::optional<File> file(const QString &torrentKey, int index) const = 0;
    // Every file of the torrent in torrent order; empty when the torrent is unknown or has no
    // metadata yet.
    virtual QVector<File> files(const QString &torrentKey) const = 0;
    // A reader positioned nowhere yet; nullptr when the file does not exist. The role decides how
    // the stream planner ranks what it reads.
    virtual std::unique_ptr<ByteReader> open(const QString &torrentKey, int index,
                                             ReaderRole role) = 0;
    // Bytes readers took from the torrent's pieces before they were verified, of pieces that
    // then failed their hash check: those readers got bytes the file no longer holds.
    virtual qint64 failedReads(const QString &torrentKey) const
    {
        Q_UNUSED(torrentKey)
        return 0;
    }
};

} // namespace swarmplay
