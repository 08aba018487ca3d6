#pragma once

#include <memory>

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QPair>

namespace swarmplay {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One whole request for the control API as the server read it. The server has checked Host
// already (the same answer as for stream URLs); everything else is the handler's to judge.
struct ApiRequest
{
    QByteArray method;   // as sent
    QByteArray target;   // origin-form with the query, e.g. "/api/v1/torrents?since=12"
    HttpHeaders headers; // names in lower case, in the order sent
    QByteArray body;     // empty for a head-only request (see ApiHandler::bodyLimit)

    // The first value of a header (name in lower case), or an empty array.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first == name)
                return h.second;
        return {};
    }
    QByteArrayList headerValues(const QByteArray &name) const
    {
        QByteArrayList values;
        for (const auto &h : headers)
            if (h.first == name)
                values << h.second;
        return values;
    }
};

// A whole answer. The server adds Date, Content-Length and Connection.
struct ApiAnswer
{
    int status = 200;
    HttpHeaders headers; // Content-Type and the like
    QByteArray body;
};

// The open end of a streaming answer (Server-Sent Events): the status line and headers are on
// their way; the handler pushes chunks from any thread. Thread-safe.
class EventSink
{
public:
    virtual ~EventSink() = default;
    // Queues bytes for the client; never blocks. When the bytes queued and not yet written would
    // pass the sink's limit, the queue is discarded, the farewell given to openEventStream() is
    // written with a short deadline and the connection closed. Returns false once the sink is
    // closed (overflow, client gone, server closing): the handler should then forget it.
    virtual bool push(const QByteArray &bytes) = 0;
    // Ends the answer after what is queued has been written.
    virtual void close() = 0;
    virtual bool isOpen() const = 0;
};

// One request in flight. Thread-safe; exactly one of answer() and openEventStream() is called,
// once, from any thread. Dropping the last reference without either answers 500.
class ApiExchange
{
public:
    virtual ~ApiExchange() = default;
    virtual void answer(const ApiAnswer &answer) = 0;
    // Answers 200 with these headers and a body of unknown length that the sink feeds.
    virtual std::shared_ptr<EventSink> openEventStream(const HttpHeaders &headers,
                                                       qint64 queueLimitBytes,
                                                       const QByteArray &farewell) = 0;
    // False once the client has gone; an answer then goes nowhere.
    virtual bool isConnected() const = 0;
};

// Plugs the control API into the loopback server: requests whose target it accepts go to it,
// the rest (stream and playlist URLs) to the StreamRouter.
class ApiHandler
{
public:
    virtual ~ApiHandler() = default;
    // Called on the server's thread for every request; must be quick and thread-safe.
    virtual bool accepts(const QByteArray &target) const = 0;
    // Called with the request's head (body empty) before the body is read: the most bytes of
    // body it may carry. A longer body is answered 413 without being read.
    virtual qint64 bodyLimit(const ApiRequest &head) const = 0;
    // Called on the server's thread; must not block. The handler answers through the exchange,
    // from any thread.
    virtual void handle(const ApiRequest &request, std::shared_ptr<ApiExchange> exchange) = 0;
};

} // namespace swarmplay
