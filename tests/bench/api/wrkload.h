#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace swarmplay::bench {

// One run of wrk (Debian's /usr/bin/wrk) against the control API: a closed loop of
// connections, each sending its next request when the last answer is in, for a fixed time, with
// the token in a Lua script. The script's done() prints the figures as one JSON line.
class WrkLoad
{
public:
    struct Options
    {
        int threads = 2;
        int connections = 50;
        int durationS = 10;
    };

    struct Result
    {
        QString error;   // empty when wrk ran and reported
        QJsonObject raw; // what the script printed; latencies in microseconds
        double p99Ms() const;
        qint64 requests() const;
        // For the report: p50/p90/p99/max in ms, requests, requests/s, bytes per answer
        // (head included), errors.
        QJsonObject json() const;
    };

    // script: where to write the Lua script (one per run).
    WrkLoad(const QString &wrk, const QUrl &api, const QByteArray &token, const QString &script);
    ~WrkLoad();

    // GET requests, each to one of the paths (below the API's base) at random. Returns at once.
    void startGets(const QStringList &paths, const Options &options);
    // POST /torrents?paused=true uploads of these .torrent files in turn, one thread; when
    // `limit` answers are in it says so (see waitForLimit()) and its thread stops. Returns at
    // once.
    void startUploads(const QStringList &torrentFiles, int limit, const Options &options);
    // Waits until the uploads' limit is reached or wrk ends, at most timeoutMs; true if reached.
    bool waitForLimit(int timeoutMs);
    // Ends the run now (SIGINT: wrk reports what it has, as on Ctrl+C).
    void interrupt();
    // Waits for wrk to end (its duration and at most graceMs more).
    Result finish(int graceMs = 30000);

    static bool available(const QString &wrk);

private:
    void start(const QByteArray &lua, const QString &path, const Options &options);
    QByteArray prologue() const;
    static QByteArray luaString(const QString &text);
    static QByteArray doneFunction();

    QString m_wrk;
    QUrl m_api;
    QByteArray m_token;
    QString m_script;
    QProcess m_process;
    QByteArray m_output;
    int m_durationS = 0;
};

} // namespace swarmplay::bench
