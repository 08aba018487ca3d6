#pragma once

#include <QMutex>
#include <QVector>

#include "byterange.h"

namespace swarmplay {

// The parts of a file a reader has read, each byte counted once: what a demuxer needed before
// its first frame, for a benchmark to set against the time the swarm took to deliver that much.
// Thread-safe; adjacent and overlapping reads merge, so a sequential reader keeps one span.
class ReadSpans
{
public:
    void add(qint64 offset, qint64 length);
    QVector<ByteRange> spans() const;
    void clear();

private:
    mutable QMutex m_mutex;
    QVector<ByteRange> m_spans; // sorted, disjoint, not touching
};

} // namespace swarmplay
