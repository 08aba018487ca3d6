#pragma once

#include <QObject>
#include <QVector>

class QShortcut;
class QWidget;

namespace swarmplay {

// The player's keys: Space plays or pauses, Left/Right step 10 s, Shift+Left/Right 60 s, Up/Down
// change the volume, M mutes, F toggles full screen and Esc leaves it. They work whenever the
// player or anything in it has the focus, also as a full-screen window of its own; the playback
// keys only while something plays, so that otherwise Space belongs to a message's button.
class PlayerKeys : public QObject
{
    Q_OBJECT

public:
    explicit PlayerKeys(QWidget *player);

    void setPlaying(bool playing);
    void setFullScreen(bool fullScreen);

signals:
    void playPauseToggled();
    void seekBy(qint64 ms);
    void volumeStepped(float delta); // on the perceptual scale the volume slider shows
    void muteToggled();
    void fullScreenToggled();
    void fullScreenLeft();

private:
    QShortcut *add(const QKeySequence &keys, bool playback);

    QWidget *m_player;
    QVector<QShortcut *> m_playbackKeys;
    QShortcut *m_escape = nullptr;
};

} // namespace swarmplay
