#pragma once

#include <atomic>
#include <memory>

#include "apihandler.h"

namespace swarmplay {

class HttpConnection;
class IoGate;

// The server's side of one control-API request: carries the handler's answer or event stream,
// from whichever thread gives it, to the connection's thread, and answers 500 for a handler that
// drops the request. Thread-safe.
class ServerApiExchange : public ApiExchange
{
public:
    // serial tells this request from the connection's later ones; connected turns false when the
    // client leaves.
    ServerApiExchange(std::shared_ptr<IoGate> gate, std::weak_ptr<HttpConnection> connection,
                      quint64 serial, std::shared_ptr<const std::atomic<bool>> connected);
    ~ServerApiExchange() override;

    void answer(const ApiAnswer &answer) override;
    std::shared_ptr<EventSink> openEventStream(const HttpHeaders &headers, qint64 queueLimitBytes,
                                               const QByteArray &farewell) override;
    bool isConnected() const override;

private:
    bool claim(); // true for the first answer only
    void deliver(const ApiAnswer &answer);

    const std::shared_ptr<IoGate> m_gate;
    const std::weak_ptr<HttpConnection> m_connection;
    const quint64 m_serial;
    const std::shared_ptr<const std::atomic<bool>> m_connected;
    std::atomic<bool> m_answered{false};
};

} // namespace swarmplay
