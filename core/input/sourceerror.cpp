#include "sourceerror.h"

namespace swarmplay {

QString SourceError::codeId(Code code)
{
    switch (code) {
    case Code::None:
        return QStringLiteral("none");
    case Code::EmptyInput:
        return QStringLiteral("empty-input");
    case Code::FileMissing:
        return QStringLiteral("file-missing");
    case Code::FileUnreadable:
        return QStringLiteral("file-unreadable");
    case Code::TooLarge:
        return QStringLiteral("too-large");
    case Code::NotBencoded:
        return QStringLiteral("not-bencoded");
    case Code::WrongStructure:
        return QStringLiteral("wrong-structure");
    case Code::MagnetWithoutXt:
        return QStringLiteral("magnet-without-xt");
    case Code::MagnetBadXt:
        return QStringLiteral("magnet-bad-xt");
    case Code::BadInfoHash:
        return QStringLiteral("bad-info-hash");
    case Code::UnsupportedScheme:
        return QStringLiteral("unsupported-scheme");
    case Code::UrlUnreachable:
        return QStringLiteral("url-unreachable");
    case Code::UrlTimeout:
        return QStringLiteral("url-timeout");
    case Code::HttpStatus:
        return QStringLiteral("http-status");
    case Code::TooManyRedirects:
        return QStringLiteral("too-many-redirects");
    case Code::NotATorrent:
        return QStringLiteral("not-a-torrent");
    case Code::AddFailed:
        break;
    }
    return QStringLiteral("add-failed");
}

} // namespace swarmplay
