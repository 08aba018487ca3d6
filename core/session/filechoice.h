#pragma once

// Internal to swarmplay_core: includes libtorrent. Lives in the session worker's thread.

#include <QHash>
#include <QVector>

#include <libtorrent/add_torrent_params.hpp>
#include <libtorrent/file_storage.hpp>
#include <libtorrent/sha1_hash.hpp>
#include <libtorrent/torrent_handle.hpp>

#include "addoptions.h"
#include "filepriorities.h"

namespace swarmplay {

namespace lt_convert {
class PosixDiskIo;
}

// A torrent's file choice as the user made it (every file, none yet, or the listed ones, with
// priorities of single files), applied to libtorrent's file and piece priorities; and what a
// torrent added to wait for that choice wants meanwhile. ManagedTorrent stores the choice.
class FileChoice
{
public:
    // Sets the file and piece priorities in params for a torrent about to be added; fresh when
    // it is added now, not restored from its resume data. Returns what a torrent added to wait
    // for a choice wants meanwhile (first is -1 when nothing yet).
    static file_priorities::AwaitedPieces prepare(lt::add_torrent_params &params,
                                                  const AddOptions &options, bool fresh);

    // diskKey: how the disk thread names the torrent; diskIo: the session's, set once the
    // session has made it. awaited: what prepare() returned.
    FileChoice(lt::torrent_handle handle, const lt::sha1_hash &diskKey,
               lt_convert::PosixDiskIo *const &diskIo, const AddOptions &options, bool fresh,
               const file_priorities::AwaitedPieces &awaited);

    AddOptions::Files mode() const { return m_files; }
    const QVector<int> &wanted() const { return m_wanted; }
    // Chosen files whose priority is not ChosenFilePriority: file index -> priority.
    const QHash<int, int> &levels() const { return m_levels; }
    // Added with AddOptions::headStart.
    bool headStart() const { return m_headStart; }

    // A new choice.
    void choose(AddOptions::Files mode, const QVector<int> &files);
    // One file more; false when it was chosen already.
    bool addWantedFile(int fileIndex);
    // Priorities of single files, 0 skipping one; false without metadata.
    bool setFilePriorities(const QHash<int, int> &priorities);
    // The priorities of record of a torrent restored from its state folder.
    void restoreLevels(const QHash<int, int> &levels);
    // A reader streams the file; false when it was chosen already.
    bool ensureWanted(int fileIndex);
    // Every file and piece priority back to the choice.
    void apply();
    // Chooses again while libtorrent has lost the last choice (on the worker's tick).
    void verify();

    // The metadata has arrived: the choice can be applied.
    void metadataReceived();
    // libtorrent has recomputed every piece's priority from the file priorities.
    void filePrioritiesApplied();

    // The chosen files' size and bytes done; wanted is 0 when libtorrent's count stands.
    struct Count
    {
        qint64 wanted = 0;
        qint64 done = 0;
    };
    Count count(const lt::file_storage &fs) const;

private:
    void keepInterested();
    void wantAwaitedPieces();
    void cancelHeadPieces();
    void stopAwaiting();
    // How the disk I/O names the torrent now (see WrittenBlocks::useDiskKey()).
    lt::sha1_hash diskKey() const;

    lt::torrent_handle m_handle;
    lt::sha1_hash m_diskKey;
    lt_convert::PosixDiskIo *const &m_diskIo;
    AddOptions::Files m_files = AddOptions::Files::All;
    QVector<int> m_wanted;
    QHash<int, int> m_levels;
    bool m_headStart = true;
    // Added to wait for a file choice (a player picks the video first). A torrent that wants
    // nothing counts as finished and says so to its peers, and seeders built on libtorrent
    // (qBittorrent, Deluge, other Swarmplays) drop such a peer at once; so until the first file
    // is chosen it wants the head of its largest file (see keepInterested()).
    bool m_awaitingChoice = false;
    // While awaiting: the pieces wanted, first to last (see keepInterested()).
    int m_awaitedFirst = -1;
    int m_awaitedLast = -1;
    // Ticks left to confirm the last file selection (see verify()).
    int m_selectionChecksLeft = 0;
};

} // namespace swarmplay
