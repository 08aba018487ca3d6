#pragma once

#include <functional>
#include <map>
#include <mutex>
#include <vector>

#include <QByteArray>
#include <QtGlobal>

namespace swarmplay::lt_convert {

// Who hears of the blocks the disk I/O writes to a torrent's files, and of its pieces cleared
// after a failed hash check: one observer per torrent, called on the disk I/O's thread (and, for
// the blocks it missed, on the thread that calls observe()). libtorrent may write a torrent's
// first blocks before the session has made its observer (a peer that answers between
// add_torrent() returning and the torrent's stream state existing); a start then waited for the
// whole first piece. Those blocks wait here, up to MaxEarlyBlocks a torrent, and its first
// observer hears them before anything else. A torrent is named by its best info hash's bytes and
// a storage by the disk I/O's index: only its current storage's blocks count, so a torrent
// removed and added again never hears of its old files' last writes. Thread-safe.
class BlockObservers
{
public:
    struct Observer
    {
        std::function<void(int piece, int start, int length)> written;
        std::function<void(int piece)> cleared;
    };
    static constexpr int MaxEarlyBlocks = 4096;

    // Returns an id for forget(); a newer observer of the same torrent replaces this one.
    // `replayed`, if given, is set to the number of blocks it heard of at once.
    quint64 observe(const QByteArray &torrent, Observer observer, int *replayed = nullptr);
    // After this returns, the observer is not called again (a call under way has ended).
    void forget(const QByteArray &torrent, quint64 id);
    // The torrent's storage opened and closed: blocks of any other storage of it are not kept.
    void opened(const QByteArray &torrent, int storage);
    void closed(const QByteArray &torrent, int storage);
    void written(const QByteArray &torrent, int storage, int piece, int start, int length);
    void cleared(const QByteArray &torrent, int storage, int piece);
    // Blocks written while nobody observed the torrent, not yet told.
    int earlyBlocks(const QByteArray &torrent) const;

private:
    struct Block
    {
        int piece;
        int start;
        int length;
    };
    // Whether a block or clear of this storage is the torrent's current files'. Under m_mutex.
    bool isCurrent(const QByteArray &torrent, int storage) const;

    mutable std::mutex m_mutex;
    std::map<QByteArray, std::pair<quint64, Observer>> m_observers; // under m_mutex
    std::map<QByteArray, int> m_storage;                            // under m_mutex
    std::map<QByteArray, std::vector<Block>> m_early;               // under m_mutex
    quint64 m_nextId = 1;                                           // under m_mutex
};

} // namespace swarmplay::lt_convert
