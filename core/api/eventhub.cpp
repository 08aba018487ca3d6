#include "eventhub.h"

#include <algorithm>

#include <QRegularExpression>
#include <QThread>

#include "../session/session.h"
#include "apijson.h"
#include "sessionevents.h"

namespace swarmplay {

namespace {

qint64 sizeOf(const QByteArrayList &frames)
{
    qint64 bytes = 0;
    for (const QByteArray &f : frames)
        bytes += f.size();
    return bytes;
}

QByteArray farewell(const QString &reason, const QString &message)
{
    return EventJournal::frame({}, "dropped",
                               ApiJson::compact(QJsonObject{{QStringLiteral("reason"), reason},
                                                            {QStringLiteral("message"), message}}));
}

} // namespace

EventHub::EventHub(Session *session, QObject *parent)
    : EventHub(session, Options(), parent)
{}

EventHub::EventHub(Session *session, const Options &options, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_options(options)
    , m_journal(options.epoch.isEmpty() ? EventJournal::randomEpoch() : options.epoch,
                options.journalEvents, options.journalBytes)
    , m_events(new SessionEvents(session, this))
{
    m_events->setFileProgressInterval(options.fileProgressMs);
    connect(m_events, &SessionEvents::occurred, this, &EventHub::send);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] { broadcast(": keepalive\n\n"); });
    m_heartbeat.start(options.heartbeatMs);
}

EventHub::~EventHub()
{
    closeAll(QStringLiteral("shutdown"), QStringLiteral("The event hub is closing."));
}

void EventHub::handle(const ApiRequest &request, std::shared_ptr<ApiExchange> exchange)
{
    QMetaObject::invokeMethod(
        this, [this, request, exchange] { subscribe(request, exchange); }, Qt::QueuedConnection);
}

void EventHub::publish(const QString &type, const QJsonObject &data)
{
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(
            this, [this, type, data] { publish(type, data); }, Qt::QueuedConnection);
        return;
    }
    static const QRegularExpression name(QStringLiteral("^[a-z_]+$"));
    if (!name.match(type).hasMatch()) {
        qWarning("swarmplay: event type \"%s\" is not a name; not sent", qPrintable(type));
        return;
    }
    send(type, data);
}

void EventHub::setHeartbeatInterval(int ms)
{
    m_heartbeat.start(ms);
}

void EventHub::closeAll(const QString &reason, const QString &message)
{
    const QByteArray bye = farewell(reason, message);
    for (const std::shared_ptr<EventSink> &sink : m_sinks) {
        sink->push(bye);
        sink->close();
    }
    m_sinks.clear();
}

void EventHub::subscribe(const ApiRequest &request, const std::shared_ptr<ApiExchange> &exchange)
{
    if (!exchange->isConnected())
        return;
    // A replay larger than half the queue would overflow it at once: the snapshot is shorter.
    QByteArrayList first;
    const std::optional<QByteArrayList> missed =
        m_journal.framesAfter(request.header("last-event-id").trimmed());
    if (missed && sizeOf(*missed) <= m_options.queueLimitBytes / 2)
        first = *missed;
    else
        first << snapshotFrame();
    const HttpHeaders headers = {
        {"Content-Type", "text/event-stream; charset=utf-8"},
        {"Cache-Control", "no-store"},
    };
    const qint64 limit = std::max(m_options.queueLimitBytes, 2 * sizeOf(first));
    const std::shared_ptr<EventSink> sink = exchange->openEventStream(
        headers, limit,
        farewell(QStringLiteral("overflow"),
                 QStringLiteral("More than %1 bytes of events waited for this client; reconnect "
                                "with Last-Event-ID to resume.")
                     .arg(limit)));
    if (!sink)
        return;
    for (const QByteArray &frame : first) {
        if (!sink->push(frame))
            return;
    }
    m_sinks.push_back(sink);
}

void EventHub::send(const QString &type, const QJsonObject &data)
{
    broadcast(m_journal.append(type.toUtf8(), ApiJson::compact(data)));
}

void EventHub::broadcast(const QByteArray &bytes)
{
    m_sinks.erase(
        std::remove_if(m_sinks.begin(), m_sinks.end(),
                       [&](const std::shared_ptr<EventSink> &sink) { return !sink->push(bytes); }),
        m_sinks.end());
}

QByteArray EventHub::snapshotFrame() const
{
    return EventJournal::frame(m_journal.lastId(), "snapshot",
                               ApiJson::compact(m_events->snapshot()));
}

} // namespace swarmplay
