#include "proberegion.h"

#include <algorithm>

#include <QFileInfo>
#include <QStringList>

#include "probewalker.h"

namespace swarmplay {

using namespace probe;

qint64 ProbeRegion::Result::bytes() const
{
    qint64 total = 0;
    for (const Range &r : ranges)
        total += r.length;
    return total;
}

bool ProbeRegion::Result::contains(qint64 offset) const
{
    return std::any_of(ranges.begin(), ranges.end(),
                       [offset](const Range &r) { return offset >= r.offset && offset < r.end(); });
}

ProbeRegion::Result ProbeRegion::compute(const QString &fileName, qint64 fileSize,
                                         const ReadFunction &read)
{
    return compute(fileName, fileSize, read, Options());
}

ProbeRegion::Result ProbeRegion::compute(const QString &fileName, qint64 fileSize,
                                         const ReadFunction &read, const Options &options,
                                         const RegionFunction &regionKnown)
{
    Result result;
    if (fileSize <= 0 || !read)
        return result;
    Reader in(fileSize, read);
    in.loadHead(kDetectBytes);
    const Container container = detect(fileName, in.head());
    Walker walker(in, options);
    bool walked = false;
    switch (container) {
    case Container::Mp4:
        walked = walker.mp4();
        break;
    case Container::Matroska:
        walked = walker.matroska();
        break;
    case Container::Avi:
        walked = walker.avi();
        break;
    case Container::MpegTs:
        walker.mpegTs(isTsName(fileName));
        walked = true;
        break;
    case Container::Unknown:
        break;
    }
    if (walked) {
        result.container = container;
        result.ranges = walker.ranges();
        result.durationMs = walker.durationMs();
        if (regionKnown)
            regionKnown(result);
        result.seekIndex = walker.seekIndex();
        return result;
    }
    if (container == Container::Unknown) {
        result.fallbackReason = in.head().isEmpty()
                                    ? QStringLiteral("could not read the head of the file")
                                    : QStringLiteral("not MP4, Matroska, AVI or MPEG-TS");
    } else {
        result.fallbackReason = containerName(container) + QStringLiteral(": ") + walker.why();
    }
    RangeSet fallback(fileSize);
    fallback.add(0, options.fallbackHeadBytes);
    fallback.add(fileSize - options.fallbackTailBytes, options.fallbackTailBytes);
    result.ranges = fallback.merged();
    if (regionKnown)
        regionKnown(result);
    return result;
}

ProbeRegion::Container ProbeRegion::detect(const QString &fileName, const QByteArray &head)
{
    if (head.startsWith("\x1A\x45\xDF\xA3"))
        return Container::Matroska;
    if (head.startsWith("RIFF") && head.mid(8, 4) == "AVI ")
        return Container::Avi;
    if (head.size() >= 8) {
        const QByteArray type = head.mid(4, 4);
        if (type == "ftyp" || type == "moov")
            return Container::Mp4;
        // Old QuickTime files may start with any of these; alone they say little.
        static const QStringList mp4Extensions = {QStringLiteral("mp4"), QStringLiteral("m4v"),
                                                  QStringLiteral("m4a"), QStringLiteral("mov"),
                                                  QStringLiteral("qt"),  QStringLiteral("3gp")};
        static const QList<QByteArray> weak = {"mdat", "free", "skip", "wide", "pnot", "uuid"};
        if (weak.contains(type) && mp4Extensions.contains(QFileInfo(fileName).suffix().toLower()))
            return Container::Mp4;
    }
    int packet = 0;
    int sync = 0;
    return tsLayout(head, isTsName(fileName), &packet, &sync) ? Container::MpegTs
                                                              : Container::Unknown;
}

QString ProbeRegion::containerName(Container container)
{
    switch (container) {
    case Container::Mp4:
        return QStringLiteral("MP4");
    case Container::Matroska:
        return QStringLiteral("Matroska");
    case Container::Avi:
        return QStringLiteral("AVI");
    case Container::MpegTs:
        return QStringLiteral("MPEG-TS");
    case Container::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace swarmplay
