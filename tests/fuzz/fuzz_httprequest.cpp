// A request from whatever runs on the computer (a web page in the user's browser included) to
// the loopback server: Beast's parser with the server's limits, then our side of it — the
// request the router sees, Host, the token, the method, Range and If-Range, and the control
// API's view of the head. The corpus writes a file URL's token as @T<index> (@P: the
// playlist's) and the torrent as @K, so that mutations reach past the token check.

#include <boost/beast/http/parser.hpp>

#include "../core/fakestreamsource.h"
#include "fuzzinput.h"
#include "http/httpmessage.h"
#include "http/httprange.h"
#include "http/streamrouter.h"

using namespace swarmplay;
namespace http = boost::beast::http;

namespace {

const QByteArray kSecret = "fuzz-secret";
constexpr quint16 kPort = 8181;

QByteArray withTokens(QByteArray bytes)
{
    bytes.replace("@K", test::kKey.toLatin1());
    bytes.replace("@P", StreamRouter::urlToken(kSecret, test::kKey, -1));
    for (int i = 0; i <= 6; ++i)
        bytes.replace("@T" + QByteArray::number(i), StreamRouter::urlToken(kSecret, test::kKey, i));
    return bytes;
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
    (void)httpmessage::apiHead(request);
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
