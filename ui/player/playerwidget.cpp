// PlayerWidget, the stream's side: preparing (metadata, probe region), the devices QMediaPlayer
// reads, seeking, buffering and errors. Keys, full screen and volume are in
// playerwidgetinput.cpp.

#include "playerwidget.h"

#include <algorithm>

#include <QApplication>
#include <QAudioDevice>
#include <QAudioOutput>
#include <QBoxLayout>
#include <QFileInfo>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QStackedWidget>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoSink>

#include "bufferingoverlay.h"
#include "idlehider.h"
#include "model/mediakind.h"
#include "playercontrols.h"
#include "playerdevice.h"
#include "prebufferview.h"
#include "session/session.h"
#include "stream/streamprober.h"
#include "videoview.h"

namespace swarmplay {

namespace {

constexpr int ControlsIdleMs = 2500;
constexpr int PrepareTickMs = 500;
// A wait shorter than this is a hiccup the viewer barely sees; an overlay flashing on and off
// for each one would be worse than the hiccup.
constexpr int BufferingShowDelayMs = 250;
// Reads on a slow swarm wait piece after piece; the overlay stays up across short gaps.
constexpr int BufferingLingerMs = 400;
// What the overlay's percentage counts towards: about two seconds of the stream, the part of
// the scheduler's critical window the player needs before it plays on smoothly.
constexpr qint64 ResumeWindowMs = 2000;
// A frame this far before or after a seek's target still belongs to the picture before the
// seek; the decoder may start up to a keyframe interval earlier than the target.
constexpr qint64 SeekFrameBeforeMs = 5000;
constexpr qint64 SeekFrameAfterMs = 2000;

} // namespace

PlayerWidget::PlayerWidget(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Player"));
    setAutoFillBackground(true);
    QPalette dark = palette();
    dark.setColor(QPalette::Window, Qt::black);
    setPalette(dark);

    m_player = new QMediaPlayer(this);
    m_audio = new QAudioOutput(this);
    m_video = new VideoView;
    m_overlay = new BufferingOverlay(m_video);
    m_overlay->hide();
    m_prebuffer = new PrebufferView;
    // The prebuffer page keeps the application's colours: it is a page of text and buttons.
    m_prebuffer->setPalette(QApplication::palette());
    m_prebuffer->setAutoFillBackground(true);
    m_pages = new QStackedWidget;
    m_pages->addWidget(m_video);
    m_pages->addWidget(m_prebuffer);
    m_controls = new PlayerControls;
    m_controls->setPalette(QApplication::palette());
    m_controls->setAutoFillBackground(true);
    m_controls->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_controls);

    m_player->setVideoSink(m_video->videoSink());
    m_idleHider = new IdleHider(this, m_controls, ControlsIdleMs, this);

    m_prepareTick.setInterval(PrepareTickMs);
    connect(&m_prepareTick, &QTimer::timeout, this, &PlayerWidget::onPrepareTick);
    m_bufferingDelay.setSingleShot(true);
    m_bufferingDelay.setInterval(BufferingShowDelayMs);
    connect(&m_bufferingDelay, &QTimer::timeout, this, [this] {
        if (m_device && m_device->isWaiting())
            setBuffering(true);
    });
    m_bufferingLinger.setSingleShot(true);
    m_bufferingLinger.setInterval(BufferingLingerMs);
    connect(&m_bufferingLinger, &QTimer::timeout, this, [this] {
        if (!m_device || !m_device->isWaiting())
            setBuffering(false);
    });

    if (m_session) {
        connect(m_session, &Session::torrentsUpdated, this, &PlayerWidget::onTorrentsUpdated);
        connect(m_session, &Session::metadataReceived, this,
                [this](const TorrentId &id, const TorrentInfo &) {
                    if (id == m_id)
                        advance();
                });
        connect(m_session, &Session::torrentRemoved, this, [this](const TorrentId &id) {
            if (id == m_id && (m_stage == Stage::Preparing || m_stage == Stage::Playing))
                fail(tr("The torrent was removed"),
                     tr("Playback stopped because the torrent is no longer open."), 0);
        });
    }

