#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>

#include "mediakind.h"

namespace swarmplay {

// One file of a torrent (pad files are never listed).
struct FileEntry
{
    int index = -1; // libtorrent file index; what file choices and stream URLs refer to
    QString path;   // relative path inside the torrent, '/'-separated
    qint64 size = 0;
    qint64 offset = 0;    // byte offset of the file inside the torrent
    qint64 bytesDone = 0; // verified bytes, -1 when not known in this snapshot
    MediaKind kind = MediaKind::Other;
    bool wanted = true; // chosen for download
    int priority = 4;   // download priority, 0 (skipped) to 7 (highest); 4 is the default
    int firstPiece = 0;
    int lastPiece = 0;
};

} // namespace swarmplay

Q_DECLARE_METATYPE(swarmplay::FileEntry)
