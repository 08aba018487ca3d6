#include "waitreason.h"

#include <QCoreApplication>

#include "streamview.h"

namespace swarmplay {

QString waitReason(const TorrentSnapshot &torrent, int sources)
{
    switch (torrent.state) {
    case TorrentState::Paused:
        return QCoreApplication::translate("WaitReason",
                                           "The torrent is paused: resume it to go on.");
    case TorrentState::CannotWrite:
    case TorrentState::Error:
        return torrent.errorMessage;
    case TorrentState::Checking:
        return QCoreApplication::translate("WaitReason", "Checking the files already on disk…");
    case TorrentState::FetchingMetadata:
        return {};
    default:
        break;
    }
    if (torrent.peersConnected == 0)
        return QCoreApplication::translate("WaitReason",
                                           "No peer is connected: waiting for one to come back.");
    if (sources == 0)
        return QCoreApplication::translate(
            "WaitReason", "No connected peer has the next part: waiting for one that has it.");
    return {};
}

QString waitReason(const TorrentSnapshot &torrent, const StreamView &streams, int fileIndex)
{
    const QString key = torrent.id.key();
    for (const StreamView::Reader &r : streams.readersOf(key, fileIndex)) {
        if (r.waiting && r.position >= 0)
            return waitReason(torrent, streams.sourcesAt(key, fileIndex, r.position));
    }
    return {};
}

} // namespace swarmplay
