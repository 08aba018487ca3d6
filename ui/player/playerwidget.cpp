#include "playerwidget.h"

#include <algorithm>

#include <QApplication>
#include <QAudio>
#include <QAudioOutput>
#include <QBoxLayout>
#include <QContextMenuEvent>
#include <QMediaPlayer>
#include <QMenu>
#include <QShortcut>
#include <QStackedWidget>
#include <QVideoSink>

#include "bufferingoverlay.h"
#include "bufferingwatch.h"
#include "idlehider.h"
#include "playbackcontroller.h"
#include "playercontrols.h"
#include "prebufferview.h"
#include "session/session.h"
#include "stream/torrentstreamdevice.h"
#include "streampreparer.h"
#include "videoview.h"

namespace swarmplay {

namespace {

constexpr int ControlsIdleMs = 2500;
// What the overlay's percentage counts towards: about two seconds of the stream, the part of
// the scheduler's critical window the player needs before it plays on smoothly.
constexpr qint64 ResumeWindowMs = 2000;
constexpr qint64 SmallSeekMs = 10'000;
constexpr qint64 LargeSeekMs = 60'000;
constexpr float VolumeStep = 0.05f; // on the perceptual scale the volume slider shows

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
    setupShortcuts();
    updateInputs();
}

PlayerWidget::~PlayerWidget()
{
    // Before any other part: the player must let go of a blocked read, and of the sink it
    // writes to, while they all still exist.
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
    connect(m_playback, &PlaybackController::deviceReplaced, this, [this] {
        // The waits that showed the overlay were the old device's; the new one reports its own.
        m_bufferingWatch->reset();
        m_readyAhead = 0;
    });
    connect(m_playback, &PlaybackController::deviceWaitingChanged, this, [this](bool waiting) {
        if (m_stage != Stage::Playing)
            return;
        m_bufferingWatch->setWaiting(waiting);
        updateBufferingProgress();
    });
    connect(m_playback, &PlaybackController::readyAheadChanged, this, [this](qint64 bytes) {
        m_readyAhead = bytes;
        updateBufferedAhead();
    });
    connect(m_bufferingWatch, &BufferingWatch::bufferingChanged, this, &PlayerWidget::onBuffering);
    connect(m_playback, &PlaybackController::positionChanged, m_controls,
            &PlayerControls::setPosition);
    connect(m_playback, &PlaybackController::firstFrameShown, this, [this] {
        if (m_stage == Stage::Playing)
            emit firstFrameShown();
    });
    connect(m_playback, &PlaybackController::cannotOpen, this, [this] {
        fail(tr("The file cannot be opened"),
             tr("The torrent's file could not be read. Try again, or check the download folder."),
             PrebufferView::RetryAction);
    });
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
    m_readyAhead = 0;
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
        fail(tr("The file cannot be opened"),
             tr("The torrent's file could not be read. Try again, or check the download folder."),
             PrebufferView::RetryAction);
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

void PlayerWidget::setSubtitleTrack(int track)
{
    if (m_stage == Stage::Playing)
        m_playback->setSubtitleTrack(track);
}

void PlayerWidget::onTorrentsUpdated()
{
    if (m_stage != Stage::Playing || !m_session)
        return;
    m_rate = m_session->torrent(m_id).downloadRate;
    m_controls->setPieces(m_playback->pieces().map());
    if (TorrentStreamDevice *device = m_playback->device())
        m_readyAhead = device->bytesReadyAhead();
    updateBufferedAhead();
    if (isBuffering()) {
        m_overlay->setRate(m_rate);
        updateBufferingProgress();
    }
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
        m_overlay->raise();
    }
    m_overlay->setVisible(on);
    emit bufferingChanged(on);
}

void PlayerWidget::updateBufferingProgress()
{
    if (!isBuffering())
        return;
    const TorrentStreamDevice *device = m_playback->device();
    const FilePieces &pieces = m_playback->pieces();
    if (!device || !pieces.isValid()) {
        m_overlay->setProgress(-1);
        return;
    }
    // What is here of the next couple of seconds from where the device waits.
    const qint64 from = std::max<qint64>(device->readPosition(), 0);
    const qint64 window = std::min(std::max<qint64>(msToBytes(ResumeWindowMs), 64 * 1024),
                                   std::max<qint64>(pieces.fileSize() - from, 1));
    m_overlay->setProgress(double(pieces.bytesHave(from, window)) / double(window));
}

void PlayerWidget::updateBufferedAhead()
{
    const TorrentStreamDevice *device = m_playback->device();
    if (m_stage != Stage::Playing || !device)
        return;
    // The demuxer reads ahead of what is shown; what is ready after its read position adds
    // to that lead.
    const qint64 readPosition = std::max<qint64>(device->readPosition(), 0);
    const qint64 aheadMs =
        bytesToMs(readPosition + m_readyAhead) - m_playback->mediaPlayer()->position();
    m_controls->setBufferedAhead(std::max<qint64>(aheadMs, 0));
}

qint64 PlayerWidget::bytesToMs(qint64 bytes) const
{
    const qint64 duration = m_playback->durationMs();
    const qint64 size = m_playback->file().size;
    return duration > 0 && size > 0 ? qint64(double(bytes) * double(duration) / double(size)) : 0;
}

qint64 PlayerWidget::msToBytes(qint64 ms) const
{
    const qint64 duration = m_playback->durationMs();
    const qint64 size = m_playback->file().size;
    return duration > 0 && size > 0 ? qint64(double(ms) * double(size) / double(duration)) : 0;
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

void PlayerWidget::setupShortcuts()
{
    const auto add = [this](const QKeySequence &keys, auto slot, bool playback) {
        auto *shortcut = new QShortcut(keys, this);
        // Whenever the player or anything in it has focus, also as a full-screen window.
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
        if (playback)
            m_playbackShortcuts.push_back(shortcut);
        return shortcut;
    };
    add(
        Qt::Key_Space, [this] { togglePlayPause(); }, true);
    add(
        Qt::Key_Left, [this] { seekBy(-SmallSeekMs); }, true);
    add(
        Qt::Key_Right, [this] { seekBy(SmallSeekMs); }, true);
    add(
        QKeySequence(Qt::SHIFT | Qt::Key_Left), [this] { seekBy(-LargeSeekMs); }, true);
    add(
        QKeySequence(Qt::SHIFT | Qt::Key_Right), [this] { seekBy(LargeSeekMs); }, true);
    add(
        Qt::Key_Up, [this] { changeVolume(VolumeStep); }, true);
    add(
        Qt::Key_Down, [this] { changeVolume(-VolumeStep); }, true);
    add(
        Qt::Key_M, [this] { setMuted(!m_playback->audioOutput()->isMuted()); }, true);
    add(
        Qt::Key_F, [this] { setFullScreen(!m_fullScreen); }, false);
    m_escapeShortcut = add(
        Qt::Key_Escape, [this] { setFullScreen(false); }, false);
}

void PlayerWidget::updateInputs()
{
    // Only while something plays: otherwise Space belongs to the focused button of a message.
    for (QShortcut *s : std::as_const(m_playbackShortcuts))
        s->setEnabled(m_stage == Stage::Playing);
    m_escapeShortcut->setEnabled(m_fullScreen);
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
