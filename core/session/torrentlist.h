#pragma once

// Internal to swarmplay_core: includes libtorrent. Lives in the session worker's thread.

#include <map>
#include <memory>
#include <unordered_map>

#include <QString>

#include <libtorrent/torrent_handle.hpp>

#include "managedtorrent.h"

namespace swarmplay {

// The session's torrents, owned here, found by key (TorrentId::key()), by any id that names the
// same torrent, or by libtorrent handle (how alerts name them). Visited in key order.
class TorrentList
{
public:
    ManagedTorrent &add(std::unique_ptr<ManagedTorrent> torrent);
    void remove(const QString &key);
    void clear();

    ManagedTorrent *find(const TorrentId &id) const;
    ManagedTorrent *find(const QString &key) const;
    ManagedTorrent *find(const lt::torrent_handle &handle) const;

    int size() const { return static_cast<int>(m_torrents.size()); }
    template <typename F> void forEach(F &&visit) const
    {
        for (const auto &entry : m_torrents)
            visit(*entry.second);
    }

private:
    std::map<QString, std::unique_ptr<ManagedTorrent>> m_torrents;
    std::unordered_map<lt::torrent_handle, QString> m_keyByHandle;
};

} // namespace swarmplay
