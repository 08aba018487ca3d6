#pragma once

// Internal to ProbeRegion.

#include <algorithm>

#include "probeformat.h"

namespace swarmplay::probe {

// The byte ranges a walk found, clipped to the file, merged when asked.
class RangeSet
{
public:
    explicit RangeSet(qint64 fileSize)
        : m_size(fileSize)
    {}

    // Clipped to the file; offsets and lengths may come from corrupt fields, so nothing here
    // may overflow.
    void add(qint64 offset, qint64 length)
    {
        if (length <= 0 || offset >= m_size || offset < -m_size)
            return;
        const qint64 begin = qMax<qint64>(0, offset);
        const qint64 end = length >= m_size - offset ? m_size : offset + length;
        if (end > begin)
            m_ranges.append({begin, end - begin});
    }

    QVector<Range> merged() const
    {
        QVector<Range> sorted = m_ranges;
        std::sort(sorted.begin(), sorted.end(),
                  [](const Range &a, const Range &b) { return a.offset < b.offset; });
        QVector<Range> out;
        for (const Range &r : sorted) {
            if (!out.isEmpty() && r.offset <= out.last().end())
                out.last().length = qMax(out.last().end(), r.end()) - out.last().offset;
            else
                out.append(r);
        }
        return out;
    }

private:
    qint64 m_size;
    QVector<Range> m_ranges;
};

} // namespace swarmplay::probe
