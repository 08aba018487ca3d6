#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace swarmplay {

// The space a torrent's downloaded files take on the disk, and deleting them. Torrent data is
// written sparsely (pieces land anywhere in a file), so what counts is the blocks the file
// system allocated, not the files' apparent sizes.
class DiskUsage
{
    Q_DECLARE_TR_FUNCTIONS(DiskUsage)

public:
    // Bytes the file takes on its disk: allocated blocks where the system reports them (POSIX),
    // else the file's size. 0 for a file that does not exist.
    static qint64 allocatedBytes(const QString &path);

    // The files of a torrent: each relative path (as the torrent names it, '/'-separated) under
    // root. A path that would leave root ("..", absolute) is left out.
    static QStringList filesUnder(const QString &root, const QStringList &relativePaths);

    // Sum of allocatedBytes() over the files.
    static qint64 allocatedBytes(const QStringList &paths);

    // Deletes the files that exist, then the folders under root they leave empty (never root
    // itself). False with error set when a file could not be deleted; the rest is still tried.
    static bool deleteFiles(const QString &root, const QStringList &paths, QString *error);
};

} // namespace swarmplay
