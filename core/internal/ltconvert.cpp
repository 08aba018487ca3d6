#include "ltconvert.h"

#include <QDir>

#include <libtorrent/bdecode.hpp>
#include <libtorrent/bencode.hpp>
#include <libtorrent/entry.hpp>
#include <libtorrent/error_code.hpp>

namespace swarmplay::lt_convert {

PeerEndpoint toPeerEndpoint(const lt::tcp::endpoint &endpoint)
{
    return {toQString(endpoint.address().to_string()), endpoint.port()};
}

QString toEndpointText(const lt::tcp::endpoint &endpoint)
{
    return toPeerEndpoint(endpoint).toString();
}

TorrentId toTorrentId(const lt::info_hash_t &hashes)
{
    QByteArray v1;
    QByteArray v2;
    if (hashes.has_v1())
        v1 = QByteArray(hashes.v1.data(), static_cast<int>(hashes.v1.size()));
    if (hashes.has_v2())
        v2 = QByteArray(hashes.v2.data(), static_cast<int>(hashes.v2.size()));
    return TorrentId(v1, v2);
}

lt::info_hash_t toInfoHash(const TorrentId &id)
{
    lt::info_hash_t result;
    if (id.hasV1())
        result.v1 = lt::sha1_hash(id.v1().constData());
    if (id.hasV2())
        result.v2 = lt::sha256_hash(id.v2().constData());
    return result;
}

QVector<FileEntry> toFileEntries(const lt::torrent_info &ti)
{
    QVector<FileEntry> files;
    const lt::file_storage &fs = ti.files();
    files.reserve(fs.num_files());
    for (const lt::file_index_t i : fs.file_range()) {
        if (fs.pad_file_at(i))
            continue;
        FileEntry f;
        f.index = static_cast<int>(i);
        f.path = QDir::fromNativeSeparators(toQString(fs.file_path(i)));
        f.size = fs.file_size(i);
        f.offset = fs.file_offset(i);
        f.bytesDone = -1;
        f.kind = mediaKindForPath(f.path);
        f.firstPiece = static_cast<int>(fs.map_file(i, 0, 0).piece);
        f.lastPiece =
            f.size > 0 ? static_cast<int>(fs.map_file(i, f.size - 1, 0).piece) : f.firstPiece;
        files.push_back(f);
    }
    return files;
}

TorrentInfo toTorrentInfo(const lt::torrent_info &ti)
{
    TorrentInfo info;
    info.id = toTorrentId(ti.info_hashes());
    info.name = toQString(ti.name());
    info.pieceLength = ti.piece_length();
    info.pieceCount = ti.num_pieces();
    info.totalSize = ti.total_size();
    info.isPrivate = ti.priv();
    info.v1 = ti.v1();
    info.v2 = ti.v2();
    info.creator = toQString(ti.creator());
    if (ti.creation_date() > 0)
        info.created = QDateTime::fromSecsSinceEpoch(ti.creation_date(), Qt::UTC);
    info.comment = toQString(ti.comment());
    for (const lt::announce_entry &ae : ti.trackers())
        info.trackers.push_back({toQString(ae.url), ae.tier});
    for (const lt::web_seed_entry &ws : ti.web_seeds())
        info.webSeeds.push_back(toQString(ws.url));
    info.files = toFileEntries(ti);
    // A torrent is multi-file when its files live in a folder named after the torrent, even if
    // only one real file is left after removing pad files.
    info.multiFile = ti.files().num_files() > 1 ||
                     (!info.files.isEmpty() && info.files.first().path.contains(QLatin1Char('/')));
    return info;
}

QByteArray torrentFileBytes(const lt::torrent_info &ti)
{
    const auto section = ti.info_section();
    lt::entry e(lt::entry::dictionary_t);
    e["info"] = lt::entry(lt::entry::preformatted_type(section.begin(), section.end()));
    if (!ti.trackers().empty()) {
        e["announce"] = ti.trackers().front().url;
        lt::entry::list_type tiers;
        int currentTier = -1;
        for (const lt::announce_entry &ae : ti.trackers()) {
            if (ae.tier != currentTier) {
                tiers.emplace_back(lt::entry::list_t);
                currentTier = ae.tier;
            }
            tiers.back().list().emplace_back(ae.url);
        }
        e["announce-list"] = tiers;
    }
    if (!ti.web_seeds().empty()) {
        lt::entry::list_type urls;
        for (const lt::web_seed_entry &ws : ti.web_seeds())
            urls.emplace_back(ws.url);
        e["url-list"] = urls;
    }
    if (!ti.comment().empty())
        e["comment"] = ti.comment();
    if (!ti.creator().empty())
        e["created by"] = ti.creator();
    if (ti.creation_date() > 0)
        e["creation date"] = ti.creation_date();
    std::vector<char> out;
    lt::bencode(std::back_inserter(out), e);
    return QByteArray(out.data(), static_cast<int>(out.size()));
}

TorrentFileRead readTorrentFile(const QByteArray &bytes)
{
    // libtorrent's own limits for a .torrent (torrent_info from a buffer) stop at 10 MB and 3
    // million tokens; TorrentSource accepts 64 MiB, and what it accepted must add.
    constexpr int DepthLimit = 100;
    constexpr int TokenLimit = 10000000;
    TorrentFileRead read;
    const lt::bdecode_node node = lt::bdecode({bytes.constData(), bytes.size()}, read.error,
                                              &read.errorPosition, DepthLimit, TokenLimit);
    if (read.error) {
        read.failure = TorrentFileRead::Failure::NotBencoded;
        return read;
    }
    if (node.type() != lt::bdecode_node::dict_t) {
        read.failure = TorrentFileRead::Failure::NotADictionary;
        read.error = lt::errors::torrent_is_no_dict;
        return read;
    }
    auto info = std::make_shared<lt::torrent_info>(node, read.error);
    if (read.error) {
        read.failure = TorrentFileRead::Failure::NotATorrent;
        return read;
    }
    read.info = std::move(info);
    return read;
}

} // namespace swarmplay::lt_convert
