#pragma once

// A media file whose bytes have all arrived, for fuzz targets that read through a ByteReader:
// no read ever waits, so a target spends its time in the parser and not in a timeout.

#include <algorithm>
#include <cstring>

#include <QByteArray>

#include "stream/bytereader.h"

namespace swarmplay::fuzz {

class MemoryReader : public ByteReader
{
public:
    explicit MemoryReader(QByteArray data)
        : m_data(std::move(data))
    {}

    qint64 size() const override { return m_data.size(); }
    qint64 read(qint64 offset, char *data, qint64 maxSize, int, Status *status) override
    {
        if (m_aborted) {
            *status = Status::Aborted;
            return -1;
        }
        if (offset < 0 || offset >= m_data.size())
            return 0;
        const qint64 n = std::min(maxSize, m_data.size() - offset);
        std::memcpy(data, m_data.constData() + offset, size_t(n));
        return n;
    }
    void expect(qint64, qint64) override {}
    void abort() override { m_aborted = true; }
    qint64 readyAt(qint64 offset) const override
    {
        return offset >= 0 && offset < m_data.size() ? m_data.size() - offset : 0;
    }
    void notifyWhenReady(qint64, std::function<void()> callback) override { callback(); }

private:
    QByteArray m_data;
    bool m_aborted = false;
};

} // namespace swarmplay::fuzz
