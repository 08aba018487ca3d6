#pragma once

// Status values from libtorrent turned into Swarmplay values. Internal to swarmplay_core.

#include <libtorrent/announce_entry.hpp>
#include <libtorrent/peer_info.hpp>
#include <libtorrent/torrent_status.hpp>

#include "../model/peerentry.h"
#include "../model/torrentsnapshot.h"
#include "../model/trackerentry.h"

namespace swarmplay::lt_convert {

TorrentState toTorrentState(const lt::torrent_status &st);
// Fills every field but id (the worker keeps the id a torrent was added with).
void fillSnapshot(TorrentSnapshot &snapshot, const lt::torrent_status &st);
PeerEntry toPeerEntry(const lt::peer_info &peer);
TrackerEntry toTrackerEntry(const lt::announce_entry &ae);

} // namespace swarmplay::lt_convert
