#include "bitmapsubtitles.h"

#include <algorithm>
#include <cstring>

namespace swarmplay {

namespace {
// Longer than any subtitle stays up: an event that claims more is cut here.
constexpr qint64 kLongestMs = 60 * 1000;
} // namespace

void BitmapSubtitles::setCanvas(int width, int height)
{
    m_canvasWidth = width;
    m_canvasHeight = height;
}

void BitmapSubtitles::add(const SubtitleEvent &event)
{
    m_events[event.startMs] = event; // read again after a seek: the same
}

void BitmapSubtitles::forgetBefore(qint64 ms)
{
    auto it = m_events.lower_bound(ms);
    if (it == m_events.begin())
        return;
    m_events.erase(m_events.begin(), std::prev(it));
}

SubtitlePicture BitmapSubtitles::at(qint64 ms, qint64 *start) const
{
    SubtitlePicture p;
    if (start)
        *start = -1;
    auto it = m_events.upper_bound(ms);
    if (it == m_events.begin())
        return p;
    --it;
    const SubtitleEvent &e = it->second;
    const auto next = std::next(it);
    qint64 end = e.durationMs >= 0 ? e.startMs + e.durationMs : e.startMs + kLongestMs;
    if (next != m_events.end())
        end = std::min(end, next->first);
    if (ms >= end || e.pictures.isEmpty())
        return p;
    // The canvas the decoder saw for this event, else the one the track began with.
    const SubtitlePicture &first = e.pictures.first();
    const bool own = first.canvasWidth > 0 && first.canvasHeight > 0;
    const int canvasWidth = own ? first.canvasWidth : m_canvasWidth;
    const int canvasHeight = own ? first.canvasHeight : m_canvasHeight;
    if (canvasWidth <= 0 || canvasHeight <= 0)
        return p;
    int left = canvasWidth, top = canvasHeight, right = 0, bottom = 0;
    for (const SubtitlePicture &r : e.pictures) {
        left = std::min(left, std::max(0, r.x));
        top = std::min(top, std::max(0, r.y));
        right = std::max(right, std::min(canvasWidth, r.x + r.width));
        bottom = std::max(bottom, std::min(canvasHeight, r.y + r.height));
    }
    if (right <= left || bottom <= top)
        return p;
    if (start)
        *start = e.startMs;
    p.canvasWidth = canvasWidth;
    p.canvasHeight = canvasHeight;
    p.x = left;
    p.y = top;
    p.width = right - left;
    p.height = bottom - top;
    p.argb.fill('\0', qsizetype(p.width) * p.height * 4);
    auto *out = reinterpret_cast<quint32 *>(p.argb.data());
    for (const SubtitlePicture &r : e.pictures) {
        const auto *in = reinterpret_cast<const quint32 *>(r.argb.constData());
        const int x0 = std::max(r.x, left), x1 = std::min(r.x + r.width, right);
        for (int y = std::max(r.y, top); y < std::min(r.y + r.height, bottom); ++y) {
            if (x1 <= x0)
                break;
            std::memcpy(out + qsizetype(y - top) * p.width + (x0 - left),
                        in + qsizetype(y - r.y) * r.width + (x0 - r.x), std::size_t(x1 - x0) * 4);
        }
    }
    return p;
}

} // namespace swarmplay
