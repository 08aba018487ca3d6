#pragma once

#include <QLoggingCategory>

namespace swarmplay {

// What the stream scheduler decides, a line per update, and what it mends when libtorrent
// disagrees with it: QT_LOGGING_RULES="swarmplay.stream=true".
Q_DECLARE_LOGGING_CATEGORY(lcStream)

} // namespace swarmplay
