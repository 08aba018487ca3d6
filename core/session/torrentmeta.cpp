#include "torrentmeta.h"

#include <algorithm>

#include <QJsonArray>

namespace swarmplay {

namespace {

QString filesModeId(AddOptions::Files mode)
{
    switch (mode) {
    case AddOptions::Files::None:
        return QStringLiteral("none");
    case AddOptions::Files::Listed:
        return QStringLiteral("listed");
    case AddOptions::Files::All:
        break;
    }
    return QStringLiteral("all");
}

AddOptions::Files filesModeFromId(const QString &id)
{
    if (id == QLatin1String("none"))
        return AddOptions::Files::None;
    if (id == QLatin1String("listed"))
        return AddOptions::Files::Listed;
    return AddOptions::Files::All;
}

} // namespace

QJsonObject TorrentMeta::toJson() const
{
    QJsonObject json;
    json[QStringLiteral("name")] = name;
    json[QStringLiteral("source")] = source;
    json[QStringLiteral("savePath")] = savePath;
    json[QStringLiteral("files")] = filesModeId(files);
    QJsonArray wantedJson;
    for (const int i : wanted)
        wantedJson.push_back(i);
    json[QStringLiteral("wanted")] = wantedJson;
    // Only when set, so a torrent nobody gave priorities keeps the file b72cdd2 wrote.
    if (!priorities.isEmpty()) {
        QJsonObject prioritiesJson;
        for (auto it = priorities.cbegin(); it != priorities.cend(); ++it)
            prioritiesJson[QString::number(it.key())] = it.value();
        json[QStringLiteral("priorities")] = prioritiesJson;
    }
    if (!headStart)
        json[QStringLiteral("headStart")] = false;
    json[QStringLiteral("paused")] = paused;
    QJsonArray trackersJson;
    for (const Tracker &t : trackers)
        trackersJson.push_back(
            QJsonObject{{QStringLiteral("url"), t.url}, {QStringLiteral("tier"), t.tier}});
    json[QStringLiteral("trackers")] = trackersJson;
    return json;
}

TorrentMeta TorrentMeta::fromJson(const QJsonObject &json, const QString &defaultName,
                                  const QString &defaultSavePath)
{
    TorrentMeta meta;
    meta.name = json.value(QStringLiteral("name")).toString(defaultName);
    meta.source = json.value(QStringLiteral("source")).toString();
    meta.savePath = json.value(QStringLiteral("savePath")).toString(defaultSavePath);
    meta.files = filesModeFromId(json.value(QStringLiteral("files")).toString());
    for (const QJsonValue v : json.value(QStringLiteral("wanted")).toArray())
        meta.wanted.push_back(v.toInt());
    const QJsonObject priorities = json.value(QStringLiteral("priorities")).toObject();
    for (auto it = priorities.constBegin(); it != priorities.constEnd(); ++it) {
        bool ok = false;
        const int index = it.key().toInt(&ok);
        if (ok && index >= 0)
            meta.priorities.insert(index, std::clamp(it.value().toInt(4), 0, 7));
    }
    meta.headStart = json.value(QStringLiteral("headStart")).toBool(true);
    meta.paused = json.value(QStringLiteral("paused")).toBool();
    for (const QJsonValue v : json.value(QStringLiteral("trackers")).toArray()) {
        const QJsonObject t = v.toObject();
        meta.trackers.push_back(
            {t.value(QStringLiteral("url")).toString(), t.value(QStringLiteral("tier")).toInt()});
    }
    return meta;
}

AddOptions TorrentMeta::addOptions() const
{
    AddOptions options;
    options.files = files;
    options.wantedFiles = wanted;
    options.headStart = headStart;
    options.paused = paused;
    return options;
}

} // namespace swarmplay
