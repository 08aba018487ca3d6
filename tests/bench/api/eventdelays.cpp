#include "eventdelays.h"

#include <algorithm>

#include <QFile>
#include <QJsonArray>
#include <QThread>
#include <QUrl>

#include "benchhttp.h"
#include "eventsubscribers.h"

namespace swarmplay::bench {

namespace {

// Between two polls of a route: often enough to time a change to a few milliseconds, rarely
// enough to leave the engine to its work.
constexpr int PollGapMs = 2;

bool hasFiles(const QJsonObject &answer)
{
    return !answer.value(QStringLiteral("files")).toArray().isEmpty();
}

bool hasEveryPiece(const QJsonObject &answer)
{
    const int count = answer.value(QStringLiteral("piece_count")).toInt();
    return count > 0 && answer.value(QStringLiteral("have_count")).toInt() == count;
}

const QString FilesListed = QStringLiteral("GET …/files could first list the files");

QByteArray torrentPath(const QString &infoHash, const char *rest = "")
{
    return "/torrents/" + infoHash.toLatin1() + rest;
}

} // namespace

EventDelays::EventDelays(BenchHttp *http, const EventSubscribers *subscribers, int timeoutMs)
    : m_http(http)
    , m_subscribers(subscribers)
    , m_timeoutMs(timeoutMs)
{}

int EventDelays::expected() const
{
    return m_subscribers->count() - int(m_subscribers->log().gone().size());
}

EventDelays::Figure &EventDelays::figure(std::map<QString, Figure> &figures, const QString &name,
                                         const QString &from)
{
    Figure &f = figures[name];
    f.from = from;
    return f;
}

void EventDelays::expect(Figure &figure, const QByteArray &type, const QString &key,
                         const QString &state, double startMs, double afterMs, double answerMs)
{
    const int want = expected();
    const ArrivalLog::Spread spread =
        m_subscribers->log().waitAll(type, key, state, afterMs, want, m_timeoutMs);
    if (spread.subscribers < want) {
        ++figure.missed;
        m_problems << QStringLiteral("%1 of %2: %3 of %4 subscribers got it within %5 ms")
                          .arg(QString::fromLatin1(type), key)
                          .arg(spread.subscribers)
                          .arg(want)
                          .arg(m_timeoutMs);
        return;
    }
    figure.last.add(spread.lastMs - startMs);
    figure.first.add(spread.firstMs - startMs);
    if (answerMs >= 0)
        figure.afterAnswer.add(spread.lastMs - answerMs);
}

void EventDelays::poll(std::vector<Watch> &watches)
{
    const double deadline = nowMs() + m_timeoutMs;
    const auto pending = [&] {
        return std::any_of(watches.begin(), watches.end(), [](const Watch &w) { return !w.shown; });
    };
    while (pending() && nowMs() < deadline) {
        for (Watch &w : watches) {
            if (w.shown)
                continue;
            const BenchHttp::Reply r = m_http->get(w.path);
            if (r.status == 200 && w.seen(r.json()))
                w.shown = true;
            else
                w.lastMissMs = r.sentMs;
        }
        QThread::msleep(PollGapMs);
    }
    for (const Watch &w : watches) {
        if (!w.shown)
            m_problems << w.what + QStringLiteral(": not shown within %1 ms").arg(m_timeoutMs);
        else if (w.lastMissMs < 0)
            m_problems << w.what + QStringLiteral(": there at the first poll, not timed");
    }
}

double EventDelays::addMagnet(const QString &magnet, bool chooseNothing)
{
    QJsonObject body{{QStringLiteral("source"), magnet}};
    if (chooseNothing)
        body.insert(QStringLiteral("files"), QJsonArray());
    const BenchHttp::Reply r = m_http->postJson("/torrents", body);
    m_calls[QStringLiteral("post_torrents_magnet")].add(r.ms());
    if (r.status != 201) {
        m_problems << QStringLiteral("adding %1: %2 %3 %4")
                          .arg(magnet)
                          .arg(r.status)
                          .arg(r.error, QString::fromUtf8(r.body));
        return -1;
    }
    return r.sentMs;
}

void EventDelays::added(const BenchTorrents::Made &torrent)
{
    QFile file(torrent.torrentPath);
    file.open(QIODevice::ReadOnly);
    const BenchHttp::Reply r = m_http->postTorrent("/torrents?paused=true", file.readAll());
    if (r.status != 201) {
        m_problems << QStringLiteral("uploading %1: %2 %3")
                          .arg(torrent.infoHash)
                          .arg(r.status)
                          .arg(r.error);
        return;
    }
    m_calls[QStringLiteral("post_torrents_upload")].add(r.ms());
    const QString sent = QStringLiteral("POST /torrents (.torrent) sent");
    expect(figure(m_figures, QStringLiteral("torrent_added"), sent), "torrent_added",
           torrent.infoHash, {}, r.sentMs, r.sentMs, r.doneMs);
    expect(figure(m_figures, QStringLiteral("metadata_upload"), sent), "metadata", torrent.infoHash,
           {}, r.sentMs, r.sentMs, r.doneMs);
}

void EventDelays::resumeAndPause(const QString &infoHash)
{
    BenchHttp::Reply r = m_http->postJson(torrentPath(infoHash, "/resume"), {});
    m_calls[QStringLiteral("post_resume")].add(r.ms());
    if (r.status == 202)
        expect(
            figure(m_figures, QStringLiteral("state_resume"), QStringLiteral("POST …/resume sent")),
            "state", infoHash, QStringLiteral("!paused"), r.sentMs, r.sentMs, r.doneMs);
    r = m_http->postJson(torrentPath(infoHash, "/pause"), {});
    m_calls[QStringLiteral("post_pause")].add(r.ms());
    if (r.status == 202)
        expect(
            figure(m_figures, QStringLiteral("state_pause"), QStringLiteral("POST …/pause sent")),
            "state", infoHash, QStringLiteral("paused"), r.sentMs, r.sentMs, r.doneMs);
    if (r.status != 202)
        m_problems << QStringLiteral("pausing %1: %2 %3").arg(infoHash).arg(r.status).arg(r.error);
}

void EventDelays::error(const BenchTorrents::Made &torrent, const QString &blockedFolder)
{
    QFile file(torrent.torrentPath);
    file.open(QIODevice::ReadOnly);
    const QByteArray folder = QUrl::toPercentEncoding(blockedFolder + QStringLiteral("/in"));
    const BenchHttp::Reply r =
        m_http->postTorrent("/torrents?paused=false&save_path=" + folder, file.readAll());
    m_calls[QStringLiteral("post_torrents_failing")].add(r.ms());
    if (r.status != 201) {
        m_problems << QStringLiteral("uploading %1 into %2: %3 %4")
                          .arg(torrent.infoHash, blockedFolder)
                          .arg(r.status)
                          .arg(QString::fromUtf8(r.body));
        return;
    }
    expect(figure(m_figures, QStringLiteral("error"),
                  QStringLiteral("POST /torrents sent (its save_path lies under a regular file)")),
           "error", torrent.infoHash, {}, r.sentMs, r.sentMs, r.doneMs);
}

void EventDelays::download(const QString &magnet, const QString &infoHash)
{
    const double added = addMagnet(magnet, false);
    if (added < 0)
        return;
    // Both changes are watched from the start; their events are in the log meanwhile.
    std::vector<Watch> watches{
        {torrentPath(infoHash, "/files"), hasFiles, QStringLiteral("metadata of ") + infoHash},
        {torrentPath(infoHash, "/pieces"), hasEveryPiece,
         QStringLiteral("every piece of ") + infoHash}};
    poll(watches);
    if (watches[0].changeMs() >= 0)
        expect(figure(m_figures, QStringLiteral("metadata"), FilesListed), "metadata", infoHash, {},
               watches[0].changeMs(), added);
    if (watches[1].changeMs() >= 0)
        expect(figure(m_figures, QStringLiteral("finished"),
                      QStringLiteral("GET …/pieces could first show every piece")),
               "finished", infoHash, {}, watches[1].changeMs(), added);
    const QString sent = QStringLiteral("POST /torrents (magnet) sent");
    expect(figure(m_waits, QStringLiteral("metadata_after_add"), sent), "metadata", infoHash, {},
           added, added);
    expect(figure(m_waits, QStringLiteral("finished_after_add"), sent), "finished", infoHash, {},
           added, added);
}

void EventDelays::stream(const QString &magnet, const BenchTorrents::Made &torrent)
{
    const QString &ih = torrent.infoHash;
    const double added = addMagnet(magnet, true);
    if (added < 0)
        return;
    std::vector<Watch> metadata{
        {torrentPath(ih, "/files"), hasFiles, QStringLiteral("metadata of ") + ih}};
    poll(metadata);
    if (!metadata[0].shown)
        return;
    const BenchHttp::Reply open = m_http->postJson(
        "/streams", QJsonObject{{QStringLiteral("info_hash"), ih},
                                {QStringLiteral("file"), 0},
                                {QStringLiteral("prebuffer_bytes"), torrent.size}});
    m_calls[QStringLiteral("post_streams")].add(open.ms());
    const QString id = open.json().value(QStringLiteral("id")).toString();
    if (open.status != 201 || id.isEmpty()) {
        m_problems << QStringLiteral("opening a stream of %1: %2 %3")
                          .arg(ih)
                          .arg(open.status)
                          .arg(QString::fromUtf8(open.body));
        return;
    }
    std::vector<Watch> pieces{
        {torrentPath(ih, "/pieces"), hasEveryPiece, QStringLiteral("every piece of ") + ih}};
    // No file was wanted before the stream opened: its pieces were not all there then, however
    // fast they come.
    pieces[0].lastMissMs = open.sentMs;
    poll(pieces);
    if (metadata[0].changeMs() >= 0)
        expect(figure(m_figures, QStringLiteral("metadata"), FilesListed), "metadata", ih, {},
               metadata[0].changeMs(), added);
    if (pieces[0].changeMs() >= 0)
        expect(figure(m_figures, QStringLiteral("stream_ready"),
                      QStringLiteral("GET …/pieces could first show every piece it needs")),
               "stream", id, QStringLiteral("ready"), pieces[0].changeMs(), open.sentMs);
    expect(figure(m_waits, QStringLiteral("stream_ready_after_open"),
                  QStringLiteral("POST /streams sent")),
           "stream", id, QStringLiteral("ready"), open.sentMs, open.sentMs);
    m_http->send("DELETE", "/streams/" + id.toLatin1(), "application/json", "{}");
}

QJsonObject EventDelays::summary(const std::map<QString, Figure> &figures)
{
    QJsonObject out;
    for (const auto &[name, f] : figures) {
        QJsonObject o = f.last.json();
        o.insert(QStringLiteral("from"), f.from);
        o.insert(QStringLiteral("first_subscriber"), f.first.json());
        if (!f.afterAnswer.isEmpty())
            o.insert(QStringLiteral("after_answer"), f.afterAnswer.json());
        if (f.missed > 0)
            o.insert(QStringLiteral("missed"), f.missed);
        out.insert(name, o);
    }
    return out;
}

QJsonObject EventDelays::calls() const
{
    QJsonObject out;
    for (const auto &[name, samples] : m_calls)
        out.insert(name, samples.json());
    return out;
}

QJsonObject EventDelays::delays() const
{
    return summary(m_figures);
}

QJsonObject EventDelays::waits() const
{
    return summary(m_waits);
}

double EventDelays::worstMs(QString *kind) const
{
    double worst = 0;
    for (const auto &[name, f] : m_figures) {
        if (f.last.max() >= worst) {
            worst = f.last.max();
            *kind = name;
        }
    }
    return worst;
}

int EventDelays::missed() const
{
    int n = 0;
    for (const auto &[name, f] : m_figures)
        n += f.missed;
    return n;
}

} // namespace swarmplay::bench
