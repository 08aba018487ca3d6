#include "remoteformat.h"

#include "model/units.h"

namespace swarmplay::engine {

namespace {

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) ||
           (c >= 0x2066 && c <= 0x2069);
}

QString escaped(const QString &text, bool json)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!isControl(u))
            out += c;
        else if (u <= 0xff && !json)
            out += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
    }
    return out;
}

QString field(const QJsonObject &object, const char *key)
{
    return RemoteFormat::printable(object[QLatin1String(key)].toString());
}

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
                    .arg(field(t, "info_hash").leftJustified(40))
                    .arg(field(t, "state").leftJustified(17))
                    .arg(percent(t[QStringLiteral("progress")].toDouble()), 6)
                    .arg(formatRate(t[QStringLiteral("download_rate")].toInteger()), 11)
                    .arg(formatRate(t[QStringLiteral("upload_rate")].toInteger()), 11)
                    .arg(t[QStringLiteral("peers")].toInt(), 5)
                    .arg(field(t, "name"));
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
                .arg(field(f, "kind").leftJustified(8))
                .arg(formatBytes(f[QStringLiteral("size")].toInteger()), 11)
                .arg(progress.isNull() ? QStringLiteral("–") : percent(progress.toDouble()), 6)
                .arg((f[QStringLiteral("wanted")].toBool() ? tr("yes") : tr("no")).leftJustified(6))
                .arg(field(f, "path"));
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
        .arg(printable(state), formatBytes(stream[QStringLiteral("bytes_ready")].toInteger()),
             formatBytes(stream[QStringLiteral("bytes_needed")].toInteger()),
             formatDuration(eta.isNull() ? -1 : eta.toInteger()));
}

QString RemoteFormat::printable(const QString &text)
{
    return escaped(text, false);
}

QString RemoteFormat::printableJson(const QString &json)
{
    return escaped(json, true);
}

} // namespace swarmplay::engine
