#include "responsewriter.h"

#include <boost/beast/http/write.hpp>

namespace swarmplay {

namespace http = boost::beast::http;

ResponseWriter::ResponseWriter(boost::asio::ip::tcp::socket &socket)
    : m_socket(socket)
{}

httpmessage::Response &ResponseWriter::start(int status, const HttpHeaders &headers, bool keepAlive)
{
    return m_response.emplace(httpmessage::response(status, headers, keepAlive));
}

void ResponseWriter::setBody(const QByteArray &body)
{
    m_body = body; // shared, not copied: a full torrent list is half a megabyte
    m_response->body() = {m_body.constData(), static_cast<std::size_t>(m_body.size())};
}

void ResponseWriter::write(bool headOnly, Handler handler)
{
    m_serializer.emplace(*m_response);
    if (headOnly)
        http::async_write_header(m_socket, *m_serializer, std::move(handler));
    else
        http::async_write(m_socket, *m_serializer, std::move(handler));
}

void ResponseWriter::clear()
{
    m_serializer.reset();
    m_response.reset();
    m_body.clear();
}

} // namespace swarmplay