    connect(m_prebuffer, &PrebufferView::cancelRequested, this, &PlayerWidget::stop);
    connect(m_prebuffer, &PrebufferView::retryRequested, this, [this] {
        if (m_id.isValid())
            play(m_id, m_fileIndex);
    });
    connect(m_prebuffer, &PrebufferView::externalPlayerRequested, this,
            [this] { emit externalPlayerRequested(m_id, m_fileIndex); });

    connect(m_controls, &PlayerControls::playRequested, this, [this] { setWantPlaying(true); });
    connect(m_controls, &PlayerControls::pauseRequested, this, [this] { setWantPlaying(false); });
    connect(m_controls, &PlayerControls::seekRequested, this, &PlayerWidget::seekTo);
    connect(m_controls, &PlayerControls::volumeChanged, this, [this](float volume) {
        m_volume = volume;
        m_audio->setVolume(volume);
    });
    connect(m_controls, &PlayerControls::muteToggled, this, &PlayerWidget::setMuted);
    connect(m_controls, &PlayerControls::fullScreenRequested, this, &PlayerWidget::setFullScreen);
    connect(m_video, &VideoView::doubleClicked, this, [this] { setFullScreen(!m_fullScreen); });

    connect(m_player, &QMediaPlayer::durationChanged, this, [this] {
        m_controls->setDuration(durationMs());
        updateBufferedAhead();
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 ms) {
        // While a seek is on its way the bar keeps showing where the viewer asked to go, not
        // the last position before it.
        if (!m_awaitingFrame || m_frameTargetMs < 0 ||
            (ms >= m_frameTargetMs - SeekFrameBeforeMs && ms <= m_frameTargetMs + SeekFrameAfterMs))
            m_controls->setPosition(ms);
        updateBufferedAhead();
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this,
            [this](QMediaPlayer::PlaybackState s) {
                m_controls->setPlaying(s == QMediaPlayer::PlayingState);
                // At the end the next Space plays from the start rather than "pausing".
                if (s == QMediaPlayer::StoppedState &&
                    m_player->mediaStatus() == QMediaPlayer::EndOfMedia)
                    m_wantPlaying = false;
            });
    // Queued, and only for the device that caused them: the backend can report an error from
    // inside setSourceDevice(), where tearing the source down again is not safe, and aborting
    // a device on purpose makes its reads fail.
    const auto reportLater = [this](const QString &message) {
        const int device = m_deviceGeneration;
        QMetaObject::invokeMethod(
            this,
            [this, device, message] {
                if (device == m_deviceGeneration && m_device && !m_device->isAborted())
                    onPlayerError(message);
            },
            Qt::QueuedConnection);
    };
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [reportLater](QMediaPlayer::Error, const QString &message) { reportLater(message); });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this,
            [this, reportLater](QMediaPlayer::MediaStatus status) {
                if (status == QMediaPlayer::InvalidMedia)
                    reportLater(m_player->errorString());
            });
    connect(m_video->videoSink(), &QVideoSink::videoFrameChanged, this, &PlayerWidget::onFrame);

    setupShortcuts();
    updateShortcuts();
}

PlayerWidget::~PlayerWidget()
{
    if (m_playerCalls > 0) {
        // Destroyed from inside a call into the player (a slot run by PlayerDevice's event
        // loop). That call is still on the stack: release its read, and let the player, the
        // devices and the sink it writes to outlive this widget until it has returned.
        if (m_device)
            m_device->abort();
        QObject *const keep[] = {m_player, m_video->videoSink(), m_playerDevice.data(),
                                 m_device.data()};
        for (QObject *o : keep) {
            if (o) {
                o->setParent(nullptr);
                o->deleteLater();
            }
        }
        for (const QPointer<QObject> &o : std::as_const(m_retired)) {
            if (o) {
                o->setParent(nullptr);
                o->deleteLater();
            }
        }
        delete m_prober;
    } else {
        // Before any member goes: the device must release a blocked read before the player
        // that waits for it is destroyed.
        teardown();
    }
    if (m_streaming && m_session)
        m_session->setStreaming(false);
    m_idleHider->setEnabled(false);
}

