#include "playbackcontroller.h"

#include <algorithm>
#include <utility>

#include <QAudioDevice>
#include <QAudioOutput>
#include <QCoreApplication>
#include <QFileInfo>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QVideoFrame>
#include <QVideoSink>

#include "playerdevice.h"
#include "prefetcher.h"
#include "session/session.h"
#include "stream/streamlog.h"
#include "stream/streamview.h"
#include "stream/torrentstreamdevice.h"

namespace swarmplay {

namespace {

// A frame this far before or after a seek's target still belongs to the picture before the
// seek; the decoder may start up to a keyframe interval earlier than the target.
constexpr qint64 SeekFrameBeforeMs = 5000;
constexpr qint64 SeekFrameAfterMs = 2000;
// A call into the player takes the demuxer thread's lock, which that thread holds while it
// reads: with this much ready ahead of it, it cannot be waiting for a piece before it lets go.
constexpr qint64 SafeAheadMs = 1000;
constexpr qint64 SafeAheadMinBytes = 256 * 1024;
// What resumeProgress() counts towards: about two seconds of the stream, the part of the
// scheduler's critical window the player needs before it plays on smoothly.
constexpr qint64 ResumeWindowMs = 2000;
// How often a track switch that cannot be made yet is tried again.
constexpr int TrackRetryMs = 250;

} // namespace

PlaybackController::PlaybackController(Session *session, QVideoSink *sink, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_sink(sink)
{
    m_player = new QMediaPlayer(this);
    m_audio = new QAudioOutput(this);
    m_prefetcher = new Prefetcher(this);
    m_player->setVideoSink(sink);
    connect(m_prefetcher, &Prefetcher::fetched, this, &PlaybackController::onFetched);
    m_trackRetry.setSingleShot(true);
    m_trackRetry.setInterval(TrackRetryMs);
    connect(&m_trackRetry, &QTimer::timeout, this,
            [this] { m_guard.run(PlayerCallGuard::Kind::Track, [this] { applyTracks(); }); });

    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        if (ms > 0)
            m_knownDurationMs = ms;
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, &PlaybackController::onPlayerPosition);
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error, const QString &message) { reportLater(message); });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this,
            [this](QMediaPlayer::MediaStatus status) {
                if (status == QMediaPlayer::InvalidMedia)
                    reportLater(m_player->errorString());
                if (status == QMediaPlayer::EndOfMedia)
                    endLater();
            });
    connect(sink, &QVideoSink::videoFrameChanged, this, &PlaybackController::onFrame);
}

PlaybackController::~PlaybackController()
{
    m_prefetcher->cancel(); // its device is aborted; the prefetcher, a child, joins its thread
    if (m_device)
        m_device->abort(); // a read blocked in the demuxer or in the fallback loop ends
    if (!m_guard.isBusy()) {
        detach();
        return;
    }
    // Destroyed by a slot that PlayerDevice's fallback loop ran inside a call into the player:
    // that call is still on the stack, and the player, its devices and the sink it writes to
    // must outlive it. The guard deletes them once it has returned.
    // Nobody hears from them any more: their listeners may go with this controller's owner.
    m_player->disconnect();
    m_sink->disconnect();
    QObject *device = m_device && m_device->parent() != m_prefetcher ? m_device.data() : nullptr;
    QObject *const inUse[] = {m_player, m_audio, m_sink, m_playerDevice.data(), device};
    for (QObject *o : inUse) {
        if (o)
            QCoreApplication::removePostedEvents(o, QEvent::MetaCall);
        m_guard.retire(o);
    }
}

bool PlaybackController::open(const TorrentId &id, const FileEntry &file, const FilePieces &pieces,
                              const ProbeRegion::Result &probe)
{
    stop();
    m_id = id;
    m_file = file;
    m_hint = QUrl::fromLocalFile(QFileInfo(file.path).fileName());
    m_pieces = pieces;
    m_plan = PrefetchPlan(probe, file.size);
    m_knownDurationMs = probe.durationMs > 0 ? probe.durationMs : probe.seekIndex.durationMs();
    TorrentStreamDevice *device = createDevice();
    if (!device)
        return false;
    m_device = device;
    m_open = true;
    m_wantPlaying = true;
    m_awaitingFrame = true;
    m_frameTargetMs = -1;
    emit deviceReplaced();
    return true;
}

void PlaybackController::load()
{
    if (m_open && m_device && !m_attached && m_loadAtMs < 0)
        loadWhenFetched(0);
}

