#include "mimetypes.h"

#include <QHash>

namespace swarmplay {

QByteArray mimeTypeForPath(const QString &path)
{
    // Our own table rather than QMimeDatabase: the answer must not depend on the desktop's
    // shared-mime-info, and players care about a handful of video and audio types only.
    static const QHash<QString, QByteArray> types{
        {QStringLiteral("mp4"), "video/mp4"},
        {QStringLiteral("m4v"), "video/mp4"},
        {QStringLiteral("mkv"), "video/x-matroska"},
        {QStringLiteral("mk3d"), "video/x-matroska"},
        {QStringLiteral("webm"), "video/webm"},
        {QStringLiteral("avi"), "video/x-msvideo"},
        {QStringLiteral("divx"), "video/x-msvideo"},
        {QStringLiteral("ts"), "video/mp2t"},
        {QStringLiteral("m2ts"), "video/mp2t"},
        {QStringLiteral("mts"), "video/mp2t"},
        {QStringLiteral("mov"), "video/quicktime"},
        {QStringLiteral("mpg"), "video/mpeg"},
        {QStringLiteral("mpeg"), "video/mpeg"},
        {QStringLiteral("vob"), "video/mpeg"},
        {QStringLiteral("ogv"), "video/ogg"},
        {QStringLiteral("flv"), "video/x-flv"},
        {QStringLiteral("wmv"), "video/x-ms-wmv"},
        {QStringLiteral("asf"), "video/x-ms-asf"},
        {QStringLiteral("3gp"), "video/3gpp"},
        {QStringLiteral("mp3"), "audio/mpeg"},
        {QStringLiteral("flac"), "audio/flac"},
        {QStringLiteral("ogg"), "audio/ogg"},
        {QStringLiteral("oga"), "audio/ogg"},
        {QStringLiteral("opus"), "audio/ogg"},
        {QStringLiteral("m4a"), "audio/mp4"},
        {QStringLiteral("aac"), "audio/aac"},
        {QStringLiteral("wav"), "audio/wav"},
        {QStringLiteral("mka"), "audio/x-matroska"},
        {QStringLiteral("wma"), "audio/x-ms-wma"},
        {QStringLiteral("ac3"), "audio/ac3"},
        {QStringLiteral("vtt"), "text/vtt"},
        {QStringLiteral("srt"), "application/x-subrip"},
        {QStringLiteral("ass"), "text/x-ssa"},
        {QStringLiteral("ssa"), "text/x-ssa"},
        {QStringLiteral("jpg"), "image/jpeg"},
        {QStringLiteral("jpeg"), "image/jpeg"},
        {QStringLiteral("png"), "image/png"},
        {QStringLiteral("gif"), "image/gif"},
        {QStringLiteral("webp"), "image/webp"},
        {QStringLiteral("bmp"), "image/bmp"},
        {QStringLiteral("txt"), "text/plain; charset=utf-8"},
        {QStringLiteral("nfo"), "text/plain"},
    };
    const int dot = path.lastIndexOf(QLatin1Char('.'));
    const int slash = path.lastIndexOf(QLatin1Char('/'));
    if (dot < 0 || dot < slash)
        return QByteArrayLiteral("application/octet-stream");
    return types.value(path.mid(dot + 1).toLower(), QByteArrayLiteral("application/octet-stream"));
}

} // namespace swarmplay
