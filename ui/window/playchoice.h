#pragma once

#include <QCoreApplication>
#include <QVector>

#include "model/fileentry.h"

namespace swarmplay {

// Which file of a torrent plays when the viewer has not chosen, and what the window says when
// none can: the largest video (the feature, not the sample or the extras), else the largest audio
// file (an album), else nothing.
class PlayChoice
{
    Q_DECLARE_TR_FUNCTIONS(PlayChoice)

public:
    // The file index to play, -1 when the torrent has no video or audio file.
    static int automatic(const QVector<FileEntry> &files);
    // The file with this index, nullptr when there is none.
    static const FileEntry *find(const QVector<FileEntry> &files, int index);

    static QString nothingToPlay(const QString &torrentName);
    static QString notPlayable(const QString &filePath);
};

} // namespace swarmplay