void PlaybackController::stop()
{
    m_open = false;
    m_guard.dropDeferred();
    detach();
    m_trackRetry.stop();
    m_wantedAudio = NoTrack;
    m_seekMs = -1;
    m_awaitingFrame = false;
    m_frameTargetMs = -1;
    m_file = FileEntry();
    m_pieces = FilePieces();
    m_plan = PrefetchPlan();
    m_knownDurationMs = -1;
}

TorrentStreamDevice *PlaybackController::createDevice()
{
    TorrentStreamDevice *device =
        m_session ? m_session->createStreamDevice(m_id, m_file.index, this) : nullptr;
    if (!device || !device->open(QIODevice::ReadOnly)) {
        delete device;
        return nullptr;
    }
    // Emitted from whichever thread reads. The device is the context, so that what it posted
    // goes with it.
    connect(
        device, &TorrentStreamDevice::bufferingChanged, device,
        [this, device](bool waiting) {
            if (device == m_device)
                emit deviceWaitingChanged(waiting);
        },
        Qt::QueuedConnection);
    connect(
        device, &TorrentStreamDevice::readyAheadChanged, device,
        [this, device](qint64 bytes) {
            if (device == m_device)
                emit readyAheadChanged(bytes);
        },
        Qt::QueuedConnection);
    return device;
}

void PlaybackController::retireDevice()
{
    if (m_playerDevice) {
        m_retiredNestedWaits += m_playerDevice->nestedWaits();
        m_guard.retire(m_playerDevice);
    }
    m_playerDevice = nullptr;
    TorrentStreamDevice *device = std::exchange(m_device, nullptr);
    if (!device)
        return;
    device->abort();
    QCoreApplication::removePostedEvents(device, QEvent::MetaCall);
    // A device in a fetch belongs to the prefetcher until its thread is done.
    if (device->parent() != m_prefetcher)
        m_guard.retire(device);
}

void PlaybackController::detach()
{
    // The order matters: a read blocked in the demuxer must be released before the player is
    // told to stop, or stopping waits for a piece that may never come.
    if (m_device)
        m_device->abort();
    m_prefetcher->cancel();
    m_loadAtMs = -1;
    if (m_attached) {
        m_attached = false;
        m_guard.run(PlayerCallGuard::Kind::Detach, [this] {
            m_player->stop();
            m_player->setSourceDevice(nullptr);
        });
    }
    retireDevice();
}

void PlaybackController::reopenAt(qint64 ms)
{
    detach();
    TorrentStreamDevice *device = createDevice();
    if (!device) {
        emit cannotOpen();
        return;
    }
    m_device = device;
    emit deviceReplaced();
    loadWhenFetched(ms);
}

qint64 PlaybackController::readable(const PrefetchPlan::Ranges &ranges) const
{
    return m_session ? m_session->streams()->readableIn(m_id.key(), m_file.index, ranges,
                                                        ReaderRole::Player)
                     : 0;
}

void PlaybackController::loadWhenFetched(qint64 ms)
{
    m_loadAtMs = ms;
    PrefetchPlan::Ranges ranges = m_plan.load();
    if (ms > 0)
        ranges += m_plan.seek(ms, durationMs());
    if (readable(ranges) >= PrefetchPlan::bytes(ranges)) {
        loadNow();
        return;
    }
    qCDebug(lcStream) << "player: fetching" << PrefetchPlan::bytes(ranges) << "bytes in"
                      << ranges.size() << "ranges to load at" << ms << "ms";
    m_prefetcher->fetch(m_device, ranges);
}

void PlaybackController::onFetched(TorrentStreamDevice *device, bool ok)
{
    device->setParent(this);
    if (device == m_trackFetch) {
        delete device;
        if (ok)
            m_guard.run(PlayerCallGuard::Kind::Track, [this] { applyTracks(); });
        return;
    }
    if (device != m_device) {
        delete device;
        return;
    }
    if (ok)
        loadNow();
    else if (!device->isAborted())
        emit cannotOpen(); // the torrent failed or went away, or the disk did
}

void PlaybackController::loadNow()
{
    if (!m_device || m_loadAtMs < 0)
        return;
    auto *playerDevice = new PlayerDevice(m_device, this);
    playerDevice->open(QIODevice::ReadOnly);
    m_playerDevice = playerDevice;
    m_guard.run(PlayerCallGuard::Kind::Load, [this] {
        const qint64 ms = std::exchange(m_loadAtMs, -1);
        if (!isUsable() || !m_playerDevice || ms < 0)
            return;
        configureAudio();
        // Each call may turn PlayerDevice's fallback loop, where a slot may destroy this.
        const QPointer<PlaybackController> self(this);
        m_player->setSourceDevice(m_playerDevice, m_hint);
        if (!self)
            return;
        m_attached = true;
        if (ms > 0 && isUsable())
            m_player->setPosition(ms);
        if (self && m_wantPlaying && isUsable())
            m_player->play();
    });
}

