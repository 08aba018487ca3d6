#pragma once

#include <functional>

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

class QNetworkReply;

namespace swarmplay::engine {

// A client of a running engine's control API, found through its discovery file: JSON requests
// with the Bearer token, and what went wrong said the way a user can act on it (no engine, a
// stale file, a refused token, the API's own error).
class ApiClient : public QObject
{
    Q_OBJECT

public:
    struct Reply
    {
        int status = 0;    // HTTP status, 0 when no answer came
        QJsonObject json;  // the answer's body
        QString error;     // translated, empty on success
        QString errorCode; // the API's machine code, when it gave one
        bool ok() const { return error.isEmpty(); }
    };
    using Done = std::function<void(const Reply &reply)>;

    explicit ApiClient(QObject *parent = nullptr);

    // Reads the discovery file (the window's or the daemon's); false with a translated *error
    // when there is none or it is damaged.
    bool open(const QString &discoveryPath, bool window, QString *error);
    QUrl baseUrl() const { return m_base; }

    // path: under the base URL, e.g. "/torrents". POST, PATCH and DELETE send `body` as JSON.
    void call(const QByteArray &method, const QString &path, const QJsonObject &body, Done done);
    void get(const QString &path, Done done) { call("GET", path, {}, std::move(done)); }
    // POST path with a .torrent file's bytes.
    void upload(const QString &path, const QByteArray &torrent, Done done);
    // GET /events as Server-Sent Events; the caller reads the reply (owned by the caller).
    QNetworkReply *openEvents(const QByteArray &lastEventId = {});
    // The translated reason a reply failed (no answer, token refused, the API's error).
    QString failure(QNetworkReply *reply, const QJsonObject &json) const;

private:
    QNetworkRequest request(const QString &path) const;
    void finish(QNetworkReply *reply, const Done &done);

    QNetworkAccessManager m_network;
    QUrl m_base;
    QByteArray m_token;
    QString m_discoveryPath;
};

} // namespace swarmplay::engine
