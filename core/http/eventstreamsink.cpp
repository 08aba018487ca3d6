#include "eventstreamsink.h"

namespace swarmplay {

EventStreamSink::EventStreamSink(qint64 queueLimitBytes, const QByteArray &farewell,
                                 std::function<bool()> wake)
    : m_limit(queueLimitBytes)
    , m_farewell(farewell)
    , m_wake(std::move(wake))
{}

bool EventStreamSink::push(const QByteArray &bytes)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    if (!m_open)
        return false;
    if (bytes.isEmpty())
        return true;
    if (m_unwritten + bytes.size() > m_limit) {
        m_open = false;
        m_overflowed = true;
        m_pending.clear();
        lock.unlock();
        m_wake();
        return false;
    }
    m_pending += bytes;
    m_unwritten += bytes.size();
    const bool wake = !m_wakePending;
    m_wakePending = true;
    lock.unlock();
    if (wake && !m_wake()) {
        markClosed();
        return false;
    }
    return true;
}

void EventStreamSink::close()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (!m_open)
            return;
        m_open = false;
        m_ending = true;
    }
    m_wake();
}

bool EventStreamSink::isOpen() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_open;
}

EventStreamSink::Batch EventStreamSink::take()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_wakePending = false;
    Batch batch;
    batch.bytes.swap(m_pending);
    batch.overflowed = m_overflowed;
    batch.ending = m_ending;
    return batch;
}

void EventStreamSink::written(qint64 bytes)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_unwritten = std::max<qint64>(0, m_unwritten - bytes);
}

bool EventStreamSink::hasOverflowed() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_overflowed;
}

void EventStreamSink::markClosed()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_open = false;
    m_pending.clear();
}

} // namespace swarmplay
