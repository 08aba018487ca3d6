#pragma once

#include <atomic>
#include <memory>

#include <QFile>
#include <QMutex>

#include "bytereader.h"
#include "streamcatalog.h"

namespace swarmplay {

// A ByteReader on one file of a torrent in the StreamCatalog: maps bytes to pieces, waits for the
// missing ones (blocking, or through a watcher on the piece), then reads the verified bytes from
// the file on disk. Its position feeds the scheduler, so what it reads next is what downloads
// next.
class StreamReader : public ByteReader
{
public:
    StreamReader(std::shared_ptr<StreamCatalog> catalog, const StreamCatalog::Torrent &torrent,
                 const StreamCatalog::FileLayout &file,
                 std::shared_ptr<StreamCatalog::ReaderState> state);
    ~StreamReader() override;

    qint64 size() const override { return m_file.size; }
    qint64 read(qint64 offset, char *data, qint64 maxSize, int timeoutMs, Status *status) override;
    void abort() override;
    void expect(qint64 offset, qint64 length) override;
    qint64 readyAt(qint64 offset) const override { return ready(offset, m_file.size); }
    void notifyWhenReady(qint64 offset, std::function<void()> callback) override;
    qint64 readLimit() const override;

    bool isWaiting() const { return m_state->waiting.load(); }
    int pieceOf(qint64 offset) const;
    // The block within its piece a read at offset waits for; -1 (the whole piece) when this
    // reader's role reads only verified pieces.
    int waitBlock(qint64 offset) const;

private:
    struct ReadyWatch;
    static void arm(const std::shared_ptr<ReadyWatch> &watch);
    static void check(const std::shared_ptr<ReadyWatch> &watch);
    void cancelWatch();
    void moveTo(qint64 offset);
    // Contiguous downloaded bytes at offset, looking no further than offset + limit.
    qint64 ready(qint64 offset, qint64 limit) const;
    bool openDisk();

    std::shared_ptr<StreamCatalog> m_catalog;
    StreamCatalog::FileLayout m_file;
    int m_pieceLength;
    std::shared_ptr<PieceAvailability> m_pieces;
    std::shared_ptr<StreamCatalog::ReaderState> m_state;
    std::atomic<bool> m_aborted{false};
    QMutex m_diskMutex; // one read at a time on the QFile
    QFile m_disk;
    int m_lastPiece = -1;
    std::shared_ptr<ReadyWatch> m_watch; // the pending notifyWhenReady(), if any
};

} // namespace swarmplay
