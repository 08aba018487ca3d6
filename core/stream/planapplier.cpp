#include "planapplier.h"

#include <algorithm>

#include <libtorrent/peer_info.hpp>
#include <libtorrent/torrent_status.hpp>

#include "pieceavailability.h"
#include "streamlog.h"
#include "streamtuning.h"

namespace swarmplay {

namespace {

bool hasBit(const QBitArray &have, int piece)
{
    return piece >= 0 && piece < have.size() && have.testBit(piece);
}

void logPlan(const std::vector<lt::download_priority_t> &prio, const QBitArray &have,
             const StreamPlan &plan, bool unchanged)
{
    if (!lcStream().isDebugEnabled())
        return;
    int wanted = 0;
    for (size_t p = 0; p < prio.size(); ++p)
        wanted += prio[p] > lt::dont_download && !hasBit(have, int(p)) ? 1 : 0;
    QStringList due;
    for (const auto &[piece, ms] : plan.deadlines)
        due << QStringLiteral("%1@%2").arg(piece).arg(ms);
    qCDebug(lcStream).nospace().noquote()
        << "missing pieces wanted: " << wanted << (unchanged ? " (as before)" : "")
        << ", deadlines " << due.join(QLatin1Char(' '));
}

} // namespace

void PlanApplier::apply(const lt::torrent_handle &h, const StreamPlan &plan, const QBitArray &have,
                        bool force)
{
    if (plan.retarget && !m_deadlines.isEmpty()) {
        qCDebug(lcStream) << "deadlines move to" << plan.deadlines.cbegin()->first
                          << ": every other request is cancelled";
        // libtorrent cancels every request outside the time-critical pieces when the first
        // deadline is set on a torrent that has none; the cleared pieces are left at priority 1.
        h.clear_piece_deadlines();
        m_deadlines.clear();
        force = true;
    }
    setPriorities(h, plan, have, force);
    setDeadlines(h, plan, have);
}

void PlanApplier::setPriorities(const lt::torrent_handle &h, const StreamPlan &plan,
                                const QBitArray &have, bool force)
{
    std::vector<lt::download_priority_t> prio;
    prio.reserve(plan.priorities.size());
    for (const PiecePriority p : plan.priorities)
        prio.push_back(lt::download_priority_t(static_cast<std::uint8_t>(p)));
    // Pieces already there need no priority; leaving them as they were avoids needless changes.
    if (m_applied.size() == prio.size()) {
        for (size_t p = 0; p < prio.size(); ++p) {
            if (hasBit(have, int(p)))
                prio[p] = m_applied[p];
        }
    }
    const bool changed = force || prio != m_applied;
    logPlan(prio, have, plan, !changed);
    if (changed) {
        h.prioritize_pieces(prio);
        m_applied = std::move(prio);
    }
}

void PlanApplier::setDeadlines(const lt::torrent_handle &h, const StreamPlan &plan,
                               const QBitArray &have)
{
    const auto appliedAt = [this](int piece) {
        return size_t(piece) < m_applied.size() ? m_applied[size_t(piece)] : lt::dont_download;
    };
    QSet<int> wanted;
    // set_piece_deadline() raises the piece to the top priority: the plan's grade is set again
    // after it, so the pieces keep the order they are read in.
    std::vector<std::pair<lt::piece_index_t, lt::download_priority_t>> regrade;
    for (const auto &[piece, ms] : plan.deadlines) {
        wanted.insert(piece);
        if (m_deadlines.contains(piece))
            continue;
        h.set_piece_deadline(lt::piece_index_t(piece), ms);
        if (appliedAt(piece) < lt::top_priority)
            regrade.emplace_back(piece, appliedAt(piece));
    }
    if (!regrade.empty())
        h.prioritize_pieces(regrade);
    // reset_piece_deadline() leaves the piece at priority 1, not at what the plan gave it.
    std::vector<std::pair<lt::piece_index_t, lt::download_priority_t>> restore;
    for (const int piece : std::as_const(m_deadlines)) {
        if (wanted.contains(piece) || hasBit(have, piece))
            continue;
        h.reset_piece_deadline(lt::piece_index_t(piece));
        if (appliedAt(piece) != lt::low_priority)
            restore.emplace_back(piece, appliedAt(piece));
    }
    if (!restore.empty())
        h.prioritize_pieces(restore);
    m_deadlines = wanted;
}

bool PlanApplier::checkHealth(const lt::torrent_handle &h, const QSet<int> &waitedPieces,
                              PieceAvailability &have, qint64 nowMs)
{
    if (waitedPieces.isEmpty()) {
        if (m_lastCheckMs != 0)
            have.setSources({});
        m_lastCheckMs = 0;
        return false;
    }
    bool dropped = false;
    if (nowMs - m_lastCheckMs > tuning::CheckMs) {
        m_lastCheckMs = nowMs;
        countSources(h, waitedPieces, have);
        dropped = check(h, have, waitedPieces);
    }
    reannounceIfAlone(h, nowMs);
    return dropped;
}

bool PlanApplier::check(const lt::torrent_handle &h, PieceAvailability &have,
                        const QSet<int> &waited)
{
    // A piece libtorrent has although no alert said so is handed to the reader.
    for (const int piece : waited) {
        if (!have.has(piece) && h.have_piece(lt::piece_index_t(piece))) {
            qCInfo(lcStream) << "piece" << piece << "is in, but no alert said so (yet)";
            have.setHave(piece);
        }
    }
    // libtorrent raises pieces with a deadline to the top itself, so only a piece it does not
    // want at all although the plan does is wrong.
    const std::vector<lt::download_priority_t> actual = h.get_piece_priorities();
    if (actual.size() != m_applied.size())
        return false;
    for (size_t p = 0; p < actual.size(); ++p) {
        if (actual[p] == lt::dont_download && m_applied[p] > lt::dont_download &&
            !have.has(int(p))) {
            qCInfo(lcStream) << "piece" << p << "is not wanted by libtorrent although the plan"
                             << "wants it: setting the priorities again";
            h.prioritize_pieces(m_applied);
            m_deadlines.clear(); // the next apply() sets them again
            return true;
        }
    }
    nudgeInterest(h, waited);
    return false;
}

void PlanApplier::nudgeInterest(const lt::torrent_handle &h, const QSet<int> &waited)
{
    // Seen rarely: a waited piece wanted and missing, a seed connected, and libtorrent
    // interested in nobody. libtorrent decides interest again when a piece's priority goes from
    // nothing to something, so the waited pieces are switched off and on; what libtorrent thought
    // is logged, to find the cause.
    if (h.flags() & lt::torrent_flags::upload_mode)
        return; // it cannot write: wanting nothing is right (see ManagedTorrent::retryWriting())
    std::vector<lt::peer_info> peers;
    h.get_peer_info(peers);
    const auto any = [&peers](lt::peer_flags_t flag) {
        return std::any_of(peers.cbegin(), peers.cend(),
                           [flag](const lt::peer_info &p) { return bool(p.flags & flag); });
    };
    if (!any(lt::peer_info::seed) || any(lt::peer_info::interesting))
        return;
    QStringList downloading;
    for (const lt::partial_piece_info &q : h.get_download_queue()) {
        if (waited.contains(static_cast<int>(q.piece_index)))
            downloading << QStringLiteral("%1 (%2 of %3 blocks finished, %4 writing)")
                               .arg(static_cast<int>(q.piece_index))
                               .arg(q.finished)
                               .arg(q.blocks_in_piece)
                               .arg(q.writing);
    }
    std::vector<std::pair<lt::piece_index_t, lt::download_priority_t>> off;
    std::vector<std::pair<lt::piece_index_t, lt::download_priority_t>> on;
    for (const int piece : waited) {
        const lt::piece_index_t index(piece);
        if (h.have_piece(index))
            continue;
        const lt::download_priority_t prio = h.piece_priority(index);
        if (prio == lt::dont_download)
            continue;
        off.emplace_back(index, lt::dont_download);
        on.emplace_back(index, prio);
        m_deadlines.remove(piece); // switched off, libtorrent drops its deadline too
    }
    if (on.empty())
        return;
    const lt::torrent_status st = h.status({});
    qCWarning(lcStream).noquote()
        << "a reader waits for a wanted piece but libtorrent is interested in none of its"
        << peers.size() << "peers (finished" << st.is_finished << ", pieces" << st.num_pieces
        << ", waited pieces in the download queue:"
        << (downloading.isEmpty() ? QStringLiteral("none") : downloading.join(QStringLiteral(", ")))
        << "): switching them off and on";
    h.prioritize_pieces(off);
    h.prioritize_pieces(on);
}

void PlanApplier::countSources(const lt::torrent_handle &h, const QSet<int> &waited,
                               PieceAvailability &have)
{
    std::vector<int> peersPerPiece;
    h.piece_availability(peersPerPiece); // empty for a seed, or without metadata
    QHash<int, int> sources;
    for (const int piece : waited) {
        if (piece >= 0 && size_t(piece) < peersPerPiece.size())
            sources.insert(piece, peersPerPiece[size_t(piece)]);
    }
    have.setSources(sources);
}

void PlanApplier::reannounceIfAlone(const lt::torrent_handle &h, qint64 nowMs)
{
    // A torrent whose wanted pieces were all in may have let its peers go; a reader waiting with
    // nobody to ask brings them back rather than waiting for the next announce.
    if (m_lastReannounceMs >= 0 && nowMs - m_lastReannounceMs <= tuning::ReannounceMs)
        return;
    if (h.status({}).num_peers != 0)
        return;
    m_lastReannounceMs = nowMs;
    h.force_reannounce(0, -1, lt::torrent_handle::ignore_min_interval);
    h.force_dht_announce();
}

} // namespace swarmplay
