#include "managedtorrent.h"

#include <algorithm>

#include <QBitArray>
#include <QDir>

#include <libtorrent/peer_info.hpp>
#include <libtorrent/torrent_info.hpp>

#include "../internal/ltconvert.h"
#include "../internal/ltstatus.h"
#include "../internal/posixdiskio.h"
#include "../stream/streamcatalog.h"
#include "../stream/streamscheduler.h"
#include "torrentpersistence.h"

namespace swarmplay {

using lt_convert::toQString;
using namespace file_priorities;

namespace {

constexpr int MagnetPriorityPlaceholder = 1 << 16; // files a magnet's metadata may list at most
// A total that stood still this long means a rate of zero (see settleRates()).
constexpr qint64 StillTotalMs = 3000;
// Status ticks that compare libtorrent's file priorities with the choice (see
// verifyFileSelection()).
constexpr int SelectionChecks = 5;

} // namespace

file_priorities::AwaitedPieces ManagedTorrent::prepare(lt::add_torrent_params &atp,
                                                       const AddOptions &options, bool fresh)
{
    atp.flags &= ~lt::torrent_flags::auto_managed;
    atp.flags &= ~lt::torrent_flags::duplicate_is_error;
    if (fresh) {
        atp.flags &= ~lt::torrent_flags::paused;
        if (options.paused)
            atp.flags |= lt::torrent_flags::paused;
        if (options.seedMode && atp.ti)
            atp.flags |= lt::torrent_flags::seed_mode;
        atp.upload_limit = options.uploadRateLimit > 0 ? options.uploadRateLimit : -1;
        atp.download_limit = options.downloadRateLimit > 0 ? options.downloadRateLimit : -1;
    } else if (atp.ti) {
        return {}; // the resume data has the file priorities
    }
    // A magnet's file count is unknown until its metadata arrives; libtorrent trims the list
    // then, and applyFileSelection() sets the exact priorities.
    const int count = atp.ti ? atp.ti->num_files() : MagnetPriorityPlaceholder;
    if (options.files != AddOptions::Files::All)
        atp.file_priorities = selectionPriorities(count, options.files, options.wantedFiles);
    if (!fresh || options.files != AddOptions::Files::None)
        return {};
    // A magnet waiting for a choice must not look finished when its metadata lands (it would
    // tell its peers it wants nothing, and seeds hang up), nor want every file for the moment
    // before keepInterested() runs: its first file is wanted until then.
    if (!atp.ti) {
        if (!atp.file_priorities.empty())
            atp.file_priorities.front() = lt::low_priority;
        return {};
    }
    // With its metadata at hand it starts as keepInterested() leaves it, and not finished for a
    // moment before: a torrent that wants nothing says "upload only" in its handshake, and a
    // seed hangs up on it and is not asked again.
    const AwaitedPieces a = awaitedPieces(atp.ti->files());
    if (a.first >= 0) {
        atp.file_priorities[static_cast<size_t>(static_cast<int>(a.file))] = ChosenFilePriority;
        atp.piece_priorities = awaitedPriorities(atp.ti->num_pieces(), a.first, a.last);
    }
    return a;
}

ManagedTorrent::ManagedTorrent(const Services &services, lt::torrent_handle handle,
                               const QString &source, const AddOptions &options, bool fresh,
                               const AwaitedPieces &awaited)
    : m_services(services)
    , m_handle(std::move(handle))
    , m_id(lt_convert::toTorrentId(m_handle.info_hashes()))
    , m_source(source)
    , m_files(options.files)
    , m_wanted(options.wantedFiles)
    , m_awaitingChoice(fresh && options.files == AddOptions::Files::None)
    , m_awaitedFirst(awaited.first)
    , m_awaitedLast(awaited.last)
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
    m_files = mode;
    m_wanted = files;
    // A file no longer chosen forgets its priority: chosen again, it starts from the default.
    for (auto it = m_levels.begin(); it != m_levels.end();)
        it = mode == AddOptions::Files::All || files.contains(it.key()) ? std::next(it)
                                                                        : m_levels.erase(it);
    applyFileSelection();
    if (mode != AddOptions::Files::None)
        stopAwaiting();
    else if (m_awaitingChoice)
        keepInterested();
    storeMeta();
    saveResumeData(lt::torrent_handle::save_info_dict);
}

void ManagedTorrent::addWantedFile(int fileIndex)
{
    // From the torrent's own record, not libtorrent's file priorities: those are updated only
    // when the disk thread has applied a change, so right after metadata they are stale.
    if (fileIndex < 0 || m_files == AddOptions::Files::All || m_wanted.contains(fileIndex))
        return;
    QVector<int> files = m_files == AddOptions::Files::Listed ? m_wanted : QVector<int>();
    files.push_back(fileIndex);
    choose(AddOptions::Files::Listed, files);
}

