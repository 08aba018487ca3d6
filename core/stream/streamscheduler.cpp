#include "streamscheduler.h"

#include <algorithm>

#include <libtorrent/torrent_status.hpp>

#include "streamlog.h"

namespace swarmplay {

namespace {

constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 AssumedBytesPerSecond = 1000 * 1000; // 8 Mbit/s until the container says
// The pieces a reader needs next rank one below the other, in the order they are read, from
// TopPriority down to NearPriority; the readahead window is below them. libtorrent's picker
// takes pieces of one priority in no particular order and every peer joins the piece that is
// already begun, so with the next four pieces all at the top the one a seek waited for was
// often fetched last (on the capped swarm, 1.8 s after a seek the third piece was in and the
// first came 3 s later).
constexpr int TopPriority = 7;
constexpr int NearPriority = 4;
constexpr int ReadaheadPriority = 3;
constexpr int DemotedPriority = 2;
constexpr int BackgroundPriority = 1;
constexpr qint64 HeadGuessBytes = 2 * MiB; // see the probe region's fallback

int graded(int order)
{
    return std::max(TopPriority - order, NearPriority);
}

} // namespace

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
        it->second.applied.clear();
}

void StreamScheduler::update()
{
    QHash<QString, QVector<std::shared_ptr<StreamCatalog::ReaderState>>> byTorrent;
    QSet<int> live;
    for (const auto &r : m_catalog->readers()) {
        byTorrent[r->key].push_back(r);
        live.insert(r->id);
    }
    for (auto it = m_readers.begin(); it != m_readers.end();) {
        if (live.contains(it.key()))
            ++it;
        else
            it = m_readers.erase(it);
    }
    // Torrents nobody reads any more go back to their file choices.
    for (auto it = m_torrents.begin(); it != m_torrents.end();) {
        if (byTorrent.contains(it->first)) {
            ++it;
            continue;
        }
        if (StreamCatalog::nowMs() - it->second.lastReaderMs < LingerMs) {
            linger(it->first, it->second);
            ++it;
            continue;
        }
        const lt::torrent_handle h = m_hooks.handle(it->first);
        if (h.is_valid()) {
            h.clear_piece_deadlines();
            m_hooks.restorePriorities(it->first);
        }
        it = m_torrents.erase(it);
    }
    for (auto it = byTorrent.cbegin(); it != byTorrent.cend(); ++it)
        schedule(it.key(), it.value());
}

void StreamScheduler::linger(const QString &key, TorrentPlan &plan)
{
    StreamCatalog::Torrent t;
    const lt::torrent_handle h = m_hooks.handle(key);
    if (!m_catalog->torrent(key, &t) || !h.is_valid())
        return;
    apply(
        h, plan, *t.pieces,
        std::vector<lt::download_priority_t>(static_cast<size_t>(t.pieceCount), lt::dont_download),
        {}, false);
}

