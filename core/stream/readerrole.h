#pragma once

#include <QLatin1String>

namespace swarmplay {

// Who reads a stream, which decides how the stream planner ranks it: a viewer (the player, an
// HTTP client) is waited on; the prober and the subtitle fetcher only read ahead of one; a
// follower is not planned for at all.
enum class ReaderRole
{
    Player,   // the in-app player's device
    Http,     // one HTTP request of an external player, a browser or the API
    Probe,    // the prober walking the container's structure
    Subtitle, // a subtitle file fetched from the torrent
    Follower, // the embedded-subtitle demuxer: reads what viewers fetched, never fetches
    Other,    // a library caller or a test
};

// For logs.
inline QLatin1String readerRoleName(ReaderRole role)
{
    switch (role) {
    case ReaderRole::Player:
        return QLatin1String("player");
    case ReaderRole::Http:
        return QLatin1String("http");
    case ReaderRole::Probe:
        return QLatin1String("probe");
    case ReaderRole::Subtitle:
        return QLatin1String("subtitle");
    case ReaderRole::Follower:
        return QLatin1String("follower");
    case ReaderRole::Other:
        break;
    }
    return QLatin1String("reader");
}

} // namespace swarmplay
