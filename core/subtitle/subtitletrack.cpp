#include "subtitletrack.h"

#include <algorithm>

namespace swarmplay {

SubtitleTrack::SubtitleTrack(QVector<Cue> cues)
    : m_cues(std::move(cues))
{
    std::stable_sort(m_cues.begin(), m_cues.end(),
                     [](const Cue &a, const Cue &b) { return a.startMs < b.startMs; });
    for (const Cue &c : std::as_const(m_cues))
        m_longestMs = std::max(m_longestMs, c.endMs - c.startMs);
}

QVector<int> SubtitleTrack::activeAt(qint64 ms) const
{
    // Cues are sorted by start: the first one starting after ms ends the search, and none
    // starting before ms - the longest cue can still show.
    const auto after = std::upper_bound(m_cues.cbegin(), m_cues.cend(), ms,
                                        [](qint64 t, const Cue &c) { return t < c.startMs; });
    QVector<int> active;
    for (auto it = after; it != m_cues.cbegin();) {
        --it;
        if (it->startMs < ms - m_longestMs)
            break;
        if (ms >= it->startMs && ms < it->endMs)
            active.prepend(int(it - m_cues.cbegin()));
    }
    return active;
}

QString SubtitleTrack::textAt(qint64 ms) const
{
    QStringList parts;
    for (const int i : activeAt(ms))
        parts << m_cues.at(i).text;
    return parts.join(QLatin1Char('\n'));
}

QString SubtitleTrack::htmlAt(qint64 ms) const
{
    QStringList parts;
    for (const int i : activeAt(ms))
        parts << m_cues.at(i).html;
    return parts.join(QLatin1String("<br>"));
}

} // namespace swarmplay
