#include "streamroutes.h"

#include <algorithm>

#include <QJsonArray>
#include <QRandomGenerator>

#include "../http/streamserver.h"
#include "../session/session.h"
#include "../stream/streamview.h"
#include "apijson.h"
#include "apilog.h"
#include "apireply.h"
#include "apiroute.h"
#include "apistream.h"
#include "jsonfields.h"
#include "torrentroutes.h"

namespace swarmplay {

StreamRoutes::StreamRoutes(Session *session, StreamServer *streams, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_server(streams)
{
    connect(session, &Session::torrentsUpdated, this, &StreamRoutes::refreshAll);
    connect(session, &Session::metadataReceived, this, &StreamRoutes::refreshAll);
    connect(session, &Session::torrentRemoved, this, &StreamRoutes::refreshAll);
    connect(&m_idleCheck, &QTimer::timeout, this, &StreamRoutes::releaseIdle);
    setIdleLimit(IdleLimit);
}

StreamRoutes::~StreamRoutes() = default;

QString StreamRoutes::newId()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

void StreamRoutes::refreshAll()
{
    for (const auto &entry : m_streams)
        entry.second->refresh();
}

void StreamRoutes::setIdleLimit(std::chrono::milliseconds limit)
{
    m_idleLimit = limit;
    // Checked a few times per limit, so a stream goes at most a quarter late.
    const auto step = std::clamp(limit / 4, std::chrono::milliseconds(10),
                                 std::chrono::milliseconds(std::chrono::seconds(30)));
    m_idleCheck.start(step);
}

bool StreamRoutes::isPlayed(const ApiStream &stream) const
{
    const QString &key = stream.status().torrentKey;
    const int file = stream.status().fileIndex;
    // The streams' own readers have the role a player's have: count them out.
    int own = 0;
    for (const auto &entry : m_streams) {
        const ApiStreamStatus &other = entry.second->status();
        if (other.torrentKey == key && other.fileIndex == file)
            own += entry.second->readerCount();
    }
    int http = 0;
    for (const StreamView::Reader &r : m_session->streams()->readersOf(key, file))
        http += r.role == ReaderRole::Http ? 1 : 0;
    return http > own;
}

void StreamRoutes::releaseIdle()
{
    QStringList idle;
    for (const auto &entry : m_streams) {
        ApiStream &stream = *entry.second;
        if (isPlayed(stream))
            stream.markUsed();
        else if (stream.idleMs() >= m_idleLimit.count())
            idle << entry.first;
    }
    for (const QString &id : std::as_const(idle)) {
        m_streams.erase(id);
        qCInfo(lcApi, "released stream %s: unused for %lld s", qPrintable(id),
               qint64(m_idleLimit.count() / 1000));
        emit streamReleased(id);
    }
}

void StreamRoutes::open(const ApiRequest &request, const Exchange &exchange)
{
    JsonFields fields(request.body);
    fields.allowOnly({QStringLiteral("info_hash"), QStringLiteral("file"), QStringLiteral("offset"),
                      QStringLiteral("prebuffer_bytes")});
    const std::optional<QString> hash = fields.string(QStringLiteral("info_hash"));
    const std::optional<qint64> file =
        fields.integer(QStringLiteral("file"), 0, std::numeric_limits<int>::max());
    const qint64 offset =
        fields.integer(QStringLiteral("offset"), 0, std::numeric_limits<qint64>::max() / 2)
            .value_or(0);
    const qint64 prebuffer =
        fields.integer(QStringLiteral("prebuffer_bytes"), 0, MaxPrebufferBytes).value_or(0);
    if (fields.ok() && (!hash || !ApiRoute::isInfoHash(hash->toLatin1())))
        fields.fail(QStringLiteral("info_hash"),
                    QStringLiteral("\"info_hash\" must be the torrent's info hash (40 or 64 "
                                   "hexadecimal characters)."),
                    hash ? QStringLiteral("bad-field") : QStringLiteral("missing-field"));
    if (fields.ok() && !file)
        fields.fail(QStringLiteral("file"),
                    QStringLiteral("\"file\" (the file's index) is missing."),
                    QStringLiteral("missing-field"));
    if (!fields.ok())
        return exchange->answer(fields.error());
    const TorrentId id = TorrentRoutes::find(m_session, *hash);
    if (!id.isValid())
        return exchange->answer(ApiReply::unknownTorrent(hash->toLower()));
    const TorrentInfo info = m_session->cachedInfo(id);
    if (info.isValid() && std::none_of(info.files.cbegin(), info.files.cend(),
                                       [&](const FileEntry &f) { return f.index == *file; }))
        return exchange->answer(ApiReply::error(
            400, QStringLiteral("bad-field"),
            QStringLiteral("The torrent has no file %1.").arg(*file), QStringLiteral("file")));
    if (count() >= MaxStreams)
        return exchange->answer(ApiReply::error(
            429, QStringLiteral("too-many-streams"),
            QStringLiteral("%1 streams are open; release some first.").arg(MaxStreams)));

    const QString streamId = newId();
    auto stream = std::make_unique<ApiStream>(m_session, m_server, streamId, id, int(*file), offset,
                                              prebuffer);
    ApiStream *s = stream.get();
    connect(s, &ApiStream::changed, this,
            [this, s] { emit streamChanged(ApiJson::stream(s->status())); });
    m_streams[streamId] = std::move(stream);
    s->refresh();
    if (s->status().errorCode == QLatin1String("offset-past-end")) {
        const ApiStreamStatus status = s->status();
        m_streams.erase(streamId);
        return exchange->answer(ApiReply::error(400, QStringLiteral("bad-field"),
                                                status.errorMessage, QStringLiteral("offset")));
    }
    exchange->answer(ApiReply::json(201, ApiJson::stream(s->status())));
}

void StreamRoutes::list(const Exchange &exchange)
{
    QJsonArray streams;
    for (const auto &entry : m_streams)
        streams.append(ApiJson::stream(entry.second->status()));
    exchange->answer(ApiReply::json(200, QJsonObject{{QStringLiteral("streams"), streams}}));
}

void StreamRoutes::get(const ApiRoute &route, const Exchange &exchange)
{
    const auto it = m_streams.find(route.streamId());
    if (it == m_streams.end())
        return exchange->answer(
            ApiReply::error(404, QStringLiteral("unknown-stream"),
                            QStringLiteral("There is no stream %1; it may have been released.")
                                .arg(route.streamId())));
    it->second->markUsed();
    exchange->answer(ApiReply::json(200, ApiJson::stream(it->second->status())));
}

void StreamRoutes::release(const ApiRequest &request, const ApiRoute &route,
                           const Exchange &exchange)
{
    const auto it = m_streams.find(route.streamId());
    if (it == m_streams.end())
        return exchange->answer(ApiReply::error(
            404, QStringLiteral("unknown-stream"),
            QStringLiteral("There is no stream %1; it may have been released already.")
                .arg(route.streamId())));
    JsonFields fields(request.body);
    if (!fields.allowOnly({}))
        return exchange->answer(fields.error());
    m_streams.erase(it); // its readers close: what they asked for is nobody's any more
    emit streamReleased(route.streamId());
    exchange->answer(ApiReply::json(200, QJsonObject{{QStringLiteral("id"), route.streamId()},
                                                     {QStringLiteral("released"), true}}));
}

void StreamRoutes::releaseAll()
{
    auto streams = std::move(m_streams);
    m_streams.clear();
    for (const auto &entry : streams)
        emit streamReleased(entry.first);
}

} // namespace swarmplay
