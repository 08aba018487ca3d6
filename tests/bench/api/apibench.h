#pragma once

#include <memory>

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVector>

#include "benchdaemon.h"
#include "benchhttp.h"
#include "benchtorrents.h"
#include "eventsubscribers.h"
#include "wrkload.h"

namespace swarmplay::test {
class LocalSwarm;
}

namespace swarmplay::bench {

// The control API under load, in one run: a daemon with a library of torrents (metadata only,
// paused), event subscribers connected, wrk on the list and files routes with uploads beside,
// the delay from each kind of change to its event, and the engine's memory and threads with and
// without subscribers. run() gives the report (docs/benchmarks.md describes every figure).
class ApiBench
{
public:
    struct Options
    {
        QString engine; // swarmplay-engine
        QString wrk = QStringLiteral("/usr/bin/wrk");
        int torrents = 1000;
        int subscribers = 100;
        int durationS = 10; // each wrk run
        int connections = 50;
        int threads = 2;
        int adds = 200;
        int reps = 5; // of each event
        // Wait for the daemon's library tick after many additions (it stalls the API).
        bool waitForLibrary = true;
    };

    explicit ApiBench(const Options &options);
    ~ApiBench();

    // The report; exitCode 0 when every figure was measured (whether or not it met its target).
    QJsonObject run(int *exitCode);

private:
    void makeTorrents();
    void startSeeder();
    bool startDaemon();
    bool fillLibrary();
    bool upload(const BenchTorrents::Made &torrent);
    // Waits until the torrents' revision has stood still for a while (at most 20 s).
    qint64 waitQuiet();
    // Waits until the daemon has kept a copy of `torrents` .torrent files (at most 40 s), timing
    // the API meanwhile.
    QJsonObject waitForLibrarySave(int torrents);
    QJsonObject measureBytes();
    QJsonObject measureFootprint();
    void noteFootprintAtEnd();
    QJsonObject runLoad();
    WrkLoad::Result runGets(const QString &name, const QStringList &paths);
    void runAddsDuringList(QJsonObject *out);
    QJsonObject runEvents();
    QJsonObject targets() const;
    QJsonObject machine() const;
    void progress(const QString &text) const;
    void problem(const QString &text);

    Options m_options;
    QTemporaryDir m_dir;
    BenchTorrents m_made;
    std::unique_ptr<test::LocalSwarm> m_swarm;
    std::unique_ptr<BenchDaemon> m_daemon;
    std::unique_ptr<BenchHttp> m_http;
    std::unique_ptr<EventSubscribers> m_subscribers;
    QVector<BenchTorrents::Made> m_library; // in the session from the start
    QVector<BenchTorrents::Made> m_recent;  // the last ten of them, added after m_sinceRevision
    QVector<BenchTorrents::Made> m_uploads; // POSTed by wrk during the load
    QVector<BenchTorrents::Made> m_added, m_failing, m_downloads, m_streams; // one a repetition
    qint64 m_sinceRevision = 0;
    QJsonObject m_report;
    QStringList m_problems;
};

} // namespace swarmplay::bench
