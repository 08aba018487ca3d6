#include "textdecoding.h"

#include <QStringDecoder>

namespace swarmplay {

namespace {

// What Windows-1252 puts at 0x80-0x9F (Latin-1 has invisible controls there); 0 where it has
// nothing, which is then read as in Latin-1.
constexpr char16_t Cp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// How much of the file the NUL pattern of BOM-less UTF-16 is judged on.
constexpr int SampleBytes = 4096;

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    Q_UNUSED(text)
    return !decoder.hasError();
}

} // namespace

TextDecoding::Encoding TextDecoding::detect(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return Encoding::Utf8Bom;
    if (bytes.startsWith("\xFF\xFE"))
        return Encoding::Utf16LE;
    if (bytes.startsWith("\xFE\xFF"))
        return Encoding::Utf16BE;
    // Text in UTF-16 without a mark: Latin letters, digits and punctuation (every subtitle's
    // times and arrows) have a NUL as their high byte, so NULs gather at odd offsets (little
    // endian) or at even ones (big endian). No 8-bit text has NULs at all.
    const int n = std::min<int>(int(bytes.size()), SampleBytes) & ~1;
    if (n >= 4) {
        int even = 0;
        int odd = 0;
        for (int i = 0; i < n; i += 2) {
            even += bytes.at(i) == '\0' ? 1 : 0;
            odd += bytes.at(i + 1) == '\0' ? 1 : 0;
        }
        const int pairs = n / 2;
        if (odd * 10 >= pairs * 3 && even * 10 < pairs)
            return Encoding::Utf16LE;
        if (even * 10 >= pairs * 3 && odd * 10 < pairs)
            return Encoding::Utf16BE;
    }
    return isValidUtf8(bytes) ? Encoding::Utf8 : Encoding::Windows1252;
}

QString TextDecoding::decode(const QByteArray &bytes, Encoding *encoding)
{
    const Encoding e = detect(bytes);
    if (encoding)
        *encoding = e;
    switch (e) {
    case Encoding::Utf8:
        return QString::fromUtf8(bytes);
    case Encoding::Utf8Bom:
        return QString::fromUtf8(bytes.mid(3));
    case Encoding::Utf16LE:
    case Encoding::Utf16BE: {
        const bool bom = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
        QStringDecoder decoder(e == Encoding::Utf16LE ? QStringConverter::Utf16LE
                                                      : QStringConverter::Utf16BE,
                               QStringConverter::Flag::Stateless);
        return decoder.decode(bom ? bytes.mid(2) : bytes);
    }
    case Encoding::Windows1252:
        break;
    }
    QString text;
    text.reserve(bytes.size());
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        const char16_t high = b >= 0x80 && b < 0xA0 ? Cp1252High[b - 0x80] : 0;
        text.append(QChar(high ? high : char16_t(b)));
    }
    return text;
}

QString TextDecoding::name(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf8Bom:
        return QStringLiteral("UTF-8 (BOM)");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Encoding::Windows1252:
        break;
    }
    return QStringLiteral("Windows-1252");
}

bool TextDecoding::looksBinary(const QString &text)
{
    int control = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0)
            return true;
        if (u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f')
            ++control;
    }
    // A stray control character or two happen in real files; many do not.
    return control > 8 && control * 100 > text.size();
}

} // namespace swarmplay
