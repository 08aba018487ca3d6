#include <libtorrent/session.hpp>
#include <libtorrent/torrent_info.hpp>

#include "../internal/ltconvert.h"
#include "../internal/ltstatus.h"
#include "../stream/streamscheduler.h"
#include "sessionworker.h"
#include "settingspack.h"

// Commands on torrents and the session, and the on-demand queries (files, peers, trackers).

namespace swarmplay {

void SessionWorker::removeTorrent(const TorrentId &id, bool deleteFiles)
{
    Torrent *t = find(id);
    if (!t || !m_session)
        return;
    const TorrentId key = t->id;
    m_session->remove_torrent(t->handle,
                              deleteFiles ? lt::session::delete_files : lt::remove_flags_t{});
    m_store.remove(key.key());
    m_catalog->remove(key.key());
    m_scheduler->forget(key.key());
    m_keyByHandle.erase(t->handle);
    m_torrents.erase(key.key());
    emit torrentRemoved(key);
}

void SessionWorker::setWantedFiles(const TorrentId &id, AddOptions::Files mode,
                                   const QVector<int> &files)
{
    Torrent *t = find(id);
    if (!t)
        return;
    t->files = mode;
    t->wanted = files;
    applyFileSelection(*t);
    if (mode != AddOptions::Files::None) {
        t->awaitingChoice = false;
        t->awaitedFirst = t->awaitedLast = -1;
    } else if (t->awaitingChoice)
        keepInterested(*t);
    storeMeta(*t);
    t->handle.save_resume_data(lt::torrent_handle::save_info_dict);
    // Session marked its copy as downloading when the choice was made; this is the real state.
    refreshSnapshot(*t);
}

void SessionWorker::addWantedFile(const TorrentId &id, int fileIndex)
{
    // From the worker's own record, not libtorrent's file priorities: those are updated only
    // when the disk thread has applied a change, so right after metadata they are stale.
    Torrent *t = find(id);
    if (!t)
        return;
    if (fileIndex < 0 || t->files == AddOptions::Files::All || t->wanted.contains(fileIndex)) {
        refreshSnapshot(*t); // nothing changes; Session's copy said downloading meanwhile
        return;
    }
    QVector<int> files = t->files == AddOptions::Files::Listed ? t->wanted : QVector<int>();
    files.push_back(fileIndex);
    setWantedFiles(id, AddOptions::Files::Listed, files);
}

void SessionWorker::setPaused(const TorrentId &id, bool paused)
{
    Torrent *t = find(id);
    if (!t)
        return;
    if (paused) {
        t->handle.unset_flags(lt::torrent_flags::auto_managed);
        t->handle.pause(lt::torrent_handle::graceful_pause);
        t->snapshot.state = TorrentState::Paused;
    } else {
        t->handle.resume();
        publishStream(*t); // reopens streams a failure had closed
    }
    storeMeta(*t);
    t->handle.save_resume_data(lt::torrent_handle::save_info_dict);
}

void SessionWorker::applySettings(const SessionSettings &settings)
{
    const bool pexChanged = settings.pex != m_settings.pex;
    const bool trackersChanged = settings.trackers != m_settings.trackers;
    m_settings.live() = settings.live(); // every live field; the start-up ones stay as started
    if (!m_session)
        return;
    m_session->apply_settings(settingsPack());
    m_session->set_peer_class_filter(lt_convert::peerClassFilter(m_settings.rateLimitLocalPeers));
    m_stats.dhtEnabled = m_settings.dht;
    if (trackersChanged) {
        for (auto &entry : m_torrents) {
            Torrent &t = entry.second;
            if (m_settings.trackers) {
                t.handle.replace_trackers(t.trackers);
                t.handle.force_reannounce();
            } else {
                t.trackers = t.handle.trackers();
                storeMeta(t);
                t.handle.replace_trackers({});
            }
        }
    }
    if (pexChanged) {
        for (auto &entry : m_torrents) {
            if (m_settings.pex)
                entry.second.handle.unset_flags(lt::torrent_flags::disable_pex);
            else
                entry.second.handle.set_flags(lt::torrent_flags::disable_pex);
        }
    }
}

void SessionWorker::addDhtNode(const QString &host, int port)
{
    if (m_session)
        m_session->add_dht_node({host.toStdString(), port});
}

void SessionWorker::connectPeer(const TorrentId &id, const QString &address, int port)
{
    Torrent *t = find(id);
    if (!t)
        return;
    lt::error_code ec;
    const lt::address addr = lt::make_address(address.toStdString(), ec);
    if (ec || port <= 0 || port > 65535) {
        m_log.problem(id, tr("\"%1:%2\" is not a peer address.").arg(address).arg(port));
        return;
    }
    t->handle.connect_peer(lt::tcp::endpoint(addr, static_cast<std::uint16_t>(port)));
}

void SessionWorker::reannounce(const TorrentId &id)
{
    if (Torrent *t = find(id)) {
        t->handle.force_reannounce(0, -1, lt::torrent_handle::ignore_min_interval);
        if (m_settings.dht)
            t->handle.force_dht_announce();
    }
}

TorrentInfo SessionWorker::info(const TorrentId &id) const
{
    const Torrent *t = find(id);
    if (!t)
        return {};
    const auto ti = t->handle.torrent_file();
    return ti ? lt_convert::toTorrentInfo(*ti) : TorrentInfo();
}

QVector<FileEntry> SessionWorker::files(const TorrentId &id) const
{
    const Torrent *t = find(id);
    if (!t)
        return {};
    const auto ti = t->handle.torrent_file();
    if (!ti)
        return {};
    QVector<FileEntry> entries = lt_convert::toFileEntries(*ti);
    const std::vector<std::int64_t> progress = t->handle.file_progress();
    const std::vector<lt::download_priority_t> prios = t->handle.get_file_priorities();
    for (FileEntry &f : entries) {
        const auto i = static_cast<size_t>(f.index);
        f.bytesDone = i < progress.size() ? progress[i] : 0;
        f.wanted = i < prios.size() ? prios[i] != lt::dont_download : true;
    }
    return entries;
}

QVector<PeerEntry> SessionWorker::peers(const TorrentId &id) const
{
    const Torrent *t = find(id);
    if (!t)
        return {};
    std::vector<lt::peer_info> infos;
    t->handle.get_peer_info(infos);
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

QVector<TrackerEntry> SessionWorker::trackers(const TorrentId &id) const
{
    const Torrent *t = find(id);
    if (!t)
        return {};
    QVector<TrackerEntry> result;
    for (const lt::announce_entry &ae : t->handle.trackers())
        result.push_back(lt_convert::toTrackerEntry(ae));
    return result;
}

SessionSettings SessionWorker::appliedSettings() const
{
    SessionSettings s = m_settings;
    if (!m_session)
        return s;
    using sp = lt::settings_pack;
    const lt::settings_pack pack = m_session->get_settings();
    s.downloadRateLimit = pack.get_int(sp::download_rate_limit);
    s.uploadRateLimit = pack.get_int(sp::upload_rate_limit);
    s.dht = pack.get_bool(sp::enable_dht);
    s.lsd = pack.get_bool(sp::enable_lsd);
    s.upnp = pack.get_bool(sp::enable_upnp);
    s.natpmp = pack.get_bool(sp::enable_natpmp);
    s.listenInterfaces = QString::fromStdString(pack.get_str(sp::listen_interfaces));
    return s;
}

} // namespace swarmplay
