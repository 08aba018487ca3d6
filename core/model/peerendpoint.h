#pragma once

#include <QString>

namespace swarmplay {

// A peer's address and port, as a magnet's x.pe entries name the peers to connect to.
struct PeerEndpoint
{
    QString host; // an IP address, IPv6 without brackets
    quint16 port = 0;

    // "1.2.3.4:6881" or "[::1]:6881".
    QString toString() const
    {
        return host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(host).arg(port)
                                               : QStringLiteral("%1:%2").arg(host).arg(port);
    }

    friend bool operator==(const PeerEndpoint &a, const PeerEndpoint &b)
    {
        return a.host == b.host && a.port == b.port;
    }
    friend bool operator!=(const PeerEndpoint &a, const PeerEndpoint &b) { return !(a == b); }
};

} // namespace swarmplay
