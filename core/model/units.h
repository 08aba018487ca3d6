#pragma once

#include <QString>

namespace swarmplay {

// Sizes, rates and durations as people read them ("310.3 MiB", "1.2 MiB/s", "1:05:09").
QString formatBytes(qint64 bytes);
QString formatRate(qint64 bytesPerSecond);
QString formatDuration(qint64 seconds); // "–" for negative (unknown)

} // namespace swarmplay
