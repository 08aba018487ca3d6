#pragma once

// A StreamSource of deterministic in-memory files for the loopback server's tests, with a gate
// that plays "still downloading": bytes at or past it are not there yet.

#include <atomic>
#include <cstring>
#include <functional>
#include <limits>
#include <vector>

#include <QDeadlineTimer>
#include <QMutex>
#include <QVector>
#include <QWaitCondition>

#include "stream/streamsource.h"

namespace swarmplay::test {

inline const QString kKey = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
inline const QString kOtherKey = QStringLiteral("89abcdef0123456789abcdef0123456789abcdef");
constexpr qint64 kMovieSize = 3 * 1024 * 1024 + 123;
constexpr qint64 kOpen = std::numeric_limits<qint64>::max();

inline QByteArray makeBytes(qint64 size, int seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 x = 0x9e3779b9u * quint32(seed + 1);
    for (qint64 i = 0; i < size; ++i) {
        x = x * 1664525u + 1013904223u;
        bytes[i] = char(x >> 24);
    }
    return bytes;
}

class FakeSource;

class FakeReader : public ByteReader
{
public:
    FakeReader(FakeSource *source, const QByteArray &data);
    ~FakeReader() override;
    qint64 size() const override { return m_data.size(); }
    qint64 read(qint64 offset, char *data, qint64 maxSize, int timeoutMs, Status *status) override;
    void abort() override;
    void expect(qint64 offset, qint64 length) override;
    qint64 readyAt(qint64 offset) const override;
    void notifyWhenReady(qint64 offset, std::function<void()> callback) override;

private:
    FakeSource *m_source;
    QByteArray m_data;
    bool m_aborted = false; // guarded by the source's mutex
};

// Deterministic in-memory files behind a gate: bytes at or past gate() are "still downloading",
// and a read there blocks (a readiness notification waits) until the test opens the gate, the
// reader is aborted, or the source is closed (the torrent was removed).
class FakeSource : public StreamSource
{
public:
    FakeSource()
    {
        add(0, QStringLiteral("Movie/movie.mkv"), kMovieSize, MediaKind::Video);
        add(1, QStringLiteral("Movie/Subs/movie.en.srt"), 2000, MediaKind::Subtitle);
        add(2, QStringLiteral("Movie/Extras/01 thème.mp3"), 300000, MediaKind::Audio);
        add(3, QStringLiteral("Movie/cover.jpg"), 5000, MediaKind::Image);
        add(4, QStringLiteral("Movie/trailer.mp4"), 100000, MediaKind::Video);
        add(5, QStringLiteral("Movie/empty.webm"), 0, MediaKind::Video);
        add(6, QStringLiteral("Movie/50% off #1?.m4v"), 1000, MediaKind::Video);
    }

    std::optional<File> file(const QString &torrentKey, int index) const override
    {
        if (torrentKey != kKey || index < 0 || index >= m_files.size())
            return std::nullopt;
        return m_files[index];
    }
    QVector<File> files(const QString &torrentKey) const override
    {
        return torrentKey == kKey ? m_files : QVector<File>();
    }
    std::unique_ptr<ByteReader> open(const QString &torrentKey, int index, ReaderRole role) override
    {
        if (torrentKey != kKey || index < 0 || index >= m_files.size() || role != ReaderRole::Http)
            return nullptr;
        ++m_opened;
        ++m_live;
        return std::make_unique<FakeReader>(this, m_content[index]);
    }

    QByteArray content(int index) const { return m_content[index]; }
    qint64 failedReads(const QString &torrentKey) const override
    {
        return torrentKey == kKey ? m_failedReads.load() : 0;
    }
    void setFailedReads(qint64 bytes) { m_failedReads = bytes; }
    void reset()
    {
        QMutexLocker lock(&m_mutex);
        m_gate = kOpen;
        m_closed = false;
    }
    void setGate(qint64 gate)
    {
        QMutexLocker lock(&m_mutex);
        m_gate = gate;
        m_changed.wakeAll();
        fire(lock, [gate](const Watcher &w) { return w.offset < gate; });
    }
    void closeAll()
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        m_changed.wakeAll();
        fire(lock, [](const Watcher &) { return true; });
    }
    int opened() const { return m_opened; }
    int live() const { return m_live; }
    int aborts() const { return m_aborts; }
    // Readers waiting for a notification right now.
    int waiting() const
    {
        QMutexLocker lock(&m_mutex);
        return int(m_watchers.size());
    }
    // What the last reader was told it would be asked for: the scheduler fetches exactly that.
    QPair<qint64, qint64> lastExpect() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lastExpect;
    }

