#include "blockobservers.h"

#include <algorithm>

namespace swarmplay::lt_convert {

quint64 BlockObservers::observe(const TorrentKey &torrent, Observer observer, int *replayed)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    const quint64 id = m_nextId++;
    int told = 0;
    const auto early = m_early.find(torrent);
    if (early != m_early.end()) {
        if (observer.written) {
            for (const Block &b : early->second)
                observer.written(b.piece, b.start, b.length);
            told = int(early->second.size());
        }
        m_early.erase(early);
    }
    m_observers[torrent] = {id, std::move(observer)};
    if (replayed)
        *replayed = told;
    return id;
}

void BlockObservers::forget(const TorrentKey &torrent, quint64 id)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = m_observers.find(torrent);
    if (it != m_observers.end() && it->second.first == id)
        m_observers.erase(it);
}

void BlockObservers::opened(const TorrentKey &torrent, int storage)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_storage[torrent] = storage;
    m_early.erase(torrent);
}

void BlockObservers::closed(const TorrentKey &torrent, int storage)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (!isCurrent(torrent, storage))
        return; // the torrent has files again, under another storage
    m_storage.erase(torrent);
    m_early.erase(torrent);
}

void BlockObservers::written(const TorrentKey &torrent, int storage, int piece, int start,
                             int length)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (!isCurrent(torrent, storage))
        return;
    if (const Observer *observer = observerOf(torrent)) {
        if (observer->written)
            observer->written(piece, start, length);
        return;
    }
    std::vector<Block> &early = m_early[torrent];
    if (int(early.size()) < MaxEarlyBlocks) // past it, the piece is read once verified
        early.push_back({piece, start, length});
}

void BlockObservers::cleared(const TorrentKey &torrent, int storage, int piece)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (!isCurrent(torrent, storage))
        return;
    if (const Observer *observer = observerOf(torrent)) {
        if (observer->cleared)
            observer->cleared(piece);
        return;
    }
    const auto early = m_early.find(torrent);
    if (early != m_early.end()) {
        std::vector<Block> &blocks = early->second;
        blocks.erase(std::remove_if(blocks.begin(), blocks.end(),
                                    [piece](const Block &b) { return b.piece == piece; }),
                     blocks.end());
    }
}

int BlockObservers::earlyBlocks(const TorrentKey &torrent) const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    const auto early = m_early.find(torrent);
    return early == m_early.end() ? 0 : int(early->second.size());
}

bool BlockObservers::isCurrent(const TorrentKey &torrent, int storage) const
{
    const auto it = m_storage.find(torrent);
    return it != m_storage.end() && it->second == storage;
}

const BlockObservers::Observer *BlockObservers::observerOf(const TorrentKey &torrent) const
{
    const auto it = m_observers.find(torrent);
    return it == m_observers.end() ? nullptr : &it->second.second;
}

} // namespace swarmplay::lt_convert
