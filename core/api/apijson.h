#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include "../model/fileentry.h"
#include "../model/peerentry.h"
#include "../model/sessionstats.h"
#include "../model/torrentinfo.h"
#include "../model/torrentsnapshot.h"
#include "../model/trackerentry.h"

namespace swarmplay {

// The control API's JSON shapes, in one place so that answers and events describe a torrent the
// same way. Names are snake_case; sizes and rates are bytes and bytes/s; unknown numbers are null.
namespace ApiJson {

QJsonObject torrent(const TorrentSnapshot &snapshot);
// The metadata part of a torrent (without the files; see file()).
QJsonObject metadata(const TorrentInfo &info);
// `streamUrl` empty: the field is null (no stream server, or the file is unknown).
QJsonObject file(const FileEntry &file, const QString &streamUrl);
QJsonObject peer(const PeerEntry &peer);
QJsonObject tracker(const TrackerEntry &tracker);
QJsonObject stats(const SessionStats &stats);

// {"error": {"code": code, "message": message}}
QJsonObject error(const QString &code, const QString &message);
QByteArray compact(const QJsonObject &object);
QByteArray compact(const QJsonArray &array);

} // namespace ApiJson

} // namespace swarmplay
