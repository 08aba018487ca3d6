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
#include "../session/sessionsettings.h"

class QBitArray;

namespace swarmplay {

struct ApiStreamStatus;

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
// The engine: its version, the stats, how many torrents and the torrents' revision.
QJsonObject session(const SessionStats &stats, int torrentCount, qint64 revision);
// Every setting, the live ones and those read at start-up, flat.
QJsonObject settings(const SessionSettings &settings);
// Which pieces are there (`have`: one bit per piece; empty without metadata), as a BitTorrent
// bitfield in base64, and each file's piece range.
QJsonObject pieces(const TorrentInfo &info, const QBitArray &have);
QJsonObject stream(const ApiStreamStatus &stream);
// "skip", "low", "normal" or "high" for a file's priority (FileEntry::priority).
QString priorityId(int priority);

// {"error": {"code": code, "message": message}}, and "field" when one is named.
QJsonObject error(const QString &code, const QString &message, const QString &field = {});
QByteArray compact(const QJsonObject &object);
QByteArray compact(const QJsonArray &array);

} // namespace ApiJson

} // namespace swarmplay
