#pragma once

// A torrent of one file on disk in a real StreamCatalog, for tests of readers and the server
// without a swarm: the test marks pieces as the session worker would.

#include <memory>
#include <optional>

#include <QFile>
#include <QTemporaryDir>

#include "fakestreamsource.h"
#include "stream/pieceavailability.h"
#include "stream/streamcatalog.h"

namespace swarmplay::test {

// One file of four pieces; none of them is there at first.
struct DiskTorrent
{
    static constexpr int kPieceLength = 64 * 1024;
    static constexpr int kPieces = 4;

    DiskTorrent()
        : catalog(std::make_shared<StreamCatalog>())
        , pieces(std::make_shared<PieceAvailability>(kPieces))
        , content(makeBytes(qint64(kPieceLength) * kPieces - 1000, 7))
    {
        const QString path = dir.filePath(QStringLiteral("movie.mkv"));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        StreamCatalog::FileLayout layout;
        layout.index = 0;
        layout.path = QStringLiteral("Movie/movie.mkv");
        layout.diskPath = path;
        layout.size = content.size();
        layout.kind = MediaKind::Video;
        StreamCatalog::Torrent torrent;
        torrent.id = TorrentId::fromString(kKey);
        torrent.name = QStringLiteral("Movie");
        torrent.pieceLength = kPieceLength;
        torrent.pieceCount = kPieces;
        torrent.totalSize = content.size();
        torrent.files << layout;
        torrent.pieces = pieces;
        catalog->publish(torrent);
    }

    std::unique_ptr<ByteReader> open() { return catalog->open(kKey, 0, ReaderRole::Http); }
    // The reader the planner sees at this position, if one is there.
    std::optional<StreamView::Reader> readerAt(qint64 position) const
    {
        for (const StreamView::Reader &r : catalog->readersOf(kKey, 0)) {
            if (r.position == position)
                return r;
        }
        return std::nullopt;
    }

    QTemporaryDir dir;
    std::shared_ptr<StreamCatalog> catalog;
    std::shared_ptr<PieceAvailability> pieces;
    QByteArray content;
};

} // namespace swarmplay::test