void PlayerWidget::play(const TorrentId &id, int fileIndex)
{
    teardown();
    m_id = id;
    m_fileIndex = fileIndex;
    m_prebuffer->showProgress();
    m_prebuffer->setTitle(m_session ? m_session->torrent(id).name : QString());
    m_prebuffer->setStage(PrebufferView::Stage::FetchingMetadata);
    m_prebufferStage = int(PrebufferView::Stage::FetchingMetadata);
    m_prebuffer->setProgress(0, 0);
    m_prebuffer->setRate(-1);
    m_prebuffer->setPeers(-1);
    m_pages->setCurrentWidget(m_prebuffer);
    m_controls->hide();
    m_sincePeers.start();
    m_wantPlaying = true;
    setStage(Stage::Preparing);
    m_prepareTick.start();
    onPrepareTick();
}

void PlayerWidget::stop()
{
    teardown();
    m_pages->setCurrentWidget(m_video);
    m_controls->hide();
    setFullScreen(false);
    setStage(Stage::Idle);
}

QVideoSink *PlayerWidget::videoSink() const
{
    return m_video->videoSink();
}

void PlayerWidget::setStage(Stage stage)
{
    const bool streaming = stage == Stage::Preparing || stage == Stage::Playing;
    if (streaming != m_streaming && m_session) {
        m_streaming = streaming;
        m_session->setStreaming(streaming);
    }
    if (stage == m_stage)
        return;
    m_stage = stage;
    updateShortcuts();
    emit stageChanged(stage);
}

void PlayerWidget::teardown()
{
    ++m_generation;
    m_prepareTick.stop();
    m_bufferingDelay.stop();
    m_bufferingLinger.stop();
    // The order matters: a read blocked in the demuxer must be released before the player is
    // told to stop, or stopping waits for a piece that may never come.
    if (m_device)
        m_device->abort();
    delete m_prober; // aborts its reader and joins its thread, which the abort releases
    m_prober = nullptr;
    if (m_playerCalls > 0) {
        // A call into the player is on the stack (its read now fails and it unwinds); the
        // player lets go of the device once that call has returned.
        m_retired << m_playerDevice.data() << m_device.data();
        m_playerDevice = nullptr;
        m_device = nullptr;
        m_detachQueued = true;
    } else {
        detachPlayer();
    }
    m_reopenQueued = false;
    m_queuedSeekMs = -1;
    m_playStateQueued = false;
    m_readerState.reset();
    setBuffering(false);
    m_video->clear();
    m_file = FileEntry();
    m_pieces = FilePieces();
    m_probe = ProbeRegion::Result();
    m_probeKnown = false;
    m_neededRanges.clear();
    m_rate = 0;
    m_readyAhead = 0;
    m_awaitingFrame = false;
    m_frameTargetMs = -1;
    m_controls->setPlaying(false);
    m_controls->setDuration(0);
    m_controls->setPosition(0);
    m_controls->setPieces({});
    m_controls->setBufferedAhead(0);
}

void PlayerWidget::detachPlayer()
{
    Q_ASSERT(m_playerCalls == 0 || m_playerCalls == 1);
    if (m_device)
        m_device->abort();
    m_player->stop();
    m_player->setSourceDevice(nullptr);
    delete m_playerDevice;
    delete m_device;
    for (const QPointer<QObject> &o : std::as_const(m_retired))
        delete o.data();
    m_retired.clear();
    m_detachQueued = false;
}

void PlayerWidget::fail(const QString &title, const QString &text, int actions)
{
    teardown();
    m_pages->setCurrentWidget(m_prebuffer);
    m_controls->hide();
    m_prebuffer->showMessage(title, text, PrebufferView::Actions(actions));
    setStage(Stage::Failed);
    emit errorShown(text.isEmpty() ? title : title + QLatin1Char('\n') + text);
}

