#include "apijson.h"

#include <QBitArray>
#include <QCoreApplication>
#include <QJsonDocument>

#include "../model/mediakind.h"
#include "../model/torrentstate.h"
#include "apistream.h"

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
        {QStringLiteral("priority"), priorityId(f.wanted ? f.priority : 0)},
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

QJsonObject ApiJson::session(const SessionStats &stats, int torrentCount, qint64 revision)
{
    QJsonObject o = ApiJson::stats(stats);
    o.insert(QStringLiteral("version"), QCoreApplication::applicationVersion());
    o.insert(QStringLiteral("torrents"), torrentCount);
    o.insert(QStringLiteral("revision"), revision);
    return o;
}

namespace {

QString encryptionId(SessionLiveSettings::Encryption e)
{
    switch (e) {
    case SessionLiveSettings::Encryption::Required:
        return QStringLiteral("required");
    case SessionLiveSettings::Encryption::Disabled:
        return QStringLiteral("disabled");
    case SessionLiveSettings::Encryption::Enabled:
        break;
    }
    return QStringLiteral("enabled");
}

} // namespace

QJsonObject ApiJson::settings(const SessionSettings &s)
{
    return QJsonObject{
        // Live: PATCH /api/v1/settings changes them.
        {QStringLiteral("download_dir"), s.downloadDir},
        {QStringLiteral("listen_interfaces"), s.listenInterfaces},
        {QStringLiteral("outgoing_interface"), s.outgoingInterface},
        {QStringLiteral("dht"), s.dht},
        {QStringLiteral("lsd"), s.lsd},
        {QStringLiteral("pex"), s.pex},
        {QStringLiteral("utp"), s.utp},
        {QStringLiteral("outgoing_utp"), s.outgoingUtp},
        {QStringLiteral("tcp"), s.tcp},
        {QStringLiteral("upnp"), s.upnp},
        {QStringLiteral("natpmp"), s.natpmp},
        {QStringLiteral("trackers"), s.trackers},
        {QStringLiteral("encryption"), encryptionId(s.encryption)},
        {QStringLiteral("dht_bootstrap_nodes"), QJsonArray::fromStringList(s.dhtBootstrapNodes)},
        {QStringLiteral("dht_restrict_routing_ips"), s.dhtRestrictRoutingIps},
        {QStringLiteral("download_rate_limit"), s.downloadRateLimit},
        {QStringLiteral("upload_rate_limit"), s.uploadRateLimit},
        {QStringLiteral("rate_limit_local_peers"), s.rateLimitLocalPeers},
        {QStringLiteral("allow_multiple_connections_per_ip"), s.allowMultipleConnectionsPerIp},
        {QStringLiteral("block_reads"), s.blockReads},
        {QStringLiteral("http_block_reads"), s.httpBlockReads},
        {QStringLiteral("connections_limit"), s.connectionsLimit},
        // Start-up: read once when the engine starts.
        {QStringLiteral("state_dir"), s.stateDir},
        {QStringLiteral("resume_save_interval_ms"), s.resumeSaveIntervalMs},
        {QStringLiteral("status_interval_ms"), s.statusIntervalMs},
        {QStringLiteral("streaming_status_interval_ms"), s.streamingStatusIntervalMs},
        {QStringLiteral("shutdown_deadline_ms"), s.shutdownDeadlineMs},
        {QStringLiteral("restore_torrents"), s.restoreTorrents},
    };
}

QJsonObject ApiJson::pieces(const TorrentInfo &info, const QBitArray &have)
{
    // BitTorrent's order: the high bit of the first byte is piece 0.
    QByteArray bits((have.size() + 7) / 8, '\0');
    int count = 0;
    for (int p = 0; p < have.size(); ++p) {
        if (!have.testBit(p))
            continue;
        bits[p / 8] = char(uchar(bits[p / 8]) | (0x80 >> (p % 8)));
        ++count;
    }
    QJsonArray files;
    for (const FileEntry &f : info.files)
        files.append(QJsonObject{{QStringLiteral("index"), f.index},
                                 {QStringLiteral("first_piece"), f.firstPiece},
                                 {QStringLiteral("last_piece"), f.lastPiece}});
    return QJsonObject{
        {QStringLiteral("info_hash"), info.id.key()},
        {QStringLiteral("has_metadata"), info.isValid()},
        {QStringLiteral("piece_length"), info.pieceLength},
        {QStringLiteral("piece_count"), info.pieceCount},
        {QStringLiteral("have_count"), count},
        {QStringLiteral("bitfield"), QString::fromLatin1(bits.toBase64())},
        {QStringLiteral("files"), files},
    };
}

QJsonObject ApiJson::stream(const ApiStreamStatus &s)
{
    QJsonValue error(QJsonValue::Null);
    if (!s.errorCode.isEmpty())
        error = QJsonObject{{QStringLiteral("code"), s.errorCode},
                            {QStringLiteral("message"), s.errorMessage}};
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("info_hash"), s.torrentKey},
        {QStringLiteral("file"), s.fileIndex},
        {QStringLiteral("offset"), s.offset},
        {QStringLiteral("prebuffer_bytes"), s.prebufferBytes},
        {QStringLiteral("stream_url"), textOrNull(s.streamUrl)},
        {QStringLiteral("playlist_url"), textOrNull(s.playlistUrl)},
        {QStringLiteral("state"), ApiStreamStatus::stateId(s.state)},
        {QStringLiteral("bytes_ready"), s.bytesReady},
        {QStringLiteral("bytes_needed"), s.bytesNeeded},
        {QStringLiteral("eta"), known(s.etaSeconds)},
        {QStringLiteral("error"), error},
    };
}

QString ApiJson::priorityId(int priority)
{
    if (priority <= 0)
        return QStringLiteral("skip");
    if (priority < 4)
        return QStringLiteral("low");
    if (priority < 6)
        return QStringLiteral("normal");
    return QStringLiteral("high");
}

QJsonObject ApiJson::error(const QString &code, const QString &message, const QString &field)
{
    QJsonObject e{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!field.isEmpty())
        e.insert(QStringLiteral("field"), field);
    return QJsonObject{{QStringLiteral("error"), e}};
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
