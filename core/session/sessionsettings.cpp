#include "sessionsettings.h"

#include <QHostAddress>

namespace swarmplay {

SessionSettings SessionSettings::loopback(const QString &stateDir, const QString &downloadDir,
                                          const QString &address, int port)
{
    SessionSettings s;
    s.stateDir = stateDir;
    s.downloadDir = downloadDir;
    const bool v6 = address.contains(QLatin1Char(':'));
    s.listenInterfaces = v6 ? QStringLiteral("[%1]:%2").arg(address).arg(port)
                            : QStringLiteral("%1:%2").arg(address).arg(port);
    s.outgoingInterface = address;
    s.dht = false;
    s.lsd = false;
    s.upnp = false;
    s.natpmp = false;
    s.dhtBootstrapNodes.clear();
    s.allowMultipleConnectionsPerIp = true;
    return s;
}

QString SessionSettings::validate() const
{
    if (stateDir.isEmpty())
        return tr("No folder is set for the engine's state (resume data).");
    if (downloadDir.isEmpty())
        return tr("No download folder is set.");
    if (!tcp && !utp)
        return tr("At least one of TCP and uTP must be enabled, or no peer can connect.");
    if (downloadRateLimit < 0 || uploadRateLimit < 0)
        return tr("Rate limits cannot be negative (0 means unlimited).");
    if (listenInterfaces.trimmed().isEmpty())
        return tr("The listen address is empty; use for example 0.0.0.0:6881.");
    for (const QString &part : listenInterfaces.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int colon = part.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const int port = colon > 0 ? part.mid(colon + 1).toInt(&ok) : -1;
        if (!ok || port < 0 || port > 65535)
            return tr("\"%1\" is not a valid listen address: it must end in :PORT with a port "
                      "from 0 to 65535.")
                .arg(part);
    }
    if (!outgoingInterface.isEmpty() && QHostAddress(outgoingInterface).isNull() &&
        outgoingInterface.contains(QLatin1Char('.')))
        return tr("\"%1\" is not a valid address for outgoing connections.").arg(outgoingInterface);
    if (resumeSaveIntervalMs < 100)
        return tr("The resume data interval must be at least 100 ms.");
    return {};
}

} // namespace swarmplay
