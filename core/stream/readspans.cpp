#include "readspans.h"

#include <algorithm>

namespace swarmplay {

void ReadSpans::add(qint64 offset, qint64 length)
{
    if (length <= 0)
        return;
    QMutexLocker lock(&m_mutex);
    qint64 begin = offset;
    qint64 end = offset + length;
    // The first span that ends at or after begin, and the first that starts after end: all in
    // between touch the new one and merge with it.
    auto first = std::lower_bound(m_spans.begin(), m_spans.end(), begin,
                                  [](const ByteRange &s, qint64 at) { return s.end() < at; });
    auto last = std::upper_bound(first, m_spans.end(), end,
                                 [](qint64 at, const ByteRange &s) { return at < s.offset; });
    if (first != last) {
        begin = std::min(begin, first->offset);
        end = std::max(end, (last - 1)->end());
    }
    const auto at = m_spans.erase(first, last);
    m_spans.insert(at, ByteRange{begin, end - begin});
}

QVector<ByteRange> ReadSpans::spans() const
{
    QMutexLocker lock(&m_mutex);
    return m_spans;
}

void ReadSpans::clear()
{
    QMutexLocker lock(&m_mutex);
    m_spans.clear();
}

} // namespace swarmplay
