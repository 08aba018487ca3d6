// Benchmark, not a test: how fast a Swarmplay session downloads from a local swarm of in-process
// seeders on loopback. Prints JSON. With --cap-kib the swarm's total upload is capped and each
// run is compared with its physical limit (bytes ÷ swarm rate).
//
//   bench_download [--seeders 3] [--size-mib 256] [--piece-kib 1024] [--reps 3] [--cap-kib 0]

#include <algorithm>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "input/torrentsource.h"
#include "localswarm.h"
#include "testutil.h"

using namespace swarmplay;
using namespace swarmplay::test;

namespace {

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    const int n = v.size();
    return n == 0 ? 0.0 : (n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("seeders"), QStringLiteral("In-process seeders."), QStringLiteral("n"),
          QStringLiteral("3")},
         {QStringLiteral("size-mib"), QStringLiteral("File size."), QStringLiteral("MiB"),
          QStringLiteral("256")},
         {QStringLiteral("piece-kib"), QStringLiteral("Piece size."), QStringLiteral("KiB"),
          QStringLiteral("1024")},
         {QStringLiteral("reps"), QStringLiteral("Repetitions (fresh session each)."),
          QStringLiteral("n"), QStringLiteral("3")},
         {QStringLiteral("cap-kib"), QStringLiteral("Total swarm upload cap, KiB/s (0 = none)."),
          QStringLiteral("KiB/s"), QStringLiteral("0")}});
    parser.process(app);
    const int seeders = parser.value(QStringLiteral("seeders")).toInt();
    const qint64 size = parser.value(QStringLiteral("size-mib")).toLongLong() * 1024 * 1024 + 12345;
    const int piece = parser.value(QStringLiteral("piece-kib")).toInt() * 1024;
    const int reps = parser.value(QStringLiteral("reps")).toInt();
    const int capKib = parser.value(QStringLiteral("cap-kib")).toInt();
    const int perSeeder = capKib > 0 ? capKib * 1024 / seeders : 0;

    LocalSwarm swarm;
    const QString content = swarm.makeFile(QStringLiteral("src/bench.mkv"), size, 99);
    TorrentCreator::Options opt;
    opt.pieceSize = piece;
    const QString torrent = swarm.makeTorrent(content, opt);
    for (int i = 0; i < seeders; ++i)
        swarm.addSeeder(torrent, swarm.path(QStringLiteral("src")), perSeeder);

    QJsonArray runs;
    QVector<double> seconds;
    QVector<double> rates;
    for (int rep = 0; rep < reps; ++rep) {
        Session *leech = swarm.addSession(QStringLiteral("leech%1").arg(rep));
        QElapsedTimer clock;
        clock.start();
        AddResult r;
        if (!await(leech->addTorrent(torrent), &r) || !r.ok())
            qFatal("cannot add");
        swarm.connectToSeeders(leech, r.id);
        const bool done = QTest::qWaitFor(
            [&] {
                const TorrentSnapshot s = leech->torrent(r.id);
                return s.state == TorrentState::Seeding;
            },
            30 * 60 * 1000);
        const double t = clock.elapsed() / 1000.0;
        const bool same =
            done && readFile(swarm.path(QStringLiteral("leech%1/data/bench.mkv").arg(rep))) ==
                        readFile(content);
        const double mbps = size / t / 1e6;
        seconds << t;
        rates << mbps;
        QJsonObject run{{QStringLiteral("seconds"), t},
                        {QStringLiteral("MBps"), mbps},
                        {QStringLiteral("complete"), done},
                        {QStringLiteral("bytes_equal"), same}};
        if (capKib > 0) {
            const double limit = double(size) / (capKib * 1024.0);
            run[QStringLiteral("physical_limit_s")] = limit;
            run[QStringLiteral("ratio")] = t / limit;
        }
        runs.push_back(run);
        swarm.stop(leech);
        QDir(swarm.path(QStringLiteral("leech%1").arg(rep))).removeRecursively();
    }
    QJsonObject out{{QStringLiteral("benchmark"), QStringLiteral("local-swarm download")},
                    {QStringLiteral("seeders"), seeders},
                    {QStringLiteral("bytes"), size},
                    {QStringLiteral("piece_size"), piece},
                    {QStringLiteral("cap_total_kib"), capKib},
                    {QStringLiteral("runs"), runs},
                    {QStringLiteral("median_seconds"), median(seconds)},
                    {QStringLiteral("median_MBps"), median(rates)}};
    if (capKib > 0) {
        const double limit = double(size) / (capKib * 1024.0);
        out[QStringLiteral("physical_limit_s")] = limit;
        out[QStringLiteral("median_ratio")] = median(seconds) / limit;
    }
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Indented);
    return 0;
}
