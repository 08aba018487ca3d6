#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

#include <QObject>
#include <QVector>

#include "subtitleevent.h"

namespace swarmplay {

class ByteReader;
class SubtitleDemuxer;
class SubtitleDrawer;

// The subtitle tracks inside one media file. A SubtitleDemuxer reads the chosen track on a
// thread of its own — waiting for bytes, never fetching them: give it a reader with the
// Follower role — and hands its events to a SubtitleDrawer, which must outlive this object.
// The player says where playback jumped (seek), so the demuxer follows. Lives on the thread
// that made it; its signals come there.
class EmbeddedSubtitles : public QObject
{
    Q_OBJECT

public:
    EmbeddedSubtitles(std::unique_ptr<ByteReader> reader, SubtitleDrawer *drawer,
                      QObject *parent = nullptr);
    ~EmbeddedSubtitles() override;

    // Reads the container's head (opened or openFailed follows).
    void start();
    const QVector<EmbeddedTrack> &tracks() const { return m_tracks; }
    // Draws one of tracks() (its stream) from the position of the last seek; -1 stops reading.
    void choose(int stream);
    int chosen() const { return m_chosen; }
    // Playback jumped to ms: the demuxer goes there.
    void seek(qint64 ms);

signals:
    // The file's attached fonts have been given to the drawer.
    void opened(const QVector<swarmplay::EmbeddedTrack> &tracks);
    void openFailed(const QString &reason);
    // The chosen track cannot be shown (any more): the video plays on without it.
    void trackFailed(int stream, const QString &reason);

private:
    struct Command
    {
        bool open = false;
        bool choose = false;
        int stream = -1;
        bool seek = false;
        qint64 seekMs = 0;
    };

    void demuxLoop();
    bool open();
    void select(int stream);
    void readOnce(bool *reading);
    void post(const Command &c);
    void failTrack(int stream, const QString &reason);

    std::unique_ptr<SubtitleDemuxer> m_demuxer;
    SubtitleDrawer *const m_drawer;
    std::thread m_thread;

    std::mutex m_mutex; // guards the command and m_stop
    std::condition_variable m_wake;
    Command m_command;
    bool m_hasCommand = false;
    bool m_stop = false;

    int m_generation = -1; // the drawer's, for the chosen track: the demux thread's own

    QVector<EmbeddedTrack> m_tracks; // the owner's copy
    int m_chosen = -1;
};

} // namespace swarmplay

Q_DECLARE_METATYPE(swarmplay::EmbeddedTrack)
