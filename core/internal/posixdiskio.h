#pragma once

// The disk I/O the session uses: libtorrent's portable posix_disk_io (plain reads and writes)
// rather than its default memory-mapped one, whose mapped file pages count as the player's own
// memory (peak RSS of 280 MiB for a 310 MB film served uncapped, 30 MiB this way) and which can
// hash a piece from memory before its bytes reach the file. Here every block is written before
// its piece is hashed from the file, so a piece reported finished can be read at once
// (StreamReader relies on that). libtorrent 2.0.8's posix storage
// ignores the file priorities a torrent is added with (it created every unchosen file, and a
// restart then checked them all): this wrapper hands them over as soon as the storage exists,
// before anything is checked or written. Its part file (the bytes of unchosen files that share a
// piece with chosen ones) fails to hand a partly downloaded piece to a file that becomes wanted:
// it reads the piece's whole slot, the file ends inside it, and the torrent stops with a stale
// errno ("Resource temporarily unavailable"). The wrapper pads the part file to whole slots first;
// the blocks not yet in are zeros there and are downloaded again.
//
// It also lets the session set a torrent's piece priorities the moment libtorrent has recomputed
// them from new file priorities, on libtorrent's own thread and before any peer is asked for a
// block (see setPiecePrioritiesAfterFiles()), and tells the stream layer of each block written
// to a torrent's files before its piece is whole and verified (see observeBlocks()).
// QT_LOGGING_RULES="swarmplay.disk.debug=true" logs each storage opened and closed. Internal to
// swarmplay_core.

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <QtGlobal>

#include <libtorrent/disk_interface.hpp>
#include <libtorrent/io_context.hpp>
#include <libtorrent/performance_counters.hpp>
#include <libtorrent/settings_pack.hpp>
#include <libtorrent/sha1_hash.hpp>
#include <libtorrent/torrent_handle.hpp>

#include "blockobservers.h"

namespace swarmplay::lt_convert {

class PosixDiskIo final : public lt::disk_interface
{
public:
    // For lt::session_params::disk_io_constructor.
    static std::unique_ptr<PosixDiskIo>
    create(lt::io_context &ioc, const lt::settings_interface &settings, lt::counters &counters);

    explicit PosixDiskIo(std::unique_ptr<lt::disk_interface> inner);

    // A change of file priorities makes libtorrent set every piece of a wanted file to its
    // file's priority once the storage has the new ones, and a peer is asked for hundreds of
    // blocks of them before a prioritize_pieces() from another thread arrives. Call this just
    // before prioritize_files(`files`): `pieces` are set when the storage's file-priority update
    // to exactly `files` completes, before anything else runs on libtorrent's thread. Any other
    // prioritize_files() of the torrent must cancel it first (cancelPiecePriorities()), or it
    // would undo that call. `infoHash` is info_hashes().get_best(). Thread-safe.
    void setPiecePrioritiesAfterFiles(const lt::sha1_hash &infoHash, lt::torrent_handle handle,
                                      std::vector<lt::download_priority_t> files,
                                      std::vector<lt::download_priority_t> pieces);
    void cancelPiecePriorities(const lt::sha1_hash &infoHash);

    // Called on libtorrent's thread for a torrent (by its best info hash): written once a block
    // is in the file, cleared when a piece failed its hash check, before any block of it is
    // written again. Blocks written before the torrent has an observer are told to its first one.
    using BlockObserver = BlockObservers::Observer;
    // Returns an id for forgetBlocks(); a newer observer of the same torrent replaces this one.
    quint64 observeBlocks(const lt::sha1_hash &infoHash, BlockObserver observer);
    // After this returns, the observer is not called again (a call under way has ended).
    void forgetBlocks(const lt::sha1_hash &infoHash, quint64 id);

