#include "mediakind.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace swarmplay {

namespace {

const QSet<QString> &videoSuffixes()
{
    static const QSet<QString> s{"mp4",  "m4v",  "mkv", "webm", "avi", "mov", "wmv",  "flv", "mpg",
                                 "mpeg", "m2ts", "mts", "ts",   "ogv", "3gp", "divx", "vob", "asf"};
    return s;
}

const QSet<QString> &audioSuffixes()
{
    static const QSet<QString> s{"mp3", "flac", "ogg",  "oga",  "opus", "m4a", "aac", "wav",
                                 "wma", "ape",  "alac", "aiff", "mka",  "ac3", "dts", "wv"};
    return s;
}

const QSet<QString> &subtitleSuffixes()
{
    static const QSet<QString> s{"srt", "vtt", "ass", "ssa", "sub", "idx", "sup", "smi"};
    return s;
}

const QSet<QString> &imageSuffixes()
{
    static const QSet<QString> s{"jpg", "jpeg", "png", "gif", "bmp", "webp", "tif", "tiff"};
    return s;
}

const QSet<QString> &archiveSuffixes()
{
    static const QSet<QString> s{"zip", "rar", "7z", "tar", "gz", "bz2", "xz", "zst", "iso"};
    return s;
}

} // namespace

MediaKind mediaKindForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (videoSuffixes().contains(suffix))
        return MediaKind::Video;
    if (audioSuffixes().contains(suffix))
        return MediaKind::Audio;
    if (subtitleSuffixes().contains(suffix))
        return MediaKind::Subtitle;
    if (imageSuffixes().contains(suffix))
        return MediaKind::Image;
    // Split RAR volumes: .r00, .r01, ...
    if (archiveSuffixes().contains(suffix) ||
        (suffix.size() == 3 && suffix.startsWith(QLatin1Char('r')) && suffix[1].isDigit() &&
         suffix[2].isDigit()))
        return MediaKind::Archive;
    return MediaKind::Other;
}

QString mediaKindId(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Video:
        return QStringLiteral("video");
    case MediaKind::Audio:
        return QStringLiteral("audio");
    case MediaKind::Subtitle:
        return QStringLiteral("subtitle");
    case MediaKind::Image:
        return QStringLiteral("image");
    case MediaKind::Archive:
        return QStringLiteral("archive");
    case MediaKind::Other:
        break;
    }
    return QStringLiteral("other");
}

QString mediaKindName(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Video:
        return QCoreApplication::translate("MediaKind", "Video");
    case MediaKind::Audio:
        return QCoreApplication::translate("MediaKind", "Audio");
    case MediaKind::Subtitle:
        return QCoreApplication::translate("MediaKind", "Subtitle");
    case MediaKind::Image:
        return QCoreApplication::translate("MediaKind", "Image");
    case MediaKind::Archive:
        return QCoreApplication::translate("MediaKind", "Archive");
    case MediaKind::Other:
        break;
    }
    return QCoreApplication::translate("MediaKind", "Other");
}

bool isPlayable(MediaKind kind)
{
    return kind == MediaKind::Video || kind == MediaKind::Audio;
}

} // namespace swarmplay
