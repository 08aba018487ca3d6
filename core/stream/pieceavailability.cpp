#include "pieceavailability.h"

#include <algorithm>

#include <QDeadlineTimer>
#include <QElapsedTimer>

namespace swarmplay {

qint64 PieceAvailability::nowMs()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

PieceAvailability::PieceAvailability(int pieceCount)
    : m_have(pieceCount)
    , m_haveSince(pieceCount, 0)
{}

void PieceAvailability::reset(const QBitArray &have)
{
    QMutexLocker lock(&m_mutex);
    // Pieces already known keep their time; new ones count as just arrived.
    const qint64 now = nowMs();
    QVector<qint64> since(have.size(), 0);
    for (int p = 0; p < have.size(); ++p) {
        const bool known = p < m_have.size() && m_have.testBit(p);
        since[p] = known ? m_haveSince.value(p) : (have.testBit(p) ? now : 0);
    }
    m_have = have;
    m_haveSince = since;
    m_haveCount = have.count(true);
    m_changed.wakeAll();
    const auto fired = takeWatchers(false);
    lock.unlock();
    run(fired);
}

void PieceAvailability::setHave(int piece)
{
    QMutexLocker lock(&m_mutex);
    if (piece < 0 || piece >= m_have.size() || m_have.testBit(piece))
        return;
    m_have.setBit(piece);
    m_haveSince[piece] = nowMs();
    ++m_haveCount;
    m_changed.wakeAll();
    const auto fired = takeWatchers(false);
    lock.unlock();
    run(fired);
}

void PieceAvailability::setMissing(int piece)
{
    QMutexLocker lock(&m_mutex);
    if (piece < 0 || piece >= m_have.size() || !m_have.testBit(piece))
        return;
    m_have.clearBit(piece);
    --m_haveCount;
}

bool PieceAvailability::has(int piece) const
{
    QMutexLocker lock(&m_mutex);
    return piece >= 0 && piece < m_have.size() && m_have.testBit(piece);
}

bool PieceAvailability::hasRange(int first, int last) const
{
    QMutexLocker lock(&m_mutex);
    if (first < 0 || last >= m_have.size())
        return false;
    for (int p = first; p <= last; ++p) {
        if (!m_have.testBit(p))
            return false;
    }
    return true;
}

int PieceAvailability::firstMissing(int first, int last) const
{
    QMutexLocker lock(&m_mutex);
    const int end = std::min(last, int(m_have.size()) - 1);
    int p = std::max(first, 0);
    while (p <= end && m_have.testBit(p))
        ++p;
    return p > end ? last + 1 : p;
}

qint64 PieceAvailability::haveSince(int piece) const
{
    QMutexLocker lock(&m_mutex);
    return m_haveSince.value(piece);
}

int PieceAvailability::pieceCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_have.size();
}

int PieceAvailability::haveCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_haveCount;
}

QBitArray PieceAvailability::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    return m_have;
}

PieceAvailability::WaitResult PieceAvailability::wait(int piece, const std::atomic<bool> *abort,
                                                      int timeoutMs) const
{
    QDeadlineTimer deadline =
        timeoutMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(timeoutMs);
    QMutexLocker lock(&m_mutex);
    for (;;) {
        if (abort && abort->load())
            return WaitResult::Aborted;
        if (piece >= 0 && piece < m_have.size() && m_have.testBit(piece))
            return WaitResult::Ready;
        if (m_closed)
            return WaitResult::Closed;
        if (deadline.hasExpired())
            return WaitResult::TimedOut;
        m_changed.wait(&m_mutex, deadline);
    }
}

void PieceAvailability::wakeAll() const
{
    QMutexLocker lock(&m_mutex);
    m_changed.wakeAll();
    const auto fired = takeWatchers(true);
    lock.unlock();
    run(fired);
}

void PieceAvailability::close()
{
    QMutexLocker lock(&m_mutex);
    m_closed = true;
    m_changed.wakeAll();
    const auto fired = takeWatchers(true);
    lock.unlock();
    run(fired);
}

bool PieceAvailability::isClosed() const
{
    QMutexLocker lock(&m_mutex);
    return m_closed;
}

quint64 PieceAvailability::watch(int piece, std::function<void()> callback) const
{
    QMutexLocker lock(&m_mutex);
    if (m_closed || (piece >= 0 && piece < m_have.size() && m_have.testBit(piece))) {
        lock.unlock();
        callback();
        return 0;
    }
    const quint64 id = m_nextWatchId++;
    m_watchers.push_back({id, piece, std::move(callback)});
    return id;
}

void PieceAvailability::unwatch(quint64 id) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = std::find_if(m_watchers.begin(), m_watchers.end(),
                                 [id](const Watcher &w) { return w.id == id; });
    if (it != m_watchers.end())
        m_watchers.erase(it);
}

std::vector<std::function<void()>> PieceAvailability::takeWatchers(bool all) const
{
    std::vector<std::function<void()>> fired;
    for (auto it = m_watchers.begin(); it != m_watchers.end();) {
        const bool there = it->piece >= 0 && it->piece < m_have.size() && m_have.testBit(it->piece);
        if (all || there) {
            fired.push_back(std::move(it->callback));
            it = m_watchers.erase(it);
        } else {
            ++it;
        }
    }
    return fired;
}

void PieceAvailability::run(const std::vector<std::function<void()>> &callbacks)
{
    for (const auto &callback : callbacks)
        callback();
}

} // namespace swarmplay
