#pragma once

#include <QMetaType>
#include <QString>

namespace swarmplay {

// A tracker of a torrent and what it last said.
struct TrackerEntry
{
    enum class Status
    {
        NotContacted,
        Updating,
        Working,
        Error,
    };

    QString url;
    int tier = 0;
    Status status = Status::NotContacted;
    QString message; // last error or tracker message
    int seeds = -1;  // from the last scrape/announce, -1 unknown
    int peers = -1;
    qint64 nextAnnounceSeconds = -1; // -1 unknown

    static QString statusId(Status status);
    static QString statusName(Status status);
};

} // namespace swarmplay

Q_DECLARE_METATYPE(swarmplay::TrackerEntry)
