#pragma once

// Turns libtorrent alerts into readable SessionEvent values. Internal to swarmplay_core.

#include <optional>

#include <libtorrent/alert.hpp>

#include "../model/sessionevent.h"

namespace swarmplay::lt_convert {

// An event for the log pane, or nothing when the alert is not worth a line. torrentName is what
// the user knows the torrent as.
std::optional<SessionEvent> describeAlert(const lt::alert *alert, const TorrentId &torrent,
                                          const QString &torrentName);

} // namespace swarmplay::lt_convert
