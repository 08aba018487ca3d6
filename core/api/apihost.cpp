#include "apihost.h"

#include <QRandomGenerator>

#include "../http/streamserver.h"
#include "eventhub.h"

namespace swarmplay {

ApiHost::ApiHost(Session *session, StreamServer *server, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_token(newToken())
    , m_events(new EventHub(session, this))
{}

ApiHost::~ApiHost()
{
    close();
}

QUrl ApiHost::baseUrl() const
{
    // The stream URLs' scheme, host and port: the API is served on the same port.
    QUrl url = m_server->streamUrl(QString(40, QLatin1Char('0')), 0);
    url.setPath(QStringLiteral("/api/v1"));
    return url;
}

void ApiHost::close()
{
    m_events->closeAll(QStringLiteral("shutdown"));
}

QByteArray ApiHost::newToken()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex();
}

} // namespace swarmplay