void ManagedTorrent::setFilePriorities(const QHash<int, int> &priorities)
{
    const auto ti = m_handle.torrent_file();
    if (!ti)
        return;
    const int count = ti->num_files();
    QVector<int> wanted;
    if (m_files == AddOptions::Files::All) {
        for (int i = 0; i < count; ++i)
            wanted.push_back(i);
    } else if (m_files == AddOptions::Files::Listed) {
        wanted = m_wanted;
    }
    for (auto it = priorities.cbegin(); it != priorities.cend(); ++it) {
        if (it.key() < 0 || it.key() >= count)
            continue;
        const int level = std::clamp(it.value(), 0, int(lt::top_priority));
        wanted.removeAll(it.key());
        m_levels.remove(it.key());
        if (level == 0)
            continue;
        wanted.push_back(it.key());
        if (level != int(ChosenFilePriority))
            m_levels.insert(it.key(), level);
    }
    std::sort(wanted.begin(), wanted.end());
    const AddOptions::Files mode = wanted.size() == count ? AddOptions::Files::All
                                   : wanted.isEmpty()     ? AddOptions::Files::None
                                                          : AddOptions::Files::Listed;
    choose(mode, mode == AddOptions::Files::Listed ? wanted : QVector<int>());
}

void ManagedTorrent::restoreFilePriorities(const QHash<int, int> &priorities)
{
    m_levels = priorities;
    // Resume data keeps libtorrent's file priorities; a torrent added again from its .torrent
    // copy (damaged resume data) gets them here.
    if (!m_levels.isEmpty() && m_handle.torrent_file())
        applyFileSelection();
}

void ManagedTorrent::ensureWanted(int fileIndex)
{
    if (m_files == AddOptions::Files::All || m_wanted.contains(fileIndex))
        return;
    m_files = AddOptions::Files::Listed;
    m_wanted.push_back(fileIndex);
    cancelHeadPieces();
    m_handle.file_priority(lt::file_index_t(fileIndex), lt::low_priority);
    stopAwaiting();
    storeMeta();
}

void ManagedTorrent::stopAwaiting()
{
    m_awaitingChoice = false;
    m_awaitedFirst = m_awaitedLast = -1;
}

void ManagedTorrent::keepInterested()
{
    // The head of the largest file: what a player most likely opens first anyway.
    const auto ti = m_handle.torrent_file();
    const AwaitedPieces a = ti ? awaitedPieces(ti->files()) : AwaitedPieces{};
    if (a.first < 0)
        return;
    // The file itself is wanted (a piece of an unwanted file would go to the part file) but
    // only its head is: the stream's scheduler sets the rest when a reader comes. A file that
    // is already wanted stays so: blocks written into it must not move to the part file (a
    // magnet wants its first file until its metadata arrives, see prepare()).
    std::vector<lt::download_priority_t> files = m_handle.get_file_priorities();
    files.resize(static_cast<size_t>(ti->num_files()), lt::dont_download);
    // At the priority a choice of that file gives it: choosing it then changes no file
    // priority, and libtorrent does not recompute every piece's priority from the files on its
    // disk thread, which would undo the stream's plan until the next update.
    files[static_cast<size_t>(static_cast<int>(a.file))] = ChosenFilePriority;
    // Only the head the moment libtorrent has applied that: the whole file would otherwise be
    // wanted until wantAwaitedPieces() runs, and peers asked for megabytes of it meanwhile.
    if (m_services.diskIo) {
        m_services.diskIo->setPiecePrioritiesAfterFiles(
            lt_convert::toInfoHash(m_id).get_best(), m_handle, files,
            awaitedPriorities(ti->num_pieces(), a.first, a.last));
    }
    m_handle.prioritize_files(files);
    // libtorrent applies file priorities on its disk thread and then recomputes every piece's
    // priority from them: the head's pieces are set once that is done (file_prio_alert).
    m_awaitedFirst = a.first;
    m_awaitedLast = a.last;
}

void ManagedTorrent::cancelHeadPieces()
{
    // A choice made before keepInterested()'s update completed must not be undone by it.
    if (m_services.diskIo)
        m_services.diskIo->cancelPiecePriorities(lt_convert::toInfoHash(m_id).get_best());
}

void ManagedTorrent::wantAwaitedPieces()
{
    const auto ti = m_handle.torrent_file();
    if (!ti || m_awaitedFirst < 0 || m_awaitedFirst >= ti->num_pieces())
        return;
    m_handle.prioritize_pieces(awaitedPriorities(ti->num_pieces(), m_awaitedFirst, m_awaitedLast));
}

