#pragma once

#include <QMetaType>
#include <QString>

namespace swarmplay {

// Why a torrent source could not be opened, with a message that says what to do about it.
struct SourceError
{
    enum class Code
    {
        None,
        EmptyInput,
        FileMissing,
        FileUnreadable,
        TooLarge,
        NotBencoded,
        WrongStructure,
        MagnetWithoutXt,
        MagnetBadXt,
        BadInfoHash,
        UnsupportedScheme,
        UrlUnreachable,
        UrlTimeout,
        HttpStatus,
        TooManyRedirects,
        NotATorrent,
        AddFailed,
    };

    Code code = Code::None;
    QString message; // translated, for the user

    bool isError() const { return code != Code::None; }
    static QString codeId(Code code); // "file-missing", ... for JSON and tests
};

} // namespace swarmplay

Q_DECLARE_METATYPE(swarmplay::SourceError)
