#include "managedtorrent.h"

#include <algorithm>

#include <QBitArray>
#include <QDir>
#include <QFileInfo>

#include <libtorrent/error_code.hpp>
#include <libtorrent/peer_info.hpp>
#include <libtorrent/torrent_info.hpp>

#include "../internal/ltconvert.h"
#include "../internal/ltstatus.h"
#include "../stream/streamcatalog.h"
#include "../stream/streamscheduler.h"
#include "torrentpersistence.h"

namespace swarmplay {

using lt_convert::toQString;
using namespace file_priorities;

namespace {

// A total that stood still this long means a rate of zero (see settleRates()).
constexpr qint64 StillTotalMs = 3000;
// A torrent that could not write starts again once this much is free (or what it has left).
constexpr qint64 MinFreeToRetry = 4 * 1024 * 1024;

} // namespace

file_priorities::AwaitedPieces ManagedTorrent::prepare(lt::add_torrent_params &atp,
                                                       const AddOptions &options, bool fresh)
{
    atp.flags &= ~lt::torrent_flags::auto_managed;
    atp.flags &= ~lt::torrent_flags::duplicate_is_error;
    // Resume data saved while a write failed keeps upload mode, which nothing here would lift
    // after a restart: try writing again; a write that still fails sets it again.
    atp.flags &= ~lt::torrent_flags::upload_mode;
    if (fresh) {
        atp.flags &= ~lt::torrent_flags::paused;
        if (options.paused)
            atp.flags |= lt::torrent_flags::paused;
        if (options.seedMode && atp.ti)
            atp.flags |= lt::torrent_flags::seed_mode;
        atp.upload_limit = options.uploadRateLimit > 0 ? options.uploadRateLimit : -1;
        atp.download_limit = options.downloadRateLimit > 0 ? options.downloadRateLimit : -1;
    }
    return FileChoice::prepare(atp, options, fresh);
}

ManagedTorrent::ManagedTorrent(const Services &services, lt::torrent_handle handle,
                               const QString &source, const AddOptions &options, bool fresh,
                               const AwaitedPieces &awaited, const TorrentId &id)
    : m_services(services)
    , m_handle(std::move(handle))
    , m_id(id.isValid() ? id : lt_convert::toTorrentId(m_handle.info_hashes()))
    , m_source(source)
    , m_choice(m_handle, lt_convert::toInfoHash(m_id).get_best(), services.diskIo, options, fresh,
               awaited)
    , m_written(services.diskIo, lt_convert::toInfoHash(m_id).get_best(), services.catalog, key())
{
    lt_convert::fillSnapshot(m_snapshot, m_handle.status(lt::torrent_handle::query_name |
                                                         lt::torrent_handle::query_save_path |
                                                         lt::torrent_handle::query_torrent_file));
    m_snapshot.id = m_id;
}

void ManagedTorrent::start(bool trackersEnabled)
{
    m_trackers = m_handle.trackers();
    if (!trackersEnabled)
        m_handle.replace_trackers({});
    storeTorrentFile();
    storeMeta();
    publishStream();
    saveResumeData(lt::torrent_handle::save_info_dict);
}

QString ManagedTorrent::displayName() const
{
    return m_snapshot.name.isEmpty() ? key() : m_snapshot.name;
}

// ------------------------------------------------------------------------------ the choice --

void ManagedTorrent::choose(AddOptions::Files mode, const QVector<int> &files)
{
    m_choice.choose(mode, files);
    storeChoice();
}

void ManagedTorrent::addWantedFile(int fileIndex)
{
    if (m_choice.addWantedFile(fileIndex))
        storeChoice();
}

void ManagedTorrent::setFilePriorities(const QHash<int, int> &priorities)
{
    if (m_choice.setFilePriorities(priorities))
        storeChoice();
}

void ManagedTorrent::restoreFilePriorities(const QHash<int, int> &priorities)
{
    m_choice.restoreLevels(priorities);
}

void ManagedTorrent::ensureWanted(int fileIndex)
{
    if (m_choice.ensureWanted(fileIndex))
        storeMeta();
}

void ManagedTorrent::applyFileSelection()
{
    m_choice.apply();
}

void ManagedTorrent::verifyFileSelection()
{
    m_choice.verify();
}

void ManagedTorrent::storeChoice()
{
    storeMeta();
    saveResumeData(lt::torrent_handle::save_info_dict);
}

// ------------------------------------------------------------------ commands and trackers --

void ManagedTorrent::setPaused(bool paused)
{
    if (paused) {
        m_handle.unset_flags(lt::torrent_flags::auto_managed);
        m_handle.pause(lt::torrent_handle::graceful_pause);
        m_snapshot.state = TorrentState::Paused;
    } else {
        m_handle.resume();
        retryWriting();  // resuming is also how a user says "try again"
        publishStream(); // reopens streams a failure had closed
    }
    storeMeta();
    saveResumeData(lt::torrent_handle::save_info_dict);
}

void ManagedTorrent::recheck()
{
    // A recheck is asked for when the files may have changed: what was written unverified may
    // not be in them any more.
    m_written.forget();
    m_handle.force_recheck();
}

void ManagedTorrent::merge(const QStringList &trackers, const QStringList &webSeeds,
                           bool trackersEnabled)
{
    for (const QString &url : trackers) {
        const std::string u = url.toStdString();
        if (std::any_of(m_trackers.begin(), m_trackers.end(),
                        [&](const lt::announce_entry &ae) { return ae.url == u; }))
            continue;
        lt::announce_entry ae(u);
        ae.tier = m_trackers.empty() ? 0 : std::uint8_t(m_trackers.back().tier + 1);
        if (trackersEnabled)
            m_handle.add_tracker(ae);
        m_trackers.push_back(ae);
    }
    storeMeta();
    for (const QString &ws : webSeeds)
        m_handle.add_url_seed(ws.toStdString());
}

void ManagedTorrent::restoreTrackers(const QVector<TorrentMeta::Tracker> &trackers,
                                     bool trackersEnabled)
{
    // Resume data saved while trackers were off has none: the list of record is in the meta.
    bool added = false;
    for (const TorrentMeta::Tracker &t : trackers) {
        const std::string url = t.url.toStdString();
        if (url.empty() || std::any_of(m_trackers.begin(), m_trackers.end(),
                                       [&](const lt::announce_entry &ae) { return ae.url == url; }))
            continue;
        lt::announce_entry ae(url);
        ae.tier = std::uint8_t(t.tier);
        m_trackers.push_back(ae);
        added = true;
    }
    if (added && trackersEnabled)
        m_handle.replace_trackers(m_trackers);
}

void ManagedTorrent::setTrackersEnabled(bool enabled)
{
    if (enabled) {
        m_handle.replace_trackers(m_trackers);
        m_handle.force_reannounce();
    } else {
        m_trackers = m_handle.trackers();
        storeMeta();
        m_handle.replace_trackers({});
    }
}

void ManagedTorrent::setPexEnabled(bool enabled)
{
    if (enabled)
        m_handle.unset_flags(lt::torrent_flags::disable_pex);
    else
        m_handle.set_flags(lt::torrent_flags::disable_pex);
}

bool ManagedTorrent::connectPeer(const QString &address, int port)
{
    lt::error_code ec;
    const lt::address addr = lt::make_address(address.toStdString(), ec);
    if (ec || port <= 0 || port > 65535)
        return false;
    m_handle.connect_peer(lt::tcp::endpoint(addr, static_cast<std::uint16_t>(port)));
    return true;
}

void ManagedTorrent::reannounce(bool dht)
{
    m_handle.force_reannounce(0, -1, lt::torrent_handle::ignore_min_interval);
    if (dht)
        m_handle.force_dht_announce();
}

// --------------------------------------------------------------------------------- status --

void ManagedTorrent::updateStatus(const lt::torrent_status &status)
{
    lt_convert::fillSnapshot(m_snapshot, status);
    countChosenFiles(status);
    if (!m_writeTrouble.active())
        return;
    if (!(status.flags & lt::torrent_flags::upload_mode)) {
        m_writeTrouble.clear(); // libtorrent tried again by itself
        return;
    }
    if (m_snapshot.state != TorrentState::Paused && m_snapshot.state != TorrentState::Error) {
        m_snapshot.state = TorrentState::CannotWrite;
        m_snapshot.errorMessage = m_writeTrouble.message();
        m_snapshot.etaSeconds = -1;
    }
}

void ManagedTorrent::refreshStatus()
{
    updateStatus(m_handle.status());
}

bool ManagedTorrent::Total::stillFor(qint64 total, qint64 now, qint64 ms)
{
    if (total != last) {
        last = total;
        movedMs = now;
        return false;
    }
    return now - movedMs > ms;
}

void ManagedTorrent::settleRates(qint64 nowMs)
{
    // libtorrent stops updating the rates of a torrent with no transfer left (a finished
    // download keeps showing the last rate it had): a total that has not moved for a few
    // seconds means a rate of zero.
    if (m_downloaded.stillFor(m_snapshot.totalDownloaded, nowMs, StillTotalMs))
        m_snapshot.downloadRate = 0;
    if (m_uploaded.stillFor(m_snapshot.totalUploaded, nowMs, StillTotalMs))
        m_snapshot.uploadRate = 0;
}

// libtorrent's wanted bytes count pieces, and while a file streams the scheduler wants only the
// pieces around its readers: the progress would jump as the window moves (58 % one second, 42 %
// the next). What the user chose is files, so progress counts the chosen files' bytes.
void ManagedTorrent::countChosenFiles(const lt::torrent_status &st)
{
    const auto ti = st.has_metadata ? st.torrent_file.lock() : nullptr;
    if (!ti)
        return;
    const FileChoice::Count chosen = m_choice.count(ti->files());
    const qint64 wanted = chosen.wanted;
    if (wanted <= 0)
        return; // nothing chosen yet: libtorrent's count (the head kept wanted) stands
    TorrentSnapshot &s = m_snapshot;
    s.wantedBytes = wanted;
    s.wantedDone = std::min(chosen.done, wanted);
    s.progress = double(s.wantedDone) / double(wanted);
    if (s.wantedDone < wanted &&
        (s.state == TorrentState::Finished || s.state == TorrentState::Seeding))
        s.state = TorrentState::Downloading; // the new choice has not reached libtorrent yet
    s.etaSeconds = (s.state == TorrentState::Downloading && s.downloadRate > 0)
                       ? (wanted - s.wantedDone) / s.downloadRate
                       : -1;
}

// --------------------------------------------------------------------------------- alerts --

void ManagedTorrent::handleMetadataReceived()
{
    publishStream();
    storeTorrentFile();
    m_choice.metadataReceived();
    storeMeta();
    saveResumeData(lt::torrent_handle::save_info_dict);
}

void ManagedTorrent::handleFilePriorities()
{
    m_choice.filePrioritiesApplied();
    m_services.scheduler->prioritiesReset(key());
    m_services.streamsChanged();
}

void ManagedTorrent::handleChecked()
{
    publishStream();
}

void ManagedTorrent::handleError()
{
    // Readers blocked on this torrent end cleanly instead of waiting for pieces that will not
    // come.
    m_written.forget();
    m_services.catalog->remove(key());
}

namespace {

// A write that failed for want of room or of permission: the torrent waits for the folder. The
// posix storage reports a short write to a full disk as "file too short".
WriteTrouble::Cause writeTroubleOf(const lt::error_code &error, bool writing)
{
    namespace errc = boost::system::errc;
    if (error == errc::no_space_on_device || error == errc::file_too_large ||
        (writing && error == lt::errors::file_too_short))
        return WriteTrouble::Cause::DiskFull;
    if (error == errc::read_only_file_system || error == errc::permission_denied ||
        error == errc::operation_not_permitted)
        return WriteTrouble::Cause::ReadOnly;
    return WriteTrouble::Cause::None;
}

// What follows from a write trouble: a read of a file the failed writes never made, or of a
// block they cut short.
bool followsWriteTrouble(const lt::error_code &error)
{
    return error == boost::system::errc::no_such_file_or_directory ||
           error == lt::errors::file_too_short;
}

} // namespace

bool ManagedTorrent::handleFileError(const lt::error_code &error, const char *file,
                                     lt::operation_t op)
{
    const bool writing = op == lt::operation_t::file_write ||
                         op == lt::operation_t::partfile_write ||
                         op == lt::operation_t::file_fallocate;
    const WriteTrouble::Cause cause = writeTroubleOf(error, writing);
    if (cause == WriteTrouble::Cause::None) {
        if (m_writeTrouble.active() && followsWriteTrouble(error)) {
            waitForTheFolder(); // the torrent_error_alert that may follow is handled the same way
            return true;
        }
        handleError();
        return false;
    }
    // Where the write failed: the file's folder when it exists, else the save path.
    const QFileInfo failed(toQString(file));
    const QString folder =
        failed.isAbsolute() && failed.dir().exists() ? failed.absolutePath() : m_snapshot.savePath;
    m_writeTrouble.report(cause, folder, toQString(error.message()));
    waitForTheFolder();
    return true;
}

void ManagedTorrent::handleTorrentError(const lt::error_code &error)
{
    if (m_writeTrouble.active() &&
        (writeTroubleOf(error, true) != WriteTrouble::Cause::None || followsWriteTrouble(error))) {
        waitForTheFolder();
        return;
    }
    handleError();
}

void ManagedTorrent::waitForTheFolder()
{
    // libtorrent goes into upload mode for most write errors but stops the torrent with an error
    // for some (a short write, a read of what was never written): either way it now waits,
    // keeping its readers, until retryWriting() finds room.
    const lt::torrent_status st = m_handle.status({});
    m_handle.set_flags(lt::torrent_flags::upload_mode);
    if (st.errc) {
        m_handle.clear_error();
        m_handle.resume();
    }
    refreshStatus();
}

bool ManagedTorrent::retryWriting()
{
    // A paused torrent waits for its resume (which retries), a failed one for the user.
    if (!m_writeTrouble.active() || m_snapshot.state == TorrentState::Paused ||
        m_snapshot.state == TorrentState::Error)
        return false;
    // Room for what is left, or for a few pieces of a large download.
    const auto ti = m_handle.torrent_file();
    const qint64 pieces = ti ? 4 * qint64(ti->piece_length()) : 0;
    const qint64 left = std::max<qint64>(0, m_snapshot.wantedBytes - m_snapshot.wantedDone);
    // With nothing left to write (the choice now holds only complete files), a full disk is no
    // reason to stay stopped.
    const bool nothingLeft = m_snapshot.hasMetadata && m_snapshot.wantedBytes > 0 && left == 0;
    if (!nothingLeft &&
        !m_writeTrouble.canWriteAgain(std::min(left, std::max(pieces, MinFreeToRetry))))
        return false;
    m_writeTrouble.clear();
    m_handle.unset_flags(lt::torrent_flags::upload_mode);
    refreshStatus();
    return true;
}

void ManagedTorrent::handleFinished()
{
    saveResumeData(lt::torrent_handle::save_info_dict | lt::torrent_handle::flush_disk_cache);
}

void ManagedTorrent::handlePieceFinished(lt::piece_index_t piece)
{
    if (auto pieces = m_services.catalog->writablePieces(key())) {
        pieces->setHave(static_cast<int>(piece));
        m_services.streamsChanged();
    }
}

// ----------------------------------------------------------------------- what is on disk --

void ManagedTorrent::saveResumeData(lt::resume_data_flags_t flags)
{
    m_handle.save_resume_data(flags);
}

void ManagedTorrent::saveResumeDataIfNeeded()
{
    if (m_handle.is_valid() && m_handle.need_save_resume_data())
        m_handle.save_resume_data(lt::torrent_handle::only_if_modified |
                                  lt::torrent_handle::save_info_dict);
}

void ManagedTorrent::storeMeta()
{
    m_services.persistence->writeMeta(m_id, meta());
}

TorrentMeta ManagedTorrent::meta() const
{
    TorrentMeta meta;
    meta.name = m_snapshot.name;
    meta.source = m_source;
    meta.savePath = m_snapshot.savePath;
    meta.files = m_choice.mode();
    meta.wanted = m_choice.wanted();
    meta.priorities = m_choice.levels();
    meta.headStart = m_choice.headStart();
    meta.paused = m_snapshot.state == TorrentState::Paused;
    for (const lt::announce_entry &ae : m_trackers)
        meta.trackers.push_back({toQString(ae.url), int(ae.tier)});
    return meta;
}

AddOptions ManagedTorrent::addOptions() const
{
    AddOptions options = meta().addOptions();
    options.savePath = m_snapshot.savePath;
    // The handle's flag, not the snapshot: a resume shows in the snapshot only a round later.
    options.paused = bool(m_handle.flags() & lt::torrent_flags::paused);
    options.uploadRateLimit = std::max(0, m_handle.upload_limit());
    options.downloadRateLimit = std::max(0, m_handle.download_limit());
    return options;
}

void ManagedTorrent::storeTorrentFile()
{
    if (m_metadataStored)
        return;
    const auto ti = m_handle.torrent_file();
    if (!ti)
        return;
    m_metadataStored = m_services.persistence->writeTorrentFile(m_id, *ti);
    if (m_snapshot.name.isEmpty() || m_snapshot.name == key())
        m_snapshot.name = toQString(ti->name());
}

void ManagedTorrent::publishStream()
{
    const auto ti = m_handle.torrent_file();
    if (!ti)
        return;
    const lt::torrent_status st =
        m_handle.status(lt::torrent_handle::query_pieces | lt::torrent_handle::query_save_path);
    QBitArray have(ti->num_pieces());
    for (const lt::piece_index_t p : ti->piece_range()) {
        if (!st.pieces.empty() && st.pieces.get_bit(p))
            have.setBit(static_cast<int>(p));
    }
    StreamCatalog &catalog = *m_services.catalog;
    StreamCatalog::Torrent entry;
    if (!catalog.torrent(key(), &entry) || !entry.pieces || entry.pieces->isClosed())
        entry.pieces = std::make_shared<PieceAvailability>(ti->num_pieces());
    entry.pieces->reset(have);
    entry.id = m_id;
    entry.name = toQString(ti->name());
    entry.pieceLength = ti->piece_length();
    entry.pieceCount = ti->num_pieces();
    entry.totalSize = ti->total_size();
    entry.files.clear();
    const QDir saveDir(toQString(st.save_path));
    for (const FileEntry &f : lt_convert::toFileEntries(*ti))
        entry.files.push_back(
            {f.index, f.path, saveDir.filePath(f.path), f.offset, f.size, f.kind});
    catalog.publish(entry);
    m_written.useDiskKey(m_handle.info_hashes().get_best());
    m_written.published();
}

// -------------------------------------------------------------------------------- queries --

TorrentInfo ManagedTorrent::info() const
{
    const auto ti = m_handle.torrent_file();
    return ti ? lt_convert::toTorrentInfo(*ti) : TorrentInfo();
}

QVector<FileEntry> ManagedTorrent::fileEntries() const
{
    const auto ti = m_handle.torrent_file();
    if (!ti)
        return {};
    QVector<FileEntry> entries = lt_convert::toFileEntries(*ti);
    const std::vector<std::int64_t> progress = m_handle.file_progress();
    const std::vector<lt::download_priority_t> prios = m_handle.get_file_priorities();
    for (FileEntry &f : entries) {
        const auto i = static_cast<size_t>(f.index);
        f.bytesDone = i < progress.size() ? progress[i] : 0;
        f.wanted = i < prios.size() ? prios[i] != lt::dont_download : true;
        f.priority = i < prios.size() ? int(static_cast<std::uint8_t>(prios[i])) : f.priority;
    }
    return entries;
}

QVector<PeerEntry> ManagedTorrent::peerEntries() const
{
    std::vector<lt::peer_info> infos;
    m_handle.get_peer_info(infos);
    QVector<PeerEntry> result;
    result.reserve(static_cast<int>(infos.size()));
    for (const lt::peer_info &p : infos) {
        // Half-open connections are attempts, not peers yet.
        if (p.flags & (lt::peer_info::connecting | lt::peer_info::handshake))
            continue;
        result.push_back(lt_convert::toPeerEntry(p));
    }
    return result;
}

QVector<TrackerEntry> ManagedTorrent::trackerEntries() const
{
    QVector<TrackerEntry> result;
    for (const lt::announce_entry &ae : m_handle.trackers())
        result.push_back(lt_convert::toTrackerEntry(ae));
    return result;
}

} // namespace swarmplay
