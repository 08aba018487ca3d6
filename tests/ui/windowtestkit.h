#pragma once

// Opening a torrent in the main window as the UI tests do: through openSource() (the entry point
// of the command line, drops and Ctrl+V), then, since a local swarm has no tracker, connected to
// its seeders.

#include <QSignalSpy>
#include <QTest>

#include "localswarm.h"
#include "testtime.h"
#include "window/mainwindow.h"

namespace swarmplay::test {

// The torrent's id once the window has opened it; invalid after 15 s without.
inline TorrentId openInWindow(MainWindow *window, const QString &source)
{
    QSignalSpy opened(window, &MainWindow::torrentOpened);
    window->openSource(source);
    if (!QTest::qWaitFor([&] { return !opened.isEmpty(); }, scaledMs(15000)))
        return {};
    return opened.first().first().value<TorrentId>();
}

inline TorrentId openAndConnect(MainWindow *window, LocalSwarm *swarm, Session *session,
                                const QString &source)
{
    const TorrentId id = openInWindow(window, source);
    if (id.isValid())
        swarm->connectToSeeders(session, id);
    return id;
}

} // namespace swarmplay::test
