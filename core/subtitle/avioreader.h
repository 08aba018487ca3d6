#pragma once

// Internal to swarmplay_core (libavformat): the torrent's bytes as an AVIOContext.

#include <atomic>
#include <cstdint>
#include <memory>

#include <QtGlobal>

struct AVIOContext;

namespace swarmplay {

class ByteReader;

// Lets libavformat read a file of a torrent through a ByteReader. A read waits for bytes that
// are not there yet, in short steps so that interrupt() (a seek, a new track, closing) is
// honoured within one step; an interrupted or failed read ends libavformat's call with an error
// instead of blocking it.
class AvioReader
{
public:
    explicit AvioReader(std::unique_ptr<ByteReader> reader);
    ~AvioReader();
    AvioReader(const AvioReader &) = delete;
    AvioReader &operator=(const AvioReader &) = delete;

    AVIOContext *context() const { return m_context; }
    qint64 size() const;
    // From any thread: the read in progress, and every read until resume(), give up.
    void interrupt();
    void resume();
    bool isInterrupted() const { return m_interrupted.load(); }
    // The last read failed for good (the torrent was removed, the disk failed), not by interrupt.
    bool hasFailed() const { return m_failed; }
    // Bytes at offset that can be read without waiting.
    qint64 readyAt(qint64 offset) const;
    // While waiting for bytes, the offset waited at; -1 when not waiting.
    qint64 waitingAt() const { return m_waitingAt.load(); }
    // While paced, reads stop at the reader's readLimit() and wait there as for bytes on their
    // way. Reading packets is paced; opening and seeking (the head, the index) are not.
    void setPaced(bool paced) { m_paced = paced; }

private:
    static int readPacket(void *opaque, unsigned char *buffer, int size);
    static std::int64_t seek(void *opaque, std::int64_t offset, int whence);

    std::unique_ptr<ByteReader> m_reader;
    AVIOContext *m_context = nullptr;
    qint64 m_position = 0;
    std::atomic<bool> m_interrupted{false};
    std::atomic<qint64> m_waitingAt{-1};
    bool m_failed = false;
    bool m_paced = false;
};

} // namespace swarmplay