    lt::storage_holder new_torrent(const lt::storage_params &p,
                                   const std::shared_ptr<void> &torrent) override;
    void remove_torrent(lt::storage_index_t storage) override;
    void async_read(lt::storage_index_t storage, const lt::peer_request &r,
                    std::function<void(lt::disk_buffer_holder, const lt::storage_error &)> handler,
                    lt::disk_job_flags_t flags) override;
    bool async_write(lt::storage_index_t storage, const lt::peer_request &r, const char *buf,
                     std::shared_ptr<lt::disk_observer> o,
                     std::function<void(const lt::storage_error &)> handler,
                     lt::disk_job_flags_t flags) override;
    void async_hash(
        lt::storage_index_t storage, lt::piece_index_t piece, lt::span<lt::sha256_hash> v2,
        lt::disk_job_flags_t flags,
        std::function<void(lt::piece_index_t, const lt::sha1_hash &, const lt::storage_error &)>
            handler) override;
    void async_hash2(
        lt::storage_index_t storage, lt::piece_index_t piece, int offset,
        lt::disk_job_flags_t flags,
        std::function<void(lt::piece_index_t, const lt::sha256_hash &, const lt::storage_error &)>
            handler) override;
    void async_move_storage(
        lt::storage_index_t storage, std::string path, lt::move_flags_t flags,
        std::function<void(lt::status_t, const std::string &, const lt::storage_error &)> handler)
        override;
    void async_release_files(lt::storage_index_t storage, std::function<void()> handler) override;
    void async_check_files(
        lt::storage_index_t storage, const lt::add_torrent_params *resume,
        lt::aux::vector<std::string, lt::file_index_t> links,
        std::function<void(lt::status_t, const lt::storage_error &)> handler) override;
    void async_stop_torrent(lt::storage_index_t storage, std::function<void()> handler) override;
    void async_rename_file(
        lt::storage_index_t storage, lt::file_index_t index, std::string name,
        std::function<void(const std::string &, lt::file_index_t, const lt::storage_error &)>
            handler) override;
    void async_delete_files(lt::storage_index_t storage, lt::remove_flags_t options,
                            std::function<void(const lt::storage_error &)> handler) override;
    void async_set_file_priority(
        lt::storage_index_t storage,
        lt::aux::vector<lt::download_priority_t, lt::file_index_t> prio,
        std::function<void(const lt::storage_error &,
                           lt::aux::vector<lt::download_priority_t, lt::file_index_t>)>
            handler) override;
    void async_clear_piece(lt::storage_index_t storage, lt::piece_index_t index,
                           std::function<void(lt::piece_index_t)> handler) override;
    void update_stats_counters(lt::counters &c) const override;
    std::vector<lt::open_file_state> get_status(lt::storage_index_t storage) const override;
    void abort(bool wait) override;
    void submit_jobs() override;
    void settings_updated() override;

private:
    // Where a torrent's part file is and how it is laid out (libtorrent's posix_part_file).
    struct PartFile
    {
        std::string directory;
        std::string name;
        int pieceLength = 0;
        int pieceCount = 0;
        lt::sha1_hash infoHash;
    };
    // A torrent's storage: the inner disk I/O's, held here so that libtorrent's removal of the
    // torrent reaches remove_torrent() before the inner one.
    struct Storage
    {
        lt::storage_holder inner;
        PartFile partFile;
    };
    struct PendingPieces
    {
        lt::torrent_handle handle;
        std::vector<lt::download_priority_t> files;
        std::vector<lt::download_priority_t> pieces;
    };

    // Extends the part file, if there is one, to the end of its last slot.
    static void padPartFile(const PartFile &part);
    // On libtorrent's thread, after a file-priority update of the torrent with this hash.
    void applyPendingPieces(const lt::sha1_hash &infoHash,
                            const std::vector<lt::download_priority_t> &files);

    std::unique_ptr<lt::disk_interface> m_inner;
    std::map<lt::storage_index_t, Storage> m_storages; // libtorrent's thread only
    // The best info hash of the torrent whose storage this is; libtorrent's thread only.
    lt::sha1_hash infoHashOf(lt::storage_index_t storage) const;
    static BlockObservers::TorrentKey keyOf(const lt::sha1_hash &infoHash);

    std::mutex m_pendingMutex;
    std::map<lt::sha1_hash, PendingPieces> m_pending; // under m_pendingMutex
    // Shared with the write handlers libtorrent may run after this is gone.
    std::shared_ptr<BlockObservers> m_observers = std::make_shared<BlockObservers>();
};

} // namespace swarmplay::lt_convert
