#pragma once

#include <QMetaType>
#include <QString>

namespace swarmplay {

// A connected peer, as the peers pane shows it.
struct PeerEntry
{
    QString address; // IP literal
    quint16 port = 0;
    QString client; // "qBittorrent 4.5.2", "Transmission 3.00", ...
    // Short flags in the style of qBittorrent: D/d interested/choked download, U/u upload,
    // I incoming, E encrypted, P uTP, X from PEX, H from DHT, L local discovery, S snubbed.
    QString flags;
    qint64 downloadRate = 0;
    qint64 uploadRate = 0;
    qint64 totalDownloaded = 0;
    qint64 totalUploaded = 0;
    double progress = 0.0; // peer's share of the torrent, 0..1
    bool utp = false;
    bool encrypted = false;
    bool seed = false;
    bool incoming = false;

    QString endpoint() const
    {
        return address.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(address).arg(port)
                                                  : QStringLiteral("%1:%2").arg(address).arg(port);
    }
};

} // namespace swarmplay

Q_DECLARE_METATYPE(swarmplay::PeerEntry)
