#include "apihost.h"

#include <QRandomGenerator>
#include <QThread>

#include "../http/streamserver.h"
#include "controlapi.h"
#include "eventhub.h"

namespace swarmplay {

namespace {

// The server writes on its own thread: what close() leaves queued there (the events' farewell,
// the answer to POST /shutdown) gets this long before the server closes.
constexpr int CloseGraceMs = 100;

} // namespace

ApiHost::ApiHost(Session *session, StreamServer *server, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_token(newToken())
    , m_events(new EventHub(session, this))
    , m_api(new ControlApi(session, m_token, server, this))
{
    EventHub *events = m_events;
    m_api->setEventsHandler(
        [events](const ApiRequest &request, std::shared_ptr<ApiExchange> exchange) {
            events->handle(request, std::move(exchange));
        });
    connect(m_api, &ControlApi::streamChanged, m_events, [events](const QJsonObject &stream) {
        events->publish(QStringLiteral("stream"), stream);
    });
    // Released by a client, by the idle limit or with the API switched off: the others hear.
    connect(m_api, &ControlApi::streamReleased, m_events, [events](const QString &id) {
        events->publish(QStringLiteral("stream_released"), QJsonObject{{QStringLiteral("id"), id}});
    });
    connect(m_api, &ControlApi::settingsChanged, this, &ApiHost::settingsChanged);
    connect(m_api, &ControlApi::shutdownRequested, this, &ApiHost::shutdownRequested,
            Qt::QueuedConnection);
    server->setApiHandler(m_api);
}

ApiHost::~ApiHost()
{
    close();
}

void ApiHost::setEnabled(bool on)
{
    m_api->setEnabled(on);
    if (!on)
        m_events->closeAll(QStringLiteral("disabled"),
                           QStringLiteral("Other programs may no longer control this engine."));
}

bool ApiHost::isEnabled() const
{
    return m_api->isEnabled();
}

QUrl ApiHost::baseUrl() const
{
    return m_server ? m_server->apiBaseUrl() : QUrl();
}

void ApiHost::close()
{
    if (m_closed)
        return;
    m_closed = true;
    m_events->closeAll(QStringLiteral("shutdown"), QStringLiteral("The engine is stopping."));
    if (m_server && m_server->isListening()) {
        QThread::msleep(CloseGraceMs);
        m_server->close();
    }
}

QByteArray ApiHost::newToken()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex();
}

} // namespace swarmplay
