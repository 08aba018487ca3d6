#pragma once

// Internal to swarmplay_core (Boost.Beast): one client connection of the loopback server.

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>

#include "apihandler.h"
#include "connectionport.h"
#include "eventstreamwriter.h"
#include "filepump.h"
#include "httpmessage.h"
#include "responsewriter.h"
#include "streamrouter.h"

namespace swarmplay {

class EventStreamSink;
class IoGate;
class StreamSource;

// One client of the loopback server, served on the server's thread without ever blocking it: it
// reads requests (keep-alive, pipelining), routes stream and playlist URLs through the
// StreamRouter and control-API requests to the ApiHandler, writes their answers' heads and small
// bodies (a FilePump writes a file's bytes, an EventStreamWriter an event stream), and watches
// the client while it waits so that a hang-up frees what it held. Every method runs on the
// server's thread.
class HttpConnection final : public std::enable_shared_from_this<HttpConnection>,
                             private ConnectionPort
{
public:
    // What every connection of one listening server shares.
    struct Shared
    {
        std::shared_ptr<IoGate> gate;
        StreamSource *source = nullptr;
        const StreamRouter *router = nullptr;
        ApiHandler *api = nullptr;
        const std::atomic<int> *idleTimeoutMs = nullptr;
        // The connection has ended: the server forgets it.
        std::function<void(HttpConnection *)> finished;
    };

    HttpConnection(boost::asio::ip::tcp::socket socket, std::shared_ptr<const Shared> shared);
    ~HttpConnection();

    void start();
    // For close(), once the server's thread has stopped: aborts what waits, closes the socket.
    void terminate();

    // Posted by the request's ServerApiExchange and EventStreamSink.
    void deliverAnswer(quint64 serial, const ApiAnswer &answer);
    void startEventStream(quint64 serial, const HttpHeaders &headers,
                          std::shared_ptr<EventStreamSink> sink);
    void onSinkActivity();

private:
    enum class Phase
    {
        ReadingRequest, // idle, or a head on its way
        ReadingBody,
        Answering,     // a whole answer being written
        StreamingFile, // a file's bytes being written, or waited for
        AwaitingApi,   // the handler has the request
        EventStream,   // until the connection closes
        Lingering,
        Finished,
    };

    void readRequest();
    void readHead();
    void onHead(boost::system::error_code ec);
    void failRead(boost::system::error_code ec);
    void readBody(std::function<void()> then);
    void beginStreamRequest();
    void routeStream();
    void beginApiRequest();
    void dispatchApi();

    void respond(const StreamRouter::Answer &answer, bool keepAlive);
    // Writes m_response's head (headOnly) or all of it, then done().
    void writeResponse(bool headOnly, std::function<void()> done);
    // The completion of a write of this connection: next(bytes written), unless the write failed
    // (the connection ends) or the connection finished meanwhile.
    std::function<void(boost::system::error_code, std::size_t)>
    afterWrite(std::function<void(std::size_t)> next);
    void afterAnswer(bool keepAlive);

    void onWatched(boost::system::error_code ec, std::size_t bytes);
    void clientLeft(bool orderly);
    void lingerClose();
    void finish();
    void shutDown(bool tellServer);
    void armTimer(int msecs);
    void cancelTimer();

    // ConnectionPort, for m_pump and m_events.
    void write(boost::asio::const_buffer bytes, std::function<void(std::size_t)> next) override;
    bool isWriting() const override { return m_writing; }
    void answered(bool keepAlive) override { afterAnswer(keepAlive); }
    void close() override { lingerClose(); }
    void abandon() override { finish(); }
    void armDeadline(int msecs) override { armTimer(msecs); }
    void watchClient() override;
    bool clientClosed() const override { return m_peerEof; }
    std::function<void()> wakeUp(std::function<void()> fn) override;

    boost::asio::ip::tcp::socket m_socket;
    boost::asio::steady_timer m_timer; // the deadline of the current phase, if it has one
    quint64 m_timerSerial = 0;
    const std::shared_ptr<const Shared> m_shared;
    const std::shared_ptr<std::atomic<bool>> m_connected; // what ApiExchange::isConnected() says
    Phase m_phase = Phase::ReadingRequest;
    bool m_reading = false; // one read at a time: the parser's or the watch's
    bool m_writing = false;
    bool m_peerEof = false; // the client closed its side (or left)

    boost::beast::flat_buffer m_buffer;
    std::optional<boost::beast::http::request_parser<boost::beast::http::string_body>> m_parser;
    StreamRouter::Request m_request;
    bool m_head = false;
    bool m_toApi = false; // the request in hand goes to the control API
    qint64 m_apiBodyLimit = 0;
    bool m_keepAlive = false; // what the request allows
    ResponseWriter m_response;

    FilePump m_pump;
    ApiRequest m_apiRequest;
    quint64 m_exchangeSerial = 0;
    EventStreamWriter m_events;
};

} // namespace swarmplay
