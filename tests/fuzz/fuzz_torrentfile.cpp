// The bytes of a .torrent (a download, a double-clicked file) through our checks and limits
// into libtorrent's parser, and the file list we build from it.

#include "fuzzinput.h"
#include "input/torrentsource.h"

using namespace swarmplay;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), int(size));
    const TorrentSource source =
        TorrentSource::fromTorrentData(bytes, QStringLiteral("fuzz.torrent"), size % 2 == 1);
    if (!source.isValid()) {
        if (source.error().code == SourceError::Code::None || source.error().message.isEmpty())
            __builtin_trap();
        return 0;
    }
    // An accepted torrent has a name and files that lie within it.
    const TorrentInfo &info = source.info();
    for (const FileEntry &f : info.files) {
        if (f.offset < 0 || f.size < 0 || f.offset + f.size > info.totalSize)
            __builtin_trap();
    }
    return 0;
}
