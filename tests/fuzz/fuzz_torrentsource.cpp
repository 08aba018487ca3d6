// What a user pastes or a web page links: magnets, bare info hashes and URLs, through
// TorrentSource::parse. Text that names a file outside the fuzzer's empty folder is left out:
// reading /dev/zero or a FIFO is the file system's business, not the parser's.

#include <QDir>
#include <QTemporaryDir>
#include <QUrl>

#include "fuzzinput.h"
#include "input/torrentsource.h"

using namespace swarmplay;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const fuzz::Input in(data, size);
    const QString prefix = in.pick(
        {QStringLiteral("magnet:?"), QStringLiteral("magnet:?xt=urn:btih:"),
         QStringLiteral("magnet:?xt=urn:btmh:1220"), QStringLiteral("https://"), QString()});
    // Relative names are looked up in an empty folder of our own.
    static const bool inEmptyFolder = [] {
        static QTemporaryDir dir;
        return QDir::setCurrent(dir.path());
    }();
    Q_UNUSED(inEmptyFolder)
    const QString text = prefix + QString::fromUtf8(in.bytes);
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed);
    if (trimmed.startsWith(QLatin1Char('/')) || trimmed.startsWith(QLatin1Char('~')) ||
        trimmed.startsWith(QLatin1Char('.')) ||
        url.scheme().compare(QLatin1String("file"), Qt::CaseInsensitive) == 0 ||
        (url.scheme().isEmpty() && trimmed.contains(QLatin1Char('/'))))
        return 0;
    const TorrentSource source = TorrentSource::parse(text);
    // Either a source or a typed error with words for the user.
    if (!source.isValid() &&
        (source.error().code == SourceError::Code::None || source.error().message.isEmpty()))
        __builtin_trap();
    return 0;
}
