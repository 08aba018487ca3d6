#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include "addoptions.h"

namespace swarmplay {

// How a torrent was added, as kept beside its resume data in <key>.json: what libtorrent's resume
// data does not say (where it came from, the file choice as the user made it) or may lose (the
// trackers, which resume data saved while trackers were off does not have). The file's schema is
// fixed: {"name", "source", "savePath", "files": "all"|"none"|"listed", "wanted": [index...],
// "priorities": {"index": 0-7...}, "headStart": false, "paused", "trackers": [{"url", "tier"}...]};
// files written by earlier versions load unchanged.
struct TorrentMeta
{
    struct Tracker
    {
        QString url;
        int tier = 0;
    };

    QString name;
    QString source; // magnet or where the .torrent came from
    QString savePath;
    AddOptions::Files files = AddOptions::Files::All;
    QVector<int> wanted;
    QHash<int, int> priorities; // chosen files whose priority is not the default
    bool headStart = true;      // see AddOptions::headStart
    bool paused = false;
    QVector<Tracker> trackers;

    QJsonObject toJson() const;
    // Fields missing from the file take these (an unreadable file is an empty object).
    static TorrentMeta fromJson(const QJsonObject &json, const QString &defaultName,
                                const QString &defaultSavePath);

    // The choice as AddOptions say it, to add the torrent again.
    AddOptions addOptions() const;
};

} // namespace swarmplay
