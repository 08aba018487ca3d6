#include "streamrouter.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QUrl>

#include "../stream/streamsource.h"
#include "httprange.h"
#include "mimetypes.h"

namespace swarmplay {

namespace {

using Header = QPair<QByteArray, QByteArray>;

bool isHexKey(const QByteArray &s)
{
    if (s.size() != 40 && s.size() != 64)
        return false;
    for (const char c : s) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    }
    return true;
}

bool parseIndex(const QByteArray &s, int *index)
{
    if (s.isEmpty() || s.size() > 9)
        return false;
    for (const char c : s) {
        if (c < '0' || c > '9')
            return false;
    }
    *index = s.toInt();
    return true;
}

QString fileName(const QString &path)
{
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

// One line of an M3U entry: a path with a line break in it must not start a new entry.
QByteArray singleLine(const QString &s)
{
    QByteArray line = s.toUtf8();
    line.replace('\r', ' ').replace('\n', ' ');
    return line;
}

} // namespace

StreamRouter::StreamRouter(StreamSource *source, const QByteArray &token, quint16 port,
                           const QByteArray &boundHost)
    : m_source(source)
    , m_token(token)
{
    const QByteArray p = ':' + QByteArray::number(port);
    QByteArrayList hosts{"127.0.0.1", "localhost", "[::1]"};
    if (!boundHost.isEmpty() && !hosts.contains(boundHost.toLower()))
        hosts << boundHost.toLower();
    for (const QByteArray &host : std::as_const(hosts)) {
        m_allowedHosts << host + p;
        if (port == 80) // the default port may be left out of Host
            m_allowedHosts << host;
    }
    m_defaultAuthority = (boundHost.isEmpty() ? QByteArray("127.0.0.1") : boundHost) + p;
}

const char *StreamRouter::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 416:
        return "Range Not Satisfiable";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

StreamRouter::Answer StreamRouter::error(int status)
{
    Answer a;
    a.status = status;
    a.headers << Header("Content-Type", "text/plain; charset=utf-8")
              << Header("X-Content-Type-Options", "nosniff");
    a.body = QByteArray::number(status) + ' ' + reasonPhrase(status) + '\n';
    a.mustClose = status == 400 || status == 413 || status == 431;
    return a;
}

QByteArray StreamRouter::streamPath(const QByteArray &token, const QString &torrentKey, int index,
                                    const QString &name)
{
    return "/stream/" + token + '/' + torrentKey.toLatin1() + '/' + QByteArray::number(index) +
           '/' + QUrl::toPercentEncoding(name);
}

QByteArray StreamRouter::playlistPath(const QByteArray &token, const QString &torrentKey)
{
    return "/playlist/" + token + '/' + torrentKey.toLatin1() + ".m3u";
}

QByteArray StreamRouter::etag(const QString &torrentKey, int index, qint64 size, qint64 failedReads)
{
    // Once bytes read before their piece was verified turn out wrong, the file is no longer
    // what was sent: a client's If-Range with the old tag must not match the corrected bytes.
    const QByteArray failed = failedReads > 0 ? "-r" + QByteArray::number(failedReads) : "";
    return '"' + torrentKey.toLatin1() + '-' + QByteArray::number(index) + '-' +
           QByteArray::number(size) + failed + '"';
}

QByteArray StreamRouter::urlToken(const QByteArray &secret, const QString &torrentKey, int index)
{
    const QByteArray what = torrentKey.toLower().toLatin1() + '/' +
                            (index >= 0 ? QByteArray::number(index) : QByteArray("playlist"));
    return QMessageAuthenticationCode::hash(what, secret, QCryptographicHash::Sha256)
        .toHex()
        .left(32);
}

bool StreamRouter::tokenMatches(const QByteArray &token, const QString &torrentKey, int index) const
{
    const QByteArray expected = urlToken(m_token, torrentKey, index);
    // Constant time, so the token cannot be guessed byte by byte from response times.
    if (token.size() != expected.size())
        return false;
    unsigned char diff = 0;
    for (int i = 0; i < token.size(); ++i)
        diff |= static_cast<unsigned char>(token[i] ^ expected[i]);
    return diff == 0;
}

std::optional<StreamRouter::Answer> StreamRouter::checkHost(const Request &request,
                                                            HostRule rule) const
{
    if (request.hosts.size() > 1 || (request.hosts.isEmpty() && request.version >= 11))
        return error(400);
    if (request.hosts.isEmpty() && rule == HostRule::Required)
        return error(403);
    if (!request.hosts.isEmpty() && !m_allowedHosts.contains(request.hosts.first().toLower()))
        return error(403);
    return std::nullopt;
}

StreamRouter::Answer StreamRouter::route(const Request &request) const
{
    // Host first: a page on a rebound DNS name must learn nothing, not even whether a path exists.
    if (std::optional<Answer> refused = checkHost(request))
        return *refused;

    if (request.method != "GET" && request.method != "HEAD") {
        Answer a = error(405);
        a.headers << Header("Allow", "GET, HEAD");
        return a;
    }

    QByteArray path = request.target;
    const int query = path.indexOf('?');
    if (query >= 0)
        path.truncate(query);
    if (!path.startsWith('/'))
        return error(400);
    const QByteArrayList segments = path.mid(1).split('/');

    if (segments.size() >= 4 && segments[0] == "stream") {
        int index = -1;
        if (!isHexKey(segments[2]) || !parseIndex(segments[3], &index))
            return error(404);
        const QString key = QString::fromLatin1(segments[2].toLower());
        if (!tokenMatches(segments[1], key, index))
            return error(404);
        return routeStream(request, key, index);
    }
    if (segments.size() == 3 && segments[0] == "playlist" && segments[2].endsWith(".m3u")) {
        const QByteArray key = segments[2].chopped(4);
        if (!isHexKey(key) || !tokenMatches(segments[1], QString::fromLatin1(key.toLower()), -1))
            return error(404);
        return routePlaylist(request, QString::fromLatin1(key.toLower()));
    }
    return error(404);
}

StreamRouter::Answer StreamRouter::routeStream(const Request &request, const QString &key,
                                               int index) const
{
    const std::optional<StreamSource::File> file = m_source->file(key, index);
    if (!file)
        return error(404);
    const qint64 size = file->size;
    const QByteArray tag = etag(key, index, size, m_source->failedReads(key));

    Answer a;
    a.torrentKey = key;
    a.fileIndex = index;
    a.streamsFile = true;
    a.offset = 0;
    a.length = size;
    a.headers << Header("Content-Type", mimeTypeForPath(file->path))
              << Header("Accept-Ranges", "bytes") << Header("ETag", tag);

    // A Range sent more than once is not a valid field value: ignore it. If-Range holding a date
    // never matches, since we send no Last-Modified; a weak or different ETag does not match.
    bool useRange = request.ranges.size() == 1;
    if (useRange && !request.ifRanges.isEmpty())
        useRange = request.ifRanges.size() == 1 && request.ifRanges.first().trimmed() == tag;
    if (!useRange)
        return a;

    const HttpRange range = HttpRange::parse(request.ranges.first(), size);
    switch (range.kind()) {
    case HttpRange::Kind::Invalid:
    case HttpRange::Kind::Multiple:
        return a;
    case HttpRange::Kind::Unsatisfiable: {
        Answer e = error(416);
        e.headers << Header("Accept-Ranges", "bytes")
                  << Header("Content-Range", "bytes */" + QByteArray::number(size));
        return e;
    }
    case HttpRange::Kind::Satisfiable:
        break;
    }
    a.status = 206;
    a.offset = range.first();
    a.length = range.length();
    a.headers << Header("Content-Range", "bytes " + QByteArray::number(range.first()) + '-' +
                                             QByteArray::number(range.last()) + '/' +
                                             QByteArray::number(size));
    return a;
}

StreamRouter::Answer StreamRouter::routePlaylist(const Request &request, const QString &key) const
{
    const QVector<StreamSource::File> files = m_source->files(key);
    if (files.isEmpty())
        return error(404);
    // Entries point back at the authority the client used, so a player that reached us on [::1]
    // stays there.
    const QByteArray authority =
        request.hosts.isEmpty() ? m_defaultAuthority : request.hosts.first().toLower();
    QByteArray body = "#EXTM3U\n";
    for (const StreamSource::File &f : files) {
        if (f.kind != MediaKind::Video && f.kind != MediaKind::Audio)
            continue;
        body += "#EXTINF:-1," + singleLine(f.path) + '\n';
        body += "http://" + authority +
                streamPath(urlToken(m_token, key, f.index), key, f.index, fileName(f.path)) + '\n';
    }
    Answer a;
    a.headers << Header("Content-Type", "audio/x-mpegurl")
              << Header("X-Content-Type-Options", "nosniff");
    a.body = body;
    return a;
}

} // namespace swarmplay
