#include "torrentstate.h"

#include <QCoreApplication>

namespace swarmplay {

QString torrentStateId(TorrentState state)
{
    switch (state) {
    case TorrentState::Checking:
        return QStringLiteral("checking");
    case TorrentState::FetchingMetadata:
        return QStringLiteral("fetching-metadata");
    case TorrentState::Downloading:
        return QStringLiteral("downloading");
    case TorrentState::Finished:
        return QStringLiteral("finished");
    case TorrentState::Seeding:
        return QStringLiteral("seeding");
    case TorrentState::Paused:
        return QStringLiteral("paused");
    case TorrentState::CannotWrite:
        return QStringLiteral("cannot-write");
    case TorrentState::Error:
        break;
    }
    return QStringLiteral("error");
}

QString torrentStateName(TorrentState state)
{
    switch (state) {
    case TorrentState::Checking:
        return QCoreApplication::translate("TorrentState", "Checking");
    case TorrentState::FetchingMetadata:
        return QCoreApplication::translate("TorrentState", "Fetching metadata");
    case TorrentState::Downloading:
        return QCoreApplication::translate("TorrentState", "Downloading");
    case TorrentState::Finished:
        return QCoreApplication::translate("TorrentState", "Finished");
    case TorrentState::Seeding:
        return QCoreApplication::translate("TorrentState", "Seeding");
    case TorrentState::Paused:
        return QCoreApplication::translate("TorrentState", "Paused");
    case TorrentState::CannotWrite:
        return QCoreApplication::translate("TorrentState", "Cannot write");
    case TorrentState::Error:
        break;
    }
    return QCoreApplication::translate("TorrentState", "Error");
}

} // namespace swarmplay
