#include "streamserver.h"

#include <atomic>
#include <chrono>
#include <optional>
#include <thread>
#include <unordered_map>
#include <vector>

#include <QRandomGenerator>
#include <QtDebug>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ip/v6_only.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/http/write.hpp>

#include "../stream/streamsource.h"
#include "httpconnection.h"
#include "httpmessage.h"
#include "iogate.h"
#include "nativesocket.h"
#include "streamrouter.h"

namespace swarmplay {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;
using ErrorCode = boost::system::error_code;

namespace {

// Connections at once; past it a client is answered 503. Idle ones cost no thread, so the limit
// is only there to keep descriptors for the rest of the program.
constexpr std::size_t kMaxConnections = 1024;
// After an accept failed (out of descriptors, say), how long to wait before the next one.
constexpr int kAcceptRetryMs = 100;

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
    nativesocket::setCloseOnExec(qintptr(acceptor.native_handle()));
    acceptor.set_option(tcp::acceptor::reuse_address(true), ec);
    if (endpoint.address().is_v6())
        acceptor.set_option(asio::ip::v6_only(true), ec);
    acceptor.bind(endpoint, ec);
    if (!ec)
        acceptor.listen(asio::socket_base::max_listen_connections, ec);
    if (ec)
        return std::nullopt;
    return std::optional<tcp::acceptor>(std::move(acceptor));
}

// Past the connection limit: a 503 written without waiting, then the socket closes.
void refuseBusy(tcp::socket &socket)
{
    const StreamRouter::Answer busy = StreamRouter::error(503);
    httpmessage::Response res = httpmessage::response(busy.status, busy.headers, false);
    res.body() = {busy.body.constData(), static_cast<std::size_t>(busy.body.size())};
    res.prepare_payload();
    ErrorCode ec;
    socket.non_blocking(true, ec); // a new socket's send buffer takes it whole
    boost::beast::http::write(socket, res, ec);
}

void runLoop(asio::io_context &io)
{
    for (;;) {
        try {
            io.run();
            return; // stopped by close()
        } catch (const std::exception &e) {
            qWarning("Stream server: %s", e.what()); // one handler failed; serve the rest
        }
    }
}

} // namespace

struct StreamServer::Private
{
    void accept(std::size_t index);
    void onAccepted(std::size_t index, ErrorCode ec, tcp::socket socket);
    QByteArray authority() const;

    StreamSource *source = nullptr;
    ApiHandler *api = nullptr;
    QByteArray token;
    QByteArray urlHost; // as in a URL: "127.0.0.1", "[::1]"
    quint16 port = 0;
    std::atomic<int> idleTimeoutMs{60000};

    // A new loop for every listen(): close() destroys it with whatever it still holds.
    std::unique_ptr<asio::io_context> io;
    std::optional<asio::executor_work_guard<asio::io_context::executor_type>> work;
    std::shared_ptr<IoGate> gate;
    std::vector<tcp::acceptor> acceptors;
    std::unique_ptr<StreamRouter> router;
    std::shared_ptr<HttpConnection::Shared> shared;
    // The server's thread alone touches it while the loop runs; close() after.
    std::unordered_map<HttpConnection *, std::shared_ptr<HttpConnection>> connections;
    std::thread thread;
};

void StreamServer::Private::accept(std::size_t index)
{
    acceptors[index].async_accept([this, index](ErrorCode ec, tcp::socket socket) {
        onAccepted(index, ec, std::move(socket));
    });
}

void StreamServer::Private::onAccepted(std::size_t index, ErrorCode ec, tcp::socket socket)
{
    if (ec == asio::error::operation_aborted)
        return;
    if (ec) {
        // Out of descriptors, say: try again shortly rather than spin on a ready acceptor.
        auto timer = std::make_shared<asio::steady_timer>(*io);
        timer->expires_after(std::chrono::milliseconds(kAcceptRetryMs));
        timer->async_wait([this, index, timer](ErrorCode e) {
            if (!e)
                accept(index);
        });
        return;
    }
    nativesocket::setCloseOnExec(qintptr(socket.native_handle()));
    if (connections.size() >= kMaxConnections) {
        refuseBusy(socket); // the socket closes as it goes out of scope
    } else {
        auto connection = std::make_shared<HttpConnection>(std::move(socket), shared);
        connections.emplace(connection.get(), connection);
        connection->start();
    }
    accept(index);
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
    d->io = std::make_unique<asio::io_context>(1);
    ErrorCode ec;
    std::optional<tcp::acceptor> acceptor = openAcceptor(*d->io, host, port, ec);
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
            openAcceptor(*d->io, QHostAddress(QHostAddress::LocalHostIPv6), bound, ec);
        if (v6)
            d->acceptors.push_back(std::move(*v6));
    }

    d->port = bound;
    const QByteArray hostText = host.toString().toLatin1();
    d->urlHost = host.protocol() == QAbstractSocket::IPv6Protocol ? '[' + hostText + ']' : hostText;
    d->router = std::make_unique<StreamRouter>(d->source, d->token, bound,
                                               defaultHosts ? QByteArray() : d->urlHost);
    d->gate = std::make_shared<IoGate>(*d->io);
    auto shared = std::make_shared<HttpConnection::Shared>();
    shared->gate = d->gate;
    shared->source = d->source;
    shared->router = d->router.get();
    shared->api = d->api;
    shared->idleTimeoutMs = &d->idleTimeoutMs;
    shared->finished = [p = d.get()](HttpConnection *c) {
        p->connections.erase(c);
    };
    d->shared = shared;
    d->work.emplace(asio::make_work_guard(*d->io));
    for (std::size_t i = 0; i < d->acceptors.size(); ++i)
        d->accept(i);
    d->thread = std::thread([io = d->io.get()] { runLoop(*io); });
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
    // 1. Readers, API answers and event pushes from other threads now go nowhere.
    d->gate->shut();
    // 2. Stop the loop; the handler it runs, if any, never blocks.
    d->io->stop();
    d->thread.join();
    // 3. Nothing runs on the loop any more: release every connection from here (abort its
    // reader, close its socket), then destroy the loop with the work still queued in it.
    auto connections = std::move(d->connections);
    d->connections.clear();
    for (const auto &entry : connections)
        entry.second->terminate();
    connections.clear();
    ErrorCode ec;
    for (tcp::acceptor &acceptor : d->acceptors)
        acceptor.close(ec);
    d->acceptors.clear();
    d->work.reset();
    d->io.reset();
    d->shared.reset();
    d->gate.reset();
    d->router.reset();
    d->port = 0;
}

void StreamServer::setApiHandler(ApiHandler *handler)
{
    d->api = handler;
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
    return QUrl::fromEncoded(
        "http://" + d->authority() +
            StreamRouter::streamPath(StreamRouter::urlToken(d->token, key, index), key, index,
                                     name),
        QUrl::StrictMode);
}

QUrl StreamServer::playlistUrl(const QString &torrentKey) const
{
    if (!isListening())
        return {};
    return QUrl::fromEncoded(
        "http://" + d->authority() +
            StreamRouter::playlistPath(StreamRouter::urlToken(d->token, torrentKey, -1),
                                       torrentKey.toLower()),
        QUrl::StrictMode);
}

QUrl StreamServer::apiBaseUrl() const
{
    if (!isListening())
        return {};
    return QUrl::fromEncoded("http://" + d->authority() + "/api/v1", QUrl::StrictMode);
}

} // namespace swarmplay
