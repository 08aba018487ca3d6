#pragma once

// Internal to swarmplay_core: includes libtorrent. The UI talks to Session instead.

#include <atomic>
#include <memory>

#include <QElapsedTimer>
#include <QObject>
#include <QVector>

#include <libtorrent/fwd.hpp>

#include "../input/torrentsource.h"
#include "../internal/eventlog.h"
#include "../model/fileentry.h"
#include "../model/peerentry.h"
#include "../model/sessionevent.h"
#include "../model/sessionstats.h"
#include "../model/torrentinfo.h"
#include "../model/torrentsnapshot.h"
#include "../model/trackerentry.h"
#include "../stream/streamcatalog.h"
#include "addoptions.h"
#include "addresult.h"
#include "managedtorrent.h"
#include "requestqueuetuner.h"
#include "sessionsettings.h"
#include "statusreporter.h"
#include "torrentlist.h"
#include "torrentpersistence.h"
#include "torrentroster.h"

class QTimer;
class QThread;

namespace swarmplay {

class StreamScheduler;

// Owns the lt::session and lives in its own thread. Every public method runs in that thread
// (Session calls them through queued invocations); results leave as value signals. Alerts are
// dispatched by type: the session's to a handler here, a torrent's to its ManagedTorrent; each
// is then logged in one place (EventLog). Adding and removing torrents is TorrentRoster's.
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
    void setFilePriorities(const TorrentId &id, const QHash<int, int> &priorities);
    void setPaused(const TorrentId &id, bool paused);
    void recheck(const TorrentId &id);
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
    void torrentStateChanged(const swarmplay::TorrentSnapshot &snapshot);
    void statsUpdated(const swarmplay::SessionStats &stats);
    void torrentFinished(const swarmplay::TorrentId &id);
    void eventsLogged(const QVector<swarmplay::SessionEvent> &events);

private:
    void createSession();
    void startScheduler();
    void requestDrain();
    void drainAlerts();
    // Dispatches by type, then logs the alert.
    void handleAlert(const lt::alert *alert);
    // False when the alert is not worth logging.
    // A torrent that could not write downloads again (see ManagedTorrent::retryWriting()).
    void reportWritingAgain(ManagedTorrent &t);
    bool handleTorrentAlert(const lt::alert *alert, ManagedTorrent &torrent);
    void handleStateUpdateAlert(const lt::state_update_alert &alert);
    void handleSaveResumeDataAlert(const lt::save_resume_data_alert &alert);
    void onTick();
    void saveModifiedResumeData();
    // Saves every torrent's resume data, waiting at most the shutdown deadline.
    void saveAllResumeData();
    void saveSessionState();

    void emitMetadata(const ManagedTorrent &torrent);

    void flushEvents();
    bool isListening() const;
    // The session's settings as libtorrent takes them, with the tuned request queue.
    lt::settings_pack settingsPack() const;
    void tuneRequestQueue(const std::vector<lt::torrent_status> &status);
    // Streams: rescheduling when readers move.
    void requestStreamUpdate();
    void updateStreams();

    SessionSettings m_settings;
    QElapsedTimer m_clock;
    lt_convert::EventLog m_log;
    TorrentPersistence m_persistence;
    std::unique_ptr<lt::session> m_session;
    ManagedTorrent::Services m_services; // what every torrent uses of the session
    TorrentList m_torrents;
    std::unique_ptr<TorrentRoster> m_roster; // while the lt::session lives
    StatusReporter m_status;
    QTimer *m_tickTimer = nullptr;
    QTimer *m_resumeTimer = nullptr;
    std::atomic<bool> m_drainQueued{false};
    std::atomic<bool> m_streamUpdateQueued{false};
    std::shared_ptr<StreamCatalog> m_catalog;
    std::unique_ptr<StreamScheduler> m_scheduler;
    bool m_streaming = false;
    bool m_shuttingDown = false;
    int m_requestQueueBlocks = RequestQueueTuner::MinBlocks; // see RequestQueueTuner
};

} // namespace swarmplay
