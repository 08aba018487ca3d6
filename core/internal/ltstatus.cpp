#include "ltstatus.h"

#include <chrono>

#include <QDir>

#include "ltconvert.h"

namespace swarmplay::lt_convert {

TorrentState toTorrentState(const lt::torrent_status &st)
{
    if (st.errc)
        return TorrentState::Error;
    if ((st.flags & lt::torrent_flags::paused) && !(st.flags & lt::torrent_flags::auto_managed))
        return TorrentState::Paused;
    switch (st.state) {
    case lt::torrent_status::checking_files:
    case lt::torrent_status::checking_resume_data:
        return TorrentState::Checking;
    case lt::torrent_status::downloading_metadata:
        return TorrentState::FetchingMetadata;
    case lt::torrent_status::finished:
        return TorrentState::Finished;
    case lt::torrent_status::seeding:
        return TorrentState::Seeding;
    case lt::torrent_status::downloading:
    default:
        return TorrentState::Downloading;
    }
}

void fillSnapshot(TorrentSnapshot &s, const lt::torrent_status &st)
{
    if (!st.name.empty())
        s.name = toQString(st.name);
    s.state = toTorrentState(st);
    s.errorMessage.clear();
    if (st.errc) {
        s.errorMessage = toQString(st.errc.message());
        if (st.error_file >= lt::file_index_t{0} && st.has_metadata) {
            if (auto ti = st.torrent_file.lock())
                s.errorMessage += QStringLiteral(" (%1)").arg(
                    QDir::fromNativeSeparators(toQString(ti->files().file_path(st.error_file))));
        }
    }
    s.hasMetadata = st.has_metadata;
    s.wantedBytes = st.total_wanted;
    s.wantedDone = st.total_wanted_done;
    s.progress = st.total_wanted > 0 ? double(st.total_wanted_done) / double(st.total_wanted)
                                     : (st.has_metadata ? 1.0 : 0.0);
    if (st.has_metadata) {
        if (auto ti = st.torrent_file.lock())
            s.totalBytes = ti->total_size();
    }
    s.totalDone = st.total_done;
    s.downloadRate = st.download_payload_rate;
    s.uploadRate = st.upload_payload_rate;
    s.totalDownloaded = st.total_payload_download;
    s.totalUploaded = st.total_payload_upload;
    s.peersConnected = st.num_peers;
    s.seedsConnected = st.num_seeds;
    const int complete = st.num_complete >= 0 ? st.num_complete : st.list_seeds;
    const int incomplete =
        st.num_incomplete >= 0 ? st.num_incomplete : std::max(0, st.list_peers - st.list_seeds);
    s.seedsInSwarm = complete;
    s.peersInSwarm = complete + incomplete;
    const qint64 left = st.total_wanted - st.total_wanted_done;
    s.etaSeconds = (s.state == TorrentState::Downloading && st.download_payload_rate > 0)
                       ? left / st.download_payload_rate
                       : -1;
    if (!st.save_path.empty())
        s.savePath = toQString(st.save_path);
}

PeerEntry toPeerEntry(const lt::peer_info &p)
{
    PeerEntry e;
    e.address = toQString(p.ip.address().to_string());
    e.port = p.ip.port();
    e.client = QString::fromUtf8(p.client.data(), static_cast<int>(p.client.size()));
    e.downloadRate = p.payload_down_speed;
    e.uploadRate = p.payload_up_speed;
    e.totalDownloaded = p.total_download;
    e.totalUploaded = p.total_upload;
    e.progress = p.progress;
    e.utp = bool(p.flags & lt::peer_info::utp_socket);
    e.encrypted =
        bool(p.flags & (lt::peer_info::rc4_encrypted | lt::peer_info::plaintext_encrypted));
    e.seed = bool(p.flags & lt::peer_info::seed);
    e.incoming = !(p.flags & lt::peer_info::local_connection);

    QString f;
    if (p.flags & lt::peer_info::interesting)
        f += (p.flags & lt::peer_info::remote_choked) ? QLatin1Char('d') : QLatin1Char('D');
    if (p.flags & lt::peer_info::remote_interested)
        f += (p.flags & lt::peer_info::choked) ? QLatin1Char('u') : QLatin1Char('U');
    if (p.flags & lt::peer_info::optimistic_unchoke)
        f += QLatin1Char('O');
    if (p.flags & lt::peer_info::snubbed)
        f += QLatin1Char('S');
    if (e.incoming)
        f += QLatin1Char('I');
    if (e.encrypted)
        f += QLatin1Char('E');
    if (e.utp)
        f += QLatin1Char('P');
    if (p.source & lt::peer_info::pex)
        f += QLatin1Char('X');
    if (p.source & lt::peer_info::dht)
        f += QLatin1Char('H');
    if (p.source & lt::peer_info::lsd)
        f += QLatin1Char('L');
    e.flags = f;
    return e;
}

TrackerEntry toTrackerEntry(const lt::announce_entry &ae)
{
    TrackerEntry t;
    t.url = toQString(ae.url);
    t.tier = ae.tier;
    bool updating = false;
    bool working = false;
    bool failed = false;
    auto next = lt::time_point32::max();
    for (const lt::announce_endpoint &ep : ae.endpoints) {
        for (const lt::announce_infohash &ih : ep.info_hashes) {
            updating = updating || ih.updating;
            if (ih.start_sent && ih.fails == 0 && !ih.last_error)
                working = true;
            if (ih.fails > 0 || ih.last_error) {
                failed = true;
                if (ih.last_error)
                    t.message = toQString(ih.last_error.message());
            }
            if (!ih.message.empty() && t.message.isEmpty())
                t.message = toQString(ih.message);
            if (ih.scrape_complete >= 0)
                t.seeds = std::max(t.seeds, ih.scrape_complete);
            if (ih.scrape_incomplete >= 0)
                t.peers = std::max(t.peers, ih.scrape_incomplete);
            if (ih.next_announce > lt::time_point32{} && ih.next_announce < next)
                next = ih.next_announce;
        }
    }
    t.status = updating  ? TrackerEntry::Status::Updating
               : working ? TrackerEntry::Status::Working
               : failed  ? TrackerEntry::Status::Error
                         : TrackerEntry::Status::NotContacted;
    if (working && t.status == TrackerEntry::Status::Working && !failed)
        t.message.clear();
    if (next != lt::time_point32::max()) {
        const auto left =
            std::chrono::duration_cast<std::chrono::seconds>(next - lt::clock_type::now());
        t.nextAnnounceSeconds = std::max<qint64>(0, left.count());
    }
    return t;
}

} // namespace swarmplay::lt_convert
