#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QJsonObject>
#include <QString>

#include "../http/apihandler.h"

namespace swarmplay {

// The control API's answers: JSON with the headers every answer carries (no caching, no
// sniffing, and never a CORS header), and errors in the one shape ApiJson::error gives them.
namespace ApiReply {

ApiAnswer json(int status, const QJsonObject &body);
// `compactJson` is already encoded (a list assembled from cached parts).
ApiAnswer json(int status, const QByteArray &compactJson);
ApiAnswer error(int status, const QString &code, const QString &message, const QString &field = {});

// 401 with WWW-Authenticate: Bearer.
ApiAnswer unauthorized();
// 405 with Allow.
ApiAnswer methodNotAllowed(const QByteArrayList &allowed);
// 404 for a torrent or stream that is not there.
ApiAnswer unknownTorrent(const QString &infoHash);

} // namespace ApiReply

} // namespace swarmplay
