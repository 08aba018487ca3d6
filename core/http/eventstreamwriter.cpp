#include "eventstreamwriter.h"

#include "connectionport.h"
#include "eventstreamsink.h"

namespace swarmplay {

namespace {

// How long the farewell of an event stream whose client fell behind may take to leave.
constexpr int kFarewellMs = 2000;

} // namespace

EventStreamWriter::EventStreamWriter(ConnectionPort &port)
    : m_port(port)
{}

EventStreamWriter::~EventStreamWriter() = default;

void EventStreamWriter::attach(std::shared_ptr<EventStreamSink> sink)
{
    m_sink = std::move(sink);
    m_state = State::Streaming;
}

void EventStreamWriter::begin()
{
    writeEvents();
}

void EventStreamWriter::onActivity()
{
    if (m_state != State::Streaming)
        return;
    if (m_sink->hasOverflowed())
        beginFarewell(); // even while a write is stuck
    else
        writeEvents();
}

void EventStreamWriter::close()
{
    m_state = State::Closed;
    if (m_sink) {
        m_sink->markClosed();
        m_sink.reset();
    }
}

void EventStreamWriter::writeEvents()
{
    if (m_port.isWriting() || m_state != State::Streaming)
        return;
    EventStreamSink::Batch batch = m_sink->take();
    if (batch.overflowed) {
        beginFarewell();
        return;
    }
    if (batch.bytes.isEmpty()) {
        if (batch.ending)
            m_port.close();
        return;
    }
    m_out = std::move(batch.bytes);
    m_port.write(boost::asio::buffer(m_out.constData(), std::size_t(m_out.size())),
                 [this](std::size_t n) {
                     if (m_state == State::Closed)
                         return;
                     m_sink->written(qint64(n));
                     // An idle subscriber keeps no copy of what it was sent (its first snapshot
                     // is every torrent).
                     m_out = QByteArray();
                     if (m_state == State::Farewell)
                         writeFarewell();
                     else
                         writeEvents();
                 });
}

void EventStreamWriter::beginFarewell()
{
    if (m_state != State::Streaming)
        return;
    m_state = State::Farewell;
    m_port.armDeadline(kFarewellMs); // a client that stopped reading may never take it
    if (!m_port.isWriting())
        writeFarewell();
}

void EventStreamWriter::writeFarewell()
{
    m_out = m_sink->farewell();
    if (m_out.isEmpty()) {
        m_port.close();
        return;
    }
    m_port.write(boost::asio::buffer(m_out.constData(), std::size_t(m_out.size())),
                 [this](std::size_t) { m_port.close(); });
}

} // namespace swarmplay
