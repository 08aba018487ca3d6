#include "apiclient.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>

#include "api/discoveryfile.h"

namespace swarmplay::engine {

namespace {

constexpr int CallTimeoutMs = 60000; // adding from a URL waits for its download

} // namespace

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
{
    // The engine is on loopback: never through a proxy from the environment.
    m_network.setProxy(QNetworkProxy::NoProxy);
}

bool ApiClient::open(const QString &discoveryPath, bool window, QString *error)
{
    m_discoveryPath = discoveryPath;
    if (discoveryPath.isEmpty() || !QFile::exists(discoveryPath)) {
        const QString path =
            discoveryPath.isEmpty() ? QStringLiteral("$XDG_RUNTIME_DIR") : discoveryPath;
        *error = window ? tr("No Swarmplay window allows control: there is no %1. In the window, "
                             "turn on Settings ▸ \"Allow other programs to control Swarmplay\".")
                              .arg(path)
                        : tr("No swarmplay-engine daemon is running: there is no %1. Start one "
                             "with swarmplay-engine daemon.")
                              .arg(path);
        return false;
    }
    const std::optional<DiscoveryFile::Entry> entry = DiscoveryFile::read(discoveryPath, error);
    if (!entry)
        return false;
    m_base = entry->api;
    m_token = entry->token.toLatin1();
    return true;
}

QNetworkRequest ApiClient::request(const QString &path) const
{
    QUrl url = m_base;
    const int query = path.indexOf(QLatin1Char('?'));
    url.setPath(m_base.path() + path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest r(url);
    r.setRawHeader("Authorization", "Bearer " + m_token);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return r;
}

void ApiClient::call(const QByteArray &method, const QString &path, const QJsonObject &body,
                     Done done)
{
    QNetworkRequest r = request(path);
    r.setTransferTimeout(CallTimeoutMs);
    QNetworkReply *reply = nullptr;
    if (method == "GET") {
        reply = m_network.get(r);
    } else {
        // Every change carries a JSON body, an empty object for actions.
        r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        reply = m_network.sendCustomRequest(r, method,
                                            QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    finish(reply, done);
}

void ApiClient::upload(const QString &path, const QByteArray &torrent, Done done)
{
    QNetworkRequest r = request(path);
    r.setTransferTimeout(CallTimeoutMs);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-bittorrent"));
    finish(m_network.post(r, torrent), done);
}

QNetworkReply *ApiClient::openEvents(const QByteArray &lastEventId)
{
    QNetworkRequest r = request(QStringLiteral("/events"));
    r.setRawHeader("Accept", "text/event-stream");
    if (!lastEventId.isEmpty())
        r.setRawHeader("Last-Event-ID", lastEventId);
    return m_network.get(r);
}

void ApiClient::finish(QNetworkReply *reply, const Done &done)
{
    connect(reply, &QNetworkReply::finished, this, [this, reply, done] {
        reply->deleteLater();
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.json = QJsonDocument::fromJson(reply->readAll()).object();
        if (reply->error() != QNetworkReply::NoError || r.status < 200 || r.status > 299) {
            r.error = failure(reply, r.json);
            r.errorCode = r.json.value(QStringLiteral("error"))
                              .toObject()
                              .value(QStringLiteral("code"))
                              .toString();
        }
        done(r);
    });
}

QString ApiClient::failure(QNetworkReply *reply, const QJsonObject &json) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        return tr("Nothing answers at %1, the address in %2 (%3). The engine may have stopped "
                  "without removing that file; start it again.")
            .arg(m_base.toString(), m_discoveryPath, reply->errorString());
    }
    if (status == 401)
        return tr("The engine at %1 refused the token in %2: that file is from another run. "
                  "Start the engine again, or check that no other program replaced the file.")
            .arg(m_base.toString(), m_discoveryPath);
    const QJsonObject error = json.value(QStringLiteral("error")).toObject();
    const QString message = error.value(QStringLiteral("message")).toString();
    if (!message.isEmpty())
        return message; // the API's own words (English, its language)
    return tr("The engine answered %1 %2.")
        .arg(status)
        .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
}

} // namespace swarmplay::engine
