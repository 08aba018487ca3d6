#pragma once

#include <functional>
#include <map>
#include <mutex>
#include <vector>

#include <QByteArray>
#include <QtGlobal>

namespace swarmplay::lt_convert {

// Who hears of the blocks the disk I/O writes to a torrent's files, and of its pieces cleared
// after a failed hash check: one observer per torrent, called on the disk I/O's thread.
// libtorrent may write a torrent's first blocks before the session has made its observer (a
// peer that answers between add_torrent() returning and the torrent's stream state existing);
// a start then waited for the whole first piece. Those blocks wait here, up to MaxEarlyBlocks a
// torrent, and its first observer hears them before anything else. Thread-safe; a torrent is
// named by its best info hash's bytes.
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
    quint64 observe(const QByteArray &torrent, Observer observer);
    // After this returns, the observer is not called again (a call under way has ended).
    void forget(const QByteArray &torrent, quint64 id);
    void written(const QByteArray &torrent, int piece, int start, int length);
    void cleared(const QByteArray &torrent, int piece);
    // The torrent's storage is gone: what nobody heard of is dropped.
    void closed(const QByteArray &torrent);
    // Blocks written while nobody observed the torrent, not yet told.
    int earlyBlocks(const QByteArray &torrent) const;

private:
    struct Block
    {
        int piece;
        int start;
        int length;
    };

    mutable std::mutex m_mutex;
    std::map<QByteArray, std::pair<quint64, Observer>> m_observers; // under m_mutex
    std::map<QByteArray, std::vector<Block>> m_early;               // under m_mutex
    quint64 m_nextId = 1;                                           // under m_mutex
};

} // namespace swarmplay::lt_convert
