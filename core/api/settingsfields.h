#pragma once

#include <QStringList>

#include "../session/sessionsettings.h"

namespace swarmplay {

class JsonFields;

// The control API's settings fields read into SessionSettings, each checked with an English
// message naming it. PATCH /api/v1/settings and the settings a daemon keeps from earlier runs'
// PATCHes go through the same rules. Pure.
class SettingsFields
{
public:
    // Reads every field of fields.object() into *settings. A start-up-only field, an unknown
    // field or a wrong value becomes fields' error (naming it); *settings is then to be dropped.
    static void read(JsonFields &fields, SessionSettings *settings);

    // The names of the fields a running engine takes (ApiJson::settings() shows them all).
    static QStringList liveFields();
    // The names of the fields read at start-up.
    static const QStringList &startupFields();

private:
    static void readFlags(JsonFields &fields, SessionLiveSettings &live);
    static void readNumbers(JsonFields &fields, SessionLiveSettings &live);
    static void readTexts(JsonFields &fields, SessionLiveSettings &live);
    static bool validListenInterfaces(const QString &value);
};

} // namespace swarmplay
