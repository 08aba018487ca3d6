#include "ssereader.h"

namespace swarmplay::bench {

std::vector<SseReader::Frame> SseReader::feed(const QByteArray &bytes)
{
    m_buffer += bytes;
    std::vector<Frame> frames;
    int start = 0;
    // A snapshot of a thousand torrents comes in many pieces: look only at what is new.
    int end = m_buffer.indexOf("\n\n", std::max(0, m_scanned - 1));
    while (end >= 0) {
        const QByteArray frame = m_buffer.mid(start, end - start);
        Frame f = parse(frame);
        f.bytes = frame.size() + 2;
        if (!f.type.isEmpty())
            frames.push_back(std::move(f));
        start = end + 2;
        end = m_buffer.indexOf("\n\n", start);
    }
    m_buffer.remove(0, start);
    m_scanned = m_buffer.size();
    return frames;
}

SseReader::Frame SseReader::parse(const QByteArray &frame)
{
    Frame f;
    bool hasData = false;
    for (const QByteArray &line : frame.split('\n')) {
        if (line.startsWith("event:")) {
            f.type = line.mid(6).trimmed();
        } else if (line.startsWith("data:")) {
            QByteArray value = line.mid(5);
            if (value.startsWith(' '))
                value.remove(0, 1);
            if (hasData)
                f.data += '\n';
            f.data += value;
            hasData = true;
        }
    }
    if (f.type.isEmpty() && hasData)
        f.type = "message";
    return f;
}

} // namespace swarmplay::bench
