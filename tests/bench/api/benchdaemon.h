#pragma once

#include <memory>

#include <QByteArray>
#include <QDir>
#include <QProcess>
#include <QString>
#include <QUrl>

namespace swarmplay::bench {

// A `swarmplay-engine daemon` of the benchmark's own: home, runtime, state and download
// folders under one temporary root, on a loopback address, with nothing that leaves the
// computer (no DHT, local discovery, UPnP, NAT-PMP or trackers). Found through its discovery
// file, as every client finds it.
class BenchDaemon
{
public:
    // What /proc/<pid>/status says of the process.
    struct Footprint
    {
        double rssMiB = 0;
        double peakRssMiB = 0;
        int threads = 0;
    };

    BenchDaemon(const QString &enginePath, const QString &root, const QString &bindAddress);
    ~BenchDaemon(); // stop()

    // Starts it and waits (at most timeoutMs) until its discovery file names it.
    bool start(int timeoutMs, QString *error);
    // Asks it to stop over the API, then with SIGTERM; its exit code, -1 if it had to be killed.
    int stop(int timeoutMs = 30000);

    QUrl api() const { return m_api; }
    QByteArray token() const { return m_token; }
    qint64 pid() const { return m_process.processId(); }
    QString root() const { return m_root.path(); }
    Footprint footprint() const;
    // The end of what it wrote on stderr, for an error message.
    QString stderrTail() const;

private:
    bool readDiscovery();

    QString m_enginePath;
    QDir m_root;
    QString m_bind;
    QProcess m_process;
    QUrl m_api;
    QByteArray m_token;
};

} // namespace swarmplay::bench
