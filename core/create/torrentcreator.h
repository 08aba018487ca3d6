#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace swarmplay {

// Makes a .torrent from a file or folder on disk: for the demo swarm that seeds a sample video,
// for tests, and for users who want to share something.
class TorrentCreator
{
    Q_DECLARE_TR_FUNCTIONS(TorrentCreator)

public:
    enum class Format
    {
        V1,
        V2,
        Hybrid,
    };

    struct Options
    {
        int pieceSize = 0; // bytes, a power of two >= 16 KiB; 0 picks one from the size
        Format format = Format::V1;
        QStringList trackers; // each in its own tier
        QStringList webSeeds;
        QString comment;
        QString creator = QStringLiteral("Swarmplay");
        bool isPrivate = false;
        bool withDate = true;
    };

    // The bencoded .torrent, or empty with error set.
    static QByteArray create(const QString &path, const Options &options, QString *error);
};

} // namespace swarmplay
