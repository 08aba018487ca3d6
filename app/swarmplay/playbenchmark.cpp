#include "playbenchmark.h"

#include <cmath>

#include <QHostAddress>
#include <QJsonArray>
#include <QMediaPlayer>
#include <QVideoSink>

#include "framegrab.h"
#include "http/streamserver.h"
#include "player/filepieces.h"
#include "player/playerwidget.h"
#include "session/session.h"
#include "stream/pieceavailability.h"
#include "stream/streamview.h"
#include "stream/torrentstreamdevice.h"
#include "window/mainwindow.h"

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

namespace swarmplay {

namespace {

// CPU time of this process so far, seconds; -1 where not measured.
double cpuSeconds()
{
#if defined(Q_OS_UNIX)
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
#else
    return -1;
#endif
}

// Peak resident memory, MiB; -1 where not measured.
double peakRssMiB()
{
#if defined(Q_OS_UNIX)
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
#if defined(Q_OS_MACOS)
    return double(usage.ru_maxrss) / (1024.0 * 1024.0); // bytes
#else
    return double(usage.ru_maxrss) / 1024.0; // KiB
#endif
#else
    return -1;
#endif
}

double round3(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

// What the player's demuxer has read, as [offset, length] pairs in the file, into `prefix`_reads
// and their sum into `prefix`_bytes.
void insertReads(QJsonObject &result, const QString &prefix, const TorrentStreamDevice *device)
{
    if (!device)
        return;
    QJsonArray spans;
    qint64 bytes = 0;
    for (const ByteRange &r : device->readSpans()) {
        spans.append(QJsonArray{r.offset, r.length});
        bytes += r.length;
    }
    result.insert(prefix + QStringLiteral("_reads"), spans);
    result.insert(prefix + QStringLiteral("_bytes"), bytes);
}

} // namespace

PlayBenchmark::PlayBenchmark(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_poll.setInterval(5);
    connect(&m_poll, &QTimer::timeout, this, &PlayBenchmark::poll);
    m_phaseTimer.setSingleShot(true);
}

PlayBenchmark::~PlayBenchmark()
{
    // The order of an application's exit: the player's readers, the HTTP readers, the session.
    m_window.reset();
    if (m_server)
        m_server->close();
    m_server.reset();
    if (m_session)
        m_session->shutdown();
}

void PlayBenchmark::start()
{
    m_clock.start();
    // With the swarmplay.blocks log, which says where the session's clock starts on the same
    // monotonic clock, a harness can place every block's arrival on this run's time line.
    m_result.insert(QStringLiteral("clock_reference_ms"), m_clock.msecsSinceReference());
    m_result.insert(QStringLiteral("source"), m_options.source);
    m_result.insert(QStringLiteral("seek_fraction"), m_options.seekFraction);
    if (!m_dir.isValid()) {
        finish(tr("Cannot make a temporary folder for the run's state and data."));
        return;
    }
    const SessionSettings settings = sessionSettings();
    const QString invalid = settings.validate();
    if (!invalid.isEmpty()) {
        finish(invalid);
        return;
    }
    m_session = std::make_unique<Session>(settings);
    m_server = std::make_unique<StreamServer>(m_session->streamSource());
    m_server->listen(QHostAddress::LocalHost, 0, nullptr);
    m_window = std::make_unique<MainWindow>(m_session.get(), m_server.get());
    m_window->resize(1280, 800);
    m_window->show();
    watchWindow();
    m_grab = new FrameGrab(m_window.get(), m_options.timeoutSeconds, this);
    connect(m_grab, &FrameGrab::subtitlesChosen, this, [this](const QJsonObject &r) {
        m_result.insert(QStringLiteral("subtitles"), r);
        if (r.contains(QStringLiteral("error")))
            finish(r.value(QStringLiteral("error")).toString());
    });
    connect(m_grab, &FrameGrab::grabbed, this, [this](const QJsonObject &r) {
        m_result.insert(QStringLiteral("grab"), r);
        if (r.contains(QStringLiteral("error")))
            finish(r.value(QStringLiteral("error")).toString());
        else
            beginPause();
    });
    connect(&m_phaseTimer, &QTimer::timeout, this, &PlayBenchmark::onPhaseTimer);
    m_poll.start();
    m_phaseStartedMs = m_clock.elapsed();
    m_window->openSource(m_options.source);
}

SessionSettings PlayBenchmark::sessionSettings() const
{
    SessionSettings settings;
    settings.stateDir = m_dir.filePath(QStringLiteral("state"));
    settings.downloadDir = m_dir.filePath(QStringLiteral("data"));
    // The swarm is the one the source names (trackers, x.pe peers): nothing from outside.
    settings.dht = false;
    settings.lsd = false;
    settings.upnp = false;
    settings.natpmp = false;
    settings.allowMultipleConnectionsPerIp = true;
    if (!m_options.bindAddress.isEmpty()) {
        const QHostAddress host(m_options.bindAddress);
        settings.listenInterfaces = host.protocol() == QAbstractSocket::IPv6Protocol
                                        ? QStringLiteral("[%1]:0").arg(m_options.bindAddress)
                                        : QStringLiteral("%1:0").arg(m_options.bindAddress);
        settings.outgoingInterface = m_options.bindAddress;
    }
    return settings;
}

void PlayBenchmark::watchWindow()
{
    PlayerWidget *player = m_window->player();
    connect(player, &PlayerWidget::probeRegionReady, this, [this] { mark("probe_region_s"); });
    connect(player, &PlayerWidget::firstFrameShown, this, &PlayBenchmark::onFirstFrame);
    connect(player, &PlayerWidget::bufferingChanged, this, &PlayBenchmark::onBuffering);
    connect(player->videoSink(), &QVideoSink::videoFrameChanged, this,
            &PlayBenchmark::onFrameWhilePlaying);
    connect(player, &PlayerWidget::errorShown, this,
            [this](const QString &message) { finish(message); });
    connect(m_window.get(), &MainWindow::openFailed, this,
            [this](const QString &text, const QString &message) {
                finish(QStringLiteral("%1: %2").arg(text, message));
            });
}

void PlayBenchmark::onPhaseTimer()
{
    switch (m_phase) {
    case Phase::Settling:
        beginSeek();
        break;
    case Phase::Playing:
        beginPause();
        break;
    case Phase::Paused: {
        const double cpu = cpuSeconds();
        m_result.insert(QStringLiteral("paused_cpu_percent"),
                        cpu < 0 ? QJsonValue()
                                : QJsonValue(round3((cpu - m_cpuAtPause) * 100.0 /
                                                    (seconds() - m_pauseStarted))));
        finish({});
        break;
    }
    default:
        break;
    }
}

void PlayBenchmark::mark(const char *key)
{
    const QString k = QString::fromLatin1(key);
    if (!m_result.contains(k))
        m_result.insert(k, round3(seconds()));
}

void PlayBenchmark::poll()
{
    if (m_phase == Phase::Done)
        return;
    const TorrentId id = m_window->currentTorrent();
    if (id.isValid()) {
        mark("added_s");
        if (m_session->cachedInfo(id).isValid())
            mark("metadata_s");
        // Where the time goes: when peers connected and when the first pieces landed.
        const int peers = m_session->torrent(id).peersConnected;
        while (m_peerTimes.size() < peers)
            m_peerTimes.append(round3(seconds()));
        if (!m_have)
            m_have = m_session->streams()->pieces(id.key());
        samplePeers(id);
        // After a seek: which pieces landed when (the target's are the ones that matter).
        for (int p = 0; m_have && !m_haveAtSeek.isEmpty() && m_afterSeek.size() < 8 &&
                        p < std::min<int>(m_have->pieceCount(), m_haveAtSeek.size());
             ++p) {
            if (!m_haveAtSeek.testBit(p) && m_have->has(p)) {
                m_haveAtSeek.setBit(p);
                m_afterSeek.append(QJsonArray{p, round3(seconds() - m_seekStarted)});
            }
        }
        for (int p = 0; m_have && p < std::min(m_have->pieceCount(), 8); ++p) {
            const QString key = QString::number(p);
            if (!m_pieceTimes.contains(key) && m_have->has(p))
                m_pieceTimes.insert(key, round3(seconds()));
        }
    }
    const bool waitingForFrame = m_phase == Phase::Starting || m_phase == Phase::Seeking;
    if (waitingForFrame && m_clock.elapsed() - m_phaseStartedMs > m_options.timeoutSeconds * 1000) {
        finish(m_phase == Phase::Starting
                   ? tr("No frame within %1 s of opening the source.").arg(m_options.timeoutSeconds)
                   : tr("No frame within %1 s of the seek.").arg(m_options.timeoutSeconds));
    }
}

void PlayBenchmark::samplePeers(const TorrentId &id)
{
    // Twice a second, what every peer does: a seeder that chokes or stalls shows here.
    const qint64 now = m_clock.elapsed();
    if (m_lastPeerSampleMs >= 0 && now - m_lastPeerSampleMs < 500)
        return;
    m_lastPeerSampleMs = now;
    const double at = round3(seconds());
    m_session->peers(id).then(this, [this, at](const QVector<PeerEntry> &peers) {
        QJsonArray row{at};
        for (const PeerEntry &p : peers)
            row.append(
                QJsonArray{p.address, p.flags, p.downloadRate / 1024, p.totalDownloaded / 1024});
        m_peerTimeline.append(row);
    });
}

void PlayBenchmark::onFirstFrame()
{
    PlayerWidget *player = m_window->player();
    if (m_phase == Phase::Starting) {
        mark("first_frame_s");
        insertReads(m_result, QStringLiteral("demuxer"), player->device());
        if (m_options.subtitleTrack >= 0)
            m_grab->chooseSubtitles(m_options.subtitleTrack);
        const TorrentId id = player->torrentId();
        const TorrentInfo info = m_session->cachedInfo(id);
        const auto file =
            std::find_if(info.files.cbegin(), info.files.cend(),
                         [player](const FileEntry &f) { return f.index == player->fileIndex(); });
        if (file != info.files.cend()) {
            m_result.insert(QStringLiteral("file"), file->path);
            m_result.insert(QStringLiteral("file_size"), file->size);
            m_result.insert(QStringLiteral("file_offset"), file->offset);
            m_result.insert(QStringLiteral("piece_size"), info.pieceLength);
            const auto streams = m_session->streams();
            qint64 durationMs = -1;
            const auto ranges = streams->probeRegion(id.key(), file->index, &durationMs);
            QJsonArray pieces;
            QJsonArray region;
            QSet<int> seen;
            for (const ByteRange &r : ranges) {
                region.append(QJsonArray{r.offset, r.length});
                if (r.length <= 0)
                    continue;
                const int a = int((file->offset + r.offset) / info.pieceLength);
                const int b = int((file->offset + r.offset + r.length - 1) / info.pieceLength);
                for (int p = a; p <= b; ++p) {
                    if (!seen.contains(p))
                        pieces.append(p);
                    seen.insert(p);
                }
            }
            m_result.insert(QStringLiteral("probe_region"), region);
            m_result.insert(QStringLiteral("probe_region_pieces"), pieces);
            m_result.insert(QStringLiteral("duration_ms"), player->mediaPlayer()->duration());
            const FilePieces have(streams->pieces(id.key()), info.pieceLength, *file);
            m_result.insert(QStringLiteral("pieces_at_first_frame"),
                            have.isValid() ? have.map().count(true) : -1);
        }
        if (m_options.seekFraction >= 0) {
            // Played a moment first, as a viewer would before reaching for the seek bar.
            m_phase = Phase::Settling;
            m_phaseTimer.start(2000);
        } else {
            beginPlaying();
        }
        return;
    }
    if (m_phase == Phase::Seeking) {
        m_result.insert(QStringLiteral("seek_to_frame_s"), round3(seconds() - m_seekStarted));
        m_result.insert(QStringLiteral("seek_started_s"), round3(m_seekStarted));
        insertReads(m_result, QStringLiteral("seek_demuxer"), player->device());
        m_result.insert(QStringLiteral("seek_target_ms"), m_seekTargetMs);
        beginPlaying();
    }
}

void PlayBenchmark::onBuffering(bool waiting)
{
    // Only waits that start while playing count as rebuffers; the start and a seek are timed
    // on their own.
    if (waiting && m_phase == Phase::Seeking && !m_result.contains(QStringLiteral("seek_wait_s")))
        m_result.insert(QStringLiteral("seek_wait_s"), round3(seconds() - m_seekStarted));
    if (!waiting) {
        if (m_buffering)
            m_stallSeconds += seconds() - m_bufferingSince;
        m_buffering = false;
        return;
    }
    if (m_buffering || (m_phase != Phase::Playing && m_phase != Phase::Settling))
        return;
    m_buffering = true;
    ++m_rebuffers;
    m_bufferingSince = seconds();
}

void PlayBenchmark::onFrameWhilePlaying()
{
    if (m_phase != Phase::Playing)
        return;
    const double now = seconds();
    const double gap = m_lastFrameAt < 0 ? 0 : now - m_lastFrameAt;
    m_lastFrameAt = now;
    if (gap <= FrozenGapS)
        return;
    ++m_freezes;
    if (m_freezeTimes.size() < 40)
        m_freezeTimes.append(QJsonArray{round3(now - gap), round3(gap)});
    m_frozenSeconds += gap;
    m_longestFreeze = std::max(m_longestFreeze, gap);
}

void PlayBenchmark::beginSeek()
{
    PlayerWidget *player = m_window->player();
    const qint64 duration = player->mediaPlayer()->duration();
    m_seekTargetMs = qint64(double(duration) * std::min(m_options.seekFraction, 0.98));
    if (m_buffering) // a wait before the seek ends with it
        m_stallSeconds += seconds() - m_bufferingSince;
    m_buffering = false;
    m_phase = Phase::Seeking;
    m_phaseStartedMs = m_clock.elapsed();
    m_seekStarted = seconds();
    if (m_have) {
        m_haveAtSeek.resize(m_have->pieceCount());
        for (int p = 0; p < m_have->pieceCount(); ++p)
            m_haveAtSeek.setBit(p, m_have->has(p));
    }
    if (TorrentStreamDevice *device = player->device())
        device->forgetReads();
    player->seekTo(m_seekTargetMs);
}

void PlayBenchmark::beginPlaying()
{
    m_phase = Phase::Playing;
    m_phaseStartedMs = m_clock.elapsed();
    m_lastFrameAt = seconds();
    m_result.insert(QStringLiteral("position_at_play_ms"),
                    m_window->player()->mediaPlayer()->position());
    m_cpuAtPlay = cpuSeconds();
    m_playStarted = seconds();
    m_phaseTimer.start(m_options.playSeconds * 1000);
}

void PlayBenchmark::beginPause()
{
    if (m_phase == Phase::Playing && m_cpuAtPlay >= 0) {
        // The player's whole CPU while it played, decoding and drawing subtitles included.
        m_result.insert(QStringLiteral("cpu_playing_percent"),
                        round3(100.0 * (cpuSeconds() - m_cpuAtPlay) /
                               std::max(1e-3, seconds() - m_playStarted)));
        m_cpuAtPlay = -1;
    }
    if (m_options.grabAtMs >= 0 && !m_grabbed) {
        m_grabbed = true; // grabbed() comes back here
        m_grab->grab(m_options.grabAtMs, m_options.grabFile);
        return;
    }
    if (m_buffering)
        m_stallSeconds += seconds() - m_bufferingSince;
    m_buffering = false;
    m_result.insert(QStringLiteral("played_s"), m_options.playSeconds);
    m_result.insert(QStringLiteral("position_after_play_ms"),
                    m_window->player()->mediaPlayer()->position());
    m_result.insert(QStringLiteral("rebuffers"), m_rebuffers);
    m_result.insert(QStringLiteral("stall_s"), round3(m_stallSeconds));
    // A freeze still running at the end counts too.
    onFrameWhilePlaying();
    m_result.insert(QStringLiteral("freezes"), m_freezes);
    m_result.insert(QStringLiteral("frozen_s"), round3(m_frozenSeconds));
    m_result.insert(QStringLiteral("longest_freeze_s"), round3(m_longestFreeze));
    m_result.insert(QStringLiteral("freezes_at_s"), m_freezeTimes);
    PlayerWidget *player = m_window->player();
    if (player->mediaPlayer()->playbackState() == QMediaPlayer::PlayingState)
        player->togglePlayPause();
    m_phase = Phase::Paused;
    // While paused nothing is timed, and the benchmark's own 5 ms poll would be counted as the
    // player's CPU (it was about half of the 2 % measured).
    m_poll.stop();
    // A moment for the pause to settle before the CPU is counted.
    QTimer::singleShot(500, this, [this] {
        m_cpuAtPause = cpuSeconds();
        m_pauseStarted = seconds();
        m_phaseTimer.start(m_options.pausedSeconds * 1000);
    });
}

void PlayBenchmark::finish(const QString &error)
{
    if (m_phase == Phase::Done)
        return;
    m_phase = Phase::Done;
    m_poll.stop();
    m_phaseTimer.stop();
    if (!error.isEmpty())
        m_result.insert(QStringLiteral("error"), error);
    m_result.insert(QStringLiteral("peak_rss_mib"), round3(peakRssMiB()));
    // Reads on the GUI thread whose bytes were not fetched first, so that the window turned a
    // local event loop while they waited: 0 where the container has a seek index.
    if (m_window)
        m_result.insert(QStringLiteral("nested_waits"), m_window->player()->nestedWaits());
    if (m_session) {
        const TorrentSnapshot t = m_session->torrent(m_window->currentTorrent());
        m_result.insert(QStringLiteral("total_done_bytes"), t.totalDone);
        m_result.insert(QStringLiteral("peers_at_end"), t.peersConnected);
        // What each peer gave: a seeder that never unchoked shows here.
        QFuture<QVector<PeerEntry>> peers = m_session->peers(m_window->currentTorrent());
        QJsonArray given;
        if (peers.waitForFinished(), peers.isValid() && peers.resultCount() > 0) {
            for (const PeerEntry &p : peers.result())
                given.append(QJsonObject{{QStringLiteral("client"), p.client},
                                         {QStringLiteral("address"), p.address},
                                         {QStringLiteral("flags"), p.flags},
                                         {QStringLiteral("downloaded"), p.totalDownloaded}});
        }
        m_result.insert(QStringLiteral("peers"), given);
    }
    m_result.insert(QStringLiteral("peer_connected_s"), m_peerTimes);
    m_result.insert(QStringLiteral("piece_s"), m_pieceTimes);
    // [seconds, [address, flags, KiB/s, KiB downloaded]...] per sample
    m_result.insert(QStringLiteral("peer_timeline"), m_peerTimeline);
    // [piece, seconds after the seek] for the first pieces that landed after it
    if (!m_afterSeek.isEmpty())
        m_result.insert(QStringLiteral("pieces_after_seek_s"), m_afterSeek);
    m_result.insert(QStringLiteral("wall_s"), round3(seconds()));
    emit finished(error.isEmpty() ? 0 : 1);
}

} // namespace swarmplay
