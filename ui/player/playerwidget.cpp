#include "playerwidget.h"

#include <algorithm>

#include <QApplication>
#include <QAudio>
#include <QAudioOutput>
#include <QBoxLayout>
#include <QContextMenuEvent>
#include <QMediaPlayer>
#include <QMenu>
#include <QStackedWidget>
#include <QVideoSink>

#include "bufferingoverlay.h"
#include "bufferingwatch.h"
#include "idlehider.h"
#include "playbackcontroller.h"
#include "playercontrols.h"
#include "playerkeys.h"
#include "playerpalette.h"
#include "prebufferview.h"
#include "session/session.h"
#include "stream/torrentstreamdevice.h"
#include "stream/waitreason.h"
#include "streampreparer.h"
#include "videoview.h"

namespace swarmplay {

namespace {

constexpr int ControlsIdleMs = 2500;

} // namespace

PlayerWidget::PlayerWidget(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Player"));
    setPalette(playerPalette(QApplication::palette()));
    setAutoFillBackground(true);

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
    m_idleHider = new IdleHider(this, m_controls, ControlsIdleMs, this);

    m_preparer = new StreamPreparer(session, this);
    m_playback = new PlaybackController(session, m_video->videoSink(), this);
    m_bufferingWatch = new BufferingWatch(
        [this] { return m_playback->isWaiting(); },
        [this] { return m_playback->mediaPlayer()->playbackState() == QMediaPlayer::PlayingState; },
        this);
    wirePreparer();
    wirePlayback();
    wireControls();
    updateInputs();
}

PlayerWidget::~PlayerWidget()
{
    // Before any other part: the player must let go of a blocked read, and of the sink it
    // writes to, while they all still exist. What it says while it goes is not for this view.
    m_playback->mediaPlayer()->disconnect(this);
    m_playback->disconnect(this);
    delete m_playback;
    m_playback = nullptr;
    delete m_preparer;
    m_preparer = nullptr;
    if (m_streaming && m_session)
        m_session->setStreaming(false);
    m_idleHider->setEnabled(false);
}

void PlayerWidget::wirePreparer()
{
    connect(m_preparer, &StreamPreparer::fileFound, this, [this](const QString &name) {
        m_prebuffer->setTitle(name);
        emit fileFound();
    });
    connect(m_preparer, &StreamPreparer::stageChanged, m_prebuffer, &PrebufferView::setStage);
    connect(m_preparer, &StreamPreparer::progressChanged, m_prebuffer, &PrebufferView::setProgress);
    connect(m_preparer, &StreamPreparer::swarmChanged, this, [this](qint64 rate, int peers) {
        m_prebuffer->setRate(rate);
        m_prebuffer->setPeers(peers);
    });
    connect(m_preparer, &StreamPreparer::ready, this, &PlayerWidget::startPlayback);
    connect(m_preparer, &StreamPreparer::failed, this, &PlayerWidget::fail);
    connect(m_prebuffer, &PrebufferView::cancelRequested, this, &PlayerWidget::stop);
    connect(m_prebuffer, &PrebufferView::retryRequested, this, [this] {
        if (m_id.isValid())
            play(m_id, m_fileIndex);
    });
    connect(m_prebuffer, &PrebufferView::externalPlayerRequested, this,
            [this] { emit externalPlayerRequested(m_id, m_fileIndex); });
    if (!m_session)
        return;
    connect(m_session, &Session::torrentsUpdated, this, &PlayerWidget::onTorrentsUpdated);
    connect(m_session, &Session::torrentRemoved, this, [this](const TorrentId &id) {
        if (id == m_id && (m_stage == Stage::Preparing || m_stage == Stage::Playing))
            fail(tr("The torrent was removed"),
                 tr("Playback stopped because the torrent is no longer open."), 0);
    });
}

void PlayerWidget::wirePlayback()
{
    QMediaPlayer *player = m_playback->mediaPlayer();
    // The waits that showed the overlay were the old device's; the new one reports its own.
    connect(m_playback, &PlaybackController::deviceReplaced, m_bufferingWatch,
            &BufferingWatch::reset);
    connect(m_playback, &PlaybackController::deviceWaitingChanged, this, [this](bool waiting) {
        if (m_stage != Stage::Playing)
            return;
        m_bufferingWatch->setWaiting(waiting);
        updateBufferingProgress();
    });
    connect(m_playback, &PlaybackController::readyAheadChanged, this,
            &PlayerWidget::updateBufferedAhead);
    connect(m_bufferingWatch, &BufferingWatch::bufferingChanged, this, &PlayerWidget::onBuffering);
    connect(m_playback, &PlaybackController::positionChanged, m_controls,
            &PlayerControls::setPosition);
    connect(m_playback, &PlaybackController::firstFrameShown, this, [this] {
        if (m_stage == Stage::Playing)
            emit firstFrameShown();
    });
    connect(m_playback, &PlaybackController::cannotOpen, this, &PlayerWidget::failToOpen);
    connect(m_playback, &PlaybackController::playerFailed, this, &PlayerWidget::onPlayerFailed);
    connect(player, &QMediaPlayer::durationChanged, this, [this] {
        m_controls->setDuration(m_playback->durationMs());
        updateBufferedAhead();
    });
    connect(player, &QMediaPlayer::positionChanged, this, [this, player] {
        updateBufferedAhead();
        if (!player->hasVideo())
            m_bufferingWatch->progressed(); // no picture: the clock says whether it moves
    });
    connect(player, &QMediaPlayer::playbackStateChanged, this,
            [this](QMediaPlayer::PlaybackState s) {
                m_controls->setPlaying(s == QMediaPlayer::PlayingState);
            });
    connect(m_video->videoSink(), &QVideoSink::videoFrameChanged, this,
            [this](const QVideoFrame &frame) {
                if (frame.isValid())
                    m_bufferingWatch->progressed();
            });
}

void PlayerWidget::wireControls()
{
    connect(m_controls, &PlayerControls::playRequested, this,
            [this] { m_playback->setWantPlaying(true); });
    connect(m_controls, &PlayerControls::pauseRequested, this,
            [this] { m_playback->setWantPlaying(false); });
    connect(m_controls, &PlayerControls::seekRequested, this, &PlayerWidget::seekTo);
    connect(m_controls, &PlayerControls::volumeChanged, m_playback->audioOutput(),
            &QAudioOutput::setVolume);
    connect(m_controls, &PlayerControls::muteToggled, this, &PlayerWidget::setMuted);
    connect(m_controls, &PlayerControls::fullScreenRequested, this, &PlayerWidget::setFullScreen);
    connect(m_video, &VideoView::doubleClicked, this, [this] { setFullScreen(!m_fullScreen); });
    m_keys = new PlayerKeys(this);
    connect(m_keys, &PlayerKeys::playPauseToggled, this, &PlayerWidget::togglePlayPause);
    connect(m_keys, &PlayerKeys::seekBy, this, &PlayerWidget::seekBy);
    connect(m_keys, &PlayerKeys::volumeStepped, this, &PlayerWidget::changeVolume);
    connect(m_keys, &PlayerKeys::muteToggled, this,
            [this] { setMuted(!m_playback->audioOutput()->isMuted()); });
    connect(m_keys, &PlayerKeys::fullScreenToggled, this, [this] { setFullScreen(!m_fullScreen); });
    connect(m_keys, &PlayerKeys::fullScreenLeft, this, [this] { setFullScreen(false); });
}

void PlayerWidget::play(const TorrentId &id, int fileIndex)
{
    teardown();
    m_id = id;
    m_fileIndex = fileIndex;
    m_prebuffer->showProgress();
    m_prebuffer->setTitle(m_session ? m_session->torrent(id).name : QString());
    m_prebuffer->setStage(PrebufferView::Stage::FetchingMetadata);
    m_prebuffer->setProgress(0, 0);
    m_prebuffer->setRate(-1);
    m_prebuffer->setPeers(-1);
    m_pages->setCurrentWidget(m_prebuffer);
    m_controls->hide();
    setStage(Stage::Preparing);
    m_preparer->start(id, fileIndex);
}

void PlayerWidget::stop()
{
    teardown();
    m_pages->setCurrentWidget(m_video);
    m_controls->hide();
    setStage(Stage::Idle);
    setFullScreen(false);
}

void PlayerWidget::teardown()
{
    ++m_run;
    // The device first: a read blocked in the demuxer is released before the player stops.
    m_playback->stop();
    m_preparer->stop();
    m_bufferingWatch->reset();
    m_video->clear();
    m_rate = 0;
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

void PlayerWidget::failToOpen()
{
    fail(tr("The file cannot be opened"),
         tr("The torrent's file could not be read. Try again, or check the download folder."),
         PrebufferView::RetryAction);
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

void PlayerWidget::startPlayback()
{
    if (!m_playback->open(m_id, m_preparer->file(), m_preparer->pieces(), m_preparer->probe())) {
        failToOpen();
        return;
    }
    m_preparer->stop(); // the device reads from here on
    m_pages->setCurrentWidget(m_video);
    m_controls->show();
    m_controls->setDuration(m_playback->durationMs());
    m_controls->setPieces(m_playback->pieces().map());
    const int run = m_run;
    setStage(Stage::Playing);
    emit probeRegionReady();
    if (run == m_run) // else a slot stopped or replaced the playback
        m_playback->load();
}

void PlayerWidget::togglePlayPause()
{
    if (m_stage == Stage::Playing)
        m_playback->setWantPlaying(!m_playback->wantPlaying());
}

void PlayerWidget::seekBy(qint64 ms)
{
    if (m_stage == Stage::Playing)
        m_playback->seekTo(m_playback->seekBase() + ms);
}

void PlayerWidget::seekTo(qint64 ms)
{
    if (m_stage == Stage::Playing)
        m_playback->seekTo(ms);
}

void PlayerWidget::setAudioTrack(int track)
{
    if (m_stage == Stage::Playing)
        m_playback->setAudioTrack(track);
}

void PlayerWidget::onTorrentsUpdated()
{
    if (m_stage != Stage::Playing || !m_session)
        return;
    m_rate = m_session->torrent(m_id).downloadRate;
    m_controls->setPieces(m_playback->pieces().map());
    updateBufferedAhead();
    if (isBuffering()) {
        m_overlay->setRate(m_rate);
        updateBufferingProgress();
        updateWaitReason();
    }
}

void PlayerWidget::updateWaitReason()
{
    if (const auto streams = m_session ? m_session->streams() : nullptr)
        m_overlay->setReason(waitReason(m_session->torrent(m_id), *streams, m_fileIndex));
}

void PlayerWidget::onPlayerFailed(const QString &message)
{
    if (m_stage != Stage::Playing)
        return;
    // Qt's words ("Could not open file") say little alone; they follow what they mean here.
    const QString text =
        message.isEmpty()
            ? tr("The built-in player cannot decode this file. An external player such as VLC "
                 "or mpv may play it.")
            : tr("The built-in player cannot decode this file (%1). An external player such as "
                 "VLC or mpv may play it.")
                  .arg(message);
    fail(tr("This video cannot be played here"), text, PrebufferView::ExternalPlayerAction);
}

void PlayerWidget::onBuffering(bool on)
{
    if (on) {
        m_overlay->setRate(m_rate);
        updateBufferingProgress();
        updateWaitReason();
        m_overlay->raise();
    } else {
        m_overlay->setReason({}); // the next wait may have another cause
    }
    m_overlay->setVisible(on);
    emit bufferingChanged(on);
}

void PlayerWidget::updateBufferingProgress()
{
    if (isBuffering())
        m_overlay->setProgress(m_playback->resumeProgress());
}

void PlayerWidget::updateBufferedAhead()
{
    if (m_stage == Stage::Playing)
        m_controls->setBufferedAhead(m_playback->bufferedAheadMs());
}

void PlayerWidget::changeVolume(float delta)
{
    QAudioOutput *audio = m_playback->audioOutput();
    const float perceptual = QAudio::convertVolume(audio->volume(), QAudio::LinearVolumeScale,
                                                   QAudio::LogarithmicVolumeScale);
    audio->setVolume(QAudio::convertVolume(std::clamp(perceptual + delta, 0.0f, 1.0f),
                                           QAudio::LogarithmicVolumeScale,
                                           QAudio::LinearVolumeScale));
    m_controls->setVolume(audio->volume());
    if (audio->isMuted() && delta > 0)
        setMuted(false);
}

void PlayerWidget::setMuted(bool muted)
{
    m_playback->audioOutput()->setMuted(muted);
    m_controls->setMuted(muted);
}

void PlayerWidget::setFullScreen(bool on)
{
    if (on == m_fullScreen)
        return;
    m_fullScreen = on;
    QWidget *parent = parentWidget();
    if (on) {
        // A child widget becomes a window of its own; the main window stays as it was.
        if (parent)
            setWindowFlag(Qt::Window, true);
        showFullScreen();
    } else {
        setWindowState(windowState() & ~Qt::WindowFullScreen);
        if (parent) {
            setWindowFlag(Qt::Window, false);
            show();
            // Back into the parent's layout, at the place and size it had.
            if (QLayout *layout = parent->layout()) {
                layout->invalidate();
                layout->activate();
            }
        } else {
            showNormal();
        }
    }
    m_controls->setFullScreen(on);
    updateInputs();
    activateWindow();
    setFocus(Qt::OtherFocusReason);
    emit fullScreenChanged(on);
}

void PlayerWidget::updateInputs()
{
    m_keys->setPlaying(m_stage == Stage::Playing);
    m_keys->setFullScreen(m_fullScreen);
    // Controls and cursor hide in full screen only while something plays: on a message or the
    // prebuffer page the viewer needs the pointer for the buttons.
    const bool hide = m_fullScreen && m_stage == Stage::Playing;
    if (hide != m_idleHider->isEnabled()) {
        m_idleHider->setEnabled(hide);
        if (!hide && m_stage == Stage::Playing)
            m_controls->show();
    }
}

void PlayerWidget::addContextMenu(QMenu *menu)
{
    m_contextMenus.push_back(menu);
}

void PlayerWidget::contextMenuEvent(QContextMenuEvent *e)
{
    QMenu menu(this);
    if (m_stage == Stage::Playing)
        menu.addAction(m_playback->wantPlaying() ? tr("Pause") : tr("Play"), this,
                       &PlayerWidget::togglePlayPause);
    menu.addAction(m_fullScreen ? tr("Leave full screen") : tr("Full screen"), this,
                   [this] { setFullScreen(!m_fullScreen); });
    QAction *external = menu.addAction(tr("Open in external player"), this,
                                       [this] { emit externalPlayerRequested(m_id, m_fileIndex); });
    external->setEnabled(m_id.isValid() && m_fileIndex >= 0);
    if (m_stage == Stage::Playing) {
        for (const QPointer<QWidget> &w : std::as_const(m_contextMenus)) {
            if (auto *sub = qobject_cast<QMenu *>(w.data()))
                menu.addMenu(sub);
        }
    }
    menu.exec(e->globalPos());
}

Session *PlayerWidget::session() const
{
    return m_session;
}

QMediaPlayer *PlayerWidget::mediaPlayer() const
{
    return m_playback->mediaPlayer();
}

QVideoSink *PlayerWidget::videoSink() const
{
    return m_video->videoSink();
}

TorrentStreamDevice *PlayerWidget::device() const
{
    return m_playback->device();
}

bool PlayerWidget::isBuffering() const
{
    return m_bufferingWatch->isBuffering();
}

int PlayerWidget::nestedWaits() const
{
    return m_playback->nestedWaits();
}

void PlayerWidget::setNoPeersTimeout(int ms)
{
    m_preparer->setNoPeersTimeout(ms);
}

int PlayerWidget::noPeersTimeout() const
{
    return m_preparer->noPeersTimeout();
}

} // namespace swarmplay
