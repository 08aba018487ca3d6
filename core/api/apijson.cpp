#include "apijson.h"

#include <QJsonDocument>

#include "../model/mediakind.h"
#include "../model/torrentstate.h"

namespace swarmplay {

namespace {

// -1 means unknown in the model; the API says null.
QJsonValue known(qint64 value)
{
    return value < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue hexOrNull(const QString &hex)
{
    return hex.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(hex);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject ApiJson::torrent(const TorrentSnapshot &s)
{
    return QJsonObject{
        {QStringLiteral("info_hash"), s.id.key()},
        {QStringLiteral("info_hash_v1"), hexOrNull(s.id.v1Hex())},
        {QStringLiteral("info_hash_v2"), hexOrNull(s.id.v2Hex())},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("state"), torrentStateId(s.state)},
        {QStringLiteral("error"), textOrNull(s.errorMessage)},
        {QStringLiteral("has_metadata"), s.hasMetadata},
        {QStringLiteral("progress"), s.progress},
        {QStringLiteral("wanted_bytes"), s.wantedBytes},
        {QStringLiteral("wanted_done"), s.wantedDone},
        {QStringLiteral("total_bytes"), s.totalBytes},
        {QStringLiteral("total_done"), s.totalDone},
        {QStringLiteral("download_rate"), s.downloadRate},
        {QStringLiteral("upload_rate"), s.uploadRate},
        {QStringLiteral("downloaded"), s.totalDownloaded},
        {QStringLiteral("uploaded"), s.totalUploaded},
        {QStringLiteral("peers"), s.peersConnected},
        {QStringLiteral("seeds"), s.seedsConnected},
        {QStringLiteral("peers_in_swarm"), known(s.peersInSwarm)},
        {QStringLiteral("seeds_in_swarm"), known(s.seedsInSwarm)},
        {QStringLiteral("eta"), known(s.etaSeconds)},
        {QStringLiteral("save_path"), s.savePath},
    };
}

QJsonObject ApiJson::metadata(const TorrentInfo &info)
{
    QJsonArray trackers;
    for (const auto &t : info.trackers)
        trackers.append(
            QJsonObject{{QStringLiteral("url"), t.url}, {QStringLiteral("tier"), t.tier}});
    return QJsonObject{
        {QStringLiteral("info_hash"), info.id.key()},
        {QStringLiteral("name"), info.name},
        {QStringLiteral("piece_length"), info.pieceLength},
        {QStringLiteral("piece_count"), info.pieceCount},
        {QStringLiteral("total_bytes"), info.totalSize},
        {QStringLiteral("file_count"), int(info.files.size())},
        {QStringLiteral("private"), info.isPrivate},
        {QStringLiteral("v1"), info.v1},
        {QStringLiteral("v2"), info.v2},
        {QStringLiteral("creator"), textOrNull(info.creator)},
        {QStringLiteral("created"), info.created.isValid()
                                        ? QJsonValue(info.created.toUTC().toString(Qt::ISODate))
                                        : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("comment"), textOrNull(info.comment)},
        {QStringLiteral("trackers"), trackers},
        {QStringLiteral("web_seeds"), QJsonArray::fromStringList(info.webSeeds)},
    };
}

QJsonObject ApiJson::file(const FileEntry &f, const QString &streamUrl)
{
    const double progress =
        f.bytesDone < 0 ? -1.0 : (f.size > 0 ? double(f.bytesDone) / double(f.size) : 1.0);
    return QJsonObject{
        {QStringLiteral("index"), f.index},
        {QStringLiteral("path"), f.path},
        {QStringLiteral("size"), f.size},
        {QStringLiteral("kind"), mediaKindId(f.kind)},
        {QStringLiteral("bytes_done"), known(f.bytesDone)},
        {QStringLiteral("progress"),
         progress < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(progress)},
        {QStringLiteral("wanted"), f.wanted},
        {QStringLiteral("first_piece"), f.firstPiece},
        {QStringLiteral("last_piece"), f.lastPiece},
        {QStringLiteral("stream_url"), textOrNull(streamUrl)},
    };
}

QJsonObject ApiJson::peer(const PeerEntry &p)
{
    return QJsonObject{
        {QStringLiteral("address"), p.address},
        {QStringLiteral("port"), int(p.port)},
        {QStringLiteral("client"), p.client},
        {QStringLiteral("flags"), p.flags},
        {QStringLiteral("download_rate"), p.downloadRate},
        {QStringLiteral("upload_rate"), p.uploadRate},
        {QStringLiteral("downloaded"), p.totalDownloaded},
        {QStringLiteral("uploaded"), p.totalUploaded},
        {QStringLiteral("progress"), p.progress},
        {QStringLiteral("utp"), p.utp},
        {QStringLiteral("encrypted"), p.encrypted},
        {QStringLiteral("seed"), p.seed},
        {QStringLiteral("incoming"), p.incoming},
    };
}

QJsonObject ApiJson::tracker(const TrackerEntry &t)
{
    return QJsonObject{
        {QStringLiteral("url"), t.url},
        {QStringLiteral("tier"), t.tier},
        {QStringLiteral("status"), TrackerEntry::statusId(t.status)},
        {QStringLiteral("message"), textOrNull(t.message)},
        {QStringLiteral("seeds"), known(t.seeds)},
        {QStringLiteral("peers"), known(t.peers)},
        {QStringLiteral("next_announce"), known(t.nextAnnounceSeconds)},
    };
}

QJsonObject ApiJson::stats(const SessionStats &s)
{
    return QJsonObject{
        {QStringLiteral("download_rate"), s.downloadRate},
        {QStringLiteral("upload_rate"), s.uploadRate},
        {QStringLiteral("downloaded"), s.totalDownloaded},
        {QStringLiteral("uploaded"), s.totalUploaded},
        {QStringLiteral("peers"), s.peersConnected},
        {QStringLiteral("dht_enabled"), s.dhtEnabled},
        {QStringLiteral("dht_nodes"), s.dhtNodes},
        {QStringLiteral("listening"), s.listening},
        {QStringLiteral("listen_port"), s.listenPort},
        {QStringLiteral("listen_endpoints"), QJsonArray::fromStringList(s.listenEndpoints)},
        {QStringLiteral("listen_error"), textOrNull(s.listenError)},
    };
}

QJsonObject ApiJson::error(const QString &code, const QString &message)
{
    return QJsonObject{
        {QStringLiteral("error"),
         QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}};
}

QByteArray ApiJson::compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray ApiJson::compact(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

} // namespace swarmplay
