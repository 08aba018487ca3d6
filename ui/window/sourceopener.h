#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include "model/torrentid.h"

class QMimeData;

namespace swarmplay {

class Session;

// Turns what the user gives the window — a path, a magnet link, an info hash, an http(s)
// address, dropped files, the clipboard — into torrents in the session, and reports the core's
// own message for anything that cannot be opened.
class SourceOpener : public QObject
{
    Q_OBJECT

public:
    // More than this many sources in one drop or paste is a slip of the hand, not a request.
    static constexpr int MaxSourcesAtOnce = 32;

    explicit SourceOpener(Session *session, QObject *parent = nullptr);

    // Adds the torrent without downloading any file yet (the player chooses what comes first).
    // Emits opened() or failed() later, once (unless the session shuts down first), never from
    // inside this call.
    void open(const QString &text);

    // The sources in dropped or pasted data: local files as paths, other URLs (magnet:, http:)
    // as they are, else each non-empty line of the text. Empty when there is nothing to open.
    static QStringList sourcesIn(const QMimeData *mime);

signals:
    void opened(const swarmplay::TorrentId &id, bool alreadyPresent, const QString &text);
    void failed(const QString &text, const QString &message);

private:
    Session *m_session;
};

} // namespace swarmplay
