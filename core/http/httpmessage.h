#pragma once

// Internal to swarmplay_core (Boost.Beast): the border between Beast's HTTP messages and the
// server's own request and answer types.

#include <optional>

#include <boost/beast/core/string.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/span_body.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/system/error_code.hpp>

#include "apihandler.h"
#include "streamrouter.h"

namespace swarmplay::httpmessage {

using Request = boost::beast::http::request<boost::beast::http::string_body>;
// The body is a view: the connection keeps the bytes (a shared QByteArray) until written.
using ResponseBody = boost::beast::http::span_body<const char>;
using Response = boost::beast::http::response<ResponseBody>;

boost::beast::string_view view(const QByteArray &bytes);
QByteArray bytes(boost::beast::string_view s);

// What the StreamRouter decides on: method, target, version, Host, Range and If-Range.
StreamRouter::Request routerRequest(const Request &request);
// The head of a control-API request: every field, names in lower case, in the order sent.
ApiRequest apiHead(const Request &request);

// An answer's head: status line, Date, the given fields except those the server owns (the
// framing, and any CORS field: no answer of this server carries one), and keep-alive.
Response response(int status, const HttpHeaders &headers, bool keepAlive);
// Status codes whose answers have no body (RFC 9110, section 6.4.1).
bool isBodyless(int status);

// The status that refuses a request Beast could not read (400, 413 or 431); nothing when the
// client left, or went quiet mid-request, and there is nobody to answer.
std::optional<int> refusalStatus(boost::system::error_code readError);
// A refusal of the server's own (400, 413, 431) for a request to the control API, in the API's
// error shape (docs/api.md), so that its clients read every error the same way.
StreamRouter::Answer apiRefusal(int status, qint64 bodyLimit);

} // namespace swarmplay::httpmessage
