#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include "fileentry.h"
#include "torrentid.h"

namespace swarmplay {

// What a torrent's metadata says: the info pane and `swarmplay-engine info` show this.
struct TorrentInfo
{
    struct Tracker
    {
        QString url;
        int tier = 0;
    };

    TorrentId id;
    QString name;
    int pieceLength = 0;
    int pieceCount = 0;
    qint64 totalSize = 0;
    bool multiFile = false;
    bool isPrivate = false;
    bool v1 = false; // has v1 metadata
    bool v2 = false; // has v2 metadata (hybrid when both)
    QString creator;
    QDateTime created; // invalid when the torrent has no date
    QString comment;
    QVector<Tracker> trackers;
    QStringList webSeeds;
    QVector<FileEntry> files; // pad files left out

    bool isValid() const { return id.isValid() && pieceCount > 0; }
};

} // namespace swarmplay

Q_DECLARE_METATYPE(swarmplay::TorrentInfo)
