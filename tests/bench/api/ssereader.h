#pragma once

#include <vector>

#include <QByteArray>
#include <QByteArrayList>

namespace swarmplay::bench {

// Cuts a Server-Sent Events byte stream into frames ("event:" and "data:" lines ended by a
// blank line); comments (": keepalive") and ids are skipped. Bytes arrive in pieces of any size;
// a frame is returned once its blank line is in.
class SseReader
{
public:
    struct Frame
    {
        QByteArray type;  // "message" when the frame names none
        QByteArray data;  // the data lines joined with '\n'
        qint64 bytes = 0; // the frame as sent
    };

    std::vector<Frame> feed(const QByteArray &bytes);

private:
    static Frame parse(const QByteArray &frame);

    QByteArray m_buffer;
    int m_scanned = 0; // m_buffer holds no frame end before this
};

} // namespace swarmplay::bench
