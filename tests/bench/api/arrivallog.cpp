#include "arrivallog.h"

#include <algorithm>
#include <chrono>

namespace swarmplay::bench {

namespace {

QString hitKey(const QByteArray &type, const QString &key)
{
    return QString::fromLatin1(type) + QLatin1Char(' ') + key;
}

bool stateMatches(const QString &wanted, const QString &state)
{
    if (wanted.startsWith(QLatin1Char('!')))
        return state != wanted.mid(1);
    return wanted.isEmpty() || state == wanted;
}

} // namespace

void ArrivalLog::record(int subscriber, const QByteArray &type, const QString &key,
                        const QString &state, double ms)
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        ++m_events;
        if (!key.isEmpty())
            m_hits[hitKey(type, key)].push_back({state, ms, subscriber});
    }
    m_changed.notify_all();
}

void ArrivalLog::snapshotIn(int subscriber, qint64 bytes)
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_snapshots.insert(subscriber);
        m_largestSnapshot = std::max(m_largestSnapshot, bytes);
    }
    m_changed.notify_all();
}

void ArrivalLog::subscriberGone(int subscriber, const QString &why)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_gone << QStringLiteral("subscriber %1: %2").arg(subscriber).arg(why);
}

void ArrivalLog::clear()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_hits.clear();
    m_snapshots.clear();
    m_largestSnapshot = 0;
    m_events = 0;
    m_gone.clear();
}

ArrivalLog::Spread ArrivalLog::spreadLocked(const QString &key, const QString &state,
                                            double afterMs) const
{
    Spread spread;
    QSet<int> seen;
    const auto it = m_hits.constFind(key);
    if (it == m_hits.cend())
        return spread;
    for (const Hit &hit : *it) {
        if (hit.ms < afterMs || !stateMatches(state, hit.state) || seen.contains(hit.subscriber))
            continue;
        seen.insert(hit.subscriber);
        spread.firstMs = seen.size() == 1 ? hit.ms : std::min(spread.firstMs, hit.ms);
        spread.lastMs = std::max(spread.lastMs, hit.ms);
    }
    spread.subscribers = int(seen.size());
    return spread;
}

ArrivalLog::Spread ArrivalLog::waitAll(const QByteArray &type, const QString &key,
                                       const QString &state, double afterMs, int expected,
                                       int timeoutMs) const
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    const QString k = hitKey(type, key);
    std::unique_lock<std::mutex> lock(m_mutex);
    Spread spread = spreadLocked(k, state, afterMs);
    while (spread.subscribers < expected &&
           m_changed.wait_until(lock, deadline) != std::cv_status::timeout)
        spread = spreadLocked(k, state, afterMs);
    return spreadLocked(k, state, afterMs);
}

bool ArrivalLog::waitSnapshots(int expected, int timeoutMs) const
{
    std::unique_lock<std::mutex> lock(m_mutex);
    return m_changed.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                              [&] { return m_snapshots.size() >= expected; });
}

int ArrivalLog::snapshots() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return int(m_snapshots.size());
}

qint64 ArrivalLog::largestSnapshotBytes() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_largestSnapshot;
}

qint64 ArrivalLog::events() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_events;
}

QStringList ArrivalLog::gone() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_gone;
}

} // namespace swarmplay::bench
