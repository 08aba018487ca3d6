#include "remoteformat.h"

#include "model/units.h"

namespace swarmplay::engine {

namespace {

QString percent(double fraction)
{
    return QStringLiteral("%1%").arg(fraction * 100.0, 0, 'f', 1);
}

} // namespace

QString RemoteFormat::torrents(const QJsonArray &torrents)
{
    if (torrents.isEmpty())
        return tr("No torrents.") + QLatin1Char('\n');
    QString text = QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                       .arg(tr("Info hash").leftJustified(40))
                       .arg(tr("State").leftJustified(17))
                       .arg(tr("Done"), 6)
                       .arg(tr("Down"), 11)
                       .arg(tr("Up"), 11)
                       .arg(tr("Peers"), 5)
                       .arg(tr("Name"));
    for (const QJsonValue &value : torrents) {
        const QJsonObject t = value.toObject();
        text += QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                    .arg(t[QStringLiteral("info_hash")].toString().leftJustified(40))
                    .arg(t[QStringLiteral("state")].toString().leftJustified(17))
                    .arg(percent(t[QStringLiteral("progress")].toDouble()), 6)
                    .arg(formatRate(t[QStringLiteral("download_rate")].toInteger()), 11)
                    .arg(formatRate(t[QStringLiteral("upload_rate")].toInteger()), 11)
                    .arg(t[QStringLiteral("peers")].toInt(), 5)
                    .arg(t[QStringLiteral("name")].toString());
    }
    return text;
}

QString RemoteFormat::files(const QJsonArray &files)
{
    if (files.isEmpty())
        return tr("No files yet: the torrent's metadata has not arrived.") + QLatin1Char('\n');
    QString text = QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                       .arg(tr("#"), 4)
                       .arg(tr("Kind").leftJustified(8))
                       .arg(tr("Size"), 11)
                       .arg(tr("Done"), 6)
                       .arg(tr("Chosen").leftJustified(6))
                       .arg(tr("Path"));
    for (const QJsonValue &value : files) {
        const QJsonObject f = value.toObject();
        const QJsonValue progress = f[QStringLiteral("progress")];
        text +=
            QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                .arg(f[QStringLiteral("index")].toInt(), 4)
                .arg(f[QStringLiteral("kind")].toString().leftJustified(8))
                .arg(formatBytes(f[QStringLiteral("size")].toInteger()), 11)
                .arg(progress.isNull() ? QStringLiteral("–") : percent(progress.toDouble()), 6)
                .arg((f[QStringLiteral("wanted")].toBool() ? tr("yes") : tr("no")).leftJustified(6))
                .arg(f[QStringLiteral("path")].toString());
    }
    return text;
}

QString RemoteFormat::buffer(const QJsonObject &stream)
{
    const QString state = stream[QStringLiteral("state")].toString();
    if (state == QLatin1String("metadata"))
        return tr("waiting for the torrent's metadata");
    const QJsonValue eta = stream[QStringLiteral("eta")];
    return tr("%1: %2 of %3 ready, %4 to go")
        .arg(state, formatBytes(stream[QStringLiteral("bytes_ready")].toInteger()),
             formatBytes(stream[QStringLiteral("bytes_needed")].toInteger()),
             formatDuration(eta.isNull() ? -1 : eta.toInteger()));
}

} // namespace swarmplay::engine
