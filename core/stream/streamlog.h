#pragma once

#include <QLoggingCategory>

namespace swarmplay {

// What the stream scheduler decides, a line per update, and what it mends when libtorrent
// disagrees with it: QT_LOGGING_RULES="swarmplay.stream=true".
Q_DECLARE_LOGGING_CATEGORY(lcStream)
// Every block asked of a peer and every block that arrives, with the peer and the milliseconds
// since the session started: QT_LOGGING_RULES="swarmplay.blocks=true" (read once, when the
// session starts; it turns on libtorrent's block alerts, which cost an alert per 16 KiB).
Q_DECLARE_LOGGING_CATEGORY(lcBlocks)

} // namespace swarmplay
