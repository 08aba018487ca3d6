#include "torrentsource.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrlQuery>

#include <libtorrent/torrent_info.hpp>

#include "../internal/ltconvert.h"
#include "../internal/magneturi.h"

namespace swarmplay {

using lt_convert::toQString;

namespace {

bool isHex(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-fA-F]+$"));
    return re.match(s).hasMatch();
}

bool isBase32(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z2-7]+$"));
    return re.match(s).hasMatch();
}

// Checks one xt value; returns an empty string when it names a BitTorrent info hash,
// else why not.
QString checkExactTopic(const QString &xt)
{
    const QString lower = xt.toLower();
    if (lower.startsWith(QLatin1String("urn:btih:"))) {
        const QString hash = xt.mid(9);
        if ((hash.size() == 40 && isHex(hash)) || (hash.size() == 32 && isBase32(hash)))
            return {};
        return TorrentSource::tr("its info hash \"%1\" is not 40 hexadecimal or 32 base32 "
                                 "characters long")
            .arg(hash);
    }
    if (lower.startsWith(QLatin1String("urn:btmh:"))) {
        const QString hash = xt.mid(9);
        // A multihash: 0x12 (SHA-256), 0x20 (32 bytes), then the digest.
        if (hash.size() == 68 && hash.startsWith(QLatin1String("1220")) && isHex(hash))
            return {};
        return TorrentSource::tr("its v2 info hash \"%1\" is not a SHA-256 multihash "
                                 "(\"1220\" followed by 64 hexadecimal characters)")
            .arg(hash);
    }
    return TorrentSource::tr("\"%1\" is not a BitTorrent info hash (it should start with "
                             "urn:btih: or urn:btmh:)")
        .arg(xt);
}

} // namespace

TorrentSource TorrentSource::failure(SourceError::Code code, const QString &message,
                                     const QString &text)
{
    TorrentSource s;
    s.m_error = {code, message};
    s.m_text = text;
    return s;
}

TorrentSource TorrentSource::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return failure(SourceError::Code::EmptyInput,
                       tr("Nothing to open: give a .torrent file, a magnet link, an info hash or "
                          "a web address of a .torrent file."));

    if (text.startsWith(QLatin1String("magnet:"), Qt::CaseInsensitive))
        return parseMagnet(text);

    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))) {
        if (url.host().isEmpty())
            return failure(SourceError::Code::UrlUnreachable,
                           tr("The web address \"%1\" has no host name.").arg(text), text);
        TorrentSource s;
        s.m_kind = Kind::Url;
        s.m_text = text;
        s.m_url = url;
        return s;
    }
    if (url.isValid() && scheme == QLatin1String("file"))
        return parseFile(text, url.toLocalFile());

    // A bare info hash, unless a file of that name exists.
    if ((text.size() == 40 || text.size() == 64) && isHex(text) && !QFileInfo::exists(text))
        return parseInfoHash(text, text);
    if (text.size() == 32 && isBase32(text) && !QFileInfo::exists(text))
        return parseMagnet(QStringLiteral("magnet:?xt=urn:btih:") + text);

    // Something with a scheme we do not fetch (ftp:, smb:, ...), but not a Windows drive path.
    if (url.isValid() && scheme.size() > 1 && !QFileInfo::exists(text) &&
        text.contains(QLatin1String("://")))
        return failure(SourceError::Code::UnsupportedScheme,
                       tr("Swarmplay cannot fetch \"%1\": only http and https web addresses, "
                          "magnet links and local .torrent files can be opened.")
                           .arg(text),
                       text);

    if (isHex(text) && text.size() >= 30 && text.size() <= 70 && !QFileInfo::exists(text))
        return failure(SourceError::Code::BadInfoHash,
                       tr("\"%1\" looks like an info hash but has %2 characters; a v1 info hash "
                          "has 40 hexadecimal characters and a v2 info hash 64.")
                           .arg(text)
                           .arg(text.size()),
                       text);

    return parseFile(text, text);
}

TorrentSource TorrentSource::parseInfoHash(const QString &text, const QString &hex)
{
    const QString magnet = hex.size() == 40
                               ? QStringLiteral("magnet:?xt=urn:btih:") + hex.toLower()
                               : QStringLiteral("magnet:?xt=urn:btmh:1220") + hex.toLower();
    TorrentSource s = parseMagnet(magnet);
    s.m_text = text;
    return s;
}

