#include "streamcatalog.h"

#include "streamreader.h"

namespace swarmplay {

namespace {
QString probeKey(const QString &key, int index)
{
    return key + QLatin1Char('/') + QString::number(index);
}
} // namespace

qint64 StreamCatalog::nowMs()
{
    return PieceAvailability::nowMs();
}

void StreamCatalog::publish(const Torrent &torrent)
{
    QMutexLocker lock(&m_mutex);
    m_torrents.insert(torrent.id.key(), torrent);
}

void StreamCatalog::remove(const QString &key)
{
    std::shared_ptr<PieceAvailability> pieces;
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_torrents.find(key);
        if (it == m_torrents.end())
            return;
        pieces = it->pieces;
        m_torrents.erase(it);
    }
    if (pieces)
        pieces->close();
}

std::shared_ptr<PieceAvailability> StreamCatalog::writablePieces(const QString &key) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_torrents.constFind(key);
    return it == m_torrents.constEnd() ? nullptr : it->pieces;
}

std::shared_ptr<const PieceAvailability> StreamCatalog::pieces(const QString &torrentKey) const
{
    return writablePieces(torrentKey.toLower());
}

bool StreamCatalog::torrent(const QString &key, Torrent *out) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_torrents.constFind(key);
    if (it == m_torrents.constEnd())
        return false;
    *out = *it;
    return true;
}

QVector<std::shared_ptr<StreamCatalog::ReaderState>> StreamCatalog::readers() const
{
    QMutexLocker lock(&m_mutex);
    QVector<std::shared_ptr<ReaderState>> result;
    result.reserve(m_readers.size());
    for (const auto &r : m_readers)
        result.push_back(r);
    return result;
}

void StreamCatalog::setChangeCallback(std::function<void()> callback)
{
    QMutexLocker lock(&m_mutex);
    m_changed = std::move(callback);
}

void StreamCatalog::readerChanged() const
{
    std::function<void()> callback;
    {
        QMutexLocker lock(&m_mutex);
        callback = m_changed;
    }
    if (callback)
        callback();
}

void StreamCatalog::setProbeRegion(const QString &key, int fileIndex,
                                   const QVector<ByteRange> &ranges, qint64 durationMs)
{
    {
        QMutexLocker lock(&m_mutex);
        m_probes.insert(probeKey(key, fileIndex), {ranges, durationMs});
    }
    readerChanged();
}

QVector<ByteRange> StreamCatalog::probeRegion(const QString &torrentKey, int fileIndex,
                                              qint64 *durationMs) const
{
    QMutexLocker lock(&m_mutex);
    const Probe p = m_probes.value(probeKey(torrentKey.toLower(), fileIndex), Probe{{}, -1});
    if (durationMs)
        *durationMs = p.durationMs;
    return p.ranges;
}

std::optional<StreamSource::File> StreamCatalog::file(const QString &torrentKey, int index) const
{
    for (const File &f : files(torrentKey)) {
        if (f.index == index)
            return f;
    }
    return std::nullopt;
}

QVector<StreamSource::File> StreamCatalog::files(const QString &torrentKey) const
{
    QMutexLocker lock(&m_mutex);
    QVector<File> result;
    const auto it = m_torrents.constFind(torrentKey.toLower());
    if (it == m_torrents.constEnd())
        return result;
    for (const FileLayout &f : it->files)
        result.push_back({it->id.key(), it->name, f.index, f.path, f.size, f.kind});
    return result;
}

std::unique_ptr<ByteReader> StreamCatalog::open(const QString &torrentKey, int index,
                                                ReaderRole role)
{
    Torrent t;
    if (!torrent(torrentKey.toLower(), &t) || !t.pieces || t.pieces->isClosed())
        return nullptr;
    const FileLayout *f = t.layout(index);
    if (!f)
        return nullptr;
    auto state = std::make_shared<ReaderState>();
    state->key = t.id.key();
    state->fileIndex = index;
    state->role = role;
    state->lastActiveMs = nowMs();
    {
        QMutexLocker lock(&m_mutex);
        state->id = m_nextReaderId++;
        m_readers.insert(state->id, state);
    }
    readerChanged();
    return std::make_unique<StreamReader>(shared_from_this(), t, *f, state);
}

void StreamCatalog::unregister(int readerId)
{
    {
        QMutexLocker lock(&m_mutex);
        m_readers.remove(readerId);
    }
    readerChanged();
}

