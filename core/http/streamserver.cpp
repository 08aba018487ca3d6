#include "streamserver.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <list>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>
#include <vector>

#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ip/v6_only.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http.hpp>

#include "../stream/streamsource.h"
#include "nativesocket.h"
#include "streamrouter.h"

namespace swarmplay {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = boost::beast::http;
using namespace nativesocket;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;
using ErrorCode = boost::system::error_code;

namespace {

// How often a connection that waits (for a request, or for bytes still downloading) looks at
// its client and at close(): the bound on noticing a hang-up.
constexpr int kSliceMs = 200;
// Bytes written per step: the client starts receiving before its whole range is downloaded.
constexpr qint64 kChunkBytes = 256 * 1024;
constexpr std::size_t kMaxRequestBytes = 64 * 1024;
constexpr std::size_t kMaxConnections = 64;
// After the last answer of a connection, how long to drain what the client still sends, so that
// closing does not reset the connection under the answer (a "lingering close").
constexpr int kLingerMs = 1000;
// The accept thread also reaps finished connections this often; close() wakes it at once.
constexpr int kAcceptSliceMs = 1000;

beast::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

QByteArray bytes(beast::string_view s)
{
    return QByteArray(s.data(), static_cast<int>(s.size()));
}

// IMF-fixdate (RFC 9110, section 5.6.7).
QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(),
                  QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

std::optional<tcp::acceptor> openAcceptor(asio::io_context &io, const QHostAddress &address,
                                          quint16 port, ErrorCode &ec)
{
    const tcp::endpoint endpoint(asio::ip::make_address(address.toString().toStdString(), ec),
                                 port);
    if (ec)
        return std::nullopt;
    // With BOOST_ASIO_NO_DEPRECATED (libtorrent's flags) these return void: test ec after each.
    tcp::acceptor acceptor(io);
    acceptor.open(endpoint.protocol(), ec);
    if (ec)
        return std::nullopt;
    setCloseOnExec(qintptr(acceptor.native_handle()));
    acceptor.set_option(tcp::acceptor::reuse_address(true), ec);
    if (endpoint.address().is_v6())
        acceptor.set_option(asio::ip::v6_only(true), ec);
    acceptor.bind(endpoint, ec);
    if (!ec)
        acceptor.listen(asio::socket_base::max_listen_connections, ec);
    if (!ec)
        acceptor.non_blocking(true, ec);
    if (ec)
        return std::nullopt;
    return std::optional<tcp::acceptor>(std::move(acceptor));
}

bool writeAnswer(tcp::socket &socket, const StreamRouter::Answer &answer, bool head, bool keepAlive)
{
    http::response<http::string_body> res;
    res.version(11);
    res.result(static_cast<unsigned>(answer.status));
    res.reason(StreamRouter::reasonPhrase(answer.status));
    res.set(http::field::date, view(httpDate()));
    for (const auto &header : answer.headers)
        res.set(view(header.first), view(header.second));
    res.content_length(static_cast<std::uint64_t>(answer.contentLength()));
    res.keep_alive(keepAlive);
    ErrorCode ec;
    if (head || answer.streamsFile) {
        http::response_serializer<http::string_body> serializer(res);
        http::write_header(socket, serializer, ec);
    } else {
        res.body().assign(answer.body.constData(), static_cast<std::size_t>(answer.body.size()));
        http::write(socket, res, ec);
    }
    return !ec;
}

// One client connection and the thread that serves it.
struct Connection
{
    explicit Connection(tcp::socket s)
        : socket(std::move(s))
        , fd(qintptr(socket.native_handle()))
    {}

    // From any thread: wakes the connection's thread wherever it blocks, for good.
    void interrupt()
    {
        std::lock_guard<std::mutex> lock(mutex);
        interrupted = true;
        if (reader)
            reader->abort();
        if (open)
            shutdownBoth(fd);
    }

    // The reader interrupt() must abort; nullptr once it is about to be destroyed.
    void setReader(ByteReader *r)
    {
        std::lock_guard<std::mutex> lock(mutex);
        reader = r;
        if (reader && interrupted)
            reader->abort();
    }

    tcp::socket socket; // used by the connection's thread only
    const qintptr fd;
    std::thread thread;
    std::atomic<bool> finished{false};

    std::mutex mutex; // guards the three below
    ByteReader *reader = nullptr;
    bool open = true; // fd still belongs to this connection
    bool interrupted = false;
};

} // namespace

struct StreamServer::Private
{
    enum class ReadResult
    {
        Ok,
        Closed,          // hang-up, timeout or close(): end without answering
        Invalid,         // answer 400
        HeaderTooLarge,  // 431
        RequestTooLarge, // 413
    };

