#include "apibench.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QThread>

#include "eventdelays.h"
#include "input/torrentsource.h"
#include "localswarm.h"
#include "testutil.h"

namespace swarmplay::bench {

namespace {

// Ten torrents come after the revision that `?since` asks from: a client that polls and missed
// a few additions.
constexpr int RecentTorrents = 10;
// The seeder's upload limit: a downloaded file takes a few hundred milliseconds, long enough for
// its last piece to be seen arriving.
constexpr int SeederBytesPerSecond = 4 * 1024 * 1024;
constexpr qint64 SeededFileBytes = 1024 * 1024;
constexpr int SeededPieceBytes = 64 * 1024;
// How long a state must hold before it is measured: the engine has settled, the allocator too.
constexpr int SettleMs = 3000;
// The most the uploads during the list's load may take.
constexpr int UploadCapS = 120;

QJsonObject footprintJson(const BenchDaemon::Footprint &f)
{
    return QJsonObject{{QStringLiteral("rss_mib"), rounded(f.rssMiB)},
                       {QStringLiteral("threads"), f.threads}};
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

} // namespace

ApiBench::ApiBench(const Options &options)
    : m_options(options)
    , m_made(m_dir.filePath(QStringLiteral("made")))
{}

ApiBench::~ApiBench()
{
    m_subscribers.reset();
    if (m_daemon)
        m_daemon->stop();
}

void ApiBench::progress(const QString &text) const
{
    fprintf(stderr, "bench_api: %s\n", qPrintable(text));
}

void ApiBench::problem(const QString &text)
{
    progress(text);
    m_problems << text;
}

QJsonObject ApiBench::run(int *exitCode)
{
    const double start = nowMs();
    m_report.insert(QStringLiteral("machine_before"), machine());
    makeTorrents();
    startSeeder();
    if (startDaemon() && fillLibrary()) {
        const int library = m_library.size() + m_recent.size();
        QJsonObject saves;
        if (m_options.waitForLibrary)
            saves.insert(QStringLiteral("after_library"), waitForLibrarySave(library));
        m_report.insert(QStringLiteral("bytes"), measureBytes());
        m_report.insert(QStringLiteral("engine"), measureFootprint());
        m_report.insert(QStringLiteral("latency"), runLoad());
        if (m_options.waitForLibrary)
            saves.insert(QStringLiteral("after_uploads"),
                         waitForLibrarySave(library + m_uploads.size()));
        m_report.insert(QStringLiteral("library_save"), saves);
        const QJsonObject events = runEvents();
        for (auto it = events.begin(); it != events.end(); ++it)
            m_report.insert(it.key(), it.value());
        noteFootprintAtEnd();
        m_report.insert(QStringLiteral("targets"), targets());
        m_subscribers.reset();
        m_report.insert(QStringLiteral("daemon_exit_code"), m_daemon->stop());
    }
    m_report.insert(QStringLiteral("machine_after"), machine());
    m_report.insert(QStringLiteral("run_s"), rounded((nowMs() - start) / 1000.0));
    m_report.insert(QStringLiteral("problems"), QJsonArray::fromStringList(m_problems));
    *exitCode = m_problems.isEmpty() ? 0 : 1;
    return m_report;
}

QJsonObject ApiBench::machine() const
{
    return QJsonObject{
        {QStringLiteral("cpus"), QThread::idealThreadCount()},
        {QStringLiteral("load_average"), loadAverage()},
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
}

void ApiBench::makeTorrents()
{
    const double start = nowMs();
    const int n = std::max(m_options.torrents, RecentTorrents + 1);
    for (int i = 0; i < n; ++i)
        (i < n - RecentTorrents ? m_library : m_recent)
            << m_made.makeEpisode(QStringLiteral("library"), i);
    for (int i = 0; i < m_options.adds; ++i)
        m_uploads << m_made.makeEpisode(QStringLiteral("upload"), i);
    for (int i = 0; i < m_options.reps; ++i) {
        m_added << m_made.makeEpisode(QStringLiteral("added"), i);
        m_failing << m_made.makeEpisode(QStringLiteral("failing"), i);
        m_downloads << m_made.makeFile(QStringLiteral("download"), i, SeededFileBytes,
                                       SeededPieceBytes);
        m_streams << m_made.makeFile(QStringLiteral("stream"), i, SeededFileBytes,
                                     SeededPieceBytes);
    }
    progress(QStringLiteral("made %1 torrents in %2 s")
                 .arg(m_library.size() + m_recent.size() + m_uploads.size() + 4 * m_options.reps)
                 .arg(rounded((nowMs() - start) / 1000.0)));
}

void ApiBench::startSeeder()
{
    // One seeder session on its own loopback address holds every file to download or stream.
    m_swarm = std::make_unique<test::LocalSwarm>();
    const QVector<BenchTorrents::Made> seeded = m_downloads + m_streams;
    if (seeded.isEmpty())
        return;
    Session *seeder = m_swarm->addSeeder(seeded.first().torrentPath, seeded.first().contentFolder,
                                         SeederBytesPerSecond);
    for (const BenchTorrents::Made &t : seeded.mid(1)) {
        AddOptions add;
        add.savePath = t.contentFolder;
        add.seedMode = true;
        AddResult r;
        if (!test::await(seeder->addTorrent(TorrentSource::parse(t.torrentPath), add), &r) ||
            !r.ok())
            qFatal("bench_api: the seeder cannot add %s", qPrintable(t.torrentPath));
    }
}

bool ApiBench::startDaemon()
{
    m_daemon = std::make_unique<BenchDaemon>(
        m_options.engine, m_dir.filePath(QStringLiteral("daemon")), m_swarm->nextAddress());
    QString error;
    if (!m_daemon->start(60000, &error)) {
        problem(error);
        return false;
    }
    m_http = std::make_unique<BenchHttp>(m_daemon->api(), m_daemon->token());
    m_subscribers = std::make_unique<EventSubscribers>(
        m_daemon->api().host(), quint16(m_daemon->api().port()), m_daemon->token());
    progress(
        QStringLiteral("daemon %1 at %2").arg(m_daemon->pid()).arg(m_daemon->api().toString()));
    return true;
}

bool ApiBench::upload(const BenchTorrents::Made &torrent)
{
    QFile file(torrent.torrentPath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const BenchHttp::Reply r = m_http->postTorrent("/torrents?paused=true", file.readAll());
    if (r.status == 201)
        return true;
    problem(QStringLiteral("adding %1: %2 %3 %4")
                .arg(torrent.infoHash)
                .arg(r.status)
                .arg(r.error, QString::fromUtf8(r.body)));
    return false;
}

bool ApiBench::fillLibrary()
{
    const double start = nowMs();
    for (const BenchTorrents::Made &t : std::as_const(m_library)) {
        if (!upload(t))
            return false;
    }
    const double seconds = (nowMs() - start) / 1000.0;
    m_sinceRevision = waitQuiet();
    for (const BenchTorrents::Made &t : std::as_const(m_recent)) {
        if (!upload(t))
            return false;
    }
    waitQuiet();
    m_report.insert(
        QStringLiteral("setup"),
        QJsonObject{{QStringLiteral("torrents"), m_library.size() + m_recent.size()},
                    {QStringLiteral("library_upload_s"), rounded(seconds)},
                    {QStringLiteral("subscribers"), m_options.subscribers},
                    {QStringLiteral("wrk"),
                     QJsonObject{{QStringLiteral("threads"), m_options.threads},
                                 {QStringLiteral("connections"), m_options.connections},
                                 {QStringLiteral("duration_s"), m_options.durationS}}}});
    progress(QStringLiteral("%1 torrents in the session").arg(m_library.size() + m_recent.size()));
    return true;
}

qint64 ApiBench::waitQuiet()
{
    const double deadline = nowMs() + 20000;
    qint64 revision = -1;
    double since = nowMs();
    while (nowMs() < deadline) {
        const qint64 now =
            m_http->get("/session").json().value(QStringLiteral("revision")).toInteger();
        if (now != revision) {
            revision = now;
            since = nowMs();
        } else if (nowMs() - since >= 1500) {
            break;
        }
        QThread::msleep(200);
    }
    return revision;
}

QJsonObject ApiBench::waitForLibrarySave(int torrents)
{
    // The daemon's library keeps a copy of every new torrent's .torrent file on its 30 s tick,
    // on the thread that answers the API. Waited for, it falls into no other figure; timed, it
    // says how long the API stands still after many additions.
    const QDir kept(m_daemon->root() + QStringLiteral("/state/library"));
    const auto count = [&] {
        return int(kept.entryList({QStringLiteral("*.torrent")}, QDir::Files).size());
    };
    const double start = nowMs();
    double slowest = 0;
    double doneAt = -1;
    int n = count();
    while (nowMs() - start < 40000 && (doneAt < 0 || nowMs() - doneAt < 1000)) {
        slowest = std::max(slowest, m_http->get("/session").ms());
        QThread::msleep(20);
        if (doneAt < 0 && (n = count()) >= torrents)
            doneAt = nowMs();
    }
    if (n < torrents)
        problem(QStringLiteral("the daemon kept %1 of %2 .torrent files within 40 s")
                    .arg(n)
                    .arg(torrents));
    return QJsonObject{{QStringLiteral("kept"), n},
                       {QStringLiteral("waited_s"), rounded((nowMs() - start) / 1000.0)},
                       {QStringLiteral("slowest_answer_ms"), rounded(slowest)}};
}

QJsonObject ApiBench::measureBytes()
{
    const BenchHttp::Reply full = m_http->get("/torrents");
    const qint64 revision = full.json().value(QStringLiteral("revision")).toInteger();
    const BenchHttp::Reply since =
        m_http->get("/torrents?since=" + QByteArray::number(m_sinceRevision));
    const BenchHttp::Reply unchanged =
        m_http->get("/torrents?since=" + QByteArray::number(revision));
    const auto count = [](const BenchHttp::Reply &r) {
        return r.json().value(QStringLiteral("torrents")).toArray().size();
    };
    if (full.status != 200 || since.status != 200 || unchanged.status != 200)
        problem(QStringLiteral("the list answered %1, %2, %3")
                    .arg(full.status)
                    .arg(since.status)
                    .arg(unchanged.status));
    return QJsonObject{
        {QStringLiteral("list_full"), full.body.size()},
        {QStringLiteral("list_full_torrents"), count(full)},
        {QStringLiteral("list_since"), since.body.size()},
        {QStringLiteral("list_since_torrents"), count(since)},
        {QStringLiteral("list_since_unchanged"), unchanged.body.size()},
    };
}

QJsonObject ApiBench::measureFootprint()
{
    const int n = m_options.subscribers;
    QThread::msleep(SettleMs);
    const BenchDaemon::Footprint none = m_daemon->footprint();
    const auto openAll = [&] {
        if (!m_subscribers->open(n, 60000))
            problem(QStringLiteral("%1 of %2 subscribers got their snapshot")
                        .arg(m_subscribers->log().snapshots())
                        .arg(n));
        QThread::msleep(SettleMs);
        return m_daemon->footprint();
    };
    const BenchDaemon::Footprint idle = openAll();
    m_subscribers->close();
    QThread::msleep(SettleMs);
    const BenchDaemon::Footprint left = m_daemon->footprint();
    const BenchDaemon::Footprint again = openAll();
    progress(QStringLiteral("RSS %1 MiB, %2 threads; with %3 subscribers %4 MiB, %5 threads")
                 .arg(none.rssMiB)
                 .arg(none.threads)
                 .arg(n)
                 .arg(idle.rssMiB)
                 .arg(idle.threads));
    return QJsonObject{
        {QStringLiteral("no_subscribers"), footprintJson(none)},
        {QStringLiteral("idle_subscribers"), footprintJson(idle)},
        {QStringLiteral("after_they_left"), footprintJson(left)},
        {QStringLiteral("idle_subscribers_again"), footprintJson(again)},
        {QStringLiteral("peak_rss_mib"), rounded(again.peakRssMiB)},
        {QStringLiteral("snapshot_bytes"), m_subscribers->log().largestSnapshotBytes()},
    };
}

void ApiBench::noteFootprintAtEnd()
{
    // The same subscribers, idle again after everything else; each has had many small events
    // since its snapshot.
    QThread::msleep(SettleMs);
    QJsonObject engine = m_report.value(QStringLiteral("engine")).toObject();
    QJsonObject end = footprintJson(m_daemon->footprint());
    end.insert(QStringLiteral("torrents"),
               m_http->get("/session").json().value(QStringLiteral("torrents")));
    engine.insert(QStringLiteral("idle_subscribers_at_end"), end);
    m_report.insert(QStringLiteral("engine"), engine);
}

WrkLoad::Result ApiBench::runGets(const QString &name, const QStringList &paths)
{
    progress(QStringLiteral("wrk: %1").arg(name));
    WrkLoad load(m_options.wrk, m_daemon->api(), m_daemon->token(),
                 m_dir.filePath(name + QStringLiteral(".lua")));
    load.startGets(paths, {m_options.threads, m_options.connections, m_options.durationS});
    const WrkLoad::Result r = load.finish();
    if (!r.error.isEmpty() || r.requests() == 0 ||
        !r.json()[QStringLiteral("errors")].toObject().isEmpty())
        problem(QStringLiteral("wrk %1: %2")
                    .arg(name, QString::fromUtf8(
                                   QJsonDocument(r.json()).toJson(QJsonDocument::Compact))));
    return r;
}

QJsonObject ApiBench::runLoad()
{
    QJsonObject out;
    out.insert(QStringLiteral("floor_openapi"),
               runGets(QStringLiteral("floor_openapi"), {QStringLiteral("/openapi.json")}).json());
    out.insert(QStringLiteral("floor_session"),
               runGets(QStringLiteral("floor_session"), {QStringLiteral("/session")}).json());
    out.insert(QStringLiteral("list_full"),
               runGets(QStringLiteral("list_full"), {QStringLiteral("/torrents")}).json());
    out.insert(QStringLiteral("list_since"),
               runGets(QStringLiteral("list_since"),
                       {QStringLiteral("/torrents?since=%1").arg(m_sinceRevision)})
                   .json());
    QStringList files;
    for (int i = 0; i < std::min<int>(100, m_library.size()); ++i)
        files << QStringLiteral("/torrents/%1/files")
                     .arg(m_library.at(QRandomGenerator::global()->bounded(m_library.size()))
                              .infoHash);
    out.insert(QStringLiteral("files"), runGets(QStringLiteral("files"), files).json());

    runAddsDuringList(&out);
    return out;
}

void ApiBench::runAddsDuringList(QJsonObject *out)
{
    // A second wrk uploads new torrents, one at a time, while the first asks for the whole list;
    // both end when the last upload is answered (at most UploadCapS).
    progress(QStringLiteral("wrk: list_full_during_adds and add_torrent"));
    const WrkLoad::Options cap{m_options.threads, m_options.connections, UploadCapS};
    WrkLoad list(m_options.wrk, m_daemon->api(), m_daemon->token(),
                 m_dir.filePath(QStringLiteral("list_full_during_adds.lua")));
    list.startGets({QStringLiteral("/torrents")}, cap);
    QThread::msleep(500);
    QStringList uploads;
    for (const BenchTorrents::Made &t : std::as_const(m_uploads))
        uploads << t.torrentPath;
    WrkLoad adds(m_options.wrk, m_daemon->api(), m_daemon->token(),
                 m_dir.filePath(QStringLiteral("add_torrent.lua")));
    adds.startUploads(uploads, uploads.size(), {1, 1, UploadCapS});
    adds.waitForLimit(UploadCapS * 1000);
    list.interrupt();
    adds.interrupt();
    const WrkLoad::Result listed = list.finish();
    const WrkLoad::Result added = adds.finish();
    out->insert(QStringLiteral("list_full_during_adds"), listed.json());
    QJsonObject addJson = added.json();
    addJson.insert(QStringLiteral("created"), added.raw.value(QStringLiteral("created")));
    addJson.insert(QStringLiteral("already"), added.raw.value(QStringLiteral("already")));
    if (!listed.error.isEmpty() || !added.error.isEmpty() ||
        added.raw.value(QStringLiteral("created")).toInt() != uploads.size())
        problem(QStringLiteral("wrk add_torrent: %1 of %2 torrents added %3 %4")
                    .arg(added.raw.value(QStringLiteral("created")).toInt())
                    .arg(uploads.size())
                    .arg(listed.error, added.error));
    out->insert(QStringLiteral("add_torrent"), addJson);
}

QJsonObject ApiBench::runEvents()
{
    progress(QStringLiteral("event delays, %1 repetitions").arg(m_options.reps));
    waitQuiet();
    const QString blocked = m_dir.filePath(QStringLiteral("blocked"));
    QFile(blocked).open(QIODevice::WriteOnly); // a file where a folder would have to be
    EventDelays delays(m_http.get(), m_subscribers.get());
    for (int i = 0; i < m_options.reps; ++i) {
        delays.added(m_added.at(i));
        delays.resumeAndPause(m_library.at(i).infoHash);
        delays.error(m_failing.at(i), blocked);
        delays.download(m_swarm->magnetWithPeers(m_downloads.at(i).torrentPath),
                        m_downloads.at(i).infoHash);
        delays.stream(m_swarm->magnetWithPeers(m_streams.at(i).torrentPath), m_streams.at(i));
    }
    for (const QString &p : delays.problems())
        problem(p);
    QString worstKind;
    const double worst = delays.worstMs(&worstKind);
    return QJsonObject{
        {QStringLiteral("event_delay_ms"), delays.delays()},
        {QStringLiteral("client_wait_ms"), delays.waits()},
        {QStringLiteral("call_ms"), delays.calls()},
        {QStringLiteral("event_delay_worst"),
         QJsonObject{{QStringLiteral("ms"), rounded(worst)},
                     {QStringLiteral("kind"), worstKind},
                     {QStringLiteral("missed"), delays.missed()}}},
        {QStringLiteral("subscribers_dropped"),
         QJsonArray::fromStringList(m_subscribers->log().gone())},
    };
}

QJsonObject ApiBench::targets() const
{
    const auto verdict = [](double value, bool pass) {
        return QJsonObject{{QStringLiteral("value"), rounded(value, 0.01)},
                           {QStringLiteral("pass"), pass}};
    };
    const double p99 =
        m_report[QStringLiteral("latency")][QStringLiteral("list_full")][QStringLiteral("p99_ms")]
            .toDouble();
    const QJsonObject worst = m_report[QStringLiteral("event_delay_worst")].toObject();
    const double worstMs = worst[QStringLiteral("ms")].toDouble();
    const QJsonObject engine = m_report[QStringLiteral("engine")].toObject();
    const auto delta = [&](const char *with, const char *without, const char *field) {
        return engine[QLatin1String(with)][QLatin1String(field)].toDouble() -
               engine[QLatin1String(without)][QLatin1String(field)].toDouble();
    };
    const double threads = delta("idle_subscribers", "no_subscribers", "threads");
    const double mib = delta("idle_subscribers", "no_subscribers", "rss_mib");
    return QJsonObject{
        {QStringLiteral("list_full_p99_under_50_ms"), verdict(p99, p99 > 0 && p99 < 50)},
        {QStringLiteral("events_within_300_ms"),
         verdict(worstMs, worstMs < 300 && worst[QStringLiteral("missed")].toInt() == 0)},
        {QStringLiteral("idle_subscribers_add_no_thread"), verdict(threads, threads <= 0)},
        {QStringLiteral("idle_subscribers_add_under_10_mib"), verdict(mib, mib < 10)},
    };
}

} // namespace swarmplay::bench