QVector<StreamView::Reader> StreamCatalog::readersOf(const QString &torrentKey, int fileIndex) const
{
    const QString key = torrentKey.toLower();
    QVector<Reader> result;
    QMutexLocker lock(&m_mutex);
    for (const auto &r : m_readers) {
        if (r->key == key && r->fileIndex == fileIndex)
            result.push_back({r->id, r->role, r->position.load(), r->waiting.load()});
    }
    return result;
}

qint64 StreamCatalog::failedReads(const QString &torrentKey) const
{
    Torrent t;
    return torrent(torrentKey.toLower(), &t) && t.pieces ? t.pieces->failedReadBytes() : 0;
}

qint64 StreamCatalog::viewerPosition(const QString &torrentKey, int fileIndex) const
{
    const QString key = torrentKey.toLower();
    qint64 furthest = -1;
    QMutexLocker lock(&m_mutex);
    for (const auto &r : m_readers) {
        if (r->key != key || r->fileIndex != fileIndex || r->role == ReaderRole::Probe ||
            r->role == ReaderRole::Subtitle || r->role == ReaderRole::Follower)
            continue;
        furthest = std::max(furthest, r->position.load());
    }
    return furthest;
}

void StreamCatalog::setBlockReads(bool viewers, bool http)
{
    m_viewerBlocks = viewers;
    m_httpBlocks = http;
}

bool StreamCatalog::readsBlocks(ReaderRole role) const
{
    return role == ReaderRole::Http ? m_httpBlocks.load() : m_viewerBlocks.load();
}

qint64 StreamCatalog::readyBytes(const PieceAvailability &pieces, int pieceLength,
                                 const FileLayout &file, qint64 offset, qint64 limit, bool blocks)
{
    if (offset < 0 || offset >= file.size || limit <= 0 || pieceLength <= 0)
        return 0;
    const auto pieceOf = [&](qint64 o) {
        return int((file.offset + o) / pieceLength);
    };
    const int first = pieceOf(offset);
    const int missing =
        pieces.firstMissing(first, pieceOf(std::min(file.size, offset + limit) - 1));
    if (missing == first) {
        if (!blocks)
            return 0;
        const qint64 inPiece = file.offset + offset - qint64(first) * pieceLength;
        const qint64 written = pieces.writtenFrom(first, int(inPiece));
        return std::min({written, limit, file.size - offset});
    }
    const qint64 end = std::min<qint64>(file.size, qint64(missing) * pieceLength - file.offset);
    return std::min(end - offset, limit);
}

qint64 StreamCatalog::readableIn(const QString &torrentKey, int fileIndex,
                                 const QVector<ByteRange> &ranges, ReaderRole role) const
{
    Torrent t;
    if (!torrent(torrentKey.toLower(), &t) || !t.pieces)
        return 0;
    const FileLayout *f = t.layout(fileIndex);
    if (!f)
        return 0;
    const bool blocks = readsBlocks(role);
    qint64 total = 0;
    for (const ByteRange &r : ranges) {
        // readyBytes() stops at a piece's edge when the next one is not verified: go on there.
        for (qint64 at = r.offset; at < r.end();) {
            const qint64 n = readyBytes(*t.pieces, t.pieceLength, *f, at, r.end() - at, blocks);
            if (n <= 0)
                break;
            total += n;
            at += n;
        }
    }
    return total;
}

qint64 StreamCatalog::readyAt(const QString &torrentKey, int fileIndex, qint64 offset) const
{
    Torrent t;
    if (!torrent(torrentKey.toLower(), &t) || !t.pieces)
        return 0;
    const FileLayout *f = t.layout(fileIndex);
    return f ? readyBytes(*t.pieces, t.pieceLength, *f, offset, f->size - offset) : 0;
}

int StreamCatalog::sourcesAt(const QString &torrentKey, int fileIndex, qint64 offset) const
{
    Torrent t;
    if (!torrent(torrentKey.toLower(), &t) || !t.pieces || t.pieceLength <= 0)
        return -1;
    const FileLayout *f = t.layout(fileIndex);
    if (!f || offset < 0 || offset >= f->size)
        return -1;
    return t.pieces->sources(int((f->offset + offset) / t.pieceLength));
}

const StreamCatalog::FileLayout *StreamCatalog::Torrent::layout(int index) const
{
    const auto f = std::find_if(files.cbegin(), files.cend(),
                                [index](const FileLayout &l) { return l.index == index; });
    return f == files.cend() ? nullptr : &*f;
}

} // namespace swarmplay
