#include "httpconnection.h"

#include <algorithm>
#include <chrono>
#include <limits>

#include <boost/asio/write.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>

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
using httpmessage::response;

namespace {

// Bytes written per step: the client starts receiving before its whole range is downloaded.
constexpr qint64 kChunkBytes = 256 * 1024;
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
// How long the farewell of an event stream whose client fell behind may take to leave.
constexpr int kFarewellMs = 2000;

// A refusal of the server's own for a request to the control API, in the API's error shape
// (docs/api.md), so that its clients read every error the same way.
StreamRouter::Answer apiRefusal(int status, qint64 bodyLimit)
{
    StreamRouter::Answer a = StreamRouter::error(status); // keeps mustClose
    QByteArray code = "bad-request";
    QByteArray message = "The request is not valid HTTP/1.1.";
    if (status == 413) {
        code = "body-too-large";
        message =
            "The body is over this route's limit of " + QByteArray::number(bodyLimit) + " bytes.";
    } else if (status == 431) {
        code = "headers-too-large";
        message = "The request's headers are over 16 KiB.";
    }
    a.headers = {{"Content-Type", "application/json"},
                 {"Cache-Control", "no-store"},
                 {"X-Content-Type-Options", "nosniff"}};
    a.body = R"({"error":{"code":")" + code + R"(","message":")" + message + R"("}})";
    return a;
}

} // namespace

HttpConnection::HttpConnection(tcp::socket socket, std::shared_ptr<const Shared> shared)
    : m_socket(std::move(socket))
    , m_timer(m_socket.get_executor())
    , m_shared(std::move(shared))
    , m_connected(std::make_shared<std::atomic<bool>>(true))
    , m_buffer(kBufferBytes)
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

void HttpConnection::refuseBusy(tcp::socket &socket)
{
    const StreamRouter::Answer busy = StreamRouter::error(503);
    httpmessage::Response res = response(busy.status, busy.headers, false);
    res.body() = {busy.body.constData(), static_cast<std::size_t>(busy.body.size())};
    res.prepare_payload();
    ErrorCode ec;
    socket.non_blocking(true, ec); // a new socket's send buffer takes it whole
    http::write(socket, res, ec);
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
    // request carries is not read, so the connection cannot go on after the answer.
    if (std::optional<StreamRouter::Answer> refused = m_shared->router->checkHost(m_request)) {
        respond(*refused, m_keepAlive && m_parser->is_done());
        return;
    }
    if (m_shared->api && m_shared->api->accepts(m_request.target))
        beginApiRequest();
    else
        beginStreamRequest();
}

void HttpConnection::failRead(ErrorCode ec)
{
    // Only a body's failure knows its request went to the API; a head's has no target yet.
    const auto refusal = [this](int status) {
        return m_toApi ? apiRefusal(status, m_apiBodyLimit) : StreamRouter::error(status);
    };
    if (ec == http::error::header_limit) {
        respond(refusal(431), false);
    } else if (ec == http::error::body_limit || ec == http::error::buffer_overflow) {
        respond(refusal(413), false);
    } else if (ec.category() == http::make_error_code(http::error::bad_target).category() &&
               ec != http::error::end_of_stream && ec != http::error::partial_message) {
        respond(refusal(400), false);
    } else {
        finish(); // end of stream or reset, perhaps mid-request; or the idle timeout
    }
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
    // A Range that stops before the end asks for nothing past it; one that runs to the end (no
    // Range, `a-`, `-n`) streams the rest.
    const bool toEnd = routed.offset + routed.length >= reader->size();
    reader->expect(routed.offset, toEnd ? -1 : routed.length);
    m_reader = std::move(reader);
    m_offset = routed.offset;
    m_remaining = routed.length;
    m_fileKeepAlive = keepAlive;
    m_phase = Phase::StreamingFile;
    m_response.emplace(response(routed.status, routed.headers, keepAlive));
    m_response->content_length(static_cast<std::uint64_t>(routed.length));
    watchClient();
    writeResponse(true, [this] { pumpFile(); }); // the headers go out at once
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
        respond(apiRefusal(413, limit), false); // the body is not read
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
    // curl waits a second for this before it sends a large body.
    m_out = QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n");
    writeOut([this](std::size_t) { readBody([this] { dispatchApi(); }); });
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
    m_response.emplace(response(answer.status, answer.headers, keepAlive));
    m_response->content_length(static_cast<std::uint64_t>(answer.contentLength()));
    const bool headOnly = m_head || answer.streamsFile;
    if (!headOnly)
        setBody(answer.body);
    writeResponse(headOnly, [this, keepAlive] { afterAnswer(keepAlive); });
}

