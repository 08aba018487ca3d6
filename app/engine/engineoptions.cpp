#include "engineoptions.h"

#include <QDir>
#include <QHostAddress>
#include <QStandardPaths>

namespace swarmplay::engine {

EngineOptions::EngineOptions()
{
    m_parser.setApplicationDescription(tr(
        "Swarmplay's engine without a window.\n\n"
        "Commands:\n"
        "  info <source>       show a torrent's metadata and files\n"
        "  download <source>   download the torrent (or the files chosen with --file)\n"
        "  serve <source>      stream a file over loopback HTTP for any player; prints its URL\n"
        "  daemon              run one engine that other programs control through its local API\n"
        "  remote <command>    control a running daemon (remote --help lists its commands)\n\n"
        "A source is a .torrent file, a magnet link, a 40-character info hash or an "
        "http(s) address of a .torrent file."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addPositionalArgument(QStringLiteral("command"),
                                   tr("info, download, serve, daemon or remote"));
    m_parser.addPositionalArgument(QStringLiteral("source"), tr("the torrent to open"));
    m_parser.addOptions({
        {QStringLiteral("json"), tr("info: print JSON instead of a table.")},
        {QStringLiteral("file"), tr("download: fetch only file N (repeatable; see info)."),
         tr("N")},
        {QStringLiteral("dir"),
         tr("Folder the data is saved in (default: the current folder; daemon: Swarmplay in "
            "the Downloads folder)."),
         tr("folder")},
        {QStringLiteral("state-dir"),
         tr("Folder for resume data (default: .swarmplay inside the download folder; daemon: "
            "its own folder in the user's data folder)."),
         tr("folder")},
        {QStringLiteral("timeout"),
         tr("Give up after this many seconds (0 = never; info on a magnet waits 120 s)."),
         tr("seconds")},
        {QStringLiteral("listen"),
         tr("BitTorrent listen address (default 0.0.0.0:6881,[::]:6881)."), tr("addr:port")},
        {QStringLiteral("bind"),
         tr("Use only this local address for listening and outgoing connections (daemon: a "
            "loopback address)."),
         tr("addr")},
        {QStringLiteral("bt-port"), tr("BitTorrent listen port (default 6881)."), tr("port")},
        {QStringLiteral("port"), tr("serve, daemon: HTTP port (default: any free port)."),
         tr("port")},
        {QStringLiteral("status"), tr("serve: print a status line every second.")},
        {QStringLiteral("responsive"),
         tr("serve, daemon: stream URLs get each block as it arrives, before its piece is "
            "checked (faster starts; a player may keep bytes a peer sent wrong).")},
        {QStringLiteral("peer"), tr("Connect to this peer directly (repeatable)."),
         tr("host:port")},
        {QStringLiteral("dht-node"), tr("Join the DHT through this node (repeatable)."),
         tr("host:port")},
        {QStringLiteral("no-dht"), tr("Do not use the DHT.")},
        {QStringLiteral("no-dht-bootstrap"), tr("Do not contact the public DHT routers.")},
        {QStringLiteral("no-lsd"), tr("Do not use local service discovery.")},
        {QStringLiteral("no-pex"), tr("Do not exchange peers with peers.")},
        {QStringLiteral("no-trackers"), tr("Do not announce to HTTP or UDP trackers.")},
        {QStringLiteral("no-utp"), tr("Do not use uTP.")},
        {QStringLiteral("utp-out"),
         tr("Also make outgoing connections over uTP (slower to start).")},
        {QStringLiteral("no-tcp"), tr("Do not use TCP.")},
        {QStringLiteral("no-upnp"), tr("Do not map the port with UPnP.")},
        {QStringLiteral("no-natpmp"), tr("Do not map the port with NAT-PMP.")},
        {QStringLiteral("encryption"), tr("enabled (default), required or disabled."), tr("mode")},
        {QStringLiteral("max-download-rate"), tr("Download limit in KiB/s (0 = none)."),
         tr("KiB/s")},
        {QStringLiteral("max-upload-rate"), tr("Upload limit in KiB/s (0 = none)."), tr("KiB/s")},
        {QStringLiteral("quiet"), tr("Print no progress line.")},
    });
}

bool EngineOptions::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        m_error = m_parser.errorText();
        return false;
    }
    m_help = m_parser.isSet(QStringLiteral("help"));
    m_version = m_parser.isSet(QStringLiteral("version"));
    if (m_help || m_version)
        return true;

    const QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty()) {
        m_error = tr("No command given; use info, download, serve, daemon or remote.");
        return false;
    }
    m_command = positional.first();
    if (m_command != QLatin1String("info") && m_command != QLatin1String("download") &&
        m_command != QLatin1String("serve") && m_command != QLatin1String("daemon")) {
        m_error = tr("Unknown command \"%1\"; use info, download, serve, daemon or remote.")
                      .arg(m_command);
        return false;
    }
    const bool daemon = m_command == QLatin1String("daemon");
    if (daemon && positional.size() > 1) {
        m_error = tr("daemon takes no source; add torrents with swarmplay-engine remote add.");
        return false;
    }
    if (!daemon && positional.size() < 2) {
        m_error = tr("%1 needs a source: a .torrent file, a magnet link, an info hash or a URL.")
                      .arg(m_command);
        return false;
    }
    if (positional.size() > 2) {
        m_error = tr("Only one source at a time; unexpected \"%1\".").arg(positional.at(2));
        return false;
    }
    m_source = positional.value(1);

