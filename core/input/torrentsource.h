#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVector>

#include "../model/peerendpoint.h"
#include "../model/torrentid.h"
#include "../model/torrentinfo.h"
#include "sourceerror.h"

namespace swarmplay {

// Something the user gave to open a torrent — a .torrent path, a magnet: URI, a bare info hash or
// an http(s) URL — parsed and checked, or the reason it cannot be opened.
//
// Parsing reads local files but never the network: an http(s) source stays Kind::Url until
// TorrentFetcher has downloaded it and fromTorrentData() has checked what came back.
class TorrentSource
{
    Q_DECLARE_TR_FUNCTIONS(TorrentSource)

public:
    enum class Kind
    {
        Invalid,
        TorrentFile, // metadata at hand (a local file, or bytes fetched from a URL)
        Magnet,      // a magnet link or a bare info hash
        Url,         // an http(s) URL still to be fetched
    };

    static constexpr qint64 MaxTorrentFileSize = 64 * 1024 * 1024;

    TorrentSource() = default;

    static TorrentSource parse(const QString &text);
    // Checks bytes that claim to be a .torrent. fromUrl says they came from a server, which
    // turns "not bencoded" into "the server did not send a torrent".
    static TorrentSource fromTorrentData(const QByteArray &data, const QString &origin,
                                         bool fromUrl = false);
    static TorrentSource failure(SourceError::Code code, const QString &message,
                                 const QString &text = {});

    bool isValid() const { return m_kind != Kind::Invalid; }
    Kind kind() const { return m_kind; }
    const SourceError &error() const { return m_error; }
    QString text() const { return m_text; } // what the user gave

    TorrentId id() const { return m_id; }   // known unless kind() is Url
    QString name() const { return m_name; } // torrent name or magnet dn, may be empty
    QByteArray torrentData() const { return m_torrentData; }
    QString magnetUri() const { return m_magnet; }
    QUrl url() const { return m_url; }
    QStringList trackers() const { return m_trackers; }
    QStringList webSeeds() const { return m_webSeeds; }
    QVector<PeerEndpoint> peers() const { return m_peers; } // a magnet's x.pe
    const TorrentInfo &info() const { return m_info; }      // valid for Kind::TorrentFile

private:
    static TorrentSource parseMagnet(const QString &text);
    static TorrentSource parseFile(const QString &text, const QString &path);
    static TorrentSource parseInfoHash(const QString &text, const QString &hex);

    Kind m_kind = Kind::Invalid;
    SourceError m_error;
    QString m_text;
    TorrentId m_id;
    QString m_name;
    QByteArray m_torrentData;
    QString m_magnet;
    QUrl m_url;
    QStringList m_trackers;
    QStringList m_webSeeds;
    QVector<PeerEndpoint> m_peers;
    TorrentInfo m_info;
};

} // namespace swarmplay

Q_DECLARE_METATYPE(swarmplay::TorrentSource)