void PlayerWidget::onPrepareTick()
{
    if (m_stage != Stage::Preparing || !m_session)
        return;
    const TorrentSnapshot snapshot = m_session->torrent(m_id);
    updatePrebuffer(snapshot);
    if (snapshot.peersConnected > 0)
        m_sincePeers.restart();
    if (m_sincePeers.elapsed() >= m_noPeersTimeoutMs) {
        const int seconds = int((m_noPeersTimeoutMs + 999) / 1000);
        fail(tr("No peers found…"),
             tr("No one sharing this torrent answered for %n second(s). It may have no seeders "
                "right now, or the network blocks BitTorrent. Try again later.",
                nullptr, seconds),
             PrebufferView::RetryAction);
        return;
    }
    advance();
}

void PlayerWidget::advance()
{
    if (m_stage != Stage::Preparing)
        return;
    if (!m_prober) {
        if (!findFile())
            return;
        startProber();
        if (!m_prober)
            return;
    }
    // The region must really be here before the player reads it on the GUI thread: a prober
    // whose reads failed still reports the head-and-tail fallback.
    if (!m_probeKnown || m_pieces.bytesHave(m_probe.ranges) < m_probe.bytes())
        return;
    startPlayback();
}

bool PlayerWidget::findFile()
{
    if (m_file.index == m_fileIndex && m_pieces.isValid())
        return true;
    const TorrentInfo info = m_session->cachedInfo(m_id);
    if (!info.isValid())
        return false;
    const auto it = std::find_if(info.files.cbegin(), info.files.cend(),
                                 [this](const FileEntry &f) { return f.index == m_fileIndex; });
    if (it == info.files.cend()) {
        fail(tr("This file is not in the torrent"),
             tr("The torrent has no file number %1. Choose another file.").arg(m_fileIndex), 0);
        return false;
    }
    const QString name = QFileInfo(it->path).fileName();
    if (!isPlayable(it->kind)) {
        fail(tr("“%1” cannot be played").arg(name),
             tr("Swarmplay plays video and audio; this file is listed as %1. Open it from the "
                "download folder once it has downloaded.")
                 .arg(mediaKindName(it->kind)),
             0);
        return false;
    }
    // Published by the session worker just before the metadata reaches us; a round later at
    // the worst.
    auto have = m_session->streamCatalog()->pieces(m_id.key());
    if (!have)
        return false;
    m_file = *it;
    m_pieces = FilePieces(std::move(have), info.pieceLength, m_file);
    m_prebuffer->setTitle(name);
    return true;
}

void PlayerWidget::startProber()
{
    auto catalog = m_session->streamCatalog();
    m_prober = new StreamProber(catalog, m_id.key(), m_fileIndex, this);
    // Queued: what follows may end in a teardown that deletes the prober, which must not
    // happen inside its own emission.
    const int generation = m_generation;
    connect(
        m_prober, &StreamProber::finished, this,
        [this, generation](const ProbeRegion::Result &result) {
            if (generation == m_generation)
                onProbeFinished(result);
        },
        Qt::QueuedConnection);
    if (!m_prober->start()) {
        delete m_prober;
        m_prober = nullptr;
        return;
    }
    // An earlier probe of the same file says how much is needed; otherwise the prober finds
    // out only as it walks the container, and the page says how much is here without a total.
    for (const StreamCatalog::ProbeRange &r : catalog->probeRegion(m_id.key(), m_fileIndex))
        m_neededRanges.push_back({r.offset, r.length});
}

void PlayerWidget::onProbeFinished(const ProbeRegion::Result &result)
{
    m_probe = result;
    m_probeKnown = true;
    m_neededRanges = result.ranges;
    updatePrebuffer(m_session->torrent(m_id));
    advance();
}