void PlaybackController::configureAudio()
{
    // Qt 6.4's FFmpeg backend crashes playing with an audio output when the system has no
    // audio device at all; without one, the video plays silently.
    if (QMediaDevices::audioOutputs().isEmpty()) {
        m_player->setAudioOutput(nullptr);
        return;
    }
    m_audio->setDevice(QMediaDevices::defaultAudioOutput());
    m_player->setAudioOutput(m_audio);
}

void PlaybackController::seekTo(qint64 ms)
{
    if (!m_open)
        return;
    const qint64 duration = durationMs();
    ms = std::max<qint64>(ms, 0);
    if (duration > 0)
        ms = std::min(ms, duration);
    m_frameTargetMs = ms;
    m_awaitingFrame = true;
    m_seekMs = ms;
    emit positionChanged(ms);
    // Under way is most likely a read waiting in the fallback loop: it is given up, and the
    // newest target wins.
    if (m_guard.isBusy() && m_device && m_device->isWaiting())
        m_device->abort();
    m_guard.run(PlayerCallGuard::Kind::Seek, [this] { seekNow(); });
}

void PlaybackController::seekNow()
{
    const qint64 ms = std::exchange(m_seekMs, -1);
    if (ms < 0 || !m_open)
        return;
    if (m_attached && canCall(m_plan.seek(ms, durationMs()))) {
        m_player->setPosition(ms);
        return;
    }
    reopenAt(ms);
}

qint64 PlaybackController::seekBase() const
{
    if (m_awaitingFrame && m_frameTargetMs >= 0)
        return m_frameTargetMs;
    return m_seekMs >= 0 ? m_seekMs : m_player->position();
}

void PlaybackController::setWantPlaying(bool playing)
{
    m_wantPlaying = playing;
    if (m_attached) // else the load that waits plays, or not, as wanted
        m_guard.run(PlayerCallGuard::Kind::PlayState, [this] { applyPlayState(); });
}

void PlaybackController::applyPlayState()
{
    if (!m_attached || !isUsable())
        return;
    // After the end, play() would seek the backend to the start, reading on this thread, and
    // with an audio output Qt 6.4.2 then shows one frame and stands still: the file opens
    // afresh instead, its start fetched first like any load.
    if (isAtEnd()) {
        if (m_wantPlaying)
            reopenAt(0);
        return;
    }
    if (m_wantPlaying)
        m_player->play();
    else
        m_player->pause();
}

void PlaybackController::setAudioTrack(int track)
{
    m_wantedAudio = track;
    m_guard.run(PlayerCallGuard::Kind::Track, [this] { applyTracks(); });
}

void PlaybackController::applyTracks()
{
    if (m_wantedAudio == NoTrack)
        return;
    if (!m_attached || !isUsable())
        return; // a new load reports its tracks, and whoever chose them chooses again
    // The switch seeks the demuxer to where it plays, reading on this thread.
    const PrefetchPlan::Ranges ranges = m_plan.seek(m_player->position(), durationMs());
    if (!canCall(ranges)) {
        retryTracks(ranges);
        return;
    }
    // QMediaPlayer's own subtitle output stays off: Qt 6.4.2 blanks lines and crashes on
    // bitmap tracks; SubtitleController draws them.
    m_player->setActiveAudioTrack(std::exchange(m_wantedAudio, NoTrack));
}

void PlaybackController::retryTracks(const PrefetchPlan::Ranges &ranges)
{
    const bool missing = readable(ranges) < PrefetchPlan::bytes(ranges);
    if (!missing || m_prefetcher->isBusy()) {
        m_trackRetry.start(); // the demuxer's thread waits, or an opening fetches first
        return;
    }
    TorrentStreamDevice *device = createDevice();
    if (!device)
        return;
    m_trackFetch = device;
    m_prefetcher->fetch(device, ranges);
}

