#include "apireply.h"

#include "apijson.h"

namespace swarmplay {

ApiAnswer ApiReply::json(int status, const QByteArray &compactJson)
{
    ApiAnswer a;
    a.status = status;
    a.headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/json"))
              << qMakePair(QByteArray("Cache-Control"), QByteArray("no-store"))
              << qMakePair(QByteArray("X-Content-Type-Options"), QByteArray("nosniff"));
    a.body = compactJson;
    return a;
}

ApiAnswer ApiReply::json(int status, const QJsonObject &body)
{
    return json(status, ApiJson::compact(body));
}

ApiAnswer ApiReply::error(int status, const QString &code, const QString &message,
                          const QString &field)
{
    return json(status, ApiJson::error(code, message, field));
}

ApiAnswer ApiReply::unauthorized()
{
    ApiAnswer a = error(401, QStringLiteral("unauthorized"),
                        QStringLiteral("This API needs the header \"Authorization: Bearer "
                                       "<token>\" with the token from the discovery file."));
    a.headers << qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer"));
    return a;
}

ApiAnswer ApiReply::methodNotAllowed(const QByteArrayList &allowed)
{
    ApiAnswer a = error(
        405, QStringLiteral("method-not-allowed"),
        QStringLiteral("This path takes %1 only.").arg(QString::fromLatin1(allowed.join(", "))));
    a.headers << qMakePair(QByteArray("Allow"), allowed.join(", "));
    return a;
}

ApiAnswer ApiReply::unknownTorrent(const QString &infoHash)
{
    return error(
        404, QStringLiteral("unknown-torrent"),
        QStringLiteral("No torrent with the info hash %1 is in the session.").arg(infoHash));
}

} // namespace swarmplay