    void acceptLoop();
    void startConnection(tcp::socket socket);
    void reapFinished();
    void serve(Connection &c);
    ReadResult readRequest(Connection &c, beast::flat_buffer &buffer,
                           http::request_parser<http::string_body> &parser);
    bool streamBody(Connection &c, ByteReader &reader, qint64 offset, qint64 length);
    void closeGracefully(Connection &c);
    QByteArray authority() const;

    StreamSource *source = nullptr;
    QByteArray token;
    QByteArray urlHost; // as in a URL: "127.0.0.1", "[::1]"
    quint16 port = 0;
    std::atomic<int> idleTimeoutMs{60000};

    asio::io_context io; // only for constructing sockets: every call is synchronous
    std::vector<tcp::acceptor> acceptors;
    std::unique_ptr<StreamRouter> router;
    std::atomic<bool> stopping{false};
    std::thread acceptThread;

    std::mutex mutex; // guards connections
    std::list<std::shared_ptr<Connection>> connections;
};

void StreamServer::Private::acceptLoop()
{
    std::vector<qintptr> fds;
    for (tcp::acceptor &acceptor : acceptors)
        fds.push_back(qintptr(acceptor.native_handle()));
    std::unique_ptr<bool[]> ready(new bool[fds.size()]);
    while (!stopping) {
        reapFinished();
        const int count = waitReadable(fds.data(), ready.get(), int(fds.size()), kAcceptSliceMs);
        bool failed = count < 0;
        for (std::size_t i = 0; count > 0 && i < fds.size() && !stopping; ++i) {
            if (!ready[i])
                continue;
            tcp::socket socket(io);
            ErrorCode ec;
            acceptors[i].accept(socket, ec);
            if (!ec)
                startConnection(std::move(socket));
            else if (ec != asio::error::would_block && ec != asio::error::try_again)
                failed = true; // out of descriptors, say: do not spin on a readable acceptor
        }
        if (failed && !stopping)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
}

void StreamServer::Private::startConnection(tcp::socket socket)
{
    ErrorCode ec;
    setCloseOnExec(qintptr(socket.native_handle()));
    socket.non_blocking(false, ec); // BSDs pass the acceptor's non-blocking mode on
    socket.set_option(tcp::no_delay(true), ec);
    // A small send buffer keeps the connection's reader close to what the client has taken.
    // Loopback buffers grow to megabytes; the reader would run that far ahead of the player
    // and the scheduler would fetch for a position nobody is at.
    socket.set_option(asio::socket_base::send_buffer_size(256 * 1024), ec);

    reapFinished(); // a client that just left must not count against the limit
    std::lock_guard<std::mutex> lock(mutex);
    if (connections.size() >= kMaxConnections) {
        writeAnswer(socket, StreamRouter::error(503), false, false);
        return; // the socket closes as it goes out of scope
    }
    auto connection = std::make_shared<Connection>(std::move(socket));
    try {
        connection->thread = std::thread([this, connection] { serve(*connection); });
    } catch (const std::system_error &) {
        writeAnswer(connection->socket, StreamRouter::error(503), false, false);
        return;
    }
    connections.push_back(std::move(connection));
}

void StreamServer::Private::reapFinished()
{
    std::lock_guard<std::mutex> lock(mutex);
    for (auto it = connections.begin(); it != connections.end();) {
        if ((*it)->finished) {
            (*it)->thread.join(); // at most the last few instructions of serve()
            it = connections.erase(it);
        } else {
            ++it;
        }
    }
}

void StreamServer::Private::serve(Connection &c)
{
    beast::flat_buffer buffer(kMaxRequestBytes);
    for (;;) {
        http::request_parser<http::string_body> parser;
        parser.header_limit(16 * 1024);
        parser.body_limit(16 * 1024); // GET and HEAD carry no body worth reading
        parser.eager(true);
        const ReadResult result = readRequest(c, buffer, parser);
        if (result == ReadResult::Closed)
            break;
        if (result != ReadResult::Ok) {
            const int status = result == ReadResult::HeaderTooLarge    ? 431
                               : result == ReadResult::RequestTooLarge ? 413
                                                                       : 400;
            writeAnswer(c.socket, StreamRouter::error(status), false, false);
            break;
        }

        const auto &req = parser.get();
        StreamRouter::Request request;
        request.method = bytes(req.method_string());
        request.target = bytes(req.target());
        request.version = static_cast<int>(req.version());
        for (const auto field : {http::field::host, http::field::range, http::field::if_range}) {
            QByteArrayList &list = field == http::field::host    ? request.hosts
                                   : field == http::field::range ? request.ranges
                                                                 : request.ifRanges;
            const auto range = req.equal_range(field);
            for (auto it = range.first; it != range.second; ++it)
                list << bytes(it->value());
        }

        StreamRouter::Answer answer = router->route(request);
        const bool head = request.method == "HEAD";
        std::unique_ptr<ByteReader> reader;
        if (answer.streamsFile && !head && answer.length > 0) {
            reader = source->open(answer.torrentKey, answer.fileIndex, ReaderRole::Http);
            if (!reader)
                answer = StreamRouter::error(404); // removed since route() looked
        }
        const bool keepAlive = req.version() >= 11 && req.keep_alive() && !answer.mustClose;
        if (!writeAnswer(c.socket, answer, head, keepAlive))
            break;
        if (reader) {
            // A Range that stops before the end asks for nothing past it; one that runs to the
            // end (no Range, `a-`, `-n`) streams the rest.
            const bool toEnd = answer.offset + answer.length >= reader->size();
            reader->expect(answer.offset, toEnd ? -1 : answer.length);
            c.setReader(reader.get());
            const bool complete = streamBody(c, *reader, answer.offset, answer.length);
            c.setReader(nullptr);
            reader.reset();
            if (!complete)
                break;
        }
        if (!keepAlive || stopping)
            break;
    }
    closeGracefully(c);
    c.finished = true;
}

StreamServer::Private::ReadResult
StreamServer::Private::readRequest(Connection &c, beast::flat_buffer &buffer,
                                   http::request_parser<http::string_body> &parser)
{
    const auto deadline = Clock::now() + std::chrono::milliseconds(idleTimeoutMs.load());
    for (;;) {
        // Bytes left over from the previous request (pipelining) are parsed before reading more.
        if (buffer.size() > 0) {
            ErrorCode ec;
            const std::size_t used = parser.put(buffer.data(), ec);
            buffer.consume(used);
            if (ec == http::error::header_limit)
                return ReadResult::HeaderTooLarge;
            if (ec == http::error::body_limit)
                return ReadResult::RequestTooLarge;
            if (ec && ec != http::error::need_more)
                return ReadResult::Invalid;
            if (parser.is_done())
                return ReadResult::Ok;
            if (used > 0 && buffer.size() > 0)
                continue;
        }
        for (;;) {
            const auto left =
                std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now())
                    .count();
            if (stopping || left <= 0)
                return ReadResult::Closed;
            const int ready =
                waitReadable(c.fd, static_cast<int>(std::min<qint64>(left, kSliceMs)));
            if (ready < 0)
                return ReadResult::Closed;
            if (ready > 0)
                break;
        }
        const std::size_t room = buffer.max_size() - buffer.size();
        if (room == 0)
            return ReadResult::RequestTooLarge;
        ErrorCode ec;
        const std::size_t n =
            c.socket.read_some(buffer.prepare(std::min<std::size_t>(room, 16 * 1024)), ec);
        if (ec)
            return ReadResult::Closed; // end of stream or reset, perhaps mid-request
        buffer.commit(n);
    }
}

bool StreamServer::Private::streamBody(Connection &c, ByteReader &reader, qint64 offset,
                                       qint64 length)
{
    std::vector<char> chunk(static_cast<std::size_t>(std::min(kChunkBytes, length)));
    while (length > 0) {
        ByteReader::Status status = ByteReader::Status::Ok;
        const qint64 n =
            reader.read(offset, chunk.data(), std::min<qint64>(qint64(chunk.size()), length),
                        kSliceMs, &status);
        if (n > 0) {
            ErrorCode ec;
            asio::write(c.socket, asio::buffer(chunk.data(), static_cast<std::size_t>(n)), ec);
            if (ec)
                return false; // the client is gone
            offset += n;
            length -= n;
            continue;
        }
        // n == 0: the file is shorter than announced. Aborted, Closed (torrent removed or
        // failed), Error: no more bytes will come. The Content-Length cannot be kept, so the
        // connection closes and the client sees a short body.
        if (n == 0 || status != ByteReader::Status::TimedOut)
            return false;
        // Still downloading: free the reader (its deadlines) if nobody waits for it any more.
        if (stopping || peerHungUp(c.fd)) {
            reader.abort();
            return false;
        }
    }
    return true;
}

void StreamServer::Private::closeGracefully(Connection &c)
{
    ErrorCode ec;
    c.socket.shutdown(tcp::socket::shutdown_send, ec);
    const auto deadline = Clock::now() + std::chrono::milliseconds(kLingerMs);
    char sink[4096];
    while (!ec && !stopping && Clock::now() < deadline) {
        const int ready = waitReadable(c.fd, kSliceMs);
        if (ready < 0)
            break;
        if (ready > 0)
            c.socket.read_some(asio::buffer(sink), ec); // until the client closes its side
    }
    std::lock_guard<std::mutex> lock(c.mutex);
    c.open = false;
    c.socket.close(ec);
}

QByteArray StreamServer::Private::authority() const
{
    return urlHost + ':' + QByteArray::number(port);
}

StreamServer::StreamServer(StreamSource *source, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->source = source;
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    d->token = QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
}

StreamServer::~StreamServer()
{
    close();
}

bool StreamServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (isListening())
        return fail(tr("The stream server is already listening on port %1.").arg(d->port));

