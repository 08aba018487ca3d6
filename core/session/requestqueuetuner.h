#pragma once

#include <QtGlobal>

namespace swarmplay {

// How many block requests each peer may hold. libtorrent's default (up to 500, grown in slow
// start) lets the first peer to unchoke take every block of a streaming start, and a seeder
// serves its queue in order: on a swarm of three seeders at 253 KiB/s each, piece 0 came from
// one peer alone and the second piece landed after 4-7 s instead of 2.7 s. A queue of about a
// quarter second of a peer's rate keeps every peer busy and leaves the next blocks to whoever
// is free; on a fast swarm the queue grows with the rate, so throughput does not suffer.
// Limits of the lever (libtorrent 2.0): a connection copies the setting when it is made
// (peer_connection.cpp), so a new figure reaches only peers connected after it; and a peer that
// announces how many requests it accepts (`reqq`: libtorrent, so qBittorrent, and rTorrent)
// replaces it with that figure. On the bench swarm only aria2 is bounded by it, at the figure in
// force when it connected (MinBlocks at a start); the others held 35-90 requests each at the
// start (swarmplay.blocks log). Starting aria2 at 16 instead of 4 changed no capped figure.
class RequestQueueTuner
{
public:
    static constexpr int MinBlocks = 4;
    static constexpr int MaxBlocks = 500;
    static constexpr int BlockSize = 16 * 1024;
    static constexpr int QueueMs = 250;

    // One torrent's figures from the last status round.
    void add(qint64 payloadBytesPerSecond, int peers);
    // The queue length for the next round, or -1 to keep the current one (nothing downloads,
    // or the change is too small to be worth a settings update).
    int take(int current);

private:
    qint64 m_bestPerPeer = 0;
};

} // namespace swarmplay