void PlayerWidget::updatePrebuffer(const TorrentSnapshot &snapshot)
{
    m_prebuffer->setRate(snapshot.downloadRate);
    m_prebuffer->setPeers(snapshot.peersConnected);
    const auto stage = !snapshot.hasMetadata && !m_pieces.isValid()
                           ? PrebufferView::Stage::FetchingMetadata
                       : snapshot.peersConnected == 0 ? PrebufferView::Stage::ConnectingToPeers
                                                      : PrebufferView::Stage::Buffering;
    if (int(stage) != m_prebufferStage) {
        m_prebufferStage = int(stage);
        m_prebuffer->setStage(stage);
    }
    if (!m_pieces.isValid()) {
        m_prebuffer->setProgress(0, 0);
    } else if (!m_neededRanges.isEmpty()) {
        qint64 needed = 0;
        for (const ProbeRegion::Range &r : std::as_const(m_neededRanges))
            needed += r.length;
        m_prebuffer->setProgress(m_pieces.bytesHave(m_neededRanges), needed);
    } else {
        // How much is needed is not known until the prober has walked the container; what is
        // here is, and the bar shows that it is busy.
        m_prebuffer->setProgress(m_pieces.bytesHave(0, m_pieces.fileSize()), 0);
    }
}

bool PlayerWidget::openDevice()
{
    TorrentStreamDevice *device = m_session->createStreamDevice(m_id, m_fileIndex, this);
    if (!device || !device->open(QIODevice::ReadOnly)) {
        delete device;
        return false;
    }
    auto *playerDevice = new PlayerDevice(device, this);
    playerDevice->open(QIODevice::ReadOnly);
    m_device = device;
    m_playerDevice = playerDevice;
    const int generation = ++m_deviceGeneration;
    // The waits that showed the overlay were the old device's; the new one reports its own.
    m_bufferingDelay.stop();
    m_bufferingLinger.stop();
    setBuffering(false);
    m_readyAhead = 0;
    // The reader the device just registered: its position is where the demuxer reads.
    m_readerState.reset();
    for (const auto &reader : m_session->streamCatalog()->readers()) {
        if (reader->key == m_id.key() && reader->fileIndex == m_fileIndex &&
            reader->purpose == QLatin1String("player") &&
            (!m_readerState || reader->id > m_readerState->id))
            m_readerState = reader;
    }
    // Both are emitted from whichever thread reads.
    connect(
        device, &TorrentStreamDevice::bufferingChanged, this,
        [this, generation](bool waiting) {
            if (generation == m_deviceGeneration)
                onDeviceWaiting(waiting);
        },
        Qt::QueuedConnection);
    connect(
        device, &TorrentStreamDevice::readyAheadChanged, this,
        [this, generation](qint64 bytes) {
            if (generation != m_deviceGeneration)
                return;
            m_readyAhead = bytes;
            updateBufferedAhead();
        },
        Qt::QueuedConnection);
    return true;
}

void PlayerWidget::startPlayback()
{
    if (m_playerCalls > 0)
        return; // the previous file's player call is still unwinding; the next tick comes
    if (!openDevice()) {
        fail(tr("The file cannot be opened"),
             tr("The torrent's file could not be read. Try again, or check the download folder."),
             PrebufferView::RetryAction);
        return;
    }
    m_prepareTick.stop();
    m_pages->setCurrentWidget(m_video);
    m_controls->show();
    m_controls->setDuration(durationMs());
    m_controls->setPieces(m_pieces.map());
    m_awaitingFrame = true;
    m_frameTargetMs = -1;
    const int generation = m_generation;
    setStage(Stage::Playing);
    emit probeRegionReady();
    if (generation != m_generation)
        return; // a slot stopped or replaced the playback

    // Qt 6.4's FFmpeg backend crashes playing with an audio output when the system has no
    // audio device at all; without one, the video plays silently.
    if (QMediaDevices::audioOutputs().isEmpty()) {
        m_player->setAudioOutput(nullptr);
    } else {
        m_audio->setDevice(QMediaDevices::defaultAudioOutput());
        m_audio->setVolume(m_volume);
        m_audio->setMuted(m_muted);
        m_player->setAudioOutput(m_audio);
    }
    const QUrl hint = QUrl::fromLocalFile(QFileInfo(m_file.path).fileName());
    callPlayer([this, hint] {
        // The name gives the backend the container hint a bare device lacks.
        m_player->setSourceDevice(m_playerDevice, hint);
        if (m_device && !m_device->isAborted() && m_wantPlaying)
            m_player->play();
    });
}

