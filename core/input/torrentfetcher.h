#pragma once

#include <QFuture>
#include <QObject>
#include <QUrl>

#include "torrentsource.h"

class QNetworkAccessManager;

namespace swarmplay {

// Downloads a .torrent file from an http(s) URL with a size cap, a deadline and a bounded number
// of redirects, and turns the answer into a checked TorrentSource or a specific error.
class TorrentFetcher : public QObject
{
    Q_OBJECT

public:
    explicit TorrentFetcher(QObject *parent = nullptr);

    // The deadline for the whole fetch, redirects included: a server that keeps sending a byte
    // at a time cannot keep it waiting longer (SourceError::UrlTimeout).
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void setMaxRedirects(int count) { m_maxRedirects = count; }

    // Never fails the future: an error is a TorrentSource with error() set.
    QFuture<TorrentSource> fetch(const QUrl &url);

private:
    QNetworkAccessManager *m_network;
    int m_timeoutMs = 30000;
    int m_maxRedirects = 5;
};

} // namespace swarmplay
