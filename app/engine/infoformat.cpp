#include "infoformat.h"

#include <QJsonArray>
#include <QLocale>

#include "model/units.h"

namespace swarmplay::engine {

QString InfoFormat::table(const TorrentInfo &info)
{
    QString text;
    const auto row = [&text](const QString &label, const QString &value) {
        text += label.leftJustified(14) + value + QLatin1Char('\n');
    };
    const QLocale c = QLocale::c();
    row(tr("Name:"), info.name);
    row(tr("Info hash v1:"), info.id.hasV1() ? info.id.v1Hex() : tr("none (v2-only torrent)"));
    row(tr("Info hash v2:"), info.id.hasV2() ? info.id.v2Hex() : tr("none (v1-only torrent)"));
    row(tr("Pieces:"),
        tr("%1 × %2").arg(c.toString(info.pieceCount), formatBytes(info.pieceLength)));
    row(tr("Total size:"),
        tr("%1 (%2 bytes)").arg(formatBytes(info.totalSize), c.toString(info.totalSize)));
    row(tr("Layout:"), info.multiFile ? tr("multi-file (%n files)", nullptr, int(info.files.size()))
                                      : tr("single file"));
    row(tr("Private:"), info.isPrivate ? tr("yes") : tr("no"));
    if (!info.creator.isEmpty())
        row(tr("Created by:"), info.creator);
    if (info.created.isValid())
        row(tr("Created on:"), info.created.toString(Qt::ISODate));
    if (!info.comment.isEmpty())
        row(tr("Comment:"), info.comment);
    if (info.trackers.isEmpty())
        row(tr("Trackers:"), tr("none (DHT and peer exchange only)"));
    for (int i = 0; i < info.trackers.size(); ++i)
        row(i == 0 ? tr("Trackers:") : QString(),
            tr("tier %1  %2").arg(info.trackers[i].tier).arg(info.trackers[i].url));
    for (int i = 0; i < info.webSeeds.size(); ++i)
        row(i == 0 ? tr("Web seeds:") : QString(), info.webSeeds[i]);

    text += QLatin1Char('\n');
    const QString header = QStringLiteral("%1  %2  %3  %4\n")
                               .arg(tr("#"), 4)
                               .arg(tr("Size"), 11)
                               .arg(tr("Kind").leftJustified(8))
                               .arg(tr("Path"));
    text += header;
    for (const FileEntry &f : info.files) {
        text += QStringLiteral("%1  %2  %3  %4\n")
                    .arg(f.index, 4)
                    .arg(formatBytes(f.size), 11)
                    .arg(mediaKindId(f.kind).leftJustified(8))
                    .arg(f.path);
    }
    return text;
}

QJsonObject InfoFormat::json(const TorrentInfo &info)
{
    QJsonObject o;
    o[QStringLiteral("name")] = info.name;
    o[QStringLiteral("infoHashV1")] = info.id.hasV1() ? QJsonValue(info.id.v1Hex()) : QJsonValue();
    o[QStringLiteral("infoHashV2")] = info.id.hasV2() ? QJsonValue(info.id.v2Hex()) : QJsonValue();
    o[QStringLiteral("pieceLength")] = info.pieceLength;
    o[QStringLiteral("pieceCount")] = info.pieceCount;
    o[QStringLiteral("totalSize")] = info.totalSize;
    o[QStringLiteral("multiFile")] = info.multiFile;
    o[QStringLiteral("private")] = info.isPrivate;
    o[QStringLiteral("v1")] = info.v1;
    o[QStringLiteral("v2")] = info.v2;
    o[QStringLiteral("creator")] = info.creator;
    o[QStringLiteral("created")] =
        info.created.isValid() ? QJsonValue(info.created.toString(Qt::ISODate)) : QJsonValue();
    o[QStringLiteral("comment")] = info.comment;
    QJsonArray trackers;
    for (const TorrentInfo::Tracker &t : info.trackers)
        trackers.push_back(
            QJsonObject{{QStringLiteral("url"), t.url}, {QStringLiteral("tier"), t.tier}});
    o[QStringLiteral("trackers")] = trackers;
    o[QStringLiteral("webSeeds")] = QJsonArray::fromStringList(info.webSeeds);
    QJsonArray files;
    for (const FileEntry &f : info.files) {
        files.push_back(QJsonObject{{QStringLiteral("index"), f.index},
                                    {QStringLiteral("path"), f.path},
                                    {QStringLiteral("size"), f.size},
                                    {QStringLiteral("offset"), f.offset},
                                    {QStringLiteral("kind"), mediaKindId(f.kind)},
                                    {QStringLiteral("firstPiece"), f.firstPiece},
                                    {QStringLiteral("lastPiece"), f.lastPiece}});
    }
    o[QStringLiteral("files")] = files;
    return o;
}

} // namespace swarmplay::engine
