#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace swarmplay {

// Session-wide figures for the status bar.
struct SessionStats
{
    qint64 downloadRate = 0; // payload bytes/s, all torrents
    qint64 uploadRate = 0;
    qint64 totalDownloaded = 0;
    qint64 totalUploaded = 0;
    int peersConnected = 0;
    int dhtNodes = 0;
    bool dhtEnabled = false;
    bool listening = false;      // at least one BitTorrent listen socket is open
    QStringList listenEndpoints; // "127.0.0.1:6881 (TCP)", ...
    int listenPort = 0;          // first TCP port listened on; 0 until known
    QString listenError;         // last listen failure, empty when none
};

} // namespace swarmplay

Q_DECLARE_METATYPE(swarmplay::SessionStats)
