#include "torrentdetailroutes.h"

#include <QJsonArray>
#include <QSet>

#include "../http/streamserver.h"
#include "../model/mediakind.h"
#include "../session/session.h"
#include "../stream/pieceavailability.h"
#include "../stream/streamview.h"
#include "apijson.h"
#include "apireply.h"
#include "apiroute.h"
#include "jsonfields.h"
#include "torrentroutes.h"

namespace swarmplay {

namespace {

const QStringList &kindIds()
{
    static const QStringList ids = {
        mediaKindId(MediaKind::Video),    mediaKindId(MediaKind::Audio),
        mediaKindId(MediaKind::Subtitle), mediaKindId(MediaKind::Image),
        mediaKindId(MediaKind::Archive),  mediaKindId(MediaKind::Other),
    };
    return ids;
}

// "skip", "low", "normal", "high" as libtorrent priorities.
int levelOf(const QString &id)
{
    static const QHash<QString, int> levels = {{QStringLiteral("skip"), 0},
                                               {QStringLiteral("low"), 1},
                                               {QStringLiteral("normal"), 4},
                                               {QStringLiteral("high"), 7}};
    return levels.value(id, -1);
}

ApiAnswer noMetadata(const TorrentId &id)
{
    return ApiReply::error(409, QStringLiteral("no-metadata"),
                           QStringLiteral("The metadata of %1 has not arrived yet, so its files "
                                          "are not known; try again when has_metadata is true.")
                               .arg(id.key()));
}

} // namespace

TorrentDetailRoutes::TorrentDetailRoutes(Session *session, StreamServer *streams, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_streams(streams)
{}

TorrentId TorrentDetailRoutes::torrentOr404(const ApiRoute &route, const Exchange &exchange) const
{
    const TorrentId id = TorrentRoutes::find(m_session, route.infoHash());
    if (!id.isValid())
        exchange->answer(ApiReply::unknownTorrent(route.infoHash()));
    return id;
}

void TorrentDetailRoutes::files(const ApiRoute &route, const Exchange &exchange)
{
    const TorrentId id = torrentOr404(route, exchange);
    if (!id.isValid())
        return;
    const QString unknown = route.unknownParameter({QStringLiteral("kind")});
    QSet<QString> kinds;
    if (route.hasParameter(QStringLiteral("kind"))) {
        for (const QString &k :
             route.parameter(QStringLiteral("kind")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            kinds.insert(k.trimmed());
    }
    const bool kindsKnown = std::all_of(kinds.cbegin(), kinds.cend(),
                                        [](const QString &k) { return kindIds().contains(k); });
    if (!unknown.isEmpty() || !kindsKnown)
        return exchange->answer(ApiReply::error(
            400, QStringLiteral("bad-parameter"),
            QStringLiteral("The one parameter is \"kind\": a comma-separated list of %1.")
                .arg(kindIds().join(QStringLiteral(", "))),
            unknown.isEmpty() ? QStringLiteral("kind") : unknown));
    m_session->files(id).then(this, [this, id, kinds, exchange](const QVector<FileEntry> &files) {
        answerFiles(id, files, kinds, exchange);
    });
}

void TorrentDetailRoutes::answerFiles(const TorrentId &id, const QVector<FileEntry> &files,
                                      const QSet<QString> &kinds, const Exchange &exchange) const
{
    QJsonArray list;
    for (const FileEntry &f : files) {
        if (!kinds.isEmpty() && !kinds.contains(mediaKindId(f.kind)))
            continue;
        const QString url =
            m_streams ? m_streams->streamUrl(id.key(), f.index).toString(QUrl::FullyEncoded)
                      : QString();
        list.append(ApiJson::file(f, url));
    }
    exchange->answer(
        ApiReply::json(200, QJsonObject{{QStringLiteral("info_hash"), id.key()},
                                        {QStringLiteral("has_metadata"),
                                         !files.isEmpty() || m_session->cachedInfo(id).isValid()},
                                        {QStringLiteral("files"), list}}));
}

bool TorrentDetailRoutes::readChoice(JsonFields &fields, const QVector<FileEntry> &files,
                                     Choice *choice)
{
    const auto exists = [&files](int index) {
        return std::any_of(files.cbegin(), files.cend(),
                           [index](const FileEntry &f) { return f.index == index; });
    };
    fields.allowOnly({QStringLiteral("wanted"), QStringLiteral("priorities")});
    if (fields.ok() &&
        fields.has(QStringLiteral("wanted")) == fields.has(QStringLiteral("priorities")))
        fields.fail(QStringLiteral("wanted"),
                    QStringLiteral("Give either \"wanted\" (the file indices to download, or "
                                   "\"all\") or \"priorities\"."),
                    QStringLiteral("missing-field"));
    if (fields.object().value(QStringLiteral("wanted")) == QJsonValue(QStringLiteral("all"))) {
        choice->kind = Choice::Kind::All;
    } else if (const auto wanted = fields.indices(QStringLiteral("wanted"))) {
        choice->kind = Choice::Kind::Listed;
        choice->wanted = *wanted;
        for (const int i : *wanted) {
            if (!exists(i))
                fields.fail(QStringLiteral("wanted"),
                            QStringLiteral("The torrent has no file %1.").arg(i));
        }
    }
    const QJsonValue priorities = fields.object().value(QStringLiteral("priorities"));
    if (!fields.ok() || priorities.isUndefined())
        return fields.ok();
    choice->kind = Choice::Kind::Priorities;
    const QJsonArray list = priorities.toArray();
    for (qsizetype n = 0; n < list.size(); ++n) {
        const QJsonObject item = list.at(n).toObject();
        const std::optional<qint64> index =
            JsonFields::toInteger(item.value(QStringLiteral("index")));
        const int level = levelOf(item.value(QStringLiteral("priority")).toString());
        if (!index || !exists(int(*index)) || level < 0 || item.size() != 2)
            fields.fail(
                QStringLiteral("priorities[%1]").arg(n),
                QStringLiteral("Each priority is {\"index\": a file of the torrent, "
                               "\"priority\": \"skip\", \"low\", \"normal\" or \"high\"}."));
        else
            choice->levels.insert(int(*index), level);
    }
    if (!priorities.isArray() || list.isEmpty())
        fields.fail(QStringLiteral("priorities"),
                    QStringLiteral("\"priorities\" must be a non-empty array."));
    return fields.ok();
}

void TorrentDetailRoutes::apply(const TorrentId &id, const Choice &choice)
{
    switch (choice.kind) {
    case Choice::Kind::All:
        m_session->setAllFilesWanted(id);
        break;
    case Choice::Kind::Listed:
        m_session->setWantedFiles(id, choice.wanted);
        break;
    case Choice::Kind::Priorities:
        m_session->setFilePriorities(id, choice.levels);
        break;
    }
}

QVector<FileEntry> TorrentDetailRoutes::chosen(QVector<FileEntry> files, const Choice &choice)
{
    for (FileEntry &f : files) {
        bool wanted = f.wanted;
        if (choice.kind == Choice::Kind::All)
            wanted = true;
        else if (choice.kind == Choice::Kind::Listed)
            wanted = choice.wanted.contains(f.index);
        else if (choice.levels.contains(f.index))
            wanted = choice.levels.value(f.index) > 0;
        if (choice.levels.contains(f.index))
            f.priority = choice.levels.value(f.index);
        else if (wanted && (!f.wanted || f.priority <= 0))
            f.priority = 4; // newly chosen: the default priority
        f.wanted = wanted;
    }
    return files;
}

void TorrentDetailRoutes::chooseFiles(const ApiRequest &request, const ApiRoute &route,
                                      const Exchange &exchange)
{
    const TorrentId id = torrentOr404(route, exchange);
    if (!id.isValid())
        return;
    if (!route.query().isEmpty())
        return exchange->answer(ApiReply::error(400, QStringLiteral("bad-parameter"),
                                                QStringLiteral("This takes no parameters."),
                                                route.query().queryItems().first().first));
    const JsonFields parsed(request.body);
    if (!parsed.ok())
        return exchange->answer(parsed.error());
    m_session->files(id).then(this, [this, id, parsed, exchange](const QVector<FileEntry> &files) {
        if (files.isEmpty())
            return exchange->answer(noMetadata(id));
        JsonFields fields = parsed;
        Choice choice;
        if (!readChoice(fields, files, &choice))
            return exchange->answer(fields.error());
        apply(id, choice);
        answerFiles(id, chosen(files, choice), {}, exchange);
    });
}

void TorrentDetailRoutes::peers(const ApiRoute &route, const Exchange &exchange)
{
    const TorrentId id = torrentOr404(route, exchange);
    if (!id.isValid())
        return;
    m_session->peers(id).then(this, [id, exchange](const QVector<PeerEntry> &peers) {
        QJsonArray list;
        for (const PeerEntry &p : peers)
            list.append(ApiJson::peer(p));
        exchange->answer(ApiReply::json(200, QJsonObject{{QStringLiteral("info_hash"), id.key()},
                                                         {QStringLiteral("peers"), list}}));
    });
}

void TorrentDetailRoutes::trackers(const ApiRoute &route, const Exchange &exchange)
{
    const TorrentId id = torrentOr404(route, exchange);
    if (!id.isValid())
        return;
    m_session->trackers(id).then(this, [id, exchange](const QVector<TrackerEntry> &trackers) {
        QJsonArray list;
        for (const TrackerEntry &t : trackers)
            list.append(ApiJson::tracker(t));
        exchange->answer(ApiReply::json(200, QJsonObject{{QStringLiteral("info_hash"), id.key()},
                                                         {QStringLiteral("trackers"), list}}));
    });
}

void TorrentDetailRoutes::pieces(const ApiRoute &route, const Exchange &exchange)
{
    const TorrentId id = torrentOr404(route, exchange);
    if (!id.isValid())
        return;
    TorrentInfo info = m_session->cachedInfo(id);
    const auto have = m_session->streams()->pieces(id.key());
    QBitArray bits = have && info.isValid() ? have->snapshot() : QBitArray();
    if (!info.isValid())
        info = TorrentInfo();
    info.id = id; // the hash the torrent is known by, also without metadata
    exchange->answer(ApiReply::json(200, ApiJson::pieces(info, bits)));
}

} // namespace swarmplay
