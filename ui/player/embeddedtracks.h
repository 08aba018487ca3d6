#pragma once

#include <memory>

#include <QObject>
#include <QVector>

#include "model/torrentid.h"
#include "subtitle/subtitleevent.h"

namespace swarmplay {

class EmbeddedSubtitles;
class Session;
class SubtitleDrawer;

// The subtitle tracks inside the file the player plays. Its container's head is read by a
// reader that follows playback (it waits for what the player fetches and fetches nothing), the
// chosen track is read from where playback is, and a jump in the frames' times (a seek, from
// whatever caused it) moves the reading there.
class EmbeddedTracks : public QObject
{
    Q_OBJECT

public:
    explicit EmbeddedTracks(SubtitleDrawer *drawer, QObject *parent = nullptr);
    ~EmbeddedTracks() override;

    // Starts reading the head of file `fileIndex`; what was open closes.
    void open(Session *session, const TorrentId &id, int fileIndex);
    void close();
    // The head has been read (or could not be): the tracks are all there are.
    bool isKnown() const { return m_known; }
    const QVector<EmbeddedTrack> &tracks() const { return m_tracks; }
    // Draws the track of that stream from positionMs on; -1 stops.
    void show(int stream, qint64 positionMs);
    int shown() const { return m_shown; }
    // The time of a frame on screen: a jump from the last one is a seek.
    void followFrame(qint64 ms);

signals:
    void tracksKnown();
    // The track cannot be shown; the reason is in English from the demuxer or libavcodec.
    void trackFailed(int stream, const QString &reason);

private:
    SubtitleDrawer *m_drawer;
    std::unique_ptr<EmbeddedSubtitles> m_subtitles;
    QVector<EmbeddedTrack> m_tracks;
    bool m_known = false;
    int m_shown = -1;
    qint64 m_lastFrameMs = -1;
};

} // namespace swarmplay
