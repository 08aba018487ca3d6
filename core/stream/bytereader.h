#pragma once

#include <functional>

#include <QtGlobal>

namespace swarmplay {

// A cursor on one file of a torrent that is still downloading: read() blocks until the bytes are
// there, or notifyWhenReady() says when read() would not block. Used by TorrentStreamDevice (the
// player) and by each HTTP connection. Thread-safe: abort() may be called from any thread while
// read() blocks in another.
class ByteReader
{
public:
    enum class Status
    {
        Ok,
        Aborted,  // abort() was called
        Closed,   // the torrent was removed or failed; no more bytes will come
        TimedOut, // the timeout passed before the bytes arrived
        Error,    // the data could not be read from disk
    };

    virtual ~ByteReader() = default;

    virtual qint64 size() const = 0;
    // Reads up to maxSize bytes at offset. Blocks until at least one byte is there, then returns
    // as many contiguous bytes as are ready (> 0). Returns 0 at or past the end of the file, and
    // -1 with *status set when it gives up. timeoutMs < 0 waits without a limit.
    virtual qint64 read(qint64 offset, char *data, qint64 maxSize, int timeoutMs,
                        Status *status) = 0;
    // The caller is about to read [offset, offset + length) and nothing past it (an HTTP Range
    // with an end, a demuxer probing a box): only those bytes are fetched with urgency, so a
    // bounded request does not pay for pieces nobody asked for. length < 0: open-ended.
    virtual void expect(qint64 offset, qint64 length) = 0;
    // Releases a blocked read at once; every later read returns -1 with Status::Aborted.
    virtual void abort() = 0;
    // Bytes that can be read at offset without waiting.
    virtual qint64 readyAt(qint64 offset) const = 0;
    // Calls callback once, from any thread, when readyAt(offset) > 0, offset is at or past the
    // end, the reader was aborted or its torrent closed: then read() at offset does not block.
    // Meanwhile the reader counts as waiting at offset, as a blocked read() does, so the bytes
    // are fetched first. The callback may run before this returns, and once more after the
    // reader is destroyed if it was already on its way: it must only post (no work, no locks
    // the caller holds) and must not use the reader. One at a time: a new call replaces a
    // pending one, whose callback then never runs.
    virtual void notifyWhenReady(qint64 offset, std::function<void()> callback) = 0;
    // The offset a reader that paces itself by others (ReaderRole::Follower) reads no further
    // than for now: a little past what the file's viewers have read. -1: no limit.
    virtual qint64 readLimit() const { return -1; }
};

} // namespace swarmplay
