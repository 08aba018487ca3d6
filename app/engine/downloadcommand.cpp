#include "downloadcommand.h"

#include <QSet>

#include "input/torrentsource.h"
#include "model/units.h"
#include "session/session.h"

namespace swarmplay::engine {

void DownloadCommand::start()
{
    m_clock.start();
    const TorrentSource source = TorrentSource::parse(options().source());
    if (!source.isValid()) {
        fail(source.error().message, 3);
        return;
    }
    Session *s = session();
    connect(s, &Session::metadataReceived, this, &DownloadCommand::onMetadata);
    connect(s, &Session::torrentsUpdated, this, [this](const QVector<TorrentSnapshot> &all) {
        for (const TorrentSnapshot &snap : all) {
            if (snap.id == m_id)
                onUpdate(snap);
        }
    });
    if (options().timeoutSeconds() > 0)
        startTimeout(0, tr("the download did not complete in time."));

    AddOptions add;
    if (!options().files().isEmpty()) {
        add.files = AddOptions::Files::Listed;
        add.wantedFiles = options().files();
    }
    addSource(
        source, add, [this](const TorrentId &id) { m_id = id; },
        [this](const TorrentId &id, const TorrentInfo &info) { onMetadata(id, info); });
}

void DownloadCommand::onMetadata(const TorrentId &id, const TorrentInfo &info)
{
    if (id != m_id && m_id.isValid())
        return;
    QSet<int> indices;
    for (const FileEntry &f : info.files)
        indices.insert(f.index);
    for (const int wanted : options().files()) {
        if (!indices.contains(wanted)) {
            fail(tr("\"%1\" has no file %2. Its files are numbered 0 to %3; "
                    "`swarmplay-engine info` lists them.")
                     .arg(info.name)
                     .arg(wanted)
                     .arg(info.files.isEmpty() ? 0 : info.files.last().index),
                 2);
            return;
        }
    }
}

void DownloadCommand::onUpdate(const TorrentSnapshot &s)
{
    if (isDone())
        return;
    if (s.state == TorrentState::Error) {
        fail(tr("%1: %2").arg(s.name, s.errorMessage));
        return;
    }
    const bool complete = s.chosenFilesComplete();
    if (complete) {
        const double seconds = m_clock.elapsed() / 1000.0;
        out() << lineStart()
              << tr("Done: %1 of \"%2\" complete and verified in %3 s (%4 downloaded).")
                     .arg(formatBytes(s.wantedBytes), s.name)
                     .arg(seconds, 0, 'f', 1)
                     .arg(formatBytes(s.totalDownloaded))
              << Qt::endl;
        done(0);
        return;
    }

    // A swarm that stays empty is worth saying so; the download keeps trying.
    if (s.peersConnected == 0) {
        if (m_noPeersSince < 0)
            m_noPeersSince = m_clock.elapsed();
        if (!m_warnedNoPeers && m_clock.elapsed() - m_noPeersSince > 30000) {
            m_warnedNoPeers = true;
            err() << lineStart()
                  << tr("No peers for 30 s. The torrent may have no seeds right now, or the "
                        "network may block BitTorrent; still trying.")
                  << Qt::endl;
        }
    } else {
        m_noPeersSince = -1;
    }

    if (options().quiet())
        return;
    if (isTerminal()) {
        err() << lineStart() << progressLine(s) << Qt::flush;
    } else if (m_lastPlainLine < 0 || m_clock.elapsed() - m_lastPlainLine >= 5000) {
        m_lastPlainLine = m_clock.elapsed();
        err() << progressLine(s) << Qt::endl;
    }
}

QString DownloadCommand::progressLine(const TorrentSnapshot &s) const
{
    if (!s.hasMetadata)
        return tr("%1  fetching metadata  %2 peers")
            .arg(s.name.isEmpty() ? s.id.key() : s.name)
            .arg(s.peersConnected);
    return tr("%1%  %2 of %3  %4  %5 peers (%6 seeds)  ETA %7  %8")
        .arg(s.progress * 100.0, 5, 'f', 1)
        .arg(formatBytes(s.wantedDone), formatBytes(s.wantedBytes), formatRate(s.downloadRate))
        .arg(s.peersConnected)
        .arg(s.seedsConnected)
        .arg(formatDuration(s.etaSeconds), torrentStateName(s.state).toLower());
}

} // namespace swarmplay::engine
