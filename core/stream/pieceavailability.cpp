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
    // The end of a torrent's first check or a resume leaves the files as they are, so blocks
    // written to pieces still unverified stay readable (a recheck forgets them before it
    // starts); only the pieces now verified are done with them.
    for (auto it = m_written.begin(); it != m_written.end();) {
        if (it.key() < have.size() && !have.testBit(it.key())) {
            ++it;
            continue;
        }
        m_unverifiedRead.remove(it.key());
        it = m_written.erase(it);
    }
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
    m_written.remove(piece);
    m_unverifiedRead.remove(piece);
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

void PieceAvailability::setWritten(int piece, int offset, int length)
{
    if (offset < 0 || length <= 0)
        return;
    QMutexLocker lock(&m_mutex);
    if (piece < 0 || piece >= m_have.size() || m_have.testBit(piece))
        return;
    QBitArray &blocks = m_written[piece];
    const int first = offset / BlockSize;
    const int last = (offset + length - 1) / BlockSize;
    if (blocks.size() <= last)
        blocks.resize(last + 1);
    blocks.fill(true, first, last + 1);
    m_changed.wakeAll();
    const auto fired = takeWatchers(false);
    lock.unlock();
    run(fired);
}

qint64 PieceAvailability::writtenFrom(int piece, int offset) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_written.constFind(piece);
    if (offset < 0 || it == m_written.cend())
        return 0;
    const QBitArray &blocks = *it;
    int b = offset / BlockSize;
    while (b < blocks.size() && blocks.testBit(b))
        ++b;
    return std::max<qint64>(0, qint64(b) * BlockSize - offset);
}

void PieceAvailability::countUnverifiedRead(int piece, qint64 bytes)
{
    QMutexLocker lock(&m_mutex);
    if (bytes > 0 && piece >= 0 && piece < m_have.size() && !haveLocked(piece))
        m_unverifiedRead[piece] += bytes;
}

qint64 PieceAvailability::dropWritten(int piece)
{
    QMutexLocker lock(&m_mutex);
    m_written.remove(piece);
    const qint64 read = m_unverifiedRead.take(piece);
    m_failedRead += read;
    return read;
}

void PieceAvailability::forgetWritten()
{
    QMutexLocker lock(&m_mutex);
    m_written.clear();
    m_unverifiedRead.clear();
}

qint64 PieceAvailability::failedReadBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_failedRead;
}

bool PieceAvailability::haveLocked(int piece) const
{
    return piece >= 0 && piece < m_have.size() && m_have.testBit(piece);
}

bool PieceAvailability::arrivedLocked(int piece, int block) const
{
    if (haveLocked(piece))
        return true;
    if (block < 0)
        return false;
    const auto it = m_written.constFind(piece);
    return it != m_written.cend() && block < it->size() && it->testBit(block);
}

bool PieceAvailability::hasBlock(int piece, int block) const
{
    QMutexLocker lock(&m_mutex);
    return arrivedLocked(piece, block);
}

bool PieceAvailability::has(int piece) const
{
    QMutexLocker lock(&m_mutex);
    return haveLocked(piece);
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

void PieceAvailability::setSources(const QHash<int, int> &peersPerPiece)
{
    const QMutexLocker lock(&m_mutex);
    m_sources = peersPerPiece;
}

int PieceAvailability::sources(int piece) const
{
    const QMutexLocker lock(&m_mutex);
    return m_sources.value(piece, -1);
}

PieceAvailability::WaitResult PieceAvailability::wait(int piece, const std::atomic<bool> *abort,
                                                      int timeoutMs, int block) const
{
    QDeadlineTimer deadline =
        timeoutMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(timeoutMs);
    QMutexLocker lock(&m_mutex);
    for (;;) {
        if (abort && abort->load())
            return WaitResult::Aborted;
        if (arrivedLocked(piece, block))
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

quint64 PieceAvailability::watch(int piece, std::function<void()> callback, int block) const
{
    QMutexLocker lock(&m_mutex);
    if (m_closed || arrivedLocked(piece, block)) {
        lock.unlock();
        callback();
        return 0;
    }
    const quint64 id = m_nextWatchId++;
    m_watchers.push_back({id, piece, block, std::move(callback)});
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
        if (all || arrivedLocked(it->piece, it->block)) {
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