void StreamScheduler::schedule(const QString &key,
                               const QVector<std::shared_ptr<StreamCatalog::ReaderState>> &readers)
{
    StreamCatalog::Torrent t;
    if (!m_catalog->torrent(key, &t) || t.pieceLength <= 0)
        return;
    const lt::torrent_handle h = m_hooks.handle(key);
    if (!h.is_valid())
        return;
    PieceAvailability &have = *t.pieces;
    const qint64 now = StreamCatalog::nowMs();
    const qint64 pieceLength = t.pieceLength;
    const auto pieceOf = [pieceLength](qint64 torrentOffset) {
        return int(torrentOffset / pieceLength);
    };

    std::vector<lt::download_priority_t> filePrios = h.get_file_priorities();
    std::vector<lt::download_priority_t> prio(static_cast<size_t>(t.pieceCount), lt::dont_download);
    const auto raise = [&prio](int piece, int level) {
        auto &p = prio[static_cast<size_t>(piece)];
        p = std::max(p, lt::download_priority_t(static_cast<std::uint8_t>(level)));
    };
    // Deadlines say when a piece is needed, not "now": libtorrent asks other peers again for
    // the blocks of a piece that is late, so a window of pieces all due at once is fetched two
    // and three times over (on the capped swarm, peers sent twice what playback got). The k-th
    // missing piece of a window is due after k+1 pieces' transfer at the rate the torrent
    // gets (at least what the reader consumes): a piece held by a peer that stalls is asked
    // of the others once that time has passed (twice that left piece 1 waiting 4 s).
    const qint64 swarmRate = std::max<qint64>(h.status({}).download_payload_rate, 64 * 1024);
    const auto dueMs = [pieceLength](int order, qint64 bytesPerSecond) {
        return int(std::min<qint64>(60000, (order + 1) * pieceLength * 1000 /
                                               std::max<qint64>(bytesPerSecond, 64 * 1024)));
    };
    std::map<int, int> deadlines; // piece -> ms from now
    const auto deadline = [&deadlines, &have](int piece, int ms) {
        if (have.has(piece))
            return;
        auto it = deadlines.find(piece);
        if (it == deadlines.end() || it->second > ms)
            deadlines[piece] = ms;
    };

    // The prober only fetches ahead of a player; a reader someone is waiting on comes first.
    const auto isProbe = [](const std::shared_ptr<StreamCatalog::ReaderState> &r) {
        return r->purpose == QLatin1String("probe");
    };
    const bool viewerActive = std::any_of(readers.cbegin(), readers.cend(), [&](const auto &r) {
        return !isProbe(r) && (r->waiting.load() || now - r->lastActiveMs.load() < IdleMs);
    });
    bool forceApply = false; // a file priority changed under us: libtorrent reset its pieces
    bool comfortable = true; // every active reader has its critical and full readahead windows
    QSet<int> waitedPieces;  // the piece each waiting reader waits for
    QSet<int> streamedFiles;
    for (const auto &r : readers) {
        const auto layout = std::find_if(
            t.files.cbegin(), t.files.cend(),
            [&r](const StreamCatalog::FileLayout &f) { return f.index == r->fileIndex; });
        if (layout == t.files.cend() || layout->size <= 0)
            continue;
        const StreamCatalog::FileLayout &file = *layout;
        if (!streamedFiles.contains(file.index)) {
            streamedFiles.insert(file.index);
            if (static_cast<size_t>(file.index) < filePrios.size() &&
                filePrios[static_cast<size_t>(file.index)] == lt::dont_download) {
                m_hooks.ensureWanted(key, file.index);
                filePrios[static_cast<size_t>(file.index)] = lt::low_priority;
                forceApply = true;
            }
        }

        qint64 durationMs = -1;
        m_catalog->probeRegion(key, file.index, &durationMs);
        const qint64 bytesPerSecond =
            durationMs > 0 ? std::max<qint64>(64 * 1024, file.size * 1000 / durationMs)
                           : AssumedBytesPerSecond;
        const qint64 critical = std::clamp<qint64>(bytesPerSecond * 3, MiB, 8 * MiB);
        const qint64 maxReadahead = std::max<qint64>(bytesPerSecond * 120, 32 * MiB);

        const bool waiting = r->waiting.load();
        const bool active =
            (waiting || now - r->lastActiveMs.load() < IdleMs) && !(isProbe(r) && viewerActive);
        const qint64 pos = std::clamp<qint64>(r->position.load(), 0, file.size - 1);
        if (waiting)
            waitedPieces.insert(pieceOf(file.offset + pos));
        // A bounded request (an HTTP Range that stops short, a demuxer reading a box) wants
        // nothing past its end: on a slow swarm every extra piece delays the ones it waits for.
        const qint64 requestEnd = r->end.load();
        const qint64 end = requestEnd > pos ? std::min(file.size, requestEnd) : file.size;
        const int first = pieceOf(file.offset + pos);
        const int criticalLast = pieceOf(file.offset + std::min(end - 1, pos + critical - 1));
        const int fileLastPiece = pieceOf(file.offset + file.size - 1);

        // A prober's reader stays open until the player has opened its own (see
        // StreamProber::release()): until then the player is about to read, and requests for
        // the rest of the file would queue ahead of its first pieces.
        if (isProbe(r))
            comfortable = false;
        if (!active) {
            // A prober set aside for a viewer wants nothing: its pieces, even at a low
            // priority, fill the peers' request queues ahead of the viewer's (a fresh-start
            // seek of `serve` waited 1.2-1.9 s longer for the head the prober had asked for).
            if (isProbe(r))
                continue;
            // Demoted: it keeps its next pieces, but at a priority anyone active outbids.
            for (int p = first; p <= criticalLast; ++p)
                raise(p, DemotedPriority);
            continue;
        }

        qCDebug(lcStream).nospace()
            << key.left(8) << " reader " << r->id << " (" << r->purpose << ") at " << pos
            << (requestEnd > pos ? QStringLiteral(" to %1").arg(end) : QString())
            << (waiting ? " waiting" : "") << ": pieces " << first << "-" << criticalLast;
        ReaderPlan &plan = m_readers[r->id];
        if (plan.readahead == 0)
            plan.readahead = std::max<qint64>(2 * critical, 4 * MiB);
        // A reader that consumes faster than the window grows (a download, a player catching
        // up) gets a window of what it reads in 20 s, so it never waits on a full swarm.
        const bool jumped =
            plan.lastPosition >= 0 &&
            (pos < plan.lastPosition || pos > plan.lastPosition + critical + plan.readahead);
        if (jumped) {
            // A seek: the new place starts with a small window again.
            plan.readahead = std::max<qint64>(2 * critical, 4 * MiB);
            plan.bytesPerSecond = 0;
        }
        if (plan.lastPosition < 0 || jumped) {
            plan.lastPosition = pos;
            plan.lastMs = now;
        } else if (now - plan.lastMs >= 200) {
            const double rate =
                double(pos - plan.lastPosition) * 1000.0 / double(now - plan.lastMs);
            plan.bytesPerSecond = 0.6 * plan.bytesPerSecond + 0.4 * rate;
            plan.lastPosition = pos;
            plan.lastMs = now;
        }
        const qint64 consumption = qint64(plan.bytesPerSecond * 20.0);
        plan.readahead = std::max(plan.readahead, consumption);

        // The critical pieces are all wanted now, in order: a seek waits for every one of them.
        int order = 0;
        for (int p = first; p <= criticalLast; ++p) {
            raise(p, graded(order));
            if (!have.has(p))
                deadline(p, dueMs(order++, std::max(swarmRate, bytesPerSecond)));
        }
        if (end >= file.size) {
            // An open read (a player) also has deadlines, one step lower, on as much again
            // after it: enough pieces in order to keep every peer's request queue full
            // (a window of one or two pieces leaves peers idle between the end of a piece and
            // the next update, and a player at 1.5x its bitrate then falls behind).
            const int nearLast =
                pieceOf(file.offset + std::min(file.size - 1, pos + 2 * critical - 1));
            for (int p = criticalLast + 1; p <= nearLast; ++p) {
                raise(p, graded(order));
                if (!have.has(p))
                    deadline(p, dueMs(order++, std::max(swarmRate, bytesPerSecond)));
            }
        }
        TorrentPlan &torrentPlan = m_torrents[key];
        torrentPlan.lastReaderMs = now;
        torrentPlan.nextPiece = criticalLast + 1;
        torrentPlan.nextLimit = fileLastPiece;
        if (end < file.size) {
            // The piece after the request, at the lowest priority: its blocks are asked for
            // only once every block of the request is, and the peers stay interested when the
            // request is served (see keepInterest()).
            const int after = pieceOf(file.offset + end);
            if (after <= fileLastPiece && after > criticalLast)
                raise(after, BackgroundPriority);
        }
        const bool criticalDone = have.firstMissing(first, criticalLast) > criticalLast;
        if (!criticalDone) {
            comfortable = false;
            continue;
        }
        if (end < file.size)
            continue; // the request is served once its critical pieces are in
        // Window edges move in steps of several pieces: every change of priorities costs
        // libtorrent a pass over its peers' requests, and a change per piece starves it.
        const int quantum = int(std::max<qint64>(4, 8 * MiB / pieceLength));
        const auto roundUp = [quantum, fileLastPiece](int piece) {
            return std::min(fileLastPiece, (piece / quantum + 1) * quantum - 1);
        };
        const int readaheadLast = roundUp(
            pieceOf(file.offset + std::min(file.size - 1, pos + critical + plan.readahead - 1)));
        for (int p = criticalLast + 1; p <= readaheadLast; ++p)
            raise(p, ReadaheadPriority);
        if (have.firstMissing(criticalLast + 1, readaheadLast) > readaheadLast) {
            // The window is full: it may grow, and only a full window at its largest is
            // comfortable. Beyond it, a margin at the lowest priority, so there is still
            // something to want: a torrent that wants nothing tells its peers it is not
            // interested, they choke it, and most clients unchoke again only at their next
            // round, up to 10 s later. While the window fills there is no margin: every request
            // a peer holds for a piece nobody waits for is served before a seek's.
            const int margin = std::max(quantum, readaheadLast - criticalLast);
            for (int p = readaheadLast + 1; p <= roundUp(readaheadLast + margin); ++p)
                raise(p, BackgroundPriority);
            if (plan.readahead < maxReadahead)
                comfortable = false;
            plan.readahead = std::min(plan.readahead * 2, maxReadahead);
        } else {
            comfortable = false;
        }
    }

    // What a demuxer needs before it can start (or, until that is known, the first and last
    // piece of the file) is kept at the top and, while missing, has deadlines too.
    // While a viewer reads, what they read is what they need first; nothing else competes.
    for (const int index : viewerActive ? QSet<int>() : streamedFiles) {
        const auto file =
            std::find_if(t.files.cbegin(), t.files.cend(),
                         [index](const StreamCatalog::FileLayout &f) { return f.index == index; });
        QVector<StreamCatalog::ProbeRange> ranges = m_catalog->probeRegion(key, index);
        // Until the container says, the head: the first frames follow the header in every
        // layout (a moov at the end included), so a player needs its first seconds anyway, and
        // asking for them now keeps every peer busy while the prober reads one box at a time
        // (one piece wanted at a time took 2 s a piece on the capped swarm instead of 1.35 s).
        // The prober's own reads find the rest (a tail index, say).
        if (ranges.isEmpty())
            ranges = {{0, std::min(file->size, std::max(pieceLength, HeadGuessBytes))}};
        int order = 0;
        for (const StreamCatalog::ProbeRange &range : ranges) {
            if (range.length <= 0)
                continue;
            const int a = pieceOf(file->offset + range.offset);
            const int b =
                pieceOf(file->offset + std::min(file->size - 1, range.offset + range.length - 1));
            for (int p = a; p <= b; ++p) {
                raise(p, graded(order));
                if (have.has(p))
                    continue;
                deadline(p, dueMs(order++, swarmRate));
                // A player starts only once its whole region is here (the prober itself reads
                // just the container's structure): nothing in the background before that.
                comfortable = false;
            }
        }
    }

    // The rest of the chosen files downloads at the lowest priority once every active reader is
    // comfortably ahead, and not before: a peer serves requests in the order it got them, so
    // every block asked for in the background is one a waiting reader gets later (on a swarm
    // giving 1.5x the bitrate, the first two pieces took twice as long with the rest of the
    // file wanted).
    for (const StreamCatalog::FileLayout &f : t.files) {
        if (!comfortable)
            break;
        if (static_cast<size_t>(f.index) >= filePrios.size() ||
            filePrios[static_cast<size_t>(f.index)] == lt::dont_download || f.size <= 0)
            continue;
        for (int p = pieceOf(f.offset); p <= pieceOf(f.offset + f.size - 1); ++p)
            raise(p, BackgroundPriority);
    }

    TorrentPlan &plan = m_torrents[key];
    plan.pieceLength = pieceLength;
    apply(h, plan, have, std::move(prio), deadlines, forceApply);
    if (!waitedPieces.isEmpty() && now - plan.lastCheckMs > CheckMs) {
        plan.lastCheckMs = now;
        check(h, plan, have, waitedPieces);
    }

    // A torrent whose wanted pieces were all in may have let its peers go; a reader waiting with
    // nobody to ask brings them back rather than waiting for the next announce.
    if (!waitedPieces.isEmpty() &&
        (plan.lastReannounceMs < 0 || now - plan.lastReannounceMs > 15000)) {
        const lt::torrent_status st = h.status({});
        if (st.num_peers == 0) {
            plan.lastReannounceMs = now;
            h.force_reannounce(0, -1, lt::torrent_handle::ignore_min_interval);
            h.force_dht_announce();
        }
    }
}

} // namespace swarmplay
