#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

#include <QObject>
#include <QVector>

#include "subtitleevent.h"

class QThread;

namespace swarmplay {

class AssRenderer;
class BitmapSubtitles;
class ByteReader;
class SubtitleDemuxer;

// The subtitles inside a media file, drawn by Swarmplay: a SubtitleDemuxer reads the chosen
// track on a thread of its own (waiting, never fetching: give it a reader with the Follower
// role), and a second thread draws what is due with libass or as bitmaps. The player tells it
// where playback is (seek) and asks for the picture of each frame it shows; answers come as
// pictureReady, only when the picture changed. Every method is for the thread it lives on.
class EmbeddedSubtitles : public QObject
{
    Q_OBJECT

public:
    explicit EmbeddedSubtitles(std::unique_ptr<ByteReader> reader, QObject *parent = nullptr);
    ~EmbeddedSubtitles() override;

    // Reads the container's head (opened or openFailed follows).
    void start();
    const QVector<EmbeddedTrack> &tracks() const { return m_tracks; }
    // Shows one of tracks() (its stream), or none with -1.
    void choose(int stream);
    int chosen() const { return m_chosen; }
    // Playback jumped to ms: the demuxer goes there.
    void seek(qint64 ms);
    // The picture due at ms for a video picture of frameWidth × frameHeight device pixels.
    // Requests pile up into the latest.
    void requestPicture(qint64 ms, int frameWidth, int frameHeight);

    // For tests and logs: events held by the chosen track's renderer.
    int eventCount() const;

signals:
    void opened(const QVector<EmbeddedTrack> &tracks);
    void openFailed(const QString &reason);
    // The chosen track cannot be shown (on): the video plays on without it.
    void trackFailed(int stream, const QString &reason);
    void pictureReady(qint64 ms, const swarmplay::SubtitlePicture &picture);

private:
    struct Command
    {
        bool open = false;
        bool choose = false;
        int stream = -1;
        bool seek = false;
        qint64 seekMs = 0;
    };
    struct Request
    {
        qint64 ms = 0;
        int width = 0;
        int height = 0;
    };

    void demuxLoop();
    bool applyCommand(const Command &c);
    void readPackets();
    void renderPending();
    void post(const Command &c);

    std::unique_ptr<SubtitleDemuxer> m_demuxer;
    std::unique_ptr<AssRenderer> m_ass;
    std::unique_ptr<BitmapSubtitles> m_bitmaps;
    QThread *m_renderThread = nullptr;
    QObject *m_renderContext = nullptr; // lives on m_renderThread
    std::thread m_demuxThread;

    std::mutex m_mutex; // guards m_command, m_stop, m_request, m_renderScheduled
    std::condition_variable m_wake;
    Command m_command;
    bool m_hasCommand = false;
    bool m_stop = false;
    Request m_request;
    bool m_hasRequest = false;
    bool m_renderScheduled = false;

    mutable std::mutex m_drawMutex; // guards the renderers and what follows between the threads
    bool m_bitmapTrack = false;
    bool m_trackReady = false;
    qint64 m_shownKey = -2; // what the last picture showed: a bitmap event's start, -1 nothing

    int m_shownWidth = 0; // of the last picture: used on the render thread alone
    int m_shownHeight = 0;

    QVector<EmbeddedTrack> m_tracks; // the owner's copy
    int m_chosen = -1;
};

} // namespace swarmplay

Q_DECLARE_METATYPE(swarmplay::SubtitlePicture)
