#pragma once

// Internal to swarmplay_core: includes libtorrent. The UI talks to Session instead.

#include <atomic>
#include <map>
#include <memory>
#include <unordered_map>

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QVector>

#include <libtorrent/announce_entry.hpp>
#include <libtorrent/fwd.hpp>
#include <libtorrent/torrent_handle.hpp>

#include "../input/torrentsource.h"
#include "../internal/eventlog.h"
#include "../model/fileentry.h"
#include "../model/peerentry.h"
#include "../model/sessionevent.h"
#include "../model/sessionstats.h"
#include "../model/torrentinfo.h"
#include "../model/torrentsnapshot.h"
#include "../model/trackerentry.h"
#include "../storage/resumestore.h"
#include "../stream/streamcatalog.h"
#include "addoptions.h"
#include "addresult.h"
#include "requestqueuetuner.h"
#include "sessionsettings.h"

class QTimer;
class QThread;

namespace swarmplay {

class StreamScheduler;
namespace lt_convert {
class PosixDiskIo;
}

// Owns the lt::session and lives in its own thread. Every public method runs in that thread
// (Session calls them through queued invocations); results leave as value signals.
class SessionWorker : public QObject
{
    Q_OBJECT

public:
    SessionWorker(const SessionSettings &settings, std::shared_ptr<StreamCatalog> catalog);
    ~SessionWorker() override;

    void start();
    AddResult addTorrent(const TorrentSource &source, const AddOptions &options);
    void removeTorrent(const TorrentId &id, bool deleteFiles);
    void setWantedFiles(const TorrentId &id, AddOptions::Files mode, const QVector<int> &files);
    void addWantedFile(const TorrentId &id, int fileIndex);
    void setPaused(const TorrentId &id, bool paused);
    void applySettings(const SessionSettings &settings);
    void addDhtNode(const QString &host, int port);
    void connectPeer(const TorrentId &id, const QString &address, int port);
    void reannounce(const TorrentId &id);
    void setStreaming(bool streaming);

    TorrentInfo info(const TorrentId &id) const;
    QVector<FileEntry> files(const TorrentId &id) const;
    QVector<PeerEntry> peers(const TorrentId &id) const;
    QVector<TrackerEntry> trackers(const TorrentId &id) const;
    SessionSettings appliedSettings() const;

    // Saves resume data (waiting at most the deadline), then destroys the session, then moves
    // this object to `home` so it can be deleted there once this thread has ended.
    void shutdown(QThread *home);

signals:
    void started(const swarmplay::SessionStats &stats);
    void torrentAdded(const swarmplay::TorrentSnapshot &snapshot);
    void torrentRemoved(const swarmplay::TorrentId &id);
    void metadataReceived(const swarmplay::TorrentId &id, const swarmplay::TorrentInfo &info);
    void torrentsUpdated(const QVector<swarmplay::TorrentSnapshot> &snapshots);
    void statsUpdated(const swarmplay::SessionStats &stats);
    void torrentFinished(const swarmplay::TorrentId &id);
    void eventsLogged(const QVector<swarmplay::SessionEvent> &events);

private:
    // A payload total and when it last moved (m_clock).
    struct Total
    {
        qint64 last = -1;
        qint64 movedMs = 0;
        // True once the total has stood still for longer than ms.
        bool stillFor(qint64 total, qint64 now, qint64 ms)
        {
            if (total != last) {
                last = total;
                movedMs = now;
                return false;
            }
            return now - movedMs > ms;
        }
    };

    struct Torrent
    {
        lt::torrent_handle handle;
        TorrentId id;
        QString source; // magnet or where the .torrent came from
        AddOptions::Files files = AddOptions::Files::All;
        QVector<int> wanted;
        TorrentSnapshot snapshot;
        bool metadataStored = false;
        // Added to wait for a file choice (a player picks the video first). A torrent that
        // wants nothing counts as finished and says so to its peers, and seeders built on
        // libtorrent (qBittorrent, Deluge, other Swarmplays) drop such a peer at once; so until
        // the first file is chosen it wants the head of its largest file (see keepInterested()).
        bool awaitingChoice = false;
        // While awaiting: the pieces wanted, first to last (see keepInterested()).
        int awaitedFirst = -1;
        int awaitedLast = -1;
        // Ticks left to confirm the last file selection (see verifyFileSelection()).
        int selectionChecksLeft = 0;
        // The payload totals as last seen (see settleRates()).
        Total downloaded;
        Total uploaded;
        // The torrent's own trackers; while trackers are switched off, libtorrent has none.
        std::vector<lt::announce_entry> trackers;
    };

