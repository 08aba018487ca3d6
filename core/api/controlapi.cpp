#include "controlapi.h"

#include <QFile>

#include "../session/session.h"
#include "apilog.h"
#include "apireply.h"
#include "apiroute.h"
#include "jsonfields.h"
#include "settingsroutes.h"
#include "streamroutes.h"
#include "torrentdetailroutes.h"
#include "torrentrevisions.h"
#include "torrentroutes.h"

namespace swarmplay {

ControlApi::ControlApi(Session *session, const QByteArray &apiToken, StreamServer *streams,
                       QObject *parent)
    : QObject(parent)
    , m_guard(apiToken)
    , m_session(session)
    , m_revisions(new TorrentRevisions(session, this))
    , m_settings(std::make_unique<SettingsRoutes>(session, m_revisions))
    , m_torrents(new TorrentRoutes(session, m_revisions, this))
    , m_details(new TorrentDetailRoutes(session, streams, this))
    , m_streams(new StreamRoutes(session, streams, this))
{
    connect(m_streams, &StreamRoutes::streamChanged, this, &ControlApi::streamChanged);
    connect(m_streams, &StreamRoutes::streamReleased, this, &ControlApi::streamReleased);
}

ControlApi::~ControlApi() = default;

bool ControlApi::accepts(const QByteArray &target) const
{
    return m_enabled.load() && target.startsWith("/api/");
}

void ControlApi::setStreamIdleLimit(std::chrono::milliseconds limit)
{
    m_streams->setIdleLimit(limit);
}

void ControlApi::setEnabled(bool on)
{
    m_enabled.store(on);
    if (!on)
        QMetaObject::invokeMethod(this, [this] { m_streams->releaseAll(); });
}

qint64 ControlApi::bodyLimit(const ApiRequest &head) const
{
    return m_guard.bodyLimit(head);
}

void ControlApi::handle(const ApiRequest &request, std::shared_ptr<ApiExchange> exchange)
{
    // The rules first, here: a refused request never reaches the Session's thread.
    const ApiRoute route = ApiRoute::match(request.target);
    if (const std::optional<ApiAnswer> refusal = m_guard.check(request, route)) {
        logApiRefusal(request, *refusal);
        return exchange->answer(*refusal);
    }
    // A HEAD is answered as its GET: the server sends the headers and the Content-Length alone.
    QMetaObject::invokeMethod(
        this, [this, request, route, exchange] { dispatch(request, route, exchange); },
        Qt::QueuedConnection);
}

void ControlApi::setEventsHandler(EventsHandler handler)
{
    m_events = std::move(handler);
}

void ControlApi::dispatch(const ApiRequest &request, const ApiRoute &route,
                          const std::shared_ptr<ApiExchange> &exchange)
{
    const bool read = request.method == "GET" || request.method == "HEAD";
    switch (route.kind()) {
    case ApiRoute::Kind::Session:
        return exchange->answer(m_settings->session());
    case ApiRoute::Kind::Settings:
        return exchange->answer(read ? m_settings->settings() : patchSettings(request.body));
    case ApiRoute::Kind::Streams:
        return read ? m_streams->list(exchange) : m_streams->open(request, exchange);
    case ApiRoute::Kind::Stream:
        return read ? m_streams->get(route, exchange)
                    : m_streams->release(request, route, exchange);
    case ApiRoute::Kind::Shutdown: {
        JsonFields fields(request.body);
        if (!fields.allowOnly({}))
            return exchange->answer(fields.error());
        exchange->answer(ApiReply::json(202, QJsonObject{{QStringLiteral("shutting_down"), true}}));
        // Queued: the answer leaves before the owner starts tearing down.
        QMetaObject::invokeMethod(this, &ControlApi::shutdownRequested, Qt::QueuedConnection);
        return;
    }
    case ApiRoute::Kind::Events:
        if (!m_events)
            return exchange->answer(
                ApiReply::error(503, QStringLiteral("events-unavailable"),
                                QStringLiteral("This engine does not serve events.")));
        return m_events(request, exchange);
    case ApiRoute::Kind::OpenApi:
        return answerOpenApi(exchange);
    default:
        return dispatchTorrent(request, route, exchange);
    }
}

void ControlApi::dispatchTorrent(const ApiRequest &request, const ApiRoute &route,
                                 const std::shared_ptr<ApiExchange> &exchange)
{
    const bool read = request.method == "GET" || request.method == "HEAD";
    switch (route.kind()) {
    case ApiRoute::Kind::Torrents:
        return read ? m_torrents->list(route, exchange) : m_torrents->add(request, route, exchange);
    case ApiRoute::Kind::Torrent:
        return read ? m_torrents->get(route, exchange)
                    : m_torrents->remove(request, route, exchange);
    case ApiRoute::Kind::TorrentAction:
        return m_torrents->action(request, route, exchange);
    case ApiRoute::Kind::Files:
        return read ? m_details->files(route, exchange)
                    : m_details->chooseFiles(request, route, exchange);
    case ApiRoute::Kind::Peers:
        return m_details->peers(route, exchange);
    case ApiRoute::Kind::Trackers:
        return m_details->trackers(route, exchange);
    case ApiRoute::Kind::Pieces:
        return m_details->pieces(route, exchange);
    default:
        // ApiGuard let through only routes that exist, and every one is handled above.
        return exchange->answer(ApiReply::error(500, QStringLiteral("internal-error"),
                                                QStringLiteral("This route has no handler.")));
    }
}

ApiAnswer ControlApi::patchSettings(const QByteArray &body)
{
    const SessionSettings before = m_session->settings();
    const ApiAnswer answer = m_settings->patch(body);
    if (answer.status == 200)
        emit settingsChanged(before, m_session->settings());
    return answer;
}

void ControlApi::answerOpenApi(const std::shared_ptr<ApiExchange> &exchange) const
{
    QFile file(QStringLiteral(":/api/openapi.json"));
    if (!file.open(QIODevice::ReadOnly))
        return exchange->answer(ApiReply::error(500, QStringLiteral("internal-error"),
                                                QStringLiteral("The API description is missing.")));
    exchange->answer(ApiReply::json(200, file.readAll()));
}

} // namespace swarmplay
