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
    const lt::tcp::endpoint endpoint(alert.address, static_cast<std::uint16_t>(alert.port));
    OpenEndpoint open;
    open.tcp = alert.socket_type != lt::socket_type_t::utp;
    open.port = alert.port;
    open.text =
        QStringLiteral("%1 (%2)").arg(lt_convert::toEndpointText(endpoint),
                                      open.tcp ? QStringLiteral("TCP") : QStringLiteral("uTP"));
    const QHostAddress address(QString::fromStdString(alert.address.to_string()));
    open.origin = originOf(address, alert.address.is_v6());
    // Opened again (after a network change): listed once.
    const auto known = std::find_if(m_endpoints.begin(), m_endpoints.end(),
                                    [&](const OpenEndpoint &e) { return e.text == open.text; });
    if (known != m_endpoints.end())
        *known = open;
    else
        m_endpoints.push_back(open);
    publishEndpoints(listening);
}

StatusReporter::ListenItem StatusReporter::originOf(const QHostAddress &address, bool v6) const
{
    // Its own address, else the unspecified one of its family, else a device's name.
    const QString own = address.toString();
    const QString any = v6 ? QStringLiteral("::") : QStringLiteral("0.0.0.0");
    const ListenItem *unspecified = nullptr;
    const ListenItem *device = nullptr;
    for (const ListenItem &i : m_listenItems) {
        if (i.host == own)
            return i;
        if (!unspecified && i.host == any)
            unspecified = &i;
        if (!device && QHostAddress(i.host).isNull())
            device = &i;
    }
    if (unspecified)
        return *unspecified;
    return device ? *device : ListenItem{own, 0};
}

void StatusReporter::setListenInterfaces(const QString &interfaces)
{
    m_listenItems = listenItems(interfaces);
    // libtorrent keeps a socket whose address is still listed with the port it was opened for
    // (0 stays 0: the port it picked then); it closes the others.
    const auto closed = [this](const OpenEndpoint &e) {
        return std::none_of(m_listenItems.cbegin(), m_listenItems.cend(), [&](const ListenItem &i) {
            return i.host == e.origin.host && i.port == e.origin.port;
        });
    };
    const qsizetype before = m_endpoints.size();
    m_endpoints.erase(std::remove_if(m_endpoints.begin(), m_endpoints.end(), closed),
                      m_endpoints.end());
    if (m_endpoints.size() == before && m_stats.listenError.isEmpty())
        return;
    m_stats.listenError.clear();
    publishEndpoints(m_stats.listening);
}

QVector<StatusReporter::ListenItem> StatusReporter::listenItems(const QString &interfaces)
{
    QVector<ListenItem> items;
    for (const QString &part : interfaces.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int colon = part.lastIndexOf(QLatin1Char(':'));
        QString host = part.left(colon).trimmed();
        host.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
        const QHostAddress ip(host);
        items.push_back({ip.isNull() ? host : ip.toString(), part.mid(colon + 1).toInt()});
    }
    return items;
}

void StatusReporter::publishEndpoints(bool listening)
{
    m_stats.listenEndpoints.clear();
    m_stats.listenPort = 0;
    for (const OpenEndpoint &e : std::as_const(m_endpoints)) {
        m_stats.listenEndpoints.push_back(e.text);
        if (m_stats.listenPort == 0 && e.tcp)
            m_stats.listenPort = e.port;
    }
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
