#pragma once

// Internal to swarmplay_core: includes libtorrent. Lives in the session worker's thread.

#include <functional>
#include <map>
#include <memory>

#include <libtorrent/torrent_handle.hpp>

#include "piecearrivalrate.h"
#include "planapplier.h"
#include "streamcatalog.h"
#include "streamplanner.h"

namespace swarmplay {

// Keeps the streamed torrents downloading what their readers need: for every torrent someone
// reads it gathers the readers from the catalog and the torrent's state from libtorrent, lets the
// torrent's StreamPlanner decide and its PlanApplier hand the plan over. A torrent whose last
// reader left lingers a while (tuning::LingerMs), then goes back to its file choices.
class StreamScheduler
{
public:
    struct Hooks
    {
        std::function<lt::torrent_handle(const QString &key)> handle;
        // The file is streamed: make sure it is chosen (its data then goes to the file itself,
        // not to the part file).
        std::function<void(const QString &key, int fileIndex)> ensureWanted;
        // Nobody streams the torrent any more: back to the file choices.
        std::function<void(const QString &key)> restorePriorities;
    };

    StreamScheduler(std::shared_ptr<StreamCatalog> catalog, Hooks hooks);

    void update();
    bool isStreaming() const { return !m_torrents.empty(); }
    void forget(const QString &key);
    // libtorrent recomputed the torrent's piece priorities from its file priorities (after
    // every file priority change): the next update() applies the plan again.
    void prioritiesReset(const QString &key);

private:
    using Readers = QVector<std::shared_ptr<StreamCatalog::ReaderState>>;
    struct Streamed
    {
        StreamPlanner planner;
        PlanApplier applier;
        PieceArrivalRate arrivals;
    };

    // Plans and applies one torrent; readers empty: it lingers.
    void schedule(const QString &key, const Readers &readers);
    StreamPlanner::Input input(const StreamCatalog::Torrent &t, const lt::torrent_handle &h,
                               const Readers &readers) const;

    std::shared_ptr<StreamCatalog> m_catalog;
    Hooks m_hooks;
    std::map<QString, Streamed> m_torrents;
};

} // namespace swarmplay
