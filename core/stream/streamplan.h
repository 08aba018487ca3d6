#pragma once

#include <cstdint>
#include <map>
#include <vector>

#include <QSet>
#include <QVector>

namespace swarmplay {

// A piece's priority in a plan, in libtorrent's scale (0 = not wanted, 7 = top). The pieces a
// reader needs next rank one below the other from Top down to Near, in the order they are read:
// libtorrent's picker takes the pieces of one priority in no particular order.
enum class PiecePriority : std::uint8_t
{
    None = 0,
    Background = 1, // the rest of the chosen files, spares, the margin past a full window
    Demoted = 2,    // an idle reader's next pieces
    Readahead = 3,  // the window past the critical pieces
    Near = 4,       // the lowest of the graded critical pieces
    Top = 7,        // the next piece to read
};

// What the planner decided for one torrent: the applier hands it to libtorrent.
struct StreamPlan
{
    std::vector<PiecePriority> priorities; // one per piece, spares included
    std::map<int, int> deadlines;          // piece -> ms from now, missing pieces only
    // The deadlines moved somewhere else (a seek): drop every old one first, which makes
    // libtorrent cancel the requests its peers hold for the old place.
    bool retarget = false;
    QSet<int> waitedPieces;   // the piece each waiting reader is blocked on
    QVector<int> filesToWant; // streamed files the torrent does not download yet
};

} // namespace swarmplay
