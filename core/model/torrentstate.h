#pragma once

#include <QString>

namespace swarmplay {

// What a torrent is doing, as a user would name it.
enum class TorrentState
{
    Checking,
    FetchingMetadata,
    Downloading,
    Finished, // every wanted file is complete; not all files are wanted
    Seeding,
    Paused,
    CannotWrite, // the disk is full or the folder read-only; carries on once it can write
    Error,
};

QString torrentStateId(TorrentState state);   // "downloading", ... for JSON
QString torrentStateName(TorrentState state); // translated

} // namespace swarmplay
