#pragma once

#include <atomic>
#include <functional>
#include <memory>

#include <QHash>
#include <QMutex>
#include <QString>
#include <QVector>

#include "../model/torrentid.h"
#include "pieceavailability.h"
#include "streamview.h"

namespace swarmplay {

// The streams' state, shared between threads: for every torrent with metadata its file layout,
// where each file lives on disk and which pieces are there (published by the session worker), and
// every open reader with its position (read by the scheduler). Others see it as a StreamView.
// Thread-safe.
class StreamCatalog : public StreamView, public std::enable_shared_from_this<StreamCatalog>
{
public:
    struct FileLayout
    {
        int index = -1;
        QString path;     // inside the torrent
        QString diskPath; // absolute
        qint64 offset = 0;
        qint64 size = 0;
        MediaKind kind = MediaKind::Other;
    };

    struct Torrent
    {
        TorrentId id;
        QString name;
        int pieceLength = 0;
        int pieceCount = 0;
        qint64 totalSize = 0;
        QVector<FileLayout> files; // pad files left out
        std::shared_ptr<PieceAvailability> pieces;
        // The file with that index in the torrent, nullptr when there is none.
        const FileLayout *layout(int index) const;
    };

    // One reader's place in a file, as the scheduler sees it.
    struct ReaderState
    {
        int id = 0;
        QString key;
        int fileIndex = -1;
        ReaderRole role = ReaderRole::Other;
        std::atomic<qint64> position{-1}; // last read offset in the file, -1 before the first read
        std::atomic<qint64> lastActiveMs{0}; // monotonic clock of the last read
        std::atomic<bool> waiting{false};    // blocked for a piece right now
        std::atomic<bool> aborted{false};    // will never read again (see ByteReader::abort())
        std::atomic<qint64> end{-1}; // the reader wants nothing at or past this offset; -1: open
    };

    // Always owned by a shared_ptr: readers keep the catalog alive while they exist.
    StreamCatalog() = default;

    // Worker side.
    void publish(const Torrent &torrent);
    void remove(const QString &key); // closes the torrent's readers
    bool torrent(const QString &key, Torrent *out) const;
    // The have-map the worker marks pieces in; nullptr when the torrent is unknown.
    std::shared_ptr<PieceAvailability> writablePieces(const QString &key) const;
    QVector<std::shared_ptr<ReaderState>> readers() const;
    // Called from any thread when a reader opens, closes or moves to another piece; the worker
    // uses it to reschedule at once. Keep it cheap (post, do not work).
    void setChangeCallback(std::function<void()> callback);
    void setProbeRegion(const QString &key, int fileIndex, const QVector<ByteRange> &ranges,
                        qint64 durationMs);
    // Bytes of a file downloaded without a gap from offset, looking no further than offset +
    // limit. With blocks, a piece not verified yet counts for its blocks written from offset on.
    static qint64 readyBytes(const PieceAvailability &pieces, int pieceLength,
                             const FileLayout &file, qint64 offset, qint64 limit,
                             bool blocks = false);
    // Whether readers of that role read blocks written before their piece is verified: viewers
    // in the app do unless told to check every piece, HTTP clients (which may cache what they
    // get) only when told to. The prober, subtitle fetches and followers go with the viewers.
    void setBlockReads(bool viewers, bool http);
    bool readsBlocks(ReaderRole role) const;

    // StreamView
    std::optional<File> file(const QString &torrentKey, int index) const override;
    QVector<File> files(const QString &torrentKey) const override;
    std::unique_ptr<ByteReader> open(const QString &torrentKey, int index,
                                     ReaderRole role) override;
    std::shared_ptr<const PieceAvailability> pieces(const QString &torrentKey) const override;
    QVector<ByteRange> probeRegion(const QString &torrentKey, int fileIndex,
                                   qint64 *durationMs = nullptr) const override;
    QVector<Reader> readersOf(const QString &torrentKey, int fileIndex) const override;
    // The furthest position any viewer of the file (the player, an HTTP client) has read at;
    // -1 when none has read. The prober, subtitle fetches and followers do not count.
    qint64 viewerPosition(const QString &torrentKey, int fileIndex) const;
    qint64 failedReads(const QString &torrentKey) const override;
    qint64 readyAt(const QString &torrentKey, int fileIndex, qint64 offset) const override;
    int sourcesAt(const QString &torrentKey, int fileIndex, qint64 offset) const override;
    qint64 readableIn(const QString &torrentKey, int fileIndex, const QVector<ByteRange> &ranges,
                      ReaderRole role) const override;

    // Reader side (StreamReader).
    void readerChanged() const;
    void unregister(int readerId);
    static qint64 nowMs();

private:
    struct Probe
    {
        QVector<ByteRange> ranges;
        qint64 durationMs = -1;
    };

    mutable QMutex m_mutex;
    QHash<QString, Torrent> m_torrents;
    QHash<QString, Probe> m_probes; // "key/index"
    std::atomic<bool> m_viewerBlocks{true};
    std::atomic<bool> m_httpBlocks{false};
    QHash<int, std::shared_ptr<ReaderState>> m_readers;
    std::function<void()> m_changed;
    int m_nextReaderId = 1;
};

} // namespace swarmplay
