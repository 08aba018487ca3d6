#include "diskusage.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace swarmplay {

qint64 DiskUsage::allocatedBytes(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return 0;
    // st_blocks counts 512-byte units whatever the file system's block size (POSIX).
    return qint64(st.st_blocks) * 512;
#else
    // Windows reports no allocation through Qt; the apparent size overstates a sparse file.
    const QFileInfo info(path);
    return info.isFile() ? info.size() : 0;
#endif
}

QStringList DiskUsage::filesUnder(const QString &root, const QStringList &relativePaths)
{
    QStringList paths;
    if (root.isEmpty())
        return paths;
    const QString base = QDir::cleanPath(root);
    const QString prefix = base.endsWith(QLatin1Char('/')) ? base : base + QLatin1Char('/');
    for (const QString &relative : relativePaths) {
        if (relative.isEmpty() || QDir::isAbsolutePath(relative))
            continue;
        const QString path = QDir::cleanPath(prefix + relative);
        if (path.startsWith(prefix))
            paths << path;
    }
    return paths;
}

qint64 DiskUsage::allocatedBytes(const QStringList &paths)
{
    qint64 total = 0;
    for (const QString &path : paths)
        total += allocatedBytes(path);
    return total;
}

bool DiskUsage::deleteFiles(const QString &root, const QStringList &paths, QString *error)
{
    const QString base = QDir::cleanPath(root);
    bool ok = true;
    QStringList folders;
    for (const QString &path : paths) {
        QFile file(path);
        if (file.exists() && !file.remove()) {
            if (ok && error)
                *error = tr("\"%1\" could not be deleted: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString());
            ok = false;
        }
        for (QString dir = QFileInfo(path).absolutePath();
             dir.startsWith(base + QLatin1Char('/')) && !folders.contains(dir);
             dir = QFileInfo(dir).absolutePath())
            folders << dir;
    }
    // Deepest first, so a parent is empty once its children are gone; rmdir leaves a folder
    // that holds anything else (the viewer's own files) alone.
    std::sort(folders.begin(), folders.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &dir : std::as_const(folders))
        QDir().rmdir(dir);
    return ok;
}

} // namespace swarmplay
