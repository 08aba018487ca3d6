#include "settingsfields.h"

#include <QHostAddress>
#include <QRegularExpression>

#include "jsonfields.h"

namespace swarmplay {

namespace {

using Live = SessionLiveSettings;

struct FlagField
{
    const char *name;
    bool Live::*member;
};

constexpr FlagField Flags[] = {
    {"dht", &Live::dht},
    {"lsd", &Live::lsd},
    {"pex", &Live::pex},
    {"utp", &Live::utp},
    {"outgoing_utp", &Live::outgoingUtp},
    {"tcp", &Live::tcp},
    {"upnp", &Live::upnp},
    {"natpmp", &Live::natpmp},
    {"trackers", &Live::trackers},
    {"dht_restrict_routing_ips", &Live::dhtRestrictRoutingIps},
    {"rate_limit_local_peers", &Live::rateLimitLocalPeers},
    {"allow_multiple_connections_per_ip", &Live::allowMultipleConnectionsPerIp},
    {"block_reads", &Live::blockReads},
    {"http_block_reads", &Live::httpBlockReads},
};

struct NumberField
{
    const char *name;
    int Live::*member;
    qint64 min;
    qint64 max;
};

constexpr NumberField Numbers[] = {
    {"download_rate_limit", &Live::downloadRateLimit, 0, std::numeric_limits<int>::max()},
    {"upload_rate_limit", &Live::uploadRateLimit, 0, std::numeric_limits<int>::max()},
    {"connections_limit", &Live::connectionsLimit, 2, 65535},
};

const QStringList TextFields = {
    QStringLiteral("download_dir"),        QStringLiteral("listen_interfaces"),
    QStringLiteral("outgoing_interface"),  QStringLiteral("encryption"),
    QStringLiteral("dht_bootstrap_nodes"),
};

// ::ffff:127.0.0.1 is 127.0.0.1 spelt as IPv6: libtorrent cannot listen on or bind to it.
bool isV4Mapped(QString host)
{
    host.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
    const QHostAddress address(host);
    bool v4 = false;
    address.toIPv4Address(&v4);
    return v4 && address.protocol() == QAbstractSocket::IPv6Protocol;
}

bool endsInPort(const QString &value)
{
    const int colon = value.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const int port = colon > 0 ? value.mid(colon + 1).toInt(&ok) : -1;
    return ok && port >= 0 && port <= 65535;
}

// What a network interface may be called here: Linux's limit (15 bytes), in the characters
// names are made of. No dot, so that a mistyped address is not taken for a name.
bool isInterfaceName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_@-]{1,15}$"));
    return pattern.match(name).hasMatch();
}

} // namespace

const QStringList &SettingsFields::startupFields()
{
    static const QStringList names = {
        QStringLiteral("state_dir"),
        QStringLiteral("resume_save_interval_ms"),
        QStringLiteral("status_interval_ms"),
        QStringLiteral("streaming_status_interval_ms"),
        QStringLiteral("shutdown_deadline_ms"),
        QStringLiteral("restore_torrents"),
    };
    return names;
}

QStringList SettingsFields::liveFields()
{
    QStringList names = TextFields;
    for (const FlagField &f : Flags)
        names << QString::fromLatin1(f.name);
    for (const NumberField &f : Numbers)
        names << QString::fromLatin1(f.name);
    return names;
}

void SettingsFields::read(JsonFields &fields, SessionSettings *settings)
{
    for (auto it = fields.object().constBegin(); fields.ok() && it != fields.object().constEnd();
         ++it) {
        if (startupFields().contains(it.key()))
            fields.fail(it.key(),
                        QStringLiteral("\"%1\" is read when the engine starts; start it again "
                                       "with the new value.")
                            .arg(it.key()),
                        QStringLiteral("startup-only"));
    }
    fields.allowOnly(liveFields());
    readFlags(fields, settings->live());
    readNumbers(fields, settings->live());
    readTexts(fields, settings->live());
    if (fields.ok() && !settings->tcp && !settings->utp)
        fields.fail(fields.has(QStringLiteral("tcp")) ? QStringLiteral("tcp")
                                                      : QStringLiteral("utp"),
                    QStringLiteral("At least one of \"tcp\" and \"utp\" must be true, or no peer "
                                   "can connect."));
}

void SettingsFields::readFlags(JsonFields &fields, SessionLiveSettings &live)
{
    for (const FlagField &f : Flags) {
        if (const std::optional<bool> v = fields.boolean(QString::fromLatin1(f.name)))
            live.*f.member = *v;
    }
}

void SettingsFields::readNumbers(JsonFields &fields, SessionLiveSettings &live)
{
    for (const NumberField &f : Numbers) {
        if (const std::optional<qint64> v =
                fields.integer(QString::fromLatin1(f.name), f.min, f.max))
            live.*f.member = int(*v);
    }
}

bool SettingsFields::validListenInterfaces(const QString &value)
{
    const QStringList parts = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return !parts.isEmpty() && std::all_of(parts.cbegin(), parts.cend(), [](const QString &p) {
        return endsInPort(p) && !isV4Mapped(p.left(p.lastIndexOf(QLatin1Char(':'))));
    });
}

void SettingsFields::readTexts(JsonFields &fields, SessionLiveSettings &live)
{
    if (const auto dir = fields.folder(QStringLiteral("download_dir")))
        live.downloadDir = *dir;
    if (const auto listen = fields.string(QStringLiteral("listen_interfaces"))) {
        if (!validListenInterfaces(*listen))
            fields.fail(QStringLiteral("listen_interfaces"),
                        QStringLiteral("\"listen_interfaces\" must be a comma-separated list of "
                                       "ADDRESS:PORT, for example 0.0.0.0:6881,[::]:6881 (an "
                                       "IPv4 address as such, not as ::ffff:a.b.c.d)."));
        live.listenInterfaces = *listen;
    }
    if (const auto out = fields.string(QStringLiteral("outgoing_interface"))) {
        if (!out->isEmpty() && (QHostAddress(*out).isNull() || isV4Mapped(*out)) &&
            !isInterfaceName(*out))
            fields.fail(QStringLiteral("outgoing_interface"),
                        QStringLiteral("\"outgoing_interface\" must be an IP address (IPv4 as "
                                       "such, not as ::ffff:a.b.c.d), a network interface's "
                                       "name (up to 15 letters, digits, _, - or @) or empty."));
        live.outgoingInterface = *out;
    }
    if (const auto enc = fields.string(QStringLiteral("encryption"))) {
        static const QStringList ids = {QStringLiteral("enabled"), QStringLiteral("required"),
                                        QStringLiteral("disabled")};
        if (!ids.contains(*enc))
            fields.fail(QStringLiteral("encryption"),
                        QStringLiteral("\"encryption\" must be \"enabled\", \"required\" or "
                                       "\"disabled\"."));
        live.encryption = Live::Encryption(std::max<int>(0, int(ids.indexOf(*enc))));
    }
    if (const auto nodes = fields.strings(QStringLiteral("dht_bootstrap_nodes"))) {
        if (!std::all_of(nodes->cbegin(), nodes->cend(), endsInPort))
            fields.fail(QStringLiteral("dht_bootstrap_nodes"),
                        QStringLiteral("\"dht_bootstrap_nodes\" must be HOST:PORT strings."));
        live.dhtBootstrapNodes = *nodes;
    }
}

} // namespace swarmplay
