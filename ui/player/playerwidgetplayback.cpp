// PlayerWidget, playback: the devices QMediaPlayer reads, calls into the player (which may turn
// the event loop, see PlayerDevice) and what is queued meanwhile, seeking, buffering, frames
// and errors. Preparing is in playerwidget.cpp, keys and full screen in playerwidgetinput.cpp.

#include <algorithm>
#include <utility>

#include <QAudioDevice>
#include <QAudioOutput>
#include <QFileInfo>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QStackedWidget>
#include <QUrl>
#include <QVideoFrame>

#include "bufferingoverlay.h"
#include "playercontrols.h"
#include "playerdevice.h"
#include "playerwidget.h"
#include "prebufferview.h"
#include "session/session.h"
#include "stream/streamprober.h"
#include "videoview.h"

namespace swarmplay {

namespace {

// What the overlay's percentage counts towards: about two seconds of the stream, the part of
// the scheduler's critical window the player needs before it plays on smoothly.
constexpr qint64 ResumeWindowMs = 2000;
// A frame this far before or after a seek's target still belongs to the picture before the
// seek; the decoder may start up to a keyframe interval earlier than the target.
constexpr qint64 SeekFrameBeforeMs = 5000;
constexpr qint64 SeekFrameAfterMs = 2000;

} // namespace

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
    if (m_prober)
        m_prober->release(); // the device reads from here on
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
    if (frame.isValid())
        m_sinceProgress.start();
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
            m_bufferingDelay.start(BufferingShowDelayMs);
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
    if (!m_device || !m_pieces.isValid()) {
        m_overlay->setProgress(-1);
        return;
    }
    // What is here of the next couple of seconds from where the demuxer waits.
    const qint64 from = std::max<qint64>(m_device->readPosition(), 0);
    const qint64 window = std::min(std::max<qint64>(msToBytes(ResumeWindowMs), 64 * 1024),
                                   std::max<qint64>(m_pieces.fileSize() - from, 1));
    m_overlay->setProgress(double(m_pieces.bytesHave(from, window)) / double(window));
}

void PlayerWidget::updateBufferedAhead()
{
    if (m_stage != Stage::Playing || !m_device)
        return;
    // The demuxer reads ahead of what is shown; what is ready after its read position adds
    // to that lead.
    const qint64 readPosition = std::max<qint64>(m_device->readPosition(), 0);
    const qint64 aheadMs = bytesToMs(readPosition + m_readyAhead) - m_player->position();
    m_controls->setBufferedAhead(std::max<qint64>(aheadMs, 0));
}

void PlayerWidget::onPlayerError(const QString &message)
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

void PlayerWidget::onPositionChanged(qint64 ms)
{
    // While a seek is on its way the bar keeps showing where the viewer asked to go, not the
    // last position before it.
    if (!m_awaitingFrame || m_frameTargetMs < 0 ||
        (ms >= m_frameTargetMs - SeekFrameBeforeMs && ms <= m_frameTargetMs + SeekFrameAfterMs))
        m_controls->setPosition(ms);
    updateBufferedAhead();
    if (!m_player->hasVideo())
        m_sinceProgress.start(); // no picture: the clock says whether playback moves
}

} // namespace swarmplay
