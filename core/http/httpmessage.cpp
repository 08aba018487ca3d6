#include "httpmessage.h"

#include <QDateTime>
#include <QLocale>

#include <boost/beast/http/error.hpp>

namespace swarmplay::httpmessage {

namespace http = boost::beast::http;

namespace {

// IMF-fixdate (RFC 9110, section 5.6.7).
QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(),
                  QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

bool serverOwned(const QByteArray &name)
{
    const QByteArray n = name.toLower();
    return n == "content-length" || n == "connection" || n == "transfer-encoding" || n == "date" ||
           n.startsWith("access-control-");
}

bool breaksLine(const QByteArray &s)
{
    return s.contains('\r') || s.contains('\n');
}

} // namespace

boost::beast::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

QByteArray bytes(boost::beast::string_view s)
{
    return QByteArray(s.data(), static_cast<int>(s.size()));
}

StreamRouter::Request routerRequest(const Request &request)
{
    StreamRouter::Request r;
    r.method = bytes(request.method_string());
    r.target = bytes(request.target());
    r.version = static_cast<int>(request.version());
    for (const auto field : {http::field::host, http::field::range, http::field::if_range}) {
        QByteArrayList &list = field == http::field::host    ? r.hosts
                               : field == http::field::range ? r.ranges
                                                             : r.ifRanges;
        const auto range = request.equal_range(field);
        for (auto it = range.first; it != range.second; ++it)
            list << bytes(it->value());
    }
    return r;
}

ApiRequest apiHead(const Request &request)
{
    ApiRequest head;
    head.method = bytes(request.method_string());
    head.target = bytes(request.target());
    for (const auto &field : request)
        head.headers << qMakePair(bytes(field.name_string()).toLower(), bytes(field.value()));
    return head;
}

Response response(int status, const HttpHeaders &headers, bool keepAlive)
{
    Response res;
    res.version(11);
    res.result(static_cast<unsigned>(status));
    res.reason(StreamRouter::reasonPhrase(status));
    res.set(http::field::date, view(httpDate()));
    for (const auto &header : headers) {
        if (!serverOwned(header.first) && !breaksLine(header.first) && !breaksLine(header.second))
            res.insert(view(header.first), view(header.second));
    }
    res.keep_alive(keepAlive);
    return res;
}

bool isBodyless(int status)
{
    return status < 200 || status == 204 || status == 304;
}

std::optional<int> refusalStatus(boost::system::error_code readError)
{
    if (readError == http::error::header_limit)
        return 431;
    if (readError == http::error::body_limit || readError == http::error::buffer_overflow)
        return 413;
    if (readError.category() == http::make_error_code(http::error::bad_target).category() &&
        readError != http::error::end_of_stream && readError != http::error::partial_message)
        return 400;
    return std::nullopt;
}

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

} // namespace swarmplay::httpmessage
