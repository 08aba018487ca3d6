#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace swarmplay {

// What a running session takes at once (Session::applySettings()): copying this part is applying
// it, so a field added here cannot be left out by the worker. libtorrent's settings are made from
// this part alone (see toSettingsPack()).
struct SessionLiveSettings
{
    enum class Encryption
    {
        Enabled,  // prefer encrypted, accept plain
        Required, // refuse plain connections
        Disabled, // plain only
    };

    QString downloadDir; // where torrents save their data unless told otherwise; required

    // libtorrent listen_interfaces syntax: "0.0.0.0:6881,[::]:6881", "127.0.0.1:0"
    QString listenInterfaces = QStringLiteral("0.0.0.0:6881,[::]:6881");
    // Address that outgoing peer connections are made from; empty lets the system choose.
    QString outgoingInterface;

    bool dht = true;
    bool lsd = true; // local service discovery
    bool pex = true;
    bool utp = true; // accept uTP peers
    // Also connect out over uTP. Off by default: libtorrent tries uTP first and waits seconds
    // before falling back to TCP with the many peers that do not speak it, and its uTP moves
    // a fraction of what TCP does at high rates; for a player the first seconds count.
    bool outgoingUtp = false;
    bool tcp = true;
    bool upnp = true;
    bool natpmp = true;
    bool trackers = true; // HTTP and UDP trackers
    Encryption encryption = Encryption::Enabled;

    // "host:port" routers used to join the DHT; empty means none (a private or test swarm).
    QStringList dhtBootstrapNodes = {
        QStringLiteral("dht.libtorrent.org:25401"), QStringLiteral("router.bittorrent.com:6881"),
        QStringLiteral("router.utorrent.com:6881"), QStringLiteral("dht.transmissionbt.com:6881")};
    // Keep at most one DHT node per /24. Off only for swarms that live on one machine.
    bool dhtRestrictRoutingIps = true;

    int downloadRateLimit = 0; // bytes/s, 0 = unlimited
    int uploadRateLimit = 0;
    // Peer connections of the whole session, libtorrent's default.
    int connectionsLimit = 200;
    // Peers on loopback and the LAN are exempt from the rate limits unless this is set.
    bool rateLimitLocalPeers = false;
    // Needed when several peers share one address, as every peer on 127.0.0.1 does.
    bool allowMultipleConnectionsPerIp = false;
    // Readers get a piece's blocks as they are written rather than once the piece is verified,
    // so a player starts in the time the bytes it needs take to arrive. A peer's bad bytes may
    // then reach the demuxer before libtorrent finds the piece bad and fetches it again. On for
    // the app's own player unless the user wants every piece checked first; off for HTTP
    // clients, which may cache what they get (`serve --responsive` turns it on).
    bool blockReads = true;
    bool httpBlockReads = false;
};

// What a session reads once, when it starts; a running session keeps the values it started with.
struct SessionStartupSettings
{
    QString stateDir; // resume data and the torrents' own files; required

    int resumeSaveIntervalMs = 30000; // how much a crash can lose at most
    int statusIntervalMs = 1000;
    int streamingStatusIntervalMs = 250;
    int shutdownDeadlineMs = 10000; // how long exit waits for resume data

    // Restore every torrent found in stateDir at start. The engine's one-shot commands do not.
    bool restoreTorrents = true;
};

// Everything the engine can be told about its network and storage. A plain value: the UI's
// settings dialog and the command line both fill one in, and Session applies it as a whole.
struct SessionSettings : SessionStartupSettings, SessionLiveSettings
{
    Q_DECLARE_TR_FUNCTIONS(SessionSettings)

public:
    using Live = SessionLiveSettings;
    using Startup = SessionStartupSettings;

    Live &live() { return *this; }
    const Live &live() const { return *this; }
    Startup &startup() { return *this; }
    const Startup &startup() const { return *this; }

    // A settings value for a swarm confined to one loopback address: no DHT, local discovery,
    // UPnP or NAT-PMP, so nothing leaves the machine.
    static SessionSettings loopback(const QString &stateDir, const QString &downloadDir,
                                    const QString &address = QStringLiteral("127.0.0.1"),
                                    int port = 0);

    // Empty when the values can be applied, else a message saying which one is wrong and why.
    QString validate() const;
};

} // namespace swarmplay
