#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>

#include "torrentid.h"
#include "torrentstate.h"

namespace swarmplay {

// One torrent's status at one update round, as the UI shows it in a list row.
struct TorrentSnapshot
{
    TorrentId id;
    QString name;
    TorrentState state = TorrentState::Checking;
    QString errorMessage; // set when state == Error
    bool hasMetadata = false;
    double progress = 0.0;      // of the wanted bytes, 0..1
    qint64 wantedBytes = 0;     // bytes of the chosen files
    qint64 wantedDone = 0;      // verified bytes of the chosen files
    qint64 totalBytes = 0;      // whole torrent; 0 before metadata
    qint64 totalDone = 0;       // verified bytes of the whole torrent
    qint64 downloadRate = 0;    // payload bytes/s
    qint64 uploadRate = 0;      // payload bytes/s
    qint64 totalDownloaded = 0; // payload bytes this session
    qint64 totalUploaded = 0;
    int peersConnected = 0; // including seeds
    int seedsConnected = 0;
    int peersInSwarm = -1; // from trackers/DHT, -1 when unknown
    int seedsInSwarm = -1;
    qint64 etaSeconds = -1; // -1 when unknown or not downloading
    QString savePath;

    // Every chosen file is downloaded and each piece has passed its hash check.
    bool chosenFilesComplete() const
    {
        return hasMetadata && wantedDone >= wantedBytes &&
               (state == TorrentState::Finished || state == TorrentState::Seeding);
    }
};

} // namespace swarmplay

Q_DECLARE_METATYPE(swarmplay::TorrentSnapshot)
