#include "apilog.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace swarmplay {

Q_LOGGING_CATEGORY(lcApi, "swarmplay.api", QtWarningMsg)

namespace {

// What a client sent, made safe for a log line: printable ASCII only, and short.
QByteArray printable(const QByteArray &sent)
{
    constexpr qsizetype maxLength = 200;
    QByteArray shown = sent.left(maxLength);
    for (char &c : shown) {
        if (c < 0x21 || c > 0x7e)
            c = '?';
    }
    if (sent.size() > maxLength)
        shown += "...";
    return shown;
}

} // namespace

void logApiRefusal(const ApiRequest &request, const ApiAnswer &refusal)
{
    if (!lcApi().isInfoEnabled())
        return;
    // Never the query: a client may have put a secret there.
    QByteArray path = request.target;
    const qsizetype query = path.indexOf('?');
    if (query >= 0)
        path.truncate(query);
    const QByteArray code = QJsonDocument::fromJson(refusal.body)
                                .object()
                                .value(QLatin1String("error"))
                                .toObject()
                                .value(QLatin1String("code"))
                                .toString()
                                .toLatin1();
    const QByteArrayList origins = request.headerValues("origin");
    qCInfo(lcApi, "refused %s %s: %d %s (Origin: %s)", printable(request.method).constData(),
           printable(path).constData(), refusal.status, code.constData(),
           origins.isEmpty() ? "none" : printable(origins.join(",")).constData());
}

} // namespace swarmplay
