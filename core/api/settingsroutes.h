#pragma once

#include <QByteArray>

#include "../http/apihandler.h"

namespace swarmplay {

class Session;
class TorrentRevisions;

// GET /api/v1/session, and GET and PATCH /api/v1/settings: the settings a running session takes
// (SessionLiveSettings) are changed field by field; those it reads at start-up are shown and
// refused by name (SettingsFields).
class SettingsRoutes
{
public:
    SettingsRoutes(Session *session, const TorrentRevisions *revisions);

    ApiAnswer session() const;
    ApiAnswer settings() const;
    ApiAnswer patch(const QByteArray &body);

private:
    Session *m_session;
    const TorrentRevisions *m_revisions;
};

} // namespace swarmplay
