#pragma once

#include <functional>

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace swarmplay {

// Says when the viewer should see that playback waits for the swarm: once the device has waited
// a moment and the picture has stood still as long (the demuxer reads ahead, so frames it read
// before still play while it waits), and until a wait has been over a moment (reads on a slow
// swarm wait piece after piece, and an overlay flashing between them would be worse).
class BufferingWatch : public QObject
{
    Q_OBJECT

public:
    // isWaiting: whether the device waits right now; isPlaying: whether the player plays.
    BufferingWatch(std::function<bool()> isWaiting, std::function<bool()> isPlaying,
                   QObject *parent = nullptr);

    bool isBuffering() const { return m_buffering; }
    void setWaiting(bool waiting); // the device began or stopped waiting
    void progressed();             // a frame arrived or, without video, the position moved
    void reset();                  // off at once: the waits were an old device's, or it stopped

signals:
    void bufferingChanged(bool on);

private:
    void setBuffering(bool on);
    void onDelay();

    std::function<bool()> m_isWaiting;
    std::function<bool()> m_isPlaying;
    bool m_buffering = false;
    QTimer m_delay; // a wait must last a moment before the overlay shows
    QTimer m_linger;
    QElapsedTimer m_sinceProgress;
};

} // namespace swarmplay
