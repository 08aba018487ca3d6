#pragma once

#include <functional>
#include <map>
#include <vector>

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "arrivallog.h"
#include "benchsamples.h"
#include "benchtorrents.h"

namespace swarmplay::bench {

class BenchHttp;
class EventSubscribers;

// How long after a change in the engine its event reaches the subscribers, for each kind of
// change. A change the benchmark causes with a call is timed from the moment the call was sent
// (an upper bound: the change happens inside or after the call). A change that happens on its
// own (metadata or the last piece arriving from a seeder) is timed from when the API could
// first show it: the benchmark polls the route that shows it, and times from the last poll that
// did not (again an upper bound, by about one poll).
class EventDelays
{
public:
    EventDelays(BenchHttp *http, const EventSubscribers *subscribers, int timeoutMs = 10000);

    // POST /torrents with a .torrent, paused: torrent_added and metadata.
    void added(const BenchTorrents::Made &torrent);
    // POST …/resume, then …/pause, on a paused torrent: a state event for each.
    void resumeAndPause(const QString &infoHash);
    // POST /torrents with a .torrent whose save_path lies under a regular file: error.
    void error(const BenchTorrents::Made &torrent, const QString &blockedFolder);
    // A magnet whose x.pe names a seeder on loopback, every file wanted: metadata, then
    // finished.
    void download(const QString &magnet, const QString &infoHash);
    // A magnet as above with no file wanted; once its metadata is in, POST /streams with a
    // pre-buffer of the whole file: the stream's "ready".
    void stream(const QString &magnet, const BenchTorrents::Made &torrent);

    // {"kind": {"from", "p50", "max", "n", "first_subscriber": {...}, "missed"}}, at the last of
    // the subscribers.
    QJsonObject delays() const;
    // What a client waits in all from its call (not a target: it includes fetching from the
    // seeder).
    QJsonObject waits() const;
    // The largest delay of any kind at the last subscriber, and its kind.
    double worstMs(QString *kind) const;
    int missed() const;
    QStringList problems() const { return m_problems; }
    // How long the calls that cause the changes took, {"call": {"p50", "max", "n"}}.
    QJsonObject calls() const;

private:
    struct Figure
    {
        QString from;
        Samples last;
        Samples first;
        Samples afterAnswer; // from the answer to the call, when a call caused it
        int missed = 0;
    };

    static Figure &figure(std::map<QString, Figure> &figures, const QString &name,
                          const QString &from);
    // Waits for the event (arrived at afterMs or later) at every subscriber and notes its delay
    // after startMs (and after answerMs, the answer to the call that caused it, if given).
    void expect(Figure &figure, const QByteArray &type, const QString &key, const QString &state,
                double startMs, double afterMs, double answerMs = -1);
    // A route polled until it shows a change.
    struct Watch
    {
        QByteArray path;
        std::function<bool(const QJsonObject &)> seen;
        QString what;
        bool shown = false;
        double lastMissMs = -1; // when the last poll that did not show it was sent
        // When the change happened at the latest, or -1 when that is not known (it was there at
        // the first poll, or never came).
        double changeMs() const { return shown ? lastMissMs : -1; }
    };
    // Polls every watch's route in turn until each shows its change, at most the timeout.
    void poll(std::vector<Watch> &watches);
    // POSTs a magnet; when it was sent, or -1 when it was refused.
    double addMagnet(const QString &magnet, bool chooseNothing);
    static QJsonObject summary(const std::map<QString, Figure> &figures);
    int expected() const;

    BenchHttp *m_http;
    const EventSubscribers *m_subscribers;
    int m_timeoutMs;
    std::map<QString, Figure> m_figures;
    std::map<QString, Figure> m_waits;
    std::map<QString, Samples> m_calls;
    QStringList m_problems;
};

} // namespace swarmplay::bench
