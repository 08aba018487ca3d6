#pragma once

#include <atomic>
#include <functional>
#include <vector>

#include <QBitArray>
#include <QMutex>
#include <QVector>
#include <QWaitCondition>

namespace swarmplay {

// Which pieces of one torrent are downloaded and verified. The session worker marks pieces as
// they pass their hash check; readers in other threads wait for the pieces they need (blocking,
// or with a one-shot watcher) and wake within milliseconds of one landing. Thread-safe.
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

    void reset(const QBitArray &have); // the whole map at once (metadata, resume data, recheck)
    void setHave(int piece);
    void setMissing(int piece); // a piece that failed a later check
    bool has(int piece) const;
    bool hasRange(int first, int last) const; // inclusive
    // The first piece in [first, last] that is missing, or last + 1 when all are there.
    int firstMissing(int first, int last) const;
    int pieceCount() const;
    // When the piece was reported (nowMs()).
    qint64 haveSince(int piece) const;
    int haveCount() const;
    QBitArray snapshot() const;

    // Blocks until the piece is there, *abort turns true (see wakeAll()), the timeout passes
    // (timeoutMs < 0: no limit) or the torrent closes.
    WaitResult wait(int piece, const std::atomic<bool> *abort, int timeoutMs) const;
    // Wakes every waiter so it can look at its abort flag; fires every watcher.
    void wakeAll() const;
    // The torrent is gone or failed: every waiter returns Closed, now and later.
    void close();
    bool isClosed() const;

    // Calls callback once, without the lock held, on the thread that marks the piece, closes
    // the torrent or calls wakeAll(); at once, on this thread, when the piece is there or the
    // torrent closed already (then the result is 0). Otherwise returns an id for unwatch().
    quint64 watch(int piece, std::function<void()> callback) const;
    // Forgets a watcher that has not fired; a callback already under way still runs.
    void unwatch(quint64 id) const;

private:
    struct Watcher
    {
        quint64 id = 0;
        int piece = -1;
        std::function<void()> callback;
    };
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
    mutable std::vector<Watcher> m_watchers;
    mutable quint64 m_nextWatchId = 1;
};

} // namespace swarmplay
