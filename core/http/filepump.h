#pragma once

// Internal to swarmplay_core (Boost.Asio): the body of a stream URL's answer.

#include <memory>
#include <vector>

#include <QtGlobal>

namespace swarmplay {

class ByteReader;
class ConnectionPort;

// Writes one range of a file to its connection while the file downloads: bytes that are there
// are read (from the page cache) and written a chunk at a time, and for bytes that are not the
// pump asks the reader to say when they are, holding no thread meanwhile. Runs on the server's
// thread.
class FilePump
{
public:
    explicit FilePump(ConnectionPort &port);
    ~FilePump();

    // Takes the reader of [offset, offset + length); pump() writes it once the head has left.
    // Then the connection goes on with its next request (keepAlive) or closes.
    void start(std::unique_ptr<ByteReader> reader, qint64 offset, qint64 length, bool keepAlive);
    void pump();
    // Waiting for bytes that have not downloaded yet: no write is under way.
    bool isWaiting() const { return m_waiting; }
    // The connection ends: the reader is aborted, which frees its wait and what it asked the
    // scheduler for at once.
    void stop();

private:
    void readChunk();
    void waitForBytes();
    void onBytesReady(quint64 serial);

    ConnectionPort &m_port;
    std::unique_ptr<ByteReader> m_reader;
    qint64 m_offset = 0;
    qint64 m_remaining = 0;
    bool m_keepAlive = false;
    std::vector<char> m_chunk;
    bool m_waiting = false;
    quint64 m_waitSerial = 0; // tells the readiness callback of this wait from earlier ones
};

} // namespace swarmplay
