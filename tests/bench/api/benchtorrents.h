#pragma once

#include <QDir>
#include <QString>

namespace swarmplay::bench {

// Makes the benchmark's torrents with Swarmplay's TorrentCreator from small generated files in
// a folder of its own. Every torrent's content differs (each its own seed), so every info hash
// does.
class BenchTorrents
{
public:
    struct Made
    {
        QString torrentPath;
        QString infoHash; // v1, lower-case hex
        QString contentPath;
        QString contentFolder; // what a seeder's save path is
        qint64 size = 0;
    };

    explicit BenchTorrents(const QString &root);

    // An episode as a library holds it: a folder with the video, its subtitles and a note, a
    // few KiB each. group names the set ("library", "since", ...).
    Made makeEpisode(const QString &group, int index);
    // One file of `size` bytes in pieces of pieceSize: something to download or stream.
    Made makeFile(const QString &group, int index, qint64 size, int pieceSize);

private:
    void writeFile(const QString &path, qint64 size, quint32 seed);
    Made makeTorrent(const QString &content, const QString &group, int index, int pieceSize);
    quint32 seedOf(const QString &group, int index, int part) const;

    QDir m_root;
};

} // namespace swarmplay::bench
