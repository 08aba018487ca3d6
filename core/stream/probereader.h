#pragma once

// Internal to ProbeRegion.

#include "probeformat.h"

namespace swarmplay::probe {

// The caller's read function, clipped to the file, serving what the first read already holds.
class Reader
{
public:
    Reader(qint64 size, const ProbeRegion::ReadFunction &read)
        : m_size(size)
        , m_read(read)
    {}

    qint64 size() const { return m_size; }
    const QByteArray &head() const { return m_head; }
    void loadHead(qint64 length) { m_head = fetch(0, qMin(length, m_size)); }

    // Exactly `length` bytes at `offset`, or false (past the end of the file, read failure).
    bool read(qint64 offset, qint64 length, QByteArray *out)
    {
        if (offset < 0 || length < 0 || length > m_size - offset)
            return false;
        if (offset + length <= m_head.size())
            *out = m_head.mid(offset, length);
        else
            *out = fetch(offset, length);
        return out->size() == length;
    }
    // Up to `length` bytes, fewer only at the end of the file.
    bool readUpTo(qint64 offset, qint64 length, QByteArray *out)
    {
        return offset >= 0 && offset < m_size && read(offset, qMin(length, m_size - offset), out);
    }

private:
    QByteArray fetch(qint64 offset, qint64 length)
    {
        QByteArray bytes = length > 0 ? m_read(offset, length) : QByteArray();
        if (bytes.size() > length)
            bytes.truncate(length);
        return bytes;
    }

    qint64 m_size;
    const ProbeRegion::ReadFunction &m_read;
    QByteArray m_head;
};

} // namespace swarmplay::probe
