#pragma once

#include <QObject>

namespace swarmplay {

class ApiHost;
class AppSettings;
struct SessionSettings;

// Stores in the window's AppSettings what programs change through PATCH /api/v1/settings, so the
// Settings dialog shows it and the next start uses it. Only what AppSettings keeps is stored
// (download folder, listen port, rate limits, DHT, local discovery, port mapping); the rest lasts
// until the window closes.
class RemoteSettingsKeeper : public QObject
{
    Q_OBJECT

public:
    // Neither is owned; both outlive this object.
    RemoteSettingsKeeper(ApiHost *host, AppSettings *settings, QObject *parent = nullptr);

    // Stores what changed from before to after; false when the settings file cannot be written.
    bool store(const SessionSettings &before, const SessionSettings &after);

private:
    AppSettings *m_settings;
};

} // namespace swarmplay