void PlayerWidget::reopenAt(qint64 ms)
{
    // The demuxer's thread waits for a piece inside its lock, and setPosition() would wait for
    // that lock on the GUI thread. Abort that read and open the file afresh at the target:
    // the loading reads are in the probe region, and only the seek's own read may wait (in
    // PlayerDevice's event loop).
    const QUrl hint = QUrl::fromLocalFile(QFileInfo(m_file.path).fileName());
    callPlayer([this, ms, hint] {
        detachPlayer();
        if (!openDevice()) {
            fail(tr("The file cannot be opened"),
                 tr("The torrent's file could not be read. Try again, or check the download "
                    "folder."),
                 PrebufferView::RetryAction);
            return;
        }
        m_player->setSourceDevice(m_playerDevice, hint);
        if (m_device && !m_device->isAborted())
            m_player->setPosition(ms);
        if (m_device && !m_device->isAborted() && m_wantPlaying)
            m_player->play();
    });
}

template <typename F> bool PlayerWidget::callPlayer(F &&f)
{
    Q_ASSERT(m_playerCalls == 0);
    QPointer<PlayerWidget> alive(this);
    ++m_playerCalls;
    f();
    if (!alive)
        return false;
    --m_playerCalls;
    runQueued();
    return alive;
}

void PlayerWidget::runQueued()
{
    if (m_playerCalls > 0)
        return;
    if (m_detachQueued) {
        detachPlayer();
        return; // whatever else was asked for belonged to the file that is gone
    }
    if (m_reopenQueued) {
        m_reopenQueued = false;
        const qint64 ms = std::exchange(m_queuedSeekMs, -1);
        m_playStateQueued = false;
        reopenAt(ms >= 0 ? ms : m_player->position());
        return;
    }
    if (m_queuedSeekMs >= 0) {
        seekTo(std::exchange(m_queuedSeekMs, -1));
        return;
    }
    if (m_playStateQueued) {
        m_playStateQueued = false;
        setWantPlaying(m_wantPlaying);
    }
}

void PlayerWidget::setWantPlaying(bool playing)
{
    m_wantPlaying = playing;
    if (m_stage != Stage::Playing)
        return;
    if (m_playerCalls > 0) {
        m_playStateQueued = true;
        return;
    }
    callPlayer([this, playing] {
        if (playing)
            m_player->play();
        else
            m_player->pause();
    });
}

void PlayerWidget::togglePlayPause()
{
    if (m_stage == Stage::Playing)
        setWantPlaying(!m_wantPlaying);
}

void PlayerWidget::seekBy(qint64 ms)
{
    if (m_stage != Stage::Playing)
        return;
    // Key repeat outruns the player's position updates: step from the last target instead.
    const qint64 from = m_awaitingFrame && m_frameTargetMs >= 0 ? m_frameTargetMs
                        : m_queuedSeekMs >= 0                   ? m_queuedSeekMs
                                                                : m_player->position();
    seekTo(from + ms);
}

void PlayerWidget::seekTo(qint64 ms)
{
    if (m_stage != Stage::Playing || !m_device)
        return;
    const qint64 duration = durationMs();
    ms = std::max<qint64>(ms, 0);
    if (duration > 0)
        ms = std::min(ms, duration);
    m_frameTargetMs = ms;
    m_awaitingFrame = true;
    m_controls->setPosition(ms);
    if (m_playerCalls > 0) {
        // Most likely the last seek waiting for its piece: the newest target wins, and a read
        // still waiting for the old one is given up.
        m_queuedSeekMs = ms;
        if (m_device->isWaiting()) {
            m_reopenQueued = true;
            m_device->abort();
        }
        return;
    }
    if (m_device->isWaiting()) {
        reopenAt(ms);
        return;
    }
    callPlayer([this, ms] { m_player->setPosition(ms); });
}

