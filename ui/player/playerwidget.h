#pragma once

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include "filepieces.h"
#include "model/fileentry.h"
#include "model/torrentid.h"
#include "model/torrentsnapshot.h"
#include "stream/proberegion.h"
#include "stream/streamcatalog.h"
#include "stream/torrentstreamdevice.h"

class QAudioOutput;
class QMediaPlayer;
class QMenu;
class QShortcut;
class QStackedWidget;
class QVideoFrame;
class QVideoSink;

namespace swarmplay {

class BufferingOverlay;
class IdleHider;
class PlayerControls;
class PlayerDevice;
class PrebufferView;
class Session;
class StreamProber;
class VideoView;

// Plays one file of a torrent while it downloads: pre-buffers the probe region (a
// PrebufferView shows bytes needed and done, rate, peers, cancel), then hands a
// TorrentStreamDevice to a QMediaPlayer (FFmpeg backend) shown in a VideoView, with
// PlayerControls below and a BufferingOverlay while the device waits for pieces. The device is
// aborted before every stop, source change and destruction, so a blocked read never holds up
// the GUI thread.
//
// Qt 6.4's FFmpeg backend reads on the GUI thread while it loads and while it seeks; such a read
// that waits for the swarm turns a local event loop (see PlayerDevice). Delete this widget with
// deleteLater() rather than from a slot that may run inside that loop.
class PlayerWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Stage
    {
        Idle,      // nothing chosen
        Preparing, // metadata, probe region
        Playing,   // the media player has the device (playing or paused)
        Failed,    // a message is shown (no playable file, codec, no peers)
    };
    Q_ENUM(Stage)

    explicit PlayerWidget(Session *session, QWidget *parent = nullptr);
    ~PlayerWidget() override;

    // Plays file fileIndex of torrent id; what played before stops. The torrent must be in the
    // session; its metadata may still be on its way.
    void play(const TorrentId &id, int fileIndex);
    void stop();

    Stage stage() const { return m_stage; }
    Session *session() const;
    TorrentId torrentId() const { return m_id; }
    int fileIndex() const { return m_fileIndex; }
    bool isFullScreen() const;

    // Intents also reachable by keys (Space, Left/Right 10 s, Shift+Left/Right 60 s, Up/Down
    // volume, M mute, F full screen, Esc leaves full screen).
    void togglePlayPause();
    void seekBy(qint64 ms);
    void seekTo(qint64 ms);
    void setFullScreen(bool on);
    // A menu the context menu offers too, after its own entries (the window's track menus,
    // so they are at hand in full screen, where the menu bar is hidden).
    void addContextMenu(QMenu *menu);

    // For tests and --benchmark-play.
    QMediaPlayer *mediaPlayer() const { return m_player; }
    QVideoSink *videoSink() const;
    TorrentStreamDevice *device() const { return m_device; }
    BufferingOverlay *bufferingOverlay() const { return m_overlay; }
    PrebufferView *prebufferView() const { return m_prebuffer; }
    PlayerControls *controls() const { return m_controls; }
    VideoView *videoView() const { return m_video; }
    // The buffering overlay is up: the device has been waiting for pieces a moment.
    bool isBuffering() const { return m_buffering; }
    // How long preparing may go without a single connected peer before it gives up with
    // "No peers found" (30 s).
    void setNoPeersTimeout(int ms) { m_noPeersTimeoutMs = ms; }
    int noPeersTimeout() const { return m_noPeersTimeoutMs; }

signals:
    void stageChanged(swarmplay::PlayerWidget::Stage stage);
    // The metadata names the file and its probe starts now: what must download before the
    // video (subtitles) opens its readers in a slot of this signal, ahead of the prober's.
    void fileFound();
    void probeRegionReady(); // the probe region is downloaded; the player gets the device now
    void firstFrameShown();  // the first video frame after play() or a seek reached the sink
    void bufferingChanged(bool waiting);
    void fullScreenChanged(bool on);
    // The user asked to open the stream in VLC/mpv (from a message or the context menu).
    void externalPlayerRequested(const swarmplay::TorrentId &id, int fileIndex);
    void errorShown(const QString &message);

protected:
    void contextMenuEvent(QContextMenuEvent *e) override;

private:
    void setStage(Stage stage);
    void teardown();
    void detachPlayer();
    void fail(const QString &title, const QString &text, int actions);
    void onPrepareTick();
    void advance();
    bool findFile();
    void startProber();
    void onProbeFinished(const ProbeRegion::Result &result);
    void updatePrebuffer(const TorrentSnapshot &snapshot);
    void startPlayback();
    bool openDevice();
    void reopenAt(qint64 ms);
    // Runs f, which calls into QMediaPlayer, unless such a call is already under way (the
    // player's reads may turn the event loop, see PlayerDevice); then runs what was queued
    // meanwhile. Returns false when this widget was destroyed during the call.
    template <typename F> bool callPlayer(F &&f);
    void runQueued();
    void setWantPlaying(bool playing);
    void onTorrentsUpdated(const QVector<TorrentSnapshot> &snapshots);
    void onFrame(const QVideoFrame &frame);
    void onPositionChanged(qint64 ms);
    void onDeviceWaiting(bool waiting);
    void setBuffering(bool on);
    void updateBufferingProgress();
    void updateBufferedAhead();
    void onPlayerError(const QString &message);
    void changeVolume(float delta);
    void setMuted(bool muted);
    void setupShortcuts();
    void updateInputs();
    qint64 durationMs() const;
    qint64 bytesToMs(qint64 bytes) const;
    qint64 msToBytes(qint64 ms) const;

