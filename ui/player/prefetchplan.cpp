#include "prefetchplan.h"

#include <algorithm>

namespace swarmplay {

namespace {

// Past the target: nothing. The first picture needs the frames from the keyframe up to the
// target; what plays after it is read by the demuxer's own thread, which may wait. Fetching
// half a second more first held the picture back for blocks it did not need yet.
constexpr qint64 SeekAheadMs = 0;
// Without an index: the keyframe a seek lands on lies up to a few seconds before the target
// (encoders put one every 2 to 10 s), and the first packets after it follow.
constexpr qint64 EstimateBeforeMs = 4000;
constexpr qint64 EstimateAfterMs = 1000;

} // namespace

PrefetchPlan::PrefetchPlan(const ProbeRegion::Result &probe, qint64 fileSize)
    : m_load(probe.ranges)
    , m_index(probe.seekIndex)
    , m_fileSize(fileSize)
{}

PrefetchPlan::Ranges PrefetchPlan::seek(qint64 ms, qint64 durationMs) const
{
    if (m_index.isEmpty())
        return estimate(ms, durationMs);
    Ranges ranges;
    for (const SeekIndex::Span &s : m_index.spansFor(std::max<qint64>(ms, 0), SeekAheadMs))
        ranges.push_back({s.offset, s.length});
    return ranges;
}

PrefetchPlan::Ranges PrefetchPlan::estimate(qint64 ms, qint64 durationMs) const
{
    if (durationMs <= 0 || m_fileSize <= 0)
        return {};
    const double bytesPerMs = double(m_fileSize) / double(durationMs);
    const qint64 at = qint64(double(std::clamp<qint64>(ms, 0, durationMs)) * bytesPerMs);
    const qint64 from = std::max<qint64>(0, at - qint64(EstimateBeforeMs * bytesPerMs));
    const qint64 to = std::min(m_fileSize, at + qint64(EstimateAfterMs * bytesPerMs));
    if (to <= from)
        return {};
    return {{from, to - from}};
}

qint64 PrefetchPlan::bytes(const Ranges &ranges)
{
    qint64 total = 0;
    for (const ProbeRegion::Range &r : ranges)
        total += r.length;
    return total;
}

} // namespace swarmplay
