#pragma once

#include <QByteArray>
#include <QObject>
#include <QUrl>

namespace swarmplay {

class EventHub;
class Session;
class StreamServer;

// The control API of one Session, served by the loopback StreamServer: its token, its live
// events (EventHub) and its routes, wired together in one place. The daemon makes one; so will
// the window when other programs may control it. Lives in the Session's thread; destroy it (or
// close()) before the server and the Session.
class ApiHost : public QObject
{
    Q_OBJECT

public:
    // server: listening already.
    ApiHost(Session *session, StreamServer *server, QObject *parent = nullptr);
    ~ApiHost() override; // close()

    // 32 random hexadecimal digits, new for every host, never the stream URLs' token.
    QByteArray token() const { return m_token; }
    // http://<host>:<port>/api/v1
    QUrl baseUrl() const;
    EventHub *events() const { return m_events; }

    // Ends every event stream, saying why, and stops taking requests.
    void close();

    static QByteArray newToken();

private:
    StreamServer *m_server;
    QByteArray m_token;
    EventHub *m_events;
};

} // namespace swarmplay
