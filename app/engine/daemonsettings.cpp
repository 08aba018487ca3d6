#include "daemonsettings.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include "api/apijson.h"
#include "api/jsonfields.h"
#include "api/settingsfields.h"
#include "storage/atomicfile.h"

namespace swarmplay::engine {

DaemonSettings::DaemonSettings(const QString &stateDir)
    : m_path(QDir(stateDir).filePath(QStringLiteral("settings.json")))
{}

bool DaemonSettings::load(SessionSettings *settings, const QStringList &commandLine, QString *error)
{
    QFile file(m_path);
    if (!file.exists())
        return true;
    const auto refuse = [&](const QString &why) {
        *error = tr("%1 holds settings this engine cannot use: %2 Correct or remove the file.")
                     .arg(QDir::toNativeSeparators(m_path), why);
        return false;
    };
    if (!file.open(QIODevice::ReadOnly))
        return refuse(file.errorString() + QLatin1Char('.'));
    JsonFields fields(file.readAll());
    if (!fields.ok())
        return refuse(fields.message());
    m_kept = fields.object();
    QJsonObject used = m_kept;
    for (const QString &name : commandLine)
        used.remove(name);
    JsonFields usedFields(used);
    SessionSettings next = *settings;
    SettingsFields::read(usedFields, &next);
    if (!usedFields.ok())
        return refuse(usedFields.message());
    *settings = next;
    return true;
}

bool DaemonSettings::record(const SessionSettings &before, const SessionSettings &after,
                            QString *error)
{
    const QJsonObject was = ApiJson::settings(before);
    const QJsonObject now = ApiJson::settings(after);
    for (const QString &name : SettingsFields::liveFields()) {
        if (was.value(name) != now.value(name))
            m_kept.insert(name, now.value(name));
    }
    QString reason;
    if (writeFileAtomically(m_path, QJsonDocument(m_kept).toJson(), &reason))
        return true;
    *error = tr("The changed settings cannot be kept in %1: %2")
                 .arg(QDir::toNativeSeparators(m_path), reason);
    return false;
}

} // namespace swarmplay::engine
