#include "alertevents.h"

#include <QCoreApplication>

#include <libtorrent/alert_types.hpp>

#include "ltconvert.h"

namespace swarmplay::lt_convert {

namespace {

SessionEvent make(SessionEvent::Kind kind, SessionEvent::Severity severity, const TorrentId &id,
                  const QString &message)
{
    SessionEvent e;
    e.time = QDateTime::currentDateTime();
    e.kind = kind;
    e.severity = severity;
    e.torrent = id;
    e.message = message;
    return e;
}

} // namespace

std::optional<SessionEvent> describeAlert(const lt::alert *a, const TorrentId &id,
                                          const QString &name)
{
    using K = SessionEvent::Kind;
    using S = SessionEvent::Severity;

    if (const auto *m = lt::alert_cast<lt::metadata_received_alert>(a)) {
        Q_UNUSED(m);
        return make(
            K::MetadataReceived, S::Info, id,
            QCoreApplication::translate(
                "SessionEvent", "%1: metadata received from the swarm; the file list is known.")
                .arg(name));
    }
    if (const auto *sc = lt::alert_cast<lt::state_changed_alert>(a)) {
        if (sc->state == lt::torrent_status::checking_files)
            return make(K::CheckingFiles, S::Info, id,
                        QCoreApplication::translate("SessionEvent",
                                                    "%1: checking the data already on disk.")
                            .arg(name));
        return std::nullopt;
    }
    if (const auto *fr = lt::alert_cast<lt::fastresume_rejected_alert>(a))
        return make(K::ResumeRejected, S::Warning, id,
                    QCoreApplication::translate(
                        "SessionEvent",
                        "%1: the saved download state did not match the files (%2); checking "
                        "them again.")
                        .arg(name, toQString(fr->error.message())));
    if (const auto *tr_ = lt::alert_cast<lt::tracker_reply_alert>(a))
        return make(
            K::TrackerReply, S::Info, id,
            QCoreApplication::translate("SessionEvent", "%1: tracker %2 answered with %3 peers.")
                .arg(name, toQString(tr_->tracker_url()))
                .arg(tr_->num_peers));
    if (const auto *te = lt::alert_cast<lt::tracker_error_alert>(a)) {
        const QString why = te->failure_reason()[0] != '\0' ? toQString(te->failure_reason())
                                                            : toQString(te->error.message());
        return make(K::TrackerError, S::Warning, id,
                    QCoreApplication::translate("SessionEvent", "%1: tracker %2 failed: %3.")
                        .arg(name, toQString(te->tracker_url()), why));
    }
    if (const auto *tw = lt::alert_cast<lt::tracker_warning_alert>(a))
        return make(K::TrackerError, S::Warning, id,
                    QCoreApplication::translate("SessionEvent", "%1: tracker %2 warns: %3.")
                        .arg(name, toQString(tw->tracker_url()), toQString(tw->warning_message())));
    if (const auto *pc = lt::alert_cast<lt::peer_connect_alert>(a))
        return make(K::PeerConnected, S::Info, id,
                    QCoreApplication::translate("SessionEvent", "%1: connected to peer %2.")
                        .arg(name, toEndpointText(pc->endpoint)));
    if (const auto *pd = lt::alert_cast<lt::peer_disconnected_alert>(a)) {
        if (pd->error == lt::errors::self_connection)
            return std::nullopt;
        return make(K::PeerDisconnected, S::Info, id,
                    QCoreApplication::translate("SessionEvent", "%1: peer %2 left (%3).")
                        .arg(name, toEndpointText(pd->endpoint), toQString(pd->error.message())));
    }
    if (const auto *hf = lt::alert_cast<lt::hash_failed_alert>(a))
        return make(
            K::HashFailed, S::Warning, id,
            QCoreApplication::translate(
                "SessionEvent", "%1: piece %2 failed the hash check and will be downloaded again.")
                .arg(name)
                .arg(static_cast<int>(hf->piece_index)));
    if (const auto *fe = lt::alert_cast<lt::file_error_alert>(a))
        return make(
            K::FileError, S::Error, id,
            QCoreApplication::translate(
                "SessionEvent", "%1: cannot %2 \"%3\": %4. Check the disk and the download folder.")
                .arg(name, toQString(lt::operation_name(fe->op)), toQString(fe->filename()),
                     toQString(fe->error.message())));
    if (const auto *te = lt::alert_cast<lt::torrent_error_alert>(a))
        return make(K::TorrentError, S::Error, id,
                    QCoreApplication::translate("SessionEvent", "%1: %2.")
                        .arg(name, toQString(te->error.message())));
    if (lt::alert_cast<lt::torrent_finished_alert>(a))
        return make(K::Finished, S::Info, id,
                    QCoreApplication::translate("SessionEvent",
                                                "%1: every chosen file is downloaded and verified.")
                        .arg(name));
    if (const auto *ls = lt::alert_cast<lt::listen_succeeded_alert>(a))
        return make(K::Listening, S::Info, {},
                    QCoreApplication::translate("SessionEvent", "Listening for peers on %1 (%2).")
                        .arg(toEndpointText({ls->address, static_cast<std::uint16_t>(ls->port)}),
                             ls->socket_type == lt::socket_type_t::utp ? QStringLiteral("uTP")
                                                                       : QStringLiteral("TCP")));
    if (const auto *lf = lt::alert_cast<lt::listen_failed_alert>(a))
        return make(K::ListenFailed, S::Error, {},
                    QCoreApplication::translate(
                        "SessionEvent",
                        "Cannot listen for peers on %1: %2. Choose another port in the settings.")
                        .arg(toEndpointText({lf->address, static_cast<std::uint16_t>(lf->port)}),
                             toQString(lf->error.message())));
    if (lt::alert_cast<lt::dht_bootstrap_alert>(a))
        return make(K::DhtBootstrapped, S::Info, {},
                    QCoreApplication::translate("SessionEvent", "Joined the DHT network."));
    if (const auto *sf = lt::alert_cast<lt::save_resume_data_failed_alert>(a)) {
        if (sf->error == lt::errors::resume_data_not_modified)
            return std::nullopt;
        return make(K::Other, S::Warning, id,
                    QCoreApplication::translate("SessionEvent",
                                                "%1: could not save the download state: %2.")
                        .arg(name, toQString(sf->error.message())));
    }
    return std::nullopt;
}

} // namespace swarmplay::lt_convert
