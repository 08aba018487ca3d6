#pragma once

#include <QByteArray>

#include "../http/apihandler.h"
#include "../session/sessionsettings.h"

namespace swarmplay {

class JsonFields;
class Session;
class TorrentRevisions;

// GET /api/v1/session, and GET and PATCH /api/v1/settings: the settings a running session takes
// (SessionLiveSettings) are changed field by field; those it reads at start-up are shown and
// refused by name.
class SettingsRoutes
{
public:
    SettingsRoutes(Session *session, const TorrentRevisions *revisions);

    ApiAnswer session() const;
    ApiAnswer settings() const;
    ApiAnswer patch(const QByteArray &body);

    // The names of the fields read at start-up.
    static const QStringList &startupFields();

private:
    static void readFlags(JsonFields &fields, SessionLiveSettings &live);
    static void readNumbers(JsonFields &fields, SessionLiveSettings &live);
    static void readTexts(JsonFields &fields, SessionLiveSettings &live);
    static bool validListenInterfaces(const QString &value);

    Session *m_session;
    const TorrentRevisions *m_revisions;
};

} // namespace swarmplay
