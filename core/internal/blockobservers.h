#pragma once

#include <array>
#include <functional>
#include <map>
#include <mutex>
#include <vector>

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
    // A best info hash's 20 bytes: a key that needs no allocation, made for every block written.
    using TorrentKey = std::array<char, 20>;
    struct Observer
    {
        std::function<void(int piece, int start, int length)> written;
        std::function<void(int piece)> cleared;
    };
    static constexpr int MaxEarlyBlocks = 4096;

    // Returns an id for forget(); a newer observer of the same torrent replaces this one.
    // `replayed`, if given, is set to the number of blocks it heard of at once.
    quint64 observe(const TorrentKey &torrent, Observer observer, int *replayed = nullptr);
    // After this returns, the observer is not called again (a call under way has ended).
    void forget(const TorrentKey &torrent, quint64 id);
    // The torrent's storage opened and closed: blocks of any other storage of it are not kept.
    void opened(const TorrentKey &torrent, int storage);
    void closed(const TorrentKey &torrent, int storage);
    void written(const TorrentKey &torrent, int storage, int piece, int start, int length);
    void cleared(const TorrentKey &torrent, int storage, int piece);
    // Blocks written while nobody observed the torrent, not yet told.
    int earlyBlocks(const TorrentKey &torrent) const;

private:
    struct Block
    {
        int piece;
        int start;
        int length;
    };
    // Whether a block or clear of this storage is the torrent's current files'. Under m_mutex.
    bool isCurrent(const TorrentKey &torrent, int storage) const;
    // The torrent's observer, or null. Under m_mutex.
    const Observer *observerOf(const TorrentKey &torrent) const;

    mutable std::mutex m_mutex;
    std::map<TorrentKey, std::pair<quint64, Observer>> m_observers; // under m_mutex
    std::map<TorrentKey, int> m_storage;                            // under m_mutex
    std::map<TorrentKey, std::vector<Block>> m_early;               // under m_mutex
    quint64 m_nextId = 1;                                           // under m_mutex
};

} // namespace swarmplay::lt_convert
