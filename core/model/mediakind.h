#pragma once

#include <QString>

namespace swarmplay {

// What a file in a torrent is, judged by its name, so the UI can pick the video and sort media
// first.
enum class MediaKind
{
    Video,
    Audio,
    Subtitle,
    Image,
    Archive,
    Other,
};

MediaKind mediaKindForPath(const QString &path);
// Stable lower-case identifier ("video", "audio", ...) for JSON and logs; not for display.
QString mediaKindId(MediaKind kind);
// Translated, human-readable name.
QString mediaKindName(MediaKind kind);
bool isPlayable(MediaKind kind);

} // namespace swarmplay
