#pragma once

#include <chrono>
#include <map>
#include <memory>

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include "../http/apihandler.h"

namespace swarmplay {

class ApiRoute;
class ApiStream;
class Session;
class StreamServer;

// POST /api/v1/streams opens a stream (ApiStream), GET /api/v1/streams lists them,
// GET /api/v1/streams/{id} says how far one is, DELETE releases it, and with it its readers:
// another client's stream of the same file keeps its own. A stream nobody asks about and nobody
// plays is released by itself after IdleLimit, so a client that crashed does not keep its slots.
// Ids are random, so one client cannot guess another's. Lives on the Session's thread.
class StreamRoutes : public QObject
{
    Q_OBJECT

public:
    using Exchange = std::shared_ptr<ApiExchange>;
    // Each stream holds a few readers; a client that never releases its streams is bounded.
    static constexpr int MaxStreams = 64;
    // The most bytes of pre-buffer a stream asks for.
    static constexpr qint64 MaxPrebufferBytes = qint64(1) << 30;
    // How long a stream lives without a GET of it and without a player on its URL.
    static constexpr std::chrono::milliseconds IdleLimit = std::chrono::minutes(10);

    StreamRoutes(Session *session, StreamServer *streams, QObject *parent = nullptr);
    ~StreamRoutes() override;

    void open(const ApiRequest &request, const Exchange &exchange);
    void list(const Exchange &exchange);
    void get(const ApiRoute &route, const Exchange &exchange);
    void release(const ApiRequest &request, const ApiRoute &route, const Exchange &exchange);

    int count() const { return int(m_streams.size()); }
    // Releases every stream, as if each client had released its own.
    void releaseAll();
    // IdleLimit unless set (tests shorten it).
    void setIdleLimit(std::chrono::milliseconds limit);

signals:
    // ApiJson::stream() of a stream whose state or buffer changed.
    void streamChanged(const QJsonObject &stream);
    void streamReleased(const QString &id);

private:
    void refreshAll();
    void releaseIdle();
    // Whether someone other than the API's streams reads the stream's file over HTTP.
    bool isPlayed(const ApiStream &stream) const;
    static QString newId();

    Session *m_session;
    QPointer<StreamServer> m_server;
    std::map<QString, std::unique_ptr<ApiStream>> m_streams;
    std::chrono::milliseconds m_idleLimit = IdleLimit;
    QTimer m_idleCheck;
};

} // namespace swarmplay
