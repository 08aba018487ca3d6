#pragma once

#include <atomic>
#include <functional>
#include <vector>

#include <QBitArray>
#include <QHash>
#include <QMutex>
#include <QVector>
#include <QWaitCondition>

namespace swarmplay {

// Which pieces of one torrent are downloaded and verified, and which blocks of the others are
// written to the file already. The session worker marks pieces as they pass their hash check;
// the disk I/O marks blocks as it writes them. Readers in other threads wait for the pieces (or
// blocks) they need, blocking or with a one-shot watcher, and wake within milliseconds of one
// landing. Thread-safe.
class PieceAvailability
{
public:
    enum class WaitResult
    {
        Ready,
        Aborted,
        TimedOut,
        Closed,
    };

    explicit PieceAvailability(int pieceCount = 0);
    // The monotonic clock of haveSince() and of the streams, in ms.
    static qint64 nowMs();

    // libtorrent's block: peers send pieces in blocks of this size (the last one may be shorter).
    static constexpr int BlockSize = 16 * 1024;

    void reset(const QBitArray &have); // the whole map at once (metadata, resume data, recheck)
    void setHave(int piece);
    void setMissing(int piece); // a piece that failed a later check

    // Bytes at offset..offset+length of a piece that is not verified yet are in the file.
    void setWritten(int piece, int offset, int length);
    // Bytes of the piece written from offset on without a gap (block by block, so the piece's
    // last block may count whole); 0 when the block at offset is not written or the piece is
    // verified (its bytes are had, not merely written).
    qint64 writtenFrom(int piece, int offset) const;
    // A reader took bytes of the piece before it was verified.
    void countUnverifiedRead(int piece, qint64 bytes);
    // The piece failed its hash check: libtorrent fetches it again, and what was written of it
    // is gone. Returns the bytes readers had taken from it (also added to failedReadBytes()).
    qint64 dropWritten(int piece);
    // Nothing written counts any more, only verified pieces: before a recheck (the files may
    // have changed on disk) and when the torrent failed.
    void forgetWritten();
    // Bytes readers took from pieces that then failed, since the torrent was added.
    qint64 failedReadBytes() const;
    bool has(int piece) const;
    // The piece is verified, or (block >= 0) that block of it is written.
    bool hasBlock(int piece, int block) const;
    bool hasRange(int first, int last) const; // inclusive
    // The first piece in [first, last] that is missing, or last + 1 when all are there.
    int firstMissing(int first, int last) const;
    int pieceCount() const;
    // When the piece was reported (nowMs()).
    qint64 haveSince(int piece) const;
    int haveCount() const;
    QBitArray snapshot() const;

    // How many connected peers have each piece a reader waits for (the session worker counts
    // them while readers wait); sources() is -1 for a piece not counted.
    void setSources(const QHash<int, int> &peersPerPiece);
    int sources(int piece) const;

    // Blocks until the piece is there (or, with block >= 0, that block of it is written), *abort
    // turns true (see wakeAll()), the timeout passes (timeoutMs < 0: no limit) or the torrent
    // closes.
    WaitResult wait(int piece, const std::atomic<bool> *abort, int timeoutMs, int block = -1) const;
    // Wakes every waiter so it can look at its abort flag; fires every watcher.
    void wakeAll() const;
    // The torrent is gone or failed: every waiter returns Closed, now and later.
    void close();
    bool isClosed() const;

    // Calls callback once, without the lock held, on the thread that marks the piece, closes
    // the torrent or calls wakeAll(); at once, on this thread, when the piece is there or the
    // torrent closed already (then the result is 0). Otherwise returns an id for unwatch().
    quint64 watch(int piece, std::function<void()> callback, int block = -1) const;
    // Forgets a watcher that has not fired; a callback already under way still runs.
    void unwatch(quint64 id) const;

private:
    struct Watcher
    {
        quint64 id = 0;
        int piece = -1;
        int block = -1; // or the piece whole
        std::function<void()> callback;
    };
    // Under m_mutex: the piece is verified.
    bool haveLocked(int piece) const;
    // Under m_mutex: the piece is verified, or the block (>= 0) of it is written.
    bool arrivedLocked(int piece, int block) const;
    // Takes out the watchers of pieces that are there now (every one when all is true); the
    // caller runs them after unlocking.
    std::vector<std::function<void()>> takeWatchers(bool all) const;
    static void run(const std::vector<std::function<void()>> &callbacks);

    mutable QMutex m_mutex;
    mutable QWaitCondition m_changed;
    QBitArray m_have;
    QVector<qint64> m_haveSince;
    int m_haveCount = 0;
    bool m_closed = false;
    QHash<int, QBitArray> m_written;     // blocks of pieces not verified yet
    QHash<int, qint64> m_unverifiedRead; // bytes read from those pieces
    qint64 m_failedRead = 0;
    QHash<int, int> m_sources;
    mutable std::vector<Watcher> m_watchers;
    mutable quint64 m_nextWatchId = 1;
};

} // namespace swarmplay