    for (const QString &f : m_parser.values(QStringLiteral("file"))) {
        bool ok = false;
        const int index = f.toInt(&ok);
        if (!ok || index < 0) {
            m_error = tr("--file takes a file number from the info command, not \"%1\".").arg(f);
            return false;
        }
        m_files.push_back(index);
    }
    if (m_parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        m_timeout = m_parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || m_timeout < 0) {
            m_error = tr("--timeout takes a number of seconds.");
            return false;
        }
    }

    SessionSettings &s = m_settings;
    // The daemon keeps its torrents across runs, in folders of its own: never the window's.
    s.restoreTorrents = daemon;
    const QString dir = m_parser.value(QStringLiteral("dir"));
    s.downloadDir = QDir(!dir.isEmpty() ? dir
                         : daemon       ? defaultDaemonDownloadDir()
                                        : QDir::currentPath())
                        .absolutePath();
    const QString stateDir = m_parser.value(QStringLiteral("state-dir"));
    s.stateDir = !stateDir.isEmpty() ? QDir(stateDir).absolutePath()
                 : daemon            ? defaultDaemonStateDir()
                                     : QDir(s.downloadDir).filePath(QStringLiteral(".swarmplay"));

    int port = 6881;
    for (const char *name : {"bt-port", "port"}) {
        const QString key = QLatin1String(name);
        if (!m_parser.isSet(key))
            continue;
        bool ok = false;
        const int value = m_parser.value(key).toInt(&ok);
        if (!ok || value < 0 || value > 65535) {
            m_error = tr("--%1 takes a number from 0 to 65535.").arg(key);
            return false;
        }
        (key == QLatin1String("port") ? m_httpPort : port) = value;
    }
    if (m_parser.isSet(QStringLiteral("bind"))) {
        QString addr = m_parser.value(QStringLiteral("bind"));
        QHostAddress host(addr);
        if (host.isNull()) {
            m_error = tr("--bind takes an IP address, not \"%1\".").arg(addr);
            return false;
        }
        // An IPv4 address written as IPv6 (::ffff:127.0.0.1) is that IPv4 address: libtorrent
        // cannot listen on the IPv6 spelling.
        bool mapped = false;
        const quint32 v4 = host.toIPv4Address(&mapped);
        if (mapped && host.protocol() == QAbstractSocket::IPv6Protocol) {
            host = QHostAddress(v4);
            addr = host.toString();
        }
        m_bindAddress = host;
        s.listenInterfaces = host.protocol() == QAbstractSocket::IPv6Protocol
                                 ? QStringLiteral("[%1]:%2").arg(addr).arg(port)
                                 : QStringLiteral("%1:%2").arg(addr).arg(port);
        s.outgoingInterface = addr;
    } else {
        s.listenInterfaces = QStringLiteral("0.0.0.0:%1,[::]:%1").arg(port);
    }
    if (m_parser.isSet(QStringLiteral("listen")))
        s.listenInterfaces = m_parser.value(QStringLiteral("listen"));

    s.dht = !m_parser.isSet(QStringLiteral("no-dht"));
    s.lsd = !m_parser.isSet(QStringLiteral("no-lsd"));
    s.pex = !m_parser.isSet(QStringLiteral("no-pex"));
    s.trackers = !m_parser.isSet(QStringLiteral("no-trackers"));
    s.utp = !m_parser.isSet(QStringLiteral("no-utp"));
    s.outgoingUtp = m_parser.isSet(QStringLiteral("utp-out"));
    s.tcp = !m_parser.isSet(QStringLiteral("no-tcp"));
    s.upnp = !m_parser.isSet(QStringLiteral("no-upnp"));
    s.httpBlockReads = m_parser.isSet(QStringLiteral("responsive"));
    s.natpmp = !m_parser.isSet(QStringLiteral("no-natpmp"));
    if (m_parser.isSet(QStringLiteral("no-dht-bootstrap")))
        s.dhtBootstrapNodes.clear();
    if (!dhtNodes().isEmpty()) {
        // Nodes named on the command line are usually on this machine or this network.
        s.dhtRestrictRoutingIps = false;
    }
    if (m_parser.isSet(QStringLiteral("encryption"))) {
        const QString mode = m_parser.value(QStringLiteral("encryption"));
        if (mode == QLatin1String("enabled"))
            s.encryption = SessionSettings::Encryption::Enabled;
        else if (mode == QLatin1String("required"))
            s.encryption = SessionSettings::Encryption::Required;
        else if (mode == QLatin1String("disabled"))
            s.encryption = SessionSettings::Encryption::Disabled;
        else {
            m_error = tr("--encryption takes enabled, required or disabled.");
            return false;
        }
    }
    for (const char *name : {"max-download-rate", "max-upload-rate"}) {
        const QString key = QLatin1String(name);
        if (!m_parser.isSet(key))
            continue;
        bool ok = false;
        const int kib = m_parser.value(key).toInt(&ok);
        if (!ok || kib < 0) {
            m_error = tr("--%1 takes a rate in KiB/s.").arg(key);
            return false;
        }
        (key == QLatin1String("max-download-rate") ? s.downloadRateLimit : s.uploadRateLimit) =
            kib * 1024;
    }
    // Peers named explicitly often share an address (all of loopback, a LAN box).
    if (!peers().isEmpty())
        s.allowMultipleConnectionsPerIp = true;

    const QString invalid = s.validate();
    if (!invalid.isEmpty()) {
        m_error = invalid;
        return false;
    }
    return true;
}

