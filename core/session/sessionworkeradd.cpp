#include <algorithm>

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

#include <libtorrent/magnet_uri.hpp>
#include <libtorrent/read_resume_data.hpp>
#include <libtorrent/session.hpp>
#include <libtorrent/torrent_info.hpp>
#include <libtorrent/write_resume_data.hpp>

#include "../internal/ltconvert.h"
#include "../internal/ltstatus.h"
#include "../internal/posixdiskio.h"
#include "filepriorities.h"
#include "sessionworker.h"

// Adding torrents, restoring them at start and keeping their state on disk.

namespace swarmplay {

using lt_convert::toQString;
using namespace file_priorities;

namespace {

constexpr int MagnetPriorityPlaceholder = 1 << 16; // files a magnet's metadata may list at most

QString filesModeId(AddOptions::Files mode)
{
    switch (mode) {
    case AddOptions::Files::None:
        return QStringLiteral("none");
    case AddOptions::Files::Listed:
        return QStringLiteral("listed");
    case AddOptions::Files::All:
        break;
    }
    return QStringLiteral("all");
}

AddOptions::Files filesModeFromId(const QString &id)
{
    if (id == QLatin1String("none"))
        return AddOptions::Files::None;
    if (id == QLatin1String("listed"))
        return AddOptions::Files::Listed;
    return AddOptions::Files::All;
}

} // namespace

AddResult SessionWorker::addTorrent(const TorrentSource &source, const AddOptions &options)
{
    AddResult result;
    if (!source.isValid()) {
        result.error = source.error();
        return result;
    }
    if (!m_session || m_shuttingDown) {
        result.error = {SourceError::Code::AddFailed, tr("The engine is shutting down.")};
        return result;
    }
    if (source.kind() == TorrentSource::Kind::Url) {
        result.error = {SourceError::Code::AddFailed,
                        tr("%1 must be downloaded before it can be added.").arg(source.text())};
        return result;
    }

    if (Torrent *existing = find(source.id())) {
        // The same torrent again: keep the one there, learn its new trackers, seeds and peers.
        std::vector<lt::announce_entry> &known = existing->trackers;
        for (const QString &url : source.trackers()) {
            const std::string u = url.toStdString();
            if (std::none_of(known.begin(), known.end(), [&](auto &ae) { return ae.url == u; })) {
                lt::announce_entry ae(u);
                ae.tier = known.empty() ? 0 : std::uint8_t(known.back().tier + 1);
                if (m_settings.trackers)
                    existing->handle.add_tracker(ae);
                known.push_back(ae);
            }
        }
        storeMeta(*existing);
        for (const QString &ws : source.webSeeds())
            existing->handle.add_url_seed(ws.toStdString());
        for (const PeerEndpoint &peer : source.peers())
            connectPeer(existing->id, peer.host, peer.port);
        result.id = existing->id;
        result.alreadyPresent = true;
        return result;
    }

    // Seen before (resume data kept from an earlier run): continue where it stopped.
    if (!m_settings.restoreTorrents && m_store.hasResumeData(source.id().key())) {
        AddResult resumed = addFromStore(source.id().key());
        if (resumed.ok()) {
            if (options.files == AddOptions::Files::Listed)
                setWantedFiles(resumed.id, options.files, options.wantedFiles);
            return resumed;
        }
    }

    lt::add_torrent_params atp;
    lt::error_code ec;
    if (source.kind() == TorrentSource::Kind::TorrentFile) {
        const lt_convert::TorrentFileRead read = lt_convert::readTorrentFile(source.torrentData());
        atp.ti = read.info;
        ec = read.error;
    } else {
        atp = lt::parse_magnet_uri(source.magnetUri().toStdString(), ec);
    }
    if (ec) {
        result.error = {SourceError::Code::WrongStructure,
                        tr("%1 cannot be added: %2.").arg(source.text(), toQString(ec.message()))};
        return result;
    }
    atp.save_path =
        (options.savePath.isEmpty() ? m_settings.downloadDir : options.savePath).toStdString();
    return insert(std::move(atp),
                  source.kind() == TorrentSource::Kind::Magnet ? source.magnetUri() : source.text(),
                  options, false);
}

AddResult SessionWorker::insert(lt::add_torrent_params atp, const QString &sourceText,
                                const AddOptions &options, bool fromStore)
{
    AddResult result;
    atp.flags &= ~lt::torrent_flags::auto_managed;
    atp.flags &= ~lt::torrent_flags::duplicate_is_error;
    if (!fromStore) {
        atp.flags &= ~lt::torrent_flags::paused;
        if (options.paused)
            atp.flags |= lt::torrent_flags::paused;
        if (options.seedMode && atp.ti)
            atp.flags |= lt::torrent_flags::seed_mode;
        atp.upload_limit = options.uploadRateLimit > 0 ? options.uploadRateLimit : -1;
        atp.download_limit = options.downloadRateLimit > 0 ? options.downloadRateLimit : -1;
    }
    if (m_settings.pex)
        atp.flags &= ~lt::torrent_flags::disable_pex;
    else
        atp.flags |= lt::torrent_flags::disable_pex;
    const bool awaiting = !fromStore && options.files == AddOptions::Files::None;
    AwaitedPieces awaited; // what a torrent waiting for a choice wants
    if (!fromStore || !atp.ti) {
        // A magnet's file count is unknown until its metadata arrives; libtorrent trims the
        // list then, and applyFileSelection() sets the exact priorities.
        const int count = atp.ti ? atp.ti->num_files() : MagnetPriorityPlaceholder;
        if (options.files != AddOptions::Files::All)
            atp.file_priorities = selectionPriorities(count, options.files, options.wantedFiles);
        // A magnet waiting for a choice must not look finished when its metadata lands (it
        // would tell its peers it wants nothing, and seeds hang up), nor want every file for
        // the moment before keepInterested() runs: its first file is wanted until then.
        if (awaiting && !atp.ti && !atp.file_priorities.empty())
            atp.file_priorities.front() = lt::low_priority;
        // With its metadata at hand it starts as keepInterested() leaves it, and not finished
        // for a moment before: a torrent that wants nothing says "upload only" in its
        // handshake, and a seed hangs up on it and is not asked again (qBittorrent did, in
        // one start of `serve` in three, which then had two of its three seeds).
        const AwaitedPieces a =
            awaiting && atp.ti ? awaitedPieces(atp.ti->files()) : AwaitedPieces{};
        if (a.first >= 0) {
            atp.file_priorities[static_cast<size_t>(static_cast<int>(a.file))] = ChosenFilePriority;
            atp.piece_priorities = awaitedPriorities(atp.ti->num_pieces(), a.first, a.last);
            awaited = a;
        }
    }

    lt::error_code ec;
    lt::torrent_handle handle = m_session->add_torrent(std::move(atp), ec);
    if (ec || !handle.is_valid()) {
        result.error = {SourceError::Code::AddFailed,
                        tr("The torrent could not be added: %1.").arg(toQString(ec.message()))};
        return result;
    }

    Torrent t;
    t.handle = handle;
    t.id = lt_convert::toTorrentId(handle.info_hashes());
    t.source = sourceText;
    t.files = options.files;
    t.wanted = options.wantedFiles;
    t.awaitingChoice = awaiting;
    t.awaitedFirst = awaited.first;
    t.awaitedLast = awaited.last;
    lt_convert::fillSnapshot(t.snapshot, handle.status(lt::torrent_handle::query_name |
                                                       lt::torrent_handle::query_save_path |
                                                       lt::torrent_handle::query_torrent_file));
    t.snapshot.id = t.id;
    const QString key = t.id.key();
    m_keyByHandle[handle] = key;
    Torrent &stored = m_torrents[key] = t;
    stored.trackers = handle.trackers();
    if (!m_settings.trackers)
        handle.replace_trackers({});

    storeTorrentFile(stored);
    storeMeta(stored);
    publishStream(stored);
    handle.save_resume_data(lt::torrent_handle::save_info_dict);

    emit torrentAdded(stored.snapshot);
    if (auto ti = handle.torrent_file())
        emit metadataReceived(stored.id, lt_convert::toTorrentInfo(*ti));
    result.id = stored.id;
    return result;
}

void SessionWorker::restoreTorrents()
{
    for (const QString &key : m_store.keys()) {
        const AddResult r = addFromStore(key);
        if (!r.ok())
            m_log.problem(TorrentId::fromString(key), r.error.message);
    }
}

AddResult SessionWorker::addFromStore(const QString &key)
{
    QString metaError;
    const QJsonObject meta = m_store.readMeta(key, &metaError);
    AddOptions options;
    options.files = filesModeFromId(meta.value(QStringLiteral("files")).toString());
    for (const QJsonValue v : meta.value(QStringLiteral("wanted")).toArray())
        options.wantedFiles.push_back(v.toInt());
    options.paused = meta.value(QStringLiteral("paused")).toBool();
    const QString sourceText = meta.value(QStringLiteral("source")).toString();
    const QString name = meta.value(QStringLiteral("name")).toString(key);

    const QByteArray resume = m_store.readResumeData(key);
    lt::error_code ec;
    lt::add_torrent_params atp;
    if (!resume.isEmpty())
        atp = lt::read_resume_data({resume.constData(), resume.size()}, ec);
    if (!resume.isEmpty() && !ec) {
        if (!atp.ti) {
            const QByteArray tf = m_store.readTorrentFile(key);
            if (!tf.isEmpty())
                atp.ti = lt_convert::readTorrentFile(tf).info;
        }
        AddResult r = insert(std::move(atp), sourceText, options, true);
        restoreTrackers(r.id, meta);
        return r;
    }

    // The resume file is damaged or missing: add the torrent again from its metadata or its
    // magnet, with the same files chosen. libtorrent then checks whatever is on disk.
    const QString why = resume.isEmpty() ? tr("the file is missing") : toQString(ec.message());
    atp = lt::add_torrent_params();
    const QByteArray tf = m_store.readTorrentFile(key);
    if (!tf.isEmpty())
        atp.ti = lt_convert::readTorrentFile(tf).info;
    if (!atp.ti) {
        atp = lt::add_torrent_params();
        const TorrentSource again = TorrentSource::parse(sourceText.isEmpty() ? key : sourceText);
        if (again.kind() == TorrentSource::Kind::Magnet) {
            lt::error_code magnetError;
            atp = lt::parse_magnet_uri(again.magnetUri().toStdString(), magnetError);
        } else {
            atp.info_hashes = lt_convert::toInfoHash(TorrentId::fromString(key));
        }
    }
    atp.save_path =
        meta.value(QStringLiteral("savePath")).toString(m_settings.downloadDir).toStdString();

    SessionEvent e;
    e.time = QDateTime::currentDateTime();
    e.kind = SessionEvent::Kind::ResumeDamaged;
    e.severity = SessionEvent::Severity::Warning;
    e.torrent = TorrentId::fromString(key);
    e.message = tr("The saved state of \"%1\" could not be read (%2). The torrent was added again "
                   "and the data already downloaded is being checked; nothing is lost.")
                    .arg(name, why);
    m_log.add(e);
    AddResult r = insert(std::move(atp), sourceText, options, false);
    restoreTrackers(r.id, meta);
    return r;
}

void SessionWorker::restoreTrackers(const TorrentId &id, const QJsonObject &meta)
{
    // Resume data saved while trackers were off has none: the list of record is in the meta.
    Torrent *t = id.isValid() ? find(id) : nullptr;
    if (!t)
        return;
    bool added = false;
    for (const QJsonValue v : meta.value(QStringLiteral("trackers")).toArray()) {
        const std::string url = v.toObject().value(QStringLiteral("url")).toString().toStdString();
        if (url.empty() || std::any_of(t->trackers.begin(), t->trackers.end(),
                                       [&](const lt::announce_entry &ae) { return ae.url == url; }))
            continue;
        lt::announce_entry ae(url);
        ae.tier = std::uint8_t(v.toObject().value(QStringLiteral("tier")).toInt());
        t->trackers.push_back(ae);
        added = true;
    }
    if (added && m_settings.trackers)
        t->handle.replace_trackers(t->trackers);
}

// ----------------------------------------------------------------------------- persistence --

void SessionWorker::storeMeta(const Torrent &t)
{
    QJsonObject meta;
    meta[QStringLiteral("name")] = t.snapshot.name;
    meta[QStringLiteral("source")] = t.source;
    meta[QStringLiteral("savePath")] = t.snapshot.savePath;
    meta[QStringLiteral("files")] = filesModeId(t.files);
    QJsonArray wanted;
    for (const int i : t.wanted)
        wanted.push_back(i);
    meta[QStringLiteral("wanted")] = wanted;
    meta[QStringLiteral("paused")] = t.snapshot.state == TorrentState::Paused;
    QJsonArray trackers;
    for (const lt::announce_entry &ae : t.trackers)
        trackers.push_back(QJsonObject{{QStringLiteral("url"), toQString(ae.url)},
                                       {QStringLiteral("tier"), int(ae.tier)}});
    meta[QStringLiteral("trackers")] = trackers;
    QString error;
    if (!m_store.writeMeta(t.id.key(), meta, &error))
        m_log.problem(t.id, error);
}

void SessionWorker::storeTorrentFile(Torrent &t)
{
    if (t.metadataStored)
        return;
    const auto ti = t.handle.torrent_file();
    if (!ti)
        return;
    QString error;
    if (m_store.writeTorrentFile(t.id.key(), lt_convert::torrentFileBytes(*ti), &error))
        t.metadataStored = true;
    else
        m_log.problem(t.id, error);
    if (t.snapshot.name.isEmpty() || t.snapshot.name == t.id.key())
        t.snapshot.name = toQString(ti->name());
}

void SessionWorker::writeResume(const lt::add_torrent_params &params)
{
    const Torrent *t = find(params.info_hashes.has_v1() || params.info_hashes.has_v2()
                                ? lt_convert::toTorrentId(params.info_hashes)
                                : TorrentId());
    const TorrentId id = t ? t->id : lt_convert::toTorrentId(params.info_hashes);
    if (!id.isValid())
        return;
    const std::vector<char> buf = lt::write_resume_data_buf(params);
    QString error;
    if (!m_store.writeResumeData(id.key(), QByteArray(buf.data(), static_cast<int>(buf.size())),
                                 &error))
        m_log.problem(id, error);
}

void SessionWorker::saveModifiedResumeData()
{
    for (auto &entry : m_torrents) {
        const lt::torrent_handle &h = entry.second.handle;
        if (h.is_valid() && h.need_save_resume_data())
            h.save_resume_data(lt::torrent_handle::only_if_modified |
                               lt::torrent_handle::save_info_dict);
    }
}

void SessionWorker::publishStream(Torrent &t)
{
    const auto ti = t.handle.torrent_file();
    if (!ti)
        return;
    const lt::torrent_status st =
        t.handle.status(lt::torrent_handle::query_pieces | lt::torrent_handle::query_save_path);
    QBitArray have(ti->num_pieces());
    for (const lt::piece_index_t p : ti->piece_range()) {
        if (!st.pieces.empty() && st.pieces.get_bit(p))
            have.setBit(static_cast<int>(p));
    }
    StreamCatalog::Torrent entry;
    if (!m_catalog->torrent(t.id.key(), &entry) || !entry.pieces || entry.pieces->isClosed())
        entry.pieces = std::make_shared<PieceAvailability>(ti->num_pieces());
    entry.pieces->reset(have);
    entry.id = t.id;
    entry.name = toQString(ti->name());
    entry.pieceLength = ti->piece_length();
    entry.pieceCount = ti->num_pieces();
    entry.totalSize = ti->total_size();
    entry.files.clear();
    const QDir saveDir(toQString(st.save_path));
    for (const FileEntry &f : lt_convert::toFileEntries(*ti))
        entry.files.push_back(
            {f.index, f.path, saveDir.filePath(f.path), f.offset, f.size, f.kind});
    m_catalog->publish(entry);
}

void SessionWorker::ensureWanted(const QString &key, int fileIndex)
{
    const auto it = m_torrents.find(key);
    if (it == m_torrents.end())
        return;
    Torrent &t = it->second;
    if (t.files == AddOptions::Files::All || t.wanted.contains(fileIndex))
        return;
    t.files = AddOptions::Files::Listed;
    t.wanted.push_back(fileIndex);
    cancelHeadPieces(t);
    t.handle.file_priority(lt::file_index_t(fileIndex), lt::low_priority);
    t.awaitingChoice = false;
    t.awaitedFirst = t.awaitedLast = -1;
    storeMeta(t);
}

void SessionWorker::keepInterested(Torrent &t)
{
    // The head of the largest file: what a player most likely opens first anyway.
    const auto ti = t.handle.torrent_file();
    const AwaitedPieces a = ti ? awaitedPieces(ti->files()) : AwaitedPieces{};
    if (a.first < 0)
        return;
    // The file itself is wanted (a piece of an unwanted file would go to the part file) but
    // only its head is: the stream's scheduler sets the rest when a reader comes. A
    // file that is already wanted stays so: blocks written into it must not move to the part
    // file (a magnet wants its first file until its metadata arrives, see insert()).
    std::vector<lt::download_priority_t> files = t.handle.get_file_priorities();
    files.resize(static_cast<size_t>(ti->num_files()), lt::dont_download);
    // At the priority a choice of that file gives it: choosing it then changes no file
    // priority, and libtorrent does not recompute every piece's priority from the files on its
    // disk thread, which would undo the stream's plan until the next update.
    files[static_cast<size_t>(static_cast<int>(a.file))] = ChosenFilePriority;
    // Only the head the moment libtorrent has applied that: the whole file would otherwise be
    // wanted until wantAwaitedPieces() runs, and peers asked for megabytes of it meanwhile.
    if (m_diskIo) {
        m_diskIo->setPiecePrioritiesAfterFiles(
            lt_convert::toInfoHash(t.id).get_best(), t.handle, files,
            awaitedPriorities(ti->num_pieces(), a.first, a.last));
    }
    t.handle.prioritize_files(files);
    // libtorrent applies file priorities on its disk thread and then recomputes every piece's
    // priority from them: the head's pieces are set once that is done (file_prio_alert).
    t.awaitedFirst = a.first;
    t.awaitedLast = a.last;
}

void SessionWorker::cancelHeadPieces(Torrent &t)
{
    // A choice made before keepInterested()'s update completed must not be undone by it.
    if (m_diskIo)
        m_diskIo->cancelPiecePriorities(lt_convert::toInfoHash(t.id).get_best());
}

void SessionWorker::wantAwaitedPieces(Torrent &t)
{
    const auto ti = t.handle.torrent_file();
    if (!ti || t.awaitedFirst < 0 || t.awaitedFirst >= ti->num_pieces())
        return;
    t.handle.prioritize_pieces(awaitedPriorities(ti->num_pieces(), t.awaitedFirst, t.awaitedLast));
}

void SessionWorker::applyFileSelection(Torrent &t)
{
    const auto ti = t.handle.torrent_file();
    if (!ti)
        return;
    const std::vector<lt::download_priority_t> files =
        selectionPriorities(ti->num_files(), t.files, t.wanted);
    cancelHeadPieces(t);
    t.handle.prioritize_files(files);
    // libtorrent recomputes the pieces' priorities only when a file's priority changes, and
    // they were set one by one since (the head of a torrent waiting for a choice, a
    // stream's plan): they follow the files again now.
    t.handle.prioritize_pieces(piecePriorities(ti->files(), files));
    t.selectionChecksLeft = 5;
}

void SessionWorker::verifyFileSelection(Torrent &t)
{
    // libtorrent 2.0.8 sometimes loses a prioritize_files() made just after a magnet's metadata
    // arrived (seen: the all-zero choice made with the metadata holds, the file chosen a few
    // milliseconds later never downloads, and no file_prio_alert follows). So the next ticks
    // compare what downloads with what was chosen and choose again until it holds.
    const auto ti = t.handle.torrent_file();
    if (!ti || t.awaitingChoice) { // awaiting: keepInterested() wants one file on purpose
        t.selectionChecksLeft = 0;
        return;
    }
    const std::vector<lt::download_priority_t> wanted =
        selectionPriorities(ti->num_files(), t.files, t.wanted);
    const std::vector<lt::download_priority_t> actual = t.handle.get_file_priorities();
    bool holds = actual.size() == wanted.size();
    for (size_t i = 0; holds && i < wanted.size(); ++i)
        holds = (actual[i] == lt::dont_download) == (wanted[i] == lt::dont_download);
    if (holds) {
        t.selectionChecksLeft = 0;
        return;
    }
    --t.selectionChecksLeft;
    cancelHeadPieces(t);
    t.handle.prioritize_files(wanted);
}

} // namespace swarmplay
