#pragma once

#include <vector>

#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include "model/torrentid.h"

class QHttpMultiPart;
class QNetworkRequest;
class QProcess;

namespace swarmplay::test {

class LocalSwarm;

// A swarm of real BitTorrent programs from other projects, for interoperability tests: an
// opentracker on 127.0.0.1 and seeders (qBittorrent, aria2, Transmission — whichever are
// installed, at least two) on their own loopback addresses, each seeding its own copy of one
// torrent's content and announcing to that tracker. DHT, local discovery, PEX, UPnP and NAT-PMP
// are off in every one of them, so nothing leaves 127.0.0.0/8. Every program's home,
// configuration, data and logs live in the LocalSwarm's temporary folder; every process is ended
// when the fixture is destroyed.
class ThirdPartySwarm : public QObject
{
    Q_OBJECT

public:
    enum class Client
    {
        QBittorrent,
        Aria2,
        Transmission,
    };

    struct Seeder
    {
        Client client = Client::QBittorrent;
        QString address; // the loopback address it listens on and announces from
        int port = 0;    // its BitTorrent port
        int apiPort = 0; // WebUI / RPC port on 127.0.0.1, 0 when it has none
        QString dir;     // home, configuration, data and logs
        QProcess *process = nullptr;
        QString endpoint() const { return QStringLiteral("%1:%2").arg(address).arg(port); }
    };

    // Picks the tracker's port at once, so announceUrl() can go into a .torrent before start().
    explicit ThirdPartySwarm(LocalSwarm *swarm, QObject *parent = nullptr);
    ~ThirdPartySwarm() override;

    // Empty when opentracker and at least two seeder programs are installed; else a message
    // naming the Debian packages to install.
    static QString missingPrograms();
    static QVector<Client> installedClients();
    static QString clientName(Client client); // as peers name themselves: "qBittorrent", ...

    QString announceUrl() const;

    // Starts the tracker (with this torrent on its whitelist) and every installed seeder with a
    // copy of `contentPath`, then waits until the tracker lists each seeder as a complete peer.
    // Returns empty on success, else what failed together with the programs' log tails.
    QString start(const QString &torrentPath, const QString &contentPath, int timeoutMs = 60000);

    const std::vector<Seeder> &seeders() const { return m_seeders; }

    // Announces once to the tracker as a throw-away seed and leaves again: the peers it lists
    // ("a.b.c.d:port") and how many of them are complete. False with *error set on failure.
    bool trackerPeers(const TorrentId &id, QStringList *peers, int *complete, QString *error);

    // Ends every process (terminate, bounded wait, kill); the destructor calls it.
    void stop();

    // What each program wrote to its logs, the last lines of each, for failure messages.
    QString diagnostics() const;

private:
    struct HttpResult
    {
        int status = 0; // 0: no answer
        QByteArray body;
        QByteArray transmissionSessionId;
        QString error;
    };

    QString seederAddress(int index) const;
    QString startTracker(const TorrentId &id);
    // Writes the seeder's configuration and starts it; aria2 gets the torrent right away.
    QString launchSeeder(Seeder &seeder, const QString &torrentPath);
    // Hands the torrent to a seeder with an API once that API answers (a no-op for aria2).
    QString addTorrent(Seeder &seeder, const QString &torrentPath, int timeoutMs);
    QString addToQBittorrent(Seeder &seeder, const QString &torrentPath, int timeoutMs);
    QString addToTransmission(Seeder &seeder, const QString &torrentPath, int timeoutMs);
    QProcess *launch(const QString &program, const QStringList &arguments, const QString &home,
                     const QString &logName);
    HttpResult http(const QByteArray &verb, QNetworkRequest request, const QByteArray &body = {},
                    QHttpMultiPart *multiPart = nullptr, int timeoutMs = 10000);
    QString exitedMessage(const QString &what, QProcess *process) const;

    QString m_root; // everything of this fixture, inside the LocalSwarm's folder
    int m_trackerPort = 0;
    QProcess *m_tracker = nullptr;
    QStringList m_logFiles;
    std::vector<Seeder> m_seeders;
    QNetworkAccessManager m_network;
};

} // namespace swarmplay::test
