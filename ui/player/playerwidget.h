#pragma once

#include <QPointer>
#include <QWidget>

#include "model/torrentid.h"

class QAudioOutput;
class QMediaPlayer;
class QVideoSink;
class QVideoWidget;

namespace swarmplay {

class BufferingOverlay;
class PlayerControls;
class PrebufferView;
class Session;
class StreamProber;
class TorrentStreamDevice;

// Plays one file of a torrent while it downloads: pre-buffers the probe region (a
// PrebufferView shows bytes needed and done, rate, peers, cancel), then hands a
// TorrentStreamDevice to a QMediaPlayer (FFmpeg backend) shown in a QVideoWidget, with
// PlayerControls below and a BufferingOverlay while the device waits for pieces. The device is
// aborted before every stop, source change and destruction, so a blocked read never holds up
// the GUI thread.
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
    TorrentId torrentId() const { return m_id; }
    int fileIndex() const { return m_fileIndex; }
    bool isFullScreen() const;

    // Intents also reachable by keys (Space, Left/Right 10 s, Shift+Left/Right 60 s, Up/Down
    // volume, M mute, F full screen, Esc leaves full screen).
    void togglePlayPause();
    void seekBy(qint64 ms);
    void seekTo(qint64 ms);
    void setFullScreen(bool on);

    // For tests and --benchmark-play.
    QMediaPlayer *mediaPlayer() const { return m_player; }
    QVideoSink *videoSink() const;
    TorrentStreamDevice *device() const { return m_device; }

signals:
    void stageChanged(swarmplay::PlayerWidget::Stage stage);
    void probeRegionReady(); // the probe region is downloaded; the player gets the device now
    void firstFrameShown();  // the first video frame after play() or a seek reached the sink
    void bufferingChanged(bool waiting);
    void fullScreenChanged(bool on);
    // The user asked to open the stream in VLC/mpv (from a message or the context menu).
    void externalPlayerRequested(const swarmplay::TorrentId &id, int fileIndex);
    void errorShown(const QString &message);

private:
    Session *m_session;
    TorrentId m_id;
    int m_fileIndex = -1;
    Stage m_stage = Stage::Idle;
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audio = nullptr;
    QVideoWidget *m_video = nullptr;
    PlayerControls *m_controls = nullptr;
    BufferingOverlay *m_overlay = nullptr;
    PrebufferView *m_prebuffer = nullptr;
    StreamProber *m_prober = nullptr;
    QPointer<TorrentStreamDevice> m_device;
};

} // namespace swarmplay
