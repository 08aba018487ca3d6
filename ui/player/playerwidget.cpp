// PlayerWidget, its life and preparing: construction and wiring, play() and stop(), the
// metadata, the probe region and the prebuffer page, and the messages for what cannot play.
// Playback is in playerwidgetplayback.cpp, keys and full screen in playerwidgetinput.cpp.

#include "playerwidget.h"

#include <algorithm>

#include <QApplication>
#include <QAudioOutput>
#include <QBoxLayout>
#include <QFileInfo>
#include <QMediaPlayer>
#include <QStackedWidget>
#include <QVideoSink>

#include "bufferingoverlay.h"
#include "idlehider.h"
#include "model/mediakind.h"
#include "playercontrols.h"
#include "playerdevice.h"
#include "prebufferview.h"
#include "session/session.h"
#include "stream/streamprober.h"
#include "stream/streamview.h"
#include "videoview.h"

namespace swarmplay {

namespace {

constexpr int ControlsIdleMs = 2500;
constexpr int PrepareTickMs = 500;
// Reads on a slow swarm wait piece after piece; the overlay stays up across short gaps.
constexpr int BufferingLingerMs = 400;

QPalette darkPalette(QPalette base)
{
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor dimText(0x80, 0x80, 0x80);
    const auto set = [&base](QPalette::ColorRole role, const QColor &active,
                             const QColor &disabled) {
        base.setColor(QPalette::Active, role, active);
        base.setColor(QPalette::Inactive, role, active);
        base.setColor(QPalette::Disabled, role, disabled);
    };
    set(QPalette::Window, QColor(0x14, 0x14, 0x14), QColor(0x14, 0x14, 0x14));
    set(QPalette::WindowText, text, dimText);
    set(QPalette::Base, QColor(0x22, 0x22, 0x22), QColor(0x1a, 0x1a, 0x1a));
    set(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a), QColor(0x1a, 0x1a, 0x1a));
    set(QPalette::Text, text, dimText);
    set(QPalette::Button, QColor(0x2d, 0x2d, 0x2d), QColor(0x22, 0x22, 0x22));
    set(QPalette::ButtonText, text, dimText);
    set(QPalette::Light, QColor(0x4a, 0x4a, 0x4a), QColor(0x3a, 0x3a, 0x3a));
    set(QPalette::Midlight, QColor(0x3a, 0x3a, 0x3a), QColor(0x2e, 0x2e, 0x2e));
    set(QPalette::Mid, QColor(0x24, 0x24, 0x24), QColor(0x20, 0x20, 0x20));
    set(QPalette::Dark, QColor(0x10, 0x10, 0x10), QColor(0x10, 0x10, 0x10));
    set(QPalette::Shadow, Qt::black, Qt::black);
    set(QPalette::ToolTipBase, QColor(0x2d, 0x2d, 0x2d), QColor(0x2d, 0x2d, 0x2d));
    set(QPalette::ToolTipText, text, dimText);
    set(QPalette::PlaceholderText, dimText, dimText);
    // The desktop's accent stays: it marks the played part of the seek bar and focus.
    return base;
}

} // namespace

PlayerWidget::PlayerWidget(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Player"));
    // Dark like a cinema, whatever the desktop's colours: the picture's surroundings, and the
    // controls and pages that take its place, must not glare around a film.
    setPalette(darkPalette(QApplication::palette()));
    setAutoFillBackground(true);

    m_player = new QMediaPlayer(this);
    m_audio = new QAudioOutput(this);
    m_video = new VideoView;
    m_overlay = new BufferingOverlay(m_video);
    m_overlay->hide();
    m_prebuffer = new PrebufferView;
    m_pages = new QStackedWidget;
    m_pages->addWidget(m_video);
    m_pages->addWidget(m_prebuffer);
    m_controls = new PlayerControls;
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
    m_bufferingDelay.setSingleShot(true); // started with the time left to wait
    connect(&m_bufferingDelay, &QTimer::timeout, this, [this] {
        if (!m_device || !m_device->isWaiting())
            return;
        // The demuxer reads ahead of the picture: while it waits, frames already decoded still
        // play for a while (on the capped bench swarm half of the waits ended before the
        // picture stopped). The overlay is for a picture that stands still.
        const qint64 still =
            m_sinceProgress.isValid() ? m_sinceProgress.elapsed() : BufferingShowDelayMs;
        if (still < BufferingShowDelayMs &&
            m_player->playbackState() == QMediaPlayer::PlayingState) {
            m_bufferingDelay.start(int(BufferingShowDelayMs - still));
            return;
        }
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
    connect(m_player, &QMediaPlayer::positionChanged, this, &PlayerWidget::onPositionChanged);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this,
            [this](QMediaPlayer::PlaybackState s) {
                m_controls->setPlaying(s == QMediaPlayer::PlayingState);
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
                if (status != QMediaPlayer::EndOfMedia)
                    return;
                // At the real end the next Space plays again rather than "pausing"; an end
                // that an aborted device caused (a stop, a reopening seek) is no end.
                const int device = m_deviceGeneration;
                QMetaObject::invokeMethod(
                    this,
                    [this, device] {
                        if (device == m_deviceGeneration && m_device && !m_device->isAborted())
                            m_wantPlaying = false;
                    },
                    Qt::QueuedConnection);
            });
    connect(m_video->videoSink(), &QVideoSink::videoFrameChanged, this, &PlayerWidget::onFrame);

    setupShortcuts();
    updateInputs();
}

PlayerWidget::~PlayerWidget()
{
    if (m_playerCalls > 0) {
        // Destroyed from inside a call into the player (a slot run by PlayerDevice's event
        // loop). That call is still on the stack: release its read, and let the player, the
        // devices and the sink it writes to outlive this widget until it has returned.
        if (m_device)
            m_device->abort();
        QObject *const keep[] = {m_player, m_audio, m_video->videoSink(), m_playerDevice.data(),
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
    setStage(Stage::Idle);
    setFullScreen(false);
}

Session *PlayerWidget::session() const
{
    return m_session;
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
    updateInputs();
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
    auto have = m_session->streams()->pieces(m_id.key());
    if (!have)
        return false;
    m_file = *it;
    m_pieces = FilePieces(std::move(have), info.pieceLength, m_file);
    m_prebuffer->setTitle(name);
    return true;
}

void PlayerWidget::startProber()
{
    const int before = m_generation;
    emit fileFound();
    if (before != m_generation || m_stage != Stage::Preparing)
        return; // a slot stopped or replaced the playback
    m_prober = m_session->createProber(m_id, m_fileIndex, this);
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
    for (const ByteRange &r : m_session->streams()->probeRegion(m_id.key(), m_fileIndex))
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

} // namespace swarmplay