    QHostAddress host = address;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // also unwraps ::ffff:127.x.y.z
    if (isV4)
        host = QHostAddress(v4);
    if (host.isNull() || !host.isLoopback())
        return fail(tr("The stream server only listens on this computer's loopback address "
                       "(127.0.0.1 or ::1), not on %1: other machines must not reach it. "
                       "Choose a loopback address.")
                        .arg(address.toString()));

    const bool defaultHosts = host == QHostAddress(QHostAddress::LocalHost);
    ErrorCode ec;
    std::optional<tcp::acceptor> acceptor = openAcceptor(d->io, host, port, ec);
    if (!acceptor)
        return fail(tr("The stream server cannot listen on %1, port %2: %3. Choose another port "
                       "or quit the program that uses it.")
                        .arg(host.toString())
                        .arg(port)
                        .arg(QString::fromStdString(ec.message())));
    const quint16 bound = acceptor->local_endpoint(ec).port();
    d->acceptors.push_back(std::move(*acceptor));
    if (defaultHosts) {
        // Same port on ::1 so "localhost" works whichever way it resolves; optional, since some
        // systems have IPv6 disabled.
        std::optional<tcp::acceptor> v6 =
            openAcceptor(d->io, QHostAddress(QHostAddress::LocalHostIPv6), bound, ec);
        if (v6)
            d->acceptors.push_back(std::move(*v6));
    }

