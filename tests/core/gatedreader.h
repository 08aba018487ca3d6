#pragma once

// A media file's bytes for the subtitle demuxer's tests, of which only those before a gate
// have "arrived": a read past it waits, as a read of a piece still on its way does. A read
// limit stands for how far the viewers have read (see ByteReader::readLimit()).

#include <algorithm>
#include <atomic>
#include <cstring>

#include <QByteArray>
#include <QDeadlineTimer>
#include <QMutex>
#include <QWaitCondition>

#include "stream/bytereader.h"

namespace swarmplay::test {

class GatedReader : public ByteReader
{
public:
    explicit GatedReader(QByteArray data)
        : m_data(std::move(data))
        , m_gate(m_data.size())
    {}

    void setGate(qint64 gate)
    {
        QMutexLocker lock(&m_mutex);
        m_gate = gate;
        m_changed.wakeAll();
    }
    void setReadLimit(qint64 limit) { m_limit = limit; }
    qint64 furthestRead() const
    {
        QMutexLocker lock(&m_mutex);
        return m_furthest;
    }

    qint64 size() const override { return m_data.size(); }
    qint64 read(qint64 offset, char *data, qint64 maxSize, int timeoutMs, Status *status) override
    {
        QMutexLocker lock(&m_mutex);
        if (offset >= m_data.size())
            return 0;
        if (offset >= m_gate && !m_changed.wait(&m_mutex, QDeadlineTimer(timeoutMs))) {
            *status = Status::TimedOut;
            return -1;
        }
        if (offset >= m_gate) {
            *status = Status::TimedOut;
            return -1;
        }
        const qint64 n = std::min(maxSize, m_gate - offset);
        std::memcpy(data, m_data.constData() + offset, size_t(n));
        m_furthest = std::max(m_furthest, offset + n);
        return n;
    }
    void expect(qint64, qint64) override {}
    void abort() override {}
    qint64 readyAt(qint64 offset) const override
    {
        QMutexLocker lock(&m_mutex);
        return std::max<qint64>(0, m_gate - offset);
    }
    void notifyWhenReady(qint64, std::function<void()> callback) override { callback(); }
    qint64 readLimit() const override { return m_limit; }

private:
    const QByteArray m_data;
    mutable QMutex m_mutex;
    QWaitCondition m_changed;
    qint64 m_gate;
    qint64 m_furthest = 0;
    std::atomic<qint64> m_limit{-1};
};

} // namespace swarmplay::test
