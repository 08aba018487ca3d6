#pragma once

// What swarmplay_statewriter writes as resume data, and how a checker knows a whole version:
// a header with the generation, a payload that follows from it, and the payload's SHA-256.

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QString>

namespace swarmplay::chaos {

inline constexpr int TorrentCount = 3;

inline QString torrentKey(int t)
{
    return QString(40, QLatin1Char('a' + t));
}

inline QString torrentName(int t)
{
    return QStringLiteral("Film %1").arg(t);
}

inline QByteArray resumeBlob(qint64 generation, int torrent)
{
    QRandomGenerator rng(quint32(generation * 7 + torrent));
    QByteArray payload(48 * 1024 + int(generation % 4096), 0);
    rng.fillRange(reinterpret_cast<quint32 *>(payload.data()), payload.size() / 4);
    return "SPRESUME " + QByteArray::number(generation) + ' ' + QByteArray::number(torrent) + '\n' +
           payload + QCryptographicHash::hash(payload, QCryptographicHash::Sha256);
}

// The generation of a whole blob of that torrent; -1 for a torn or foreign one.
inline qint64 blobGeneration(const QByteArray &blob, int torrent)
{
    const int newline = blob.indexOf('\n');
    if (!blob.startsWith("SPRESUME ") || newline < 0)
        return -1;
    const QList<QByteArray> head = blob.left(newline).split(' ');
    bool ok = false;
    const qint64 generation = head.value(1).toLongLong(&ok);
    if (!ok || head.value(2).toInt() != torrent)
        return -1;
    return blob == resumeBlob(generation, torrent) ? generation : -1;
}

} // namespace swarmplay::chaos
