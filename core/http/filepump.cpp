#include "filepump.h"

#include <algorithm>

#include "../stream/bytereader.h"
#include "connectionport.h"

namespace swarmplay {

namespace {

// Bytes written per step: the client starts receiving before its whole range is downloaded.
constexpr qint64 kChunkBytes = 256 * 1024;

} // namespace

FilePump::FilePump(ConnectionPort &port)
    : m_port(port)
{}

FilePump::~FilePump() = default;

void FilePump::start(std::unique_ptr<ByteReader> reader, qint64 offset, qint64 length,
                     bool keepAlive)
{
    // A Range that stops before the end asks for nothing past it; one that runs to the end (no
    // Range, `a-`, `-n`) streams the rest.
    const bool toEnd = offset + length >= reader->size();
    reader->expect(offset, toEnd ? -1 : length);
    m_reader = std::move(reader);
    m_offset = offset;
    m_remaining = length;
    m_keepAlive = keepAlive;
}

void FilePump::pump()
{
    if (m_remaining <= 0) {
        m_reader.reset();
        m_chunk = std::vector<char>();
        m_port.answered(m_keepAlive);
    } else if (m_reader->readyAt(m_offset) > 0) {
        readChunk();
    } else {
        waitForBytes();
    }
}

void FilePump::readChunk()
{
    if (m_chunk.empty())
        m_chunk.resize(static_cast<std::size_t>(std::min(kChunkBytes, m_remaining)));
    ByteReader::Status status = ByteReader::Status::Ok;
    // The bytes are there: a read from the page cache, on this thread.
    const qint64 n =
        m_reader->read(m_offset, m_chunk.data(),
                       std::min<qint64>(qint64(m_chunk.size()), m_remaining), 0, &status);
    if (n > 0) {
        m_port.write(boost::asio::buffer(m_chunk.data(), static_cast<std::size_t>(n)),
                     [this, n](std::size_t) {
                         m_offset += n;
                         m_remaining -= n;
                         pump();
                     });
    } else if (n < 0 && status == ByteReader::Status::TimedOut) {
        waitForBytes(); // a piece that failed a later check
    } else {
        // n == 0: the file is shorter than announced. Aborted, Closed (torrent removed or
        // failed), Error: no more bytes will come. The Content-Length cannot be kept, so the
        // connection closes and the client sees a short body.
        m_reader.reset();
        m_port.close();
    }
}

void FilePump::waitForBytes()
{
    if (m_port.clientClosed()) {
        m_port.abandon(); // nobody would receive them: free the reader (its deadlines) now
        return;
    }
    m_waiting = true;
    const quint64 serial = ++m_waitSerial;
    m_port.watchClient();
    m_reader->notifyWhenReady(m_offset, m_port.wakeUp([this, serial] { onBytesReady(serial); }));
}

void FilePump::onBytesReady(quint64 serial)
{
    if (!m_waiting || serial != m_waitSerial)
        return;
    m_waiting = false;
    readChunk();
}

void FilePump::stop()
{
    m_waiting = false;
    if (m_reader) {
        m_reader->abort();
        m_reader.reset();
    }
}

} // namespace swarmplay