QStringList EngineOptions::settingsGiven() const
{
    // Each option with the settings it sets.
    static const QList<QPair<const char *, QStringList>> options = {
        {"dir", {QStringLiteral("download_dir")}},
        {"listen", {QStringLiteral("listen_interfaces")}},
        {"bt-port", {QStringLiteral("listen_interfaces")}},
        {"bind", {QStringLiteral("listen_interfaces"), QStringLiteral("outgoing_interface")}},
        {"no-dht", {QStringLiteral("dht")}},
        {"no-lsd", {QStringLiteral("lsd")}},
        {"no-pex", {QStringLiteral("pex")}},
        {"no-trackers", {QStringLiteral("trackers")}},
        {"no-utp", {QStringLiteral("utp")}},
        {"utp-out", {QStringLiteral("outgoing_utp")}},
        {"no-tcp", {QStringLiteral("tcp")}},
        {"no-upnp", {QStringLiteral("upnp")}},
        {"no-natpmp", {QStringLiteral("natpmp")}},
        {"encryption", {QStringLiteral("encryption")}},
        {"max-download-rate", {QStringLiteral("download_rate_limit")}},
        {"max-upload-rate", {QStringLiteral("upload_rate_limit")}},
        {"no-dht-bootstrap", {QStringLiteral("dht_bootstrap_nodes")}},
        {"dht-node", {QStringLiteral("dht_restrict_routing_ips")}},
        {"peer", {QStringLiteral("allow_multiple_connections_per_ip")}},
    };
    QStringList given;
    for (const auto &option : options) {
        if (m_parser.isSet(QLatin1String(option.first)))
            given << option.second;
    }
    return given;
}

QString EngineOptions::defaultDaemonStateDir()
{
    // The engine's own data folder (.../Swarmplay/swarmplay-engine), the window's being
    // .../Swarmplay/swarmplay.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(base.isEmpty() ? QDir::home().filePath(QStringLiteral(".swarmplay-engine")) : base)
        .filePath(QStringLiteral("daemon"));
}

QString EngineOptions::defaultDaemonDownloadDir()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (base.isEmpty())
        base = QDir::homePath();
    return QDir(base).filePath(QStringLiteral("Swarmplay"));
}

} // namespace swarmplay::engine
