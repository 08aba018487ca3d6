#pragma once

// Turns SessionSettings into libtorrent's settings. Internal to swarmplay_core.

#include <libtorrent/ip_filter.hpp>
#include <libtorrent/settings_pack.hpp>

#include "sessionsettings.h"

namespace swarmplay::lt_convert {

// libtorrent's settings are made from the live part alone, so applying them applies it all.
lt::settings_pack toSettingsPack(const SessionLiveSettings &settings);
// The values libtorrent has in effect, read back into settings: rate limits, DHT, local
// discovery, UPnP, NAT-PMP and the listen interfaces.
void readSettingsPack(const lt::settings_pack &pack, SessionLiveSettings *settings);

// Which peer class each address belongs to: with rateLimitLocalPeers every address is in the
// global (rate-limited) class, else local networks get the unlimited local class as libtorrent
// does by default.
lt::ip_filter peerClassFilter(bool rateLimitLocalPeers);

} // namespace swarmplay::lt_convert
