#include "apiexchange.h"

#include "eventstreamsink.h"
#include "httpconnection.h"
#include "iogate.h"
#include "streamrouter.h"

namespace swarmplay {

ServerApiExchange::ServerApiExchange(std::shared_ptr<IoGate> gate,
                                     std::weak_ptr<HttpConnection> connection, quint64 serial,
                                     std::shared_ptr<const std::atomic<bool>> connected)
    : m_gate(std::move(gate))
    , m_connection(std::move(connection))
    , m_serial(serial)
    , m_connected(std::move(connected))
{}

ServerApiExchange::~ServerApiExchange()
{
    if (!claim())
        return;
    const StreamRouter::Answer error = StreamRouter::error(500);
    deliver({error.status, error.headers, error.body});
}

bool ServerApiExchange::claim()
{
    return !m_answered.exchange(true);
}

void ServerApiExchange::answer(const ApiAnswer &answer)
{
    if (claim())
        deliver(answer);
}

void ServerApiExchange::deliver(const ApiAnswer &answer)
{
    m_gate->post([connection = m_connection, serial = m_serial, answer] {
        if (const auto c = connection.lock())
            c->deliverAnswer(serial, answer);
    });
}

std::shared_ptr<EventSink> ServerApiExchange::openEventStream(const HttpHeaders &headers,
                                                              qint64 queueLimitBytes,
                                                              const QByteArray &farewell)
{
    if (!claim()) {
        auto closed =
            std::make_shared<EventStreamSink>(queueLimitBytes, farewell, [] { return false; });
        closed->markClosed();
        return closed;
    }
    const std::shared_ptr<IoGate> gate = m_gate;
    const std::weak_ptr<HttpConnection> connection = m_connection;
    auto sink = std::make_shared<EventStreamSink>(queueLimitBytes, farewell, [gate, connection] {
        return gate->post([connection] {
            if (const auto c = connection.lock())
                c->onSinkActivity();
        });
    });
    const bool posted = m_gate->post([connection, serial = m_serial, headers, sink] {
        if (const auto c = connection.lock())
            c->startEventStream(serial, headers, sink);
        else
            sink->markClosed();
    });
    if (!posted)
        sink->markClosed();
    return sink;
}

bool ServerApiExchange::isConnected() const
{
    return m_connected->load();
}

} // namespace swarmplay
