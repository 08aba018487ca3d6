#pragma once

// Internal to swarmplay_core: includes libtorrent. Lives in the session worker's thread.

#include <vector>

#include <QBitArray>
#include <QSet>

#include <libtorrent/download_priority.hpp>
#include <libtorrent/torrent_handle.hpp>

#include "streamplan.h"

namespace swarmplay {

class PieceAvailability;

// Hands one streamed torrent's plans to libtorrent — piece priorities when they changed,
// deadlines added and dropped — and, while a reader waits, checks libtorrent's own state against
// the plan and mends what went wrong (a piece no alert reported, priorities libtorrent lost, no
// interest in any peer, no peers at all).
class PlanApplier
{
public:
    // force: set every priority even if the plan did not change them (libtorrent recomputed its
    // piece priorities from the file priorities).
    void apply(const lt::torrent_handle &h, const StreamPlan &plan, const QBitArray &have,
               bool force);
    // Returns true when it dropped every deadline (they are set again by the next apply()).
    bool checkHealth(const lt::torrent_handle &h, const QSet<int> &waitedPieces,
                     PieceAvailability &have, qint64 nowMs);
    // libtorrent recomputed the piece priorities: the next apply() sets them all again.
    void prioritiesReset() { m_applied.clear(); }

private:
    void setPriorities(const lt::torrent_handle &h, const StreamPlan &plan, const QBitArray &have,
                       bool force);
    void setDeadlines(const lt::torrent_handle &h, const StreamPlan &plan, const QBitArray &have);
    bool check(const lt::torrent_handle &h, PieceAvailability &have, const QSet<int> &waited);
    // A waited piece is wanted but libtorrent is interested in no peer: make it decide again.
    void nudgeInterest(const lt::torrent_handle &h, const QSet<int> &waited);
    void reannounceIfAlone(const lt::torrent_handle &h, qint64 nowMs);
    // How many connected peers have each waited piece, for the user (see
    // StreamView::sourcesAt()).
    static void countSources(const lt::torrent_handle &h, const QSet<int> &waited,
                             PieceAvailability &have);

    std::vector<lt::download_priority_t> m_applied;
    QSet<int> m_deadlines; // pieces libtorrent has a deadline for
    qint64 m_lastCheckMs = 0;
    qint64 m_lastReannounceMs = -1;
};

} // namespace swarmplay
