#pragma once

#include <memory>

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QVector>

#include "../input/torrentsource.h"
#include "../model/fileentry.h"
#include "../model/peerentry.h"
#include "../model/sessionevent.h"
#include "../model/sessionstats.h"
#include "../model/torrentinfo.h"
#include "../model/torrentsnapshot.h"
#include "../model/trackerentry.h"
#include "../stream/readerrole.h"
#include "addoptions.h"
#include "addresult.h"
#include "sessionsettings.h"

class QThread;

namespace swarmplay {

class ByteReader;
class SessionWorker;
class StreamCatalog;
class StreamProber;
class StreamSource;
class StreamView;
class TorrentFetcher;
class TorrentStreamDevice;

// The engine as the GUI thread sees it: commands go to the worker thread that owns libtorrent,
// and what happens there comes back as signals carrying plain values. Latest snapshots are kept
// here so a window can read them at any time without waiting.
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(const SessionSettings &settings, QObject *parent = nullptr);
    ~Session() override;

    const SessionSettings &settings() const { return m_settings; }
    // Checks the values and applies them without a restart; returns the error, empty on success.
    QString applySettings(const SessionSettings &settings);
    // What the running libtorrent session has in effect: settings() with the rate limits, DHT,
    // local discovery, UPnP and NAT-PMP read back from libtorrent itself.
    QFuture<SessionSettings> appliedSettings() const;

    // Adds a torrent; an http(s) source is downloaded first. The future always finishes, with
    // the torrent's id or a specific error.
    QFuture<AddResult> addTorrent(const TorrentSource &source, const AddOptions &options = {});
    QFuture<AddResult> addTorrent(const QString &text, const AddOptions &options = {});

    void removeTorrent(const TorrentId &id, bool deleteFiles = false);
    // Only these files download; an empty list stops every file.
    void setWantedFiles(const TorrentId &id, const QVector<int> &files);
    void setAllFilesWanted(const TorrentId &id);
    // Adds one file to those that download, keeping the others chosen (a player's choice on top
    // of the user's ticks). Nothing changes when every file downloads already.
    void addWantedFile(const TorrentId &id, int fileIndex);
    // Download priorities of single files, 0 (skip) to 7 (highest), on top of the choice: a
    // file given a priority above 0 is chosen, one given 0 no longer is. Needs the metadata.
    void setFilePriorities(const TorrentId &id, const QHash<int, int> &priorities);
    void setPaused(const TorrentId &id, bool paused);
    // Checks every piece on disk again (after the files were changed outside the engine).
    void recheck(const TorrentId &id);
    void reannounce(const TorrentId &id);
    void connectPeer(const TorrentId &id, const QString &address, int port);
    void addDhtNode(const QString &host, int port);
    // Faster status rounds while something is being played.
    void setStreaming(bool streaming);

    QFuture<TorrentInfo> info(const TorrentId &id) const;
    QFuture<QVector<FileEntry>> files(const TorrentId &id) const;
    QFuture<QVector<PeerEntry>> peers(const TorrentId &id) const;
    QFuture<QVector<TrackerEntry>> trackers(const TorrentId &id) const;

    QVector<TorrentSnapshot> torrents() const;
    bool contains(const TorrentId &id) const { return m_snapshots.contains(id); }
    TorrentSnapshot torrent(const TorrentId &id) const { return m_snapshots.value(id); }
    // Metadata seen so far; invalid before it arrives.
    TorrentInfo cachedInfo(const TorrentId &id) const { return m_infos.value(id); }
    SessionStats stats() const { return m_stats; }
    bool isStarted() const { return m_started; }

    TorrentFetcher *fetcher() const { return m_fetcher; }

    // Streaming. Readers of a file that is still downloading; what they read next downloads
    // next. nullptr until the torrent's metadata is known or when the file does not exist.
    std::unique_ptr<ByteReader> openStream(const TorrentId &id, int fileIndex,
                                           ReaderRole role = ReaderRole::Other);
    // A QIODevice for QMediaPlayer on the file; owned by the caller (or parent).
    TorrentStreamDevice *createStreamDevice(const TorrentId &id, int fileIndex,
                                            QObject *parent = nullptr);
    // What the loopback HTTP server serves.
    StreamSource *streamSource() const;
    // Which pieces are there, the probe regions, where the readers are.
    std::shared_ptr<StreamView> streams() const;
    // Finds the file's probe region through a reader of its own (see StreamProber); owned by the
    // caller (or parent).
    StreamProber *createProber(const TorrentId &id, int fileIndex, QObject *parent = nullptr);

    // Ordered stop: save resume data (bounded by the settings' deadline), destroy the libtorrent
    // session, end the worker thread. Called by the destructor; safe to call twice.
    void shutdown();

signals:
    void started();
    void torrentAdded(const swarmplay::TorrentSnapshot &snapshot);
    void torrentRemoved(const swarmplay::TorrentId &id);
    void metadataReceived(const swarmplay::TorrentId &id, const swarmplay::TorrentInfo &info);
    // One signal per status round with every torrent.
    void torrentsUpdated(const QVector<swarmplay::TorrentSnapshot> &snapshots);
    // A torrent's state or error changed, as libtorrent reported it just now, between status
    // rounds (which may show the change too).
    void torrentStateChanged(const swarmplay::TorrentSnapshot &snapshot);
    void statsUpdated(const swarmplay::SessionStats &stats);
    void torrentFinished(const swarmplay::TorrentId &id);
    void eventsLogged(const QVector<swarmplay::SessionEvent> &events);

private:
    template <typename F> void post(F &&function); // runs function(worker) on the worker thread
    template <typename T, typename F> QFuture<T> callWorker(F &&function) const;
    void choiceMade(const TorrentId &id);
    QFuture<AddResult> addChecked(const TorrentSource &source, const AddOptions &options);

    SessionSettings m_settings;
    std::shared_ptr<StreamCatalog> m_catalog;
    QThread *m_thread = nullptr;
    SessionWorker *m_worker = nullptr;
    TorrentFetcher *m_fetcher = nullptr;
    QHash<TorrentId, TorrentSnapshot> m_snapshots;
    QHash<TorrentId, TorrentInfo> m_infos;
    SessionStats m_stats;
    bool m_started = false;
};

} // namespace swarmplay
