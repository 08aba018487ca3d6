#pragma once

// The disk I/O the session uses: libtorrent's portable posix_disk_io (plain reads and writes)
// rather than its default memory-mapped one, whose mapped file pages count as the player's own
// memory (peak RSS of 280 MiB for a 310 MB film served uncapped, 30 MiB this way) and which can
// hash a piece from memory before its bytes reach the file. libtorrent 2.0.8's posix storage
// ignores the file priorities a torrent is added with (it created every unchosen file, and a
// restart then checked them all): this wrapper hands them over as soon as the storage exists,
// before anything is checked or written. Internal to swarmplay_core.

#include <memory>

#include <libtorrent/disk_interface.hpp>
#include <libtorrent/io_context.hpp>
#include <libtorrent/performance_counters.hpp>
#include <libtorrent/settings_pack.hpp>

namespace swarmplay::lt_convert {

class PosixDiskIo final : public lt::disk_interface
{
public:
    // For lt::session_params::disk_io_constructor.
    static std::unique_ptr<lt::disk_interface>
    create(lt::io_context &ioc, const lt::settings_interface &settings, lt::counters &counters);

    explicit PosixDiskIo(std::unique_ptr<lt::disk_interface> inner);

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
    std::unique_ptr<lt::disk_interface> m_inner;
};

} // namespace swarmplay::lt_convert