void PlayerWidget::onTorrentsUpdated(const QVector<TorrentSnapshot> &)
{
    if (m_stage == Stage::Preparing) {
        onPrepareTick();
        return;
    }
    if (m_stage != Stage::Playing)
        return;
    const TorrentSnapshot snapshot = m_session->torrent(m_id);
    m_rate = snapshot.downloadRate;
    m_controls->setPieces(m_pieces.map());
    if (m_device)
        m_readyAhead = m_device->bytesReadyAhead();
    updateBufferedAhead();
    if (m_buffering) {
        m_overlay->setRate(m_rate);
        updateBufferingProgress();
    }
}

void PlayerWidget::onFrame(const QVideoFrame &frame)
{
    if (!m_awaitingFrame || !frame.isValid() || m_stage != Stage::Playing)
        return;
    if (m_frameTargetMs >= 0 && frame.startTime() >= 0) {
        const qint64 ms = frame.startTime() / 1000;
        if (ms < m_frameTargetMs - SeekFrameBeforeMs || ms > m_frameTargetMs + SeekFrameAfterMs)
            return; // still the picture from before the seek
    }
    m_awaitingFrame = false;
    m_frameTargetMs = -1;
    emit firstFrameShown();
}

void PlayerWidget::onDeviceWaiting(bool waiting)
{
    if (m_stage != Stage::Playing)
        return;
    if (waiting) {
        m_bufferingLinger.stop();
        if (!m_buffering && !m_bufferingDelay.isActive())
            m_bufferingDelay.start();
        updateBufferingProgress();
    } else {
        m_bufferingDelay.stop();
        if (m_buffering && !m_bufferingLinger.isActive())
            m_bufferingLinger.start();
    }
}

void PlayerWidget::setBuffering(bool on)
{
    if (on == m_buffering)
        return;
    m_buffering = on;
    if (on) {
        m_overlay->setRate(m_rate);
        updateBufferingProgress();
        m_overlay->raise();
    }
    m_overlay->setVisible(on);
    emit bufferingChanged(on);
}

void PlayerWidget::updateBufferingProgress()
{
    if (!m_buffering)
        return;
    if (!m_readerState || !m_pieces.isValid()) {
        m_overlay->setProgress(-1);
        return;
    }
    // What is here of the next couple of seconds from where the demuxer waits.
    const qint64 from = std::max<qint64>(m_readerState->position.load(), 0);
    const qint64 window = std::min(std::max<qint64>(msToBytes(ResumeWindowMs), 64 * 1024),
                                   std::max<qint64>(m_pieces.fileSize() - from, 1));
    m_overlay->setProgress(double(m_pieces.bytesHave(from, window)) / double(window));
}

void PlayerWidget::updateBufferedAhead()
{
    if (m_stage != Stage::Playing || !m_readerState)
        return;
    // The demuxer reads ahead of what is shown; what is ready after its read position adds
    // to that lead.
    const qint64 readPosition = std::max<qint64>(m_readerState->position.load(), 0);
    const qint64 aheadMs = bytesToMs(readPosition + m_readyAhead) - m_player->position();
    m_controls->setBufferedAhead(std::max<qint64>(aheadMs, 0));
}

void PlayerWidget::onPlayerError(const QString &message)
{
    if (m_stage != Stage::Playing)
        return;
    const QString detail = message.isEmpty() ? tr("The media could not be decoded.") : message;
    fail(tr("This video cannot be played here"),
         tr("%1\n\nAn external player such as VLC or mpv may play it.").arg(detail),
         PrebufferView::ExternalPlayerAction);
}

qint64 PlayerWidget::durationMs() const
{
    const qint64 fromPlayer = m_player->duration();
    return fromPlayer > 0 ? fromPlayer : std::max<qint64>(m_probe.durationMs, 0);
}

qint64 PlayerWidget::bytesToMs(qint64 bytes) const
{
    const qint64 duration = durationMs();
    if (duration <= 0 || m_file.size <= 0)
        return 0;
    return qint64(double(bytes) * double(duration) / double(m_file.size));
}

qint64 PlayerWidget::msToBytes(qint64 ms) const
{
    const qint64 duration = durationMs();
    if (duration <= 0 || m_file.size <= 0)
        return 0;
    return qint64(double(ms) * double(m_file.size) / double(duration));
}

} // namespace swarmplay
