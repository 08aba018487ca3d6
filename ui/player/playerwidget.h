#pragma once

#include <QPointer>
#include <QWidget>

#include "model/torrentid.h"
#include "stream/torrentstreamdevice.h"

class QMediaPlayer;
class QMenu;
class QStackedWidget;
class QVideoSink;

namespace swarmplay {

class BufferingOverlay;
class BufferingWatch;
class IdleHider;
class PlaybackController;
class PlayerControls;
class PlayerKeys;
class PrebufferView;
class Session;
class StreamPreparer;
class VideoView;
struct TorrentSnapshot;

// Plays one file of a torrent while it downloads. A view that wires the parts: StreamPreparer
// gets the file ready while a PrebufferView shows bytes needed and done, rate, peers and cancel;
// PlaybackController plays it in a QMediaPlayer shown in a VideoView, with PlayerControls below
// and a BufferingOverlay while BufferingWatch says the stream waits for pieces. The GUI thread
// never waits for the swarm on the normal path (see PlaybackController).
//
// Should a read on the GUI thread still wait (PlayerDevice's fallback loop), events are processed
// inside that call: delete this widget with deleteLater() rather than from a slot that may run
// inside that loop.
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
    bool isFullScreen() const { return m_fullScreen; }

    // Intents also reachable by keys (Space, Left/Right 10 s, Shift+Left/Right 60 s, Up/Down
    // volume, M mute, F full screen, Esc leaves full screen).
    void togglePlayPause();
    void seekBy(qint64 ms);
    void seekTo(qint64 ms);
    void setFullScreen(bool on);
    // Track choices (audio 0..n-1, subtitles -1 for off), made once the switch reads nothing
    // that is still missing.
    void setAudioTrack(int track);
    // A menu the context menu offers too, after its own entries (the window's track menus,
    // so they are at hand in full screen, where the menu bar is hidden).
    void addContextMenu(QMenu *menu);

    // For tests and --benchmark-play.
    QMediaPlayer *mediaPlayer() const;
    QVideoSink *videoSink() const;
    TorrentStreamDevice *device() const;
    BufferingOverlay *bufferingOverlay() const { return m_overlay; }
    PrebufferView *prebufferView() const { return m_prebuffer; }
    PlayerControls *controls() const { return m_controls; }
    VideoView *videoView() const { return m_video; }
    // The buffering overlay is up: the device has been waiting for pieces a moment.
    bool isBuffering() const;
    // How often a read on the GUI thread found its bytes missing and waited in a local event
    // loop; 0 on the normal path.
    int nestedWaits() const;
    // How long preparing may go without a single connected peer before it gives up with
    // "No peers found" (30 s).
    void setNoPeersTimeout(int ms);
    int noPeersTimeout() const;

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
    void wirePreparer();
    void wirePlayback();
    void wireControls();
    void setStage(Stage stage);
    void teardown();
    void fail(const QString &title, const QString &text, int actions);
    void failToOpen();
    void startPlayback();
    void onTorrentsUpdated();
    void onPlayerFailed(const QString &message);
    void onBuffering(bool on);
    void updateBufferingProgress();
    void updateWaitReason(); // why the overlay waits, under its rate
    void updateBufferedAhead();
    void changeVolume(float delta);
    void setMuted(bool muted);
    void updateInputs();

    QPointer<Session> m_session;
    TorrentId m_id;
    int m_fileIndex = -1;
    Stage m_stage = Stage::Idle;
    int m_run = 0; // bumped by every teardown: a slot that replaced the playback is noticed
    bool m_streaming = false; // told the session, which then reports status more often

    StreamPreparer *m_preparer = nullptr;
    PlaybackController *m_playback = nullptr;
    BufferingWatch *m_bufferingWatch = nullptr;
    QStackedWidget *m_pages = nullptr;
    VideoView *m_video = nullptr;
    PlayerControls *m_controls = nullptr;
    BufferingOverlay *m_overlay = nullptr;
    PrebufferView *m_prebuffer = nullptr;
    IdleHider *m_idleHider = nullptr;
    PlayerKeys *m_keys = nullptr;

    qint64 m_rate = 0; // the torrent's download rate, bytes/s, from the last round
    bool m_fullScreen = false;
    QVector<QPointer<QWidget>> m_contextMenus;
};

} // namespace swarmplay
