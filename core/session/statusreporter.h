#pragma once

// Internal to swarmplay_core: includes libtorrent. Lives in the session worker's thread.

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QVector>

#include <libtorrent/fwd.hpp>

#include "../model/sessionstats.h"
#include "../model/torrentsnapshot.h"

namespace swarmplay {

class ManagedTorrent;
class TorrentList;

// What the GUI thread sees of the session's state: one round of every torrent's snapshot per
// status update (batched, as Session expects), and the session's own figures (rates, DHT nodes,
// connected peers, where it listens).
class StatusReporter : public QObject
{
    Q_OBJECT

public:
    // clock: the session's, for when a rate last moved.
    StatusReporter(const TorrentList *torrents, const QElapsedTimer *clock,
                   QObject *parent = nullptr);

    const SessionStats &stats() const { return m_stats; }
    void setDhtEnabled(bool enabled) { m_stats.dhtEnabled = enabled; }

    // `listening`: whether the session listens now.
    void handleStateUpdate(const lt::state_update_alert &alert);
    void handleSessionStats(const lt::session_stats_alert &alert, bool listening);
    void handleListenSucceeded(const lt::listen_succeeded_alert &alert, bool listening);
    void handleListenFailed(const lt::listen_failed_alert &alert, bool listening);
    // The listen addresses in effect (SessionSettings::listenInterfaces). libtorrent says which
    // sockets it opens but not which it closes: on a change, the endpoints the new addresses do
    // not keep are forgotten, as is the last failure.
    void setListenInterfaces(const QString &interfaces);
    // Reads one torrent's status now and sends a round, so a command's effect shows at once.
    void refresh(ManagedTorrent &torrent);
    // Reads one torrent's status now and sends it alone: an alert said its state changed, and
    // clients of the events must not wait for the next round to hear it.
    void reportState(ManagedTorrent &torrent);

signals:
    void torrentsUpdated(const QVector<swarmplay::TorrentSnapshot> &snapshots);
    void statsUpdated(const swarmplay::SessionStats &stats);
    void torrentStateChanged(const swarmplay::TorrentSnapshot &snapshot);

private:
    // One address of the listen interfaces: an IP address in Qt's spelling, or a device name.
    struct ListenItem
    {
        QString host;
        int port = 0; // as configured: 0 for one the system picks
    };
    struct OpenEndpoint
    {
        QString text; // as SessionStats::listenEndpoints lists it
        ListenItem origin;
        int port = 0;
        bool tcp = true;
    };
    static QVector<ListenItem> listenItems(const QString &interfaces);
    // The listen address a socket at `address` was opened for.
    ListenItem originOf(const QHostAddress &address, bool v6) const;
    void publishEndpoints(bool listening);
    void sendRound();

    const TorrentList *m_torrents;
    const QElapsedTimer *m_clock;
    SessionStats m_stats;
    QVector<ListenItem> m_listenItems;
    QVector<OpenEndpoint> m_endpoints;
    int m_dhtNodesMetric = -1;
    int m_peersMetric = -1;
};

} // namespace swarmplay
