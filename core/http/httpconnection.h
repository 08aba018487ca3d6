#pragma once

// Internal to swarmplay_core (Boost.Beast): one client connection of the loopback server.

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/serializer.hpp>
#include <boost/beast/http/string_body.hpp>

#include "apihandler.h"
#include "httpmessage.h"
#include "streamrouter.h"

namespace swarmplay {

class ByteReader;
class EventStreamSink;
class IoGate;
class StreamSource;

// One client of the loopback server, served on the server's thread without ever blocking it: it
// reads requests (keep-alive, pipelining), answers stream and playlist URLs through the
// StreamRouter while their bytes download, hands control-API requests to the ApiHandler and
// writes their answers or event streams, and watches the client while it waits so that a
// hang-up frees what it held. Every method runs on the server's thread.
class HttpConnection : public std::enable_shared_from_this<HttpConnection>
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
    // Past the connection limit: a 503 written without waiting, then the socket closes.
    static void refuseBusy(boost::asio::ip::tcp::socket &socket);

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
        EventStream,
        Farewell, // an event stream whose client fell behind says why and closes
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
    void writeResponse(bool headOnly, std::function<void()> done);
    void setBody(const QByteArray &body);
    // Writes m_out, then next(bytes written), unless the write failed (the connection ends) or
    // the connection finished meanwhile.
    void writeOut(std::function<void(std::size_t)> next);
    // The completion of a write of this connection that goes on with next(bytes) in that case.
    std::function<void(boost::system::error_code, std::size_t)>
    afterWrite(std::function<void(std::size_t)> next);
    void afterAnswer(bool keepAlive);

    void pumpFile();
    void readChunk();
    void waitForBytes();
    void onBytesReady(quint64 serial);

    void writeEvents();
    void beginFarewell();
    void writeFarewell();

    void watchClient();
    void onWatched(boost::system::error_code ec, std::size_t bytes);
    void clientLeft(bool orderly);
    void lingerClose();
    void finish();
    void shutDown(bool tellServer);
    void armTimer(int msecs);
    void cancelTimer();

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
    std::optional<httpmessage::Response> m_response;
    QByteArray m_responseBody; // what m_response's body views, shared with whoever made it
    std::optional<boost::beast::http::response_serializer<httpmessage::ResponseBody>> m_serializer;

    std::unique_ptr<ByteReader> m_reader;
    qint64 m_offset = 0;
    qint64 m_remaining = 0;
    bool m_fileKeepAlive = false;
    std::vector<char> m_chunk;
    bool m_waitingForBytes = false;
    quint64 m_waitSerial = 0;

    ApiRequest m_apiRequest;
    quint64 m_exchangeSerial = 0;
    std::shared_ptr<EventStreamSink> m_sink;
    QByteArray m_out; // event bytes being written
};

} // namespace swarmplay