    d->port = bound;
    const QByteArray hostText = host.toString().toLatin1();
    d->urlHost = host.protocol() == QAbstractSocket::IPv6Protocol ? '[' + hostText + ']' : hostText;
    d->router = std::make_unique<StreamRouter>(d->source, d->token, bound,
                                               defaultHosts ? QByteArray() : d->urlHost);
    d->stopping = false;
    d->acceptThread = std::thread([this] { d->acceptLoop(); });
    return true;
}

bool StreamServer::isListening() const
{
    return !d->acceptors.empty();
}

void StreamServer::close()
{
    if (!isListening())
        return;
    // 1. No new connections: wake the accept thread with a connection of our own (not waiting
    // for it: the accept thread's own timeout is the fallback).
    d->stopping = true;
    ErrorCode ec;
    const tcp::endpoint self = d->acceptors.front().local_endpoint(ec);
    tcp::socket wake(d->io);
    wake.open(self.protocol(), ec);
    if (!ec)
        wake.non_blocking(true, ec);
    if (!ec)
        wake.connect(self, ec);
    d->acceptThread.join();
    wake.close(ec);

    // 2. Release every connection wherever it blocks (reader, socket), then wait for all.
    std::list<std::shared_ptr<Connection>> connections;
    {
        std::lock_guard<std::mutex> lock(d->mutex);
        connections.swap(d->connections);
    }
    for (const auto &c : connections)
        c->interrupt();
    for (const auto &c : connections)
        c->thread.join();
    connections.clear();

    for (tcp::acceptor &acceptor : d->acceptors)
        acceptor.close(ec);
    d->acceptors.clear();
    d->router.reset();
    d->port = 0;
    d->stopping = false;
}

quint16 StreamServer::port() const
{
    return d->port;
}

QString StreamServer::token() const
{
    return QString::fromLatin1(d->token);
}

void StreamServer::setIdleTimeout(int msecs)
{
    d->idleTimeoutMs = qMax(1, msecs);
}

int StreamServer::idleTimeout() const
{
    return d->idleTimeoutMs;
}

QUrl StreamServer::streamUrl(const QString &torrentKey, int index) const
{
    if (!isListening())
        return {};
    const QString key = torrentKey.toLower(); // StreamSource's keys are lower-case hex
    QString name;
    if (const auto file = d->source->file(key, index))
        name = file->path.mid(file->path.lastIndexOf(QLatin1Char('/')) + 1);
    return QUrl::fromEncoded("http://" + d->authority() +
                                 StreamRouter::streamPath(d->token, key, index, name),
                             QUrl::StrictMode);
}

QUrl StreamServer::playlistUrl(const QString &torrentKey) const
{
    if (!isListening())
        return {};
    return QUrl::fromEncoded("http://" + d->authority() +
                                 StreamRouter::playlistPath(d->token, torrentKey.toLower()),
                             QUrl::StrictMode);
}

} // namespace swarmplay
