#include "eventsubscribers.h"

#include "eventsubscriber.h"

namespace swarmplay::bench {

EventSubscribers::EventSubscribers(const QString &host, quint16 port, const QByteArray &token)
    : m_host(host)
    , m_port(port)
    , m_token(token)
    , m_home(new QObject)
{
    m_thread.setObjectName(QStringLiteral("subscribers"));
    m_home->moveToThread(&m_thread);
    m_thread.start();
}

EventSubscribers::~EventSubscribers()
{
    close();
    m_thread.quit();
    m_thread.wait();
    delete m_home;
}

bool EventSubscribers::open(int n, int timeoutMs)
{
    close();
    m_log.clear();
    QMetaObject::invokeMethod(
        m_home,
        [this, n] {
            for (int i = 0; i < n; ++i)
                (new EventSubscriber(i, m_host, m_port, m_token, &m_log, m_home))->open();
        },
        Qt::BlockingQueuedConnection);
    m_count = n;
    return m_log.waitSnapshots(n, timeoutMs);
}

void EventSubscribers::close()
{
    QMetaObject::invokeMethod(
        m_home, [this] { qDeleteAll(m_home->findChildren<EventSubscriber *>()); },
        Qt::BlockingQueuedConnection);
    m_count = 0;
}

} // namespace swarmplay::bench
