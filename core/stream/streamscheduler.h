#pragma once

// Internal to swarmplay_core: includes libtorrent. Lives in the session worker's thread.

#include <functional>
#include <map>
#include <memory>
#include <vector>

#include <QHash>
#include <QSet>

#include <libtorrent/download_priority.hpp>
#include <libtorrent/torrent_handle.hpp>

#include "streamcatalog.h"

namespace swarmplay {

// Decides which pieces download next for the torrents being streamed. For every reader (the
// player's device, each HTTP connection, the prober) it puts time-critical deadlines on the next
// pieces, then a readahead window that starts small and doubles only while the deadline pieces are
// safe; the probe region (head, and what the container keeps at the tail) comes first; the rest of
// the wanted files download at low priority only once every active reader is comfortably ahead.
// A seek retargets at once; a reader idle for a few seconds is demoted.
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

    static constexpr qint64 IdleMs = 5000;
    // How long a torrent stays streamed after its last reader left. HTTP clients open a reader
    // per request; between two requests the torrent keeps its peers interested in the piece
    // after the last one read instead of going back to downloading every chosen file, whose
    // requests would queue ahead of the next request's at every peer.
    static constexpr qint64 LingerMs = 10000;
    // Missing pieces always wanted while a torrent is streamed, besides those with a deadline
    // (see keepInterest()): the peers fetch them while the worker is yet to hear that the
    // pieces waited for have landed, and under load that takes as long as two or three pieces.
    static constexpr int SparePieces = 3;
    static constexpr qint64 MaxSpareBytes = 64 * 1024 * 1024;

    StreamScheduler(std::shared_ptr<StreamCatalog> catalog, Hooks hooks);

    void update();
    bool isStreaming() const { return !m_torrents.empty(); }
    void forget(const QString &key);
    // libtorrent recomputed the torrent's piece priorities from its file priorities (after
    // every file priority change): the next update() applies the plan again.
    void prioritiesReset(const QString &key);

private:
    struct ReaderPlan
    {
        qint64 readahead = 0; // bytes past the critical window
        qint64 lastPosition = -1;
        qint64 lastMs = 0;
        double bytesPerSecond = 0; // how fast this reader consumes, smoothed
    };
    struct TorrentPlan
    {
        std::vector<lt::download_priority_t> applied;
        QSet<int> deadlines;
        qint64 lastReannounceMs = -1;
        qint64 lastReaderMs = 0;
        qint64 lastCheckMs = 0; // see check()
        int nextPiece = -1;     // the piece after what the last reader asked for
        int nextLimit = -1;     // the last piece of that reader's file
        // How fast pieces land, from the have-map (see countArrivals()).
        qint64 arrivalsSinceMs = -1;
        int arrivalsSinceCount = 0;
        double piecesPerSecond = -1; // not known yet
        qint64 pieceLength = 0;      // set by schedule(), which makes every plan
    };

    void linger(const QString &key, TorrentPlan &plan);
    // Hands the plan to libtorrent: piece priorities when they changed, deadlines added and
    // dropped.
    static void apply(const lt::torrent_handle &h, TorrentPlan &plan, const PieceAvailability &have,
                      std::vector<lt::download_priority_t> prio,
                      const std::map<int, int> &deadlines, bool force);
    // How often a waiting reader's torrent is checked against libtorrent's own state.
    static constexpr qint64 CheckMs = 2000;
    static void check(const lt::torrent_handle &h, TorrentPlan &plan, PieceAvailability &have,
                      const QSet<int> &waitedPieces);
    // A waited piece is wanted but libtorrent is interested in no peer: make it decide again.
    static void nudgeInterest(const lt::torrent_handle &h, TorrentPlan &plan,
                              const QSet<int> &waitedPieces);
    static void countArrivals(TorrentPlan &plan, const PieceAvailability &have);
    // How many spares keepInterest() keeps: what lands in SpareMs at the rate pieces land, and
    // at least SparePieces; StartSpareBytes' worth until that rate is known.
    static int spareCount(const TorrentPlan &plan);
    static constexpr qint64 SpareMs = 250;
    static constexpr qint64 StartSpareBytes = 16 * 1024 * 1024;
    static void keepInterest(const TorrentPlan &plan, const PieceAvailability &have,
                             const std::map<int, int> &deadlines,
                             std::vector<lt::download_priority_t> &prio);
    void schedule(const QString &key,
                  const QVector<std::shared_ptr<StreamCatalog::ReaderState>> &readers);

    std::shared_ptr<StreamCatalog> m_catalog;
    Hooks m_hooks;
    QHash<int, ReaderPlan> m_readers;
    std::map<QString, TorrentPlan> m_torrents;
};

} // namespace swarmplay