    QPointer<Session> m_session;
    TorrentId m_id;
    int m_fileIndex = -1;
    Stage m_stage = Stage::Idle;
    // Bumped by every teardown: work queued for an earlier file recognises itself as stale.
    int m_generation = 0;
    // Bumped by every new device: errors and signals of a replaced device are ignored.
    int m_deviceGeneration = 0;

    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audio = nullptr;
    QStackedWidget *m_pages = nullptr;
    VideoView *m_video = nullptr;
    PlayerControls *m_controls = nullptr;
    BufferingOverlay *m_overlay = nullptr;
    PrebufferView *m_prebuffer = nullptr;
    IdleHider *m_idleHider = nullptr;
    QVector<QShortcut *> m_playbackShortcuts;
    QShortcut *m_escapeShortcut = nullptr;
    bool m_streaming = false; // told the session, which then reports status more often

    StreamProber *m_prober = nullptr;
    QPointer<TorrentStreamDevice> m_device;
    QPointer<PlayerDevice> m_playerDevice; // what QMediaPlayer reads: m_device, GUI-safe
    QVector<QPointer<QObject>> m_retired;  // devices to delete once the player lets go
    FileEntry m_file;
    FilePieces m_pieces;
    ProbeRegion::Result m_probe;
    bool m_probeKnown = false;                  // the prober has finished
    QVector<ProbeRegion::Range> m_neededRanges; // what the prebuffer page counts towards
    qint64 m_rate = 0; // the torrent's download rate, bytes/s, from the last round

    QTimer m_prepareTick;
    int m_prebufferStage = -1;
    QElapsedTimer m_sincePeers; // while preparing: since a peer was last connected
    int m_noPeersTimeoutMs = 30000;

    // Calls into QMediaPlayer under way, and what was asked for meanwhile.
    int m_playerCalls = 0;
    bool m_detachQueued = false;
    bool m_reopenQueued = false;
    qint64 m_queuedSeekMs = -1;
    bool m_playStateQueued = false;
    bool m_wantPlaying = true; // the viewer's choice; buffering does not change it

    // A wait shorter than this is a hiccup the viewer barely sees; an overlay flashing on and
    // off for each one would be worse than the hiccup.
    static constexpr int BufferingShowDelayMs = 250;
    bool m_buffering = false;
    QTimer m_bufferingDelay; // a wait must last a moment before the overlay shows
    QTimer m_bufferingLinger;
    QElapsedTimer m_sinceProgress; // since the last frame (or, without video, position change)
    qint64 m_readyAhead = 0;       // bytes, from the device

    bool m_awaitingFrame = false;
    qint64 m_frameTargetMs = -1; // the seek the next frame answers; -1: any frame

    bool m_fullScreen = false;
    QVector<QPointer<QWidget>> m_contextMenus;
    float m_volume = 1.0f;
    bool m_muted = false;
};

} // namespace swarmplay
