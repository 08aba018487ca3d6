#pragma once

// The one border where libtorrent types become Swarmplay values. Internal to swarmplay_core:
// never include this from a public header.

#include <memory>
#include <string>

#include <QByteArray>
#include <QString>

#include <libtorrent/info_hash.hpp>
#include <libtorrent/socket.hpp>
#include <libtorrent/torrent_info.hpp>

#include "../model/fileentry.h"
#include "../model/peerendpoint.h"
#include "../model/torrentid.h"
#include "../model/torrentinfo.h"

namespace swarmplay::lt_convert {

inline QString toQString(const std::string &s)
{
    return QString::fromStdString(s);
}

inline std::string toStd(const QString &s)
{
    return s.toStdString();
}

PeerEndpoint toPeerEndpoint(const lt::tcp::endpoint &endpoint);
// "1.2.3.4:6881" or "[::1]:6881" (PeerEndpoint::toString()).
QString toEndpointText(const lt::tcp::endpoint &endpoint);

TorrentId toTorrentId(const lt::info_hash_t &hashes);
lt::info_hash_t toInfoHash(const TorrentId &id);

// Files of a torrent, pad files left out; bytesDone is -1 and wanted true.
QVector<FileEntry> toFileEntries(const lt::torrent_info &ti);
TorrentInfo toTorrentInfo(const lt::torrent_info &ti);

// Bytes of a complete .torrent file rebuilt from the metadata (info dict plus trackers).
QByteArray torrentFileBytes(const lt::torrent_info &ti);

// A .torrent file's bytes read as metadata, or why they are not a torrent.
struct TorrentFileRead
{
    enum class Failure
    {
        None,
        NotBencoded,
        NotADictionary,
        NotATorrent, // bencoded, but not a valid torrent
    };

    std::shared_ptr<lt::torrent_info> info; // set when failure is None
    Failure failure = Failure::None;
    lt::error_code error;  // libtorrent's reason
    int errorPosition = 0; // the byte where the bencoding went wrong (NotBencoded)
};

// Reads files as large as TorrentSource accepts: the one way the engine parses a .torrent.
TorrentFileRead readTorrentFile(const QByteArray &bytes);

} // namespace swarmplay::lt_convert
