#include "settingsroutes.h"

#include "../session/session.h"
#include "apijson.h"
#include "apireply.h"
#include "jsonfields.h"
#include "settingsfields.h"
#include "torrentrevisions.h"

namespace swarmplay {

SettingsRoutes::SettingsRoutes(Session *session, const TorrentRevisions *revisions)
    : m_session(session)
    , m_revisions(revisions)
{}

ApiAnswer SettingsRoutes::session() const
{
    return ApiReply::json(200,
                          ApiJson::session(m_session->stats(), int(m_session->torrents().size()),
                                           m_revisions->revision()));
}

ApiAnswer SettingsRoutes::settings() const
{
    return ApiReply::json(200, ApiJson::settings(m_session->settings()));
}

ApiAnswer SettingsRoutes::patch(const QByteArray &body)
{
    JsonFields fields(body);
    SessionSettings next = m_session->settings();
    SettingsFields::read(fields, &next);
    if (!fields.ok())
        return fields.error();
    // Every rule of SessionSettings::validate() was checked above with an English message.
    if (!m_session->applySettings(next).isEmpty())
        return ApiReply::error(400, QStringLiteral("invalid-settings"),
                               QStringLiteral("The engine refused these settings."));
    return settings();
}

} // namespace swarmplay