TorrentSource TorrentSource::parseMagnet(const QString &text)
{
    const int query = text.indexOf(QLatin1Char('?'));
    const QUrlQuery params(query >= 0 ? text.mid(query + 1) : QString());
    const QStringList topics = params.allQueryItemValues(QStringLiteral("xt"), QUrl::FullyDecoded);
    if (topics.isEmpty())
        return failure(SourceError::Code::MagnetWithoutXt,
                       tr("This magnet link has no \"xt\" parameter, so it does not say which "
                          "torrent it is. Copy the whole link again from where you found it."),
                       text);
    QString why;
    bool anyValid = false;
    for (const QString &xt : topics) {
        const QString problem = checkExactTopic(xt);
        if (problem.isEmpty())
            anyValid = true;
        else if (why.isEmpty())
            why = problem;
    }
    if (!anyValid)
        return failure(SourceError::Code::MagnetBadXt,
                       tr("This magnet link cannot be opened: %1.").arg(why), text);

    lt::error_code ec;
    const lt::add_torrent_params atp = lt_magnet::parse(text, ec);
    if (ec)
        return failure(SourceError::Code::MagnetBadXt,
                       tr("This magnet link cannot be opened: %1.").arg(toQString(ec.message())),
                       text);

    TorrentSource s;
    s.m_kind = Kind::Magnet;
    s.m_text = text;
    s.m_magnet = text;
    s.m_id = lt_convert::toTorrentId(atp.info_hashes);
    s.m_name = toQString(atp.name);
    for (const std::string &t : atp.trackers)
        s.m_trackers.push_back(toQString(t));
    for (const std::string &w : atp.url_seeds)
        s.m_webSeeds.push_back(toQString(w));
    for (const auto &ep : atp.peers)
        s.m_peers.push_back(lt_convert::toPeerEndpoint(ep));
    return s;
}

TorrentSource TorrentSource::parseFile(const QString &text, const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return failure(SourceError::Code::FileMissing,
                       tr("There is no file \"%1\". Check the name and the folder, or give a "
                          "magnet link instead.")
                           .arg(path),
                       text);
    if (fi.isDir())
        return failure(SourceError::Code::FileUnreadable,
                       tr("\"%1\" is a folder, not a .torrent file.").arg(path), text);
    if (fi.size() > MaxTorrentFileSize)
        return failure(SourceError::Code::TooLarge,
                       tr("\"%1\" is %2 MiB, too large for a .torrent file (the limit is %3 MiB). "
                          "It is probably the video itself, not the torrent that describes it.")
                           .arg(path)
                           .arg(fi.size() / (1024 * 1024))
                           .arg(MaxTorrentFileSize / (1024 * 1024)),
                       text);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(SourceError::Code::FileUnreadable,
                       tr("\"%1\" cannot be read: %2. Check that you have permission to read it.")
                           .arg(path, file.errorString()),
                       text);
    const QByteArray data = file.read(MaxTorrentFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return failure(SourceError::Code::FileUnreadable,
                       tr("\"%1\" cannot be read: %2.").arg(path, file.errorString()), text);
    TorrentSource s = fromTorrentData(data, path, false);
    s.m_text = text;
    return s;
}

TorrentSource TorrentSource::fromTorrentData(const QByteArray &data, const QString &origin,
                                             bool fromUrl)
{
    if (data.size() > MaxTorrentFileSize)
        return failure(SourceError::Code::TooLarge,
                       tr("\"%1\" is larger than %2 MiB, too large for a .torrent file.")
                           .arg(origin)
                           .arg(MaxTorrentFileSize / (1024 * 1024)),
                       origin);

    using Failure = lt_convert::TorrentFileRead::Failure;
    const lt_convert::TorrentFileRead read = lt_convert::readTorrentFile(data);
    if (read.failure == Failure::NotBencoded || read.failure == Failure::NotADictionary) {
        if (fromUrl)
            return failure(SourceError::Code::NotATorrent,
                           tr("The server at %1 did not send a torrent file (what came back is "
                              "not bencoded). The address may point to a web page instead of "
                              "the .torrent file.")
                               .arg(origin),
                           origin);
        return failure(SourceError::Code::NotBencoded,
                       read.failure == Failure::NotBencoded
                           ? tr("\"%1\" is not a torrent file: its contents are not bencoded "
                                "(%2 at byte %3). The file may be damaged or be something else.")
                                 .arg(origin, toQString(read.error.message()))
                                 .arg(read.errorPosition)
                           : tr("\"%1\" is not a torrent file: it is bencoded but not a "
                                "dictionary.")
                                 .arg(origin),
                       origin);
    }
    if (read.failure == Failure::NotATorrent)
        return failure(fromUrl ? SourceError::Code::NotATorrent : SourceError::Code::WrongStructure,
                       tr("\"%1\" is bencoded but is not a valid torrent: %2.")
                           .arg(origin, toQString(read.error.message())),
                       origin);

    TorrentSource s;
    s.m_kind = Kind::TorrentFile;
    s.m_text = origin;
    s.m_torrentData = data;
    s.m_info = lt_convert::toTorrentInfo(*read.info);
    s.m_id = s.m_info.id;
    s.m_name = s.m_info.name;
    for (const TorrentInfo::Tracker &t : s.m_info.trackers)
        s.m_trackers.push_back(t.url);
    s.m_webSeeds = s.m_info.webSeeds;
    return s;
}

} // namespace swarmplay
