#include "statusreporter.h"

#include <libtorrent/alert_types.hpp>
#include <libtorrent/session_stats.hpp>

#include "../internal/ltconvert.h"
#include "torrentlist.h"

namespace swarmplay {

StatusReporter::StatusReporter(const TorrentList *torrents, const QElapsedTimer *clock,
                               QObject *parent)
    : QObject(parent)
    , m_torrents(torrents)
    , m_clock(clock)
    , m_dhtNodesMetric(lt::find_metric_idx("dht.dht_nodes"))
    , m_peersMetric(lt::find_metric_idx("peer.num_peers_connected"))
{}

void StatusReporter::handleStateUpdate(const lt::state_update_alert &alert)
{
    for (const lt::torrent_status &st : alert.status) {
        if (ManagedTorrent *t = m_torrents->find(st.handle))
            t->updateStatus(st);
    }
    const qint64 now = m_clock->elapsed();
    m_torrents->forEach([now](ManagedTorrent &t) { t.settleRates(now); });
    sendRound();
}

void StatusReporter::handleSessionStats(const lt::session_stats_alert &alert, bool listening)
{
    const auto counters = alert.counters();
    if (m_dhtNodesMetric >= 0)
        m_stats.dhtNodes = static_cast<int>(counters[m_dhtNodesMetric]);
    if (m_peersMetric >= 0)
        m_stats.peersConnected = static_cast<int>(counters[m_peersMetric]);
    m_stats.listening = listening;
    emit statsUpdated(m_stats);
}

void StatusReporter::handleListenSucceeded(const lt::listen_succeeded_alert &alert, bool listening)
{
    if (m_stats.listenPort == 0 && alert.socket_type == lt::socket_type_t::tcp)
        m_stats.listenPort = alert.port;
    const lt::tcp::endpoint endpoint(alert.address, static_cast<std::uint16_t>(alert.port));
    m_stats.listenEndpoints.push_back(QStringLiteral("%1 (%2)").arg(
        lt_convert::toEndpointText(endpoint), alert.socket_type == lt::socket_type_t::utp
                                                  ? QStringLiteral("uTP")
                                                  : QStringLiteral("TCP")));
    m_stats.listening = listening;
    emit statsUpdated(m_stats);
}

void StatusReporter::handleListenFailed(const lt::listen_failed_alert &alert, bool listening)
{
    m_stats.listenError = lt_convert::toQString(alert.error.message());
    m_stats.listening = listening;
    emit statsUpdated(m_stats);
}

void StatusReporter::refresh(ManagedTorrent &torrent)
{
    torrent.refreshStatus();
    sendRound();
}

void StatusReporter::reportState(ManagedTorrent &torrent)
{
    torrent.refreshStatus();
    emit torrentStateChanged(torrent.snapshot());
}

void StatusReporter::sendRound()
{
    QVector<TorrentSnapshot> all;
    all.reserve(m_torrents->size());
    qint64 down = 0;
    qint64 up = 0;
    m_torrents->forEach([&](const ManagedTorrent &t) {
        all.push_back(t.snapshot());
        down += t.snapshot().downloadRate;
        up += t.snapshot().uploadRate;
    });
    m_stats.downloadRate = down;
    m_stats.uploadRate = up;
    emit torrentsUpdated(all);
}

} // namespace swarmplay
