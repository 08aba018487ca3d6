#pragma once

#include <memory>
#include <vector>

#include <QObject>
#include <QTemporaryDir>

#include "create/torrentcreator.h"
#include "session/session.h"

namespace swarmplay::test {

// A swarm that lives in one test: content made in a temporary folder, .torrent files made from
// it, in-process seeders (each a real Session on its own 127.x.y.z address, optionally
// rate-limited) and leecher sessions configured the same way. Nothing leaves loopback: DHT,
// local discovery, UPnP and NAT-PMP are off unless a test turns DHT on itself.
class LocalSwarm : public QObject
{
    Q_OBJECT

public:
    struct Peer
    {
        QString address;
        int port = 0;
        QString endpoint() const { return QStringLiteral("%1:%2").arg(address).arg(port); }
    };

    explicit LocalSwarm(QObject *parent = nullptr);
    ~LocalSwarm() override;

    QString root() const { return m_dir.path(); }
    QString path(const QString &relative) const { return m_dir.filePath(relative); }

    // Writes `size` deterministic pseudo-random bytes (same seed, same bytes) and returns the path.
    QString makeFile(const QString &relative, qint64 size, quint32 seed);
    // Makes a .torrent of `contentPath` next to it (or at torrentPath) and returns its path.
    QString makeTorrent(const QString &contentPath, const TorrentCreator::Options &options,
                        const QString &torrentPath = {});

    // A fresh loopback address for one session: 127.<per-process>.<n>.<m>.
    QString nextAddress();
    // Settings for a session on its own address with its own state and data folders.
    SessionSettings settingsFor(const QString &name, const QString &address);

    // Starts a session that seeds the torrent from the folder holding its content (seed mode:
    // the data is trusted). uploadLimit in bytes/s, 0 = unlimited. Waits until it listens.
    Session *addSeeder(const QString &torrentPath, const QString &contentFolder,
                       int uploadLimit = 0);
    // The usual test torrent: `contentRelative` (a file or folder under root()) in pieces of
    // `pieceSize`, its .torrent next to it, and a seeder for it. Returns the .torrent's path.
    QString seed(const QString &contentRelative, int pieceSize = 64 * 1024);
    const std::vector<Peer> &seeders() const { return m_seeders; }
    // A session to download with, on its own address; waits until it listens.
    Session *addSession(const QString &name, SessionSettings settings = {});
    Peer endpointOf(Session *session) const;

    // Connects the torrent in `session` to every seeder.
    void connectToSeeders(Session *session, const TorrentId &id) const;
    // The magnet of a torrent file with x.pe entries for every seeder (no tracker needed).
    QString magnetWithPeers(const QString &torrentPath) const;

    // Stops a session (ordered shutdown) and forgets it.
    void stop(Session *session);

    static bool waitListening(Session *session, int timeoutMs = 10000);

private:
    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<Session>> m_sessions;
    std::vector<Peer> m_seeders;
    int m_addressCounter = 0;
};

} // namespace swarmplay::test
