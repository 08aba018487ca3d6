#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include "../session/sessionsettings.h"

namespace swarmplay {

class ControlApi;
class EventHub;
class Session;
class StreamServer;

// The control API of one Session, served by the loopback StreamServer: its token, its routes
// (ControlApi), its live events (EventHub, behind GET /api/v1/events, also told every stream's
// buffer state) wired together in one place. The daemon makes one; so will the window when
// other programs may control it. Make it on the Session's thread before the server listens;
// close() it before the server and the Session go.
class ApiHost : public QObject
{
    Q_OBJECT

public:
    // server: not listening yet (its API handler is set here).
    ApiHost(Session *session, StreamServer *server, QObject *parent = nullptr);
    ~ApiHost() override; // close()

    // 32 random hexadecimal digits, new for every host, never the stream URLs' token.
    QByteArray token() const { return m_token; }
    // http://<host>:<port>/api/v1 once the server listens.
    QUrl baseUrl() const;
    ControlApi *api() const { return m_api; }
    EventHub *events() const { return m_events; }

    // Whether the API answers (see ControlApi::setEnabled()); switching it off also ends every
    // event stream, saying why. The window switches it with its setting; the daemon never does.
    void setEnabled(bool on);
    bool isEnabled() const;

    // Ends every event stream, saying why, lets the last answers leave, and closes the server:
    // nothing reaches the API after.
    void close();

    static QByteArray newToken();

signals:
    // A client asked the engine to stop (POST /api/v1/shutdown, answered already).
    void shutdownRequested();
    // A client changed the settings (ControlApi::settingsChanged()): the owner stores them.
    void settingsChanged(const swarmplay::SessionSettings &before,
                         const swarmplay::SessionSettings &after);

private:
    QPointer<StreamServer> m_server;
    QByteArray m_token;
    EventHub *m_events;
    ControlApi *m_api;
    bool m_closed = false;
};

} // namespace swarmplay
