#pragma once

#include <QVector>

#include "stream/proberegion.h"
#include "stream/seekindex.h"

namespace swarmplay {

// The bytes Qt 6.4's FFmpeg backend reads on the calling thread inside a call into QMediaPlayer,
// so that they can be fetched before the call: loading reads the probe region, and a seek to t
// reads the packets from the keyframe before t, which the container's seek index locates.
// Without one (an MPEG-TS has none) a seek's bytes are estimated from t's share of the duration;
// a read the estimate misses waits in PlayerDevice's fallback.
class PrefetchPlan
{
public:
    using Ranges = QVector<ProbeRegion::Range>;

    PrefetchPlan() = default;
    PrefetchPlan(const ProbeRegion::Result &probe, qint64 fileSize);

    Ranges load() const { return m_load; }
    // What a seek to ms reads before it returns, and the frames up to ms that the first picture
    // after it needs. durationMs: the player's, once it knows one.
    Ranges seek(qint64 ms, qint64 durationMs) const;

    static qint64 bytes(const Ranges &ranges);

private:
    Ranges estimate(qint64 ms, qint64 durationMs) const;

    Ranges m_load;
    SeekIndex m_index;
    qint64 m_fileSize = 0;
};

} // namespace swarmplay
