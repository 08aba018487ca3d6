#include "eventlog.h"

#include <libtorrent/alert_types.hpp>

#include "../stream/streamlog.h"
#include "alertevents.h"
#include "ltconvert.h"

namespace swarmplay::lt_convert {

EventLog::EventLog(const QElapsedTimer *clock)
    : m_clock(clock)
{}

void EventLog::logAlert(const lt::alert *a, const TorrentId &torrent, const QString &torrentName)
{
    if (lcBlocks().isDebugEnabled() && logProgress(a))
        return;
    if (auto event = describeAlert(a, torrent, torrentName))
        add(*event);
}

void EventLog::add(const SessionEvent &event)
{
    m_pending.push_back(event);
}

void EventLog::problem(const TorrentId &torrent, const QString &message)
{
    SessionEvent e;
    e.time = QDateTime::currentDateTime();
    e.severity = SessionEvent::Severity::Error;
    e.torrent = torrent;
    e.message = message;
    add(e);
}

QVector<SessionEvent> EventLog::take()
{
    QVector<SessionEvent> events;
    events.swap(m_pending);
    return events;
}

qint64 EventLog::alertMs(const lt::alert *a) const
{
    // When libtorrent posted the alert, not when it is handled: alerts come in batches.
    return m_clock->elapsed() - std::chrono::duration_cast<std::chrono::milliseconds>(
                                    lt::clock_type::now() - a->timestamp())
                                    .count();
}

bool EventLog::logProgress(const lt::alert *a) const
{
    if (const auto *pf = lt::alert_cast<lt::piece_finished_alert>(a)) {
        qCDebug(lcBlocks).nospace()
            << alertMs(a) << " ms: piece " << static_cast<int>(pf->piece_index) << " passed";
        return true;
    }
    const char *what = nullptr;
    const lt::peer_alert *peer = nullptr;
    int piece = -1;
    int block = -1;
    const auto take = [&](const char *w, const auto *b) {
        what = w;
        peer = b;
        piece = static_cast<int>(b->piece_index);
        block = b->block_index;
    };
    if (const auto *d = lt::alert_cast<lt::block_downloading_alert>(a))
        take("asked", d);
    else if (const auto *f = lt::alert_cast<lt::block_finished_alert>(a))
        take("got", f);
    else if (const auto *u = lt::alert_cast<lt::unwanted_block_alert>(a))
        take("unwanted", u);
    else if (const auto *o = lt::alert_cast<lt::block_timeout_alert>(a))
        take("timed out", o);
    else
        return false;
    qCDebug(lcBlocks).nospace().noquote() << alertMs(a) << " ms: " << what << " " << piece << "/"
                                          << block << " peer " << toEndpointText(peer->endpoint);
    return true;
}

} // namespace swarmplay::lt_convert
