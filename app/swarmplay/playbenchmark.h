#pragma once

#include <memory>

#include <QBitArray>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QTemporaryDir>
#include <QTimer>

#include "model/torrentid.h"
#include "session/sessionsettings.h"

namespace swarmplay {

class FrameGrab;
class MainWindow;
class PieceAvailability;
class Session;
class StreamServer;

// `swarmplay --benchmark-play SOURCE`: opens SOURCE in a real MainWindow (offscreen) on a
// session with fresh state, exactly as a user's double-click would, and times what the viewer
// sees: metadata, the probe region downloaded, the first frame in the player's QVideoSink, the
// optional seek's first frame, every rebuffer (the player's buffering overlay) while it plays
// for a while, then the process's CPU use while paused, and how often a read on the GUI thread
// had to wait in a local event loop. The figures go out as one JSON object; the harness computes
// physical limits from the pieces it reports.
class PlayBenchmark : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString source;
        double seekFraction = -1.0; // < 0: no seek
        int playSeconds = 10;       // after the first frame (after the seek's, when seeking)
        int pausedSeconds = 5;      // paused at the end, to measure idle CPU
        int timeoutSeconds = 120;   // for each wait
        QString bindAddress;        // empty: any
        int subtitleTrack = -1;     // the N-th subtitle track inside the file, shown from the start
        qint64 grabAtMs = -1;       // a picture with its overlays at this time, before the pause
        QString grabFile;
    };

    explicit PlayBenchmark(const Options &options, QObject *parent = nullptr);
    ~PlayBenchmark() override;

    // Starts; finished() follows (also on failure, with "error" in the result).
    void start();
    QJsonObject result() const { return m_result; }

signals:
    void finished(int exitCode);

private:
    enum class Phase
    {
        Starting,
        FirstFrame,
        Settling, // playing a moment before the seek
        Seeking,
        Playing,
        Paused,
        Done,
    };

    SessionSettings sessionSettings() const;
    void watchWindow();
    void onPhaseTimer();
    void poll();
    void samplePeers(const TorrentId &id);
    void onFirstFrame();
    void onBuffering(bool waiting);
    void onFrameWhilePlaying();
    void beginSeek();
    void beginPlaying();
    void beginPause();
    void finish(const QString &error);
    double seconds() const { return double(m_clock.nsecsElapsed()) / 1e9; }
    void mark(const char *key);

    Options m_options;
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<StreamServer> m_server;
    std::unique_ptr<MainWindow> m_window;
    QElapsedTimer m_clock;
    QTimer m_poll;
    QTimer m_phaseTimer;
    Phase m_phase = Phase::Starting;
    qint64 m_phaseStartedMs = 0;
    QJsonObject m_result;
    QJsonArray m_peerTimes;
    QJsonArray m_peerTimeline;
    QBitArray m_haveAtSeek;
    QJsonArray m_afterSeek;
    qint64 m_lastPeerSampleMs = -1;
    QJsonObject m_pieceTimes; // the torrent's first pieces: when each was verified
    std::shared_ptr<const PieceAvailability> m_have;

    bool m_buffering = false;
    double m_bufferingSince = 0;
    int m_rebuffers = 0;
    double m_stallSeconds = 0;
    // The picture itself: a gap between two frames longer than FrozenGapS while playing is a
    // freeze the viewer sees, whatever the overlay said (the demuxer reads ahead, so the device
    // can wait while frames still come from the decoders' queues).
    static constexpr double FrozenGapS = 0.25;
    double m_lastFrameAt = -1;
    int m_freezes = 0;
    double m_frozenSeconds = 0;
    double m_longestFreeze = 0;
    QJsonArray m_freezeTimes; // [when it began, how long], the first 40
    qint64 m_seekTargetMs = -1;
    double m_seekStarted = 0;
    double m_cpuAtPause = 0;
    double m_cpuAtPlay = -1;
    double m_playStarted = 0;
    FrameGrab *m_grab = nullptr;
    bool m_grabbed = false;
    double m_pauseStarted = 0;
};

} // namespace swarmplay
