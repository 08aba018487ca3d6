// StreamScheduler's side facing libtorrent: how a plan is handed over (priorities, deadlines,
// the spares that keep peers interested) and the checks of libtorrent's own state while a reader
// waits. The plans themselves are made in streamscheduler.cpp.

#include <algorithm>

#include <libtorrent/peer_info.hpp>
#include <libtorrent/torrent_status.hpp>

#include "streamlog.h"
#include "streamscheduler.h"

namespace swarmplay {

void StreamScheduler::keepInterest(const TorrentPlan &plan, const PieceAvailability &have,
                                   const std::map<int, int> &deadlines,
                                   std::vector<lt::download_priority_t> &prio)
{
    // A torrent that wants nothing tells its peers it is not interested, and most seeders
    // (rTorrent, aria2) choke such a peer and unchoke it again only at their next round, up to
    // 10 s later: on the capped swarm two of three seeders went silent after the first piece.
    // libtorrent decides interest the moment a piece lands, before the next schedule, so a
    // window whose last missing piece lands must not leave nothing wanted. Spares at the lowest
    // priority do that: the pieces after what was read last (the next ones wanted anyway).
    // They are not free: a peer with room in its queue and no free block of a wanted piece
    // asks for spare blocks (on the capped bench swarm up to a third of what came during a
    // 2 MiB read; wanting them only near the end did not measurably help, see the issue's
    // notes). The pieces with a deadline are not counted: they are the ones fetched first,
    // and the spares must outlast them until the next schedule (counted with them, under load
    // all three landed before it and aria2 choked the leech).
    // How many: on a fast swarm a few pieces land within the moment libtorrent takes to hear
    // of the next plan (uncapped on the bench swarm, the three spares and the probe region were
    // in before serve's first request, and rTorrent choked the leech: a 2 MiB read took 0.5 s
    // instead of 0.05 s), so as many as land in SpareMs (see spareCount()).
    if (plan.nextPiece < 0 || plan.nextPiece > plan.nextLimit)
        return;
    const int spares = spareCount(plan);
    int missing = 0;
    for (size_t p = 0; p < prio.size() && missing < spares; ++p) {
        if (prio[p] > lt::dont_download && !have.has(int(p)) && !deadlines.count(int(p)))
            ++missing;
    }
    for (int from = plan.nextPiece; missing < spares && from <= plan.nextLimit;) {
        const int next = have.firstMissing(from, plan.nextLimit);
        if (next > plan.nextLimit || static_cast<size_t>(next) >= prio.size())
            break;
        auto &p = prio[static_cast<size_t>(next)];
        if (p == lt::dont_download) {
            p = lt::low_priority;
            ++missing;
        }
        from = next + 1;
    }
}

void StreamScheduler::countArrivals(TorrentPlan &plan, const PieceAvailability &have)
{
    // Over at least 50 ms; a burst counts at once, a lull lets the figure fall by half each
    // time.
    const qint64 now = StreamCatalog::nowMs();
    const int count = have.haveCount();
    if (plan.arrivalsSinceMs < 0 || count < plan.arrivalsSinceCount) {
        plan.arrivalsSinceMs = now;
        plan.arrivalsSinceCount = count;
        return;
    }
    const qint64 elapsed = now - plan.arrivalsSinceMs;
    if (elapsed < 50)
        return;
    const double rate = double(count - plan.arrivalsSinceCount) * 1000.0 / double(elapsed);
    plan.piecesPerSecond = std::max(rate, plan.piecesPerSecond / 2);
    plan.arrivalsSinceMs = now;
    plan.arrivalsSinceCount = count;
}

int StreamScheduler::spareCount(const TorrentPlan &plan)
{
    const qint64 pieceLength = std::max<qint64>(1, plan.pieceLength);
    const qint64 bytes =
        plan.piecesPerSecond < 0
            ? StartSpareBytes
            : std::min<qint64>(MaxSpareBytes,
                               qint64(plan.piecesPerSecond * double(pieceLength)) * SpareMs / 1000);
    return std::max<int>(SparePieces, int(bytes / pieceLength) + 1);
}

void StreamScheduler::check(const lt::torrent_handle &h, TorrentPlan &plan, PieceAvailability &have,
                            const QSet<int> &waitedPieces)
{
    // A reader that waits long asks libtorrent itself: a piece it has although no alert said
    // so is handed to the reader, and if it does not want a piece the plan wants, the plan's
    // priorities are set again.
    for (const int piece : waitedPieces) {
        if (!have.has(piece) && h.have_piece(lt::piece_index_t(piece))) {
            qCInfo(lcStream) << "piece" << piece << "is in, but no alert said so (yet)";
            have.setHave(piece);
        }
    }
    // libtorrent raises pieces with a deadline to the top itself, so only a piece it does not
    // want at all although the plan does is wrong.
    const std::vector<lt::download_priority_t> actual = h.get_piece_priorities();
    if (actual.size() != plan.applied.size())
        return;
    for (size_t p = 0; p < actual.size(); ++p) {
        if (actual[p] == lt::dont_download && plan.applied[p] > lt::dont_download &&
            !have.has(int(p))) {
            qCInfo(lcStream) << "piece" << p << "is not wanted by libtorrent although the plan"
                             << "wants it: setting the priorities again";
            h.prioritize_pieces(plan.applied);
            plan.deadlines.clear(); // the next update sets them again
            return;
        }
    }
    nudgeInterest(h, plan, waitedPieces);
}

void StreamScheduler::nudgeInterest(const lt::torrent_handle &h, TorrentPlan &plan,
                                    const QSet<int> &waitedPieces)
{
    // Seen in CI, rarely: a waited piece wanted and missing, a seed connected, and still
    // libtorrent interested in nobody for a minute. libtorrent decides interest again when a
    // piece's priority goes from nothing to something, so the waited pieces are switched off
    // and on; what libtorrent thought is logged, to find the cause.
    std::vector<lt::peer_info> peers;
    h.get_peer_info(peers);
    const auto any = [&peers](lt::peer_flags_t flag) {
        return std::any_of(peers.cbegin(), peers.cend(),
                           [flag](const lt::peer_info &p) { return bool(p.flags & flag); });
    };
    if (!any(lt::peer_info::seed) || any(lt::peer_info::interesting))
        return;
    const lt::torrent_status st = h.status({});
    QStringList downloading;
    for (const lt::partial_piece_info &q : h.get_download_queue()) {
        if (waitedPieces.contains(static_cast<int>(q.piece_index)))
            downloading << QStringLiteral("%1 (%2 of %3 blocks finished, %4 writing)")
                               .arg(static_cast<int>(q.piece_index))
                               .arg(q.finished)
                               .arg(q.blocks_in_piece)
                               .arg(q.writing);
    }
    std::vector<std::pair<lt::piece_index_t, lt::download_priority_t>> off;
    std::vector<std::pair<lt::piece_index_t, lt::download_priority_t>> on;
    for (const int piece : waitedPieces) {
        const lt::piece_index_t index(piece);
        if (h.have_piece(index))
            continue;
        const lt::download_priority_t prio = h.piece_priority(index);
        if (prio == lt::dont_download)
            continue;
        off.emplace_back(index, lt::dont_download);
        on.emplace_back(index, prio);
        plan.deadlines.remove(piece); // switched off, libtorrent drops its deadline too
    }
    if (on.empty())
        return;
    qCWarning(lcStream).noquote()
        << "a reader waits for a wanted piece but libtorrent is interested in none of its"
        << peers.size() << "peers (upload mode" << bool(st.flags & lt::torrent_flags::upload_mode)
        << ", finished" << st.is_finished << ", pieces" << st.num_pieces
        << ", waited pieces in the download queue:"
        << (downloading.isEmpty() ? QStringLiteral("none") : downloading.join(QStringLiteral(", ")))
        << "): switching them off and on";
    h.prioritize_pieces(off);
    h.prioritize_pieces(on);
}

void StreamScheduler::apply(const lt::torrent_handle &h, TorrentPlan &plan,
                            const PieceAvailability &have,
                            std::vector<lt::download_priority_t> prio,
                            const std::map<int, int> &deadlines, bool force)
{
    countArrivals(plan, have);
    keepInterest(plan, have, deadlines, prio);
    // Pieces already there need no priority; leaving them as they were avoids needless changes.
    if (plan.applied.size() == prio.size()) {
        for (size_t p = 0; p < prio.size(); ++p) {
            if (have.has(int(p)))
                prio[p] = plan.applied[p];
        }
    }
    if (lcStream().isDebugEnabled()) {
        int wanted = 0;
        for (size_t p = 0; p < prio.size(); ++p)
            wanted += prio[p] > lt::dont_download && !have.has(int(p)) ? 1 : 0;
        QStringList due;
        for (const auto &[piece, ms] : deadlines)
            due << QStringLiteral("%1@%2").arg(piece).arg(ms);
        qCDebug(lcStream).nospace().noquote()
            << "missing pieces wanted: " << wanted
            << (force || prio != plan.applied ? "" : " (as before)") << ", deadlines "
            << due.join(QLatin1Char(' '));
    }
    // A seek: the first piece due is before the old ones or past them. Every request the peers
    // hold for the old place is served before the new place's (pieces at priority 0 keep their
    // requests), so all deadlines go at once: libtorrent cancels every request outside the
    // time-critical pieces when the first deadline is set on a torrent that had none.
    if (!deadlines.empty() && !plan.deadlines.isEmpty()) {
        const int oldFirst = *std::min_element(plan.deadlines.cbegin(), plan.deadlines.cend());
        const int oldLast = *std::max_element(plan.deadlines.cbegin(), plan.deadlines.cend());
        const int first = deadlines.cbegin()->first;
        if (first < oldFirst || first > oldLast + 1) {
            qCDebug(lcStream) << "deadlines move from" << oldFirst << "to" << first
                              << ": every other request is cancelled";
            h.clear_piece_deadlines(); // leaves the pieces at priority 1: set again below
            plan.deadlines.clear();
            force = true;
        }
    }
    if (force || prio != plan.applied) {
        h.prioritize_pieces(prio);
        plan.applied = std::move(prio);
    }
    QSet<int> wanted;
    // set_piece_deadline() raises the piece to the top priority: the plan's grade is set again
    // after it, so the pieces keep the order they are read in.
    std::vector<std::pair<lt::piece_index_t, lt::download_priority_t>> regrade;
    for (const auto &[piece, ms] : deadlines) {
        wanted.insert(piece);
        if (plan.deadlines.contains(piece))
            continue;
        h.set_piece_deadline(lt::piece_index_t(piece), ms);
        if (static_cast<size_t>(piece) < plan.applied.size() &&
            plan.applied[static_cast<size_t>(piece)] < lt::top_priority)
            regrade.emplace_back(piece, plan.applied[static_cast<size_t>(piece)]);
    }
    if (!regrade.empty())
        h.prioritize_pieces(regrade);
    // libtorrent's reset_piece_deadline() leaves the piece at priority 1, not at what it had:
    // a piece the reader moved away from would stay wanted although the plan says 0, so the
    // plan's priority is set again after the reset.
    std::vector<std::pair<lt::piece_index_t, lt::download_priority_t>> restore;
    for (const int piece : std::as_const(plan.deadlines)) {
        if (wanted.contains(piece) || have.has(piece))
            continue;
        h.reset_piece_deadline(lt::piece_index_t(piece));
        if (static_cast<size_t>(piece) < plan.applied.size() &&
            plan.applied[static_cast<size_t>(piece)] != lt::low_priority)
            restore.emplace_back(piece, plan.applied[static_cast<size_t>(piece)]);
    }
    if (!restore.empty())
        h.prioritize_pieces(restore);
    plan.deadlines = wanted;
}

} // namespace swarmplay
