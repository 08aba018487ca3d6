#include "eventjournal.h"

#include <QRandomGenerator>

namespace swarmplay {

EventJournal::EventJournal(const QByteArray &epoch, int maxEvents, qint64 maxBytes)
    : m_epoch(epoch)
    , m_maxEvents(qMax(1, maxEvents))
    , m_maxBytes(qMax<qint64>(1, maxBytes))
{}

QByteArray EventJournal::lastId() const
{
    return m_epoch + ':' + QByteArray::number(m_revision);
}

QByteArray EventJournal::append(const QByteArray &type, const QByteArray &data)
{
    ++m_revision;
    Entry entry{m_revision, frame(lastId(), type, data)};
    const QByteArray bytes = entry.frame;
    m_bytes += bytes.size();
    m_entries.push_back(std::move(entry));
    // The newest event stays even when it alone is over the byte bound.
    while (m_entries.size() > 1 && (int(m_entries.size()) > m_maxEvents || m_bytes > m_maxBytes)) {
        m_bytes -= m_entries.front().frame.size();
        m_entries.pop_front();
    }
    return bytes;
}

std::optional<QByteArrayList> EventJournal::framesAfter(const QByteArray &lastEventId) const
{
    const int colon = lastEventId.lastIndexOf(':');
    if (colon <= 0 || lastEventId.left(colon) != m_epoch)
        return std::nullopt;
    const QByteArray number = lastEventId.mid(colon + 1);
    bool ok = false;
    const quint64 seen = number.toULongLong(&ok);
    // Digits only: toULongLong() takes a sign and spaces.
    for (const char c : number)
        ok = ok && c >= '0' && c <= '9';
    if (!ok || seen > m_revision)
        return std::nullopt;
    // Everything after `seen` must still be here.
    const quint64 oldest = m_entries.empty() ? m_revision + 1 : m_entries.front().revision;
    if (seen + 1 < oldest)
        return std::nullopt;
    QByteArrayList frames;
    for (auto it = m_entries.begin() + static_cast<std::ptrdiff_t>(seen + 1 - oldest);
         it != m_entries.end(); ++it)
        frames << it->frame;
    return frames;
}

QByteArray EventJournal::frame(const QByteArray &id, const QByteArray &type, const QByteArray &data)
{
    QByteArray f;
    f.reserve(id.size() + type.size() + data.size() + 24);
    if (!id.isEmpty())
        f += "id: " + id + '\n';
    f += "event: " + type + '\n';
    f += "data: " + data + "\n\n";
    return f;
}

QByteArray EventJournal::randomEpoch()
{
    const quint64 n = QRandomGenerator::system()->generate64();
    return QByteArray::number(n, 16).rightJustified(16, '0');
}

} // namespace swarmplay
