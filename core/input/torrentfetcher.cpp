#include "torrentfetcher.h"

#include <memory>

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QTimer>

namespace swarmplay {

TorrentFetcher::TorrentFetcher(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{}

QFuture<TorrentSource> TorrentFetcher::fetch(const QUrl &url)
{
    auto promise = std::make_shared<QPromise<TorrentSource>>();
    promise->start();
    QFuture<TorrentSource> future = promise->future();
    const QString shown = url.toDisplayString();

    auto finish = [promise](const TorrentSource &source) {
        promise->addResult(source);
        promise->finish();
    };

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_maxRedirects);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Swarmplay/0.1"));
    request.setRawHeader("Accept", "application/x-bittorrent, */*;q=0.5");

    QNetworkReply *reply = m_network->get(request);
    auto tooLarge = std::make_shared<bool>(false);
    // The transfer timeout above only notices silence; this one ends a trickle too. Parented
    // to the reply, it goes with it.
    auto deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, &QNetworkReply::abort);
    deadline->start(m_timeoutMs);

    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, tooLarge](qint64 received, qint64 total) {
                if (received > TorrentSource::MaxTorrentFileSize ||
                    total > TorrentSource::MaxTorrentFileSize) {
                    *tooLarge = true;
                    reply->abort();
                }
            });

    connect(reply, &QNetworkReply::finished, this, [reply, finish, shown, tooLarge] {
        reply->deleteLater();
        using Code = SourceError::Code;
        if (*tooLarge) {
            finish(TorrentSource::failure(
                Code::TooLarge,
                TorrentSource::tr("The file at %1 is larger than %2 MiB, too large for a "
                                  ".torrent file.")
                    .arg(shown)
                    .arg(TorrentSource::MaxTorrentFileSize / (1024 * 1024)),
                shown));
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QNetworkReply::NetworkError error = reply->error();
        if (status >= 400) {
            const QString reason =
                reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
            finish(TorrentSource::failure(
                Code::HttpStatus,
                TorrentSource::tr("The server at %1 answered with HTTP error %2 %3; the "
                                  ".torrent file is not available there.")
                    .arg(shown)
                    .arg(status)
                    .arg(reason),
                shown));
            return;
        }
        switch (error) {
        case QNetworkReply::NoError:
            break;
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            finish(TorrentSource::failure(
                Code::UrlTimeout,
                TorrentSource::tr("The server at %1 did not answer in time. Try again later.")
                    .arg(shown),
                shown));
            return;
        case QNetworkReply::TooManyRedirectsError:
        case QNetworkReply::InsecureRedirectError:
            finish(TorrentSource::failure(
                Code::TooManyRedirects,
                TorrentSource::tr("%1 redirects too often or to an insecure address: %2.")
                    .arg(shown, reply->errorString()),
                shown));
            return;
        default:
            finish(TorrentSource::failure(
                Code::UrlUnreachable,
                TorrentSource::tr("Swarmplay could not reach %1: %2. Check the address and your "
                                  "connection.")
                    .arg(shown, reply->errorString()),
                shown));
            return;
        }
        const QByteArray data = reply->readAll();
        TorrentSource source = TorrentSource::fromTorrentData(data, shown, true);
        finish(source);
    });
    return future;
}

} // namespace swarmplay
