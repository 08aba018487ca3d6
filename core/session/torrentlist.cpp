#include "torrentlist.h"

namespace swarmplay {

ManagedTorrent &TorrentList::add(std::unique_ptr<ManagedTorrent> torrent)
{
    ManagedTorrent &t = *torrent;
    m_keyByHandle[t.handle()] = t.key();
    m_torrents[t.key()] = std::move(torrent);
    return t;
}

void TorrentList::remove(const QString &key)
{
    const auto it = m_torrents.find(key);
    if (it == m_torrents.end())
        return;
    m_keyByHandle.erase(it->second->handle());
    m_torrents.erase(it);
}

void TorrentList::clear()
{
    m_torrents.clear();
    m_keyByHandle.clear();
}

ManagedTorrent *TorrentList::find(const TorrentId &id) const
{
    if (ManagedTorrent *t = find(id.key()))
        return t;
    for (const auto &entry : m_torrents) {
        if (entry.second->id().matches(id))
            return entry.second.get();
    }
    return nullptr;
}

ManagedTorrent *TorrentList::find(const QString &key) const
{
    const auto it = m_torrents.find(key);
    return it == m_torrents.end() ? nullptr : it->second.get();
}

ManagedTorrent *TorrentList::find(const lt::torrent_handle &handle) const
{
    const auto it = m_keyByHandle.find(handle);
    return it == m_keyByHandle.end() ? nullptr : find(it->second);
}

} // namespace swarmplay
