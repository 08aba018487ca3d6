#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

#include <QByteArray>
#include <QJsonObject>
#include <QObject>

#include "../http/apihandler.h"
#include "../session/sessionsettings.h"
#include "apiguard.h"

namespace swarmplay {

class ApiRoute;
class Session;
class SettingsRoutes;
class StreamRoutes;
class StreamServer;
class TorrentDetailRoutes;
class TorrentRevisions;
class TorrentRoutes;

// The local control API under /api/v1 (docs/api.md, docs/openapi.json): what other programs
// use to drive the same Session the window uses. Plugged into the loopback server as its
// ApiHandler; socket-free, so tests drive it through a fake exchange.
//
// The server's thread calls accepts(), bodyLimit() and handle(); handle() applies the security
// rules there (ApiGuard) and hands the request to this object's thread (the Session's), where
// the routes run and answer, at once or when the Session's future finishes. Construct it on the
// Session's thread; stop the server before destroying it.
class ControlApi : public QObject, public ApiHandler
{
    Q_OBJECT

public:
    using EventsHandler =
        std::function<void(const ApiRequest &request, std::shared_ptr<ApiExchange> exchange)>;

    // `streams` gives the stream and playlist URLs (may be null: those URLs are then null).
    ControlApi(Session *session, const QByteArray &apiToken, StreamServer *streams,
               QObject *parent = nullptr);
    ~ControlApi() override;

    // ApiHandler, on the server's thread.
    bool accepts(const QByteArray &target) const override;
    qint64 bodyLimit(const ApiRequest &head) const override;
    void handle(const ApiRequest &request, std::shared_ptr<ApiExchange> exchange) override;

    // GET /api/v1/events, once its request passed the security rules, goes here (on this
    // object's thread); without a handler it is answered 503.
    void setEventsHandler(EventsHandler handler);

    // While disabled, accepts() takes nothing (the server answers 404 as for any unknown path)
    // and the streams clients opened are released. Enabled from the start. Any thread.
    void setEnabled(bool on);
    // How long a stream no client asks about and no player reads stays open
    // (StreamRoutes::IdleLimit unless set; tests shorten it). Call on the API's thread.
    void setStreamIdleLimit(std::chrono::milliseconds limit);
    bool isEnabled() const { return m_enabled.load(); }

    // The torrents' revisions, which events carry too.
    TorrentRevisions *revisions() const { return m_revisions; }

signals:
    // POST /api/v1/shutdown was answered: the owner shuts the engine down.
    void shutdownRequested();
    // A stream's state or buffer changed: its ApiJson::stream().
    void streamChanged(const QJsonObject &stream);
    void streamReleased(const QString &id);
    // PATCH /api/v1/settings changed the session's settings (answered already): the owner
    // stores what changed where it loads its settings from at start.
    void settingsChanged(const swarmplay::SessionSettings &before,
                         const swarmplay::SessionSettings &after);

private:
    void dispatch(const ApiRequest &request, const ApiRoute &route,
                  const std::shared_ptr<ApiExchange> &exchange);
    void dispatchTorrent(const ApiRequest &request, const ApiRoute &route,
                         const std::shared_ptr<ApiExchange> &exchange);
    void answerOpenApi(const std::shared_ptr<ApiExchange> &exchange) const;
    ApiAnswer patchSettings(const QByteArray &body);

    const ApiGuard m_guard; // used on the server's thread: never changes
    Session *m_session;
    TorrentRevisions *m_revisions;
    std::unique_ptr<SettingsRoutes> m_settings;
    TorrentRoutes *m_torrents;
    TorrentDetailRoutes *m_details;
    StreamRoutes *m_streams;
    EventsHandler m_events;
    std::atomic<bool> m_enabled{true};
};

} // namespace swarmplay
