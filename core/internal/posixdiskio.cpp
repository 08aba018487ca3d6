#include "posixdiskio.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <system_error>

#include <QByteArray>
#include <QLoggingCategory>

#include <libtorrent/add_torrent_params.hpp>
#include <libtorrent/file_storage.hpp>
#include <libtorrent/posix_disk_io.hpp>
#include <libtorrent/storage_defs.hpp>

namespace swarmplay::lt_convert {

namespace {

Q_LOGGING_CATEGORY(lcDisk, "swarmplay.disk", QtWarningMsg)

} // namespace

std::unique_ptr<PosixDiskIo> PosixDiskIo::create(lt::io_context &ioc,
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
    lt::storage_holder inner = m_inner->new_torrent(p, torrent);
    const auto index = static_cast<lt::storage_index_t>(inner);
    // The index is the inner one: libtorrent hands it back to every call, which pass it on.
    Storage &storage = m_storages[index];
    storage.inner = std::move(inner);
    // Named and laid out as posix_storage and posix_part_file do it.
    storage.partFile = PartFile{
        p.path,
        "." + QByteArray(p.info_hash.data(), p.info_hash.size()).toHex().toStdString() + ".parts",
        p.files.piece_length(), p.files.num_pieces(), p.info_hash};
    m_observers->opened(keyOf(p.info_hash), static_cast<int>(index));
    // Only a file someone chose not to download needs telling: the storage assumes the rest.
    const bool anyOff =
        std::any_of(p.priorities.begin(), p.priorities.end(),
                    [](lt::download_priority_t prio) { return prio == lt::dont_download; });
    if (anyOff) {
        m_inner->async_set_file_priority(
            index, p.priorities,
            [](const lt::storage_error &,
               lt::aux::vector<lt::download_priority_t, lt::file_index_t>) {});
    }
    qCDebug(lcDisk).nospace().noquote()
        << "storage " << static_cast<int>(index) << " (" << QString::fromStdString(p.path)
        << "): opened, " << m_storages.size() << " open";
    // Ours, not the inner one's: libtorrent's removal of the torrent must reach remove_torrent().
    return lt::storage_holder(index, *this);
}

void PosixDiskIo::remove_torrent(lt::storage_index_t storage)
{
    const auto it = m_storages.find(storage);
    if (it == m_storages.end())
        return;
    const PartFile part = it->second.partFile;
    m_observers->closed(keyOf(part.infoHash), static_cast<int>(storage));
    it->second.inner.reset(); // the inner disk I/O removes its storage, and may reuse the index
    m_storages.erase(it);
    // Piece priorities still waiting for this torrent go with it, unless the same torrent has
    // been added again meanwhile and has a storage of its own: they may be its.
    const bool addedAgain = std::any_of(m_storages.begin(), m_storages.end(), [&](const auto &s) {
        return s.second.partFile.infoHash == part.infoHash;
    });
    std::size_t pending = 0;
    {
        const std::lock_guard<std::mutex> lock(m_pendingMutex);
        if (!addedAgain)
            m_pending.erase(part.infoHash);
        pending = m_pending.size();
    }
    qCDebug(lcDisk).nospace().noquote()
        << "storage " << static_cast<int>(storage) << " (" << QString::fromStdString(part.directory)
        << "): closed, " << m_storages.size() << " open, " << pending
        << " piece-priority updates pending";
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
    // The handler runs once the block is in the file (posix_disk_io writes at once and posts it).
    const BlockObservers::TorrentKey torrent = keyOf(infoHashOf(storage));
    return m_inner->async_write(
        storage, r, buf, std::move(o),
        [observers = m_observers, torrent, index = static_cast<int>(storage), r,
         handler = std::move(handler)](const lt::storage_error &error) {
            if (!error.ec)
                observers->written(torrent, index, static_cast<int>(r.piece), r.start, r.length);
            handler(error);
        },
        flags);
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
    // The part file moves with the data.
    m_inner->async_move_storage(
        storage, std::move(path), flags,
        [this, storage, handler = std::move(handler)](
            lt::status_t status, const std::string &newPath, const lt::storage_error &error) {
            const auto it = m_storages.find(storage);
            if (!error && it != m_storages.end())
                it->second.partFile.directory = newPath;
            handler(status, newPath, error);
        });
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
    const auto it = m_storages.find(storage);
    lt::sha1_hash infoHash;
    if (it != m_storages.end()) {
        padPartFile(it->second.partFile);
        infoHash = it->second.partFile.infoHash;
    }
    m_inner->async_set_file_priority(
        storage, std::move(prio),
        [this, infoHash, handler = std::move(handler)](
            const lt::storage_error &error,
            lt::aux::vector<lt::download_priority_t, lt::file_index_t> done) {
            const std::vector<lt::download_priority_t> files(done.begin(), done.end());
            handler(error, std::move(done)); // libtorrent recomputes its piece priorities here
            if (!error)
                applyPendingPieces(infoHash, files);
        });
}

void PosixDiskIo::setPiecePrioritiesAfterFiles(const lt::sha1_hash &infoHash,
                                               lt::torrent_handle handle,
                                               std::vector<lt::download_priority_t> files,
                                               std::vector<lt::download_priority_t> pieces)
{
    const std::lock_guard<std::mutex> lock(m_pendingMutex);
    m_pending[infoHash] = PendingPieces{std::move(handle), std::move(files), std::move(pieces)};
}

void PosixDiskIo::cancelPiecePriorities(const lt::sha1_hash &infoHash)
{
    const std::lock_guard<std::mutex> lock(m_pendingMutex);
    m_pending.erase(infoHash);
}

void PosixDiskIo::applyPendingPieces(const lt::sha1_hash &infoHash,
                                     const std::vector<lt::download_priority_t> &files)
{
    PendingPieces pending;
    {
        const std::lock_guard<std::mutex> lock(m_pendingMutex);
        const auto it = m_pending.find(infoHash);
        // Only after the update they were meant to follow: an earlier one, still queued when
        // they were set, leaves them waiting.
        if (it == m_pending.end() || it->second.files != files)
            return;
        pending = std::move(it->second);
        m_pending.erase(it);
    }
    // On libtorrent's thread the handle's call runs at once, not queued behind peer traffic.
    if (pending.handle.is_valid())
        pending.handle.prioritize_pieces(pending.pieces);
}

void PosixDiskIo::padPartFile(const PartFile &part)
{
    if (part.pieceLength <= 0)
        return;
    std::error_code ec;
    const std::filesystem::path file =
        std::filesystem::u8path(part.directory) / std::filesystem::u8path(part.name);
    const std::uintmax_t size = std::filesystem::file_size(file, ec);
    if (ec)
        return; // no part file yet
    // A header of a slot index per piece plus two counts, rounded up to a whole KiB; then one
    // slot of a piece's length per piece it holds.
    const std::uintmax_t header =
        ((2 + std::uintmax_t(part.pieceCount)) * 4 + 1023) & ~std::uintmax_t(1023);
    const std::uintmax_t slot = std::uintmax_t(part.pieceLength);
    if (size <= header)
        return;
    const std::uintmax_t whole = header + (size - header + slot - 1) / slot * slot;
    if (whole > size)
        std::filesystem::resize_file(file, whole, ec); // on failure libtorrent reports the read
}

void PosixDiskIo::async_clear_piece(lt::storage_index_t storage, lt::piece_index_t index,
                                    std::function<void(lt::piece_index_t)> handler)
{
    // libtorrent writes none of the piece's blocks again until this is done.
    m_observers->cleared(keyOf(infoHashOf(storage)), static_cast<int>(storage),
                         static_cast<int>(index));
    m_inner->async_clear_piece(storage, index, std::move(handler));
}

quint64 PosixDiskIo::observeBlocks(const lt::sha1_hash &infoHash, BlockObserver observer)
{
    const BlockObservers::TorrentKey key = keyOf(infoHash);
    int early = 0;
    const quint64 id = m_observers->observe(key, std::move(observer), &early);
    if (early > 0) {
        qCDebug(lcDisk).nospace().noquote()
            << "torrent " << QByteArray(infoHash.data(), int(infoHash.size())).toHex() << ": "
            << early << " blocks written before it was observed";
    }
    return id;
}

void PosixDiskIo::forgetBlocks(const lt::sha1_hash &infoHash, quint64 id)
{
    m_observers->forget(keyOf(infoHash), id);
}

lt::sha1_hash PosixDiskIo::infoHashOf(lt::storage_index_t storage) const
{
    const auto it = m_storages.find(storage);
    return it == m_storages.end() ? lt::sha1_hash() : it->second.partFile.infoHash;
}

BlockObservers::TorrentKey PosixDiskIo::keyOf(const lt::sha1_hash &infoHash)
{
    static_assert(int(lt::sha1_hash::size()) == int(std::tuple_size<BlockObservers::TorrentKey>()));
    BlockObservers::TorrentKey key;
    std::copy(infoHash.data(), infoHash.data() + infoHash.size(), key.begin());
    return key;
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