private:
    friend class FakeReader;

    struct Watcher
    {
        const FakeReader *reader = nullptr;
        qint64 offset = 0;
        std::function<void()> callback;
    };

    void add(int index, const QString &path, qint64 size, MediaKind kind)
    {
        File f;
        f.torrentKey = kKey;
        f.torrentName = QStringLiteral("Movie");
        f.index = index;
        f.path = path;
        f.size = size;
        f.kind = kind;
        m_files << f;
        m_content << makeBytes(size, index);
    }

    // Runs, after unlocking, the callbacks of the watchers that match.
    template <typename Match> void fire(QMutexLocker<QMutex> &lock, Match match)
    {
        std::vector<std::function<void()>> due;
        for (auto it = m_watchers.begin(); it != m_watchers.end();) {
            if (match(*it)) {
                due.push_back(std::move(it->callback));
                it = m_watchers.erase(it);
            } else {
                ++it;
            }
        }
        lock.unlock();
        for (const auto &callback : due)
            callback();
    }
    void forget(const FakeReader *reader)
    {
        for (auto it = m_watchers.begin(); it != m_watchers.end();)
            it = it->reader == reader ? m_watchers.erase(it) : it + 1;
    }

    QVector<File> m_files;
    QPair<qint64, qint64> m_lastExpect{-2, -2};
    QVector<QByteArray> m_content;
    mutable QMutex m_mutex;
    QWaitCondition m_changed;
    qint64 m_gate = kOpen;
    bool m_closed = false;
    std::vector<Watcher> m_watchers;
    std::atomic<int> m_opened{0};
    std::atomic<qint64> m_failedReads{0};
    std::atomic<int> m_live{0};
    std::atomic<int> m_aborts{0};
};

inline FakeReader::FakeReader(FakeSource *source, const QByteArray &data)
    : m_source(source)
    , m_data(data)
{}

inline FakeReader::~FakeReader()
{
    {
        QMutexLocker lock(&m_source->m_mutex);
        m_source->forget(this);
    }
    --m_source->m_live;
}

inline qint64 FakeReader::read(qint64 offset, char *data, qint64 maxSize, int timeoutMs,
                               Status *status)
{
    QMutexLocker lock(&m_source->m_mutex);
    const QDeadlineTimer deadline(timeoutMs < 0 ? QDeadlineTimer::Forever
                                                : QDeadlineTimer(timeoutMs));
    for (;;) {
        if (m_aborted) {
            *status = Status::Aborted;
            return -1;
        }
        if (m_source->m_closed) {
            *status = Status::Closed;
            return -1;
        }
        if (offset >= m_data.size())
            return 0;
        if (offset < m_source->m_gate)
            break;
        if (deadline.hasExpired()) {
            *status = Status::TimedOut;
            return -1;
        }
        m_source->m_changed.wait(&m_source->m_mutex, deadline);
    }
    const qint64 n = qMin(qMin(maxSize, m_data.size() - offset), m_source->m_gate - offset);
    std::memcpy(data, m_data.constData() + offset, size_t(n));
    *status = Status::Ok;
    return n;
}

inline void FakeReader::expect(qint64 offset, qint64 length)
{
    QMutexLocker lock(&m_source->m_mutex);
    m_source->m_lastExpect = {offset, length};
}

inline void FakeReader::abort()
{
    QMutexLocker lock(&m_source->m_mutex);
    if (!m_aborted)
        ++m_source->m_aborts;
    m_aborted = true;
    m_source->m_changed.wakeAll();
    m_source->fire(lock, [this](const FakeSource::Watcher &w) { return w.reader == this; });
}

inline qint64 FakeReader::readyAt(qint64 offset) const
{
    QMutexLocker lock(&m_source->m_mutex);
    return qMax<qint64>(0, qMin<qint64>(m_data.size(), m_source->m_gate) - offset);
}

inline void FakeReader::notifyWhenReady(qint64 offset, std::function<void()> callback)
{
    QMutexLocker lock(&m_source->m_mutex);
    m_source->forget(this); // a new call replaces a pending one
    if (m_aborted || m_source->m_closed || offset >= m_data.size() || offset < m_source->m_gate) {
        lock.unlock();
        callback();
        return;
    }
    m_source->m_watchers.push_back({this, offset, std::move(callback)});
}

} // namespace swarmplay::test
