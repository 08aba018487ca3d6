#include "httpconnection.h"

#include <algorithm>
#include <chrono>
#include <limits>

#include <boost/asio/write.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/http/read.hpp>

#include "../stream/streamsource.h"
#include "apiexchange.h"
#include "eventstreamsink.h"
#include "httpmessage.h"
#include "iogate.h"

namespace swarmplay {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = boost::beast::http;
using tcp = asio::ip::tcp;
using ErrorCode = boost::system::error_code;

namespace {

// What is read ahead of the parser: one request head plus pipelined requests.
constexpr std::size_t kBufferBytes = 64 * 1024;
// What a connection reads at a time while it watches its client: mostly nothing (an end of
// stream); small, since every idle event subscriber holds this much.
constexpr std::size_t kWatchBytes = 4 * 1024;
constexpr std::uint32_t kHeaderLimit = 16 * 1024;
// GET and HEAD of stream URLs carry no body worth reading.
constexpr std::uint64_t kStreamBodyLimit = 16 * 1024;
// After the last answer of a connection, how long to drain what the client still sends, so that
// closing does not reset the connection under the answer (a "lingering close").
constexpr int kLingerMs = 1000;
// The interim answer curl waits a second for before it sends a large body.
constexpr char kContinue[] = "HTTP/1.1 100 Continue\r\n\r\n";

} // namespace

HttpConnection::HttpConnection(tcp::socket socket, std::shared_ptr<const Shared> shared)
    : m_socket(std::move(socket))
    , m_timer(m_socket.get_executor())
    , m_shared(std::move(shared))
    , m_connected(std::make_shared<std::atomic<bool>>(true))
    , m_buffer(kBufferBytes)
    , m_response(m_socket)
    , m_pump(*this)
    , m_events(*this)
{}

HttpConnection::~HttpConnection() = default;

void HttpConnection::start()
{
    ErrorCode ec;
    m_socket.set_option(tcp::no_delay(true), ec);
    // A small send buffer keeps the connection's reader close to what the client has taken.
    // Loopback buffers grow to megabytes; the reader would run that far ahead of the player
    // and the scheduler would fetch for a position nobody is at.
    m_socket.set_option(asio::socket_base::send_buffer_size(256 * 1024), ec);
    readRequest();
}

// --- Requests -------------------------------------------------------------------------------

void HttpConnection::readRequest()
{
    m_phase = Phase::ReadingRequest;
    m_toApi = false;
    m_parser.emplace();
    m_parser->header_limit(kHeaderLimit);
    // How much body may follow depends on where the request goes, known once its head is read.
    m_parser->body_limit(std::numeric_limits<std::uint64_t>::max());
    armTimer(m_shared->idleTimeoutMs->load());
    if (m_reading) {
        // The watch's read: its handler starts the head's once it is cancelled.
        ErrorCode ec;
        m_socket.cancel(ec);
    } else {
        readHead();
    }
}

void HttpConnection::readHead()
{
    m_reading = true;
    http::async_read_header(m_socket, m_buffer, *m_parser,
                            [self = shared_from_this()](ErrorCode ec, std::size_t) {
                                self->m_reading = false;
                                self->onHead(ec);
                            });
}

void HttpConnection::onHead(ErrorCode ec)
{
    if (m_phase == Phase::Finished)
        return;
    cancelTimer();
    if (ec) {
        failRead(ec);
        return;
    }
    const auto &req = m_parser->get();
    m_request = httpmessage::routerRequest(req);
    m_head = m_request.method == "HEAD";
    m_keepAlive = req.version() >= 11 && req.keep_alive();

    // Host first, for every request: a page on a rebound DNS name learns nothing. A body the
    // request carries is not read, so the connection cannot go on after the answer. HTTP/1.0
    // may leave Host out of a stream URL, never out of a control-API request.
    const bool toApi = m_shared->api && m_shared->api->accepts(m_request.target);
    const auto rule =
        toApi ? StreamRouter::HostRule::Required : StreamRouter::HostRule::Http10MayOmit;
    if (std::optional<StreamRouter::Answer> refused =
            m_shared->router->checkHost(m_request, rule)) {
        respond(*refused, m_keepAlive && m_parser->is_done());
        return;
    }
    if (toApi)
        beginApiRequest();
    else
        beginStreamRequest();
}

void HttpConnection::failRead(ErrorCode ec)
{
    const std::optional<int> status = httpmessage::refusalStatus(ec);
    if (!status) {
        finish(); // end of stream or reset, perhaps mid-request; or the idle timeout
        return;
    }
    // Only a body's failure knows its request went to the API; a head's has no target yet.
    respond(m_toApi ? httpmessage::apiRefusal(*status, m_apiBodyLimit)
                    : StreamRouter::error(*status),
            false);
}

void HttpConnection::readBody(std::function<void()> then)
{
    m_phase = Phase::ReadingBody;
    armTimer(m_shared->idleTimeoutMs->load());
    m_reading = true;
    http::async_read(m_socket, m_buffer, *m_parser,
                     [self = shared_from_this(), then](ErrorCode ec, std::size_t) {
                         self->m_reading = false;
                         if (self->m_phase == Phase::Finished)
                             return;
                         self->cancelTimer();
                         if (ec)
                             self->failRead(ec);
                         else
                             then();
                     });
}

void HttpConnection::beginStreamRequest()
{
    const auto length = m_parser->content_length();
    if (length && *length > kStreamBodyLimit) {
        respond(StreamRouter::error(413), false);
    } else if (m_parser->is_done()) {
        routeStream();
    } else {
        m_parser->body_limit(kStreamBodyLimit);
        readBody([this] { routeStream(); });
    }
}

void HttpConnection::routeStream()
{
    StreamRouter::Answer routed = m_shared->router->route(m_request);
    const bool keepAlive = m_keepAlive && !routed.mustClose;
    std::unique_ptr<ByteReader> reader;
    if (routed.streamsFile && !m_head && routed.length > 0) {
        reader = m_shared->source->open(routed.torrentKey, routed.fileIndex, ReaderRole::Http);
        if (!reader)
            routed = StreamRouter::error(404); // removed since route() looked
    }
    if (!reader) {
        respond(routed, keepAlive);
        return;
    }
    m_pump.start(std::move(reader), routed.offset, routed.length, keepAlive);
    m_phase = Phase::StreamingFile;
    m_response.start(routed.status, routed.headers, keepAlive)
        .content_length(static_cast<std::uint64_t>(routed.length));
    watchClient();
    writeResponse(true, [this] { m_pump.pump(); }); // the headers go out at once
}

void HttpConnection::beginApiRequest()
{
    const auto &req = m_parser->get();
    m_toApi = true;
    m_apiRequest = httpmessage::apiHead(req);
    const qint64 limit = std::max<qint64>(0, m_shared->api->bodyLimit(m_apiRequest));
    m_apiBodyLimit = limit;
    const auto length = m_parser->content_length();
    if (length && *length > static_cast<std::uint64_t>(limit)) {
        respond(httpmessage::apiRefusal(413, limit), false); // the body is not read
        return;
    }
    if (m_parser->is_done()) {
        dispatchApi();
        return;
    }
    m_parser->body_limit(static_cast<std::uint64_t>(limit)); // a chunked body stops there
    if (!beast::iequals(req[http::field::expect], "100-continue")) {
        readBody([this] { dispatchApi(); });
        return;
    }
    write(asio::buffer(kContinue, sizeof kContinue - 1),
          [this](std::size_t) { readBody([this] { dispatchApi(); }); });
}

void HttpConnection::dispatchApi()
{
    const std::string &body = m_parser->get().body();
    m_apiRequest.body = QByteArray(body.data(), static_cast<int>(body.size()));
    m_phase = Phase::AwaitingApi;
    auto exchange = std::make_shared<ServerApiExchange>(m_shared->gate, weak_from_this(),
                                                        ++m_exchangeSerial, m_connected);
    watchClient(); // a client that leaves meanwhile turns isConnected() false
    const ApiRequest request = std::move(m_apiRequest);
    m_apiRequest = ApiRequest();
    m_shared->api->handle(request, std::move(exchange));
}

// --- Answers --------------------------------------------------------------------------------

void HttpConnection::respond(const StreamRouter::Answer &answer, bool keepAlive)
{
    m_phase = Phase::Answering;
    keepAlive = keepAlive && !answer.mustClose;
    m_response.start(answer.status, answer.headers, keepAlive)
        .content_length(static_cast<std::uint64_t>(answer.contentLength()));
    const bool headOnly = m_head || answer.streamsFile;
    if (!headOnly)
        m_response.setBody(answer.body);
    writeResponse(headOnly, [this, keepAlive] { afterAnswer(keepAlive); });
}

void HttpConnection::deliverAnswer(quint64 serial, const ApiAnswer &answer)
{
    if (m_phase != Phase::AwaitingApi || serial != m_exchangeSerial)
        return;
    m_phase = Phase::Answering;
    const bool keepAlive = m_keepAlive;
    httpmessage::Response &head = m_response.start(answer.status, answer.headers, keepAlive);
    const bool noBody = httpmessage::isBodyless(answer.status);
    if (!noBody)
        head.content_length(static_cast<std::uint64_t>(answer.body.size()));
    if (!noBody && !m_head)
        m_response.setBody(answer.body);
    writeResponse(noBody || m_head, [this, keepAlive] { afterAnswer(keepAlive); });
}

std::function<void(boost::system::error_code, std::size_t)>
HttpConnection::afterWrite(std::function<void(std::size_t)> next)
{
    return [self = shared_from_this(), next = std::move(next)](ErrorCode ec, std::size_t n) {
        self->m_writing = false;
        if (self->m_phase == Phase::Finished)
            return;
        if (ec)
            self->finish(); // the client is gone
        else
            next(n);
    };
}

void HttpConnection::write(asio::const_buffer bytes, std::function<void(std::size_t)> next)
{
    m_writing = true;
    asio::async_write(m_socket, bytes, afterWrite(std::move(next)));
}

void HttpConnection::writeResponse(bool headOnly, std::function<void()> done)
{
    m_writing = true;
    m_response.write(headOnly, afterWrite([done = std::move(done)](std::size_t) { done(); }));
}

void HttpConnection::afterAnswer(bool keepAlive)
{
    m_response.clear();
    if (keepAlive && !m_peerEof)
        readRequest();
    else
        lingerClose();
}

// --- Event streams --------------------------------------------------------------------------

void HttpConnection::startEventStream(quint64 serial, const HttpHeaders &headers,
                                      std::shared_ptr<EventStreamSink> sink)
{
    if (m_phase != Phase::AwaitingApi || serial != m_exchangeSerial || m_peerEof) {
        sink->markClosed();
        if (m_phase == Phase::AwaitingApi && serial == m_exchangeSerial)
            finish();
        return;
    }
    m_phase = Phase::EventStream;
    m_events.attach(std::move(sink));
    // Close-delimited: no Content-Length and no chunks; the body ends when the connection does.
    m_response.start(200, headers, false).set(http::field::cache_control, "no-store");
    writeResponse(true, [this] {
        m_response.clear();
        if (m_head)
            lingerClose();
        else
            m_events.begin();
    });
}

void HttpConnection::onSinkActivity()
{
    if (m_phase == Phase::EventStream)
        m_events.onActivity();
}

// --- The client's side, and the end ---------------------------------------------------------

void HttpConnection::watchClient()
{
    if (m_reading || m_peerEof || m_phase == Phase::Finished)
        return;
    const std::size_t room = m_buffer.max_size() - m_buffer.size();
    if (room == 0)
        return; // pipelined requests fill the buffer: they wait for this answer
    m_reading = true;
    m_socket.async_read_some(m_buffer.prepare(std::min(room, kWatchBytes)),
                             [self = shared_from_this()](ErrorCode ec, std::size_t n) {
                                 self->m_reading = false;
                                 self->onWatched(ec, n);
                             });
}

void HttpConnection::onWatched(ErrorCode ec, std::size_t bytes)
{
    if (m_phase == Phase::Finished)
        return;
    if (ec && ec != asio::error::operation_aborted) {
        clientLeft(ec == asio::error::eof);
        return;
    }
    m_buffer.commit(bytes);
    switch (m_phase) {
    case Phase::ReadingRequest:
        readHead(); // readRequest() cancelled the watch to read the next head
        return;
    case Phase::EventStream:
    case Phase::Lingering:
        m_buffer.consume(m_buffer.size()); // no request follows
        break;
    default:
        break; // a pipelined request, kept for later
    }
    if (!ec)
        watchClient();
}

void HttpConnection::clientLeft(bool orderly)
{
    m_peerEof = true;
    m_connected->store(false);
    // A client that only closed its side still gets what is being written; a wait for bytes,
    // for events or for the next request ends now.
    const bool writing = orderly && (m_phase == Phase::Answering || m_phase == Phase::AwaitingApi ||
                                     (m_phase == Phase::StreamingFile && !m_pump.isWaiting()));
    if (!writing)
        finish();
}

void HttpConnection::lingerClose()
{
    if (m_phase == Phase::Finished)
        return;
    m_phase = Phase::Lingering;
    m_events.close();
    ErrorCode ec;
    if (!m_peerEof)
        m_socket.shutdown(tcp::socket::shutdown_send, ec);
    if (m_peerEof || ec) {
        finish();
        return;
    }
    armTimer(kLingerMs);
    if (!m_reading)
        m_buffer.consume(m_buffer.size());
    watchClient(); // until the client closes its side, or the timer
}

void HttpConnection::finish()
{
    if (m_phase != Phase::Finished)
        shutDown(true);
}

void HttpConnection::terminate()
{
    if (m_phase != Phase::Finished)
        shutDown(false);
}

void HttpConnection::shutDown(bool tellServer)
{
    m_phase = Phase::Finished;
    m_connected->store(false);
    cancelTimer();
    m_pump.stop();
    m_events.close();
    ErrorCode ec;
    m_socket.shutdown(tcp::socket::shutdown_both, ec);
    m_socket.close(ec);
    if (tellServer)
        m_shared->finished(this);
}

void HttpConnection::armTimer(int msecs)
{
    const quint64 serial = ++m_timerSerial;
    m_timer.expires_after(std::chrono::milliseconds(msecs));
    m_timer.async_wait([self = shared_from_this(), serial](ErrorCode ec) {
        if (!ec && serial == self->m_timerSerial)
            self->finish();
    });
}

void HttpConnection::cancelTimer()
{
    ++m_timerSerial;
    m_timer.cancel();
}

std::function<void()> HttpConnection::wakeUp(std::function<void()> fn)
{
    return [gate = m_shared->gate, weak = weak_from_this(), fn = std::move(fn)] {
        gate->post([weak, fn] {
            const auto self = weak.lock();
            if (self && self->m_phase != Phase::Finished)
                fn();
        });
    };
}

} // namespace swarmplay
