#pragma once

// Internal to swarmplay_core: includes libtorrent. Lives in the session worker's thread.

#include <functional>
#include <vector>

#include <QHash>
#include <QVector>

#include <libtorrent/add_torrent_params.hpp>
#include <libtorrent/announce_entry.hpp>
#include <libtorrent/operations.hpp>
#include <libtorrent/torrent_handle.hpp>
#include <libtorrent/torrent_status.hpp>

#include "../model/fileentry.h"
#include "../model/peerentry.h"
#include "../model/torrentinfo.h"
#include "../model/torrentsnapshot.h"
#include "../model/trackerentry.h"
#include "addoptions.h"
#include "filechoice.h"
#include "filepriorities.h"
#include "torrentmeta.h"
#include "writetrouble.h"
#include "writtenblocks.h"

namespace swarmplay {

class StreamCatalog;
class StreamScheduler;
class TorrentPersistence;
namespace lt_convert {
class PosixDiskIo;
}

// One torrent of the session: its libtorrent handle, its file choice (FileChoice), its latest
// snapshot, and what it keeps on disk (TorrentMeta, its .torrent copy). The worker routes the
// torrent's alerts and commands here.
class ManagedTorrent
{
public:
    // What a torrent uses of its session; the worker's, shared by all its torrents.
    struct Services
    {
        TorrentPersistence *persistence = nullptr;
        StreamCatalog *catalog = nullptr;
        StreamScheduler *scheduler = nullptr;
        lt_convert::PosixDiskIo *diskIo = nullptr; // set once the session has made it
        std::function<void()> streamsChanged;      // asks the scheduler for an update
    };

    // Sets the choice, flags and limits in params for a torrent about to be added; fresh when it
    // is added now, not restored from its resume data. Returns what a torrent added to wait for
    // a choice wants meanwhile (see FileChoice::prepare()).
    static file_priorities::AwaitedPieces prepare(lt::add_torrent_params &params,
                                                  const AddOptions &options, bool fresh);

    // A torrent libtorrent has just added. awaited: what prepare() returned; id: the one it
    // keeps (one added again keeps its first), invalid for the handle's.
    ManagedTorrent(const Services &services, lt::torrent_handle handle, const QString &source,
                   const AddOptions &options, bool fresh,
                   const file_priorities::AwaitedPieces &awaited, const TorrentId &id = {});
    ManagedTorrent(const ManagedTorrent &) = delete;
    ManagedTorrent &operator=(const ManagedTorrent &) = delete;

    // Once it is in the worker's list: keeps its trackers (dropped from libtorrent while
    // trackers are off), its files on disk and its stream.
    void start(bool trackersEnabled);

    const TorrentId &id() const { return m_id; }
    QString key() const { return m_id.key(); }
    const lt::torrent_handle &handle() const { return m_handle; }
    const TorrentSnapshot &snapshot() const { return m_snapshot; }
    // What the user knows the torrent as, for the log pane.
    QString displayName() const;
    bool hasMetadata() const { return m_handle.torrent_file() != nullptr; }
    // What the state folder keeps of it, and how to add it again as it is now.
    TorrentMeta meta() const;
    AddOptions addOptions() const;

    // The file choice. choose() applies a new one; addWantedFile() adds one file to it.
    void choose(AddOptions::Files mode, const QVector<int> &files);
    void addWantedFile(int fileIndex);
    // Priorities of single files (0 skips the file, see Session::setFilePriorities()).
    void setFilePriorities(const QHash<int, int> &priorities);
    // The priorities of record (TorrentMeta) of a torrent restored from its state folder.
    void restoreFilePriorities(const QHash<int, int> &priorities);
    // A reader streams the file: it is chosen from now on (the scheduler's hook).
    void ensureWanted(int fileIndex);
    // Every file and piece priority back to the choice (the scheduler's hook).
    void applyFileSelection();
    // Chooses again while libtorrent has lost the last choice (on the worker's tick).
    void verifyFileSelection();

    void setPaused(bool paused);
    void recheck();
    // Trackers of a source added again that the torrent does not have yet, and its web seeds.
    void merge(const QStringList &trackers, const QStringList &webSeeds, bool trackersEnabled);
    // The trackers of record (TorrentMeta) that restored resume data lacks.
    void restoreTrackers(const QVector<TorrentMeta::Tracker> &trackers, bool trackersEnabled);
    void setTrackersEnabled(bool enabled);
    void setPexEnabled(bool enabled);
    void reannounce(bool dht);
    // False when address and port do not make a peer's endpoint.
    bool connectPeer(const QString &address, int port);

    // Status: from a status round, read now, and the rates of totals that stopped moving.
    void updateStatus(const lt::torrent_status &status);
    void refreshStatus();
    void settleRates(qint64 nowMs);

    // Alerts of this torrent.
    void handleMetadataReceived();
    void handleFilePriorities();
    void handleChecked();
    void handleError();
    // A file error: a write that found the disk full or the folder read-only stops only the
    // downloading (the torrent keeps its readers and carries on later); anything else is an
    // error. Returns true for the first.
    bool handleFileError(const lt::error_code &error, const char *file, lt::operation_t op);
    // A torrent error: one that follows a write trouble keeps it waiting, any other fails it.
    void handleTorrentError(const lt::error_code &error);
    // While it cannot write: tries again once the folder takes a file and has room for what is
    // left (the worker's tick). True when it downloads again.
    bool retryWriting();
    void handleFinished();
    void handlePieceFinished(lt::piece_index_t piece);

    // Resume data, saved by libtorrent and written when its alert comes.
    void saveResumeData(lt::resume_data_flags_t flags);
    void saveResumeDataIfNeeded();

    // On-demand queries; invalid or empty without metadata.
    TorrentInfo info() const;
    QVector<FileEntry> fileEntries() const;
    QVector<PeerEntry> peerEntries() const;
    QVector<TrackerEntry> trackerEntries() const;

private:
    // A payload total and when it last moved.
    struct Total
    {
        qint64 last = -1;
        qint64 movedMs = 0;
        // True once the total has stood still for longer than ms.
        bool stillFor(qint64 total, qint64 now, qint64 ms);
    };

    void countChosenFiles(const lt::torrent_status &status);
    // Stops downloading until the folder takes writes again (see retryWriting()).
    void waitForTheFolder();
    void publishStream();
    void storeMeta();
    // The meta and the resume data after a new choice.
    void storeChoice();
    void storeTorrentFile();

    const Services &m_services;
    lt::torrent_handle m_handle;
    TorrentId m_id;
    QString m_source; // magnet or where the .torrent came from
    FileChoice m_choice;
    WrittenBlocks m_written;
    WriteTrouble m_writeTrouble;
    TorrentSnapshot m_snapshot;
    bool m_metadataStored = false;
    // The payload totals as last seen (see settleRates()).
    Total m_downloaded;
    Total m_uploaded;
    // The torrent's own trackers; while trackers are switched off, libtorrent has none.
    std::vector<lt::announce_entry> m_trackers;
};

} // namespace swarmplay
