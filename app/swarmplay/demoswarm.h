#pragma once

#include <memory>
#include <vector>

#include <QObject>
#include <QString>
#include <QStringList>

#include "input/torrentsource.h"

class QTemporaryDir;
class QTimer;

namespace swarmplay {

class Session;

// A small swarm inside this process that seeds the demo video on loopback, slowly enough (about
// twice the video's bitrate) that the player shows real streaming, and hands out a magnet that
// finds its seeders without DHT or a tracker.
class DemoSwarm : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int seeders = 2;
        // The whole swarm uploads at most rateFactor × the video's bitrate.
        double rateFactor = 2.0;
        // One loopback address per seeder; empty: defaultAddresses(seeders).
        QStringList addresses;
        // Where the seeders keep their state; empty: a temporary folder removed with the swarm.
        QString stateRoot;
        int startTimeoutMs = 20000;
        int shutdownDeadlineMs = 3000; // per seeder
    };

    explicit DemoSwarm(QObject *parent = nullptr);
    explicit DemoSwarm(const Options &options, QObject *parent = nullptr);
    // Stops every seeder (bounded by Options::shutdownDeadlineMs each).
    ~DemoSwarm() override;

    // Distinct 127.0.0.x addresses where the system routes all of 127/8 to loopback (Linux,
    // Windows): a player with default settings keeps one connection per address, so seeders
    // sharing 127.0.0.1 would count as one peer. Elsewhere 127.0.0.1 for every seeder.
    static QStringList defaultAddresses(int count);

    // Seeds the torrent whose data lies in contentFolder; videoBytesPerSecond sets the rate
    // limit. Returns at once; emits ready() or failed() later, never from inside start().
    // Ignored while starting or ready; after failed() it starts again.
    void start(const QString &torrentPath, const QString &contentFolder,
               qint64 videoBytesPerSecond);
    // Stops every seeder; emits nothing more.
    void stop();

    bool isReady() const { return m_ready; }
    // Valid once ready() was emitted.
    QString magnet() const { return m_magnet; }
    QStringList peerEndpoints() const; // "127.0.0.x:port" of each listening seeder
    TorrentId torrentId() const { return m_source.id(); }
    int uploadLimitPerSeeder() const { return m_perSeederLimit; } // bytes/s
    qint64 totalUploadLimit() const { return qint64(m_perSeederLimit) * int(m_seeders.size()); }
    int seederCount() const { return int(m_seeders.size()); }

signals:
    void ready(const QString &magnet);
    void failed(const QString &message);

private:
    struct Seeder
    {
        std::unique_ptr<Session> session;
        TorrentId id; // set once the torrent is added
        bool adding = false;
    };

    QString checkContent(const QString &contentFolder) const;
    bool startSeeder(int index, const QString &dir, const QString &address,
                     const QString &contentFolder);
    void addTorrentTo(int index, const QString &contentFolder);
    void checkProgress();
    QString buildMagnet() const;
    void fail(const QString &message);
    void failLater(const QString &message);

    Options m_options;
    TorrentSource m_source;
    std::unique_ptr<QTemporaryDir> m_tempDir; // declared before m_seeders: removed after them
    std::vector<Seeder> m_seeders;
    QTimer *m_deadline = nullptr;
    QString m_magnet;
    int m_perSeederLimit = 0;
    bool m_running = false;
    bool m_ready = false;
    bool m_failed = false;
    quint64 m_generation = 0;
};

} // namespace swarmplay
