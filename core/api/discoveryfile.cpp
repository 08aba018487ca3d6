#include "discoveryfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace swarmplay {

DiscoveryFile::DiscoveryFile(const QString &name, const QString &path)
    : m_path(path.isEmpty() ? defaultPath(name) : path)
{}

DiscoveryFile::~DiscoveryFile()
{
    remove();
}

QString DiscoveryFile::defaultPath(const QString &name)
{
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty())
        return {};
    return QDir(runtime).filePath(QStringLiteral("swarmplay/%1.json").arg(name));
}

bool DiscoveryFile::write(const Entry &entry, QString *error)
{
    if (m_path.isEmpty()) {
        if (error)
            *error = tr("This system has no folder for runtime files ($XDG_RUNTIME_DIR), so "
                        "other programs cannot find the engine.");
        return false;
    }
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder) ||
        !QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ExeOwner)) {
        if (error)
            *error = tr("Cannot make the folder %1.").arg(folder);
        return false;
    }
    const QJsonObject json{
        {QStringLiteral("api"), entry.api.toString(QUrl::FullyEncoded)},
        {QStringLiteral("token"), entry.token},
        {QStringLiteral("pid"), entry.pid},
        {QStringLiteral("version"), entry.version},
    };
    QSaveFile file(m_path);
    // The token is in it: the temporary file is the user's alone before a byte is written.
    const bool ok = file.open(QIODevice::WriteOnly) &&
                    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
                    file.write(QJsonDocument(json).toJson()) >= 0 && file.commit();
    if (!ok) {
        if (error)
            *error = tr("Cannot write %1: %2.").arg(m_path, file.errorString());
        file.cancelWriting();
        return false;
    }
    m_written = entry;
    return true;
}

void DiscoveryFile::remove()
{
    if (!m_written)
        return;
    const std::optional<Entry> there = read(m_path);
    if (there && there->pid == m_written->pid && there->token == m_written->token)
        QFile::remove(m_path);
    m_written.reset();
}

std::optional<DiscoveryFile::Entry> DiscoveryFile::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1 cannot be read: %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    const QJsonObject json = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    Entry entry;
    entry.api = QUrl(json.value(QStringLiteral("api")).toString(), QUrl::StrictMode);
    entry.token = json.value(QStringLiteral("token")).toString();
    entry.pid = json.value(QStringLiteral("pid")).toInteger();
    entry.version = json.value(QStringLiteral("version")).toString();
    if (!entry.api.isValid() || entry.api.scheme() != QLatin1String("http") ||
        entry.token.isEmpty()) {
        if (error)
            *error = tr("%1 is damaged: it names no API address and token.").arg(path);
        return std::nullopt;
    }
    return entry;
}

} // namespace swarmplay
