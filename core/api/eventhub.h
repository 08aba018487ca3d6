#pragma once

#include <memory>
#include <vector>

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>

#include "../http/apihandler.h"
#include "eventjournal.h"

namespace swarmplay {

class Session;
class SessionEvents;

// The control API's live events (GET /api/v1/events) as Server-Sent Events: what the Session
// reports (see SessionEvents) and what is published here (a stream's buffer state), numbered in
// one journal and written to every subscriber. A subscriber's queue is bounded by the server:
// one that stops reading is dropped there and never slows the engine or the others.
//
// Frames: "id: <epoch>:<revision>\nevent: <type>\ndata: <compact JSON>\n\n". A client that
// reconnects with a Last-Event-ID of this run still in the journal gets what came after it;
// any other client (no id, another run's, too old, malformed) first gets one "snapshot" event
// (every torrent and the session's figures) carrying the current revision, then the live ones.
// A ": keepalive" comment goes out every heartbeat. When the hub closes a stream it says so
// with a "dropped" event first.
//
// Lives in the Session's thread. handle() and publish() may be called from any thread; whoever
// calls handle() (the server) must stop before the hub is destroyed.
class EventHub : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int heartbeatMs = 15000;
        int fileProgressMs = 1000; // file_progress at most this often per torrent
        int journalEvents = 4096;
        qint64 journalBytes = 4 * 1024 * 1024;
        qint64 queueLimitBytes = 1024 * 1024; // per subscriber, at least twice its first frames
        QByteArray epoch;                     // empty: a random one
    };

    explicit EventHub(Session *session, QObject *parent = nullptr);
    EventHub(Session *session, const Options &options, QObject *parent = nullptr);
    ~EventHub() override;

    // Opens an event stream for the request (its Last-Event-ID decides where it starts). The
    // caller has checked the route, the method and the client's rights. Any thread; does not
    // block.
    void handle(const ApiRequest &request, std::shared_ptr<ApiExchange> exchange);
    // Numbers and sends an event that does not come from the Session (ControlApi's stream
    // buffer state as "stream"). type: lower-case letters and '_'. Any thread.
    void publish(const QString &type, const QJsonObject &data);

    QByteArray epoch() const { return m_journal.epoch(); }
    // The id of the last event sent, "<epoch>:<revision>".
    QByteArray lastId() const { return m_journal.lastId(); }
    int subscriberCount() const { return int(m_sinks.size()); }
    void setHeartbeatInterval(int ms);
    // Says goodbye to every subscriber ("dropped" with the reason, a code, and a message in
    // English) and ends their streams.
    void closeAll(const QString &reason, const QString &message);

private:
    void subscribe(const ApiRequest &request, const std::shared_ptr<ApiExchange> &exchange);
    void send(const QString &type, const QJsonObject &data);
    // Writes bytes to every subscriber, forgetting those that are gone.
    void broadcast(const QByteArray &bytes);
    QByteArray snapshotFrame() const;

    Session *m_session;
    Options m_options;
    EventJournal m_journal;
    SessionEvents *m_events;
    QTimer m_heartbeat;
    std::vector<std::shared_ptr<EventSink>> m_sinks;
};

} // namespace swarmplay
