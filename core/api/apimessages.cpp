#include "apimessages.h"

#include "../i18n/translations.h"

namespace swarmplay {

QString ApiMessages::sourceError(const SourceError &error)
{
    if (!Translations::isInstalled() && !error.message.isEmpty())
        return error.message;
    return sourceErrorText(error.code);
}

QString ApiMessages::sourceErrorText(SourceError::Code code)
{
    using C = SourceError::Code;
    switch (code) {
    case C::None:
        return {};
    case C::EmptyInput:
        return QStringLiteral("Nothing to add: give a magnet link, an info hash or the web "
                              "address of a .torrent file.");
    case C::FileMissing:
        return QStringLiteral("There is no such file.");
    case C::FileUnreadable:
        return QStringLiteral("The file cannot be read.");
    case C::TooLarge:
        return QStringLiteral("This is too large for a .torrent file (the limit is 64 MiB). It is "
                              "probably the video itself, not the torrent that describes it.");
    case C::NotBencoded:
        return QStringLiteral("This is not a torrent file: its contents are not bencoded.");
    case C::WrongStructure:
        return QStringLiteral("This is bencoded but is not a valid torrent.");
    case C::MagnetWithoutXt:
        return QStringLiteral("This magnet link has no \"xt\" parameter, so it does not say which "
                              "torrent it is. Copy the whole link again from where you found it.");
    case C::MagnetBadXt:
        return QStringLiteral("This magnet link cannot be opened: its \"xt\" parameter is not a "
                              "BitTorrent info hash (urn:btih: with 40 hexadecimal or 32 base32 "
                              "characters, or urn:btmh: with a SHA-256 multihash).");
    case C::BadInfoHash:
        return QStringLiteral("This looks like an info hash but has the wrong length; a v1 info "
                              "hash has 40 hexadecimal characters and a v2 info hash 64.");
    case C::UnsupportedScheme:
        return QStringLiteral("Only magnet links, info hashes and http(s) web addresses can be "
                              "added this way.");
    case C::UrlUnreachable:
        return QStringLiteral("The web address could not be reached.");
    case C::UrlTimeout:
        return QStringLiteral("The web server did not answer in time.");
    case C::HttpStatus:
        return QStringLiteral("The web server answered with an error instead of the .torrent "
                              "file.");
    case C::TooManyRedirects:
        return QStringLiteral("The web address redirects too many times.");
    case C::NotATorrent:
        return QStringLiteral("The web server did not send a torrent file. The address may point "
                              "to a web page instead of the .torrent file.");
    case C::AddFailed:
        break;
    }
    return QStringLiteral("The torrent could not be added.");
}

} // namespace swarmplay