bool PlaybackController::canCall(const PrefetchPlan::Ranges &ranges) const
{
    if (!m_attached || !isUsable() || m_device->isWaiting())
        return false;
    if (m_pieces.bytesHave(ranges) < PrefetchPlan::bytes(ranges))
        return false;
    // Stopped (not played yet, or at the end), the demuxer's thread does not read.
    if (m_player->playbackState() == QMediaPlayer::StoppedState)
        return true;
    const qint64 ahead = m_device->bytesReadyAhead();
    const qint64 safe = std::max(SafeAheadMinBytes, msToBytes(SafeAheadMs));
    return ahead >= safe || m_device->readPosition() + ahead >= m_file.size;
}

bool PlaybackController::isUsable() const
{
    return m_device && !m_device->isAborted();
}

bool PlaybackController::isAtEnd() const
{
    return m_player->mediaStatus() == QMediaPlayer::EndOfMedia &&
           m_player->playbackState() == QMediaPlayer::StoppedState;
}

bool PlaybackController::isWaiting() const
{
    return m_device && m_device->isWaiting();
}

qint64 PlaybackController::durationMs() const
{
    const qint64 fromPlayer = m_player->duration();
    return fromPlayer > 0 ? fromPlayer : std::max<qint64>(m_knownDurationMs, 0);
}

qint64 PlaybackController::bufferedAheadMs() const
{
    if (!m_device)
        return 0;
    const qint64 readEnd =
        std::max<qint64>(m_device->readPosition(), 0) + m_device->bytesReadyAhead();
    return std::max<qint64>(bytesToMs(readEnd) - m_player->position(), 0);
}

double PlaybackController::resumeProgress() const
{
    if (!m_device || !m_pieces.isValid())
        return -1;
    const qint64 from = std::max<qint64>(m_device->readPosition(), 0);
    const qint64 window = std::min(std::max<qint64>(msToBytes(ResumeWindowMs), 64 * 1024),
                                   std::max<qint64>(m_pieces.fileSize() - from, 1));
    return double(m_pieces.bytesHave(from, window)) / double(window);
}

qint64 PlaybackController::bytesToMs(qint64 bytes) const
{
    const qint64 duration = durationMs();
    return duration > 0 && m_file.size > 0
               ? qint64(double(bytes) * double(duration) / double(m_file.size))
               : 0;
}

qint64 PlaybackController::msToBytes(qint64 ms) const
{
    const qint64 duration = durationMs();
    return duration > 0 && m_file.size > 0
               ? qint64(double(ms) * double(m_file.size) / double(duration))
               : 0;
}

int PlaybackController::nestedWaits() const
{
    return m_retiredNestedWaits + (m_playerDevice ? m_playerDevice->nestedWaits() : 0);
}

bool PlaybackController::isNearTarget(qint64 ms) const
{
    return ms >= m_frameTargetMs - SeekFrameBeforeMs && ms <= m_frameTargetMs + SeekFrameAfterMs;
}

void PlaybackController::onFrame(const QVideoFrame &frame)
{
    if (!m_awaitingFrame || !frame.isValid() || !m_open)
        return;
    if (m_frameTargetMs >= 0 && frame.startTime() >= 0 && !isNearTarget(frame.startTime() / 1000))
        return; // still the picture from before the seek
    m_awaitingFrame = false;
    m_frameTargetMs = -1;
    emit firstFrameShown();
}

void PlaybackController::onPlayerPosition(qint64 ms)
{
    // While a seek is on its way the bar keeps showing where the viewer asked to go, not the
    // last position before it (nor the 0 of a file opened afresh).
    if (!m_awaitingFrame || m_frameTargetMs < 0 || isNearTarget(ms))
        emit positionChanged(ms);
}

void PlaybackController::reportLater(const QString &message)
{
    // Queued, and only for the device that caused it: the backend can report an error from
    // inside setSourceDevice(), where tearing the source down again is not safe, and aborting a
    // device on purpose makes its reads fail.
    TorrentStreamDevice *device = m_device;
    if (!device)
        return;
    QMetaObject::invokeMethod(
        device,
        [this, device, message] {
            if (device == m_device && !device->isAborted())
                emit playerFailed(message);
        },
        Qt::QueuedConnection);
}

void PlaybackController::endLater()
{
    // At the real end the next Space plays again rather than "pausing"; an end that an aborted
    // device caused (a stop, a seek that opens afresh) is no end.
    TorrentStreamDevice *device = m_device;
    if (!device)
        return;
    QMetaObject::invokeMethod(
        device,
        [this, device] {
            if (device == m_device && !device->isAborted())
                m_wantPlaying = false;
        },
        Qt::QueuedConnection);
}

} // namespace swarmplay