void HttpConnection::deliverAnswer(quint64 serial, const ApiAnswer &answer)
{
    if (m_phase != Phase::AwaitingApi || serial != m_exchangeSerial)
        return;
    m_phase = Phase::Answering;
    const bool keepAlive = m_keepAlive;
    m_response.emplace(response(answer.status, answer.headers, keepAlive));
    const bool noBody = httpmessage::isBodyless(answer.status);
    if (!noBody)
        m_response->content_length(static_cast<std::uint64_t>(answer.body.size()));
    if (!noBody && !m_head)
        setBody(answer.body);
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

void HttpConnection::writeOut(std::function<void(std::size_t)> next)
{
    m_writing = true;
    asio::async_write(m_socket, asio::buffer(m_out.constData(), std::size_t(m_out.size())),
                      afterWrite(std::move(next)));
}

void HttpConnection::writeResponse(bool headOnly, std::function<void()> done)
{
    m_serializer.emplace(*m_response);
    m_writing = true;
    auto handler = afterWrite([done = std::move(done)](std::size_t) { done(); });
    if (headOnly)
        http::async_write_header(m_socket, *m_serializer, std::move(handler));
    else
        http::async_write(m_socket, *m_serializer, std::move(handler));
}

void HttpConnection::setBody(const QByteArray &body)
{
    m_responseBody = body; // shared, not copied: a full torrent list is half a megabyte
    m_response->body() = {m_responseBody.constData(), static_cast<std::size_t>(body.size())};
}

void HttpConnection::afterAnswer(bool keepAlive)
{
    m_serializer.reset();
    m_response.reset();
    m_responseBody.clear();
    if (keepAlive && !m_peerEof)
        readRequest();
    else
        lingerClose();
}

// --- Files ----------------------------------------------------------------------------------

void HttpConnection::pumpFile()
{
    if (m_remaining <= 0) {
        m_reader.reset();
        m_chunk = std::vector<char>();
        afterAnswer(m_fileKeepAlive);
    } else if (m_reader->readyAt(m_offset) > 0) {
        readChunk();
    } else {
        waitForBytes();
    }
}

void HttpConnection::readChunk()
{
    if (m_chunk.empty())
        m_chunk.resize(static_cast<std::size_t>(std::min(kChunkBytes, m_remaining)));
    ByteReader::Status status = ByteReader::Status::Ok;
    // The bytes are there: a read from the page cache, on this thread.
    const qint64 n =
        m_reader->read(m_offset, m_chunk.data(),
                       std::min<qint64>(qint64(m_chunk.size()), m_remaining), 0, &status);
    if (n > 0) {
        m_writing = true;
        asio::async_write(m_socket, asio::buffer(m_chunk.data(), static_cast<std::size_t>(n)),
                          afterWrite([this, n](std::size_t) {
                              m_offset += n;
                              m_remaining -= n;
                              pumpFile();
                          }));
    } else if (n < 0 && status == ByteReader::Status::TimedOut) {
        waitForBytes(); // a piece that failed a later check
    } else {
        // n == 0: the file is shorter than announced. Aborted, Closed (torrent removed or
        // failed), Error: no more bytes will come. The Content-Length cannot be kept, so the
        // connection closes and the client sees a short body.
        m_reader.reset();
        lingerClose();
    }
}

void HttpConnection::waitForBytes()
{
    if (m_peerEof) {
        finish(); // nobody would receive them: free the reader (its deadlines) now
        return;
    }
    m_waitingForBytes = true;
    const quint64 serial = ++m_waitSerial;
    watchClient();
    const std::weak_ptr<HttpConnection> weak = weak_from_this();
    const std::shared_ptr<IoGate> gate = m_shared->gate;
    m_reader->notifyWhenReady(m_offset, [gate, weak, serial] {
        gate->post([weak, serial] {
            if (const auto self = weak.lock())
                self->onBytesReady(serial);
        });
    });
}

void HttpConnection::onBytesReady(quint64 serial)
{
    if (m_phase != Phase::StreamingFile || !m_waitingForBytes || serial != m_waitSerial)
        return;
    m_waitingForBytes = false;
    readChunk();
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
    m_sink = std::move(sink);
    // Close-delimited: no Content-Length and no chunks; the body ends when the connection does.
    m_response.emplace(response(200, headers, false));
    m_response->set(http::field::cache_control, "no-store");
    writeResponse(true, [this] {
        m_response.reset();
        if (m_head)
            lingerClose();
        else
            writeEvents();
    });
}

void HttpConnection::onSinkActivity()
{
    if (m_phase != Phase::EventStream)
        return;
    if (m_sink->hasOverflowed())
        beginFarewell(); // even while a write is stuck
    else
        writeEvents();
}

void HttpConnection::writeEvents()
{
    if (m_writing || m_phase != Phase::EventStream)
        return;
    EventStreamSink::Batch batch = m_sink->take();
    if (batch.overflowed) {
        beginFarewell();
        return;
    }
    if (batch.bytes.isEmpty()) {
        if (batch.ending)
            lingerClose();
        return;
    }
    m_out = std::move(batch.bytes);
    writeOut([this](std::size_t n) {
        m_sink->written(qint64(n));
        // An idle subscriber keeps no copy of what it was sent (its first snapshot is every
        // torrent).
        m_out = QByteArray();
        if (m_phase == Phase::Farewell)
            writeFarewell();
        else
            writeEvents();
    });
}

void HttpConnection::beginFarewell()
{
    if (m_phase != Phase::EventStream)
        return;
    m_phase = Phase::Farewell;
    armTimer(kFarewellMs); // a client that stopped reading may never take it
    if (!m_writing)
        writeFarewell();
}

void HttpConnection::writeFarewell()
{
    m_out = m_sink->farewell();
    if (m_out.isEmpty()) {
        lingerClose();
        return;
    }
    writeOut([this](std::size_t) { lingerClose(); });
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
    case Phase::Farewell:
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
                                     (m_phase == Phase::StreamingFile && !m_waitingForBytes));
    if (!writing)
        finish();
}

void HttpConnection::lingerClose()
{
    if (m_phase == Phase::Finished)
        return;
    m_phase = Phase::Lingering;
    if (m_sink) {
        m_sink->markClosed();
        m_sink.reset();
    }
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
    if (m_reader) {
        m_reader->abort(); // frees its wait and what it asked the scheduler for at once
        m_reader.reset();
    }
    if (m_sink) {
        m_sink->markClosed();
        m_sink.reset();
    }
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

} // namespace swarmplay
