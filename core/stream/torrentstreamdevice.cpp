#include "torrentstreamdevice.h"

#include <algorithm>

namespace swarmplay {

TorrentStreamDevice::TorrentStreamDevice(std::unique_ptr<ByteReader> reader, QObject *parent)
    : QIODevice(parent)
    , m_reader(std::move(reader))
{}

TorrentStreamDevice::~TorrentStreamDevice()
{
    abort();
}

bool TorrentStreamDevice::open(OpenMode mode)
{
    if ((mode & WriteOnly) || !m_reader) {
        setErrorString(tr("A torrent stream can only be read."));
        return false;
    }
    // Unbuffered: every read goes to the reader at the position QIODevice reports, so what
    // downloads next is exactly what the player asked for.
    return QIODevice::open(mode | Unbuffered);
}

qint64 TorrentStreamDevice::size() const
{
    return m_reader ? m_reader->size() : 0;
}

bool TorrentStreamDevice::seek(qint64 pos)
{
    if (pos < 0 || pos > size())
        return false;
    m_position = pos;
    return QIODevice::seek(pos);
}

bool TorrentStreamDevice::atEnd() const
{
    return pos() >= size();
}

qint64 TorrentStreamDevice::bytesAvailable() const
{
    return bytesReadyAhead() + QIODevice::bytesAvailable();
}

qint64 TorrentStreamDevice::bytesReadyAhead() const
{
    return m_reader ? m_reader->readyAt(m_position.load()) : 0;
}

void TorrentStreamDevice::abort()
{
    m_aborted = true;
    if (m_reader)
        m_reader->abort();
}

bool TorrentStreamDevice::fetch(qint64 offset, qint64 length)
{
    if (!m_reader || m_aborted)
        return false;
    const qint64 end = std::min(size(), offset + length);
    offset = std::max<qint64>(offset, 0);
    if (offset >= end)
        return true;
    const qint64 start = offset;
    m_reader->expect(start, -1);
    bool ok = true;
    bool waited = false;
    while (ok && offset < end) {
        m_position = offset;
        const qint64 ready = m_reader->readyAt(offset);
        if (ready > 0) {
            offset += ready;
            continue;
        }
        if (!waited) {
            waited = true;
            m_waiting = true;
            emit bufferingChanged(true);
        }
        // One byte is enough to know its piece is here; the next turn measures the rest.
        char byte = 0;
        ByteReader::Status status = ByteReader::Status::Ok;
        ok = m_reader->read(offset, &byte, 1, -1, &status) > 0;
        m_lastStatus = status;
    }
    if (waited) {
        m_waiting = false;
        emit bufferingChanged(false);
    }
    if (!ok)
        return false;
    // Whoever reads next reads on from here: the scheduler's window opens again at the start.
    m_position = start;
    m_reader->expect(start, -1);
    emit readyAheadChanged(m_reader->readyAt(start));
    return true;
}

qint64 TorrentStreamDevice::readData(char *data, qint64 maxSize)
{
    if (!m_reader || m_aborted)
        return -1;
    const qint64 offset = pos();
    m_position = offset;
    if (offset >= size())
        return 0;
    const bool mustWait = m_reader->readyAt(offset) == 0;
    if (mustWait) {
        m_waiting = true;
        emit bufferingChanged(true);
    }
    ByteReader::Status status = ByteReader::Status::Ok;
    const qint64 got = m_reader->read(offset, data, maxSize, -1, &status);
    m_lastStatus = status;
    if (mustWait) {
        m_waiting = false;
        emit bufferingChanged(false);
    }
    if (got > 0) {
        m_spans.add(offset, got);
        m_position = offset + got;
        emit readyAheadChanged(m_reader->readyAt(offset + got));
    }
    return got;
}

qint64 TorrentStreamDevice::writeData(const char *, qint64)
{
    return -1;
}

} // namespace swarmplay
