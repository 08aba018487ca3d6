#include "streamprober.h"

#include <QThread>

namespace swarmplay {

StreamProber::StreamProber(std::shared_ptr<StreamCatalog> catalog, const QString &torrentKey,
                           int fileIndex, QObject *parent)
    : QObject(parent)
    , m_catalog(std::move(catalog))
    , m_key(torrentKey)
    , m_index(fileIndex)
{}

StreamProber::~StreamProber()
{
    if (m_reader)
        m_reader->abort();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool StreamProber::start()
{
    if (m_thread)
        return true;
    const auto file = m_catalog->file(m_key, m_index);
    m_reader = m_catalog->open(m_key, m_index, QStringLiteral("probe"));
    if (!file || !m_reader)
        return false;
    ByteReader *reader = m_reader.get();
    const QString name = file->path;
    const qint64 size = file->size;
    m_thread = QThread::create([this, reader, name, size] {
        const auto read = [reader, size](qint64 offset, qint64 length) {
            QByteArray out;
            length = std::min(length, size - offset);
            if (offset < 0 || length <= 0)
                return out;
            out.resize(int(length));
            qint64 got = 0;
            reader->expect(offset, length);
            while (got < length) {
                ByteReader::Status status;
                const qint64 n =
                    reader->read(offset + got, out.data() + got, length - got, -1, &status);
                if (n <= 0)
                    return QByteArray(); // aborted or the torrent went away
                got += n;
            }
            return out;
        };
        // The region goes to the catalog as soon as it is known, so that all of it downloads
        // while the walk waits for the index at the end of the file (for the seek index).
        const auto publish = [this](const ProbeRegion::Result &region) {
            QMetaObject::invokeMethod(this, [this, region] { publishRegion(region); });
        };
        const ProbeRegion::Result result =
            ProbeRegion::compute(name, size, read, ProbeRegion::Options(), publish);
        QMetaObject::invokeMethod(this, [this, result] {
            m_result = result;
            m_finished = true;
            if (!m_published) // an empty file has no region to tell early
                publishRegion(result);
            emit finished(result);
        });
    });
    m_thread->setObjectName(QStringLiteral("swarmplay-probe"));
    m_thread->start();
    return true;
}

void StreamProber::publishRegion(const ProbeRegion::Result &region)
{
    QVector<StreamCatalog::ProbeRange> ranges;
    for (const ProbeRegion::Range &r : region.ranges)
        ranges.push_back({r.offset, r.length});
    m_catalog->setProbeRegion(m_key, m_index, ranges, region.durationMs);
    m_published = true;
}

} // namespace swarmplay
