// A media file's structure from a stranger: ProbeRegion's MP4, Matroska, AVI and MPEG-TS walkers
// (and their seek indexes) on hostile bytes. The file may claim to be longer than the bytes
// given; the rest reads as zeros, as a sparse file that is still downloading would.

#include <algorithm>
#include <cstring>

#include "fuzzinput.h"
#include "stream/proberegion.h"

using namespace swarmplay;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const fuzz::Input in(data, size);
    const QString name =
        in.pick({QStringLiteral("a.mp4"), QStringLiteral("a.mkv"), QStringLiteral("a.avi"),
                 QStringLiteral("a.ts"), QStringLiteral("a.m2ts"), QStringLiteral("a.webm"),
                 QStringLiteral("a.mov"), QStringLiteral("a.bin")});
    const qint64 fileSize = in.bytes.size() + qint64(in.choice >> 3) * 1024 * 1024;
    const QByteArray &bytes = in.bytes;
    const auto read = [&](qint64 offset, qint64 length) {
        if (offset < 0 || length < 0 || offset > fileSize)
            __builtin_trap(); // a walker asked for bytes that cannot be
        length = std::min(length, fileSize - offset);
        QByteArray out(int(std::min<qint64>(length, 64 * 1024 * 1024)), '\0');
        if (offset < bytes.size())
            memcpy(out.data(), bytes.constData() + offset,
                   size_t(std::min<qint64>(out.size(), bytes.size() - offset)));
        return out;
    };
    const ProbeRegion::Result r = ProbeRegion::compute(name, fileSize, read);
    // The region is sorted, merged and inside the file, whatever the bytes said.
    qint64 end = -1;
    for (const ByteRange &range : r.ranges) {
        if (range.offset <= end || range.length <= 0 || range.offset + range.length > fileSize)
            __builtin_trap();
        end = range.offset + range.length;
    }
    return 0;
}
