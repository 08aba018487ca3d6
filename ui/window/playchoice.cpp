#include "playchoice.h"

namespace swarmplay {

namespace {

int largestOfKind(const QVector<FileEntry> &files, MediaKind kind)
{
    int best = -1;
    qint64 bestSize = -1;
    for (const FileEntry &f : files) {
        if (f.kind == kind && f.size > bestSize) {
            best = f.index;
            bestSize = f.size;
        }
    }
    return best;
}

} // namespace

int PlayChoice::automatic(const QVector<FileEntry> &files)
{
    const int video = largestOfKind(files, MediaKind::Video);
    return video >= 0 ? video : largestOfKind(files, MediaKind::Audio);
}

const FileEntry *PlayChoice::find(const QVector<FileEntry> &files, int index)
{
    for (const FileEntry &f : files) {
        if (f.index == index)
            return &f;
    }
    return nullptr;
}

QString PlayChoice::nothingToPlay(const QString &torrentName)
{
    return tr("\"%1\" has no video or audio file to play. Its files are listed below: tick the "
              "ones to download, or copy a file's stream URL (right-click) to open it in another "
              "program.")
        .arg(torrentName);
}

QString PlayChoice::notPlayable(const QString &filePath)
{
    return tr("\"%1\" is not a video or audio file, so Swarmplay does not play it. Its stream "
              "URL (right-click) opens it in another program.")
        .arg(filePath);
}

} // namespace swarmplay
