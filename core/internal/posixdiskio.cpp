#include "posixdiskio.h"

#include <algorithm>

#include <libtorrent/add_torrent_params.hpp>
#include <libtorrent/posix_disk_io.hpp>
#include <libtorrent/storage_defs.hpp>

namespace swarmplay::lt_convert {

std::unique_ptr<lt::disk_interface> PosixDiskIo::create(lt::io_context &ioc,
                                                        const lt::settings_interface &settings,
                                                        lt::counters &counters)
{
    return std::make_unique<PosixDiskIo>(lt::posix_disk_io_constructor(ioc, settings, counters));
}

PosixDiskIo::PosixDiskIo(std::unique_ptr<lt::disk_interface> inner)
    : m_inner(std::move(inner))
{}

lt::storage_holder PosixDiskIo::new_torrent(const lt::storage_params &p,
                                            const std::shared_ptr<void> &torrent)
{
    lt::storage_holder holder = m_inner->new_torrent(p, torrent);
    // Only a file someone chose not to download needs telling: the storage assumes the rest.
    const bool anyOff =
        std::any_of(p.priorities.begin(), p.priorities.end(),
                    [](lt::download_priority_t prio) { return prio == lt::dont_download; });
    if (anyOff) {
        m_inner->async_set_file_priority(
            static_cast<lt::storage_index_t>(holder), p.priorities,
            [](const lt::storage_error &,
               lt::aux::vector<lt::download_priority_t, lt::file_index_t>) {});
    }
    return holder;
}

void PosixDiskIo::remove_torrent(lt::storage_index_t storage)
{
    m_inner->remove_torrent(storage);
}

void PosixDiskIo::async_read(
    lt::storage_index_t storage, const lt::peer_request &r,
    std::function<void(lt::disk_buffer_holder, const lt::storage_error &)> handler,
    lt::disk_job_flags_t flags)
{
    m_inner->async_read(storage, r, std::move(handler), flags);
}

bool PosixDiskIo::async_write(lt::storage_index_t storage, const lt::peer_request &r,
                              const char *buf, std::shared_ptr<lt::disk_observer> o,
                              std::function<void(const lt::storage_error &)> handler,
                              lt::disk_job_flags_t flags)
{
    return m_inner->async_write(storage, r, buf, std::move(o), std::move(handler), flags);
}

void PosixDiskIo::async_hash(
    lt::storage_index_t storage, lt::piece_index_t piece, lt::span<lt::sha256_hash> v2,
    lt::disk_job_flags_t flags,
    std::function<void(lt::piece_index_t, const lt::sha1_hash &, const lt::storage_error &)>
        handler)
{
    m_inner->async_hash(storage, piece, v2, flags, std::move(handler));
}

void PosixDiskIo::async_hash2(
    lt::storage_index_t storage, lt::piece_index_t piece, int offset, lt::disk_job_flags_t flags,
    std::function<void(lt::piece_index_t, const lt::sha256_hash &, const lt::storage_error &)>
        handler)
{
    m_inner->async_hash2(storage, piece, offset, flags, std::move(handler));
}

void PosixDiskIo::async_move_storage(
    lt::storage_index_t storage, std::string path, lt::move_flags_t flags,
    std::function<void(lt::status_t, const std::string &, const lt::storage_error &)> handler)
{
    m_inner->async_move_storage(storage, std::move(path), flags, std::move(handler));
}

void PosixDiskIo::async_release_files(lt::storage_index_t storage, std::function<void()> handler)
{
    m_inner->async_release_files(storage, std::move(handler));
}

void PosixDiskIo::async_check_files(
    lt::storage_index_t storage, const lt::add_torrent_params *resume,
    lt::aux::vector<std::string, lt::file_index_t> links,
    std::function<void(lt::status_t, const lt::storage_error &)> handler)
{
    m_inner->async_check_files(storage, resume, std::move(links), std::move(handler));
}

void PosixDiskIo::async_stop_torrent(lt::storage_index_t storage, std::function<void()> handler)
{
    m_inner->async_stop_torrent(storage, std::move(handler));
}

void PosixDiskIo::async_rename_file(
    lt::storage_index_t storage, lt::file_index_t index, std::string name,
    std::function<void(const std::string &, lt::file_index_t, const lt::storage_error &)> handler)
{
    m_inner->async_rename_file(storage, index, std::move(name), std::move(handler));
}

void PosixDiskIo::async_delete_files(lt::storage_index_t storage, lt::remove_flags_t options,
                                     std::function<void(const lt::storage_error &)> handler)
{
    m_inner->async_delete_files(storage, options, std::move(handler));
}

void PosixDiskIo::async_set_file_priority(
    lt::storage_index_t storage, lt::aux::vector<lt::download_priority_t, lt::file_index_t> prio,
    std::function<void(const lt::storage_error &,
                       lt::aux::vector<lt::download_priority_t, lt::file_index_t>)>
        handler)
{
    m_inner->async_set_file_priority(storage, std::move(prio), std::move(handler));
}

void PosixDiskIo::async_clear_piece(lt::storage_index_t storage, lt::piece_index_t index,
                                    std::function<void(lt::piece_index_t)> handler)
{
    m_inner->async_clear_piece(storage, index, std::move(handler));
}

void PosixDiskIo::update_stats_counters(lt::counters &c) const
{
    m_inner->update_stats_counters(c);
}

std::vector<lt::open_file_state> PosixDiskIo::get_status(lt::storage_index_t storage) const
{
    return m_inner->get_status(storage);
}

void PosixDiskIo::abort(bool wait)
{
    m_inner->abort(wait);
}

void PosixDiskIo::submit_jobs()
{
    m_inner->submit_jobs();
}

void PosixDiskIo::settings_updated()
{
    m_inner->settings_updated();
}

} // namespace swarmplay::lt_convert
