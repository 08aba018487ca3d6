#include "atomicfile.h"

#include <QDir>
#include <QFileInfo>
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

} // namespace swarmplay
