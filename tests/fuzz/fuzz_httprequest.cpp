// A request from whatever runs on the computer (a web page in the user's browser included) to
// the loopback server: Beast's parser with the server's limits, then our side of it — the
// request the router sees, Host, the token, the method, Range and If-Range, and the control
// API's rules before any route runs (ApiGuard) and, for an add, the body's reading. The corpus
// writes a file URL's token as @T<index> (@P: the playlist's), the torrent as @K and the API's
// bearer token as @A, so that mutations reach past the token checks.

#include <boost/beast/http/parser.hpp>

#include "../core/fakestreamsource.h"
#include "api/apiguard.h"
#include "api/apiroute.h"
#include "api/torrentroutes.h"
#include "fuzzinput.h"
#include "http/httpmessage.h"
#include "http/httprange.h"
#include "http/streamrouter.h"

using namespace swarmplay;
namespace http = boost::beast::http;

namespace {

const QByteArray kSecret = "fuzz-secret";
const QByteArray kApiToken = "fuzz-api-token";
constexpr quint16 kPort = 8181;

QByteArray withTokens(QByteArray bytes)
{
    bytes.replace("@K", test::kKey.toLatin1());
    bytes.replace("@A", kApiToken);
    bytes.replace("@P", StreamRouter::urlToken(kSecret, test::kKey, -1));
    for (int i = 0; i <= 6; ++i)
        bytes.replace("@T" + QByteArray::number(i), StreamRouter::urlToken(kSecret, test::kKey, i));
    return bytes;
}

// The control API's side: a request its guard lets through carries the one token, and no
// refusal carries a CORS header; an add's body is read into a source or a specific error.
void checkApi(const http::request<http::string_body> &request)
{
    static const ApiGuard guard(kApiToken);
    ApiRequest api = httpmessage::apiHead(request);
    const ApiRoute route = ApiRoute::match(api.target);
    if (qint64(request.body().size()) > guard.bodyLimit(api))
        return; // the server answers 413 before the body is read
    api.body = QByteArray::fromStdString(request.body());
    const std::optional<ApiAnswer> refusal = guard.check(api, route);
    if (refusal) {
        if (refusal->status < 400 || refusal->status > 499)
            __builtin_trap();
        for (const auto &header : refusal->headers) {
            if (header.first.toLower().startsWith("access-control-"))
                __builtin_trap();
        }
        return;
    }
    const QByteArrayList tokens = api.headerValues("authorization");
    if (tokens.size() != 1 || !tokens.first().trimmed().endsWith(kApiToken))
        __builtin_trap();
    if (route.takesTorrentFile(api.method)) {
        TorrentSource source;
        AddOptions options;
        ApiAnswer error;
        if (!TorrentRoutes::readAdd(api, route, &source, &options, &error) &&
            (error.status != 400 || error.body.isEmpty()))
            __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static test::FakeSource source;
    static const StreamRouter router(&source, kSecret, kPort, QByteArray());

    const QByteArray bytes =
        withTokens(QByteArray(reinterpret_cast<const char *>(data), int(size)));
    http::request_parser<http::string_body> parser;
    parser.header_limit(16 * 1024); // as HttpConnection
    parser.body_limit(16 * 1024);
    parser.eager(true);
    boost::beast::error_code ec;
    std::size_t used = 0;
    while (!ec && used < std::size_t(bytes.size()) && !parser.is_done()) {
        const std::size_t n = parser.put(
            boost::asio::buffer(bytes.constData() + used, std::size_t(bytes.size()) - used), ec);
        if (n == 0 && !ec)
            break;
        used += n;
    }
    // The server answers once the head is in, whether or not a body follows it.
    if (ec == http::error::need_more && parser.is_header_done())
        ec = {};
    if (ec) {
        (void)httpmessage::refusalStatus(ec);
        return 0;
    }
    if (!parser.is_header_done())
        return 0;
    const auto &request = parser.get();
    const StreamRouter::Request routed = httpmessage::routerRequest(request);
    checkApi(request);
    (void)router.checkHost(routed, StreamRouter::HostRule::Required);
    const StreamRouter::Answer answer = router.route(routed);
    // Bytes of a file only with a token that matched, and only bytes the file has.
    if (answer.streamsFile) {
        const std::optional<StreamSource::File> file =
            source.file(answer.torrentKey, answer.fileIndex);
        if (!file || answer.offset < 0 || answer.length < 0 ||
            answer.offset + answer.length > file->size)
            __builtin_trap();
    }
    for (const QByteArray &range : routed.ranges) {
        const HttpRange r = HttpRange::parse(range, test::kMovieSize);
        if (r.kind() == HttpRange::Kind::Satisfiable &&
            (r.first() < 0 || r.first() > r.last() || r.last() >= test::kMovieSize))
            __builtin_trap();
    }
    return 0;
}
