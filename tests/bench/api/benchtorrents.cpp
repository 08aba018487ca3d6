#include "benchtorrents.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include "create/torrentcreator.h"
#include "input/torrentsource.h"

namespace swarmplay::bench {

BenchTorrents::BenchTorrents(const QString &root)
    : m_root(root)
{
    m_root.mkpath(QStringLiteral("."));
}

quint32 BenchTorrents::seedOf(const QString &group, int index, int part) const
{
    return quint32(qHash(group) ^ (quint32(index) * 2654435761u) ^ (quint32(part) << 28));
}

void BenchTorrents::writeFile(const QString &path, qint64 size, quint32 seed)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("bench_api: cannot write %s", qPrintable(path));
    QRandomGenerator rng(seed);
    QByteArray block(1 << 16, Qt::Uninitialized);
    for (qint64 left = size; left > 0; left -= block.size()) {
        rng.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        f.write(block.constData(), std::min<qint64>(left, block.size()));
    }
}

BenchTorrents::Made BenchTorrents::makeEpisode(const QString &group, int index)
{
    const QString name =
        QStringLiteral("%1.S01E%2.720p").arg(group).arg(index, 4, 10, QLatin1Char('0'));
    const QString folder = m_root.filePath(group + QStringLiteral("/content/") + name);
    writeFile(folder + QLatin1Char('/') + name + QStringLiteral(".mkv"), 6000 + index % 997,
              seedOf(group, index, 0));
    writeFile(folder + QLatin1Char('/') + name + QStringLiteral(".en.srt"), 1500,
              seedOf(group, index, 1));
    writeFile(folder + QStringLiteral("/info.nfo"), 300, seedOf(group, index, 2));
    return makeTorrent(folder, group, index, 16 * 1024);
}

BenchTorrents::Made BenchTorrents::makeFile(const QString &group, int index, qint64 size,
                                            int pieceSize)
{
    const QString path = m_root.filePath(
        QStringLiteral("%1/content/%1-%2.mkv").arg(group).arg(index, 4, 10, QLatin1Char('0')));
    writeFile(path, size, seedOf(group, index, 0));
    Made made = makeTorrent(path, group, index, pieceSize);
    made.size = size;
    return made;
}

BenchTorrents::Made BenchTorrents::makeTorrent(const QString &content, const QString &group,
                                               int index, int pieceSize)
{
    TorrentCreator::Options options;
    options.pieceSize = pieceSize;
    options.withDate = false;
    QString error;
    const QByteArray data = TorrentCreator::create(content, options, &error);
    if (data.isEmpty())
        qFatal("bench_api: cannot make a torrent of %s: %s", qPrintable(content),
               qPrintable(error));
    Made made;
    made.contentPath = content;
    made.contentFolder = QFileInfo(content).absolutePath();
    made.torrentPath = m_root.filePath(
        QStringLiteral("%1/%1-%2.torrent").arg(group).arg(index, 4, 10, QLatin1Char('0')));
    QFile f(made.torrentPath);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("bench_api: cannot write %s", qPrintable(made.torrentPath));
    made.infoHash = TorrentSource::fromTorrentData(data, made.torrentPath).id().v1Hex();
    return made;
}

} // namespace swarmplay::bench
