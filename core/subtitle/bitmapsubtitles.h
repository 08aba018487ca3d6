#pragma once

#include <map>

#include "subtitleevent.h"

namespace swarmplay {

// The events of a bitmap track (PGS, VobSub, DVB) by start time, and the picture due at a
// moment. An event without a length lasts until the next one; one without pictures clears.
class BitmapSubtitles
{
public:
    // The canvas of pictures that do not say their own (the video's size, or the track's head).
    void setCanvas(int width, int height);
    void add(const SubtitleEvent &event);
    void clear() { m_events.clear(); }
    // Drops the events that began before ms, but the last of them (it may still show). Each
    // holds its pictures decoded: a film's worth would take hundreds of megabytes, and after a
    // seek back the demuxer reads them again.
    void forgetBefore(qint64 ms);
    int eventCount() const { return int(m_events.size()); }
    // The event's pictures due at ms, put together on their canvas; *start is that event's
    // start (-1 when nothing is due).
    SubtitlePicture at(qint64 ms, qint64 *start = nullptr) const;

private:
    std::map<qint64, SubtitleEvent> m_events; // by start
    int m_canvasWidth = 0;
    int m_canvasHeight = 0;
};

} // namespace swarmplay