    void requestDrain();
    void drainAlerts();
    // Dispatches by type, then logs the alert.
    void handleAlert(const lt::alert *alert);
    void handleTorrentAlert(const lt::alert *alert, Torrent &torrent);
    void handleStateUpdateAlert(const lt::state_update_alert &alert);
    void handleSessionStatsAlert(const lt::session_stats_alert &alert);
    void handleListenSucceededAlert(const lt::listen_succeeded_alert &alert);
    void handleListenFailedAlert(const lt::listen_failed_alert &alert);
    void handleMetadataReceivedAlert(Torrent &torrent);
    void handleFilePriorityAlert(Torrent &torrent);
    void onTick();
    void saveModifiedResumeData();
    void restoreTorrents();
    AddResult addFromStore(const QString &key);
    void restoreTrackers(const TorrentId &id, const QJsonObject &meta);
    AddResult insert(lt::add_torrent_params atp, const QString &source, const AddOptions &options,
                     bool fromStore);
    void applyFileSelection(Torrent &t);
    void verifyFileSelection(Torrent &t);
    void keepInterested(Torrent &t);
    void countChosenFiles(Torrent &t, const lt::torrent_status &st);
    // One status round (every torrent's latest snapshot) to the GUI thread.
    void emitStatusRound();
    // Reads one torrent's status now and sends a round, so a command's effect shows at once.
    void refreshSnapshot(Torrent &t);
    void wantAwaitedPieces(Torrent &t);
    // Drops the head's piece priorities keepInterested() left to be set after its file update.
    void cancelHeadPieces(Torrent &t);
    void storeMeta(const Torrent &t);
    void storeTorrentFile(Torrent &t);
    void writeResume(const lt::add_torrent_params &params);
    void flushEvents();
    void updateListenState();
    void settleRates(Torrent &t, qint64 now);
    // The session's settings as libtorrent takes them, with the tuned request queue.
    lt::settings_pack settingsPack() const;
    void tuneRequestQueue(const std::vector<lt::torrent_status> &status);
    // Streams: what readers see of a torrent, and rescheduling when they move.
    void publishStream(Torrent &t);
    void requestStreamUpdate();
    void updateStreams();
    void ensureWanted(const QString &key, int fileIndex);

    Torrent *find(const TorrentId &id);
    const Torrent *find(const TorrentId &id) const;
    Torrent *find(const lt::torrent_handle &handle);

    SessionSettings m_settings;
    ResumeStore m_store;
    std::unique_ptr<lt::session> m_session;
    lt_convert::PosixDiskIo *m_diskIo = nullptr; // owned by m_session
    std::map<QString, Torrent> m_torrents;       // by TorrentId::key()
    std::unordered_map<lt::torrent_handle, QString> m_keyByHandle;
    QElapsedTimer m_clock;
    lt_convert::EventLog m_log;
    SessionStats m_stats;
    QTimer *m_tickTimer = nullptr;
    QTimer *m_resumeTimer = nullptr;
    std::atomic<bool> m_drainQueued{false};
    std::atomic<bool> m_streamUpdateQueued{false};
    std::shared_ptr<StreamCatalog> m_catalog;
    std::unique_ptr<StreamScheduler> m_scheduler;
    bool m_streaming = false;
    bool m_shuttingDown = false;
    int m_dhtNodesMetric = -1;
    int m_peersMetric = -1;
    int m_requestQueueBlocks = RequestQueueTuner::MinBlocks; // see RequestQueueTuner
};

} // namespace swarmplay
