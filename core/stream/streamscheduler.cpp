#include "streamscheduler.h"

#include <libtorrent/torrent_status.hpp>

#include "streamtuning.h"

namespace swarmplay {

StreamScheduler::StreamScheduler(std::shared_ptr<StreamCatalog> catalog, Hooks hooks)
    : m_catalog(std::move(catalog))
    , m_hooks(std::move(hooks))
{}

void StreamScheduler::forget(const QString &key)
{
    m_torrents.erase(key);
}

void StreamScheduler::prioritiesReset(const QString &key)
{
    const auto it = m_torrents.find(key);
    if (it != m_torrents.end())
        it->second.applier.prioritiesReset();
}

void StreamScheduler::update()
{
    QHash<QString, Readers> byTorrent;
    for (const auto &r : m_catalog->readers()) {
        // An aborted reader (a player's device replaced after a seek) waits to be destroyed;
        // its place must not compete with the reader that replaced it. A follower (embedded
        // subtitles) waits for what the viewers' plan brings and asks for nothing.
        if (!r->aborted.load() && r->role != ReaderRole::Follower)
            byTorrent[r->key].push_back(r);
    }
    const qint64 now = StreamCatalog::nowMs();
    for (auto it = m_torrents.begin(); it != m_torrents.end();) {
        const qint64 lastActive = it->second.planner.lastActiveMs();
        if (byTorrent.contains(it->first) ||
            (lastActive >= 0 && now - lastActive < tuning::LingerMs)) {
            ++it;
            continue;
        }
        // Nobody reads it any more: back to the file choices.
        const lt::torrent_handle h = m_hooks.handle(it->first);
        if (h.is_valid()) {
            h.clear_piece_deadlines();
            m_hooks.restorePriorities(it->first);
        }
        it = m_torrents.erase(it);
    }
    for (auto it = m_torrents.begin(); it != m_torrents.end(); ++it) {
        if (!byTorrent.contains(it->first))
            schedule(it->first, {});
    }
    for (auto it = byTorrent.cbegin(); it != byTorrent.cend(); ++it)
        schedule(it.key(), it.value());
}

void StreamScheduler::schedule(const QString &key, const Readers &readers)
{
    StreamCatalog::Torrent t;
    if (!m_catalog->torrent(key, &t) || t.pieceLength <= 0 || !t.pieces)
        return;
    const lt::torrent_handle h = m_hooks.handle(key);
    if (!h.is_valid())
        return;
    Streamed &s = m_torrents[key];
    StreamPlanner::Input in = input(t, h, readers);
    s.arrivals.sample(t.pieces->haveCount(), in.nowMs);
    in.piecesPerSecond = s.arrivals.piecesPerSecond();
    const StreamPlan plan = s.planner.plan(in);
    for (const int index : plan.filesToWant)
        m_hooks.ensureWanted(key, index);
    s.applier.apply(h, plan, in.have, !plan.filesToWant.isEmpty());
    if (s.applier.checkHealth(h, plan.waitedPieces, *t.pieces, in.nowMs))
        s.planner.forgetDeadlines();
}

StreamPlanner::Input StreamScheduler::input(const StreamCatalog::Torrent &t,
                                            const lt::torrent_handle &h,
                                            const Readers &readers) const
{
    StreamPlanner::Input in;
    in.nowMs = StreamCatalog::nowMs();
    in.pieceLength = t.pieceLength;
    in.pieceCount = t.pieceCount;
    in.have = t.pieces->snapshot();
    QSet<int> read;
    for (const auto &r : readers) {
        read.insert(r->fileIndex);
        in.readers.push_back({r->id, r->role, r->fileIndex, r->position.load(), r->end.load(),
                              r->lastActiveMs.load(), r->waiting.load()});
    }
    if (readers.isEmpty())
        return in; // a lingering torrent wants only spares
    const std::vector<lt::download_priority_t> filePrios = h.get_file_priorities();
    for (const StreamCatalog::FileLayout &f : t.files) {
        StreamPlanner::File file{f.index, f.offset, f.size, false, {}, -1};
        file.wanted =
            size_t(f.index) < filePrios.size() && filePrios[size_t(f.index)] != lt::dont_download;
        if (read.contains(f.index))
            file.probeRegion = m_catalog->probeRegion(t.id.key(), f.index, &file.durationMs);
        in.files.push_back(file);
    }
    in.swarmBytesPerSecond = h.status({}).download_payload_rate;
    return in;
}

} // namespace swarmplay
