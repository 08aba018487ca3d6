#include "servecommand.h"

#include <QTcpSocket>
#include <QTimer>

#include "http/streamserver.h"
#include "input/torrentsource.h"
#include "model/units.h"
#include "session/session.h"
#include "stream/streamprober.h"
#include "stream/streamview.h"
#include "stream/waitreason.h"

namespace swarmplay::engine {

ServeCommand::~ServeCommand()
{
    delete m_prober;
    if (m_server)
        m_server->close();
}

void ServeCommand::start()
{
    m_clock.start();
    const TorrentSource source = TorrentSource::parse(options().source());
    if (!source.isValid()) {
        fail(source.error().message, 3);
        return;
    }
    if (options().files().size() > 1) {
        fail(tr("serve streams one file; give --file once."), 2);
        return;
    }
    Session *s = session();
    m_server = new StreamServer(s->streamSource(), this);
    const QHostAddress bind = options().bindAddress().isNull()
                                  ? QHostAddress(QHostAddress::LocalHost)
                                  : options().bindAddress();
    QString error;
    if (!m_server->listen(bind, quint16(options().httpPort()), &error)) {
        fail(tr("The stream server cannot listen: %1").arg(error));
        return;
    }
    connect(s, &Session::metadataReceived, this, &ServeCommand::onMetadata);
    if (options().status()) {
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, &ServeCommand::printStatus);
        timer->start(1000);
    }
    // Nothing downloads until the file is known; then the stream's readers decide what comes first.
    AddOptions add;
    add.files = AddOptions::Files::None;
    addSource(
        source, add, [this](const TorrentId &id) { m_id = id; },
        [this](const TorrentId &id, const TorrentInfo &info) { onMetadata(id, info); });
}

void ServeCommand::onMetadata(const TorrentId &id, const TorrentInfo &info)
{
    if (m_announced || isDone() || (m_id.isValid() && id != m_id))
        return;
    m_id = id; // a .torrent's metadata comes before addTorrent() has answered
    const FileEntry *chosen = nullptr;
    if (!options().files().isEmpty()) {
        for (const FileEntry &f : info.files) {
            if (f.index == options().files().first())
                chosen = &f;
        }
        if (!chosen) {
            fail(tr("\"%1\" has no file %2; `swarmplay-engine info` lists its files.")
                     .arg(info.name)
                     .arg(options().files().first()),
                 2);
            return;
        }
    } else {
        // The largest video; failing that, the largest file.
        for (const FileEntry &f : info.files) {
            const bool better = !chosen ||
                                (f.kind == MediaKind::Video && chosen->kind != MediaKind::Video) ||
                                (f.kind == chosen->kind && f.size > chosen->size);
            if (better &&
                (f.kind == MediaKind::Video || !chosen || chosen->kind != MediaKind::Video))
                chosen = &f;
        }
    }
    if (!chosen) {
        fail(tr("\"%1\" has no files.").arg(info.name));
        return;
    }
    m_fileIndex = chosen->index;
    m_announced = true;
    session()->setWantedFiles(m_id, {m_fileIndex});

    // The probe region downloads first, before any player asks.
    m_prober = session()->createProber(m_id, m_fileIndex);
    // Its reader goes once the structure is known: an HTTP client reads what it needs itself,
    // and an open prober would hold back the rest of the file (see StreamScheduler).
    connect(m_prober, &StreamProber::finished, m_prober, &StreamProber::release);
    m_prober->start();

    // Print the URL once the server really answers.
    QTcpSocket probe;
    probe.connectToHost(m_server->streamUrl(m_id.key(), m_fileIndex).host(), m_server->port());
    if (!probe.waitForConnected(5000)) {
        fail(tr("The stream server does not answer on port %1.").arg(m_server->port()));
        return;
    }
    probe.abort();
    out() << m_server->streamUrl(m_id.key(), m_fileIndex).toString(QUrl::FullyEncoded) << Qt::endl;
    if (!options().quiet())
        err() << tr("Serving \"%1\" (%2). Playlist: %3. Stop with Ctrl+C.")
                     .arg(chosen->path, formatBytes(chosen->size),
                          m_server->playlistUrl(m_id.key()).toString(QUrl::FullyEncoded))
              << Qt::endl;
}

void ServeCommand::printStatus()
{
    if (!m_id.isValid() || isDone())
        return;
    const TorrentSnapshot s = session()->torrent(m_id);
    // Buffered ahead: the most any reader of the file has ready past where it reads.
    qint64 ahead = 0;
    int readers = 0;
    const auto streams = session()->streams();
    for (const StreamView::Reader &r : streams->readersOf(m_id.key(), m_fileIndex)) {
        if (r.role == ReaderRole::Probe)
            continue;
        ++readers;
        ahead = std::max(
            ahead, streams->readyAt(m_id.key(), m_fileIndex, std::max<qint64>(0, r.position)));
    }
    err() << tr("[%1 s] %2  %3%  down %4  up %5  %6 peers (%7 seeds)  %8 readers  %9 ready ahead")
                 .arg(m_clock.elapsed() / 1000)
                 .arg(torrentStateName(s.state).toLower())
                 .arg(s.progress * 100.0, 0, 'f', 1)
                 .arg(formatRate(s.downloadRate), formatRate(s.uploadRate))
                 .arg(s.peersConnected)
                 .arg(s.seedsConnected)
                 .arg(readers)
                 .arg(formatBytes(std::max<qint64>(0, ahead)));
    // Why a reader waits, when it is not simply downloading: what the viewer would want to know.
    const QString reason = waitReason(s, *streams, m_fileIndex);
    if (!reason.isEmpty())
        err() << "  " << tr("(waiting: %1)").arg(reason);
    else if (s.state == TorrentState::CannotWrite || s.state == TorrentState::Error)
        err() << "  (" << s.errorMessage << ')';
    err() << Qt::endl;
}

} // namespace swarmplay::engine
