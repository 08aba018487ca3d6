#pragma once

// Internal to swarmplay_core (libass).

#include <QByteArray>
#include <QSet>
#include <QString>

#include "subtitleevent.h"

struct ass_library;
struct ass_renderer;
struct ass_track;

namespace swarmplay {

// Draws one ASS track with libass: the script's head, its events as they are demuxed, the
// file's attached fonts and the system's (fontconfig) as fallback. Not thread-safe; start() can
// take seconds the first time (fontconfig builds its cache), so it runs off the GUI thread.
class AssRenderer
{
public:
    AssRenderer();
    ~AssRenderer();
    AssRenderer(const AssRenderer &) = delete;
    AssRenderer &operator=(const AssRenderer &) = delete;

    // Sets up libass and the system's fonts; false when libass cannot start.
    bool start();
    bool isStarted() const { return m_renderer != nullptr; }
    // A font attached to the media file; may come before or after start().
    void addFont(const SubtitleFont &font);
    // A new track: its head ([Script Info], [V4+ Styles]); every event is dropped. The size
    // the script's coordinates refer to is the video's (or PlayResX/Y when the head has them).
    void setTrack(const QByteArray &header, int videoWidth, int videoHeight);
    bool hasTrack() const { return m_track != nullptr; }
    // An event of the track; one seen before (read again after a seek) is ignored.
    void addEvent(const SubtitleEvent &event);
    // What shows at ms in a frame of frameWidth × frameHeight device pixels (the picture's
    // size on screen). *changed says whether it differs from the last picture rendered.
    SubtitlePicture render(qint64 ms, int frameWidth, int frameHeight, bool *changed = nullptr);
    // Text larger or smaller than the script says.
    void setScale(double scale);
    // The events the track holds.
    int eventCount() const;

private:
    ass_library *m_library = nullptr;
    ass_renderer *m_renderer = nullptr;
    ass_track *m_track = nullptr;
    int m_videoWidth = 0;
    int m_videoHeight = 0;
    double m_scale = 1.0;
    QSet<QByteArray> m_seen; // start and text of each event added
};

} // namespace swarmplay
