#include "atomicfile.h"

#include <algorithm>

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace swarmplay {

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *reason)
{
    QDir().mkpath(QFileInfo(path).absolutePath()); // else QSaveFile says why
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return true;
    if (reason)
        *reason = file.errorString();
    file.cancelWriting();
    return false;
}

int removeAtomicWriteLeftovers(const QString &folder, const QStringList &suffixes)
{
    // QTemporaryFile's template: six letters or digits after the file's own name.
    static const QRegularExpression leftover(QStringLiteral("^(.+)\\.[A-Za-z0-9]{6}$"));
    int removed = 0;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden)) {
        const QRegularExpressionMatch m = leftover.match(name);
        if (!m.hasMatch())
            continue;
        const QString target = m.captured(1);
        if (std::any_of(suffixes.cbegin(), suffixes.cend(),
                        [&target](const QString &s) { return target.endsWith(s); }) &&
            QFile::remove(dir.filePath(name)))
            ++removed;
    }
    return removed;
}

QString setAsideDamaged(const QString &path)
{
    const QString damaged = path + QStringLiteral(".damaged");
    QFile::remove(damaged);
    QFile::rename(path, damaged);
    return damaged;
}

} // namespace swarmplay
