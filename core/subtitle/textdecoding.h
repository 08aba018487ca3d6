#pragma once

#include <QByteArray>
#include <QString>

namespace swarmplay {

// Turns the bytes of a text file of unknown origin (a subtitle file from a torrent, made on any
// system in any decade) into text: a byte order mark wins; UTF-16 without one shows by its NUL
// bytes; bytes that are valid UTF-8 are UTF-8; anything else is taken as Windows-1252 (the
// superset of Latin-1 that Western subtitle files were written in).
class TextDecoding
{
public:
    enum class Encoding
    {
        Utf8,
        Utf8Bom,
        Utf16LE,
        Utf16BE,
        Windows1252, // Latin-1 with the printable characters Windows puts at 0x80-0x9F
    };

    static Encoding detect(const QByteArray &bytes);
    // The text without its byte order mark; encoding (when given) says how it was read.
    static QString decode(const QByteArray &bytes, Encoding *encoding = nullptr);
    static QString name(Encoding encoding); // "UTF-8", "UTF-16LE", "Windows-1252"
    // Control characters other than tab, line breaks and form feed, or a NUL: not text.
    static bool looksBinary(const QString &text);
};

} // namespace swarmplay
