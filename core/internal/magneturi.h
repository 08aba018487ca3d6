#pragma once

// The one way the engine reads a magnet link into libtorrent's parameters. Internal to
// swarmplay_core: never include this from a public header.

#include <QString>

#include <libtorrent/add_torrent_params.hpp>
#include <libtorrent/error_code.hpp>

namespace swarmplay::lt_magnet {

// lt::parse_magnet_uri plus the x.pe peers it leaves out: libtorrent 2.0.8 reads an x.pe value
// as it stands, so "127.0.0.5%3A51504" or "%5B%3A%3A1%5D%3A6881", as URI encoders write
// them, are dropped without a word. Those are decoded here and added to atp.peers.
lt::add_torrent_params parse(const QString &uri, lt::error_code &ec);

} // namespace swarmplay::lt_magnet
