#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "session/sessionsettings.h"

namespace swarmplay::engine {

// The settings clients changed through PATCH /api/v1/settings, kept in the daemon's state folder
// (settings.json, the fields by their API names) so that the next run starts with them. What the
// command line sets wins over them, as it does over the window's stored settings.
class DaemonSettings
{
    Q_DECLARE_TR_FUNCTIONS(DaemonSettings)

public:
    explicit DaemonSettings(const QString &stateDir);

    QString path() const { return m_path; }

    // Reads the file (none is fine: nothing was changed yet) and puts its values into *settings,
    // except the fields named in `commandLine`. False with a translated *error when the file
    // cannot be read or holds a value the API would refuse.
    bool load(SessionSettings *settings, const QStringList &commandLine, QString *error);
    // Keeps every live field that differs between before and after, with the fields kept
    // before, and writes the file. False with a translated *error when it cannot be written.
    bool record(const SessionSettings &before, const SessionSettings &after, QString *error);

private:
    QString m_path;
    QJsonObject m_kept;
};

} // namespace swarmplay::engine
