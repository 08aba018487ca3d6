#include "blockobservers.h"

#include <algorithm>

namespace swarmplay::lt_convert {

quint64 BlockObservers::observe(const QByteArray &torrent, Observer observer)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    const quint64 id = m_nextId++;
    const auto early = m_early.find(torrent);
    if (early != m_early.end()) {
        if (observer.written) {
            for (const Block &b : early->second)
                observer.written(b.piece, b.start, b.length);
        }
        m_early.erase(early);
    }
    m_observers[torrent] = {id, std::move(observer)};
    return id;
}

void BlockObservers::forget(const QByteArray &torrent, quint64 id)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = m_observers.find(torrent);
    if (it != m_observers.end() && it->second.first == id)
        m_observers.erase(it);
}

void BlockObservers::written(const QByteArray &torrent, int piece, int start, int length)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = m_observers.find(torrent);
    if (it != m_observers.end()) {
        if (it->second.second.written)
            it->second.second.written(piece, start, length);
        return;
    }
    std::vector<Block> &early = m_early[torrent];
    if (int(early.size()) < MaxEarlyBlocks) // past it, the piece is read once verified
        early.push_back({piece, start, length});
}

void BlockObservers::cleared(const QByteArray &torrent, int piece)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = m_observers.find(torrent);
    if (it != m_observers.end()) {
        if (it->second.second.cleared)
            it->second.second.cleared(piece);
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

void BlockObservers::closed(const QByteArray &torrent)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_early.erase(torrent);
}

int BlockObservers::earlyBlocks(const QByteArray &torrent) const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    const auto early = m_early.find(torrent);
    return early == m_early.end() ? 0 : int(early->second.size());
}

} // namespace swarmplay::lt_convert
