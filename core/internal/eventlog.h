#pragma once

// Internal to swarmplay_core: includes libtorrent. Lives in the session worker's thread.

#include <QElapsedTimer>
#include <QVector>

#include <libtorrent/fwd.hpp>

#include "../model/sessionevent.h"

namespace swarmplay::lt_convert {

// What the session logs: the log pane's events, kept until the worker sends them in one batch,
// and the swarmplay.blocks debug log. Every alert passes through logAlert() once, after it was
// handled, so whether an alert is logged does not depend on how it was handled.
class EventLog
{
public:
    // clock: the session's, for the block log's milliseconds.
    explicit EventLog(const QElapsedTimer *clock);

    // torrentName: what the user knows the alert's torrent as (empty for session alerts).
    void logAlert(const lt::alert *alert, const TorrentId &torrent, const QString &torrentName);
    void add(const SessionEvent &event);
    // An error the user should see that no alert reports (a file that could not be written).
    void problem(const TorrentId &torrent, const QString &message);
    // The events logged since the last call.
    QVector<SessionEvent> take();

private:
    // Logs a block or piece alert to swarmplay.blocks; true if it was one.
    bool logProgress(const lt::alert *alert) const;
    // When libtorrent posted the alert, in the clock's milliseconds.
    qint64 alertMs(const lt::alert *alert) const;

    const QElapsedTimer *m_clock;
    QVector<SessionEvent> m_pending;
};

} // namespace swarmplay::lt_convert
