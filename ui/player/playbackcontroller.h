#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include "filepieces.h"
#include "model/fileentry.h"
#include "model/torrentid.h"
#include "playercallguard.h"
#include "prefetchplan.h"
#include "stream/proberegion.h"
#include "stream/torrentstreamdevice.h"

class QAudioOutput;
class QMediaPlayer;
class QVideoFrame;
class QVideoSink;

namespace swarmplay {

class PlayerDevice;
class Prefetcher;
class Session;

// Plays one file of a torrent in a QMediaPlayer (FFmpeg backend) without letting the GUI thread
// wait for the swarm. Qt 6.4's backend reads on the calling thread while it loads a file, seeks,
// switches an audio track and plays again after the end; before each of these calls the
// controller has the bytes it reads fetched in a worker thread (PrefetchPlan, Prefetcher), and
// makes the call once they are here (PlayerCallGuard). A seek whose bytes are missing, or whose
// call would wait for the demuxer's thread while that waits for a piece, opens the file afresh at
// the target once its bytes are here; a newer seek replaces it, the latest wins.
class PlaybackController : public QObject
{
    Q_OBJECT

public:
    PlaybackController(Session *session, QVideoSink *sink, QObject *parent = nullptr);
    ~PlaybackController() override;

    // Opens a device on file, whose probe region is downloaded; false when it cannot be read.
    // load() then gives it to the player, which plays it.
    bool open(const TorrentId &id, const FileEntry &file, const FilePieces &pieces,
              const ProbeRegion::Result &probe);
    void load();
    // Lets go of the file at once: a read under way, or a fetch, is given up.
    void stop();
    bool isOpen() const { return m_open; }
    const FileEntry &file() const { return m_file; }
    const FilePieces &pieces() const { return m_pieces; }

    void seekTo(qint64 ms);
    // Where a relative seek steps from: the target of one still on its way, since key repeat
    // outruns the player's position updates.
    qint64 seekBase() const;
    void setWantPlaying(bool playing);
    bool wantPlaying() const { return m_wantPlaying; }
    // Applied as soon as the switch can read what it needs without waiting.
    void setAudioTrack(int track);

    QMediaPlayer *mediaPlayer() const { return m_player; }
    QAudioOutput *audioOutput() const { return m_audio; }
    // What the player reads, or, while an opening waits for its bytes, what it will read.
    TorrentStreamDevice *device() const { return m_device; }
    bool isWaiting() const;
    qint64 durationMs() const;
    // How far playback can go on from the position without waiting: the demuxer reads ahead of
    // what is shown, and what is ready after its read position adds to that lead.
    qint64 bufferedAheadMs() const;
    // What is here of the next couple of seconds from where the device waits, 0 to 1; -1 when
    // not known.
    double resumeProgress() const;
    // How often a read on the GUI thread had to wait in PlayerDevice's fallback loop.
    int nestedWaits() const;

signals:
    void deviceReplaced(); // the waits reported so far were the old device's
    void deviceWaitingChanged(bool waiting);
    void readyAheadChanged(qint64 bytes);
    // The position to show: the target at once after a seek, then the player's, but none that
    // still belongs to the picture before the seek.
    void positionChanged(qint64 ms);
    void firstFrameShown(); // the first video frame after load() or a seek
    void cannotOpen();      // the file could not be read again
    void playerFailed(const QString &message);

private:
    TorrentStreamDevice *createDevice();
    void retireDevice();
    void detach();
    void reopenAt(qint64 ms);
    void loadWhenFetched(qint64 ms);
    void onFetched(TorrentStreamDevice *device, bool ok);
    void loadNow();
    void configureAudio();
    void seekNow();
    void applyPlayState();
    void applyTracks();
    void retryTracks(const PrefetchPlan::Ranges &ranges);
    bool canCall(const PrefetchPlan::Ranges &ranges) const;
    bool isUsable() const;
    bool isAtEnd() const;
    bool isNearTarget(qint64 ms) const;
    qint64 bytesToMs(qint64 bytes) const;
    qint64 msToBytes(qint64 ms) const;
    void onFrame(const QVideoFrame &frame);
    // Bytes of the ranges the player's device reads without waiting (blocks too, unless every
    // piece is to be checked first).
    qint64 readable(const PrefetchPlan::Ranges &ranges) const;
    void onPlayerPosition(qint64 ms);
    void reportLater(const QString &message);
    void endLater();

    QPointer<Session> m_session;
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audio = nullptr;
    QVideoSink *m_sink = nullptr;
    Prefetcher *m_prefetcher = nullptr;
    PlayerCallGuard m_guard;

    bool m_open = false;
    TorrentId m_id;
    FileEntry m_file;
    QUrl m_hint; // the file's name: the container hint a bare device lacks
    FilePieces m_pieces;
    PrefetchPlan m_plan;
    qint64 m_knownDurationMs = -1; // kept while the player has no file

    QPointer<TorrentStreamDevice> m_device;
    QPointer<PlayerDevice> m_playerDevice; // m_device for the player, once it loads
    bool m_attached = false;               // the player has m_playerDevice
    qint64 m_loadAtMs = -1;                // a load waits for its bytes, to play from here
    int m_retiredNestedWaits = 0;

    bool m_wantPlaying = true; // the viewer's choice; buffering does not change it
    qint64 m_seekMs = -1;      // a seek not made yet
    bool m_awaitingFrame = false;
    qint64 m_frameTargetMs = -1; // the seek the next frame answers; -1: any frame

    static constexpr int NoTrack = -2;
    int m_wantedAudio = NoTrack;
    QPointer<TorrentStreamDevice> m_trackFetch; // fetching what a track switch reads
    QTimer m_trackRetry;
};

} // namespace swarmplay
