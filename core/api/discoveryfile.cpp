#include "discoveryfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#endif

namespace swarmplay {

namespace {

bool processRuns(qint64 pid)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_WIN
    HANDLE process = ::OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return false;
    DWORD code = 0;
    const bool running = ::GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    ::CloseHandle(process);
    return running;
#else
    // EPERM: it runs, as another user.
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#endif
}

bool sameEntry(const DiscoveryFile::Entry &a, const DiscoveryFile::Entry &b)
{
    return a.pid == b.pid && a.token == b.token;
}

} // namespace

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
    // Another engine's entry (a daemon on another state folder) is kept for when this one
    // stops; without it that engine, still running, could no longer be found.
    std::optional<Entry> replaced = m_replaced;
    if (!replaced && !m_path.isEmpty()) {
        std::optional<Entry> there = read(m_path);
        if (there && there->pid != QCoreApplication::applicationPid() && processRuns(there->pid))
            replaced = std::move(there);
    }
    if (!save(entry, error))
        return false;
    m_written = entry;
    m_replaced = std::move(replaced);
    return true;
}

bool DiscoveryFile::save(const Entry &entry, QString *error)
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
    return true;
}

void DiscoveryFile::remove()
{
    if (!m_written)
        return;
    const std::optional<Entry> there = read(m_path);
    if (there && sameEntry(*there, *m_written)) {
        if (!m_replaced || !processRuns(m_replaced->pid) || !save(*m_replaced, nullptr))
            QFile::remove(m_path);
    }
    m_written.reset();
    m_replaced.reset();
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
