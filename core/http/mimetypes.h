#pragma once

#include <QByteArray>
#include <QString>

namespace swarmplay {

// The Content-Type the stream server sends for a file of a torrent, judged by its extension so
// that players and browsers pick the right demuxer; application/octet-stream when unknown.
QByteArray mimeTypeForPath(const QString &path);

} // namespace swarmplay
