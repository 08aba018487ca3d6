#pragma once

#include <QBitArray>
#include <QWidget>

class QLabel;
class QSlider;
class QToolButton;

namespace swarmplay {

class SeekSlider;

// The bar under the video: play/pause, the seek bar with the download map, elapsed/total
// time, volume, mute and full screen. It owns no player: it shows what it is told and emits
// what the user asks for, and the player widget wires both sides (as in Qt's Media Player
// example).
class PlayerControls : public QWidget
{
    Q_OBJECT

public:
    explicit PlayerControls(QWidget *parent = nullptr);

    // "1:02:03", "0:07", "–:––" for a negative (unknown) time; seconds are truncated.
    static QString formatTime(qint64 ms);

    void setPlaying(bool playing);
    bool isPlaying() const { return m_playing; }
    void setDuration(qint64 ms);
    void setPosition(qint64 ms);
    // Linear volume 0..1, as QAudioOutput takes it; the slider itself is perceptual.
    void setVolume(float volume);
    float volume() const;
    void setMuted(bool muted);
    bool isMuted() const { return m_muted; }
    void setFullScreen(bool fullScreen);
    void setPieces(const QBitArray &have);
    void setBufferedAhead(qint64 ms);

    QString timeText() const;
    SeekSlider *seekSlider() const { return m_seek; }

signals:
    void playRequested();
    void pauseRequested();
    void seekRequested(qint64 ms);
    void volumeChanged(float volume); // linear 0..1
    void muteToggled(bool muted);     // the state asked for
    void fullScreenRequested(bool fullScreen);

protected:
    void changeEvent(QEvent *e) override;

private:
    void updateTimeLabel(qint64 shownPosition);
    void updatePlayButton();
    void updateMuteButton();
    void updateFullScreenButton();
    void reserveTimeLabelWidth();

    SeekSlider *m_seek = nullptr;
    QToolButton *m_playButton = nullptr;
    QLabel *m_timeLabel = nullptr;
    QToolButton *m_muteButton = nullptr;
    QSlider *m_volumeSlider = nullptr;
    QToolButton *m_fullScreenButton = nullptr;
    bool m_playing = false;
    bool m_muted = false;
    bool m_fullScreen = false;
    qint64 m_duration = 0;
};

} // namespace swarmplay
