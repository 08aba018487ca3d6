#include "torrentroster.h"

#include <libtorrent/session.hpp>

#include "../internal/eventlog.h"
#include "../internal/ltconvert.h"
#include "../internal/magneturi.h"
#include "../stream/streamcatalog.h"
#include "../stream/streamscheduler.h"
#include "sessionsettings.h"
#include "sessionworker.h"
#include "statusreporter.h"
#include "torrentlist.h"

namespace swarmplay {

// The messages keep SessionWorker's translation context, where they were written and translated.

using lt_convert::toQString;

TorrentRoster::TorrentRoster(lt::session &session, const SessionSettings &settings,
                             TorrentPersistence &persistence, TorrentList &torrents,
                             const ManagedTorrent::Services &services, StatusReporter &status,
                             lt_convert::EventLog &log)
    : m_session(session)
    , m_settings(settings)
    , m_persistence(persistence)
    , m_torrents(torrents)
    , m_services(services)
    , m_status(status)
    , m_log(log)
{}

AddResult TorrentRoster::add(const TorrentSource &source, const AddOptions &options)
{
    if (ManagedTorrent *existing = m_torrents.find(source.id())) {
        if (source.kind() == TorrentSource::Kind::TorrentFile && !existing->hasMetadata())
            return giveMetadata(*existing, source);
        return mergeInto(*existing, source);
    }
    // Seen before (resume data kept from an earlier run): continue where it stopped.
    if (!m_settings.restoreTorrents && m_persistence.hasResumeData(source.id().key())) {
        const AddResult resumed = addFromStore(source.id().key());
        ManagedTorrent *t = resumed.ok() ? m_torrents.find(resumed.id) : nullptr;
        if (t && options.files == AddOptions::Files::Listed) {
            t->choose(options.files, options.wantedFiles);
            m_status.refresh(*t);
        }
        if (resumed.ok())
            return resumed;
    }
    return addNew(source, options);
}

bool TorrentRoster::read(const TorrentSource &source, const QString &savePath,
                         lt::add_torrent_params *atp, SourceError *error) const
{
    lt::error_code ec;
    if (source.kind() == TorrentSource::Kind::TorrentFile) {
        const lt_convert::TorrentFileRead read = lt_convert::readTorrentFile(source.torrentData());
        atp->ti = read.info;
        ec = read.error;
    } else {
        *atp = lt_magnet::parse(source.magnetUri(), ec);
    }
    if (ec) {
        *error = {SourceError::Code::WrongStructure,
                  SessionWorker::tr("%1 cannot be added: %2.")
                      .arg(source.text(), toQString(ec.message()))};
        return false;
    }
    atp->save_path = (savePath.isEmpty() ? m_settings.downloadDir : savePath).toStdString();
    return true;
}

AddResult TorrentRoster::addNew(const TorrentSource &source, const AddOptions &options)
{
    AddResult result;
    lt::add_torrent_params atp;
    if (!read(source, options.savePath, &atp, &result.error))
        return result;
    ManagedTorrent *t =
        insert(std::move(atp),
               source.kind() == TorrentSource::Kind::Magnet ? source.magnetUri() : source.text(),
               options, true, &result.error);
    return announce(t, result);
}

AddResult TorrentRoster::giveMetadata(ManagedTorrent &waiting, const TorrentSource &source)
{
    AddResult result;
    const AddOptions options = waiting.addOptions();
    lt::add_torrent_params atp;
    if (!read(source, options.savePath, &atp, &result.error))
        return result;
    // libtorrent 2.0.8 cannot give a torrent its metadata, and one without metadata has
    // downloaded nothing: it is added again from the .torrent as it was, keeping its id, its
    // trackers, its magnet's peers and web seeds, and the peers it is connected to.
    const TorrentId id = waiting.id();
    const TorrentMeta meta = waiting.meta();
    const QVector<PeerEntry> peers = waiting.peerEntries();
    lt::error_code ignored;
    const lt::add_torrent_params magnet = lt_magnet::parse(meta.source, ignored);
    atp.peers = magnet.peers;
    atp.url_seeds = magnet.url_seeds;
    m_session.remove_torrent(waiting.handle());
    m_torrents.remove(id.key());
    ManagedTorrent *t = insert(std::move(atp), meta.source, options, true, &result.error, id);
    if (!t) {
        m_persistence.remove(id.key());
        emit torrentRemoved(id);
        return result;
    }
    t->restoreTrackers(meta.trackers, m_settings.trackers);
    for (const PeerEntry &peer : peers) {
        if (!peer.incoming) // an incoming peer's port is not where it listens
            t->connectPeer(peer.address, peer.port);
    }
    emit metadataReceived(id, t->info());
    m_status.reportState(*t);
    result.id = id;
    result.alreadyPresent = true;
    return result;
}

AddResult TorrentRoster::mergeInto(ManagedTorrent &existing, const TorrentSource &source)
{
    existing.merge(source.trackers(), source.webSeeds(), m_settings.trackers);
    for (const PeerEndpoint &peer : source.peers()) {
        if (!existing.connectPeer(peer.host, peer.port))
            m_log.problem(existing.id(), SessionWorker::tr("\"%1:%2\" is not a peer address.")
                                             .arg(peer.host)
                                             .arg(peer.port));
    }
    AddResult result;
    result.id = existing.id();
    result.alreadyPresent = true;
    return result;
}

ManagedTorrent *TorrentRoster::insert(lt::add_torrent_params atp, const QString &source,
                                      const AddOptions &options, bool fresh, SourceError *error,
                                      const TorrentId &id)
{
    const file_priorities::AwaitedPieces awaited = ManagedTorrent::prepare(atp, options, fresh);
    if (m_settings.pex)
        atp.flags &= ~lt::torrent_flags::disable_pex;
    else
        atp.flags |= lt::torrent_flags::disable_pex;

    lt::error_code ec;
    lt::torrent_handle handle = m_session.add_torrent(std::move(atp), ec);
    if (ec || !handle.is_valid()) {
        *error = {
            SourceError::Code::AddFailed,
            SessionWorker::tr("The torrent could not be added: %1.").arg(toQString(ec.message()))};
        return nullptr;
    }
    ManagedTorrent &t = m_torrents.add(
        std::make_unique<ManagedTorrent>(m_services, handle, source, options, fresh, awaited, id));
    t.start(m_settings.trackers);
    return &t;
}

AddResult TorrentRoster::announce(const ManagedTorrent *torrent, AddResult result)
{
    if (!torrent)
        return result;
    emit torrentAdded(torrent->snapshot());
    const TorrentInfo info = torrent->info();
    if (info.isValid())
        emit metadataReceived(torrent->id(), info);
    result.id = torrent->id();
    return result;
}

void TorrentRoster::restoreAll()
{
    for (const QString &key : m_persistence.keys()) {
        const AddResult r = addFromStore(key);
        if (!r.ok())
            m_log.problem(TorrentId::fromString(key), r.error.message);
    }
}

AddResult TorrentRoster::addFromStore(const QString &key)
{
    TorrentPersistence::Stored stored = m_persistence.read(key, m_settings.downloadDir);
    if (!stored.resumed)
        logResumeDamaged(key, stored);
    AddResult result;
    ManagedTorrent *t = insert(std::move(stored.params), stored.meta.source,
                               stored.meta.addOptions(), !stored.resumed, &result.error);
    if (t) {
        t->restoreTrackers(stored.meta.trackers, m_settings.trackers);
        t->restoreFilePriorities(stored.meta.priorities);
    }
    return announce(t, result);
}

void TorrentRoster::logResumeDamaged(const QString &key, const TorrentPersistence::Stored &stored)
{
    SessionEvent e;
    e.time = QDateTime::currentDateTime();
    e.kind = SessionEvent::Kind::ResumeDamaged;
    e.severity = SessionEvent::Severity::Warning;
    e.torrent = TorrentId::fromString(key);
    e.message = SessionWorker::tr(
                    "The saved state of \"%1\" could not be read (%2). The torrent was added "
                    "again and the data already downloaded is being checked; nothing is lost.")
                    .arg(stored.meta.name, stored.damage.isEmpty()
                                               ? SessionWorker::tr("the file is missing")
                                               : stored.damage);
    m_log.add(e);
}

void TorrentRoster::remove(const TorrentId &id, bool deleteFiles)
{
    ManagedTorrent *t = m_torrents.find(id);
    if (!t)
        return;
    const TorrentId removed = t->id();
    const QString key = removed.key();
    m_session.remove_torrent(t->handle(),
                             deleteFiles ? lt::session::delete_files : lt::remove_flags_t{});
    m_persistence.remove(key);
    m_services.catalog->remove(key);
    m_services.scheduler->forget(key);
    m_torrents.remove(key);
    emit torrentRemoved(removed);
}

} // namespace swarmplay
