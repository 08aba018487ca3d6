#pragma once

#include <QObject>
#include <QString>

#include "api/discoveryfile.h"

namespace swarmplay {

class ApiHost;

// Settings ▸ "Allow other programs to control Swarmplay": switches the window's control API (an
// ApiHost on the window's own Session and stream server, so what a client does shows in the
// window at once) together with swarmplay/window.json, the discovery file that lets local
// programs find it. Off until setEnabled(true).
class RemoteControl : public QObject
{
    Q_OBJECT

public:
    // host: made before its server listened; not owned, outlives this object.
    explicit RemoteControl(ApiHost *host, QObject *parent = nullptr);
    ~RemoteControl() override; // removes the discovery file

    // False with a translated *error when the API cannot be offered (no listening server, the
    // discovery file cannot be written); the API then stays off.
    bool setEnabled(bool on, QString *error = nullptr);
    bool isEnabled() const;
    QString discoveryPath() const { return m_discovery.path(); }

private:
    ApiHost *m_host;
    DiscoveryFile m_discovery;
};

} // namespace swarmplay
