#pragma once

// Internal to swarmplay_core (Boost.Beast): the answer a connection is writing.

#include <functional>
#include <optional>

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/http/serializer.hpp>

#include "apihandler.h"
#include "httpmessage.h"

namespace swarmplay {

// Keeps the answer a connection is writing, its body and Beast's serializer alive until the
// write completes. The body is a view of a shared QByteArray, so a large answer (a full torrent
// list) reaches the socket without a copy. Runs on the server's thread.
class ResponseWriter
{
public:
    using Handler = std::function<void(boost::system::error_code, std::size_t)>;

    explicit ResponseWriter(boost::asio::ip::tcp::socket &socket);

    // The next answer's head (see httpmessage::response()), to which fields may still be added.
    httpmessage::Response &start(int status, const HttpHeaders &headers, bool keepAlive);
    // The bytes are shared, not copied, until clear().
    void setBody(const QByteArray &body);
    // Writes the head alone (headOnly: a HEAD answer, or a body that follows another way) or the
    // whole answer, then calls handler.
    void write(bool headOnly, Handler handler);
    // The answer has left: what it held is let go.
    void clear();

private:
    boost::asio::ip::tcp::socket &m_socket;
    std::optional<httpmessage::Response> m_response;
    QByteArray m_body; // what m_response's body views, shared with whoever made it
    std::optional<boost::beast::http::response_serializer<httpmessage::ResponseBody>> m_serializer;
};

} // namespace swarmplay
