#include "torrentroutes.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimer>

#include "../session/session.h"
#include "apiguard.h"
#include "apijson.h"
#include "apimessages.h"
#include "apireply.h"
#include "apiroute.h"
#include "jsonfields.h"
#include "torrentrevisions.h"

namespace swarmplay {

namespace {

// How long DELETE waits for the engine to say the torrent is gone before answering 202.
constexpr int RemoveWaitMs = 10000;

bool matches(const QString &text, const char *pattern)
{
    return QRegularExpression(QLatin1String(pattern)).match(text).hasMatch();
}

ApiAnswer sourceRefused(const SourceError &error)
{
    const int status = error.code == SourceError::Code::AddFailed ? 500 : 422;
    return ApiReply::error(status, SourceError::codeId(error.code),
                           ApiMessages::sourceError(error));
}

ApiAnswer badParameter(const QString &name, const QString &message)
{
    return ApiReply::error(400, QStringLiteral("bad-parameter"), message, name);
}

// {} is the body of an action; anything in it is a mistake worth saying.
bool emptyObject(const QByteArray &body, ApiAnswer *error)
{
    JsonFields fields(body);
    if (fields.allowOnly({}))
        return true;
    *error = fields.error();
    return false;
}

} // namespace

TorrentRoutes::TorrentRoutes(Session *session, TorrentRevisions *revisions, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_revisions(revisions)
{}

TorrentId TorrentRoutes::find(const Session *session, const QString &infoHash)
{
    const TorrentId wanted = TorrentId::fromString(infoHash);
    if (!wanted.isValid())
        return {};
    if (session->contains(wanted))
        return session->torrent(wanted).id;
    // A hybrid torrent answers to its other hash too, which the metadata tells.
    for (const TorrentSnapshot &s : session->torrents()) {
        if (s.id.matches(wanted) || session->cachedInfo(s.id).id.matches(wanted))
            return s.id;
    }
    return {};
}

TorrentSource TorrentRoutes::parseSource(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return TorrentSource::failure(SourceError::Code::EmptyInput,
                                      ApiMessages::sourceErrorText(SourceError::Code::EmptyInput));
    if (matches(text, "^(?i)(magnet:|https?://)"))
        return TorrentSource::parse(text);
    // A bare hash becomes its magnet here: TorrentSource would look for a file of that name.
    if (matches(text, "^([0-9a-fA-F]{40}|[A-Za-z2-7]{32})$"))
        return TorrentSource::parse(QStringLiteral("magnet:?xt=urn:btih:") + text);
    if (matches(text, "^[0-9a-fA-F]{64}$"))
        return TorrentSource::parse(QStringLiteral("magnet:?xt=urn:btmh:1220") + text);
    if (matches(text, "^[0-9a-fA-F]{30,70}$"))
        return TorrentSource::failure(
            SourceError::Code::BadInfoHash,
            QStringLiteral("\"%1\" looks like an info hash but has %2 characters; a v1 info hash "
                           "has 40 hexadecimal characters and a v2 info hash 64.")
                .arg(text)
                .arg(text.size()),
            text);
    return TorrentSource::failure(
        SourceError::Code::UnsupportedScheme,
        QStringLiteral("\"%1\" cannot be added: give a magnet link, an info hash or an http(s) "
                       "address, or send the .torrent file itself with \"Content-Type: "
                       "application/x-bittorrent\".")
            .arg(text),
        text);
}

void TorrentRoutes::list(const ApiRoute &route, const Exchange &exchange)
{
    const QString unknown = route.unknownParameter({QStringLiteral("since")});
    if (!unknown.isEmpty())
        return exchange->answer(
            badParameter(unknown, QStringLiteral("\"%1\" is not a parameter here.").arg(unknown)));
    qint64 since = -1;
    if (route.hasParameter(QStringLiteral("since"))) {
        bool ok = false;
        since = route.parameter(QStringLiteral("since")).toLongLong(&ok);
        if (!ok || since < 0)
            return exchange->answer(
                badParameter(QStringLiteral("since"),
                             QStringLiteral("\"since\" must be a revision this server returned.")));
    }
    const TorrentRevisions::Changes changes = m_revisions->changesSince(since);
    // Assembled from each torrent's cached JSON: a thousand torrents are not encoded again.
    const QByteArray body = m_revisions->listBody(changes);
    exchange->answer(ApiReply::json(200, body));
}

void TorrentRoutes::get(const ApiRoute &route, const Exchange &exchange)
{
    const TorrentId id = find(m_session, route.infoHash());
    if (!id.isValid())
        return exchange->answer(ApiReply::unknownTorrent(route.infoHash()));
    QJsonObject json = ApiJson::torrent(m_session->torrent(id));
    const TorrentInfo info = m_session->cachedInfo(id);
    json.insert(QStringLiteral("metadata"),
                info.isValid() ? QJsonValue(ApiJson::metadata(info)) : QJsonValue());
    exchange->answer(ApiReply::json(200, json));
}

QJsonObject TorrentRoutes::queryAsJson(const ApiRoute &route)
{
    // The options of an upload, as the JSON body would give them, so one reader checks both.
    QJsonObject object;
    if (route.hasParameter(QStringLiteral("save_path")))
        object.insert(QStringLiteral("save_path"), route.parameter(QStringLiteral("save_path")));
    if (route.hasParameter(QStringLiteral("paused"))) {
        const QString paused = route.parameter(QStringLiteral("paused"));
        object.insert(QStringLiteral("paused"), paused == QLatin1String("true") ? QJsonValue(true)
                                                : paused == QLatin1String("false")
                                                    ? QJsonValue(false)
                                                    : QJsonValue(paused));
    }
    if (route.hasParameter(QStringLiteral("files"))) {
        QJsonArray files;
        const QString list = route.parameter(QStringLiteral("files"));
        for (const QString &part : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const int index = part.toInt(&ok);
            files.append(ok ? QJsonValue(index) : QJsonValue(part));
        }
        object.insert(QStringLiteral("files"), files);
    }
    return object;
}

void TorrentRoutes::readOptions(JsonFields &fields, AddOptions *options)
{
    if (const auto path = fields.folder(QStringLiteral("save_path")))
        options->savePath = *path;
    if (const auto files = fields.indices(QStringLiteral("files"))) {
        // An empty list chooses nothing yet: a player picks the file to stream later.
        options->files = files->isEmpty() ? AddOptions::Files::None : AddOptions::Files::Listed;
        options->wantedFiles = *files;
        // Nothing at all until then, not even the head the window's player fetches meanwhile.
        options->headStart = !files->isEmpty();
    }
    if (const auto paused = fields.boolean(QStringLiteral("paused")))
        options->paused = *paused;
}

bool TorrentRoutes::readAdd(const ApiRequest &request, const ApiRoute &route, TorrentSource *source,
                            AddOptions *options, ApiAnswer *error)
{
    const QStringList optionNames = {QStringLiteral("save_path"), QStringLiteral("files"),
                                     QStringLiteral("paused")};
    if (ApiGuard::isTorrentUpload(request, route)) {
        const QString unknown = route.unknownParameter(optionNames);
        if (!unknown.isEmpty()) {
            *error =
                badParameter(unknown, QStringLiteral("\"%1\" is not a parameter here; they are: "
                                                     "save_path, files, paused.")
                                          .arg(unknown));
            return false;
        }
        JsonFields fields(queryAsJson(route));
        readOptions(fields, options);
        if (!fields.ok()) {
            *error = badParameter(fields.field(),
                                  QStringLiteral("\"%1\" has a wrong value: save_path is an "
                                                 "absolute path, files a comma-separated list of "
                                                 "file indices, paused true or false.")
                                      .arg(fields.field()));
            return false;
        }
        *source = TorrentSource::fromTorrentData(request.body, QStringLiteral("The upload"));
        return true;
    }
    if (!route.query().isEmpty()) {
        *error = badParameter(route.query().queryItems().first().first,
                              QStringLiteral("Options of a JSON request go in its body."));
        return false;
    }
    JsonFields fields(request.body);
    fields.allowOnly(QStringList{QStringLiteral("source")} + optionNames);
    const std::optional<QString> text = fields.string(QStringLiteral("source"));
    if (fields.ok() && !text)
        fields.fail(QStringLiteral("source"),
                    QStringLiteral("\"source\" is missing: a magnet link, an info hash or an "
                                   "http(s) address."),
                    QStringLiteral("missing-field"));
    readOptions(fields, options);
    if (!fields.ok()) {
        *error = fields.error();
        return false;
    }
    *source = parseSource(*text);
    return true;
}

void TorrentRoutes::add(const ApiRequest &request, const ApiRoute &route, const Exchange &exchange)
{
    TorrentSource source;
    AddOptions options;
    ApiAnswer error;
    if (!readAdd(request, route, &source, &options, &error))
        return exchange->answer(error);
    if (!source.isValid())
        return exchange->answer(sourceRefused(source.error()));
    m_session->addTorrent(source, options).then(this, [this, exchange](const AddResult &r) {
        answerAdded(r, exchange);
    });
}

void TorrentRoutes::answerAdded(const AddResult &result, const Exchange &exchange) const
{
    if (!result.ok())
        return exchange->answer(sourceRefused(result.error));
    TorrentSnapshot snapshot = m_session->torrent(result.id);
    snapshot.id = result.id; // known even before the engine's first word about it
    QJsonObject json = ApiJson::torrent(snapshot);
    json.insert(QStringLiteral("already"), result.alreadyPresent);
    exchange->answer(ApiReply::json(result.alreadyPresent ? 200 : 201, json));
}

void TorrentRoutes::action(const ApiRequest &request, const ApiRoute &route,
                           const Exchange &exchange)
{
    const TorrentId id = find(m_session, route.infoHash());
    if (!id.isValid())
        return exchange->answer(ApiReply::unknownTorrent(route.infoHash()));
    ApiAnswer error;
    if (!emptyObject(request.body, &error))
        return exchange->answer(error);
    const QByteArray &a = route.action();
    if (a == "pause" || a == "resume")
        m_session->setPaused(id, a == "pause");
    else if (a == "recheck")
        m_session->recheck(id);
    else
        m_session->reannounce(id);
    // Commands take effect in the engine's next moments; the answer says it has them.
    exchange->answer(ApiReply::json(202, ApiJson::torrent(m_session->torrent(id))));
}

void TorrentRoutes::remove(const ApiRequest &request, const ApiRoute &route,
                           const Exchange &exchange)
{
    const TorrentId id = find(m_session, route.infoHash());
    if (!id.isValid())
        return exchange->answer(ApiReply::unknownTorrent(route.infoHash()));
    const QString unknown = route.unknownParameter({QStringLiteral("files")});
    const QString files = route.parameter(QStringLiteral("files"));
    if (!unknown.isEmpty() || (route.hasParameter(QStringLiteral("files")) &&
                               files != QLatin1String("keep") && files != QLatin1String("delete")))
        return exchange->answer(badParameter(
            unknown.isEmpty() ? QStringLiteral("files") : unknown,
            QStringLiteral("The one parameter is \"files\": keep (the default) or delete.")));
    ApiAnswer error;
    if (!emptyObject(request.body, &error))
        return exchange->answer(error);

    const bool deleteFiles = files == QLatin1String("delete");
    const auto answer = [id, deleteFiles, exchange](bool removed) {
        exchange->answer(ApiReply::json(
            removed ? 200 : 202, QJsonObject{{QStringLiteral("info_hash"), id.key()},
                                             {QStringLiteral("removed"), removed},
                                             {QStringLiteral("delete_files"), deleteFiles}}));
    };
    // Answered once the engine has let go of it, so a GET right after does not find it.
    auto *waiter = new QObject(this);
    auto answered = std::make_shared<bool>(false);
    connect(m_session, &Session::torrentRemoved, waiter,
            [waiter, id, answer, answered](const TorrentId &gone) {
                if (gone != id || *answered)
                    return;
                *answered = true;
                answer(true);
                waiter->deleteLater();
            });
    QTimer::singleShot(RemoveWaitMs, waiter, [waiter, answer, answered] {
        if (!*answered)
            answer(false);
        *answered = true;
        waiter->deleteLater();
    });
    m_session->removeTorrent(id, deleteFiles);
}

} // namespace swarmplay