void ManagedTorrent::applyFileSelection()
{
    const auto ti = m_handle.torrent_file();
    if (!ti)
        return;
    const std::vector<lt::download_priority_t> files =
        selectionPriorities(ti->num_files(), m_files, m_wanted, m_levels);
    cancelHeadPieces();
    m_handle.prioritize_files(files);
    // libtorrent recomputes the pieces' priorities only when a file's priority changes, and
    // they were set one by one since (the head of a torrent waiting for a choice, a stream's
    // plan): they follow the files again now.
    m_handle.prioritize_pieces(piecePriorities(ti->files(), files));
    m_selectionChecksLeft = SelectionChecks;
}

void ManagedTorrent::verifyFileSelection()
{
    if (m_selectionChecksLeft <= 0)
        return;
    // libtorrent 2.0.8 sometimes loses a prioritize_files() made just after a magnet's metadata
    // arrived (seen: the all-zero choice made with the metadata holds, the file chosen a few
    // milliseconds later never downloads, and no file_prio_alert follows). So the next ticks
    // compare what downloads with what was chosen and choose again until it holds.
    const auto ti = m_handle.torrent_file();
    if (!ti || m_awaitingChoice) { // awaiting: keepInterested() wants one file on purpose
        m_selectionChecksLeft = 0;
        return;
    }
    const std::vector<lt::download_priority_t> wanted =
        selectionPriorities(ti->num_files(), m_files, m_wanted, m_levels);
    const std::vector<lt::download_priority_t> actual = m_handle.get_file_priorities();
    bool holds = actual.size() == wanted.size();
    for (size_t i = 0; holds && i < wanted.size(); ++i)
        holds = (actual[i] == lt::dont_download) == (wanted[i] == lt::dont_download);
    if (holds) {
        m_selectionChecksLeft = 0;
        return;
    }
    --m_selectionChecksLeft;
    cancelHeadPieces();
    m_handle.prioritize_files(wanted);
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
        publishStream(); // reopens streams a failure had closed
    }
    storeMeta();
    saveResumeData(lt::torrent_handle::save_info_dict);
}

void ManagedTorrent::recheck()
{
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
    // The choice as recorded here, not libtorrent's file priorities: libtorrent applies a new
    // choice on its disk thread and reports the old one until then, so a torrent whose one kept
    // piece was in looked finished, with nothing left to want, right after its file was chosen
    // (and a torrent removed at that moment left an empty file). While awaiting a choice
    // libtorrent's priorities are the ones to count (keepInterested() wants a few pieces on
    // purpose).
    if (!m_awaitingChoice && m_files == AddOptions::Files::None)
        return; // nothing chosen: libtorrent's count stands
    // A round trip to libtorrent's thread on every status round: only when it is the answer.
    const std::vector<lt::download_priority_t> prios =
        m_awaitingChoice ? m_handle.get_file_priorities() : std::vector<lt::download_priority_t>();
    const auto chosen = [&](size_t i) {
        if (m_awaitingChoice)
            return i < prios.size() && prios[i] != lt::dont_download;
        return m_files == AddOptions::Files::All ||
               (m_files == AddOptions::Files::Listed && m_wanted.contains(static_cast<int>(i)));
    };
    const std::vector<std::int64_t> done =
        m_handle.file_progress(lt::torrent_handle::piece_granularity);
    const lt::file_storage &fs = ti->files();
    qint64 wanted = 0;
    qint64 wantedDone = 0;
    for (const lt::file_index_t f : fs.file_range()) {
        const auto i = static_cast<size_t>(static_cast<int>(f));
        if (!chosen(i) || fs.pad_file_at(f))
            continue;
        wanted += fs.file_size(f);
        wantedDone += i < done.size() ? qint64(done[i]) : 0;
    }
    if (wanted <= 0)
        return; // nothing chosen yet: libtorrent's count (the head kept wanted) stands
    TorrentSnapshot &s = m_snapshot;
    s.wantedBytes = wanted;
    s.wantedDone = std::min(wantedDone, wanted);
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
    if (m_awaitingChoice && m_files == AddOptions::Files::None)
        keepInterested();
    else
        applyFileSelection();
    storeMeta();
    saveResumeData(lt::torrent_handle::save_info_dict);
}

void ManagedTorrent::handleFilePriorities()
{
    // libtorrent has just recomputed every piece's priority from the file priorities, undoing
    // the piece priorities set since.
    if (m_awaitingChoice)
        wantAwaitedPieces();
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
    m_services.catalog->remove(key());
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
    TorrentMeta meta;
    meta.name = m_snapshot.name;
    meta.source = m_source;
    meta.savePath = m_snapshot.savePath;
    meta.files = m_files;
    meta.wanted = m_wanted;
    meta.priorities = m_levels;
    meta.paused = m_snapshot.state == TorrentState::Paused;
    for (const lt::announce_entry &ae : m_trackers)
        meta.trackers.push_back({toQString(ae.url), int(ae.tier)});
    m_services.persistence->writeMeta(m_id, meta);
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
