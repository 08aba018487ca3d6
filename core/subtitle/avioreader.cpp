#include "avioreader.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <thread>

extern "C" {
#include <libavformat/avio.h>
#include <libavutil/error.h>
#include <libavutil/mem.h>
}

#include "../stream/bytereader.h"

namespace swarmplay {

namespace {
constexpr int kBufferBytes = 64 * 1024;
// How long one wait for bytes lasts before the interrupt flag is looked at again.
constexpr int kWaitStepMs = 100;
} // namespace

AvioReader::AvioReader(std::unique_ptr<ByteReader> reader)
    : m_reader(std::move(reader))
{
    auto *buffer = static_cast<unsigned char *>(av_malloc(kBufferBytes));
    m_context = avio_alloc_context(buffer, kBufferBytes, 0, this, &AvioReader::readPacket, nullptr,
                                   &AvioReader::seek);
    if (!m_context)
        av_free(buffer);
}

AvioReader::~AvioReader()
{
    if (m_context) {
        av_freep(&m_context->buffer);
        avio_context_free(&m_context);
    }
}

qint64 AvioReader::size() const
{
    return m_reader->size();
}

qint64 AvioReader::readyAt(qint64 offset) const
{
    return m_reader->readyAt(offset);
}

void AvioReader::interrupt()
{
    m_interrupted = true;
}

void AvioReader::resume()
{
    m_interrupted = false;
}

int AvioReader::readPacket(void *opaque, unsigned char *buffer, int size)
{
    auto *self = static_cast<AvioReader *>(opaque);
    if (self->m_position >= self->m_reader->size())
        return AVERROR_EOF;
    self->m_waitingAt = self->m_position;
    while (!self->m_interrupted.load()) {
        const qint64 limit = self->m_paced ? self->m_reader->readLimit() : -1;
        if (limit >= 0 && self->m_position >= limit) {
            std::this_thread::sleep_for(std::chrono::milliseconds(kWaitStepMs));
            continue;
        }
        if (limit >= 0)
            size = int(std::min<qint64>(size, limit - self->m_position));
        ByteReader::Status status = ByteReader::Status::Ok;
        const qint64 n = self->m_reader->read(self->m_position, reinterpret_cast<char *>(buffer),
                                              size, kWaitStepMs, &status);
        if (n > 0) {
            self->m_waitingAt = -1;
            self->m_position += n;
            return int(n);
        }
        if (n == 0) {
            self->m_waitingAt = -1;
            return AVERROR_EOF;
        }
        if (status != ByteReader::Status::TimedOut) {
            self->m_waitingAt = -1;
            self->m_failed = true;
            return AVERROR(EIO);
        }
    }
    self->m_waitingAt = -1;
    return AVERROR_EXIT;
}

std::int64_t AvioReader::seek(void *opaque, std::int64_t offset, int whence)
{
    auto *self = static_cast<AvioReader *>(opaque);
    const qint64 size = self->m_reader->size();
    switch (whence & ~AVSEEK_FORCE) {
    case AVSEEK_SIZE:
        return size;
    case SEEK_SET:
        break;
    case SEEK_CUR:
        offset += self->m_position;
        break;
    case SEEK_END:
        offset += size;
        break;
    default:
        return AVERROR(EINVAL);
    }
    if (offset < 0)
        return AVERROR(EINVAL);
    self->m_position = offset;
    return offset;
}

} // namespace swarmplay
