#pragma once

#include <QIODevice>
#include <QPointer>

namespace swarmplay {

class TorrentStreamDevice;

// The QIODevice QMediaPlayer is given: a TorrentStreamDevice behind a guard for the GUI thread.
// Qt 6.4's FFmpeg backend reads on the GUI thread while it loads a file, seeks, switches a track
// and plays again after the end. PlaybackController fetches those bytes before each such call;
// should a read there still find its bytes missing (a container without a seek index), it runs
// in a helper thread instead, and the GUI thread turns a local event loop meanwhile: the window
// repaints, timers fire and Stop still works (it aborts the torrent device, which ends the
// read). Reads elsewhere, and reads whose bytes are here, go straight through.
//
// Whoever calls into QMediaPlayer must therefore expect events to be processed inside that call
// and must not call into the player again from them (PlayerCallGuard defers such calls).
class PlayerDevice : public QIODevice
{
    Q_OBJECT

public:
    // source must be open and outlive this device.
    explicit PlayerDevice(TorrentStreamDevice *source, QObject *parent = nullptr);
    ~PlayerDevice() override;

    bool open(OpenMode mode) override;
    bool isSequential() const override { return false; }
    qint64 size() const override;
    bool seek(qint64 pos) override;
    bool atEnd() const override;
    qint64 bytesAvailable() const override;

    // A read on the GUI thread is waiting in a local event loop right now.
    bool isWaitingInEventLoop() const { return m_waitingInLoop; }
    // How often a read on the GUI thread has had to wait in that loop.
    int nestedWaits() const { return m_nestedWaits; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QPointer<TorrentStreamDevice> m_source;
    bool m_waitingInLoop = false;
    int m_nestedWaits = 0;
};

} // namespace swarmplay
